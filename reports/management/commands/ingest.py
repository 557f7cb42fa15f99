"""Ingest report files or folders into the database, one transaction per file."""

import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.services import FAILED, IngestOutcome, report_ingest

# Extensions taken when walking a folder; files named explicitly are always tried.
REPORT_SUFFIXES = {".txt", ".docx", ".pdf"}
PROGRESS_BAR_FROM = 5


def report_files(paths: list[str]) -> list[Path]:
    files = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
                       and not p.name.startswith("."))
            )
        else:
            files.append(path)
    return files


class Command(BaseCommand):
    help = "Ingest township report files (.txt in any Chinese encoding, .docx, .pdf) or folders of them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--replace", action="store_true",
                            help="replace an existing report of the same township and year")
        parser.add_argument("--township", help="township name for files whose text does not say it")
        parser.add_argument("--county", help="county-level unit for files whose text does not say it")
        parser.add_argument("--year", type=int, help="year covered, for files whose text does not say it")

    def handle(self, *args, **options):
        paths = options["paths"]
        files = report_files(list(paths))
        counts = Counter()
        show_bar = len(files) >= PROGRESS_BAR_FROM and options["verbosity"] >= 1 and sys.stderr.isatty()
        for index, path in enumerate(files, start=1):
            try:
                data = path.read_bytes()
            except OSError as exc:
                counts[FAILED] += 1
                self.stderr.write(f"{path}: {FAILED}: {exc.strerror or exc}")
                continue
            try:
                outcome = report_ingest(
                    data=data, source_name=path.name, replace=options["replace"],
                    township=options["township"], county=options["county"], year=options["year"],
                )
            except Exception as exc:  # a bug or a lost database: report it, go on with the next file
                outcome = IngestOutcome(name=path.name, status=FAILED, message=f"{type(exc).__name__}: {exc}")
            counts[outcome.status] += 1
            line = f"{path}: {outcome.status}: {outcome.message}"
            if show_bar:
                self.stderr.write(f"\r{progress_bar(index, len(files))}", ending="")
            if not outcome.ok:
                self.stderr.write(("\n" if show_bar else "") + self.style.ERROR(line))
            elif options["verbosity"] >= 1 and not show_bar or options["verbosity"] >= 2:
                self.stdout.write(line)
        if show_bar:
            self.stderr.write("")
        summary = ", ".join(
            f"{counts[status]} {status}"
            for status in ("created", "replaced", "unchanged", "skipped", "failed")
        )
        self.stdout.write(f"{len(files)} file(s): {summary}")
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed", returncode=1)


def progress_bar(done: int, total: int, width: int = 30) -> str:
    filled = width * done // total
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
