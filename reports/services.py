"""Writing reports: the one ingestion path shared by `manage.py ingest` and the upload page.

Everything is read and checked before the first write; the writes then happen in one
transaction, so a file lands whole or not at all.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from metrics.models import Indicator
from metrics.services import report_figures_refresh
from townships.models import Township
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
from .models import Correction, IndicatorValue, Report

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
MSG_OUTSIDE_REGION = _("{township} 不在您负责的地区范围内，未导入")

DECODE_MESSAGES = {
    "empty": _("文件是空的"),
    "binary": _("这是二进制文件，不是文本、Word 或 PDF 报告"),
    "unsupported": _("不支持的文件类型（可上传 .txt、.docx、.pdf）"),
    "scanned_pdf": _("PDF 没有文字层（可能是扫描件），无法读取文字"),
    "corrupt": _("文件已损坏，无法打开"),
    "encrypted": _("PDF 设有密码保护，无法读取"),
}
MSG_UNDECODABLE = _(
    "无法识别文字编码（不是 UTF-8、GB18030/GBK，也不是带 BOM 的 UTF-16）：第 {offset} 字节处无效"
)
MSG_OLD_WORD = _("不支持旧版 Word（.doc）文件，请另存为 .docx 或 PDF 后再上传")


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
    """The reader's reason in the reader's language (the decoder's own text is English)."""
    code = getattr(exc, "code", "")
    if code == "undecodable" and (offset := re.search(r"offset (\d+)", str(exc))):
        return str(MSG_UNDECODABLE).format(offset=offset.group(1))
    if code == "unsupported" and ".doc " in str(exc):
        return str(MSG_OLD_WORD)
    if code in DECODE_MESSAGES:
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
    within_region: Q | None = None,
) -> IngestOutcome:
    """Decode, extract and store one report file; never raises for bad input.

    `within_region` (a `region_q(user)`) refuses a report whose township lies outside
    the uploader's region, so a county-scoped editor cannot add towns they cannot see.
    """

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
    # Hints fill in what the text does not say; they never override it, so one set of
    # hints can go with a whole batch of files.
    township_name = extraction.township or township
    report_year = extraction.year or year
    # The county goes with the township: the text's when the text named the town.
    county_name = (extraction.county or county) if extraction.township else (county or extraction.county)
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
                county_name=county_name, year=report_year, replace=replace,
                uploaded_by=uploaded_by, keywords=profile, practices=practices, outcome=outcome,
                within_region=within_region,
            )
        except _OutsideRegion as exc:
            return outcome(FAILED, str(MSG_OUTSIDE_REGION).format(township=exc.args[0]))
        except IntegrityError as exc:
            # Another upload of the same file or township-year committed first.
            if existing := (
                Report.objects.select_related("township").filter(content_hash=content_hash).first()
            ):
                return outcome(UNCHANGED, _unchanged_message(existing), report=existing)
            if attempt:
                logger.exception("ingest of %s failed", source_name)
                return outcome(FAILED, str(MSG_DB_ERROR).format(reason=exc))
    raise AssertionError("unreachable")


def _same_text(a: str, b: str) -> bool:
    return a == b or re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


class _OutsideRegion(Exception):
    pass


def _unchanged_message(report: Report) -> str:
    return str(MSG_UNCHANGED).format(township=report.township.name, year=report.year)


def _report_store(
    *, data, source_name, content_hash, document, extraction: ReportExtraction, township_name, county_name,
    year, replace, uploaded_by, keywords, practices, outcome, within_region=None,
) -> IngestOutcome:
    saved_file = None
    try:
        with transaction.atomic():
            town = township_get_or_create(
                name=township_name, county_name=county_name, city=extraction.city or "",
                province=extraction.province or "",
            )
            if within_region and not Township.objects.filter(within_region, pk=town.pk).exists():
                raise _OutsideRegion(str(town))  # rolls back a township created just now
            previous = (
                Report.objects.select_for_update().filter(township=town, year=year, is_current=True).first()
            )
            if previous and _same_text(previous.text, extraction.text):
                # The same report in another encoding or format (a PDF may break lines
                # differently): nothing to change.
                return outcome(UNCHANGED, _unchanged_message(previous), report=previous)
            if previous and not replace:
                return outcome(
                    SKIPPED, str(MSG_CONFLICT).format(township=town.name, year=year), report=previous
                )
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
                corrections_carry_over(old=previous, new=report)
                report_figures_refresh(report=previous)
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


