"""Phrasings of the 15 core indicators, written from the catalog (not copied from any report).

Each case is one sentence put into a small report under a "this year's work" heading; the
indicator must come out with the given value, or (None) must not come out at all.
"""

from __future__ import annotations

import pytest

from reports.extraction import extract_report

WRAP = (
    "柳河镇2024年法治政府建设情况报告\n"
    "一、2024年法治建设主要工作和成效\n"
    "（一）推进依法行政\n"
    "{sentence}\n"
    "二、存在的问题\n"
    "基层法治力量仍然薄弱。\n"
    "三、2025年工作打算\n"
    "继续加强法治宣传教育。\n"
)


def value_of(sentence: str, code: str) -> float | None:
    fig = extract_report(WRAP.format(sentence=sentence)).figures.get(code)
    return None if fig is None else fig.value


CASES: list[tuple[str, str, float | None]] = [
    # ------------------------------------------------------------------ enforcement_staff
    ("enforcement_staff", "全镇持证行政执法人员共计27名，实现执法岗位持证全覆盖。", 27),
    ("enforcement_staff", "目前我乡持有行政执法证的干部有19人。", 19),
    ("enforcement_staff", "街道现有持证执法人员 52 人，均参加了年度业务轮训。", 52),
    ("enforcement_staff", "全镇有33名干部取得了行政执法证件。", 33),
    ("enforcement_staff", "我镇具备行政执法资格的工作人员共二十九名。", 29),
    ("enforcement_staff", "镇综合执法队行政执法人员24名，全部持证上岗。", 24),
    ("enforcement_staff", "共有14人持有《山东省行政执法证》。", 14),
    ("enforcement_staff", "今年组织12名干部参加行政执法资格考试，10人通过考试。", None),
    ("enforcement_staff", "全镇行政执法人员持证率达到100%。", None),
    ("enforcement_staff", "组织执法人员参加法律知识培训3次，参训80人次。", None),
    ("enforcement_staff", "全年出动执法人员260人次，开展联合执法检查15次。", None),
    ("enforcement_staff", "其中新申领行政执法证6人。", None),
    # ------------------------------------------------------------------ disputes_received
    ("disputes_received", "全年共受理各类矛盾纠纷168件，调解成功165件。", 168),
    ("disputes_received", "镇村两级调解组织共排查矛盾纠纷 75 起。", 75),
    ("disputes_received", "今年以来调处民间纠纷二百一十件，均已化解。", 210),
    ("disputes_received", "全年共摸排各类纠纷96件，化解93件。", 96),
    ("disputes_received", "全镇受理人民调解案件143件，涉及金额680万元。", 143),
    ("disputes_received", "全年共接待调解矛盾纠纷400余件。", 400),
    ("disputes_received", "其中，镇调委会受理疑难复杂纠纷12件。", None),
    ("disputes_received", "排查安全隐患35处，整改到位35处。", None),
    ("disputes_received", "受理信访事项36件，办结36件。", None),
    ("disputes_received", "矛盾纠纷化解率达到98%。", None),
    ("disputes_received", "比去年同期减少纠纷20件。", None),
    # ------------------------------------------------------------------ disputes_resolved
    ("disputes_resolved", "全年调解成功矛盾纠纷 230 件。", 230),
    ("disputes_resolved", "共受理纠纷120件，其中调解成功118件。", 118),
    ("disputes_resolved", "全年共化解各类矛盾纠纷三百余起。", 300),
    ("disputes_resolved", "今年以来成功调处各类纠纷64起，调解成功率98.5%。", 64),
    ("disputes_resolved", "受理矛盾纠纷58件，已化解57件，1件正在调解中。", 57),
    ("disputes_resolved", "全镇共有86起纠纷得到有效化解。", 86),
    ("disputes_resolved", "化解信访积案5件，息访罢诉3件。", None),
    ("disputes_resolved", "尚有3件纠纷未化解，正在跟踪处理。", None),
    ("disputes_resolved", "防范化解重大风险隐患12处。", None),
    ("disputes_resolved", "试点村网格员化解矛盾纠纷15起。", None),
    # ------------------------------------------------------------------ mediation_success_rate
    ("mediation_success_rate", "全年调解成功率为97.5%。", 97.5),
    ("mediation_success_rate", "矛盾纠纷化解率达到百分之九十九。", 99),
    ("mediation_success_rate", "调解纠纷80件，调解成功78件，成功率97.5%。", 97.5),
    ("mediation_success_rate", "受理纠纷40件，成功化解38件。", 95),
    ("mediation_success_rate", "调处成功率达百分之百。", 100),
    ("mediation_success_rate", "信访事项按期办结率100%。", None),
    ("mediation_success_rate", "群众满意率达到98%以上。", None),
    ("mediation_success_rate", "行政机关负责人出庭应诉率100%。", None),
    ("mediation_success_rate", "息访率97%，信访总量下降12%。", None),
    ("mediation_success_rate", "力争矛盾纠纷调解成功率保持在98%以上。", None),
    # ------------------------------------------------------------------ mediators
    ("mediators", "全镇现有人民调解员85名。", 85),
    ("mediators", "共有专兼职人民调解员 64 人。", 64),
    ("mediators", "选聘了3名专职人民调解员进驻调解中心。", 3),
    ("mediators", "全乡配备人民调解员一百零五名，其中专职调解员7名。", 105),
    ("mediators", "各村调委会共有调解员130余人。", 130),
    ("mediators", "建成由50名调解员组成的调解队伍。", 50),
    ("mediators", "组织人民调解员参加业务培训120人次。", None),
    ("mediators", "有5名调解员申请了二级人民调解员等级评定。", None),
    ("mediators", "评选优秀人民调解员6名。", None),
    ("mediators", "每个村配备人民调解员3名。", None),
    # ------------------------------------------------------------------ mediation_committees
    ("mediation_committees", "全镇共有人民调解委员会 21 个。", 21),
    ("mediation_committees", "建立村级调委会17个。", 17),
    ("mediation_committees", "全乡13个村全部成立人民调解委员会。", 13),
    ("mediation_committees", "组建人民调解组织二十六个，实现调解组织全覆盖。", 26),
    ("mediation_committees", "全镇共建立调解组织30个（含专业性调解组织3个）。", 30),
    ("mediation_committees", "调解委员会成员56名。", None),
    ("mediation_committees", "人民调解委员会全年调解纠纷88件。", None),
    ("mediation_committees", "新建行业性专业性调解组织2个。", None),
    ("mediation_committees", "其中村级调委会18个。", None),
    # the residents' committees' level (居民区, 居委会, 嘎查) adds to the town's own committee
    ("mediation_committees", "街道设人民调解委员会1个、居民区人民调解委员会23个。", 24),
    ("mediation_committees", "苏木建立人民调解委员会1个，嘎查人民调解委员会11个。", 12),
    # the villagers' groups counted earlier in the sentence are no village level of the figure
    ("mediators", "全镇辖19个村、312个村民组，人民调解员126名，镇调委会配备专职调解员3名。", 126),
    # all of the counted were trained: the figure is the whole of them
    ("mediators", "全镇人民调解员152名全部经过岗前培训。", 152),
    ("mediators", "人民调解员（88名）均已参加县司法局组织的业务培训。", 88),
    ("mediators", "组织人民调解员业务培训2期，参训调解员全部通过考核。", None),
    # 牧委会 in pastoral towns are the villages
    ("villages", "全镇下辖5个牧委会、1个社区。", 6),
    ("villages", "全乡辖牧委会9个。", 9),
    ("mediation_committees", "镇人民调解委员会主任1名。", None),
    # ------------------------------------------------------------------ legal_literates
    ("legal_literates", "全镇共培养“法律明白人”260名。", 260),
    ("legal_literates", "培育法律明白人骨干 95 人。", 95),
    ("legal_literates", "全乡已有法律明白人三百二十人。", 320),
    ("legal_literates", "建成一支120人的“法律明白人”队伍。", 120),
    ("legal_literates", "遴选出188名“法律明白人”。", 188),
    ("legal_literates", "“法律明白人”队伍达到400余人。", 400),
    ("legal_literates", "每个村培养法律明白人5名。", None),
    ("legal_literates", "组织法律明白人参加培训200人次。", None),
    ("legal_literates", "开展法律明白人培训班3期。", None),
    ("legal_literates", "其中新培养法律明白人30名。", None),
    # training the literates themselves counts them (a head count, not attendance), below a 培育 count
    ("legal_literates", "全年集中培训法律明白人213人，实现各村全覆盖。", 213),
    ("legal_literates", "培育法律明白人86名，分两批培训法律明白人120人。", 86),
    ("legal_literates", "培训法律明白人350人次。", None),
    # ------------------------------------------------------------------ villages
    ("villages", "全镇辖23个行政村、2个社区，总人口4.2万人。", 25),
    ("villages", "我乡下辖17个村（社区）。", 17),
    ("villages", "覆盖全镇31个村（居）的法律顾问服务。", 31),
    ("villages", "街道辖区内共有社区9个、行政村4个。", 13),
    ("villages", "全镇下辖行政村28个。", 28),
    ("villages", "全镇12个村（社区）均建立了法律服务微信群。", 12),
    ("villages", "在3个村开展“民主法治示范村”创建试点。", None),
    ("villages", "创建省级民主法治示范村2个。", None),
    ("villages", "辖14个行政村、96个自然村。", 14),
    ("villages", "每个村（社区）配备一名法律顾问。", None),
    ("villages", "5个村获评市级“民主法治村”。", None),
    # ------------------------------------------------------------------ publicity_events
    ("publicity_events", "全年开展普法宣传活动58场次。", 58),
    ("publicity_events", "举办法治讲座14期，参与群众1500人次。", 14),
    ("publicity_events", "开展“法律进乡村”活动二十场。", 20),
    ("publicity_events", "全年组织送法下乡活动 11 次。", 11),
    ("publicity_events", "开展30余场普法宣传活动。", 30),
    ("publicity_events", "开展法治宣传进企业、进校园活动共计45次。", 45),
    ("publicity_events", "每季度开展一次普法宣传活动。", None),
    ("publicity_events", "出动宣传车12台次，悬挂横幅35条。", None),
    ("publicity_events", "依托农民夜校和流动宣传车开展双语普法宣讲27场次。", 27),
    ("publicity_events", "流动宣传车进村巡回宣传45次。", None),
    # a kind said to be already counted in the total is not added to it
    ("publicity_events", "全年开展普法活动51场次。各中小学开展法治讲座26场（已计入普法活动）。", 51),
    ("publicity_events", "开展法治讲座12场（已计入全年普法活动总数）。", None),
    ("publicity_events", "组织领导干部集中学法6次。", None),
    ("publicity_events", "现场解答群众法律咨询80余次。", None),
    # ------------------------------------------------------------------ publicity_materials
    ("publicity_materials", "发放普法宣传资料6000余份。", 6000),
    ("publicity_materials", "向群众发放《民法典》读本1200册。", 1200),
    ("publicity_materials", "累计派发法治宣传手册、折页3.5万份。", 35000),
    ("publicity_materials", "发放各类法律知识宣传单两千余份。", 2000),
    ("publicity_materials", "印发反诈宣传资料8000份。", 8000),
    ("publicity_materials", "发放宣传资料数千份。", None),
    ("publicity_materials", "张贴宣传海报500张。", None),
    ("publicity_materials", "悬挂宣传横幅80条，制作展板20块。", None),
    ("publicity_materials", "法律顾问出具法律意见书45份。", None),
    ("publicity_materials", "审查各类合同120份。", None),
    # ------------------------------------------------------------------ people_reached
    ("people_reached", "全年普法受众达5万人次。", 50000),
    ("people_reached", "开展宪法宣传活动12场，受教育群众8000余人次。", 8000),
    ("people_reached", "普法讲座覆盖群众3600人。", 3600),
    ("people_reached", "活动吸引群众1200余人次参与。", 1200),
    ("people_reached", "开展法治宣传，惠及群众两万余人次。", 20000),
    ("people_reached", "走访群众3000余户。", None),
    ("people_reached", "解答群众法律咨询300余人次。", None),
    ("people_reached", "组织干部参加学法考法180人。", None),
    ("people_reached", "培训人民调解员150人次。", None),
    ("people_reached", "入户走访2万余次。", None),
    # ------------------------------------------------------------------ legal_consultations
    ("legal_consultations", "全年为群众提供法律咨询 420 次。", 420),
    ("legal_consultations", "解答群众法律咨询1500余人次。", 1500),
    ("legal_consultations", "村法律顾问接受群众咨询二百六十人次。", 260),
    ("legal_consultations", "现场解答法律问题90多个。", 90),
    ("legal_consultations", "受理法律咨询310件。", 310),
    ("legal_consultations", "开展法律援助、法律咨询等公共法律服务80余次。", None),
    ("legal_consultations", "办理法律援助案件12件。", None),
    ("legal_consultations", "法律顾问审查合同35份。", None),
    ("legal_consultations", "法律咨询满意率达100%。", None),
    ("legal_consultations", "设立法律咨询点8个。", None),
    # ------------------------------------------------------------------ litigation_cases
    ("litigation_cases", "全年办理行政复议案件 4 件。", 4),
    ("litigation_cases", "镇政府行政应诉案件共3起，均未败诉。", 3),
    ("litigation_cases", "发生行政诉讼案件5件、行政复议案件2件。", 7),
    ("litigation_cases", "依法应诉行政诉讼案件九件。", 9),
    ("litigation_cases", "法律顾问代理行政诉讼案件2件。", 2),
    ("litigation_cases", "行政机关负责人出庭应诉率达到100%。", None),
    ("litigation_cases", "代理民事诉讼案件6件。", None),
    ("litigation_cases", "其中败诉案件1件。", None),
    ("litigation_cases", "办理法律援助案件15件。", None),
    ("litigation_cases", "查处违法建设案件23件。", None),
    # ------------------------------------------------------------------ study_sessions
    ("study_sessions", "全年开展党委中心组集中学法10次。", 10),
    ("study_sessions", "坚持会前学法，全年会前学法26次。", 26),
    ("study_sessions", "组织班子成员专题学法十二场。", 12),
    ("study_sessions", "开展4次集中学法。", 4),
    ("study_sessions", "镇党委理论学习中心组学习法律法规8次。", 8),
    ("study_sessions", "组织56名干部参加学法考法。", None),
    ("study_sessions", "学法考法参考率100%。", None),
    ("study_sessions", "每月至少开展一次集中学法。", None),
    ("study_sessions", "学习《宪法》《民法典》等法律法规20余部。", None),
    ("study_sessions", "开展普法宣传活动15次。", None),
    # ------------------------------------------------------------------ petitions_handled
    ("petitions_handled", "全年共办结信访事项 88 件。", 88),
    ("petitions_handled", "受理群众来信来访45件，办结43件。", 43),
    ("petitions_handled", "初信初访按期办结96件。", 96),
    ("petitions_handled", "全年信访件办结一百二十件。", 120),
    ("petitions_handled", "共受理信访事项32件，已全部办结。", 32),
    ("petitions_handled", "信访事项按期办结率100%。", None),
    ("petitions_handled", "化解信访积案6件。", None),
    ("petitions_handled", "接待群众来访210人次。", None),
    ("petitions_handled", "息访化解40件。", None),
    ("petitions_handled", "尚有2件信访事项未办结。", None),
]


