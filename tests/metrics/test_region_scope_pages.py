"""Every page, chart, count and export goes through the region scope hook."""

import json

import pytest
from django.db.models import Q

from metrics import selectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def shandong_only(monkeypatch):
    def region_q(user, prefix=""):
        return Q(**{f"{prefix}county__province": "山东省"})

    monkeypatch.setattr(selectors, "region_q", region_q)


def body(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_pages_and_exports_only_show_the_users_region(viewer_client, towns, shandong_only):
    townships = viewer_client.get("/townships/")
    assert sorted(row["township_name"] for row, _ in townships.context["table"]) == ["寨里镇", "崇礼镇"]
    assert [p for p, _ in townships.context["filterset"].form.fields["province"].choices if p] == ["山东省"]
    assert "深沪镇" not in body(viewer_client.get("/townships/?format=csv"))
    assert "深沪镇" not in body(viewer_client.get("/compare/?format=json"))
    points = json.loads(viewer_client.get("/compare/?x=villages&y=enforcement_staff&format=points").content)
    assert points["text"] == ["寨里镇"]
    compare = viewer_client.get("/compare/")
    assert compare.context["data"].total == 2
    overview = viewer_client.get("/")
    assert overview.context["counts"]["towns"] == 2
    assert {r["township_name"] for r in overview.context["latest"]} == {"寨里镇", "崇礼镇"}
    # Asking for another region gives nothing rather than escaping the scope.
    assert viewer_client.get("/townships/?province=福建省").context["table"] == []
