"""Detail pages: township, indicators, practices and data quality. Thin views over selectors_pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
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
    indicator_numbers,
    indicator_values_for_year,
    indicator_years,
    practice_matrix,
    quartiles,
    reports_awaiting_review,
    suspects_with_values,
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
        request, columns=[Column(key, label, kind) for key, label, kind in columns], rows=rows,
        filename=filename,
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


PAGE_SIZE = 100
# Above this many towns the box plot shows no individual points (the histogram carries the shape).
CHART_POINTS_MAX = 300


def paginate(request, items, param: str = "page"):
    """A page of `items` (the `param` query parameter) with links for metrics/_pagination.html."""
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get(param))

    def link(number):
        query = request.GET.copy()
        query.pop("format", None)
        query[param] = number
        return "?" + query.urlencode()

    last = page.paginator.num_pages
    page.links = {
        "first": link(1), "last": link(last),
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "next": link(page.next_page_number()) if page.has_next() else None,
    }
    return page


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
    return render(
        request, "metrics/indicator_list.html", {"rows": rows, "export_links": export_links(request)}
    )


@login_required
def indicator_detail(request, code: str):
    indicator = get_object_or_404(Indicator, code=code)
    region = RegionFilter.from_request(request)
    region.load_choices(request.user)
    years = indicator_years(request.user, region)
    year = chosen_year(request, years)
    values = indicator_values_for_year(request.user, indicator, year, region)
    if wants_export(request):
        return export(request, tables.indicator_table(indicator, year, values.iterator(chunk_size=2000)))
    coverage = indicator_coverage(request.user, indicator, region)
    this_year = next((row for row in coverage if row["year"] == year), None)
    points = indicator_numbers(values)
    numbers = [number for number, _name, _approx in points]
    distribution = quartiles(numbers)
    page = paginate(request, values)
    context = {
        "indicator": indicator, "region": region, "years": years, "year": year, "values": page.object_list,
        "page": page,
        "coverage": coverage, "distribution": distribution,
        "missing": this_year["missing"] if this_year else 0,
        "reports_in_year": this_year["reports"] if this_year else 0, "export_links": export_links(request),
    }
    if numbers:
        labels = [f"{name}{'（约）' if approx else ''}" for _number, name, approx in points]
        context["distribution_figure"] = charts.distribution_figure(
            indicator.name, unit_label(indicator.unit), numbers,
            labels if len(numbers) <= CHART_POINTS_MAX else None,
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
        return export(
            request, tables.practices_table(matrix, matrix.with_cells(matrix.rows.iterator(2000)), year)
        )
    page = paginate(request, matrix.rows)
    return render(request, "metrics/practices.html", {
        "region": region, "years": years, "year": year, "matrix": matrix, "page": page,
        "rows": matrix.with_cells(page.object_list), "towns_without": matrix.towns_without,
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
    unreviewed = (
        unreviewed.select_related("township__county")
        .only(
            "id", "year", "title", "uploaded_at", "original_name", "township__name", "township__county__name"
        )
        .order_by("-uploaded_at", "-id")
    )
    if wants_export(request) and table == "unreviewed":
        return export(request, tables.unreviewed_table(unreviewed.iterator(chunk_size=2000)))
    flags = suspicious_values(request.user, year, region)
    if wants_export(request):
        return export(request, tables.suspects_table(
            suspect
            for start in range(0, len(flags), 2000)
            for suspect in suspects_with_values(flags[start:start + 2000])
        ))
    suspects_page = paginate(request, flags, param="suspects_page")
    unreviewed_page = paginate(request, unreviewed, param="unreviewed_page")
    return render(request, "metrics/quality.html", {
        "region": region, "years": years, "year": year, "coverage": coverage,
        "unreviewed": unreviewed_page.object_list, "unreviewed_page": unreviewed_page,
        "suspects": suspects_with_values(list(suspects_page.object_list)), "suspects_page": suspects_page,
        "export_links": {name: export_links(request, table=name) for name in QUALITY_TABLES},
    })
