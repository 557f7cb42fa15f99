import os
from pathlib import Path

import pytest

# Playwright runs an event loop in the test thread; the ORM calls made by browser tests are still
# synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = ROOT / "fixtures" / "reports"
# Debian's Chromium: browser tests never use a downloaded browser.
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded originals go to a per-test folder, never into var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: test transactions roll the cache generation back, so an
    entry left by an earlier test could carry the same generation as this test's different data."""
    from metrics.cache import caches_clear

    caches_clear()


@pytest.fixture
def sample_paths() -> list[Path]:
    return sorted(SAMPLE_REPORTS.glob("*.txt"))


@pytest.fixture
def sample_bytes(sample_paths) -> bytes:
    """One sample report (崇礼镇 2023) as UTF-8 bytes."""
    return next(p for p in sample_paths if p.name.startswith("002_")).read_bytes()


def user_with_role(django_user_model, role: str):
    """A user named after its role, with the password `pw-<role>-123`."""
    from townships.accounts import user_role_set

    user = django_user_model.objects.create_user(username=role, password=f"pw-{role}-123")
    user_role_set(user=user, role=role)
    return user


@pytest.fixture
def viewer(django_user_model):
    """A signed-in user who may browse and export (the `viewer` role)."""
    return user_with_role(django_user_model, "viewer")


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def editor(django_user_model):
    """A user who may upload, review and correct (the `editor` role), in every region."""
    return user_with_role(django_user_model, "editor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def make_report():
    """Build a stored report with the given figures, without running the extractor:
    make_report(township="崇礼镇", county="东坡区", year=2023, values={"disputes_received": 48})."""
    import hashlib
    import itertools
    from decimal import Decimal

    from metrics.models import Indicator
    from reports.models import IndicatorValue, Report
    from townships.services import township_get_or_create

    counter = itertools.count()

    def make(*, township="崇礼镇", county="东坡区", city="眉山市", province="四川省", year=2023, values=None,
             text=None, **fields):
        values = values or {}
        town = township_get_or_create(name=township, county_name=county, city=city, province=province)
        sentences = {code: f"全年{code}共计{value}件。" for code, value in values.items()}
        if text is None:
            text = f"{township}{year}年法治建设工作报告\n" + "".join(sentences.values())
        report = Report.objects.create(
            township=town, year=year, text=text, original_name=f"{township}.txt",
            original_file="reports/x.txt",
            content_hash=hashlib.sha256(f"{text}{next(counter)}".encode()).hexdigest(), encoding="utf-8",
            format="txt", extractor_version="test", **fields,
        )
        for code, value in values.items():
            evidence = sentences.get(code, "")
            start = text.find(evidence) if evidence else -1
            number_at = start + evidence.find(str(value)) if start >= 0 else None
            IndicatorValue.objects.create(
                report=report, indicator=Indicator.objects.get(code=code), value=Decimal(str(value)),
                evidence=evidence if start >= 0 else "", span_start=number_at,
                span_end=number_at + len(str(value)) if number_at is not None else None,
                extractor_version="test",
            )
        return report

    return make


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Django's default PBKDF2 costs about a second per password on this machine."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# Playwright settings shared by every browser test (tests/browser/ and the dashboard's).


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM)}


@pytest.fixture(scope="session")
def base_url():
    """Pages are opened by absolute live_server URLs (this override keeps pytest 9 quiet)."""
    return None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A Chinese browser, as the dashboard's users have; the English switch is tested explicitly.
    return {**browser_context_args, "locale": "zh-CN", "viewport": {"width": 1366, "height": 900},
            "accept_downloads": True}
