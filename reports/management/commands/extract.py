"""Run the extraction on files and print what it reads; touches no database."""

import json

from django.core.management.base import BaseCommand, CommandError

from reports.extraction import INDICATORS, DecodeError, decode_document, extract_report
from reports.management.commands.ingest import report_files


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
        parser.add_argument("paths", nargs="+", metavar="PATH", help="report files, or folders of them")
        parser.add_argument(
            "--json",
            action="store_true",
            help='print one JSON array to stdout; a file that cannot be read is an item {"file", "error"}',
        )

    def handle(self, *args, **options):
        items, failed = [], 0
        for path in report_files(options["paths"]):
            try:
                document = decode_document(path.read_bytes())
            except (OSError, DecodeError) as exc:
                failed += 1
                items.append({"file": str(path), "error": str(exc)})
                self.stderr.write(f"{path}: {exc}")
                continue
            items.append(extraction_as_json(str(path), extract_report(document.text)))
        if not items:
            raise CommandError("no report files (.txt, .docx, .pdf) found", returncode=1)
        if options["json"]:
            # Failures are items too, so a script gets every file's outcome; the command fails as a
            # whole only when there was nothing to read.
            self.stdout.write(json.dumps(items, ensure_ascii=False, indent=1))
            if failed == len(items):
                raise CommandError(f"none of the {failed} file(s) could be read", returncode=1)
            return
        self.stdout.write(self.as_table([item for item in items if "error" not in item]))
        if failed:
            raise CommandError(f"{failed} file(s) could not be read", returncode=1)

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
