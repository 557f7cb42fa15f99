"""Clean uploaded report text before anything reads numbers from it.

Every span the extractor reports points into the *cleaned* text, which is what gets stored.
Cleaning therefore aims for text a person would accept as the same report: same words and
figures, without the residue of word processors, PDF page furniture, injected spam and the
hard line breaks that cut sentences in two.
"""

from __future__ import annotations

import html
import re
from functools import partial

from ._regex import first_char_set

# Full-width ASCII (U+FF01..U+FF5E) becomes ASCII, except the punctuation that Chinese prose
# uses as its own: those stay full-width so sentence and clause splitting see one form.
_KEEP_FULLWIDTH = set("，。：；！？（）【】《》“”‘’、")
_WIDTH_TABLE: dict[int, int | str] = {}
for _code in range(0xFF01, 0xFF5F):
    _ch = chr(_code)
    if _ch not in _KEEP_FULLWIDTH:
        _WIDTH_TABLE[_code] = _code - 0xFEE0
_WIDTH_TABLE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",
        0x2002: " ",
        0x2003: " ",
        0x2009: " ",
        0x200B: "",  # zero-width space
        0xFEFF: "",  # BOM
        0x200C: "",
        0x200D: "",
        ord("\t"): " ",
        ord("\r"): "\n",
        ord("\f"): "\n",
        0x2028: "\n",
        0x2029: "\n",
        ord("("): "（",
        ord(")"): "）",
        ord("!"): "！",
        ord("?"): "？",
        ord(";"): "；",
        0xFE50: "，",  # small comma
        0xFF64: "、",  # half-width ideographic comma
        0xFF61: "。",
    }
)

_CJK = "\u4e00-\u9fff"
_BOOKMARK = re.compile(r"\[(?:bookmark|_?Toc|_?GoBack|anchor|批注|注释)[^\]\n]{0,80}\]", re.IGNORECASE)
# A reviewer's left-overs in a Word export: a comment ("【批注：数据请核实】") and text marked as
# deleted ("【删除】全年办理行政诉讼案件5件。"), which is not part of the report
_REVISION = re.compile(r"【(?:批注|注释)[^】\n]{0,80}】|【删除】[^。\n]*。?")
# Injected betting / live-stream spam: brand-like chunks glued together by symbols.
_SPAM_WORD = (
    r"(?:体育|足彩网|足彩|彩票网|彩票|彩网|博彩|真人视讯|在线直播|直播吧|直播|娱乐城|娱乐|棋牌|"
    r"赌场|投注|开户|注册送|官网|百家乐|老虎机|时时彩|六合彩)"
)
_SPAM = re.compile(
    rf"(?:[{_CJK}]{{2}}|[A-Za-z]{{2,8}})?{_SPAM_WORD}"
    rf"(?:[_¥$|#@~]+(?:[{_CJK}]{{0,4}}?{_SPAM_WORD}|[A-Za-z0-9.]{{2,20}}))+"
)
_STRAY_AND = re.compile(rf"(?<=[{_CJK}])\s*\band\b\s*(?=[{_CJK}])")


_AND = re.compile("and")  # (a literal pattern: a faster scan than `in`)
_LINK_FIRST = frozenset("达为是共计约近逾超")


def _replace_stray_and(text: str) -> str:
    """_STRAY_AND.sub("和", text), with the pattern tried only where an "and" is.

    A pattern that starts with a lookbehind is tried at every character (~170 us a report).
    Every match holds an "and" (found by str.find, in C) and starts where the whitespace before
    it starts: a CJK character is a word character, so \b needs whitespace between the two.
    """
    parts = []
    prev = 0
    i = text.find("and")
    while i != -1:
        j = i
        while j > prev and text[j - 1].isspace():
            j -= 1
        m = _STRAY_AND.match(text, j)
        if m is None:
            i = text.find("and", i + 1)
            continue
        parts.append(text[prev:j])
        # (not before the link to a figure, where it cannot join two things: "调解成功率 and 达98.6%")
        parts.append("" if text[m.end()] in _LINK_FIRST else "和")
        prev = m.end()
        i = text.find("and", prev)
    if not parts:
        return text
    parts.append(text[prev:])
    return "".join(parts)
# Spaces next to digits inside Chinese prose ("深沪镇 2023 年", "21 名"): drop them.
_DIGIT_SPACE = re.compile(rf"(?<=[{_CJK}%，。、；：）（])[ ]+(?=\d)|(?<=\d)[ ]+(?=[{_CJK}%（）])")
# _DIGIT_SPACE starts with lookbehinds, so it is tried at every character; its matches are whole
# runs of spaces (a shorter run is followed by a space), so the runs are found from the literal
# space instead and their neighbours tested in Python (str.isdecimal is what \d matches)
_SPACE_RUN = re.compile(" [ ]*")  # [ ]+, written literal first (a C scan for spaces)
_DIGIT_SPACE_BEFORE = frozenset("%，。、；：）（")
_DIGIT_SPACE_AFTER = frozenset("%（）")


def _digit_space(m: re.Match[str]) -> str:
    s, e = m.span()
    t = m.string
    if s == 0 or e == len(t):
        return m.group()
    before, after = t[s - 1], t[e]
    if after.isdecimal() and ("\u4e00" <= before <= "\u9fff" or before in _DIGIT_SPACE_BEFORE):
        return ""
    if before.isdecimal() and ("\u4e00" <= after <= "\u9fff" or after in _DIGIT_SPACE_AFTER):
        return ""
    return m.group()
_SPACES = re.compile(r" [ ]+")  # [ ]{2,}, written literal first (a C scan for spaces)
_PAGE_LINE = re.compile(
    r"^(?:[-—–－·• ]*\d{1,4}[-—–－·• ]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)

# Headings: "一、…", "（二）…", "(3)…", "1、…", "1．…", "第一部分…"
HEADING_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）]"
    r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[部分章节]|[一二三四五六七八九十]{1,3}是)"
)
_FINAL = set("。！？…；：」』”\"")
_SOFT_END = set("，、（《“‘—-")
# the characters of a number written in Chinese ("一百二十五", "两千", "三万")
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万"
# the measure words a count ends with (the first characters of numbers.COUNT_UNITS' common ones),
# and those of things counted less often
_MEASURE_CHARS = "名人位件起宗例场次期份册本张条部个家批处"
_MEASURE_CHARS_MORE = _MEASURE_CHARS + "幅块篇堂轮"
# a line that starts with a count ("五十四件，…") continues the line before it
_CUT_FIGURE = re.compile(rf"(?:\d+(?:\.\d+)?万?|[{_CN_NUMERAL}]+)(?:余|多)?"
                         rf"[{_MEASURE_CHARS_MORE}](?![一二三四五六七八九十\d])")
