"""Indicator units in the active language (the catalog stores them in Chinese)."""

from django.utils.translation import pgettext_lazy

UNITS = {
    "人": pgettext_lazy("unit", "人"), "件": pgettext_lazy("unit", "件"), "个": pgettext_lazy("unit", "个"),
    "场次": pgettext_lazy("unit", "场次"), "份": pgettext_lazy("unit", "份"),
    "人次": pgettext_lazy("unit", "人次"), "次": pgettext_lazy("unit", "次"), "%": "%",
}


def unit_label(unit: str) -> str:
    return str(UNITS.get(unit, unit))
