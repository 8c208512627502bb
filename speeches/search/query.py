"""The query side: parse what staff typed, ask the index, verify, rank, group by speech.

    parse_query("统战 \"两个 维护\" -工作")  →  terms 统战, 两个 维护; excluded 工作
    run_search(parsed, filtered_speeches, sort, page)  →  SearchResult (one page of speeches)

Semantics: a passage (the title, or one section: heading + body + its quotes) matches when its
folded text contains every term as an exact substring and no excluded term; a speech matches
when one of its passages does. Terms are folded exactly like the indexed text (fold.py).

Plan (see docs/search.md):
1. index mode — one probe of the index (PostgreSQL tsvector + GIN / SQLite FTS5, bigram
   phrases) returns at most ID_CAP candidate passages as ids; the filters keep those of matching
   speeches. Few candidates (or a query the index cannot decide alone) are read and verified in
   Python (exact substring truth, so precision is 1.0; the bigram index never misses a true hit,
   so recall is 1.0) and ranked on their text (title hit, heading hits, number of hits); more are
   ranked from ids and headings and only the page's passages are read. Totals are exact.
2. scan mode — a term too frequent for the cap (工作 is in most passages): the index cannot help,
   so the filtered speeches are walked in date order, a batch at a time, and their passages
   verified in Python until the page is full. Totals are estimated and shown capped ("1000+").
User text never reaches a database query parser: the tsquery / MATCH strings are built here from
folded runs, every lexeme quoted.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.db.models.expressions import RawSQL

from .fold import fold, preimages
from .index import DOCUMENT_TABLE, FTS_TABLE, PASSAGE_SHIFT, SPEECH_SHIFT, speech_of
from .snippets import highlight, snippet
from .tokens import quote_lexeme, runs

MAX_QUERY_LENGTH = 200  # characters kept from the box; the rest is dropped with a notice
MAX_TERMS = 8
PAGE_SIZE = 20
MAX_PAGES = 50  # 1,000 speeches: beyond that, narrow the search
FULL_RANK_CAP = 300  # up to this many candidates are read and ranked on their text
ID_CAP = 6000  # candidate passages (as ids) before a term counts as too frequent: scan mode
COUNT_CAP = 1000  # totals above this are shown as "1000+"
SAMPLE_ROWS = 1000  # PostgreSQL: index rows sampled to tell a frequent phrase (_looks_frequent)
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
    """`heading : ("统战 战工 工作" OR "党"*)` — rows whose heading holds one of the runs."""
    return "heading : (" + " OR ".join(_fts5_parts(index)) + ")"


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
        return 20 * self.heading_hit + min(self.hits, 10)


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

    @property
    def score(self) -> int:
        best = sorted((p.score for p in self.passages), reverse=True)[:SNIPPETS_PER_SPEECH]
        return 100 * self.title_hit + sum(best) + min(len(self.passages), 10)

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


def _match_sql(parsed: ParsedQuery) -> tuple[str, list]:
    """(SELECT … FROM … WHERE) of the index rows the query's tokens match, and its params: rows
    of (id, heading text) on PostgreSQL, which reads each row anyway; of (id,) on SQLite, where
    the FTS5 table answers alone (its rowids are the rows' ids)."""
    if connection.vendor == "postgresql":
        return (
            "SELECT d.id, substr(d.text, 1, d.heading_length) "
            f"FROM {DOCUMENT_TABLE} d WHERE d.tokens @@ %s::tsquery",
            [tsquery_text(index_runs(parsed))],
        )
    return (
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
        [fts5_query_text(index_runs(parsed))],
    )


def _single_lexeme(parsed: ParsedQuery) -> bool:
    """One term of two characters: its tsquery is one lexeme, which the column statistics know."""
    return len(parsed.terms) == 1 and len(parsed.terms[0].runs) == 1 and len(parsed.needles[0]) == 2


def _probe(parsed: ParsedQuery, limit: int) -> list[tuple[int, str | None]] | None:
    """Up to `limit` candidate passages, unfiltered, as (id, heading): the heading's text on
    PostgreSQL, which reads the row anyway; None on SQLite, which answers from the FTS5 index
    alone (see `_heading_hits`). None when there are `limit` or more: the term is too frequent
    for index mode.

    One index lookup serves both to tell a frequent term and, otherwise, as the complete
    candidate list; the LIMIT also tells PostgreSQL's planner how few rows to expect (its estimate
    for a phrase is often far off). On PostgreSQL, finding `limit` rows of a frequent term is the
    costly part (each row is read to check the phrase's positions): `_looks_frequent` asks first."""
    sql, params = _match_sql(parsed)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"{sql} LIMIT %s", [*params, limit])
            rows = [(row[0], None) for row in cursor.fetchall()]
        else:
            if _looks_frequent(cursor, parsed, sql, params, limit):
                return None
            cursor.execute(f"{sql} LIMIT %s", [*params, limit])
            rows = cursor.fetchall()
    return None if len(rows) >= limit else rows


