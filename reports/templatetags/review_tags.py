"""{% corrections_history report %}: the correction history of a report, for any page."""

from django import template

from reports.selectors import report_corrections

register = template.Library()


@register.inclusion_tag("reports/_corrections.html")
def corrections_history(report):
    return {"corrections": report_corrections(report)}
