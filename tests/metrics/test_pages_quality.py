import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from metrics.selectors_pages import reports_awaiting_review
from reports.models import Report
from tests.factories_pages import make_county, make_report, make_township

pytestmark = pytest.mark.django_db


def reasons(response) -> dict:
    return {
        (s.value.report.township.name, s.value.indicator.code): s.reasons
        for s in response.context["suspects"]
    }


def test_it_flags_impossible_rates_resolved_above_received_and_absurd_ratios(viewer_client):
    county = make_county()
    make_report(make_township("甲镇", county), 2023, figures={"mediation_success_rate": 120})
    make_report(make_township("乙镇", county), 2023, figures={
        "disputes_received": 40, "disputes_resolved": 45,
    })
    make_report(make_township("丙镇", county), 2023, figures={"legal_literates": 7330, "villages": 10})
    make_report(make_township("丁镇", county), 2023, figures={
        "mediation_success_rate": 98, "disputes_received": 50, "disputes_resolved": 49,
        "legal_literates": 40, "villages": 10,
    })

    found = reasons(viewer_client.get(reverse("quality")))

    assert set(found) == {("甲镇", "mediation_success_rate"), ("乙镇", "disputes_resolved"),
                          ("丙镇", "legal_literates")}
    assert "化解数大于受理数（40）" in found[("乙镇", "disputes_resolved")][0]


def test_it_flags_values_far_outside_the_year_distribution(viewer_client):
    county = make_county()
    for i, value in enumerate([10, 12, 14, 15, 16, 18, 20]):
        make_report(make_township(f"常{i}镇", county), 2023, figures={"publicity_events": value})
    make_report(make_township("离群镇", county), 2023, figures={"publicity_events": (3600, "普法活动3600场")})
    make_report(make_township("别年镇", county), 2022, figures={"publicity_events": 3600})

    response = viewer_client.get(reverse("quality"))

    assert set(reasons(response)) == {("离群镇", "publicity_events")}
    html = response.content.decode()
    assert "普法活动3600场" in html and "#v-publicity_events" in html


def test_coverage_matrix_and_unreviewed_reports(viewer_client):
    county = make_county()
    make_report(make_township("甲镇", county), 2023, figures={"villages": 10})
    make_report(make_township("乙镇", county), 2023, figures={"villages": 12, "mediators": 4})
    make_report(make_township("丙镇", county), 2022, figures={"mediators": 4})

    response = viewer_client.get(reverse("quality"))

    years, rows = response.context["years"], response.context["coverage"]
    assert years == [2022, 2023]
    by_code = {row["indicator"].code: [(c["stated"], c["reports"]) for c in row["cells"]] for row in rows}
    assert by_code["villages"] == [(0, 1), (2, 2)] and by_code["mediators"] == [(1, 1), (1, 2)]
    assert len(response.context["unreviewed"]) == 3
    assert len(viewer_client.get(reverse("quality"), {"year": 2023}).context["unreviewed"]) == 2


def test_review_selector_is_isolated():
    make_report(make_township(), 2023)
    assert reports_awaiting_review(Report.objects.all()).count() == 1


def test_it_renders_without_data(viewer_client):
    response = viewer_client.get(reverse("quality"))
    assert response.status_code == 200


def test_query_count_is_the_same_for_3_and_20_towns(viewer_client):
    county = make_county()

    def add(n):
        for i in range(n):
            make_report(make_township(county=county), 2023, figures={
                "mediation_success_rate": 101 + i, "disputes_received": 10, "disputes_resolved": 11,
                "publicity_events": 10 + i % 3 if i else 5000,
            })

    def count():
        viewer_client.get(reverse("quality"))
        with CaptureQueriesContext(connection) as ctx:
            viewer_client.get(reverse("quality"))
        return len(ctx.captured_queries)

    add(3)
    few = count()
    add(17)
    assert count() == few
