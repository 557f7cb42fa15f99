from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TownshipsConfig(AppConfig):
    name = "townships"
    verbose_name = _("乡镇")

    def ready(self):
        from .roles import roles_sync_after_migrate

        # After every migrate, so permissions of models added later join the admin role.
        post_migrate.connect(roles_sync_after_migrate, dispatch_uid="townships.roles_sync")
