from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from townships.models import UserRegion

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
