"""Keep the names copied into ReportFigures in step with townships and counties."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from townships.models import County, Township

from .services import township_figures_names_refresh


@receiver(post_save, sender=Township, dispatch_uid="metrics_township_names")
def township_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        township_figures_names_refresh(township_ids=[instance.pk])


@receiver(post_save, sender=County, dispatch_uid="metrics_county_names")
def county_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        township_figures_names_refresh(county_ids=[instance.pk])
