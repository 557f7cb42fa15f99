from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class Indicator(models.Model):
    """One entry of the indicator catalog (loaded by a data migration)."""

    code = models.SlugField(_("代码"), max_length=64, unique=True)
    name_zh = models.CharField(_("中文名称"), max_length=64)
    name_en = models.CharField(_("英文名称"), max_length=128)
    unit = models.CharField(_("单位"), max_length=16)
    description = models.TextField(_("说明"), blank=True)
    display_order = models.PositiveSmallIntegerField(_("显示顺序"), default=0)
    is_rate = models.BooleanField(_("是比率"), default=False)

    class Meta:
        verbose_name = _("指标")
        verbose_name_plural = _("指标")
        ordering = ["display_order"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language (indicator names are data, not msgids)."""
        return self.name_en if translation.get_language() == "en" else self.name_zh
