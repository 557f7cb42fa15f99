"""Reads for the dashboard: FilterSet → one query on the wide table → rows and summaries.

Every queryset starts from `figures_queryset(user=...)`, which applies the region scope, so
tables, charts, counts and exports never show a town outside the user's region.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections
from django.db.models import Count, F, FloatField, Q, QuerySet, Sum, Value
from django.db.models.aggregates import Aggregate

from townships.models import County
from townships.scope import region_q

from .cache import GENERATION_SQL, cached, memo, memo_enabled, query_key
from .figures import FIGURE_CODES, INDICATOR_CODES, Figure, figure_catalog, figure_expression
from .filters import FiguresFilterSet, FilterOptions
from .models import ReportFigures

# Columns of the Townships table (and of its export), after the town columns.
TOWN_FIELDS = (
    "report_id",
    "township_id",
    "township_name",
    "county_id",
    "county_name",
    "city",
    "province",
    "year",
    "reviewed",
    "approximate",
    "corrected",
)


class Median(Aggregate):
    """percentile_cont(0.5): NULLs are ignored, as missing figures must be."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)%(filter)s"
    output_field = FloatField()


def figures_queryset(*, user=None, codes=()) -> QuerySet[ReportFigures]:
    """Current reports' wide rows the user may see, with the requested ratios annotated."""
    queryset = ReportFigures.objects.all()
    if user is not None:
        queryset = queryset.filter(region_q(user, prefix="township__"))
    return queryset  # ratios are generated columns: nothing to annotate


def _generation_and_years(user) -> tuple[int | None, int | None, int | None]:
    """The cache generation and the first and last year with data, in one query."""
    years = figures_queryset(user=user).order_by().values("year")
    if query_key(years) is None:  # a scope that matches nothing
        return None, None, None
    sql, params = years.query.get_compiler(using=years.db).as_sql()
    with connections[years.db].cursor() as cursor:
        cursor.execute(
            f"SELECT ({GENERATION_SQL}), b.first, b.last "
            f"FROM (SELECT MIN(t.year) AS first, MAX(t.year) AS last FROM ({sql}) AS t) AS b",
            params,
        )
        return cursor.fetchone()


def filter_options(*, user) -> FilterOptions:
    """Years with data, visible counties and the figure catalog: the generation and years in one
    query, the rest from the cache (two more small queries when the data changed)."""
    scope = repr(region_q(user, prefix="township__"))
    generation, first, last = _generation_and_years(user)

    def build() -> FilterOptions:
        counties = County.objects.filter(region_q(user, prefix="townships__"))
        if region_q(user, prefix="townships__"):
            counties = counties.distinct()
        return FilterOptions(
            years=list(range(first, last + 1)) if last else [],
            counties=list(
                counties.order_by("province", "city", "name").values_list("id", "name", "city", "province")
            ),
            catalog=figure_catalog(),
            latest_year=last,
            generation=generation,
            scope=scope,
        )

    if generation is None or not memo_enabled():
        return build()
    # Kept in this process as objects (not pickled through CACHES): every page needs them, and
    # they memoise what the FilterSet derives from them.
    key = ("options", generation, scope, first, last)
    options = memo.get(key)
    if options is None:
        if len(memo) >= 16:
            memo.clear()
        options = memo[key] = build()
    return options


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


def townships_page_rows(queryset: QuerySet[ReportFigures], *, sort: str | None):
    """Rows to paginate: the ordered QuerySet, or for an ascending figure sort a source that reads
    the figure's index backwards (see `AscendingFigureRows`)."""
    key = (sort or "").lstrip("-")
    if key in FIGURE_CODES and not sort.startswith("-"):
        return AscendingFigureRows(queryset, key, (*TOWN_FIELDS, *INDICATOR_CODES))
    return townships_rows(queryset, sort=sort)


def filtered_count(queryset: QuerySet[ReportFigures], options: FilterOptions) -> int:
    """How many rows match (the paginator's count), cached until the data changes."""
    key = query_key(queryset)
    if key is None:
        return 0
    return cached("count", options.generation, (options.scope, key), queryset.count)


