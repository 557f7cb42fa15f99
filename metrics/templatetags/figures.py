"""Showing figures: "—" for missing, "约4000" for approximate, localized numbers."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def figure_number(value, digits=2):
    """A number without trailing zeros: 4000, 99.31, 38.58 (ratios to two places); None → "—"."""
    if value is None or value == "":
        return "—"
    value = float(value)
    if value.is_integer():
        return number_format(int(value), use_l10n=True)
    return number_format(round(value, int(digits)), decimal_pos=None, use_l10n=True)


@register.filter
def figure_cell(cell):
    """A table cell's text: 约 prefix when the report gave an approximate figure."""
    text = figure_number(cell.value)
    return _("约%(number)s") % {"number": text} if cell.approximate and cell.value is not None else text
