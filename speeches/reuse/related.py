"""Related speeches for the detail page: same meeting series, same organisation, shared
passages, shared 提法 and quotations — five at most, each with why."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .. import dataversion
from ..models import Quote, Speech
from ..prepared import instance
from ..search.db import connection
from .models import ReuseMatch

LIMIT = 5
PREFIX = 32  # characters of a quote in the index `quote_text_prefix` (speeches/models.py)
YEARS = range(1978, 2036)  # the years a series' meeting names may start with
PER_SOURCE = 10  # candidates taken from each source before ranking
# A 提法 or quotation used more often than this says nothing about which speeches are related
# (两个维护 is in half the archive), and reading its every use would cost the page more the
# bigger the archive grows: such texts are left out, as a search engine leaves out stop words.
COMMON = 200
MAX_TEXTS = 40  # of a speech's 提法 and quotations, the ones looked up
# A year, a 届/次 count or a 年度 in front of a meeting name: 2023年全县经济工作会议 belongs to
# the series 全县经济工作会议.
_SERIES_PREFIX = re.compile(
    r"^(?:[0-9０-９〇零一二三四五六七八九]{2,4}年度?|第[0-9一二三四五六七八九十]+[届次])+"
)


def meeting_series(meeting: str) -> str:
    """The meeting's name without its year: what each year's meeting of a series shares."""
    series = _SERIES_PREFIX.sub("", meeting.strip())
    return series if len(series) >= 4 else ""


@dataclass
class Related:
    speech: Speech
    score: int = 0
    reasons: list[str] = field(default_factory=list)


def uncommon(texts: set[str], version: tuple[str, int]) -> list[str]:
    """Of `texts` (at most MAX_TEXTS, the longest first), those whose first PREFIX characters
    are used at most COMMON times in the archive (`common_prefixes`)."""
    texts_in_order = sorted(texts, key=lambda t: (-len(t), t))[:MAX_TEXTS]
    if not texts_in_order:
        return []
    common = dataversion.cached(version, ("common quote prefixes", COMMON), common_prefixes)
    return [text for text in texts_in_order if text[:PREFIX] not in common]


def common_prefixes() -> frozenset[str]:
    """The first PREFIX characters of the texts used more than COMMON times: one grouped read
    of the quotes, kept per data version (~0.1 s at 50,000 speeches on PostgreSQL), so that no
    speech page counts its texts' uses (a text of the quote bank had up to COMMON + 1 heap
    rows read on every page using it)."""
    prefix = "SUBSTRING" if connection.vendor == "postgresql" else "SUBSTR"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {prefix}(text, 1, {PREFIX}) FROM {Quote._meta.db_table} "
            f"GROUP BY {prefix}(text, 1, {PREFIX}) HAVING COUNT(*) > %s",
            [COMMON],
        )
        return frozenset(row[0] for row in cursor.fetchall())


def related_speeches(speech: Speech, version: tuple[str, int]) -> list[Related]:
    """At most LIMIT speeches, the most related first: the candidates of every source with their
    titles in one statement of indexed reads (the speech's quotes come from its prefetched
    outline)."""
    series = meeting_series(speech.meeting)
    # This speech's 提法 and quotations, from the detail view's prefetched outline.
    texts = uncommon(
        {
            quote.text
            for section in speech.sections.all()
            for quote in section.quotes.all()
            if quote.kind in (Quote.Kind.SLOGAN, Quote.Kind.QUOTATION)
        },
        version,
    )
    scores: dict[int, int] = defaultdict(int)
    reasons: dict[int, list[str]] = defaultdict(list)
    titles: dict[int, dict[str, object]] = {}
    # By source, in the order their reasons are given (the join may return rows in any order).
    rows = sorted(_candidates(speech, series, texts), key=lambda row: SOURCES.index(row[0]))
    for source, pk, n, *fields in rows:
        titles[pk] = dict(zip(TITLE_FIELDS, fields, strict=True))
        if source == "series":
            scores[pk] += 30
            reasons[pk].append(f"同一会议系列：{series}")
        elif source == "organisation":
            scores[pk] += 10
            reasons[pk].append(f"同一机构：{speech.organisation}")
        elif source == "passages":
            scores[pk] += 20 * n
            reasons[pk].append(f"{n} 段文字相似")
        else:
            scores[pk] += 5 * n
            reasons[pk].append(f"共用 {n} 条提法或引语")
    best = sorted(scores, key=lambda pk: (-scores[pk], -pk))[:LIMIT]
    return [
        Related(instance(Speech, connection.alias, id=pk, **titles[pk]), scores[pk], reasons[pk])
        for pk in best
    ]


TITLE_FIELDS = ("title", "year", "level", "meeting")  # of each candidate, for the panel
SOURCES = ("series", "organisation", "passages", "quotes")


def _marks(values: list) -> str:
    return ", ".join(["%s"] * len(values))


def _candidates(speech: Speech, series: str, texts: list[str]) -> list[tuple]:
    """(source, speech id, shared count, then the speech's TITLE_FIELDS) of up to
    PER_SOURCE speeches from each source, in one statement (written by hand: building it with
    the ORM cost more than running it): the same meeting series (read from the meeting index,
    the names it may have), the same organisation (newest first), shared passages (the reuse
    pairs) and shared 提法 and quotations (the quote text prefix index)."""
    speeches, pairs, quotes = (
        Speech._meta.db_table,
        ReuseMatch._meta.db_table,
        Quote._meta.db_table,
    )
    parts: list[str] = []
    params: list[object] = []

    def add(sql: str, *values: object) -> None:
        parts.append(f"SELECT * FROM ({sql} LIMIT {PER_SOURCE}) AS c{len(parts)}")
        params.extend(values)

    if series:
        names = [series, *(f"{y}年{series}" for y in YEARS), *(f"{y}年度{series}" for y in YEARS)]
        add(
            f"SELECT 'series' AS source, id AS speech, 1 AS n FROM {speeches} "
            f"WHERE id <> %s AND meeting IN ({_marks(names)}) "
            "ORDER BY year DESC, id DESC",
            speech.pk,
            *names,
        )
    if speech.organisation:
        add(
            f"SELECT 'organisation' AS source, id AS speech, 1 AS n FROM {speeches} "
            "WHERE id <> %s AND organisation = %s AND year IS NOT NULL "
            "ORDER BY year DESC, id DESC",
            speech.pk,
            speech.organisation,
        )
    add(
        "SELECT 'passages' AS source, other_speech_id AS speech, "
        f"COUNT(DISTINCT section_id) AS n FROM {pairs} WHERE speech_id = %s "
        "GROUP BY other_speech_id ORDER BY n DESC, other_speech_id",
        speech.pk,
    )
    if texts:
        # The prefix written as in the index: SQLite uses an expression index only for the
        # very same expression (Django writes Substr() as SUBSTRING on PostgreSQL).
        substr = "SUBSTRING" if connection.vendor == "postgresql" else "SUBSTR"
        prefixes = sorted({t[:PREFIX] for t in texts})
        add(
            "SELECT 'quotes' AS source, speech_id AS speech, COUNT(DISTINCT text) AS n "
            f"FROM {quotes} WHERE {substr}(text, 1, {PREFIX}) IN ({_marks(prefixes)}) "
            f"AND text IN ({_marks(texts)}) AND speech_id <> %s "
            "GROUP BY speech_id ORDER BY n DESC, speech_id DESC",
            *prefixes,
            *texts,
            speech.pk,
        )
    columns = ", ".join(f"s.{name}" for name in TITLE_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT c.source, c.speech, c.n, {columns} FROM ({' UNION ALL '.join(parts)}) AS c "
            f"JOIN {speeches} s ON s.id = c.speech",
            params,
        )
        return cursor.fetchall()
