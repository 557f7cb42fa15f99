"""`manage.py reextract`: new readings applied, hand corrections never overwritten."""

import dataclasses
from decimal import Decimal
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command

from metrics.models import Indicator
from reports.extraction import EXTRACTOR_VERSION, decode_document, extract_report
from reports.models import IndicatorValue
from reports.selectors import report_corrections
from reports.services import indicator_value_correct, report_ingest

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SAMPLES, DOCUMENTS = ROOT / "fixtures" / "reports", ROOT / "fixtures" / "documents"


@pytest.fixture
def report(sample_bytes):
    report = report_ingest(data=sample_bytes, source_name="崇礼镇.txt").report
    # As if an older extractor had read it.
    report.values.update(extractor_version="0.9")
    report.__class__.objects.filter(pk=report.pk).update(extractor_version="0.9")
    return report


def values(report) -> dict[str, Decimal]:
    return {v.indicator.code: v.value for v in report.values.select_related("indicator")}


def extractor_reading(report, **figures):
    """The real extractor's result for the report, with some figures changed (value or None)."""
    real = extract_report(report.text)
    changed = dict(real.figures)
    for code, value in figures.items():
        if value is None:
            changed.pop(code, None)
        else:
            base = real.figures.get(code) or next(iter(real.figures.values()))
            changed[code] = dataclasses.replace(base, code=code, value=value)
    return mock.patch(
        "reports.services.extract_report", return_value=dataclasses.replace(real, figures=changed)
    )


def test_cleaning_the_stored_text_again_changes_nothing(report):
    assert extract_report(report.text).text == report.text


@pytest.mark.parametrize("name", [p.name for p in sorted(SAMPLES.glob("*.txt"))] + ["002.docx", "002.pdf"])
def test_cleaning_is_idempotent_on_every_sample_and_format(name):
    path = SAMPLES / name if name.endswith(".txt") else DOCUMENTS / name
    stored = extract_report(decode_document(path.read_bytes()).text).text
    assert extract_report(stored).text == stored


def test_it_reports_the_changes_and_records_the_extractor_version(capsys, report):
    before = values(report)
    gone = next(code for code in before if code != "disputes_received")
    with extractor_reading(report, disputes_received=51, **{gone: None}):
        call_command("reextract")

    out = capsys.readouterr().out
    assert f"disputes_received: {before['disputes_received'].normalize():f} → 51" in out
    assert f"{gone}: {before[gone].normalize():f} → —" in out
    after = values(report)
    assert after["disputes_received"] == 51 and gone not in after
    report.refresh_from_db()
    assert report.extractor_version == EXTRACTOR_VERSION
    assert set(report.values.values_list("extractor_version", flat=True)) == {EXTRACTOR_VERSION}


def test_a_corrected_value_survives_reextraction_and_the_history_shows_it(capsys, editor, report):
    indicator = Indicator.objects.get(code="disputes_received")
    indicator_value_correct(
        report=report, indicator=indicator, user=editor, action="typed", value="50", note="原文笔误"
    )

    with extractor_reading(report, disputes_received=48):
        call_command("reextract", "--report", str(report.pk))

    row = IndicatorValue.objects.get(report=report, indicator=indicator)
    assert (row.value, row.source) == (Decimal("50"), "corrected")
    assert "disputes_received: 50 kept (corrected by hand; the extractor reads 48)" in capsys.readouterr().out
    assert [(c.action, c.new_value, c.note) for c in report_corrections(report)] == [
        ("typed", Decimal("50"), "原文笔误")
    ]


def test_a_cleared_value_is_not_brought_back(editor, report):
    indicator = Indicator.objects.get(code="disputes_received")
    indicator_value_correct(report=report, indicator=indicator, user=editor, action="cleared")

    with extractor_reading(report):
        call_command("reextract")

    assert "disputes_received" not in values(report)


def test_an_accepted_value_is_kept_as_confirmed(editor, report):
    indicator = Indicator.objects.get(code="disputes_received")
    before = values(report)["disputes_received"]
    indicator_value_correct(report=report, indicator=indicator, user=editor, action="accept")

    with extractor_reading(report, disputes_received=99):
        call_command("reextract")

    assert values(report)["disputes_received"] == before


def test_a_dry_run_writes_nothing(capsys, report):
    before = values(report)
    with extractor_reading(report, disputes_received=51):
        call_command("reextract", "--dry-run")

    assert "would change 1 figure(s)" in capsys.readouterr().out
    assert values(report) == before
    report.refresh_from_db()
    assert report.extractor_version == "0.9"


def test_the_figures_hook_runs_for_each_report(report, monkeypatch):
    calls = []
    monkeypatch.setattr("reports.services.report_figures_refresh", lambda *, report: calls.append(report.pk))
    call_command("reextract")
    assert calls == [report.pk]


def test_an_unknown_report_id_fails_with_a_code():
    with pytest.raises(CommandError) as error:
        call_command("reextract", "--report", "999999")
    assert error.value.returncode == 1


def test_when_cleaning_changes_the_text_it_is_stored_and_corrected_spans_follow(capsys, editor, report):
    indicator = Indicator.objects.get(code="disputes_received")
    indicator_value_correct(report=report, indicator=indicator, user=editor, action="typed", value="50")
    row = IndicatorValue.objects.get(report=report, indicator=indicator)
    number = report.text[row.span_start : row.span_end]
    real = extract_report(report.text)
    shifted = "【新清理规则】" + real.text
    moved = {
        code: dataclasses.replace(f, start=f.start + 7, end=f.end + 7) for code, f in real.figures.items()
    }
    with mock.patch(
        "reports.services.extract_report",
        return_value=dataclasses.replace(real, text=shifted, figures=moved),
    ):
        call_command("reextract")

    assert "(text re-cleaned)" in capsys.readouterr().out
    report.refresh_from_db()
    row.refresh_from_db()
    assert report.text == shifted
    assert (row.value, report.text[row.span_start : row.span_end]) == (Decimal("50"), number)
