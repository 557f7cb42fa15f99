"""The editor's yearly workflow in a real Chromium: sign in, upload, review, correct, see it on Compare.

The fixtures below repeat what tests/browser/conftest.py (the report pages' browser tests)
provides, so this test also runs on a branch without that file; module fixtures win.
"""

import importlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from playwright.sync_api import expect

from reports.models import Correction, Report
from townships.accounts import user_role_set

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture
def catalog(transactional_db):
    """The indicator catalog again: transactional tests flush the tables after each test."""
    importlib.import_module("metrics.migrations.0002_indicator_catalog").load_catalog(apps, None)


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return save


WORD_REPORT = ROOT / "fixtures" / "documents" / "002.docx"  # 崇礼镇 2023, as Word
TEXT_REPORT = ROOT / "fixtures" / "reports" / "000_e4d060004e30d34b.txt"  # 深沪镇 2023


def test_an_editor_uploads_reviews_corrects_and_sees_the_figure_on_compare(
    catalog, page, live_server, django_user_model, screenshot
):
    editor = django_user_model.objects.create_user(username="editor-b", password="pw-editor-456")
    user_role_set(user=editor, role="editor")
    problems = []
    # Branches without the site's favicon would log the browser's automatic /favicon.ico request.
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response",
        lambda response: response.status >= 400 and problems.append(f"{response.status} {response.url}"),
    )
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    # Signing in: browsing needs an account.
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/")
    page.fill("#id_username", "editor-b")
    page.fill("#id_password", "pw-editor-456")
    page.locator("#login-form button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/")

    # Two files at once, one Word and one plain text.
    page.locator(".site-account a", has_text="上传报告").click()
    page.set_input_files("#id_files", [str(WORD_REPORT), str(TEXT_REPORT)])
    expect(page.locator("#chosen-files li")).to_have_count(2)  # listed by upload.js
    page.locator("#upload-form button[type=submit]").click()
    expect(page.locator(".result-created")).to_have_count(2)
    screenshot(page, "upload-results")
    assert Report.objects.count() == 2

    # Review the Word report: the figure is highlighted in the text beside the list.
    page.locator(".result-created", has_text="002.docx").get_by_role("link").click()
    expect(page.locator("h1")).to_contain_text("崇礼镇")
    entry = page.locator("#fig-disputes_received")
    expect(entry.locator(".figure-value strong")).to_have_text("48")
    expect(page.locator("mark#hl-disputes_received")).to_contain_text("48")

    entry.locator("input[name=value]").fill("50")
    entry.locator("input[name=note]").fill("与原件核对")
    entry.locator("button[value=typed]").click()
    entry = page.locator("#fig-disputes_received")
    expect(entry.locator(".figure-value strong")).to_have_text("50")
    expect(entry.locator(".source-corrected")).to_be_visible()
    page.locator("button[name=reviewed][value='1']").click()
    expect(page.locator(".review-state .reviewed")).to_be_visible()
    expect(page.locator("#corrections")).to_contain_text("与原件核对")
    screenshot(page, "review-corrected")
    assert Correction.objects.get().new_value == 50

    # Compare, reviewed reports only: the corrected figure, marked as corrected.
    page.goto(f"{live_server.url}/compare/?x=disputes_received&y=disputes_resolved&reviewed=true")
    row = page.locator("table.compare tbody tr", has_text="崇礼镇")
    expect(row).to_have_count(1)
    expect(row.locator("td a", has_text="50")).to_be_visible()
    expect(row.locator(".corrected")).to_be_visible()
    expect(page.locator("table.compare tbody tr", has_text="深沪镇")).to_have_count(0)
    screenshot(page, "compare-corrected")

    host = urlsplit(live_server.url).netloc
    assert [
        url for url in requests if urlsplit(url).scheme.startswith("http") and urlsplit(url).netloc != host
    ] == []
    assert problems == [], "console errors (CSP violations show here)"


def test_the_upload_page_lists_files_chosen_before_its_script_ran(page, live_server, django_user_model):
    """A slow page (or a browser restoring the form) has files in the input before upload.js runs."""
    editor = django_user_model.objects.create_user(username="editor-c", password="pw-editor-789")
    user_role_set(user=editor, role="editor")
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "editor-c")
    page.fill("#id_password", "pw-editor-789")
    page.locator("#login-form button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/")

    # hold the script back, choose the files, then let it run
    page.route("**/upload*.js", lambda route: route.abort())
    page.locator(".site-account a", has_text="上传报告").click()
    page.set_input_files("#id_files", [str(WORD_REPORT), str(TEXT_REPORT)])
    expect(page.locator("#chosen-files li")).to_have_count(0)
    page.unroute("**/upload*.js")
    page.add_script_tag(url=page.locator("script[src*='upload']").get_attribute("src"))
    expect(page.locator("#chosen-files li")).to_have_count(2)
