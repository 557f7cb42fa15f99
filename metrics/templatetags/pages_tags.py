"""Formatting helpers for the detail pages: figures with their 约 / corrected marks, changes."""

from django import template
from django.template.defaultfilters import floatformat
from django.utils.html import format_html
from django.utils.translation import gettext as _

from metrics.units import unit_label

register = template.Library()

MISSING = "—"


@register.filter
def fig(value):
    """A figure in the active language's number format, at most two decimals; "—" when missing."""
    if value is None or value == "":
        return MISSING
    return floatformat(value, "-2g")


@register.filter
def unit(value):
    """An indicator's unit in the active language (units are catalog data in Chinese)."""
    return unit_label(value)


@register.filter
def pct(value, digits=1):
    if value is None or value == "":
        return MISSING
    return floatformat(value, f"{digits}g") + "%"


@register.simple_tag
def figure(value, approximate=False, corrected=False, unit=""):
    """`约4,000 人 ✎` — the 约 mark for approximate figures and a pencil for hand-corrected ones."""
    corrected = corrected is True or corrected == "corrected"
    if value is None:
        return format_html('<span class="missing" title="{}">{}</span>', _("报告未提及"), MISSING)
    return format_html(
        '{}<span class="fig-value">{}</span>{}{}',
        format_html('<abbr class="approx" title="{}">{}</abbr>', _("约数（余/多/约）"), _("约"))
        if approximate else "",
        fig(value),
        format_html('<span class="unit"> {}</span>', unit_label(unit)) if unit else "",
        format_html(' <abbr class="corrected" title="{}">✎</abbr>', _("人工更正")) if corrected else "",
    )


@register.simple_tag
def change(cell):
    """Change against the previous reported year: arrow, absolute and percent."""
    if cell is None or cell.change is None:
        return ""
    arrow = {"up": "▲", "down": "▼", "flat": "＝"}[cell.direction]
    sign = "+" if cell.change > 0 else ""
    percent = f" ({sign}{floatformat(cell.change_pct, '-1g')}%)" if cell.change_pct is not None else ""
    return format_html(
        '<span class="change change-{}" title="{}">{} {}{}{}</span>',
        cell.direction, _("较 %(year)s 年") % {"year": cell.previous_year},
        arrow, sign, fig(cell.change), percent,
    )


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
