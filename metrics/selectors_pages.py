"""Reads for the detail pages: township, indicator, practices and data quality.

Every queryset goes through the user's region scope. Each function issues a fixed number of
queries whatever the number of towns; reshaping happens in Python afterwards.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from statistics import median

from django.db.models import Aggregate, Count, F, FloatField, Q, QuerySet
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from reports.models import IndicatorValue, Report
from townships.models import County, Township
from townships.scope import region_q

from .figures import INDICATOR_CODES
from .models import Indicator, ReportFigures

# National target (中央全面依法治国委员会): at least three 法律明白人 per administrative village.
LEGAL_LITERATES_PER_VILLAGE_TARGET = 3
# A value is checked when it lies beyond Q3 + k·IQR (or below Q1 − k·IQR) within its indicator-year.
OUTLIER_IQR_FACTOR = 3
OUTLIER_MIN_TOWNS = 5
# Per-village figures above these are very likely mis-read numbers.
ABSURD_PER_VILLAGE = {"legal_literates": 50, "mediators": 30, "mediation_committees": 3}


class PercentileCont(Aggregate):
    """PostgreSQL's percentile_cont(p) WITHIN GROUP (ORDER BY expr)."""

    function = "percentile_cont"
    template = "%(function)s(%(percentile)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, percentile: float, **extra):
        super().__init__(expression, percentile=float(percentile), **extra)


# --- region filter -------------------------------------------------------------------------------


@dataclass
class RegionFilter:
    """The `province` and `county` query parameters of the list pages."""

    province: str = ""
    county: int | None = None
    counties: list[County] = field(default_factory=list)

    @classmethod
    def from_request(cls, request) -> RegionFilter:
        county = request.GET.get("county", "")
        return cls(
            province=request.GET.get("province", "").strip(),
            county=int(county) if county.isdigit() else None,
        )

    def q(self, prefix: str = "") -> Q:
        q = Q()
        if self.province:
            q &= Q(**{f"{prefix}county__province": self.province})
        if self.county is not None:
            q &= Q(**{f"{prefix}county_id": self.county})
        return q

    def load_choices(self, user) -> None:
        """The counties the user can see (one query); provinces come from them."""
        self.counties = list(
            County.objects.filter(
                id__in=Township.objects.filter(region_q(user)).values("county_id")
            ).order_by("province", "city", "name")
        )

    @property
    def provinces(self) -> list[str]:
        return sorted({c.province for c in self.counties if c.province})


def visible_current_reports(user, region: RegionFilter | None = None) -> QuerySet:
    qs = Report.objects.filter(is_current=True).filter(region_q(user, prefix="township__"))
    if region:
        qs = qs.filter(region.q("township__"))
    return qs


def visible_current_values(user, region: RegionFilter | None = None) -> QuerySet:
    qs = IndicatorValue.objects.filter(report__is_current=True).filter(
        region_q(user, prefix="report__township__")
    )
    if region:
        qs = qs.filter(region.q("report__township__"))
    return qs


def indicator_catalog() -> list[Indicator]:
    return list(Indicator.objects.order_by("display_order"))


# --- township page -------------------------------------------------------------------------------


@dataclass
class Cell:
    value: Decimal | None = None
    approximate: bool = False
    corrected: bool = False
    report_id: int | None = None
    change: Decimal | None = None
    change_pct: float | None = None
    previous_year: int | None = None

    @property
    def direction(self) -> str:
        if self.change is None:
            return ""
        return "up" if self.change > 0 else "down" if self.change < 0 else "flat"


@dataclass
class IndicatorRow:
    indicator: Indicator
    cells: list[Cell]

    @property
    def points(self) -> list[tuple[int, float]]:
        return [(year, float(cell.value)) for year, cell in zip(self.years, self.cells, strict=True)
                if cell.value is not None]

    years: list[int] = field(default_factory=list)


@dataclass
class NormRow:
    year: int
    legal_literates: Decimal | None
    villages: Decimal | None
    report_id: int | None = None
    target: int = LEGAL_LITERATES_PER_VILLAGE_TARGET

    @property
    def per_village(self) -> float | None:
        if self.legal_literates is None or not self.villages:
            return None
        return float(self.legal_literates) / float(self.villages)

    @property
    def met(self) -> bool | None:
        ratio = self.per_village
        return None if ratio is None else ratio >= self.target


