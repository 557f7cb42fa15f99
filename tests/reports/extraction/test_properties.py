"""Property tests: figures found wherever they are put, and nothing ever breaks on odd text."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.extraction import extract_report
from reports.extraction.cleaning import clean_text
from reports.extraction.sections import ACHIEVEMENTS, PLANS, PROBLEMS, outline

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "reports"
GOLD = {k: v for k, v in json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# One sentence per indicator, written from the catalog; {n} is the figure as written.
TEMPLATES = {
    "enforcement_staff": "目前全镇共有持证行政执法人员{n}名。",
    "disputes_received": "全年全镇共受理各类矛盾纠纷{n}件。",
    "mediators": "全镇共有人民调解员{n}名。",
    "mediation_committees": "全镇共建立人民调解委员会{n}个。",
    "legal_literates": "全镇共培育“法律明白人”{n}名。",
    "publicity_events": "全年共开展普法宣传活动{n}场次。",
    "publicity_materials": "全年共发放普法宣传资料{n}份。",
    "people_reached": "全年普法受众达{n}人次。",
    "legal_consultations": "全年共解答群众法律咨询{n}次。",
    "litigation_cases": "全年共办理行政应诉案件{n}件。",
    "study_sessions": "全年共开展领导干部集中学法{n}次。",
    "petitions_handled": "全年共办结信访事项{n}件。",
    "villages": "全镇辖{n}个行政村。",
}


@cache
def sample(name: str) -> tuple[str, list[int], dict[str, list[int]]]:
    """Raw text, the sentence ends in this year's work part, and those in the plan and the
    problems parts (by kind)."""
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    text = clean_text(raw)
    starts = []  # (position in the raw text, kind) of each part after the work part
    for p in outline(text).parts:
        if p.kind != ACHIEVEMENTS and p.heading:
            i = raw.find(p.heading)
            if i == -1:
                i = raw.find(p.heading.split("、", 1)[-1].strip()[:10])
            if i != -1:
                starts.append((i, p.kind))
    starts.sort()
    cut = starts[0][0] if starts else len(raw)
    work = [i + 1 for i, ch in enumerate(raw) if ch == "。" and i < cut]
    later: dict[str, list[int]] = {PLANS: [], PROBLEMS: []}
    for i, ch in enumerate(raw):
        if ch == "。" and i > cut:
            kind = [k for start, k in starts if start <= i][-1]
            later.setdefault(kind, []).append(i + 1)
    return raw, work, later


def absent_pairs() -> list[tuple[str, str]]:
    return [(name, code) for name in sorted(GOLD) for code in TEMPLATES
            if GOLD[name]["indicators"].get(code) is None]


def written(n: int, chinese: bool) -> str:
    if not chinese:
        return str(n)
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


@SETTINGS
@given(pair=st.sampled_from(absent_pairs()), n=st.integers(min_value=2, max_value=99), chinese=st.booleans(),
       data=st.data())
def test_a_figure_inserted_in_this_years_work_is_found(pair, n, chinese, data):
    name, code = pair
    raw, work, _ = sample(name)
    if code == "disputes_received":
        n += 1000  # must not be below the report's resolved figure
        chinese = False
    pos = data.draw(st.sampled_from(work))
    number = written(n, chinese)
    ex = extract_report(raw[:pos] + TEMPLATES[code].format(n=number) + raw[pos:])
    fig = ex.figures.get(code)
    assert fig is not None and fig.value == n, (code, number, fig)
    assert number in ex.text[fig.start:fig.end]
    assert ex.text[fig.start:fig.end] in fig.evidence and fig.evidence in ex.text


@SETTINGS
@given(pair=st.sampled_from([p for p in absent_pairs() if p[1] != "villages" and sample(p[0])[2][PLANS]]),
       n=st.integers(min_value=2, max_value=9999), data=st.data())
def test_a_figure_inserted_in_the_plan_is_not_taken(pair, n, data):
    name, code = pair
    raw, _, later = sample(name)
    pos = data.draw(st.sampled_from(later[PLANS]))
    ex = extract_report(raw[:pos] + TEMPLATES[code].format(n=n) + raw[pos:])
    fig = ex.figures.get(code)
    assert fig is None or fig.value != n


def present_pairs() -> list[tuple[str, str]]:
    # (villages are a structural fact that may be stated anywhere, like in the plan test above)
    return [(name, code) for name in sorted(GOLD) for code in TEMPLATES
            if code != "villages" and isinstance(GOLD[name]["indicators"].get(code), int | float)
            and sample(name)[2][PROBLEMS]]


@SETTINGS
@given(pair=st.sampled_from(present_pairs()), n=st.integers(min_value=2, max_value=9999), data=st.data())
def test_a_figure_in_the_problems_part_never_overrides_this_years_work(pair, n, data):
    """The problems part may state a fact ("全乡持证执法人员仅7名"), taken only when the work part
    gives nothing for the indicator."""
    name, code = pair
    raw, _, later = sample(name)
    pos = data.draw(st.sampled_from(later[PROBLEMS]))
    ex = extract_report(raw[:pos] + TEMPLATES[code].format(n=n) + raw[pos:])
    assert ex.figures[code].value == GOLD[name]["indicators"][code]


ALPHABET = st.sampled_from(list(
    "0123456789０１２３一二两三四五六七八九十百千万亿零名人件起个次份场期册%％，。、；：！？（）()\n 　"
    "受理调解成功率纠纷矛盾化解村社区行政执法持证法律明白人余多约近共计其中每第年月日宣传活动资料咨询诉讼复议信访办结学法"
    "“”《》[]_¥-—.,"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=ALPHABET, max_size=400) | st.text(max_size=200))
def test_any_text_extracts_without_error_and_with_sane_figures(raw):
    ex = extract_report(raw)
    text = ex.text
    for code, fig in ex.figures.items():
        assert fig.value >= 0, code
        if code == "mediation_success_rate":
            assert fig.value <= 100
        assert 0 <= fig.start < fig.end <= len(text), code
        assert fig.evidence in text
        i = text.find(fig.evidence, max(0, fig.end - len(fig.evidence)))
        assert i != -1 and i <= fig.start and fig.end <= i + len(fig.evidence), code
        for c in fig.candidates:
            assert c.value >= 0 and 0 <= c.start < c.end <= len(text) and c.evidence in text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_cleaning_is_idempotent(raw):
    once = clean_text(raw)
    assert clean_text(once) == once


def test_pathological_inputs_stay_fast():
    import time

    for raw in ("1" * 5000, "一" * 5000, "a" + " " * 20000 + "b", "“" * 10000 + "1名", "（含" * 5000,
                "¥_" * 5000):
        start = time.process_time()
        extract_report(raw)
        assert time.process_time() - start < 2.0, raw[:10]
