"""Held-out phrasing corpus for the indicator extractor.

Each entry is ``(code, sentence, expected)`` or ``(code, sentence, expected, approximate)``:

- ``expected`` is the value a careful human reader takes for ``code`` from this one
  sentence, per ../shared/INDICATORS.md (approximate figures by their number:
  2万多 -> 20000, 千余 -> 1000; rates as percents), or ``None`` for a trap: the
  sentence must NOT yield a value for that code.
- ``approximate`` (optional) is whether the figure carries a qualifier
  (余/多/约/近/左右/以上…).

Written independently of the five sample reports and of the extractor's code:
other towns, numbers, provinces and phrasings. Each sentence is checked only for
its own code; it may legitimately contain figures of other indicators.
"""

PHRASINGS = [
    # ------------------------------------------------------------------ enforcement_staff
    ("enforcement_staff", "目前，全镇共有持证行政执法人员 35 名，均已纳入省行政执法监督平台统一管理。", 35, False),
    ("enforcement_staff", "我乡共有28人取得《河南省行政执法证》，做到持证上岗、亮证执法。", 28, False),
    ("enforcement_staff", "街道综合行政执法队现有持证执法人员二十三名，全部按要求参加年度网上培训。", 23, False),
    ("enforcement_staff", "截至11月底，全镇持有行政执法证件的工作人员达到３２人。", 32, False),
    ("enforcement_staff", "加强执法队伍建设，镇综合行政执法办公室在岗人员41名，其中持有行政执法证的38名。", 38, False),
    ("enforcement_staff", "严格执法人员资格管理，全街道持证执法人员由去年的19人增加到今年的26人。", 26, False),
    ("enforcement_staff", "本镇具有行政执法资格并持证的干部共计17名，分布在综合执法、应急、自然资源等岗位。", 17, False),
    ("enforcement_staff", "全年新增取得执法证人员6名，目前共有持证执法人员 44 人。", 44, False),
    ("enforcement_staff", "2024年5月，组织12名新进干部参加全省行政执法人员资格考试，11人顺利通过。", None),
    ("enforcement_staff", "行政执法人员持证率达100%，执法全过程记录率达100%。", None),
    ("enforcement_staff", "全年组织执法人员开展业务培训4期，累计培训320人次。", None),
    ("enforcement_staff", "下一步，计划再组织15名干部参加行政执法资格考试，进一步充实执法力量。", None),
    ("enforcement_staff", "全年共办理行政处罚案件46件，开展联合执法行动26次。", None),
    ("enforcement_staff", "依据《关于进一步规范行政执法证件管理的通知》（宁司〔2024〕12号）要求，完成执法证年审工作。", None),

    # ------------------------------------------------------------------ disputes_received
    ("disputes_received", "2024年，全镇各级调解组织共受理各类矛盾纠纷 312 件，调解成功305件。", 312, False),
    ("disputes_received", "今年以来，共排查各类矛盾纠纷126件，化解120件，其余6件正在跟踪调处。", 126, False),
    ("disputes_received", "镇村两级调委会全年调处民间纠纷一百五十六起，调处成功一百五十二起。", 156, False),
    ("disputes_received", "1至11月，全街道共受理矛盾纠纷近300件，涉及婚姻家庭、邻里关系、土地权属等方面。", 300, True),
    ("disputes_received", "全年累计排查矛盾纠纷２１８件，均已落实责任人和化解时限。", 218, False),
    ("disputes_received", "全乡共摸排矛盾纠纷90余起，调处成功88起。", 90, True),
    ("disputes_received", "镇综治中心联合司法所、派出所全年共受理调解案件 1024 件，其中镇调委会直接调解重大疑难纠纷37件。", 1024, False),
    ("disputes_received", "今年共受理群众矛盾纠纷 409 件，办结率100%。", 409, False),
    ("disputes_received", "其中，镇人民调解委员会直接受理重大疑难纠纷18件，均在规定时限内办结。", None),
    ("disputes_received", "全年成功化解各类矛盾纠纷89件，未发生一起“民转刑”案件。", None),
    ("disputes_received", "镇综治中心全年受理“12345”热线转办工单233件，按时办结率98%。", None),
    ("disputes_received", "下一步，将对排查出的矛盾纠纷实行台账管理，力争受理纠纷调处率达到100%。", None),
    ("disputes_received", "今年以来共接待来访群众86批次142人次，均登记在册。", None),

    # ------------------------------------------------------------------ disputes_resolved
    ("disputes_resolved", "全年共受理矛盾纠纷281件，调解成功 276 件，调解协议均已履行。", 276, False),
    ("disputes_resolved", "今年以来，全镇成功化解各类矛盾纠纷187起，有效维护了社会稳定。", 187, False),
    ("disputes_resolved", "全乡各级调解组织共调处民间纠纷143件，成功调解一百四十件。", 140, False),
    ("disputes_resolved", "今年以来全乡共成功调解矛盾纠纷二百余件，调解协议履行率100%。", 200, True),
    ("disputes_resolved", "镇村两级累计化解矛盾纠纷600余件，调解成功率98.7%。", 600, True),
    ("disputes_resolved", "截至12月15日，共排查矛盾纠纷95件，化解93件，剩余2件已依法引导当事人通过诉讼途径解决。", 93, False),
    ("disputes_resolved", "全街道全年调处化解矛盾纠纷４５６件，涉及金额1300余万元。", 456, False),
    ("disputes_resolved", "通过“三调联动”机制，全年成功调处各类纠纷近千件。", 1000, True),
    ("disputes_resolved", "其中，网格员就地化解邻里小矛盾小纠纷63起。", None),
    ("disputes_resolved", "全年化解信访积案3件，实现“清仓见底”。", None),
    ("disputes_resolved", "全年调解协议涉及金额 320 万元，为群众挽回经济损失86万元。", None),
    ("disputes_resolved", "2025年，计划化解重点矛盾纠纷不少于50件。", None),
    ("disputes_resolved", "开展矛盾纠纷“大排查大化解”专项行动3轮次，出动排查人员460人次。", None),

    # ------------------------------------------------------------------ mediation_success_rate
    ("mediation_success_rate", "全年共受理矛盾纠纷 200 件，调解成功 197 件，调解成功率达98.5%。", 98.5, False),
    ("mediation_success_rate", "各类矛盾纠纷化解率为百分之九十八，群众满意度明显提升。", 98, False),
    ("mediation_success_rate", "今年以来，共排查矛盾纠纷64件，已全部调处到位，调处成功率100%。", 100, False),
    ("mediation_success_rate", "全镇共调解各类纠纷152件，调解成功150件，成功率98.68%。", 98.68, False),
    ("mediation_success_rate", "全乡人民调解组织共受理纠纷200件，调解成功196件。", 98, False),
    ("mediation_success_rate", "全年共排查矛盾纠纷80件，成功化解72件，化解率达到90%。", 90, False),
    ("mediation_success_rate", "人民调解成功率保持在９７％以上，未发生因调解不及时引发的群体性事件。", 97, True),
    ("mediation_success_rate", "全年共调处矛盾纠纷250件，成功调解245件，调解成功率达百分之九十八。", 98, False),
    ("mediation_success_rate", "群众对调解工作满意率达99%，调解协议履行率达96%。", None),
    ("mediation_success_rate", "行政机关负责人出庭应诉率达100%，行政诉讼败诉率为0。", None),
    ("mediation_success_rate", "“民主法治村（社区）”创建率达到100%，村规民约修订完成率100%。", None),
    ("mediation_success_rate", "全年初信初访办结31件，息访化解30件，息访率96.77%。", None),
    ("mediation_success_rate", "下一步，力争人民调解成功率保持在98%以上。", None),

    # ------------------------------------------------------------------ mediators
    ("mediators", "全镇现有人民调解员 156 名，其中专职人民调解员12名。", 156, False),
    ("mediators", "镇人民调解委员会配备专职人民调解员3名，负责镇级疑难纠纷调处。", 3, False),
    ("mediators", "组建由86名人民调解员组成的调解队伍，实现村（社区）调解全覆盖。", 86, False),
    ("mediators", "每个村（社区）配备2名专职调解员，全镇共有专职人民调解员46名。", 46, False),
    ("mediators", "目前，全街道共有人民调解员一百二十名，骨干调解员均经过岗前培训。", 120, False),
    ("mediators", "全乡村级调委会共有调解员２４０人，基本形成了覆盖全乡的调解网络。", 240, False),
    ("mediators", "吸纳退休干部、老党员、乡贤等担任兼职人民调解员，目前全镇人民调解员队伍达到130余人。", 130, True),
    ("mediators", "聘请专职人民调解员 5 名，设立“老李调解工作室”，全年调解疑难纠纷23件。", 5, False),
    ("mediators", "每村配备 2 名专职人民调解员，落实“以案定补”机制。", None),
    ("mediators", "组织人民调解员业务培训2期，参训120人次。", None),
    ("mediators", "开展人民调解员等级评定，有7名调解员分别申报了二级、三级人民调解员。", None),
    ("mediators", "下一步，计划新选聘专职人民调解员10名，进一步壮大调解力量。", None),
    ("mediators", "全镇共有网格员 214 名，实行“一格一员”管理。", None),

    # ------------------------------------------------------------------ mediation_committees
    ("mediation_committees", "全镇共建立人民调解委员会 23 个，实现村（社区）调委会全覆盖。", 23, False),
    ("mediation_committees", "全镇18个村（社区）均成立了人民调解委员会，做到有场所、有人员、有制度。", 18, False),
    ("mediation_committees", "目前，全街道共有各类人民调解组织31个，其中行业性专业性调解组织4个。", 31, False),
    ("mediation_committees", "全乡现有人民调解委员会十六个，调解员九十八名。", 16, False),
    ("mediation_committees", "依托镇、村两级建成人民调解委员会１４个，形成“镇—村—组”三级调解网络。", 14, False),
    ("mediation_committees", "健全基层调解组织网络，共设立村级人民调解委员会27个、镇级调委会1个，调解组织总数达到28个。", 28, False),
    ("mediation_committees", "全镇21个村（社区）人民调解委员会全年共调解纠纷198件。", 21, False),
    ("mediation_committees", "人民调解委员会规范化建设达标率100%。", None),
    ("mediation_committees", "镇人民调解委员会全年共调解纠纷65件，调解成功63件。", None),
    ("mediation_committees", "全年召开调委会主任例会12次，研判疑难矛盾纠纷。", None),
    ("mediation_committees", "下一步，拟在辖区3个工业园区新设行业性人民调解委员会。", None),
    ("mediation_committees", "按照《人民调解委员会工作规范》（湘司发〔2023〕6号）要求，完善调解卷宗管理。", None),

    # ------------------------------------------------------------------ legal_literates
    ("legal_literates", "深入实施“法律明白人”培养工程，全镇共培育“法律明白人”326名。", 326, False),
    ("legal_literates", "按照每村5名的标准，全乡共培养“法律明白人”110名。", 110, False),
    ("legal_literates", "全街道各村（社区）已培育法律明白人 215 人，实现村村有“法律明白人”。", 215, False),
    ("legal_literates", "目前全镇有“法律明白人”二百四十八名，“法治带头人”三十六名。", 248, False),
    ("legal_literates", "培育农村“学法用法示范户”120户、“法律明白人”４８０人。", 480, False),
    ("legal_literates", "遴选村干部、网格员、乡贤等组成“法律明白人”队伍500余人。", 500, True),
    ("legal_literates", "全镇“法律明白人”总数达到三百人左右，覆盖所有村民小组。", 300, True),
    ("legal_literates", "新培育“法律明白人”40名，全镇“法律明白人”总数达到196名。", 196, False),
    ("legal_literates", "每个村（社区）至少培养3名“法律明白人”。", None),
    ("legal_literates", "下一步，计划新培育“法律明白人”50名。", None),
    ("legal_literates", "组织“法律明白人”专题培训6场次，参训人员达400余人次。", None),
    ("legal_literates", "“法律明白人”培训覆盖率达100%。", None),
    ("legal_literates", "按照“一村一法律顾问、一户一法律明白人”的要求，推进法治乡村建设。", None),

    # ------------------------------------------------------------------ villages
    ("villages", "全镇辖12个行政村和3个社区，总人口4.6万人。", 15, False),
    ("villages", "街道下辖21个村（社区），常住人口约8.2万人。", 21, False),
    ("villages", "辖区共有8个社区、14个行政村，面积56平方公里。", 22, False),
    ("villages", "全乡辖9个村委会、87个村民小组，总人口1.8万人。", 9, False),
    ("villages", "全镇二十六个村（居）均建立了公共法律服务工作室。", 26, False),
    ("villages", "本镇下辖３１个行政村，是全县人口最多的乡镇。", 31, False),
    ("villages", "全街道17个村（社区）全部配备法律顾问，签约率达100%。", 17, False),
    ("villages", "全镇共有行政村16个、社区2个，均建成法治文化阵地。", 18, False),
    ("villages", "创建省级“民主法治示范村”1个、市级3个、县级7个。", None),
    ("villages", "实现全镇村（社区）法律顾问全覆盖。", None),
    ("villages", "村级公共法律服务工作室覆盖率达100%。", None),
    ("villages", "下一步，计划在5个村新建法治文化广场。", None),
    ("villages", "全乡87个村民小组均选出了“十户长”。", None),

    # ------------------------------------------------------------------ publicity_events
    ("publicity_events", "全年共开展各类普法宣传活动 42 场次，发放宣传资料8000余份。", 42, False),
    ("publicity_events", "邀请县法院法官、执业律师举办法治讲座十二场。", 12, False),
    ("publicity_events", "围绕“宪法宣传周”“民法典宣传月”等节点，开展主题宣传活动26次。", 26, False),
    ("publicity_events", "组织开展“送法下乡”“法律赶大集”活动30余场，受益群众5000余人次。", 30, True),
    ("publicity_events", "全年在各村（社区）开展法治宣讲１８场，覆盖群众2000余人。", 18, False),
    ("publicity_events", "结合“4·15”全民国家安全教育日，在集镇开展集中普法宣传活动五次。", 5, False),
    ("publicity_events", "依托新时代文明实践站开展“以案释法”普法讲座24期，覆盖群众1800人次。", 24, False),
    ("publicity_events", "全年共举办各类普法活动近百场次，营造了浓厚的法治氛围。", 100, True),
    ("publicity_events", "出动宣传车15车次，悬挂横幅80余条，张贴标语300余张。", None),
    ("publicity_events", "深入开展“法律七进”活动，推动“八五”普法规划落地见效。", None),
    ("publicity_events", "利用12·4国家宪法日，广泛开展宪法学习宣传教育。", None),
    ("publicity_events", "全年组织党委理论学习中心组集中学法6次。", None),
    ("publicity_events", "2025年，计划开展普法宣传活动不少于20场。", None),

    # ------------------------------------------------------------------ publicity_materials
    ("publicity_materials", "活动期间共发放宣传资料 5600 余份，解答群众咨询300余人次。", 5600, True),
    ("publicity_materials", "全年发放各类普法宣传册1.2万份，赠送《民法典》读本500册。", 12000, False),
    ("publicity_materials", "在赶集日设立咨询台，发放防范电信诈骗宣传单页三千余份。", 3000, True),
    ("publicity_materials", "累计分发《民法典》读本及宣传折页2万多份，受益群众1万余人次。", 20000, True),
    ("publicity_materials", "全年共印制发放普法宣传资料６８００份。", 6800, False),
    ("publicity_materials", "发放《致全镇群众的一封信》、法律知识手册等资料约15000份。", 15000, True),
    ("publicity_materials", "各村（社区）入户发放法治宣传材料两万余份，实现户户有资料。", 20000, True),
    ("publicity_materials", "发放宣传资料 4 万余份，悬挂宣传横幅160条。", 40000, True),
    ("publicity_materials", "发放各类宣传手册、宣传资料数万份，营造了良好的社会氛围。", None),
    ("publicity_materials", "悬挂宣传横幅 80 条，张贴宣传标语300余张。", None),
    ("publicity_materials", "法律顾问全年出具法律意见书 51 份，审查合同36份。", None),
    ("publicity_materials", "下一步，计划印制普法宣传资料1万份，送法入户。", None),

    # ------------------------------------------------------------------ people_reached
    ("people_reached", "全年开展普法宣传活动36场，受教育群众达 1.5 万人次。", 15000, False),
    ("people_reached", "送法进校园活动覆盖师生3000余人次。", 3000, True),
    ("people_reached", "各类普法活动累计受众两万余人次，群众法治意识明显增强。", 20000, True),
    ("people_reached", "开展“法律进乡村”活动8场次，受教育群众约4500人次。", 4500, True),
    ("people_reached", "通过“线上+线下”方式普法，累计覆盖群众１２０００人次。", 12000, False),
    ("people_reached", "全年普法受众达到三万人次以上。", 30000, True),
    ("people_reached", "举办法治讲座10场，参与群众八百余人次。", 800, True),
    ("people_reached", "普法宣传活动直接受益群众6800人次，群众法律知识知晓率达92%。", 6800, False),
    ("people_reached", "组织全镇78名干部参加年度学法考法，参考率、合格率均达100%。", None),
    ("people_reached", "镇、村法律顾问全年解答群众法律咨询120人次。", None),
    ("people_reached", "全镇常住人口4.2万人，外来务工人员约1.1万人。", None),
    ("people_reached", "“法治××”微信公众号全年推送普法信息56条。", None),
    ("people_reached", "下一步，力争全年普法受众突破5万人次。", None),

    # ------------------------------------------------------------------ legal_consultations
    ("legal_consultations", "村（居）法律顾问全年解答法律咨询 156 次，出具法律意见书12份。", 156, False),
    ("legal_consultations", "公共法律服务工作站全年为群众提供法律咨询320余人次。", 320, True),
    ("legal_consultations", "司法所全年接待群众法律咨询二百余人次，引导群众依法维权。", 200, True),
    ("legal_consultations", "活动现场解答群众法律问题80多个，发放宣传资料1200份。", 80, True),
    ("legal_consultations", "通过“法律服务微信群”在线解答群众咨询４３６次。", 436, False),
    ("legal_consultations", "驻村律师每月到村坐班，全年共解答各类法律咨询 1,280 人次。", 1280, False),
    ("legal_consultations", "全年共提供法律咨询服务九十六次，办理法律援助案件7件。", 96, False),
    ("legal_consultations", "“12348”公共法律服务热线转办咨询件、现场咨询合计约600人次。", 600, True),
    ("legal_consultations", "村法律顾问全年出具法律意见书 12 份，审查村级合同36份。", None),
    ("legal_consultations", "全年受理法律援助案件15件，为群众挽回经济损失45万元。", None),
    ("legal_consultations", "实现“一村（社区）一法律顾问”全覆盖。", None),
    ("legal_consultations", "下一步，计划每月开展法律咨询活动不少于2次。", None),

    # ------------------------------------------------------------------ litigation_cases
    ("litigation_cases", "全年共办理行政应诉案件 3 件，均按时提交答辩状和证据材料。", 3, False),
    ("litigation_cases", "今年以来，镇政府作为被告的行政诉讼案件共5起，行政机关负责人均出庭应诉。", 5, False),
    ("litigation_cases", "全年发生行政复议案件2件、行政诉讼案件4件，共计6件，均无被撤销或败诉情形。", 6, False),
    ("litigation_cases", "法律顾问代理街道行政诉讼、行政复议案件七件。", 7, False),
    ("litigation_cases", "全年共收到行政复议申请１件，经复议维持原行政行为。", 1, False),
    ("litigation_cases", "全年办理行政诉讼应诉案件十二件，其中一审胜诉10件。", 12, False),
    ("litigation_cases", "今年镇政府共涉及行政诉讼案件8件，已审结6件，败诉率为0。", 8, False),
    ("litigation_cases", "行政机关负责人出庭应诉率100%，行政诉讼败诉率为0。", None),
    ("litigation_cases", "全年办理行政处罚案件 37 件，罚没款12.6万元。", None),
    ("litigation_cases", "法律顾问全年审查合同 48 份，提出修改意见100余条。", None),
    ("litigation_cases", "依法做好行政复议、行政应诉工作，落实《行政复议法》相关规定。", None),
    ("litigation_cases", "全年调解民事纠纷14件，引导当事人通过诉讼渠道解决5件。", None),

    # ------------------------------------------------------------------ study_sessions
    ("study_sessions", "全年开展党委理论学习中心组集中学法 8 次，重点学习习近平法治思想。", 8, False),
    ("study_sessions", "坚持会前学法制度，全年组织会前学法24次。", 24, False),
    ("study_sessions", "镇领导班子全年开展专题学法十二次，学习《行政处罚法》《信访工作条例》等法律法规。", 12, False),
    ("study_sessions", "全年组织镇村干部集中学法１６场，邀请律师授课4场。", 16, False),
    ("study_sessions", "通过党委会会前学法、中心组专题学习等形式，全年集中学习法律法规20余次。", 20, True),
    ("study_sessions", "落实领导干部学法制度，全年组织领导干部集中学法5次、旁听庭审1次。", 5, False),
    ("study_sessions", "全年召开党委理论学习中心组学法专题会议6次，班子成员撰写学法心得18篇。", 6, False),
    ("study_sessions", "组织机关干部集中学习法律知识共计30场次。", 30, False),
    ("study_sessions", "组织86名干部参加全省国家工作人员学法考法，参考率、合格率均为100%。", None),
    ("study_sessions", "全镇干部学法考试平均成绩92分。", None),
    ("study_sessions", "下一步，每季度至少开展1次集中学法。", None),
    ("study_sessions", "印发《关于做好2024年领导干部学法工作的通知》（桐街〔2024〕15号）。", None),
    ("study_sessions", "组织新提拔领导干部3名参加任前法律知识考试。", None),

    # ------------------------------------------------------------------ petitions_handled
    ("petitions_handled", "全年共受理群众信访事项 58 件，已全部办结。", 58, False),
    ("petitions_handled", "全年初信初访办结37件，息访化解35件。", 37, False),
    ("petitions_handled", "全年信访事项按期办结率100%，共办结信访件64件。", 64, False),
    ("petitions_handled", "今年以来，共办结信访件四十二件，群众满意率达95%以上。", 42, False),
    ("petitions_handled", "全年受理网上信访、来信来访共 126 件，办结 121 件，其余5件正在办理中。", 121, False),
    ("petitions_handled", "镇信访办全年办结信访事项１０３件，未发生越级上访。", 103, False),
    ("petitions_handled", "全年共办结各类信访事项90余件，信访总量同比下降12%。", 90, True),
    ("petitions_handled", "严格落实领导接访制度，全年共依法办结群众来信来访二十九件。", 29, False),
    ("petitions_handled", "信访事项按期办结率达100%，群众满意率达98%。", None),
    ("petitions_handled", "全年接待来访群众120人次，开展领导干部下访活动15次。", None),
    ("petitions_handled", "深入贯彻《信访工作条例》，推动信访工作法治化。", None),
    ("petitions_handled", "下一步，力争初信初访一次性办结率达到95%以上。", None),
]
