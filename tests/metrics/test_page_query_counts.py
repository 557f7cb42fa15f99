"""A constant number of queries per page, whatever the number of towns."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from metrics_factories import make_county, make_report

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/?province=福建省&x=villages&y=legal_literates_per_village",
    "/townships/",
    "/townships/?sort=enforcement_staff&page=2",
    "/townships/?province=福建省&sort=-mediators&has=villages&mediators_min=1&page=2",
    "/compare/",
    "/compare/?x=villages&y=legal_literates_per_village&rank=mediators_per_village&city=泉州市",
    "/townships/?format=csv",
    "/compare/?format=json",
    "/compare/?format=points&province=福建省",
]


def add_towns(n, start=0):
    counties = [make_county("晋江市", "泉州市", "福建省"), make_county("淄川区", "淄博市", "山东省")]
    for i in range(start, start + n):
        make_report(
            f"镇{i:03d}",
            county=counties[i % 2],
            values={
                "villages": 10 + i % 7,
                "mediators": 5 + i,
                "legal_literates": 20 + i,
                "enforcement_staff": i % 9 or None,
                "mediation_success_rate": 90 + i % 10,
            }
            | ({} if i % 5 else {"disputes_received": i}),
        )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", PAGES)
def test_the_query_count_does_not_grow_with_the_number_of_towns(
    viewer_client, url, django_assert_num_queries
):
    add_towns(3)
    few = count_queries(viewer_client, url)
    add_towns(30, start=3)
    with django_assert_num_queries(few):
        response = viewer_client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/townships/", 5),  # years, counties, catalog, count, page
        ("/compare/", 6),  # years, counties, catalog, counts and medians, bar chart rows, table page
        ("/compare/?format=points", 4),  # years, counties, catalog, every point as JSON
        ("/", 6),  # years, counties, catalog, totals and medians (one pass), bar rows, latest reports
    ],
)
def test_pages_use_few_queries(viewer_client, url, expected):
    """Dashboard queries only: sign-in (session, user) is counted by the test above, not here."""
    add_towns(5)
    with CaptureQueriesContext(connection) as captured:
        viewer_client.get(url)
    ours = [
        q["sql"]
        for q in captured.captured_queries
        if "django_session" not in q["sql"] and "auth_user" not in q["sql"]
    ]
    assert len(ours) == expected, ours
