"""Two editors upload the same file at the same moment: one report, the other "unchanged"."""

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from reports import services
from reports.models import Report


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_uploads_of_the_same_file_store_one_report(editor, sample_bytes, monkeypatch):
    barrier = threading.Barrier(2)
    # Both requests get past the "already imported?" check before either writes, so the
    # database constraints, not the luck of timing, decide.
    both_checked = threading.Barrier(2)
    store = services._report_store
    first_attempts = set()

    def store_together(**kwargs):
        if threading.get_ident() not in first_attempts:
            first_attempts.add(threading.get_ident())
            both_checked.wait(timeout=10)
        return store(**kwargs)

    monkeypatch.setattr(services, "_report_store", store_together)
    responses, errors = [], []

    def post(name):
        try:
            client = Client()
            client.force_login(editor)
            barrier.wait(timeout=10)
            responses.append(client.post("/upload/", {"files": [SimpleUploadedFile(name, sample_bytes)]}))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(f"copy{i}.txt",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert [r.status_code for r in responses] == [200, 200]
    statuses = sorted(
        "created" if "result-created" in r.text else "unchanged" if "result-unchanged" in r.text else r.text
        for r in responses
    )
    assert statuses == ["created", "unchanged"]
    assert Report.objects.count() == 1