def _looks_frequent(cursor, parsed: ParsedQuery, sql: str, params: list, limit: int) -> bool:
    """PostgreSQL: is the term estimated in 2 × `limit` index rows or more? Then its probe would
    be wasted (20–60 ms to find `limit` rows before scan mode starts anyway).

    - A single lexeme (a 2-character term): the planner's row estimate comes straight from the
      column statistics (工作: 928,341 estimated, 901,613 true).
    - Anything else — a phrase, several terms, a one-character prefix — the planner estimates
      far too low (bigram frequencies multiplied; 导:* 18,923 for 91,421 true). A phrase can
      only be that frequent if each of its bigrams is, which the column statistics tell (the
      1,000 most common lexemes with their frequencies); if so, the term is counted in a fixed
      block sample of about SAMPLE_ROWS index rows (TABLESAMPLE SYSTEM, REPEATABLE: the same
      blocks every time, so they stay cached; ~4 ms). 两个维护: 32 of 1,056 sampled rows, 31,800
      estimated, 40,039 true. At 50,000 speeches the threshold is 11 hits in the sample, where
      a term at the cap expects 6: a term the index could rank is seldom sent to scan mode (it
      is then shown in date order, still exact). A table below 10 × `limit` rows (or never
      analysed) is not sampled: the probe decides."""
    if _single_lexeme(parsed):
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return plan[0]["Plan"]["Plan Rows"] >= 2 * limit
    bigrams = sorted({b for run, _ in index_runs(parsed) for b in _bigrams(run)})
    cursor.execute(
        "WITH t AS (SELECT reltuples FROM pg_class WHERE oid = %s::regclass), "
        "common AS (SELECT count(*) AS n FROM t, pg_stats s, "
        "unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq) "
        "WHERE s.schemaname = current_schema() AND s.tablename = %s AND s.attname = 'tokens' "
        "AND e.elem = ANY(%s) AND e.freq * t.reltuples >= %s) "
        "SELECT count(*) FILTER (WHERE d.tokens @@ %s::tsquery), count(*), (SELECT reltuples FROM t) "
        f"FROM {DOCUMENT_TABLE} d TABLESAMPLE SYSTEM ((SELECT CASE "
        "WHEN t.reltuples >= %s AND (SELECT n FROM common) = %s "
        "THEN least(100, 100.0 * %s / t.reltuples) ELSE 0 END FROM t)) REPEATABLE (0)",
        [
            DOCUMENT_TABLE,
            DOCUMENT_TABLE,
            bigrams,
            2 * limit,
            *params,
            10 * limit,
            len(bigrams),
            SAMPLE_ROWS,
        ],
    )
    matched, sampled, total = cursor.fetchone()
    return bool(sampled) and matched * total >= 2 * limit * sampled


