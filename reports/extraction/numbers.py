"""The number grammar: find "number + measure word" tokens and percentages in report text.

Reports write figures as Arabic numerals (``21 名``, ``1,200份``, ``97.67%``), Chinese numerals
(``三十七场``, ``两万余人次``, ``千余人次``, ``百分之百``) and mixtures (``2万多份``,
``505万余元``). A figure here is a number followed by a measure word from ``COUNT_UNITS``,
or a percentage. Everything else with digits in it (dates, years, document numbers, ordinals,
"5项必经程序", "15天一报", "12.4国家宪法日", "“八五”普法", "24小时") is not a figure, and the grammar
simply does not produce a token for it.

The token records whether the number is approximate (余/多/约/近/左右/以上/超过/逾…), a range
(``3至5次``: no single value) or vague (``数万份``, ``若干``, ``几十``: no value at all).
"""

from __future__ import annotations

import re
from typing import NamedTuple

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
# 廿 and 卅 are twenty and thirty in one character ("廿六名" = 26)
_CN_TENS = {"廿": "二十", "卅": "三十"}
_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS) + "".join(_CN_TENS)

# Measure words after which a number counts something. The lookaheads keep words that merely
# begin with the measure word out ("一次性", "两部门", "个人", "一件事", "一条龙").
COUNT_UNITS: tuple[tuple[str, str], ...] = (
    ("人次", ""),
    ("场次", ""),
    ("批次", ""),
    ("件次", ""),
    ("名", "(?!义|单|称|录|额|列|次第|牌)"),
    # ("8人均持有…执法证": 8 people, all of them; 人均 is per head only before a number)
    ("人", "(?!民|员|大|口|才|士|群|事|身|家|们|力|生|格|物|心|情|选|数|工|间|文|社|性|权|数)"),
    ("位", "(?!置|于|列|数)"),
    ("件", "(?!事)"),
    ("起", "(?!来|草|诉|点|步|到|止|因)"),
    ("宗", "(?!旨|教)"),
    ("例", "(?!如|行|会|外)"),
    ("场", "(?!所|景|地|馆|合|面|域)"),
    ("次", "(?!性|日|年|序|要|数|第|办)"),
    ("期", "(?!间|限|刊|待|望|内)"),
    ("份", "(?!额)"),
    ("册", "(?!子)"),
    ("本", "(?!级|地|镇|单|着|身|年|届|质|原|部|领|次|村|辖|乡|街|区|县|市|省|人|职|位|科)"),
    ("张", "(?!贴|挂|网)"),
    ("条", "(?!龙|例|件|心)"),
    ("部", "(?!门|署|分|队|长|委|位|署)"),
    # "有执法证的一共18个人": spoken for 18人 (not "个人档案", "个人信息"…)
    ("个人", "(?![\u4e00-\u9fff])"),
    ("个", "(?!人(?!民)|性|体|别|案)"),
    ("元", "(?!化|旦|素|宵)"),
    ("批", "(?!准|复|示|评|判|办)"),
    ("处", "(?!理|置|级|长|室|罚|分|于|在|事|境)"),
    ("幅", "(?!度)"),
    ("块", ""),
    ("篇", "(?!章)"),
    ("堂", ""),
    # a lecture of a series ("法治夜校开课20讲"), not a slogan's ("三讲三评") nor a verb ("3名律师讲授")
    ("讲", "(?![一二三四五六七八九十座解授话述堂法课师评究清明透好学理政台稿义者经信的了给到在起出完])"),
    ("轮", "(?!流|岗)"),
    ("所", "(?!以|有|在|属|谓|得)"),
    ("座", "(?!谈)"),
    ("支", "(?!持|部|付|出|撑|援)"),
    ("台", "(?!账|湾|风|阶)"),
    ("辆", ""),
    ("户", "(?!长|籍|口|外|主|型)"),
    ("家", "(?!庭|乡|属|长|园|里|人|风|中|族|事|政|暴|门)"),
    ("间", "(?!隔|断)"),
    ("套", ""),
    ("块", ""),
    ("栋", ""),
)
_UNIT_ALT = "|".join(
    re.escape(u) + la for u, la in sorted(dict(COUNT_UNITS).items(), key=lambda kv: -len(kv[0]))
)