_NUMERAL_END = frozenset("0123456789" + _CN_NUMERAL)
_TITLE_END = re.compile(
    r"(?:报告|总结|情况|汇报|打算|安排|计划|思路|成效|问题|不足|原因|举措|职责|方案|要点|规划)$"
)


# The frame of a government web page around a report copied from it: breadcrumbs, publishing
# data, print/close buttons, previous/next links, the site's footer. Such lines carry no figure.
_WEB_CHROME_PATTERN = (
    r"(?:首页\s*[>＞»›]|当前位置|您(?:当前)?(?:所在)?的?位置|发布时间[：:]|发布日期[：:]|来源[：:]|信息来源[：:]|浏览次数"
    r"|阅读次数|点击(?:数|量|次数)[：:]|【字体|字体[：:]\s*[大中小]|【打印|【关闭|打印本页|关闭窗口|上一篇[：:]|下一篇[：:]"
    r"|相关附件[：:]|附件下载|分享到[：:]|主办[：:]|承办[：:]|技术支持[：:]|网站标识码|【责任编辑|责任编辑[：:]|扫一扫"
    # (and a WeChat article's: "点击上方蓝字 关注我们", "编辑：…", "审核：…", "阅读原文")
    r"|点击(?:上方)?“?蓝字|关注我们|编辑[：:]|审核[：:]|校对[：:]|初审[：:]|终审[：:]|作者[：:]|阅读原文|长按(?:识别)?二维码)"
)
# the account's name with the time of posting: "歇马镇人民政府  2025年01月03日 18:05 湖北",
# "2023-01-16 17:42发表于山东"
_POSTED_AT = re.compile(r"[^，。；\d]{0,24}(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})"
                        r"\s*\d{1,2}[:：]\d\d(?!\d)")
_WEB_CHROME = re.compile(_WEB_CHROME_PATTERN)
_WEB_CHROME_FIRST = first_char_set(_WEB_CHROME_PATTERN)
_PAGE_FIRST = frozenset("-—–－·• 第0123456789Pp")
# PDF text layers sometimes space out every character: "全 镇 共 有 2 1 名"
# (written from its first space, checked by a lookbehind: a literal first is scanned for in C,
# where a CJK character class first tries a match at nearly every character; only whether it
# matches is used)
_SPACED = re.compile(rf" (?<=[{_CJK}0-9] )[{_CJK}0-9] [{_CJK}0-9] [{_CJK}0-9]")
_SPACED_GAP = re.compile(rf"(?<=[{_CJK}0-9，。、；：%（）“”]) (?=[{_CJK}0-9，。、；：%（）“”])")


_HEAD_FIRST = frozenset("一二三四五六七八九十（(0123456789第")


def _is_heading_like(line: str) -> bool:
    """A line that stands alone: a numbered heading without a sentence after it, or a short title."""
    if line[0] in _HEAD_FIRST and HEADING_NUMBER.match(line):
        body_end = line.find("。")
        # "（三）标题。正文……" is a paragraph that starts with an inline heading
        return body_end == -1 or body_end >= len(line) - 1
    return False


