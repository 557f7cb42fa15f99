"""Report metadata: title, township, county, city, province, year covered, signing date.

Plain Python, no Django. `read_metadata(text)` takes the cleaned report text and returns a
frozen `Metadata`. Every field is None when the text does not say it clearly: a wrong
town or county is worse than an empty one.

How each field is read (the rules are general; nothing here knows any particular town):

- title: the first heading-like line (short, no full stop) among the first lines that
  contains 报告/总结/汇报; otherwise the first non-empty line. Whitespace is tidied.
- township: every "…镇", "…乡" (incl. 民族乡), "…街道" and "…苏木" in the text is a
  candidate. Its name is grown leftwards from two characters as long as the longer form is (nearly) as
  frequent, and never across a county/city unit (市/区/县…) or a function word
  (年/中共/关于…): "晋江市深沪镇" gives 深沪镇, "2023年寨里镇" gives 寨里镇. Generic words
  (城镇, 乡镇, 全镇, 我镇, 下乡, 各街道 …) only count where the name is used as a name
  (title, opening, signature, "X人民政府", "中共X委员会" …). The highest score wins;
  prominent places count four times.
- county / city / province: the administrative chain written directly before the town
  ("眉山市东坡区崇礼镇" → 眉山市 / 东坡区; "晋江市深沪镇" → county 晋江市, since a 市
  directly before a town is county-level); otherwise units named in the addressee or in
  "中共X委" / "X人民政府"; otherwise an abbreviation in a strong pattern ("南安政府门户网站",
  "法治淄川微信公众号", 《法治X建设规划》) completed with the unit type the text uses
  unqualified ("区委、区政府" → 区, only "市委" → 市). Several different abbreviations → None.
  Also "X镇位于Y县…" and, when the text reports to a bare 县委/区委, the one two-character
  "Y县"/"Y区" it writes out in an institutional phrase ("郸城县法治政府建设工作要点").
- year: the year in the title; else, in the opening lines, "2023年以来", "今年以来" + the
  signing date, or the first year; else "2023年以来" anywhere; else the most frequent year
  in headings and body before the next-year plan section; else the signing date (a report
  signed in January covers the year before). Ranges like 2021—2025年, plan headings
  ("2024年工作思路") and starting points ("自2018年以来") never count.
- report_date: a date on one of the last lines (YYYY年M月D日, 二〇二三年十二月二十九日,
  2023.12.29, 2023-12-29, 2023/12/29), on a short line without a full stop. Dates in
  the body are ignored.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from ._regex import compile_scan
from .cleaning import HEADING_NUMBER


@dataclass(frozen=True)
class Metadata:
    title: str | None
    township: str | None
    county: str | None
    city: str | None
    province: str | None
    year: int | None
    report_date: datetime.date | None


# --- text normalisation (on a private copy: metadata returns values, not spans) ---------

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／：　", "0123456789.-/: ")
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "О": 0, "o": 0, "O": 0,
             "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = re.compile(r"([一二][〇○零ＯОoO一二三四五六七八九]{3})(?=\s*年)")
_CN_MONTH_DAY = re.compile(
    r"(\d{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _cn_small_number(s: str) -> int | None:
    """十二 → 12, 二十九 → 29, 三十一 → 31, 十 → 10, 五 → 5."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        value = (_CN_DIGIT.get(tens, -100) if tens else 1) * 10
        value += _CN_DIGIT.get(ones, -100) if ones else 0
        return value if value > 0 else None
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


# Speed notes for this module: a regex that starts with a character class or an alternation is
# tried at every position of the text (~20 ns a character); one that starts with a literal, and
# str.find / `in`, skip ahead in C (~1 ns a character). Whole-text scans below therefore start
# from a literal, or are skipped when a cheap `in` test shows they cannot match.

_FULLWIDTH_MAP = {chr(k): chr(v) for k, v in _FULLWIDTH.items()}
_CN_YEAR_DIGITS = frozenset("〇○零ＯОoO一二三四五六七八九")
# every Chinese month/day date has "月" + a numeral day + "日": without one, skip the sub
_FIRST_MONTH = re.compile(r"(?<=年)\s*元月(?=\s*(?:(\d)|[一二三四五六七八九十]))")
_CN_MONTH_HINT = re.compile(r"月\s*[一二三四五六七八九十]{1,3}\s*日")


def _find_all(text: str, word: str) -> list[int]:
    """Start of every occurrence of word, left to right without overlap (as re.finditer)."""
    out = []
    i = text.find(word)
    while i != -1:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


# 年 right after a numeral or whitespace (literal first: the engine jumps from 年 to 年 in C)
_CN_YEAR_HINT = re.compile(rf"年(?<=[{''.join(sorted(_CN_YEAR_DIGITS))}\s]年)")


