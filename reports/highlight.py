"""The report text with its extracted figures marked, built from escaped pieces."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Mark:
    start: int | None
    end: int | None
    code: str
    title: str = ""


def highlight_text(text: str, marks: list[Mark]) -> tuple[SafeString, list[str]]:
    """Escape `text` and wrap each valid, non-overlapping span in `<mark id="v-CODE">`.

    Returns the HTML and the codes that could not be placed (no span, out of range, or overlapping
    an earlier mark), so the page can say so instead of silently dropping them.
    """
    placed, skipped = [], []
    for mark in sorted(marks, key=lambda m: (m.start if m.start is not None else -1, m.code)):
        if mark.start is None or mark.end is None or not 0 <= mark.start < mark.end <= len(text):
            skipped.append(mark.code)
        elif placed and mark.start < placed[-1].end:
            skipped.append(mark.code)
        else:
            placed.append(mark)
    pieces, cursor = [], 0
    for mark in placed:
        pieces.append(conditional_escape(text[cursor : mark.start]))
        pieces.append(
            format_html(
                '<mark id="v-{}" class="fig" title="{}" tabindex="-1">{}</mark>',
                mark.code, mark.title, text[mark.start : mark.end],
            )
        )
        cursor = mark.end
    pieces.append(conditional_escape(text[cursor:]))
    return mark_safe("".join(pieces)), skipped  # noqa: S308 - every piece above is escaped
