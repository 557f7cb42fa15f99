"""Small factories for the page tests: towns, reports and their figures without extraction."""

from __future__ import annotations

import hashlib
import itertools
from decimal import Decimal

from django.core.files.base import ContentFile

from metrics.models import Indicator
from metrics.services import report_figures_refresh
from reports.models import IndicatorValue, Report
from townships.models import County, Township

_counter = itertools.count(1)


def make_county(name: str = "晋江市", city: str = "泉州市", province: str = "福建省") -> County:
    return County.objects.get_or_create(name=name, city=city, province=province)[0]


def make_township(name: str | None = None, county: County | None = None) -> Township:
    return Township.objects.create(name=name or f"测试{next(_counter)}镇", county=county or make_county())


def make_report(
    township: Township | None = None, year: int = 2023, text: str | None = None, *,
    figures: dict | None = None, is_current: bool = True, **fields,
) -> Report:
    """A report; `figures` maps code -> value, or code -> (value, phrase) to place the value's span on the
    first occurrence of `phrase` in the text (the phrase is appended to the text when missing)."""
    township = township or make_township()
    text = text if text is not None else f"{township.name}{year}年法治建设工作报告。"
    placed: dict[str, tuple] = {}
    for code, spec in (figures or {}).items():
        value, phrase = spec if isinstance(spec, tuple) else (spec, None)
        if phrase:
            if phrase not in text:
                text += phrase + "。"
            placed[code] = (value, phrase)
        else:
            placed[code] = (value, None)
    unique = next(_counter)
    defaults = dict(
        title=f"{township.name}{year}年法治政府建设工作报告", text=text,
        original_name=f"{township.name}{year}.txt",
        content_hash=hashlib.sha256(f"{unique}{text}".encode()).hexdigest(), encoding="utf-8",
        format=Report.Format.TXT, extractor_version="test-1",
    )
    defaults.update(fields)
    report = Report(township=township, year=year, is_current=is_current, **defaults)
    report.original_file.save(report.original_name, ContentFile(text.encode("utf-8")), save=False)
    report.save()
    indicators = {i.code: i for i in Indicator.objects.all()}
    rows = []
    for code, (value, phrase) in placed.items():
        start = text.find(phrase) if phrase else None
        end = start + len(phrase) if phrase else None
        evidence = phrase or ""
        rows.append(IndicatorValue(
            report=report, indicator=indicators[code], value=Decimal(str(value)), evidence=evidence,
            span_start=start, span_end=end, extractor_version="test-1",
        ))
    IndicatorValue.objects.bulk_create(rows)
    report_figures_refresh(report=report)  # the wide per-report row Compare and Townships read
    return report


def make_value(report: Report, code: str, value, **fields) -> IndicatorValue:
    created = IndicatorValue.objects.create(
        report=report, indicator=Indicator.objects.get(code=code), value=Decimal(str(value)), **fields
    )
    report_figures_refresh(report=report)
    return created
