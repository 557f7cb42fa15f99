"""The engine: number tokens + the phrasing table (rules.py) -> one figure per indicator.

For every number token the engine looks at the words right before and right after it (within
its clause, stopping at neighbouring figures), asks each indicator whose measure words fit
whether one of its phrasings matches, drops candidates with disqualifying words or outside this
year's work, scores the rest (phrasing weight, town-wide markers, sub-count penalties) and keeps
the best. Everything is precompiled; no segmentation, no per-candidate heavy work.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from . import rules as R
from ._regex import compile_scan as _compile_scan
from .numbers import Quantity, find_quantities
from .sections import ACHIEVEMENTS, PLANS, PROBLEMS, Outline
from .types import Candidate, Figure

# Quotes, book-title marks and spaces carry no meaning for the phrasings: 培育“法律明白人”,
# 取得《河南省行政执法证》 read as 培育法律明白人, 取得河南省行政执法证.
_STRIP_RE = re.compile("[“”‘’\"'「」『』《》〈〉 ]")


# "调成66件": the clerk's short form of 调解成功 (not 协调成…)
_TIAOCHENG = re.compile(r"(?<!协)调成(?![功立果绩本员])")


def _strip(s: str) -> str:
    s = _STRIP_RE.sub("", s)
    # (a common slip of the pen, read as what was meant: "调节成功65件")
    if "调节" in s:
        s = s.replace("调节", "调解")
    return _TIAOCHENG.sub("调解成功", s) if "调成" in s else s


_FUTURE = _compile_scan(R.FUTURE)
_ONE_EVENT = re.compile(R.ONE_EVENT)
_NEWS_ITEM = re.compile(R.NEWS_ITEM)
_WHOLE_YEAR = re.compile(r"全年|年内|本年度|今年以来|一年来|累计")
# "由去年的19人增加到今年的26人": 19 is the earlier value, 26 takes 19's noun phrase
# ("人民调解员由2023年的86名调整至92名", "由上年的98名调整充实为106名")
# ("行政村由31个撤并为24个")
_CHANGE_VERB = (r"(?:增加|增长|提高|提升|上升|扩大|发展|扩充|增|减少|下降|降|调整|充实|调整充实"
                r"|撤并|合并|精简)(?:到|至|为)")
_FROM = re.compile(rf"^{_CHANGE_VERB}")
_TO = re.compile(rf"^{_CHANGE_VERB}(?:今年|目前|现在|年底|年末|(?:19|20)\d\d年(?:底|末)?)?的?(?:约|近|逾)?$")
# "(含行业性专业性调解委员会2个)": an inclusive note after a figure, not part of its phrase
_NOTE = re.compile(r"（(?:含|包括|包含|其中)[^）]*(?:）|$)")
_CLOSED_NOTE = re.compile(r"（(?:含|包括|包含|其中)[^（）]*）")
_EACH_ITEMS = re.compile("[、和及与]")
_LEADING_ASIDE = re.compile(r"^（[^）]*(?:）|$)")
# (or a clause of its own: "开展…活动39场次，含法治文艺演出5场")
_IN_NOTE = re.compile(r"（(?:含|包括|包含|其中)[^）]*$|^(?:含|内含)")


@dataclass(frozen=True, slots=True)
class _Form:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    weight: float
    needs: re.Pattern[str] | None
    kind: str
    then: re.Pattern[str] | None
    clause: re.Pattern[str] | None
    reach: int


@dataclass(frozen=True, slots=True)
class _Rule:
    spec: R.Rule
    forms: tuple[_Form, ...]
    reject: re.Pattern[str] | None
    reject_clause: re.Pattern[str] | None
    reject_sentence: re.Pattern[str] | None
    penalty: re.Pattern[str] | None
    boost: re.Pattern[str] | None
    # unions of all forms' phrases: one search tells whether any form can match at all
    any_before: re.Pattern[str] | None
    # the same phrases anywhere in a clause (for "…调解委员会实现全覆盖，共计19个")
    any_phrase: re.Pattern[str] | None
    any_after: re.Pattern[str] | None
    reach: int
    reject_then: re.Pattern[str] | None
    # one of the rule's key words (spec.keys) in a text: one search instead of an `in` per key
    # (a search for several literals is a C scan; None: no key words, the rule never applies)
    has_key: re.Pattern[str] | None


def _compile(rule: R.Rule) -> _Rule:
    forms = tuple(
        _Form(
            re.compile(rf"(?:{f.before}){R.LINK}$") if f.before else None,
            re.compile(rf"(?:{f.after})") if f.after else None,
            f.weight,
            re.compile(f.needs) if f.needs else None,
            f.kind,
            re.compile(f.then) if f.then else None,
            re.compile(f.clause) if f.clause else None,
            f.reach,
        )
        for f in sorted(rule.forms, key=lambda f: -f.weight)
    )

    def c(p: str) -> re.Pattern[str] | None:
        return re.compile(p) if p else None

    befores = [f.before for f in rule.forms if f.before]
    afters = [f.after for f in rule.forms if f.after]
    any_before = _compile_scan(rf"(?:{'|'.join(f'(?:{b})' for b in befores)}){R.LINK}$") if befores else None
    any_after = re.compile("|".join(f"(?:{a})" for a in afters)) if afters else None
    reach = max((f.reach for f in rule.forms if f.before and not f.needs and not f.then and not f.clause),
                default=0)
    plain = [f.before for f in rule.forms if f.before and not f.needs and not f.then and not f.clause]
    any_phrase = re.compile("|".join(f"(?:{b})" for b in plain)) if plain else None
    # the rule's own disqualifiers and the generic ones (counts only) in one search
    reject = "|".join(p for p in (rule.reject, R.MULTI_YEAR if rule.activity else "",
                                   "" if rule.is_rate else R.GLOBAL_REJECT) if p)
    return _Rule(rule, forms, _compile_scan(reject) if reject else None,
                 c(rule.reject_clause), c(rule.reject_sentence),
                 c(rule.penalty), c(rule.boost),
                 any_before, any_phrase, any_after, reach, c(rule.reject_then),
                 re.compile("|".join(map(re.escape, rule.keys))) if rule.keys else None)


COMPILED: tuple[_Rule, ...] = tuple(_compile(r) for r in R.RULES)
_BY_UNIT: dict[str, tuple[_Rule, ...]] = {}
for _r in COMPILED:
    for _u in _r.spec.units:
        _BY_UNIT[_u] = (*_BY_UNIT.get(_u, ()), _r)
# one search per figure finds the key words of every indicator that could use its measure word
_KEYS_BY_UNIT: dict[str, re.Pattern[str]] = {
    u: re.compile("|".join(re.escape(k)
                           for k in sorted({k for r in rs for k in r.spec.keys}, key=len, reverse=True)))
    for u, rs in _BY_UNIT.items()
}
_TOWN_ONE: dict[str, re.Pattern[str]] = {r.code: re.compile(r.town_one) for r in R.RULES if r.town_one}
_NAMED_ONE: dict[str, re.Pattern[str]] = {r.code: re.compile(r.named_one) for r in R.RULES if r.named_one}
# how far after a figure its key words may be (for forms that read on after the clause)
_KEY_REACH = 24
_CHANGE_FIRST = frozenset("增提上扩发减下降调充撤合精")
_ANYWHERE_BY_UNIT: dict[str, tuple[_Rule, ...]] = {
    u: tuple(r for r in rs if r.spec.anywhere) for u, rs in _BY_UNIT.items()
}


@dataclass(slots=True)
class _Cand:
    code: str
    q: Quantity
    value: float
    score: float
    sent_start: int
    sent_end: int
    order: int
    note: str = ""
    ok: bool = True
    kind: str = ""
    right: str = ""
    left: str = ""
    # the first quantity index of a "镇、村两级分别受理纠纷23件、148件" list it is a part of (-1: none)
    part: int = -1
    # how many things it counts one each of ("行政复议、行政诉讼案件各1件": 2)
    each: int = 1
    # its noun phrase is the clause before's ("…会前学法，全年共13次"): a 共 there totals only it
    borrowed: bool = False
    # a half of the year it is only rejected for being ("上半年" / "下半年"): two halves add up
    half: str = ""


_SENT_SEP = re.compile("[；。！？\n]")
_CLAUSE_SEP = re.compile("[；。！？\n，]")


class _Ctx:
    """Clause and sentence boundaries of one text, found where asked.

    Only the clauses around the figures (a dozen or two) are ever asked for, so the boundaries
    are found by need rather than by listing every separator of the text: the next separator by
    a regex search (a C scan) forward, the previous one by the same search in the reversed text.
    """

    __slots__ = ("text", "rev", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        self.rev = text[::-1]
        self.n = len(text)

    def _bounds(self, sep: re.Pattern[str], start: int, end: int) -> tuple[int, int]:
        n = self.n
        # the last separator before start: index r of the reversed text is n - 1 - r here
        m = sep.search(self.rev, n - start)
        lo = n - m.start() if m is not None else 0
        m = sep.search(self.text, end)
        return lo, m.start() if m is not None else n

    def full_sentence_start(self, pos: int) -> int:
        """Start of the sentence around pos when only 。！？ and line ends count (within 400)."""
        return _full_sentence_start(self.text, pos, max(0, pos - 400))

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        return self._bounds(_CLAUSE_SEP, start, end)

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        lo, hi = self._bounds(_SENT_SEP, start, end)
        # sentence-final punctuation belongs to the sentence
        if hi < self.n and self.text[hi] in "。！？；":
            hi += 1
        return lo, hi


def _fmt(word: str) -> str:
    return word if len(word) <= 12 else word[:12] + "…"


# "…，合计26人" / "…，共计18个": a clause that is only a total of the figures before it
_TOTAL_ONLY = re.compile(r"^(?:(?:全镇|全乡|全街道|全苏木|全年|今年|年内|目前|现在|现"
                         r"|截至(?:年底|年末|目前)){0,2}"
                         r"(?:合计|共计|总计|总共|一共有?|共有|共|累计|现有|计|达到|达|在册)|总数|总量|两项合计|以上合计"
                         # "在县司法局备案登记的人民调解员，我镇有87名"
                         # (or the town's share of the county's: "全县…共3860名，其中我镇为二百一十七名")
                         r"|(?:我|本)(?:镇|乡|街道)(?:共有|现有|有)|其中(?:我|本)(?:镇|乡|街道)(?:共有|现有|有)?"
                         # "…，两类案件共计5件", "以上共计17次"
                         r"|(?:[两二三四五六]类|上述|以上)[\u4e00-\u9fff]{0,4}?(?:合计|共计|总计|共)"
                         # "…主持镇党委理论学习中心组学法，全年开展4次"
                         r"|(?:全年|今年|年内)(?=开展|举办|召开|组织|开市|开课|授课|开讲|开播|$))"
                         # ("以镇政府为被告…的案件，今年共发生四件")
                         r"(?:为|达|达到|有|开展|举办|召开|组织|开市|开课|授课|开讲|开播|发生|办理|收到)?"
                         # ("…，合计约2万人次")
                         r"(?:约|近|逾|超过|大约)?$")


# a figure said to be about another year ("2022年受理纠纷…", "去年…", a year's end: "2023年末全镇实有…")
# is not this year's
# (with a first-character lookahead, see compile_scan: its first alternative starts with a lookbehind)
_YEAR = _compile_scan(r"(?<!\d)((?:19|20)\d\d)年(?:度)?(?!以来|来|至今|\d)"
                   r"|(?P<other>去年|上年度?|上一年|前年)(?!以来|来|至今)"
                   r"|今年|本年|(?<!\d年)全年|年内")  # ("2023年全年": the whole of 2023)


# "受理、调解成功矛盾纠纷分别为412件、406件": the i-th noun goes with the i-th number
_RESPECTIVELY_LINK = re.compile(r"分别(?:约|近)?(?:为|是|有|达到|达|计)?[：:]?\s*$")
_LIST_GAP = re.compile(r"\s*[、和及与]\s*$")
# a head noun said once for the whole list, at the end of its last item
_SHARED_HEAD = re.compile(r"(?:矛盾纠纷|民间纠纷|纠纷|案件|事项|信访件|活动|资料|材料"
                          r"|持证执法人员|持证人员|执法人员|人员|调解员|人次|学法)$")
# (an item that names its own measure keeps it: "普法活动场次、宣传资料份数和受众人次分别达到…")
_OWN_MEASURE = re.compile(r"(?:场次|份数|人次|次数|件数|数量|人数|个数|总数)$")


# "镇、村两级…", said before a list of what both levels did
_BOTH_LEVELS = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:镇|乡|街道)[、和及与]?(?:村|社区)(?:（[^）]{1,4}）)?"
                          r"两级")
# "镇、村两级调委会分别受理各类纠纷23件、148件": a verb and a noun between 分别 and the numbers
_PART_PHRASE = re.compile(r"[\u4e00-\u9fff“”]{2,16}$")
_WHEN_OR_WHERE = re.compile(r"(?:全年|今年|年内|本年度?|全镇|全乡|全街道|我镇|我乡|我街道)*")
_VERB_LIST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*、[\u4e00-\u9fff]{2,12}$")
# "2021年至2023年，全乡受理矛盾纠纷分别为104件、91件、86件": one noun, a number per year
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)年?(?:至|到|—|－|-|～|~)((?:19|20)\d\d)年")


def _list_run(text: str, qs: list[Quantity], i: int) -> list[int]:
    """Quantity i and those that follow it as items of one list ("23件、148件和6件")."""
    run = [i]
    while run[-1] + 1 < len(qs) and _LIST_GAP.match(text[qs[run[-1]].end:qs[run[-1] + 1].start]):
        run.append(run[-1] + 1)
    return run


def _respectively(text: str, qs: list[Quantity],
                  ctx: _Ctx) -> tuple[dict[int, str], dict[int, int], dict[int, int]]:
    """The noun phrase of each number in an "A、B分别为x、y" list (by quantity index); the year of
    each number in a list that runs over a span of years; and, for a list of the same figure by
    part of the town ("镇、村两级调委会分别受理各类纠纷23件、148件"), the list each number is in."""
    out: dict[int, str] = {}
    years: dict[int, int] = {}
    parts: dict[int, int] = {}
    last_part: tuple[int, list[str]] | None = None
    starts = [q.start for q in qs]
    pos = text.find("分别")
    while pos != -1:
        cs = ctx.clause_of(pos, pos)[0]
        i = bisect_left(starts, pos)
        if i < len(qs) and _RESPECTIVELY_LINK.match(text, pos, qs[i].start):
            run = _list_run(text, qs, i)
            listed_text = _strip(text[cs:pos])
            levels = _BOTH_LEVELS.match(listed_text)
            if levels is not None and len(_EACH_ITEMS.split(listed_text[levels.end():])) == len(run):
                # "镇、村两级调委会受理和调结的民间纠纷分别为163宗、159宗": the items are after the levels
                listed_text = listed_text[levels.end():]
            nouns = listed_text.split("、")
            if len(nouns) != len(run):
                nouns = _EACH_ITEMS.split(listed_text)
            if len(run) >= 2 and len(nouns) == len(run) and all(nouns):
                head = _SHARED_HEAD.search(nouns[-1])
                if head is not None and any(_OWN_MEASURE.search(noun) for noun in nouns[:-1]):
                    head = None
                for j, noun in zip(run, nouns, strict=True):
                    if head is not None and _SHARED_HEAD.search(noun) is None:
                        # (what the last item says after its 的 is the head: "…、应急办的持证执法人员")
                        noun += head.group(0)
                    out[j] = noun
                    # "举办法治讲座、以案释法活动分别为6场、11场": two kinds of one count add up
                    parts[j] = i
            elif len(run) >= 2 and (span := _year_span(text, ctx.full_sentence_start(pos), cs, len(run))):
                noun = _strip(text[cs:pos])
                for k, j in enumerate(run):
                    out[j] = noun
                    years[j] = int(span.group(1)) + k
            elif (len(run) >= 2 and listed_text and "、" not in listed_text
                  and not any(c.isdigit() for c in listed_text)
                  # (a noun that names what is counted, not "按类型分别为17件、26件…" after a total)
                  and (keys := _KEYS_BY_UNIT.get(qs[i].unit)) is not None and keys.search(listed_text)):
                # "…开展城区集中宣传和进村宣讲…，发放宣传资料分别为6000份、4500份": one noun, a number
                # for each of the parts named before it, which add up
                for j in run:
                    out[j] = listed_text
                    parts[j] = i
        elif (i < len(qs) and _WHEN_OR_WHERE.fullmatch(_strip(text[cs:pos]))
              and _VERB_LIST.match(text, pos + 2, qs[i].start)):
            # one verb for each number, the noun said once after the last: "全年分别受理、化解矛盾纠纷
            # 二百一十件和二百零六件" (two figures, not parts of one)
            run = _list_run(text, qs, i)
            items = _strip(text[pos + 2:qs[i].start]).split("、")
            head = _SHARED_HEAD.search(items[-1])
            if len(run) >= 2 and len(items) == len(run) and head is not None and all(items):
                for j, item in zip(run, items, strict=True):
                    out[j] = item if _SHARED_HEAD.search(item) else item + head.group(0)
        elif i < len(qs) and _PART_PHRASE.match(text, pos + 2, qs[i].start):
            run = _list_run(text, qs, i)
            before = _strip(text[cs:pos])
            # (split at 、 first: a name may hold 和, "应急管理办、自然资源和规划所分别有…")
            subjects = [x for x in before.split("、") if x]
            if len(subjects) != len(run):
                subjects = [x for x in _EACH_ITEMS.split(before) if x]
            ss = ctx.full_sentence_start(pos)
            if not subjects and last_part is not None and last_part[0] == ss:
                # "镇、村两级分别受理…46件、173件，分别调解成功45件、169件": the same parts again
                subjects = last_part[1]
            last_part = (ss, subjects)
            if len(run) >= 2 and len(subjects) == len(run):
                phrase = _strip(text[pos + 2:qs[i].start])
                if not any(r.any_phrase is not None and r.any_phrase.search(phrase)
                           for r in _BY_UNIT.get(qs[i].unit, ())):
                    # the noun is in what the subjects are: "党委会、政府常务会会前学法分别开展11次和9次"
                    phrase = before + phrase
                for j in run:
                    out[j] = phrase
                    parts[j] = i
        pos = text.find("分别", pos + 2)
    return out, years, parts


# "全年共办结信访事项：来信12件、来访27件、网上信访19件": the kinds of one figure listed after its
# noun and a colon, each a short label (not a verb, a year or a negation) and a number
_COLON_LABEL = re.compile(r"[\u4e00-\u9fff“”（）]{1,8}")
_NOT_A_LABEL = re.compile(r"受理|调解|调处|化解|办结|成功|开展|举办|组织|发放|解答|接待|培育|培养|排查"
                          r"|达成|持证|其中|年|月|未|不|无|非|共|合计|总|累计|平均|每|占|同比|较|比")


def _colon_lists(text: str, qs: list[Quantity], ctx: _Ctx, listed: dict[int, str],
                 parts: dict[int, int]) -> None:
    """Read each item of a "noun：label N、label M" list (no total) as the noun's, as parts of one
    figure: the noun phrase by quantity index into `listed`, the list's first index into `parts`."""
    starts = [q.start for q in qs]
    pos = text.find("：")
    while pos != -1:
        i = bisect_left(starts, pos)
        if i < len(qs) and i not in listed and _COLON_LABEL.fullmatch(text, pos + 1, qs[i].start):
            run = [i]
            while (run[-1] + 1 < len(qs) and qs[run[-1] + 1].unit == qs[i].unit
                   and text[qs[run[-1]].end] == "、"
                   and _COLON_LABEL.fullmatch(text, qs[run[-1]].end + 1, qs[run[-1] + 1].start)):
                run.append(run[-1] + 1)
            cs = ctx.clause_of(pos, pos)[0]
            head = _strip(text[cs:pos])
            labels = [text[(pos if j == i else qs[j - 1].end) + 1:qs[j].start] for j in run]
            keys = _KEYS_BY_UNIT.get(qs[i].unit)
            # (the head names what is counted: not "具体为：在编公务员9名、事业编制人员7名")
            if (len(run) >= 2 and keys is not None and keys.search(head)
                    and not any(c.isdigit() for c in head) and len(set(labels)) == len(labels)
                    and not any(_NOT_A_LABEL.search(label) for label in labels)):
                rules = _BY_UNIT.get(qs[i].unit, ())
                # (items that are phrasings of their own keep them: "…健全：镇级调委会1个、村级调委会31个")
                own = any(_ends_with_phrase(_strip(label), r) for label in labels for r in rules)
                for j in run:
                    if not own:
                        listed[j] = head
                    parts[j] = i
        pos = text.find("：", pos + 1)


