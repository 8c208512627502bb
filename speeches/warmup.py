"""What a fresh worker process builds once, done before its first request (gunicorn's
post_worker_init): the fold tables of the search, the index statistics (PostgreSQL) and the
compiled templates of the reading pages."""

from __future__ import annotations

import logging
import time

from django.db import DatabaseError, connection
from django.template.loader import get_template

logger = logging.getLogger(__name__)

PAGES = [
    "speeches/list.html",
    "speeches/includes/list_filters.html",
    "speeches/includes/list_results.html",
    "speeches/detail.html",
    "speeches/search.html",
    "speeches/quotes.html",
    "speeches/slogans.html",
    "speeches/includes/quote_groups.html",
    "speeches/includes/quote_speakers.html",
    "speeches/includes/slogan_rows.html",
    "speeches/trends.html",
    "speeches/reuse.html",
    "registration/login.html",
]


def warm_up(*, database: bool = True) -> float:
    """Returns the seconds it took. Without `database` nothing connects (gunicorn's master,
    before it forks the workers)."""
    from .search.fold import fold, preimages, variants_pattern
    from .search.parse import parse_query

    started = time.perf_counter()
    fold("統戰ＡＢＣ")  # the traditional → simplified table
    preimages("统")  # its inverse, over every code point (~0.5 s)
    variants_pattern("统战")
    parse_query("统战 -宗教")  # the class of separator characters, over every code point (~0.7 s)
    for name in PAGES:
        get_template(name)  # compiled once per process by the cached loader
    if database:
        warm_up_database()
    return time.perf_counter() - started


def warm_up_database() -> None:
    """Connect, and read the index statistics (PostgreSQL). A database that does not answer
    yet is not an error here: the first request connects, as without a warm-up."""
    from .search.stats import index_stats

    try:
        connection.ensure_connection()
        if connection.vendor == "postgresql":
            index_stats()
    except DatabaseError as exc:
        logger.warning("warm-up: the database does not answer yet: %s", exc)
