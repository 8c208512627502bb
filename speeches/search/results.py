"""What a search returns: counts, speeches with their matching passages and snippets.

A *passage* is the title or one section (heading + body + its quotes): one index row, or the
chunks of a very long section. Counts (docs/search.md, "Counts"): 篇 are matching speeches; 段
are their matching passages — under the speech scope the passages holding at least one term,
under 同段 those holding every term and no excluded one. The detail page counts a speech's
段 the same way (`locate.locate_hits`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from html import escape  # as django.utils.html.escape, without its lazy-string wrapper (hot)

from django.utils.safestring import SafeString, mark_safe

from .fold import fold, variants_pattern
from .parse import SECTION, ParsedQuery
from .snippets import Excerpt, excerpt, hit_spans

COUNT_CAP = 1000  # totals above this are shown as "1000+"
SNIPPETS_PER_SPEECH = 3  # passages shown per speech (more when needed to show every term)
EXACT, ESTIMATE, CAPPED = "exact", "estimate", "capped"


@dataclass(frozen=True)
class Count:
    """A total as the page shows it: `45` exact, `约 450` estimated, `1000+` above COUNT_CAP."""

    value: int
    kind: str = EXACT

    @classmethod
    def of(cls, value: int, *, estimated: bool = False) -> Count:
        if value > COUNT_CAP:
            return cls(value, CAPPED)
        return cls(value, ESTIMATE if estimated and value else EXACT)

    @property
    def display(self) -> str:
        if self.kind == CAPPED:
            return f"{COUNT_CAP}+"
        return f"约 {self.value}" if self.kind == ESTIMATE else str(self.value)

    def __str__(self) -> str:
        return self.display


@dataclass
class Passage:
    """A matching passage read for the page (one index row)."""

    doc_id: int
    section_id: int | None  # None: the title
    anchor: str
    number: str
    position: int
    text: str
    heading_length: int
    terms: frozenset[int]  # indices of the query's terms it holds
    hits: int
    heading_hit: bool
    snippet: str = ""  # HTML of the first snippet (kept for the old template)

    @property
    def score(self) -> int:
        """Which of a speech's passages are shown first: heading hits, then occurrences."""
        return 20 * self.heading_hit + min(self.hits, 10)

    @property
    def heading(self) -> str:
        return self.text[: self.heading_length]

    @property
    def body(self) -> str:
        return self.text[self.heading_length :].lstrip("\n")


@dataclass
class Snippet:
    """One excerpt of a passage: its section's number and heading as a label, plain text with
    highlight spans (`html` renders it escaped, with <mark>s and ellipses)."""

    section_id: int | None
    anchor: str
    number: str
    heading: str
    heading_spans: list[tuple[int, int]]
    text: str
    spans: list[tuple[int, int]]
    before: bool
    after: bool
    terms: list[str]
    position: int = 0

    @property
    def html(self) -> SafeString:
        return _marked(self.text, self.spans, self.before, self.after)

    @property
    def heading_html(self) -> SafeString:
        return _marked(self.heading, self.heading_spans, False, False)


def _marked(text: str, spans: list[tuple[int, int]], before: bool, after: bool) -> SafeString:
    out, cursor = ["…" if before else ""], 0
    for start, end in spans:
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    out.append("…" if after else "")
    return mark_safe("".join(out))


def speech_score(title_hit: bool, passages: int, headed: int, together: bool = False) -> int:
    """A speech's relevance: every term in one passage (or the title), then a title hit, then
    passages whose heading holds a term (up to three), then matching passages (up to ten, the
    first three counting twice). Built from what the index's ids and the passages' headings
    tell, so that every way of ranking agrees."""
    return (
        1000 * together
        + 100 * title_hit
        + 20 * min(headed, 3)
        + min(passages, 3)
        + min(passages, 10)
    )


@dataclass
class SpeechHit:
    speech_id: int
    title: str
    meeting: str
    level: str
    year: int | None
    date: datetime.date | None
    genre: str = ""
    title_terms: frozenset[int] = frozenset()
    passages: list[Passage] = field(default_factory=list)
    title_html: str = ""
    url: str = ""  # the speech's page, carrying the query (set by the view)
    rank: int = 0  # 1-based position in the whole result
    score: int = 0
    passage_count: int = 0  # matching passages (段), the title included: the detail page's figure
    together: bool = False  # one passage (or the title) holds every term
    snippets: list[Snippet] = field(default_factory=list)

    @property
    def title_hit(self) -> bool:
        return bool(self.title_terms)

    @cached_property  # read once the passages are collected: by run_search, then the template
    def top_passages(self) -> list[Passage]:
        shown = {s.section_id for s in self.snippets}
        return [p for p in sorted(self.passages, key=lambda p: p.position) if p.section_id in shown]