# Whatever follows an Arabic number in the grammars below (a magnitude, a separator, a measure
# word, "%") never starts with a digit, "." or ",", and whatever follows a Chinese one never
# with a Chinese numeral, so a number, once read, is never given back: the groups are atomic /
# possessive, which only saves the regex engine from retrying shorter numbers ("2021—2025年" is
# not a count, found without trying "202", "20" …).
_AR = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_CN = rf"[{_CN_CHARS}]++"
_CN_DECIMAL = rf"[{''.join(CN_DIGITS)}十]++点[{''.join(CN_DIGITS)}]++[万亿]"
_RANGE_SEP = r"(?:至|到|~|～|-|—|－|–)"
# Token grammars, tried only at the start of a run of digits / Chinese numerals (runs are
# maximal, so a token never starts inside a longer number). "第" before a number makes it an
# ordinal (skipped below).
# what follows the number of a count: "余" / "多" / "来", the measure word, "左右" / "以上" …
# (not the 多 of "多出": "比上年的7600份多出2400份")
_COUNT_TAIL_PATTERN = rf"(?P<q1>余|多|来)?\s?(?P<unit>{_UNIT_ALT})(?P<q2>左右|以上|上下|之多|余|多(?!出))?"
_NUM_AND_TAIL_PATTERN = (
    # "1万2千" / "1万2" (Arabic digits with two magnitudes, the second one often left unsaid);
    # "一点二万" (a Chinese decimal before a magnitude)
    rf"(?P<num>(?:{_AR})(?:\s?(?P<mag>[万亿千])(?:(?<=万)[1-9](?![\d.])千?)?)?|{_CN_DECIMAL}|{_CN})"
    + _COUNT_TAIL_PATTERN
)
_COUNT = re.compile(rf"(?:(?P<lo>{_AR}|{_CN})\s?{_RANGE_SEP}\s?)?" + _NUM_AND_TAIL_PATTERN)
# what _COUNT reads after the low end of a range and its separator ("3至5次": "5次")
_RANGE_END = re.compile(r"\s?" + _NUM_AND_TAIL_PATTERN)
_RANGE_SEP_CHARS = frozenset("至到~～-—－–")
_PCT = re.compile(rf"(?P<pnum>{_AR})\s?%")
_PCN = re.compile(rf"百分之(?P<pcnum>[{_CN_CHARS}]+(?:点[{''.join(CN_DIGITS)}]+)?)")
_PREFIX_APPROX = ("约", "近", "逾", "超过", "超", "将近", "大约", "约为", "近乎", "接近", "多达",
                  "不足", "不到", "不少于", "至少", "差不多", "大概", "大约有", "大概有", "差不多有", "突破")
_APPROX_REACH = max(map(len, _PREFIX_APPROX))  # how far back a qualifier can start


class Quantity(NamedTuple):
    """A number with its measure word (or a percentage) found at text[start:end].

    A NamedTuple rather than a frozen dataclass: a report has dozens and creating them is on
    the hot path.
    """

    value: float | None  # None for ranges and vague amounts
    approximate: bool
    unit: str  # the measure word, "%" for percentages
    start: int  # first character of the number
    end: int  # end of the measure word (or of "%")
    is_percent: bool = False
    is_range: bool = False
    vague: bool = False


def cn_to_number(s: str) -> int | None:
    """Chinese numeral -> int ("一百零五" -> 105, "两千" -> 2000, "千" -> 1000); None if not one."""
    if not s:
        return None
    if "廿" in s or "卅" in s:
        for one, two in _CN_TENS.items():
            s = s.replace(one, two)
    total = 0
    section = 0
    digit: int | None = None
    prev_digit = False
    for ch in s:
        if ch in CN_DIGITS:
            d = CN_DIGITS[ch]
            if d == 0:
                digit = None
                prev_digit = False
                continue
            if prev_digit:
                return None  # "两三", "二〇二三": not a plain numeral
            digit = d
            prev_digit = True
        elif ch in CN_SMALL_UNITS:
            section += (digit if digit is not None else 1) * CN_SMALL_UNITS[ch]
            digit = None
            prev_digit = False
        elif ch in CN_BIG_UNITS:
            section += digit or 0
            if section == 0:
                section = 1
            total += section * CN_BIG_UNITS[ch]
            section = 0
            digit = None
            prev_digit = False
        else:
            return None
    return total + section + (digit or 0)


