from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from metrics.models import Indicator

from .models import Correction, IndicatorValue, Report


class IndicatorValueInline(admin.TabularInline):
    model = IndicatorValue
    fields = ["indicator", "value", "approximate", "source", "evidence", "extractor_version"]
    readonly_fields = ["evidence", "extractor_version"]
    extra = 0
    ordering = ["indicator__display_order"]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = [
        "township",
        "township__county",
        "year",
        "is_current",
        "format",
        "encoding",
        "value_count",
        "reviewed_at",
        "needs_review",
        "uploaded_by",
        "uploaded_at",
        "extractor_version",
    ]
    list_filter = [
        "year",
        "is_current",
        "needs_review",
        "format",
        "encoding",
        "township__county__province",
        "township__county",
        "extractor_version",
        ("reviewed_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["township__name", "township__county__name", "title", "original_name", "content_hash"]
    list_select_related = ["township__county", "uploaded_by"]
    date_hierarchy = "uploaded_at"
    readonly_fields = [
        "content_hash",
        "uploaded_at",
        "uploaded_by",
        "replaced_by",
        "original_file",
        "original_name",
        "encoding",
        "format",
        "extractor_version",
    ]
    raw_id_fields = ["township", "reviewed_by"]
    inlines = [IndicatorValueInline]

    @admin.display(description=_("指标数"))
    def value_count(self, report):
        return report.values.count()


@admin.register(IndicatorValue)
class IndicatorValueAdmin(admin.ModelAdmin):
    list_display = ["report", "indicator", "value", "approximate", "source", "extractor_version"]
    list_filter = ["source", "approximate", "indicator", "report__year", "extractor_version"]
    search_fields = ["report__township__name", "indicator__code", "indicator__name_zh", "evidence"]
    list_select_related = ["report__township", "indicator"]
    raw_id_fields = ["report"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "report",
        "indicator",
        "action",
        "old_value",
        "new_value",
        "user",
        "carried_from",
    ]
    list_filter = ["action", "indicator", "report__year", ("carried_from", admin.EmptyFieldListFilter)]
    search_fields = [
        "report__township__name",
        "indicator__code",
        "indicator__name_zh",
        "note",
        "user__username",
    ]
    list_select_related = ["report__township", "indicator", "user"]
    raw_id_fields = ["report", "carried_from"]
    date_hierarchy = "created_at"

    def has_change_permission(self, request, obj=None):
        return False  # the history is kept as written; correct a figure on the review page


# The catalog lives in metrics; registered here so metrics/admin.py stays free for the dashboard.
@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["display_order", "code", "name_zh", "name_en", "unit", "is_rate"]
    list_display_links = ["code"]
    list_filter = ["is_rate", "unit"]
    search_fields = ["code", "name_zh", "name_en", "description"]
    ordering = ["display_order"]
