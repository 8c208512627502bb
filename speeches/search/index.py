"""Search index maintenance. Called inside the transaction of every write that changes text.

One index row (`SearchDocument`) per title and per section (a section longer than CHUNK characters
is split into overlapping chunks, so tsvector positions stay below 16,383). Deleting a speech or a
section deletes its rows through the foreign keys (and, on SQLite, a trigger removes the FTS5 row);
edits go through `reindex_speech`.

A row's id says where it belongs: `speech id << 32 | passage << 12 | chunk`, the passage being 0
for the title and position + 1 for a section. The search can then group and count the index's
answer by speech and passage from the ids alone, without reading a row (see docs/search.md).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

from django.apps import apps as global_apps
from django.db import connection as default_connection

from .fold import fold
from .tokens import fts5_text, tsvector_literal

DOCUMENT_TABLE = "speeches_search_document"
FTS_TABLE = "speeches_search_fts"
GIN_INDEX = "search_doc_tokens_gin"
CHUNK = 8000  # characters per index row; positions stay < 16,383 even with punctuation every 2nd
OVERLAP = 200  # a term up to this long is never lost at a chunk boundary (queries are capped)
SPEECH_SHIFT = 32  # doc id = speech id << SPEECH_SHIFT | passage << PASSAGE_SHIFT | chunk
PASSAGE_SHIFT = 12
MAX_SPEECH_ID = (1 << 63 - SPEECH_SHIFT) - 1  # ids are signed 64-bit integers on both databases
MAX_PASSAGE = (1 << SPEECH_SHIFT - PASSAGE_SHIFT) - 1  # a million sections
MAX_CHUNK = (1 << PASSAGE_SHIFT) - 1  # 4,095 chunks: 32 M characters in one section


def doc_id(speech_id: int, passage: int, chunk: int = 0) -> int:
    """The id of an index row. Far beyond what an import (5 MB) or an admin form can produce, the
    limits still fail loudly rather than give two rows one id."""
    if not (0 < speech_id <= MAX_SPEECH_ID and 0 <= passage <= MAX_PASSAGE and chunk <= MAX_CHUNK):
        raise ValueError(
            f"search index: speech {speech_id}, passage {passage}, chunk {chunk} is beyond the "
            f"index's limits ({MAX_PASSAGE:,} sections, {MAX_CHUNK:,} chunks of a section)"
        )
    return speech_id << SPEECH_SHIFT | passage << PASSAGE_SHIFT | chunk


def speech_of(document_id: int) -> int:
    return document_id >> SPEECH_SHIFT


@dataclass
class Doc:
    speech_id: int
    section_id: int | None
    kind: int  # 0 title, 1 section
    position: int  # 0 for the title, section position + 1
    heading_length: int
    text: str
    chunk: int = 0

    @property
    def id(self) -> int:
        return doc_id(self.speech_id, self.position, self.chunk)


def title_text(title: str, subtitle: str = "") -> str:
    return "\n".join(part for part in (title, subtitle) if part)


def section_text(heading: str, body: str, quotes: Iterable[str] = ()) -> tuple[str, int]:
    """The indexed text of a section and the length of its heading part.

    Quotes are normally substrings of the section; one that is not (edited separately) is
    appended so that it stays findable.
    """
    text = "\n".join(part for part in (heading, body) if part)
    folded = fold(text)
    extra = [q for q in quotes if q and fold(q) not in folded]
    if extra:
        text = "\n".join([text, *extra])
    return text, len(heading)


def chunks(text: str) -> Iterator[str]:
    if len(text) <= CHUNK:
        yield text
        return
    start = 0
    while start < len(text):
        yield text[start : start + CHUNK]
        if start + CHUNK >= len(text):
            break
        start += CHUNK - OVERLAP


def speech_documents(speech: Any, sections: Iterable[Any]) -> list[Doc]:
    """Index rows for a speech and its sections (sections with `quote_texts` if prefetched)."""
    docs = [Doc(speech.pk, None, 0, 0, 0, title_text(speech.title, speech.subtitle))]
    for section in sections:
        quotes = getattr(section, "quote_texts", ())
        text, heading_length = section_text(section.heading, section.body, quotes)
        if not text:
            continue
        for chunk, piece in enumerate(chunks(text)):
            docs.append(
                Doc(speech.pk, section.pk, 1, section.position + 1, heading_length, piece, chunk)
            )
            heading_length = 0  # only the first chunk starts with the heading
    return docs


def document_tokens(texts: list[tuple[str, int]], postgresql: bool) -> list:
    """The token columns of index rows given as (text, heading length): the tsvector input text
    on PostgreSQL; on SQLite, the FTS5 texts of the heading and of the rest (a phrase never spans
    them, as no run spans the line break after a heading), so that a query can ask for heading
    hits alone. Pure: the rebuild runs it in worker processes."""
    if postgresql:
        return [tsvector_literal(fold(text)) for text, _ in texts]
    return [(fts5_text(fold(text[:h])), fts5_text(fold(text[h:]))) for text, h in texts]


def insert_documents(
    docs: list[Doc],
    connection: Any = None,
    tokens: list | None = None,
    freeze: bool = False,
) -> None:
    """Write index rows with their tokens (`document_tokens`, computed here unless given).

    `freeze` (PostgreSQL; only into a table emptied in the same transaction): the rows are
    written frozen, as VACUUM FREEZE leaves them. Otherwise the first reads after a rebuild
    would each set the rows' hint bits, writing every page of the table again."""
    connection = connection or default_connection
    if not docs:
        return
    postgresql = connection.vendor == "postgresql"
    if tokens is None:
        tokens = document_tokens([(d.text, d.heading_length) for d in docs], postgresql)
    with connection.cursor() as cursor:
        if postgresql:
            # COPY: the fastest way in; the tsvector text is parsed by the column's input function.
            columns = "id, speech_id, section_id, kind, position, heading_length, text, tokens"
            options = " WITH (FREEZE)" if freeze else ""
            sql = f"COPY {DOCUMENT_TABLE} ({columns}) FROM STDIN{options}"
            with cursor.cursor.copy(sql) as copy:
                for d, literal in zip(docs, tokens, strict=True):
                    copy.write_row(
                        (
                            d.id,
                            d.speech_id,
                            d.section_id,
                            d.kind,
                            d.position,
                            d.heading_length,
                            d.text,
                            literal,
                        )
                    )
        else:
            rows = [
                (d.id, d.speech_id, d.section_id, d.kind, d.position, d.heading_length, d.text)
                for d in docs
            ]
            cursor.executemany(
                f"INSERT INTO {DOCUMENT_TABLE} (id, speech_id, section_id, kind, position, "
                "heading_length, text) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, heading, body) VALUES (%s, %s, %s)",
                [(d.id, heading, body) for d, (heading, body) in zip(docs, tokens, strict=True)],
            )


