"""The query side: parse what staff typed, ask the index, verify, rank, group by speech.

    parse_query("统战 \"两个 维护\" -工作")  →  terms 统战, 两个 维护; excluded 工作
    run_search(parsed, filtered_speeches, sort, page)  →  SearchResult (one page of speeches)

Semantics: a passage (the title, or one section: heading + body + its quotes) matches when its
folded text contains every term as an exact substring and no excluded term; a speech matches
when one of its passages does. Terms are folded exactly like the indexed text (fold.py).

Plan (see docs/search.md):
1. index mode — one probe of the index (PostgreSQL tsvector + GIN / SQLite FTS5, bigram
   phrases) returns at most ID_CAP candidate passages as ids; the filters keep those of matching
   speeches. Speeches are ranked by title hit, heading hits and matching passages
   (speech_score): for a query the index decides alone, from the ids and headings, reading only
   the page's passages; otherwise every candidate is read and verified in Python first (exact
   substring truth, so precision is 1.0; the bigram index never misses a true hit, so recall is
   1.0). Totals are exact.
2. scan mode — a term too frequent for the cap (工作 is in most passages): the index cannot rank
   it, so the filtered speeches are walked in date order, a batch at a time, each batch's
   matching rows found by the index within those speeches (checked in Python where the index
   cannot decide alone), until the page is full. Totals are estimated and shown capped ("1000+").
User text never reaches a database query parser: the tsquery / MATCH strings are built here from
folded runs, every lexeme quoted.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import BooleanField, Case, Q, Value, When
from django.db.models.expressions import RawSQL

from .db import connection
from .fold import fold, preimages, variants_pattern
from .index import DOCUMENT_TABLE, FTS_TABLE, PASSAGE_SHIFT, SPEECH_SHIFT, speech_of
from .snippets import highlight, snippet
from .stats import IndexStats, index_stats
from .tokens import quote_lexeme, runs

MAX_QUERY_LENGTH = 200  # characters kept from the box; the rest is dropped with a notice
MAX_TERMS = 8
PAGE_SIZE = 20
MAX_PAGES = 50  # 1,000 speeches: beyond that, narrow the search
ID_CAP = 6000  # candidate passages (as ids) before a term counts as too frequent: scan mode
COUNT_CAP = 1000  # totals above this are shown as "1000+"
SAMPLE_ROWS = 1000  # PostgreSQL: index rows sampled to tell a frequent phrase (_looks_frequent)
COMMON_SHARE = 0.05  # PostgreSQL: a run's bigrams in more of the rows are left out of the probe
TOGETHER_SHARE = 0.8  # PostgreSQL: common words estimated together in this share of the cap: scan
POSTINGS_PER_ROW = 1000  # PostgreSQL: reading a row (~7 µs) costs as much as merging 1,000 postings
SNIPPETS_PER_SPEECH = 3
SCAN_BATCH = 300  # most speeches per batch in scan mode
SCAN_BUDGET = 3000  # speeches scanned at most for one page (then the page says it is partial)
OPERATOR_CHARS = set("&|!()<>*:^~+=\\/'\"-")
QUOTE_PAIRS = {'"': '"', "“": "”", "「": "」", "『": "』"}

_TOKEN_RE = re.compile(
    r'(?P<neg>-)?(?:"(?P<q1>[^"]*)"?|“(?P<q2>[^”]*)”?|「(?P<q3>[^」]*)」?|(?P<word>\S+))'
)


@dataclass
class Term:
    raw: str
    folded: str
    runs: list[str]


@dataclass
class ParsedQuery:
    raw: str
    terms: list[Term] = field(default_factory=list)
    excludes: list[Term] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def needles(self) -> list[str]:
        return [t.folded for t in self.terms]

    @property
    def is_searchable(self) -> bool:
        return bool(self.terms)

    @property
    def index_is_exact(self) -> bool:
        """True when the index alone decides matches: each term is a single run (a bigram phrase
        at consecutive positions of one run is exactly a substring) and nothing is excluded."""
        return not self.excludes and all(
            len(t.runs) == 1 and t.runs[0] == t.folded for t in self.terms
        )


def parse_query(raw: str) -> ParsedQuery:
    raw = (raw or "").strip()
    parsed = ParsedQuery(raw=raw)
    if len(raw) > MAX_QUERY_LENGTH:
        parsed.notices.append(f"搜索词过长，只使用了前 {MAX_QUERY_LENGTH} 个字符。")
        raw = raw[:MAX_QUERY_LENGTH]
    # Width fold first, so ＂…＂, －词 and the ideographic space behave like their ASCII forms.
    text = fold(raw)
    seen: set[tuple[bool, str]] = set()
    ignored = False
    for match in _TOKEN_RE.finditer(text):
        negative = bool(match.group("neg"))
        phrase = match.group("q1") or match.group("q2") or match.group("q3")
        word = match.group("word")
        value = (phrase if phrase is not None else word or "").strip()
        if negative and not value:
            continue
        if not value or (phrase is None and set(value) <= OPERATOR_CHARS):
            ignored = ignored or bool(value)
            continue
        term_runs = [run for _, run in runs(value)]
        if not term_runs:
            ignored = True
            continue
        key = (negative, value)
        if key in seen:
            continue
        seen.add(key)
        term = Term(raw=value, folded=value, runs=term_runs)
        (parsed.excludes if negative else parsed.terms).append(term)
    if ignored:
        parsed.notices.append("只含标点或运算符号的部分已忽略。")
    if len(parsed.terms) > MAX_TERMS:
        parsed.notices.append(f"最多使用 {MAX_TERMS} 个词。")
        parsed.terms = parsed.terms[:MAX_TERMS]
    return parsed


# ---------------------------------------------------------------- backend query strings


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_runs(parsed: ParsedQuery) -> list[tuple[str, bool]]:
    """The runs the index is asked for, once each, as (run, closed): closed when the run is
    followed by a separator inside its term, so that in a matching text the run ends there too,
    and the text holds the lone token of the run's last character right after its bigrams.

    That token narrows a closed run: 平 in 平;仔捖 is the exact lexeme '平' instead of the prefix
    '平':*, which would make PostgreSQL's GIN merge the posting lists of every bigram starting
    with 平 (~1 s); 制度 in 制度,缋 is the phrase '制度' <-> '度' (制度 at the end of a run)."""
    out: list[tuple[str, bool]] = []
    for term in parsed.terms:
        for offset, run in runs(term.folded):
            item = (run, offset + len(run) < len(term.folded))
            if item not in out:
                out.append(item)
    return out


def _phrase(run: str, closed: bool) -> list[str]:
    """The tokens a run of two or more characters must match at consecutive positions."""
    return _bigrams(run) + ([run[-1]] if closed else [])


def tsquery_text(index: list[tuple[str, bool]]) -> str:
    """`('统战' <-> '战工' <-> '工作') & '党':*` — every lexeme quoted and escaped."""
    parts = []
    for run, closed in index:
        if len(run) > 1:
            tokens = _phrase(run, closed)
            parts.append("(" + " <-> ".join(f"'{quote_lexeme(t)}'" for t in tokens) + ")")
        else:
            parts.append(f"'{quote_lexeme(run)}'" + ("" if closed else ":*"))
    return " & ".join(parts)


def _fts5_parts(index: list[tuple[str, bool]]) -> list[str]:
    parts = []
    for run, closed in index:
        if len(run) > 1:
            parts.append('"{}"'.format(" ".join(_phrase(run, closed)).replace('"', '""')))
        else:
            parts.append('"{}"'.format(run.replace('"', '""')) + ("" if closed else "*"))
    return parts


def fts5_query_text(index: list[tuple[str, bool]]) -> str:
    """`"统战 战工 工作" AND "党"*` — phrases of bigram tokens, every string quoted."""
    return " AND ".join(_fts5_parts(index))


def fts5_heading_query_text(index: list[tuple[str, bool]]) -> str:
    """`heading : ("统战 战工 工作" OR "党"*) AND "统战 战工 工作" AND "党"*` — the rows the query
    matches whose heading holds one of its runs. With several runs the query itself bounds the
    answer (工作 of `工作 余学` is in 27,622 headings: 40-61 ms asked alone, 1.5-2.9 ms so); one
    run bounds it alone, and asking for it again in the whole row would only cost time."""
    heading = "heading : (" + " OR ".join(_fts5_parts(index)) + ")"
    return heading if len(index) == 1 else f"{heading} AND {fts5_query_text(index)}"


# ---------------------------------------------------------------- results


@dataclass
class Passage:
    doc_id: int
    section_id: int | None
    anchor: str
    position: int
    text: str
    hits: int
    heading_hit: bool
    snippet: str = ""

    @property
    def score(self) -> int:
        """Which of a speech's passages are shown first: heading hits, then occurrences."""
        return 20 * self.heading_hit + min(self.hits, 10)


