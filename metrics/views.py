"""Dashboard pages: FilterSet → selector → chart function → render. The URL is the whole state."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import charts, selectors
from .cache import query_key
from .exports import Column, export_format, table_response
from .figures import INDICATOR_CODES, LEGAL_LITERATES_TARGET
from .filters import DEFAULT_X, DEFAULT_Y, CompareFilterSet, FiguresFilterSet, TownshipsFilterSet

PAGE_SIZE = 50
# Above this many ranked towns the bar chart shows the top and bottom ones (and says so).
BAR_ALL_MAX = 60
BAR_EACH_END = 30
NORMS_QUERY = {"x": "villages", "y": "legal_literates_per_village", "rank": "legal_literates_per_village"}
# Query parameters that are not filters (kept out of "active filters").
NOT_FILTERS = {"format", "page", "sort", "x", "y", "rank", "year"}


def query_with(params, **changes) -> str:
    """The current query string with some parameters changed (None removes one), page reset.

    Same result as copying the QueryDict and calling urlencode(), without the deep copy (a table
    page builds some twenty of these links)."""
    pairs = [
        (key, value)
        for key, values in params.lists()
        if key != "page" and key not in changes
        for value in values
    ]
    pairs += [(key, str(value)) for key, value in changes.items() if value is not None]
    return "?" + urlencode(pairs) if pairs else "?"


def _bound(request, filterset_class, options, **defaults) -> FiguresFilterSet:
    data = request.GET.copy()
    for key, value in defaults.items():
        if not data.get(key) and value is not None:
            data[key] = str(value)
    return filterset_class(
        data,
        options=options,
        queryset=selectors.figures_queryset(user=request.user),
        request=request,
    )


def _active_filters(request, filterset) -> list[tuple[str, str, str]]:
    """(label, value, remove link) for each filter in the URL, for the sentence above the table."""
    active = []
    form = filterset.form
    for key in request.GET:
        values = [v for v in request.GET.getlist(key) if v != ""]
        if key in NOT_FILTERS or not values:
            continue
        code, bound = key[:-4], key[-3:]
        if key not in form.fields and bound in ("min", "max") and code in filterset.options.catalog:
            sign = "≥" if bound == "min" else "≤"
            label = f"{filterset.options.catalog[code].name} {sign}"
            active.append((label, values[0], query_with(request.GET, **{key: None})))
            continue
        if key not in form.fields:
            continue
        field = form.fields[key]
        # The county menu lives on the widget only (its field validates ids by set lookup).
        options = getattr(field, "choices", None) or getattr(field.widget, "choices", None) or []
        choices = {str(k): v for k, v in options}
        shown = "、".join(str(choices.get(v, v)) for v in values)
        active.append((str(field.label), shown, query_with(request.GET, **{key: None})))
    return active


def _form_context(request, filterset) -> dict:
    has = request.GET.getlist("has")
    ranges = any(request.GET.get(k) for k in request.GET if k.endswith(("_min", "_max")))
    return {
        "active_filters": _active_filters(request, filterset),
        "has_codes": has,
        "open_more": bool(has or ranges),
    }


def _page(request, items, params):
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    page.links = {
        "first": query_with(params, page=None),
        "previous": query_with(params, page=page.previous_page_number()) if page.has_previous() else None,
        "next": query_with(params, page=page.next_page_number()) if page.has_next() else None,
        "last": query_with(params, page=page.paginator.num_pages),
    }
    return page


def _export_name(kind: str, year) -> str:
    return f"{kind}-{year}" if year else kind


# --- Townships -------------------------------------------------------------------------------


def figure_columns(catalog, codes, *, reviewed: bool = False) -> list[Column]:
    """The columns of a table of towns' figures: place, year, the figures, then their flags."""
    return [
        Column("province", _("省份")),
        Column("city", _("地级市")),
        Column("county_name", _("县（区、市）")),
        Column("township_name", _("乡镇")),
        Column("year", _("年度"), "number"),
        *(Column(code, catalog[code].name, "number") for code in codes),
        *([Column("reviewed", _("已审核"), "bool")] if reviewed else []),
        Column("report_id", _("报告编号"), "number"),
        Column("approximate", _("约数指标"), "codes"),
        Column("corrected", _("人工更正指标"), "codes"),
    ]


def township_columns(catalog) -> list[Column]:
    return figure_columns(catalog, INDICATOR_CODES, reviewed=True)


