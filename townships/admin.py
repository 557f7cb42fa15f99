from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import County, Township, UserRegion


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    list_display = ["name", "city", "province", "township_count"]
    list_filter = ["province", "city"]
    search_fields = ["name", "city", "province"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(township_total=Count("townships"))

    @admin.display(description=_("乡镇数"), ordering="township_total")
    def township_count(self, county):
        return county.township_total


@admin.register(Township)
class TownshipAdmin(admin.ModelAdmin):
    list_display = ["name", "county", "county__city", "county__province", "report_count"]
    list_filter = ["county__province", "county__city", "county"]
    search_fields = ["name", "county__name", "county__city"]
    list_select_related = ["county"]
    autocomplete_fields = ["county"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(report_total=Count("reports"))

    @admin.display(description=_("报告数"), ordering="report_total")
    def report_count(self, township):
        return township.report_total


@admin.register(UserRegion)
class UserRegionAdmin(admin.ModelAdmin):
    list_display = ["user", "province", "city", "county"]
    list_filter = ["province", "city"]
    search_fields = ["user__username", "province", "city", "county__name"]
    list_select_related = ["user", "county"]
    autocomplete_fields = ["user", "county"]


User = get_user_model()


class UserRegionInline(admin.StackedInline):
    model = UserRegion
    can_delete = True
    extra = 0
    max_num = 1
    autocomplete_fields = ["county"]


# The stock user admin, with the user's region on the same page.
admin.site.unregister(User)


@admin.register(User)
class UserWithRegionAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, UserRegionInline]
    list_display = [*UserAdmin.list_display, "region"]
    list_select_related = ["region"]
