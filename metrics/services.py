"""Writes on the metrics side: keeping the wide figures table current after a report changes.

`ReportFigures` holds one row per current report. Both the per-report hook and the full rebuild
run the same INSERT … SELECT (a pivot of IndicatorValue with FILTER clauses), so the two paths
cannot disagree.
"""

from __future__ import annotations

from django.db import connection, transaction

from reports.models import Report

from .figures import INDICATOR_CODES
from .models import ReportFigures


def _reviewed_sql() -> str:
    """SQL for "this report has been reviewed", whatever shape the review fields take."""
    fields = {field.name: field for field in Report._meta.get_fields() if getattr(field, "concrete", False)}
    for name in ("reviewed", "is_reviewed"):
        if name in fields:
            return f"COALESCE(r.{fields[name].column}, FALSE)"
    if "reviewed_at" in fields:
        return f"(r.{fields['reviewed_at'].column} IS NOT NULL)"
    if "review_status" in fields:
        return f"(r.{fields['review_status'].column} = 'reviewed')"
    return "FALSE"


def _insert_sql(where: str, reviewed_sql: str | None = None) -> str:
    figures = ReportFigures._meta.db_table
    pivots = ",\n".join(
        f"MAX(v.value) FILTER (WHERE i.code = '{code}')::double precision" for code in INDICATOR_CODES
    )
    return f"""
        INSERT INTO {figures} (
            report_id, township_id, county_id, year, township_name, county_name, city, province,
            reviewed, approximate, corrected, {", ".join(INDICATOR_CODES)}
        )
        SELECT
            r.id, t.id, c.id, r.year, t.name, COALESCE(c.name, ''), COALESCE(c.city, ''),
            COALESCE(c.province, ''), {reviewed_sql or _reviewed_sql()},
            COALESCE(ARRAY_AGG(i.code ORDER BY i.display_order) FILTER (WHERE v.approximate), '{{}}'),
            COALESCE(
                ARRAY_AGG(i.code ORDER BY i.display_order) FILTER (WHERE v.source = 'corrected'), '{{}}'
            ),
            {pivots}
        FROM reports_report r
        JOIN townships_township t ON t.id = r.township_id
        LEFT JOIN townships_county c ON c.id = t.county_id
        LEFT JOIN reports_indicatorvalue v ON v.report_id = r.id
        LEFT JOIN metrics_indicator i ON i.id = v.indicator_id
        WHERE r.is_current AND {where}
        GROUP BY r.id, t.id, c.id
    """


def report_figures_refresh(*, report: Report) -> None:
    """Hook called by every write to a report's values (ingest, correction, re-extraction, review).

    Rewrites the report's wide row from its stored values, as the database has them now (the
    object passed may be stale); removes the row when the report is no longer current. A current
    report also displaces any leftover row for its township-year. Calls may come in any order:
    refreshing a replaced report never removes its successor's row.
    """
    figures = ReportFigures._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {figures} WHERE report_id = %s OR (township_id, year) IN "
            f"(SELECT township_id, year FROM reports_report WHERE id = %s AND is_current)",
            [report.pk, report.pk],
        )
        cursor.execute(_insert_sql("r.id = %s"), [report.pk])


def report_figures_rebuild(*, reviewed_sql: str | None = None) -> int:
    """Rebuild every row from the stored values (after an upgrade or a bulk change); returns the count.

    `reviewed_sql` overrides the reviewed expression (the data migration passes "FALSE": it may run
    before the review fields exist)."""
    figures = ReportFigures._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {figures}")
        cursor.execute(_insert_sql("TRUE", reviewed_sql))
        return cursor.rowcount


def township_figures_names_refresh(
    *, township_ids: list[int] | None = None, county_ids: list[int] | None = None
):
    """Copy current town and county names (and a town's county) into the wide rows."""
    figures = ReportFigures._meta.db_table
    conditions, params = [], []
    if township_ids is not None:
        conditions.append("f.township_id = ANY(%s)")
        params.append(list(township_ids))
    if county_ids is not None:
        conditions.append("t.county_id = ANY(%s)")
        params.append(list(county_ids))
    if not conditions:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {figures} f SET
                township_name = t.name, county_id = c.id, county_name = COALESCE(c.name, ''),
                city = COALESCE(c.city, ''), province = COALESCE(c.province, '')
            FROM townships_township t LEFT JOIN townships_county c ON c.id = t.county_id
            WHERE t.id = f.township_id AND ({" OR ".join(conditions)})
            """,
            params,
        )