@dataclass
class SearchResult:
    hits: list[SpeechHit]
    speeches: Count
    passages: Count
    date_ordered: bool  # relevance was asked for but a term is too frequent to rank
    page: int
    page_count: int | None  # None when the total is an estimate
    has_next: bool
    partial: bool = False  # the scan stopped at its budget of speeches

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    # The names of the first results page's template.
    @property
    def speech_count(self) -> int:
        return self.speeches.value

    @property
    def passage_count(self) -> int:
        return self.passages.value

    @property
    def approximate(self) -> bool:
        return ESTIMATE in (self.speeches.kind, self.passages.kind)

    @property
    def speech_total(self) -> str:
        return self.speeches.display

    @property
    def passage_total(self) -> str:
        return self.passages.display


# ---------------------------------------------------------------- reading rows


class Reader:
    """Which of the query's terms an index row's text holds, folding only where needed."""

    def __init__(self, parsed: ParsedQuery):
        self.needles = parsed.needles
        self.excludes = parsed.exclude_needles
        self.section_scope = parsed.scope == SECTION
        self.variant = variants_pattern("".join(self.needles + self.excludes))

    def folded(self, text: str) -> str:
        """The text as far as the needles are concerned: folded only when it holds another form
        of one of their characters (see fold.variants_pattern)."""
        return fold(text) if self.variant is not None and self.variant.search(text) else text

    def terms(self, folded: str) -> frozenset[int]:
        return frozenset(i for i, n in enumerate(self.needles) if n in folded)

    def matches(self, text: str) -> bool:
        """Whether a row counts as a matching passage: every term and no excluded one (同段), or
        one of the terms (speech scope; the speech as a whole is decided by the planner)."""
        folded = self.folded(text)
        held = self.terms(folded)
        if self.section_scope:
            return len(held) == len(self.needles) and not any(x in folded for x in self.excludes)
        return bool(held)


def read_passage(reader: Reader, row: tuple) -> tuple[Passage | None, tuple]:
    """A row of `query.ROW_SELECT` as a Passage if it matches, and the speech's fields."""
    doc_id, _speech, section_id, kind, position, heading_length, text, anchor, number = row[:9]
    folded = reader.folded(text)
    held = reader.terms(folded)
    if not held or (
        reader.section_scope
        and (len(held) < len(reader.needles) or any(x in folded for x in reader.excludes))
    ):
        return None, row[9:]
    heading = folded[:heading_length] if heading_length else ""
    passage = Passage(
        doc_id=doc_id,
        section_id=section_id if kind else None,
        anchor=anchor,
        number=number,
        position=position,
        text=text,
        heading_length=heading_length,
        terms=held,
        hits=len(hit_spans(folded, reader.needles)),
        heading_hit=any(n in heading for n in reader.needles),
    )
    return passage, row[9:]


# ---------------------------------------------------------------- snippets


def choose_passages(hit: SpeechHit, n_terms: int) -> list[tuple[Passage, frozenset[int]]]:
    """The passages to show and the terms each should show: the best passage holding every term
    first; then, for the terms neither it nor the title shows, the passage holding most of them;
    then the best others, up to SNIPPETS_PER_SPEECH."""
    sections = [p for p in hit.passages if p.section_id is not None]
    ranked = sorted(sections, key=lambda p: (-(len(p.terms) == n_terms), -p.score, p.position))
    chosen: list[tuple[Passage, frozenset[int]]] = []
    needed = frozenset(range(n_terms)) - hit.title_terms
    if ranked and len(ranked[0].terms) == n_terms:
        chosen.append((ranked[0], ranked[0].terms))
        needed = frozenset()
    while needed:
        best = max(
            (p for p in ranked if all(p is not c for c, _ in chosen)),
            key=lambda p: (len(p.terms & needed), p.score, -p.position),
            default=None,
        )
        if best is None or not best.terms & needed:
            break
        chosen.append((best, best.terms & needed))
        needed -= best.terms
    for passage in ranked:
        if len(chosen) >= SNIPPETS_PER_SPEECH:
            break
        if all(passage is not c for c, _ in chosen):
            chosen.append((passage, passage.terms))
    return sorted(chosen, key=lambda item: item[0].position)


def build_snippets(hit: SpeechHit, needles: list[str]) -> list[Snippet]:
    """The speech's snippets, in reading order: each chosen passage's terms are all shown, in
    one excerpt when they fit, else in one excerpt per term left out."""
    out = []
    for passage, terms in choose_passages(hit, len(needles)):
        heading = passage.heading
        body = passage.body
        folded_body = fold(body)
        in_body = [needles[i] for i in sorted(terms) if needles[i] in folded_body]
        excerpts: list[Excerpt] = []
        focuses: list[str | None] = [*in_body] or [None]
        for needle in focuses:
            if any(needle is not None and needle in e.shown for e in excerpts):
                continue
            excerpts.append(excerpt(body, needles, focus=needle))
        for e in excerpts:
            out.append(
                Snippet(
                    section_id=passage.section_id,
                    anchor=passage.anchor,
                    number=passage.number,
                    heading=heading,
                    heading_spans=excerpt(heading, needles, length=len(heading) or 1).spans
                    if heading
                    else [],
                    text=e.text,
                    spans=e.spans,
                    before=e.before,
                    after=e.after,
                    terms=[needles[i] for i in sorted(terms)],
                    position=passage.position,
                )
            )
        passage.snippet = out[-len(excerpts)].html if excerpts else ""
    return out