def _sections_with_quotes(speech_ids: list[int], apps: Any = global_apps) -> dict[int, list]:
    Section = apps.get_model("speeches", "Section")
    Quote = apps.get_model("speeches", "Quote")
    sections = list(
        Section.objects.filter(speech_id__in=speech_ids)
        .order_by("speech_id", "position")
        .only("id", "speech_id", "position", "heading", "body")
    )
    quotes: dict[int, list[str]] = {}
    for section_id, text in Quote.objects.filter(speech_id__in=speech_ids).values_list(
        "section_id", "text"
    ):
        quotes.setdefault(section_id, []).append(text)
    by_speech: dict[int, list] = {}
    for section in sections:
        section.quote_texts = quotes.get(section.pk, [])
        by_speech.setdefault(section.speech_id, []).append(section)
    return by_speech


def reindex_speech(speech: Any, *, new: bool = False, sections: list | None = None) -> None:
    """Rebuild the index rows of one speech (title, headings, bodies, quotes). `new`: a speech
    just created, with no rows to delete; `sections`: all of its sections as just written, each
    with `quote_texts` (the importer's), in place of reading them back."""
    from .models import SearchDocument

    if not new:
        SearchDocument.objects.filter(speech_id=speech.pk).delete()
    if sections is None:
        sections = _sections_with_quotes([speech.pk]).get(speech.pk, [])
    insert_documents(speech_documents(speech, sections))