def parse_number(s: str) -> float | None:
    """"1,200" -> 1200, "1.2万" -> 12000, "三十七" -> 37, "2万" -> 20000."""
    s = s.replace(" ", "")
    if not s:
        return None
    mag = 1
    if "点" in s:
        return _cn_decimal(s)
    if s[0].isdigit() and "万" in s and s[-1] != "万":
        # "1万2千", and "1万2" where the 千 goes without saying
        wan, qian = s.rstrip("千").split("万", 1)
        return float(wan.replace(",", "")) * 10_000 + int(qian) * 1000 if qian.isdigit() else None
    if s[-1] in "万亿千" and s[:-1] and s[-2].isdigit():
        mag = {"万": 10_000, "亿": 100_000_000, "千": 1000}[s[-1]]
        s = s[:-1]
    if s[0].isdigit():
        try:
            return float(s.replace(",", "")) * mag
        except ValueError:
            return None
    n = cn_to_number(s)
    return None if n is None else float(n) * mag


def _cn_decimal(s: str) -> float | None:
    """"一点二万" -> 12000, "三点五" -> 3.5."""
    mag = 1
    if s[-1] in CN_BIG_UNITS:
        mag = CN_BIG_UNITS[s[-1]]
        s = s[:-1]
    whole, frac = s.split("点", 1)
    w = cn_to_number(whole)
    if w is None or not frac or any(c not in CN_DIGITS for c in frac):
        return None
    return float(f"{w}." + "".join(str(CN_DIGITS[c]) for c in frac)) * mag


# The value of every Chinese numeral of one or two characters ("三", "十二", "两千", "千" …), as
# parse_number reads it: most Chinese counts are written so, and looking them up skips its tests.
_SHORT_CN_VALUES = {
    n: v for n in [*_CN_CHARS, *(x + y for x in _CN_CHARS for y in _CN_CHARS)]
    if (v := parse_number(n)) is not None
}


def _percent_value(m: re.Match[str]) -> float | None:
    if m.re is _PCT:
        return float(m.group("pnum").replace(",", ""))
    cn = m.group("pcnum")
    if "点" in cn:
        whole, frac = cn.split("点", 1)
        w = cn_to_number(whole)
        if w is None:
            return None
        return float(f"{w}." + "".join(str(CN_DIGITS[c]) for c in frac))
    n = cn_to_number(cn)
    return None if n is None else float(n)


# A number run can only start a token if what follows it could continue one; checking that in
# the regex keeps the Python loop to the few runs that matter.
_NEXT_OK = frozenset(u[0] for u, _ in COUNT_UNITS) | frozenset("%余多来 .,至到~～-—－–分点成")
_RUN_CHARS = frozenset("0123456789０１２３４５６７８９" + _CN_CHARS)
# After a run, one of these can only begin the tail of a count ("21名", "30余人次", "三个"): _COUNT
# matches there only with the whole run as its number and then _COUNT_TAIL_PATTERN (no range,
# no magnitude, no decimal or thousands part can follow the run), or not at all.
_TAIL_START = frozenset(u[0] for u, _ in COUNT_UNITS) | frozenset("余多来")
_RUN_CLASS = f"0-9０-９{_CN_CHARS}"
# A run that a token can start with, found in C: a run directly followed by the tail of a count
# (read here too), or by another character of _NEXT_OK. Most runs ("一是", "统一", "2023年")
# are neither, and skipping them here keeps them out of the Python loop. The run is possessive
# so it is never shortened to make what follows match; a later start inside the same run ends
# at the same character and fails the same way. It is capped at 24 characters (longer runs are
# never counts) so that a pathological run costs linear time; the tail of such a run can match
# and is skipped in the loop below (it follows a number character). Its first character is
# written apart (the same match: one character cannot be given back) so that the pattern starts
# with a character class, which the regex engine scans for in C instead of trying the whole
# pattern at every position. No run starts inside a count's tail (none of its characters is a
# number character), so reading the tail here skips no run.
# (What follows the run is tested once inside the group, then told apart: most runs fail that
# test, and fail it sooner so.)
_RUN_SCAN = re.compile(
    rf"(?P<run>[{_RUN_CLASS}][{_RUN_CLASS}]{{0,23}}+(?=[{re.escape(''.join(sorted(_NEXT_OK)))}]))"
    rf"(?:(?=[{''.join(sorted(_TAIL_START))}]){_COUNT_TAIL_PATTERN}"
    rf"|(?=[{re.escape(''.join(sorted(_NEXT_OK - _TAIL_START)))}]))"
)
# The characters before a count that matter to it: a number character (the run is the tail of a
# longer one), 第 (an ordinal), "." / "," (a fraction: "12.4国家宪法日") and the last characters of
# _PREFIX_APPROX (a qualifier: "约20名"); before any other, a count is read without looking back.
_LOOK_BACK_AFTER = _RUN_CHARS | frozenset("第.,") | frozenset(p[-1] for p in _PREFIX_APPROX)


