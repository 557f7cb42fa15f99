from django.core.management.base import BaseCommand

from metrics.services import report_figures_rebuild


class Command(BaseCommand):
    help = "Rebuild the wide figures table (one row per current report) from the stored values."

    def handle(self, *args, **options):
        count = report_figures_rebuild()
        if options["verbosity"]:
            self.stdout.write(f"{count} report rows rebuilt")
