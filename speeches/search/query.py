"""The query side: parse what staff typed, ask the index, verify, rank, group by speech.

    parse_query("统战 \"两个 维护\" -工作")  →  terms 统战, 两个 维护; excluded 工作
    run_search(parsed, filtered_speeches, sort, page)  →  SearchResult (one page of speeches)

Semantics: a passage (the title, or one section: heading + body + its quotes) matches when its
folded text contains every term as an exact substring and no excluded term; a speech matches
when one of its passages does. Terms are folded exactly like the indexed text (fold.py).

Plan (see docs/search.md):
1. index mode — the index (PostgreSQL tsvector + GIN / SQLite FTS5, bigram phrases) returns at
   most CANDIDATE_CAP candidate passages; each is verified in Python (exact substring truth, so
   precision is 1.0, and the bigram index never misses a true hit, so recall is 1.0); speeches are
   ranked (title hit, heading hits, number of hits) and counted exactly.
2. scan mode — a term too frequent for the cap (工作 is in most passages): the index cannot help,
   so the filtered speeches are walked in date order, a batch at a time, and their passages
   verified in Python until the page is full. Totals are estimated and shown capped ("1000+").
User text never reaches a database query parser: the tsquery / MATCH strings are built here from
folded runs, every lexeme quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import connection

from .fold import fold, preimages
from .index import DOCUMENT_TABLE, FTS_TABLE
from .snippets import highlight, snippet
from .tokens import quote_lexeme, runs

MAX_QUERY_LENGTH = 200  # characters kept from the box; the rest is dropped with a notice
MAX_TERMS = 8
PAGE_SIZE = 20
MAX_PAGES = 50  # 1,000 speeches: beyond that, narrow the search
CANDIDATE_CAP = 2000  # passages fetched with their text from the index (index mode)
ID_CAP = 6000  # passages fetched as ids only (ids mode) before switching to scan mode
COUNT_CAP = 1000  # totals above this are shown as "1000+"
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


def _unique_runs(terms: list[Term]) -> list[str]:
    out: list[str] = []
    for term in terms:
        for run in term.runs:
            if run not in out:
                out.append(run)
    return out


def tsquery_text(terms: list[Term]) -> str:
    """`'统战' <-> '战工' <-> '工作' & '党':*` — every lexeme quoted and escaped."""
    parts = []
    for run in _unique_runs(terms):
        if len(run) == 1:
            parts.append(f"'{quote_lexeme(run)}':*")
        else:
            parts.append("(" + " <-> ".join(f"'{quote_lexeme(b)}'" for b in _bigrams(run)) + ")")
    return " & ".join(parts)


def fts5_query_text(terms: list[Term]) -> str:
    """`"统战 战工 工作" AND "党"*` — phrases of bigram tokens, every string quoted."""
    parts = []
    for run in _unique_runs(terms):
        if len(run) == 1:
            parts.append('"{}"*'.format(run.replace('"', '""')))
        else:
            parts.append('"{}"'.format(" ".join(_bigrams(run)).replace('"', '""')))
    return " AND ".join(parts)


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

    @property
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


def _date_key(descending: bool):
    """Python equivalent of SpeechFilter's SORT_ORDER for -date / date (nulls last, then id)."""

    def key(hit: SpeechHit):
        year = hit.year if hit.year is not None else None
        date = hit.date.toordinal() if hit.date else None
        sign = -1 if descending else 1
        return (
            year is None,
            sign * (year or 0),
            date is None,
            sign * (date or 0),
            sign * hit.speech_id,
        )

    return key


_SELECT = (
    "SELECT d.id, d.speech_id, d.section_id, d.kind, d.position, d.heading_length, d.text, "
    "COALESCE(sec.anchor, ''), s.title, s.meeting, s.level, s.year, s.date "
    f"FROM {DOCUMENT_TABLE} d "
    "JOIN speeches_speech s ON s.id = d.speech_id "
    "LEFT JOIN speeches_section sec ON sec.id = d.section_id "
)


def _candidate_sql(
    parsed: ParsedQuery, speech_filter_sql, columns: str = "d.id", limit: int | None = None
) -> tuple[str, list]:
    """`SELECT <columns> FROM the index rows matching the query [and the filters] [LIMIT n]`."""
    where, params = [], []
    sql = f"SELECT {columns} FROM {DOCUMENT_TABLE} d "
    if connection.vendor == "postgresql":
        where.append("d.tokens @@ %s::tsquery")
        params.append(tsquery_text(parsed.terms))
    else:
        sql += f"JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = d.id "
        where.append(f"{FTS_TABLE} MATCH %s")
        params.append(fts5_query_text(parsed.terms))
    if speech_filter_sql is not None:
        sub_sql, sub_params = speech_filter_sql
        where.append(f"d.speech_id IN ({sub_sql})")
        params += list(sub_params)
    sql += "WHERE " + " AND ".join(where)
    if limit is not None:
        # Also tells PostgreSQL's planner how few rows to expect (its estimate for a bigram or a
        # prefix is often far too high, which made it hash-join the whole speech table).
        sql += " LIMIT %s"
        params.append(limit)
    return sql, params


_DOC_COLUMNS = "d.id, d.speech_id, d.section_id, d.kind, d.position, d.heading_length, d.text"
_WITH_SPEECH = (
    "SELECT c.id, c.speech_id, c.section_id, c.kind, c.position, c.heading_length, c.text, "
    "COALESCE(sec.anchor, ''), s.title, s.meeting, s.level, s.year, s.date "
    "FROM ({}) c "
    "JOIN speeches_speech s ON s.id = c.speech_id "
    "LEFT JOIN speeches_section sec ON sec.id = c.section_id"
)


