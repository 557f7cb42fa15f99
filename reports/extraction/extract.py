"""extract_report: raw report text -> ReportExtraction (metadata, figures with evidence, parts).

Pipeline: clean -> outline (this year's work / problems / plan) -> number tokens -> phrasing
rules -> one figure per indicator. Plain Python and fast (no jieba): see scripts/bench_extraction.py.
"""

from __future__ import annotations

from .cleaning import clean_text
from .indicators import extract_figures
from .sections import PLANS, PROBLEMS, outline
from .types import ReportExtraction

# Bump whenever the output for the same input can change.
EXTRACTOR_VERSION = "1.10"

try:  # the metadata reader is written separately; fall back to nothing until it lands
    from .metadata import read_metadata as _read_metadata
except ImportError:  # pragma: no cover - only while metadata.py does not exist
    _read_metadata = None


def extract_report(raw_text: str) -> ReportExtraction:
    text = clean_text(raw_text or "")
    parts = outline(text)
    meta = None
    if _read_metadata is not None:
        meta = _read_metadata(text)
    figures = extract_figures(text, parts, getattr(meta, "year", None), getattr(meta, "township", None))
    return ReportExtraction(
        text=text,
        title=getattr(meta, "title", None),
        township=getattr(meta, "township", None),
        county=getattr(meta, "county", None),
        city=getattr(meta, "city", None),
        province=getattr(meta, "province", None),
        year=getattr(meta, "year", None),
        report_date=getattr(meta, "report_date", None),
        figures=figures,
        problems=parts.text_of(text, PROBLEMS),
        plans=parts.text_of(text, PLANS),
    )