def speech_score(title_hit: bool, passages: int, headed: int) -> int:
    """A speech's relevance: a title hit, then passages whose heading holds a term (up to
    three), then matching passages (up to ten, the first three counting twice). Built from what
    the index's ids and the passages' headings tell, so that both ways of ranking agree."""
    return 100 * title_hit + 20 * min(headed, 3) + min(passages, 3) + min(passages, 10)


@dataclass
class SpeechHit:
    speech_id: int
    title: str
    meeting: str
    level: str
    year: int | None
    date: object
    title_hit: bool = False
    passages: list[Passage] = field(default_factory=list)
    title_html: str = ""
    url: str = ""  # the speech's page, carrying the query (set by the view)

    @property
    def score(self) -> int:
        headed = sum(p.heading_hit for p in self.passages)
        return speech_score(self.title_hit, len(self.passages), headed)

    @cached_property  # read once the passages are collected: by run_search, then the template
    def top_passages(self) -> list[Passage]:
        best = sorted(self.passages, key=lambda p: (-p.score, p.position))
        return sorted(best[:SNIPPETS_PER_SPEECH], key=lambda p: p.position)


@dataclass
class SearchResult:
    hits: list[SpeechHit]
    speech_count: int
    passage_count: int
    approximate: bool  # totals estimated (scan mode)
    date_ordered: bool  # relevance was asked for but the term is too frequent to rank
    page: int
    has_next: bool
    partial: bool = False  # scan mode stopped at SCAN_BUDGET speeches

    @staticmethod
    def _capped(n: int) -> str:
        return f"{COUNT_CAP}+" if n > COUNT_CAP else str(n)

    @property
    def speech_total(self) -> str:
        return self._capped(self.speech_count)

    @property
    def passage_total(self) -> str:
        return self._capped(self.passage_count)


