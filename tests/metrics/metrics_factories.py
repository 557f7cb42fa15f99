"""Small factories for dashboard tests: towns, reports and their values as plain model rows."""

import hashlib
from decimal import Decimal
from itertools import count

from metrics.models import Indicator
from metrics.services import report_figures_refresh
from reports.models import IndicatorValue, Report
from townships.models import County, Township

_serial = count(1)


def make_county(name="晋江市", city="泉州市", province="福建省") -> County:
    county, _ = County.objects.get_or_create(name=name, city=city, province=province)
    return county


def make_report(
    township: str = "深沪镇",
    *,
    county: County | None | str = "default",
    year: int = 2023,
    values: dict | None = None,
    approximate: tuple[str, ...] = (),
    corrected: tuple[str, ...] = (),
    refresh: bool = True,
    **fields,
) -> Report:
    """A current report with its indicator values (code → number), and its wide row refreshed."""
    if county == "default":
        county = make_county()
    town, _ = Township.objects.get_or_create(name=township, county=county)
    n = next(_serial)
    report = Report.objects.create(
        township=town,
        year=year,
        title=f"{township}{year}年法治政府建设工作报告",
        text="正文",
        original_file=f"reports/test/{n}.txt",
        original_name=f"{n}.txt",
        content_hash=hashlib.sha256(f"{township}-{year}-{n}".encode()).hexdigest(),
        encoding="utf-8",
        format="txt",
        extractor_version="test",
        **fields,
    )
    indicators = {i.code: i for i in Indicator.objects.all()}
    IndicatorValue.objects.bulk_create(
        IndicatorValue(
            report=report,
            indicator=indicators[code],
            value=Decimal(str(value)),
            approximate=code in approximate,
            evidence=f"{code} {value}",
            span_start=0,
            span_end=1,
            source=IndicatorValue.Source.CORRECTED if code in corrected else IndicatorValue.Source.EXTRACTED,
        )
        for code, value in (values or {}).items()
        if value is not None
    )
    if refresh:
        report_figures_refresh(report=report)
    return report
