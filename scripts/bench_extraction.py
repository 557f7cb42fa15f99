#!/usr/bin/env python3
"""Time extract_report over the sample reports on one core and print reports per second.

usage (from the project root):
    .venv/bin/python scripts/bench_extraction.py [--seconds 3] [--folder fixtures/reports]

No jieba on this path: the numeric extraction must keep up with bulk ingestion.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports.extraction.extract import extract_report  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="how long to run (default 3)")
    ap.add_argument("--folder", default=str(ROOT / "fixtures" / "reports"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt reports in {args.folder}")
    for t in texts:  # warm up: compile regexes, import metadata
        extract_report(t)
    n = 0
    chars = 0
    start = time.perf_counter()
    deadline = start + args.seconds
    while time.perf_counter() < deadline:
        for t in texts:
            extract_report(t)
            chars += len(t)
        n += len(texts)
    elapsed = time.perf_counter() - start
    print(f"{n} reports in {elapsed:.2f} s: {n / elapsed:,.0f} reports/s "
          f"({chars / elapsed / 1e6:.2f} M chars/s, mean {chars / n:,.0f} chars/report, one core)")


if __name__ == "__main__":
    main()