def _ends_with_phrase(s: str, rule: _Rule) -> bool:
    """Whether one of the rule's plain phrasings ends s ("村级调委会", but not "来信")."""
    return rule.any_phrase is not None and any(m.end() == len(s) for m in rule.any_phrase.finditer(s))


def _year_span(text: str, start: int, end: int, count: int) -> re.Match[str] | None:
    """The span of years ("2021年至2023年") between start and end, if it has count years."""
    if "年" not in text[start:end]:
        return None
    span = _YEAR_SPAN.search(text, start, end)
    return span if span is not None and int(span.group(2)) - int(span.group(1)) + 1 == count else None


_RESPECTIVELY = re.compile("分别")  # (a literal pattern: a faster scan than `in`)
_IN_TURN = re.compile("依次(为|是|达到|有)")


# "人民调解员较上年的96名增加了8名": this year's figure given only as last year's and the change
# "较上年" / "比去年同期": compared with last year
_THAN_LAST_YEAR = r"(?:较|比)(?:上年|去年|上年度|上一年)(?:同期)?"
# (or last year's figure, then this year's change in the clause after it: "人民调解员上年为88名，本年因
# 换届调整减少3名", "…上年为204次，今年在此基础上增加了38次")
_CHANGE_FROM = re.compile(rf"{_THAN_LAST_YEAR}[的（]?$"
                          r"|在(?:上年|去年)(?:底|末)?的?$"
                          r"|(?:上年|去年|上年度)(?:同期)?(?:为|是|有|共有?)$")
_CHANGE_BY = re.compile(r"^）?(?:的基础上)?"
                        r"(?:，(?:今年|本年度?|年内)(?:在此基础上|又)?(?:因[^，。；\d]{1,16}?)?)?"
                        r"(?:(?P<up>增加|增长|新增|多出?|上升|提高)"
                        r"|(?P<down>减少|下降|少|降低))了?(?:培育|培养|发展|选聘)?了?$")
# "受众人次同比增长25%（2023年为1.6万人次）", "比上年增长25%，上年为240人次": the change first
_PERCENT_FROM = re.compile(rf"(?:{_THAN_LAST_YEAR}|同比)"
                           r"(?:(?P<up>增加|增长|上升|提高)|(?P<down>减少|下降|降低))了?$")
_BASE_AFTER = re.compile(r"^[，（]?(?:上年|去年|上年度|(?:19|20)\d\d年)(?:同期)?(?:为|是|有|共)?$")


def _changed(base: Quantity, change: Quantity, up: bool, start: int, end: int) -> Quantity | None:
    """This year's figure from last year's and the change (a count, or a percentage of it)."""
    if change.is_percent:
        value = base.value * (1 + change.value / 100 if up else 1 - change.value / 100)
        exact = abs(value - round(value)) < 1e-9
        value = float(round(value))
        approximate = base.approximate or change.approximate or not exact
    else:
        value = base.value + change.value if up else base.value - change.value
        approximate = base.approximate or change.approximate
    return Quantity(value, approximate, base.unit, start, end) if value >= 0 else None


