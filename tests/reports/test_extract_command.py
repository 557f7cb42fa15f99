import json

from django.core.management import call_command


def test_extract_json_prints_one_object_per_file_without_a_database(capsys, sample_paths):
    call_command("extract", "--json", *map(str, sample_paths))
    items = json.loads(capsys.readouterr().out)

    assert [item["file"] for item in items] == list(map(str, sample_paths))
    for item in items:
        assert set(item) == {"file", "township", "county", "year", "report_date", "indicators"}
        for code, figure in item["indicators"].items():
            assert set(figure) == {"value", "approximate", "evidence", "start", "end"}, code
            assert figure["start"] < figure["end"]


def test_extract_table_names_the_township_and_figures(capsys, sample_paths):
    call_command("extract", str(sample_paths[2]))
    out = capsys.readouterr().out
    assert "崇礼镇" in out and "调解成功率" in out
