#!/usr/bin/env python3
"""Re-extract reports after re-laying them out the way uploads arrive, and list what moved.

usage (from the project root):
    .venv/bin/python scripts/robustness_check.py [FOLDER] [--step N]

Each report is extracted as it is, then again hard-wrapped at 34 and at 40 characters (as a PDF
text layer wraps; a table row padded to its columns is left whole), with a page number and the
running title every 20 lines, with full-width digits, with ASCII punctuation and with CRLF line
ends. A figure, the township or the year that changes is printed; none should. FOLDER defaults to
the held-out corpus reports; --step N takes every N-th report.

With --pdf, each report also goes through a PDF: LibreOffice (soffice, which must be installed)
typesets it, and the upload path reads the PDF's text layer back (decode_document), as a report
typed in Word and uploaded as PDF arrives.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports.extraction import decode_document  # noqa: E402
from reports.extraction.extract import extract_report  # noqa: E402

_WIDE_DIGITS = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}
_ASCII_PUNCTUATION = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})


def wrapped(text: str, width: int) -> str:
    lines = []
    for line in text.split("\n"):
        # (a table row padded to its columns is as wide as the page that padded it: not wrapped)
        while len(line) > width and "   " not in line:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    return "\n".join(lines)


def paged(text: str, every: int = 20) -> str:
    lines = text.split("\n")
    title = lines[0].strip()
    out = []
    for k, line in enumerate(lines):
        out.append(line)
        if k and k % every == 0:
            out += [str(k // every + 1), title]
    return "\n".join(out)


LAYOUTS: dict[str, Callable[[str], str]] = {
    "wrapped at 34": lambda t: wrapped(t, 34),
    "wrapped at 40, paged": lambda t: paged(wrapped(t, 40)),
    "full-width digits": lambda t: t.translate(_WIDE_DIGITS),
    "ASCII punctuation": lambda t: t.translate(_ASCII_PUNCTUATION),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
}


def through_pdf(files: list[Path]) -> dict[str, str]:
    """Each report's text as read back from the PDF LibreOffice typesets it into."""
    soffice = shutil.which("soffice") or sys.exit("--pdf needs LibreOffice (soffice) on PATH")
    texts = {}
    with tempfile.TemporaryDirectory() as out:
        for k in range(0, len(files), 50):  # (in batches: one long soffice run may stop midway)
            subprocess.run([soffice, "--headless", "--infilter=Text (encoded):UTF8,LF,,,",
                            "--convert-to", "pdf", "--outdir", out, *map(str, files[k:k + 50])],
                           check=True, capture_output=True)
        for path in files:
            pdf = Path(out) / f"{path.stem}.pdf"
            texts[path.name] = decode_document(pdf.read_bytes()).text if pdf.exists() else ""
    return texts


def outcome(text: str) -> dict[str, object]:
    ex = extract_report(text)
    return {"township": ex.township, "year": ex.year, **{c: f.value for c, f in ex.figures.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests/reports/extraction/corpus/unseen"))
    ap.add_argument("--step", type=int, default=1, help="take every N-th report (default 1)")
    ap.add_argument("--pdf", action="store_true", help="also through a PDF typeset by LibreOffice")
    args = ap.parse_args()
    files = sorted(Path(args.folder).glob("*.txt"))[::args.step]
    pdf_texts = through_pdf(files) if args.pdf else None
    moved = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        base = outcome(text)
        variants = {name: layout(text) for name, layout in LAYOUTS.items()}
        if pdf_texts is not None:
            variants["through a PDF"] = pdf_texts[path.name]
        for name, variant in variants.items():
            got = outcome(variant)
            changed = {k: (base.get(k), got.get(k)) for k in base.keys() | got.keys()
                       if base.get(k) != got.get(k)}
            if changed:
                moved += 1
                print(f"{path.name} ({name}): {changed}")
    print(f"{len(files)} reports × {len(LAYOUTS) + bool(args.pdf)} layouts: {moved} outcome(s) moved")


if __name__ == "__main__":
    main()
