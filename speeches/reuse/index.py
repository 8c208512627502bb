"""Reuse index maintenance: called inside the transaction of every write that changes text.

`index_speeches(ids)` rewrites the band keys of those speeches' passages, looks their keys up
(one indexed query), checks each candidate pair on its text and stores the pairs that share at
least MIN_SHARE % in each direction where they do. See docs/reuse.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property

from django.db import connection

from ..models import Section
from . import sketch
from .models import ReuseBand, ReuseMatch

MIN_SHARE = 50  # percent of a passage found in the other one, to be stored and shown
MAX_CANDIDATES = 20  # per passage, the most agreeing candidates are checked (套话 is everywhere)
MAX_MATCHES = 10  # per passage and index run, the pairs sharing most are stored
PREFILTER = 0.4  # shingle containment either way below this: not checked further


class Prepared:
    """A passage's text as compared: normalised, and (when first needed) its runs and shingles,
    as integers (`sketch.codes`)."""

    def __init__(self, norm: str):
        self.norm = norm

    @cached_property
    def runs(self) -> list[int]:
        return sketch.codes(self.norm)

    @cached_property
    def shingles(self) -> set[int]:
        return set(self.runs)


@dataclass
class Passage:
    section_id: int
    speech_id: int
    prepared: Prepared

    @property
    def norm(self) -> str:
        return self.prepared.norm

    @property
    def runs(self) -> list[int]:
        return self.prepared.runs

    @property
    def shingles(self) -> set[int]:
        return self.prepared.shingles


class _Memo:
    """Prepared passages by their text, least recently used dropped past `limit` characters."""

    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self.items: dict[str, Prepared] = {}

    def get(self, text: str) -> Prepared:
        prepared = self.items.pop(text, None)
        if prepared is None:
            prepared = Prepared(sketch.normalise(text))
            self.size += len(text)
            while self.size > self.limit and self.items:
                oldest = next(iter(self.items))
                self.size -= len(oldest)
                del self.items[oldest]
        self.items[text] = prepared  # now the most recently used
        return prepared


_memo: _Memo | None = None


@contextmanager
def remembering(limit: int = 700_000) -> Iterator[None]:
    """Within it, candidate passages are prepared once: an import of many files checks the same
    popular passages (套话) again and again. Keyed by the text itself, so a passage edited in
    the meantime is prepared anew. `limit`: characters kept (about 90 bytes each: 60 MB)."""
    global _memo
    outer, _memo = _memo, _memo or _Memo(limit)
    try:
        yield
    finally:
        _memo = outer


def _passages(rows: Iterable[tuple[int, int, str, str]]) -> dict[int, Passage]:
    passages = {}
    for section_id, speech_id, heading, body in rows:
        text = f"{heading}{body}"
        prepared = _memo.get(text) if _memo is not None else Prepared(sketch.normalise(text))
        if len(prepared.norm) >= sketch.MIN_CHARS:
            passages[section_id] = Passage(section_id, speech_id, prepared)
    return passages


def _section_rows(**filters):
    return Section.objects.filter(**filters).values_list("pk", "speech_id", "heading", "body")


BAND_TABLE = ReuseBand._meta.db_table
MATCH_TABLE = ReuseMatch._meta.db_table
SECTION_TABLE = Section._meta.db_table


def _in(ids: list[int]) -> str:
    return ", ".join(["%s"] * len(ids))


def unindex_speeches(speech_ids: list[int]) -> None:
    """Drop these speeches' band keys and every pair they take part in (three indexed deletes,
    in SQL: the ORM's delete would first collect the rows)."""
    marks = _in(speech_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {BAND_TABLE} WHERE section_id IN "
            f"(SELECT id FROM {SECTION_TABLE} WHERE speech_id IN ({marks}))",
            speech_ids,
        )
        cursor.execute(f"DELETE FROM {MATCH_TABLE} WHERE speech_id IN ({marks})", speech_ids)
        cursor.execute(f"DELETE FROM {MATCH_TABLE} WHERE other_speech_id IN ({marks})", speech_ids)


def index_speech(speech, *, new: bool = False, sections: Iterable[Section] | None = None) -> None:
    """Re-index one speech's passages (after an import, a re-parse or an edit). `new`: a speech
    just created, with no rows to delete. `sections`: all of its sections, as just written (the
    importer's), in place of reading them back."""
    rows = None
    if sections is not None:
        rows = [(s.pk, s.speech_id, s.heading, s.body) for s in sections]
    index_speeches([speech.pk], fresh=new, rows=rows)


