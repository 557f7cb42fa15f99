"""Report parts: this year's work, problems, plans, from numbered and unnumbered headings."""

from __future__ import annotations

from reports.extraction.cleaning import clean_text
from reports.extraction.sections import ACHIEVEMENTS, PLANS, PROBLEMS, classify_heading, outline


def kinds(text: str) -> list[tuple[str, str]]:
    o = outline(text)
    return [(p.kind, p.heading) for p in o.parts]


def test_classify_headings():
    assert classify_heading("一、2023年法治建设工作情况") == ACHIEVEMENTS
    assert classify_heading("二、2023年度推进法治建设存在的不足") == PROBLEMS
    assert classify_heading("四、存在问题和原因") == PROBLEMS
    assert classify_heading("三、2024年工作思路") == PLANS
    assert classify_heading("五、下一步工作打算") == PLANS
    assert classify_heading("三、2022年度工作安排") == PLANS
    assert classify_heading("2024年推进法治政府建设的主要安排") == PLANS
    assert classify_heading("（一）扎实推进各项重点工作") is None
    assert classify_heading("二、2023年工作计划完成情况") == ACHIEVEMENTS
    assert classify_heading("五、2024年重点工作") == PLANS
    assert classify_heading("四、2025年工作目标") == PLANS
    assert classify_heading("三、下一年度工作打算") == PLANS
    assert classify_heading("一、2023年重点工作完成情况") == ACHIEVEMENTS
    assert classify_heading("三、问题与不足") == PROBLEMS


def test_numbered_outline():
    text = clean_text(
        "某镇2023年法治政府建设报告\n一、主要工作和成效\n（一）强化领导\n受理纠纷10件。\n"
        "二、存在的问题\n（一）力量薄弱\n仍有2件未化解。\n三、2024年工作计划\n（一）加强学习\n计划学法12次。\n")
    o = outline(text)
    assert [p.kind for p in o.parts] == [ACHIEVEMENTS, PROBLEMS, PLANS]
    assert o.kind_at(text.index("受理纠纷")) == ACHIEVEMENTS
    assert o.kind_at(text.index("仍有2件")) == PROBLEMS
    assert o.kind_at(text.index("计划学法")) == PLANS
    assert "仍有2件未化解" in o.text_of(text, PROBLEMS)
    assert "计划学法12次" in o.text_of(text, PLANS)


def test_unnumbered_headings():
    text = clean_text(
        "关于2023年度法治政府建设工作的报告\n\n推进法治政府建设的主要举措和成效\n\n（一）强化依法行政\n\n做了很多工作。\n\n"
        "严格落实普法责任制\n\n继续做工作。\n\n推进法治政府建设存在的不足和原因\n\n一是能力不足。\n\n"
        "2024年推进法治政府建设的主要安排\n\n一是继续落实。\n")
    o = outline(text)
    assert o.kind_at(text.index("做了很多工作")) == ACHIEVEMENTS
    assert o.kind_at(text.index("继续做工作")) == ACHIEVEMENTS
    assert o.kind_at(text.index("一是能力不足")) == PROBLEMS
    assert o.kind_at(text.index("一是继续落实")) == PLANS


def test_subheading_in_the_plan_part_stays_plan():
    text = clean_text("一、工作成效\n做了工作。\n二、下一步工作打算\n"
                      "（一）2023年工作开展情况回顾\n培育明白人50名。\n")
    o = outline(text)
    assert o.kind_at(text.index("培育明白人")) == PLANS


def test_a_plan_subsection_inside_the_work_part():
    text = clean_text("一、工作开展情况\n（一）普法\n开展活动5场。\n"
                      "（二）下一步打算\n开展活动10场。\n二、其他工作\n")
    o = outline(text)
    assert o.kind_at(text.index("开展活动5场")) == ACHIEVEMENTS
    assert o.kind_at(text.index("开展活动10场")) == PLANS


def test_report_without_headings_is_all_work():
    text = "全年共化解矛盾纠纷30件。"
    assert outline(text).kind_at(3) == ACHIEVEMENTS
    assert kinds("") == [(ACHIEVEMENTS, "")]


def test_run_in_headings_with_a_colon():
    text = clean_text("一是做了工作，受理纠纷45件。\n存在问题：部分社区普法阵地建设滞后。\n"
                      "2024年工作思路：一是深化学法用法。\n")
    o = outline(text)
    assert o.kind_at(text.index("受理纠纷")) == ACHIEVEMENTS
    assert o.kind_at(text.index("部分社区")) == PROBLEMS
    assert o.kind_at(text.index("深化学法")) == PLANS


def test_problems_and_plans_in_one_part():
    text = clean_text("一、工作成效\n受理纠纷45件。\n二、存在问题及下一步打算\n"
                      "普法形式单一。下一步将开展活动10场。\n")
    o = outline(text)
    assert o.kind_at(text.index("开展活动10场")) == PLANS
    assert "普法形式单一" in o.text_of(text, PROBLEMS)
    assert "普法形式单一" in o.text_of(text, PLANS)


def test_the_signature_block_is_not_part_of_the_plans():
    text = clean_text(
        "青溪镇2024年法治政府建设年度报告\n一、主要成效\n全镇共有持证执法人员26名。\n二、存在的不足\n执法力量不足。\n"
        "三、2025年工作安排\n（一）加强执法队伍建设。\n（二）深化普法。\n特此报告。\n"
        "中共青溪镇委员会\n青溪镇人民政府\n2025年1月15日"
    )
    parts = outline(text)
    assert parts.text_of(text, PLANS) == "三、2025年工作安排\n（一）加强执法队伍建设。\n（二）深化普法。"
    assert parts.text_of(text, PROBLEMS) == "二、存在的不足\n执法力量不足。"


def test_a_closing_data_list_after_the_plan_is_this_years_work():
    for data in ("附：2024年度法治建设主要数据\n集中学法：12次；普法活动：30场次。",
                 "主要数据：集中学法12次；普法活动30场次。",
                 "附：2024年度其他工作数据\n1.集中学法12次；\n2.普法活动30场次。"):
        text = clean_text("一、主要成效\n全镇持证执法人员20名。\n二、下一步打算\n"
                          "全年集中学法不少于14次。\n" + data)
        parts = outline(text)
        assert parts.kind_at(text.index("不少于14次")) == PLANS
        assert parts.kind_at(text.index("12次")) == ACHIEVEMENTS


def test_an_annex_after_the_signature_is_this_years_work_unless_it_is_a_plan():
    report = ("一、主要成效\n全镇持证执法人员20名。\n二、下一步打算\n全年集中学法不少于14次。\n"
              "青溪镇人民政府\n2025年1月15日\n")
    for annex in ("附：青溪镇2024年法治政府建设主要指标\n集中学法：12次\n",
                  "附件1\n法治建设重点任务完成情况\n集中学法12次。\n",
                  "附件2 青溪镇党委书记述法报告\n全年主持集中学法12次。\n"):
        text = clean_text(report + "\n" + annex)
        parts = outline(text)
        assert parts.kind_at(text.index("不少于14次")) == PLANS
        assert parts.kind_at(text.index("12次")) == ACHIEVEMENTS
        assert "附" not in parts.text_of(text, PLANS)
    text = clean_text(report + "\n附件：青溪镇2025年法治建设工作计划\n全年集中学法16次。\n")
    assert outline(text).kind_at(text.index("16次")) == PLANS