def _heading_hits(parsed: ParsedQuery, rows: list[tuple[int, str | None]]) -> set[int]:
    """The ids among `rows` whose heading holds one of the terms (terms of one run each)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
                [fts5_heading_query_text(index_runs(parsed))],
            )
            return {row[0] for row in cursor.fetchall()}
    needles = parsed.needles
    headed = [(doc_id, heading) for doc_id, heading in rows if heading]
    if not headed:
        return set()
    # One fold for all of them (NUL folds to itself and is never in a heading's run).
    folded = fold("\0".join(heading for _, heading in headed)).split("\0")
    return {
        doc_id
        for (doc_id, _), heading in zip(headed, folded, strict=True)
        if any(n in heading for n in needles)
    }


def index_candidate_ids(parsed: ParsedQuery, speeches_qs=None) -> list[int]:
    """Every index row the index proposes for `parsed` (unverified, uncapped): for the benchmark's
    recall check."""
    sql, params = _match_sql(parsed)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    if speeches_qs is not None:
        allowed = set(speeches_qs.order_by().values_list("pk", flat=True))
        ids = [i for i in ids if speech_of(i) in allowed]
    return ids


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
        if not self.excludes and all(n in text for n in self.needles):
            folded = text  # needles are folded: found in the text ⇒ found in its fold
        else:
            # Cheap rejection before folding: each needle character (or a character folding to
            # it) must occur in the raw text.
            if not all(any(c in text for c in chars) for chars in self.char_sets):
                return False
            folded = fold(text)
            if not all(n in folded for n in self.needles):
                return False
            if any(x in folded for x in self.excludes):
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


def _id_list(ids) -> tuple[str, list]:
    """A subquery yielding `ids` from one parameter (a PostgreSQL array, a JSON list for SQLite):
    with thousands of ids, one placeholder each costs more to send and plan than the lookup."""
    if connection.vendor == "postgresql":
        return "SELECT unnest(%s::bigint[])", [list(ids)]
    return "SELECT value FROM json_each(%s)", [json.dumps(list(ids))]


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

    Only the speeches that can reach the page are put in date order: those scoring above the
    page's last score, and the newest of those tied with it."""
    from ..filters import SORT_ORDER
    from ..models import Speech

    end = start + PAGE_SIZE
    by_date = Speech.objects.order_by(*SORT_ORDER["date" if sort == "date" else "-date"])

    def in_order(ids, limit=None) -> list[int]:  # query: these speeches in date order
        if not ids:
            return []
        qs = by_date.filter(pk__in=RawSQL(*_id_list(ids))).values_list("pk", flat=True)
        return list(qs[:limit])

    if sort != "relevance":
        return in_order(list(scores), end)[start:]
    ranked = sorted(scores.values(), reverse=True)
    if start >= len(ranked):
        return []
    last = ranked[min(end, len(ranked)) - 1]
    above = in_order([pk for pk, score in scores.items() if score > last])
    above.sort(key=lambda pk: -scores[pk])  # stable: ties keep the date order
    tied = in_order([pk for pk, score in scores.items() if score == last], end - len(above))
    return (above + tied)[start:]


_PASSAGE_MASK = (1 << SPEECH_SHIFT - PASSAGE_SHIFT) - 1  # the passage part of a passage key
_SECTION_POINTS = [min(n, 3) + min(n, 10) for n in range(11)]  # SpeechHit.score, hits=1