# ---------------------------------------------------------------------------------------------
# Review and corrections

MSG_NOTHING_TO_ACCEPT = _("{indicator}：没有提取到数值，无法确认")
MSG_NO_SUCH_CANDIDATE = _("{indicator}：没有这个候选值（页面可能已过期，请刷新）")
MSG_BAD_VALUE = _("{indicator}：请填写一个非负数，最多两位小数")
MSG_RATE_RANGE = _("{indicator}：比率应在 0 到 100 之间")
MSG_UNKNOWN_ACTION = _("未知的操作")
NOTE_PREVIOUS_CHOICE = "previous choice"
CARRIED_REASON = _("新文件中找不到原更正所依据的句子")
MAX_VALUE = Decimal("999999999999.99")


class CorrectionError(ValueError):
    """A correction that cannot be applied; str() is a message for the reviewer."""


def corrections_latest(report: Report) -> dict[int, Correction]:
    """The latest correction of each indicator of the report, by indicator id (one query)."""
    latest = (
        Correction.objects.filter(report=report).select_related("indicator", "user")
        .order_by("indicator_id", "-created_at", "-id").distinct("indicator_id")
    )
    return {correction.indicator_id: correction for correction in latest}


def correction_value_parse(raw, indicator: Indicator) -> Decimal:
    """A typed value: non-negative, two decimals at most, a rate within 0–100."""
    text = str(raw or "").strip().replace(",", "").replace("，", "").removesuffix("%")
    try:
        value = Decimal(text)
    except ArithmeticError:
        value = None
    valid = value is not None and value.is_finite() and 0 <= value <= MAX_VALUE
    if not valid or value.as_tuple().exponent < -2:
        raise CorrectionError(str(MSG_BAD_VALUE).format(indicator=indicator.name))
    if indicator.is_rate and value > 100:
        raise CorrectionError(str(MSG_RATE_RANGE).format(indicator=indicator.name))
    return value


def indicator_value_correct(
    *,
    report: Report,
    indicator: Indicator,
    user,
    action: str,
    value: Decimal | str | None = None,
    approximate: bool = False,
    candidate: int | None = None,
    note: str = "",
) -> Correction:
    """Accept, re-pick, type or clear one figure of a report, keeping the change as a Correction.

    The latest correction of an indicator wins over re-extraction (see `report_reextract`).
    """
    Action = Correction.Action
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        current = IndicatorValue.objects.filter(report=report, indicator=indicator).first()
        correction = Correction(
            report=report, indicator=indicator, user=user, action=action, note=note.strip(),
            old_value=current.value if current else None, old_evidence=current.evidence if current else "",
        )
        if action == Action.ACCEPT:
            if current is None:
                raise CorrectionError(str(MSG_NOTHING_TO_ACCEPT).format(indicator=indicator.name))
            correction.new_value, correction.new_approximate = current.value, current.approximate
            correction.new_evidence = current.evidence
        elif action == Action.CANDIDATE:
            candidates = list(current.candidates) if current else []
            if candidate is None or not 0 <= candidate < len(candidates):
                raise CorrectionError(str(MSG_NO_SUCH_CANDIDATE).format(indicator=indicator.name))
            chosen = candidates.pop(candidate)
            # The value it replaces stays pickable.
            candidates.insert(0, {
                "value": float(current.value), "approximate": current.approximate,
                "evidence": current.evidence, "start": current.span_start, "end": current.span_end,
                "note": NOTE_PREVIOUS_CHOICE,
            })
            current.value = Decimal(str(round(chosen["value"], 2)))
            current.approximate = bool(chosen.get("approximate"))
            current.evidence = chosen.get("evidence") or ""
            current.span_start, current.span_end = chosen.get("start"), chosen.get("end")
            current.candidates = candidates
            current.source = IndicatorValue.Source.CORRECTED
            current.save()
            correction.new_value, correction.new_approximate = current.value, current.approximate
            correction.new_evidence = current.evidence
        elif action == Action.TYPED:
            typed = correction_value_parse(value, indicator)
            if current is None:
                # The extractor found nothing: the value has no sentence in the text.
                current = IndicatorValue(report=report, indicator=indicator, extractor_version="")
            current.value, current.approximate = typed, bool(approximate)
            current.source = IndicatorValue.Source.CORRECTED
            current.save()
            correction.new_value, correction.new_approximate = typed, bool(approximate)
            correction.new_evidence = current.evidence
        elif action == Action.CLEARED:
            if current is not None:
                current.delete()
            correction.new_value = None
        else:
            raise CorrectionError(str(MSG_UNKNOWN_ACTION))
        correction.save()
        report_figures_refresh(report=report)
    return correction


