import html
import json
import re

import pytest

pytestmark = pytest.mark.django_db


def chart(response, chart_id):
    match = re.search(
        rf'<script id="{chart_id}" type="application/json">(.*?)</script>', response.content.decode()
    )
    return json.loads(match.group(1))


def points(client, response, chart_id):
    """The scatter's points, fetched like charts.js does (data-points URL)."""
    match = re.search(rf'data-chart="{chart_id}" data-points="([^"]+)"', response.content.decode())
    url = html.unescape(match.group(1))
    reply = client.get(response.request["PATH_INFO"] + url)
    assert reply["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(reply.content)


def names(response):
    return (
        [row["township_name"] for row in response.context["table"]]
        if isinstance(response.context["table"][0] if response.context["table"] else {}, dict)
        else [row["township_name"] for row, _ in response.context["table"]]
    )


# --- Townships -------------------------------------------------------------------------------


def test_townships_defaults_to_the_latest_year_sorted_by_name(viewer_client, towns):
    response = viewer_client.get("/townships/")
    assert response.status_code == 200
    assert response.context["year"] == 2023
    assert names(response) == sorted(["深沪镇", "东庄镇", "省新镇", "寨里镇", "崇礼镇"])


def test_townships_marks_missing_approximate_and_corrected_values(viewer_client, towns):
    content = viewer_client.get("/townships/?name=深沪").content.decode()
    report = towns["深沪镇"].pk
    assert f'href="/reports/{report}/#v-publicity_materials">约4000</a>' in content
    assert f'href="/reports/{report}/#v-mediators">102</a><span class="corrected"' in content
    assert f'href="/townships/{towns["深沪镇"].township_id}/">深沪镇</a>' in content
    assert "—" in content  # villages etc. missing for some


def test_townships_filters_by_region_name_year_and_reviewed(viewer_client, towns):
    assert names(viewer_client.get("/townships/?province=山东省")) == sorted(["寨里镇", "崇礼镇"])
    assert names(viewer_client.get("/townships/?province=福建省&city=莆田市")) == ["省新镇"]
    county = towns["东庄镇"].township.county_id
    assert names(viewer_client.get(f"/townships/?county={county}")) == sorted(["深沪镇", "东庄镇"])
    assert names(viewer_client.get("/townships/?name=庄")) == ["东庄镇"]
    assert names(viewer_client.get("/townships/?year=2022")) == ["深沪镇"]
    assert names(viewer_client.get("/townships/?reviewed=on")) == []


def test_townships_filters_by_ranges_and_has_value(viewer_client, towns):
    assert names(
        viewer_client.get("/townships/?enforcement_staff_min=20&enforcement_staff_max=35")
    ) == sorted(["深沪镇", "寨里镇"])
    assert names(viewer_client.get("/townships/?has=disputes_received&has=villages")) == sorted(
        ["深沪镇", "东庄镇", "寨里镇"]
    )
    # Ratios: 733/19 ≈ 38.6, 44/11 = 4, 80/24 ≈ 3.3; 省新镇 has 0 villages → no ratio.
    assert names(viewer_client.get("/townships/?legal_literates_per_village_max=4")) == sorted(
        ["东庄镇", "寨里镇"]
    )
    assert names(viewer_client.get("/townships/?has=legal_literates_per_village")) == sorted(
        ["深沪镇", "东庄镇", "寨里镇"]
    )


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=1999",
        "province=火星省",
        "county=999999",
        "county=abc",
        "enforcement_staff_min=many",
        "has=nonsense",
        "sort=password",
        "reviewed=maybe",
    ],
)
def test_an_invalid_filter_gives_an_empty_table_not_everything(viewer_client, towns, query):
    response = viewer_client.get(f"/townships/?{query}")
    assert response.status_code == 200
    assert response.context["table"] == []
    assert response.context["valid"] is False or query == "reviewed=maybe"


def test_townships_sorts_by_a_figure_with_missing_last(viewer_client, towns):
    response = viewer_client.get("/townships/?sort=-enforcement_staff")
    assert names(response) == ["东庄镇", "寨里镇", "深沪镇", "省新镇", "崇礼镇"]
    response = viewer_client.get("/townships/?sort=enforcement_staff")
    assert names(response) == ["省新镇", "深沪镇", "寨里镇", "东庄镇", "崇礼镇"]
    header = next(h for h in response.context["headers"] if h["key"] == "enforcement_staff")
    assert header["direction"] == "asc" and "sort=-enforcement_staff" in header["url"]