def find_quantities(text: str, *, money: bool = False) -> list[Quantity]:
    """Every count and percentage in text, in order. Money (元) only when money=True."""
    out: list[Quantity] = []
    append = out.append
    last_end = 0  # end of the last token read past the end of its scan match
    for r in _RUN_SCAN.finditer(text):
        a, e = r.span()
        if a < last_end:
            continue  # inside the previous token
        run, q1, unit, q2 = r.groups()
        before = text[a - 1] if a else ""
        if unit is not None and run.isdigit():
            # The common case, "21名", "30余人次": what _COUNT and _count would read (the same
            # Quantity); the scan match ends where the token does.
            if before not in _LOOK_BACK_AFTER:
                approximate = q1 is not None or q2 is not None
            elif before in _RUN_CHARS or before == "第" or (
                    before in ".," and a > 1 and text[a - 2].isdigit()):
                continue  # inside a run longer than the scan's cap, an ordinal, a fraction ("12.4名")
            else:
                approximate = q1 is not None or q2 is not None or _approx_before(text, a)
            if unit == "元" and not money:
                continue
            value = float(run)
            append(Quantity(value, approximate, unit, a, e))
            continue
        if before in _RUN_CHARS:
            continue  # inside a run longer than the scan's cap
        if before in ".," and a > 1 and text[a - 2].isdigit():
            continue  # the fraction of "12.4国家宪法日"
        if unit is not None:
            # The tail of a count after a run that is not all digits. After a Chinese numeral
            # ("三个", "二十多部", "千余人次") or digits and a magnitude ("3万余次", "20万元"), what
            # _COUNT would read is the whole run as its number (no range: no separator in or right
            # after the run) and the scan's tail.
            if unit == "元" and not money:
                continue
            if not run.strip(_CN_CHARS):
                q = None if before == "第" else _chinese_count(text, None, run, q1, unit, q2, a, e, a)
            elif run[-1] in "万亿千" and run[:-1].isdigit():
                q = _count_of(text, None, run, q1, unit, q2, a, e, a)
            else:
                m = _COUNT.match(text, a)  # "1万2千人"; it ends where the scan match does
                q = None if m is None else _count(text, m, money)
            if q is not None:
                append(q)
            continue
        b = a + len(run)
        c = text[b]
        if c == "%" and run.isdigit():
            # "98%": what _PCT matches is the run and the sign; read here without it and _percent
            approximate = (before in _LOOK_BACK_AFTER and _approx_before(text, a)) or text.startswith(
                _APPROX_AFTER_PERCENT, b + 1)
            value = float(run)
            append(Quantity(value, approximate, "%", a, b + 1, True))
            continue
        if c == "%" or (c == " " and text.startswith("%", b + 1)):
            m = _PCT.match(text, a)
        elif c == "分" and text.startswith("百分之", a):
            m = _PCN.match(text, a)
        elif c == "成":
            # "调解成功率保持在九成八以上": tenths, read only right after a rate
            m = _TENTHS.match(text, a)
            if m is not None and "率" in text[max(0, a - 8):a]:
                last_end = m.end()
                value = CN_DIGITS[m.group(1)] * 10 + (CN_DIGITS[m.group(2)] if m.group(2) else 0)
                approximate = _approx_before(text, a) or bool(m.group(3))
                append(Quantity(float(value), approximate, "%", a, last_end, True))
            continue
        elif c == ".":
            m = _PCT.match(text, a) or _COUNT.match(text, a)
        elif c in _RANGE_SEP_CHARS and (run.isdigit() or not run.strip(_CN_CHARS)):
            # "3至5次", "2021—2025年": _COUNT could only read the run as the low end of a range
            # (no number and tail ends at a separator), so what it reads is the run, the
            # separator and then _RANGE_END, or nothing at all.
            m = _RANGE_END.match(text, b + 1)
            if m is None:
                continue
            last_end = m.end()
            num, q1, unit, q2 = m.group("num", "q1", "unit", "q2")
            if unit == "元" and not money:
                continue
            q = _count_of(text, run, num, q1, unit, q2, a, last_end, m.start("num"))
            if q is not None:
                append(q)
            continue
        else:
            m = _COUNT.match(text, a)
        if m is None:
            continue
        last_end = m.end()
        q = _percent(text, m) if m.re is not _COUNT else _count(text, m, money)
        if q is not None:
            append(q)
    return out


