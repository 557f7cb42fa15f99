"""Detail pages: township, indicators, practices and data quality. Thin views over selectors_pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from townships.scope import visible_townships

from . import charts_pages as charts
from . import tables_pages as tables
from .exports import Column, table_response
from .models import Indicator
from .selectors_pages import (
    RegionFilter,
    coverage_matrix,
    indicator_catalog,
    indicator_coverage,
    indicator_list,
    indicator_values_for_year,
    indicator_years,
    practice_matrix,
    quartiles,
    reports_awaiting_review,
    suspicious_values,
    township_figures,
    visible_current_reports,
)
from .units import unit_label


EXPORT_FORMATS = (("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON"))


def wants_export(request) -> bool:
    return request.GET.get("format", "html") not in ("", "html")


def export(request, table: tables.Table):
    """The table as CSV / XLSX / JSON (metrics/exports.py; an unknown format answers 400)."""
    columns, rows, filename = table
    return table_response(
        request, columns=[Column(key, label, kind) for key, label, kind in columns], rows=rows, filename=filename
    )


def export_links(request, **extra) -> list[tuple[str, str]]:
    """Links to this page's table in each export format (same filters, `format=` added)."""
    links = []
    for fmt, label in EXPORT_FORMATS:
        query = request.GET.copy()
        for key, value in {"format": fmt, **extra}.items():
            query[key] = value
        links.append((label, "?" + query.urlencode()))
    return links


def chosen_year(request, years: list[int], default_latest: bool = True) -> int | None:
    """The `year` parameter; the latest year when absent; a year matching nothing when invalid."""
    raw = request.GET.get("year", "").strip()
    if not raw:
        return years[0] if years and default_latest else None
    if raw == "all" and not default_latest:
        return None
    return int(raw) if raw.isdigit() else 0


@login_required
def township_detail(request, pk: int):
    township = get_object_or_404(visible_townships(request.user).select_related("county"), pk=pk)
    indicators = indicator_catalog()
    figures = township_figures(township, indicators)
    if wants_export(request):
        return export(request, tables.township_table(township, figures))
    trends = [
        {"id": f"trend-{row.indicator.code}", "row": row,
         "figure": charts.trend_figure(row.indicator.name, unit_label(row.indicator.unit), row.points)}
        for row in figures.rows if row.points
    ]
    return render(request, "metrics/township_detail.html", {
        "township": township, "figures": figures, "trends": trends,
        "without_values": [row.indicator for row in figures.rows if not row.points],
        "current_reports": figures.current_reports, "export_links": export_links(request),
    })


@login_required
def indicators(request):
    rows = indicator_list(request.user)
    if wants_export(request):
        return export(request, tables.indicator_list_table(rows))
    return render(request, "metrics/indicator_list.html", {"rows": rows, "export_links": export_links(request)})


@login_required
def indicator_detail(request, code: str):
    indicator = get_object_or_404(Indicator, code=code)
    region = RegionFilter.from_request(request)
    region.load_choices(request.user)
    years = indicator_years(request.user, region)
    year = chosen_year(request, years)
    values = indicator_values_for_year(request.user, indicator, year, region) if year else []
    if wants_export(request):
        return export(request, tables.indicator_table(indicator, year, values))
    coverage = indicator_coverage(request.user, indicator, region)
    this_year = next((row for row in coverage if row["year"] == year), None)
    numbers = [float(v.value) for v in values]
    distribution = quartiles(numbers)
    context = {
        "indicator": indicator, "region": region, "years": years, "year": year, "values": values,
        "coverage": coverage, "distribution": distribution,
        "missing": this_year["missing"] if this_year else 0,
        "reports_in_year": this_year["reports"] if this_year else 0, "export_links": export_links(request),
    }
    if values:
        context["distribution_figure"] = charts.distribution_figure(
            indicator.name, unit_label(indicator.unit), numbers,
            [f"{v.report.township.name}{'（约）' if v.approximate else ''}" for v in values],
        )
    if coverage:
        context["coverage_figure"] = charts.coverage_figure(
            [row["year"] for row in coverage], [row["stated"] for row in coverage],
            [row["missing"] for row in coverage],
        )
    return render(request, "metrics/indicator_detail.html", context)


@login_required
def practices(request):
    region = RegionFilter.from_request(request)
    region.load_choices(request.user)
    years = indicator_years(request.user, region)
    year = chosen_year(request, years)
    matrix = practice_matrix(request.user, year, region)
    if wants_export(request):
        return export(request, tables.practices_table(matrix, year))
    return render(request, "metrics/practices.html", {
        "region": region, "years": years, "year": year, "matrix": matrix,
        "towns_without": sum(1 for row in matrix.rows if not row["names"]),
        "counts_figure": charts.practice_counts_figure(matrix.practices) if matrix.practices else None,
        "export_links": export_links(request),
    })


QUALITY_TABLES = ("suspects", "unreviewed", "coverage")


@login_required
def quality(request):
    region = RegionFilter.from_request(request)
    region.load_choices(request.user)
    years, coverage = coverage_matrix(request.user, region)
    year = chosen_year(request, sorted(years, reverse=True), default_latest=False)
    table = request.GET.get("table", "suspects")
    if wants_export(request) and table == "coverage":
        return export(request, tables.coverage_table(years, coverage))
    unreviewed = reports_awaiting_review(visible_current_reports(request.user, region))
    if year is not None:
        unreviewed = unreviewed.filter(year=year)
    unreviewed = list(
        unreviewed.select_related("township__county")
        .only("id", "year", "title", "uploaded_at", "original_name", "township__name", "township__county__name")
        .order_by("-uploaded_at")
    )
    if wants_export(request) and table == "unreviewed":
        return export(request, tables.unreviewed_table(unreviewed))
    suspects = suspicious_values(request.user, year, region)
    if wants_export(request):
        return export(request, tables.suspects_table(suspects))
    return render(request, "metrics/quality.html", {
        "region": region, "years": years, "year": year, "coverage": coverage, "unreviewed": unreviewed,
        "suspects": suspects, "export_links": {name: export_links(request, table=name) for name in QUALITY_TABLES},
    })