def _with_changes(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The quantities with each "较上年的N增加了M" pair read as one: this year's N ± M, spanning
    from the comparison word to M (each number alone is last year's value or a change); M may be
    a percentage of N ("较上年（172件）下降8.7%"), also said before N ("同比增长25%（2023年为1.6万人次）")."""
    if "上年" not in text and "去年" not in text and "同比" not in text:
        return qs
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs) and q.value is not None and qs[i + 1].value is not None:
            m = qs[i + 1]
            merged = None
            if not q.is_percent and (m.unit == q.unit or m.is_percent):
                cmp = _CHANGE_FROM.search(text, max(0, q.start - 8), q.start)
                by = _CHANGE_BY.match(text[q.end:m.start]) if cmp is not None else None
                if by is not None:
                    merged = _changed(q, m, bool(by.group("up")), cmp.start(), m.end)
            elif q.is_percent and not m.is_percent and _BASE_AFTER.match(text[q.end:m.start]):
                cmp = _PERCENT_FROM.search(text, max(0, q.start - 10), q.start)
                if cmp is not None:
                    merged = _changed(m, q, bool(cmp.group("up")), cmp.start(), m.end)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(q)
        i += 1
    return out


@dataclass(slots=True)
class _Phrase:
    """One figure's phrase: the words before and after it within its clause (cut at the
    neighbouring figures), and what they already say about it. The sentence and the stripped
    stretches before the figure are found only when a rule asks for them."""

    q: Quantity
    i: int
    section: str
    cs: int  # the figure's clause
    ce: int
    seg_lo: int  # the clause, cut at the neighbouring figures
    left_lo: int  # where `left0` starts
    left0: str  # the stripped words right before the figure, as written
    left: str  # its noun phrase before it (carried, borrowed or listed when it has none of its own)
    right: str  # the words after it
    after: int  # where those start (past the bracket of a bracketed figure)
    each: int  # how many things it counts one each of ("…各1件")
    units: int  # how many units it is one per ("十五个行政村各设…一个")
    earlier: bool  # an earlier value, not this year's
    total_only: bool  # its clause only totals ("…，共52件")
    borrowed: bool  # its noun phrase is the clause before's
    prev_cs: int  # start of the clause before (set with total_only)
    prev_clause: str
    own_seg: str
    clause_seg: str
    ss: int = -1  # its sentence, once asked for
    se: int = -1
    sent_left_: str | None = None
    clause_left_: str | None = None

    def sentence(self, ctx: _Ctx) -> tuple[int, int]:
        if self.ss < 0:
            self.ss, self.se = ctx.sentence_of(self.q.start, self.q.end)
        return self.ss, self.se

    def sent_left(self, ctx: _Ctx) -> str:
        """The stripped sentence before the figure."""
        if self.sent_left_ is None:
            ss = self.sentence(ctx)[0]
            self.sent_left_ = self.left0 if ss == self.left_lo else _strip(ctx.text[ss:self.q.start])
        return self.sent_left_

    def clause_left(self, ctx: _Ctx) -> str:
        if self.clause_left_ is None:
            self.clause_left_ = _clause_left(ctx.text, self.cs, self.q.start,
                                             self.left0 if self.cs == self.left_lo else None)
        return self.clause_left_


def find_candidates(text: str, outline: Outline, year: int | None = None,
                    township: str | None = None) -> dict[str, list[_Cand]]:
    """All candidates per indicator code, accepted ones with ok=True (township: the report's own,
    when known, so that another town's figure quoted beside it is not taken)."""
    ctx = _Ctx(text)
    qs = _with_changes(text, find_quantities(text))
    # ("依次为" says "分别为": "调委会、调解员数量依次为22个、118名"; same length, so positions hold)
    listed_text = _IN_TURN.sub(r"分别\1", text) if "依次" in text else text
    listed, listed_years, listed_parts = (_respectively(listed_text, qs, ctx)
                                          if _RESPECTIVELY.search(listed_text) else ({}, {}, {}))
    if "：" in text:
        _colon_lists(text, qs, ctx, listed, listed_parts)
    out: dict[str, list[_Cand]] = {}
    by_index: dict[int, list[tuple[_Rule, _Cand]]] = {}
    for i, q in enumerate(qs):
        if q.value is None:
            continue
        rules = _BY_UNIT.get(q.unit)
        if not rules:
            continue
        section = outline.kind_at(q.start)
        if section == PLANS:
            # the plan is not this year's work; only structural facts may come from there
            rules = _ANYWHERE_BY_UNIT.get(q.unit)
            if not rules:
                continue
        ph = _read_phrase(text, ctx, qs, i, section, year, listed, listed_years)
        seg = ph.left + "|" + ph.right
        # (the key words may come after the clause: "现有工作人员12人，均已取得…行政执法证件")
        probe = seg + "|" + text[q.end:q.end + _KEY_REACH]
        if not ph.total_only and _KEYS_BY_UNIT[q.unit].search(probe) is None:
            # no indicator's key word near it: only the paragraph's topic may name its noun
            if not q.is_percent and section != PLANS:
                _keep(i, _topic_candidate(text, ctx, rules, q, i, ph.cs, ph.left0, ph.right, section,
                                          ph.earlier, year), by_index, out)
            continue
        made = _by_phrasing(text, ctx, qs, ph, rules, seg, probe, listed_parts.get(i, -1), year)
        # a clause that only totals ("…，共52件") takes its noun from the figures it adds up or
        # from the clause before; a figure with a headless phrase, from the paragraph's topic
        if not made and ph.total_only:
            made = _total_of_parts(text, ctx, qs, ph, by_index) or _total_after_phrase(text, ctx, qs, ph,
                                                                                       rules, year)
        if not made and not q.is_percent and section != PLANS:
            made = _topic_candidate(text, ctx, rules, q, i, ph.cs, ph.left if ph.borrowed else ph.left0,
                                    ph.right, section, ph.earlier, year)
        _keep(i, made, by_index, out)
    if township:
        for cands in out.values():
            for cand in cands:
                if cand.ok:
                    other = _another_town(text, cand.sent_start, cand.q.start, township)
                    if other is not None:
                        cand.ok = False
                        cand.note = f"{other}'s figure, not {township}'s"
    return out


def _read_phrase(text: str, ctx: _Ctx, qs: list[Quantity], i: int, section: str, year: int | None,
                 listed: dict[int, str], listed_years: dict[int, int]) -> _Phrase:
    """Figure i's phrase, with the noun phrase taken from where the sentence puts it."""
    q = qs[i]
    n = len(qs)
    cs, ce = ctx.clause_of(q.start, q.end)
    prev_end = qs[i - 1].end if i > 0 else 0
    next_start = qs[i + 1].start if i + 1 < n else len(text)
    seg_lo = max(cs, prev_end)
    seg_hi = min(ce, next_start) if next_start >= q.end else ce
    if seg_hi == next_start < ce and "（" in text[q.end:next_start]:
        # "28名干部（含今年新取证6名）持有…执法证": a figure in a note does not cut the phrase off
        seg_hi = _after_note(text, qs, i, ce)
    # the noun phrase is near the number: 70 characters are plenty and keep searches cheap
    left_lo = max(seg_lo, q.start - 70)
    # (kept: the clause or the sentence often starts where this stretch does, and then their
    # stripped text before the figure is this one)
    left = left0 = _strip(text[left_lo:q.start])
    if i > 0 and "）" in text[prev_end:q.start]:
        # "调解员（含…兼任的12名）共计47名": the figure in the note does not cut the noun phrase off
        noted = _before_note(text, qs, i, cs)
        if noted is not None:
            left = noted
    # "行政复议、行政诉讼案件各1件": one for each of the things listed before 各
    each = 1
    if left.endswith("各") and len(left) > 1:
        left = left0 = left[:-1]
        each = len([item for item in _EACH_ITEMS.split(left) if item])
    # "十五个行政村各设村人民调解委员会一个": one per unit, times the units
    units = 1
    if "各" in left and i > 0:
        per_unit = _per_unit(text, qs, i, cs)
        if per_unit is not None:
            units, left = per_unit
    # "全年受理信访事项（34件），已全部办结": a figure in brackets right after its noun is the
    # figure itself; what follows the bracket is its right
    bracketed = q.start > 0 and text[q.start - 1] == "（" and text.startswith("）", q.end)
    after = q.end + 1 if bracketed else q.end
    right = text[after:min(seg_hi, after + 60)]
    if right[:1] == "（":
        # an aside right after the figure is about the figure, not its phrase:
        # "执法人员9人（年内因岗位调整注销2人）"
        right = _LEADING_ASIDE.sub("", right, count=1)
    if "（" in right:
        right = _NOTE.sub("", right)
    right = _strip(right)
    if right[:1] == "、" and seg_hi == next_start:
        # "持证行政执法人员31名、辅助执法人员18名": after 、 comes the next item's noun, not this one's
        right = ""
    if right[-1:] in _JOINERS and seg_hi == next_start < ce:
        # "15个村委会、1个社区均设立了人民调解委员会": what all the items did, said after the last
        shared = _shared_predicate(text, qs, i, ce)
        if shared is not None:
            right = right[:-1] + shared
    earlier = False
    total_only = borrowed = False
    prev_clause = own_seg = clause_seg = ""
    prev_cs = 0
    first = left[:1]
    if listed and i in listed:
        left = listed[i]
        # a list over several years: only the report year's number is this year's work
        earlier = i in listed_years and year is not None and listed_years[i] != year
    elif first == "、" and i > 0 and _YEAR_ITEM.match(left):
        # "持证执法人员2022年末为14名、2023年末为17名": the next year's item takes the noun
        p = qs[i - 1]
        prev_left = _strip(text[max(cs, qs[i - 2].end) if i > 1 else cs:p.start])
        tail = _YEAR_TAIL.search(prev_left)
        if tail is not None and tail.start() > 0:
            left = prev_left[:tail.start()] + left[1:]
    elif (first in _CHANGE_FIRST and i > 0 and _TO.match(left)
          and ctx.clause_of(qs[i - 1].start, qs[i - 1].end)[0] == cs):
        # the new total after "由…增加到": read the noun phrase before the earlier value
        plo = max(cs, qs[i - 2].end) if i > 1 else cs
        left = _strip(text[plo:qs[i - 1].start])
    elif (first in "至到" and len(left) == 1 and i > 0
          and (by_change := _BY_CHANGE.search(text, max(cs, qs[i - 1].start - 12), qs[i - 1].start))):
        # the new total after its change: "持证干部较上年增加6名至31名" reads the noun phrase before
        # the comparison, as "持证干部增至31名"
        plo = max(cs, qs[i - 2].end) if i > 1 else cs
        left = _strip(text[plo:by_change.start()]) + "增至"
    elif right[:1] in _CHANGE_FIRST and _FROM.match(right):
        earlier = True
    elif not q.is_percent and seg_lo == cs and len(left) <= 10 and _TOTAL_ONLY.match(left):
        total_only = True
        # "信访案件全部办结，共52件": the noun phrase is in the clause before
        prev_cs = ctx.clause_of(max(0, cs - 1), max(0, cs - 1))[0]
        # (never across a paragraph break: the line before may be a heading)
        prev_clause = _strip(text[prev_cs:cs - 1]) if cs > 0 and text[cs - 1] != "\n" else ""
        own_seg = clause_seg = left + "|" + right
        if i == 0 or qs[i - 1].end <= prev_cs:
            # "持证上岗人员较上年翻了一番，达到24名": the new total after a comparison takes the
            # noun named before the comparison
            cmp = _COMPARISON.search(prev_clause) if _RATE_AFTER.match(left) else None
            if cmp is not None:
                prev_clause = prev_clause[:cmp.start()]
            left = prev_clause + left
            borrowed = True
            # 每 in the borrowed clause has no figure of its own there: it is about coverage
            # ("…实现每村全覆盖，共计96名"), not a per-village count
            own_seg = prev_clause.replace("每", "") + own_seg
    elif q.is_percent and seg_lo == cs and cs > 0 and text[cs - 1] == "，" and _RATE_AFTER.match(left):
        # "纠纷调处成功率较上年提升0.6个百分点，达到98.9%": the rate named before the comparison
        pcs = ctx.clause_of(cs - 1, cs - 1)[0]
        cmp = _COMPARISON.search(text, pcs, cs - 1)
        if cmp is not None:
            left = _strip(text[pcs:cmp.start()]) + left
    elif seg_lo == cs and first in _THIS_YEAR_FIRST and i > 0:
        m = _THIS_YEAR_ONLY.match(left)
        if m is not None:
            left = _carried_noun(text, qs, i, ctx, cs, m.group("link") or "") or left
    if not earlier and first in "由从全" and _FROM_LEFT.search(left) and _CHANGED_AFTER.match(right):
        # "全乡由原来的14个村调整为9个村": the count before the change
        earlier = True
    if "原" in left and not earlier and _ORIGINALLY.search(left):
        # "全镇原辖17个行政村，今年撤并2个": the count before the change the sentence goes on to
        earlier = _CHANGED_LATER.search(_rest_of_sentence(text, q.end)) is not None
    if "年初" in left and not earlier:
        # "调解员年初为73名、年末为81名": the year's start, when the sentence goes on to its end
        rest = _rest_of_sentence(text, q.end)
        earlier = "年末" in rest or "年底" in rest
    return _Phrase(q, i, section, cs, ce, seg_lo, left_lo, left0, left, right, after, each, units, earlier,
                   total_only, borrowed, prev_cs, prev_clause, own_seg, clause_seg)


# a note right after a figure saying it is already part of another ("（已计入普法活动）"; not 不计入)
_COUNTED_ELSEWHERE = re.compile(r"（?(?:已|均已|已经|均)?(?:计入|含在|包含在|包括在|统计在|算在)")


def _rest_of_sentence(text: str, pos: int) -> str:
    """The text from pos to the end of its sentence (the next 。)."""
    stop = text.find("。", pos)
    return text[pos:stop if stop != -1 else len(text)]


def _by_phrasing(text: str, ctx: _Ctx, qs: list[Quantity], ph: _Phrase, rules: tuple[_Rule, ...], seg: str,
             probe: str, part: int, year: int | None) -> list[tuple[_Rule, _Cand]]:
    """A candidate for each rule one of whose phrasings the figure's phrase matches, judged."""
    q, i, left, right, after = ph.q, ph.i, ph.left, ph.right, ph.after
    # after each 的 that may close a relative clause before the noun
    # ("38场以…为主题、面向…的普法宣讲活动")
    # (not after a place: "14个村（社区）的法律明白人" is the villages' legal literates)
    rels = [k + 1 for k in range(min(len(right), _RELATIVE_REACH))
            if right[k] == "的" and k > 1 and _POSSESSOR.search(right, 0, k) is None] \
        if "的" in right and not any(c.isdigit() for c in right[:_RELATIVE_REACH]) else ()
    sentence: str | None = None
    wide = ""
    host = None
    made: list[tuple[_Rule, _Cand]] = []
    for rule in rules:
        spec = rule.spec
        if spec.is_rate != q.is_percent:
            continue
        # not any(k in seg for k in spec.keys)
        if rule.has_key is None or rule.has_key.search(probe) is None:
            continue
        can_before = rule.any_before is not None and (
            rule.any_before.search(left, max(0, len(left) - rule.reach)) is not None)
        can_after = rule.any_after is not None and rule.any_after.match(right) is not None
        nouns = (0,)  # where the noun after the figure may start in right
        if not can_after and rule.any_after is not None and rels:
            # "培育了35名懂法律、会调解的法律明白人": the noun after a relative clause
            nouns = tuple(r for r in rels if rule.any_after.match(right, r) is not None)
            can_after = bool(nouns)
        if not (can_before or can_after):
            continue
        best: _Form | None = None
        for f in rule.forms:
            if (f.before is not None
                    and (not can_before or f.before.search(left, max(0, len(left) - f.reach)) is None)):
                continue
            if f.after is not None and (
                    not can_after or all(f.after.match(right, r) is None for r in nouns)):
                continue
            if sentence is None and (f.needs is not None or f.then is not None):
                ss, se = ph.sentence(ctx)
                sentence = text[ss:se]
            if f.needs is not None and f.needs.search(sentence) is None:
                # "受理纠纷：45件；调解成功：44件；成功率：97.8%": the topic may sit earlier in
                # the same full sentence, before a semicolon
                # (or in the heading of its numbered paragraph: "（四）普法宣传精准化。…进村宣讲…37场")
                if not wide:
                    heading = _item_heading(text, ph.ss)
                    wide = text[ctx.full_sentence_start(q.start):ph.ss] + (
                        "|" + heading.group("topic") if heading is not None else "")
                if f.needs.search(wide) is None:
                    continue
            # (an aside right after the figure does not stop it: "28件（其中网上9件），已全部按期办结")
            if f.then is not None and f.then.match(
                    _LEADING_ASIDE.sub("", _strip(text[after:ph.se]), count=1)) is None:
                continue
            if f.clause is not None and f.clause.search(ph.clause_left(ctx)) is None:
                continue
            best = f
            break
        if best is None:
            continue
        ss, se = ph.sentence(ctx)
        sent_left = ph.sent_left(ctx)
        cand = _Cand(spec.code, q, q.value * ph.each * ph.units, best.weight, ss, se, i, kind=best.kind,
                     right=right, left=left if best.after is None else "", part=part,
                     each=ph.each, borrowed=ph.borrowed)
        if host is None:
            host = _note_host(text, qs, i, ph.cs) if i > 0 and text.find("（", ph.cs, q.start) != -1 else ""
        if not ph.total_only:
            judged = host + _judged_stretch(best, left, right, seg)
        elif best.after is not None and "\u4e00" <= right[:1] <= "\u9fff":
            # "…参加执法培训，现有12名工作人员取得…执法证": the figure names its own noun, so the
            # clause before is not its phrase
            judged = ph.clause_seg
        else:
            judged = ph.own_seg
        _judge(cand, rule, judged, ph.clause_left(ctx), sent_left, right, ph.section, ph.earlier, year)
        if cand.ok and rule.reject_then is not None:
            m = rule.reject_then.match(_strip(text[after:se]))
            if m is not None:
                cand.ok = False
                cand.note = R.NOTE_REJECT.format(word=_fmt(m.group(0)))
        if cand.ok and _COUNTED_ELSEWHERE.match(text, after):
            # "开展法治讲座26场（已计入普法活动）": a part of a figure given elsewhere
            cand.ok = False
            cand.note = "already counted in another figure"
        if cand.ok and spec.sum_kinds and "其中" in sent_left and _part_of_untold(
                text, qs, q, sent_left, after, ss, se):
            cand.ok = False
            cand.note = R.NOTE_UNTOLD_PART
        made.append((rule, cand))
    return made


def _total_of_parts(text: str, ctx: _Ctx, qs: list[Quantity], ph: _Phrase,
                    by_index: dict[int, list[tuple[_Rule, _Cand]]]) -> list[tuple[_Rule, _Cand]]:
    """A total clause takes the indicator of the figures it adds up, unless it names its own noun
    ("辖8个行政村、1个社区，共62个村民小组")."""
    q, i = ph.q, ph.i
    ss, se = ph.sentence(ctx)
    if ss > ph.seg_lo or "\u4e00" <= ph.right[:1] <= "\u9fff":
        return []
    lo = ss
    if ph.seg_lo == ss > 0 and text[ss - 1] == "；":
        # a total in a clause of its own after parts set apart by semicolons: "村调委会调解成功
        # 纠纷：八十七件；镇调委会调解成功纠纷：二十三件；全镇合计一百一十件"
        lo = ctx.full_sentence_start(q.start)
    made: list[tuple[_Rule, _Cand]] = []
    for j in range(i - 1, -1, -1):
        if qs[j].start < lo:
            break
        prev = [(r, c) for r, c in by_index.get(j, ()) if c.ok and q.unit in r.spec.units]
        if not prev:
            continue
        if len(prev) > 1:
            # "街道及8个社区均成立了人民调解委员会，共9个": the noun named last is what adds up
            between = _strip(text[qs[j].end:q.start])
            named = [_named_at(r, between) for r, _c in prev]
            if max(named) >= 0:
                prev = [p for p, at in zip(prev, named, strict=True) if at == max(named)]
        for rule, _part in prev:
            # (above the best of the parts it adds up, the one of figure j among them, not
            # only that one: "中心组学法4次、会前学法11次、干部法治讲座2次，共计17次")
            top = max(c.score for k in range(j, -1, -1) if qs[k].start >= lo
                      for r, c in by_index.get(k, ()) if r is rule and c.ok)
            cand = _Cand(rule.spec.code, q, q.value, top + 1, lo, se, i, note=_NOTE_TOTAL)
            if rule.spec.integer and q.value != int(q.value):
                cand.ok = False
                cand.note = "not a whole count"
            elif ph.section == PLANS and not rule.spec.anywhere:
                cand.ok = False
                cand.note = R.NOTE_SECTION.format(section=ph.section)
            made.append((rule, cand))
        break
    return made


def _total_after_phrase(text: str, ctx: _Ctx, qs: list[Quantity], ph: _Phrase, rules: tuple[_Rule, ...],
                        year: int | None) -> list[tuple[_Rule, _Cand]]:
    """A total clause after the noun phrase of what it counts, anywhere in the clause before
    ("人民调解委员会实现全覆盖，共计19个")."""
    q, cs, prev_cs = ph.q, ph.cs, ph.prev_cs
    # (or one more back over a per-unit minimum: "培育法律明白人队伍，每个社区不少于10名，全街道共86名")
    named_in = ph.prev_clause
    if "每" in named_in and text[cs - 1] == "，":
        if prev_cs > 0 and text[prev_cs - 1] == "，":
            named_in = _strip(text[ctx.clause_of(prev_cs - 1, prev_cs - 1)[0]:prev_cs - 1]) + "，" + named_in
    # "12.法律明白人。按每村3名的标准选配，共63名": the topic a numbered item's heading names
    ss, se = ph.sentence(ctx)
    topic = _item_topic(text, ss)
    if topic:
        named_in = topic + "，" + named_in
    if ss < prev_cs and _adds_up(qs, ph.i, ss):
        # "全年受理的矛盾纠纷中，婚姻家庭类19件、…劳资类8件，共计68件": the sentence's opening,
        # when the figure is the sum of the sentence's figures before it (not "调解员中，党员
        # 占比68%，共59人")
        named_in = _strip(text[ss:prev_cs]) + "，" + named_in
    made: list[tuple[_Rule, _Cand]] = []
    for rule in rules:
        if rule.any_phrase is not None and not rule.spec.is_rate and rule.any_phrase.search(named_in):
            cand = _Cand(rule.spec.code, q, q.value, 1.0, ss, se, ph.i, note="total after its noun phrase")
            # its own clause decides ("…每村5名以上，总数120名": 每 is about the other figure;
            # "…实现每村全覆盖，共计96名": 每 is about the coverage)
            _judge(cand, rule, ph.own_seg, ph.clause_left(ctx), ph.sent_left(ctx), ph.right, ph.section,
                   ph.earlier, year)
            made.append((rule, cand))
    return made


# a town named as the subject of a clause: "作为对比，石镇镇全年受理纠纷203件" (the county may come
# first: "襄垣县下良镇全年…"; the words after it tell a name from a word: not "新型城镇化")
_AFTER_TOWN = ("全年", "今年", "年内", "本年", "共", "累计", "受理", "调解", "化解", "排查", "办结", "现有",
               "持有", "持证", "有", "的")
_CLAUSE_TOWN = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?[县区市旗])?"
                          r"(?P<town>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木))"
                          rf"(?![镇乡])(?={'|'.join(_AFTER_TOWN)})")
_TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")
_CLAUSE_BREAK = re.compile(r"[，；：]")
# (a generic word or a function word is no name: "目前全镇", "今年以来全乡", "组建由苏木…")
_NOT_IN_NAME = frozenset("我本全该各每邻周附相兄其此城村市县区以来前后由在对把被向从的了将")
_VERBS_BEFORE_TOWN = frozenset((
    "建有", "设有", "共有", "现有", "成立", "设立", "建立", "下辖", "辖有", "指导", "依托", "组建",
    "推动", "推进", "结合", "围绕", "通过", "利用", "借助", "依靠", "联合", "协调", "组织", "加强",
    "健全", "完善", "落实", "实现", "开展", "建成", "打造", "构建", "深化", "强化", "统筹", "整合"))
_OWN_TOWN = re.compile(r"(?:我|本|全)(?:镇|乡|街道|苏木)")
# no town's name: a time word before the suffix ("今年街道共培育…"), or the kind of township
# alone ("民族乡全年受理…": the ethnic township the report is about)
_NOT_A_TOWN = re.compile(r"(?:今年|全年|本年|去年|年内|当年)|民族(?:镇|乡|苏木)$")


def _names_a_town(sent_left: str) -> bool:
    """Whether a town suffix is followed by one of _AFTER_TOWN: a cheap test before the regexes."""
    for suffix in _TOWN_SUFFIXES:
        i = sent_left.find(suffix)
        while i != -1:
            if (i > 1 and sent_left[i - 1] not in _NOT_IN_NAME
                    and sent_left.startswith(_AFTER_TOWN, i + len(suffix))):
                return True
            i = sent_left.find(suffix, i + 1)
    return False


def _another_town(text: str, sent_start: int, at: int, township: str) -> str | None:
    """The other town a figure's clause (or a clause before it in the sentence) is about, or None
    when the report's own town is the subject or no town is named."""
    sent_left = text[sent_start:at]
    if not _names_a_town(sent_left):
        return None
    for clause in reversed(_CLAUSE_BREAK.split(sent_left)):
        m = _CLAUSE_TOWN.match(clause)
        town = m.group("town") if m is not None else ""
        if (town and not _NOT_IN_NAME.intersection(town) and town[:2] not in _VERBS_BEFORE_TOWN
                and _NOT_A_TOWN.match(town) is None):
            if town in township or township in town:
                return None
            return town
        if township in clause or _OWN_TOWN.search(clause):
            return None
    return None


def _keep(i: int, made: list[tuple[_Rule, _Cand]], by_index: dict[int, list[tuple[_Rule, _Cand]]],
          out: dict[str, list[_Cand]]) -> None:
    """Record the candidates made for figure i (by figure, for the totals after it; by code)."""
    if made:
        by_index[i] = made
        for _rule, cand in made:
            out.setdefault(cand.code, []).append(cand)


# the end of a figure's phrase that names no noun: "…登记在册的，共计", "…在册人数为："
_HEADLESS = re.compile(r"(?:的|人数|人员|总数|数量)"
                       r"(?:共计|总计|合计|累计|共有|共发生|共|已达|达到|达|为|是|有|发生)*：?$")
_HEADLESS_LAST = frozenset("的数员计有共达为是生：")
# a paragraph's topic: a short first sentence ("人民调解员队伍。"), or "关于…，" opening the sentence
_TOPIC_SENTENCE = re.compile(r"(?P<topic>[^，。；：！？\n\d]{2,20})。")
_ABOUT = re.compile(r"关于(?P<topic>[^，。；：！？\n\d]{2,20})，")


def _topic_candidate(text: str, ctx: _Ctx, rules: tuple[_Rule, ...], q: Quantity, i: int, cs: int, left: str,
                     right: str, section: str, earlier: bool, year: int | None) -> list[tuple[_Rule, _Cand]]:
    """The figure for the one rule the paragraph's topic names, when the figure's own phrase names
    no noun ("人民调解员队伍。…在册人数为：一百零四名",
    "关于行政执法人员持证情况，…在有效期内的为二十六人")."""
    if left[-1:] not in _HEADLESS_LAST or _HEADLESS.search(left) is None:
        return []
    ss, se = ctx.sentence_of(q.start, q.end)
    topic = _paragraph_topic(text, ss)
    if not topic:
        return []
    named = [rule for rule in rules if rule.any_phrase is not None and not rule.spec.is_rate
             and rule.any_phrase.search(topic)]
    if len(named) != 1:
        return []
    rule = named[0]
    cand = _Cand(rule.spec.code, q, q.value, 0.5, ss, se, i, note="noun named in the paragraph's topic")
    _judge(cand, rule, topic + "，" + left + "|" + right, _clause_left(text, cs, q.start),
           _strip(text[ss:q.start]), right, section, earlier, year)
    return [(rule, cand)]


def _paragraph_topic(text: str, sentence_start: int) -> str:
    """The topic of the paragraph whose sentence starts at sentence_start, when the sentence follows
    it directly (a numbered item's heading or a short first sentence) or opens with it ("关于…，")."""
    topic = _item_topic(text, sentence_start)
    if topic:
        return topic
    para = text.rfind("\n", 0, sentence_start) + 1
    m = _TOPIC_SENTENCE.match(text, para, sentence_start)
    if m is None or m.end() != sentence_start:
        m = _ABOUT.match(text, sentence_start)
    return _strip(m.group("topic")) if m is not None else ""


# what each unit has after 各: "各设村人民调解委员会", "各配备持证执法人员"
_EACH_HAS = (r"各(?:自)?(?:设立?|成立|建立|组建|建有|有|配备|配齐|配置|选配|选聘)了?"
             r"(?P<has>[\u4e00-\u9fff“”《》（）]{0,16})$")
# "18个村（社区）调委会各有调解员5名": the units, then 各 and what each of them has
_UNITS_EACH = re.compile(rf"(?P<noun>[\u4e00-\u9fff（）]{{1,10}}?){_EACH_HAS}")
# "…下设3个执法中队，每个中队各配备持证执法人员4名": the units named again with 每 in the next clause
_EVERY_UNIT = re.compile(rf"每个?(?P<noun>[\u4e00-\u9fff]{{1,6}}?){_EACH_HAS}")
_AT_LEAST = re.compile(r"不少于|不低于|至少|以上|左右|平均|每人")


def _per_unit(text: str, qs: list[Quantity], i: int, cs: int) -> tuple[int, str] | None:
    """How many units figure i is one set of, counted right before it ("十五个行政村各设…一个",
    "3个执法中队，每个中队各配备…4名"), and the phrase left of the figure without 各 and its verb
    (None: the figure is not one per unit of a count, or it is a minimum per unit, "每村不少于5名")."""
    p, q = qs[i - 1], qs[i]
    if (p.unit != "个" or p.approximate or p.value is None or p.value < 2 or p.value != int(p.value)
            or q.approximate or _AT_LEAST.search(text, q.end, q.end + 2)):
        return None
    if p.start >= cs:
        m = _UNITS_EACH.match(_strip(text[p.end:q.start]))
    elif text[cs - 1] == "，" and p.start >= _clause_start(text, cs - 1):
        m = _EVERY_UNIT.match(_strip(text[cs:q.start]))
        if m is not None and not _strip(text[p.end:cs - 1]).endswith(m.group("noun")):
            m = None
    else:
        m = None
    if m is None or _AT_LEAST.search(m.group(0)):
        return None
    # (the phrase as the unit's own: "行政村各设村人民调解委员会" reads as "行政村村人民调解委员会")
    return int(p.value), m.group("noun") + m.group("has")