class AscendingFigureRows:
    """Smallest first, missing last, in one query that uses the (year, figure DESC NULLS LAST) index.

    Read backwards that index gives ASC NULLS FIRST; missing values must come last, so a page is the
    union of the first rows with a value (index order) and the first rows without, ordered again:
    PostgreSQL then sorts at most two pages' worth of rows instead of every town of the year.
    """

    def __init__(self, queryset: QuerySet[ReportFigures], code: str, fields: tuple[str, ...]):
        self.queryset, self.code, self.fields = queryset, code, fields

    def count(self) -> int:
        return self.queryset.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list[dict]:
        start, stop = key.start or 0, key.stop
        code = self.code
        present = (
            self.queryset.filter(**{f"{code}__isnull": False})
            .annotate(missing_last=Value(0))
            .order_by(F(code).asc(nulls_first=True), "township_name", "report_id")
            .values(*self.fields, "missing_last")[:stop]
        )
        missing = (
            self.queryset.filter(**{f"{code}__isnull": True})
            .annotate(missing_last=Value(1))
            .order_by("township_name", "report_id")
            .values(*self.fields, "missing_last")[:stop]
        )
        union = present.union(missing, all=True).order_by("missing_last", code, "township_name", "report_id")
        return list(union[start:stop])


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

COMPARE_FIELDS = (
    "report_id",
    "township_id",
    "township_name",
    "county_name",
    "year",
    "fx",
    "fy",
    "fr",
    "approximate",
    "corrected",
)
FX, FY, FR = 5, 6, 7


@dataclass
class CompareData:
    """Counts and medians for one Compare view; rows come lazily from `ranked_rows` (a QuerySet)."""

    x: Figure
    y: Figure
    rank: Figure
    total: int
    plotted_count: int
    ranked_count: int
    median_x: float | None
    median_y: float | None
    ranked_rows: QuerySet | CountedRows  # every town, best rank first, missing last: slice it
    below_target: int | None = None  # towns whose Y is below the target (norms view)

    @property
    def left_out(self) -> int:
        return self.total - self.plotted_count


def _with_axes(queryset: QuerySet[ReportFigures], *, x: str, y: str, rank: str) -> QuerySet:
    return queryset.annotate(fx=figure_expression(x), fy=figure_expression(y), fr=figure_expression(rank))


def compare_queryset(queryset: QuerySet[ReportFigures], *, x: str, y: str, rank: str) -> QuerySet:
    """Every matching town with its X, Y and rank figures, ranked (best first, missing last)."""
    return (
        _with_axes(queryset, x=x, y=y, rank=rank)
        .order_by(F("fr").desc(nulls_last=True), "township_name", "report_id")
        .values_list(*COMPARE_FIELDS)
    )


class CountedRows:
    """A sliceable row source whose length is already known (the Paginator then skips COUNT).

    With `cache` = (generation, key parts that determine the rows), slices are cached until the
    data changes."""

    def __init__(self, queryset: QuerySet, count: int, *, cache: tuple | None = None):
        self.queryset, self._count, self.cache = queryset, count, cache

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, key):
        if self.cache is None or not isinstance(key, slice) or self.cache[0] is None:
            return list(self.queryset[key])
        generation, parts = self.cache
        return cached(
            "rows", generation, (*parts, key.start, key.stop, key.step), lambda: list(self.queryset[key])
        )


def _compare_aggregates(target_y: float | None) -> dict:
    both = Q(fx__isnull=False, fy__isnull=False)
    return {
        "total": Count("pk"),
        "plotted": Count("pk", filter=both),
        "ranked": Count("fr"),
        "median_x": Median("fx", filter=both),
        "median_y": Median("fy", filter=both),
        "below_target": Count("pk", filter=Q(fy__lt=target_y if target_y is not None else 0)),
    }


def _compare_from(result: dict, queryset, *, x, y, rank, catalog, target_y, options=None) -> CompareData:
    ranked = compare_queryset(queryset, x=x, y=y, rank=rank)
    key = query_key(ranked) if options is not None else None
    if key is not None:
        ranked = CountedRows(ranked, result["total"], cache=(options.generation, (options.scope, key)))
    return CompareData(
        x=catalog[x],
        y=catalog[y],
        rank=catalog[rank],
        total=result["total"],
        plotted_count=result["plotted"],
        ranked_count=result["ranked"],
        median_x=result["median_x"],
        median_y=result["median_y"],
        ranked_rows=ranked,
        below_target=result["below_target"] if target_y is not None else None,
    )


def _aggregate_cached(kind, queryset: QuerySet, aggregates: dict, options: FilterOptions | None) -> dict:
    """`queryset.aggregate(**aggregates)`, cached until the data changes (keyed by the SQL)."""

    def compute() -> dict:
        return queryset.aggregate(**aggregates)

    if options is None:
        return compute()
    key = query_key(queryset)
    if key is None:
        return compute()
    parts = (options.scope, key, sorted(map(repr, aggregates.items())))
    return cached(kind, options.generation, parts, compute)


