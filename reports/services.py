"""Writing reports: the one ingestion path shared by `manage.py ingest` and the upload page.

Everything is read and checked before the first write; the writes then happen in one
transaction, so a file lands whole or not at all.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from metrics.models import Indicator
from metrics.services import report_figures_refresh
from townships.services import township_get_or_create

from .extraction import (
    EXTRACTOR_VERSION,
    DecodeError,
    ReportExtraction,
    decode_document,
    extract_report,
    keyword_profile,
    named_practices,
)
from .models import IndicatorValue, Report

logger = logging.getLogger(__name__)

CREATED, REPLACED, UNCHANGED, SKIPPED, FAILED = "created", "replaced", "unchanged", "skipped", "failed"

MSG_CREATED = _("已导入：{township} {year} 年，提取指标 {figures} 项")
MSG_REPLACED = _("已替换 {township} {year} 年的报告，提取指标 {figures} 项")
MSG_UNCHANGED = _("内容相同的文件已导入过（{township} {year} 年），未做更改")
MSG_CONFLICT = _("{township} {year} 年已有另一份报告；如要替换，请选择“替换”")
MSG_NO_TOWNSHIP = _("正文中找不到乡镇名称，请指定乡镇")
MSG_NO_YEAR = _("正文中找不到报告年度，请指定年度")
MSG_NOT_A_REPORT = _("这不像一份乡镇法治建设报告：找不到乡镇名称，也没有可提取的指标")
MSG_TOO_LARGE = _("文件过大（{size} 字节，上限 {limit} 字节）")
MSG_UNREADABLE = _("无法读取文件：{reason}")
MSG_DB_ERROR = _("保存时出错，未写入任何内容：{reason}")

DECODE_MESSAGES = {
    "empty": _("文件是空的"),
    "binary": _("这是二进制文件，不是文本、Word 或 PDF 报告"),
    "unsupported": _("不支持的文件类型（可上传 .txt、.docx、.pdf）"),
    "scanned_pdf": _("PDF 没有文字层（可能是扫描件），无法读取文字"),
    "corrupt": _("文件已损坏，无法打开"),
}


@dataclass(frozen=True)
class IngestOutcome:
    name: str
    status: str
    message: str
    report: Report | None = None
    figures: int = 0

    @property
    def ok(self) -> bool:
        return self.status != FAILED


def decode_error_message(exc: DecodeError) -> str:
    code = getattr(exc, "code", "")
    if code in DECODE_MESSAGES and code != "undecodable":
        return str(DECODE_MESSAGES[code])
    return str(MSG_UNREADABLE).format(reason=exc)


def report_ingest(
    *,
    data: bytes,
    source_name: str,
    uploaded_by=None,
    replace: bool = False,
    township: str | None = None,
    county: str | None = None,
    year: int | None = None,
    max_bytes: int | None = None,
) -> IngestOutcome:
    """Decode, extract and store one report file; never raises for bad input."""

    def outcome(status, message, **kwargs):
        return IngestOutcome(name=source_name, status=status, message=str(message), **kwargs)

    if max_bytes is not None and len(data) > max_bytes:
        return outcome(FAILED, str(MSG_TOO_LARGE).format(size=len(data), limit=max_bytes))
    content_hash = hashlib.sha256(data).hexdigest()
    if existing := Report.objects.select_related("township").filter(content_hash=content_hash).first():
        return outcome(UNCHANGED, _unchanged_message(existing), report=existing)
    try:
        document = decode_document(data)
    except DecodeError as exc:
        return outcome(FAILED, decode_error_message(exc))
    extraction = extract_report(document.text)
    township_name = township or extraction.township
    report_year = year or extraction.year
    if not township_name:
        return outcome(FAILED, MSG_NOT_A_REPORT if not extraction.figures else MSG_NO_TOWNSHIP)
    if not report_year:
        return outcome(FAILED, MSG_NO_YEAR)
    profile = keyword_profile(extraction.text)
    practices = named_practices(extraction.text)

    for attempt in range(2):
        try:
            return _report_store(
                data=data, source_name=source_name, content_hash=content_hash, document=document,
                extraction=extraction, township_name=township_name,
                county_name=county or extraction.county, year=report_year, replace=replace,
                uploaded_by=uploaded_by, keywords=profile, practices=practices, outcome=outcome,
            )
        except IntegrityError as exc:
            # Another upload of the same file or township-year committed first.
            if existing := Report.objects.select_related("township").filter(content_hash=content_hash).first():
                return outcome(UNCHANGED, _unchanged_message(existing), report=existing)
            if attempt:
                logger.exception("ingest of %s failed", source_name)
                return outcome(FAILED, str(MSG_DB_ERROR).format(reason=exc))
    raise AssertionError("unreachable")


def _unchanged_message(report: Report) -> str:
    return str(MSG_UNCHANGED).format(township=report.township.name, year=report.year)


def _report_store(
    *, data, source_name, content_hash, document, extraction: ReportExtraction, township_name, county_name,
    year, replace, uploaded_by, keywords, practices, outcome,
) -> IngestOutcome:
    saved_file = None
    try:
        with transaction.atomic():
            town = township_get_or_create(
                name=township_name, county_name=county_name, city=extraction.city or "",
                province=extraction.province or "",
            )
            previous = (
                Report.objects.select_for_update().filter(township=town, year=year, is_current=True).first()
            )
            if previous and not replace:
                return outcome(SKIPPED, str(MSG_CONFLICT).format(township=town.name, year=year), report=previous)
            if previous:
                previous.is_current = False
                previous.save(update_fields=["is_current"])
            report = Report(
                township=town, year=year, title=(extraction.title or "")[:300],
                report_date=extraction.report_date, text=extraction.text, problems=extraction.problems,
                plans=extraction.plans, keywords=[[word, round(weight, 4)] for word, weight in keywords],
                practices=practices, original_name=source_name[:255], content_hash=content_hash,
                encoding=document.encoding, format=document.format, uploaded_by=uploaded_by,
                extractor_version=EXTRACTOR_VERSION,
            )
            report.original_file.save(source_name, ContentFile(data), save=False)
            saved_file = report.original_file.name
            report.save()
            values = report_values_create(report=report, extraction=extraction)
            if previous:
                previous.replaced_by = report
                previous.save(update_fields=["replaced_by"])
            report_figures_refresh(report=report)
    except BaseException:
        if saved_file:
            Report._meta.get_field("original_file").storage.delete(saved_file)
        raise
    message = MSG_REPLACED if previous else MSG_CREATED
    return outcome(
        REPLACED if previous else CREATED,
        str(message).format(township=town.name, year=year, figures=len(values)),
        report=report, figures=len(values),
    )


def report_values_create(*, report: Report, extraction: ReportExtraction) -> list[IndicatorValue]:
    indicators = {indicator.code: indicator for indicator in Indicator.objects.all()}
    values = [
        IndicatorValue(
            report=report, indicator=indicators[figure.code], value=Decimal(str(round(figure.value, 2))),
            approximate=figure.approximate, evidence=figure.evidence, span_start=figure.start,
            span_end=figure.end, candidates=[candidate_as_json(c) for c in figure.candidates],
            source=IndicatorValue.Source.EXTRACTED, extractor_version=report.extractor_version,
        )
        for figure in extraction.figures.values()
        if figure.code in indicators
    ]
    return IndicatorValue.objects.bulk_create(values)


def candidate_as_json(candidate) -> dict:
    return {
        "value": candidate.value, "approximate": candidate.approximate, "evidence": candidate.evidence,
        "start": candidate.start, "end": candidate.end, "note": candidate.note,
    }