_SELECT = (
    "SELECT d.id, d.speech_id, d.section_id, d.kind, d.position, d.heading_length, d.text, "
    "COALESCE(sec.anchor, ''), s.title, s.meeting, s.level, s.year, s.date "
    f"FROM {DOCUMENT_TABLE} d "
    "JOIN speeches_speech s ON s.id = d.speech_id "
    "LEFT JOIN speeches_section sec ON sec.id = d.section_id "
)


def _run_lexemes(run: str, closed: bool) -> list[tuple[str, bool]]:
    """The tokens the index is asked for one run, as (lexeme, prefix)."""
    return [(t, False) for t in _phrase(run, closed)] if len(run) > 1 else [(run, not closed)]


def _lexemes(parsed: ParsedQuery) -> list[tuple[str, bool]]:
    """Every token the index query asks for, once each, as (lexeme, prefix)."""
    runs = index_runs(parsed)
    return list(dict.fromkeys(item for run in runs for item in _run_lexemes(*run)))


def _and_tsquery(lexemes: list[tuple[str, bool]]) -> str:
    """`'统战' & '战工' & '党':*` — rows holding every lexeme, anywhere."""
    return " & ".join(f"'{quote_lexeme(t)}'" + (":*" if prefix else "") for t, prefix in lexemes)


def _prefilter(parsed: ParsedQuery, stats: IndexStats) -> list[tuple[str, bool]]:
    """PostgreSQL: the lexemes worth asking the GIN index for.

    The index's answer is a superset of the matching rows, each then checked (see `_match_sql`):
    any subset of the lexemes will do. Leaving a common one out spares merging its long posting
    list, and costs reading the extra rows it would have ruled out. The statistics weigh both:
    - Within a run, the rows holding its rare bigrams (in at most COMMON_SHARE of the rows) are
      nearly always those holding the whole run: its common bigrams are left out (意识形态工作责任
      without 工作 and 责任: 1.2 instead of 7 ms in the index).
    - Between the terms (and runs) of a query, rows are assumed independent: a run is left out
      when its postings cost more than reading the rows it rules out (POSTINGS_PER_ROW). 工作 (in
      88% of the rows) is left out of 工作 余学; 发展 (50%) is kept in 发展 潈诉.
    Without statistics, every lexeme is asked for."""
    rows = stats.rows
    if rows <= 0 or not stats.freqs:
        return _lexemes(parsed)

    def estimate(item):
        return stats.estimate(*item)

    groups = []  # (lexemes, share of the rows holding them at most, droppable)
    for run in index_runs(parsed):
        items = _run_lexemes(*run)
        items = [i for i in items if not i[1] and estimate(i) <= COMMON_SHARE * rows] or items
        share = min(1.0, min(estimate(i) for i in items) / rows)
        groups.append((items, share, not items[0][1]))  # a prefix (a merge) is always kept
    candidates = rows * math.prod(share for _, share, _ in groups)
    kept = list(groups)
    for group in sorted(groups, key=lambda g: -g[1]):
        items, share, droppable = group
        if len(kept) == 1:
            break
        more = candidates / share - candidates
        if droppable and sum(estimate(i) for i in items) > more * POSTINGS_PER_ROW:
            kept.remove(group)
            candidates += more
    return list(dict.fromkeys(item for items, _, _ in kept for item in items))