def _cn_years_as_digits(text: str) -> str:
    """二〇二三年 → 2023年: _CN_YEAR.sub(…) with the pattern tried only where it can match.

    _CN_YEAR starts with a character class, so a sub tries it at every character (~20 us a
    report with a 年 after a numeral, as in "近三年", most without a Chinese year). Its matches
    end where the whitespace before a 年 of _CN_YEAR_HINT starts, four characters long; they
    never overlap (the character after one is whitespace or 年, never a numeral).
    """
    parts = []
    prev = 0
    for hint in _CN_YEAR_HINT.finditer(text):
        end = hint.start()
        while end > prev and text[end - 1].isspace():  # (what \s* in the lookahead skips)
            end -= 1
        start = end - 4
        m = _CN_YEAR.match(text, start) if start >= prev else None
        if m is not None:
            parts.append(text[prev:start])
            parts.append("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
            prev = m.end()
    if not parts:
        return text
    parts.append(text[prev:])
    return "".join(parts)


def _normalise(text: str) -> str:
    # str.translate with a table is a Python-level lookup per character (~1 ms a report):
    # replace only the few full-width characters present instead
    for wide, narrow in _FULLWIDTH_MAP.items():
        if wide in text:
            text = text.replace(wide, narrow)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _cn_years_as_digits(text)
    if "元月" in text:  # January: "二〇一九年元月十日", "2019年元月10日"
        text = _FIRST_MONTH.sub(lambda m: "1月" if m.group(1) else "一月", text)
    if _CN_MONTH_HINT.search(text) is None:
        return text

    def month_day(m: re.Match[str]) -> str:
        month, day = _cn_small_number(m.group(2)), _cn_small_number(m.group(3))
        if month is None or day is None:
            return m.group(0)
        return f"{m.group(1)}年{month}月{day}日"

    return _CN_MONTH_DAY.sub(month_day, text)


def _same_first_lines(text: str, norm: str, count: int) -> bool:
    """Whether text starts with the first `count` non-blank lines of norm, line breaks included:
    then _lines(text) starts with the same lines as _lines(norm)."""
    pos = end = 0
    seen = 0
    while seen < count:
        nl = norm.find("\n", pos)
        end = len(norm) if nl == -1 else nl
        if norm[pos:end].strip():
            seen += 1
        if nl == -1:
            break
        pos = nl + 1
    return text.startswith(norm[:end]) and (end == len(text) or text[end] == "\n")


def _lines(text: str) -> list[str]:
    return [s for line in text.split("\n") if (s := line.strip())]


def _first_lines(text: str, n: int) -> list[str]:
    """_lines(text)[:n], without stripping the rest."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.append(line)
            if len(out) == n:
                break
    return out


_CJK = "\u4e00-\u9fff"
_WHITESPACE = re.compile(r"\s+")
_SPACE_AT_DIGITS = re.compile(rf"(?<=[{_CJK}])\s+(?=\d)|(?<=\d)\s+(?=[{_CJK}])")


def _tidy(line: str) -> str:
    line = _WHITESPACE.sub(" ", line).strip()
    # "关于深沪镇 2023 年法治…" → "关于深沪镇2023年法治…": spaces around numbers are layout.
    if " " in line:
        line = _SPACE_AT_DIGITS.sub("", line)
    return line


# --- title -------------------------------------------------------------------------

_TITLE_WORDS = ("报告", "总结", "汇报")
_SENTENCE_END = re.compile(r"[。！？；]")


def _is_heading_like(line: str) -> bool:
    return len(line) <= 90 and not _SENTENCE_END.search(line) and not line.endswith(("：", ":"))


def _find_title(lines: list[str]) -> tuple[str | None, int]:
    """The title and its line index (-1 when the first line is used as a fallback)."""
    for i, line in enumerate(lines[:10]):
        if any(w in line for w in _TITLE_WORDS) and _is_heading_like(line):
            title = line
            # A title broken over two lines: "关于2023年度法治政府建设" / "工作情况的报告".
            if i > 0 and not line.startswith("关于") and "关于" not in line:
                prev = lines[i - 1]
                if prev.startswith("关于") and _is_heading_like(prev):
                    title = prev + line
            return _tidy(title), i
    if lines:
        return _tidy(lines[0])[:120], -1
    return None, -1


# --- township ------------------------------------------------------------------------

# 乡 followed by these is a word (乡村, 乡镇, 乡贤 …), not the end of a township name.
_NOT_AFTER_XIANG = set("村镇贤土风亲愁情音邻里间野")
# One character + suffix that is a common word, not a name: 全镇, 城镇, 下乡, 各街道 …
_GENERIC_BEFORE_SUFFIX = set(
    "全我本该各此每城乡村市县区集小古名重强两一下返回家故老同进入赴到在驻离出他外邻省坐制异原建"
)
# Never part of a name when growing it leftwards.
_ADMIN_CHARS = set("市区县省旗州盟")
_FUNCTION_CHARS = set(
    "年共于在将对向经据由为是的了与及至到从把被让给按各全我本该此即就并或这那其月日号之"
)
# Where a town name is used as a name, not in passing.
_ORG_AFTER = re.compile(r"^(?:人民政府|政府|党委|委员会|党工委|工委|办事处|纪委|人大)")
_ORG_FIRST = frozenset("人政党委工办纪")


# The town suffixes and where each is found: the two-character ones cannot overlap themselves,
# so a find of the whole suffix gives the same starts as finding its first character.
_SUFFIX_LENGTHS = (("镇", 1), ("乡", 1), ("街道", 2), ("苏木", 2))  # 苏木: township level in Inner Mongolia
# (the last character tells the suffix of "left + suffix": 镇/乡 one character, 道/木 two)
_TWO_CHARACTER_SUFFIX_ENDS = frozenset("道木")


def _town_occurrences(text: str, head_end: int, tail_start: int,
                      title_span: tuple[int, int]) -> list[tuple[str, int, int, bool, bool]]:
    """Every town suffix with two CJK characters before it, as (written, start, suffix length,
    strong, named): written is the CJK characters before the suffix (at most 11) and the suffix.

    strong: in the head (before head_end), the signature (from tail_start) or used as a name;
    named: used as a name: in the title (title_span) or signature, "X人民政府", "中共X委员会".
    The order of the occurrences does not matter to the vote.
    """
    title_start, title_end = title_span
    party_in_text = "中共" in text
    # (the loops run for every 镇/乡/街道 of the text: the cheap tests come first)
    todo = []  # (start, suffix length, named, party) of the occurrences read in full below
    set_aside: dict[tuple[str, str], list[tuple[int, int, bool, bool]]] = {}
    party_keys = set()  # (character before, suffix) of generic-looking words kept for party/name
    for suffix, length in _SUFFIX_LENGTHS:
        start = text.find(suffix, 2)  # fewer than two characters before it: no name
        while start != -1:
            i = start
            start = text.find(suffix, i + length)
            before = text[i - 1]
            # fewer than two CJK characters before it: no name (what len(_preceding_run(...)) < 2 says)
            if not ("\u4e00" <= before <= "\u9fff" and "\u4e00" <= text[i - 2] <= "\u9fff"):
                continue
            end = i + length
            nxt = text[end:end + 1]
            if suffix == "乡" and nxt in _NOT_AFTER_XIANG:
                continue
            named = (tail_start <= i or title_start <= i < title_end
                     or nxt in _ORG_FIRST and _ORG_AFTER.match(text[end:end + 4]) is not None)
            # named too if its run starts with 中共: possible only with 中共 in reach
            party = party_in_text and text.find("中共", i - 24 if i > 24 else 0, i) != -1
            if before in _GENERIC_BEFORE_SUFFIX:
                if not (named or party):
                    # a generic word (全镇, 城镇 …) not used as a name: set aside, see below
                    set_aside.setdefault((before, suffix), []).append((i, length, False, False))
                    continue
                party_keys.add((before, suffix))
            todo.append((i, length, named, party))
    # _choose_township drops a generic word that is not used as a name. Its only other effect
    # is on the counts that grow names ending in the same character before the same suffix:
    # generic words too, which matter only where one is used as a name. Without such a one
    # (nearly always) the words set aside change nothing and are left out.
    for key in party_keys:
        todo += set_aside.get(key, ())
    found = []
    search_non_cjk = _LAST_NON_CJK.search
    for start, length, named, party in todo:
        # the last characters of _preceding_run, enough for the longest name (厍东关彝族苗族白族乡):
        # the same search in a small window; the whole run is needed only to see whether it
        # starts with 中共
        lo = start - _LEFT_WINDOW if start > _LEFT_WINDOW else 0
        m = search_non_cjk(text, lo, start)
        if m is not None:
            lo = m.start() + 1
        if party and not named:
            whole = text[lo:start] if start - lo < _LEFT_WINDOW else _preceding_run(text, start)
            named = whole.startswith("中共")
        strong = named or start < head_end or tail_start <= start
        found.append((text[lo:start + length], start, length, strong, named))
    return found


_NEVER_IN_NAME = frozenset(_ADMIN_CHARS | _FUNCTION_CHARS)  # growing a name stops at these
_FUNCTION_FIRST = frozenset(_FUNCTION_CHARS - set("和同"))  # a name never starts with these (和/同 may)


# a place name and an ethnic group before 乡: 博孜墩 + 柯尔克孜族 (乡); 厍东关 + 彝族苗族白族 (乡)
_ETHNIC_NAME_MAX = 10
_LEFT_WINDOW = _ETHNIC_NAME_MAX + 1


def _choose_township(occurrences: list[tuple[str, int, int, bool, bool]]) -> tuple[str | None, list[int]]:
    """The township the occurrences vote for, and where each of its counted writings starts."""
    # The same town is written many times: count and grow each distinct writing once.
    distinct: dict[str, int] = {}
    for occ in occurrences:
        distinct[occ[0]] = distinct.get(occ[0], 0) + 1
    # How far each name may grow (below): banners and ethnic townships are long
    # (那仁宝拉格苏木, 博孜墩柯尔克孜族乡)
    shapes = {}  # written -> (suffix length, most characters before the suffix in the name)
    for written in distinct:
        length = 2 if written[-1] in _TWO_CHARACTER_SUFFIX_ENDS else 1
        shapes[written] = (length, _ETHNIC_NAME_MAX if written[-length - 1] == "族"
                           else 6 if written[-1] == "木" else 5)
    # Only the counts of names up to the longest growth are ever compared: count only those.
    longest = max(max_k for _, max_k in shapes.values()) if shapes else 0
    counts: dict[str, int] = {}  # "深沪镇" → how many writings end with it
    for written, times in distinct.items():
        length = shapes[written][0]
        for k in range(2 + length, min(len(written), longest + length) + 1):
            key = written[-k:]
            counts[key] = counts.get(key, 0) + times
    grown: dict[str, tuple[str, bool, bool, bool]] = {}
    for written, (length, max_k) in shapes.items():
        k = 2
        limit = min(len(written) - length, max_k)
        while k < limit:
            # (日/月 end a date, but begin names too: 日月藏族乡; the counts below tell them apart.
            # A long name may hold a function character when every writing of it does: 那仁宝拉格苏木)
            c = written[-(k + length + 1)]
            if c in _NEVER_IN_NAME and c not in "日月" and not (
                    max_k > 4 and c in _FUNCTION_CHARS
                    and counts[written[-(k + length + 1):]] == counts[written[-(k + length):]] >= 2):
                break
            if counts[written[-(k + length + 1):]] < 0.6 * counts[written[-(k + length):]]:
                break
            k += 1
        name = written[-(k + length):]
        # "全面推进依法治镇": a slogan, not a name
        generic = (written[-length - 1] in _GENERIC_BEFORE_SUFFIX
                   or written.endswith("法治", 0, len(written) - length)
                   or k == 2 and name == "民族乡")
        # (always, even as a body's name: "依法治镇委员会" reads like "X镇委")
        slogan = written.endswith("依法治", 0, len(written) - length)
        grown[written] = (name, generic, slogan, name[0] in _FUNCTION_FIRST)
    scores: dict[str, int] = {}
    as_name: dict[str, int] = {}
    first: dict[str, int] = {}
    counted = []  # (name, start of the name)
    for written, start, length, strong, named in occurrences:
        name, generic, slogan, function_first = grown[written]
        if slogan or (generic and not named):
            continue
        if function_first and not strong:
            continue
        counted.append((name, start + length - len(name)))
        if name in scores:
            scores[name] += 4 if strong else 1
            as_name[name] += named
            if start < first[name]:
                first[name] = start
        else:
            scores[name] = 4 if strong else 1
            as_name[name] = named
            first[name] = start
    if not scores:
        return None, []
    # on a tie, the name used as a name (title, signature, "X人民政府") beats one in passing
    township = max(scores, key=lambda n: (scores[n], as_name[n], -first[n]))
    return township, [name_start for name, name_start in counted if name == township]


# --- administrative units (county, city, province) ------------------------------------

_UNIT_END = re.compile(r"(自治区|自治州|自治县|自治旗|特别行政区|新区|林区|地区|省|市|州|盟|县|区|旗)")
_UNIT_LAST = frozenset("省市州盟县区旗")  # the last character of every _UNIT_END
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_JUNK_TOKENS = ("中共", "关于", "根据", "按照", "全面", "我们")
_STRICT_JUNK_FIRST = frozenset("中关年")
_JUNK_FIRST = frozenset({t[0] for t in _JUNK_TOKENS} | _FUNCTION_CHARS)
_GENERIC_UNITS = {
    "社区", "园区", "辖区", "片区", "景区", "小区", "城区", "山区", "郊区", "矿区", "牧区", "灾区",
    "库区", "湖区", "老区", "街区", "校区", "厂区", "市区", "县区", "全区", "本区", "我区", "该区",
    "各区", "行政区", "开发区", "示范区", "功能区", "保护区", "试验区", "实验区", "风景区", "产业区",
    "全县", "本县", "我县", "该县", "各县", "市县", "区县", "郡县", "城市", "全市", "本市", "我市",
    "该市", "各市", "超市", "集市", "街市", "夜市", "股市", "上市", "门市", "都市", "县市", "省市",
    "红旗", "国旗", "党旗", "全旗", "本旗", "我旗", "锦旗", "团旗", "全省", "本省", "我省", "该省",
    "各省", "外省", "全州", "本州", "我州", "神州", "九州", "各地区", "全地区", "本地区", "该地区",
    "偏远地区", "重点地区", "贫困地区", "城镇", "新区", "林区", "地区",
    # "丰县依法治县委员会办公室": the committee's name, not a county
    "依法治县", "依法治市", "依法治区", "依法治旗", "依法治州", "依法治省", "法治县", "法治市", "法治区",
}


_VERB_STARTS = (
    "落实", "贯彻", "按照", "根据", "坚持", "报请", "报送", "提请", "经过", "依照", "遵照", "请示",
    "配合", "协助", "服从", "接受", "参加", "参与", "完成", "召开", "组织", "开展", "建设", "推进",
    "对标", "围绕", "结合", "认真", "全力", "积极", "争创", "创建", "打造", "获评", "荣获", "成功",
    "支持", "深入", "持续", "推动", "加强", "强化", "全市", "全县", "全区", "全省", "执行", "响应",
    "报告", "上报", "请求", "提交", "服务", "协调", "对接", "联系", "争取", "得到", "获得",
    "邀请", "聘请", "会同", "联合", "主动", "及时", "配备",
    "依托", "利用", "借助", "依靠", "通过",  # "依托政府网站…公开": the means, not a place
)


def _name_limit(unit: str) -> int:
    """Longest name before a unit: banners are long (科尔沁左翼中旗), as are autonomous units."""
    return 8 if unit.startswith("自治") or unit == "旗" else 4


def _bad_one_character_name(name: str, unit: str) -> bool:
    """A one-character name that is not one: only counties have them (沛县, 萧县), and never 委/府…"""
    return len(name) == 1 and (name in _FUNCTION_CHARS or name in _NOT_IN_NAME or unit != "县")


def _strip_junk(piece: str, unit: str, strict: bool) -> str | None:
    """Drop leading function words from a unit ("中共晋江市" → 晋江市); None if not a name.

    strict: only 中共/关于/年 may be dropped, so a phrase like "认真落实市" never passes.
    """
    name = piece[: len(piece) - len(unit)]
    tokens = ("中共", "关于", "年") if strict else _JUNK_TOKENS
    # (nothing to drop unless the name starts with the first character of a token or,
    # not strict, with a function character)
    changed = bool(name) and name[0] in (_STRICT_JUNK_FIRST if strict else _JUNK_FIRST)
    while changed and name:
        changed = False
        for token in tokens:
            if name.startswith(token) and len(name) - len(token) >= 1:
                name, changed = name[len(token):], True
        if not strict and name and name[0] in _FUNCTION_CHARS and len(name) - 1 >= 2:
            name, changed = name[1:], True
    if not name or _bad_one_character_name(name, unit):
        return None
    if name.startswith(_VERB_STARTS):
        return None
    limit = _name_limit(unit)
    full = name + unit
    if _generic_tail(full) or len(name) > limit:
        return None
    return full


_GENERIC_TAILS = tuple(g for g in _GENERIC_UNITS if len(g) == 2 and g not in ("新区", "林区", "地区"))


def _generic_tail(unit: str) -> bool:
    """社区, 山区, "西部山区": a common word, not a county or city.

    The tail only counts on longer names: 兰山区 and 成都市 are real two-character names.
    """
    return unit in _GENERIC_UNITS or (len(unit) >= 4 and unit.endswith(_GENERIC_TAILS))


def _parse_chain(prefix: str, strict: bool = False) -> list[tuple[str, str]]:
    """Split "四川省眉山市东坡区" into [("四川省", "省"), ("眉山市", "市"), ("东坡区", "区")].

    Reads the CJK characters written directly before a town (or before 委/人民政府).
    Returns [] unless the whole prefix reads as units (after leading function words).
    """
    if not prefix or prefix[-1] not in _UNIT_LAST:
        return []  # every unit ends in one of these: the prefix cannot end with a unit
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in _UNIT_END.finditer(prefix):
        if m.group() == "州" and prefix[m.end():m.end() + 1] in ("市", "区", "县", "旗"):
            continue  # 杭州市, 叙州区: 州 is part of the name here
        piece = prefix[pos:m.end()]
        if piece == m.group():  # "济南市市中区": a lone 市 belongs to the next unit
            continue
        pieces.append((piece, m.group()))
        pos = m.end()
    if pos != len(prefix) or not pieces:  # something that is not a unit sits right before
        return []
    chain = []
    for i, (piece, unit) in enumerate(pieces):
        full = _strip_junk(piece, unit, strict) if i == 0 else piece
        if i > 0:
            name = piece[: len(piece) - len(unit)]
            limit = _name_limit(unit)
            if len(name) > limit or _generic_tail(piece) or _bad_one_character_name(name, unit):
                full = None
        if full is None:
            return []
        chain.append((full, unit))
    return chain


def _classify(chain: list[tuple[str, str]]) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) for a chain that ends right before the town."""
    province = city = county = None
    for i, (name, unit) in enumerate(chain):
        last = i == len(chain) - 1
        if unit in ("省", "自治区", "特别行政区") or name in _MUNICIPALITIES:
            province = name
        elif unit in ("县", "区", "旗", "自治县", "自治旗", "新区", "林区"):
            county = name
        elif unit == "市":
            if last and county is None:
                county = name  # a 市 directly before the town is county-level
            else:
                city = name
        else:  # 州, 自治州, 盟, 地区
            city = name
    return province, city, county


# "中共X区委" anywhere; "X区人民政府" / "X区委员会" only in the head and signature lines.
_PARTY_UNIT = re.compile(r"中共([\u4e00-\u9fff]{1,16}?(?:县|区|市|旗))委")
_GOV_UNIT = re.compile(r"(县|区|市|旗)(?:人民政府|委员会|政府(?![门网]))")
# the addressee line names the county by its party committee: "鹿邑县委、县政府："
# (or one of its offices: "泰兴市委全面依法治市委员会办公室：")
_ADDRESSEE_UNIT = re.compile(
    rf"^([{_CJK}]{{1,12}}?(?:县|区|市|旗))委(?:、[{_CJK}、]{{1,20}}|(?:全面)?依法治(?:县|区|市|旗)[{_CJK}]{{0,12}})?[：:]$",
    re.MULTILINE)
# "区委/区政府/区人民政府" standing alone: at the start of a line, after a non-CJK character or
# after one of these words (向区委, 贯彻区委…); not as the end of a name (东坡区委)
_U_BEFORE_WORD = frozenset("在向和及与对经由报请照据实彻持委府的为将")
_UNQUALIFIED = {
    unit: re.compile(rf"{unit}(?:委|政府|人民政府)")  # starts with a literal: a fast scan
    for unit in ("区", "县", "旗", "市")
}
_ABBREVIATION = re.compile(
    rf"(?:([{_CJK}]{{2}})(?:政府门户网站?|人民政府网站?|政府网站?))"
    rf"|(?:法治([{_CJK}]{{2}})(?:微信公众号|公众号|微信|网站|建设规划|建设实施))"
)
# _ABBREVIATION starts with a character class, so re.finditer tries it at every character.
# Its two alternatives are matched instead only where their literal part is: "政府" followed by
# 网/门户网 (the name is two characters before, or four before 人民政府) and "法治".
_ABBREVIATION_SITE = re.compile(rf"([{_CJK}]{{2}})(?:政府门户网站?|人民政府网站?|政府网站?)")
_SITE_AT = re.compile("政府(?=门户网|网)")
# the second alternative, consuming only 法治 (so that no occurrence is skipped) and capturing
# the rest in a lookahead
_LAW_AT = re.compile(rf"法治(?=([{_CJK}]{{2}})(微信公众号|公众号|微信|网站|建设规划|建设实施))")


def _abbreviations(text: str) -> list[str]:
    """The names _ABBREVIATION.finditer(text) captures, in order, found from the literals."""
    at: dict[int, tuple[str, int]] = {}  # start -> (name, end) of the first alternative matching there
    for g in _SITE_AT.finditer(text):
        for s in (g.start() - 2, g.start() - 4):
            if s >= 0 and s not in at:
                m = _ABBREVIATION_SITE.match(text, s)
                if m is not None:
                    at[s] = (m.group(1), m.end())
    for m in _LAW_AT.finditer(text):
        if m.start() not in at:  # at the same start the first alternative wins
            at[m.start()] = (m.group(1), m.end(2))
    names = []
    last_end = 0
    for s in sorted(at):
        if s >= last_end:  # finditer resumes after each match: no overlaps
            name, last_end = at[s]
            names.append(name)
    return names
_NOT_PLACES = {"中国", "政府", "乡村", "社会", "国家", "人民", "建设", "文化", "宣传", "教育", "思想",
               "我镇", "本镇", "全镇", "我市", "我区", "我县", "镇村", "村居", "社区", "省市"}


# the last non-CJK character of a window, with only CJK after it: tried only at non-CJK characters
_LAST_NON_CJK = re.compile(f"[^{_CJK}][{_CJK}]*+\\Z")


def _preceding_run(text: str, start: int) -> str:
    """The CJK characters written directly before start (at most 24)."""
    lo = max(0, start - 24)
    m = _LAST_NON_CJK.search(text, lo, start)
    return text[lo:start] if m is None else text[m.start() + 1:start]


def _admin_units(text: str, township: str | None, town_starts: list[int],
                 head: str, regions: list[tuple[int, int]]) -> tuple[str | None, str | None, str | None]:
    # (plain dicts: a Counter's += goes through Python-level __missing__)
    provinces: dict[str, int] = {}
    cities: dict[str, int] = {}
    counties: dict[str, int] = {}

    # 1. The chain written right before the town: the strongest evidence.
    classified: dict[str, tuple[str | None, str | None, str | None]] = {}  # the same prefix recurs
    for start in town_starts:
        run = _preceding_run(text, start)
        if run not in classified:
            classified[run] = _classify(_parse_chain(run))
        province, city, county = classified[run]
        for counter, value in ((provinces, province), (cities, city), (counties, county)):
            if value:
                counter[value] = counter.get(value, 0) + 3

    # 2. Units in the addressee and in "中共X委" / "X人民政府" / "X委员会" anywhere.
    level = _unqualified_level(text)
    standalone: list[tuple[list[tuple[str, str]], int, bool]] = []  # chain, weight, in head
    for m in _PARTY_UNIT.finditer(text):
        in_head = m.start() < len(head)
        standalone.append((_parse_chain(m.group(1), strict=True), 2 if in_head else 1, in_head))
    for region_start, region_end in regions:
        for m in _GOV_UNIT.finditer(text, region_start, region_end):
            run = _preceding_run(text, m.start()) + m.group(1)
            if not run.startswith("中共"):  # "中共X委" is counted above
                standalone.append((_parse_chain(run, strict=True), 2, True))
    if "委" in head:
        for m in _ADDRESSEE_UNIT.finditer(head):
            standalone.append((_parse_chain(m.group(1), strict=True), 2, True))
    has_lower_unit = any(not c.endswith("市") for c in counties)
    for chain, weight, in_head in standalone:
        if not chain:
            continue
        if len(chain) == 1 and chain[0][1] == "市":
            name = chain[0][0]
            # A lone 市 is the county when the text reports to a 市, the city when it
            # shows a 区/县 level under it; in passing with no such sign it says nothing.
            if level in ("区", "县", "旗") or has_lower_unit:
                cities[name] = cities.get(name, 0) + weight
            elif level == "市" or in_head:
                counties[name] = counties.get(name, 0) + weight
            continue
        province, city_name, county_name = _classify(chain)
        for counter, value in ((provinces, province), (cities, city_name), (counties, county_name)):
            if value:
                counter[value] = counter.get(value, 0) + weight

    # 3. "X镇位于Y县东南部": where the town lies.
    for run in _located_runs(text):
        for end in range(len(run), 1, -1):
            chain = _parse_chain(run[:end], strict=True) if run[end - 1] in _ADMIN_CHARS else []
            if chain:
                province, city_name, county_name = _classify(chain)
                for counter, value in ((provinces, province), (cities, city_name),
                                       (counties, county_name)):
                    if value:
                        counter[value] = counter.get(value, 0) + 2
                break

    county = _best(counties)
    city = _best(cities)
    if city is not None and city == county:
        city = None
    if county is None and level is not None:
        county = _only_unit_of_level(text, level)
    if county is None:
        county = _abbreviated_county(text, township, level, city)
    province = _best(provinces)
    return province, city, county


def _best(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    top = max(counts.values())
    winners = [name for name, n in counts.items() if n == top]
    return winners[0] if len(winners) == 1 else None  # two units equally likely: don't guess


def _unqualified_level(text: str) -> str | None:
    """The unit the town reports to when the text just says 区委/县委/市委 (lowest level wins)."""
    for unit in ("区", "县", "旗", "市"):
        if "依法治" + unit in text:
            return unit
        for m in _UNQUALIFIED[unit].finditer(text):
            i = m.start()
            if i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in _U_BEFORE_WORD:
                return unit
    return None


_LOCATED = re.compile(rf"(?:位于|地处|隶属于|隶属|地属)([{_CJK}]{{2,20}})")
# where a match of _LOCATED can start
_LOCATED_WORDS = ("位于", "地处", "隶属", "地属")


def _located_runs(text: str) -> list[str]:
    """What _LOCATED.finditer(text) captures, in order, trying the pattern only where one of its
    words starts (it starts with an alternation, which finditer tries at every character)."""
    starts = sorted(i for word in _LOCATED_WORDS for i in _find_all(text, word))
    runs = []
    last_end = 0
    for start in starts:
        if start >= last_end:  # finditer resumes after each match: no overlaps
            m = _LOCATED.match(text, start)
            if m is not None:
                runs.append(m.group(1))
                last_end = m.end()
    return runs
# Characters that never end (second) or start (first) a two-character county name.
# (到: "乡政府收到县人民政府转来的…": 收到 is a verb, not a name)
# (报: "按规定报县司法局备案" is 报 as a verb)
_NOT_IN_NAME = set("治委法府政党全本我该各的了与及在对为是其等年月日第个项件起名人这那县区市乡镇村到报")


_UNIT_CONTEXT_AFTER = re.compile(
    r"^(?:法治|依法|人民|司法|人大|纪委|公安|市场|综治|信访|法院|检察|政法|普法|全面依法"
    # "在平顺县委、县政府的坚强领导下": the county's party committee beside its government
    r"|委(?:、|和|及|的|政府|坚强|正确))"
)


def _two_characters_before(text: str, unit: str) -> list[tuple[str, int]]:
    """Each "XX" + unit with two CJK characters before it, left to right, without overlap.

    The same as re.finditer("([CJK]{2})" + unit), but found from the few positions of the unit
    character instead of trying a match at every CJK character.
    """
    out = []
    last_end = 0
    i = text.find(unit, 2)
    while i != -1:
        if i - 2 >= last_end and "\u4e00" <= text[i - 2] <= "\u9fff" and "\u4e00" <= text[i - 1] <= "\u9fff":
            out.append((text[i - 2:i], i + 1))
            last_end = i + 1
        i = text.find(unit, i + 1)
    return out


def _only_unit_of_level(text: str, level: str) -> str | None:
    """The one "XX县" written out in full when the text reports to a 县 ("县委、县政府").

    Only for 县/区/旗 (a bare 市 is too common a character), only two-character names,
    only where the name reads as an institution ("郸城县法治政府建设…", "XX区人民法院") or
    appears twice, and only when a single such unit appears: a report that names several
    counties (a study trip, a neighbour) gives None.
    """
    if level == "市":
        return None
    found: Counter[str] = Counter()
    backed: set[str] = set()
    for name, end in _two_characters_before(text, level):
        after_verb = end >= 4 and text[end - 4] + name[0] in _VERB_STARTS
        if after_verb and not _bad_one_character_name(name[1], level):
            name = name[1]  # "按照涉县全面依法治县委员会": 照 ends the verb 按照, the county is 涉县
        elif (name[0] in _NOT_IN_NAME and name[0] not in "和于同" or name[1] in _NOT_IN_NAME
              or name in _VERB_STARTS or _generic_tail(name + level) or name[1] in "和与及或向对在的"):
            continue  # "部署和区委": a conjunction, not the end of a name
        found[name + level] += 1
        if _UNIT_CONTEXT_AFTER.match(text[end:end + 4]):
            backed.add(name + level)
    found = Counter({unit: n for unit, n in found.items() if n >= 2 or unit in backed})
    return next(iter(found)) if len(found) == 1 else None


def _abbreviated_county(text: str, township: str | None, level: str | None,
                        city: str | None) -> str | None:
    town_short = township[:2] if township else None
    found = set()
    for short in _abbreviations(text):
        # ("通过镇政府网站": 过镇 is no place; a place name never ends in 镇/乡/村 here)
        if (short in _NOT_PLACES or short in _VERB_STARTS or short == town_short
                or short[-1] in "市区县旗镇乡村街"
                or short[0] in _FUNCTION_CHARS or short[-1] in _FUNCTION_CHARS or short[0] in "过通经"):
            continue  # "叙州区人民政府网站" is a full name, not the abbreviation "州区"
        if city and city.startswith(short):
            continue
        found.add(short)
    if len(found) != 1:
        return None
    short = found.pop()
    for unit in ("县", "区", "市", "旗"):  # the full form written anywhere settles it
        if short + unit in text:
            return short + unit
    return short + level if level else None


# --- year ------------------------------------------------------------------------------

# (_SINCE and _YEAR start with a lookbehind: compile_scan puts a first-character lookahead first)
_YEAR = compile_scan(r"(?<!\d)((?:19|20)\d\d)\s*年")
_RANGE = re.compile(r"(?:19|20)\d\d\s*年?\s*(?:[—–\-－~～至到]|－－|——)\s*(?:19|20)\d\d")
_PLAN_AFTER = re.compile(
    r"^\s*年?度?\s*(?:的|全年)?\s*(?:工作|重点)?\s*(?:思路|计划|打算|安排|设想|展望|重点|方向)"
)
_PLAN_HEADING = re.compile(
    r"(?:工作思路|工作计划|工作打算|工作安排|工作设想|下一步|下步|努力方向|工作重点|今后)"
)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、])"
)
_SINCE = compile_scan(r"(?<![自从])((?:19|20)\d\d)\s*年(?:度)?以来")  # not "自2018年以来" (history)
_THIS_YEAR = re.compile(r"今年以来|今年来|本年度以来|今年，|今年,")


