"""Forms and formsets of the editors' admin: the validation rules live here, the writes in
`speeches.editing`."""

from __future__ import annotations

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from . import editing
from .models import Quote, Section, Speech


class SpeechAdminForm(forms.ModelForm):
    """Carries the version the editor opened, so a save over someone else's is refused."""

    # Set by the admin on the form class it builds for a history revert: the revert restores
    # an old version number on purpose, and moves past the current one in `prepare_revert`.
    is_revert = False

    class Meta:
        model = Speech
        fields = [
            "title",
            "subtitle",
            "meeting",
            "organisation",
            "level",
            "year",
            "date",
            "speaker_name",
            "speaker_role",
            "genre",
            "salutation",
            "needs_review",
            "version",
        ]
        widgets = {"version": forms.HiddenInput}

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None and not self.is_revert:
            try:
                editing.check_version(self.instance.pk, cleaned.get("version"))
            except editing.EditConflict as exc:
                raise ValidationError(str(exc), code="conflict") from exc
        return cleaned


class SectionInlineForm(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["position", "number", "heading", "body", "level", "kind"]
        widgets = {
            "heading": forms.TextInput(attrs={"size": 80}),
            "body": forms.Textarea(attrs={"rows": 6, "cols": 80}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("number", "").strip() and not cleaned.get("heading", "").strip():
            self.add_error("heading", "有序号的章节必须有标题。")
        return cleaned


class SectionFormSet(BaseInlineFormSet):
    """Positions must be unique; on save they are made contiguous again (1, 2, 3 …)."""

    def kept_forms(self):
        return [
            f
            for f in self.forms
            if f.has_changed() or f.instance.pk is not None
            if not (self.can_delete and self._should_delete_form(f))
        ]

    def clean(self):
        # Before the formset's own uniqueness check, whose message names no section.
        if not any(self.errors):
            self.check_positions()
        super().clean()

    def check_positions(self):
        seen: dict[int, str] = {}
        for form in self.kept_forms():
            position = form.cleaned_data.get("position")
            if position is None:
                continue
            if position in seen:
                raise ValidationError(
                    f"顺序 {position} 重复：“{seen[position]}”与“{form.instance}”。"
                    "请为每一节填写不同的顺序号。",
                    code="duplicate_position",
                )
            seen[position] = str(form.instance)

    def save(self, commit=True):
        # Park the rows whose position changes: (speech, position) is unique in the database,
        # so swapping two sections one save at a time would collide.
        for form in self.initial_forms:
            if "position" in form.changed_data and form.instance.pk is not None:
                Section.objects.filter(pk=form.instance.pk).update(
                    position=form.instance.position + editing.PARKING
                )
        return super().save(commit)


class SectionAdminForm(SectionInlineForm):
    """A section on its own page, guarded by its speech's version like the speech page."""

    speech_version = forms.IntegerField(widget=forms.HiddenInput)
    is_revert = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["speech_version"].initial = self.instance.speech.version
        if self.is_revert:
            self.fields["speech_version"].required = False

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None and not self.is_revert:
            try:
                editing.check_version(self.instance.speech_id, cleaned.get("speech_version"))
            except editing.EditConflict as exc:
                raise ValidationError(str(exc), code="conflict") from exc
        return cleaned


class QuoteInlineForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = ["section", "text", "kind", "speaker", "source", "verb"]
        labels = {"section": "所属章节"}
        widgets = {"text": forms.Textarea(attrs={"rows": 2, "cols": 40})}

    def clean(self):
        cleaned = super().clean()
        section, text = cleaned.get("section"), cleaned.get("text")
        if section is None or not text:
            return cleaned
        position = editing.quote_position(section.text, text, near=self.instance.position or 0)
        if position is None:
            self.add_error("text", f"引文内容必须出现在所属章节“{section}”的文字中。")
        else:
            self.instance.position = position
        return cleaned


class QuoteAdminForm(forms.ModelForm):
    """A quote on its own page: its section is fixed, its text must still occur in it."""

    class Meta:
        model = Quote
        fields = ["text", "kind", "speaker", "source", "verb"]

    def clean_text(self):
        text = self.cleaned_data["text"]
        section = self.instance.section
        if editing.quote_position(section.text, text, near=self.instance.position) is None:
            raise ValidationError(f"引文内容必须出现在所属章节“{section}”的文字中。")
        return text


class SectionActionForm(ActionForm):
    """The changelist's action bar, with the paragraph number the split action needs."""

    paragraph = forms.IntegerField(
        label="拆分于第几段之前", required=False, min_value=2, help_text="仅用于“拆分章节”。"
    )