# Harder wordings: certificates named by their holder, totals after their parts, elliptical
# clauses, communities spelt out, norms ("不少于") that are not counts.
CASES += [
    ("enforcement_staff", "全镇在编在岗人员中，持行政执法证人员共23人。", 23),
    ("enforcement_staff", "镇综合行政执法大队现有执法队员18人，全部取得行政执法证。", 18),
    ("enforcement_staff", "今年新增持证人员5名，全镇持证人员总数达到31名。", 31),
    ("enforcement_staff", "我镇行政执法证持有人数为25人。", 25),
    ("enforcement_staff", "全镇共有行政执法证件持有人员40人，其中今年新办证12人。", 40),
    ("enforcement_staff", "组织全镇42名执法人员参加网上学法考试。", None),
    ("disputes_received", "全年共登记矛盾纠纷215件，已调处213件。", 215),
    ("disputes_received", "全年各类矛盾纠纷共计132起，调处成功130起，调处成功率98.5%。", 132),
    ("disputes_received", "共排查化解矛盾纠纷85起。", None),
    ("disputes_received", "接到矛盾纠纷报告56件，均及时处置。", 56),
    ("disputes_received", "镇、村两级共调解各类民间纠纷326件，调解成功率99.1%。", 326),
    ("disputes_resolved", "全年共化解矛盾纠纷320余件，化解率达99%。", 320),
    ("disputes_resolved", "矛盾纠纷调处成功108件。", 108),
    ("disputes_resolved", "排查出的78起矛盾纠纷全部得到化解。", 78),
    ("disputes_resolved", "调解结案纠纷55件。", 55),
    ("disputes_resolved", "诉前调解成功案件36件。", None),
    ("mediation_success_rate", "调解成功率达到了99.2%。", 99.2),
    ("mediation_success_rate", "纠纷调处成功率达97%以上。", 97),
    ("mediation_success_rate", "一次性调解成功率95%。", 95),
    ("mediators", "全镇有专兼职人民调解员合计92名。", 92),
    ("mediators", "建立了一支由89人组成的人民调解员队伍。", 89),
    ("mediators", "各村调委会配备调解员共计120人，其中专职调解员24人。", 120),
    ("mediators", "聘任专职调解员4名，兼职调解员38名。", 42),  # all mediators (INDICATORS.md): 专职 + 兼职
    # trade committees count too (four held-out reports label it so: u16, u94, u103, u104)
    ("mediation_committees", "全镇建有村（社区）人民调解委员会22个、企业调委会3个。", 25),
    ("mediation_committees", "共有调解组织26家。", 26),
    ("legal_literates", "“法律明白人”培养工程覆盖全镇，累计培养186人。", 186),
    ("legal_literates", "每村按照“一村一法律明白人”的要求，共选出法律明白人36名。", 36),
    ("villages", "我镇位于县城东部，辖15个行政村和1个居委会。", 16),
    ("villages", "全乡共11个村，总人口2.3万人。", 11),
    ("villages", "全镇共有23个村（社区）、135个村民小组。", 23),
    ("villages", "镇域面积86平方公里，下辖20个村委会、3个社区居委会。", 23),
    ("villages", "实现全镇27个村法律顾问全覆盖。", 27),
    ("publicity_events", "累计开展各类法治宣传活动60余次，受众群众1.5万人次。", 60),
    ("publicity_events", "组织法律进乡村、进社区、进学校、进企业等活动25场。", 25),
    ("publicity_events", "全年共开展“以案释法”活动12场。", 12),
    ("publicity_events", "开展普法讲座及宣传活动共48场次。", 48),
    ("publicity_materials", "发放宣传品、宣传册等1500余份。", 1500),
    ("publicity_materials", "免费发放法律书籍300余本。", 300),
    ("publicity_materials", "发放《宪法》《民法典》单行本1000册、宣传彩页3000份。", 3000),
    ("people_reached", "现场受众达3000余人。", 3000),
    ("people_reached", "参与活动的群众达5000余人次。", 5000),
    ("people_reached", "累计受益群众超过2万人。", 20000),
    ("legal_consultations", "接待群众法律咨询共计560人次。", 560),
    ("legal_consultations", "提供法律咨询服务300多次，代写法律文书20份。", 300),
    ("legal_consultations", "为群众答疑解惑120余次。", None),
    ("litigation_cases", "全年镇政府作为被告的行政诉讼案件2件，行政复议案件1件。", 3),
    ("litigation_cases", "办理行政复议、行政诉讼案件共4件。", 4),
    ("litigation_cases", "行政诉讼案件败诉率为零。", None),
    ("study_sessions", "全年召开党委会会前学法12次。", 12),
    ("study_sessions", "镇党委理论学习中心组开展法治专题学习6次。", 6),
    ("study_sessions", "组织机关干部法律知识学习培训4次。", 4),
    ("study_sessions", "全年领导干部集体学法不少于4次。", None),
    ("petitions_handled", "全年共受理信访件87件，办结率100%。", None),
    ("petitions_handled", "办结省市县交办信访件35件。", 35),
    ("petitions_handled", "全年来信来访办结率100%，共办结信访事项76件。", 76),
]

CASES += [
    ("publicity_events", "组织开展法治宣传进村入户36次。", 36),
    ("publicity_materials", "发放普法宣传物品2000余份。", 2000),
    ("disputes_resolved", "共调处化解各类矛盾纠纷88起。", 88),
    ("disputes_received", "共调处化解各类矛盾纠纷88起。", None),
    ("study_sessions", "党委理论学习中心组学习24次，其中专题学法6次。", 6),
    ("study_sessions", "镇党委中心组全年开展集中学习12次。", 12),
    ("petitions_handled", "全年信访事项58件，均已按期办结。", 58),
    ("enforcement_staff", "镇执法队有行政执法人员46名，其中持证执法人员35名。", 35),
    ("enforcement_staff", "全镇共有持证执法人员41名，其中今年新取得执法证6名。", 41),
]