def test_townships_paginates_and_says_how_many(viewer_client, towns, settings):
    from metrics import views

    views.PAGE_SIZE, old = 2, views.PAGE_SIZE
    try:
        response = viewer_client.get("/townships/?page=2")
    finally:
        views.PAGE_SIZE = old
    assert names(response) == ["省新镇", "东庄镇"][::-1] or len(names(response)) == 2
    assert "共 5 行" in response.content.decode()


# --- Compare ---------------------------------------------------------------------------------


def test_compare_defaults_to_success_rate_against_enforcement_staff(viewer_client, towns):
    response = viewer_client.get("/compare/")
    assert response.status_code == 200
    data = response.context["data"]
    assert (data.x.code, data.y.code, data.rank.code) == (
        "enforcement_staff",
        "mediation_success_rate",
        "mediation_success_rate",
    )
    scatter = chart(response, "scatter-data")
    trace = scatter["data"][0]
    assert trace["type"] == "scatter" and trace["mode"] == "markers+text"
    got = points(viewer_client, response, "scatter-data")
    assert sorted(zip(got["text"], got["x"], got["y"], got["county"], got["id"], strict=True)) == [
        ("东庄镇", 41, 97.92, "晋江市", towns["东庄镇"].township_id),
        ("深沪镇", 21, 99.31, "晋江市", towns["深沪镇"].township_id),
        ("省新镇", 16, 100, "秀屿区", towns["省新镇"].township_id),
    ]
    assert data.left_out == 2  # 寨里镇 (no rate), 崇礼镇 (neither)
    assert data.median_x == 21 and data.median_y == 99.31
    assert [shape["x0"] for shape in scatter["layout"]["shapes"] if shape["xref"] == "x"] == [21]
    assert "2 个乡镇因缺少" in response.content.decode()


def test_compare_takes_axes_ratios_and_region_from_the_url(viewer_client, towns):
    response = viewer_client.get(
        "/compare/?x=villages&y=legal_literates_per_village&rank=disputes_received&province=福建省"
    )
    data = response.context["data"]
    got = points(viewer_client, response, "scatter-data")
    assert sorted(zip(got["text"], got["x"], got["y"], strict=True)) == [
        ("东庄镇", 11, 4.0),
        ("深沪镇", 19, 733 / 19),
    ]
    assert data.left_out == 1  # 省新镇: 0 villages, no ratio
    bar = chart(response, "bar-data")
    assert bar["data"][0]["orientation"] == "h" and bar["layout"]["yaxis"]["automargin"] is True
    assert bar["data"][0]["y"] == ["深沪镇（晋江市）", "东庄镇（晋江市）"]
    assert bar["data"][0]["x"] == [290, 48]


def test_norms_view_draws_the_target_line_and_counts_towns_below_it(viewer_client, towns):
    response = viewer_client.get("/compare/?x=villages&y=legal_literates_per_village")
    scatter = chart(response, "scatter-data")
    assert any(shape["y0"] == 3 and shape["yref"] == "y" for shape in scatter["layout"]["shapes"])
    assert response.context["data"].below_target == 0
    assert "x=villages&amp;y=legal_literates_per_village" in viewer_client.get("/compare/").content.decode()


def test_compare_with_an_unknown_axis_is_empty(viewer_client, towns):
    response = viewer_client.get("/compare/?x=salary")
    assert response.status_code == 200
    assert response.context["data"].total == 0 and response.context["valid"] is False
    assert json.loads(viewer_client.get("/compare/?x=salary&format=points").content)["x"] == []


def test_compare_table_is_paginated_but_the_scatter_has_every_town(viewer_client, towns):
    from metrics import views

    views.PAGE_SIZE, old = 1, views.PAGE_SIZE
    try:
        response = viewer_client.get("/compare/")
    finally:
        views.PAGE_SIZE = old
    assert len(response.context["table"]) == 1
    assert len(points(viewer_client, response, "scatter-data")["x"]) == 3


