import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories_pages import make_county, make_report, make_township

pytestmark = pytest.mark.django_db


def test_matrix_shows_who_reports_what_with_counts(viewer_client):
    county = make_county()
    make_report(make_township("甲镇", county), 2023, practices=["枫桥经验", "三项制度"])
    make_report(make_township("乙镇", county), 2023, practices=["枫桥经验"])
    make_report(make_township("丙镇", county), 2023, practices=[])
    make_report(make_township("丁镇", county), 2022, practices=["一村一法律顾问"])

    response = viewer_client.get(reverse("practices"))

    matrix = response.context["matrix"]
    assert response.context["year"] == 2023
    assert matrix.practices == [("枫桥经验", 2), ("三项制度", 1)]
    cells = {row["township__name"]: row["cells"] for row in response.context["rows"]}
    assert cells == {"甲镇": [True, True], "乙镇": [True, False], "丙镇": [False, False]}
    html = response.content.decode()
    assert "一村一法律顾问" not in html.split('id="practice-matrix"')[1]
    assert response.context["towns_without"] == 1


def test_the_matrix_is_paginated_but_counts_cover_every_town(viewer_client):
    county = make_county()
    for i in range(105):
        make_report(make_township(f"镇{i:03d}", county), 2023, practices=["枫桥经验"])
    response = viewer_client.get(reverse("practices"))
    assert response.context["matrix"].practices == [("枫桥经验", 105)]
    assert len(response.context["rows"]) == 100
    second = viewer_client.get(reverse("practices"), {"page": 2})
    assert [row["township__name"] for row in second.context["rows"]] == [
        "镇100", "镇101", "镇102", "镇103", "镇104",
    ]
    rows = b"".join(viewer_client.get(reverse("practices"), {"format": "csv", "page": 2}).streaming_content)
    assert rows.decode("utf-8-sig").count("\n") == 106


def test_year_and_region_filters(viewer_client):
    a, b = make_county("甲县", "", "浙江省"), make_county("乙县", "", "福建省")
    make_report(make_township("甲镇", a), 2022, practices=["一村一法律顾问"])
    make_report(make_township("乙镇", b), 2022, practices=["枫桥经验"])

    response = viewer_client.get(reverse("practices"), {"year": 2022, "province": "浙江省"})

    assert response.context["matrix"].practices == [("一村一法律顾问", 1)]


def test_it_renders_without_data(viewer_client):
    response = viewer_client.get(reverse("practices"))
    assert response.status_code == 200 and "没有提到已知的特色做法" in response.content.decode()


def test_query_count_is_the_same_for_3_and_20_towns(viewer_client):
    county = make_county()

    def add(n):
        for i in range(n):
            make_report(make_township(county=county), 2023, practices=["枫桥经验", f"做法{i % 4}"])

    def count():
        viewer_client.get(reverse("practices"))
        with CaptureQueriesContext(connection) as ctx:
            viewer_client.get(reverse("practices"))
        return len(ctx.captured_queries)

    add(3)
    few = count()
    add(17)
    assert count() == few
