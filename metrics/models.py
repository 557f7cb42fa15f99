from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .figures import ratio_expression


class Indicator(models.Model):
    """One entry of the indicator catalog (loaded by a data migration)."""

    code = models.SlugField(_("代码"), max_length=64, unique=True)
    name_zh = models.CharField(_("中文名称"), max_length=64)
    name_en = models.CharField(_("英文名称"), max_length=128)
    unit = models.CharField(_("单位"), max_length=16)
    description = models.TextField(_("说明"), blank=True)
    display_order = models.PositiveSmallIntegerField(_("显示顺序"), default=0)
    is_rate = models.BooleanField(_("是比率"), default=False)

    class Meta:
        verbose_name = _("指标")
        verbose_name_plural = _("指标")
        ordering = ["display_order"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language (indicator names are data, not msgids)."""
        return self.name_en if translation.get_language() == "en" else self.name_zh


FIGURE_COLUMNS = (
    "enforcement_staff",
    "disputes_received",
    "disputes_resolved",
    "mediation_success_rate",
    "mediators",
    "mediation_committees",
    "legal_literates",
    "villages",
    "publicity_events",
    "publicity_materials",
    "people_reached",
    "legal_consultations",
    "litigation_cases",
    "study_sessions",
    "petitions_handled",
    "disputes_per_village",
    "enforcement_staff_per_village",
    "legal_literates_per_village",
    "mediators_per_village",
)


class ReportFigures(models.Model):
    """One wide row per *current* report: its figures as columns, for one-query tables and charts.

    Derived data, kept current by `metrics.services.report_figures_refresh` (called on ingest,
    correction, re-extraction and review) and rebuilt by `manage.py refresh_figures`. Names of the
    town and its county are copied too (kept current by signals on Township and County) so that
    sorting and filtering by them needs no join.
    """

    report = models.OneToOneField(
        "reports.Report",
        verbose_name=_("报告"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="figures",
    )
    township = models.ForeignKey(
        "townships.Township", verbose_name=_("乡镇"), on_delete=models.CASCADE, related_name="+"
    )
    county = models.ForeignKey(
        "townships.County",
        verbose_name=_("县级单位"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(_("年度"))
    township_name = models.CharField(_("乡镇（街道）"), max_length=64)
    county_name = models.CharField(_("县（区、市）"), max_length=64, blank=True)
    city = models.CharField(_("地级市"), max_length=64, blank=True)
    province = models.CharField(_("省份"), max_length=64, blank=True)
    reviewed = models.BooleanField(_("已审核"), default=False)
    # Codes whose value is approximate (余/多/约) or was corrected by hand.
    approximate = ArrayField(
        models.CharField(max_length=64), verbose_name=_("约数指标"), default=list, blank=True
    )
    corrected = ArrayField(
        models.CharField(max_length=64), verbose_name=_("人工更正指标"), default=list, blank=True
    )

    # One column per catalog indicator (metrics.figures.INDICATOR_CODES); NULL = not stated.
    enforcement_staff = models.FloatField(null=True, blank=True)
    disputes_received = models.FloatField(null=True, blank=True)
    disputes_resolved = models.FloatField(null=True, blank=True)
    mediation_success_rate = models.FloatField(null=True, blank=True)
    mediators = models.FloatField(null=True, blank=True)
    mediation_committees = models.FloatField(null=True, blank=True)
    legal_literates = models.FloatField(null=True, blank=True)
    villages = models.FloatField(null=True, blank=True)
    publicity_events = models.FloatField(null=True, blank=True)
    publicity_materials = models.FloatField(null=True, blank=True)
    people_reached = models.FloatField(null=True, blank=True)
    legal_consultations = models.FloatField(null=True, blank=True)
    litigation_cases = models.FloatField(null=True, blank=True)
    study_sessions = models.FloatField(null=True, blank=True)
    petitions_handled = models.FloatField(null=True, blank=True)

    # Per-village ratios (metrics.figures.RATIOS), computed by PostgreSQL from the columns above.
    disputes_per_village = models.GeneratedField(
        expression=ratio_expression("disputes_per_village"), output_field=models.FloatField(), db_persist=True
    )
    enforcement_staff_per_village = models.GeneratedField(
        expression=ratio_expression("enforcement_staff_per_village"),
        output_field=models.FloatField(),
        db_persist=True,
    )
    legal_literates_per_village = models.GeneratedField(
        expression=ratio_expression("legal_literates_per_village"),
        output_field=models.FloatField(),
        db_persist=True,
    )
    mediators_per_village = models.GeneratedField(
        expression=ratio_expression("mediators_per_village"),
        output_field=models.FloatField(),
        db_persist=True,
    )

    class Meta:
        verbose_name = _("报告指标（宽表）")
        verbose_name_plural = _("报告指标（宽表）")
        constraints = [
            models.UniqueConstraint(fields=["township", "year"], name="figures_one_row_per_township_year"),
        ]
        indexes = [
            # Townships/Compare: a year, sorted by name; region filters within a year. The whole sort
            # key of the name order (metrics.selectors.township_ordering) is in the index, so a page
            # and a year's CSV export read it in order instead of sorting every town of the year.
            models.Index(
                fields=["year", "township_name", "county_name", "report_id"], name="figures_year_name_order"
            ),
            models.Index(fields=["year", "province", "city", "county_name"], name="figures_year_region"),
            # Compare's and the overview's aggregates over a whole year (counts and medians of any two
            # figures) read this narrow copy of the figures instead of the wide rows (index-only).
            models.Index(
                fields=["year"],
                include=["report_id", "reviewed", *FIGURE_COLUMNS],
                name="figures_year_all_figures",
            ),
            models.Index(fields=["county", "year"], name="figures_county_year"),
            # Ranking by a figure within a year (Compare's table and bar chart, sorted Townships):
            # best first, missing last, read straight from an index.
            *(
                models.Index(F("year"), F(code).desc(nulls_last=True), name=f"fy_{code}"[:30])
                for code in FIGURE_COLUMNS
            ),
        ]

    def __str__(self):
        return f"{self.township_name} {self.year}"


class CacheGeneration(models.Model):
    """A single row whose `value` changes whenever data the dashboard caches changes.

    Bumped by PostgreSQL itself (statement triggers on the figures, counties and indicator tables,
    see migration 0005), inside the writing transaction: every write path — ingest, correction,
    re-extraction, `refresh_figures`, the admin, raw SQL — bumps it, and a reader that sees the new
    value also sees the new data. Cached results are keyed by it (`metrics.cache`), so nothing has
    to be deleted from the cache when data changes.
    """

    value = models.BigIntegerField(_("缓存代数"))

    class Meta:
        verbose_name = _("缓存代数")
        verbose_name_plural = _("缓存代数")

    def __str__(self):
        return str(self.value)
