"""Helpers for the admin tests: editors, and the POST body of a speech's change form."""

from __future__ import annotations

from django.contrib.auth.models import Group, User

from speeches.models import Speech

from .factories import make_user

SPEECH_FIELDS = [
    "title",
    "subtitle",
    "meeting",
    "organisation",
    "level",
    "year",
    "speaker_name",
    "speaker_role",
    "genre",
    "salutation",
    "version",
]
SECTION_FIELDS = ["position", "number", "heading", "body", "level", "kind"]
QUOTE_FIELDS = ["speaker", "kind"]  # the inline's; text, source and verb are on the quote page


def make_editor(username: str = "editor") -> User:
    user = make_user(username, is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    return user


def change_url(speech: Speech) -> str:
    return f"/admin/speeches/speech/{speech.pk}/change/"


def change_form_data(speech: Speech, *, version: int | None = None) -> dict[str, str]:
    """What the change form posts when the editor changes nothing (edit the dict to change)."""
    data: dict[str, str] = {
        name: "" if getattr(speech, name) is None else str(getattr(speech, name))
        for name in SPEECH_FIELDS
    }
    data["date"] = speech.date.isoformat() if speech.date else ""
    if version is not None:
        data["version"] = str(version)
    if speech.needs_review:
        data["needs_review"] = "on"
    sections = list(speech.sections.order_by("position"))
    data |= management("sections", len(sections))
    for i, section in enumerate(sections):
        data[f"sections-{i}-id"] = str(section.pk)
        data[f"sections-{i}-speech"] = str(speech.pk)
        for name in SECTION_FIELDS:
            data[f"sections-{i}-{name}"] = str(getattr(section, name))
    # The inline lists quotations and documents; slogans are grouped apart, read-only.
    quotes = list(speech.quotes.exclude(kind="slogan").order_by("section__position", "position"))
    data |= management("quotes", len(quotes))
    for i, quote in enumerate(quotes):
        data[f"quotes-{i}-id"] = str(quote.pk)
        data[f"quotes-{i}-speech"] = str(speech.pk)
        for name in QUOTE_FIELDS:
            data[f"quotes-{i}-{name}"] = str(getattr(quote, name))
    return data


def loaded(*speeches: Speech) -> list[str]:
    """The hidden `loaded_version` inputs of a list page showing these speeches (or sections
    of them), as an action posts them."""
    return [f"{s.pk}:{Speech.objects.get(pk=s.pk).version}" for s in speeches]


def quote_form_data(quote, **changes: str) -> dict[str, str]:
    """What the quote's own page posts (its text, kind, speaker, source, verb, the version)."""
    data = {
        name: str(getattr(quote, name)) for name in ["text", "kind", "speaker", "source", "verb"]
    }
    data["speech_version"] = str(Speech.objects.get(pk=quote.speech_id).version)
    return data | changes


def management(prefix: str, initial: int, total: int | None = None) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(initial if total is None else total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def section_index(data: dict[str, str], anchor_position: int) -> int:
    """The inline form index of the section at `anchor_position` (forms follow positions)."""
    for key, value in data.items():
        if (
            key.startswith("sections-")
            and key.endswith("-position")
            and value == str(anchor_position)
        ):
            return int(key.split("-")[1])
    raise KeyError(anchor_position)
