"""Run the current extractor over stored reports; values corrected by hand are kept."""

from django.core.management.base import BaseCommand, CommandError

from reports.extraction import EXTRACTOR_VERSION
from reports.models import Report
from reports.services import report_reextract


class Command(BaseCommand):
    help = (
        "Re-run the current extractor over stored reports and print what changed (indicator: old → new). "
        "Values corrected by hand are never overwritten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--report", type=int, action="append", metavar="ID", help="only this report (repeatable)"
        )
        parser.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")

    def handle(self, *args, **options):
        reports = Report.objects.select_related("township").order_by("pk")
        if options["report"]:
            reports = reports.filter(pk__in=options["report"])
            missing = set(options["report"]) - set(reports.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no report with id {', '.join(map(str, sorted(missing)))}", returncode=1)
        verb = "would change" if options["dry_run"] else "changed"
        changed = figures = kept = 0
        total = 0
        for report in reports.iterator(chunk_size=200):
            total += 1
            outcome = report_reextract(report=report, dry_run=options["dry_run"])
            applied = [c for c in outcome.changes if not c.kept]
            kept += len(outcome.changes) - len(applied)
            figures += len(applied)
            changed += bool(applied or outcome.text_changed)
            if outcome.changes or outcome.text_changed or options["verbosity"] >= 2:
                label = f"#{report.pk} {report.township.name} {report.year}"
                status = f"{verb} {len(applied)} figure(s)" if applied else "no change"
                self.stdout.write(
                    f"{label}: {status}" + (" (text re-cleaned)" if outcome.text_changed else "")
                )
                for change in outcome.changes:
                    self.stdout.write(f"  {change}")
        self.stdout.write(
            f"{total} report(s), extractor {EXTRACTOR_VERSION}: {changed} {verb}, {figures} figure(s) "
            f"{verb}, {kept} corrected figure(s) kept"
            + (" (dry run: nothing written)" if options["dry_run"] else "")
        )
