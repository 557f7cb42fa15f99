"""Report metadata (title, township, county, city, province, year, signing date).

Plain Python, no Django. `read_metadata(text)` takes the cleaned report text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Metadata:
    title: str | None
    township: str | None
    county: str | None
    city: str | None
    province: str | None
    year: int | None
    report_date: datetime.date | None


_TOWN = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))")
_DATE = re.compile(r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(20\d\d)\s*年")


def read_metadata(text: str) -> Metadata:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next((line for line in lines[:8] if "报告" in line or "总结" in line), None)
    if title is None and lines:
        title = lines[0]
    township = None
    for line in lines[:5]:
        match = _TOWN.search(line)
        if match:
            township = match.group(1)
            break
    year = None
    if title:
        match = _YEAR.search(title)
        if match:
            year = int(match.group(1))
    report_date = None
    for line in reversed(lines[-4:]):
        match = _DATE.fullmatch(line)
        if match:
            y, m, d = (int(g) for g in match.groups())
            try:
                report_date = datetime.date(y, m, d)
            except ValueError:
                report_date = None
            break
    return Metadata(title=title, township=township, county=None, city=None, province=None,
                    year=year, report_date=report_date)
