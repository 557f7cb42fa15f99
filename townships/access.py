"""What a signed-in user may do and see, read in one query and cached on the user object.

Every page asks for the region (through townships.scope) and the header asks whether to
show the upload and review links; one query answers both, instead of the region lookup
plus Django's two permission queries on every page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q

from .roles import ADMIN

_CACHE_ATTR = "_access"


@dataclass(frozen=True)
class Access:
    sees_everything: bool
    can_upload: bool
    can_review: bool
    province: str = ""
    city: str = ""
    county_id: int | None = None

    @property
    def limited(self) -> bool:
        return not self.sees_everything and bool(self.county_id or self.city or self.province)


EVERYTHING = Access(sees_everything=True, can_upload=False, can_review=False)


def _has_perm(codename: str) -> Exists:
    return Exists(
        Permission.objects.filter(content_type__app_label="reports", codename=codename).filter(
            Q(group__user=OuterRef("pk")) | Q(user=OuterRef("pk"))
        )
    )


def user_access(user) -> Access:
    if user is None or not user.is_authenticated:
        return EVERYTHING  # anonymous visitors only get this far when browsing needs no login
    if user.is_superuser:
        return Access(sees_everything=True, can_upload=user.is_active, can_review=user.is_active)
    cached = user.__dict__.get(_CACHE_ATTR)
    if cached is None:
        row = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .annotate(
                in_admin=Exists(Group.objects.filter(user=OuterRef("pk"), name=ADMIN)),
                may_upload=_has_perm("upload_report"),
                may_review=_has_perm("review_report"),
            )
            .values(
                "in_admin",
                "may_upload",
                "may_review",
                "region__province",
                "region__city",
                "region__county_id",
            )
            .first()
        ) or {}
        cached = Access(
            sees_everything=bool(row.get("in_admin")),
            can_upload=bool(row.get("may_upload")) and user.is_active,
            can_review=bool(row.get("may_review")) and user.is_active,
            province=row.get("region__province") or "",
            city=row.get("region__city") or "",
            county_id=row.get("region__county_id"),
        )
        user.__dict__[_CACHE_ATTR] = cached
    return cached


def access_forget(user) -> None:
    """Drop the cached answer (after changing a live user's role or region)."""
    user.__dict__.pop(_CACHE_ATTR, None)
