"""PostgreSQL: what the column statistics say about the index, read once per process and reused.

`ANALYZE` (autovacuum) keeps, for the tokens column, the 1,000 most common lexemes with their
frequencies, and pg_class the row counts. The search uses them to tell a frequent term before
asking the index, to leave very common bigrams out of the index's question (see query.py), and
for the number of speeches behind scan mode's estimated totals. None of these changes which
passages are found, only how they are found, so figures a few minutes old serve as
well as fresh ones: they are read again after STATS_TTL seconds (reading them costs ~2 ms, as
much as the rest of a rare term's search).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property

from .db import connection
from .index import DOCUMENT_TABLE

STATS_TTL = 600  # seconds

_cache: dict[tuple[str, str], tuple[float, IndexStats]] = {}


@dataclass(frozen=True)
class IndexStats:
    rows: float  # index rows (pg_class.reltuples; -1 when never analysed)
    speeches: float  # speeches, likewise
    freqs: dict[str, float] = field(default_factory=dict)  # the most common lexemes' frequencies

    @cached_property
    def _floor(self) -> float:  # a lexeme outside the most common ones, as the planner reckons
        return min(self.freqs.values()) / 2

    @cached_property
    def _by_character(self) -> dict[str, float]:
        best: dict[str, float] = {}
        for lexeme, freq in self.freqs.items():
            for character in set(lexeme):
                best[character] = max(freq, best.get(character, 0.0))
        return best

    def estimate(self, lexeme: str, prefix: bool = False) -> float | None:
        """About how many index rows hold `lexeme`; None without statistics. A lexeme outside the
        most common ones counts half as often as the least common of them, as PostgreSQL's
        planner reckons.

        A one-character prefix ('力':*) matches every row holding the character anywhere (it
        starts a bigram or ends a run), so it is at least as frequent as the most common lexeme
        holding the character in either place: 力 as 能力 or 努力, which end with it."""
        if self.rows <= 0 or not self.freqs:
            return None
        freq = (self._by_character if prefix else self.freqs).get(lexeme, self._floor)
        return freq * self.rows

    def known(self, lexeme: str, prefix: bool = False) -> bool:
        """Whether `estimate` comes from the statistics rather than the floor."""
        return lexeme in (self._by_character if prefix else self.freqs)


def index_stats() -> IndexStats:
    """The index's statistics for the current database, at most STATS_TTL seconds old."""
    key = (connection.alias, connection.settings_dict["NAME"])
    now = time.monotonic()
    cached = _cache.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    with connection.cursor() as cursor:  # query: statistics (once per STATS_TTL)
        cursor.execute(
            "SELECT d.reltuples, s.reltuples, st.most_common_elems::text::text[], "
            "st.most_common_elem_freqs "
            "FROM pg_class d CROSS JOIN pg_class s LEFT JOIN pg_stats st "
            "ON st.schemaname = current_schema() AND st.tablename = %s AND st.attname = 'tokens' "
            "WHERE d.oid = %s::regclass AND s.oid = 'speeches_speech'::regclass",
            [DOCUMENT_TABLE, DOCUMENT_TABLE],
        )
        rows, speeches, elems, freqs = cursor.fetchone()
    # most_common_elem_freqs ends with three extra figures (min, max, null share)
    stats = IndexStats(rows, speeches, dict(zip(elems or [], freqs or [], strict=False)))
    _cache[key] = (now + STATS_TTL, stats)
    return stats


def clear_index_stats() -> None:
    """Forget the cached statistics (tests; after a bulk import and ANALYZE)."""
    _cache.clear()
