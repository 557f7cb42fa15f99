from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class County(models.Model):
    """A county-level unit (县 / 区 / 县级市 / 旗) with its city and province where known."""

    name = models.CharField(_("县（区、市）"), max_length=64)
    city = models.CharField(_("地级市"), max_length=64, blank=True)
    province = models.CharField(_("省份"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("县级单位")
        verbose_name_plural = _("县级单位")
        ordering = ["province", "city", "name"]
        constraints = [
            models.UniqueConstraint(fields=["province", "city", "name"], name="county_unique_in_city"),
        ]

    def __str__(self):
        return "".join(part for part in (self.city, self.name) if part) or self.name


class Township(models.Model):
    """A town, township or sub-district (镇 / 乡 / 街道), unique within its county."""

    name = models.CharField(_("乡镇（街道）"), max_length=64)
    county = models.ForeignKey(
        County, verbose_name=_("县级单位"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="townships",
    )

    class Meta:
        verbose_name = _("乡镇")
        verbose_name_plural = _("乡镇")
        ordering = ["name"]
        constraints = [
            # A township whose county is unknown is still unique by name among those.
            models.UniqueConstraint(
                fields=["county", "name"], name="township_unique_in_county", nulls_distinct=False
            ),
        ]

    def __str__(self):
        return f"{self.county.name}{self.name}" if self.county_id else self.name


class UserRegion(models.Model):
    """Limits a user to one province, city or county; a user without one sees every town.

    The narrowest field set wins: a county beats a city, a city beats a province.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("用户"), on_delete=models.CASCADE, related_name="region"
    )
    province = models.CharField(_("省份"), max_length=64, blank=True)
    city = models.CharField(_("地级市"), max_length=64, blank=True)
    county = models.ForeignKey(
        County, verbose_name=_("县级单位"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("用户地区范围")
        verbose_name_plural = _("用户地区范围")

    def __str__(self):
        return f"{self.user}: {self.label}"

    @property
    def label(self) -> str:
        if self.county_id:
            return str(self.county)
        return self.city or self.province or str(_("全部地区"))