def _years(s: str) -> list[int]:
    ranges = [m.span() for m in _RANGE.finditer(s)]
    years = []
    for m in _YEAR.finditer(s):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        if _PLAN_AFTER.match(s[m.end():m.end() + 12]):
            continue
        if s[max(0, m.start() - 1):m.start()] in ("自", "从"):
            continue  # "自2018年以来": a starting point in the past, not the year reported
        years.append(int(m.group(1)))
    return years


def _find_year(lines: list[str], title: str | None, title_index: int,
               report_date: datetime.date | None) -> int | None:
    if title:
        years = _years(title)
        if years:
            return years[0]
    # The body before the next-year plan section.
    body_lines = lines[title_index + 1:]
    cut = next((i for i, line in enumerate(body_lines)
                if _is_heading_like(line) and _PLAN_HEADING.search(line) and len(line) <= 40), None)
    current = body_lines[:cut] if cut is not None else body_lines
    body = "\n".join(current)
    opening = "\n".join(current[:3])
    since = [int(m.group(1)) for m in _SINCE.finditer(opening)]
    if since:
        return since[0]
    if report_date and _THIS_YEAR.search(opening):
        return report_date.year - 1 if report_date.month == 1 else report_date.year
    years = _years(opening)
    if years:
        return years[0]
    since_anywhere = Counter(int(m.group(1)) for m in _SINCE.finditer(body))
    if since_anywhere:
        return since_anywhere.most_common(1)[0][0]
    headings = [y for line in current if _HEADING.match(line) and len(line) <= 60
                for y in _years(line)]
    if headings:
        return Counter(headings).most_common(1)[0][0]
    years = _years(body)
    if years:
        ranked = Counter(years).most_common()
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
    if report_date:
        return report_date.year - 1 if report_date.month == 1 else report_date.year
    return None


