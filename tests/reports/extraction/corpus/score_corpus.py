#!/usr/bin/env python3
"""Score reports.extraction.extract_report on the held-out corpus.

usage (from the project root):
    .venv/bin/python tests/reports/extraction/corpus/score_corpus.py [--verbose] [--only phrasings|unseen]

Scoring per (case, indicator) cell, as in ../shared/tools/score.py:
  gold null, pred null -> nothing;  gold null, pred value -> FP
  gold value, pred null -> FN;      equal -> TP;  different -> FP + FN
(a list in gold is a set of acceptable answers; null in it: empty is fine too).
Phrasings count only the phrasing's own code. Prints per-indicator
precision / recall / F1 for phrasings, unseen reports and both together,
the accuracy of the `approximate` flag, metadata accuracy, and (with
--verbose) every miss.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import traceback
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location("_corpus_harness", HERE / "harness.py")
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)


class Tally:
    def __init__(self):
        self.tp, self.fp, self.fn = defaultdict(int), defaultdict(int), defaultdict(int)

    def add(self, code, gold, pred):
        """Returns True when the cell is right."""
        if harness.value_matches(gold, pred, code):
            if pred is not None:
                self.tp[code] += 1
            return True
        options = gold if isinstance(gold, list) else [gold]
        if pred is not None:
            self.fp[code] += 1
        if None not in options:
            self.fn[code] += 1
        return False

    def merge(self, other):
        for mine, theirs in ((self.tp, other.tp), (self.fp, other.fp), (self.fn, other.fn)):
            for k, v in theirs.items():
                mine[k] += v


def prf(t, f_p, f_n):
    p = t / (t + f_p) if t + f_p else 1.0
    r = t / (t + f_n) if t + f_n else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(title, tally):
    print(f"\n== {title}")
    print(f"{'indicator':24} {'TP':>4} {'FP':>4} {'FN':>4}  {'P':>5} {'R':>5} {'F1':>5}")
    for code in harness.CODES:
        p, r, f = prf(tally.tp[code], tally.fp[code], tally.fn[code])
        print(f"{code:24} {tally.tp[code]:4} {tally.fp[code]:4} {tally.fn[code]:4}"
              f"  {p:5.2f} {r:5.2f} {f:5.2f}")
    T, FP, FN = (sum(d.values()) for d in (tally.tp, tally.fp, tally.fn))
    p, r, f = prf(T, FP, FN)
    print(f"{'overall':24} {T:4} {FP:4} {FN:4}  {p:5.2f} {r:5.2f} {f:5.2f}")


def safe_extract(extract_report, text, label, misses):
    try:
        return extract_report(text)
    except Exception:  # keep scoring the rest
        misses.append(f"{label}: extract_report raised\n{traceback.format_exc(limit=3)}")
        return None


def score_phrasings(extract_report, misses):
    tally = Tally()
    approx_ok = approx_n = 0
    for p in harness.load_phrasings():
        label = f"phrasing {harness.phrasing_id(p)}"
        ex = safe_extract(extract_report, harness.phrasing_context(p["sentence"]), label, misses)
        fig = (ex.figures or {}).get(p["code"]) if ex is not None else None
        pred = float(fig.value) if fig is not None else None
        if not tally.add(p["code"], p["expected"], pred):
            misses.append(f"{label}: gold={p['expected']} pred={pred} | {p['sentence']}")
        elif pred is not None and p["approximate"] is not None:
            approx_n += 1
            if bool(fig.approximate) == p["approximate"]:
                approx_ok += 1
            else:
                misses.append(f"{label}: approximate should be {p['approximate']} | {p['sentence']}")
    return tally, approx_ok, approx_n


def score_unseen(extract_report, misses):
    tally = Tally()
    meta_ok, meta_n = defaultdict(int), defaultdict(int)
    gold = harness.load_gold()
    for name in sorted(gold):
        g = gold[name]
        ex = safe_extract(extract_report, harness.read_report(name), name, misses)
        for code in harness.CODES:
            if code not in g["indicators"]:
                continue
            pred = harness.figure_value(ex, code) if ex is not None else None
            if not tally.add(code, g["indicators"][code], pred):
                misses.append(f"unseen {name} {code}: gold={g['indicators'][code]} pred={pred}")
        for field in (*harness.META_FIELDS, "county"):
            if field not in g:
                continue
            meta_n[field] += 1
            pred = harness.meta_value(ex, field) if ex is not None else None
            if harness.meta_matches(g[field], pred):
                meta_ok[field] += 1
            else:
                misses.append(f"unseen {name} {field}: gold={g[field]} pred={pred}")
    return tally, meta_ok, meta_n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    ap.add_argument("--only", choices=["phrasings", "unseen"])
    args = ap.parse_args()

    from reports.extraction import EXTRACTOR_VERSION, extract_report

    print(f"extractor version {EXTRACTOR_VERSION}")
    misses: list[str] = []
    total = Tally()
    if args.only in (None, "phrasings"):
        t, ok, n = score_phrasings(extract_report, misses)
        print_table("phrasings (each sentence scored on its own code)", t)
        print(f"approximate flag: {ok}/{n} right (of correctly extracted, flagged phrasings)")
        total.merge(t)
    if args.only in (None, "unseen"):
        t, meta_ok, meta_n = score_unseen(extract_report, misses)
        print_table("unseen reports", t)
        for field in meta_n:
            print(f"{field}: {meta_ok[field]}/{meta_n[field]}")
        total.merge(t)
    if args.only is None:
        print_table("all", total)
    if args.verbose and misses:
        print("\n== misses")
        print("\n".join(misses))
    print(f"\nmisses: {len(misses)}")


if __name__ == "__main__":
    main()