@dataclass
class TownshipFigures:
    years: list[int]
    rows: list[IndicatorRow]
    reports: list[Report]
    norm: list[NormRow]

    @property
    def current_reports(self) -> dict[int, Report]:
        return {r.year: r for r in self.reports if r.is_current}


def township_figures(township: Township, indicators: list[Indicator]) -> TownshipFigures:
    """Two queries: the town's reports (current and replaced) and the current reports' values."""
    reports = list(
        Report.objects.filter(township=township)
        .select_related("replaced_by")
        .defer("text", "problems", "plans", "keywords", "practices")
        .order_by("-year", "-uploaded_at")
    )
    values = list(
        IndicatorValue.objects.filter(report__township=township, report__is_current=True).values(
            "indicator_id", "report__year", "report_id", "value", "approximate", "source"
        )
    )
    years = sorted({r.year for r in reports if r.is_current})
    by_key = {(v["indicator_id"], v["report__year"]): v for v in values}
    current = {r.year: r.id for r in reports if r.is_current}
    rows = []
    for indicator in indicators:
        cells, previous = [], None
        for year in years:
            v = by_key.get((indicator.id, year))
            if v is None:
                cells.append(Cell(report_id=current.get(year)))
                continue
            cell = Cell(
                value=v["value"], approximate=v["approximate"], report_id=v["report_id"],
                corrected=v["source"] == IndicatorValue.Source.CORRECTED,
            )
            if previous is not None:
                prev_year, prev_value = previous
                cell.previous_year = prev_year
                cell.change = v["value"] - prev_value
                cell.change_pct = float(cell.change / prev_value * 100) if prev_value else None
            previous = (year, v["value"])
            cells.append(cell)
        rows.append(IndicatorRow(indicator=indicator, cells=cells, years=years))
    codes = {i.id: i.code for i in indicators}
    per_year: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for v in values:
        per_year[v["report__year"]][codes.get(v["indicator_id"], "")] = v["value"]
    norm = [
        NormRow(
            year=year, legal_literates=per_year[year].get("legal_literates"),
            villages=per_year[year].get("villages"), report_id=current.get(year),
        )
        for year in reversed(years)
    ]
    return TownshipFigures(years=years, rows=rows, reports=reports, norm=norm)


# --- indicator page ------------------------------------------------------------------------------


@dataclass
class Distribution:
    count: int
    minimum: float | None = None
    q1: float | None = None
    median: float | None = None
    q3: float | None = None
    maximum: float | None = None


def quartiles(numbers: list[float]) -> Distribution:
    """Quartiles by linear interpolation (the same as PostgreSQL's percentile_cont)."""
    xs = sorted(numbers)
    if not xs:
        return Distribution(count=0)

    def pct(p: float) -> float:
        k = (len(xs) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
        return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)

    return Distribution(
        count=len(xs), minimum=xs[0], q1=pct(0.25), median=median(xs), q3=pct(0.75), maximum=xs[-1]
    )


def indicator_years(user, region: RegionFilter | None = None) -> list[int]:
    return list(
        visible_current_reports(user, region).order_by("-year").values_list("year", flat=True).distinct()
    )


def indicator_values_for_year(
    user, indicator: Indicator, year: int | None, region: RegionFilter | None = None
):
    """The towns' values for the year, largest first (lazy: the page shows a slice, exports all)."""
    qs = visible_current_values(user, region).filter(indicator=indicator, report__year=year or 0)
    return (
        qs.select_related("report__township__county")
        .only(
            "value", "approximate", "source", "evidence", "span_start", "report__id", "report__year",
            "report__township__name", "report__township__county__name",
        )
        .order_by("-value", "report__township__name", "id")
    )


def indicator_numbers(values: QuerySet) -> list[tuple[float, str, bool]]:
    """Every value with its town's name, for the distribution chart and quartiles (one query)."""
    return [(float(v), name, approx) for v, name, approx in
            values.values_list("value", "report__township__name", "approximate")]