def _check_sql(parsed: ParsedQuery) -> tuple[str, list]:
    """PostgreSQL: the condition an index row `d` must meet, checked in the row: every term as
    is (strpos), or else the exact bigram phrases (another script or width: 統戰 for 统战)."""
    needles = parsed.needles
    if any("\0" in n for n in needles):  # PostgreSQL text never holds NUL: never found as is
        found, needles = "FALSE", []
    else:
        found = " AND ".join(["strpos(d.text, %s) > 0"] * len(needles))
    return f"({found} OR d.tokens @@ %s::tsquery)", [*needles, tsquery_text(index_runs(parsed))]


def _match_sql(parsed: ParsedQuery, lexemes=None) -> tuple[str, list]:
    """(SELECT … FROM … WHERE) of the index rows the query's tokens match, and its params.

    SQLite: rows of (id,) matching the bigram phrases, which the FTS5 table answers alone (its
    rowids are the rows' ids). PostgreSQL: rows of (id, heading text) holding all `lexemes`
    (default: all of them, see `_prefilter`), then `_check_sql` in each of these rows. The
    phrases are checked in few rows: PostgreSQL's check of positions costs ~3 µs a row.
    Both answer exactly for a query the index decides alone (ParsedQuery.index_is_exact)."""
    if connection.vendor == "sqlite":
        return (
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
            [fts5_query_text(index_runs(parsed))],
        )
    check, params = _check_sql(parsed)
    return (
        "SELECT d.id, substr(d.text, 1, d.heading_length) "
        f"FROM {DOCUMENT_TABLE} d WHERE d.tokens @@ %s::tsquery AND {check}",
        [_and_tsquery(lexemes or _lexemes(parsed)), *params],
    )


