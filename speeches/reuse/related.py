"""Related speeches for the detail page: same meeting series, same organisation, shared
passages, shared 提法 and quotations — five at most, each with why."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Func, TextField

from .. import dataversion
from ..models import Quote, Speech
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


class TextPrefix(Func):
    """SUBSTR(text, 1, 32) with the numbers written out: SQLite uses an expression index only
    for the very same expression, and Substr() would send them as parameters."""

    template = f"SUBSTR(%(expressions)s, 1, {PREFIX})"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra):
        # Django writes Substr() as SUBSTRING on PostgreSQL, in the index as well.
        template = f"SUBSTRING(%(expressions)s, 1, {PREFIX})"
        return self.as_sql(compiler, connection, template=template, **extra)


@dataclass
class Related:
    speech: Speech
    score: int = 0
    reasons: list[str] = field(default_factory=list)


def uncommon(texts: set[str], version: tuple[str, int]) -> list[str]:
    """Of `texts` (at most MAX_TEXTS, the longest first), those whose first PREFIX characters
    are used at most COMMON times in the archive. Each text's count is kept per data version
    (a text in the quote bank is on many pages: on PostgreSQL each of its uses read is a heap
    fetch, ~20 ms a page at 50,000 speeches); those not kept are counted in one query."""
    texts_in_order = sorted(texts, key=lambda t: (-len(t), t))[:MAX_TEXTS]
    if not texts_in_order:
        return []
    keys = [("quote uses", text[:PREFIX]) for text in texts_in_order]
    uses = dataversion.cached_many(version, keys, _count_uses)
    return [text for text, key in zip(texts_in_order, keys, strict=True) if uses[key] <= COMMON]


def _count_uses(keys: list[tuple]) -> dict[tuple, int]:
    """{("quote uses", prefix): its uses, up to COMMON + 1}: one query, a read of at most
    COMMON + 1 entries of the quote text prefix index for each, however often it is used. (The
    prefix alone: SQLite would turn `SUBSTR(text…) = ? AND text = ?` into a scan.)"""
    # SQLite uses an expression index only for the same expression, written as in the index.
    prefix = "SUBSTRING" if connection.vendor == "postgresql" else "SUBSTR"
    one = (
        f"(SELECT COUNT(*) FROM (SELECT 1 FROM {Quote._meta.db_table} "
        f"WHERE {prefix}(text, 1, {PREFIX}) = %s LIMIT {COMMON + 1}) AS uses)"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join([one] * len(keys)), [key[1] for key in keys])
        counts = cursor.fetchone()
    return dict(zip(keys, counts, strict=True))


def related_speeches(speech: Speech, version: tuple[str, int]) -> list[Related]:
    """At most LIMIT speeches, the most related first: five indexed queries and one for the
    titles (the speech's quotes come from its prefetched outline when there is one)."""
    found: dict[int, Related] = {}
    scores: dict[int, int] = defaultdict(int)
    reasons: dict[int, list[str]] = defaultdict(list)
    others = Speech.objects.exclude(pk=speech.pk).order_by("-year", "-pk")

    series = meeting_series(speech.meeting)
    if series:  # query: the same series, read from the meeting index (the names it may have)
        names = [series, *(f"{y}年{series}" for y in YEARS), *(f"{y}年度{series}" for y in YEARS)]
        rows = others.filter(meeting__in=names).values_list("pk", flat=True)
        for pk in rows[:PER_SOURCE]:
            scores[pk] += 30
            reasons[pk].append(f"同一会议系列：{series}")
    if speech.organisation:  # query: the same organisation, newest first (an index read)
        rows = others.filter(organisation=speech.organisation, year__isnull=False).values_list(
            "pk", flat=True
        )
        for pk in rows[:PER_SOURCE]:
            scores[pk] += 10
            reasons[pk].append(f"同一机构：{speech.organisation}")
    shared = (  # query: speeches sharing passages
        ReuseMatch.objects.filter(speech=speech)
        .values("other_speech")
        .annotate(n=Count("section", distinct=True))
        .order_by("-n", "other_speech")[:PER_SOURCE]
    )
    for row in shared:
        scores[row["other_speech"]] += 20 * row["n"]
        reasons[row["other_speech"]].append(f"{row['n']} 段文字相似")
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
    if texts:  # query: the speeches using the most of them (the quote text prefix index)
        rows = (
            Quote.objects.annotate(prefix=TextPrefix("text"))
            .filter(prefix__in={t[:PREFIX] for t in texts}, text__in=texts)
            .exclude(speech=speech)
            .values("speech")
            .annotate(n=Count("text", distinct=True))
            .order_by("-n", "-speech")[:PER_SOURCE]
        )
        for row in rows:
            scores[row["speech"]] += 5 * row["n"]
            reasons[row["speech"]].append(f"共用 {row['n']} 条提法或引语")
    best = sorted(scores, key=lambda pk: (-scores[pk], -pk))[:LIMIT]
    if not best:
        return []
    speeches = Speech.objects.only("title", "year", "level", "meeting").in_bulk(best)
    for pk in best:
        if pk in speeches:
            found[pk] = Related(speeches[pk], scores[pk], reasons[pk])
    return list(found.values())