_JOINERS = frozenset("、和及与")
_LIST_ITEM_GAP = re.compile(r"[\u4e00-\u9fff（）]{1,8}?[、和及与]")
_SHARED_PREDICATE = re.compile(r"[\u4e00-\u9fff（）]{1,8}?(?=均|都|全部|也都)")


def _shared_predicate(text: str, qs: list[Quantity], i: int, ce: int) -> str | None:
    """What figure i's list items all did, said once after the last item ("15个村委会、1个社区均设立了
    人民调解委员会" → "均设立了人民调解委员会"), or None (no such list, or no 均/都/全部 after it)."""
    j = i
    while (j + 1 < len(qs) and qs[j + 1].unit == qs[i].unit and qs[j + 1].start < ce
           and _LIST_ITEM_GAP.fullmatch(text, qs[j].end, qs[j + 1].start)):
        j += 1
    m = _SHARED_PREDICATE.match(text, qs[j].end, ce) if j > i else None
    return None if m is None else _strip(text[m.end():min(ce, m.end() + 40)])


# "12.法律明白人。", "3.“法律明白人”培养。": a numbered item's heading, a short phrase ending at 。
_ITEM_HEADING = re.compile(r"(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}是"
                           r"|（[一二三四五六七八九十\d]{1,3}）)(?P<topic>[^，。；：\n]{2,16})。")


def _item_heading(text: str, pos: int) -> re.Match[str] | None:
    """The heading at the start of the numbered paragraph pos is in ("（四）普法宣传精准化。"), if
    it has one and pos is after it."""
    para = text.rfind("\n", 0, pos) + 1
    m = _ITEM_HEADING.match(text, para, pos)
    return m if m is not None and m.end() <= pos else None


def _item_topic(text: str, sentence_start: int) -> str:
    """The topic named by the heading of the numbered item whose first sentence starts at
    sentence_start ("" when that sentence does not follow such a heading directly)."""
    m = _item_heading(text, sentence_start)
    return _strip(m.group("topic")) if m is not None and m.end() == sentence_start else ""


def _adds_up(qs: list[Quantity], i: int, start: int) -> bool:
    """Whether figure i is the sum of the figures of its measure word from start up to it."""
    parts = [p.value for p in qs[:i] if p.start >= start and p.unit == qs[i].unit and p.value is not None]
    return len(parts) >= 2 and sum(parts) == qs[i].value


# a list item that is only another year: "…2022年末为14名、2023年末为17名"
_WHEN = r"(?:(?:19|20)\d\d年(?:底|末|度)?|今年|本年|去年|上年|年初|年末|年底)(?:为|是|有|达到?)?"
_YEAR_ITEM = re.compile(rf"^、{_WHEN}$")
_YEAR_TAIL = re.compile(rf"{_WHEN}$")


def _after_note(text: str, qs: list[Quantity], i: int, ce: int) -> int:
    """Where the stretch after figure i ends when the next figure sits in an inclusive note right
    after it: at the first figure after the note's end (or the clause's end)."""
    open_ = text.rfind("（", qs[i].end, qs[i + 1].start)
    close = text.find("）", qs[i + 1].start, ce)
    if _NOTE.match(text, open_) is None or "）" in text[open_:qs[i + 1].start] or close == -1:
        return qs[i + 1].start
    after = next((q.start for q in qs[i + 2:] if q.start > close), ce)
    return min(ce, after)


_ALL_OF_THEM = re.compile(r"均|都|全部|全员|皆")
# "人民调解员145名全部经过培训上岗": all of the counted were trained, so the figure is the whole of them
_ALL_TRAINED = re.compile(r"(?:均|都|全部|全员|皆)(?:已|已经)?(?:经过|通过|参加|接受|完成)(?:了)?"
                          r"[^|，。；]{0,12}?培训")
# "对全镇86名人民调解员进行了业务培训": something done to the whole of them (unless it is what
# would make them count: an exam or an application)
_WHOLE_SET = re.compile(r"对(?:全镇|全乡|全街道|全体|所有)(?:的)?$")
_PENDING = re.compile(r"考试|申请|申报|申领|报名")


def _judged_stretch(form: _Form, left: str, right: str, seg: str) -> str:
    """The figure's stretch ("left|right") whose words may disqualify it: without what all of the
    counted did when the noun names the certificate ("21名持证执法人员均按要求完成了…培训学时",
    "持证执法人员（共18名）全部完成…培训学时"; "6名调解员均申请了…等级" still counts whoever applied)
    or when all of them were trained ("人民调解员145名全部经过培训上岗"),
    or what was done to the whole of them ("对全镇86名人民调解员进行了业务培训"); without the topic a
    colon closes when the figure's noun comes after it ("行政机关负责人出庭应诉：全年应诉案件3件")."""
    # (not when the figure opens what follows the colon: "…考试：5人参加" counts what the topic names)
    colon = left.rfind("：")
    if -1 < colon < len(left) - 1 and (form.after is not None
                                       or form.before.search(left, colon + 1) is not None):
        left = left[colon + 1:]
        seg = left + "|" + right
    if form.after is not None:
        named = form.after.match(right)
        if named is not None and ("证" in named.group(0) and _ALL_OF_THEM.match(right, named.end())
                                  or _ALL_TRAINED.match(right, named.end())
                                  or _WHOLE_SET.search(left) and not _PENDING.search(right)):
            return left + "|" + right[:named.end()]
    elif ("证" in left and _ALL_OF_THEM.match(right, 1 if right[:1] == "）" else 0)
          or _ALL_TRAINED.match(right, 1 if right[:1] == "）" else 0)):
        return left + "|"
    return seg


_FROM_LEFT = re.compile(r"(?:由|从)(?:原来|原先|以前|过去|去年|上年|年初|(?:19|20)\d\d年(?:底|初)?)?的?$")
# "全乡由原来的14个村调整为9个村": the count before a change, said with 由…
_CHANGED_AFTER = re.compile(r"[\u4e00-\u9fff（）]{0,8}?"
                            r"(?:调整|增加|增长|减少|下降|合并|变|扩大|缩减|提高|撤并)(?:到|至|为|成)")
# "原辖", "原有", "原来共有": the state before a change ("全镇原辖17个行政村，今年撤并2个")
_ORIGINALLY = re.compile(r"原(?:辖|有|设|来(?:共有|有|辖)?)[^，。；]{0,8}$")
_CHANGED_LATER = re.compile(r"撤并|合并|撤销|调整为|调整后|新设|新建|新成立|增设|并入")
_RELATIVE_REACH = 36
_POSSESSOR = re.compile(r"(?:村|社区|）|镇|乡|街道|单位|部门|机关|学校|企业|站|所|中心|组)$")


def _note_host(text: str, qs: list[Quantity], i: int, cs: int) -> str:
    """The noun phrase of the figure that a bracket holding figure i opens right after, or "":
    the bracket breaks that figure down, so its words disqualify figure i too
    ("集中学法十一次（中心组学法四次、会前学法五次、专题法治讲座二次）": 二次 is study, not publicity)."""
    open_ = text.rfind("（", cs, qs[i].start)
    if open_ == -1 or "）" in text[open_:qs[i].start]:
        return ""
    for k in range(i - 1, -1, -1):
        if qs[k].end <= open_:
            if qs[k].end != open_ or qs[k].is_percent:
                # (a rate's bracket gives what it is worked out from, not its parts: "调解成功率99.2%
                # （成功化解248件/受理250件）")
                return ""
            return _strip(text[max(cs, qs[k - 1].end if k > 0 else 0):qs[k].start])
    return ""


def _before_note(text: str, qs: list[Quantity], i: int, cs: int) -> str | None:
    """The left context of figure i when the figure before it sits in an inclusive note that
    closes right before it ("调解员（含驻村工作队员兼任的12名）共计47名" → "调解员共计")."""
    p = qs[i - 1]
    open_ = text.rfind("（", cs, p.start)
    if open_ == -1 or "）" in text[open_:p.start]:
        return None
    close = text.find("）", p.end, qs[i].start)
    if close == -1:
        return None
    # (or a note of the parts, when figure i is their total: "调委会（镇1个、村18个）：总数达19个")
    if _NOTE.match(text, open_) is None and _TOTAL_AFTER_NOTE.match(text, close + 1, qs[i].start) is None:
        return None
    k = i - 2
    while k >= 0 and qs[k].end > open_:
        k -= 1  # (the note may hold several figures)
    lo = max(cs, open_ - 70, qs[k].end if k >= 0 else 0)
    return _strip(text[lo:open_] + text[close + 1:qs[i].start])


_TOTAL_AFTER_NOTE = re.compile(r"[：:]?(?:总数|总计|合计|共计|共有|共|达到|达|为)+$")
_RATE_AFTER = re.compile(r"^(?:达到了?|达|为|升至|增至|提高到|提升到|提升至|上升到|上升至|保持在|稳定在)$")
# the change before a figure's new total: "较上年增加" (6名至31名)
_BY_CHANGE = re.compile(rf"{_THAN_LAST_YEAR}(?:增加|增长|新增|提高|提升|减少|下降)了?$")
_COMPARISON = re.compile(r"较|比|同比")


# "全镇持证执法人员去年为17人，今年为25人": this year's figure in a clause without its noun
_THIS_YEAR_FIRST = frozenset("今本年")
# (and why it changed: "持证执法人员去年为17名，今年因岗位调整为15名")
_THIS_YEAR_ONLY = re.compile(r"^(?:今年|本年度?|年末|年底)(?:同期)?(?:因[\u4e00-\u9fff]{1,8}?)?(?:调整|减少)?"
                             r"(?P<link>为|是|有|达到?|共|增至|增加到|减至|减少到)?$")
_EARLIER_TAIL = re.compile(r"(?:去年|上年度?|上一年|前年|(?:19|20)\d\d年|年初)(?:同期)?的?"
                           r"(?:为|是|有|达到?|共)?$")


def _carried_noun(text: str, qs: list[Quantity], i: int, ctx: _Ctx, cs: int, link: str) -> str | None:
    """The noun phrase of last year's figure in the clause before, for this year's figure."""
    p = qs[i - 1]
    pcs = ctx.clause_of(p.start, p.end)[0]
    if pcs >= cs or ctx.clause_of(max(0, cs - 1), max(0, cs - 1))[0] != pcs:
        return None  # the previous figure is not in the clause right before
    lo = max(pcs, qs[i - 2].end) if i > 1 else pcs
    noun = _strip(text[lo:p.start])
    tail = _EARLIER_TAIL.search(noun)
    if tail is None or tail.start() == 0:
        return None
    return noun[:tail.start()] + link


def _named_at(rule: _Rule, between: str) -> int:
    """Where the rule's noun phrase last ends in the text after a figure (-1: not there)."""
    at = -1
    if rule.any_after is not None:
        m = rule.any_after.match(between)
        if m is not None:
            at = m.end()
    if rule.any_phrase is not None:
        for m in rule.any_phrase.finditer(between):
            at = max(at, m.end())
    return at


def _clause_left(text: str, cs: int, start: int, stripped: str | None = None) -> str:
    """The clause before the figure, stripped (`stripped`: that already done)."""
    clause_left = _strip(text[cs:start]) if stripped is None else stripped
    if "）" in clause_left and "（" in clause_left:
        # a closed note on an earlier item is about that item: "辖14个行政村（其中少数民族村2个）、1个社区"
        clause_left = _CLOSED_NOTE.sub("", clause_left)
    before = text[max(0, cs - 3):cs]
    if before.startswith("其中") or before.endswith("其中，"):
        clause_left = "其中" + clause_left
    return clause_left


