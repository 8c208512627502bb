"""Shared by the editors' admin pages: the history reason of a save, the loaded versions of a
list page, the Chinese row history, the speech list's filters."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from .. import editing
from ..editing.history import record_label
from ..models import Section, Speech

ADMIN_EDIT = "后台修改"
TEXT_FIELDS = {"number", "heading", "body"}


def with_reason(base: str, request: HttpRequest) -> str:
    """The history reason of a save: what kind of edit, and the editor's 修改原因 if given."""
    typed = request.POST.get("change_reason", "").strip()
    return f"{base}：{typed}" if typed else base


def loaded_versions(request: HttpRequest) -> dict[int, int]:
    """The versions the editor's list page showed (hidden `loaded_version` inputs, id:version)."""
    versions = {}
    for value in request.POST.getlist("loaded_version"):
        pk, _, version = value.partition(":")
        if pk.isdigit() and version.isdigit():
            versions[int(pk)] = int(version)
    return versions


def version_input(speech_id: int, version: int) -> str:
    return format_html(
        '{}<input type="hidden" name="loaded_version" value="{}:{}">', version, speech_id, version
    )


class ChineseHistoryAdmin(SimpleHistoryAdmin):
    """A row's own history page in Chinese: title, reasons, no stamp fields among the changes.
    Reverting is done for the whole speech (SpeechAdmin.restore_view), never row by row."""

    def revert_disabled(self, request: HttpRequest, obj: Any = None) -> bool:
        return True

    def history_view_title(self, request: HttpRequest, obj: Any) -> str:
        return f"修改历史：{obj}"

    def history_form_view_title(self, request: HttpRequest, obj: Any) -> str:
        return f"查看旧版本：{obj}"

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        # simple-history saves a posted old version even with reverting disabled: refuse it.
        if request.method == "POST":
            raise PermissionDenied("请在讲话稿的修改历史中恢复整篇讲话稿。")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def set_history_delta_changes(
        self, request: HttpRequest, historical_records: Any, foreign_keys_are_objs: bool = True
    ) -> None:
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        for record in historical_records:
            record.reason_label = editing.reason_label(record.history_change_reason)
            record.label = record_label(record)
            record.history_delta_changes = [
                c
                for c in getattr(record, "history_delta_changes", [])
                if c["field"] not in {"最后编辑时间", "最后编辑人", "edited_at", "edited_by"}
            ]


class VersionCheckedDelete(ChineseHistoryAdmin):
    """The delete page of a section or quote follows the one concurrency rule: its form carries
    the speech version the editor loaded, and a delete after someone else's save is refused."""

    delete_confirmation_template = "admin/speeches/versioned_delete_confirmation.html"

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        # Django's bulk 删除所选 confirms on a page that cannot carry each speech's loaded
        # version: rows are deleted from their own page or from the speech's inline instead.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return super().delete_view(request, object_id, extra_context)
        context = {"speech_version": obj.speech.version, **(extra_context or {})}
        if request.method != "POST" or "post" not in request.POST:
            return super().delete_view(request, object_id, context)
        posted = request.POST.get("speech_version", "")
        with transaction.atomic():
            try:
                editing.check_version(obj.speech_id, int(posted) if posted.isdigit() else None)
            except editing.EditConflict:
                current = Speech.objects.values_list("version", flat=True).get(pk=obj.speech_id)
                self.message_user(
                    request,
                    f"删除失败：在您打开删除页面后，其他编辑已保存了这篇讲话稿（当前版本 {current}，"
                    f"您看到的是版本 {posted or '未知'}）。请查看最新内容后再决定是否删除。",
                    messages.ERROR,
                )
                opts = self.model._meta
                return HttpResponseRedirect(
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
                )
            return super().delete_view(request, object_id, context)


class EditedFilter(admin.SimpleListFilter):
    title = "是否经编辑修改"
    parameter_name = "edited"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "已修改"), ("no", "未修改")]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        edited = Q(edited_at__isnull=False) | Exists(
            Section.objects.filter(speech=OuterRef("pk"), edited_at__isnull=False)
        )
        if self.value() == "yes":
            return queryset.filter(edited)
        if self.value() == "no":
            return queryset.exclude(edited)
        return queryset


class DuplicateFilter(admin.SimpleListFilter):
    title = "疑似重复"
    parameter_name = "duplicate"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "是"), ("no", "否")]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "yes":
            return queryset.filter(duplicate_of__isnull=False)
        if self.value() == "no":
            return queryset.filter(duplicate_of__isnull=True)
        return queryset


@admin.display(description="讲话稿")
def speech_link(obj: Any) -> str:
    """The speech a section or quote belongs to, linking to its page."""
    return format_html(
        '<a href="{}">{}</a>',
        reverse("admin:speeches_speech_change", args=[obj.speech_id]),
        obj.speech,
    )


@admin.display(description="所属章节")
def section_link(obj: Any) -> str:
    return format_html(
        '<a href="{}">{}</a>',
        reverse("admin:speeches_section_change", args=[obj.section_id]),
        obj.section,
    )
