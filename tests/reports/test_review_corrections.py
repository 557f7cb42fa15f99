"""The review page: every indicator, highlights, accept / candidate / typed / cleared, history."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from metrics.models import Indicator
from reports.models import Correction, IndicatorValue
from reports.selectors import report_corrections, report_review_rows, text_segments
from reports.services import CorrectionError, indicator_value_correct, report_ingest, report_review_mark

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(sample_bytes):
    return report_ingest(data=sample_bytes, source_name="崇礼镇.txt").report


def review_url(report):
    return reverse("report_review", args=[report.pk])


def value_of(report, code):
    row = IndicatorValue.objects.filter(report=report, indicator__code=code).first()
    return row and row.value


def post(client, report, code, action, **data):
    return client.post(review_url(report), {"indicator": code, "action": action, **data})


def test_the_page_lists_all_fifteen_indicators_and_highlights_the_figures(editor_client, report):
    page = editor_client.get(review_url(report))

    assert page.status_code == 200
    for indicator in Indicator.objects.all():
        assert f'id="fig-{indicator.code}"' in page.text
    value = report.values.select_related("indicator").first()
    assert f'id="hl-{value.indicator.code}"' in page.text
    assert "未提取到" in page.text  # the sample does not state every indicator


def test_text_segments_rebuild_the_text_and_mark_each_value(report):
    rows = report_review_rows(report)
    segments = text_segments(report.text, rows)

    assert "".join(s.text for s in segments) == report.text
    marked = {s.code for s in segments if s.kind == "value"}
    assert marked == {row.indicator.code for row in rows if row.value and row.value.span_start is not None}


def test_accepting_keeps_the_value_and_records_who(editor_client, editor, report):
    before = value_of(report, "disputes_received")
    response = post(editor_client, report, "disputes_received", "accept", note="核对无误")

    assert response.status_code == 302 and response["Location"].endswith("#fig-disputes_received")
    correction = Correction.objects.get()
    assert (correction.action, correction.user, correction.old_value, correction.new_value) == (
        "accept",
        editor,
        before,
        before,
    )
    assert correction.note == "核对无误"
    assert (
        IndicatorValue.objects.get(report=report, indicator__code="disputes_received").source == "extracted"
    )


def test_typing_a_value_corrects_it(editor_client, report):
    before = value_of(report, "disputes_received")
    post(editor_client, report, "disputes_received", "typed", value="50", note="原文笔误")

    row = IndicatorValue.objects.get(report=report, indicator__code="disputes_received")
    assert (row.value, row.source) == (Decimal("50"), "corrected")
    correction = Correction.objects.get()
    assert (correction.old_value, correction.new_value, correction.action) == (before, Decimal("50"), "typed")
    assert correction.old_evidence and correction.new_evidence == row.evidence


def test_a_value_can_be_typed_for_an_indicator_the_extractor_missed(editor_client, report):
    missing = next(row.indicator for row in report_review_rows(report) if row.value is None)
    post(editor_client, report, missing.code, "typed", value="7", approximate="on")

    row = IndicatorValue.objects.get(report=report, indicator=missing)
    assert (row.value, row.approximate, row.source, row.evidence) == (Decimal("7"), True, "corrected", "")


@pytest.mark.parametrize("bad", ["abc", "-3", "1.234", ""])
def test_a_bad_typed_value_is_refused_with_a_message(editor_client, report, bad):
    before = value_of(report, "disputes_received")
    response = post(editor_client, report, "disputes_received", "typed", value=bad)

    assert value_of(report, "disputes_received") == before and not Correction.objects.exists()
    page = editor_client.get(response["Location"])
    assert "请填写一个非负数" in page.text


def test_a_rate_above_100_is_refused(editor, report):
    with pytest.raises(CorrectionError, match="0 到 100"):
        indicator_value_correct(
            report=report,
            indicator=Indicator.objects.get(code="mediation_success_rate"),
            user=editor,
            action="typed",
            value="120",
        )


def test_picking_another_candidate_swaps_it_with_the_value(editor, report):
    indicator = Indicator.objects.get(code="disputes_received")
    row = IndicatorValue.objects.get(report=report, indicator=indicator)
    row.candidates = [
        {
            "value": 44.0,
            "approximate": True,
            "evidence": "其中村级受理44件。",
            "start": 3,
            "end": 6,
            "note": "sub-count",
        }
    ]
    row.save()
    old = row.value

    indicator_value_correct(report=report, indicator=indicator, user=editor, action="candidate", candidate=0)

    row.refresh_from_db()
    assert (row.value, row.approximate, row.evidence, row.source) == (
        Decimal("44"),
        True,
        "其中村级受理44件。",
        "corrected",
    )
    assert [c["value"] for c in row.candidates] == [float(old)]  # the old value can be picked back
    indicator_value_correct(report=report, indicator=indicator, user=editor, action="candidate", candidate=0)
    row.refresh_from_db()
    assert row.value == old


def test_a_candidate_that_does_not_exist_is_refused(editor_client, report):
    post(editor_client, report, "disputes_received", "candidate:9")
    assert not Correction.objects.exists()


def test_clearing_removes_the_value_and_keeps_the_old_one_in_the_history(editor_client, report):
    before = value_of(report, "disputes_received")
    post(editor_client, report, "disputes_received", "cleared", note="不是全年数字")

    assert value_of(report, "disputes_received") is None
    correction = Correction.objects.get()
    assert (correction.old_value, correction.new_value) == (before, None)


def test_the_history_partial_shows_each_correction(editor_client, report):
    post(editor_client, report, "disputes_received", "typed", value="50", note="原文笔误")
    post(editor_client, report, "mediators", "cleared")

    page = editor_client.get(review_url(report))
    assert 'id="corrections"' in page.text and "原文笔误" in page.text and "editor" in page.text
    assert "手工填写" in page.text and "清除" in page.text
    assert [c.indicator.code for c in report_corrections(report)] == ["mediators", "disputes_received"]


def test_marking_reviewed_records_who_and_when(editor_client, editor, report):
    response = editor_client.post(review_url(report), {"reviewed": "1"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.reviewed_by == editor and report.reviewed_at is not None
    assert "已审核" in editor_client.get(review_url(report)).text

    report_review_mark(report=report, user=editor, reviewed=False)
    report.refresh_from_db()
    assert report.reviewed_at is None


def test_the_figures_refresh_hook_runs_after_each_change(editor, report, monkeypatch):
    calls = []
    monkeypatch.setattr("reports.services.report_figures_refresh", lambda *, report: calls.append(report.pk))
    indicator = Indicator.objects.get(code="disputes_received")
    indicator_value_correct(report=report, indicator=indicator, user=editor, action="typed", value="5")
    report_review_mark(report=report, user=editor)
    assert calls == [report.pk, report.pk]


@pytest.mark.parametrize("who", ["anonymous", "viewer"])
def test_anonymous_and_viewers_cannot_review_or_correct(client, viewer, settings, report, who):
    settings.BROWSING_REQUIRES_LOGIN = False
    if who == "viewer":
        client.force_login(viewer)
    expected = 403 if who == "viewer" else 302

    assert client.get(review_url(report)).status_code == expected
    assert post(client, report, "disputes_received", "typed", value="1").status_code == expected
    assert client.post(review_url(report), {"reviewed": "1"}).status_code == expected
    assert not Correction.objects.exists()
    report.refresh_from_db()
    assert report.reviewed_at is None


def test_corrections_need_the_csrf_token(editor, report):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert post(client, report, "disputes_received", "typed", value="1").status_code == 403
    assert not Correction.objects.exists()


def test_an_unknown_report_is_404(editor_client):
    assert editor_client.get(reverse("report_review", args=[999999])).status_code == 404


def test_the_review_queue_lists_unreviewed_reports_of_the_region(client, editor, make_report):
    from townships.accounts import user_region_set

    mine = make_report(township="崇礼镇", county="东坡区")
    done = make_report(township="太和镇", county="东坡区")
    other = make_report(township="青龙镇", county="彭山区")
    report_review_mark(report=done, user=editor)
    user_region_set(user=editor, county=mine.township.county)
    client.force_login(editor)

    todo = client.get(reverse("report_review_list"))
    assert todo.status_code == 200
    assert reverse("report_review", args=[mine.pk]) in todo.text
    assert reverse("report_review", args=[done.pk]) not in todo.text
    assert "青龙镇" not in todo.text and reverse("report_review", args=[other.pk]) not in todo.text
    everything = client.get(reverse("report_review_list"), {"show": "all"})
    assert reverse("report_review", args=[done.pk]) in everything.text and "青龙镇" not in everything.text


def test_viewers_have_no_review_queue(viewer_client):
    assert viewer_client.get(reverse("report_review_list")).status_code == 403


def test_the_history_tag_renders_the_partial_for_any_page(editor, report):
    from django.template import Context, Template

    indicator_value_correct(
        report=report,
        indicator=Indicator.objects.get(code="disputes_received"),
        user=editor,
        action="typed",
        value="50",
        note="原文笔误",
    )
    html = Template("{% load review_tags %}{% corrections_history report %}").render(
        Context({"report": report})
    )
    assert 'id="corrections"' in html and "原文笔误" in html and "手工填写" in html
