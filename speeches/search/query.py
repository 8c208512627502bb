"""The planner: ask the index, check where it cannot decide alone, rank, group by speech.

    run_search(parse_query("统战 民营经济 -宗教"), filtered_speeches, sort="relevance", page=1)

Semantics (docs/search.md): terms are exact substrings of the folded text (fold.py).
- Speech scope (default): a speech matches when its passages together (title, headings,
  sections, quotes) hold every term and none of them holds an excluded term.
- Section scope (同段): a speech matches when one of its passages holds every term and no
  excluded term.

Plan, speech scope:
1. Each term and each excluded term is probed alone (backends.py): the index's rows holding it,
   up to ID_CAP, or "too frequent". Candidate speeches are those holding every probed term,
   less those holding a probed excluded term, within the filters.
2. Terms and excluded terms too frequent to probe are looked up within the candidates
   (`rows_of_speeches`): excluded terms always, terms when there are at most RESOLVE_LIMIT
   candidates. The result is exact and ranked from the rows' ids (they encode speech and
   passage, see index.doc_id).
3. Otherwise (every term frequent, or a frequent term and many candidates) the speeches are
   scanned newest first, a batch at a time, until the page is full: totals are estimated.
Plan, section scope: the query as a whole is probed once (every term in one row); index mode
when it is below ID_CAP rows, else the same scan (the scope's old plan, unchanged).
Only the page's rows are read with their text, for snippets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Case, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from ..filters import SORT_ORDER
from ..models import Speech
from .backends import Row, SearchBackend, backend
from .db import connection
from .index import DOCUMENT_TABLE, PASSAGE_SHIFT, SPEECH_SHIFT, speech_of
from .locate import SpeechHitMap, locate_hits
from .models import SearchDocument
from .parse import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    SCOPES,
    SECTION,
    SPEECH,
    ParsedQuery,
    Term,
    parse_query,
)
from .results import (
    COUNT_CAP,
    Count,
    Reader,
    SearchResult,
    SpeechHit,
    build_snippets,
    read_passage,
    speech_score,
)
from .snippets import highlight

__all__ = [
    "COUNT_CAP",
    "MAX_PAGES",
    "MAX_QUERY_LENGTH",
    "MAX_TERMS",
    "PAGE_SIZE",
    "SCOPES",
    "SECTION",
    "SPEECH",
    "ParsedQuery",
    "SearchResult",
    "SpeechHit",
    "SpeechHitMap",
    "Term",
    "locate_hits",
    "matching_ids",
    "matching_speeches",
    "parse_query",
    "run_search",
    "speech_in",
]

PAGE_SIZE = 20
MAX_PAGES = 50  # 1,000 speeches: beyond that, narrow the search
ID_CAP = 6000  # rows of a term (as ids) before it counts as too frequent to probe
SCAN_BATCH = 300  # most speeches per batch in a scan
SCAN_BUDGET = 3000  # speeches scanned at most for one page (then the page says it is partial)
RESOLVE_LIMIT = 300  # candidate speeches a frequent term is looked up in at once (else a scan)

PER_SPEECH = SPEECH_SHIFT - PASSAGE_SHIFT

ROW_SELECT = (
    "SELECT d.id, d.speech_id, d.section_id, d.kind, d.position, d.heading_length, d.text, "
    "COALESCE(sec.anchor, ''), COALESCE(sec.number, ''), "
    "s.title, s.meeting, s.level, s.year, s.date, s.genre "
    f"FROM {DOCUMENT_TABLE} d "
    "JOIN speeches_speech s ON s.id = d.speech_id "
    "LEFT JOIN speeches_section sec ON sec.id = d.section_id "
)


@dataclass
class Found:
    """What the planner knows of the matching speeches: each one's matching rows (ids), in
    rank or date order, and which rows have a term in their heading."""

    rows: dict[int, list[int]]  # speech → its matching rows
    headed: set[int] = field(default_factory=set)
    estimated_from: float = 0  # > 0: a scan of this many speeches, extrapolated to the total
    scanned: int = 0
    partial: bool = False
    date_ordered: bool = False
    # speech → its passages per term, for ranking several terms apart; None when every row
    # holds every term (one term, or 同段)
    terms: dict[int, list[set[int]]] | None = None


def run_search(
    parsed: ParsedQuery,
    speeches_qs: QuerySet | None,
    *,
    sort: str = "relevance",
    page: int = 1,
) -> SearchResult:
    """One page of results. `speeches_qs`: the filtered Speech queryset, or None for all."""
    page = max(1, min(page, MAX_PAGES))
    db = backend()
    if parsed.scope == SECTION:
        found = _section_plan(db, parsed, speeches_qs, sort, page)
    else:
        found = _speech_plan(db, parsed, speeches_qs, sort, page)
    return _result(db, parsed, found, speeches_qs, sort, page)


# ---------------------------------------------------------------- speech scope


def _verified(db: SearchBackend, parsed: ParsedQuery, ids: list[int]) -> list[int]:
    """Those of `ids` (a superset from the index) whose text matches (query), unless the index
    decides alone."""
    if parsed.index_is_exact or not ids:
        return ids
    matches = Reader(parsed).matches
    texts = SearchDocument.objects.filter(pk__in=_id_subquery(db, ids)).values_list("pk", "text")
    return [pk for pk, text in texts.iterator(chunk_size=2000) if matches(text)]


def _id_subquery(db: SearchBackend, ids: Iterable[int]) -> RawSQL:
    return RawSQL(*db.id_list(ids))


def _by_speech(ids: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for doc_id in ids:
        out.setdefault(doc_id >> SPEECH_SHIFT, []).append(doc_id)
    return out


def _allowed(db: SearchBackend, speeches_qs: QuerySet | None, speeches: set[int]) -> set[int]:
    """Those of `speeches` that pass the filters (query, with filters)."""
    if speeches_qs is None or not speeches:
        return speeches
    return set(speeches_qs.order_by().filter(db.speech_in(speeches)).values_list("pk", flat=True))


def _speech_plan(
    db: SearchBackend, parsed: ParsedQuery, speeches_qs: QuerySet | None, sort: str, page: int
) -> Found:
    single = [parsed.only(term) for term in parsed.terms]
    # 1. Probe each term and excluded term alone (query each).
    probed: dict[int, list[Row]] = {}
    frequent: list[int] = []
    for i, query in enumerate(single):
        rows = db.probe(query, ID_CAP + 1)
        if rows is None:
            frequent.append(i)
        else:
            kept = set(_verified(db, query, [r[0] for r in rows]))
            probed[i] = [r for r in rows if r[0] in kept]
    excluded: set[int] = set()
    frequent_excludes: list[ParsedQuery] = []
    for term in parsed.excludes:
        query = parsed.only(term)
        rows = db.probe(query, ID_CAP + 1)
        if rows is None:
            frequent_excludes.append(query)
        else:
            excluded.update(map(speech_of, _verified(db, query, [r[0] for r in rows])))
    per_term = {i: _by_speech(r[0] for r in rows) for i, rows in probed.items()}
    candidates: set[int] | None = None
    for ids in per_term.values():
        candidates = set(ids) if candidates is None else candidates & ids.keys()
    if candidates is not None:
        candidates = _allowed(db, speeches_qs, candidates - excluded)
        # 2. The frequent terms within the candidates (query each): for a frequent term only
        # when they are few (most candidates hold such a term: a scan fills the page sooner);
        # for frequent exclusions always (a scan would walk them all to find the few left).
        if len(candidates) <= (RESOLVE_LIMIT if frequent else ID_CAP):
            for i in frequent:
                if not candidates:
                    per_term[i] = {}
                    continue
                rows_of = db.rows_of_speeches(single[i], sorted(candidates))
                per_term[i] = _by_speech(_verified(db, single[i], rows_of))
                candidates &= per_term[i].keys()
            for query in frequent_excludes:
                if candidates:
                    candidates -= _speeches_holding(db, query, sorted(candidates))
            headed: set[int] = set()
            if sort == "relevance":
                for i, rows in probed.items():  # query each (SQLite): heading hits
                    if rows:
                        headed |= db.heading_hits(single[i], rows)
            found = Found({pk: [] for pk in candidates}, headed)
            for pk in candidates:
                found.rows[pk] = [d for ids in per_term.values() for d in ids[pk]]
            if len(single) > 1:
                found.terms = _passages_per_term(per_term, candidates, len(single))
            return found
    # 3. Scan newest first.
    return _scan(
        db,
        speeches_qs,
        sort,
        page,
        lambda batch: _speech_batch(db, batch, single, per_term, frequent, frequent_excludes),
        candidates,
        excluded,
    )


def _speeches_holding(db: SearchBackend, query: ParsedQuery, speech_ids: list[int]) -> set[int]:
    """Those of the speeches holding `query` (an excluded frequent term; query)."""
    if query.index_is_exact:
        return db.speeches_with(query, speech_ids)
    return {speech_of(d) for d in _verified(db, query, db.rows_of_speeches(query, speech_ids))}


def _passages_per_term(
    per_term: dict[int, dict[int, list[int]]], speeches: Iterable[int], n: int
) -> dict[int, list[set[int]]]:
    return {
        pk: [{d >> PASSAGE_SHIFT for d in per_term[i].get(pk, ())} for i in range(n)]
        for pk in speeches
    }


def _speech_batch(
    db: SearchBackend,
    batch: list[int],
    single: list[ParsedQuery],
    per_term: dict[int, dict[int, list[int]]],
    frequent: list[int],
    frequent_excludes: list[ParsedQuery],
) -> dict[int, list[int]]:
    """The speeches of `batch` (all candidates of the probed terms) that match, with their rows:
    the frequent terms and excluded terms looked up within them (query each)."""
    batch_terms = dict(per_term)
    alive = list(batch)
    for i in frequent:
        if not alive:
            break
        batch_terms[i] = _by_speech(_verified(db, single[i], db.rows_of_speeches(single[i], alive)))
        alive = [pk for pk in alive if pk in batch_terms[i]]
    for query in frequent_excludes:
        if not alive:
            break
        gone = _speeches_holding(db, query, alive)
        alive = [pk for pk in alive if pk not in gone]
    return {pk: [d for ids in batch_terms.values() for d in ids.get(pk, ())] for pk in alive}


# ---------------------------------------------------------------- section scope (同段)


def _section_plan(
    db: SearchBackend, parsed: ParsedQuery, speeches_qs: QuerySet | None, sort: str, page: int
) -> Found:
    # The probe ignores the filters on purpose: it asks "is this query frequent?", which the
    # index answers from its posting lists alone; joined with a selective filter, a frequent term
    # would have to visit many rows to find ID_CAP of them.
    rows = db.probe(parsed, ID_CAP + 1)  # query: the candidate passages
    if rows is None:

        def batch_rows(batch: list[int]) -> dict[int, list[int]]:
            return _by_speech(_verified(db, parsed, db.rows_of_speeches(parsed, batch)))

        return _scan(db, speeches_qs, sort, page, batch_rows, None, set())
    kept = set(_verified(db, parsed, [r[0] for r in rows]))  # query: every candidate (-词 …)
    rows = [r for r in rows if r[0] in kept]
    by_speech = _by_speech(r[0] for r in rows)
    allowed = _allowed(db, speeches_qs, set(by_speech))  # query: the filters
    rows = [r for r in rows if speech_of(r[0]) in allowed]
    headed = db.heading_hits(parsed, rows) if rows and sort == "relevance" else set()
    return Found({pk: ids for pk, ids in by_speech.items() if pk in allowed}, headed)


# ---------------------------------------------------------------- scan


def _scan(
    db: SearchBackend,
    speeches_qs: QuerySet | None,
    sort: str,
    page: int,
    batch_rows: Callable[[list[int]], dict[int, list[int]]],
    candidates: set[int] | None,
    excluded: set[int],
) -> Found:
    """Walk the speeches by date, a batch at a time, until the page is full: `batch_rows(batch)`
    gives the matching speeches of a batch with their rows (query each, and one per batch)."""
    order = SORT_ORDER["date" if sort == "date" else "-date"]
    base = speeches_qs if speeches_qs is not None else Speech.objects.all()
    walked = base.filter(db.speech_in(candidates)) if candidates is not None else base
    ordered_ids = walked.order_by(*order).values_list("id", flat=True)
    wanted = page * PAGE_SIZE + 1
    found: dict[int, list[int]] = {}
    scanned = 0
    exhausted = False
    batch_size = max(30, wanted + wanted // 2)
    while len(found) < wanted and scanned < SCAN_BUDGET:
        batch = list(ordered_ids[scanned : scanned + batch_size])  # query: the next speeches
        if not batch:
            exhausted = True
            break
        scanned += len(batch)
        alive = [pk for pk in batch if pk not in excluded]
        rows = batch_rows(alive) if alive else {}
        found.update((pk, rows[pk]) for pk in alive if pk in rows)
        if len(batch) < batch_size:
            exhausted = True
            break
        # Size the next batch from the share of speeches that matched so far.
        share = max(len(found), 1) / scanned
        batch_size = min(SCAN_BATCH, max(30, int((wanted - len(found)) / share * 1.2) + 1))
    result = Found(found, date_ordered=sort == "relevance", scanned=scanned)
    if not exhausted:
        if candidates is not None:
            total = float(len(candidates))
        else:
            total = db.speech_total(base, filtered=speeches_qs is not None)
        result.estimated_from = max(total, scanned)
        result.partial = len(found) < wanted
    return result


# ---------------------------------------------------------------- ranking and the page


def _scores(found: Found, passages: dict[int, set[int]]) -> dict[int, int]:
    """Each speech's speech_score from its passages (keys) and heading hits."""
    headed_passages: dict[int, int] = {}
    for doc_id in found.headed:
        headed_passages[doc_id >> SPEECH_SHIFT] = headed_passages.get(doc_id >> SPEECH_SHIFT, 0) + 1
    scores = {}
    shift = SPEECH_SHIFT - PASSAGE_SHIFT
    for pk, keys in passages.items():
        title = pk << shift in keys  # the title's passage is number 0
        together = found.terms is None or bool(set.intersection(*found.terms[pk]))
        scores[pk] = speech_score(title, len(keys) - title, headed_passages.get(pk, 0), together)
    return scores


