"""Cached results (counts, medians, filter menus, scatter points) change as soon as the data does."""

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from metrics_factories import make_county, make_report

from metrics.cache import cache_generation
from metrics.services import report_figures_refresh
from reports.models import IndicatorValue
from reports.services import CREATED, report_ingest

pytestmark = pytest.mark.django_db


def dashboard_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [
        q["sql"]
        for q in captured.captured_queries
        if "django_session" not in q["sql"] and "auth_user" not in q["sql"]
    ]


def test_every_write_to_the_figures_bumps_the_generation(towns):
    before = cache_generation()
    report_figures_refresh(report=towns["深沪镇"])
    after_refresh = cache_generation()
    call_command("refresh_figures", verbosity=0)
    after_rebuild = cache_generation()
    county = make_county("新县", "新市", "新省")
    after_county = cache_generation()
    county.name = "新县二"
    county.save()
    assert before < after_refresh < after_rebuild < after_county < cache_generation()


def test_a_repeated_page_is_served_from_the_cache(viewer_client, towns):
    cold = dashboard_queries(viewer_client, "/compare/?x=villages&y=legal_literates")
    warm = dashboard_queries(viewer_client, "/compare/?x=villages&y=legal_literates")
    # Cold: generation and years, counties, catalog, counts and medians, bar rows, table page.
    assert len(cold) == 6
    # Warm: the generation (read with the years); counts, medians, bar and table rows are cached.
    assert len(warm) == 1 and "metrics_cachegeneration" in warm[0]
    # The filter menus are shared by every page: generation and years, count, page.
    assert len(dashboard_queries(viewer_client, "/townships/")) == 3
    assert len(dashboard_queries(viewer_client, "/townships/")) == 1
    # Another order: the count is shared, the rows are read.
    assert len(dashboard_queries(viewer_client, "/townships/?sort=-mediators")) == 2


def test_ingest_changes_what_cached_pages_show(viewer_client, sample_bytes):
    assert viewer_client.get("/townships/").context["page"].paginator.count == 0
    points_url = "/compare/?format=points&x=villages&y=disputes_received"
    assert json.loads(viewer_client.get(points_url).content)["x"] == []

    outcome = report_ingest(data=sample_bytes, source_name="崇礼镇.txt")
    assert outcome.status == CREATED, outcome.message

    response = viewer_client.get("/townships/")
    assert response.context["page"].paginator.count == 1
    assert "崇礼镇" in response.content.decode()
    points = json.loads(viewer_client.get(points_url).content)
    assert points["text"] == ["崇礼镇"] and points["y"] == [48]
    options = viewer_client.get("/").context["filterset"].options
    assert "东坡区" in [name for _pk, name, _city, _province in options.counties]


def test_a_correction_changes_cached_medians_and_counts(viewer_client, towns):
    url = "/compare/?x=villages&y=legal_literates"
    data = viewer_client.get(url).context["data"]
    # 深沪镇 (19, 733), 东庄镇 (11, 44), 省新镇 (0, 20), 寨里镇 (24, 80).
    assert (data.plotted_count, data.median_y) == (4, 62)
    overview = viewer_client.get("/?x=villages&y=legal_literates").context["summaries"]
    assert next(s for s in overview if s.figure.code == "legal_literates").median == 62

    value = IndicatorValue.objects.get(report=towns["东庄镇"], indicator__code="legal_literates")
    value.value = 100
    value.source = IndicatorValue.Source.CORRECTED
    value.save()
    report_figures_refresh(report=towns["东庄镇"])

    data = viewer_client.get(url).context["data"]
    assert (data.plotted_count, data.median_y) == (4, 90)
    overview = viewer_client.get("/?x=villages&y=legal_literates").context["summaries"]
    assert next(s for s in overview if s.figure.code == "legal_literates").median == 90

    zichuan = make_county("淄川区", "淄博市", "山东省")
    make_report("新镇", county=zichuan, values={"villages": 5, "legal_literates": 7})
    assert viewer_client.get(url).context["data"].plotted_count == 5
    assert viewer_client.get("/townships/?province=山东省").context["page"].paginator.count == 3


def test_a_renamed_county_shows_in_the_cached_filter_menu(viewer_client, towns):
    county = towns["寨里镇"].township.county
    assert "淄川区" in viewer_client.get("/townships/?province=山东省").content.decode()
    county.name = "淄川新区"
    county.save()
    content = viewer_client.get("/townships/?province=山东省").content.decode()
    assert "淄川新区" in content and "淄川区" not in content
