"""Placeholder until the extraction engine lands: reads nothing."""

from .types import ReportExtraction

EXTRACTOR_VERSION = "0.0"


def extract_report(raw_text: str) -> ReportExtraction:
    return ReportExtraction(text=raw_text, title=None, township=None, county=None, city=None,
                            province=None, year=None, report_date=None)