def _page_ids(db: SearchBackend, scores: dict[int, int], sort: str, start: int) -> list[int]:
    """The page's speeches: by score (relevance) with ties newest first, or by date.

    Only the speeches that can reach the page are put in date order, in one query: those scoring
    above the page's last score (fewer than a page), then the newest of those tied with it."""
    end = start + PAGE_SIZE
    order = SORT_ORDER["date" if sort == "date" else "-date"]
    if sort != "relevance":
        above, contenders = [], list(scores)
    else:
        ranked = sorted(scores.values(), reverse=True)
        if start >= len(ranked):
            return []
        last = ranked[min(end, len(ranked)) - 1]
        contenders = [pk for pk, score in scores.items() if score >= last]
        above = [pk for pk in contenders if scores[pk] > last]
    if not contenders:
        return []
    qs = Speech.objects.filter(db.speech_in(contenders))
    if above:
        first = When(db.speech_in(above), then=Value(0))
        qs = qs.annotate(tied=Case(first, default=Value(1))).order_by("tied", *order)
    else:
        qs = qs.order_by(*order)
    ids = list(qs.values_list("pk", flat=True)[:end])  # query: the contenders in date order
    ranked_above = sorted(ids[: len(above)], key=lambda pk: -scores[pk])  # stable: by date
    return (ranked_above + ids[len(above) :])[start:]