def _probe(parsed: ParsedQuery, limit: int) -> list[tuple[int, str | None]] | None:
    """Up to `limit` passages holding every term, unfiltered (exactly for a query the index
    decides alone, a superset otherwise), as (id, heading): the heading's text on PostgreSQL,
    which reads the row anyway; None on SQLite, which answers from the FTS5 index alone (see
    `_heading_hits`). None when there are `limit` or more: the term is too frequent for index
    mode.

    One index lookup serves both to tell a frequent term and, otherwise, as the complete
    candidate list; the LIMIT also tells PostgreSQL's planner how few rows to expect (its estimate
    for a phrase is often far off). On PostgreSQL, finding `limit` rows of a frequent term is the
    costly part: `_looks_frequent` asks the statistics first."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            sql, params = _match_sql(parsed)
            cursor.execute(f"{sql} LIMIT %s", [*params, limit])
            rows = cursor.fetchall()
            return None if len(rows) >= limit else [(row[0], None) for row in rows]
        stats = index_stats()
        if _looks_frequent(cursor, parsed, stats, limit):
            return None
        sql, params = _match_sql(parsed, _prefilter(parsed, stats))
        cursor.execute(f"{sql} LIMIT %s", [*params, limit])
        rows = cursor.fetchall()
    return None if len(rows) >= limit else rows


def _looks_frequent(cursor, parsed: ParsedQuery, stats: IndexStats, limit: int) -> bool:
    """PostgreSQL: is the term estimated in 2 × `limit` index rows or more (several common words:
    see below)? Then its probe would be wasted (20–60 ms to find `limit` rows before scan mode
    starts anyway).

    - A table below 10 × `limit` rows, or never analysed: not judged, the probe decides.
    - A term needs every one of its lexemes: if the statistics (`IndexStats.estimate`) put one
      of them below the threshold, it is not frequent.
    - One lexeme (a 2-character term): the statistics tell (工作: 928,341 estimated, 901,613
      true). So for one character: 会:* is at least as frequent as 会议, 力:* as 能力. A
      character in none of the most common lexemes is probed at once: the probe of a rare one
      costs less than the sample (and on a slow disk, far less).
    - Several words of one lexeme each (two characters, or one as a prefix), all among the most
      common: the rows holding them all, as if independent, from their frequencies. Passages
      differ in length, and a long one holds both words more often than that: the benchmark's
      pairs of common words are found together 3–9 % more often than estimated (思想 政治: 7,150
      estimated, 7,850 true). So from TOGETHER_SHARE of `limit` on they are frequent; the
      probe of such a pair would read `limit` rows (~40 ms) only to find it so.
    - The rest (a phrase of common bigrams, several terms) is counted in a fixed block sample of
      about SAMPLE_ROWS index rows (TABLESAMPLE SYSTEM, REPEATABLE: the same blocks every time,
      so they stay cached; ~2 ms): bigram frequencies multiplied, the planner's estimate, is far
      too low. 两个维护: 32 of 1,056 sampled rows, 31,800 estimated, 40,039 true. At 50,000
      speeches the threshold is 11 hits in the sample, where a term at the cap expects 6: a term
      the index could rank is seldom sent to scan mode (it is then shown in date order, still
      exact)."""
    if stats.rows < 10 * limit or not stats.freqs:
        return False
    lexemes = _lexemes(parsed)
    estimates = [stats.estimate(*item) for item in lexemes]
    exact = [e for e, (_, prefix) in zip(estimates, lexemes, strict=True) if not prefix]
    if exact and min(exact) < 2 * limit:
        return False
    if len(lexemes) == 1:
        return estimates[0] >= 2 * limit
    words = [_run_lexemes(*run) for run in index_runs(parsed)]
    if all(len(word) == 1 for word in words) and all(stats.known(*item) for item in lexemes):
        together = stats.rows * math.prod(e / stats.rows for e in estimates)
        if together >= TOGETHER_SHARE * limit:
            return True
    cursor.execute(
        "SELECT count(*) FILTER (WHERE d.tokens @@ %s::tsquery), count(*) "
        f"FROM {DOCUMENT_TABLE} d TABLESAMPLE SYSTEM (%s) REPEATABLE (0)",
        [tsquery_text(index_runs(parsed)), min(100.0, 100.0 * SAMPLE_ROWS / stats.rows)],
    )
    matched, sampled = cursor.fetchone()
    return bool(sampled) and matched * stats.rows >= 2 * limit * sampled


def _heading_hits(parsed: ParsedQuery, rows: list[tuple[int, str | None]]) -> set[int]:
    """The ids among `rows` whose heading holds one of the terms (terms of one run each)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
                [fts5_heading_query_text(index_runs(parsed))],
            )
            # Headings anywhere holding one of the runs: only the candidates' count.
            return {row[0] for row in cursor.fetchall()}.intersection(row[0] for row in rows)
    needles = parsed.needles
    headed = [(doc_id, heading) for doc_id, heading in rows if heading]
    if len(needles) == 1:  # the common case, without a generator per heading
        needle = needles[0]
        hits = {doc_id for doc_id, heading in headed if needle in heading}
    else:
        hits = {doc_id for doc_id, heading in headed if any(n in heading for n in needles)}
    # Only a heading holding another form of a term's character (統 for 统) can hold the term
    # once folded: one fold for all of them (NUL folds to itself, and is never in a heading).
    variant = variants_pattern("".join(needles))
    if variant is None:
        return hits
    others = [
        (doc_id, heading)
        for doc_id, heading in headed
        if doc_id not in hits and variant.search(heading)
    ]
    if others:
        folded = fold("\0".join(heading for _, heading in others)).split("\0")
        hits.update(
            doc_id
            for (doc_id, _), heading in zip(others, folded, strict=True)
            if any(n in heading for n in needles)
        )
    return hits


def _verified(parsed: ParsedQuery, ids: list[int]) -> list[int]:
    """Those of `ids` (a superset from the index) whose text holds every term and no excluded
    one (query)."""
    from .models import SearchDocument

    check = _Collector(parsed).matches
    texts = SearchDocument.objects.filter(pk__in=RawSQL(*_id_list(ids))).values_list("pk", "text")
    return [pk for pk, text in texts.iterator(chunk_size=2000) if check(text) is not None]


def matching_ids(parsed: ParsedQuery, speeches_qs=None) -> list[int]:
    """The ids of every index row the search counts as a hit, uncapped (for the benchmark's recall
    and precision): the index's answer, and where it cannot decide alone (see
    ParsedQuery.index_is_exact), the check of the text."""
    postgresql = connection.vendor == "postgresql"
    sql, params = _match_sql(parsed, _prefilter(parsed, index_stats()) if postgresql else None)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    if not parsed.index_is_exact:
        ids = _verified(parsed, ids)
    if speeches_qs is not None:
        allowed = set(speeches_qs.order_by().values_list("pk", flat=True))
        ids = [i for i in ids if speech_of(i) in allowed]
    return ids


