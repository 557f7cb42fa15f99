"""Browser tests: Debian's Chromium driven by Playwright against Django's live_server."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.test import Client
from playwright.sync_api import expect

# Charts draw a few seconds late on a busy 2-core CI machine.
expect.set_options(timeout=15_000)

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def pytest_collection_modifyitems(items):
    # Skipped on a developer machine without the browser; CI installs it, so there a missing
    # browser fails the tests instead of hiding them.
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="Debian's chromium is not installed (make browser)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def catalog(transactional_db):
    """The indicator catalog, reloaded: transactional tests flush the tables after each test, and
    serialized rollback can't restore them here (Playwright's event loop gives the test thread a fresh
    connection object, without the serialized copy)."""
    migration = importlib.import_module("metrics.migrations.0002_indicator_catalog")
    migration.load_catalog(apps, None)


@pytest.fixture
def signed_in_page(catalog, page, live_server, django_user_model):
    """A page whose browser carries a signed-in session, recording requests and console errors."""
    user = django_user_model.objects.create_user(username="browser-viewer", password="pw-browser-123")
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{
        "name": django_settings.SESSION_COOKIE_NAME,
        "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }])
    page.requests_seen = []
    page.console_errors = []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("response", lambda response: response.status >= 400
            and page.console_errors.append(f"{response.status} {response.url}"))
    yield page
    host = urlsplit(live_server.url).netloc
    foreign = [url for url in page.requests_seen if urlsplit(url).scheme in {"http", "https", "ws", "wss"}
               and urlsplit(url).netloc != host]
    assert foreign == [], "requests left the server's host"
    assert page.console_errors == [], "console errors (CSP violations show here)"


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
