"""Forms and formsets of the editors' admin: the validation rules live here, the writes in
`speeches.editing`.

Every editor form carries the speech version the editor loaded (checked, with the speech row
locked, before anything is written) and an optional 修改原因 stored with the new version."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from . import editing
from .models import METADATA_FIELDS, Quote, Section, Speech

REASON_HELP = "可选：简要说明为什么修改，记入历史记录。"


def reason_field() -> forms.CharField:
    return forms.CharField(
        label="修改原因",
        required=False,
        max_length=200,
        help_text=REASON_HELP,
        widget=forms.TextInput(attrs={"size": 60}),
    )


def guard(form: forms.Form, speech_id: int | None, expected: Any) -> None:
    """The one concurrency rule: refuse the save when the speech moved past `expected`."""
    if speech_id is None:
        return
    try:
        editing.begin_edit(speech_id, expected)
    except editing.EditConflict as exc:
        raise ValidationError(str(exc), code="conflict") from exc


class SpeechAdminForm(forms.ModelForm):
    """Carries the version the editor opened, so a save over someone else's is refused."""

    change_reason = reason_field()

    class Meta:
        model = Speech
        fields = [*METADATA_FIELDS, "needs_review", "version"]
        widgets = {"version": forms.HiddenInput}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        guard(self, self.instance.pk, cleaned.get("version"))
        return cleaned


def one_newline(text: str) -> str:
    """A browser posts a text area's line breaks as CR LF: the archive's paragraphs are LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class SectionInlineForm(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["position", "number", "heading", "body", "level", "kind"]
        widgets = {
            "position": forms.NumberInput(attrs={"class": "vSmallField"}),
            "number": forms.TextInput(attrs={"size": 8}),
            "heading": forms.Textarea(attrs={"rows": 2, "class": "sa-wide"}),
            "body": forms.Textarea(attrs={"rows": 12, "class": "sa-wide sa-body"}),
            "level": forms.NumberInput(attrs={"class": "vSmallField"}),
        }

    def clean_heading(self) -> str:
        return one_newline(self.cleaned_data["heading"])

    def clean_body(self) -> str:
        return one_newline(self.cleaned_data["body"])

    def has_changed(self) -> bool:
        # A body posted with CR LF is the same text: not a change (no version, no history row).
        return bool(self.changed_data)

    @property
    def changed_data(self) -> list[str]:
        names = super().changed_data
        return [n for n in names if n not in ("heading", "body") or self._text_changed(n)]

    def _text_changed(self, name: str) -> bool:
        posted = self[name].data
        return one_newline(posted or "") != (self[name].initial or "")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("number", "").strip() and not cleaned.get("heading", "").strip():
            self.add_error("heading", "有序号的章节必须有标题。")
        return cleaned


class SectionFormSet(BaseInlineFormSet):
    """Positions must be unique; on save they are made contiguous again (1, 2, 3 …)."""

    def kept_forms(self) -> list[forms.Form]:
        return [
            f
            for f in self.forms
            if f.has_changed() or f.instance.pk is not None
            if not (self.can_delete and self._should_delete_form(f))
        ]

    def clean(self) -> None:
        # Before the formset's own uniqueness check, whose message names no section.
        if not any(self.errors):
            self.check_positions()
        super().clean()

    def check_positions(self) -> None:
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

    def save(self, commit: bool = True) -> list[Any]:
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
    change_reason = reason_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["speech_version"].initial = self.instance.speech.version

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        guard(self, self.instance.speech_id, cleaned.get("speech_version"))
        return cleaned


class QuoteInlineForm(forms.ModelForm):
    """A quote in its speech's page: who is quoted and what kind; the text on its own page."""

    class Meta:
        model = Quote
        fields = ["speaker", "kind"]
        widgets = {"speaker": forms.TextInput(attrs={"size": 14})}


class QuoteAdminForm(forms.ModelForm):
    """A quote on its own page: its section is fixed, its text must still occur in it."""

    speech_version = forms.IntegerField(widget=forms.HiddenInput)
    change_reason = reason_field()

    class Meta:
        model = Quote
        fields = ["text", "kind", "speaker", "source", "verb"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["speech_version"].initial = self.instance.speech.version

    def clean_text(self) -> str:
        text = one_newline(self.cleaned_data["text"])
        section = self.instance.section
        near = self.instance.position or 0
        if editing.quote_position(section.text, text, near=near) is None:
            raise ValidationError(f"引文内容必须出现在所属章节“{section}”的文字中。")
        return text

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        guard(self, self.instance.speech_id, cleaned.get("speech_version"))
        return cleaned


class QuoteAddForm(QuoteAdminForm):
    """A quote an editor adds by hand to one section (chosen by the link that opened the page,
    carried as a hidden field); its text must occur in that section's text."""

    section = forms.ModelChoiceField(queryset=Section.objects.all(), widget=forms.HiddenInput)

    class Meta(QuoteAdminForm.Meta):
        fields = ["section", "text", "kind", "speaker", "source", "verb"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.initial.setdefault("kind", Quote.Kind.QUOTATION)
        section = chosen_section(self.data.get("section") or self.initial.get("section"))
        if section is not None:
            # Known before validation: the text check and the version check need it.
            self.instance.section = section
            self.instance.speech = section.speech
            self.fields["speech_version"].initial = section.speech.version

    def clean_section(self) -> Section:
        section = self.cleaned_data["section"]
        if section.pk != self.instance.section_id:
            raise ValidationError("所属章节不正确，请从章节页面的“添加引文”链接重新打开。")
        return section


def chosen_section(value: Any) -> Section | None:
    """The section a quote is added to, from the `section` id posted or in the link."""
    if not str(value or "").isdigit():
        return None
    return Section.objects.select_related("speech").filter(pk=int(value)).first()


class SectionActionForm(ActionForm):
    """The changelist's action bar, with what the split action needs."""

    paragraph = forms.IntegerField(
        label="拆分于第几段之前", required=False, min_value=2, help_text="仅用于“拆分章节”。"
    )
    number = forms.CharField(label="新章节序号", required=False, max_length=20)
    heading = forms.CharField(label="新章节标题", required=False, max_length=200)
    change_reason = forms.CharField(label="修改原因", required=False, max_length=200)


class SpeechActionForm(ActionForm):
    change_reason = forms.CharField(label="修改原因", required=False, max_length=200)


class SplitForm(forms.Form):
    """Split a section on its own page: before which paragraph, and the new number and heading."""

    paragraph = forms.TypedChoiceField(label="从哪一段开始拆出新章节", coerce=int)
    number = forms.CharField(label="新章节序号", required=False, max_length=20)
    heading = forms.CharField(label="新章节标题", required=False, max_length=200)
    speech_version = forms.IntegerField(widget=forms.HiddenInput)
    change_reason = reason_field()

    def __init__(self, *args: Any, section: Section, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parts = editing.paragraphs(section)
        self.fields["paragraph"].choices = [
            (n, f"第 {n} 段：{text[:40]}") for n, text in enumerate(parts, start=1) if n >= 2
        ]
        self.fields["paragraph"].widget = forms.RadioSelect(
            choices=self.fields["paragraph"].choices
        )
        # What JS prefills when a paragraph is chosen: the label and heading it starts with.
        self.markers = {n: editing.paragraph_marker(t) for n, t in enumerate(parts, start=1)}


class RestoreForm(forms.Form):
    speech_version = forms.IntegerField(widget=forms.HiddenInput)
    change_reason = reason_field()
