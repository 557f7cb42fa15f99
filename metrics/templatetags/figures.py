"""Showing figures: "—" for missing, "约4000" for approximate, localized numbers."""

from html import escape

from django import template
from django.utils.formats import get_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def figure_number(value, digits=2):
    """A number without trailing zeros: 4000, 99.31, 38.58 (two places at most); None → "—".

    Plain string formatting: number_format() costs ~0.1 ms a call, and a table page has hundreds.
    Neither zh-hans nor en groups thousands here (USE_THOUSAND_SEPARATOR is off)."""
    if value is None or value == "":
        return "—"
    value = float(value)
    if value.is_integer():
        return str(int(value))
    text = f"{value:.{int(digits)}f}".rstrip("0").rstrip(".")
    separator = get_format("DECIMAL_SEPARATOR")
    return text.replace(".", separator) if separator != "." else text


@register.filter
def figure_cell(cell):
    """A table cell's text: 约 prefix when the report gave an approximate figure."""
    text = figure_number(cell.value)
    return _("约%(number)s") % {"number": text} if cell.approximate and cell.value is not None else text


class _CellStrings:
    """The translated bits of a figure cell, looked up once per table rather than once per cell."""

    def __init__(self):
        missing = escape(_("报告未提供"))
        self.missing = f'<td class="num"><span class="missing" title="{missing}">—</span></td>'
        self.corrected = f'<span class="corrected" title="{escape(_("人工更正"))}">✎</span>'
        self.approx = _("约%(number)s")
        self.separator = get_format("DECIMAL_SEPARATOR")


def _cells_html(cells, report_id, strings: _CellStrings, parts: list[str]) -> None:
    report = int(report_id)
    for cell in cells:
        if cell.value is None:
            parts.append(strings.missing)
            continue
        value = float(cell.value)
        if value.is_integer():
            text = str(int(value))
        else:
            text = f"{value:.2f}".rstrip("0").rstrip(".")
            if strings.separator != ".":
                text = text.replace(".", strings.separator)
        if cell.approximate:
            text = strings.approx % {"number": text}
        parts.append(
            f'<td class="num"><a href="/reports/{report}/#v-{escape(cell.code)}">{escape(text)}</a>'
            f"{strings.corrected if cell.corrected else ''}</td>"
        )


@register.filter
def figure_cells(cells, report_id):
    """The <td> cells of one table row, built in Python: a 50-row page of 15 figures is 750
    cells, which Django's template engine would take tens of milliseconds to render."""
    parts: list[str] = []
    _cells_html(cells, report_id, _CellStrings(), parts)
    return mark_safe("".join(parts))


def _text(value) -> str:
    return "" if value is None else escape(str(value))


@register.simple_tag
def townships_rows(table):
    """Every <tr> of a Townships page in one pass (no per-row template work: see figure_cells)."""
    strings = _CellStrings()
    reviewed = f' <span class="reviewed" title="{escape(_("已审核"))}">✓</span>'
    parts: list[str] = []
    for row, cells in table:
        parts.append(
            f'<tr>\n<td><a href="/townships/{_text(row["township_id"])}/">{_text(row["township_name"])}</a>'
            f'{reviewed if row["reviewed"] else ""}</td>\n'
            f"<td>{_text(row['county_name'] or '—')}</td>\n"
        )
        _cells_html(cells, row["report_id"], strings, parts)
        parts.append("\n</tr>\n")
    return mark_safe("".join(parts))


@register.simple_tag
def compare_rows(table, first_rank):
    """Every <tr> of a Compare table page, ranks counted from `first_rank`."""
    strings = _CellStrings()
    parts: list[str] = []
    for rank, row in enumerate(table, start=int(first_rank)):
        parts.append(
            f'<tr>\n<td class="num">{rank}</td>\n'
            f'<td><a href="/townships/{_text(row["township_id"])}/">{_text(row["township_name"])}</a></td>\n'
            f"<td>{_text(row['county_name'] or '—')}</td>\n"
            f'<td class="num">{_text(row["year"])}</td>\n'
        )
        _cells_html(row["cells"], row["report_id"], strings, parts)
        parts.append("\n</tr>\n")
    return mark_safe("".join(parts))