def _result(
    db: SearchBackend,
    parsed: ParsedQuery,
    found: Found,
    speeches_qs: QuerySet | None,
    sort: str,
    page: int,
) -> SearchResult:
    start = (page - 1) * PAGE_SIZE
    passage_keys = {pk: {d >> PASSAGE_SHIFT for d in ids} for pk, ids in found.rows.items()}
    if found.scanned:
        page_ids = list(found.rows)[start : start + PAGE_SIZE]
        scores: dict[int, int] = {}
    else:
        scores = _scores(found, passage_keys)
        page_ids = _page_ids(db, scores, sort, start)
    speech_total = len(found.rows)
    passage_total = sum(map(len, passage_keys.values()))
    estimated = bool(found.estimated_from)
    if estimated:
        ratio = found.estimated_from / found.scanned
        speech_total, passage_total = round(speech_total * ratio), round(passage_total * ratio)
    hits = _read_page(db, parsed, found, page_ids)  # query: the page's rows with their text
    for rank, hit in enumerate(hits, start=start + 1):
        hit.rank = rank
        hit.score = scores.get(hit.speech_id, 0)
        hit.passage_count = len(passage_keys[hit.speech_id])
        n = len(parsed.terms)
        hit.together = len(hit.title_terms) == n or any(len(p.terms) == n for p in hit.passages)
        hit.title_html = highlight(hit.title, parsed.needles)
        hit.snippets = build_snippets(hit, parsed.needles)
    shown = min(speech_total, MAX_PAGES * PAGE_SIZE)
    return SearchResult(
        hits=hits,
        speeches=Count.of(speech_total, estimated=estimated),
        passages=Count.of(passage_total, estimated=estimated),
        date_ordered=found.date_ordered,
        page=page,
        page_count=None if estimated else max(1, -(-shown // PAGE_SIZE)),
        has_next=len(found.rows) > start + PAGE_SIZE and page < MAX_PAGES,
        partial=found.partial,
    )


def _read_page(
    db: SearchBackend, parsed: ParsedQuery, found: Found, page_ids: list[int]
) -> list[SpeechHit]:
    ids = [d for pk in page_ids for d in found.rows[pk]]
    if not ids:
        return []
    reader = Reader(parsed)
    hits: dict[int, SpeechHit] = {}
    id_sql, params = db.id_list(ids)
    with connection.cursor() as cursor:
        cursor.execute(ROW_SELECT + f"WHERE d.id IN ({id_sql})", params)
        rows = cursor.fetchall()
    seen: set[tuple[int, int]] = set()
    for row in sorted(rows, key=lambda r: r[0]):
        passage, (title, meeting, level, year, date, genre) = read_passage(reader, row)
        speech_id = row[1]
        hit = hits.get(speech_id)
        if hit is None:
            hit = hits[speech_id] = SpeechHit(speech_id, title, meeting, level, year, date, genre)
        if passage is None:
            continue
        if passage.section_id is None:
            hit.title_terms = passage.terms
        elif (speech_id, passage.position) not in seen:  # a chunk overlap of a long section
            seen.add((speech_id, passage.position))
            hit.passages.append(passage)
    return [hits[pk] for pk in page_ids if pk in hits]


def matching_ids(parsed: ParsedQuery, speeches_qs: QuerySet | None = None) -> list[int]:
    """The ids of every index row the search counts as a matching passage, uncapped (the
    benchmark's recall and precision): speech scope, the rows holding a term in the speeches
    whose rows together hold every term and none of which holds an excluded term; 同段, the rows
    holding every term and no excluded one."""
    db = backend()
    if parsed.scope == SECTION:
        ids = _verified(db, parsed, db.match_ids(parsed))
    else:
        per_term = [
            _by_speech(_verified(db, q, db.match_ids(q))) for q in map(parsed.only, parsed.terms)
        ]
        speeches = set.intersection(*(set(p) for p in per_term))
        for term in parsed.excludes:
            query = parsed.only(term)
            speeches -= {speech_of(d) for d in _verified(db, query, db.match_ids(query))}
        ids = sorted({d for p in per_term for pk in speeches for d in p.get(pk, ())})
    if speeches_qs is not None:
        allowed = set(speeches_qs.order_by().values_list("pk", flat=True))
        ids = [i for i in ids if speech_of(i) in allowed]
    return ids


def matching_speeches(parsed: ParsedQuery) -> set[int]:
    """The speeches the search finds for `parsed`, uncapped and unfiltered (/trends/' counts,
    the exports' selection): `matching_ids`' speeches, without sending each matching row when
    the index decides alone."""
    if not parsed.terms:
        return set()
    db = backend()

    def holding(query: ParsedQuery) -> set[int]:
        if query.index_is_exact:
            return db.match_speeches(query)
        return {speech_of(d) for d in _verified(db, query, db.match_ids(query))}

    if parsed.scope == SECTION:
        return holding(parsed)
    speeches = set.intersection(*(holding(parsed.only(term)) for term in parsed.terms))
    for term in parsed.excludes:
        speeches -= holding(parsed.only(term))
    return speeches


def speech_in(ids: Iterable[int]) -> Q | RawSQL:
    """A filter for the speeches whose id is in `ids` (any number of them, as one parameter)."""
    return backend().speech_in(ids)
