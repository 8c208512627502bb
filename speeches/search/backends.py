"""What the query planner asks the database, one class per database behind one interface.

Both answer from their bigram index (tokens.py): PostgreSQL from the `tokens` tsvector column
and its GIN index, SQLite from the FTS5 table whose rowids are the index rows' ids. Each method
returns the index's answer for the query's terms: exactly the rows holding every term when
`ParsedQuery.index_is_exact`, a superset otherwise (the planner then checks the text).

User text never reaches a database query parser: the tsquery / MATCH strings are built here from
folded runs, every lexeme quoted.
"""

from __future__ import annotations

import json
import math
from abc import ABC, abstractmethod
from typing import Any

from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL

from .db import connection
from .fold import fold, variants_pattern
from .index import DOCUMENT_TABLE, FTS_TABLE, SPEECH_SHIFT
from .parse import ParsedQuery
from .stats import IndexStats, index_stats
from .tokens import quote_lexeme, runs

SAMPLE_ROWS = 1000  # PostgreSQL: index rows sampled to tell a frequent phrase (_looks_frequent)
COMMON_SHARE = 0.05  # PostgreSQL: a run's bigrams in more of the rows are left out of the probe
TOGETHER_SHARE = 0.8  # PostgreSQL: common words estimated together in this share of the cap: scan
POSTINGS_PER_ROW = 1000  # PostgreSQL: reading a row (~7 µs) costs as much as merging 1,000 postings

Row = tuple[int, str | None]  # (index row id, its heading on PostgreSQL, else None)

# ---------------------------------------------------------------- query strings


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


def _run_lexemes(run: str, closed: bool) -> list[tuple[str, bool]]:
    """The tokens the index is asked for one run, as (lexeme, prefix)."""
    return [(t, False) for t in _phrase(run, closed)] if len(run) > 1 else [(run, not closed)]


def lexemes(parsed: ParsedQuery) -> list[tuple[str, bool]]:
    """Every token the index query asks for, once each, as (lexeme, prefix)."""
    return list(dict.fromkeys(item for run in index_runs(parsed) for item in _run_lexemes(*run)))


def _and_tsquery(items: list[tuple[str, bool]]) -> str:
    """`'统战' & '战工' & '党':*` — rows holding every lexeme, anywhere."""
    return " & ".join(f"'{quote_lexeme(t)}'" + (":*" if prefix else "") for t, prefix in items)


def array_literal(ids: Any) -> str:
    """PostgreSQL: integers as one array literal, `{1,2,3}`, sent as text and cast by the query.
    psycopg adapts a list element by element: 3.6 ms for 4,713 ids, against 1.0 ms so."""
    return "{" + ",".join(map(str, map(int, ids))) + "}"


def _headings_holding(needles: list[str], rows: list[Row]) -> set[int]:
    """The ids among `rows` (with their heading text) whose heading holds one of `needles`."""
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
    others = [(d, h) for d, h in headed if d not in hits and variant.search(h)]
    if others:
        folded = fold("\0".join(heading for _, heading in others)).split("\0")
        hits.update(
            doc_id
            for (doc_id, _), heading in zip(others, folded, strict=True)
            if any(n in heading for n in needles)
        )
    return hits


# ---------------------------------------------------------------- the interface


