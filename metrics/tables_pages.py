"""The tables of the detail pages as export tables: (columns, rows, file name).

Columns are (key, label, kind) with kind "text", "number", "bool" or "codes" (see metrics/exports.py);
rows are tuples in column order. Numbers stay numbers; a missing figure is None (a blank cell).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .units import unit_label

Table = tuple[list[tuple[str, str, str]], list[tuple], str]


def _town_columns() -> list[tuple[str, str, str]]:
    return [("township", _("乡镇"), "text"), ("county", _("县级单位"), "text"), ("year", _("年度"), "number")]


def township_table(township, figures) -> Table:
    """One row per year with every indicator, and the codes of approximate / corrected figures."""
    columns = _town_columns() + [(row.indicator.code, row.indicator.name, "number") for row in figures.rows]
    columns += [("approximate", _("约数"), "codes"), ("corrected", _("人工更正"), "codes")]
    county = township.county.name if township.county_id else None
    rows = []
    for index, year in enumerate(figures.years):
        cells = [row.cells[index] for row in figures.rows]
        rows.append((
            township.name, county, year, *[cell.value for cell in cells],
            [row.indicator.code for row, cell in zip(figures.rows, cells, strict=True)
             if cell.value is not None and cell.approximate],
            [row.indicator.code for row, cell in zip(figures.rows, cells, strict=True)
             if cell.value is not None and cell.corrected],
        ))
    return columns, rows, f"{township.name}_历年指标"


def report_table(report, values) -> Table:
    columns = [
        ("indicator", _("指标代码"), "text"), ("name", _("指标"), "text"), ("value", _("数值"), "number"),
        ("unit", _("单位"), "text"), ("approximate", _("约数"), "bool"), ("corrected", _("人工更正"), "bool"),
        ("evidence", _("原文句子"), "text"), ("span_start", _("起始位置"), "number"),
        ("span_end", _("结束位置"), "number"),
    ]
    rows = [
        (v.indicator.code, v.indicator.name, v.value, unit_label(v.indicator.unit), v.approximate,
         v.source == "corrected", v.evidence, v.span_start, v.span_end)
        for v in values
    ]
    return columns, rows, f"{report.township.name}_{report.year}_指标"


def indicator_table(indicator, year, values) -> Table:
    columns = _town_columns() + [
        (indicator.code, f"{indicator.name}（{unit_label(indicator.unit)}）", "number"),
        ("approximate", _("约数"), "bool"), ("corrected", _("人工更正"), "bool"),
        ("evidence", _("原文句子"), "text"), ("report_id", _("报告编号"), "number"),
    ]
    rows = [
        (v.report.township.name, v.report.township.county.name if v.report.township.county_id else None,
         v.report.year, v.value, v.approximate, v.source == "corrected", v.evidence, v.report.pk)
        for v in values
    ]
    return columns, rows, f"{indicator.name_zh}_{year or ''}".rstrip("_")


def indicator_list_table(rows) -> Table:
    columns = [
        ("code", _("代码"), "text"), ("name", _("名称"), "text"), ("unit", _("单位"), "text"),
        ("description", _("计算口径"), "text"), ("reports", _("提及的报告数"), "number"),
    ]
    return columns, [(i.code, i.name, unit_label(i.unit), i.description, n) for i, n in rows], "指标"


def practices_table(matrix, rows_with_cells, year) -> Table:
    columns = _town_columns() + [
        (f"practice_{n}", name, "bool") for n, (name, _count) in enumerate(matrix.practices, 1)
    ]
    rows = (
        (row["township__name"], row["township__county__name"], row["year"], *row["cells"])
        for row in rows_with_cells
    )
    return columns, rows, f"特色做法_{year}" if year else "特色做法"


def suspects_table(suspects) -> Table:
    columns = _town_columns() + [
        ("indicator", _("指标代码"), "text"), ("name", _("指标"), "text"), ("value", _("数值"), "number"),
        ("reasons", _("原因"), "text"), ("evidence", _("原文句子"), "text"),
        ("report_id", _("报告编号"), "number"),
    ]
    rows = [
        (s.value.report.township.name,
         s.value.report.township.county.name if s.value.report.township.county_id else None,
         s.value.report.year, s.value.indicator.code, s.value.indicator.name, s.value.value,
         "；".join(s.reasons), s.value.evidence, s.value.report_id)
        for s in suspects
    ]
    return columns, rows, "需要核对的数值"


def unreviewed_table(reports) -> Table:
    columns = _town_columns() + [
        ("title", _("标题"), "text"), ("uploaded_at", _("上传时间"), "text"),
        ("report_id", _("报告编号"), "number"),
    ]
    rows = [
        (r.township.name, r.township.county.name if r.township.county_id else None, r.year, r.title,
         r.uploaded_at.isoformat(timespec="seconds"), r.pk)
        for r in reports
    ]
    return columns, rows, "尚未审核的报告"


def coverage_table(years, coverage) -> Table:
    columns = [("indicator", _("指标代码"), "text"), ("name", _("指标"), "text")]
    for year in years:
        columns += [(f"stated_{year}", _("%(year)s 年提及") % {"year": year}, "number"),
                    (f"reports_{year}", _("%(year)s 年报告数") % {"year": year}, "number")]
    rows = []
    for row in coverage:
        cells = [value for c in row["cells"] for value in (c["stated"], c["reports"])]
        rows.append((row["indicator"].code, row["indicator"].name, *cells))
    return columns, rows, "指标覆盖情况"