def _index_mode(parsed: ParsedQuery, rows, speeches_qs, sort: str, page: int) -> SearchResult:
    """At most ID_CAP candidates. Few of them, or a query the index cannot decide alone (a term
    with punctuation inside, an exclusion): read and verify every candidate, rank on the text.
    More, for a query the index decides exactly (a bigram phrase at consecutive positions of one
    run *is* the substring): rank speeches from the ids (they encode speech and passage, see
    index.doc_id) and the heading hits, then read only the page's passages."""
    if speeches_qs is not None and rows:
        # query: which of the candidates' speeches pass the filters
        candidates = {speech_of(doc_id) for doc_id, _ in rows}
        allowed = set(
            speeches_qs.order_by()
            .filter(pk__in=RawSQL(*_id_list(candidates)))
            .values_list("pk", flat=True)
        )
        rows = [row for row in rows if speech_of(row[0]) in allowed]
    start = (page - 1) * PAGE_SIZE
    if not parsed.index_is_exact or len(rows) <= FULL_RANK_CAP:
        collector = _collect(parsed, [doc_id for doc_id, _ in rows])  # query: every candidate
        scores = {pk: hit.score for pk, hit in collector.speeches.items()}
        passage_count = collector.passage_count
        page_ids = _page_ids(scores, sort, start)
    else:
        # Per speech, from the ids: title hit, passages (chunks of a section are one passage),
        # passages with a heading hit (only a section's first chunk holds its heading).
        # SpeechHit.score with one occurrence per passage (the text is not read).
        headed = _heading_hits(parsed, rows)  # query (SQLite): the heading hits
        per_speech = SPEECH_SHIFT - PASSAGE_SHIFT
        passages = {doc_id >> PASSAGE_SHIFT for doc_id, _ in rows}
        sections = Counter(p >> per_speech for p in passages if p & _PASSAGE_MASK)
        titles = {p >> per_speech for p in passages if not p & _PASSAGE_MASK}
        headings = Counter(doc_id >> SPEECH_SHIFT for doc_id in headed)
        scores = dict.fromkeys(titles, 100)
        for pk, n in sections.items():
            scores[pk] = scores.get(pk, 0) + _SECTION_POINTS[n if n < 10 else 10]
        for pk, n in headings.items():
            if pk in scores:  # SQLite's heading hits are not narrowed by the filters
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


def _scan_mode(parsed: ParsedQuery, speeches_qs, sort: str, page: int) -> SearchResult:
    from ..filters import SORT_ORDER
    from ..models import Speech

    order = SORT_ORDER["date" if sort == "date" else "-date"]
    base = speeches_qs if speeches_qs is not None else Speech.objects.all()
    ordered_ids = base.order_by(*order).values_list("id", flat=True)
    wanted = page * PAGE_SIZE + 1
    collector = _Collector(parsed)
    matched: list[int] = []
    scanned = 0
    exhausted = False
    batch_size = max(30, wanted + wanted // 2)
    while len(matched) < wanted and scanned < SCAN_BUDGET:
        # query: the next speeches by date
        batch = list(ordered_ids[scanned : scanned + batch_size])
        if not batch:
            exhausted = True
            break
        scanned += len(batch)
        placeholders = ", ".join(["%s"] * len(batch))
        with connection.cursor() as cursor:
            # query: every passage of those speeches (the ids restrict both sides of the join,
            # or PostgreSQL's planner may merge-join the whole speech table)
            cursor.execute(
                _SELECT + f"WHERE d.speech_id IN ({placeholders}) AND s.id IN ({placeholders})",
                batch + batch,
            )
            for row in cursor.fetchall():
                collector.add(row)
        for speech_id in batch:
            if speech_id in collector.speeches and speech_id not in matched:
                matched.append(speech_id)
        if len(batch) < batch_size:
            exhausted = True
            break
        # Size the next batch from the share of speeches that matched so far.
        share = max(len(matched), 1) / scanned
        batch_size = min(SCAN_BATCH, max(30, int((wanted - len(matched)) / share * 1.2) + 1))
    if exhausted:
        speech_count, passage_count, approximate = len(matched), collector.passage_count, False
    else:
        total = base.order_by().count()  # query: filtered speeches, to extrapolate the totals
        ratio = total / scanned
        speech_count = round(len(matched) * ratio)
        passage_count = round(collector.passage_count * ratio)
        approximate = True
    start = (page - 1) * PAGE_SIZE
    page_ids = matched[start : start + PAGE_SIZE]
    return SearchResult(
        hits=[collector.speeches[i] for i in page_ids],
        speech_count=speech_count,
        passage_count=passage_count,
        approximate=approximate,
        date_ordered=sort == "relevance",
        partial=not exhausted and len(matched) < wanted,
        page=page,
        has_next=len(matched) > start + PAGE_SIZE and page < MAX_PAGES,
    )
