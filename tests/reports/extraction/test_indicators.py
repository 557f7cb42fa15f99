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


def test_resolved_more_than_received_drops_the_smaller_received():
    ex = extract_report(WRAP.format(sentence="镇调解中心受理纠纷20件。全年共化解矛盾纠纷150件。"))
    assert ex.figures["disputes_resolved"].value == 150
    assert "disputes_received" not in ex.figures