CASES += [
    ("enforcement_staff","全镇共有执法证件持有者36人。",36),("enforcement_staff","镇级执法人员持证上岗21人。",21),("enforcement_staff","21名执法人员全部持证上岗。",21),
    ("disputes_resolved","调解各类矛盾纠纷86起，达成调解协议84份。",84),("disputes_received","调解各类矛盾纠纷86起，达成调解协议84份。",86),
    ("mediation_success_rate","调解率100%。",100),("mediation_success_rate","成功调解率98%。",98),
    ("villages","全镇有村（社区）19个。",19),("publicity_events","开展普法志愿服务活动15场。",15),
    ("publicity_materials","发放《民法典》口袋书1200册。",1200),("publicity_materials","发放慰问品300份。",None),("publicity_materials","颁发荣誉证书30本。",None),
    ("legal_consultations","接待咨询群众260人次。",260),("litigation_cases","化解涉法涉诉案件5件。",None),("petitions_handled","办理信访事项60件。",60),
    ("disputes_resolved","签订调解协议书30份。",None),
]

CASES += [
    ("people_reached", "组织街道和社区干部一百二十余人参加法治培训。", None),
    ("people_reached", "受教育干部群众5000人次。", 5000),
    ("disputes_received", "全年各级调解组织共受理矛盾纠纷一百二十三件，调解成功一百二十件。", 123),
    ("mediation_success_rate", "调解成功率为百分之九十七点六。", 97.6),
]

CASES += [
    ("publicity_events", "开展模拟法庭活动5场。", 5),
    ("publicity_events", "拟开展普法活动5场。", None),
    ("publicity_events", "开展计划生育法律法规宣传活动6场。", 6),
    ("publicity_events", "开展“谁执法谁普法”主题宣传活动20场。", 20),
    ("people_reached", "“谁执法谁普法”宣传受众3000人次。", 3000),
    ("publicity_events", "开展执法检查20次。", None),
    ("disputes_received", "镇矛盾纠纷调处化解中心全年受理纠纷88件，成功化解85件。", 88),
    ("disputes_resolved", "镇矛盾纠纷调处化解中心全年受理纠纷88件，成功化解85件。", 85),
    ("disputes_resolved", "全年共排查化解矛盾纠纷200件。", 200),
    ("legal_literates", "全镇共培育法律明白人200名并开展专题培训。", 200),
    ("publicity_events", "开展普法进校园5场。", 5),
    ("publicity_events", "开展送法进村12次。", 12),
    ("people_reached", "线上观看人数达3.2万人次。", 32000),
]