def report_review_mark(*, report: Report, user, reviewed: bool = True) -> Report:
    """Mark a report reviewed (or not); clears the flags left by a replacement."""
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        report.reviewed_at = timezone.now() if reviewed else None
        report.reviewed_by = user if reviewed else None
        if reviewed:
            report.needs_review, report.review_flags = False, []
        report.save(update_fields=["reviewed_at", "reviewed_by", "needs_review", "review_flags"])
        report_figures_refresh(report=report)
    return report


def _span_in(text: str, evidence: str, old_text: str, old_start: int | None, old_end: int | None):
    """The span of a figure in `text`, moved along with its sentence from `old_text`."""
    at = text.find(evidence) if evidence else -1
    if at < 0:
        return None, None
    old_at = old_text.find(evidence) if old_text else -1
    known = old_at >= 0 and old_start is not None and old_end is not None
    if known and old_at <= old_start <= old_end <= old_at + len(evidence):
        return at + old_start - old_at, at + old_end - old_at
    return at, at + len(evidence)


def corrections_carry_over(*, old: Report, new: Report) -> list[dict]:
    """Re-apply the old report's corrections to the report replacing it.

    A correction is carried over when the sentence it stands on is still in the new text;
    the others are listed in `new.review_flags` and the report is flagged for review.
    """
    latest = corrections_latest(old)
    if not latest:
        return []
    old_values = {v.indicator_id: v for v in IndicatorValue.objects.filter(report=old)}
    new_values = {v.indicator_id: v for v in IndicatorValue.objects.filter(report=new)}
    flags, carried = [], []
    for indicator_id, correction in latest.items():
        evidence = correction.evidence
        current = new_values.get(indicator_id)
        if not evidence or evidence not in new.text:
            flags.append({
                "indicator": correction.indicator.code, "action": correction.action,
                "value": None if correction.new_value is None else f"{correction.new_value.normalize():f}",
                "note": correction.note, "user": correction.user.get_username() if correction.user else "",
                "reason": str(CARRIED_REASON),
            })
            continue
        before = current.value if current else None
        if correction.action == Correction.Action.CLEARED:
            if current is not None:
                current.delete()
        elif (
            current is None or current.value != correction.new_value
            or correction.action != Correction.Action.ACCEPT
        ):
            previous_row = old_values.get(indicator_id)
            start, end = _span_in(
                new.text, evidence, old.text, previous_row.span_start if previous_row else None,
                previous_row.span_end if previous_row else None,
            )
            current = current or IndicatorValue(report=new, indicator=correction.indicator)
            current.value, current.approximate = correction.new_value, correction.new_approximate
            current.evidence, current.span_start, current.span_end = evidence, start, end
            current.source = IndicatorValue.Source.CORRECTED
            current.extractor_version = current.extractor_version or ""
            current.save()
        carried.append(Correction(
            report=new, indicator=correction.indicator, user=correction.user, action=correction.action,
            old_value=before, new_value=correction.new_value, new_approximate=correction.new_approximate,
            old_evidence=correction.old_evidence, new_evidence=correction.new_evidence, note=correction.note,
            carried_from=old,
        ))
    Correction.objects.bulk_create(carried)
    if flags:
        new.needs_review, new.review_flags = True, flags
        new.save(update_fields=["needs_review", "review_flags"])
    return flags