def compare_data(
    queryset: QuerySet[ReportFigures],
    *,
    x: str,
    y: str,
    rank: str,
    catalog,
    target_y: float | None = None,
    options: FilterOptions | None = None,
) -> CompareData:
    """One aggregate query over every matching town (no cap): counts and medians, cached until the
    data changes when `options` (generation and scope) are given.

    Medians (percentile_cont) skip missing values; X and Y medians are over the plotted towns."""
    result = _aggregate_cached(
        "compare",
        _with_axes(queryset, x=x, y=y, rank=rank).order_by(),
        _compare_aggregates(target_y),
        options,
    )
    return _compare_from(
        result, queryset, x=x, y=y, rank=rank, catalog=catalog, target_y=target_y, options=options
    )


def compare_points_json(
    queryset: QuerySet[ReportFigures], *, x: str, y: str, options: FilterOptions | None = None
) -> bytes:
    """Every town with both figures as column arrays {x, y, text, county, id}, built by PostgreSQL
    (json_agg): for 40,000 towns Python would spend far longer converting and encoding rows.
    Cached until the data changes (in the small "points" cache: a year of towns is ~1.7 MB)."""
    points = (
        _with_axes(queryset, x=x, y=y, rank=x)
        .filter(fx__isnull=False, fy__isnull=False)
        .order_by()
        .values_list("fx", "fy", "township_name", "county_name", "township_id")
    )
    key = query_key(points)
    if key is None:
        return b'{"x":[],"y":[],"text":[],"county":[],"id":[]}'
    if options is None:
        return _points_json(points)
    return cached(
        "points", options.generation, (options.scope, key), lambda: _points_json(points), alias="points"
    )


def _points_json(points: QuerySet) -> bytes:
    sql, params = points.query.get_compiler(using=points.db).as_sql()
    statement = (
        "SELECT json_build_object('x', COALESCE(json_agg(t.a), '[]'), 'y', COALESCE(json_agg(t.b), '[]'), "
        "'text', COALESCE(json_agg(t.c), '[]'), 'county', COALESCE(json_agg(t.d), '[]'), "
        f"'id', COALESCE(json_agg(t.e), '[]'))::text FROM ({sql}) AS t(a, b, c, d, e)"
    )
    with connections[points.db].cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchone()[0].encode()


# --- Overview --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureSummary:
    figure: Figure
    stated: int  # towns stating it
    total: float | None  # None for rates and ratios (a sum means nothing there)
    median: float | None


def overview_data(
    queryset: QuerySet[ReportFigures],
    *,
    x: str,
    y: str,
    rank: str,
    catalog,
    target_y: float | None = None,
    options: FilterOptions | None = None,
) -> tuple[dict, list[FigureSummary], CompareData]:
    """Towns reported, reviewed; per figure: towns stating it, total, median; and the Compare
    counts and medians for X and Y — all in one pass over the matching rows."""
    aggregates = {"towns": Count("pk"), "reviewed": Count("pk", filter=Q(reviewed=True))}
    for code in FIGURE_CODES:
        expression = figure_expression(code)
        aggregates[f"n_{code}"] = Count(expression)
        aggregates[f"median_{code}"] = Median(expression)
        if code in INDICATOR_CODES and not catalog[code].is_rate:
            aggregates[f"sum_{code}"] = Sum(code)
    aggregates |= _compare_aggregates(target_y)
    rows = _with_axes(queryset, x=x, y=y, rank=rank).order_by()
    result = _aggregate_cached("overview", rows, aggregates, options)
    summaries = [
        FigureSummary(
            figure=catalog[code],
            stated=result[f"n_{code}"],
            total=result.get(f"sum_{code}"),
            median=result[f"median_{code}"],
        )
        for code in FIGURE_CODES
    ]
    compare = _compare_from(
        result, queryset, x=x, y=y, rank=rank, catalog=catalog, target_y=target_y, options=options
    )
    return {"towns": result["towns"], "reviewed": result["reviewed"]}, summaries, compare


def latest_reports(queryset: QuerySet[ReportFigures], *, limit: int = 10) -> list[dict]:
    """The most recently ingested current reports among the filtered towns."""
    return list(
        queryset.order_by("-report_id").values(
            "report_id",
            "township_id",
            "township_name",
            "county_name",
            "year",
            "report__title",
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
