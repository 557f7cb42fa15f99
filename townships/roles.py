"""The three roles, as Django groups with permissions.

viewer: browse and export. editor: also upload, review and correct. admin: every
permission (and, through `is_staff`, the Django admin; see `manage.py adduser`).
"""

from django.utils.translation import gettext_lazy as _

VIEWER, EDITOR, ADMIN = "viewer", "editor", "admin"
ROLES = (VIEWER, EDITOR, ADMIN)
ROLE_LABELS = {VIEWER: _("浏览者"), EDITOR: _("编辑"), ADMIN: _("管理员")}

VIEWER_PERMISSIONS = {
    ("townships", "view_county"),
    ("townships", "view_township"),
    ("reports", "view_report"),
    ("reports", "view_indicatorvalue"),
    ("reports", "view_correction"),
    ("reports", "export_report"),
    ("metrics", "view_indicator"),
}
EDITOR_PERMISSIONS = VIEWER_PERMISSIONS | {
    ("reports", "upload_report"),
    ("reports", "review_report"),
    ("reports", "add_report"),
    ("reports", "change_report"),
    ("reports", "add_indicatorvalue"),
    ("reports", "change_indicatorvalue"),
    ("reports", "delete_indicatorvalue"),
    ("reports", "add_correction"),
}


def roles_sync(apps=None) -> None:
    """Create the three groups and give them their permissions (idempotent).

    Takes the migration's `apps` when run from a data migration; permissions of apps
    not migrated yet are simply skipped and added by the next post_migrate.
    """
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    everything = list(Permission.objects.all())
    by_key = {
        (p.content_type.app_label, p.codename): p for p in Permission.objects.select_related("content_type")
    }
    wanted = {
        VIEWER: [by_key[key] for key in VIEWER_PERMISSIONS if key in by_key],
        EDITOR: [by_key[key] for key in EDITOR_PERMISSIONS if key in by_key],
        ADMIN: everything,
    }
    for name, permissions in wanted.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def roles_sync_after_migrate(sender, app_config=None, **kwargs):
    """post_migrate (also sent by the flush of transactional tests): keep the groups current.

    Runs once, for the last app with models, after auth has created every permission.
    """
    from django.apps import apps as global_apps

    last = [config for config in global_apps.get_app_configs() if config.models_module is not None][-1]
    if app_config is not None and app_config.label == last.label:
        roles_sync()