# ---------------------------------------------------------------------------------------------
# Re-extraction


@dataclass(frozen=True)
class FigureChange:
    code: str
    old: Decimal | None
    new: Decimal | None
    kept: bool = False  # corrected by hand: the new reading was not applied

    def __str__(self):
        def show(value):
            return "—" if value is None else f"{value.normalize():f}"

        if self.kept:
            reads = show(self.new)
            return f"{self.code}: {show(self.old)} kept (corrected by hand; the extractor reads {reads})"
        return f"{self.code}: {show(self.old)} → {show(self.new)}"


@dataclass(frozen=True)
class ReextractOutcome:
    report: Report
    changes: list[FigureChange]
    text_changed: bool = False


def report_reextract(*, report: Report, dry_run: bool = False) -> ReextractOutcome:
    """Run the current extractor over a stored report's text and update its figures.

    A figure whose latest correction was made by hand (or whose source is "corrected")
    is never touched, a cleared one is not brought back.
    """
    extraction = extract_report(report.text)
    # The stored text is already cleaned; cleaning again must leave it as it is, or the
    # spans would move. If it does not, the new text (and spans) are stored.
    text_changed = extraction.text != report.text
    indicators = {indicator.code: indicator for indicator in Indicator.objects.all()}
    existing = {v.indicator.code: v for v in report.values.select_related("indicator")}
    corrected = {correction.indicator.code for correction in corrections_latest(report).values()}
    corrected |= {code for code, v in existing.items() if v.source == IndicatorValue.Source.CORRECTED}

    changes, writes, deletes = [], [], []
    for code, indicator in indicators.items():
        row, figure = existing.get(code), extraction.figures.get(code)
        new_value = Decimal(str(round(figure.value, 2))) if figure else None
        old_value = row.value if row else None
        if code in corrected:
            if new_value is not None and new_value != old_value:
                changes.append(FigureChange(code, old_value, new_value, kept=True))
            if text_changed and row is not None:
                row.span_start, row.span_end = _span_in(
                    extraction.text, row.evidence, report.text, row.span_start, row.span_end
                )
                writes.append(row)
            continue
        if figure is None:
            if row is not None:
                changes.append(FigureChange(code, old_value, None))
                deletes.append(row.pk)
            continue
        if old_value != new_value or (row and row.approximate != figure.approximate):
            changes.append(FigureChange(code, old_value, new_value))
        row = row or IndicatorValue(report=report, indicator=indicator)
        row.value, row.approximate, row.evidence = new_value, figure.approximate, figure.evidence
        row.span_start, row.span_end = figure.start, figure.end
        row.candidates = [candidate_as_json(c) for c in figure.candidates]
        row.source, row.extractor_version = IndicatorValue.Source.EXTRACTED, EXTRACTOR_VERSION
        writes.append(row)

    if not dry_run:
        with transaction.atomic():
            report = Report.objects.select_for_update().get(pk=report.pk)
            IndicatorValue.objects.filter(pk__in=deletes).delete()
            for row in writes:
                row.save()
            report.extractor_version = EXTRACTOR_VERSION
            fields = ["extractor_version"]
            if extraction.title:
                report.title = extraction.title[:300]
                fields.append("title")
            report.problems, report.plans = extraction.problems, extraction.plans
            report.keywords = [[word, round(weight, 4)] for word, weight in keyword_profile(extraction.text)]
            report.practices = named_practices(extraction.text)
            fields += ["problems", "plans", "keywords", "practices"]
            if text_changed:
                report.text = extraction.text
                fields.append("text")
            report.save(update_fields=fields)
            report_figures_refresh(report=report)
    return ReextractOutcome(report=report, changes=changes, text_changed=text_changed)
