import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories_pages import make_county, make_report, make_township

pytestmark = pytest.mark.django_db


def count_queries(client, url) -> int:
    client.get(url)  # warm the session
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_list_shows_every_indicator_with_its_coverage(viewer_client):
    make_report(make_township(), 2023, figures={"villages": 10})
    html = viewer_client.get(reverse("indicators")).content.decode()
    assert html.count('href="/indicators/') >= 15 and "mediation_success_rate" in html


def test_distribution_table_and_left_out_count(viewer_client):
    county = make_county()
    for n, value in enumerate([10, 20, 30]):
        make_report(make_township(f"甲{n}镇", county), 2023,
                    figures={"mediators": (value, f"调解员{value}人"), "villages": 9, "legal_literates": 30})
    make_report(make_township("无值镇", county), 2023, figures={"villages": 8, "study_sessions": 3})
    make_report(make_township("旧年镇", county), 2022, figures={"mediators": 99})

    response = viewer_client.get(reverse("indicator", args=["mediators"]))

    html = response.content.decode()
    assert response.context["year"] == 2023
    assert [float(v.value) for v in response.context["values"]] == [30, 20, 10]
    assert response.context["distribution"].median == 20
    assert response.context["missing"] == 1 and "1 个乡镇的报告未提及此指标" in html
    assert "无值镇" not in html.split('id="values-table"')[1]
    assert "#v-mediators" in html and "调解员30人" in html
    assert 'id="distribution-figure"' in html and 'id="coverage-figure"' in html
    coverage = {row["year"]: (row["stated"], row["reports"]) for row in response.context["coverage"]}
    assert coverage == {2022: (1, 1), 2023: (3, 4)}


def test_year_and_county_filters(viewer_client):
    a, b = make_county("甲县", "", ""), make_county("乙县", "", "")
    make_report(make_township("甲镇", a), 2022, figures={"mediators": 5})
    make_report(make_township("乙镇", b), 2022, figures={"mediators": 7})
    make_report(make_township("丙镇", b), 2023, figures={"mediators": 9})

    response = viewer_client.get(reverse("indicator", args=["mediators"]), {"year": 2022, "county": b.pk})

    assert [v.report.township.name for v in response.context["values"]] == ["乙镇"]


def test_an_invalid_year_gives_an_empty_result_not_everything(viewer_client):
    make_report(make_township(), 2023, figures={"mediators": 5})
    response = viewer_client.get(reverse("indicator", args=["mediators"]), {"year": "abc"})
    assert response.status_code == 200 and list(response.context["values"]) == []


def test_it_renders_without_any_data(viewer_client):
    response = viewer_client.get(reverse("indicator", args=["mediators"]))
    assert response.status_code == 200
    assert viewer_client.get(reverse("indicators")).status_code == 200


def test_unknown_code_is_404(viewer_client):
    assert viewer_client.get(reverse("indicator", args=["no_such_thing"])).status_code == 404


def _towns(n):
    county = make_county()
    for i in range(n):
        make_report(make_township(county=county), 2023, figures={"mediators": i + 1, "villages": 5})


def test_query_count_is_the_same_for_3_and_20_towns(viewer_client):
    urls = [reverse("indicator", args=["mediators"]), reverse("indicators")]
    _towns(3)
    few = [count_queries(viewer_client, url) for url in urls]
    _towns(17)
    assert [count_queries(viewer_client, url) for url in urls] == few


def test_numbers_are_formatted_for_the_language(viewer_client, restore_language):
    make_report(make_township(), 2023, figures={"people_reached": 20000, "mediation_success_rate": 97.67})
    url = reverse("indicator", args=["people_reached"])
    assert ">20000<" in viewer_client.get(url).content.decode()  # Chinese: no grouping
    viewer_client.cookies["django_language"] = "en"
    html = viewer_client.get(url).content.decode()
    assert ">20,000<" in html and "People reached" in html
    assert ">97.67<" in (
        viewer_client.get(reverse("indicator", args=["mediation_success_rate"])).content.decode()
    )
