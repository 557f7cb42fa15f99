from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command

from reports.models import IndicatorValue, Report
from reports.services import CREATED, FAILED, REPLACED, SKIPPED, UNCHANGED, report_ingest
from townships.models import County, Township

pytestmark = pytest.mark.django_db


def stored_files(settings) -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def test_it_stores_the_township_year_and_figures_with_their_evidence(sample_bytes):
    outcome = report_ingest(data=sample_bytes, source_name="崇礼镇.txt")

    assert outcome.status == CREATED, outcome.message
    report = outcome.report
    assert (report.township.name, report.year) == ("崇礼镇", 2023)
    assert report.township.county.name == "东坡区"
    assert report.original_name == "崇礼镇.txt" and report.format == "txt"
    values = {v.indicator.code: v for v in report.values.select_related("indicator")}
    assert values["disputes_received"].value == 48
    for value in values.values():
        assert value.evidence and value.evidence in report.text
        assert value.evidence.find(report.text[value.span_start : value.span_end]) >= 0
        assert value.extractor_version == report.extractor_version


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_it_reads_each_encoding_to_the_same_text(sample_bytes, encoding):
    # GBK has no half-width yen sign; the full-width one stands in for it in every encoding.
    text = sample_bytes.decode("utf-8").replace("\xa5", "\uffe5")
    sample_bytes = text.encode("utf-8")
    reference = report_ingest(data=sample_bytes, source_name="utf8.txt").report
    reference_figures = reference.values.count()
    Report.objects.all().delete()

    outcome = report_ingest(data=text.encode(encoding), source_name=f"{encoding}.txt")

    assert outcome.status == CREATED, outcome.message
    assert outcome.report.text == reference.text
    assert outcome.report.values.count() == reference_figures > 0
    expected = {
        "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "gbk": "gb18030",
        "utf-16": "utf-16",
    }
    assert outcome.report.encoding == expected[encoding]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "空"), (b"   \n\r\n ", "空"), (bytes(range(256)) * 8, "二进制")],
    ids=["empty", "blank", "binary"],
)
def test_a_bad_file_fails_with_a_reason_and_stores_nothing(settings, data, reason):
    outcome = report_ingest(data=data, source_name="bad.txt")

    assert outcome.status == FAILED
    assert reason in outcome.message
    assert not Report.objects.exists() and not Township.objects.exists()
    assert stored_files(settings) == []


def test_the_same_content_again_is_unchanged(sample_bytes):
    first = report_ingest(data=sample_bytes, source_name="a.txt")
    again = report_ingest(data=sample_bytes, source_name="renamed.txt")

    assert again.status == UNCHANGED
    assert again.report == first.report
    assert Report.objects.count() == 1
    assert IndicatorValue.objects.count() == first.figures


def test_another_file_for_the_same_township_year_is_skipped_unless_replacing(sample_bytes):
    first = report_ingest(data=sample_bytes, source_name="a.txt").report
    edited = sample_bytes.replace("开展法律讲座8次".encode(), "开展法律讲座9次".encode())

    skipped = report_ingest(data=edited, source_name="b.txt")
    assert skipped.status == SKIPPED
    assert "崇礼镇" in skipped.message and "2023" in skipped.message
    assert Report.objects.count() == 1

    replaced = report_ingest(data=edited, source_name="b.txt", replace=True)
    assert replaced.status == REPLACED
    first.refresh_from_db()
    assert not first.is_current and first.replaced_by == replaced.report
    assert Report.objects.filter(is_current=True).get() == replaced.report


def test_a_failure_midway_through_a_file_leaves_nothing_behind(settings, sample_bytes):
    with mock.patch.object(IndicatorValue.objects, "bulk_create", side_effect=RuntimeError("disk full")):
        with pytest.raises(RuntimeError):
            report_ingest(data=sample_bytes, source_name="a.txt")

    assert not Report.objects.exists()
    assert not Township.objects.exists() and not County.objects.exists()
    assert stored_files(settings) == []


def test_the_command_ingests_a_folder_and_summarises(capsys, sample_paths):
    call_command("ingest", str(sample_paths[0].parent))
    out = capsys.readouterr().out
    assert f"{len(sample_paths)} file(s): {len(sample_paths)} created" in out
    assert Report.objects.count() == len(sample_paths)

    call_command("ingest", str(sample_paths[0].parent))
    assert f"{len(sample_paths)} unchanged" in capsys.readouterr().out


def test_the_command_carries_on_past_a_bad_file_and_exits_non_zero(capsys, tmp_path, sample_paths):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError) as error:
        call_command("ingest", str(tmp_path / "empty.txt"), str(sample_paths[0]))

    assert error.value.returncode == 1
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "1 created" in captured.out and "1 failed" in captured.out
    assert Report.objects.count() == 1
