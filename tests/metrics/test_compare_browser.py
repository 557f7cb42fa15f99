"""Compare and Townships in a real Chromium (Debian's, never a downloaded one): charts drawn with
every point, axes and county changed through the form, CSV export, no request to another host."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.test import Client
from metrics_factories import make_county, make_report

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"), reason="no /usr/bin/chromium"),
]


@pytest.fixture
def dashboard_towns(transactional_db):
    # Transactional tests flush the catalog after each test: load it again.
    importlib.import_module("metrics.migrations.0002_indicator_catalog").load_catalog(apps, None)
    jinjiang = make_county("晋江市", "泉州市", "福建省")
    zichuan = make_county("淄川区", "淄博市", "山东省")
    for i in range(80):
        make_report(
            f"测试{i:02d}镇",
            county=jinjiang if i % 2 else zichuan,
            values={
                "enforcement_staff": 10 + i % 30,
                "mediation_success_rate": 90 + i % 10,
                "villages": 10 + i % 9,
                "legal_literates": 20 + i,
                "mediators": 5 + i % 13,
            },
        )
    return {"jinjiang": jinjiang, "zichuan": zichuan}


@pytest.fixture
def signed_in(page, live_server, django_user_model):
    user = django_user_model.objects.create_user(username="browser-dash", password="pw-browser-123")
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    seen, errors = [], []
    page.on("request", lambda request: seen.append(request.url))
    # Failed loads are checked by URL (a browser asks for /favicon.ico on its own).
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.text.startswith("Failed to load resource")
            and errors.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and not response.url.endswith("/favicon.ico")
            and errors.append(f"{response.status} {response.url}")
        ),
    )
    yield page
    host = urlsplit(live_server.url).netloc
    assert [u for u in seen if urlsplit(u).scheme in {"http", "https"} and urlsplit(u).netloc != host] == []
    assert errors == [], "console errors (CSP violations show here)"


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def drawn_points(page, chart="scatter-data"):
    locator = page.locator(f'.chart[data-chart="{chart}"][data-drawn="true"]')
    locator.wait_for()
    return int(locator.get_attribute("data-points_count"))


def test_compare_draws_every_town_and_follows_the_form(signed_in, live_server, dashboard_towns):
    page = signed_in
    page.goto(f"{live_server.url}/compare/")
    assert drawn_points(page) == 80
    page.locator('.chart[data-chart="bar-data"][data-drawn="true"] .main-svg').first.wait_for()
    assert "共 80 个乡镇有此数值，图中显示前 30 名" in page.content()
    shot(page, "compare")

    # Changing a select submits the GET form: the URL carries the state.
    with page.expect_navigation():
        page.select_option("select[name=x]", "villages")
    with page.expect_navigation():
        page.select_option("select[name=y]", "legal_literates_per_village")
    assert "x=villages" in page.url and "y=legal_literates_per_village" in page.url
    assert drawn_points(page) == 80
    with page.expect_navigation():
        page.select_option("select[name=county]", str(dashboard_towns["jinjiang"].pk))
    assert f"county={dashboard_towns['jinjiang'].pk}" in page.url
    assert drawn_points(page) == 40
    assert page.locator("table.compare tbody tr").count() == 40
    assert "目标 3" in page.locator('.chart[data-chart="scatter-data"]').inner_text()
    shot(page, "compare-norms-county")

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    assert download.value.suggested_filename == "乡镇对比-2023.csv"
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == 41


def test_townships_table_sorts_and_overview_draws(signed_in, live_server, dashboard_towns):
    page = signed_in
    page.goto(f"{live_server.url}/townships/?sort=-legal_literates")
    assert (
        page.locator("table.townships tbody tr").first.locator("td").first.inner_text().startswith("测试79镇")
    )
    shot(page, "townships")
    page.goto(f"{live_server.url}/")
    assert drawn_points(page, "overview-scatter-data") == 80
    page.locator('.chart[data-chart="overview-bar-data"][data-drawn="true"]').wait_for()
    shot(page, "overview")
