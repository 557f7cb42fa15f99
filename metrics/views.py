from django.shortcuts import render

from reports.models import IndicatorValue, Report
from townships.scope import region_q

from .models import Indicator


def overview(request):
    """Townships and their figures, latest year first (placeholder for the dashboard)."""
    indicators = list(Indicator.objects.all())
    reports = list(
        Report.objects.filter(region_q(request.user, "township__"), is_current=True).select_related("township__county")
    )
    values = {
        (value.report_id, value.indicator_id): value
        for value in IndicatorValue.objects.filter(report__in=reports)
    }
    rows = [(report, [values.get((report.id, indicator.id)) for indicator in indicators]) for report in reports]
    return render(request, "metrics/overview.html", {"indicators": indicators, "rows": rows})
