"""Regex helpers of the extraction (plain re, no dependency)."""

from __future__ import annotations

import re
from re import _constants as _sre
from re import _parser as _sre_parse


def first_chars(items: list) -> list[tuple[int, int]] | None:
    """Ranges of code points the first character of a match can be in (parsed pattern items),
    or None when that is not known (a negated class, a backreference…) or the match can be empty."""
    out: list[tuple[int, int]] = []
    for i, (op, av) in enumerate(items):
        if op is _sre.LITERAL:
            return [*out, (av, av)]
        if op is _sre.IN:
            for o, a in av:
                if o is _sre.LITERAL:
                    out.append((a, a))
                elif o is _sre.RANGE:
                    out.append(a)
                else:
                    return None
            return out
        if op is _sre.BRANCH:
            for alt in av[1]:
                first = first_chars([*alt, *items[i + 1:]])
                if first is None:
                    return None
                out += first
            return out
        if op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None  # the listed characters would be one case only
            first = first_chars([*av[3], *items[i + 1:]])
            return None if first is None else out + first
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            lo, _hi, body = av
            first = first_chars([*body, *items[i + 1:]] if lo == 0 else list(body))
            if first is None:
                return None
            out += first
            if lo > 0:
                return out
            continue  # the repeat may be skipped: what follows can come first too
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: the first character is after it
        return None
    return None  # the match can be empty


def compile_scan(pattern: str) -> re.Pattern[str]:
    """re.compile(pattern) for a pattern searched in short strings, with a lookahead for the
    characters a match can start with put first: the same matches (the lookahead is zero width
    and lets through every possible first character), but at most positions of the string one
    character-class test fails the attempt, where an alternation of phrases that start with
    groups and lookbehinds tries each of them (a reject or phrase union costs 2-3 us a search)."""
    try:
        parsed = _sre_parse.parse(pattern)
        first = None if parsed.state.flags & re.IGNORECASE else first_chars(list(parsed))
    except Exception:  # noqa: BLE001 - an unknown construct: no lookahead, same results
        first = None
    if not first:
        return re.compile(pattern)
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                  for a, b in sorted(set(first)))
    try:
        return re.compile(f"(?=[{cls}])(?:{pattern})")
    except re.error:  # e.g. global flags, which must stay first: no lookahead then
        return re.compile(pattern)


def first_char_set(pattern: str) -> frozenset[str]:
    """The characters a match of pattern can start with (for a cheap test before .match on many
    short strings); ValueError when that is not known."""
    first = first_chars(list(_sre_parse.parse(pattern)))
    if not first:
        raise ValueError(f"no known first characters: {pattern!r}")
    return frozenset(chr(c) for a, b in first for c in range(a, b + 1))