class SearchBackend(ABC):
    """The planner's questions to the database (query.py), answered from the index."""

    vendor = ""

    @abstractmethod
    def probe(self, parsed: ParsedQuery, limit: int) -> list[Row] | None:
        """Up to `limit` rows holding every term, unfiltered, or None when there are `limit` or
        more: the query is too frequent for index mode. One lookup serves both to tell a
        frequent term and, otherwise, as the complete candidate list."""

    @abstractmethod
    def match_ids(self, parsed: ParsedQuery) -> list[int]:
        """Every row holding every term, uncapped (the benchmark's truth check)."""

    @abstractmethod
    def match_speeches(self, parsed: ParsedQuery) -> set[int]:
        """The speeches with a row holding every term: `match_ids`' speeches, sent as one id
        each (a term in every speech has a million rows and fifty thousand speeches)."""

    @abstractmethod
    def rows_of_speeches(self, parsed: ParsedQuery, speech_ids: list[int]) -> list[int]:
        """The ids of these speeches' rows holding every term (scan mode; frequent terms)."""

    @abstractmethod
    def speeches_with(self, parsed: ParsedQuery, speech_ids: list[int]) -> set[int]:
        """Those of the speeches with a row holding every term, each speech's rows read only up
        to the first that does (a frequent excluded term: most speeches hold it early)."""

    @abstractmethod
    def heading_hits(self, parsed: ParsedQuery, rows: list[Row]) -> set[int]:
        """The ids among `rows` whose heading holds one of the terms (terms of one run each)."""

    @abstractmethod
    def id_list(self, ids: Any) -> tuple[str, list]:
        """A subquery yielding `ids` from one parameter: with thousands of ids, one placeholder
        each costs more to send and plan than the lookup."""

    def speech_in(self, ids: Any) -> Q | RawSQL:
        """A filter for the speeches whose id is in `ids`, passed as one parameter."""
        return Q(pk__in=RawSQL(*self.id_list(ids)))

    def speech_total(self, base: QuerySet, *, filtered: bool) -> float:
        """How many speeches a scan would walk, to extrapolate its totals (shown as estimates)."""
        return base.order_by().count()


class SQLiteBackend(SearchBackend):
    """FTS5 answers every question from its posting lists alone, exactly for a query of
    single-run terms: a phrase of bigram tokens matches only at consecutive positions."""

    vendor = "sqlite"

    def _select(self, parsed: ParsedQuery) -> tuple[str, list]:
        return (
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
            [fts5_query_text(index_runs(parsed))],
        )

    def probe(self, parsed: ParsedQuery, limit: int) -> list[Row] | None:
        sql, params = self._select(parsed)
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} LIMIT %s", [*params, limit])
            rows = cursor.fetchall()
        return None if len(rows) >= limit else [(row[0], None) for row in rows]

    def match_ids(self, parsed: ParsedQuery) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(*self._select(parsed))
            return [row[0] for row in cursor.fetchall()]

    # An FTS5 row `f` matching the query and belonging to the speech `j.value` (its id range).
    IN_SPEECH = (
        f"f.{FTS_TABLE} MATCH %s AND f.rowid >= j.value << {SPEECH_SHIFT} "
        f"AND f.rowid < (j.value + 1) << {SPEECH_SHIFT}"
    )

    def match_speeches(self, parsed: ParsedQuery) -> set[int]:
        sql, params = self._select(parsed)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT DISTINCT rowid >> {SPEECH_SHIFT} FROM ({sql})", params)
            return {row[0] for row in cursor.fetchall()}

    def rows_of_speeches(self, parsed: ParsedQuery, speech_ids: list[int]) -> list[int]:
        """Only the index is read: FTS5 looks each speech's id range up in the posting lists."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT f.rowid FROM json_each(%s) j CROSS JOIN {FTS_TABLE} f "
                f"WHERE {self.IN_SPEECH}",
                [json.dumps(speech_ids), fts5_query_text(index_runs(parsed))],
            )
            return [row[0] for row in cursor.fetchall()]

    def speeches_with(self, parsed: ParsedQuery, speech_ids: list[int]) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT j.value FROM json_each(%s) j "
                f"WHERE EXISTS (SELECT 1 FROM {FTS_TABLE} f WHERE {self.IN_SPEECH})",
                [json.dumps(speech_ids), fts5_query_text(index_runs(parsed))],
            )
            return {row[0] for row in cursor.fetchall()}

    def heading_hits(self, parsed: ParsedQuery, rows: list[Row]) -> set[int]:
        """Headings anywhere holding one of the runs (the heading column of FTS5), intersected
        with the candidates."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
                [fts5_heading_query_text(index_runs(parsed))],
            )
            return {row[0] for row in cursor.fetchall()}.intersection(row[0] for row in rows)

    def id_list(self, ids: Any) -> tuple[str, list]:
        return "SELECT value FROM json_each(%s)", [json.dumps(list(ids))]