def _judge(cand: _Cand, rule: _Rule, seg: str, clause_left: str, sent_left: str, right: str, section: str,
           earlier: bool, year: int | None = None) -> None:
    """Reject or score a candidate: disqualifying words, plan sections, sub-counts, totals."""
    spec = rule.spec
    q = cand.q
    if "（" in seg:
        # "化解矛盾纠纷（含诉前委派调解）217宗": what a note includes does not disqualify the figure
        seg = _INCLUSIVE_NOTE.sub("", seg)
    if "并" in seg:
        # "培育法律明白人200名并开展培训": what follows 并 is another action, not about the figure
        # (but "通过资格考试并领取了执法证" is how the figure got its certificate)
        bar = seg.index("|")
        cut = _ANOTHER_ACTION.search(seg, bar)
        if cut is not None:
            seg = seg[:cut.start()]
    if "其中" in clause_left and _OWN_SHARE.search(clause_left):
        # "全县共培育4380人，其中我镇培育110名": the town's own share, not a sub-count of it
        clause_left = clause_left.replace("其中", "")
        sent_left = sent_left.replace("其中", "")
    # a sub-count marker (其中) is the more telling reason, so it is looked for first
    m = rule.reject_clause.search(clause_left) if rule.reject_clause is not None else None
    if m is not None and m.group(0) == "其中" and not _names_rule_before(spec, sent_left):
        # "接待各类群众诉求1246件，其中矛盾纠纷387件": a part of something else, not of this figure
        m = None
    if m is None and rule.reject is not None:
        m = rule.reject.search(seg)
    if m is None and rule.reject_sentence is not None:
        m = rule.reject_sentence.search(sent_left)
    if m is None:
        m = _NEWS_ITEM.match(sent_left)
        if m is None and not spec.one_event_counts:
            m = _ONE_EVENT.search(sent_left)
        if m is not None and _WHOLE_YEAR.search(clause_left) is not None:
            m = None  # "12月28日，…年度最后一次集中学法，全年集中学法达9次": the year's total after all
    if m is None and sent_left[:1] not in _NOT_BODY_FIRST:
        m = _other_body(sent_left)
    if m is None:
        m = _FUTURE.search(sent_left)
    half = ""
    if m is None and ("季度" in sent_left or "半年" in sent_left or "月" in sent_left):
        m = _part_of_year(sent_left)
        if m is not None and m.group(0) in _YEAR_PART and not spec.is_rate:
            half, m = m.group(0), None  # (judged on; rejected at the end if nothing else rejects it)
    if m is None and "中，" in sent_left:
        m = _part_of_opening(rule, sent_left, seg)
    if m is None and "前" in sent_left:
        # the state before a merger: "合村并组前，全镇共有行政村25个"
        m = _BEFORE_MERGER.search(sent_left)
    if m is None and "村" in clause_left[:8]:
        # "石桥村今年自行组织村民普法宣传活动14场次": one village's own figure
        m = _ONE_VILLAGE.match(clause_left)
    if m is None and ("本人" in clause_left or "亲" in clause_left or "个人" in clause_left):
        # a leader's own count in the report's 述法 part: "本人全年亲自调处重大纠纷9件"
        m = _PERSONAL.search(clause_left)
    if m is None and _COUNTY_HINT.search(sent_left):
        m = _county_scope(sent_left)
    if m is None and spec.activity and ("累计" in seg or ("累计" in sent_left and "期间" in sent_left)) and (
            "来" in sent_left or "至今" in sent_left or "期间" in sent_left or "普法" in sent_left):
        # "2021年以来…累计开展普法活动90余场": a running total since an earlier year (and what the
        # sentence goes on to list: "“七五”普法期间，累计开展活动190余场次，发放资料6万余份")
        since = _SINCE_YEAR.search(sent_left)
        if since is not None and (since.group(2) or since.group(3)
                                  or (since.group(1) and year is not None and int(since.group(1)) < year)):
            m = since
    if m is not None:
        cand.ok = False
        cand.note = R.NOTE_REJECT.format(word=_fmt(m.group(0)))
    elif earlier:
        cand.ok = False
        cand.note = "an earlier value, not the report year's (由…增加到…, 年初…年末, or a list by year)"
    elif ("（" in clause_left or clause_left[:1] in "含内") and _IN_NOTE.search(clause_left):
        cand.ok = False
        cand.note = "sub-count inside a (含…) note"
    elif spec.is_rate and not (0 <= q.value <= spec.max_value):
        cand.ok = False
        cand.note = "not a rate (over 100%)"
    elif spec.integer and (q.value != int(q.value) or q.value > spec.max_value):
        cand.ok = False
        cand.note = "not a whole count"
    elif section != ACHIEVEMENTS:
        # the problems part states this year's facts too ("全乡持证执法人员仅7名"): a fallback there,
        # used when the work part gives nothing; the plan's figures are targets
        if spec.anywhere or section == PROBLEMS:
            # (below any candidate of the work part: a fallback only)
            cand.score -= 3 if spec.anywhere else 10
            cand.note = R.NOTE_SECTION.format(section=section)
        else:
            cand.ok = False
            cand.note = R.NOTE_SECTION.format(section=section)
    if cand.ok:
        if rule.penalty is not None:
            # (a bracketed aside "（含分流至司法所调解的86件）" is about its own figure, not this one)
            plain_left = _ASIDE.sub("", sent_left) if "（" in sent_left else sent_left
            if "其中" in plain_left and _LIST_CLOSED.search(plain_left, plain_left.rfind("其中")):
                # the 其中 list ended before the figure's clause: "…，其中镇级排查二十一件、村级排查
                # 一百一十一件，主要涉及…，调解成功一百二十九件"
                plain_left = plain_left.replace("其中", "")
            pm = rule.penalty.search(plain_left) or rule.penalty.search(right)
            if pm is not None:
                cand.score -= spec.penalty_weight
                cand.note = R.NOTE_PENALTY.format(word=pm.group(0))
        if rule.boost is not None and rule.boost.search(sent_left):
            cand.score += 1
        if "年" in sent_left:
            # the figure's own clause names an earlier year: rejected; the sentence does: penalised
            # (a bracketed aside "（2023年为161件）" is about its own figure, not the next one)
            # (only after the clause's last other figure: "由2023年的17人增至25人" keeps 25)
            own = _AFTER_FIGURE.split(clause_left)[-1] if "年" in clause_left else ""
            ym = _last_year(own) if "年" in own else None
            if ym is not None and _is_earlier(ym, year):
                cand.ok = False
                cand.note = f"about {ym.group(0)}, not the report year"
                return
            # (or with a look back at it: "回顾2023年度，…受理民间纠纷296起")
            first = _YEAR.match(sent_left, 2 if sent_left.startswith(("回顾", "纵观")) else 0)
            if (first is not None and _is_earlier(first, year)
                    and not _THIS_YEAR.search(sent_left, first.end())
                    and not (year is not None and f"{year}年" in sent_left)):
                # the sentence opens with an earlier year: "去年全年，全镇共发放各类法治宣传资料约九千份"
                cand.ok = False
                cand.note = f"about {first.group(0)}, not the report year"
                return
            if (first is not None and first.group(1) and year is not None and int(first.group(1)) > year
                    and f"{year}年" not in sent_left):
                # or with a later one: the coming year's target, even without 将 or 力争
                # ("2025年全镇矛盾纠纷调解成功率要继续保持在98%以上")
                cand.ok = False
                cand.note = f"about {first.group(0)}, after the report year"
                return
            ym = _last_year(sent_left)
            if ym is not None and _is_earlier(ym, year) and _NOW.search(clause_left) is None:
                # (not when its own clause says it is now: "2021年又新设立了…社区，全镇现辖24个村（社区）")
                cand.score -= 2
                cand.note = f"about {ym.group(0)}, not the report year"
    if half and cand.ok:
        cand.ok = False
        cand.half = _YEAR_PART[half]
        cand.note = R.NOTE_REJECT.format(word=half)


# part of the year only: "上半年", "一季度", "1-6月", "截至3月底" (not a report's "截至11月底")
# the parts of the year that add up to it when all are given: the halves, or the four quarters
_YEAR_PART = {"上半年": "H1", "下半年": "H2", **{f"{p}{n}季度": f"Q{i}" for i, n in enumerate("一二三四", 1)
                                              for p in ("", "第")},
              **{f"{p}{i}季度": f"Q{i}" for i in range(1, 5) for p in ("", "第")}}
_WHOLE_BY_PARTS = (("H1", "H2"), ("Q1", "Q2", "Q3", "Q4"))
_PART_OF_YEAR = re.compile(r"上半年|下半年|前三季度|第?[一二三四1-4]季度"
                           r"|(?<!\d)1\s*[-—－至到~～]\s*[1-9]月|截至[1-9一二三四五六七八九]月")
_BEFORE_MERGER = re.compile(r"(?:合并|撤并|并村|合村并组|撤乡并镇|区划调整|调整)前"
                            # (not the state after it: "调整前全镇有23个行政村，调整后保留17个")
                            r"(?![^。；]*(?:合并|撤并|并村|合村并组|撤乡并镇|区划调整|调整)后)")
# the figure's own clause says it is the present state
_NOW = re.compile(r"现有|现辖|现已|目前|当前|如今|至今")
# the whole of this year, named after a part of it: "上半年受理58件，全年共受理120件"
_WHOLE_YEAR = re.compile(r"全年|年内|今年|本年|年末|年底")
# this year named after an earlier one: "去年…，今年…"
_THIS_YEAR = re.compile(r"今年|本年")
# a named village as the subject of the sentence (not 各村/全村/行政村…)
# ("仅石桥村一个村就组织…9期": one village's, however it is stressed)
_ONE_VILLAGE = re.compile(r"(?:仅|只|单|光)?"
                          r"(?![乡农行自示重试镇街])(?:(?![各每全该本邻所其])[\u4e00-\u9fff]){1,3}村"
                          # (or one of its bodies: "石岭村调委会全年…", "河口村“和事佬”调解队今年…")
                          r"(?:村委会|两委|党支部|(?:人民)?调解委员会|调委会|[\u4e00-\u9fff]{0,4}调解(?:队|室|小组|工作室))?"
                          r"(?:一个村)?(?:就|便)?"
                          r"(?=今年|全年|年内|自行|共|累计|在|通过|组织|开展|各类|各项|的|，)")
# a sentence whose subject is a body stationed in the town or a part of it, not the town: "驻镇派出所…",
# "镇工业园区…", "城区社区调委会…", "作为示范点的中心村石桥村…" (not the town's own resident lawyer,
# "驻镇律师…", nor a body working with the town's own: "镇派出所、司法所联合开展…")
_OTHER_BODY = re.compile(r"(?:[^，。；]{0,10}?的)?(?:镇|乡|我镇|本镇)?"
                         r"(?:驻(?:镇|乡|街道)的?[\u4e00-\u9fff]{0,8}?(?:所|庭|局|中队|大队|分局)"
                         r"|派出所|人民法庭|法庭|市场监管所|自然资源所|工业园区|产业园区|园区"
                         r"|城区社区|中心村|县属单位)")
_TOGETHER = re.compile(r"联合|会同|协同|配合|共同")
_NOT_BODY_FIRST = frozenset("全我今年截")  # (a sentence opening with 全镇…, 今年…: the town's)


def _other_body(sent_left: str) -> re.Match[str] | None:
    m = _OTHER_BODY.match(sent_left)
    if m is None:
        return None
    first_clause = sent_left[:sent_left.find("，")] if "，" in sent_left else sent_left
    return None if _TOGETHER.search(first_clause) else m


# a sentence that opens with what its figures are parts of: "全年受理的矛盾纠纷中，婚姻家庭类纠纷58件…"
_OPENING_OF_PARTS = re.compile(r"([^，。；]{2,24}?)中，")


def _part_of_opening(rule: _Rule, sent_left: str, seg: str) -> re.Match[str] | None:
    """The opening "X中，" when X is what the rule counts and the figure is one kind (类) of it
    (not "在岗执法人员中，…取得执法证的有27名", "…活动中，开展法治讲座52场")."""
    own = seg[:seg.find("|")]
    if "类" not in own or _TOTAL_TAIL.search(own) or _TOTAL_HEAD.search(own):
        return None
    m = _OPENING_OF_PARTS.match(sent_left)
    if m is None or rule.any_phrase is None or rule.any_phrase.search(m.group(1)) is None:
        return None
    return m


def _part_of_year(sent_left: str) -> re.Match[str] | None:
    """The last part-of-year phrase in the sentence, unless the whole year or a total of the parts
    is named after it ("上半年82名，下半年67名，共计149名"), or it stands in an aside about another
    figure ("全年开展普法活动47场次（一季度11场次、…），发放…1.2万份")."""
    if "（" in sent_left:
        sent_left = _ASIDE.sub("", sent_left)
    last = next(reversed(list(_PART_OF_YEAR.finditer(sent_left))), None)
    if (last is None or _WHOLE_YEAR.search(sent_left, last.end())
            or _TOTAL_OF_PARTS.search(sent_left, last.end())):
        return None
    return last


_TOTAL_OF_PARTS = re.compile(r"[，；](?:两批|全年|合计|共计|总计|累计|共)")


# a list's end: a figure's measure word, then a comma
_LIST_CLOSED = re.compile(r"[件名人个次场份宗起例项]，")


def _part_of_untold(text: str, qs: list[Quantity], q: Quantity, sent_left: str, after: int,
                    ss: int, se: int) -> bool:
    """Whether figure q (of an indicator counted by kinds) is a part of a whole its sentence never
    gives: the sentence opens with 其中 and q is its one figure of the kind ("其中，在集市日开展“法治
    赶集”宣传活动8场，现场发放宣传品500余份"), or q follows a 其中 with no figure before it and the
    sentence goes on to the rest without one ("其中，县讲师团主讲的讲座8场，其余活动由司法所组织")."""
    if sent_left.startswith("其中") and not any(o.unit == q.unit and o is not q
                                                for o in qs if ss <= o.start < se):
        return True
    rest = text[after:se]
    return ("其余" in rest and not any(c.isdigit() for c in sent_left[:sent_left.find("其中")])
            and _REST_UNTOLD.match(rest) is not None)


_REST_UNTOLD = re.compile(r"[^。；0-9]*?其余[^。；0-9]*(?:[。；]|$)")


def _names_rule_before(spec: R.Rule, sent_left: str) -> bool:
    """Whether the sentence names the indicator's subject before its last 其中."""
    # the clause with the total that 其中 splits ("全年共接待各类群众诉求1246件，其中…")
    before = sent_left[:sent_left.rfind("其中")].rstrip("，：").rsplit("，", 1)[-1]
    # (nothing before 其中 in the sentence: the total it splits was in the sentence before)
    if not any(c.isdigit() for c in before):
        return True
    # by its noun: "镇矛调中心共受理群众各类诉求事项942件，其中矛盾纠纷类176件" splits 诉求, not 纠纷;
    # nor does a total of disputes mixed with other requests ("矛盾纠纷和诉求事项1156件，其中进入…")
    return not _MIXED_TOTAL.search(before) and any(k in before for k in spec.keys if k not in _VERB_KEYS)


_MIXED_TOTAL = re.compile(r"诉求|事项")
_VERB_KEYS = frozenset(("受理", "排查", "调处", "收案", "化解", "办结", "结案", "答复", "终结"))