def _rows_of_speeches(parsed: ParsedQuery, speech_ids: list[int]) -> list[int]:
    """The ids of these speeches' index rows that hold every term (query; one more to check
    the text when the index cannot decide alone). Only the index is read on SQLite: FTS5 looks
    each speech's id range up in the posting lists. PostgreSQL checks each of the speeches'
    rows where it lies, without sending its text."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT f.rowid FROM json_each(%s) j CROSS JOIN {FTS_TABLE} f "
                f"WHERE f.{FTS_TABLE} MATCH %s AND f.rowid >= j.value << {SPEECH_SHIFT} "
                f"AND f.rowid < (j.value + 1) << {SPEECH_SHIFT}",
                [json.dumps(speech_ids), fts5_query_text(index_runs(parsed))],
            )
        else:
            check, params = _check_sql(parsed)
            cursor.execute(
                f"SELECT d.id FROM {DOCUMENT_TABLE} d "
                f"WHERE d.speech_id = ANY(%s::bigint[]) AND {check}",
                [_array_literal(speech_ids), *params],
            )
        ids = [row[0] for row in cursor.fetchall()]
    return ids if parsed.index_is_exact or not ids else _verified(parsed, ids)


class _Collector:
    """Verifies rows in Python and groups the true hits by speech."""

    def __init__(self, parsed: ParsedQuery):
        self.needles = parsed.needles
        self.excludes = [t.folded for t in parsed.excludes]
        distinct = list(dict.fromkeys("".join(self.needles)))[:4]
        self.char_sets = [preimages(c) for c in distinct]
        self.speeches: dict[int, SpeechHit] = {}
        self.passage_count = 0
        self._seen_sections: set[int] = set()

    def matches(self, text: str) -> str | None:
        """The folded text when it holds every term and no excluded one, else None."""
        if not self.excludes and all(n in text for n in self.needles):
            return text  # needles are folded: found in the text ⇒ found in its fold
        # Cheap rejection before folding: each needle character (or a character folding to it)
        # must occur in the raw text.
        if not all(any(c in text for c in chars) for chars in self.char_sets):
            return None
        folded = fold(text)
        if not all(n in folded for n in self.needles) or any(x in folded for x in self.excludes):
            return None
        return folded

    def add(self, row) -> bool:
        (
            doc_id,
            speech_id,
            section_id,
            kind,
            position,
            heading_length,
            text,
            anchor,
            title,
            meeting,
            level,
            year,
            date,
        ) = row
        folded = self.matches(text)
        if folded is None:
            return False
        hit = self.speeches.get(speech_id)
        if hit is None:
            hit = self.speeches[speech_id] = SpeechHit(speech_id, title, meeting, level, year, date)
        if kind == 0:
            hit.title_hit = True
            return True
        if section_id in self._seen_sections:  # a chunk overlap of a very long section
            return True
        self._seen_sections.add(section_id)
        heading = folded[:heading_length]
        hit.passages.append(
            Passage(
                doc_id=doc_id,
                section_id=section_id,
                anchor=anchor,
                position=position,
                text=text,
                hits=sum(folded.count(n) for n in self.needles),
                heading_hit=bool(heading_length) and any(n in heading for n in self.needles),
            )
        )
        self.passage_count += 1
        return True


def run_search(parsed: ParsedQuery, speeches_qs, *, sort: str = "relevance", page: int = 1):
    """One page of results. `speeches_qs`: the filtered Speech queryset, or None for all."""
    page = max(1, min(page, MAX_PAGES))
    # The probe ignores the filters on purpose: it asks "is this term frequent?", which the index
    # answers from its posting lists alone; joined with a selective filter, a frequent term would
    # have to visit many rows to find ID_CAP of them.
    rows = _probe(parsed, ID_CAP + 1)  # query: the candidate passages (a check first, see _probe)
    if rows is None:
        result = _scan_mode(parsed, speeches_qs, sort, page)
    else:
        result = _index_mode(parsed, rows, speeches_qs, sort, page)
    for hit in result.hits:
        hit.title_html = highlight(hit.title, parsed.needles)
        for passage in hit.top_passages:
            passage.snippet = snippet(passage.text, parsed.needles)
    return result


def _array_literal(ids) -> str:
    """PostgreSQL: integers as one array literal, `{1,2,3}`, sent as text and cast by the query.
    psycopg adapts a list element by element: 3.6 ms for 4,713 ids, against 1.0 ms so."""
    return "{" + ",".join(map(str, map(int, ids))) + "}"


def _id_list(ids) -> tuple[str, list]:
    """A subquery yielding `ids` from one parameter (a PostgreSQL array, a JSON list for SQLite):
    with thousands of ids, one placeholder each costs more to send and plan than the lookup."""
    if connection.vendor == "postgresql":
        return "SELECT unnest(%s::bigint[])", [_array_literal(ids)]
    return "SELECT value FROM json_each(%s)", [json.dumps(list(ids))]


def _speech_in(ids) -> Q | RawSQL:
    """A filter for the speeches whose id is in `ids`, passed as one parameter. PostgreSQL gets
    `id = ANY(array)`, which it checks per row from a hash of the array while it walks the
    newest-first index, so the 20 newest of 4,700 candidate speeches cost one short index scan
    (6 instead of 14 ms) rather than 4,700 lookups and a sort."""
    if connection.vendor == "postgresql":
        return RawSQL(
            "speeches_speech.id = ANY(%s::bigint[])",
            [_array_literal(ids)],
            output_field=BooleanField(),
        )
    return Q(pk__in=RawSQL(*_id_list(ids)))


def _collect(parsed: ParsedQuery, doc_ids: list[int]) -> _Collector:
    """Read index rows with their text, speech and anchor, and verify them."""
    collector = _Collector(parsed)
    if doc_ids:
        id_sql, params = _id_list(doc_ids)
        with connection.cursor() as cursor:
            cursor.execute(_SELECT + f"WHERE d.id IN ({id_sql})", params)
            for row in cursor.fetchall():
                collector.add(row)
    return collector


def _page_ids(scores: dict[int, int], sort: str, start: int) -> list[int]:
    """The page's speeches: by score (relevance) with ties newest first, or by date.

    Only the speeches that can reach the page are put in date order, in one query: those scoring
    above the page's last score (fewer than a page), then the newest of those tied with it."""
    from ..filters import SORT_ORDER
    from ..models import Speech

    end = start + PAGE_SIZE
    order = SORT_ORDER["date" if sort == "date" else "-date"]
    if sort != "relevance":
        above, contenders = [], list(scores)
    else:
        ranked = sorted(scores.values(), reverse=True)
        if start >= len(ranked):
            return []
        last = ranked[min(end, len(ranked)) - 1]
        contenders = [pk for pk, score in scores.items() if score >= last]  # one pass over all
        above = [pk for pk in contenders if scores[pk] > last]
    if not contenders:
        return []
    qs = Speech.objects.filter(_speech_in(contenders))
    if above:
        first = When(_speech_in(above), then=Value(0))
        qs = qs.annotate(tied=Case(first, default=Value(1))).order_by("tied", *order)
    else:
        qs = qs.order_by(*order)
    ids = list(qs.values_list("pk", flat=True)[:end])  # query: the contenders in date order
    ranked_above = sorted(ids[: len(above)], key=lambda pk: -scores[pk])  # stable: by date
    return (ranked_above + ids[len(above) :])[start:]


