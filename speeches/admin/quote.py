"""A quote's own page: its text, kind and attribution, under the speech's version check."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from .. import editing
from ..admin_forms import QuoteAddForm, QuoteAdminForm, chosen_section
from ..models import Quote
from .common import VersionCheckedDelete, section_link, speech_link, with_reason


@admin.register(Quote)
class QuoteAdmin(VersionCheckedDelete):
    list_display = ["__str__", "kind", "speaker", "verb", "source", speech_link]
    list_filter = ["kind"]
    list_select_related = ["speech"]
    search_fields = ["text", "speaker", "source"]
    fields = [
        speech_link,
        section_link,
        "text",
        "kind",
        "speaker",
        "source",
        "verb",
        "speech_version",
        "change_reason",
    ]
    readonly_fields = [speech_link, section_link]
    form = QuoteAdminForm

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        return lookup == "speech__id__exact" or super().lookup_allowed(lookup, value, request)

    def get_fields(self, request: HttpRequest, obj: Quote | None = None) -> list[Any]:
        if obj is None:  # added by hand to the section chosen by the link (a hidden field)
            return [speech_link, section_link, "section", *self.fields[2:]]
        return list(self.fields)

    def get_form(
        self, request: HttpRequest, obj: Quote | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is None:
            kwargs["form"] = QuoteAddForm
        return super().get_form(request, obj, change, **kwargs)

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """Quotes are added from a section's page ("添加引文"), which names the section."""
        section = chosen_section(request.POST.get("section") or request.GET.get("section"))
        if section is None:
            self.message_user(
                request, "请在章节页面点击“添加引文”，为该节添加引文。", messages.ERROR
            )
            return HttpResponseRedirect(reverse("admin:speeches_section_changelist"))
        context = {
            "title": f"为“{section}”添加引文",
            "show_save_and_add_another": False,
            **(extra_context or {}),
        }
        return super().add_view(request, form_url, context)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        # No add button here: a quote is added from its section's page.
        return super().changelist_view(
            request, {"has_add_permission": False, **(extra_context or {})}
        )

    def get_model_perms(self, request: HttpRequest) -> dict[str, bool]:
        # Nor in the index and sidebar: the add page needs the section.
        return {**super().get_model_perms(request), "add": False}

    def response_post_save_add(self, request: HttpRequest, obj: Quote) -> HttpResponse:
        return HttpResponseRedirect(reverse("admin:speeches_section_change", args=[obj.section_id]))

    def save_model(self, request: HttpRequest, obj: Quote, form: Any, change: bool) -> None:
        position = editing.quote_position(obj.section.text, obj.text, near=obj.position or 0)
        if position is not None:
            obj.position = position
        why = with_reason(editing.QUOTE_EDIT if change else editing.QUOTE_ADD, request)
        editing.save_with_reason(obj, why, request.user)
        editing.stamp_quote_section(obj, request.user, why)
        if not change or "text" in form.changed_data:
            editing.text_changed(obj.speech)
        editing.record_speech_edit(obj.speech, request.user, why)

    def delete_model(self, request: HttpRequest, obj: Quote) -> None:
        speech = obj.speech
        why = with_reason(editing.QUOTE_EDIT, request)
        editing.ensure_snapshot(speech)
        editing.delete_with_reason(obj, why, request.user)
        editing.text_changed(speech)
        editing.record_speech_edit(speech, request.user, why)