def townships(request):
    try:
        fmt = export_format(request)
    except ValueError:
        return HttpResponseBadRequest(_("不支持的导出格式（可用 csv、xlsx、json）"))
    options = selectors.filter_options(user=request.user)
    filterset = _bound(request, TownshipsFilterSet, options, year=options.latest_year)
    queryset = selectors.figures_filtered(filterset)
    valid = filterset.is_valid()
    sort = filterset.form.cleaned_data.get("sort") if valid else None
    rows = selectors.townships_rows(queryset, sort=sort)
    year = filterset.form.cleaned_data.get("year") if valid else None
    if fmt:
        columns = township_columns(options.catalog)
        return table_response(
            request,
            columns=columns,
            rows=rows.values_list(*(c.key for c in columns)),
            filename=_export_name(_("乡镇指标"), year),
            fmt=fmt,
        )
    page = _page(
        request,
        selectors.CountedRows(
            selectors.townships_page_rows(queryset, sort=sort),
            selectors.filtered_count(queryset, options),
            cache=(options.generation, (options.scope, "townships", sort, query_key(queryset))),
        ),
        request.GET,
    )
    table = [(row, selectors.row_cells(row, INDICATOR_CODES)) for row in page.object_list]
    current = sort or "name"
    headers = []
    for key in ("name", "county", *INDICATOR_CODES):
        label = {"name": _("乡镇"), "county": _("县（区、市）")}.get(key) or options.catalog[key].name
        direction = "asc" if current == key else "desc" if current == f"-{key}" else ""
        # Names sort A→Z first; figures biggest first.
        first = key if key in ("name", "county") else f"-{key}"
        following = (key if current == f"-{key}" else f"-{key}") if direction else first
        headers.append(
            {
                "key": key,
                "label": label,
                "direction": direction,
                "url": query_with(request.GET, sort=following),
                "unit": "" if key in ("name", "county") else options.catalog[key].unit,
            }
        )
    return render(
        request,
        "metrics/townships.html",
        {
            "filterset": filterset,
            "valid": valid,
            "page": page,
            "table": table,
            "headers": headers,
            **_form_context(request, filterset),
            "year": year,
            "export_links": _export_links(request),
        },
    )


def _export_links(request) -> list[tuple[str, str]]:
    return [
        (label, query_with(request.GET, format=fmt))
        for fmt, label in (("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON"))
    ]


# --- Compare ---------------------------------------------------------------------------------


def _target(code: str) -> float | None:
    return LEGAL_LITERATES_TARGET if code == "legal_literates_per_village" else None


def _unique_labels(rows, name_at: int, county_at: int) -> list[str]:
    """Bar labels must be unique (plotly merges equal categories): add the county, then a number."""
    labels, seen = [], set()
    for row in rows:
        label = f"{row[name_at]}（{row[county_at]}）" if row[county_at] else row[name_at]
        base, n = label, 2
        while label in seen:
            label, n = f"{base} #{n}", n + 1
        seen.add(label)
        labels.append(label)
    return labels


def _bar(
    data: selectors.CompareData, limit: int = BAR_ALL_MAX, top: int = BAR_EACH_END
) -> tuple[dict | None, str, list]:
    """The ranked bar chart: every ranked town when there are few, else the top ones, said plainly."""
    if not data.ranked_count:
        return None, "", []
    shown = list(data.ranked_rows[: data.ranked_count if data.ranked_count <= limit else top])
    note = ""
    if len(shown) < data.ranked_count:
        note = _("共 %(total)s 个乡镇有此数值，图中显示前 %(n)s 名；完整排名见下表和导出文件。") % {
            "total": data.ranked_count,
            "n": len(shown),
        }
    figure = charts.bar_figure(
        figure=data.rank,
        labels=_unique_labels(shown, 2, 3),
        values=[row[selectors.FR] for row in shown],
        target=_target(data.rank.code),
    )
    return figure, note, shown


def _scatter(data: selectors.CompareData) -> dict | None:
    """The scatter's frame (axes, medians, target); charts.js loads the points from `?format=points`."""
    if not data.plotted_count:
        return None
    return charts.scatter_figure(
        x=data.x,
        y=data.y,
        xs=[],
        ys=[],
        labels=[],
        customdata=[],
        median_x=data.median_x,
        median_y=data.median_y,
        target_y=_target(data.y.code),
        n_points=data.plotted_count,
    )