def index_speeches(
    speech_ids: list[int],
    *,
    fresh: bool = False,
    rows: Iterable[tuple[int, int, str, str]] | None = None,
) -> int:
    """Index these speeches; returns the number of pairs stored. `fresh`: they have no rows yet
    (the rebuild), so nothing is deleted first; `rows`: their sections' (id, speech id, heading,
    body), when at hand. Queries: three deletes (unless fresh), the passages (unless given), the
    insert of their keys, the lookup of their keys, the candidates' text and the insert of the
    pairs found (the last two only when there are candidates)."""
    if not fresh:
        unindex_speeches(speech_ids)
    mine = _passages(_section_rows(speech_id__in=speech_ids) if rows is None else rows)
    if not mine:
        return 0
    keys = {pk: sketch.band_keys(sketch.signature(p.norm)) for pk, p in mine.items()}
    wanted = list({key for ks in keys.values() for key in ks})
    postings: dict[int, list[int]] = {}
    with connection.cursor() as cursor:
        _insert(
            cursor,
            BAND_TABLE,
            'section_id, "key"',
            [(pk, k) for pk, ks in keys.items() for k in ks],
        )
        for start in range(0, len(wanted), 900):  # query: the passages sharing a key
            part = wanted[start : start + 900]
            cursor.execute(
                f'SELECT "key", section_id FROM {BAND_TABLE} WHERE "key" IN ({_in(part)})', part
            )
            for key, section_id in cursor.fetchall():
                postings.setdefault(key, []).append(section_id)
    pairs: set[tuple[int, int]] = set()
    for pk, ks in keys.items():
        votes = Counter(other for key in ks for other in postings.get(key, ()) if other != pk)
        for other, _ in votes.most_common(MAX_CANDIDATES):
            pairs.add((min(pk, other), max(pk, other)))
    if not pairs:
        return 0
    others = {pk for pair in pairs for pk in pair} - mine.keys()
    passages = dict(mine)
    if others:  # query: the candidates' text
        passages.update(_passages(_section_rows(pk__in=others)))
    matches: list[Match] = []
    for a_id, b_id in sorted(pairs):
        a, b = passages.get(a_id), passages.get(b_id)
        if a is None or b is None or a.speech_id == b.speech_id:
            continue
        matches += _verified(a, b)
    matches = _best(matches)
    if matches:  # in SQL, as the keys: a model instance a pair cost more than checking it
        with connection.cursor() as cursor:
            columns = "section_id, speech_id, other_id, other_speech_id, share"
            _insert(cursor, MATCH_TABLE, columns, matches)
    return len(matches)


def _insert(cursor, table: str, columns: str, rows: list[tuple]) -> None:
    """Rows into `table`: by COPY on PostgreSQL (its executemany sends a statement a row, which
    cost more than the rest of the index), by executemany on SQLite."""
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        marks = _in([0] * (columns.count(",") + 1))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


Match = tuple[int, int, int, int, int]  # section, speech, other section, other speech, share %


def _best(matches: list[Match]) -> list[Match]:
    """At most MAX_MATCHES rows per passage, those sharing most: a paragraph of 套话 would
    otherwise be paired with every speech that uses it, at every import."""
    by_section: dict[int, list[Match]] = {}
    for match in matches:
        by_section.setdefault(match[0], []).append(match)
    return [
        match
        for rows in by_section.values()
        for match in sorted(rows, key=lambda m: -m[4])[:MAX_MATCHES]
    ]


def _verified(a: Passage, b: Passage) -> list[Match]:
    """The stored rows for a candidate pair: one per direction sharing MIN_SHARE % or more."""
    # The shingle containment either way (shared / own shingles), the larger one: cheap.
    pa, pb = a.prepared, b.prepared
    if len(pa.shingles & pb.shingles) < PREFILTER * min(len(pa.shingles), len(pb.shingles)):
        return []
    rows = []
    for this, that in ((a, b), (b, a)):
        mine, theirs = this.prepared, that.prepared
        share = round(100 * sketch.share_in(mine.norm, theirs.shingles, mine.runs))
        if share >= MIN_SHARE:
            rows.append((this.section_id, this.speech_id, that.section_id, that.speech_id, share))
    return rows


def rebuild_index(batch: int = 100, progress: Callable[[int], object] | None = None) -> int:
    """Empty and rebuild the whole reuse index, speeches in id order; returns pairs stored.
    `progress(n)` is called after each batch of `n` speeches."""
    from ..models import Speech

    postgresql = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgresql:
            # Pending deferred foreign-key checks forbid TRUNCATE: check them now (as the
            # search's rebuild does), and go back to deferred ones after.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {ReuseMatch._meta.db_table}, {ReuseBand._meta.db_table}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            cursor.execute(f"DELETE FROM {ReuseMatch._meta.db_table}")
            cursor.execute(f"DELETE FROM {ReuseBand._meta.db_table}")
    ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
    stored = 0
    with remembering():
        for start in range(0, len(ids), batch):
            part = ids[start : start + batch]
            stored += index_speeches(part, fresh=True)
            if progress:
                progress(len(part))
    return stored
