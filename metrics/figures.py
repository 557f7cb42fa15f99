"""The figures the dashboard compares: the 15 catalog indicators plus derived per-village ratios.

Codes are static (they are columns of `ReportFigures`); names come from the catalog rows in the
database (`Indicator.name`, language-aware) for indicators and from msgids for the ratios.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, F, FloatField, When
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from reports.extraction.catalog import INDICATORS

# Column order of the wide row and of tables/exports: the catalog's display order.
INDICATOR_CODES: tuple[str, ...] = tuple(spec.code for spec in INDICATORS)


@dataclass(frozen=True)
class Ratio:
    code: str
    numerator: str
    denominator: str
    name: str  # lazy msgid (Chinese)
    unit: str  # lazy msgid


RATIOS: dict[str, Ratio] = {
    ratio.code: ratio
    for ratio in (
        Ratio(
            "disputes_per_village", "disputes_received", "villages", _("每村（社区）受理矛盾纠纷"), _("件/村")
        ),
        Ratio(
            "enforcement_staff_per_village",
            "enforcement_staff",
            "villages",
            _("每村（社区）持证行政执法人员"),
            _("人/村"),
        ),
        Ratio(
            "legal_literates_per_village",
            "legal_literates",
            "villages",
            _("每村（社区）“法律明白人”"),
            _("人/村"),
        ),
        Ratio("mediators_per_village", "mediators", "villages", _("每村（社区）人民调解员"), _("人/村")),
    )
}
FIGURE_CODES: tuple[str, ...] = INDICATOR_CODES + tuple(RATIOS)

# The national norm: at least three 法律明白人 per administrative village.
LEGAL_LITERATES_TARGET = 3


@dataclass(frozen=True)
class Figure:
    """An indicator or a ratio, as shown in headers, axes and exports."""

    code: str
    name_zh: str
    name_en: str
    unit: str
    is_rate: bool = False
    is_ratio: bool = False

    @property
    def name(self) -> str:
        return self.name_en if translation.get_language() == "en" else self.name_zh

    @property
    def label(self) -> str:
        return f"{self.name}（{self.unit}）" if self.unit else self.name


def figure_catalog() -> dict[str, Figure]:
    """Every figure by code, indicators first (one query: the catalog rows)."""
    from .models import Indicator

    rows = {row.code: row for row in Indicator.objects.filter(code__in=INDICATOR_CODES)}
    catalog: dict[str, Figure] = {}
    for spec in INDICATORS:
        row = rows.get(spec.code)
        catalog[spec.code] = Figure(
            code=spec.code,
            name_zh=row.name_zh if row else spec.name_zh,
            name_en=row.name_en if row else spec.name_en,
            unit=row.unit if row else spec.unit,
            is_rate=spec.is_rate,
        )
    for ratio in RATIOS.values():
        with translation.override("zh-hans"):
            name_zh = str(ratio.name)
        with translation.override("en"):
            name_en = str(ratio.name)
        catalog[ratio.code] = Figure(
            code=ratio.code, name_zh=name_zh, name_en=name_en, unit=str(ratio.unit), is_ratio=True
        )
    return catalog


def ratio_expression(code: str):
    """SQL for a per-village ratio: missing (NULL) when either side is missing or villages is 0.

    Used by the generated columns of ReportFigures, so ratios are stored, indexed and filtered like
    any other figure."""
    ratio = RATIOS[code]
    return Case(
        When(**{f"{ratio.denominator}__gt": 0}, then=F(ratio.numerator) / F(ratio.denominator)),
        default=None,
        output_field=FloatField(),
    )


def figure_expression(code: str):
    """An ORM expression for a figure on ReportFigures (every figure, ratios included, is a column)."""
    if code in FIGURE_CODES:
        return F(code)
    raise KeyError(code)