def unindex_speech(speech_id: int) -> None:
    """Drop the index rows of a deleted speech."""
    from .models import SearchDocument

    SearchDocument.objects.filter(speech_id=speech_id).delete()


def default_jobs() -> int:
    """Worker processes for the rebuild's tokens: one CPU is left to this process and the
    database."""
    return max(0, (os.cpu_count() or 1) - 1)


def rebuild_index(
    batch: int = 200,
    progress: Callable[[int], object] | None = None,
    apps: Any = global_apps,
    jobs: int = 0,
) -> int:
    """Empty and rebuild the whole index; returns the number of index rows written.

    `progress(n)` is called after each batch of `n` speeches; `apps`: a migration's models.
    `jobs`: worker processes that turn the batches' text into tokens (`document_tokens`, the
    build's costliest Python part) while this process reads the next batch and writes the last
    one; 0: all in this process.
    """
    Speech = apps.get_model("speeches", "Speech")
    postgres = default_connection.vendor == "postgresql"
    with default_connection.cursor() as cursor:
        if postgres:
            # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED, and pending checks forbid
            # the index DDL: check them as we go during the rebuild.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # A GIN index is built far faster in one go than row by row.
            cursor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")
            # TRUNCATE, not DELETE: no million dead rows left behind for VACUUM, and COPY may
            # then write the new rows frozen (see insert_documents).
            cursor.execute(f"TRUNCATE {DOCUMENT_TABLE}")
        else:
            cursor.execute(f"DELETE FROM {DOCUMENT_TABLE}")
            cursor.execute(f"DELETE FROM {FTS_TABLE}")
    ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
    written = 0
    pending: deque = deque()  # (docs, their tokens' future or None, speeches) not yet written
    with ProcessPoolExecutor(jobs) if jobs else nullcontext() as pool:
        for start in range(0, len(ids), batch):
            part = ids[start : start + batch]
            speeches = Speech.objects.filter(pk__in=part).only("id", "title", "subtitle")
            by_speech = _sections_with_quotes(part, apps)
            docs: list[Doc] = []
            for speech in speeches.order_by("pk"):
                docs += speech_documents(speech, by_speech.get(speech.pk, []))
            texts = [(d.text, d.heading_length) for d in docs]
            pending.append((docs, pool and pool.submit(document_tokens, texts, postgres), part))
            # Each worker keeps a batch to tokenize while this process writes; after the last
            # batch, everything left is written.
            while len(pending) > jobs or (pending and start + batch >= len(ids)):
                docs, tokens, part = pending.popleft()
                insert_documents(docs, tokens=tokens and tokens.result(), freeze=True)
                written += len(docs)
                if progress:
                    progress(len(part))
    with default_connection.cursor() as cursor:
        if postgres:
            # The GIN build gathers postings in a tree held in maintenance_work_mem, then writes
            # them out. At 50,000 speeches (1.05 M rows, millions of distinct bigrams) 64 MB
            # built in 328 s, against 338 s at 128 MB, 380 s at 256 MB, 416 s at 1 GB (the
            # larger tree misses the CPU's caches) and 433 s at 16 MB (more, smaller writes).
            cursor.execute("SET LOCAL maintenance_work_mem = '64MB'")
            cursor.execute(
                f"CREATE INDEX {GIN_INDEX} ON {DOCUMENT_TABLE} USING gin (tokens) "
                "WITH (fastupdate = off)"
            )
            cursor.execute(f"ANALYZE {DOCUMENT_TABLE}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    return written