# --- signing date ----------------------------------------------------------------------

_DATE = re.compile(
    r"((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?!\d))"
)


# a line that opens an annex after the signature: "附件", "附件1", "附件一：", "附表"
_ANNEX = re.compile(r"附(?:件|表)[0-9一二三四五]?[：:]?")


def _find_report_date(lines: list[str]) -> datetime.date | None:
    # the signature before an annex: "…人民政府⏎2026年1月9日⏎⏎附件⏎…主要指标完成情况" (the annex may
    # end with a date of its own: an appended 述法 statement's)
    annex = next((k for k, line in enumerate(lines) if line[:1] == "附" and _ANNEX.fullmatch(line)), None)
    if annex is not None:
        found = _date_in(lines[max(0, annex - 6):annex])
        if found is not None:
            return found
    return _date_in(lines[-6:])


def _date_in(lines: list[str]) -> datetime.date | None:
    """The date a signature block ends with, looking from its last line up."""
    for line in reversed(lines):
        if len(line) > 60 or _SENTENCE_END.search(line):
            continue
        matches = list(_DATE.finditer(line))
        if not matches:
            continue
        m = matches[-1]
        if line[m.end():].strip(" ）)】]") != "":
            continue
        year = int(m.group(1))
        month = int(m.group(2) or m.group(4))
        day = int(m.group(3) or m.group(5))
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return None
    return None


