"""The report page (text with its figures marked) and the download of the original file."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from metrics import tables_pages
from metrics.selectors_pages import practice_names
from metrics.views_pages import export, export_links, wants_export
from townships.scope import region_q

from .highlight import Mark, highlight_text
from .models import Report


def visible_reports(user):
    return Report.objects.filter(region_q(user, prefix="township__"))


def keyword_bars(keywords) -> list[dict]:
    """[[word, weight], …] → rows with the weight as a share of the largest (for CSS bars)."""
    pairs = []
    for item in keywords or []:
        try:
            word, weight = item[0], float(item[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        pairs.append((str(word), weight))
    top = max((w for _word, w in pairs), default=0) or 1
    return [
        {"word": word, "weight": weight, "width": round(max(weight, 0) / top * 100, 1)}
        for word, weight in pairs
    ]


@login_required
def report_detail(request, pk: int):
    report = get_object_or_404(
        visible_reports(request.user).select_related("township__county", "uploaded_by", "replaced_by"), pk=pk
    )
    values = list(report.values.select_related("indicator").order_by("indicator__display_order"))
    if wants_export(request):
        return export(request, tables_pages.report_table(report, values))
    text_html, unplaced = highlight_text(
        report.text, [Mark(v.span_start, v.span_end, v.indicator.code, v.indicator.name) for v in values]
    )
    return render(request, "reports/report_detail.html", {
        "report": report, "values": values, "text_html": text_html, "unplaced": set(unplaced),
        "keywords": keyword_bars(report.keywords), "practices": practice_names(report.practices),
        "export_links": export_links(request),
    })


@login_required
def report_original(request, pk: int):
    """Stream the stored original under the name it was uploaded with."""
    report = get_object_or_404(
        visible_reports(request.user).only("id", "original_file", "original_name"), pk=pk
    )
    if not report.original_file:
        raise Http404
    try:
        handle = report.original_file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return FileResponse(
        handle, as_attachment=True, filename=report.original_name or report.original_file.name
    )
