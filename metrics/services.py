"""Writes on the metrics side: keeping derived tables current after a report changes."""

from reports.models import Report


def report_figures_refresh(*, report: Report) -> None:
    """Hook called by every write to a report's values (ingest, correction, re-extraction)."""