_ANOTHER_ACTION = re.compile(r"并(?!(?:取得|领取|获得|持有|考核|经考核|通过)了?)")
# (or since a five-year plan began, or over it: "“十四五”以来", "“七五”普法启动以来", "“七五”普法期间")
# (or over the last years: "近三年来", or "2021年至今")
_SINCE_YEAR = re.compile(r"((?:19|20)\d\d)年(?:度)?(?:以来|至今"
                         # ("自2021年推行…调解模式以来")
                         r"|(?<=[自从]\d{4}年)[^，。；|]{1,16}?(?:以来|至今))"
                         r"|(十[三四五]五(?:规划)?(?:时期|期间)?以来|[六七八九]五普法(?:规划)?(?:启动|实施|开展)?(?:以来|期间)"
                         # "回顾“七五”普法五年，全镇累计开展…230余场次"
                         r"|[六七八九]五普法[两三四五]年)"
                         r"|(?:近|这|过去)?([两三四五])年(?:来|以来)")
# (not when the clause goes on to the town's figure: "本人全年走遍全镇19个村", "在镇长亲自推动下，…")
_PERSONAL = re.compile(r"(?:本人|亲自|亲手|个人包案)"
                       r"(?![^，；：]*?(?:全镇|全乡|全街道|推动|带领|带动|统筹|督促|指导))")
_INCLUSIVE_NOTE = re.compile(r"（(?:含|包括|包含)[^（）|]*）")
_OWN_SHARE = re.compile(r"其中(?:我|本|该)(?:镇|乡|街道|苏木)")
# a clause that opens with the whole county (district, city) as its subject: "全县今年共受理…"
_COUNTY_SUBJECT = re.compile(
    r"(?:^|[，：；])(?:[^，：；]{0,8}年，?)?(?:全(?:县|区(?!域)|市|旗|州)"
    # or a county-level body: "市政府全年行政应诉案件共146件", "县矛调中心全年受理纠纷二千一百余件"
    r"|(?:县|市|区|旗)(?:委|政府|人民政府|矛调中心|综治中心|司法局|法院|人民法院|信访局|公安局|(?:人民)?调解协会"
    r"|普法讲师团|讲师团|宣讲团)"
    # (not one that sends its people to work in the town: "市司法局选派的法律顾问…，全年解答…246人次")
    r"(?![\u4e00-\u9fff]{0,2}(?:选派|派驻|委派|指派|下派))"
    # or a county by its name: "南江县共辖村（社区）326个" (not "南江县青山镇…")
    r"|[\u4e00-\u9fff]{1,4}?(?:县|旗)(?=共|全县|全旗|境内|辖|下辖|现有|今年|全年|累计|各))")
# a cheap test before _county_scope: its subjects all hold one of these characters
_COUNTY_HINT = re.compile("[全县区市旗]")
_TOWN_SUBJECT = re.compile(r"(?:我|本|全|该)(?:镇|乡|街道|苏木)"
                           # (or a town by its name opening a clause: "县信访局通报显示，黄土乡全年…")
                           r"|[，：；](?![各全县区市每])[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|苏木)(?![长政委])")


def _county_scope(sent_left: str) -> re.Match[str] | None:
    """The county-wide subject the figure's sentence is about, unless the town takes over after it
    ("全县今年共受理纠纷3215件，调解成功3148件" vs "按照全县部署，我镇…"). """
    last = next(reversed(list(_COUNTY_SUBJECT.finditer(sent_left))), None)
    if last is None or _TOWN_SUBJECT.search(sent_left, last.end()) is not None:
        return None
    return last


_ASIDE = re.compile(r"（[^（）]*）")
_AFTER_FIGURE = re.compile(r"\d\d*(?![\d年.])")  # \d+, written to start with a class the engine scans for


def _last_year(s: str) -> re.Match[str] | None:
    if "（" in s:
        s = _ASIDE.sub("", s)
    return next(reversed(list(_YEAR.finditer(s))), None)


def _is_earlier(ym: re.Match[str], year: int | None) -> bool:
    return bool(ym.group("other") or (ym.group(1) and year is not None and int(ym.group(1)) < year))


def _rank_key(c: _Cand, prefer: str) -> tuple[float, float]:
    if prefer == "max":
        return (c.score, c.value)
    return (c.score, -c.order)


_VILLAGE_KIND = re.compile(
    rf"^(?:(?P<both>村（(?:社区|居|社|居委会)）|村居|村社区)|(?P<comm>{R.COMMUNITY_SORT}?社区|居委会|居民委员会|居民区)"
    r"|(?P<vill>))"
)
_VILLAGE_KIND_LEFT = re.compile(
    # (农村社区 is a community: "行政村14个、农村社区1个")
    rf"(?:(?P<both>村（(?:社区|居|社|居委会)）|村居|(?<!农)村社区)|(?P<comm>社区|居委会|居民委员会|居民区)"
    rf"|(?P<vill>村|村委会|村委|村民委员会|嘎查村|嘎查|牧委会)){R.LINK}$"
)
# a later figure that includes the ones before it: "…4次；连同会前学法…，全年共集中学法14次"
_INCLUDING = re.compile(r"连同|加上|算上|包括[^，。；]{0,20}?在内")
_INCLUDES_NOTE = re.compile(r"（(?:含|包括|包含)([^（）]{3,20})）")
# "辖嘎查村26个，其中…，另有社区1个": a later figure that adds another kind of place
_ALSO = re.compile(r"^(?:另有|另辖|另外还有|另外|此外还有|此外|还有)")
_LIT_KIND = re.compile(r"复议|诉讼|应诉|被诉|起诉")
_APPEAL = re.compile(r"二审|再审")
_EVENT_KINDS = {"讲座": "讲座", "讲堂": "讲座", "课堂": "讲座", "宣讲": "宣讲",
                "演出": "演出", "汇演": "演出", "文艺": "演出", "放映": "演出", "电影": "演出",
                "活动": "活动", "宣传": "活动"}
_EVENT_KIND = re.compile("|".join(_EVENT_KINDS))
_NAMED_EVENT = re.compile(r"“([^“”]{2,12})”(?:主题)?(?:普法)?(?:宣传)?(?:活动|宣讲|讲座|演出)$")
# (宣传品, giveaways counted in 件, are not printed matter: they are not added)
_MATERIAL_KIND = re.compile(r"资料|手册|读本|宣传单|彩页|折页|单页|明白纸|明白卡|口袋书|挂图|画册|宣传册|漫画"
                            r"|书籍")


def _kind(code: str, c: _Cand, text: str) -> str:
    if c.kind:
        # a phrasing that names its kind ("专职人民调解员2名" / "兼职人民调解员9名")
        return c.kind
    if code == "villages":
        m = _VILLAGE_KIND_LEFT.search(c.left) if c.left else _VILLAGE_KIND.match(c.right)
        if m is None:
            return ""
        return "both" if m.group("both") else "comm" if m.group("comm") else "vill"
    if code == "publicity_events":
        # "开展普法讲座18场、“坝坝会”普法活动36场": lectures, shows and campaigns are kinds of their own
        found = _EVENT_KIND.findall(c.left[-16:]) if c.left else []
        if not found:
            return ""
        # (campaigns named in quotes are kinds of their own: "“法律进村居”活动27场、“送法进企业”活动9场")
        named = _NAMED_EVENT.search(text, max(c.sent_start, c.q.start - 20), c.q.start)
        return named.group(1) if named is not None else _EVENT_KINDS[found[-1]]
    if code == "publicity_materials":
        # "印制发放《民法典》图解手册6800册、反诈明白纸1.5万张": each kind of material named
        found = _MATERIAL_KIND.findall(c.left[-12:]) if c.left else []
        return found[-1] if found else ""
    if code == "litigation_cases":
        # its own noun phrase first (a 分别 list pairs "行政复议" with the first number)
        # (or, for a number before its noun, the nearest kind after it: "办理了1起行政复议案件")
        found = _LIT_KIND.findall(c.left[-20:]) if c.left else _LIT_KIND.findall(c.right[:12])[:1]
        if not found:
            found = _LIT_KIND.findall(text[c.sent_start:c.q.start][-20:])
        if not found:
            return ""
        last = found[-1]
        if last == "复议":
            return "复议"
        # "一审行政诉讼案件2件、二审行政诉讼案件1件": appeals are cases of their own
        appeal = _APPEAL.search(c.left[-20:] if c.left else text[c.sent_start:c.q.start][-20:])
        return appeal.group(0) if appeal else "诉讼"
    return ""


_NOTE_TOTAL = "total of the figures before it"
_TOTAL_TAIL = re.compile(r"(?:共计|合计|总计|总共|一共|共)(?:有|为|达到?)?$")
# "…4次，合计集中学法15次": a total said before its noun
_TOTAL_HEAD = re.compile(r"(?:全年|今年|年内)?"
                         r"(?:共计|合计|总计|总共|一共|累计|共(?:开展|组织|举办|召开|进行)了?)")


def _try_sum(code: str, best: _Cand, accepted: list[_Cand], text: str) -> list[_Cand] | None:
    """Figures of different kinds listed side by side add up: villages and communities, lawsuits
    and reconsiderations, and whatever a rule's phrasings mark with a kind (专职/兼职 mediators)."""
    group = [c for c in accepted if c.sent_start == best.sent_start and c.score >= best.score - 1]
    if len(group) < 2 and _kind(code, best, text):
        # kinds named sentence by sentence in one paragraph: "党委会会前学法9次，学习…。党委理论学习中心组
        # 专题学法4次。" (13), "作为被申请人的行政复议案件1件…；作为被告的行政诉讼案件2件" (3)
        para = text.rfind("\n", 0, best.sent_start) + 1
        group = [c for c in accepted if c.score >= best.score - 1 and _kind(code, c, text)
                 and text.rfind("\n", 0, c.sent_start) + 1 == para]
        first, last = min(c.q.end for c in group), max(c.q.start for c in group)
        if "其中" in text[first:last]:
            return None  # "…34场次。其中法治进校园8场…；民法典专题宣讲6场": parts of the first
    if len(group) < 2:
        return None
    group.sort(key=lambda c: c.q.start)
    for k, (a, c) in enumerate(zip(group, group[1:], strict=False), start=1):
        if "其中" in _CLOSED_NOTE.sub("", text[group[0].q.end:c.q.start]) and not _ALSO.match(c.left):
            # "调解员83人，其中专职调解员3人", "活动84场次，其中…企业专场30场次，…法治讲堂16场次":
            # the later figures are parts of the first (not "…，其中中心村3个，另有社区2个"); the
            # items listed before the 其中 still add up ("应诉案件2件、复议案件1件，…其中1件诉讼案件…")
            if k < 2:
                return None
            group = group[:k]
            break
        if _INCLUDING.search(text, a.q.end, c.q.start):
            return None  # "中心组学法4次；连同会前学法和法治讲座，全年共集中学法14次": 14 includes the 4
        included = _INCLUDES_NOTE.match(text, c.q.end)
        if included is not None and any(included.group(1)[:3] in b.left
                                        for b in group if b.q.start < c.q.start):
            return None  # "中心组专题学法4次、集中学法12次（含中心组专题学法）": 12 includes the 4
        if text.startswith("（", a.q.end) and "）" not in text[a.q.end:c.q.start]:
            return None  # "活动40场次（线上“云课堂”21期、线下宣讲19场次）": parts in a note on the first
    if _states_total(group):
        return None  # "12个村均建立…，加上乡人民调解委员会共13个": the total is already given
    kinds = [_kind(code, c, text) for c in group]
    if "" in kinds or "both" in kinds:
        return None
    # (places of two sorts in one list: "十九个行政村、四个城镇社区", "15个村委会、1个社区均设立了…")
    if len(set(kinds)) != len(kinds):
        # (…unless the places of one kind are one list: "镇设…1个，14个村和1个社区均成立调委会")
        repeated = [c for c, k in zip(group, kinds, strict=True) if kinds.count(k) > 1]
        if not (code in _PLACE_LISTS and _one_list(repeated, text)):
            return None
    gaps = [text[a.q.end:b.q.start] for a, b in zip(group, group[1:], strict=False)]
    if code == "publicity_materials" and any("，" in gap or "、" not in gap for gap in gaps):
        return None  # only the items of one list under one verb ("…手册6800册、…明白纸1.5万张")
    if code == "villages":
        for a, b in zip(group, group[1:], strict=False):
            # (a note on the first item does not part them: "行政村14个（含少数民族村2个）、社区1个")
            if len(_CLOSED_NOTE.sub("", text[a.q.end:b.q.start])) > 8 and not _ALSO.match(b.left):
                return None
    if best not in group:
        return None
    return group


_PLACE_LISTS = frozenset(("villages", "mediation_committees"))


def _total_covers(best: _Cand, at: int, text: str) -> bool:
    """Whether best is a 共 total of a list in its own clause that runs through position at:
    "建成街道人民调解委员会和各社区、村人民调解委员会共20个" counts the town's committee too."""
    return (at < best.q.start and _TOTAL_TAIL.search(best.left) is not None
            and not any(ch in "，。；" for ch in text[at:best.q.start]))


def _states_total(group: list[_Cand]) -> bool:
    """Whether one of the figures is a stated total of the others ("…村级36场，共44场"); one of
    the full-time or part-time staff is not ("…，村级兼职调解员共46名" is the part-timers' total)."""
    return any(c.note == _NOTE_TOTAL
               or c.left and not c.borrowed and c.kind not in _EMPLOYMENT_KINDS
               and (_TOTAL_TAIL.search(c.left) or _TOTAL_HEAD.match(c.left))
               for c in group)


_EMPLOYMENT_KINDS = frozenset({"专职", "兼职"})


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(sep, 0, pos) for sep in "，；。\n") + 1


# the level a figure is about: the last town or village subject opening a clause before it
_LEVEL = re.compile(r"(?:^|[，；、：])(?:全年)?"
                    r"(?:(?P<town>(?:镇|乡|街道)(?:级|本级|人民调解委员会|调解委员会|调委会))"
                    # (not the villagers' groups: "312个村民组")
                    r"|(?P<village>(?:各|[\d一二三四五六七八九十两]+个)(?:行政)?村(?!民)"
                    r"|村(?:（[^）]{1,4}）)?(?:级|人民调解委员会|调解委员会|调委会)))")


