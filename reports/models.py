import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def original_file_path(report: "Report", filename: str) -> str:
    """Originals are stored under a generated name; the uploaded name is kept as data."""
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"reports/{report.year or 'unknown'}/{uuid.uuid4().hex}{suffix}"


class Report(models.Model):
    class Format(models.TextChoices):
        TXT = "txt", _("文本")
        DOCX = "docx", "Word (.docx)"
        PDF = "pdf", "PDF"

    township = models.ForeignKey(
        "townships.Township", verbose_name=_("乡镇"), on_delete=models.PROTECT, related_name="reports"
    )
    year = models.PositiveSmallIntegerField(_("年度"))
    title = models.CharField(_("标题"), max_length=300, blank=True)
    report_date = models.DateField(_("报告日期"), null=True, blank=True)
    text = models.TextField(_("正文（清理后）"))
    problems = models.TextField(_("存在问题"), blank=True)
    plans = models.TextField(_("下一步计划"), blank=True)
    keywords = models.JSONField(_("关键词"), default=list, blank=True)
    practices = models.JSONField(_("特色做法"), default=list, blank=True)
    original_file = models.FileField(_("原始文件"), upload_to=original_file_path, max_length=200)
    original_name = models.CharField(_("原始文件名"), max_length=255)
    content_hash = models.CharField(_("内容哈希（SHA-256）"), max_length=64, unique=True)
    encoding = models.CharField(_("编码"), max_length=32)
    format = models.CharField(_("格式"), max_length=8, choices=Format.choices)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("上传人"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    extractor_version = models.CharField(_("提取程序版本"), max_length=32)
    # A replaced report stays in the history; only one report per township-year is current.
    is_current = models.BooleanField(_("当前版本"), default=True)
    replaced_by = models.ForeignKey(
        "self", verbose_name=_("被替换为"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="replaces",
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("审核人"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    # Set when corrections of a replaced report could not be carried over (see review_flags).
    needs_review = models.BooleanField(_("需要复核"), default=False)
    review_flags = models.JSONField(_("待复核事项"), default=list, blank=True)

    class Meta:
        verbose_name = _("年度报告")
        verbose_name_plural = _("年度报告")
        permissions = [
            ("upload_report", _("可上传报告")),
            ("review_report", _("可审核、更正报告")),
            ("export_report", _("可导出数据")),
        ]
        ordering = ["-year", "township__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["township", "year"], condition=Q(is_current=True), name="one_current_report_per_year"
            ),
        ]
        indexes = [models.Index(fields=["year", "is_current"])]

    def __str__(self):
        return f"{self.township.name} {self.year}"

    @property
    def is_reviewed(self) -> bool:
        return self.reviewed_at is not None


class IndicatorValue(models.Model):
    class Source(models.TextChoices):
        EXTRACTED = "extracted", _("自动提取")
        CORRECTED = "corrected", _("人工更正")

    report = models.ForeignKey(
        Report, verbose_name=_("报告"), on_delete=models.CASCADE, related_name="values"
    )
    indicator = models.ForeignKey(
        "metrics.Indicator", verbose_name=_("指标"), on_delete=models.PROTECT, related_name="values"
    )
    value = models.DecimalField(_("数值"), max_digits=14, decimal_places=2)
    approximate = models.BooleanField(_("约数（余/多/约）"), default=False)
    evidence = models.TextField(_("原文句子"), blank=True)
    span_start = models.PositiveIntegerField(_("起始位置"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("结束位置"), null=True, blank=True)
    candidates = models.JSONField(_("其他候选"), default=list, blank=True)
    source = models.CharField(_("来源"), max_length=16, choices=Source.choices, default=Source.EXTRACTED)
    extractor_version = models.CharField(_("提取程序版本"), max_length=32, blank=True)

    class Meta:
        verbose_name = _("指标值")
        verbose_name_plural = _("指标值")
        constraints = [
            models.UniqueConstraint(fields=["report", "indicator"], name="one_value_per_indicator"),
            models.CheckConstraint(
                condition=Q(span_start__isnull=True) | Q(span_end__gte=models.F("span_start")),
                name="span_is_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.indicator.code}={self.value}"


class Correction(models.Model):
    """One change a person made to a figure; the latest per indicator wins over re-extraction."""

    class Action(models.TextChoices):
        ACCEPT = "accept", _("确认")
        CANDIDATE = "candidate", _("改选候选值")
        TYPED = "typed", _("手工填写")
        CLEARED = "cleared", _("清除")

    report = models.ForeignKey(
        Report, verbose_name=_("报告"), on_delete=models.CASCADE, related_name="corrections"
    )
    indicator = models.ForeignKey(
        "metrics.Indicator", verbose_name=_("指标"), on_delete=models.PROTECT, related_name="corrections"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("更正人"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("更正时间"), auto_now_add=True, db_index=True)
    action = models.CharField(_("操作"), max_length=16, choices=Action.choices)
    old_value = models.DecimalField(_("原值"), max_digits=14, decimal_places=2, null=True, blank=True)
    # Null: the figure was cleared (the report does not state it).
    new_value = models.DecimalField(_("新值"), max_digits=14, decimal_places=2, null=True, blank=True)
    new_approximate = models.BooleanField(_("新值为约数"), default=False)
    old_evidence = models.TextField(_("原句子"), blank=True)
    new_evidence = models.TextField(_("新句子"), blank=True)
    note = models.TextField(_("备注"), blank=True)
    # Set when the correction was carried over from the report this one replaced.
    carried_from = models.ForeignKey(
        Report, verbose_name=_("沿用自"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("更正记录")
        verbose_name_plural = _("更正记录")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["report", "indicator", "-created_at"])]

    def __str__(self):
        return f"{self.report} {self.indicator.code}: {self.old_value} → {self.new_value}"

    @property
    def evidence(self) -> str:
        """The sentence the corrected figure stands on (for carrying it over to a new file)."""
        return self.new_evidence or self.old_evidence
