from django.db import migrations


def fill(apps, schema_editor):
    # Uses the service's SQL; reviewed=FALSE because review fields may not exist yet at this point; later schema changes go with `refresh_figures`.
    from metrics.services import report_figures_rebuild

    report_figures_rebuild(reviewed_sql="FALSE")


class Migration(migrations.Migration):
    dependencies = [("metrics", "0003_report_figures"), ("reports", "0001_initial")]
    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