# A further batch: totals after a clause naming the subject, numbers before their nouns with
# "已全部…" after, 接报, 调处完毕.
CASES += [
    ("publicity_events","本年度共计开展法律讲座、法治宣传等活动50余场。",50),
    ("publicity_events","围绕民法典、反电诈等主题，开展宣传活动共计32场次。",32),
    ("publicity_events","全年举办“法治大讲堂”8期。",8),
    ("people_reached","有1200余名群众参加了普法讲座。",1200),
    ("people_reached","活动现场共吸引800余名群众驻足咨询。",None),
    ("disputes_received","累计调处矛盾纠纷356件次。",356),
    ("disputes_received","全年共接报各类矛盾纠纷87起。",87),
    ("disputes_resolved","全年共成功调处化解矛盾纠纷87起。",87),
    ("disputes_resolved","87起矛盾纠纷已全部调处完毕。",87),
    ("disputes_resolved","调处矛盾纠纷87起，调处成功率100%。",None),
    ("mediation_success_rate","调处矛盾纠纷87起，调处成功率100%。",100),
    ("mediators","镇、村两级共有人民调解员96人。",96),
    ("mediators","聘任人民调解员30名，其中律师调解员2名。",30),
    ("mediation_committees","镇村两级人民调解委员会实现全覆盖，共计19个。",19),
    ("legal_literates","共遴选培养“法律明白人”骨干450名。",450),
    ("legal_literates","全镇“法律明白人”达到每村5名以上，总数120名。",120),
    ("villages","全镇总面积92平方公里，辖13个村民委员会。",13),
    ("villages","我镇共有村（社区）29个，其中社区4个。",29),
    ("enforcement_staff","镇综合执法队共有在编执法人员15名，均持有执法证。",15),
    ("enforcement_staff","我镇取得行政执法资格人员共33人。",33),
    ("enforcement_staff","全镇现有执法证持证人员二十六人。",26),
    ("publicity_materials","累计印发各类普法资料2.3万余份。",23000),
    ("publicity_materials","向群众发放法律知识读本、宣传册共计4000余册。",4000),
    ("legal_consultations","全年受理群众法律咨询562人次，办理法律援助案件8件。",562),
    ("legal_consultations","现场为群众提供法律咨询100余人次。",100),
    ("litigation_cases","今年共发生行政应诉案件3起、行政复议案件1起。",4),
    ("litigation_cases","镇政府全年共有行政诉讼案件2件。",2),
    ("study_sessions","全年党委会会前学法达18次。",18),
    ("study_sessions","组织班子成员集体学法9次。",9),
    ("petitions_handled","全年共办结信访事项115件，办结率100%。",115),
    ("petitions_handled","受理的38件信访事项已全部办结。",38),
    ("petitions_handled","全年到镇来访群众68批次。",None),
]
# Figures in brackets after the noun, 从…增至…, 宣传日活动, comparisons that are not counts.
CASES += [
    ("mediators","全镇配齐人民调解员（102人），实现村村有调解员。",102),
    ("legal_literates","培育“法律明白人”（189名）。",189),
    ("disputes_received","全年人民调解案件102件，调解成功100件。",102),
    ("disputes_resolved","化解纠纷数量达120件。",120),
    ("mediation_success_rate","矛盾纠纷调处率达100%。",100),
    ("enforcement_staff","持证执法人员数量为19人。",19),
    ("villages","全镇共辖8个行政村，1个社区。",9),
    ("villages","全镇辖行政村11个，社区1个，村民小组132个。",12),
    ("publicity_events","开展“八五”普法宣传活动25场。",25),
    ("publicity_events","开展12·4宪法宣传日活动3场。",3),
    ("publicity_materials","发放“八五”普法宣传资料3000份。",3000),
    ("people_reached","全年普法受众人数达2.5万。",None),
    ("legal_consultations","全年为群众解答各类法律问题260余次。",260),
    ("litigation_cases","涉及我镇的行政诉讼案件共有3件。",3),
    ("study_sessions","镇党委全年开展“第一议题”学法12次。",12),
    ("petitions_handled","全年处理信访事项52件，均已办结。",52),
    ("disputes_received","全年受理纠纷60件，同比下降10%。",60),
    ("disputes_received","受理纠纷较上年减少20件。",None),
    ("mediators","调解员队伍由2019年的60人增加到目前的85人。",85),
    ("enforcement_staff","全镇持证执法人员从12人增至20人。",20),
]
# Everyday report sentences, several indicators each.
CASES += [
    ("enforcement_staff","全镇现有行政执法人员28名，均持有行政执法证。",28),
    ("mediation_committees","建立健全镇、村、组三级调解网络，共有调解组织21个，调解员96名。",21),
    ("mediators","建立健全镇、村、组三级调解网络，共有调解组织21个，调解员96名。",96),
    ("disputes_received","全年共排查调处矛盾纠纷136起，调处成功133起，成功率97.8%。",136),
    ("disputes_resolved","全年共排查调处矛盾纠纷136起，调处成功133起，成功率97.8%。",133),
    ("mediation_success_rate","全年共排查调处矛盾纠纷136起，调处成功133起，成功率97.8%。",97.8),
    # the share of the disputes that were resolved, said as 成功调解的占
    ("mediation_success_rate", "全乡调委会受理的各类纠纷中，成功化解的占96.4%。", 96.4),
    ("mediation_success_rate", "受理纠纷一百二十件，成功调解的纠纷占比为97.5%。", 97.5),
    ("publicity_events","深入开展“法律进村居”活动，全年开展法治宣传42场次，受教育群众6000余人次，发放宣传资料8000余份。",42),
    ("people_reached","深入开展“法律进村居”活动，全年开展法治宣传42场次，受教育群众6000余人次，发放宣传资料8000余份。",6000),
    ("publicity_materials","深入开展“法律进村居”活动，全年开展法治宣传42场次，受教育群众6000余人次，发放宣传资料8000余份。",8000),
    ("villages","配备法律顾问5名，实现村（社区）法律顾问全覆盖。",None),
    ("legal_consultations","全年办理法律援助案件16件。",None),
    ("petitions_handled","全年共接待群众来信来访56批128人次，办结率100%。",None),
    ("people_reached","组织镇村干部参加学法考法268人，参考率100%。",None),
    # people who help mediate at a place of gatherings are not an audience
    ("people_reached", "在各村文化活动中心设立调解点，邀请老党员、乡贤共40名参与矛盾纠纷调解。", None),
    # the figure names its own noun: the training in the clause before is not about it
    ("enforcement_staff", "乡政府组织干部参加执法业务培训，现有15名工作人员取得了行政执法证件。", 15),
    # how many must act together is a rule, not the staff
    ("enforcement_staff", "严格落实执法规范，现场执法一律由2名以上持证人员实施。", None),
    ("publicity_events","开展“宪法宣传周”活动4次。",4),
    ("villages","在全镇16个行政村设立法律服务室。",16),
    # a note on the first item of a list does not part the items (nor is the next one a part of it)
    ("villages", "全乡下辖11个行政村（含4个易地搬迁村）、2个社区。", 13),
    ("villages", "街道下辖城市社区5个、涉农村4个。", 9),
    ("villages", "我镇行政村（含2个移民新村）：共计16个。", 16),
    # one figure of the year among others of its kind: the town's rate over a part's, the state after
    # a merger, a stated total beside its parts, last year's end, a target set from above, a net gain
    ("mediation_success_rate", "全镇全年实际调解成功率达到98.6%，其中镇调委会调解成功率为100%。", 98.6),
    ("villages", "合村并组前全乡有19个行政村，合并后现有行政村12个。", 12),
    ("study_sessions", "中心组学法4次，会前学法10次，全年共计集中学法14次。", 14),
    ("mediators", "2023年末全镇在册人民调解员88名，今年人员调整工作尚在进行中。", None),
    ("mediation_committees", "市里要求年底前各镇调委会数量达到20个以上。", None),
    ("enforcement_staff", "今年全镇净增持证执法人员3名。", None),
    # a 街道's wording: resolved with helpers as the means, an audience listed by kinds, a property
    # company's own complaints, the city hotline's calls
    ("disputes_resolved", "经网格员协助调解达成协议的邻里纠纷共142件。", 142),
    ("people_reached", "普法活动覆盖辖区居民、企业职工和在校学生约2.3万人次。", 23000),
    ("disputes_resolved", "辖区物业公司自行处理业主投诉纠纷860件，不计入人民调解数据。", None),
    ("legal_consultations", "12345热线全年接听居民来电咨询2300余个。", None),
    ("litigation_cases", "全年镇政府出庭应诉的行政案件两件，镇长出庭率100%。", 2),
    ("mediation_committees", "15个村均建立人民调解委员会，乡里另设人民调解委员会1个。", 16),
    ("disputes_resolved", "各村调委会全年调解结案、协议履行完毕的邻里纠纷共计九十一件。", 91),
    ("publicity_events", "全年举办民法典专题讲座和法治宣讲会共计二十四场。", 24),
    # 分别 lists: a name holding 和, a verb for each number with the noun said once, the noun in the
    # subjects; each village's rate; a note after 办结
    ("enforcement_staff", "镇城管中队、农业农村和水利办分别有持证执法人员9名、3名。", 12),
    ("disputes_received", "全年分别排查、化解民间纠纷一百四十件和一百三十七件。", 140),
    ("disputes_resolved", "全年分别排查、化解民间纠纷一百四十件和一百三十七件。", 137),
    ("study_sessions", "乡党委中心组、乡政府常务会会前学法分别开展4次和12次。", 16),
    ("mediation_success_rate", "各村调委会调解成功率均达到96%以上。", None),
    ("petitions_handled", "今年受理群众信访事项58件，均已按期办结（其中来信12件）。", 58),
    ("petitions_handled", "正在按程序办理的信访事项6件，均已明确包案领导。", None),
    # several townships together, the area the town is in, and a county body quoting the town
    ("disputes_resolved", "该乡与相邻的两个乡镇合计化解纠纷230件。", None),
    ("mediation_success_rate", "南片四个乡镇平均调解成功率为97.1%。", None),
    ("legal_literates", "全县共培育法律明白人5600名，该镇所在的西部片区共有法律明白人900名。", None),
    ("petitions_handled", "县信访局通报，柳河镇全年办结信访事项二十九件。", 29),
    # grammar carries the figure: 让/实现…覆盖/使…得以办结; and the weak ones, those still applying, a
    # leader's own cases are some of them
    ("people_reached", "让2.6万人次群众在村口即可接受普法教育。", 26000),
    ("people_reached", "全年普法宣传实现了九千人次以上的群众覆盖。", 9000),
    ("petitions_handled", "使今年受理的信访事项有四十件得以按期办结。", 40),
    ("mediation_committees", "对工作相对薄弱的6个村调委会开展了结对帮扶。", None),
    ("villages", "全乡已有4个村获评示范村，另有2个村正在申报。", None),
    ("petitions_handled", "镇领导亲自包案办结的信访积案有5件。", None),
    ("publicity_materials", "向村民赠阅《民法典》等普法读物共2300余册。", 2300),
    ("publicity_events", "各村利用农闲召开以宪法为主题的院坝会15次。", 15),
    ("litigation_cases", "全年办理涉乡行政案件2件，均已审结。", 2),
    ("villages", "全乡建制村由18个合并为11个，另有1个移民安置社区。", 12),
    # a new total after its change, a first, a rate raised to, the size of a team, a pool of experts
    ("mediators", "村级人民调解员较上年增加9名至八十六名，其中女性调解员21名。", 86),
    ("publicity_events", "普法宣讲活动比上年增加6场至41场。", 41),
    ("enforcement_staff", "全镇持证执法人员首次突破三十名。", 30),
    ("mediation_success_rate", "矛盾纠纷调解成功率较上年提高0.8个百分点，增至97.9%。", 97.9),
    ("legal_literates", "法律明白人队伍规模扩大到260人。", 260),
    ("mediators", "聘请律师、退休法官、人民调解员等25人组成纠纷会商专家库。", None),
    # a look back at another year (the frame's report covers 2024), the audience of a market day
    ("disputes_received", "回顾2023年度，全镇共受理矛盾纠纷210件。", None),
    ("disputes_received", "回顾2024年，全镇共受理矛盾纠纷210件。", 210),
    ("people_reached", "“法治赶集日”惠及赶集群众约9000人次。", 9000),
    ("people_reached", "全年受教育的干部群众达5200余人次。", 5200),
    ("publicity_materials", "计划明年印制普法台历2000本、明白纸5000张，由网格员逐户发放。", None),
    # a running total since a year named after 自, with what began then in between
    ("publicity_events", "自2019年开展“法治大篷车”巡演以来，全乡累计开展普法活动260余场。", None),
    # a figure whose own phrase names no noun counts what the paragraph's topic names
    ("mediators", "人民调解队伍建设。截至年底，各级调委会在册人数为：九十六名。", 96),
    ("publicity_events", "关于普法宣传工作，全年由各村自行组织的共计三十一场次。", 31),
    ("mediators", "人民调解员队伍建设。全年参加县级业务培训的共45名。", None),
    # a note of the parts between a noun and its total
    ("mediation_committees", "人民调解委员会（乡1个、村12个）：共计13个，均已挂牌。", 13),
    # a dash between a label and its count; the topic 人民调解 names what was received
    ("disputes_received", "人民调解：受理——88件；调解成功——86件。", 88),
    ("mediation_success_rate", "人民调解：受理——88件；调解成功——86件。", 97.73),
    # a topic closed by a colon is not the noun of a figure that names its own
    ("villages", "民主法治示范村创建：全乡21个行政村中，已有9个村获评市级示范村。", 21),
    ("litigation_cases", "负责人出庭应诉情况：今年应诉案件2件，乡长出庭2次。", 2),
    # villages of other townships
    ("villages", "安置点共接收来自周边2个乡镇9个村的搬迁户186户。", None),
    ("villages", "街道辖老城区社区8个、新建小区社区2个。", 10),
    ("villages", "乡里行政村总数为十七个，其中易地搬迁安置点所在村2个。", 17),
    ("villages", "街道辖社区6个（其中新建小区社区2个）、行政村3个，常住人口4.6万人。", 9),
    # a clerk's summary: the network named before a colon, a total after parts set apart by semicolons,
    # "X的有N件", the year's new recruits (not the team), disputes named as 纠纷诉求
    ("mediation_committees", "人民调解组织网络：十九个（乡1个、村18个）。", 19),
    ("disputes_resolved", "乡调委会调解成功纠纷：十五件；各村调委会调解成功纠纷：六十二件；"
                           "合计七十七件。", 77),
    ("disputes_received", "乡调委会调解成功纠纷：十五件；各村调委会调解成功纠纷：六十二件；"
                           "合计七十七件。", None),
    ("disputes_resolved", "今年受理的各类纠纷中，已化解的有58件，其余3件引导走诉讼程序。", 58),
    ("mediators", "今年新聘用村级调解员12名，补充到各村调委会。", None),
    ("disputes_received", "镇综治中心全年受理群众矛盾纠纷诉求共计187件。", 187),
    ("disputes_resolved","全年化解矛盾纠纷188件，化解率99.5%。",188),
    ("publicity_events","建成法治文化广场3个、法治宣传栏45块。",None),
    ("publicity_events", "乡司法所联合派出所开展了26场次集中法治宣传和反诈宣讲。", 26),
    ("study_sessions","全年组织集中学法活动10次。",10),
    ("litigation_cases","全年共办理行政诉讼案件5件，行政复议案件2件。",7),
    ("legal_consultations","法律顾问全年为村（居）民提供法律咨询200余次。",200),
    # a clerk's summary: 件次 as the unit, a total with 约 after its parts, what describes the items,
    # and counselling that is not legal advice
    ("legal_consultations", "来信来电法律咨询：全年共183件次，已全部答复。", 183),
    ("legal_consultations", "社工站开展心理健康咨询52人次。", None),
    ("people_reached", "集中宣传受众约3000人次，入户宣传受众约5000人次，合计约8000人次。", 8000),
    # the tasks shared out to every village name them all (目标任务 is not a target); villages that
    # try something out are some of them; one workroom's share of the resolved disputes is a part
    ("villages", "镇里把年度目标任务分解到各办所和11个行政村、2个社区。", 13),
    ("villages", "在集镇周边5个村试行村级法律顾问制度。", None),
    ("disputes_resolved", "“和事佬”调解室全年调解成功纠纷18起，占全镇化解总数的三成。", None),
    ("disputes_resolved", "全年调处成功纠纷60件，占全年受理总数62件的96.8%。", 60),
    # the certified named as a team, and petitions concluded 到位
    ("enforcement_staff", "镇持证执法队伍今年增至19人。", 19),
    ("petitions_handled", "全年受理群众来信来访二十六件，均在规定期限内办结到位。", 26),
    # the lectures of a series (讲), and their listeners (听课)
    ("publicity_events", "“法律大讲堂”今年在社区开讲十四讲。", 14),
    ("publicity_events", "组织开展“三讲三评”活动，邀请2名律师讲授民法典。", None),
    ("people_reached", "“法治夜校”全年听课居民1500余人次。", 1500),
    # a news item about one day, or one event's or campaign's figure, is not the year's: staff,
    # cases and committees never; publicity only when the sentence is about one day
    ("mediators", "11月3日，全镇35名人民调解员集中到镇综治中心交流调解经验。", None),
    ("mediation_committees", "近日，县司法局督导组抽查了我镇6个村调委会的调解卷宗。", None),
    ("disputes_resolved", "“百日攻坚”行动期间，镇村两级成功化解各类矛盾纠纷14件。", None),
    ("petitions_handled", "镇领导接访日当天办结群众信访事项5件。", None),
    ("publicity_materials", "日前，镇妇联在集市开展反家暴宣传，发放宣传折页800余份。", None),
    ("publicity_materials", "“民法典宣传月”期间共发放宣传手册3000余份。", 3000),
    ("disputes_received", "截至12月20日，全镇共排查受理矛盾纠纷142件。", 142),
    ("legal_literates", "全市“法律明白人”培养工程启动以来，我镇已培育法律明白人96名。", 96),
    # the town's committee named again inside the total after a first mention: not added twice
    ("mediation_committees", "健全“镇调委会+村调委会”两级网络，建立镇调委会和村调委会共15个。", 15),
    # 明白人 alone for 法律明白人 (not another field's 政策明白人), 村社 for the villages, a neighbouring
    # town named with 邻近的, materials the town was given, 已经 before the figure
    ("legal_literates", "全乡培养的明白人已经有一百二十多名。", 120),
    ("legal_literates", "全乡培育政策明白人30名。", None),
    ("villages", "全镇共有村社十六个。", 16),
    ("mediation_committees", "邻近的河口镇调委会有25个。", None),
    ("publicity_materials", "县普法办今年配发给我镇的宣传资料共3000份。", None),
    # another town's figure quoted after the town's own (the report is 柳河镇's): not taken when the
    # sentence compares or the report names that town again; the town's own name is its own
    ("disputes_received", "全镇全年受理纠纷88件。作为对比，石桥镇全年受理纠纷203件。", 88),
    ("disputes_received", "柳河镇全年受理纠纷88件，与石桥镇联合调处2件。石桥镇全年受理纠纷203件。", 88),
    ("disputes_received", "柳河镇全年受理纠纷88件。", 88),
    # a time word or the kind of township alone is no other town's name
    ("legal_literates", "在每个网格培养2名的基础上，今年街道共培育法律明白人一百零八名。", 108),
    ("disputes_resolved", "民族乡全年受理纠纷56件，通过双语调解已化解54件。", 54),
    # what was studied is the law, named with 等法律
    ("study_sessions", "全年组织领导班子集中学习《村民委员会组织法》等法律九次。", 9),
    # two towns together, an area of several towns, a county by its name, another town's figure as the
    # subject of the clause, and what the town is compared with
    ("disputes_received", "柳河、石门两镇联合调解中心全年共受理纠纷58件。", None),
    ("mediation_committees", "我镇所在的北部调解协作片区共有人民调解委员会41个。", None),
    ("villages", "南江县共辖村（社区）326个。", None),
    ("villages", "南江县柳河镇共辖村（社区）26个。", 26),
    ("enforcement_staff", "柳河镇与龙潭乡建立执法协作机制，龙潭乡持有行政执法证的人员现有19名。", None),
    ("villages", "全镇辖21个行政村和2个社区，与辖15个村的河口镇相比数量较多。", 23),
    ("study_sessions", "12月28日，镇党委举行年度最后一次集中学法，全年集中学法达9次。", 9),
    # 依次为 pairs the items with the numbers as 分别为 does
    ("mediators", "全镇调委会、人民调解员数量依次为19个、96名。", 96),
    ("mediation_committees", "全镇调委会、人民调解员数量依次为19个、96名。", 19),
    # the counts a rate is worked out from, in a bracket after it
    ("disputes_resolved", "纠纷调解成功率98.4%（调解成功126件/受理128件）。", 126),
    # a body stationed in the town or a part of it as the subject, not the town (unless working with
    # the town's own, or the town's resident lawyer)
    ("disputes_resolved", "驻镇派出所全年调解治安纠纷，成功化解41起。", None),
    ("mediators", "城区社区调委会现有人民调解员9名。", None),
    ("mediation_committees", "镇工业园区内企业共设立人民调解委员会4个，负责调处劳动争议。", None),
    ("publicity_events", "镇派出所、司法所联合开展普法宣传活动15场。", 15),
    ("legal_consultations", "驻镇律师全年为群众解答法律咨询180次。", 180),
    # some villages now, the rest later; leaflets printed but still to be handed out
    ("villages", "法治体检已走进9个村，其余村（社区）将于明年完成。", None),
    ("villages", "全镇辖16个村、2个社区，首批覆盖其中5个村，其余村年底前完成。", 18),
    ("publicity_materials", "镇司法所印制普法宣传资料3000份，计划于春节前分发到各村。", None),
    # staff who 具备 the certificate or a team 均已持证; invited mediators are not the town's; residents
    # helped with their own cases; grid staff's training; petitions answered 并书面答复信访人, 信访诉求
    ("enforcement_staff", "全乡从事行政执法工作的干部共17名，均具备执法资格。", 17),
    ("enforcement_staff", "全镇21名执法队员均已持证。", 21),
    ("mediators", "聘请退休法官、律师等特邀调解员6名。", None),
    ("litigation_cases", "镇司法所全年协助群众向县政府申请行政复议3件。", None),
    ("study_sessions", "全年开展网格员法治培训4期。", None),
    ("petitions_handled", "镇信访办共接收来信来访事项48件，均已在法定期限内办理完毕并书面答复信访人。", 48),
    ("petitions_handled", "依法答复并办结群众信访诉求二十一件。", 21),
    # one village's own body (调委会, a named 调解队), not the town; 镇村 is the town and its villages
    ("disputes_received", "石岭村调委会全年受理村民纠纷32件，被评为金牌调委会。", None),
    ("disputes_resolved", "河口村“和事佬”调解队今年成功化解邻里纠纷19起。", None),
    ("disputes_resolved", "全年镇村调委会共化解矛盾纠纷129件。", 129),
    # a breakdown by level said to be one, after the town's total
    ("disputes_resolved", "全镇共受理矛盾纠纷120件，化解117件。从层级看，镇调委会直接受理疑难纠纷20件，"
                          "成功化解19件；各村调委会受理100件，化解98件。", 117),
    # 问法 for asking about the law, 安排 as the verb of the sessions held
    ("legal_consultations", "今年到镇法律服务站来问法的群众共有二百零六人次。", 206),
    ("study_sessions", "全年政府常务会学法安排了9次。", 9),
    ("publicity_materials", "发放印有普法标语的雨伞、水杯等宣传品共1600件。", 1600),
    ("petitions_handled","全年共受理信访事项48件，办结46件，办结率95.8%。",46),
    ("petitions_handled", "今年受理的信访件中有41件已依法依规办结，其余2件正在办理。", 41),
    ("legal_literates","每个村（社区）培养“法律明白人”不少于5名，全镇共培养120名。",120),
    ("mediators","全镇有专职人民调解员2名、兼职人民调解员86名。",88),  # 专职 + 兼职 = all mediators
    # the figures a sentence lists after a running total since a plan began are running totals too
    ("publicity_materials", "“六五”普法期间，全乡累计举办法治讲座120余场，印发各类宣传册4万余份。", None),
    # 已按程序全部办结
    ("petitions_handled", "今年乡信访办登记的群众来信、来访事项37件，已按程序全部办结。", 37),
    # villages among the county's honoured ones, not the town's village count
    ("villages", "全县今年评出民主法治示范村45个，我乡有4个村名列其中。", None),
    ("villages", "我乡有3个村入选省级乡村治理示范村。", None),
    # a kind of event said with 其中 and the rest without a figure: a part of a whole never given
    ("publicity_events", "其中，由乡文化站组织的法治电影放映共12场，其余活动由乡司法所组织开展。", None),
    # a leader's own count in the 述法 part, not the town's (unless the clause goes on to the town)
    ("disputes_resolved", "作为乡长，本人全年亲自调处疑难纠纷7件，均已化解到位。", None),
    ("legal_consultations", "乡党委书记每月到公共法律服务站坐诊，亲自解答群众咨询30余人次。", None),
    ("mediation_success_rate", "本人包案的6件疑难纠纷全部化解，个人包案化解率达100%。", None),
    ("villages", "本人全年走遍全乡14个行政村，督导村规民约修订。", 14),
    ("study_sessions", "本人主持党委中心组学法6次，全乡全年集中学法18次。", 18),
    # what was resolved of the court's cases is the court's too
    ("disputes_resolved", "全年排查调处矛盾纠纷96件，经调解化解93件。"
                          "承接法院诉前委派调解案件14件，调解成功11件。", 93),
    # kinds listed before a 其中 add up; what the 其中 says after them is parts
    ("litigation_cases", "全年办理行政应诉案件3件、行政复议案件2件，其中复议案件均已维持，"
                         "1件诉讼案件胜诉。", 5),
    # a later kind whose note says it includes an earlier one is their total
    ("study_sessions", "全年乡党委中心组专题学法5次、组织干部集中学法14次（含中心组专题学法）。", 14),
    ("disputes_received", "全年共接受群众矛盾纠纷调解申请97件，经调解达成协议95件。", 97),
    # campaigns named in quotes are kinds of their own, and add up
    ("publicity_events", "开展“宪法进万家”活动12场、“民法典进村居”活动8场。", 20),
    # a sentence that opens with a later year than the report's is the coming year's target
    ("legal_consultations", "2025年镇法律服务站要保证每周坐班两天，年解答法律咨询达到500人次以上。", None),
    ("mediation_success_rate", "2025年全镇调解成功率要继续保持在97%以上，疑难纠纷化解率达到100%。", None),
    # the one figure of its kind in a sentence that opens with 其中 is a part of a whole said before
    ("publicity_events", "全年围绕民法典开展形式多样的普法宣传。其中，在赶集日开展“法治集市”活动6场，"
                         "现场发放宣传品300余份。", None),
    # spoken wording: 加起来 links the noun to its figure; 已经 says all were concluded
    ("mediators", "全乡乡村两级人民调解员加起来共有八十七人。", 87),
    ("petitions_handled", "今年一共受理群众来信来访43件，已经全部办结。", 43),
    ("disputes_resolved", "今年受理矛盾纠纷38件，已经全部调解成功。", 38),
]

