"""Region scope: which townships a user may see.

Every page, chart, count and export filters through `region_q` (or `visible_townships`),
so a user limited to a province, city or county never sees other towns. Object pages
use `scoped_get_or_404`, so a town outside the region answers 404, not 403: its
existence is not disclosed.
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404

from townships.access import access_forget, user_access

from .models import Township

_NOTHING = Q(pk__in=[])


def region_q(user, prefix: str = "") -> Q:
    """A Q object limiting a queryset to the user's region; `prefix` is the path to Township
    (e.g. "township__" on Report, "report__township__" on IndicatorValue, "" on Township).

    Anonymous visitors (when browsing needs no login), superusers, members of the admin
    group and users without a region get an empty Q: everything. The region is read once
    per request user (see townships.access).
    """
    access = user_access(user)
    if not access.limited:
        return Q()
    if access.county_id:
        return Q(**{f"{prefix}county_id": access.county_id})
    q = Q()
    if access.city:
        q &= Q(**{f"{prefix}county__city": access.city})
    if access.province:
        q &= Q(**{f"{prefix}county__province": access.province})
    return q or _NOTHING


def visible_townships(user):
    return Township.objects.filter(region_q(user))


def scoped_get_or_404(queryset, user, prefix: str, **lookup):
    """`get_object_or_404` within the user's region (404 for objects outside it)."""
    return get_object_or_404(queryset.filter(region_q(user, prefix)), **lookup)


def region_invalidate(user) -> None:
    """Forget the cached region (after changing it on a live user object)."""
    access_forget(user)
