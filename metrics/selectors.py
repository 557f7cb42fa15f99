"""Reads for the dashboard: FilterSet → one query on the wide table → rows and summaries.

Every queryset starts from `figures_queryset(user=...)`, which applies the region scope, so
tables, charts, counts and exports never show a town outside the user's region.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from django.db.models import Count, F, FloatField, Max, Min, Q, QuerySet, Sum
from django.db.models.aggregates import Aggregate

from townships.models import County
from townships.scope import region_q

from .figures import FIGURE_CODES, INDICATOR_CODES, RATIOS, Figure, figure_catalog, figure_expression
from .filters import FiguresFilterSet, FilterOptions
from .models import ReportFigures

# Columns of the Townships table (and of its export), after the town columns.
TOWN_FIELDS = ("report_id", "township_id", "township_name", "county_id", "county_name", "city", "province",
               "year", "reviewed", "approximate", "corrected")


class Median(Aggregate):
    """percentile_cont(0.5): NULLs are ignored, as missing figures must be."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def figures_queryset(*, user=None, codes=()) -> QuerySet[ReportFigures]:
    """Current reports' wide rows the user may see, with the requested ratios annotated."""
    queryset = ReportFigures.objects.all()
    if user is not None:
        queryset = queryset.filter(region_q(user, prefix="township__"))
    ratios = {code: figure_expression(code) for code in dict.fromkeys(codes) if code in RATIOS}
    return queryset.annotate(**ratios) if ratios else queryset


def filter_options(*, user) -> FilterOptions:
    """Years with data, visible counties and the figure catalog (three small queries)."""
    bounds = figures_queryset(user=user).aggregate(first=Min("year"), last=Max("year"))
    years = list(range(bounds["first"], bounds["last"] + 1)) if bounds["last"] else []
    counties = County.objects.filter(region_q(user, prefix="townships__"))
    if region_q(user, prefix="townships__"):
        counties = counties.distinct()
    return FilterOptions(
        years=years,
        counties=list(counties.order_by("province", "city", "name").values_list("id", "name", "city", "province")),
        catalog=figure_catalog(),
        latest_year=bounds["last"],
    )


def figures_filtered(filterset: FiguresFilterSet) -> QuerySet[ReportFigures]:
    """The FilterSet applied strictly: any invalid value gives an empty result, never everything."""
    if not filterset.is_valid():
        return filterset.queryset.none()
    return filterset.qs


# --- Townships table -------------------------------------------------------------------------

def township_ordering(sort: str | None) -> list:
    """ORDER BY for a sort key ("name", "-mediators", …); missing figures always sort last."""
    key = (sort or "name").lstrip("-")
    descending = bool(sort) and sort.startswith("-")
    if key == "name":
        fields = [F("township_name"), F("county_name")]
    elif key == "county":
        fields = [F("province"), F("city"), F("county_name"), F("township_name")]
    else:
        fields = [F(key)]
    ordered = [f.desc(nulls_last=True) if descending else f.asc(nulls_last=True) for f in fields]
    return [*ordered, "township_name", "report_id"]


def townships_rows(queryset: QuerySet[ReportFigures], *, sort: str | None) -> QuerySet:
    """Dict rows for the Townships table, in the requested order (paginate or export it)."""
    return queryset.order_by(*township_ordering(sort)).values(*TOWN_FIELDS, *INDICATOR_CODES)


@dataclass(frozen=True)
class Cell:
    code: str
    value: float | None
    approximate: bool
    corrected: bool


def row_cells(row: dict, codes) -> list[Cell]:
    approx, corrected = row.get("approximate") or (), row.get("corrected") or ()
    return [Cell(code, row.get(code), code in approx, code in corrected) for code in codes]


# --- Compare ---------------------------------------------------------------------------------

@dataclass
class CompareData:
    x: Figure
    y: Figure
    rank: Figure
    rows: list[tuple]  # (report_id, township_id, name, county, year, x, y, rank, approximate, corrected)
    plotted: list[tuple]
    left_out: int
    median_x: float | None
    median_y: float | None
    ranked: list[tuple]  # rows with a rank value, best first
    median_rank: float | None

    @property
    def total(self) -> int:
        return len(self.rows)


COMPARE_FIELDS = ("report_id", "township_id", "township_name", "county_name", "year", "fx", "fy", "fr",
                  "approximate", "corrected")
FX, FY, FR = 5, 6, 7


def compare_queryset(queryset: QuerySet[ReportFigures], *, x: str, y: str, rank: str) -> QuerySet:
    """Every matching town with its X, Y and rank figures, ranked (best first, missing last)."""
    return (
        queryset.annotate(fx=figure_expression(x), fy=figure_expression(y), fr=figure_expression(rank))
        .order_by(F("fr").desc(nulls_last=True), "township_name", "report_id")
        .values_list(*COMPARE_FIELDS)
    )


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def compare_data(queryset: QuerySet[ReportFigures], *, x: str, y: str, rank: str, catalog) -> CompareData:
    """One query for all matching towns (no cap), then medians and left-out counts in Python."""
    rows = list(compare_queryset(queryset, x=x, y=y, rank=rank))
    plotted = [row for row in rows if row[FX] is not None and row[FY] is not None]
    ranked = [row for row in rows if row[FR] is not None]  # already in rank order
    return CompareData(
        x=catalog[x], y=catalog[y], rank=catalog[rank], rows=rows, plotted=plotted,
        left_out=len(rows) - len(plotted),
        median_x=_median([row[FX] for row in plotted]), median_y=_median([row[FY] for row in plotted]),
        ranked=ranked, median_rank=_median([row[FR] for row in ranked]),
    )


# --- Overview --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FigureSummary:
    figure: Figure
    stated: int  # towns stating it
    total: float | None  # None for rates and ratios (a sum means nothing there)
    median: float | None


def overview_summary(queryset: QuerySet[ReportFigures], *, catalog) -> tuple[dict, list[FigureSummary]]:
    """Towns reported, reviewed, and per figure: towns stating it, total, median (one query)."""
    aggregates = {"towns": Count("pk"), "reviewed": Count("pk", filter=Q(reviewed=True))}
    for code in FIGURE_CODES:
        expression = figure_expression(code)
        aggregates[f"n_{code}"] = Count(expression)
        aggregates[f"median_{code}"] = Median(expression)
        if code in INDICATOR_CODES and not catalog[code].is_rate:
            aggregates[f"sum_{code}"] = Sum(code)
    result = queryset.order_by().aggregate(**aggregates)
    summaries = [
        FigureSummary(
            figure=catalog[code], stated=result[f"n_{code}"], total=result.get(f"sum_{code}"),
            median=result[f"median_{code}"],
        )
        for code in FIGURE_CODES
    ]
    return {"towns": result["towns"], "reviewed": result["reviewed"]}, summaries


def latest_reports(queryset: QuerySet[ReportFigures], *, limit: int = 10) -> list[dict]:
    """The most recently ingested current reports among the filtered towns."""
    return list(
        queryset.order_by("-report_id").values(
            "report_id", "township_id", "township_name", "county_name", "year", "report__title",
            "report__uploaded_at",
        )[:limit]
    )


def compare_export_rows(queryset: QuerySet[ReportFigures], *, codes, rank: str, fields) -> QuerySet:
    """The Compare table for export: town columns and each chosen figure, in rank order."""
    aliases = {f"f_{code}": figure_expression(code) for code in codes}
    names = [f"f_{key}" if key in codes else key for key in fields]
    return (
        queryset.annotate(**aliases)
        .order_by(F(f"f_{rank}").desc(nulls_last=True), "township_name", "report_id")
        .values_list(*names)
    )
