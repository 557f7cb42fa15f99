"""Result types of the extraction: plain frozen dataclasses, no Django."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Candidate:
    """A figure the extractor considered for an indicator."""

    value: float
    approximate: bool
    evidence: str  # the sentence it was read from
    start: int  # span of the number+unit in ReportExtraction.text
    end: int
    note: str = ""  # why it won or lost (e.g. "sub-count", "plan section")


@dataclass(frozen=True)
class Figure:
    """The value chosen for one indicator, with the others considered."""

    code: str
    value: float
    approximate: bool
    evidence: str
    start: int
    end: int
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class ReportExtraction:
    text: str  # the cleaned text; every span points into it
    title: str | None
    township: str | None
    county: str | None
    city: str | None
    province: str | None
    year: int | None
    report_date: datetime.date | None
    figures: dict[str, Figure] = field(default_factory=dict)
    problems: str = ""  # the "存在问题/不足" section
    plans: str = ""  # the next-year plan section


@dataclass(frozen=True)
class DecodedDocument:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "gb18030", "utf-16", or "docx"/"pdf"
    format: str  # "txt", "docx", "pdf"