_PASSAGE_MASK = (1 << SPEECH_SHIFT - PASSAGE_SHIFT) - 1  # the passage part of a passage key
_PASSAGE_POINTS = [speech_score(False, n, 0) for n in range(11)]


def _index_mode(parsed: ParsedQuery, rows, speeches_qs, sort: str, page: int) -> SearchResult:
    """At most ID_CAP candidates. For a query the index decides exactly (every term one run, a
    bigram phrase at consecutive positions of one run *is* the substring, and nothing excluded),
    speeches are ranked from the ids (they encode speech and passage, see index.doc_id) and the
    heading hits, and only the page's passages are read. Otherwise (a term with punctuation
    inside, an exclusion) every candidate is read and verified, then ranked the same way."""
    if speeches_qs is not None and rows:
        # query: which of the candidates' speeches pass the filters
        candidates = {speech_of(doc_id) for doc_id, _ in rows}
        allowed = set(
            speeches_qs.order_by().filter(_speech_in(candidates)).values_list("pk", flat=True)
        )
        rows = [row for row in rows if speech_of(row[0]) in allowed]
    start = (page - 1) * PAGE_SIZE
    if not parsed.index_is_exact:
        collector = _collect(parsed, [doc_id for doc_id, _ in rows])  # query: every candidate
        scores = {pk: hit.score for pk, hit in collector.speeches.items()}
        passage_count = collector.passage_count
        page_ids = _page_ids(scores, sort, start)
    else:
        # Per speech, from the ids: title hit, passages (chunks of a section are one passage),
        # passages with a heading hit (only a section's first chunk holds its heading).
        headed = _heading_hits(parsed, rows) if rows else set()  # query (SQLite): heading hits
        per_speech = SPEECH_SHIFT - PASSAGE_SHIFT
        passages = {doc_id >> PASSAGE_SHIFT for doc_id, _ in rows}
        sections = Counter(p >> per_speech for p in passages if p & _PASSAGE_MASK)
        titles = {p >> per_speech for p in passages if not p & _PASSAGE_MASK}
        headings = Counter(doc_id >> SPEECH_SHIFT for doc_id in headed)
        # speech_score, unrolled: most speeches have neither a title nor a heading hit
        scores = {pk: _PASSAGE_POINTS[n if n < 10 else 10] for pk, n in sections.items()}
        for pk in titles:
            scores[pk] = scores.get(pk, 0) + 100
        for pk, n in headings.items():  # a heading hit is a passage hit: pk is in scores
            scores[pk] += 20 * (n if n < 3 else 3)
        passage_count = len(passages) - len(titles)
        page_ids = _page_ids(scores, sort, start)
        wanted = set(page_ids)
        # query: the page's passages with their text
        collector = _collect(parsed, [d for d, _ in rows if d >> SPEECH_SHIFT in wanted])
    speech_count = len(scores)
    return SearchResult(
        hits=[collector.speeches[pk] for pk in page_ids if pk in collector.speeches],
        speech_count=speech_count,
        passage_count=passage_count,
        approximate=False,
        date_ordered=False,
        page=page,
        has_next=speech_count > start + PAGE_SIZE and page < MAX_PAGES,
    )


