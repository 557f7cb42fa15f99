"""Reads for the review page and the correction history."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, Q

from metrics.models import Indicator

from .models import Correction, IndicatorValue, Report
from .services import NOTE_PREVIOUS_CHOICE, corrections_latest


@dataclass
class ReviewRow:
    indicator: Indicator
    value: IndicatorValue | None
    candidates: list[dict] = field(default_factory=list)  # each with its index for the form
    latest: Correction | None = None
    flag: dict | None = None  # a correction of the replaced report that could not be carried over

    @property
    def anchor(self) -> str:
        return f"fig-{self.indicator.code}"


@dataclass(frozen=True)
class Segment:
    text: str
    code: str = ""  # indicator code of a highlighted figure
    kind: str = ""  # "value" (the figure read) or "candidate" (another figure considered)


def report_review_rows(report: Report) -> list[ReviewRow]:
    """All catalog indicators in display order, with the report's value, candidates and last correction."""
    values = {v.indicator_id: v for v in report.values.all()}
    latest = corrections_latest(report)
    flags = {flag.get("indicator"): flag for flag in report.review_flags or []}
    rows = []
    for indicator in Indicator.objects.all():
        value = values.get(indicator.pk)
        candidates = [
            dict(candidate, index=index, previous=candidate.get("note") == NOTE_PREVIOUS_CHOICE)
            for index, candidate in enumerate(value.candidates if value else [])
        ]
        rows.append(
            ReviewRow(indicator, value, candidates, latest.get(indicator.pk), flags.get(indicator.code))
        )
    return rows


def text_segments(text: str, rows: list[ReviewRow]) -> list[Segment]:
    """The report text cut into plain and highlighted pieces (escaped by the template).

    Chosen values win over candidates where spans overlap; a span overlapping one already
    taken is left plain.
    """

    def valid(start, end) -> bool:
        return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)

    spans = []  # (start, end, rank, code, kind); values rank before candidates
    for row in rows:
        code = row.indicator.code
        if row.value and valid(row.value.span_start, row.value.span_end):
            spans.append((row.value.span_start, row.value.span_end, 0, code, "value"))
        for candidate in row.candidates:
            if valid(candidate.get("start"), candidate.get("end")):
                spans.append((candidate["start"], candidate["end"], 1, code, "candidate"))
    taken: list[tuple] = []
    for span in sorted(spans, key=lambda s: (s[2], s[0])):
        if not any(span[0] < other[1] and other[0] < span[1] for other in taken):
            taken.append(span)
    segments, at = [], 0
    for start, end, _rank, code, kind in sorted(taken):
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], code, kind))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return segments


def report_review_queue(user, *, todo_only: bool = True):
    """Current reports in the user's region: flagged first, then not reviewed, newest upload first."""
    from django.db.models import Count

    from townships.scope import region_q

    reports = (
        Report.objects.filter(region_q(user, "township__"), is_current=True)
        .select_related("township__county", "reviewed_by", "uploaded_by")
        .annotate(
            figure_count=Count("values", distinct=True), correction_count=Count("corrections", distinct=True)
        )
        .order_by("-needs_review", F("reviewed_at").asc(nulls_first=True), "-uploaded_at", "-pk")
    )
    if todo_only:
        reports = reports.filter(Q(reviewed_at__isnull=True) | Q(needs_review=True))
    return reports


def report_corrections(report: Report):
    """The correction history of a report, newest first (for templates/reports/_corrections.html)."""
    return (
        Correction.objects.filter(report=report)
        .select_related("indicator", "user", "carried_from")
        .order_by("-created_at", "-id")
    )
