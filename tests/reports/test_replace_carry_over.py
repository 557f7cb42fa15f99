"""Replacing a report keeps the old one and carries its corrections over when their sentence survives."""

from decimal import Decimal

import pytest

from metrics.models import Indicator
from reports.models import Correction, IndicatorValue, Report
from reports.services import REPLACED, indicator_value_correct, report_ingest

pytestmark = pytest.mark.django_db


@pytest.fixture
def old(sample_bytes):
    return report_ingest(data=sample_bytes, source_name="v1.txt").report


def evidence_of(report, code):
    return IndicatorValue.objects.get(report=report, indicator__code=code).evidence


def replace_with(sample_bytes, *edits):
    data = sample_bytes.decode()
    for before, after in edits:
        assert before in data
        data = data.replace(before, after)
    outcome = report_ingest(data=data.encode(), source_name="v2.txt", replace=True)
    assert outcome.status == REPLACED, outcome.message
    return outcome.report


def two_codes(report):
    codes = list(report.values.order_by("indicator__display_order").values_list("indicator__code", flat=True))
    return codes[0], codes[1]


def test_corrections_whose_sentence_survives_are_carried_over(editor, old, sample_bytes):
    kept_code, cleared_code = two_codes(old)
    indicator = Indicator.objects.get(code=kept_code)
    indicator_value_correct(
        report=old, indicator=indicator, user=editor, action="typed", value="77", note="核对原件"
    )
    indicator_value_correct(
        report=old, indicator=Indicator.objects.get(code=cleared_code), user=editor, action="cleared"
    )

    new = replace_with(sample_bytes, ("开展法律讲座8次", "开展法律讲座9次"))

    old.refresh_from_db()
    assert not old.is_current and old.replaced_by == new  # the old one stays in the history
    row = IndicatorValue.objects.get(report=new, indicator=indicator)
    assert (row.value, row.source) == (Decimal("77"), "corrected")
    assert row.evidence in new.text and new.text[row.span_start : row.span_end]
    assert not IndicatorValue.objects.filter(report=new, indicator__code=cleared_code).exists()
    carried = Correction.objects.filter(report=new)
    assert {(c.indicator.code, c.carried_from_id, c.user) for c in carried} == {
        (kept_code, old.pk, editor),
        (cleared_code, old.pk, editor),
    }
    assert not new.needs_review


def test_corrections_whose_sentence_is_gone_flag_the_new_report_for_review(editor, old, sample_bytes):
    code = "disputes_received"
    assert "矛盾纠纷共48起" in evidence_of(old, code)
    indicator_value_correct(
        report=old,
        indicator=Indicator.objects.get(code=code),
        user=editor,
        action="typed",
        value="77",
        note="核对原件",
    )

    new = replace_with(sample_bytes, ("矛盾纠纷共48起", "矛盾纠纷共50起"))

    new.refresh_from_db()
    assert new.needs_review
    assert [(f["indicator"], f["value"], f["note"]) for f in new.review_flags] == [(code, "77", "核对原件")]
    assert IndicatorValue.objects.get(report=new, indicator__code=code).source == "extracted"
    assert not Correction.objects.filter(report=new).exists()


def test_the_review_page_shows_the_flag_and_marking_reviewed_clears_it(
    editor_client, editor, old, sample_bytes
):
    code = "disputes_received"
    indicator_value_correct(
        report=old, indicator=Indicator.objects.get(code=code), user=editor, action="cleared"
    )
    new = replace_with(sample_bytes, ("矛盾纠纷共48起", "矛盾纠纷共50起"))

    page = editor_client.get(f"/reports/{new.pk}/review/")
    assert "未能沿用" in page.text and "figure-flagged" in page.text

    editor_client.post(f"/reports/{new.pk}/review/", {"reviewed": "1"})
    new.refresh_from_db()
    assert not new.needs_review and new.review_flags == []


def test_a_replaced_reports_review_page_says_so(editor_client, old, sample_bytes):
    new = replace_with(sample_bytes, ("开展法律讲座8次", "开展法律讲座9次"))
    page = editor_client.get(f"/reports/{old.pk}/review/")
    assert "已被替换" in page.text and f"/reports/{new.pk}/review/" in page.text
    assert Report.objects.filter(township=new.township, year=new.year).count() == 2
