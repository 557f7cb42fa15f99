"""extract_report as other packages see it: the public interface and the shape of its result."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reports.extraction import EXTRACTOR_VERSION, INDICATORS_BY_CODE, Figure, ReportExtraction, extract_report

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "reports"

REPORT = """\
\ufeff青石镇2023年法治政府建设工作报告

县委、县政府：
　　现将我镇2023年法治政府建设情况报告如下。
一、主要工作和成效
（一）规范行政执法。全镇共有持证行政执法人员 ２６ 名。全年办理行政应诉案件3件。
（二）化解矛盾纠纷。全年共受理矛盾纠纷120件，调解成功116件，
调解成功率96.67%。全镇辖18个行政村、2个社区，共有人民调解员66名。
（三）普法宣传。开展普法宣传活动30余场次，发放宣传资料5000余份，受教育群众约1.2万人次。
- 2 -
二、存在的问题
部分村调解组织作用发挥不充分，仍有4件纠纷未化解。
三、2024年工作计划
计划开展普法宣传活动50场次，培育“法律明白人”100名。

青石镇人民政府
2023年12月28日
"""


@pytest.fixture(scope="module")
def ex() -> ReportExtraction:
    return extract_report(REPORT)


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_result_is_frozen(ex):
    with pytest.raises(dataclasses.FrozenInstanceError):
        ex.text = ""  # type: ignore[misc]


def test_text_is_cleaned(ex):
    assert "\ufeff" not in ex.text and "- 2 -" not in ex.text and "　" not in ex.text
    assert "持证行政执法人员26名" in ex.text
    assert "调解成功116件，调解成功率96.67%。" in ex.text  # hard line break joined


def test_figures(ex):
    values = {code: fig.value for code, fig in ex.figures.items()}
    assert values == {
        "enforcement_staff": 26,
        "litigation_cases": 3,
        "disputes_received": 120,
        "disputes_resolved": 116,
        "mediation_success_rate": 96.67,
        "villages": 20,
        "mediators": 66,
        "publicity_events": 30,
        "publicity_materials": 5000,
        "people_reached": 12000,
    }


def test_figure_codes_are_catalog_codes(ex):
    assert set(ex.figures) <= set(INDICATORS_BY_CODE)
    assert all(isinstance(f, Figure) and f.code == code for code, f in ex.figures.items())


def test_approximate_flags(ex):
    f = ex.figures
    assert f["publicity_events"].approximate and f["publicity_materials"].approximate
    assert f["people_reached"].approximate
    assert not f["enforcement_staff"].approximate and not f["disputes_received"].approximate


def test_spans_and_evidence(ex):
    for code, fig in ex.figures.items():
        assert fig.evidence in ex.text, code
        span = ex.text[fig.start:fig.end]
        assert span in fig.evidence or code == "villages", code
    assert ex.text[ex.figures["enforcement_staff"].start:ex.figures["enforcement_staff"].end] == "26名"
    assert ex.text[ex.figures["villages"].start:ex.figures["villages"].end] == "18个行政村、2个"
    assert (ex.figures["disputes_received"].evidence
            == "全年共受理矛盾纠纷120件，调解成功116件，调解成功率96.67%。")


def test_problems_and_plans(ex):
    assert "仍有4件纠纷未化解" in ex.problems
    assert "计划开展普法宣传活动50场次" in ex.plans
    assert "legal_literates" not in ex.figures


def test_rate_is_derived_when_not_stated():
    ex = extract_report(REPORT.replace("，\n调解成功率96.67%。", "。"))
    rate = ex.figures["mediation_success_rate"]
    assert rate.value == pytest.approx(96.67)
    assert "derived" in rate.candidates[0].note
    assert ex.text[rate.start:rate.end] == "116件"


def test_a_stated_rate_over_100_is_not_a_rate():
    ex = extract_report("全年受理纠纷50件，调解成功50件，调解成功率为120%。")
    assert ex.figures["mediation_success_rate"].value == 100  # derived instead


def test_empty_and_figureless_input():
    for raw in ("", "   ", "这是一段没有任何数字的文字。"):
        ex = extract_report(raw)
        assert ex.figures == {}
        assert isinstance(ex.text, str)


def test_metadata_is_wired_when_the_reader_exists():
    ex = extract_report((FIXTURES / "001_d63b280c47865988.txt").read_text(encoding="utf-8"))
    try:
        from reports.extraction import metadata  # noqa: F401
    except ImportError:
        pytest.skip("metadata reader not written yet")
    assert ex.township == "省新镇"
    assert ex.year == 2023


def test_same_input_same_output():
    assert extract_report(REPORT) == extract_report(REPORT)


def test_semicolon_lists_keep_their_topic():
    ex = extract_report("三是调处矛盾纠纷。数据统计：受理纠纷：45件；调解成功：44件；成功率：97.8%。")
    values = {code: fig.value for code, fig in ex.figures.items()}
    assert values == {"disputes_received": 45, "disputes_resolved": 44, "mediation_success_rate": 97.8}
    assert ex.figures["mediation_success_rate"].evidence == "成功率：97.8%。"


def test_figures_about_an_earlier_year_lose_to_this_years():
    ex = extract_report("某镇2023年法治政府建设工作报告\n一、工作成效\n2022年全镇共受理矛盾纠纷180件。"
                        "2023年全镇共受理矛盾纠纷150件，调解成功148件。去年培育法律明白人100名，今年全镇共培育法律明白人120名。")
    assert ex.figures["disputes_received"].value == 150
    assert ex.figures["legal_literates"].value == 120
    assert any("2022" in c.note for c in ex.figures["disputes_received"].candidates)


def test_table_rows_from_a_word_document():
    # decode_document turns a table row into its cells joined by tabs
    ex = extract_report("某镇2023年法治建设情况报告\n一、主要工作成效\n指标\t数量\n持证行政执法人员\t26名\n"
                        "人民调解员\t102人\n受理矛盾纠纷\t144件\n调解成功\t140件\n发放宣传资料\t5000份\n二、存在问题\n无。")
    values = {code: fig.value for code, fig in ex.figures.items()}
    assert values == {"enforcement_staff": 26, "mediators": 102, "disputes_received": 144,
                      "disputes_resolved": 140,
                      "publicity_materials": 5000, "mediation_success_rate": 97.22}