_TENTHS = re.compile(r"([一二三四五六七八九])成([一二三四五六七八九])?(?:(以上|左右|多)|(?![\u4e00-\u9fff]))")


def _percent(text: str, m: re.Match[str]) -> Quantity | None:
    v = _percent_value(m)
    if v is None:
        return None
    s, e = m.span()
    return Quantity(v, _percent_approx(text, s, e), "%", s, e, True)


_APPROX_AFTER_PERCENT = ("以上", "左右", "上下")


def _percent_approx(text: str, s: int, e: int) -> bool:
    """A percentage from s to e is approximate after 约/近… or before 以上/左右/上下."""
    return _approx_before(text, s) or text.startswith(_APPROX_AFTER_PERCENT, e)


def _count(text: str, m: re.Match[str], money: bool) -> Quantity | None:
    # all groups in one call: each Match method call costs on this hot path
    lo, num, q1, unit, q2 = m.group("lo", "num", "q1", "unit", "q2")
    if unit == "元" and not money:
        return None
    s, e = m.span()
    return _count_of(text, lo, num, q1, unit, q2, s, e, m.start("num"))


def _count_of(text: str, lo: str | None, num: str, q1: str | None, unit: str, q2: str | None,
              s: int, e: int, ns: int) -> Quantity | None:
    """The count text[s:e] read by _COUNT (its groups; ns is where num starts), money already out."""
    if ns > 0 and text[ns - 1] == "第":
        return None  # ordinal
    if not num[0].isdigit():
        return _chinese_count(text, lo, num, q1, unit, q2, s, e, ns)
    # plain digits (most figures): what parse_number returns, without its tests
    value = float(num) if num.isdigit() else parse_number(num)
    if value is None:
        return None
    if lo is not None:
        return Quantity(None, True, unit, s, e, is_range=True)
    approximate = q1 is not None or q2 is not None or _approx_before(text, s)
    return Quantity(value, approximate, unit, ns, e)


def _chinese_count(text: str, lo: str | None, num: str, q1: str | None, unit: str, q2: str | None,
                   s: int, e: int, ns: int) -> Quantity | None:
    """_count_of for a Chinese numeral ("三个", "二十多部", "千余人次", "数万份")."""
    if s > 0 and (text[s - 1] in "数几" or text[max(0, s - 2):s] == "若干"):
        return Quantity(None, True, unit, s - 1, e, vague=True)
    if num == "一" and ((unit == "起" and text[e:e + 1] not in _LIST_END) or text.startswith("一", e)):
        # "一起" = together (but "…的案件一起、…三起" is a count); "一人一档", "一户一策": one per each
        return None
    approximate = q1 is not None or q2 is not None or _approx_before(text, s)
    if num in ("万", "亿", "百", "千"):
        # "万人大会", "百户" are names, not counts; "近千件", "千余人", "上万人次" are
        if s > 0 and text[s - 1] == "上":
            approximate = True
            ns -= 1  # "上百场": 上 is part of the number
        elif not approximate:
            return None
    value = _SHORT_CN_VALUES.get(num)
    if value is None:
        value = parse_number(num)
        if value is None:
            return Quantity(None, True, unit, s, e, vague=True)
    if lo is not None:
        return Quantity(None, True, unit, s, e, is_range=True)
    return Quantity(value, approximate, unit, ns, e)


_LIST_END = frozenset("、，。；）")


def _approx_before(text: str, s: int) -> bool:
    return text.endswith(_PREFIX_APPROX, max(0, s - _APPROX_REACH), s)