def _wrap_width(lines: list[str]) -> int:
    """The width a PDF layer or a plain-text editor wrapped the prose at, or 0 if it was not wrapped.

    Hard-wrapped prose has many lines of one length that do not end a sentence.
    """
    counts: dict[int, int] = {}  # open lines by length
    prose: dict[int, int] = {}  # the same without numbered headings
    open_lines = 0
    for line in lines:
        if len(line) >= 15 and line[-1] not in _FINAL:
            open_lines += 1
            counts[len(line)] = counts.get(len(line), 0) + 1
            # (a numbered heading is a short open line that says nothing about wrapping, unless it
            # is as long as the wrapped lines: a numbered item's first line, "6.法律明白人：…培育“法律明")
            if not _is_heading_like(line):
                prose[len(line)] = prose.get(len(line), 0) + 1
    if open_lines < 4:
        return 0
    width, count = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    # lines one character shorter or longer (a full-width character at the edge) count too
    count += counts.get(width - 1, 0) + counts.get(width + 1, 0)
    in_prose = prose.get(width, 0) + prose.get(width - 1, 0) + prose.get(width + 1, 0)
    if count < 4 or count < 0.4 * open_lines or in_prose < 2:
        return 0
    # (numbered headings of about one length in a text whose paragraphs are each one long line, as
    # a PDF's text layer or a web page gives them, are no wrapping: wrapped prose has no line of
    # twice the width)
    far_longer = sum(1 for line in lines if len(line) > 2 * width)
    return 0 if far_longer >= max(3, count // 2) else width


_STRAY_TITLE = re.compile(r"[^，。；：！？]{0,40}?(?:19|20)\d\d年[^，。；：！？]{0,20}?(?:法治|依法)"
                          r"[^，。；：！？]{0,20}(?:报告|总结)")


def _without_stray_titles(lines: list[str]) -> list[str]:
    """The lines with a report's title repeated inside a sentence, as a PDF's running header is,
    taken out and the sentence's halves joined ("…成功调解各类⏎2024年度法治政府建设情况报告⏎矛盾纠纷
    186起"); never in the first lines, where the real title may be wrapped."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if (4 <= k < len(lines) - 1 and line[-2:] in ("报告", "总结") and out and out[-1] and lines[k + 1]
                and out[-1][-1] not in _FINAL and len(out[-1]) >= 8 and not _is_heading_like(out[-1])
                and _STRAY_TITLE.fullmatch(line)):
            out[-1] += lines[k + 1]
            k += 2
            continue
        out.append(line)
        k += 1
    return out


# The words a figure's phrase is made of; a line that ends inside one of them goes on on the next
_FIELD_TERMS = re.compile(
    "矛盾纠纷|纠纷|人民调解|调解员|调解|调委会|委员会|明白人|执法证|执法|诉讼|复议|应诉|信访|普法|宣传|资料"
    "|材料|咨询|学法|法治|法律|群众|人次|行政村|社区|办结|化解|受理|讲座|活动|案件|人员"
)


def _term_across(line: str, nxt: str) -> bool:
    """Whether a field term starts in the last characters of line and ends in nxt."""
    tail = line[-4:]
    joined = tail + nxt[:4]
    for k in range(1, len(tail)):
        m = _FIELD_TERMS.match(joined, len(tail) - k)
        if m is not None and m.end() > len(tail):
            return True
    return False


def _join_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    wrap = _wrap_width(lines)
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line:
            out.append(line)
            i += 1
            continue
        while True:
            if "：" in line and _DATA_LINE.fullmatch(line):
                break  # a line of a data list ends at its figure: "受理矛盾纠纷：186件；调解成功：181件"
            last = line[-1]
            if (last in _FINAL and not (last == "”" and line[-2:-1] not in "。！？…")
                    # (a colon ending a prose line that runs on ends nothing: "…受理矛盾纠纷：⏎乡调委会
                    # 受理19件"; the next line may still be a heading, which stops the join below)
                    and not (last == "：" and "，" in line and len(line) >= 15)
                    # (nor a semicolon at the end of a full-width line of hard-wrapped prose: "…学法4次；⏎
                    # 镇政府常务会会前学法9次；…")
                    and not (last == "；" and wrap and len(lines[i]) >= wrap - 1
                             and i + 1 < n and lines[i + 1])):
                break
            if _is_heading_like(line) and not (wrap and len(line) >= wrap - 1):
                break
            # next non-blank line
            j = i + 1
            blanks = 0
            while j < n and not lines[j]:
                j += 1
                blanks += 1
            if j >= n:
                break
            nxt = lines[j]
            if (nxt[0] in _HEAD_FIRST and HEADING_NUMBER.match(nxt)
                    and not (last.isdigit() and nxt[0].isdigit())):
                break
            if last in _SOFT_END:
                join = True
            elif wrap and len(line) >= wrap - 1 and blanks == 0:
                # a full-width line of hard-wrapped prose
                join = True
            elif _TITLE_END.search(line):
                join = False
            elif ((nxt[0] in _NUMERAL_END and _CUT_FIGURE.match(nxt))
                  or (last in _NUMERAL_END and nxt[0] in _UNIT_START)):
                # a figure cut off by a line break: "…办结初信初访⏎五十四件", "…、3⏎个社区"
                join = True
            elif _term_across(line, nxt):
                # a PDF line break inside a word of the field: "…排查各类矛盾纠⏎纷146件"
                join = True
            elif len(line) < 12:
                join = False
            elif "，" in line or "；" in line:
                # a prose line that stops mid-sentence
                join = True
            elif "。" in line:
                join = len(line) >= 15
            else:
                # a long run of text without punctuation, directly followed by more text
                join = blanks == 0 and len(line) >= 28 and not nxt[0].isdigit()
            if not join:
                break
            line = line + nxt
            if "，" in line and (last.isdigit() or last == "，") and nxt[0].isdigit():
                # a thousands separator the width pass took for a comma, the figure cut: "1,5⏎62件"
                line = _WIDE_THOUSANDS.sub(",", line)
            i = j
        out.append(line)
        i += 1
    return out


_WIDE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _WIDTH_TABLE) + ",:]")
# the same without "," and ":": whether there is anything for _WIDE_CHARS.sub to change once the
# commas and colons are done (those left then stay as they are: the same test keeps them again)
_WIDE_CHARS_LEFT = re.compile("[" + "".join(re.escape(chr(c)) for c in _WIDTH_TABLE) + "]")
# ASCII characters of the table that always map the same way: replaced with str.replace (a C
# scan each) so that the common half-width parentheses never reach a Python callback
_ASCII_ALWAYS = tuple(
    (chr(c), bytes([c]), r) for c, r in _WIDTH_TABLE.items() if c < 128 and isinstance(r, str)
)
_COMMA = re.compile(",")  # literals: a fast scan, unlike a character class
_COLON = re.compile(":")
# most half-width commas and colons in Chinese prose follow a CJK character, which is never a
# digit: those convert without the Python callback (the others' digit neighbours stay the same)
_COMMA_AFTER_CJK = re.compile(rf",(?<=[{_CJK}],)")
_COLON_AFTER_CJK = re.compile(rf":(?<=[{_CJK}]:)")
_SPAM_SYMBOLS = "_¥$|#@~"
# "建设.街道", "93件." — a half-width full stop used as the Chinese one (never between digits)
# (spaces after it are stripped later, so "…）. \n" must convert now, or a second cleaning would differ)
_ASCII_PERIOD = re.compile(rf"\.(?<=[{_CJK}）”》」%]\.)(?=[{_CJK}（“《「\n]|[ \t]*(?:\n|$))")  # literal first
# "，" between a digit and exactly three digits (literal first: a fast scan)
_WIDE_THOUSANDS = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")
_UNIT_START = frozenset(_MEASURE_CHARS_MORE + "余多%万千")


# A figure as a careless OCR or a PDF text layer writes it: the letters l/I and O/o for the digits
# 1 and 0 ("l2O件", "２O４次", "l,O2O 人"), and one digit per spaced-out character ("9 8 . 6 %",
# "8 4 O O 份"). A run of such characters is read as a figure only where no other Latin letter
# touches it and a measure word, "%" or a date word follows it (not "ISO", "I.", "Top 10").
_OCR_RUN = re.compile(r"(?<![A-Za-z0-9.,])[0-9lIOo]"
                      r"(?:(?:[ ]*[.,][ ]*|[ ]+|，(?=[0-9lIOo]{3}(?![0-9lIOo])))?[0-9lIOo])*"
                      r"(?![A-Za-z0-9])(?=[ ]*([^ ]))")
_OCR_DIGITS = str.maketrans("lIOo", "1100")
_OCR_FOLLOW = _UNIT_START | frozenset("年月日亿")
_SPACED_DIGIT = re.compile(r" (?<=[0-9lIOo.] )[ ]*[0-9lIOo.]")  # literal first: a C scan


def _ocr_figure(m: re.Match[str]) -> str:
    run = m.group()
    if m.group(1) not in _OCR_FOLLOW:
        return run
    if " " in run:
        parts = run.split()
        if any(len(p) > 1 for p in parts):
            return run  # numbers side by side ("2023 2024"), not one spaced-out figure
        run = "".join(parts)
    if "，" in run:
        run = run.replace("，", ",")  # a thousands separator the width pass took for a comma
    if any(c in "lIOo" for c in run):
        if not any(c.isdigit() for c in run) and run.strip("lI"):  # ("l l 次": eleven)
            return m.group()
        run = run.translate(_OCR_DIGITS)
    return run


def _ocr_letter_in_figure(text: str) -> bool:
    """Whether an l/I/O/o may stand for a digit: next to a digit, or alone before a measure word.
    (Latin letters are rare in these reports: looked at one by one, not with a scan of the text.)"""
    for letter in "lIOo":
        i = text.find(letter)
        while i != -1:
            around = text[max(0, i - 2):i] + text[i + 1:i + 3]
            if any(c.isdigit() for c in around):
                return True
            before = text[i - 1:i]
            if (text[i + 1:i + 3].lstrip(" ")[:1] in _OCR_FOLLOW
                    and not (before.isascii() and before.isalpha())):
                return True
            i = text.find(letter, i + 1)
    return False


# OCR reads the 日 of a date as 曰 ("2023年12月28曰"); 曰 never follows a figure in these reports
_OCR_DAY = re.compile(r"(?<=[0-9lIOo])曰")


def _repair_ocr_figures(text: str) -> str:
    if "曰" in text:
        text = _OCR_DAY.sub("日", text)
    # (the substitution tries a match at every digit: only for a text that needs it)
    if (" " in text and _SPACED_DIGIT.search(text) is not None) or _ocr_letter_in_figure(text):
        return _OCR_RUN.sub(_ocr_figure, text)
    return text


# A table's border left in running prose ("本乡下辖|16个村（社区）|，", "98.6%丨较上年…"):
# a bar in a line that goes on as a sentence is layout, not text (丨 is a radical, never a word).
# Right after a figure it stood between two cells, so it parts them as a comma would.
_PROSE_BAR = re.compile(r"[|丨](?=[^\n]*[，。])")
_FIGURE_BEFORE_BAR = re.compile(rf"(?:[0-9{_CN_NUMERAL}] ?[{''.join(sorted(_UNIT_START))}]|%) ?$")


def _prose_bar(m: re.Match[str]) -> str:
    i = m.start()
    after = m.string[i + 1:i + 2]
    if "\u4e00" <= after <= "\u9fff" and _FIGURE_BEFORE_BAR.search(m.string, max(0, i - 4), i):
        return "，"
    return ""


# A Chinese numeral spaced out ("二百 三十一起", "十 六 次"): one figure
_SPACED_CN = re.compile(rf" (?<=[{_CN_NUMERAL}] )(?=[{_CN_NUMERAL}{_MEASURE_CHARS}])")


def _normalise_chars(text: str) -> str:
    """Width and punctuation normalisation, in one pass over the characters that need it."""
    table = _WIDTH_TABLE
    n = len(text)

    def repl(m: re.Match[str]) -> str:
        ch = m.group()
        if ch == ",":
            i = m.start()
            # thousands separator: digit before, exactly three digits after
            if (i > 0 and text[i - 1].isdigit() and text[i + 1:i + 4].isdigit()
                    and not text[i + 4:i + 5].isdigit()):
                return ch
            return "，"
        if ch == ":":
            i = m.start()
            if 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                return ch
            return "："
        r = table[ord(ch)]
        return r if isinstance(r, str) else chr(r)

    # the text's ASCII characters, in one fast pass: tests on them are cheap (`in` on the text
    # itself is a scan each); the replacements below add none of the characters tested
    ascii_chars = text.encode("ascii", "ignore")
    for ch, code, r in _ASCII_ALWAYS:
        if code in ascii_chars:
            text = text.replace(ch, r)
    # n and the digit tests below are unaffected by the replacements: same length, no digits
    if b"," in ascii_chars:
        text = _COMMA_AFTER_CJK.sub("，", text)
        if "," in text:
            text = _COMMA.sub(repl, text)
    if b":" in ascii_chars:
        text = _COLON_AFTER_CJK.sub("：", text)
        if ":" in text:
            text = _COLON.sub(repl, text)
    # anything else in the table is rare: one scan to see whether there is any
    if _WIDE_CHARS_LEFT.search(text) is not None:
        text = _WIDE_CHARS.sub(repl, text)
    # a full-width thousands separator ("１，２００份") is one number, not two clauses
    return _WIDE_THOUSANDS.sub(",", text)


# Betting-site names written as a brand, not glued by symbols: "开云体育(中国)官方网站-ios/安卓版",
# "bet365体育在线投注". A brand (Latin letters or two characters) + a spam word + a site word.
_SPAM_SITE = re.compile(
    rf"(?:[A-Za-z][A-Za-z0-9]{{1,9}}|[{_CJK}]{{2}})(?:体育|娱乐|彩票|棋牌|博彩)(?:[（(]中国[）)])?"
    # (a code between: "皇冠体育hg8868在线投注", "…娱乐 官网")
    r"(?:[A-Za-z0-9]{2,10})? ?"
    r"(?:官方网站|官方入口|官网|在线投注|投注|在线直播|网页版)"
    r"(?:[-—/_ ]?(?:ios|IOS|iOS|安卓版|安卓|android|Android|APP|app|手机版|网页版|下载))*"
)
# every match holds one of these site words ("平台" is not one: "全民健身体育平台" is prose), found
# by a search for the words sharing their least common character in reports (without it the words
# are not there)
_SPAM_SITE_WORD_SEARCHES = tuple(
    (char, re.compile(words).search)
    for char, words in (("官", "官方网站|官方入口|官网"), ("注", "投注"), ("播", "在线直播"),
                        ("版", "网页版"))
)
# how far before the site word of its match a match can start: a brand (up to 10 characters),
# a spam word (2), "（中国）" (4), a code and a space (11) and the "在线" of "在线投注" (2, its 投注 is
# what is found)
_SPAM_SITE_REACH = 29
# a web address in a page copied from a spam-injected site ("www.kytiyu8.com", "https://m.x-zb.tv/live");
# not a government one
_URL = re.compile(r"(?:https?[:：]//|www\.)(?![A-Za-z0-9\-.]*\.gov\b)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
                  r"\.(?:com|cn|net|org|tv|cc|vip|top|xyz|me|info|io|app|live)(?:/[A-Za-z0-9\-._~/?=&%#]*)?")


def _remove_spam_sites(text: str) -> str:
    """_SPAM_SITE.sub("", text), with the pattern tried only in reach of a site word.

    _SPAM_SITE starts with a character class, so a plain sub tries it at every character
    (~40 us a report with a site word in it). Every match holds a site word at most
    _SPAM_SITE_REACH characters after its start, so none starts between a position and the
    first site word after it, less that reach.
    """
    parts = []
    prev = 0  # end of the last match
    pos = 0  # every match starting before pos has been found
    # (a site word's rare character, found by a fast single-character scan, tells which words
    # can be there at all: most reports have none of them)
    searches = [search for char, search in _SPAM_SITE_WORD_SEARCHES if char in text]
    while searches:
        found = [m.start() for search in searches if (m := search(text, pos)) is not None]
        if not found:
            break
        word = min(found)
        # (a match may start at this word too: "投注彩票网页版", a brand of two characters)
        for start in range(max(pos, word - _SPAM_SITE_REACH), word + 1):
            m = _SPAM_SITE.match(text, start)
            if m is not None:
                parts.append(text[prev:start])
                prev = pos = m.end()
                break
        else:
            pos = word + 1
    if not parts:
        return text
    parts.append(text[prev:])
    return "".join(parts)


def _remove_spam(text: str) -> str:
    if "www." in text or "//" in text:  # (the colon may be full-width by now)
        text = _URL.sub("", text)
    text = _remove_spam_sites(text)
    symbols = [ch for ch in _SPAM_SYMBOLS if ch in text]
    if not symbols:
        return text  # spam glues its chunks with these symbols; most reports have none
    # where the symbols are, in order (found with str.find: a regex class scan tests every character)
    at = []
    for ch in symbols:
        i = text.find(ch)
        while i != -1:
            at.append(i)
            i = text.find(ch, i + 1)
    at.sort()
    spans = []
    last = 0
    for i in at:
        lo = max(last, i - 12)
        sm = _SPAM.search(text, lo, min(len(text), i + 41))
        if sm is not None and sm.start() <= i < sm.end():
            spans.append(sm.span())
            last = sm.end()
    if not spans:
        return text
    parts = []
    prev = 0
    for a, b in spans:
        parts.append(text[prev:a])
        prev = b
    parts.append(text[prev:])
    return "".join(parts)


# A tab-separated table of indicators by year: a header row naming the years, rows of
# "label（unit）\tvalue\tvalue". Read as prose, one sentence a row, the latest year first:
# "受理矛盾纠纷248件（2022年：276件）。"
_TABLE_YEAR = re.compile(r"^(?:((?:19|20)\d\d)年?度?|(?P<this>本年度?|今年|当年|本期)"
                         r"|(?P<last>上年度?|去年|上年同期|同期|上期))$")
_TABLE_LABEL = re.compile(r"^(.{2,30}?)[（(]([^（）()]{1,4})[）)]$")
_TABLE_VALUE = re.compile(r"^\d+(?:\.\d+)?$")
_TABLE_UNIT_HEADS = frozenset(("单位", "计量单位", "单 位"))
_CHANGE_HEADS = frozenset(("增减", "增减量", "增减幅度", "增幅", "变化", "同比", "同比增减", "比上年增减",
                           "备注"))
# the head of a column that numbers the rows ("序号\t指标名称\t单位\t2025年…" over "1\t持证…")
_NUMBER_HEADS = frozenset(("序号", "编号", "序", "No.", "NO."))


# a label naming the unit in brackets, its bare number after it, as a data list writes it:
# "调解纠纷（件）：一百二十五；调解成功（件）：一百二十一" reads "调解纠纷：一百二十五件；…"
# ("受理数（件）186" too)
_BRACKETED_UNIT = r"（(件次|人次|场次|件|起|宗|例|名|人|位|个|次|场|期|份|册|%)）"
_UNIT_LABEL = re.compile(rf"{_BRACKETED_UNIT}：?"
                         rf"(\d+(?:\.\d+)?|[{_CN_NUMERAL}]+)(?![\d\u4e00-\u9fff%.])")
# (or after it: "持证人数：24（人）", "普法受众人数：约16000（人次）")
# (literal first, a fast scan; the number before it is checked in Python)
_UNIT_IN_BRACKETS = re.compile(_BRACKETED_UNIT)


def _unit_after_number(m: re.Match[str]) -> str:
    return m.group(1) if m.string[m.start() - 1:m.start()].isdigit() else m.group(0)


# a dash between a label and its count, as a colon: "受理——145件；调解成功——141件"
# (not before a year: "…新篇章——2023年法治政府建设工作报告")
_DASH_LABEL = re.compile(r"——(?<=[\u4e00-\u9fff]——)"  # (literal first: a fast scan)
                         rf"(?=(?:\d+|[{_CN_NUMERAL}]+)(?:件|起|宗|名|人|个|次|场|份))")


# a table of indicators with one value column: "序号\t指标名称\t数值\t单位"
_NAME_HEADS = frozenset(("指标名称", "指标", "项目", "名称", "内容", "指标项目", "工作内容"))
_VALUE_HEADS = frozenset(("数值", "数量", "数据", "完成数", "完成值", "完成情况", "完成数量", "指标值"))


def _column(cells: list[str], heads: frozenset[str]) -> int | None:
    """The first column whose header is one of heads."""
    return next((i for i, c in enumerate(cells) if c in heads), None)


def _indicator_columns(cells: list[str]) -> tuple[int, int, int | None] | None:
    """The name, value and unit columns of a header row of an indicator table, or None."""
    name, value = _column(cells, _NAME_HEADS), _column(cells, _VALUE_HEADS)
    if name is None or value is None:
        return None
    return name, value, _column(cells, _TABLE_UNIT_HEADS)


def _indicator_row(cells: list[str], columns: tuple[int, int, int | None]) -> str | None:
    """A row of an indicator table as a sentence ("1\t持证行政执法人员\t17\t人" → "持证行政执法人员17人。"),
    or None when the row does not have a name and a plain number."""
    name_i, value_i, unit_i = columns
    if max(name_i, value_i, unit_i or 0) >= len(cells):
        return None
    name, value = cells[name_i], cells[value_i]
    unit = cells[unit_i] if unit_i is not None else ""
    if unit_i is None and (label := _TABLE_LABEL.match(name)) is not None:
        name, unit = label.groups()  # "受理矛盾纠纷（件）"
    if not name or not _TABLE_VALUE.match(value) or len(unit) > 4:
        return None
    return f"{name}{value}{unit}。"


# a row of two cells, a label and its figure, without a header: "调处矛盾纠纷\t118起", "化解率\t97.5%"
_LABEL_CELL = rf"[{_CJK}“”（）、]{{2,20}}"
_CELL_FIGURE = rf"\d+(?:\.\d+)?万?(?:余|多)?(?:%|[{_MEASURE_CHARS}]{{1,2}})?"
_PAIR_LABEL = re.compile(_LABEL_CELL)
_PAIR_VALUE = re.compile(_CELL_FIGURE)


def _label_value_row(cells: list[str]) -> str | None:
    if len(cells) == 2 and _PAIR_LABEL.fullmatch(cells[0]) and _PAIR_VALUE.fullmatch(cells[1]):
        return f"{cells[0]}：{cells[1]}。"
    return None


_WIDE_DIGIT = re.compile("[０-９]")
_WIDE_DIGITS = {0xFF10 + d: 0x30 + d for d in range(10)}


def _into_paragraph(lines: list[str | None], k: int, row: str | None, first_row: int) -> int:
    """Row k read as the sentence row, joined to the paragraph that line first_row opened (or
    opening one); the paragraph's first line afterwards, -1 when row k is not such a row."""
    if row is None:
        return -1
    if first_row < 0:
        lines[k] = row
        return k
    lines[first_row] = lines[first_row][:-1] + "；" + row
    lines[k] = None
    return first_row


def _year_heads(cells: list[str], head_unit: bool) -> list[re.Match[str] | None] | None:
    """The years a header row of a year table names, one for each column after the name (and
    unit) column; None when cells is no such row. A column of the changes ("增减") after the
    years' is dropped from cells."""
    while len(cells) > 2 and cells[-1] in _CHANGE_HEADS:
        cells.pop()
    found = [_TABLE_YEAR.match(c) for c in cells[2 if head_unit else 1:]]
    if len(cells) < 2 or not found or not all(found):
        return None
    return found


def _tables_as_prose(text: str) -> str:
    """A tab-separated table of figures by year, one sentence per row for this year's figure:
    "受理矛盾纠纷（件）\t248\t276" or, with a unit column, "受理矛盾纠纷\t件\t248\t276"; or a table of
    indicators with one value column, one sentence per row ("持证行政执法人员\t17\t人"). Its figures are
    in ASCII digits already (clean_text)."""
    lines: list[str | None] = list(text.split("\n"))
    years: list[int] | None = None
    labels: list[str] = []
    unit_column = False
    columns: tuple[int, int, int | None] | None = None
    # (the rows of an indicator table, or of labels and figures, become one paragraph, so that kinds
    # listed row by row add up as they would in prose: "行政复议案件1件；行政诉讼案件2件。")
    first_row = -1
    numbered = False  # the table's first column numbers its rows
    for k, line in enumerate(lines):
        if "\t" not in line:
            if (years is not None or columns is not None) and _page_break_at(lines, k):
                continue  # a page break inside the table: its number, running header and blank lines
            years = columns = None
            first_row = -1
            numbered = False
            continue
        cells = [c.strip() for c in line.strip().split("\t")]
        if len(cells) > 2 and (cells[0] in _NUMBER_HEADS or numbered and cells[0].isdigit()):
            numbered = True
            del cells[0]
        if columns is not None:
            first_row = _into_paragraph(lines, k, _indicator_row(cells, columns), first_row)
            continue
        header = _indicator_columns(cells)
        if header is not None:
            columns, first_row = header, -1
            continue
        head_unit = len(cells) >= 3 and cells[1] in _TABLE_UNIT_HEADS
        found = _year_heads(cells, head_unit)
        if found is not None:
            # (a column of this year's or last year's figures by name: "本年", "上年")
            years = [int(m.group(1)) if m.group(1) else 9999 if m.group("this") else 9998
                     for m in found if m is not None]
            labels = [f"{m.group(1)}年" if m.group(1) else m.group(0) for m in found if m is not None]
            unit_column = head_unit
            continue
        if years is None:
            # rows of a label and its figure with no header read as a data list, one paragraph:
            # "调处矛盾纠纷：118起；成功化解：115起；化解率：97.5%。"
            first_row = _into_paragraph(lines, k, _label_value_row(cells), first_row)
            continue
        if unit_column:
            if len(cells) < 3:
                continue  # a row without a unit and a value ("调解\t")
            name, unit, values = cells[0], cells[1], cells[2:]
            if not name or not 1 <= len(unit) <= 4:
                continue
        else:
            label = _TABLE_LABEL.match(cells[0])
            if label is None:
                continue
            (name, unit), values = label.groups(), cells[1:]
        values = values[:len(years)]  # (without a changes column: "158\t171\t+13")
        if len(values) != len(years) or not all(_TABLE_VALUE.match(c) for c in values):
            continue
        order = sorted(range(len(years)), key=lambda i: -years[i])
        first, rest = order[0], order[1:]
        row = f"{name}{values[first]}{unit}"
        if rest:
            row += "（" + "，".join(f"{labels[i]}：{values[i]}{unit}" for i in rest) + "）"
        lines[k] = row + "。"
    return "\n".join(line for line in lines if line is not None)


# A table whose cells a PDF's text layer parts with spaces, not tabs (and so does text copied from
# it): "指标名称 计量单位 本年 上年" over "受理矛盾纠纷 件 187 203" reads as the tab-separated table it was.
# The layout may glue a label to its first figure ("调解成功（件）341 318").
# (a cheap test first, written to start with the space (a fast scan: spaces are rare in Chinese
# prose): a header's year or value column after it, or a figure ending a line of a label and its
# figure, "人民调解员 112名")
_SPACED_TABLE_HINT = re.compile(rf" (?:(?<=[{_CJK}”）] ){_CELL_FIGURE}\n"
                                r"|(?:19|20)\d\d年?度?(?: +(?:19|20)\d\d年?度?)*"
                                # (and a column of the changes after the years')
                                r"(?: +(?:增减量?|增减幅度|增幅|变化|同比(?:增减)?|比上年增减|备注))?"
                                r" *(?:\n|$)"
                                r"|(?:本年度?|今年|当年) +(?:上年度?|去年|同期)"
                                r"|(?:数值|数量|完成数|完成值|指标值)(?: +单位)? *(?:\n|$))")
_CELL_GAP = re.compile(r"[ \u3000]+")
_GLUED_FIGURE = re.compile(rf"(?<=[{_CJK}）)])(?=\d+(?:\.\d+)?%?$)")
_ROW_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _in_sentences(line: str) -> bool:
    """Whether line is prose (sentence punctuation in it), no row of a table."""
    return "，" in line or "。" in line or "；" in line


def _spaced_table_header(line: str) -> list[str] | None:
    """The cells of line when it is the header row of a year or indicator table whose cells
    are parted by spaces, else None."""
    cells = _CELL_GAP.split(line.strip())
    # (the length without the padding: a PDF pads cells to their column with runs of spaces)
    if len(cells) < 2 or sum(map(len, cells)) + len(cells) > 50 or _in_sentences(line):
        return None
    # (a column numbering the rows comes first: "序号 指标名称 计量单位 2025年 2024年 备注")
    heads = cells[1:] if len(cells) > 2 and cells[0] in _NUMBER_HEADS else cells
    head_unit = len(heads) >= 3 and heads[1] in _TABLE_UNIT_HEADS
    if _year_heads(list(heads), head_unit) is None and _indicator_columns(cells) is None:
        return None
    return cells


# a unit the layout glued to the end of a long label: "人民调解委员会个 16 16"
_GLUED_UNIT = re.compile(rf"(?<=[{_CJK}”）)])(?=(?:人次|场次|件次|个|人|名|件|次|份|场|期|宗|起|%)$)")


def _spaced_table_row(line: str, width: int, unit_at: int = -1) -> str | None:
    """A row of such a table with tabs between its width cells, or None when line is no row of it
    (a figure in a cell after the first, no sentence punctuation)."""
    line = line.strip()
    if not line or _in_sentences(line):
        return None
    cells = _CELL_GAP.split(line)
    if sum(map(len, cells)) + len(cells) > 60:
        return None
    if len(cells) == width - 1 and 0 < unit_at < len(cells) and _ROW_FIGURE.fullmatch(cells[unit_at]):
        # (unit_at: the unit column's place; a figure there says the unit went into the label)
        cells[unit_at - 1:unit_at] = _GLUED_UNIT.split(cells[unit_at - 1], maxsplit=1)
    if len(cells) == width - 1:
        cells[:1] = _GLUED_FIGURE.split(cells[0], maxsplit=1)
    if len(cells) > width:
        cells[:len(cells) - width + 1] = ["".join(cells[:len(cells) - width + 1])]  # a spaced label
    if len(cells) < 2 or not any(_ROW_FIGURE.fullmatch(c) for c in cells[1:]):
        return None
    return "\t".join(cells)


# a row of a label and its figure, parted by spaces or glued by the layout: "人民调解员 112名"
_SPACED_PAIR = re.compile(rf"({_LABEL_CELL}?)[ \u3000]*({_CELL_FIGURE})")


def _spaced_pairs(lines: list[str], k: int) -> int:
    """The rows of a label and its figure around line k as tab-separated ones (three or more, most
    of them parted by spaces); the line after them."""
    start = k
    while start > 0 and _SPACED_PAIR.fullmatch(lines[start - 1].strip()) is not None:
        start -= 1  # (rows the layout glued, before the first with a space)
    rows: list[re.Match[str]] = []
    while start + len(rows) < len(lines) and (
            m := _SPACED_PAIR.fullmatch(lines[start + len(rows)].strip())) is not None:
        rows.append(m)
    end = start + len(rows)
    if len(rows) >= 3 and sum(1 for m in rows if " " in m.group(0)) * 2 > len(rows):
        lines[start:end] = [f"{m.group(1)}\t{m.group(2)}" for m in rows]
    return max(end, k + 1)


def _spaced_tables_as_tabs(raw: str) -> str:
    lines = raw.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        if " " not in line and "\u3000" not in line:
            k += 1
            continue
        header = _spaced_table_header(line)
        if header is None:
            k = _spaced_pairs(lines, k)
            continue
        k += 1
        lines[k - 1] = "\t".join(header)
        unit_at = next((i for i, c in enumerate(header) if c in _TABLE_UNIT_HEADS), -1)
        while k < len(lines):
            row = _spaced_table_row(lines[k], len(header), unit_at)
            if row is not None:
                lines[k] = row
            elif not _page_break_at(lines, k):
                break  # (a page break inside the table is passed over: its number, running header)
            k += 1
    return "\n".join(lines)


# A table pasted with bars between its cells ("项目│数量│单位", "| 指标 | 2023年 |") reads as a
# tab-separated one; its border lines ("├──┼──┤", "|---|---|") are dropped.
_CELL_BAR = re.compile(r"[│|｜┃]")
_BORDER_LINE = re.compile(r"[\s│|｜┃─━\-:+┼├┤┌┐└┘┬┴═╪╞╡]+")


def _bars_as_tabs(raw: str) -> str:
    out = []
    for line in raw.split("\n"):
        if len(line) <= 80 and "。" not in line and _CELL_BAR.search(line):
            if _BORDER_LINE.fullmatch(line):
                continue
            cells = [c.strip() for c in _CELL_BAR.split(line.strip().strip("│|｜┃"))]
            if len(cells) >= 2 and all(cells):
                line = "\t".join(cells)
        out.append(line)
    return "\n".join(out)


# "行政村：18个", "受理矛盾纠纷：231件": a line that is one label and its figure (an annex list)
_DATA_PAIR = r"[^，。；：\n]{2,24}：[\d.一二三四五六七八九十百千万〇零两]+[^\d，。；：\n]{0,4}"
_DATA_LINE = re.compile(rf"{_DATA_PAIR}(?:[；，]{_DATA_PAIR})*")


def _join_data_lines(lines: list[str]) -> list[str]:
    """Runs of three or more label-and-figure lines as one paragraph ("行政村：18个；社区：1个；…。"),
    so that figures listed line by line add up as they would in prose."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if "：" in line and _DATA_LINE.fullmatch(line):
            run.append(line)
            continue
        if len(run) >= 3:
            out.append("；".join(run) + "。")
        else:
            out += run
        run = []
        out.append(line)
    out.pop()
    return out


# "主要数据（2022年/2023年）如下：" announcing lines of two years' values: "受理矛盾纠纷：176件/203件"
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)年?度?\s*/\s*((?:19|20)\d\d)年?度?")
# the header cut by a line break, as hard-wrapped text has it: "主要数据（2022年⏎/2023年）如下："
_YEAR_PAIR_CUT = re.compile(r"(?<=(?:19|20)\d\d年)[ \t]*\n\s*(?=/\s*(?:19|20)\d\d)"
                            r"|(?<=(?:19|20)\d\d年/)[ \t]*\n\s*(?=(?:19|20)\d\d)")
_VALUE = r"(\d+(?:\.\d+)?万?)([^\d/\s，。；：]{0,3})"
_VALUE_PAIR = re.compile(rf"{_VALUE}/{_VALUE}")


def _this_years_value(years: tuple[int, int], m: re.Match[str]) -> str:
    """One "a/b" pair as the later year's value with the earlier one in a note."""
    a, b = m.group(1) + m.group(2), m.group(3) + m.group(4)
    this, other = (b, a) if years[1] > years[0] else (a, b)
    return f"{this}（{min(years)}年：{other}）"


def _year_pairs_as_prose(text: str) -> str:
    """Lines of "a/b" values under a "YYYY年/YYYY年" header, as the later year's value with the
    earlier one in a note, the way the year tables read: "受理矛盾纠纷：203件（2022年：176件）"."""
    lines = _YEAR_PAIR_CUT.sub("", text).split("\n")
    years: tuple[int, int] | None = None
    for k, line in enumerate(lines):
        header = _YEAR_PAIR.search(line)
        if header is not None and not _VALUE_PAIR.search(_YEAR_PAIR.sub("", line)):
            years = int(header.group(1)), int(header.group(2))
            continue
        if years is None or not line.strip():
            continue
        if "/" not in line:
            if _page_break_at(lines, k):
                continue  # a page break inside the list: its number and running header
            if len(line.strip()) > 8 or any(c.isdigit() for c in line):
                years = None  # (not the rest of a header a line break cut: "…（2022年/2023年⏎）如下：")
            continue
        row = _VALUE_PAIR.sub(partial(_this_years_value, years), line.rstrip())
        # (a sentence of its own, as a table row is)
        lines[k] = row + "。" if row != line.rstrip() and row[-1] not in "。；" else row
    return "\n".join(lines)


def _page_break_at(lines: list[str | None], k: int) -> bool:
    """Whether line k is part of a page break: a page number, a running header, or a blank line
    next to one of them."""
    def furniture(line: str | None) -> bool:
        line = (line or "").strip()
        return bool(line) and (_PAGE_LINE.match(line) is not None or _is_running_header(line, lines))
    if (lines[k] or "").strip():
        return furniture(lines[k])
    return (k > 0 and furniture(lines[k - 1])) or (k + 1 < len(lines) and furniture(lines[k + 1]))


def _is_running_header(line: str, raw_lines: list[str] | list[str | None]) -> bool:
    """A PDF running header next to a page number: a title-like line the document repeats
    (raw_lines may hold None for table rows already merged into the row before)."""
    if not 6 <= len(line) <= 60 or line[-1] in _FINAL or line[-1] in "，、" or HEADING_NUMBER.match(line):
        return False
    return sum(1 for r in raw_lines if r and r.strip() == line) >= 2


def clean_text(raw: str) -> str:
    """The stored form of a report: normalised width and spacing, noise removed, sentences whole."""
    if not raw:
        return ""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n")  # (before the tables: a cell must not end with "\r")
    if "&" in raw:
        raw = html.unescape(raw)  # text copied from a web page: "&nbsp;", "&amp;"
    if "│" in raw or "|" in raw or "｜" in raw or "┃" in raw:  # (faster than one search for all four)
        raw = _bars_as_tabs(raw)
    # (typed with full-width figures, its tables too: "２０２４年", "１７１"; a search of the whole text
    # only when it may matter: a table, or the commonest full-width digits)
    if ("２" in raw or "１" in raw or "\t" in raw) and _WIDE_DIGIT.search(raw) is not None:
        raw = raw.translate(_WIDE_DIGITS)
    if _SPACED_TABLE_HINT.search(raw) is not None:
        raw = _spaced_tables_as_tabs(raw)
    if "\t" in raw:
        raw = _tables_as_prose(raw)
    text = _normalise_chars(raw)
    if "|" in text or "丨" in text:
        text = _PROSE_BAR.sub(_prose_bar, text)
    if "）" in text:
        text = _UNIT_LABEL.sub(r"：\2\1", text)
        text = _UNIT_IN_BRACKETS.sub(_unit_after_number, text)
    if "——" in text:
        text = _DASH_LABEL.sub("：", text)
    if "/" in text and _YEAR_PAIR.search(text):
        text = _year_pairs_as_prose(text)
    if "[" in text:
        text = _BOOKMARK.sub("", text)
    if "【" in text:
        text = _REVISION.sub("", text)
    if _AND.search(text) is not None:
        text = _replace_stray_and(text)
    if "." in text:
        text = _ASCII_PERIOD.sub("。", text)
    # the kept lines, with runs of blank lines collapsed to one as they are added (the same
    # as collapsing afterwards: a running header is only ever popped from a non-blank end)
    lines: list[str] = []
    raw_lines = text.split("\n")
    headers: set[int] = set()
    for k, line in enumerate(raw_lines):
        if k in headers:
            continue
        line = line.strip()
        if line and (line[0] in _WEB_CHROME_FIRST and _WEB_CHROME.match(line)
                     # (after an emoji or a marker: "👆点击蓝字 关注…")
                     or not line[0].isalnum() and line[1:2] in _WEB_CHROME_FIRST
                     and _WEB_CHROME.match(line, 1)):
            continue
        if (len(line) <= 60 and (":" in line or "：" in line) and ("日" in line or "-" in line)
                and _POSTED_AT.match(line)):
            continue
        if line and line[0] in _PAGE_FIRST and _PAGE_LINE.match(line):
            # a page number, unless it is the end of a number cut by a line break ("8\n500\n余份")
            nxt = raw_lines[k + 1].lstrip()[:1] if k + 1 < len(raw_lines) else ""
            if not (line.isdigit() and nxt and nxt in _UNIT_START):
                # the running header beside it, below or above, blank lines apart or not
                below = k + 1
                while below < len(raw_lines) and not raw_lines[below].strip():
                    below += 1
                if below < len(raw_lines) and _is_running_header(raw_lines[below].strip(), raw_lines):
                    headers.add(below)
                above = len(lines) - 1
                while above >= 0 and not lines[above]:
                    above -= 1
                if above >= 0 and _is_running_header(lines[above], raw_lines):
                    del lines[above:]
                continue
        if not line:
            if lines and lines[-1]:
                lines.append(line)
            continue
        if " " in line and _SPACED.search(line):
            line = _SPACED_GAP.sub("", line)
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    out = []
    if "报告\n" in text or "总结\n" in text:
        lines = _without_stray_titles(lines)
    joined = _join_lines(lines)
    # (after the lines are joined and the widths normalised, so a second cleaning finds nothing more)
    whole = "\n".join(joined)
    # (spam only once the lines are joined: a line break may have cut it in two, "调解成功3雷速体育_中国足⏎
    # 彩网¥在线直播12件", and either half alone may look like a word)
    repaired = _repair_ocr_figures(_remove_spam(whole))
    if repaired != whole:
        joined = repaired.split("\n")
    for line in joined:
        if " " in line:
            if _SPACED.search(line):
                line = _SPACED_GAP.sub("", line)
            line = _SPACED_CN.sub("", _SPACES.sub(" ", line))
            line = _SPACE_RUN.sub(_digit_space, line)  # _DIGIT_SPACE.sub("", …)
        out.append(line)
    out = _join_data_lines(out)
    cleaned = "\n".join(out)
    if "." in cleaned:
        # a line that started with "." may now follow Chinese text ("…；）\n." joined)
        cleaned = _ASCII_PERIOD.sub("。", cleaned)
    return cleaned
