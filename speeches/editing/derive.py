"""What hangs on a section's text or a speech's title, derived again after an editor's edit.

`sections_changed` is the one hook every edit of section text calls (change pages, inlines,
merge, split, revert): it re-runs the parser's quote and placeholder detection on the sections'
new text, keeps the quotes editors edited or added by hand, and refreshes the search index.
Anything else derived from section text (e.g. a reuse index) is refreshed from there too.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q

from .. import reuse, search
from ..models import Placeholder, Quote, Section, Speech
from ..parsing import ParsedSection, ParsedSpeech
from ..parsing.metadata import fill_metadata
from ..parsing.quotes import annotate
from .core import User, delete_with_reason, quote_position, save_with_reason

# History reasons of quotes an editor wrote (inline, quote page): such quotes are the editor's,
# and re-detection never overwrites them. The English one is what older versions wrote.
QUOTE_EDIT = "修改引文"
QUOTE_ADD = "添加引文"
LEGACY_QUOTE_EDIT = "admin edit"
REDETECTED = "重新识别引文"
# Metadata derived from the title (and subtitle): recomputed when the title changes.
TITLE_FIELDS = ("meeting", "organisation", "level", "year")


def hand_quote_ids(speech_id: int) -> set[int]:
    """The quotes of a speech an editor has edited or added by hand (one query)."""
    history = Quote.history.filter(speech_id=speech_id, history_type__in=["+", "~"])
    by_hand = (
        Q(history_change_reason__startswith=QUOTE_EDIT)
        | Q(history_change_reason__startswith=QUOTE_ADD)
        | Q(history_change_reason=LEGACY_QUOTE_EDIT)
    )
    return set(history.filter(by_hand).values_list("id", flat=True))


def redetect_quotes(section: Section, hand: set[int], user: User = None) -> list[str]:
    """Detect the quotes and placeholders of one section's text again; returns the texts of
    hand-made quotes no longer found in it (kept, for the editor to fix)."""
    parsed = ParsedSection(
        level=section.level, kind=section.kind, heading=section.heading, body=section.body
    )
    annotate(parsed)
    text = section.text
    existing = list(section.quotes.all())
    lost: list[str] = []
    kept_texts = set()
    for quote in existing:
        if quote.pk not in hand:
            continue
        kept_texts.add(quote.text)
        position = quote_position(text, quote.text, near=quote.position)
        if position is None:
            lost.append(quote.text)
        elif position != quote.position:
            quote.position = position
            save_with_reason(quote, f"{REDETECTED}：位置随正文移动", user)
    automatic: dict[str, list[Quote]] = {}
    for quote in existing:
        if quote.pk not in hand:
            automatic.setdefault(quote.text, []).append(quote)
    for found in parsed.quotes:
        if found.text in kept_texts:
            continue  # the editor's version of this quote stands
        candidates = automatic.get(found.text) or []
        quote = candidates.pop(0) if candidates else Quote(speech_id=section.speech_id)
        values = {
            "section": section,
            "position": found.position,
            "text": found.text,
            "kind": found.kind,
            "speaker": found.speaker,
            "source": found.source,
            "verb": found.verb,
        }
        if quote.pk is not None and all(
            getattr(quote, k) == v for k, v in values.items() if k != "section"
        ):
            continue
        for name, value in values.items():
            setattr(quote, name, value)
        save_with_reason(quote, REDETECTED, user)
    for leftovers in automatic.values():
        for quote in leftovers:
            delete_with_reason(quote, REDETECTED, user)
    if hasattr(section, "stage_directions"):  # stored once, rendered from the row
        section.stage_directions = [[d.position, d.text] for d in parsed.stage_directions]
        Section.objects.filter(pk=section.pk).update(stage_directions=section.stage_directions)
    section.placeholders.all().delete()
    Placeholder.objects.bulk_create(
        Placeholder(speech_id=section.speech_id, section=section, position=p.position, text=p.text)
        for p in parsed.placeholders
    )
    return lost


def sections_changed(speech: Speech, sections: Iterable[Section], user: User = None) -> list[str]:
    """THE hook after any edit that changed section text: re-detect the quotes and
    placeholders of `sections`, then refresh everything derived from the speech's text.

    Returns the texts of hand-made quotes no longer found in their section."""
    hand = hand_quote_ids(speech.pk)
    lost: list[str] = []
    for section in sections:
        lost += redetect_quotes(section, hand, user)
    text_changed(speech)
    return lost


def text_changed(speech: Speech) -> None:
    """Refresh the indexes built from a speech's text (title, sections, quotes, positions)."""
    search.reindex_speech(speech)
    # Other indexes built from section text are refreshed here as well.
    reuse.index_speech(speech)


def derived_metadata(title: str, subtitle: str) -> dict[str, object]:
    """The metadata the parser derives from a title and subtitle."""
    parsed = ParsedSpeech(title=title, subtitle=subtitle)
    fill_metadata(parsed, [], [])
    return {name: getattr(parsed, name) for name in TITLE_FIELDS}


def title_changed(
    speech: Speech, old_title: str, old_subtitle: str, set_by_editor: set[str]
) -> list[str]:
    """Recompute the title-derived metadata of `speech` after its title changed, except the
    fields the editor set: in this save (`set_by_editor`) or earlier (a value that differs from
    what the old title gives). Returns the fields changed; the caller saves the speech."""
    before = derived_metadata(old_title, old_subtitle)
    after = derived_metadata(speech.title, speech.subtitle)
    changed = []
    for name in TITLE_FIELDS:
        if name in set_by_editor or getattr(speech, name) != before[name]:
            continue
        if getattr(speech, name) != after[name]:
            setattr(speech, name, after[name])
            changed.append(name)
    return changed
