import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


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


def test_extract_reads_a_folder_in_any_encoding(capsys, sample_paths, tmp_path):
    text = sample_paths[2].read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "gold.json").write_text("{}")  # not a report: left out of a folder

    call_command("extract", "--json", str(tmp_path))
    items = json.loads(capsys.readouterr().out)

    assert [item["file"] for item in items] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    assert {item["township"] for item in items} == {"崇礼镇"}
    assert items[0]["indicators"] == items[1]["indicators"]


def test_extract_json_keeps_the_readable_files_and_names_the_unreadable_one(capsys, sample_paths, tmp_path):
    broken = tmp_path / "scan.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

    call_command("extract", "--json", str(sample_paths[2]), str(broken))
    captured = capsys.readouterr()
    items = json.loads(captured.out)

    assert items[0]["township"] == "崇礼镇"
    assert items[1]["file"] == str(broken) and "PNG" in items[1]["error"]
    assert "scan.txt" in captured.err


def test_extract_fails_when_nothing_could_be_read(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    with pytest.raises(CommandError, match="none of the 1 file"):
        call_command("extract", "--json", str(empty))
    assert json.loads(capsys.readouterr().out)[0]["file"] == str(empty)


def test_extract_table_fails_on_any_unreadable_file(capsys, sample_paths, tmp_path):
    missing = tmp_path / "missing.txt"

    with pytest.raises(CommandError, match="1 file"):
        call_command("extract", str(sample_paths[2]), str(missing))
    assert "崇礼镇" in capsys.readouterr().out


def test_extract_says_so_when_a_folder_holds_no_report_files(tmp_path):
    (tmp_path / "notes.md").write_text("不是报告", encoding="utf-8")
    for json_flag in ([], ["--json"]):
        with pytest.raises(CommandError, match="no report files"):
            call_command("extract", *json_flag, str(tmp_path))
