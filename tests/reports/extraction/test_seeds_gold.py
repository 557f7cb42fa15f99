"""The five sample reports against their gold answers, on every labelled cell of the 15 indicators.

Gold lives beside the samples (fixtures/reports/gold.json). A list in gold is a set of
acceptable answers (null in it: leaving the figure out is fine too); rates within 0.51.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from reports.extraction import INDICATOR_CODES, extract_report

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "reports"
GOLD = {k: v for k, v in json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}
CELLS = [(name, code) for name in sorted(GOLD) for code in INDICATOR_CODES
         if code in GOLD[name]["indicators"]]


@cache
def extraction(name: str):
    return extract_report((FIXTURES / name).read_text(encoding="utf-8"))


def matches(gold, value, code) -> bool:
    tol = 0.51 if code == "mediation_success_rate" else 1e-9
    for g in gold if isinstance(gold, list) else [gold]:
        if g is None and value is None:
            return True
        if g is not None and value is not None and abs(g - value) <= tol:
            return True
    return False


def test_every_sample_has_gold():
    assert sorted(p.name for p in FIXTURES.glob("*.txt")) == sorted(GOLD)


@pytest.mark.parametrize(("name", "code"), CELLS, ids=[f"{n[:3]}-{c}" for n, c in CELLS])
def test_sample_report_matches_gold(name, code):
    fig = extraction(name).figures.get(code)
    value = None if fig is None else fig.value
    assert matches(GOLD[name]["indicators"][code], value, code), (
        f"{name} {code}: gold {GOLD[name]['indicators'][code]}, got {value}"
        + ("" if fig is None else f" from {fig.evidence!r}"))


def span_inside_evidence(text: str, start: int, end: int, evidence: str) -> bool:
    i = text.find(evidence, max(0, end - len(evidence)))
    return i != -1 and i <= start and end <= i + len(evidence)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_figure_points_at_its_number(name):
    ex = extraction(name)
    for code, fig in ex.figures.items():
        assert 0 <= fig.start < fig.end <= len(ex.text), code
        assert span_inside_evidence(ex.text, fig.start, fig.end, fig.evidence), code
        assert any(ch.isdigit() or ch in "零〇一二两三四五六七八九十百千万"
                   for ch in ex.text[fig.start:fig.end]), code
        for c in fig.candidates:
            assert span_inside_evidence(ex.text, c.start, c.end, c.evidence) and c.note, code


# The traps INDICATORS.md lists, each in the sample report that contains it.
TRAPS = [
    ("003", "enforcement_staff", 8, "8名干部职工参加行政执法资格考试"),
    ("002", "legal_literates", 4, "每村(社)拥有4个法律明白人"),
    ("001", "disputes_received", 30, "镇联调分中心调处复杂矛盾纠纷30件"),
    ("004", "disputes_resolved", 153, "妥善处置各类矛盾纠纷153起"),
    ("004", "mediators", 6, "有6名调解员分别申请了……等级"),
    ("002", "legal_consultations", 60, "法律服务60余次"),
]


@pytest.mark.parametrize(("prefix", "code", "value", "why"), TRAPS, ids=[t[3] for t in TRAPS])
def test_listed_traps_do_not_become_values(prefix, code, value, why):
    name = next(n for n in GOLD if n.startswith(prefix))
    fig = extraction(name).figures.get(code)
    assert fig is None or fig.value != value, why


def test_plan_year_adviser_is_not_this_years_work():
    name = next(n for n in GOLD if n.startswith("002"))
    ex = extraction(name)
    assert "继续聘用1名法律顾问" in ex.plans
    for fig in ex.figures.values():
        assert "继续聘用" not in fig.evidence


def test_non_figures_in_the_samples_never_become_values():
    bad = ("5项必经程序", "62则", "15天一报", "七进", "八五", "12.4国家宪法日", "4.15国家安全", "三项制度",
           "24小时", "〔2021〕", "2021—2025年")
    for name in GOLD:
        ex = extraction(name)
        for fig in ex.figures.values():
            span = ex.text[fig.start:fig.end]
            assert not any(b in span for b in bad), (name, span)


@pytest.mark.parametrize("width", [20, 27, 33, 41])
def test_hard_wrapping_the_samples_changes_no_figure(width):
    for name in GOLD:
        raw = (FIXTURES / name).read_text(encoding="utf-8")
        wrapped = "\n".join(
            "\n".join(line[i:i + width] for i in range(0, len(line), width)) if line.strip() else ""
            for line in raw.split("\n"))
        want = {c: f.value for c, f in extraction(name).figures.items()}
        got = {c: f.value for c, f in extract_report(wrapped).figures.items()}
        assert got == want, (name, width)
