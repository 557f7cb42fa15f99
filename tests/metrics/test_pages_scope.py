"""Every detail page filters through the region scope hook (townships.scope.region_q)."""

import pytest
from django.db.models import Q
from django.urls import reverse

import metrics.selectors_pages
import reports.views
import townships.scope
from tests.factories_pages import make_county, make_report, make_township

pytestmark = pytest.mark.django_db


@pytest.fixture
def only_jinjiang(monkeypatch):
    """A user limited to 晋江市 (the real hook lives in townships/scope.py)."""
    mine = make_county("晋江市", "泉州市", "福建省")

    def region_q(user, prefix=""):
        return Q(**{f"{prefix}county": mine})

    for module in (townships.scope, metrics.selectors_pages, reports.views):
        monkeypatch.setattr(module, "region_q", region_q)
    return mine


def test_pages_show_only_towns_in_the_users_region(viewer_client, only_jinjiang):
    inside = make_report(make_township("深沪镇", only_jinjiang), 2023,
                         figures={"mediators": 5, "villages": 10}, practices=["枫桥经验"])
    outside = make_report(make_township("崇礼镇", make_county("东坡区", "眉山市", "四川省")), 2023,
                          figures={"mediators": 500, "villages": 1}, practices=["十户长联户"])

    assert viewer_client.get(reverse("report", args=[inside.pk])).status_code == 200
    assert viewer_client.get(reverse("report", args=[outside.pk])).status_code == 404
    assert viewer_client.get(reverse("report_original", args=[outside.pk])).status_code == 404
    assert viewer_client.get(reverse("township", args=[outside.township_id])).status_code == 404
    for url in [reverse("indicator", args=["mediators"]), reverse("practices"), reverse("quality"),
                reverse("indicators")]:
        html = viewer_client.get(url).content.decode()
        assert "崇礼镇" not in html and "十户长联户" not in html and "东坡区" not in html, url
    indicator = viewer_client.get(reverse("indicator", args=["mediators"]))
    assert [v.report.township.name for v in indicator.context["values"]] == ["深沪镇"]