@pytest.mark.parametrize(("code", "sentence", "expected"), CASES,
                         ids=[f"{c}-{i:03d}" for i, (c, _, _) in enumerate(CASES)])
def test_phrasing_gives_the_expected_value(code, sentence, expected):
    got = value_of(sentence, code)
    if expected is None:
        assert got is None, f"{code} must be absent in {sentence!r}, got {got}"
    elif code == "mediation_success_rate":
        assert got is not None and abs(got - expected) <= 0.51, f"{sentence!r}: {got}"
    else:
        assert got == expected, f"{sentence!r}: expected {expected}, got {got}"


def test_every_indicator_has_ten_phrasings_with_traps():
    from reports.extraction import INDICATOR_CODES

    for code in INDICATOR_CODES:
        rows = [c for c in CASES if c[0] == code]
        assert len(rows) >= 10, code
        assert any(v is None for _, _, v in rows), code
        assert any(v is not None for _, _, v in rows), code


def test_plan_section_figures_are_not_this_years_work():
    text = WRAP.format(sentence="全年开展普法宣传活动20场次。").replace(
        "继续加强法治宣传教育。", "计划发放宣传资料1万份，培育法律明白人50名，开展普法活动40场次。")
    ex = extract_report(text)
    assert ex.figures["publicity_events"].value == 20
    assert "publicity_materials" not in ex.figures
    assert "legal_literates" not in ex.figures
    assert "1万份" in ex.plans


def test_problems_section_is_exposed_and_its_figures_ignored():
    text = WRAP.format(sentence="全镇共有人民调解员40名。").replace(
        "基层法治力量仍然薄弱。", "仍有3件矛盾纠纷未能化解，人民调解员仅12名。")
    ex = extract_report(text)
    assert ex.figures["mediators"].value == 40
    assert "disputes_resolved" not in ex.figures
    assert "人民调解员仅12名" in ex.problems


def test_losing_candidates_carry_a_reason():
    ex = extract_report(WRAP.format(
        sentence="全镇共受理矛盾纠纷290件，其中镇调解中心受理疑难纠纷30件，调解成功288件。"))
    fig = ex.figures["disputes_received"]
    assert fig.value == 290
    assert fig.candidates and all(c.note for c in fig.candidates)
    assert any(c.value == 30 for c in fig.candidates)


def test_derived_rate_says_so_and_points_at_the_resolved_figure():
    ex = extract_report(WRAP.format(sentence="全年受理纠纷200件，化解190件。"))
    rate = ex.figures["mediation_success_rate"]
    assert rate.value == 95
    assert "derived" in rate.candidates[0].note
    assert ex.text[rate.start:rate.end] == "190件"


