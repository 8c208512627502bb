"""The editors' admin (Chinese, for the 编辑 group). Declarative: validation lives in
`admin_forms`, multi-row writes in `editing`; every save leaves history and the search index
current in the same transaction."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from . import duplicates, editing
from .admin_forms import (
    QuoteAdminForm,
    QuoteInlineForm,
    SectionActionForm,
    SectionAdminForm,
    SectionFormSet,
    SectionInlineForm,
    SpeechAdminForm,
)
from .api import admin as api_admin  # noqa: F401  (registers the API tokens' admin)
from .models import Quote, Section, Speech

admin.site.site_header = "讲话稿档案库 · 编辑后台"
admin.site.site_title = "讲话稿档案库"
admin.site.index_title = "编辑"

ADMIN_EDIT = "admin edit"


def is_revert(request) -> bool:
    """Whether this request is simple-history's revert-to-version view."""
    match = request.resolver_match
    return bool(match and match.url_name and match.url_name.endswith("_simple_history"))


class EditedFilter(admin.SimpleListFilter):
    title = "是否经编辑修改"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("yes", "已修改"), ("no", "未修改")]

    def queryset(self, request, queryset):
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

    def lookups(self, request, model_admin):
        return [("yes", "是"), ("no", "否")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(duplicate_of__isnull=False)
        if self.value() == "no":
            return queryset.filter(duplicate_of__isnull=True)
        return queryset


class SectionInline(admin.StackedInline):
    model = Section
    form = SectionInlineForm
    formset = SectionFormSet
    fields = ["position", "number", "heading", "body", "level", "kind"]
    ordering = ["position"]
    extra = 0
    show_change_link = True


class QuoteInline(admin.TabularInline):
    model = Quote
    form = QuoteInlineForm
    fields = ["section", "text", "kind", "speaker", "source", "verb"]
    ordering = ["section__position", "position"]
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "section":
            # Only this speech's sections, and their choices built once: every inline form
            # gets a deep copy of this field, which would otherwise query again per quote.
            speech_id = request.resolver_match.kwargs.get("object_id")
            field.queryset = Section.objects.filter(speech_id=speech_id).order_by("position")
            field.choices = list(field.choices)
        return field

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("section")


@admin.register(Speech)
class SpeechAdmin(SimpleHistoryAdmin):
    form = SpeechAdminForm
    list_display = [
        "title",
        "meeting",
        "level",
        "year",
        "genre",
        "char_count",
        "warning_count",
        "needs_review",
        "edited_by",
        "edited_at",
    ]
    list_filter = ["needs_review", DuplicateFilter, EditedFilter, "level", "genre", "year"]
    search_fields = ["title", "meeting", "organisation"]
    list_select_related = ["edited_by"]
    list_per_page = 50
    readonly_fields = [
        "source_name",
        "source_index",
        "source_sha256",
        "source_encoding",
        "raw_text",
        "char_count",
        "warning_list",
        "duplicate_of_link",
        "possible_duplicate_links",
        "section_tools",
        "edited_by",
        "edited_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "subtitle",
                    "meeting",
                    "organisation",
                    ("level", "year", "date"),
                    ("speaker_name", "speaker_role"),
                    ("genre", "salutation"),
                    "version",
                ]
            },
        ),
        (
            "复核",
            {
                "fields": [
                    "needs_review",
                    "warning_list",
                    ("duplicate_of_link", "possible_duplicate_links"),
                    ("edited_by", "edited_at"),
                    "section_tools",
                ]
            },
        ),
        (
            "来源（只读）",
            {
                "classes": ["collapse"],
                "fields": [
                    ("source_name", "source_index"),
                    ("source_encoding", "char_count"),
                    "source_sha256",
                    ("created_at", "updated_at"),
                    "raw_text",
                ],
            },
        ),
    ]
    inlines = [SectionInline, QuoteInline]
    actions = ["mark_reviewed"]
    history_list_display = ["version"]
    object_history_template = "admin/speeches/speech/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "part_history": editing.part_history(object_id)}
        return super().history_view(request, object_id, extra_context)

    @admin.display(description="提示数")
    def warning_count(self, speech: Speech) -> int:
        return len(speech.warnings or [])

    @admin.display(description="解析提示")
    def warning_list(self, speech: Speech) -> str:
        return "\n".join(w.get("message") or w.get("code", "") for w in speech.warnings) or "—"

    @admin.display(description="疑似重复于")
    def duplicate_of_link(self, speech: Speech) -> str:
        other = speech.duplicate_of
        if other is None:
            return "—"
        found = duplicates.finding(speech)
        return format_html(
            '<a href="{}">《{}》（#{}）</a>{}',
            reverse("admin:speeches_speech_change", args=[other.pk]),
            other.title,
            other.pk,
            f"，正文相似度 {found['similarity']}%" if found else "",
        )

    @admin.display(description="疑似重复稿")
    def possible_duplicate_links(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        copies = speech.possible_duplicates.order_by("pk").only("pk", "title")
        return (
            format_html_join(
                "、",
                '<a href="{}">《{}》（#{}）</a>',
                (
                    (reverse("admin:speeches_speech_change", args=[c.pk]), c.title, c.pk)
                    for c in copies
                ),
            )
            or "—"
        )

    @admin.display(description="合并与拆分")
    def section_tools(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        url = reverse("admin:speeches_section_changelist") + f"?speech__id__exact={speech.pk}"
        return format_html(
            '<a href="{}">在章节列表中合并或拆分本篇的章节</a>'
            "（选中章节，选择“合并到上一节”或“拆分章节”）",
            url,
        )

    @admin.action(description="标记为已复核", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = editing.mark_reviewed(queryset.filter(needs_review=True), request.user)
        for speech in queryset:
            editing.reindex(speech)
        self.message_user(request, f"已将 {count} 篇讲话稿标记为已复核。", messages.SUCCESS)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if is_revert(request):
            form = type(form.__name__, (form,), {"is_revert": True})
        return form

    def has_add_permission(self, request):
        return False  # speeches come from the importer, which owns their content key

    def save_model(self, request, obj, form, change):
        if is_revert(request):
            # simple-history's revert view is not atomic, and saves no inlines.
            with transaction.atomic():
                editing.prepare_revert(obj)
                editing.record_speech_edit(obj, request.user, "revert to an earlier version")
                editing.reindex(obj)
        # An ordinary change is saved in save_related, once the inlines are: one history row,
        # one version step, only when something changed. (Speeches are never added here.)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            if isinstance(obj, Section):
                editing.delete_section(obj, request.user, ADMIN_EDIT)
            else:
                obj._change_reason = ADMIN_EDIT
                obj.delete()
                if Section.objects.filter(pk=obj.section_id).exists():
                    editing.stamp_quote_section(obj, request.user, ADMIN_EDIT)
        for obj in instances:
            if isinstance(obj, Section):
                editing.stamp(obj, request.user)
                if not obj.anchor:
                    obj.anchor = editing.new_anchor(form.instance)
            obj._change_reason = ADMIN_EDIT
            obj.save()
            if isinstance(obj, Quote):
                editing.stamp_quote_section(obj, request.user, ADMIN_EDIT)
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        speech = form.instance
        if change and (form.has_changed() or any(fs.has_changed() for fs in formsets)):
            if any(isinstance(fs, SectionFormSet) and fs.has_changed() for fs in formsets):
                editing.renumber(speech, reason=ADMIN_EDIT, user=request.user)
                for text in editing.realign_quotes(speech, request.user):
                    self.message_user(
                        request,
                        f"引文“{text}”已不在所属章节的文字中，请修改或删除这条引文。",
                        messages.WARNING,
                    )
            editing.record_speech_edit(speech, request.user, ADMIN_EDIT)
        editing.reindex(speech)

    def delete_model(self, request, obj):
        editing.unindex(obj.pk)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for pk in queryset.values_list("pk", flat=True):
            editing.unindex(pk)
        super().delete_queryset(request, queryset)


@admin.register(Section)
class SectionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "speech", "position", "kind", "level", "edited_by", "edited_at"]
    list_display_links = ["__str__"]
    list_filter = ["kind", "level"]
    list_select_related = ["speech", "edited_by"]
    search_fields = ["heading", "speech__title"]
    fields = [
        "speech",
        "anchor",
        "position",
        "number",
        "heading",
        "body",
        "level",
        "kind",
        "speech_version",
    ]
    readonly_fields = ["speech", "anchor", "position"]
    ordering = ["speech", "position"]
    action_form = SectionActionForm
    actions = ["merge_into_previous", "split_section"]
    history_list_display = ["position"]

    def has_add_permission(self, request):
        return False  # sections are added on their speech's page, where positions are kept

    def lookup_allowed(self, lookup, value, request=None):
        # The speech page links to its sections here; a list filter would list every speech.
        return lookup == "speech__id__exact" or super().lookup_allowed(lookup, value, request)

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = SectionAdminForm
        form = super().get_form(request, obj, change=change, **kwargs)
        if is_revert(request):
            form = type(form.__name__, (form,), {"is_revert": True})
        return form

    @transaction.atomic
    def save_model(self, request, obj, form, change):
        editing.stamp(obj, request.user)
        obj._change_reason = "revert to an earlier version" if is_revert(request) else ADMIN_EDIT
        super().save_model(request, obj, form, change)
        editing.realign_quotes(obj.speech, request.user)
        editing.record_speech_edit(obj.speech, request.user, f"{ADMIN_EDIT}: {obj.anchor}")
        editing.reindex(obj.speech)

    def delete_model(self, request, obj):
        speech = obj.speech
        editing.delete_section(obj, request.user, ADMIN_EDIT)
        editing.renumber(speech, reason=ADMIN_EDIT, user=request.user)
        editing.record_speech_edit(speech, request.user, ADMIN_EDIT)
        editing.reindex(speech)

    def delete_queryset(self, request, queryset):
        for section in queryset.select_related("speech"):
            self.delete_model(request, section)

    @admin.action(description="合并到上一节", permissions=["change", "delete"])
    def merge_into_previous(self, request, queryset):
        # From the end, so that merging neighbours one after another stays well defined.
        for section in queryset.order_by("speech_id", "-position"):
            try:
                editing.merge_into_previous(section, request.user)
            except editing.EditError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return
        self.message_user(request, f"已合并 {queryset.count()} 节。", messages.SUCCESS)

    @admin.action(description="拆分章节（在指定段之前）", permissions=["change"])
    def split_section(self, request, queryset):
        if not request.user.has_perm("speeches.add_section"):
            raise PermissionDenied
        paragraph = request.POST.get("paragraph", "").strip()
        if queryset.count() != 1 or not paragraph.isdigit():
            self.message_user(
                request, "请只选择一节，并填写从第几段之前拆分（2 或以上）。", messages.ERROR
            )
            return
        try:
            new = editing.split_section(queryset.get(), int(paragraph), request.user)
        except editing.EditError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(
            request, f"已拆分，新章节为第 {new.position} 节，请为它填写标题。", messages.SUCCESS
        )


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "speaker", "verb", "source", "speech"]
    list_filter = ["kind"]
    list_select_related = ["speech"]
    search_fields = ["text", "speaker", "source"]
    fields = ["speech", "section", "text", "kind", "speaker", "source", "verb"]
    readonly_fields = ["speech", "section"]
    form = QuoteAdminForm

    def has_add_permission(self, request):
        return False  # quotes are added on their speech's page, where the section is chosen

    @transaction.atomic
    def save_model(self, request, obj, form, change):
        position = editing.quote_position(obj.section.text, obj.text, near=obj.position)
        if position is not None:
            obj.position = position
        obj._change_reason = "revert to an earlier version" if is_revert(request) else ADMIN_EDIT
        super().save_model(request, obj, form, change)
        editing.stamp_quote_section(obj, request.user, obj._change_reason)
        editing.reindex(obj.speech)

    def delete_model(self, request, obj):
        speech = obj.speech
        obj._change_reason = ADMIN_EDIT
        super().delete_model(request, obj)
        editing.reindex(speech)