class PostgreSQLBackend(SearchBackend):
    """The GIN index gives rows holding the query's lexemes anywhere; each of them is then
    checked in the row (`_check_sql`). The column statistics (stats.py) say which lexemes are
    worth asking for and which terms are too frequent to probe."""

    vendor = "postgresql"

    def _check_sql(self, parsed: ParsedQuery) -> tuple[str, list]:
        """The condition an index row `d` must meet, checked in the row: every term as is
        (strpos), or else the exact bigram phrases (another script or width: 統戰 for 统战)."""
        needles = parsed.needles
        if any("\0" in n for n in needles):  # PostgreSQL text never holds NUL: never found as is
            found, needles = "FALSE", []
        else:
            found = " AND ".join(["strpos(d.text, %s) > 0"] * len(needles))
        return f"({found} OR d.tokens @@ %s::tsquery)", [*needles, tsquery_text(index_runs(parsed))]

    def _select(self, parsed: ParsedQuery, asked: list[tuple[str, bool]]) -> tuple[str, list]:
        """Rows of (id, heading text) holding all `asked` lexemes (see `prefilter`), then
        `_check_sql` in each of them: PostgreSQL's check of positions costs ~3 µs a row, so the
        phrases are checked in few rows."""
        check, params = self._check_sql(parsed)
        return (
            "SELECT d.id, substr(d.text, 1, d.heading_length) "
            f"FROM {DOCUMENT_TABLE} d WHERE d.tokens @@ %s::tsquery AND {check}",
            [_and_tsquery(asked), *params],
        )

    def probe(self, parsed: ParsedQuery, limit: int) -> list[Row] | None:
        """Finding `limit` rows of a frequent term is the costly part: `looks_frequent` asks
        the statistics first. The LIMIT also tells the planner how few rows to expect (its
        estimate for a phrase is often far off)."""
        stats = index_stats()
        with connection.cursor() as cursor:
            if self.looks_frequent(cursor, parsed, stats, limit):
                return None
            sql, params = self._select(parsed, prefilter(parsed, stats))
            cursor.execute(f"{sql} LIMIT %s", [*params, limit])
            rows = cursor.fetchall()
        return None if len(rows) >= limit else rows

    def match_ids(self, parsed: ParsedQuery) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(*self._select(parsed, prefilter(parsed, index_stats())))
            return [row[0] for row in cursor.fetchall()]

    def match_speeches(self, parsed: ParsedQuery) -> set[int]:
        sql, params = self._select(parsed, prefilter(parsed, index_stats()))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT DISTINCT m.id >> {SPEECH_SHIFT} FROM ({sql}) m", params)
            return {row[0] for row in cursor.fetchall()}

    def rows_of_speeches(self, parsed: ParsedQuery, speech_ids: list[int]) -> list[int]:
        """Each of the speeches' rows is checked where it lies, without sending its text."""
        check, params = self._check_sql(parsed)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.id FROM {DOCUMENT_TABLE} d "
                f"WHERE d.speech_id = ANY(%s::bigint[]) AND {check}",
                [array_literal(speech_ids), *params],
            )
            return [row[0] for row in cursor.fetchall()]

    def speeches_with(self, parsed: ParsedQuery, speech_ids: list[int]) -> set[int]:
        """A semi-join: each speech's rows in position order (the speech_id index) until one
        holds the term — for 工作 about one row a speech instead of all twenty."""
        check, params = self._check_sql(parsed)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT s FROM unnest(%s::bigint[]) s WHERE EXISTS "
                f"(SELECT 1 FROM {DOCUMENT_TABLE} d WHERE d.speech_id = s AND {check})",
                [array_literal(speech_ids), *params],
            )
            return {row[0] for row in cursor.fetchall()}

    def heading_hits(self, parsed: ParsedQuery, rows: list[Row]) -> set[int]:
        """From the headings the probe read with the rows: no query."""
        return _headings_holding(parsed.needles, rows)

    def id_list(self, ids: Any) -> tuple[str, list]:
        return "SELECT unnest(%s::bigint[])", [array_literal(ids)]

    def speech_in(self, ids: Any) -> Q | RawSQL:
        """`id = ANY(array)`, which PostgreSQL checks per row from a hash of the array while it
        walks the newest-first index, so the 20 newest of 4,700 candidate speeches cost one short
        index scan (6 instead of 14 ms) rather than 4,700 lookups and a sort."""
        return RawSQL(
            "speeches_speech.id = ANY(%s::bigint[])",
            [array_literal(ids)],
            output_field=BooleanField(),
        )

    def speech_total(self, base: QuerySet, *, filtered: bool) -> float:
        """The statistics know it for all speeches (counting 50,000 takes ~5 ms)."""
        if not filtered:
            estimate = index_stats().speeches
            if estimate > 0:
                return estimate
        return base.order_by().count()

    def looks_frequent(
        self, cursor: Any, parsed: ParsedQuery, stats: IndexStats, limit: int
    ) -> bool:
        """Is the term estimated in 2 × `limit` index rows or more? Then its probe would be
        wasted (20–60 ms to find `limit` rows before scan mode starts anyway).

        - A table below 10 × `limit` rows, or never analysed: not judged, the probe decides.
        - A term needs every one of its lexemes: if the statistics (`IndexStats.estimate`) put one
          of them below the threshold, it is not frequent.
        - One lexeme (a 2-character term): the statistics tell (工作: 928,341 estimated, 901,613
          true). So for one character: 会:* is at least as frequent as 会议, 力:* as 能力. A
          character in none of the most common lexemes is probed at once.
        - Several words of one lexeme each, all among the most common: the rows holding them all,
          as if independent, from their frequencies; from TOGETHER_SHARE of `limit` on they are
          frequent (pairs of common words are found together 3–9 % more often than estimated).
        - The rest (a phrase of common bigrams, several terms) is counted in a fixed block sample
          of about SAMPLE_ROWS index rows (TABLESAMPLE SYSTEM, REPEATABLE: the same blocks every
          time, so they stay cached; ~2 ms): bigram frequencies multiplied, the planner's
          estimate, is far too low (两个维护: 32 of 1,056 sampled rows, 40,039 true)."""
        if stats.rows < 10 * limit or not stats.freqs:
            return False
        asked = lexemes(parsed)
        estimates = [stats.estimate(*item) or 0.0 for item in asked]
        exact = [e for e, (_, prefix) in zip(estimates, asked, strict=True) if not prefix]
        if exact and min(exact) < 2 * limit:
            return False
        if len(asked) == 1:
            return estimates[0] >= 2 * limit
        words = [_run_lexemes(*run) for run in index_runs(parsed)]
        if all(len(word) == 1 for word in words) and all(stats.known(*item) for item in asked):
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


