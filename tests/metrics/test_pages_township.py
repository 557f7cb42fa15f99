import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories_pages import make_county, make_report, make_township, make_value

pytestmark = pytest.mark.django_db


def test_it_shows_every_year_with_changes_and_the_norm(viewer_client):
    town = make_township("深沪镇")
    make_report(town, 2022, figures={"legal_literates": 40, "villages": 20, "disputes_received": 200})
    make_report(town, 2023, figures={"legal_literates": 66, "villages": 20, "disputes_received": 150})

    response = viewer_client.get(reverse("township", args=[town.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert "深沪镇" in html and "2022" in html and "2023" in html
    assert "▲" in html and "+26" in html and "(+65%)" in html  # 法律明白人 40 → 66
    assert "▼" in html and "-50" in html and "(-25%)" in html  # disputes 200 → 150
    assert "3.3" in html and "达标" in html  # 66 / 20 = 3.3 per village, target 3
    assert "未达标" in html  # 2022: 40 / 20 = 2
    assert 'id="trend-legal_literates"' in html and "json" in html


def test_missing_values_are_dashes_not_zero(viewer_client):
    town = make_township()
    make_report(town, 2023, figures={"villages": 10})

    html = viewer_client.get(reverse("township", args=[town.pk])).content.decode()

    assert "—" in html
    assert "无法判断" in html  # no 法律明白人 figure: the norm can't be judged


def test_it_lists_replaced_reports_with_a_link_to_the_new_one(viewer_client):
    town = make_township()
    old = make_report(town, 2023, is_current=False)
    new = make_report(town, 2023)
    old.replaced_by = new
    old.save()

    html = viewer_client.get(reverse("township", args=[town.pk])).content.decode()

    assert reverse("report", args=[old.pk]) in html and reverse("report", args=[new.pk]) in html
    assert "已被替换" in html


def test_a_town_without_reports_renders(viewer_client):
    town = make_township()
    response = viewer_client.get(reverse("township", args=[town.pk]))
    assert response.status_code == 200
    assert "还没有当前版本的报告" in response.content.decode()


def test_an_unknown_town_is_404(viewer_client):
    assert viewer_client.get(reverse("township", args=[999999])).status_code == 404


def test_corrected_and_approximate_values_are_marked(viewer_client):
    town = make_township()
    report = make_report(town, 2023)
    make_value(report, "people_reached", 20000, approximate=True, source="corrected")

    html = viewer_client.get(reverse("township", args=[town.pk])).content.decode()

    assert 'class="approx"' in html and "约" in html and 'class="corrected"' in html


def test_query_count_is_the_same_for_3_and_20_towns_and_more_years(viewer_client):
    county = make_county()
    town = make_township(county=county)

    def add(towns, years):
        for i in range(years):
            make_report(
                town, 2010 + len(town.reports.all()) + i, figures={"legal_literates": 30 + i, "villages": 10}
            )
        for n in range(towns):
            other = make_township(county=county)
            make_report(other, 2023, figures={"legal_literates": 30 + n, "villages": 10, "mediators": 5})

    def count():
        url = reverse("township", args=[town.pk])
        viewer_client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert viewer_client.get(url).status_code == 200
        return len(ctx.captured_queries)

    add(3, 1)
    few = count()
    add(17, 4)
    assert count() == few


def test_english_labels_after_switching_language(viewer_client, restore_language):
    town = make_township()
    make_report(town, 2023, figures={"legal_literates": 30, "villages": 10})
    viewer_client.post(reverse("set_language"), {"language": "en", "next": "/"})

    html = viewer_client.get(reverse("township", args=[town.pk])).content.decode()

    assert "Legal literates" in html
    assert "Figures by year" in html


def test_the_norm_links_to_the_ready_made_compare_view(viewer_client):
    town = make_township()
    make_report(town, 2023, figures={"legal_literates": 30, "villages": 10})
    html = viewer_client.get(reverse("township", args=[town.pk])).content.decode()
    link = (
        "/compare/?x=villages&amp;y=legal_literates_per_village&amp;rank=legal_literates_per_village"
        f"&amp;county={town.county_id}&amp;year=2023"
    )
    assert link in html
    assert viewer_client.get(link.replace("&amp;", "&")).status_code == 200
