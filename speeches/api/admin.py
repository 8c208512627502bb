"""API tokens in the admin: an admin creates one for a user and sees its key once."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "prefix", "is_active", "created_at", "last_used_at")
    list_filter = ("is_active",)
    list_select_related = ("user",)
    search_fields = ("name", "user__username", "prefix")
    readonly_fields = ("prefix", "created_at", "last_used_at")
    autocomplete_fields = ("user",)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("user", "name")
        return ("user", "name", "prefix", "is_active", "created_at", "last_used_at")

    def get_readonly_fields(self, request, obj=None):
        return (*self.readonly_fields, "user") if obj else ()

    def save_model(self, request, obj, form, change):
        key = None if change else obj.set_new_key()
        super().save_model(request, obj, form, change)
        if key:
            messages.success(
                request,
                format_html(
                    "新令牌：<code>{}</code>。它只显示这一次，请立即复制交给用户；"
                    "调用接口时放在请求头 Authorization: Bearer &lt;令牌&gt; 中。",
                    key,
                ),
            )
