"""extract_report: raw report text -> ReportExtraction (metadata, figures with evidence, parts).

Pipeline: clean -> outline (this year's work / problems / plan) -> number tokens -> phrasing
rules -> one figure per indicator. Plain Python and fast (no jieba): see scripts/bench_extraction.py.
"""

from __future__ import annotations

from .cleaning import clean_text
from .indicators import extract_figures
from .metadata import read_metadata
from .sections import PLANS, PROBLEMS, outline
from .types import ReportExtraction

# Bump whenever the output for the same input can change.
EXTRACTOR_VERSION = "1.11"


def extract_report(raw_text: str) -> ReportExtraction:
    text = clean_text(raw_text or "")
    parts = outline(text)
    meta = read_metadata(text)
    figures = extract_figures(text, parts, meta.year, meta.township)
    return ReportExtraction(
        text=text,
        title=meta.title,
        township=meta.township,
        county=meta.county,
        city=meta.city,
        province=meta.province,
        year=meta.year,
        report_date=meta.report_date,
        figures=figures,
        problems=parts.text_of(text, PROBLEMS),
        plans=parts.text_of(text, PLANS),
    )
