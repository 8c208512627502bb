"""The speech's admin page: metadata, outline, sections and quotes inline, versions and restore."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from .. import duplicates, editing, search
from ..admin_forms import (
    QuoteInlineForm,
    RestoreForm,
    SectionFormSet,
    SectionInlineForm,
    SpeechActionForm,
    SpeechAdminForm,
)
from ..models import Quote, Section, Speech
from .common import (
    ADMIN_EDIT,
    TEXT_FIELDS,
    ChineseHistoryAdmin,
    DuplicateFilter,
    EditedFilter,
    loaded_versions,
    version_input,
    with_reason,
)


class SectionInline(admin.StackedInline):
    model = Section
    form = SectionInlineForm
    formset = SectionFormSet
    fields = [("position", "level", "kind", "number"), "heading", "body"]
    ordering = ["position"]
    extra = 0
    show_change_link = True
    classes = ["sa-sections"]


class QuoteInline(admin.TabularInline):
    """Quotations and documents, one narrow row each; slogans are grouped on the speech page."""

    model = Quote
    form = QuoteInlineForm
    fields = ["section_label", "text_link", "speaker", "kind"]
    readonly_fields = ["section_label", "text_link"]
    ordering = ["section__position", "position"]
    extra = 0
    can_add = False
    classes = ["sa-quotes"]
    verbose_name_plural = "引语与文件（提法见上方“提法”）"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # a quote's text is chosen in its section's text, on the quote page

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super().get_queryset(request).exclude(kind=Quote.Kind.SLOGAN).select_related("section")
        )

    @admin.display(description="所属章节")
    def section_label(self, quote: Quote) -> str:
        return str(quote.section)[:16]

    @admin.display(description="内容")
    def text_link(self, quote: Quote) -> str:
        text = quote.text if len(quote.text) <= 30 else quote.text[:30] + "…"
        return format_html(
            '<a href="{}" title="{}">{}</a>',
            reverse("admin:speeches_quote_change", args=[quote.pk]),
            quote.text[:300],
            text,
        )


@admin.register(Speech)
class SpeechAdmin(ChineseHistoryAdmin):
    form = SpeechAdminForm
    action_form = SpeechActionForm
    list_display = [
        "title",
        "needs_review",
        "warning_text",
        "meeting",
        "level",
        "year",
        "genre",
        "char_count",
        "edited_by",
        "edited_at",
        "loaded_version",
    ]
    list_filter = ["needs_review", DuplicateFilter, EditedFilter, "level", "genre", "year"]
    search_fields = ["title", "meeting", "organisation"]
    list_select_related = ["edited_by"]
    list_per_page = 50
    ordering = ["-needs_review", "-id"]
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
        "outline",
        "slogans",
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
                    "change_reason",
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
                ]
            },
        ),
        ("提纲", {"fields": ["outline"]}),
        ("提法", {"fields": ["slogans"]}),
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

    def get_urls(self) -> list[Any]:
        restore = self.admin_site.admin_view(self.restore_view)
        return [
            path(
                "<path:object_id>/restore/<int:version>/", restore, name="speeches_speech_restore"
            ),
            *super().get_urls(),
        ]

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        speech = self.get_object(request, unquote(object_id))
        if speech is None:
            raise Http404("没有这篇讲话稿。")
        if not self.has_view_or_change_permission(request, speech):
            raise PermissionDenied
        editing.ensure_snapshot(speech)  # what the importer left becomes restorable
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": speech,
            "title": f"修改历史：{speech}",
            "versions": editing.speech_versions(speech),
            "part_history": editing.part_history(speech.pk),
            "can_restore": self.has_change_permission(request, speech),
            "restore_form": RestoreForm(initial={"speech_version": speech.version}),
        }
        return TemplateResponse(request, "admin/speeches/speech/object_history.html", context)

    def restore_view(self, request: HttpRequest, object_id: str, version: int) -> HttpResponse:
        speech = self.get_object(request, unquote(object_id))
        if speech is None or not speech.snapshots.filter(version=version).exists():
            raise Http404("没有这个版本。")
        if request.method != "POST" or not self.has_change_permission(request, speech):
            raise PermissionDenied
        history = reverse("admin:speeches_speech_history", args=[speech.pk])
        form = RestoreForm(request.POST)
        if not form.is_valid():
            self.message_user(request, "恢复失败：表单不完整，请刷新页面后重试。", messages.ERROR)
            return HttpResponseRedirect(history)
        try:
            editing.restore(
                speech,
                version,
                expected=form.cleaned_data["speech_version"],
                user=request.user,
                reason=form.cleaned_data["change_reason"],
            )
        except editing.EditConflict as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return HttpResponseRedirect(history)
        self.message_user(
            request, f"已将讲话稿恢复到版本 {version}，并记为新版本。", messages.SUCCESS
        )
        return HttpResponseRedirect(reverse("admin:speeches_speech_change", args=[speech.pk]))

    @admin.display(description="版本")
    def loaded_version(self, speech: Speech) -> str:
        return version_input(speech.pk, speech.version)

    @admin.display(description="解析提示")
    def warning_text(self, speech: Speech) -> str:
        return "；".join(w.get("message") or w.get("code", "") for w in speech.warnings) or "—"

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

    @admin.display(description="提纲（点击进入章节页，可在那里拆分或添加引文）")
    def outline(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        rows = speech.sections.order_by("position").only(
            "pk", "speech_id", "level", "number", "heading", "body", "kind"
        )
        items = format_html_join(
            "",
            '<li class="sa-level-{}"><a href="{}">{}</a></li>',
            (
                (
                    min(s.level, 4),
                    reverse("admin:speeches_section_change", args=[s.pk]),
                    (f"{s.number}{s.heading}" or s.body[:24] or s.get_kind_display())[:60],
                )
                for s in rows
            ),
        )
        merge = reverse("admin:speeches_section_changelist") + f"?speech__id__exact={speech.pk}"
        return format_html(
            '<ol class="sa-outline">{}</ol><p><a href="{}">在章节列表中合并章节</a></p>',
            items,
            merge,
        )

    @admin.display(description="提法（按内容归并）")
    def slogans(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        groups = (
            speech.quotes.filter(kind=Quote.Kind.SLOGAN)
            .values("text")
            .annotate(n=Count("pk"))
            .order_by("-n", "text")
        )
        base = reverse("admin:speeches_quote_changelist")
        return (
            format_html_join(
                "",
                '<a class="sa-slogan" href="{}?speech__id__exact={}&amp;q={}">“{}”×{}</a>',
                ((base, speech.pk, g["text"][:100], g["text"][:30], g["n"]) for g in groups),
            )
            or "—"
        )

    @admin.action(description="标记为已复核", permissions=["change"])
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet) -> None:
        versions = loaded_versions(request)
        try:
            count = editing.mark_reviewed(
                queryset.filter(needs_review=True), request.user, expected=versions
            )
        except editing.EditConflict as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"已将 {count} 篇讲话稿标记为已复核。", messages.SUCCESS)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # speeches come from the importer, which owns their content key

    def save_model(self, request: HttpRequest, obj: Speech, form: Any, change: bool) -> None:
        # Saved in save_related, once the inlines are: one history row, one version step,
        # only when something changed. (Speeches are never added here.)
        pass

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        why = with_reason(ADMIN_EDIT, request)
        quote_why = with_reason(editing.QUOTE_EDIT, request)
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            if isinstance(obj, Section):
                editing.delete_section(obj, request.user, why)
            else:
                editing.delete_with_reason(obj, quote_why, request.user)
                if Section.objects.filter(pk=obj.section_id).exists():
                    editing.stamp_quote_section(obj, request.user, quote_why)
        for obj in instances:
            if isinstance(obj, Section):
                editing.stamp(obj, request.user)
                if not obj.anchor:
                    obj.anchor = editing.new_anchor(form.instance)
                editing.save_with_reason(obj, why, request.user)
            else:
                editing.save_with_reason(obj, quote_why, request.user)
                editing.stamp_quote_section(obj, request.user, quote_why)
        formset.save_m2m()

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        speech = form.instance
        changed_meta = set(form.changed_data) - {"change_reason"}
        if not change or not (changed_meta or any(fs.has_changed() for fs in formsets)):
            return  # nothing changed: no version, no history row, no reindexing
        reindex = bool(changed_meta & {"title", "subtitle"})
        if changed_meta & {"title", "subtitle"}:
            editing.title_changed(
                speech,
                form.initial.get("title", ""),
                form.initial.get("subtitle", ""),
                changed_meta,
            )
        texts: list[Section] = []
        for fs in formsets:
            if not isinstance(fs, SectionFormSet) or not fs.has_changed():
                continue
            editing.renumber(speech, reason=with_reason(ADMIN_EDIT, request), user=request.user)
            texts += fs.new_objects + [s for s, f in fs.changed_objects if TEXT_FIELDS & set(f)]
            reindex = True  # positions, additions or deletions change the index rows
        if texts:
            for text in editing.sections_changed(speech, texts, request.user):
                self.message_user(
                    request,
                    f"引文“{text}”已不在所属章节的文字中，请修改或删除这条引文。",
                    messages.WARNING,
                )
        elif reindex:
            editing.text_changed(speech)
        editing.record_speech_edit(speech, request.user, with_reason(ADMIN_EDIT, request))

    def delete_model(self, request: HttpRequest, obj: Speech) -> None:
        search.unindex_speech(obj.pk)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for pk in queryset.values_list("pk", flat=True):
            search.unindex_speech(pk)
        super().delete_queryset(request, queryset)
