"""Held-out corpus for the indicator extractor (tests/reports/extraction/corpus/).

(a) one test per phrasing: a short report around one sentence; the figure for the
    phrasing's code must equal the expected value (None: the code must be absent),
    and, where the corpus says so, carry the expected `approximate` flag;
(b) one test per labelled cell of the unseen reports (15 codes + township, year,
    report_date per report).

Gated: the whole module carries the `corpus` marker, which the project's
pytest config deselects by default (addopts `-m 'not corpus'`). Run it explicitly:

    .venv/bin/python -m pytest -m corpus tests/reports/extraction/test_corpus.py

or without Django at all (the config names DJANGO_SETTINGS_MODULE, an unknown
option once the plugin is off, hence the -W):

    .venv/bin/python -m pytest -p no:django -p no:cacheprovider -W ignore::pytest.PytestConfigWarning \
        -m corpus tests/reports/extraction/test_corpus.py

A summary with per-indicator precision / recall / F1:

    .venv/bin/python tests/reports/extraction/corpus/score_corpus.py --verbose
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

_spec = importlib.util.spec_from_file_location("_corpus_harness", _HERE / "corpus" / "harness.py")
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)

PHRASINGS = harness.load_phrasings()
GOLD = harness.load_gold()

# Held-out cells the extractor still gets wrong and that the phrasing table (rules.py) cannot
# fix: each needs an engine change, named in the reason. Strict: once fixed, the XPASS fails
# and the entry has to go.
KNOWN_MISSES: dict[str, str] = {
    "litigation_cases-304-pos": "a unitless figure (案件数量为0) is not a quantity for any rule (numbers/indicators)",
    "legal_consultations-340-pos": "labelling conflict: test_indicators.py says bare 答疑解惑 (no legal word) is not a "
                                   "legal consultation; rules.py requires a legal word in the sentence",
    # batch 14 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 16 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 17 first-seen misses (wording not handled; reasons written without reading the rules)
    "u43_chishui_shanping-publicity_events": "“法治赶场天”宣传33场、院坝会普法28场: two kinds of events not added (took 33, gold 61)",
    "u44_sanjiang_batuan-petitions_handled": "信访事项办结：2021年31件，2022年27件，2023年24件: colon list by year not read",
    "u45_wulong_liyuanba-villages": "辖6村1社区: compact N村N社区 form not read",
    # batch 18 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 19 first-seen misses (messy text; reasons written without reading the rules)
    # batch 21 first-seen misses (phrasings; reasons written without reading the rules)
    # batch 20 first-seen misses (blind; reasons written without reading the rules)
    "disputes_resolved-569-pos": "labelling conflict: test_indicators.py says 签订调解协议书30份 counts agreements, "
                                 "not resolved disputes",
    "study_sessions-583-pos": "“法治讲堂”干部专场九场: cadre-only lecture not read as a study session",
    "u65_guangshan_huaidian-legal_literates": "“法律明白人”在全乡23个村（社区）已达一百一十五人: figure after a village count not read",
    # batch 23 first-seen misses (blind phrasings; reasons written without reading the rules)
    "publicity_events-617-pos": "宣传周/宣传月期间分别开展集中宣传8场、11场、6场: 分别 list not summed (25)",
    # batch 22 first-seen misses (blind; reasons written without reading the rules)
    # batch 26 first-seen misses (blind phrasings; reasons written without reading the rules)
    "legal_consultations-695-pos": "labelling conflict: test_indicators.py reads 学法不少于4次 as a requirement, not a count; here 不少于五百次 is labelled a count",
    # batch 25 first-seen misses (blind; reasons written without reading the rules)
    "u76_fengxiang_liulin-publicity_events": "三年来 review 累计开展普法宣传活动140余场次 (2022–2024 cumulative) taken over "
                                             "this year's 开展普法宣传活动52场次",
    # batch 29 first-seen misses (blind phrasings; reasons written without reading the rules)
    # batch 28 first-seen misses (blind; reasons written without reading the rules)
    # batch 30 first-seen misses (blind; reasons written without reading the rules)
    "u88_xianju_fuying-disputes_received": "四平台共流转矛盾纠纷类事件283件，其中调委会受理调解189件: neither read (gold 189, got nothing)",
    "u88_xianju_fuying-mediation_success_rate": "not computed: follows from disputes_received (186/189 = 98.41)",
    # batch 33 first-seen misses (blind; reasons written without reading the rules)
    "mediation_committees-830-trap": "labelling conflict: phrasing 527 counts 对29个人民调解委员会进行规范化改造 as the committees; this trap says 对4个调委会进行规范化达标改造 is not",
    # batch 32 first-seen misses (blind; reasons written without reading the rules)
    # batch 37 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 39 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 36 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 35 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 41 first-seen misses (wording not handled; reasons written without reading the rules)
    "u119_taikang_laozhong-litigation_cases": "6.行政应诉：2件，镇长出庭2次。 / 7.行政复议：1件，维持。 (two list items): took 2, gold 3",
    "u120_sangzhi_furongqiao-publicity_events": "组织“法治山歌进村寨”“法润白乡”文艺汇演、“三月三”民俗节庆普法集市…等活动二十余场 (long list of named events): "
                                                "nothing taken, gold 20",
    # batch 38 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 34 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 43 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 42 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 45 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediators-1048-pos": "调解员队伍由村调解主任31名、调解委员93名和镇专职调解员5名组成: took 5, gold 31 + 93 + 5 = 129",
    "disputes_resolved-1050-pos": "排查纠纷64起…经镇村两级调处全部息诉罢访，化解率百分之百: nothing taken for resolved, gold 64",
    "enforcement_staff-1059-pos": "持证执法比例达到百分之百，具体为：在编公务员9名、事业编制人员7名，全部领取了…执法证件: took 7, gold 16",
    "publicity_events-1076-pos": "设立固定普法摊位，全年出摊48次: nothing taken, gold 48",
    "litigation_cases-1085-pos": "收到行政复议决定书2份、行政诉讼应诉通知书3份，涉及案件共5件: nothing taken, gold 5",
    # batch 44 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 48 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_resolved-1104-pos": "经调解达成书面协议的纠纷96件、达成口头协议的纠纷41件: nothing taken, gold 96 + 41 = 137",
    "legal_literates-1120-pos": "“法律明白人”骨干46名、普通“法律明白人”189名: took 189, gold 46 + 189 = 235",
    "publicity_events-1127-pos": "“送法下乡”巡回宣传车全年开进村组宣传43趟次 (趟次): nothing taken, gold 43",
    # batch 46 first-seen misses (wording not handled; reasons written without reading the rules)
    "u138_kaizhou_wenquan-enforcement_staff": "镇综合行政执法办公室实有人员17人，除2名今年新入职人员尚在取证外，其余均持证上岗: nothing taken, "
                                              "gold 17 − 2 = 15",
    # batch 50 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediators-1162-pos": "镇调委会配备专职人员3名，13个村（社区）调委会共选聘兼职人员78名 (人员, no 调解员 word): "
                          "nothing taken, gold 3 + 78 = 81",
    "enforcement_staff-1176-pos": "现有在编人员21名，其中19名已通过全省统一考试并申领行政执法证件: nothing taken, gold 19",
    "publicity_events-1199-pos": "举办“法治大讲堂”8期、“以案说法”巡讲15场、“宪法宣传周”主题活动3场: took 8, gold 8 + 15 + 3 = 26",
    # batch 47 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 49 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 53 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediators-1209-pos": "年初在册调解员98人，年内因村级换届退出11人、新选任14人，年末在册101人: "
                          "took the start-of-year 98, gold the year-end 101",
    # batch 51 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 52 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 55 first-seen misses (wording not handled; reasons written without reading the rules)
    "u165_yangshuo_xingping-people_reached": "3万余人次的群众和游客在潜移默化中受到教育: number before the noun, nothing taken (gold 30000)",
    # batch 58 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_resolved-1249-pos": "共接手各类民间纠纷一百四十八件…促使其中一百四十二件纠纷的当事人握手言和: nothing taken, gold 142",
    "mediation_success_rate-1250-pos": "接手一百四十八件 / 一百四十二件…握手言和: resolved not read, so no rate (gold 142/148 = 95.95)",
    "disputes_resolved-1252-pos": "全镇有119件矛盾纠纷在年内得到妥善调处，占…全年受理总数125件的95.2% (number before the noun): "
                                  "nothing taken, gold 119 (received 125 right)",
    "mediation_success_rate-1253-pos": "119件…得到妥善调处，占…受理总数125件的95.2% (rate as 占…的): nothing taken, gold 95.2",
    "mediators-1255-pos": "调委会成员与…信息员合计二百零四人，其中经县司法局备案、持有人民调解员证的九十八名: nothing taken, gold 98",
    "mediation_committees-1260-pos": "分属1个镇级、23个村（社区）级人民调解委员会: nothing taken, gold 1 + 23 = 24",
    # batch 56 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 60 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 61 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 62 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 64 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_received-1289-pos": "全年排查（178件）、化解（172件）: figure in brackets after the verb, nothing taken, gold 178 "
                                  "(resolved 172 and the stated 96.6% right)",
    "disputes_received-1292-pos": "今年全乡共有87起邻里、婚姻家庭和土地纠纷摆上了调解桌 (number before the noun, 摆上调解桌): "
                                  "nothing taken, gold 87 (resolved 85 right)",
    "mediation_success_rate-1294-pos": "87起…摆上了调解桌，其中85起…达成协议: received not read, so no rate (gold 85/87 = 97.70)",
    "disputes_received-1297-pos": "全县人民调解组织今年受理纠纷5816件，我镇占其中的241件: nothing taken, gold 241 "
                                  "(resolved 236 right; the 全县 5816 and 上年同期 268 not taken)",
    "mediation_success_rate-1299-pos": "我镇占其中的241件，调解成功236件: received not read, so no rate (gold 236/241 = 97.93)",
    # batch 63 first-seen misses (wording not handled; reasons written without reading the rules)
    "u193_qingtongxia_yesheng-villages": "与13个行政村、1个社区签订法治建设目标责任书 (the only village count, in a 述法 duty sentence): "
                                         "took 13, gold 13 + 1 = 14",
    # batch 66 first-seen misses (wording not handled; reasons written without reading the rules)
    "people_reached-1370-pos": "全年有一万一千多人次驻足听讲 (number before 驻足听讲, no 受众/群众 noun): nothing taken, gold 11000 (approximate)",
    # batch 65 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 68 first-seen misses (wording not handled; reasons written without reading the rules)
    "study_sessions-1397-trap": "全年组织执法人员参加法律知识培训6次、累计312人次 (enforcement staff training, not cadre law study): "
                                "took 6, gold empty",
    "people_reached-1406-pos": "一万二千余名群众在家门口接受了法治教育 (number before the noun): nothing taken, gold 12000 (approximate)",
    "publicity_materials-1407-pos": "九千多份《民法典》漫画读本送到了农户手中 (number before the noun): nothing taken, gold 9000 (approximate)",
    # batch 67 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 70 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 69 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 72 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 71 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 74 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 73 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 75 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 76 first-seen misses (wording not handled; reasons written without reading the rules)
    "u233_dangyang_herong-publicity_events": "开展普法宣传活动51场次…开展“法律进乡村”“法治进校园”活动，在河溶中学举办法治讲座4场 "
                                             "(an example inside the total): took 55 (51 + 4), gold 51",
    # batch 79 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 77 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 78 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 80 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 81 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 84 first-seen misses (wording not handled; reasons written without reading the rules)
    "petitions_handled-1547-pos": "全年受理的四十七件信访事项全部在规定时限内答复并办结 (number before the noun, 答复并办结): "
                                  "nothing taken, gold 47",
    # batch 82 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 83 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 86 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 85 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 87 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 89 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 88 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 90 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 93 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 91 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 92 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 96 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-1690-pos": "全镇现有26名经全省统一考试合格并取得行政执法证件的干部在执法一线履职 (number before a long "
                                  "noun phrase): nothing taken, gold 26",
    "mediation_success_rate-1697-pos": "今年受理的43起纠纷全部调解成功 (received before the noun, resolved only as 全部): "
                                       "nothing taken, gold 43/43 = 100",
    "publicity_events-1706-pos": "…宪法宣传活动，已是今年全镇开展的第47场普法宣传活动 (count as an ordinal): nothing taken, gold 47",
    "publicity_materials-1708-pos": "镇普法办把新印制的1.5万份《民法典》宣传折页分发到各村 (把 construction, number before the "
                                    "noun): nothing taken, gold 15000",
    "people_reached-1711-pos": "全年有约8600人次的群众通过法治讲座…接受了法治教育 (人次的群众 before the verb): nothing taken, "
                               "gold 8600 (approximate)",
    "study_sessions-1716-pos": "12月18日镇党委会会前学法…这是今年第15次集中学法 (count as an ordinal): nothing taken, gold 15",
    # batch 94 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 95 first-seen misses (wording not handled; reasons written without reading the rules)
    "u305_zijin_huangtang-enforcement_staff": "截至2024年末，…持证执法人员为20名。…全年净增持证人员4名 (last year's total + net gain): "
                                              "nothing taken (20 is last year's, 4 the gain), gold 24",
    "u306_dazhu_shiqiaopu-study_sessions": "2023年全镇开展集中学法12次；今年集中学法场次与2023年持平 (only as 持平 with last year's "
                                           "value stated): nothing taken, gold 12",
    # batch 99 first-seen misses (wording not handled; reasons written without reading the rules)
    "petitions_handled-1758-pos": "收到群众来信24件、接待来访事项39件，均已依法办理终结 (two parts to add, concluded only as "
                                  "均已…办理终结): nothing taken, gold 63",
    # batch 97 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 98 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 102 first-seen misses (wording not handled; reasons written without reading the rules)
    "litigation_cases-1808-pos": "县人民政府受理涉及我镇的行政复议申请2件…县人民法院立案受理的涉镇行政诉讼案件3件 (复议 and 诉讼 "
                                 "in separate clauses to add): took 2, gold 2 + 3 = 5",
    # batch 101 first-seen misses (wording not handled; reasons written without reading the rules)
    "u322_yunxi_huailin-mediation_committees": "镇人民调解委员会1个、村（社区）人民调解委员会20个，另在…各设行业性专业性调解委员会1个 (two listed parts plus "
                                               "各设…1个 at two stations, no total): took 21, gold 23",
    "u322_yunxi_huailin-legal_consultations": "工作站接待来访法律咨询186人次，各村法律顾问…解答线上法律咨询142人次 (two channels, no total): took "
                                              "186, gold 328",
    "u323_minxian_mawuchuan-enforcement_staff": "持有甘肃省行政执法证的干部分别为镇综合执法队9名、…站所7名 (分别为 by unit, no total): nothing "
                                                "taken, gold 16",
    "u323_minxian_mawuchuan-publicity_events": "分别开展主题宣传7场次、11场次；邀请县“法治大篷车”宣讲团进村巡演15场 (分别 list plus a third kind, no "
                                               "total): took 22, gold 33",
    "u323_minxian_mawuchuan-people_reached": "宪法宣传周受众约3200人次，民法典宣传月受众约4600人次，大篷车巡演观众约6200人次 (three kinds of event, "
                                             "no total): took 6200, gold 14000",
    "u323_minxian_mawuchuan-legal_consultations": "镇司法所坐班解答群众咨询97人次，“一村一法律顾问”入村解答法律咨询64人次 (two channels, no total): "
                                                  "took 64, gold 161",
    "u325_yian_hongxinggang-legal_literates": "“法律明白人”每村培养三名，另在镇直单位培养七名 (per-village quota × 14 villages + 7, no "
                                              "total): took 7, gold 49",
    "u325_yian_hongxinggang-publicity_events": "“法律进乡村”活动二十场次、“法律进学校”四场次、“法律进企业”三场次 (three kinds, no total): took "
                                               "20, gold 27",
    "u326_qinyuan_hanjiagou-legal_literates": "培育乡级“法律明白人”骨干5名、村级“法律明白人”66名 (乡级 + 村级, no total): took 66, gold 71",
    "u326_qinyuan_hanjiagou-publicity_materials": "分别发放宣传册、明白纸、宣传折页1200份、2600份、900份 (分别 list by kind, no total): "
                                                  "nothing taken, gold 4700",
    # batch 100 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 105 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 106 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 107 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 104 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 116 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediation_committees-1966-trap": "全镇有6个村级调委会在…规范化建设评比中达标 (committees that passed an assessment, not the "
                                      "total): took 6, expected empty",
    # batch 115 first-seen misses (wording not handled; reasons written without reading the rules)
    "u373_longhui_liudouzhai-publicity_events": "组织了53场次以“法律进乡村”为主题、覆盖全镇39个村（社区）的送法下乡宣传活动 "
                                                "(number before a long noun phrase): nothing taken, gold 53",
    "villages-2002-pos": "全镇在19个行政村和2个社区中共遴选出386名“法律明白人” (parts without a total): took 2, expected "
                         "19 + 2 = 21",
    "mediation_success_rate-2032-pos": "共受理矛盾纠纷213件，98.6%的纠纷在镇村两级得到成功化解 (percentage before the noun; 213 "
                                       "received right): nothing taken, expected 98.6",
    "legal_literates-2033-pos": "“法律明白人”队伍建设上，全镇在册人数（截至12月底）为312名，其中今年新培育56名 (the noun only in "
                                "the clause before): nothing taken, expected 312",
    "villages-2040-pos": "覆盖全乡所有行政村（共计13个） (figure in brackets after the noun): nothing taken, expected 13",
    "villages-2041-pos": "本镇下辖的村和社区，经去年行政区划调整后现为18个 (the noun in the clause before): nothing taken, "
                         "expected 18",
    # batch 131 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediation_success_rate-2175-pos": "矛盾纠纷调处成功率稳定在99.1% (after 力争把纠纷化解在萌芽状态): rate not read (took nothing, gold 99.1)",
    "mediation_committees-2191-pos": "除镇、村两级调委会27个外，还成立了…行业性专业性人民调解委员会各1个: the two 各1个 trade committees not added (took 27, gold 29)",
    "u419_yangchun_chuncheng-disputes_received": "共登记受理群众诉求和矛盾纠纷627宗，其中进入人民调解程序的矛盾纠纷284宗 "
                                                 "(the 其中 count is the mediated one): took 627, gold 284",
    # batch 134 first-seen misses (wording not handled; reasons written without reading the rules)
    "litigation_cases-2231-pos": "全年镇人民政府作为被告的行政案件出庭应诉一件 (行政案件 + 出庭应诉一件): nothing taken, expected 1",
    "litigation_cases-2232-pos": "收到…转来的行政复议申请2件、法院送达的行政起诉状3件 (复议申请 + 起诉状 to add): took 2, expected 5",
    # batch 145 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-2398-pos": "全镇行政执法证件实行台账管理。截至年末，在册有效证件对应的在岗人员为：34名 (证件 in the sentence "
                                  "before): nothing taken, expected 34",
    "mediators-2410-pos": "镇调委会专职3人；村（社区）调委会兼职68人；行业性调委会兼职9人——全镇人民调解员总数即为上述三项之和 "
                          "(parts before the noun, no stated total): nothing taken, expected 3 + 68 + 9 = 80",
    # batch 155 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_resolved-2720-trap": "其中“老娘舅”调解工作室成功调处的纠纷为41件（不含转交司法所的6件），约占全镇总量的两成 (one "
                                   "workroom's subset): took 41, expected nothing",
    "legal_literates-2731-pos": "“法律明白人”分别来自村“两委”干部、网格员和党员群众，人数分别为86名、64名、121名 (parts, no stated "
                                "total): nothing taken, expected 86 + 64 + 121 = 271",
    "publicity_events-2737-pos": "19个村（社区）各开展“法治夜校”普法讲座3场，镇级另组织普法集中宣传活动6场 (各 per village plus the "
                                 "town's): took 9, expected 19 × 3 + 6 = 63",
    "publicity_materials-2740-pos": "…期间分别发放宣传资料4800份和3600份，其他活动中另发放5200份 (分别 pair plus 另): took 8400, "
                                    "expected 4800 + 3600 + 5200 = 13600",
    # batch 158 first-seen misses (wording not handled; reasons written without reading the rules)
    "villages-2824-pos": "下辖十二个澳门新葡京娱乐场 官网行政村（社区） (casino spam between 个 and the noun): nothing taken, "
                         "expected 12",
    # batch 161 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-2893-pos": "由镇司法所负责组织年度审验的持证行政执法人员，今年共涉及…等岗位的干部二十九名 (由…负责 topic, the "
                                  "figure at the end on 干部): nothing taken, expected 29",
    "disputes_received-2895-pos": "调解组织受理的、涉及土地承包、婚姻家庭…等方面的各类矛盾纠纷，总数达到了二百六十七件 (long relative "
                                  "clause, figure as object of 达到): nothing taken, expected 267",
    "legal_literates-2910-pos": "共完成了三百六十五名“法律明白人”的遴选、培训和建档工作 (figure inside the object of 完成): "
                                "nothing taken, expected 365",
    "villages-2913-pos": "镇党委把“民主法治示范村”创建任务分解到全镇21个村（社区） (把…分解到 + 全镇N个村（社区）): nothing "
                         "taken, expected 21",
    # batch 163 first-seen misses (wording not handled; reasons written without reading the rules)
    "publicity_events-2982-pos": "“板凳课堂”式宣讲，全年累计开讲四十六回 (回 as the measure word, verb 开讲): nothing taken, "
                                 "expected 46",
    "publicity_events-2985-pos": "开展家庭普法主题活动，截至12月20日已办十七场 (date between the activity and 已办N场): nothing "
                                 "taken, expected 17",
    "litigation_cases-2992-pos": "收到人民法院送达的行政起诉状副本三份 (lawsuits counted as 起诉状副本…份): nothing taken, "
                                 "expected 3",
    # batch 165 first-seen misses (wording not handled; reasons written without reading the rules)
    "legal_literates-3045-pos": "“法律明白人”队伍翻了一番，由上年的160名增至320名 (翻了一番 + 由…增至N名): nothing taken, "
                                "expected 320",
    # batch 166 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_received-3076-pos": "通过一站式矛盾纠纷调处化解机制共接收群众反映的纠纷诉求 354 件 (verb 接收, noun 纠纷诉求): "
                                  "nothing taken, expected 354",
    # batch 167 first-seen misses (wording not handled; reasons written without reading the rules)
    "petitions_handled-3160-pos": "全年新增信访件和信访积案共办结一百三十八件 (信访件和信访积案…共办结, Chinese numerals): "
                                  "nothing taken, expected 138",
    # batch 169 first-seen misses (wording not handled; reasons written without reading the rules)
    "legal_literates-3227-trap": "从全镇“法律明白人”中遴选15名骨干担任民族团结宣讲员 (a picked subset of the 法律明白人): "
                                 "took 15, expected nothing",
    "legal_consultations-3241-pos": "为牧民解答草场流转、婚姻继承等方面的法律问题一百六十余次 (解答…法律问题N次, Chinese numerals): "
                                    "nothing taken, expected 160",
    # batch 170 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_received-3257-trap": "10月8日至12月4日…“大排查大化解”专项行动，排查出涉农土地纠纷27件 (a campaign's subset of one "
                                   "kind of dispute, after a date range): took 27, expected nothing",
    # batch 172 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediation_committees-3313-pos": "人民调解委员员会已达十七个 (doubled character): took nothing, expected 17",
    # batch 171 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 173 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 174 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 175 first-seen misses (wording not handled; reasons written without reading the rules)
    "publicity_materials-3416-trap": "在防范非法集资宣传专项行动中…入户发放风险提示单2600份 (one campaign): took 2600, expected nothing "
        "(labelling conflict: earlier batches label a campaign's leaflets and consultations as the town's, "
        "e.g. 宪法宣传周期间…4200人次, 在“民法典宣传月”期间发放…两千余份)",
    "legal_consultations-3422-trap": "农民工讨薪维权专项服务活动中，驻镇律师为务工人员提供免费法律咨询48次 (one campaign): took 48, expected nothing "
        "(labelling conflict: earlier batches label a campaign's leaflets and consultations as the town's, "
        "e.g. 宪法宣传周期间…4200人次, 在“民法典宣传月”期间发放…两千余份)",
    # batch 176 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 177 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-3433-pos": "综合执法办持证的一共24个 (持证的 without 执法证/人员, counted in 个): took nothing, expected 24",
    "disputes_received-3435-pos": "全年镇村两级摸上来的矛盾件共213件 (摸上来 + 矛盾件): took nothing, expected 213",
    "disputes_received-3436-pos": "全镇矛调口今年共接纠纷件一百六十八起 (矛调口…接纠纷件): took nothing, expected 168",
    "disputes_resolved-3438-pos": "受理的纠纷当中，调好结了的有187件 (调好结了): took nothing, expected 187",
    "disputes_resolved-3439-pos": "今年全镇矛盾件化了三百四十余起 (化了): took nothing, expected 340 approximate",
    "mediation_success_rate-3441-pos": "全年纠纷件调好的比例达到98.6% (调好的比例 for the success rate): took nothing, expected 98.6",
    "mediation_success_rate-3442-pos": "各村调委一共接了纠纷件150起，调好了147起 (接了/调好了, rate to compute): took nothing, expected 98.0",
    "mediation_committees-3447-pos": "全镇村居调委会连同镇调委一共22个 (调委会…连同镇调委一共): took nothing, expected 22",
    "mediation_committees-3448-pos": "镇调解会成立以来，各村社也陆续把调委组织建了起来，目前全镇一共有十九个 (调委组织, count at the end): took nothing, expected 19",
    "litigation_cases-3468-pos": "以镇政府为被告的民告官案子一共4件 (民告官案子): took nothing, expected 4",
    "litigation_cases-3469-pos": "镇里的诉讼案（行政诉讼和行政复议）合计5件 (诉讼案 with the kinds in brackets): took nothing, expected 5",
    "study_sessions-3472-pos": "党委会、政府常务会的会前学共开展了二十一次 (会前学): took nothing, expected 21",
    "petitions_handled-3475-pos": "全年接到访件六十三件，已经结了六十一件 (访件…结了): took nothing, expected 61",
    # batch 178 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 180 first-seen misses (wording not handled; reasons written without reading the rules)
    # labelling conflict with batch 180: batch 159 wrote these as the report's own town in a county office's
    # words, but the corpus scores every phrasing inside 青山镇's report, where batch 180 labels another named
    # town's figure a trap (3509 据县司法局统计，河口镇今年普法受众…). Taken as another town's.
    "enforcement_staff-2848-pos": "据县依法治县办汇总，河口镇今年持有行政执法证的干部为十九人 (another town's, in 青山镇's report): took nothing, labelled as the town's",
    "disputes_resolved-2854-pos": "经县司法局核实，龙潭镇今年调解成功各类纠纷143件 (another town's, in 青山镇's report): took nothing, labelled as the town's",
    "mediators-2860-pos": "据统计，新桥乡今年共配备人民调解员62人 (another town's, in 青山镇's report): took nothing, labelled as the town's",
    "people_reached-2878-pos": "据县司法局统计，清水乡全年受教育群众达八千四百余人次 (another town's, in 青山镇's report): took nothing, labelled as the town's",
    "litigation_cases-2884-pos": "据县司法局统计，石门乡全年作为被告参加行政诉讼二件 (another town's, in 青山镇's report): took nothing, labelled as the town's",
    "petitions_handled-2890-pos": "县信访局通报显示，黄土乡全年初信初访办结三十六件 (another town's, in 青山镇's report): took nothing, labelled as the town's",
    # batch 179 first-seen misses (wording not handled; reasons written without reading the rules)
    # (labelling conflict: earlier batches count a campaign's leaflets or audience as the town's when no
    # annual figure is given, e.g. 宪法宣传周期间…4200人次; this batch labels them null)
    "u517_yanting_fuyi-publicity_materials": "only dated single-event leaflet counts (1月…1200余份; 6月…禁毒知识资料2000余份; 12月4日…800余份), "
        "no annual total: took 2000 from the June 禁毒宣传月 sentence, expected nothing",
    "u518_xichuan_xianghua-people_reached": "only 12月2日至8日宪法宣传周期间…覆盖群众3000余人次 (one week's campaign; 近日… news paragraph 300余名群众), "
        "no annual audience: took 3000, expected nothing",
    "u520_huitong_ruoshui-publicity_materials": "only dated single-event leaflet counts (3月5日…发放宣传资料500余份; 6月…发放宣传资料800余份), "
        "no annual total: took 800, expected nothing",
    # batch 182 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_received-3525-pos": "排查和化解的矛盾纠纷均为142起 (one count shared by received and resolved): took nothing, expected 142",
    "petitions_handled-3565-pos": "初信初访与矛盾纠纷的办结量分别为49件、230件 (分别 across two indicators): took 230 (the disputes' figure), expected 49",
    # batch 184 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 186 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-3612-pos": "取得行政执法正件的工作人员２４名 (正件 typed for 证件, full-width digits): took nothing, expected 24",
    "disputes_received-3616-pos": "全乡共授理民间纠分96起 (授理 for 受理, 纠分 for 纠纷): took nothing, expected 96",
    "mediation_committees-3628-pos": "全乡共设立人民调解委会14个，其中乡级1个、村级13个 (员 dropped from 委员会): took nothing, expected 14",
    "legal_literates-3630-pos": "全镇共培育法律名白人286名 (名白人 for 明白人, no quotes): took nothing, expected 286",
    "legal_consultations-3645-pos": "解答群众法律资询245人次 (资询 for 咨询): took nothing, expected 245",
    "legal_consultations-3646-pos": "共接待群众法律资询一百三十余次 (资询 for 咨询, Chinese numerals): took nothing, expected 130",
    "petitions_handled-3654-pos": "全年共受理信仿事项46件，已全部按期办结 (信仿 for 信访): took nothing, expected 46",
    "petitions_handled-3655-pos": "全镇全年办结初信初仿三十八件 (初仿 for 初访): took nothing, expected 38",
    # batch 187 first-seen misses (wording not handled; reasons written without reading the rules)
    "petitions_handled-3659-pos": "全年共化解信访案件二十四件，其中领导包案化解疑难信访件5件 (化解信访案件, Chinese numerals): took nothing, expected 24",
    "litigation_cases-3677-pos": "镇政府收到行政复议申请2件、行政起诉状1件 (复议申请 + 起诉状 to be added): took 2, expected 3",
    # batch 188 first-seen misses (wording not handled; reasons written without reading the rules)
    "mediation_committees-3733-pos": "全乡十五个村（居）调委会全部完成换届 (Chinese numeral before 村（居）调委会): took nothing, expected 15",
    # (none: all 45 right on first sight)
    # batch 191 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_resolved-3857-pos": "经调解息诉的矛盾纠纷共58起 (息诉 as the resolved verb): took nothing, expected 58",
    "disputes_resolved-3859-pos": "共妥善化解土地权属、邻里、婚姻家庭等矛盾纠纷两百一十四件 (两百一十四 Chinese numeral after a type list): took nothing, expected 214",
    # batch 192 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 194 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 195 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 196 first-seen misses (wording not handled; reasons written without reading the rules)
    "people_reached-3959-trap": "本人…宣讲法治课3场，现场听讲群众约650人次 (the audience of the leader's own lectures): took 650, expected nothing",
    # batch 197 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 199 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 201 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 200 first-seen misses (wording not handled; reasons written without reading the rules)
    # batch 202 first-seen misses (wording not handled; reasons written without reading the rules)
    "u565_shiping_baoxiu-publicity_events": "`全年开展普法宣传活动31场次` then, in the same paragraph, `各中小学均配备法治副校长，全年开展法治讲座12次` (school lectures) → took 43 (31 + 12), expected the stated publicity total 31",
    # batch 203 first-seen misses (wording not handled; reasons written without reading the rules)
    "disputes_resolved-4025-trap": "其中，镇人民调解委员会成功调解土地承包纠纷27件 (a 其中 sub-count of one committee and one kind of dispute): took 27, expected nothing",
    "petitions_handled-4061-trap": "其中，通过领导接访日办结信访事项9件 (a 其中 sub-count of the petitions concluded through one channel): took 9, expected nothing",
    # batch 204 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-4062-pos": "现在全镇手里有执法证的干部是三十一个 (spoken 手里有执法证, 个 for people, Chinese numeral): took nothing, expected 31",
    "disputes_received-4065-pos": "全年我们镇村两级一共接了矛盾纠纷二百六十七件，调成了二百六十一件 (spoken 接了 for 受理): took nothing, expected 267",
    "disputes_resolved-4068-pos": "真正调下来、双方都签了协议的纠纷是148件 (spoken 调下来/签了协议 for 调解成功): took nothing, expected 148",
    "mediation_committees-4078-pos": "都建起了人民调解委员会，现在总数是二十三个 (the count after 总数是, apart from the noun): took nothing, expected 23",
    "publicity_events-4087-pos": "我们把法治讲座送到了村里、学校和企业，前前后后一共办了四十三场 (count at the end after 一共办了, far from 法治讲座): took nothing, expected 43",
    "legal_consultations-4096-pos": "帮群众解答法律方面的问题二百八十余次 (解答法律方面的问题 for 法律咨询): took nothing, expected 280",
    "litigation_cases-4098-pos": "今年我们镇当被告的行政诉讼案子有3件，行政复议2件 (spoken 当被告的…案子 + 复议 to be added): took 2, expected 5",
    "study_sessions-4102-pos": "我们全年办了9期机关干部法治大讲堂 (法治大讲堂 期 for cadres' study): took nothing, expected 9",
    # batch 205 first-seen misses (wording not handled; reasons written without reading the rules)
    "u567_ningjin_chaihudian-villages": "`全镇辖8个农村社区、66个行政村` (Shandong 农村社区 that group the villages, not further units): took 74 (8 + 66), expected 66",
    # batch 211 first-seen misses (wording not handled; reasons written without reading the rules)
    "publicity_materials-4181-trap": "累计发放各类法治宣传资料上万份 (上万 is a vague amount, no figure): took 10000, expected nothing",
    # batch 215 first-seen misses (wording not handled; reasons written without reading the rules)
    "u598_donge_liuji-villages": "`刘集镇辖8个农村社区、52个行政村` (Shandong 农村社区 that group the villages, not further units): took 60 (8 + 52), expected 52",
    # batch 221 first-seen misses (wording not handled; reasons written without reading the rules)
    "enforcement_staff-4197-pos": "上年持证执法人员为18名，今年经考试新增取证4名，另有1名因调离注销证件 (last year's figure + 4 − 1): took nothing, expected 21",
    "disputes_received-4201-pos": "受理矛盾纠纷的件数比上年（98件）多出17件 (last year's figure in brackets + the change): took nothing, expected 115",
    "disputes_resolved-4204-pos": "调解成功的纠纷上半年58件、下半年64件 (two halves to add): took nothing, expected 122",
    "mediation_success_rate-4207-pos": "上年调解成功率为96.1%，今年在这一基础上又提高了2.4个百分点 (last year's rate + the points): took nothing, expected 98.5",
    "mediators-4209-pos": "人民调解员队伍上年为74人，今年换届后充实了9名…，另有2人因病退出 (74 + 9 − 2): took nothing, expected 81",
    "mediation_committees-4212-pos": "去年全镇已建人民调解委员会21个，今年又在工业园区和商会各新建1个 (21 + 2 from 各新建1个): took nothing, expected 23",
    "legal_literates-4216-pos": "“法律明白人”队伍在去年186人的基础上扩充至231人 (this year's figure after 扩充至): took nothing, expected 231",
    "villages-4218-pos": "全镇原辖17个行政村，今年…撤并2个，同时新设立城镇社区1个 (17 − 2 + 1): took 17 (the old count), expected 16 (since batch 221: the old count is no longer taken, nothing is)",
    "publicity_events-4221-pos": "上半年开展普法宣传活动26场次，下半年…又开展31场次 (two halves to add): took nothing, expected 57",
    "people_reached-4227-pos": "普法受众上半年约9000人次，下半年约1.2万人次 (two halves to add): took nothing, expected 21000",
    "litigation_cases-4234-pos": "上半年以镇政府为被告的行政应诉案件1件，下半年1件 (two halves to add): took nothing, expected 2",
    "study_sessions-4236-pos": "集中学法上半年5次、下半年6次 (two halves to add): took nothing, expected 11",
    "petitions_handled-4240-pos": "信访事项办结上年为49件，今年比上年多办结6件 (49 + 6): took nothing, expected 55",
    # batch 223 first-seen misses (wording not handled; reasons written without reading the rules)
    "u626_shenqiu_fujing-publicity_events": "`上半年结合…等开展普法宣传活动27场次，下半年围绕…开展普法宣传活动31场次` (only the two halves, each clause long): took 1 (from 主要负责人…带头讲法治课1次), expected 58 (27 + 31)",
    "u628_huoqiu_fengjing-people_reached": "`…发放宣传资料1.3万余份，群众受益约3.5万人次` (群众受益 after a halves-split materials sentence): took nothing, expected 35000",
    "u629_dawu_xuanhuadian-people_reached": "`受众上半年约1.1万人次、下半年约1.4万人次，全年约2.5万人次` (halves then 全年约): took nothing, expected 25000",
}


def _known(test_id: str):
    reason = KNOWN_MISSES.get(test_id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []

_cache: dict[str, object] = {}


@pytest.fixture(autouse=True)
def _media_in_tmp():
    """Overrides the project-wide autouse fixture (it needs pytest-django's `settings`):
    these tests touch neither Django nor files."""


@pytest.fixture(autouse=True)
def _empty_caches():
    """Overrides the project-wide autouse fixture (it needs Django's cache settings): these tests
    use no cache, and run without Django at all (-p no:django)."""


@pytest.fixture(autouse=True)
def _fast_password_hashing():
    """Overrides the project-wide autouse fixture (it needs pytest-django's `settings`)."""


def _extract(key: str, text: str):
    # imported here, not at module level: collecting this (deselected) module in the
    # default run must not depend on the extractor importing cleanly
    from reports.extraction import extract_report

    if key not in _cache:
        _cache[key] = extract_report(text)
    return _cache[key]


def _phrasing_extraction(p):
    return _extract(f"phrasing:{p['index']}", harness.phrasing_context(p["sentence"]))


def _report_extraction(name):
    return _extract(f"report:{name}", harness.read_report(name))


# ---------------------------------------------------------------------- (a) phrasings

@pytest.mark.parametrize("p", [pytest.param(p, id=harness.phrasing_id(p), marks=_known(harness.phrasing_id(p)))
                               for p in PHRASINGS])
def test_phrasing(p):
    ex = _phrasing_extraction(p)
    got = harness.figure_value(ex, p["code"])
    if p["expected"] is None:
        assert got is None, f"trap: {p['code']} must be absent, got {got} from {p['sentence']}"
    else:
        assert got is not None and harness.value_matches(p["expected"], got, p["code"]), (
            f"{p['code']}: expected {p['expected']}, got {got} from {p['sentence']}")


_APPROX = [p for p in PHRASINGS if p["expected"] is not None and p["approximate"] is not None]


@pytest.mark.parametrize("p", _APPROX, ids=[harness.phrasing_id(p) + "-approx" for p in _APPROX])
def test_phrasing_approximate_flag(p):
    ex = _phrasing_extraction(p)
    fig = (ex.figures or {}).get(p["code"])
    if fig is None or not harness.value_matches(p["expected"], float(fig.value), p["code"]):
        pytest.skip("value not extracted correctly (see test_phrasing)")
    assert bool(fig.approximate) == p["approximate"], (
        f"{p['code']}: approximate should be {p['approximate']} for {p['sentence']}")


# ---------------------------------------------------------------------- (b) unseen reports

_CELLS = [(name, code) for name in sorted(GOLD) for code in harness.CODES
          if code in GOLD[name]["indicators"]]


@pytest.mark.parametrize("name,code", [
    pytest.param(n, c, id=f"{n.removesuffix('.txt')}-{c}", marks=_known(f"{n.removesuffix('.txt')}-{c}"))
    for n, c in _CELLS])
def test_unseen_indicator(name, code):
    ex = _report_extraction(name)
    gold = GOLD[name]["indicators"][code]
    got = harness.figure_value(ex, code)
    assert harness.value_matches(gold, got, code), f"{name} {code}: gold={gold} got={got}"


_META = [(name, field) for name in sorted(GOLD) for field in harness.META_FIELDS]


@pytest.mark.parametrize("name,field", [
    pytest.param(n, f, id=f"{n.removesuffix('.txt')}-{f}", marks=_known(f"{n.removesuffix('.txt')}-{f}"))
    for n, f in _META])
def test_unseen_metadata(name, field):
    ex = _report_extraction(name)
    gold = GOLD[name].get(field)
    got = harness.meta_value(ex, field)
    assert harness.meta_matches(gold, got), f"{name} {field}: gold={gold} got={got}"