def _speech_total(base, *, filtered: bool) -> float:
    """How many speeches the scan would walk, to extrapolate its totals (shown as estimates):
    PostgreSQL's statistics know it for all speeches (counting 50,000 takes ~5 ms); the filtered
    ones are counted (query)."""
    if not filtered and connection.vendor == "postgresql":
        estimate = index_stats().speeches
        if estimate > 0:
            return estimate
    return base.order_by().count()


def _scan_mode(parsed: ParsedQuery, speeches_qs, sort: str, page: int) -> SearchResult:
    from ..filters import SORT_ORDER
    from ..models import Speech

    order = SORT_ORDER["date" if sort == "date" else "-date"]
    base = speeches_qs if speeches_qs is not None else Speech.objects.all()
    ordered_ids = base.order_by(*order).values_list("id", flat=True)
    wanted = page * PAGE_SIZE + 1
    found: dict[int, list[int]] = {}  # speech → its matching index rows; speeches by date
    scanned = 0
    exhausted = False
    batch_size = max(30, wanted + wanted // 2)
    while len(found) < wanted and scanned < SCAN_BUDGET:
        # query: the next speeches by date
        batch = list(ordered_ids[scanned : scanned + batch_size])
        if not batch:
            exhausted = True
            break
        scanned += len(batch)
        rows: dict[int, list[int]] = {}
        for doc_id in _rows_of_speeches(parsed, batch):  # query: their matching rows
            rows.setdefault(speech_of(doc_id), []).append(doc_id)
        found.update((pk, rows[pk]) for pk in batch if pk in rows)
        if len(batch) < batch_size:
            exhausted = True
            break
        # Size the next batch from the share of speeches that matched so far.
        share = max(len(found), 1) / scanned
        batch_size = min(SCAN_BATCH, max(30, int((wanted - len(found)) / share * 1.2) + 1))
    passages = {doc_id >> PASSAGE_SHIFT for ids in found.values() for doc_id in ids}
    passage_count = sum(1 for p in passages if p & _PASSAGE_MASK)
    if exhausted:
        speech_count, approximate = len(found), False
    else:
        ratio = max(_speech_total(base, filtered=speeches_qs is not None), scanned) / scanned
        speech_count = round(len(found) * ratio)
        passage_count = round(passage_count * ratio)
        approximate = True
    start = (page - 1) * PAGE_SIZE
    page_ids = list(found)[start : start + PAGE_SIZE]
    # query: the page's passages with their text
    collector = _collect(parsed, [doc_id for pk in page_ids for doc_id in found[pk]])
    return SearchResult(
        hits=[collector.speeches[pk] for pk in page_ids if pk in collector.speeches],
        speech_count=speech_count,
        passage_count=passage_count,
        approximate=approximate,
        date_ordered=sort == "relevance",
        partial=not exhausted and len(found) < wanted,
        page=page,
        has_next=len(found) > start + PAGE_SIZE and page < MAX_PAGES,
    )