def indicator_coverage(user, indicator: Indicator, region: RegionFilter | None = None) -> list[dict]:
    """Per year: current reports, and how many of them state the indicator (one query)."""
    rows = (
        visible_current_reports(user, region)
        .values("year")
        .annotate(
            # distinct: the join with the values repeats each report once per value
            reports=Count("id", distinct=True),
            stated=Count("values", filter=Q(values__indicator=indicator)),
        )
        .order_by("year")
    )
    return [
        {**row, "missing": row["reports"] - row["stated"],
         "share": row["stated"] / row["reports"] * 100 if row["reports"] else None}
        for row in rows
    ]


def indicator_list(user) -> list[tuple[Indicator, int]]:
    counts = dict(
        visible_current_values(user).values("indicator_id").annotate(n=Count("id"))
        .values_list("indicator_id", "n")
    )
    return [(indicator, counts.get(indicator.id, 0)) for indicator in indicator_catalog()]


# --- practices -----------------------------------------------------------------------------------


@dataclass
class PracticeMatrix:
    practices: list[tuple[str, int]]
    rows: QuerySet  # the reports as dicts, town order; `with_cells` adds the matrix cells to a slice
    towns_without: int = 0

    def with_cells(self, rows) -> list[dict]:
        names = [name for name, _count in self.practices]
        result = []
        for row in rows:
            present = set(practice_names(row["practices"]))
            result.append({**row, "names": present, "cells": [name in present for name in names]})
        return result


def practice_names(raw) -> list[str]:
    names = []
    for item in raw or []:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return names


def practice_matrix(user, year: int | None, region: RegionFilter | None = None) -> PracticeMatrix:
    """Counts per practice over every matching report (one query); the rows stay a lazy queryset."""
    qs = visible_current_reports(user, region)
    if year is not None:
        qs = qs.filter(year=year)
    counts: Counter = Counter()
    without = 0
    for raw in qs.values_list("practices", flat=True):
        names = practice_names(raw)
        counts.update(names)
        without += not names
    practices = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rows = qs.order_by("township__name", "township_id", "-year").values(
        "id", "year", "township_id", "township__name", "township__county__name", "practices"
    )
    return PracticeMatrix(practices=practices, rows=rows, towns_without=without)


# --- data quality --------------------------------------------------------------------------------


def reports_awaiting_review(qs: QuerySet) -> QuerySet:
    """Reports nobody has reviewed yet (every report, until the review flag exists)."""
    field_names = {f.name for f in Report._meta.get_fields()}
    if "reviewed_at" in field_names:
        return qs.filter(reviewed_at__isnull=True)
    if "reviewed" in field_names:
        return qs.filter(reviewed=False)
    return qs


def coverage_matrix(user, region: RegionFilter | None = None) -> tuple[list[int], list[dict]]:
    """Per indicator and year: how many current reports state it, out of how many (two queries)."""
    totals = dict(
        visible_current_reports(user, region).values("year").annotate(n=Count("id")).values_list("year", "n")
    )
    stated = {
        (row["indicator_id"], row["report__year"]): row["n"]
        for row in (
            visible_current_values(user, region)
            .values("indicator_id", "report__year").annotate(n=Count("id"))
        )
    }
    years = sorted(totals)
    rows = []
    for indicator in indicator_catalog():
        cells = []
        for year in years:
            n = stated.get((indicator.id, year), 0)
            cells.append(
                {"year": year, "stated": n, "reports": totals[year], "share": n / totals[year] * 100}
            )
        rows.append({"indicator": indicator, "cells": cells})
    return years, rows


@dataclass
class Flag:
    report_id: int
    code: str
    reasons: list[str]


@dataclass
class Suspect:
    value: IndicatorValue
    reasons: list[str]


def _number(x) -> str:
    x = round(float(x), 1)
    return number_format(int(x) if x == int(x) else x, force_grouping=True)


RATE_CODES = ("mediation_success_rate",)


