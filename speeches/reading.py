"""The speech page's reads: one speech with its sections, their quotes and placeholders, in four
queries compiled once (speeches/prepared.py).

`Speech.objects.with_outline().with_duplicates()` reads the same rows, but the ORM's work around
them (compiling the annotated query and the three prefetches, and a filtered queryset built for
every section it fills) cost several times what the database takes to answer, on every first
view of a speech page. Here the rows are grouped in Python and each relation's prefetch cache
holds a plain list: `speech.sections.all()` and `section.quotes.all()` read it as they read a
prefetch; a query made from it (`.filter()`, `.delete()`) fails at once instead of running.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Exists, OuterRef
from django.http import Http404

from .models import Placeholder, Quote, Section, Speech
from .prepared import PreparedQuery

SPEECH = PreparedQuery(
    Speech,
    lambda pk: Speech.objects.annotate(
        has_copies=Exists(Speech.objects.filter(duplicate_of=OuterRef("pk")))
    ).filter(pk=pk),
    pk=int,
)
SECTIONS = PreparedQuery(
    Section, lambda pk: Section.objects.filter(speech_id=pk).order_by("position"), pk=int
)
QUOTES = PreparedQuery(
    Quote, lambda pk: Quote.objects.filter(speech_id=pk).order_by("section_id", "position"), pk=int
)
PLACEHOLDERS = PreparedQuery(
    Placeholder,
    lambda pk: Placeholder.objects.filter(speech_id=pk).order_by("section_id", "position"),
    pk=int,
)


def speech_with_outline(pk: int) -> Speech:
    """The speech (Http404 if there is none) with `has_copies`, its `duplicate_of` without its
    text, and its sections in document order, each with its quotes and placeholders."""
    # An id beyond the column's range (BigAutoField) is no speech, as the ORM would find.
    speech = next(iter(SPEECH.raw(pk=pk)), None) if 0 < pk < 2**63 else None
    if speech is None:
        raise Http404("没有这篇讲话稿。")
    speech.has_copies = bool(speech.has_copies)  # 0/1 on SQLite
    if speech.duplicate_of_id is not None:  # rare: the speech it may copy, titles and flags
        speech.duplicate_of = (
            Speech.objects.defer("raw_text", "warnings").filter(pk=speech.duplicate_of_id).first()
        )
    quotes: dict[int, list[Quote]] = defaultdict(list)
    for quote in QUOTES.raw(pk=pk):
        quotes[quote.section_id].append(quote)
    placeholders: dict[int, list[Placeholder]] = defaultdict(list)
    for slot in PLACEHOLDERS.raw(pk=pk):
        placeholders[slot.section_id].append(slot)
    sections = list(SECTIONS.raw(pk=pk))
    for section in sections:
        section.speech = speech
        section._prefetched_objects_cache = {
            "quotes": quotes.get(section.pk, []),
            "placeholders": placeholders.get(section.pk, []),
        }
    speech._prefetched_objects_cache = {"sections": sections}
    return speech