def _points_response(queryset, x, y, options) -> HttpResponse:
    response = HttpResponse(
        selectors.compare_points_json(queryset, x=x, y=y, options=options),
        content_type="application/json; charset=utf-8",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def compare_columns(catalog, codes) -> list[Column]:
    return figure_columns(catalog, codes)


def compare(request):
    try:
        fmt = "points" if request.GET.get("format") == "points" else export_format(request)
    except ValueError:
        return HttpResponseBadRequest(_("不支持的导出格式（可用 csv、xlsx、json）"))
    options = selectors.filter_options(user=request.user)
    filterset = _bound(request, CompareFilterSet, options, year=options.latest_year, x=DEFAULT_X, y=DEFAULT_Y)
    queryset = selectors.figures_filtered(filterset)
    x, y, rank = filterset.axes()
    valid = filterset.is_valid()
    year = filterset.form.cleaned_data.get("year") if valid else None
    if fmt == "points":
        return _points_response(queryset, x, y, options)
    if fmt:
        codes = list(dict.fromkeys([x, y, rank]))
        columns = compare_columns(options.catalog, codes)
        rows = selectors.compare_export_rows(
            queryset, codes=codes, rank=rank, fields=[c.key for c in columns]
        )
        return table_response(
            request, columns=columns, rows=rows, filename=_export_name(_("乡镇对比"), year), fmt=fmt
        )
    data = selectors.compare_data(
        queryset, x=x, y=y, rank=rank, catalog=options.catalog, target_y=_target(y), options=options
    )
    bar, bar_note, _shown = _bar(data)
    page = _page(request, selectors.CountedRows(data.ranked_rows, data.total), request.GET)
    columns = list(
        {code: i for code, i in ((rank, selectors.FR), (y, selectors.FY), (x, selectors.FX))}.items()
    )
    columns.sort(key=lambda item: item[1])  # X, Y, then the rank figure when it is a third one
    table = [
        {
            "report_id": r[0],
            "township_id": r[1],
            "township_name": r[2],
            "county_name": r[3],
            "year": r[4],
            "cells": [
                selectors.Cell(code, r[i], code in (r[8] or ()), code in (r[9] or ())) for code, i in columns
            ],
        }
        for r in page.object_list
    ]
    return render(
        request,
        "metrics/compare.html",
        {
            "filterset": filterset,
            "valid": valid,
            "data": data,
            "year": year,
            "scatter": _scatter(data),
            "bar": bar,
            "bar_note": bar_note,
            "page": page,
            "table": table,
            "table_figures": [options.catalog[code] for code, _index in columns],
            **_form_context(request, filterset),
            "export_links": _export_links(request),
            "norms_url": "?" + urlencode({**NORMS_QUERY, **({"year": year} if year else {})}),
            "is_norms": y == "legal_literates_per_village",
            "target": LEGAL_LITERATES_TARGET,
            "scatter_points_url": query_with(request.GET, format="points"),
        },
    )


# --- Overview --------------------------------------------------------------------------------

OVERVIEW_BARS = 15


def overview(request):
    """A chosen year and region: towns reported, totals and medians, a ranking, a scatter, latest reports."""
    options = selectors.filter_options(user=request.user)
    filterset = _bound(request, CompareFilterSet, options, year=options.latest_year, x=DEFAULT_X, y=DEFAULT_Y)
    queryset = selectors.figures_filtered(filterset)
    x, y, rank = filterset.axes()
    valid = filterset.is_valid()
    counts, summaries, data = selectors.overview_data(
        queryset, x=x, y=y, rank=rank, catalog=options.catalog, target_y=_target(y), options=options
    )
    bar, _note, top = _bar(data, limit=OVERVIEW_BARS, top=OVERVIEW_BARS)
    params = request.GET.copy()
    return render(
        request,
        "metrics/overview.html",
        {
            "filterset": filterset,
            "valid": valid,
            "year": filterset.form.cleaned_data.get("year") if valid else None,
            "counts": counts,
            "summaries": summaries,
            "data": data,
            "scatter": _scatter(data),
            "bar": bar,
            "top": top,
            "latest": selectors.latest_reports(queryset),
            "scatter_points_url": "/compare/" + query_with(params, format="points"),
            "compare_url": "/compare/" + query_with(params),
            "norms_url": "/compare/?"
            + urlencode({**NORMS_QUERY, **({"year": params["year"]} if params.get("year") else {})}),
            "townships_url": "/townships/" + query_with(params, x=None, y=None, rank=None),
            **_form_context(request, filterset),
        },
    )
