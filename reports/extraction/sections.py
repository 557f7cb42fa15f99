"""The parts of a report: this year's work, the problems, and next year's plan.

Reports follow one outline: what was done (一、…成效), what is lacking (二、存在问题/不足/短板),
what comes next (三、下一步工作打算 / 2024年工作思路 / 主要安排). Headings are numbered
("一、", "（二）", "(3)", "1、") or stand alone on a short line. Figures of the plan are targets,
not this year's work, and those of the problems part are only a fallback ("全乡持证执法人员仅7名"),
so the extractor needs to know where each part lies.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ._regex import compile_scan

ACHIEVEMENTS = "achievements"
PROBLEMS = "problems"
PLANS = "plans"

_LEVEL1 = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部分章])")
_LEVEL2 = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")
_LEVEL3 = re.compile(r"^(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）])")

_PROBLEM_WORDS = re.compile(r"存在(?:的)?(?:主要)?问题|问题(?:和|与|及)(?:不足|原因|差距)"
                            r"|不足|短板|差距|薄弱环节|困难和问题|存在的困难")
# (with a first-character lookahead: its year alternatives start with groups, see compile_scan)
_PLAN_WORDS = compile_scan(
    r"下一步|下步|下一年|来年|新的一年|工作打算|工作思路|主要安排|工作安排|工作计划|工作设想|努力方向|今后|明年|"
    r"(?:19|20)\d\d年(?:度)?[\u4e00-\u9fff]{0,6}?(?:重点工作|工作重点|工作要点|工作目标|主要任务)|"
    r"(?:19|20)\d\d年(?:度)?(?:的)?(?:工作|推进|法治)[\u4e00-\u9fff]{0,12}(?:安排|计划|打算|思路|重点|目标)|"
    r"(?:安排|计划|打算|思路)$"
)
_DONE_WORDS = re.compile(r"成效|成绩|情况|开展|完成|主要做法|做法|举措和成效|工作总结|亮点|特色|履行")
# a closing data list ("附：2023年度法治建设主要数据", "主要数据：持证执法人员31名；…") is this
# year's work even after the plan
_DATA_WORDS = re.compile(r"(?:主要|工作|有关|相关|指标|统计)数据|数据(?:一览|统计|清单)")
# an annex after the signature ("附：…主要指标", "附件1", "附表：…统计表", "附件2 …述法报告"): a part of its
# own, this year's facts unless its title names the plan
_ANNEX_HEAD = re.compile(r"附(?:件|表)?\s*[0-9一二三四五六七八九十]?\s*[：:]"
                         r"|附(?:件|表)\s*(?:[0-9]|[一二三四五六七八九十]?(?:\s|$))")


def _names_work_done(text: str) -> bool:
    return _DONE_WORDS.search(text) is not None or "数据" in text and _DATA_WORDS.search(text) is not None


def classify_heading(text: str) -> str | None:
    """The kind of part a heading opens, or None when it says nothing about it."""
    plan = _PLAN_WORDS.search(text) is not None
    problem = _PROBLEM_WORDS.search(text) is not None
    if plan and not (_names_work_done(text) and not problem and "下一步" not in text):
        return PLANS
    if problem:
        return PROBLEMS
    if _names_work_done(text):
        return ACHIEVEMENTS
    return None


@dataclass(frozen=True)
class Part:
    kind: str
    start: int
    end: int
    heading: str


@dataclass(frozen=True)
class Outline:
    parts: tuple[Part, ...]
    _starts: tuple[int, ...]

    def kind_at(self, pos: int) -> str:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return ACHIEVEMENTS
        return self.parts[i].kind

    def text_of(self, text: str, kind: str) -> str:
        out = "\n".join(_without_signature(text[p.start:p.end]) for p in self.parts if p.kind == kind).strip()
        if not out and kind == PROBLEMS:
            # "三、存在问题及下一步打算": one part holds both; the problems are in it too
            out = "\n".join(_without_signature(text[p.start:p.end]) for p in self.parts
                            if p.kind == PLANS and _PROBLEM_WORDS.search(p.heading)).strip()
        return out


# The signature block that closes a report ("青溪镇人民政府" / "2025年1月15日" / "特此报告。"): not
# part of the last section's text
_SIGNATURE_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff（）]{2,30}(?:人民政府|办事处|委员会|党委|党工委|政府)"
    r"|[\d〇○零一二三四五六七八九十]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
    r"|特此报告。?)$"
)


def _without_signature(part: str) -> str:
    lines = part.strip().split("\n")
    while len(lines) > 1 and _SIGNATURE_LINE.match(lines[-1].strip()):
        lines.pop()
    return "\n".join(lines).strip()


_HEAD_FIRST = frozenset("一二三四五六七八九十（(0123456789第")


# the three levels in one match (tried in the same order); lastgroup names the level
_LEVELS = re.compile(f"(?P<l1>{_LEVEL1.pattern})|(?P<l2>{_LEVEL2.pattern})|(?P<l3>{_LEVEL3.pattern})")
_LEVEL_OF = {"l1": 1, "l2": 2, "l3": 3}


def _heading_level(line: str) -> int | None:
    m = _LEVELS.match(line)
    return None if m is None else _LEVEL_OF[m.lastgroup]


def _is_standalone_heading(line: str) -> bool:
    """An unnumbered heading line: short, no sentence punctuation inside, not a signature."""
    if len(line) > 40 or len(line) < 4:
        return False
    if line[-1] in "。；，、：:！？":
        return False
    return "。" not in line and "，" not in line


def outline(text: str) -> Outline:
    """Split a cleaned report into parts by its headings."""
    parts: list[Part] = []
    stack: list[tuple[int, str]] = []  # (level, kind)
    current = ACHIEVEMENTS
    cur_start = 0
    cur_heading = ""
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line:
            continue
        level = _heading_level(line) if line[0] in _HEAD_FIRST else None
        if line[0] == "附" and _ANNEX_HEAD.match(line):
            head = line[:60]
            kind = PLANS if classify_heading(head) == PLANS else ACHIEVEMENTS
            level = 0
        elif level is not None:
            dot = line.find("。")
            head = line if dot == -1 else line[:dot]
            if len(head) > 60:
                continue
            kind = classify_heading(head)
        elif _is_standalone_heading(line):
            kind = classify_heading(line)
            if kind is None:
                continue
            level = 1
            head = line
        elif 0 < line.find("：", 0, 25):
            # "存在问题：……", "2024年工作思路：一是……" — a run-in heading
            head = line[:line.find("：")]
            kind = classify_heading(head)
            if kind is None or kind == ACHIEVEMENTS and _DATA_WORDS.search(head) is None:
                continue
            level = 1
        else:
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        if kind is None:
            kind = stack[-1][1] if stack else (ACHIEVEMENTS if level == 1 else current)
        elif kind == ACHIEVEMENTS and stack and stack[-1][1] != ACHIEVEMENTS:
            # "（一）…情况" inside the plan part stays in the plan part
            kind = stack[-1][1]
        stack.append((level, kind))
        if kind != current:
            if line_start > cur_start:
                parts.append(Part(current, cur_start, line_start, cur_heading))
            current = kind
            cur_start = line_start
            cur_heading = head
    if len(text) > cur_start or not parts:
        parts.append(Part(current, cur_start, len(text), cur_heading))
    return Outline(tuple(parts), tuple(p.start for p in parts))