# --- entry point -----------------------------------------------------------------------


def read_metadata(text: str) -> Metadata:
    norm = _normalise(text)
    lines = _lines(norm)
    title, title_index = _find_title(lines)
    report_date = _find_report_date(lines)
    year = _find_year(lines, title, title_index, report_date)
    # Show the title as written (二〇二三年 stays), read from the same line of the input (which
    # is the title already when the input reads the same up to it: nothing to normalise there)
    if title is not None and not (title_index >= 0 and _same_first_lines(text, norm, title_index + 1)):
        if "\r" not in text and norm.count("\n") == text.count("\n"):
            # normalising kept every line break (it never adds one, and blank lines stay
            # blank): the input has as many lines, and _find_title reads the first ten only
            original = _first_lines(text, 10)
            same_count = True
        else:
            original = _lines(text.replace("\r\n", "\n").replace("\r", "\n"))
            same_count = len(original) == len(lines)
        if same_count:
            original_title, _ = _find_title(original)
            if original_title is not None and _normalise(original_title) == title:
                title = original_title

    # Prominent places: the lines up to the opening paragraph (title, issuer, addressee)
    # and the signature block at the end.
    head_end = 0
    seen = 0
    for line in lines:
        pos = norm.find(line, head_end)
        head_end = pos + len(line)
        seen += 1
        if seen >= 3 and not _is_heading_like(line) or seen >= 6:
            break
    tail_lines = lines[-4:] if len(lines) > 4 else []
    tail_start = len(norm)
    for line in tail_lines:
        # (a numbered heading near the end of a short text is a heading, not the signature)
        if _is_heading_like(line) and len(line) <= 60 and not HEADING_NUMBER.match(line):
            tail_start = min(tail_start, norm.rfind(line))
    strong = [(0, head_end), (tail_start, len(norm))]
    title_span = (0, 0)
    if title and title_index >= 0:
        title_start = norm.find(lines[title_index])
        title_span = (title_start, title_start + len(lines[title_index]))

    township, town_starts = _choose_township(_town_occurrences(norm, head_end, tail_start, title_span))
    province, city, county = _admin_units(norm, township, town_starts, norm[:head_end], strong)
    if township and county and township.startswith(county) and len(township) > len(county) + 1:
        # the county written right before a one-character town: "献县淮镇人民政府" is 淮镇 of 献县
        township = township[len(county):]
    return Metadata(title=title, township=township, county=county, city=city,
                    province=province, year=year, report_date=report_date)
