"""Giving users their role and region (used by `manage.py adduser` and the tests)."""

from django.contrib.auth.models import Group
from django.db import transaction

from townships.models import County, UserRegion
from townships.scope import region_invalidate

from .roles import ADMIN, ROLES, roles_sync


def user_role_set(*, user, role: str) -> None:
    """Put the user in exactly one role group; admins also get the Django admin (staff, superuser)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    with transaction.atomic():
        group = Group.objects.filter(name=role).first()
        if group is None:  # e.g. after a transactional test flushed the migration's groups
            roles_sync()
            group = Group.objects.get(name=role)
        user.groups.remove(*Group.objects.filter(name__in=ROLES).exclude(pk=group.pk))
        user.groups.add(group)
        user.is_staff = user.is_superuser = role == ADMIN
        user.save(update_fields=["is_staff", "is_superuser"])
    # Cached permissions are stale now.
    for attr in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(attr, None)
    region_invalidate(user)


def user_region_set(
    *, user, county: County | None = None, city: str = "", province: str = ""
) -> UserRegion | None:
    """Limit the user to a county, a city or a province; nothing given removes the limit."""
    region_invalidate(user)
    if county is None and not city and not province:
        UserRegion.objects.filter(user=user).delete()
        return None
    region, _created = UserRegion.objects.update_or_create(
        user=user,
        defaults={
            "county": county,
            "city": city if county is None else county.city,
            "province": province if county is None else county.province,
        },
    )
    return region


def user_role(user) -> str | None:
    names = {group.name for group in user.groups.all()}
    return next((role for role in reversed(ROLES) if role in names), None)
