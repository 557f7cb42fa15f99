#!/usr/bin/env python3
"""Time extract_report over the sample reports on one core and print reports per second.

usage (from the project root):
    .venv/bin/python scripts/bench_extraction.py [--seconds 3] [--folder fixtures/reports]

Prints two lines: the whole extract_report (cleaning, report parts, figures and the metadata
reader), and the numeric path alone (cleaning, parts, figures). No jieba on either path.
A calibration line times one plain regex pass over the same texts, so figures taken on a busy
machine can be compared with figures taken on a quiet one.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports.extraction.cleaning import clean_text  # noqa: E402
from reports.extraction.extract import extract_report  # noqa: E402
from reports.extraction.indicators import extract_figures  # noqa: E402
from reports.extraction.sections import outline  # noqa: E402


def numeric_path(raw: str) -> None:
    text = clean_text(raw)
    extract_figures(text, outline(text))


def rate(fn, texts: list[str], seconds: float) -> float:
    """Reports per second of CPU time (best of several rounds, so other load on the machine matters less)."""
    best = 0.0
    rounds = 5
    for _ in range(rounds):
        n = 0
        start = time.process_time()
        deadline = start + seconds / rounds
        while time.process_time() < deadline:
            for t in texts:
                fn(t)
            n += len(texts)
        best = max(best, n / (time.process_time() - start))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="time per measurement (default 3)")
    ap.add_argument("--folder", default=str(ROOT / "fixtures" / "reports"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt reports in {args.folder}")
    for t in texts:  # warm up: compile regexes, import the metadata reader
        extract_report(t)
    mean = sum(map(len, texts)) / len(texts)
    digits = re.compile(r"\d+")
    calib = rate(digits.findall, texts, args.seconds / 3)
    full = rate(extract_report, texts, args.seconds)
    numeric = rate(numeric_path, texts, args.seconds)
    print(f"{len(texts)} sample reports, mean {mean:,.0f} characters, one core")
    print(f"extract_report:                     {full:8,.0f} reports/s")
    print(f"numeric path (clean, parts, figures): {numeric:6,.0f} reports/s")
    print(f"calibration (one regex pass \\d+):    {calib:6,.0f} passes/s")


if __name__ == "__main__":
    main()
