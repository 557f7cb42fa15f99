import json

from django.utils import translation

from metrics import charts_pages


def test_trend_figure_plots_years_as_categories():
    figure = charts_pages.trend_figure("调解成功率", "%", [(2021, 97.5), (2023, 99.0)])
    trace = figure["data"][0]
    assert trace["x"] == [2021, 2023] and trace["y"] == [97.5, 99.0]
    assert figure["layout"]["xaxis"]["type"] == "category"
    json.dumps(figure)


def test_distribution_figure_has_a_histogram_and_a_box_with_town_labels():
    figure = charts_pages.distribution_figure("人民调解员", "人", [3, 5, 40], ["甲镇", "乙镇", "丙镇"])
    kinds = [trace["type"] for trace in figure["data"]]
    assert kinds == ["histogram", "box"]
    assert figure["data"][1]["text"] == ["甲镇", "乙镇", "丙镇"]
    assert figure["layout"]["xaxis"]["title"]["text"] == "人民调解员（人）"


def test_chart_labels_follow_the_language():
    with translation.override("en"):
        figure = charts_pages.coverage_figure([2022, 2023], [1, 2], [0, 1])
    assert [trace["name"] for trace in figure["data"]] == ["States it", "Not stated"]
    assert figure["data"][0]["x"] == ["2022", "2023"]


def test_practice_counts_put_the_most_common_on_top_and_tick_whole_towns():
    figure = charts_pages.practice_counts_figure([("枫桥经验", 4), ("三项制度", 1)])
    assert figure["data"][0]["y"] == ["三项制度", "枫桥经验"]
    assert figure["layout"]["xaxis"]["dtick"] == 1
