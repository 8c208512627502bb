"""The archive's data version, and a cache of values computed from the whole archive under it.

The list page's facet counts (three GROUP BYs over every speech) and its totals (a COUNT over
the matching speeches) change only when the archive does, yet cost most of the page at 50,000
speeches; so do the list page's rendered filters and pages, and the pages of search results. They are kept in Django's cache under a key that includes the data version: one row
(`DataVersion`) whose number goes up after every committed write of a speech, section or quote
(saved, deleted, imported — `transaction.on_commit`, so no other process ever sees a number for
data not yet committed). A write thus makes every cached value stale in every process at once;
reading the number is one primary-key lookup per request.

Writes that bypass the model signals (`QuerySet.update()`, `bulk_create()`) call `bump()`
themselves (the importer does).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils.functional import cached_property

from .models import DataVersion, Quote, Section, Speech

T = TypeVar("T")

ROW = 1  # the primary key of the one DataVersion row
TIMEOUT = 24 * 3600  # seconds: a key unused for a day goes (a new version makes new keys)


def current() -> tuple[str, int]:
    """(database name, version) of the database this request reads the archive from."""
    alias = router.db_for_read(Speech)
    number = DataVersion.objects.using(alias).filter(pk=ROW).values_list("number", flat=True)
    return connections[alias].settings_dict["NAME"], number.first() or 0


def _bump_now(alias: str) -> None:
    updated = DataVersion.objects.using(alias).filter(pk=ROW).update(number=F("number") + 1)
    if not updated:
        DataVersion.objects.using(alias).get_or_create(pk=ROW, defaults={"number": 1})


def bump(using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise the version once the current transaction commits (at once outside of one)."""
    transaction.on_commit(lambda: _bump_now(using), using=using)


def cached(version: tuple[str, int], key: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, or its value from the cache for this data version (`current()`, read once
    per request) and `key` (plain values: what the value depends on besides the archive)."""
    name, number = version
    digest = hashlib.sha256(repr((name, key)).encode()).hexdigest()[:32]
    cache_key = f"archive:{number}:{digest}"
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, TIMEOUT)
    return value


class CountedPaginator(Paginator):
    """A Paginator whose total (a COUNT over the matching rows) comes from `count()`."""

    def __init__(self, object_list: Any, per_page: int, count: Callable[[], int]) -> None:
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count()


def _changed(sender: Any, instance: Any, using: str, **kwargs: Any) -> None:
    bump(using)


def connect() -> None:
    """Bump the version after any save or delete of a speech, a section or a quote (called by
    the app's ready())."""
    for model in (Speech, Section, Quote):
        post_save.connect(_changed, sender=model, dispatch_uid=f"dataversion-save-{model.__name__}")
        post_delete.connect(
            _changed, sender=model, dispatch_uid=f"dataversion-delete-{model.__name__}"
        )