def _level(c: _Cand, text: str) -> str:
    last = next(reversed(list(_LEVEL.finditer(_strip(text[c.sent_start:c.q.start])))), None)
    if last is None:
        return ""
    return "镇" if last.group("town") else "村"


def _full_sentence_group(best: _Cand, accepted: list[_Cand], text: str) -> tuple[int, list[_Cand]]:
    """Where best's full sentence starts, and the candidates in it scored about as well, in order."""
    first = _full_sentence_start(text, best.sent_start)
    return first, sorted((c for c in accepted
                          if c.score >= best.score - 1 and _full_sentence_start(text, c.sent_start) == first),
                         key=lambda c: c.q.start)


def _sum_levels(best: _Cand, accepted: list[_Cand], text: str) -> list[_Cand] | None:
    """The town's and the villages' figures stated apart and never totalled add up: "镇调委会受理纠纷
    14件，调解成功13件；各村（居）调委会受理纠纷72件，调解成功71件" (86 received, 84 resolved)."""
    group = _full_sentence_group(best, accepted, text)[1]
    if len(group) != 2:
        return None
    levels = {_level(c, text) for c in group}
    if levels != {"镇", "村"} or best not in group or _states_total(group):
        return None
    return group


# where a part's subject ends: the words saying it holds the certificate, or the staff noun
_PART_SUBJECT_END = re.compile(r"持证|持有|取得|领取|领有|具有|具备|(?:行政)?执法人员|人员")
# a part that is not one of the town's own: helpers, newcomers, another body's, a sub-count
_NOT_A_PART = re.compile(r"其中|另有|另外|此外|协管|辅助|新|全镇|全乡|全街道|全县|共|合计|总计"
                         r"|派驻|下沉|县级|区级|市级|县直|区直")


def _sum_parts(best: _Cand, accepted: list[_Cand], text: str) -> list[_Cand] | None:
    """The town's figure stated only by its parts, each with a subject of its own and no total:
    "镇综合执法大队持证执法人员12名，镇应急管理办公室持证执法人员4名，镇农业农村办公室…3名" (19)."""
    first, group = _full_sentence_group(best, accepted, text)
    if len(group) < 2 or best not in group:
        return None
    subjects = []
    prev_end = first
    for c in group:
        item = _strip(text[max(prev_end, _clause_start(text, c.q.start)):c.q.start]).lstrip("、：:")
        item = item[item.rfind("：") + 1:]
        end = _PART_SUBJECT_END.search(item)
        subject = item[:end.start()] if end is not None else ""
        if len(subject) < 2 or _NOT_A_PART.search(item):
            return None
        subjects.append(subject)
        prev_end = c.q.end
    if len(set(subjects)) != len(subjects):
        return None
    return group


# an item of a breakdown after the one before: "、邻里纠纷" (a short noun, no figure)
_BREAKDOWN_GAP = re.compile(r"[、，](?P<item>[\u4e00-\u9fff“”（）]{1,12})$")


def _sum_breakdown(best: _Cand, accepted: list[_Cand], text: str) -> list[_Cand] | None:
    """A figure given only by its kinds, in one list ending with the rest ("其他"): "共受理婚姻家庭纠纷
    14件、邻里纠纷23件、土地纠纷11件、…、其他纠纷5件" (68)."""
    group = sorted((c for c in accepted if c.sent_start == best.sent_start), key=lambda c: c.q.start)
    if len(group) < 3 or best not in group:
        return None
    items = []
    for a, b in zip(group, group[1:], strict=False):
        gap = _BREAKDOWN_GAP.match(text, a.q.end, b.q.start)
        if gap is None:
            return None
        items.append(gap.group("item"))
    if not items[-1].startswith(("其他", "其它")) or any(i.startswith(("其中", "另")) for i in items):
        return None
    if any(2 * c.value == sum(g.value for g in group) for c in group):
        # the total is one of them: "受理矛盾纠纷89件，按类型分别为婚姻家庭纠纷17件、…其他纠纷16件"
        return None
    return group


def _full_sentence_start(text: str, pos: int, lo: int = 0) -> int:
    """Start of the sentence around pos when only 。！？ and line ends count (looking back to lo)."""
    return max(text.rfind("。", lo, pos), text.rfind("\n", lo, pos),
               text.rfind("！", lo, pos), text.rfind("？", lo, pos)) + 1


_LIST_JOIN = re.compile(r"^[个]?[\u4e00-\u9fff（）]{1,8}?(?:、|和|及|以及|，)$"
                        # the noun first: "城市社区7个、城中村改制社区3个"
                        r"|^个?(?:、|和|及|以及)[\u4e00-\u9fff（）]{2,10}$")


def _one_list(group: list[_Cand], text: str) -> bool:
    """Villages of two sorts in one list ("十九个行政村、四个城镇社区和一个农场社区", "城市社区7个、
    城中村改制社区3个"): every item follows the one before directly, each names a different place."""
    nouns = [text[a.q.end:b.q.start] for a, b in zip(group, group[1:], strict=False)]
    return all(_LIST_JOIN.match(n) for n in nouns) and len(set(nouns)) == len(nouns)


def _candidate(c: _Cand, text: str, note: str) -> Candidate:
    return Candidate(
        value=c.value,
        approximate=c.q.approximate,
        evidence=text[c.sent_start:c.sent_end],
        start=c.q.start,
        end=c.q.end,
        note=note,
    )


def _rounds_to(exact: float, rounded: float) -> bool:
    """Whether a rounded figure can stand for an exact one: within a tenth of it, or above it by
    less than its last rounding place ("20余名" for 23, "1万余份" for 12,600)."""
    if abs(exact - rounded) <= 0.1 * rounded:
        return True
    place = 1
    while rounded >= place * 10 and rounded % (place * 10) == 0:
        place *= 10
    return place > 1 and rounded < exact < rounded + place


def _says_more_than(text: str, q: Quantity) -> bool:
    """Whether a rounded figure says it is more than its number ("2万余份", "300多件", "超过300件")."""
    written = text[q.start:q.end]
    return ("余" in written or "多" in written
            or text.startswith(("以上", "多"), q.end) or text.endswith(_MORE_THAN_BEFORE, 0, q.start))


_MORE_THAN_BEFORE = ("超过", "逾", "突破", "超")


def choose(code: str, cands: list[_Cand], text: str) -> Figure | None:
    spec = R.RULES_BY_CODE[code]
    accepted = [c for c in cands if c.ok]
    by_parts = _sum_of_parts_of_year(code, cands, text)
    if by_parts is not None and (not accepted or max(c.score for c in accepted) < by_parts[1]):
        # (over an accepted figure only when that one is less sure: a sub-count beside the halves)
        return by_parts[0]
    if not accepted:
        return None
    best = max(accepted, key=lambda c: _rank_key(c, spec.prefer))
    if best.q.approximate:
        # "全年共受理矛盾纠纷近300件" in a summary and "受理矛盾纠纷297件" in the detail: the exact
        # figure it rounds wins
        # (a less likely one only when it agrees with a "more than": "2万余份" is not 1.8万份
        # 告知书; a summary's "150余件" may be sloppy about the detail's 147件)
        floor = best.value if _says_more_than(text, best.q) else 0
        exact = [c for c in accepted if not c.q.approximate and c.score >= best.score - 1
                 and (c.value >= floor or c.score >= best.score) and _rounds_to(c.value, best.value)]
        if exact:
            best = max(exact, key=lambda c: _rank_key(c, spec.prefer))
    value, start, end = best.value, best.q.start, best.q.end
    approximate = best.q.approximate
    # "镇、村两级调委会分别受理各类纠纷23件、148件": the town's figure is the sum of its parts
    # (rates of parts never add up)
    # (only parts read as this indicator about as surely: "受理和调结的民间纠纷分别为163宗、159宗" are
    # not two kinds of received disputes)
    summed = [] if spec.is_rate else sorted((c for c in accepted if c.part >= 0 and c.part == best.part
                                             and c.score >= best.score - 1), key=lambda c: c.q.start)
    if len(summed) < 2:
        summed = (_try_sum(code, best, accepted, text) if spec.sum_kinds else None) or []
    if len(summed) < 2 and spec.sum_levels:
        summed = _sum_levels(best, accepted, text) or []
    if len(summed) < 2 and spec.sum_parts:
        summed = _sum_parts(best, accepted, text) or []
    if len(summed) < 2 and not spec.is_rate:
        summed = _sum_breakdown(best, accepted, text) or []
    if summed:
        value, start, end = sum(c.value for c in summed), summed[0].q.start, summed[-1].q.end
        approximate = any(c.q.approximate for c in summed)
    others = []
    counted = summed or [best]
    kinds = {c.kind for c in counted}
    # units named without a count beside the villages' count add one each (not when a figure
    # already counts one of each of a list that may name them: "镇调委会和…各1个")
    villages_counted = "村" in kinds and all(c.each == 1 for c in counted)
    # (named more than once, it is counted when the total covers any of its mentions: "构建“镇调委会+
    # 村调委会+…”三级体系，设立镇调委会和村（社区）调委会共31个")
    towns = (list(_TOWN_ONE[code].finditer(text, best.sent_start, best.sent_end))
             if villages_counted and "乡镇" not in kinds and spec.town_one else [])
    if towns and not any(_total_covers(best, town.end(), text) for town in towns):
        # "二十一个村（社区）均成立人民调解委员会，另设立镇人民调解委员会": 22
        others.append(_candidate(best, text, R.NOTE_TOWN_ONE))
        value += 1
    if villages_counted and spec.named_one:
        # "镇人民调解委员会、20个村（社区）人民调解委员会以及家具行业人民调解委员会": one each
        for m in _NAMED_ONE[code].finditer(text, best.sent_start, best.sent_end):
            others.append(_candidate(best, text, R.NOTE_NAMED_ONE.format(name=m.group("name"))))
            value += 1
    for c in cands:
        if c is best:
            continue
        if c in summed:
            note = R.NOTE_SUMMED
        elif not c.ok:
            note = c.note
        elif c.score < best.score:
            note = R.NOTE_LOWER + (f"; {c.note}" if c.note else "")
        elif c.value == best.value:
            note = R.NOTE_SAME
        elif spec.prefer == "max":
            note = R.NOTE_SMALLER
        else:
            note = R.NOTE_LATER
        others.append(_candidate(c, text, note))
        if len(others) >= 8:
            break
    return Figure(
        code=code,
        value=value,
        approximate=approximate,
        evidence=text[best.sent_start:best.sent_end],
        start=start,
        end=end,
        candidates=tuple(others),
    )


def _sum_of_parts_of_year(code: str, cands: list[_Cand], text: str) -> tuple[Figure, float] | None:
    """The year's figure given only by its parts, in one paragraph and nowhere as a whole, and the
    least score among them: "上半年受理矛盾纠纷63件，下半年受理71件" (134), or the four quarters."""
    best: dict[str, _Cand] = {}
    for c in cands:
        if c.half and (c.half not in best or c.score > best[c.half].score):
            best[c.half] = c  # (the best figure of each part, not a sub-count of it)
    if not best:
        return None
    parts = sorted(best.values(), key=lambda c: c.q.start)
    if tuple(c.half for c in parts) not in _WHOLE_BY_PARTS:
        return None
    a, b = parts[0], parts[-1]
    if len({c.q.unit for c in parts}) != 1 or "\n" in text[a.sent_start:b.sent_end]:
        return None
    note = f"{R.NOTE_SUMMED}: the parts of the year"
    figure = Figure(code=code, value=sum(c.value for c in parts),
                    approximate=any(c.q.approximate for c in parts),
                    evidence=text[a.sent_start:b.sent_end], start=a.q.start, end=b.q.end,
                    candidates=tuple(_candidate(c, text, note) for c in parts))
    return figure, min(c.score for c in parts)


def _demote(fig: Figure, cands: list[_Cand], text: str, code: str, limit: float) -> Figure | None:
    """Choose again among candidates not above `limit` (received must not be below resolved)."""
    keep = [c for c in cands if c.ok and c.value >= limit]
    for c in cands:
        if c.ok and c.value < limit:
            c.ok = False
            c.note = R.NOTE_INCONSISTENT
    if not keep:
        return None
    return choose(code, cands, text)


def extract_figures(text: str, outline: Outline, year: int | None = None,
                    township: str | None = None) -> dict[str, Figure]:
    cands = find_candidates(text, outline, year, township)
    figures: dict[str, Figure] = {}
    for code in (r.code for r in R.RULES):
        fig = choose(code, cands.get(code, []), text) if code in cands else None
        if fig is not None:
            figures[code] = fig
    rec, res = figures.get("disputes_received"), figures.get("disputes_resolved")
    if rec is not None and res is not None and res.value > rec.value:
        new = _demote(rec, cands["disputes_received"], text, "disputes_received", res.value)
        if new is None:
            del figures["disputes_received"]
        else:
            figures["disputes_received"] = new
        rec = figures.get("disputes_received")
    if "mediation_success_rate" not in figures and rec is not None and res is not None and rec.value > 0:
        rate = round(res.value / rec.value * 100, 2)
        figures["mediation_success_rate"] = Figure(
            code="mediation_success_rate",
            value=rate,
            approximate=rec.approximate or res.approximate,
            evidence=res.evidence,
            start=res.start,
            end=res.end,
            candidates=(
                Candidate(value=rate, approximate=rec.approximate or res.approximate, evidence=res.evidence,
                          start=res.start, end=res.end,
                          note=f"{R.NOTE_DERIVED} = {res.value:g} ÷ {rec.value:g} × 100"),
            ),
        )
    return figures
