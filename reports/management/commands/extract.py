"""Run the extraction on files and print what it reads; touches no database."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.extraction import INDICATORS, DecodeError, decode_document, extract_report


def extraction_as_json(path: str, extraction) -> dict:
    return {
        "file": path,
        "township": extraction.township,
        "county": extraction.county,
        "year": extraction.year,
        "report_date": extraction.report_date.isoformat() if extraction.report_date else None,
        "indicators": {
            code: {
                "value": figure.value,
                "approximate": figure.approximate,
                "evidence": figure.evidence,
                "start": figure.start,
                "end": figure.end,
            }
            for code, figure in extraction.figures.items()
        },
    }


class Command(BaseCommand):
    help = "Extract township, year and indicator figures from report files (no database needed)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="print one JSON array to stdout")

    def handle(self, *args, **options):
        paths = options["paths"]
        results, failed = [], []
        for path in paths:
            try:
                document = decode_document(Path(path).read_bytes())
            except (OSError, DecodeError) as exc:
                failed.append(path)
                self.stderr.write(f"{path}: {exc}")
                continue
            results.append(extraction_as_json(path, extract_report(document.text)))
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=1))
        else:
            self.stdout.write(self.as_table(results))
        if failed:
            raise CommandError(f"{len(failed)} file(s) could not be read", returncode=1)

    def as_table(self, results) -> str:
        lines = []
        for item in results:
            lines.append(
                f"{item['file']}: {item['township'] or '?'} ({item['county'] or '?'}) "
                f"{item['year'] or '?'}  {item['report_date'] or ''}"
            )
            for spec in INDICATORS:
                if figure := item["indicators"].get(spec.code):
                    mark = "~" if figure["approximate"] else " "
                    lines.append(
                        f"  {spec.name_zh:<16} {mark}{figure['value']:>10g} {spec.unit:<3} "
                        f"[{figure['start']}:{figure['end']}] {figure['evidence'][:60]}"
                    )
        return "\n".join(lines)
