"""A section's own page, the section list's merge and split actions, the split page."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .. import editing
from ..admin_forms import (
    SectionActionForm,
    SectionAdminForm,
    SplitForm,
)
from ..models import Section
from .common import (
    ADMIN_EDIT,
    TEXT_FIELDS,
    VersionCheckedDelete,
    loaded_versions,
    speech_link,
    version_input,
    with_reason,
)


@admin.register(Section)
class SectionAdmin(VersionCheckedDelete):
    form = SectionAdminForm
    list_display = [
        "__str__",
        speech_link,
        "position",
        "kind",
        "level",
        "edited_by",
        "edited_at",
        "loaded_version",
    ]
    list_display_links = ["__str__"]
    list_filter = ["kind", "level"]
    list_select_related = ["speech", "edited_by"]
    search_fields = ["heading", "speech__title"]
    fields = [
        speech_link,
        "anchor",
        "position",
        ("level", "kind", "number"),
        "heading",
        "body",
        "speech_version",
        "change_reason",
        "tools",
    ]
    readonly_fields = [speech_link, "anchor", "position", "tools"]
    ordering = ["speech", "position"]
    action_form = SectionActionForm
    actions = ["merge_into_previous", "split_section"]

    def get_urls(self) -> list[Any]:
        split = self.admin_site.admin_view(self.split_view)
        return [
            path("<path:object_id>/split/", split, name="speeches_section_split"),
            *super().get_urls(),
        ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # sections are added on their speech's page, where positions are kept

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        # The speech page links to its sections here; a list filter would list every speech.
        return lookup == "speech__id__exact" or super().lookup_allowed(lookup, value, request)

    @admin.display(description="版本")
    def loaded_version(self, section: Section) -> str:
        return version_input(section.speech_id, section.speech.version)

    @admin.display(description="操作")
    def tools(self, section: Section) -> str:
        if section.pk is None:
            return "—"
        return format_html(
            '<a class="button" href="{}">拆分本节</a> <a class="button" href="{}?section={}">添加引文</a>'
            ' <a href="{}">返回讲话稿</a>',
            reverse("admin:speeches_section_split", args=[section.pk]),
            reverse("admin:speeches_quote_add"),
            section.pk,
            reverse("admin:speeches_speech_change", args=[section.speech_id]),
        )

    def save_model(self, request: HttpRequest, obj: Section, form: Any, change: bool) -> None:
        why = with_reason(f"{ADMIN_EDIT}：{obj}", request)
        editing.stamp(obj, request.user)
        editing.save_with_reason(obj, why, request.user)
        if TEXT_FIELDS & set(form.changed_data):
            for text in editing.sections_changed(obj.speech, [obj], request.user):
                self.message_user(
                    request,
                    f"引文“{text}”已不在本节的文字中，请修改或删除这条引文。",
                    messages.WARNING,
                )
        editing.record_speech_edit(obj.speech, request.user, why)

    def delete_model(self, request: HttpRequest, obj: Section) -> None:
        speech = obj.speech
        why = with_reason(ADMIN_EDIT, request)
        editing.ensure_snapshot(speech)
        editing.delete_section(obj, request.user, why)
        editing.renumber(speech, reason=why, user=request.user)
        editing.text_changed(speech)
        editing.record_speech_edit(speech, request.user, why)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for section in queryset.select_related("speech"):
            self.delete_model(request, section)

    def _check_loaded(self, request: HttpRequest, queryset: QuerySet) -> bool:
        """The one concurrency rule for actions: every speech touched is at the version the
        list showed. Says why not to the editor."""
        versions = loaded_versions(request)
        try:
            for speech_id in set(queryset.values_list("speech_id", flat=True)):
                editing.begin_edit(speech_id, versions.get(speech_id))
        except editing.EditConflict as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return False
        return True

    @admin.action(description="合并到上一节", permissions=["change", "delete"])
    def merge_into_previous(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = 0
        with transaction.atomic():
            if not self._check_loaded(request, queryset):
                return
            # From the end, so that merging neighbours one after another stays well defined.
            for section in list(queryset.order_by("speech_id", "-position")):
                try:
                    editing.merge_into_previous(
                        section, request.user, reason=request.POST.get("change_reason", "").strip()
                    )
                except editing.EditError as exc:
                    transaction.set_rollback(True)
                    self.message_user(request, str(exc), messages.ERROR)
                    return
                count += 1
        self.message_user(request, f"已合并 {count} 节。", messages.SUCCESS)

    @admin.action(description="拆分章节（在指定段之前）", permissions=["change"])
    def split_section(self, request: HttpRequest, queryset: QuerySet) -> None:
        if not request.user.has_perm("speeches.add_section"):
            raise PermissionDenied
        paragraph = request.POST.get("paragraph", "").strip()
        if queryset.count() != 1 or not paragraph.isdigit():
            self.message_user(
                request, "请只选择一节，并填写从第几段之前拆分（2 或以上）。", messages.ERROR
            )
            return
        with transaction.atomic():
            if not self._check_loaded(request, queryset):
                return
            try:
                new = editing.split_section(
                    queryset.get(),
                    int(paragraph),
                    request.user,
                    number=request.POST.get("number", ""),
                    heading=request.POST.get("heading", ""),
                    reason=request.POST.get("change_reason", "").strip(),
                )
            except editing.EditError as exc:
                transaction.set_rollback(True)
                self.message_user(request, str(exc), messages.ERROR)
                return
        self.message_user(
            request, f"已拆分，新章节为“{new}”（第 {new.position} 节）。", messages.SUCCESS
        )

    def split_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """Split one section: choose the paragraph, type (or keep the offered) number and heading."""
        section = self.get_object(request, unquote(object_id))
        if section is None:
            raise Http404("没有这一节。")
        if not (
            self.has_change_permission(request, section)
            and request.user.has_perm("speeches.add_section")
        ):
            raise PermissionDenied
        form = SplitForm(
            request.POST or None,
            section=section,
            initial={"speech_version": section.speech.version},
        )
        if request.method == "POST" and form.is_valid():
            try:
                with transaction.atomic():
                    new = editing.split_section(
                        section,
                        form.cleaned_data["paragraph"],
                        request.user,
                        number=form.cleaned_data["number"],
                        heading=form.cleaned_data["heading"],
                        expected=form.cleaned_data["speech_version"],
                        reason=form.cleaned_data["change_reason"],
                    )
            except (editing.EditConflict, editing.EditError) as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(request, f"已拆分，新章节为“{new}”。", messages.SUCCESS)
                return HttpResponseRedirect(
                    reverse("admin:speeches_speech_change", args=[section.speech_id])
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"拆分章节：{section}",
            "section": section,
            "form": form,
            "markers": [
                {"paragraph": n, "number": m[0], "heading": m[1]}
                for n, m in form.markers.items()
                if m[0]
            ],
        }
        return TemplateResponse(
            request,
            "admin/speeches/section/split.html",
            context,
            status=400 if form.errors else 200,
        )