def index_candidate_ids(parsed: ParsedQuery, speeches_qs=None) -> list[int]:
    """Every index row the index proposes for `parsed` (unverified, uncapped): for the benchmark's
    recall check."""
    filter_sql = None
    if speeches_qs is not None:
        filter_sql = speeches_qs.order_by().values("id").query.sql_with_params()
    sql, params = _candidate_sql(parsed, filter_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


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
    filter_sql = None
    if speeches_qs is not None:
        filter_sql = speeches_qs.order_by().values("id").query.sql_with_params()
    # The probe ignores the filters on purpose: it asks "is this term frequent?", which the index
    # answers from its posting lists alone; joined with a selective filter, a frequent term would
    # have to visit many rows to find CANDIDATE_CAP of them.
    cap = ID_CAP
    result = _search_with_index(parsed, filter_sql, sort, page, cap)
    if result is None:
        result = _scan_mode(parsed, speeches_qs, sort, page)
    for hit in result.hits:
        hit.title_html = highlight(hit.title, parsed.needles)
        for passage in hit.top_passages:
            passage.snippet = snippet(passage.text, parsed.needles)
    return result


def _search_with_index(parsed, filter_sql, sort, page, cap):
    """Index or ids mode; None when the terms are too frequent (scan mode)."""
    count_sql, count_params = _candidate_sql(parsed, None, limit=cap + 1)
    with connection.cursor() as cursor:
        # query: capped count of candidates
        cursor.execute(f"SELECT COUNT(*) FROM ({count_sql}) capped", count_params)
        candidates = cursor.fetchone()[0]
    # A term the index cannot decide alone (several runs, or exclusions) is verified in Python
    # on up to ID_CAP candidates rather than scanned: its runs may be frequent while the whole
    # term is rare.
    if candidates <= CANDIDATE_CAP or (candidates <= ID_CAP and not parsed.index_is_exact):
        inner, params = _candidate_sql(parsed, filter_sql, _DOC_COLUMNS, limit=max(candidates, 1))
        sql = _WITH_SPEECH.format(inner)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)  # query: the candidate passages with speech and anchor
            rows = cursor.fetchall()
        collector = _Collector(parsed)
        for row in rows:
            collector.add(row)
        return _index_mode(collector, sort, page)
    if candidates <= ID_CAP and parsed.index_is_exact:
        return _ids_mode(parsed, filter_sql, sort, page, candidates)
    return None


def _index_mode(collector: _Collector, sort: str, page: int) -> SearchResult:
    hits = list(collector.speeches.values())
    if sort == "relevance":
        hits.sort(key=_date_key(True))
        hits.sort(key=lambda h: -h.score)  # stable: ties stay newest first
    else:
        hits.sort(key=_date_key(sort == "-date"))
    start = (page - 1) * PAGE_SIZE
    return SearchResult(
        hits=hits[start : start + PAGE_SIZE],
        speech_count=len(hits),
        passage_count=collector.passage_count,
        approximate=False,
        date_ordered=False,
        page=page,
        has_next=len(hits) > start + PAGE_SIZE and page < MAX_PAGES,
    )


def _ids_mode(
    parsed: ParsedQuery, filter_sql, sort: str, page: int, candidates: int
) -> SearchResult:
    """Medium-frequency terms (≤ ID_CAP passages) that the index decides exactly: rank speeches
    from the candidates' ids (title hit, number of passages, date) without reading any text, then
    read and verify only the passages of the page's speeches."""
    inner, params = _candidate_sql(
        parsed, filter_sql, "d.id, d.speech_id, d.section_id, d.kind", limit=candidates
    )
    sql = (
        "SELECT c.id, c.speech_id, c.section_id, c.kind, s.year, s.date "
        f"FROM ({inner}) c JOIN speeches_speech s ON s.id = c.speech_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # query: every candidate passage as ids (no text)
        rows = cursor.fetchall()
    speeches: dict[int, SpeechHit] = {}
    doc_ids: dict[int, list[int]] = {}
    sections: set[int] = set()
    for doc_id, speech_id, section_id, kind, year, date in rows:
        hit = speeches.get(speech_id)
        if hit is None:
            hit = speeches[speech_id] = SpeechHit(speech_id, "", "", "", year, date)
            doc_ids[speech_id] = []
        doc_ids[speech_id].append(doc_id)
        if kind == 0:
            hit.title_hit = True
        elif section_id not in sections:
            sections.add(section_id)
    hits = list(speeches.values())
    hits.sort(key=_date_key(sort != "date"))
    if sort == "relevance":
        counts = {i: len(ids) for i, ids in doc_ids.items()}
        hits.sort(key=lambda h: -(100 * h.title_hit + min(counts[h.speech_id], 10)))
    start = (page - 1) * PAGE_SIZE
    page_hits = hits[start : start + PAGE_SIZE]
    wanted = [d for h in page_hits for d in doc_ids[h.speech_id]]
    collector = _Collector(parsed)
    if wanted:
        placeholders = ", ".join(["%s"] * len(wanted))
        with connection.cursor() as cursor:
            cursor.execute(  # query: the page's passages with their text, speech and anchor
                _SELECT + f"WHERE d.id IN ({placeholders})", wanted
            )
            for row in cursor.fetchall():
                collector.add(row)
    return SearchResult(
        hits=[
            collector.speeches[h.speech_id] for h in page_hits if h.speech_id in collector.speeches
        ],
        speech_count=len(hits),
        passage_count=len(sections),
        approximate=False,
        date_ordered=False,
        page=page,
        has_next=len(hits) > start + PAGE_SIZE and page < MAX_PAGES,
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
            cursor.execute(  # query: every passage of those speeches
                _SELECT + f"WHERE d.speech_id IN ({placeholders})", batch
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