def test_no_inline_script_and_plotly_is_served_locally(viewer_client, towns):
    content = viewer_client.get("/compare/").content.decode()
    assert "scattergl" not in content
    assert '<script src="/static/vendor/plotly-4.1.1.min.js"' in content
    assert '<script src="/static/js/charts.js"' in content
    scripts = content.split("<script")[1:]
    assert all('type="application/json"' in s.split(">")[0] or "src=" in s.split(">")[0] for s in scripts)


# --- Overview --------------------------------------------------------------------------------


def test_overview_shows_counts_totals_medians_charts_and_latest_reports(viewer_client, towns):
    response = viewer_client.get("/")
    assert response.status_code == 200
    assert response.context["counts"] == {"towns": 5, "reviewed": 0}
    summary = {s.figure.code: s for s in response.context["summaries"]}
    assert summary["enforcement_staff"].stated == 4
    assert summary["enforcement_staff"].total == 21 + 41 + 16 + 30
    assert summary["enforcement_staff"].median == (21 + 30) / 2
    assert summary["mediation_success_rate"].total is None
    assert summary["legal_literates_per_village"].stated == 3
    content = response.content.decode()
    assert f'href="/reports/{towns["崇礼镇"].pk}/"' in content
    chart(response, "overview-bar-data")
    chart(response, "overview-scatter-data")


def test_overview_for_a_region_and_year(viewer_client, towns):
    response = viewer_client.get("/?year=2022")
    assert response.context["counts"]["towns"] == 1
    response = viewer_client.get("/?province=山东省")
    assert response.context["counts"]["towns"] == 2


def test_pages_work_with_no_data(viewer_client, db):
    for url in ("/", "/townships/", "/compare/", "/townships/?format=csv"):
        assert viewer_client.get(url).status_code == 200


def test_a_long_ranking_shows_the_top_and_says_so(viewer_client, db):
    from metrics_factories import make_report

    for i in range(65):
        make_report(
            f"镇{i:02d}", values={"mediators": i, "enforcement_staff": 1, "mediation_success_rate": 90}
        )
    response = viewer_client.get("/compare/?rank=mediators")
    bar = chart(response, "bar-data")
    assert len(bar["data"][0]["y"]) == 30 and bar["data"][0]["x"][0] == 64
    assert "共 65 个乡镇有此数值，图中显示前 30 名" in response.content.decode()
    assert len(points(viewer_client, response, "scatter-data")["x"]) == 65
    assert response.context["page"].paginator.count == 65


def test_active_filters_read_as_chips_with_remove_links(viewer_client, towns):
    response = viewer_client.get("/townships/?province=福建省&mediators_min=5&has=villages")
    chips = response.context["active_filters"]
    assert ("省份", "福建省", "?mediators_min=5&has=villages") in chips
    assert ("人民调解员 ≥", "5", "?province=%E7%A6%8F%E5%BB%BA%E7%9C%81&has=villages") in chips
    assert any(label == "须有数值" and value == "村（社区）数" for label, value, _ in chips)
    content = response.content.decode()
    assert 'name="mediators_min" value="5"' in content
    assert 'name="has" value="villages" checked' in content


def test_name_search_ignores_case_for_latin_letters(viewer_client, db):
    from metrics_factories import make_report

    make_report("Ahu镇", values={"villages": 3})
    make_report("东庄镇", values={"villages": 3})
    assert names(viewer_client.get("/townships/?name=aHU")) == ["Ahu镇"]
    assert names(viewer_client.get("/townships/?name=庄镇")) == ["东庄镇"]


def test_ascending_sort_pages_cross_from_values_to_missing(viewer_client, towns):
    from metrics import views

    views.PAGE_SIZE, old = 2, views.PAGE_SIZE
    try:
        pages = [names(viewer_client.get(f"/townships/?sort=enforcement_staff&page={n}")) for n in (1, 2, 3)]
    finally:
        views.PAGE_SIZE = old
    assert pages == [["省新镇", "深沪镇"], ["寨里镇", "东庄镇"], ["崇礼镇"]]


def test_a_county_filter_reads_as_the_county_name_not_its_id(viewer_client, towns):
    county = towns["东庄镇"].township.county
    chips = viewer_client.get(f"/townships/?province={county.province}&county={county.id}").context[
        "active_filters"
    ]
    shown = dict((label, value) for label, value, _ in chips)
    assert shown["县（区、市）"].startswith(county.name)
