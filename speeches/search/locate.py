"""Where a query's terms are in one speech: the detail page's hit bar (上一处/下一处).

Its passage count is the results page's figure for the speech (results.py, "段"): both count
the index rows the same way, from the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import MAX_CHUNK, OVERLAP
from .models import SearchDocument
from .parse import SECTION, ParsedQuery
from .results import Reader
from .snippets import hit_spans


@dataclass
class PassageHits:
    section_id: int | None  # None: the title
    anchor: str
    occurrences: int


@dataclass
class SpeechHitMap:
    needles: list[str]
    matches: bool  # the speech matches the query under its scope
    passages: list[PassageHits] = field(default_factory=list)  # in reading order

    @property
    def passage_count(self) -> int:
        return len(self.passages)

    @property
    def occurrence_count(self) -> int:
        return sum(p.occurrences for p in self.passages)


def locate_hits(parsed: ParsedQuery, speech_id: int) -> SpeechHitMap | None:
    """The speech's matching passages (as the results page counts them) and the occurrences of
    the terms in each (hits of different terms that overlap count once, as they are marked);
    None when the query has no term. One query: the speech's index rows."""
    if not parsed.is_searchable:
        return None
    reader = Reader(parsed)
    rows = (
        SearchDocument.objects.filter(speech_id=speech_id)
        .order_by("position", "id")
        .values_list("id", "section_id", "position", "text", "section__anchor")
    )
    held: set[int] = set()
    excluded = False
    passages: dict[int, PassageHits] = {}
    for doc_id, section_id, position, text, anchor in rows:
        folded = reader.folded(text)
        terms = reader.terms(folded)
        has_excluded = any(x in folded for x in reader.excludes)
        excluded = excluded or has_excluded
        if not terms or (
            parsed.scope == SECTION and (len(terms) < len(reader.needles) or has_excluded)
        ):
            continue
        held |= terms
        spans = hit_spans(folded, reader.needles)
        if doc_id & MAX_CHUNK:  # a later chunk of a long section: its overlap was counted before
            spans = [s for s in spans if s[1] > OVERLAP]
        entry = passages.setdefault(position, PassageHits(section_id, anchor or "", 0))
        entry.occurrences += len(spans)
    if parsed.scope == SECTION:
        matches = bool(passages)
    else:
        matches = len(held) == len(reader.needles) and not excluded
    return SpeechHitMap(reader.needles, matches, list(passages.values()))
