"""Region scope: which townships a user may see.

Every page, chart, count and export filters through `region_q` (or `visible_townships`),
so a user limited to a province, city or county never sees other towns. Object pages
use `scoped_get_or_404`, so a town outside the region answers 404, not 403: its
existence is not disclosed.
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404

from accounts.roles import ADMIN

from .models import Township, UserRegion

_NOTHING = Q(pk__in=[])
_CACHE_ATTR = "_region_scope"


def user_scope(user) -> UserRegion | None:
    """The user's region, or None when the user sees everything (one query, cached on the user)."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, _CACHE_ATTR):
        # Members of the admin group see everything even with a region set.
        region = (
            UserRegion.objects.filter(user_id=user.pk).exclude(user__groups__name=ADMIN).select_related("county")
            .first()
        )
        if region is not None and not (region.county_id or region.city or region.province):
            region = None
        setattr(user, _CACHE_ATTR, region)
    return getattr(user, _CACHE_ATTR)


def region_q(user, prefix: str = "") -> Q:
    """A Q object limiting a queryset to the user's region; `prefix` is the path to Township
    (e.g. "township__" on Report, "report__township__" on IndicatorValue, "" on Township).

    Anonymous visitors (when browsing needs no login), superusers and users without a
    region get an empty Q: everything.
    """
    region = user_scope(user)
    if region is None:
        return Q()
    if region.county_id:
        return Q(**{f"{prefix}county_id": region.county_id})
    q = Q()
    if region.city:
        q &= Q(**{f"{prefix}county__city": region.city})
    if region.province:
        q &= Q(**{f"{prefix}county__province": region.province})
    return q or _NOTHING


def visible_townships(user):
    return Township.objects.filter(region_q(user))


def scoped_get_or_404(queryset, user, prefix: str, **lookup):
    """`get_object_or_404` within the user's region (404 for objects outside it)."""
    return get_object_or_404(queryset.filter(region_q(user, prefix)), **lookup)


def region_invalidate(user) -> None:
    """Forget the cached region (after changing it on a live user object)."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)
