"""The detail pages in a real Chromium: charts drawn, figure links jump, language switch, no foreign hosts."""

import pytest
from playwright.sync_api import expect

from tests.factories_pages import make_county, make_report, make_township, make_value

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FILLER = "全镇坚持以习近平法治思想为指导，深入推进法治政府建设，各项工作取得新进展。\n" * 40
TEXT = (
    "深沪镇2023年法治政府建设工作报告\n一、基本情况\n全镇共有19个村（社区）。\n" + FILLER
    + "二、矛盾纠纷化解\n全年受理调解各类民间纠纷290件，调解成功288件，调解成功率达99%。\n" + FILLER
    + "三、普法宣传\n培育“法律明白人”队伍66人，开展主题普法宣传活动36场次，约20000人次受益。\n"
)


@pytest.fixture
def towns(catalog):
    county = make_county("晋江市", "泉州市", "福建省")
    other = make_county("东坡区", "眉山市", "四川省")
    main = make_township("深沪镇", county)
    make_report(main, 2022, figures={
        "disputes_received": 250, "disputes_resolved": 240, "legal_literates": 40, "villages": 19,
        "mediation_success_rate": 96,
    }, practices=["枫桥经验"])
    report = make_report(main, 2023, TEXT, figures={
        "villages": (19, "19个村（社区）"), "disputes_received": (290, "290件"),
        "disputes_resolved": (288, "288件"), "mediation_success_rate": (99, "99%"),
        "legal_literates": (66, "66人"), "publicity_events": (36, "36场次"),
    }, problems="普法形式较单一，基层法治力量不足。", plans="继续聘用1名法律顾问，深化“三项制度”。",
        keywords=[["调解", 0.9], ["普法", 0.7], ["法律明白人", 0.5]],
        practices=["枫桥经验", "一村一法律顾问"])
    make_value(report, "people_reached", 20000, approximate=True, evidence="约20000人次受益",
               span_start=TEXT.index("约20000"), span_end=TEXT.index("约20000") + 6)
    for i, (name, c) in enumerate([("崇礼镇", other), ("东庄镇", county), ("寨里镇", other),
                                   ("省新镇", county), ("金井镇", county), ("英林镇", county)]):
        make_report(make_township(name, c), 2023, figures={
            "disputes_received": 40 + 10 * i, "disputes_resolved": 38 + 10 * i, "legal_literates": 20 + 9 * i,
            "villages": 10 + i, "mediation_success_rate": 95 + i % 3 if i != 3 else 130,
        }, practices=["枫桥经验"] if i % 2 else ["三项制度"])
    return {"township": main, "report": report}


def test_report_page_jumps_to_the_highlighted_figure(signed_in_page, live_server, towns, screenshot):
    page = signed_in_page
    page.goto(f"{live_server.url}/reports/{towns['report'].pk}/")
    expect(page.locator("h1")).to_contain_text("深沪镇")
    mark = page.locator("mark#v-disputes_resolved")
    expect(mark).to_have_text("288件")
    expect(mark).not_to_be_in_viewport()

    page.locator('#figures-table a[href="#v-disputes_resolved"]').click()

    expect(mark).to_be_in_viewport()
    expect(mark).to_have_class("fig flash")
    assert page.evaluate("document.getElementById('report-text').scrollTop") > 0
    expect(page.locator("#keyword-bars li")).to_have_count(3)
    expect(page.locator("#practice-tags")).to_contain_text("一村一法律顾问")
    screenshot(page, "report")

    with page.expect_download() as download:
        page.locator("#metadata a[download]").click()
    assert download.value.suggested_filename.endswith(".txt")


def test_township_page_draws_trends_and_switches_to_english(signed_in_page, live_server, towns, screenshot):
    page = signed_in_page
    page.goto(f"{live_server.url}/townships/{towns['township'].pk}/")
    expect(page.locator("#figures")).to_have_text("历年指标")
    expect(
        page.locator("#trend-legal_literates + script, [data-figure='trend-legal_literates']").first
    ).to_be_visible()
    expect(
        page.locator("[data-figure='trend-legal_literates'][data-drawn='true'] .main-svg").first
    ).to_be_visible()
    expect(page.locator("#norm-table")).to_contain_text("达标")
    screenshot(page, "township")

    page.get_by_role("button", name="English").click()

    expect(page.locator("#figures")).to_have_text("Figures by year")
    expect(page.locator("#norm-table")).to_contain_text("Met")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    screenshot(page, "township-en")
    page.get_by_role("button", name="中文").click()
    expect(page.locator("#figures")).to_have_text("历年指标")


def test_indicator_pages(signed_in_page, live_server, towns, screenshot):
    page = signed_in_page
    page.goto(f"{live_server.url}/indicators/")
    expect(page.locator("#indicators-table tbody tr")).to_have_count(15)
    screenshot(page, "indicators")
    page.get_by_role("link", name="“法律明白人”").first.click()
    expect(page.locator("h1")).to_have_text("“法律明白人”")
    expect(page.locator("[data-figure='distribution-figure'][data-drawn='true']")).to_be_visible()
    expect(page.locator("[data-figure='coverage-figure'][data-drawn='true']")).to_be_visible()
    expect(page.locator("#values-table tbody tr")).to_have_count(7)
    page.locator("select[name=county]").select_option(label="眉山市东坡区")
    page.get_by_role("button", name="筛选").click()
    expect(page.locator("#values-table tbody tr")).to_have_count(2)
    screenshot(page, "indicator")


def test_practices_and_quality_pages(signed_in_page, live_server, towns, screenshot):
    page = signed_in_page
    page.goto(f"{live_server.url}/practices/")
    expect(page.locator("#practice-matrix tbody tr")).to_have_count(7)
    expect(page.locator("#practice-counts")).to_contain_text("枫桥经验")
    expect(page.locator("[data-figure='practice-counts-figure'][data-drawn='true']")).to_be_visible()
    screenshot(page, "practices")

    page.get_by_role("link", name="数据质量").click()
    expect(page.locator("#suspects-table")).to_contain_text("省新镇")
    expect(page.locator("#suspects-table")).to_contain_text("比率超出")
    expect(page.locator("#coverage-matrix")).to_be_visible()
    screenshot(page, "quality")
