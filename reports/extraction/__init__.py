"""Turn a township report's text into figures with evidence. Plain Python, no Django.

Public interface (other packages import only from here):
- extract_report(raw_text) -> ReportExtraction
- decode_document(data) -> DecodedDocument, raising DecodeError with a readable reason
- keyword_profile(text), named_practices(text): jieba keyword profile and named practices
- INDICATORS / INDICATOR_CODES: the catalog; EXTRACTOR_VERSION: bump when output changes
"""

from .catalog import INDICATOR_CODES, INDICATORS, INDICATORS_BY_CODE, IndicatorSpec
from .decoding import DecodeError, decode_document
from .extract import EXTRACTOR_VERSION, extract_report
from .keywords import keyword_profile, named_practices
from .types import Candidate, DecodedDocument, Figure, ReportExtraction

__all__ = [
    "EXTRACTOR_VERSION",
    "INDICATORS",
    "INDICATORS_BY_CODE",
    "INDICATOR_CODES",
    "Candidate",
    "DecodeError",
    "DecodedDocument",
    "Figure",
    "IndicatorSpec",
    "ReportExtraction",
    "decode_document",
    "extract_report",
    "keyword_profile",
    "named_practices",
]
