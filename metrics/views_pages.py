"""Detail pages: township, indicators, practices and data quality. Thin views over selectors_pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from townships.scope import visible_townships

from . import charts_pages as charts
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
    trends = [
        {"id": f"trend-{row.indicator.code}", "row": row,
         "figure": charts.trend_figure(row.indicator.name, unit_label(row.indicator.unit), row.points)}
        for row in figures.rows if row.points
    ]
    return render(request, "metrics/township_detail.html", {
        "township": township, "figures": figures, "trends": trends,
        "without_values": [row.indicator for row in figures.rows if not row.points],
        "current_reports": figures.current_reports,
    })


@login_required
def indicators(request):
    return render(request, "metrics/indicator_list.html", {"rows": indicator_list(request.user)})


@login_required
def indicator_detail(request, code: str):
    indicator = get_object_or_404(Indicator, code=code)
    region = RegionFilter.from_request(request)
    region.load_choices(request.user)
    years = indicator_years(request.user, region)
    year = chosen_year(request, years)
    values = indicator_values_for_year(request.user, indicator, year, region) if year else []
    coverage = indicator_coverage(request.user, indicator, region)
    this_year = next((row for row in coverage if row["year"] == year), None)
    numbers = [float(v.value) for v in values]
    distribution = quartiles(numbers)
    context = {
        "indicator": indicator, "region": region, "years": years, "year": year, "values": values,
        "coverage": coverage, "distribution": distribution,
        "missing": this_year["missing"] if this_year else 0,
        "reports_in_year": this_year["reports"] if this_year else 0,
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
    return render(request, "metrics/practices.html", {
        "region": region, "years": years, "year": year, "matrix": matrix,
        "towns_without": sum(1 for row in matrix.rows if not row["names"]),
        "counts_figure": charts.practice_counts_figure(matrix.practices) if matrix.practices else None,
    })


@login_required
def quality(request):
    region = RegionFilter.from_request(request)
    region.load_choices(request.user)
    years, coverage = coverage_matrix(request.user, region)
    year = chosen_year(request, sorted(years, reverse=True), default_latest=False)
    unreviewed = reports_awaiting_review(visible_current_reports(request.user, region))
    if year is not None:
        unreviewed = unreviewed.filter(year=year)
    unreviewed = list(
        unreviewed.select_related("township__county")
        .only("id", "year", "title", "uploaded_at", "original_name", "township__name", "township__county__name")
        .order_by("-uploaded_at")
    )
    return render(request, "metrics/quality.html", {
        "region": region, "years": years, "year": year, "coverage": coverage, "unreviewed": unreviewed,
        "suspects": suspicious_values(request.user, year, region),
    })