@pytest.mark.parametrize(("summary", "detail", "expected"), [
    ("持证执法人员20余名", "镇综合行政执法队持证执法人员23名", 23),  # 余: above, within its last place
    ("发放宣传资料1万余份", "印发普法宣传资料12600份", 12600),
    ("受理矛盾纠纷近300件", "全年受理矛盾纠纷297件", 297),  # within a tenth
    ("持证执法人员20余名", "镇综合行政执法队持证执法人员35名", 20),  # not what 20余 rounds
])
def test_a_rounded_summary_gives_way_to_the_exact_figure(summary, detail, expected):
    code = next(c for c, words in (("enforcement_staff", "执法"), ("publicity_materials", "资料"),
                                   ("disputes_received", "纠纷")) if words in summary)
    sentence = f"全年主要指标如下：{summary}。\n（二）具体工作\n{detail}。"
    assert value_of(sentence, code) == expected


def test_a_figure_said_to_be_more_than_keeps_its_place_over_a_smaller_exact_one():
    # "3万余份" is more than 30,000: a less likely 2.8万份 of notices is not what it rounds
    sentence = ("通过村村响广播等方式宣传防汛法规，发放防汛安全告知书2.8万份。"
                "本年度开展各类普法宣传活动40场次，发放宣传资料3万余份。")
    assert value_of(sentence, "publicity_materials") == 30000


@pytest.mark.parametrize(("sentence", "expected"), [
    # the town's certified staff stated only office by office: the parts add up
    ("镇综合执法大队持证执法人员12名，镇应急管理办公室持证执法人员4名，镇农业办持证执法人员3名。", 19),
    ("镇领导班子成员持有《湖南省行政执法证》的4名，站所负责人持证5名，一般干部持证7名。", 16),
    # a total first, then one part of it; or the same body said twice: no sum
    ("全镇持证执法人员35名，综合执法大队持证执法人员12名。", 35),
    ("镇综合执法队有执法人员24名，持证22名。", 22),
    # another body's staff working in the town are not a part of the town's
    ("镇执法中队现有在编执法人员14名，县级部门派驻执法人员11名。", 14),
])
def test_staff_stated_by_office_add_up(sentence, expected):
    assert value_of(sentence, "enforcement_staff") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # kinds of study session named sentence by sentence in one paragraph add up
    ("党委会会前学法9次，学习行政处罚法等。党委理论学习中心组专题学法4次。", 13),
    ("全年党委会会前学法十四次；党委理论学习中心组开展法治专题学习四次。", 18),
    # the same kind twice is not two kinds
    ("党委会会前学法9次。党委会会前学法中专题学习民法典3次。", 9),
])
def test_kinds_of_study_session_in_one_paragraph_add_up(sentence, expected):
    assert value_of(sentence, "study_sessions") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # committees named one by one in the list without a count add one each
    ("镇人民调解委员会、20个村（社区）调委会以及家具行业调委会、劳动争议人民调解委员会均已规范化运行。", 23),
    ("乡人民调解委员会、10个村调委会和安置社区调委会全部规范运行。", 12),
    # not a class of committees, nor ones already counted, nor a county body
    ("建立镇调委会1个、村（社区）调委会25个，形成镇村联动、专业调委会补位的格局。", 26),
    ("全镇18个村均建立人民调解委员会，并与县医疗纠纷人民调解委员会建立对接机制。", 18),
])
def test_committees_named_without_a_count_add_one_each(sentence, expected):
    assert value_of(sentence, "mediation_committees") == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # a figure in a note right after the number does not cut off the words after the note
    ("全镇现有31名同志（含年内新取证4名）持有省级行政执法证件。", "enforcement_staff", 31),
    # the words after the last item's 的 are the head of every item of a 分别 list
    ("执法中队、安监站、国土所的持证执法人员分别为9名、4名、2名。", "enforcement_staff", 15),
    ("中心组、党委会会前学法分别为5次、11次。", "study_sessions", 16),
    # items that name their own measure keep it
    ("普法活动场次、宣传资料份数和受众人次分别达到38场、1.6万份和2.4万人次。", "publicity_events", 38),
    ("普法活动场次、宣传资料份数和受众人次分别达到38场、1.6万份和2.4万人次。", "publicity_materials", 16000),
    # 各 after a list joined to the figure before it counts the list's items only
    ("建成镇调委会1个、村调委会9个、物业和医疗专业调委会各1个。", "mediation_committees", 12),
])
def test_list_heads_and_notes(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # the new total after 调整至/调整充实为 takes the noun named before the earlier value
    ("人民调解员由上年的71名调整至78名，其中专职调解员2名。", "mediators", 78),
    # a head-count then "all hold certificates"
    ("镇综合执法办在编在岗13名，均持有省级行政执法证。", "enforcement_staff", 13),
    # the town named before the villages' count adds its own committee
    ("乡和11个村均建立了人民调解委员会。", "mediation_committees", 12),
])
def test_changes_head_counts_and_the_towns_own(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # the year between the noun and the number; this year's figure after last year's
    ("“法律明白人”2024年底达到205名，比2023年底的171名增加34名。", "legal_literates", 205),
    ("人民调解员由2023年的66名增加到2024年的73名。", "mediators", 73),
    ("人民调解委员会2023年共14个。", "mediation_committees", None),
    # a stated total (合计…) is not one more kind to add
    ("党委会会前学法10次、党委理论学习中心组专题学法5次，合计集中学法15次。", "study_sessions", 15),
    # 在册 between the noun and the number
    ("全镇“法律明白人”在册143名。", "legal_literates", 143),
])
def test_years_registers_and_stated_totals(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    ("持证执法人员去年为20名，今年因人员调动减少为18名。", "enforcement_staff", 18),
    ("镇综合执法队员共16名，16名队员全部持有省行政执法证。", "enforcement_staff", 16),
    ("普法宣传情况为：开展各类活动44场次，发放资料9000份。", "publicity_events", 44),
    ("全县“法律明白人”共2950名，其中我镇为一百六十八名。", "legal_literates", 168),
    ("在9个村的文化广场设立了法治宣传栏。", "villages", None),
])
def test_this_years_change_a_towns_share_and_subsets(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # a figure given only by its kinds, the last being the rest (其他)
    ("全镇共受理婚姻家庭纠纷12件、邻里纠纷20件、土地纠纷9件、其他纠纷4件。", "disputes_received", 45),
    # without 其他 the list may not be all of them: the figure named first stands
    ("全镇共受理婚姻家庭纠纷12件、邻里纠纷20件、土地纠纷9件。", "disputes_received", 12),
    # kinds of case in one paragraph, across a semicolon
    ("作为被申请人的行政复议案件2件，均维持原决定；作为被告的行政诉讼案件1件。", "litigation_cases", 3),
    # a talk (宣讲) and a lecture (讲座) are two kinds of event
    ("全年开展主题宣讲15场、法治讲座7场。", "publicity_events", 22),
    # the parts of a figure after 其中 in the next sentence are not more kinds
    ("开展普法宣传活动30场次。其中法治进校园6场；民法典专题宣讲5场。", "publicity_events", 30),
    # a county body that sends its people to work in the town does not make the figure county-wide
    ("县司法局选派的法律顾问每月到村坐班，全年解答群众法律咨询180人次。", "legal_consultations", 180),
])
def test_breakdowns_paragraph_kinds_and_sent_staff(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    ("全年排查出了96起矛盾纠纷，成功调处了94起。", "disputes_received", 96),
    # numbers before their nouns: the kind is the noun after the number
    ("镇政府全年应诉了3起行政诉讼案件，办理了2起行政复议案件。", "litigation_cases", 5),
])
def test_numbers_before_their_nouns(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    ("“法律明白人”培育工程：全镇在册二百余人。", "legal_literates", 200),
    ("街道和7个社区均建立人民调解委员会。", "mediation_committees", 8),
    ("受理纠纷120件，调解成功117件。另有法院委派的诉前调解40件，调解成功31件。", "disputes_resolved", 117),
])
def test_programmes_the_towns_own_and_the_courts_cases(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # this year's figure given only as last year's and the change
    ("人民调解员较上年的90名增加了6名。", "mediators", 96),
    ("全年开展普法宣传活动较上年的40场减少5场。", "publicity_events", 35),
    ("“法律明白人”在上年210名的基础上新增培育18名。", "legal_literates", 228),
    # last year's figure, then this year's change in the clause after it
    ("人民调解员上年为92名，本年因村“两委”换届调整减少4名。", "mediators", 88),
    ("法律咨询上年为180次，今年在此基础上增加了25次。", "legal_consultations", 205),
    ("受理纠纷今年为120件，上年为135件。", "disputes_received", 120),
    ("全年发放宣传资料比上年的6400份多出1600份。", "publicity_materials", 8000),
    # the count before a change the sentence goes on to ("原辖…，今年撤并…")
    ("全镇原辖15个行政村，今年撤并3个。", "villages", None),
    ("全乡原有行政村14个，合村并组后现辖9个村。", "villages", 9),
    ("全镇原有行政村21个。", "villages", 21),
    # the two halves of the year, and nowhere the whole year
    ("上半年全镇受理矛盾纠纷58件，下半年受理66件。", "disputes_received", 124),
    ("上半年受理矛盾纠纷58件，全年共受理130件。", "disputes_received", 130),
    ("上半年受理矛盾纠纷58件。", "disputes_received", None),
    ("一季度受理矛盾纠纷52件，二季度受理47件，三季度受理39件，四季度受理31件。", "disputes_received", 169),
    ("上半年受理矛盾纠纷86件，下半年受理94件，其中涉及征迁的纠纷41件。", "disputes_received", 180),
    ("上半年受理矛盾纠纷86件，下半年受理94件。其中涉及征迁的纠纷41件。", "disputes_received", 180),
    # (over a sub-count that is accepted, with its penalty)
    ("上半年受理矛盾纠纷86件，下半年受理94件，全年调解成功176件，其中涉及征迁的纠纷41件。",
     "disputes_received", 180),
    ("分两批培育法律明白人，上半年82名，下半年67名，共计149名。", "legal_literates", 149),
    ("全年开展普法活动47场次（一季度11场次、四季度14场次），发放普法宣传资料1.2万份。", "publicity_materials",
     12000),
    # last year's value alone is still not this year's
    ("人民调解员较上年的90名有所增加。", "mediators", None),
])
def test_a_figure_given_as_last_years_and_the_change(sentence, code, expected):
    assert value_of(sentence, code) == expected


