import os
from pathlib import Path

import pytest

# Playwright runs an event loop in the test thread; the ORM calls made by browser tests are still
# synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = ROOT / "fixtures" / "reports"


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


@pytest.fixture
def viewer(django_user_model):
    """A signed-in user who may browse and export (the `viewer` role)."""
    return django_user_model.objects.create_user(username="viewer", password="pw-viewer-123")


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client
