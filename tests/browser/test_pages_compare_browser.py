"""Compare in a real Chromium: change X, Y and the county, the chart and table follow; CSV export; English."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.factories_pages import make_county, make_report, make_township

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCATTER = ".chart[data-chart='scatter-data'][data-drawn='true']"
ROWS = "table.compare tbody tr"


@pytest.fixture
def counties(catalog):
    jinjiang = make_county("晋江市", "泉州市", "福建省")
    dongpo = make_county("东坡区", "眉山市", "四川省")
    names = {
        jinjiang: ["深沪镇", "金井镇", "英林镇", "东石镇", "安海镇"],
        dongpo: ["崇礼镇", "太和镇", "尚义镇"],
    }
    for county, towns in names.items():
        for i, name in enumerate(towns):
            make_report(make_township(name, county), 2023, figures={
                "enforcement_staff": 10 + i * 3, "mediation_success_rate": 95 + i,
                "disputes_received": 100 + 20 * i, "disputes_resolved": 95 + 20 * i,
                "legal_literates": 30 + 12 * i, "villages": 10 + i, "mediators": 20 + i,
            })
    return {"jinjiang": jinjiang, "dongpo": dongpo}


def test_compare_follows_the_axes_and_county_and_exports_csv(signed_in_page, live_server, counties,
                                                             screenshot, tmp_path):
    page = signed_in_page
    page.goto(f"{live_server.url}/compare/")
    expect(page.locator(SCATTER)).to_be_visible()
    expect(page.locator(ROWS)).to_have_count(8)

    with page.expect_navigation():
        page.locator("select[name=x]").select_option("legal_literates")
    with page.expect_navigation():
        page.locator("select[name=y]").select_option("disputes_resolved")
    expect(page.locator(SCATTER)).to_be_visible()
    expect(page.locator("table.compare thead")).to_contain_text("化解（调解成功）矛盾纠纷")
    with page.expect_navigation():
        page.locator("select[name=county]").select_option(str(counties["dongpo"].pk))

    query = parse_qs(urlsplit(page.url).query)
    assert query["x"] == ["legal_literates"] and query["y"] == ["disputes_resolved"]
    assert query["county"] == [str(counties["dongpo"].pk)]
    expect(page.locator(ROWS)).to_have_count(3)
    expect(page.locator("table.compare tbody")).to_contain_text("崇礼镇")
    expect(page.locator("table.compare tbody")).not_to_contain_text("深沪镇")
    expect(page.locator(SCATTER)).to_be_visible()
    assert page.locator(f"{SCATTER} .scatterlayer .point").count() == 3
    screenshot(page, "compare-axes-county")

    with page.expect_download() as download_info:
        page.locator(".exports a", has_text="CSV").click()
    path = Path(tmp_path) / "compare.csv"
    download_info.value.save_as(path)
    body = path.read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")
    lines = body.decode("utf-8-sig").splitlines()
    assert "乡镇" in lines[0] and "legal_literates" in lines[0] and "disputes_resolved" in lines[0]
    assert len(lines) == 4 and any(line.startswith("崇礼镇") or ",崇礼镇," in line for line in lines[1:])

    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text("Compare")
    expect(page.locator("table.compare thead")).to_contain_text("Disputes resolved")
    expect(page.locator(ROWS)).to_have_count(3)
    expect(page.locator(SCATTER)).to_be_visible()
    screenshot(page, "compare-en")