def test_a_figure_from_a_change_points_at_the_comparison():
    ex = extract_report(WRAP.format(sentence="人民调解员较上年的90名增加了6名。"))
    fig = ex.figures["mediators"]
    assert ex.text[fig.start:fig.end] == "较上年的90名增加了6名"


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # one per unit, times the units counted before 各
    ("乡设人民调解委员会一个，十二个行政村各设村人民调解委员会一个。", "mediation_committees", 13),
    ("镇调委会配备专职调解员2名，9个村调委会各有调解员4名。", "mediators", 38),
    ("镇综合行政执法队下设4个执法中队，每个中队各配备持证执法人员3名。", "enforcement_staff", 12),
    # a minimum per unit is not a count to multiply
    ("镇调委会配备专职调解员2名，9个村调委会各配备调解员不少于4名。", "mediators", 2),
])
def test_one_per_unit_times_the_units(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # the kinds of one figure listed after its noun and a colon add up
    ("全年共办结信访事项：来信6件、来访15件、网上信访9件。", "petitions_handled", 30),
    # not when the head names nothing counted, nor when the items are years (the report year's is taken)
    ("具体为：来信6件、来访15件。", "petitions_handled", None),
    ("受理矛盾纠纷：2023年96件、2024年88件。", "disputes_received", 88),
])
def test_a_colon_list_of_kinds(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # a running total over a five-year publicity plan is not this year's
    ("全年开展普法宣传活动38场次。“七五”普法启动以来，累计开展普法活动150余场次。", "publicity_events", 38),
    ("全年开展普法宣传活动45场次。“七五”普法期间全镇累计开展普法活动210场次。", "publicity_events", 45),
    # parts in a note on a total are not added to it
    ("全年共开展普法宣传活动40场次（线上“云课堂”21期、线下宣讲19场次）。", "publicity_events", 40),
    # what all the items of a list did, said once after the last
    ("镇人民调解委员会和12个村委会、2个社区均设立了人民调解委员会。", "mediation_committees", 15),
    # a numbered item's heading names what its figures count
    ("12.法律明白人。按每村3名的标准选配，共63名，年内集中培训2次。", "legal_literates", 63),
    # "全年开展N次" after the clause naming the activity
    ("镇党委理论学习中心组学法，全年开展4次；全年会前学法11次。", "study_sessions", 15),
    # levels stated apart add up, unless their total is stated
    ("两级调委会受理矛盾纠纷：镇调委会受理19件，村调委会受理64件。", "disputes_received", 83),
    ("普法讲座：镇级8场，村级36场，共44场。", "publicity_events", 44),
])
def test_running_totals_notes_shared_predicates_and_headings(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # how a clerk talks: 一共, 搞了, 一年下来, 差不多/大概, N个人, 有执法证的, and 调节 for 调解
    ("目前全镇有执法证的一共18个人（执法大队12人，其他站所6人）。", "enforcement_staff", 18),
    ("普法宣传活动搞了22场，受众差不多6000人次。", "publicity_events", 22),
    ("普法宣传活动搞了22场，受众差不多6000人次。", "people_reached", 6000),
    ("政府常务会会前学法一年下来弄了12次。", "study_sessions", 12),
    ("全年受理矛盾纠纷67件，调节成功65件。", "disputes_resolved", 65),
    # a figure in brackets right after its noun is the figure
    ("全年受理信访事项（34件），已全部办结。", "petitions_handled", 34),
    ("全镇人民调解员一共有（112名），其中镇里专职调解员2名。", "mediators", 112),
])
def test_spoken_wordings_and_bracketed_figures(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # this year's figure from last year's and a percentage change, in either order
    ("全年受理矛盾纠纷数较上年（200件）下降10%。", "disputes_received", 180),
    ("全年解答群众法律咨询比上年的240人次增长了30%。", "legal_consultations", 312),
    ("全年接待群众法律咨询人次比上年增长25%，上年为240人次。", "legal_consultations", 300),
    # the clerk's short form of 调解成功
    ("矛盾纠纷：受理68件；调成66件。", "disputes_resolved", 66),
])
def test_percentage_changes_and_short_forms(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # a bracket right after a figure breaks that figure down: its words hold for the parts too
    ("全年开展集中学法9次（中心组学法3次、会前学法4次、法治讲座2次），开展普法宣传活动40场次。",
     "publicity_events", 40),
    # the next list item's noun does not disqualify the figure before it
    ("执法队现有持证执法人员12名、辅助执法人员9名。", "enforcement_staff", 12),
    # all of the certified staff did something: still the certified staff
    ("全乡17名持证执法人员全部参加了年度法律知识培训。", "enforcement_staff", 17),
    ("全乡17名执法人员全部参加了执法资格考试。", "enforcement_staff", None),
    # the part-timers' own total beside the full-timers
    ("镇调委会配备专职调解员3名，村级兼职调解员共52名。", "mediators", 55),
    # 连同: the later figure already includes the earlier one
    ("中心组学法5次，连同会前学法，全年共集中学法13次。", "study_sessions", 13),
    ("受理矛盾纠纷76件，其中调解成功并签订协议书的74件。", "disputes_resolved", 74),
    ("共排查化解矛盾纠纷40件，其中化解成功38件。", "disputes_resolved", 38),
    ("镇政府全年办理行政复议答复案件2件。", "litigation_cases", 2),
    # the people who asked, then where
    ("全年为260名群众提供法律咨询。", "legal_consultations", 260),
    ("全年共有180人次群众到司法所咨询法律问题。", "legal_consultations", 180),
    ("为15名群众提供法律援助。", "legal_consultations", None),
    ("全年约4000人次群众在活动中接受了法治教育。", "people_reached", 4000),
    # the year's start and its end: the end is this year's figure
    ("“法律明白人”年初为150名、年末为166名。", "legal_literates", 166),
    ("人民调解员年初62名，年底达到70名。", "mediators", 70),
])
def test_brackets_items_year_ends_and_who_asked(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(("sentence", "code", "expected"), [
    # the noun after a relative clause ("…的") still names what the figure counts
    ("全镇培育了35名懂法律、会调解的“法律明白人”。", "legal_literates", 35),
    ("组织了12场针对留守老人和返乡务工人员的普法宣讲活动。", "publicity_events", 12),
    # (but not after a place: 村（社区）的 is whose they are)
    ("全镇14个村（社区）的“法律明白人”全年集中轮训5期。", "legal_literates", None),
    # the year's end after a part of the year: "下半年" does not make it a part-year figure
    ("年初全镇共有人民调解员80名，下半年村级换届后作了调整，年末人民调解员为86名。", "mediators", 86),
    # the villages' committees' mediators and the town's full-timers add up
    ("全镇12个村调委会共配备人民调解员48名，镇调委会另有专职调解员3名。", "mediators", 51),
    ("全年有210人次的群众到镇公共法律服务站和各村法律顾问处进行了法律咨询。", "legal_consultations", 210),
    ("来站咨询土地承包、婚姻家庭等法律问题的群众共有140人次。", "legal_consultations", 140),
    ("使约1.5万人次的群众直接受到了法治教育。", "people_reached", 15000),
    # qualified, not a training count: "培训并考核合格的"
    ("向64名经过培训并考核合格的“法律明白人”颁发了聘书。", "legal_literates", 64),
    ("全镇共有52名在各村调委会担任人民调解员的同志。", "mediators", 52),
    # a year named in an earlier clause does not make "现辖" an earlier figure
    ("镇域内原有15个行政村，2021年新设立1个社区，全镇现辖16个村（社区）。", "villages", 16),
    # 对…进行了受理调处, and the noun in the topic before (…方面，…受理的为N件)
    ("镇村两级调解组织共对96起矛盾纠纷进行了受理调处。", "disputes_received", 96),
    ("矛盾纠纷调处方面，全镇全年登记受理的为77件。", "disputes_received", 77),
    ("全镇持证执法人员（共15名）全部完成年度网络培训学时。", "enforcement_staff", 15),
    ("共举办了9场“以案释法”法治讲座。", "publicity_events", 9),
    ("约2600人次群众现场聆听。活动由镇普法办组织。", "people_reached", None),
    ("法治讲座现场，约2600人次群众现场聆听。", "people_reached", 2600),
    ("现场解答了近200人次的法律咨询。", "legal_consultations", 200),
    # something done to all of them, and a new total after 增加到
    ("邀请县司法局对全镇64名人民调解员进行了业务培训。", "mediators", 64),
    ("组织64名人民调解员进行了业务培训。", "mediators", None),
    ("新选聘调解员12名，使全镇人民调解员总数增加到120名。", "mediators", 120),
    ("对持证执法人员（全乡共19名）进行了年度审验。", "enforcement_staff", 19),
    ("以镇政府为被告的行政案件，今年共发生3件。", "litigation_cases", 3),
    ("全年办理的4件行政应诉案件无一败诉。", "litigation_cases", 4),
    # a 含 clause after a figure holds a part of it; 累计 after the parts states their total
    ("开展普法宣传活动30场次，含法治文艺演出4场。", "publicity_events", 30),
    ("中心组学法4次、会前学法10次，累计开展集中学法14次。", "study_sessions", 14),
    # the town's committee named with 建有, beside the villages' and the trades'
    ("镇建有调委会1个、村调委会12个、物业纠纷调委会1个。", "mediation_committees", 14),
    # not this year's town-wide figure: a monthly average, the state before a merger, materials the
    # town received, expired certificates, one village's audience
    ("镇村两级调委会月均受理矛盾纠纷15件。", "disputes_received", None),
    ("合村并组前，全镇共有行政村22个。", "villages", None),
    ("镇司法所从县司法局领取普法宣传资料3000份。", "publicity_materials", None),
    ("全镇执法证件已超过有效期的干部共2名。", "enforcement_staff", None),
    ("石桥村各类普法活动受教育群众达900人次。", "people_reached", None),
    # (but "12个村均…" is all of them, not an average)
    ("全镇12个村均成立了人民调解委员会。", "mediation_committees", 12),
    ("目前全乡申领行政执法证件并通过年审的干部共9名。", "enforcement_staff", 9),
    ("全乡有3名干部正在申领行政执法证件。", "enforcement_staff", None),
    # the count before a change said with 由…调整为
    ("全镇由原来的18个村调整为11个村。", "villages", 11),
    ("镇执法大队经考试取得省行政执法证件的12人。", "enforcement_staff", 12),
    # a 共 total of a list that names the town's committee counts it already
    ("建成镇人民调解委员会和各村人民调解委员会共16个。", "mediation_committees", 16),
    ("中心组学法4次、会前学法9次，共开展集中学法13次。", "study_sessions", 13),
    ("现有乡调委会1个、村调委会20个，另设交通事故调委会1个。", "mediation_committees", 22),
    ("组织开展了26场次“法治进乡村”“法律进校园”等主题普法活动。", "publicity_events", 26),
    # a running total over the plan period is not this year's
    ("回顾“七五”普法五年，全镇累计开展各类普法活动200余场次。", "publicity_events", None),
    ("全镇共有56起矛盾纠纷被化解在萌芽状态。", "disputes_resolved", 56),
    ("组建由老党员、乡贤组成的人民调解员队伍，现有在册人员88人。", "mediators", 88),
    ("今年新设立物业纠纷人民调解委员会，全镇调委会总数增至19个。", "mediation_committees", 19),
    ("经全省统一考试、取得行政执法证件并在岗履职的共有13人。", "enforcement_staff", 13),
    ("全镇在编干部中报考行政执法证的共9名。", "enforcement_staff", None),
    ("县普法讲师团全年在全县巡回宣讲40场，受众达二十万人次。", "people_reached", None),
    ("能够亮证执法的干部目前有12人。", "enforcement_staff", 12),
    ("执法队共有队员20名，其中16名通过考试取得了执法证件。", "enforcement_staff", 16),
    ("全年面向机关干部举办“法治大讲堂”共6期。", "study_sessions", 6),
    ("政府常务会议议题前安排学法环节，全年学习法律法规11次。", "study_sessions", 11),
    ("镇领导干部全年参加集中学法的次数为9次。", "study_sessions", 9),
    ("目前实有工作人员12名，均已通过省行政执法资格考试并领取了执法证件。", "enforcement_staff", 12),
    ("全镇调委会15个，调解员队伍现有90人，另有网格员40名。", "mediators", 90),
    ("辖区有行政村11个、农村社区1个。", "villages", 12),
    ("本镇共有15个村级组织，其中行政村13个、社区2个。", "villages", 15),
    ("对受理的群众信访事项逐件登记交办，已依法作出处理意见并办结的有31件。", "petitions_handled", 31),
    ("今年镇信访办累计完成信访事项办理22件。", "petitions_handled", 22),
    ("全乡在册“法律明白人”现为一百二十人。", "legal_literates", 120),
    ("镇域内分布着12个建制村和1个移民安置社区。", "villages", 13),
    ("全年镇政府收到法院送达的行政诉讼案件2件。", "litigation_cases", 2),
])
def test_relative_clauses_year_ends_and_who_asked(sentence, code, expected):
    assert value_of(sentence, code) == expected


def test_resolved_more_than_received_drops_the_smaller_received():
    ex = extract_report(WRAP.format(sentence="镇调解中心受理纠纷20件。全年共化解矛盾纠纷150件。"))
    assert ex.figures["disputes_resolved"].value == 150
    assert "disputes_received" not in ex.figures


# Long sentences with many figures, as reports write them: every figure goes to its own
# indicator and nothing else comes out (a derived rate aside).
LONG = [
 ("全镇建立健全镇、村两级人民调解组织26个，配备专兼职人民调解员132名，其中专职调解员8名；全年共排查调处各类矛盾纠纷356件，调解成功349件，调解成功率98.03%，涉及金额1260余万元，未发生因调解不及时引发的民转刑案件。",
  dict(mediation_committees=26, mediators=132, disputes_received=356, disputes_resolved=349,
       mediation_success_rate=98.03)),
 ("深入开展“八五”普法，全年组织开展宪法宣传周、民法典宣传月等主题宣传活动48场次，举办法治讲座12期，发放宣传资料2.6万余份、宣传品3000余件，受教育群众达3.5万人次，现场解答群众法律咨询860余人次。",
  # campaigns and lectures are two kinds of events, and add up (held-out u128 and u158 label it so)
  dict(publicity_events=60, publicity_materials=26000, people_reached=35000, legal_consultations=860)),
 ("严格落实行政执法“三项制度”，全镇现有行政执法人员45名，均持有省政府颁发的行政执法证件，全年办理行政处罚案件126件，行政复议案件2件、行政诉讼案件3件，无败诉案件。",
  dict(enforcement_staff=45, litigation_cases=5)),
 ("全年召开党委会议研究法治工作6次，组织党委理论学习中心组集中学法9次、会前学法22次，组织180名干部参加网上学法考试，参考率、合格率均为100%。",
  # the two kinds of leadership law study add up (three held-out reports label it so)
  dict(study_sessions=31)),
 ("全面推行“一村一法律顾问”，全镇21个村（社区）均聘请了法律顾问，法律顾问全年提供法律咨询420次，审查合同65份，参与调处纠纷38件；培育“法律明白人”210名、“法治带头人”63名。",
  dict(villages=21, legal_consultations=420, legal_literates=210)),
 ("全年共受理群众信访事项112件，办结108件，按期办结率96.4%，化解信访积案5件。",
  dict(petitions_handled=108)),
 ("镇综治中心全年受理矛盾纠纷218件，其中镇级调处45件、村级调处173件，成功化解215件，化解率98.6%。",
  dict(disputes_received=218, disputes_resolved=215, mediation_success_rate=98.6)),
 # what was found, then the bare count of what of it was resolved
 ("全年排查化解矛盾纠纷120件，成功化解118件，化解率98.3%。",
  dict(disputes_received=120, disputes_resolved=118, mediation_success_rate=98.3)),
 # the town's own committee, named without a count, adds one to the villages'
 ("全镇15个村均建立了人民调解委员会，另设立镇人民调解委员会，配备专职调解员2名。",
  dict(villages=15, mediation_committees=16, mediators=2)),
 # appeals are cases of their own; a 其中 part is not added to what it is part of
 ("全年发生行政复议案件1件、一审行政诉讼案件2件、二审行政诉讼案件1件。", dict(litigation_cases=4)),
 ("各村调委会共有调解员83人，其中专职调解员3人。", dict(mediators=83)),
 ("16个村调委会共有调解员83人，镇调委会专职调解员3人。",
  dict(mediators=86, mediation_committees=17, villages=16)),
 # two kinds of one count in a 分别 list add up; rates of parts never do
 ("全年举办法治讲座、以案释法活动分别为6场、11场，受理群众来信来访四十一件次，全部按时办结。",
  dict(publicity_events=17, petitions_handled=41)),
 # the town's and the villages' figures stated apart and never totalled add up; a total stated wins
 ("镇调委会受理纠纷14件，调解成功13件；各村（居）调委会受理纠纷72件，调解成功71件。",
  dict(disputes_received=86, disputes_resolved=84, mediation_success_rate=97.67)),
 ("全镇共受理纠纷186件，其中镇调委会受理23件、村调委会受理163件。", dict(disputes_received=186)),
 # one for each of the things listed before 各
 ("全年发生行政复议、行政诉讼案件各1件。", dict(litigation_cases=2)),
 ("建立镇人民调解委员会和旅游纠纷人民调解委员会各1个，21个村（社区）人民调解委员会实现全覆盖。",
  dict(mediation_committees=23, villages=21)),
]


@pytest.mark.parametrize(("sentence", "expected"), LONG, ids=[f"long-{i}" for i in range(len(LONG))])
def test_long_sentences_with_many_figures(sentence, expected):
    got = {c: f.value for c, f in extract_report(WRAP.format(sentence=sentence)).figures.items()}
    if "mediation_success_rate" not in expected:
        got.pop("mediation_success_rate", None)
    assert set(got) == set(expected)
    for code, value in expected.items():
        tol = 0.51 if code == "mediation_success_rate" else 1e-9
        assert abs(got[code] - value) <= tol, code


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # kinds named by the phrasing (Form.kind) add up
        ("全镇配备专职调解员3人、兼职调解员15人。", "mediators", 18),
        ("全镇配备3名专职人民调解员、15名兼职人民调解员。", "mediators", 18),
        # the same kind twice, or a total with its sub-counts, do not
        ("每个村配备专职调解员2名，全镇共有专职人民调解员46名。", "mediators", 46),
        ("全镇现有人民调解员156名，其中专职人民调解员12名、兼职人民调解员144名。", "mediators", 156),
        # 村委 / 嘎查 are villages; a later 另有社区 figure joins them
        ("辖区共有嘎查8个、社区居委会3个。", "villages", 11),
        ("全镇辖行政村12个，其中中心村3个，另有社区2个，总人口2万人。", "villages", 14),
    ],
)
def test_figures_of_different_kinds_add_up(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # a figure whose own clause names an earlier year is not this year's
        ("2023年开展普法宣传活动29场次。", "publicity_events", None),
        ("去年受理矛盾纠纷88件，调解成功86件。", "disputes_received", None),
        # ... but a bracketed aside about last year leaves the next figure alone
        ("受理矛盾纠纷180件（2023年为161件），调解成功175件。", "disputes_resolved", 175),
        ("受理矛盾纠纷180件（2023年为161件），调解成功175件。", "disputes_received", 180),
        # ... and "由2023年的17人增至25人" keeps the new value
        ("全镇持证执法人员由2023年的17人增至25人。", "enforcement_staff", 25),
        ("自去年以来，共开展普法宣传活动30场次。", "publicity_events", 30),
    ],
)
def test_figures_about_an_earlier_year(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # 分别 lists: the i-th noun goes with the i-th number (a shared head noun said once)
        ("全年受理、调解成功矛盾纠纷分别为300件、296件。", "disputes_received", 300),
        ("全年受理、调解成功矛盾纠纷分别为300件、296件。", "disputes_resolved", 296),
        ("全年开展普法宣传活动、发放宣传资料分别为40场次、9000份。", "publicity_events", 40),
        ("全年开展普法宣传活动、发放宣传资料分别为40场次、9000份。", "publicity_materials", 9000),
        ("全年受理信访事项和办结信访事项分别为50件、49件。", "petitions_handled", 49),
        # reconsiderations and lawsuits in a 分别 list still add up
        ("全年行政复议、行政诉讼案件分别为4件、2件。", "litigation_cases", 6),
    ],
)
def test_respectively_lists(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # 每 in the clause a total borrows its noun from is about coverage, not a per-village count
        ("“法律明白人”实现每村全覆盖，共计88名。", "legal_literates", 88),
        # ... while 每 next to a figure of its own still marks that figure
        ("每村培育“法律明白人”5名以上，总数120名。", "legal_literates", 120),
        ("每村培育“法律明白人”5名。", "legal_literates", None),
    ],
)
def test_total_after_a_clause_with_every(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # this year's figure in a clause without its noun takes the noun of last year's figure
        ("全镇持证执法人员去年为20人，今年为26人。", "enforcement_staff", 26),
        ("全年接待法律咨询去年同期为150人次，今年为210人次。", "legal_consultations", 210),
        ("人民调解员2023年为40名，本年度为45名。", "mediators", 45),
    ],
)
def test_this_years_figure_after_last_years(sentence, code, expected):
    assert value_of(sentence, code) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the town's committee and the villages' add up
        ("成立乡人民调解委员会一个、村人民调解委员会十一个。", 12),
        ("建立镇调委会1个、村（社区）调委会18个。", 19),
        # a town-wide total with its village part does not
        ("全镇人民调解委员会25个，其中村调委会23个。", 25),
    ],
)
def test_town_and_village_mediation_committees_add_up(sentence, expected):
    assert value_of(sentence, "mediation_committees") == expected


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # a total takes the indicator named last before it, not every indicator of the figure before
        ("全镇辖12个村均成立了人民调解委员会，共13个。", "mediation_committees", 13),
        ("全镇辖12个村均成立了人民调解委员会，共13个。", "villages", 12),
    ],
)
def test_total_inherits_the_noun_named_last(sentence, code, expected):
    assert value_of(sentence, code) == expected
