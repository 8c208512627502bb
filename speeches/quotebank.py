"""The quote bank and the slogans: grouped queries, computed once per change of the archive.

The groups are ONE query: the rows grouped by (speaker, text) or by text, each group's speaker
total by a window over the groups (SUM(COUNT(*)) OVER (PARTITION BY speaker)). Before, the
speaker totals were a correlated subquery per group, which made /quotes/ grow quadratically
(4.4 s at 814 speeches). Grouping every quotation still reads them all (0.35 s for 200,000 on
PostgreSQL), so it is computed once per filter for all workers (Django's cache) and each
process keeps the grouped lists of the last few filters it was asked for (`cached`), valid while
the quotes are unchanged (`bank_version`: every write of a quote adds a history row or a new id);
a page is then a slice of that list. The uses shown under each quotation on the page are one
more query, at most USES_SHOWN per quotation (ROW_NUMBER() over each group; a quotation used in
20,000 speeches makes it ~0.15 s); the views keep the page's rendered list in Django's cache
(`shared`), so a page already shown costs a cache read, not the query and the rendering.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict, defaultdict

from django.core.cache import cache as django_cache
from django.db.models import Count, F, Func, IntegerField, Window
from django.db.models.functions import RowNumber

from .models import Quote
from .search.db import connection

USES_SHOWN = 10  # uses listed under a quotation; the count says how many there are


class SumOf(Func):
    """SUM over an aggregate, for use in a window (Django's Sum refuses an aggregate)."""

    function = "SUM"
    window_compatible = True
    output_field = IntegerField()


# Per process: the grouped lists of the last few filters (large: every group). The pages made
# from them (small: a page's groups with their uses or years) go to Django's cache (`shared`),
# which the workers of a machine share when CACHE_DIR is set.
_caches: dict[str, OrderedDict] = {"lists": OrderedDict()}
CACHE_SIZES = {"lists": 8}
PAGE_TIMEOUT = 24 * 3600  # seconds: a new version makes new keys, unused ones go in a day


def bank_version() -> tuple:
    """Changes whenever a quote is added, changed or deleted (one query, two index lookups)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT MAX(id) FROM speeches_quote), "
            "(SELECT MAX(history_id) FROM speeches_historicalquote)"
        )
        return (connection.alias, connection.settings_dict["NAME"], *cursor.fetchone())


def cached(version: tuple, key: tuple, compute, store: str = "lists"):
    """`compute()`'s value (a list) for `key` and `version`, kept in this process (the least
    recently used entries beyond the store's size are dropped); a process without it reads it
    from Django's cache, so that the list is computed once for all the workers, not by each."""
    cache = _caches[store]
    full_key = (version, *key)
    if full_key in cache:
        cache.move_to_end(full_key)
        return cache[full_key]
    value = shared(version, key, lambda: list(compute()))
    cache[full_key] = value
    while len(cache) > CACHE_SIZES[store]:
        cache.popitem(last=False)
    return value


def shared(version: tuple, key: tuple, compute):
    """`compute()`'s value for `key` and `version`, from Django's cache: computed once for
    every worker when the cache is shared (a page's first uses cost a query of up to ~0.15 s)."""
    digest = hashlib.sha256(repr((version, key)).encode()).hexdigest()[:32]
    return django_cache.get_or_set(f"quotebank:{digest}", compute, PAGE_TIMEOUT)


def clear_cache() -> None:
    for cache in _caches.values():
        cache.clear()


def speakers(quotations, limit: int = 30) -> list[dict]:
    """Who is quoted, most quoted first, with how often (one grouped query)."""
    return list(
        quotations.values("speaker").annotate(uses=Count("pk")).order_by("-uses", "speaker")[:limit]
    )


def quotation_groups(quotations):
    """One row per (speaker, text): identical quotations across speeches count as one entry.
    Ordered by how often the speaker is quoted, then by how widely the quotation is used."""
    return (
        quotations.order_by()
        .values("speaker", "text")
        .annotate(use_count=Count("pk"), speech_count=Count("speech", distinct=True))
        # In a second annotate(), so that Django groups by the values() only.
        .annotate(speaker_uses=Window(SumOf(Count("pk")), partition_by=[F("speaker")]))
        .order_by("-speaker_uses", "speaker", "-speech_count", "-use_count", "text")
    )


def _first_uses(quotations, groups: list[dict]):
    """The first USES_SHOWN uses of each group on the page, newest speech first, with the
    speech's title and date and the section's anchor only (one query)."""
    return (
        quotations.filter(
            speaker__in={group["speaker"] for group in groups},
            text__in={group["text"] for group in groups},
        )
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("speaker"), F("text")],
                order_by=[
                    F("speech__year").desc(nulls_last=True),
                    F("speech__date").desc(nulls_last=True),
                    F("speech_id"),
                    F("section__position"),
                    F("position"),
                ],
            )
        )
        .filter(rank__lte=USES_SHOWN)
        .select_related("speech", "section")
        .only(
            "speaker",
            "text",
            "verb",
            "source",
            "speech__id",
            "speech__title",
            "speech__year",
            "speech__date",
            "section__anchor",
        )
        .order_by("rank")
    )


def by_speaker(groups: list[dict], quotations) -> list[dict]:
    """Each group of the page with its first uses, gathered under their speaker. (Copies: the
    groups are shared with the cache.)"""
    if not groups:
        return []
    uses = defaultdict(list)
    for quote in _first_uses(quotations, groups):
        uses[(quote.speaker, quote.text)].append(quote)
    gathered: list[dict] = []
    for group in groups:
        group = {**group, "uses": uses[(group["speaker"], group["text"])]}
        if not gathered or gathered[-1]["speaker"] != group["speaker"]:
            gathered.append(
                {"speaker": group["speaker"], "total": group["speaker_uses"], "groups": []}
            )
        gathered[-1]["groups"].append(group)
    return gathered


def slogan_groups(slogans):
    """One row per slogan, most used first."""
    return (
        slogans.order_by()
        .values("text")
        .annotate(uses=Count("pk"), speech_count=Count("speech", distinct=True))
        .order_by("-uses", "text")
    )


def with_years(rows: list[dict], slogans) -> list[dict]:
    """Add the sorted years each slogan on the page was used in (one query)."""
    years = defaultdict(set)
    if rows:
        used = slogans.filter(text__in=[row["text"] for row in rows], speech__year__isnull=False)
        for text, year in used.order_by().values_list("text", "speech__year").distinct():
            years[text].add(year)
    return [{**row, "years": sorted(years[row["text"]])} for row in rows]


def quotations():
    return Quote.objects.filter(kind=Quote.Kind.QUOTATION)


def slogans():
    return Quote.objects.filter(kind=Quote.Kind.SLOGAN)