def suspicious_values(user, year: int | None = None, region: RegionFilter | None = None) -> list[Flag]:
    """Values to check by hand: impossible rates, resolved > received, absurd per-village figures,
    and values far outside their indicator-year distribution.

    The rules run on the wide per-report table (one row per current report, a column per indicator),
    so each is a column comparison. Three queries; `suspects_with_values` then reads a page of them.
    """
    rows = ReportFigures.objects.filter(region_q(user, prefix="township__"))
    if region:
        rows = rows.filter(region.q("township__"))
    if year is not None:
        rows = rows.filter(year=year)
    flags: dict[tuple[int, str], list[str]] = defaultdict(list)
    keys: dict[int, tuple[int, str]] = {}  # report id -> (year, township name), for sorting

    rule_q = Q(pk__lt=0)
    for code in RATE_CODES:
        rule_q |= Q(**{f"{code}__gt": 100}) | Q(**{f"{code}__lt": 0})
    rule_q |= Q(disputes_resolved__gt=F("disputes_received"))
    for code, limit in ABSURD_PER_VILLAGE.items():
        rule_q |= Q(villages__gt=0, **{f"{code}__gt": F("villages") * limit})
    fields = ["report_id", "year", "township_name", *RATE_CODES, "disputes_resolved", "disputes_received",
              "villages", *ABSURD_PER_VILLAGE]
    for row in rows.filter(rule_q).values(*fields):
        keys[row["report_id"]] = (row["year"], row["township_name"])
        for code in RATE_CODES:
            if row[code] is not None and not 0 <= row[code] <= 100:
                flags[(row["report_id"], code)].append(_("比率超出 0–100%"))
        received, resolved = row["disputes_received"], row["disputes_resolved"]
        if received is not None and resolved is not None and resolved > received:
            flags[(row["report_id"], "disputes_resolved")].append(
                _("化解数大于受理数（%(received)s）") % {"received": _number(received)}
            )
        for code, limit in ABSURD_PER_VILLAGE.items():
            if row["villages"] and row[code] is not None and row[code] > row["villages"] * limit:
                flags[(row["report_id"], code)].append(
                    _("每村超过 %(limit)s（%(villages)s 个村）")
                    % {"limit": limit, "villages": _number(row["villages"])}
                )

    aggregates = {}
    for code in INDICATOR_CODES:
        aggregates[f"{code}__n"] = Count(code)
        aggregates[f"{code}__q1"] = PercentileCont(code, 0.25)
        aggregates[f"{code}__q3"] = PercentileCont(code, 0.75)
    fences: dict[tuple[int, str], tuple[float, float]] = {}
    # Starts as a condition that matches nothing but still runs, so the page's query count is fixed.
    outside = Q(pk__lt=0)
    for bound in rows.order_by().values("year").annotate(**aggregates):
        for code in INDICATOR_CODES:
            n, q1, q3 = bound[f"{code}__n"], bound[f"{code}__q1"], bound[f"{code}__q3"]
            if n < OUTLIER_MIN_TOWNS or q3 - q1 <= 0:
                continue
            low, high = q1 - OUTLIER_IQR_FACTOR * (q3 - q1), q3 + OUTLIER_IQR_FACTOR * (q3 - q1)
            fences[(bound["year"], code)] = (low, high)
            outside |= Q(year=bound["year"]) & (Q(**{f"{code}__gt": high}) | Q(**{f"{code}__lt": low}))
    for row in rows.filter(outside).values("report_id", "year", "township_name", *INDICATOR_CODES):
        keys[row["report_id"]] = (row["year"], row["township_name"])
        for code in INDICATOR_CODES:
            fence = fences.get((row["year"], code))
            if fence and row[code] is not None and not fence[0] <= row[code] <= fence[1]:
                flags[(row["report_id"], code)].append(
                    _("远离同年分布（正常范围约 %(low)s–%(high)s）")
                    % {"low": _number(max(fence[0], 0)), "high": _number(fence[1])}
                )

    order = {code: n for n, code in enumerate(INDICATOR_CODES)}
    return sorted(
        (
            Flag(report_id=report_id, code=code, reasons=reasons)
            for (report_id, code), reasons in flags.items()
        ),
        key=lambda f: (-keys[f.report_id][0], order[f.code], keys[f.report_id][1], f.report_id),
    )


def suspects_with_values(flags: list[Flag]) -> list[Suspect]:
    """The flagged values with their evidence, town and indicator (one query for the slice given)."""
    values = IndicatorValue.objects.filter(
        report_id__in={f.report_id for f in flags}, indicator__code__in={f.code for f in flags}
    ).select_related("indicator", "report__township__county")
    by_key = {(v.report_id, v.indicator.code): v for v in values}
    return [Suspect(value=by_key[(f.report_id, f.code)], reasons=f.reasons)
            for f in flags if (f.report_id, f.code) in by_key]