def prefilter(parsed: ParsedQuery, stats: IndexStats) -> list[tuple[str, bool]]:
    """PostgreSQL: the lexemes worth asking the GIN index for.

    The index's answer is a superset of the matching rows, each then checked (`_check_sql`):
    any subset of the lexemes will do. Leaving a common one out spares merging its long posting
    list, and costs reading the extra rows it would have ruled out. The statistics weigh both:
    - Within a run, the rows holding its rare bigrams (in at most COMMON_SHARE of the rows) are
      nearly always those holding the whole run: its common bigrams are left out (意识形态工作责任
      without 工作 and 责任: 1.2 instead of 7 ms in the index).
    - Between the runs of a query, rows are assumed independent: a run is left out when its
      postings cost more than reading the rows it rules out (POSTINGS_PER_ROW).
    Without statistics, every lexeme is asked for."""
    rows = stats.rows
    if rows <= 0 or not stats.freqs:
        return lexemes(parsed)

    def estimate(item: tuple[str, bool]) -> float:
        return stats.estimate(*item) or 0.0

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


_BACKENDS = {"postgresql": PostgreSQLBackend(), "sqlite": SQLiteBackend()}


def backend() -> SearchBackend:
    """The backend of the database the search reads from (db.py: the request's replica)."""
    return _BACKENDS[connection.vendor]
