"""Many speeches as one ZIP, streamed: each file is written and sent before the next is built.

zipfile writes to any stream that only accepts writes (it then puts each entry's sizes in a data
descriptor after its data), so the archive goes out in pieces: never more than one speech's file
is held in memory, and the download starts at once.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterator

from ..models import Speech
from . import render_speech, safe_filename

ZIP_MAX = 500  # speeches in one archive; above this the page asks to narrow the filters
BATCH = 50  # speeches read per round of queries (4 queries: speeches, sections, quotes, slots)


class _Sink(io.RawIOBase):
    """A write-only stream that keeps what was written until it is drained."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


def entry_name(speech: Speech, fmt: str, taken: set[str]) -> str:
    """2020-03-05_在……上的讲话.docx (date or year first, so that the files sort by time); a second
    speech of the same name gets （2）."""
    when = speech.date.isoformat() if speech.date else str(speech.year or "年份不详")
    stem = safe_filename(f"{when}_{speech.title}")
    name, n = f"{stem}.{fmt}", 1
    while name in taken:
        n += 1
        name = f"{stem}（{n}）.{fmt}"
    taken.add(name)
    return name


def stream_zip(ids: list[int], fmt: str, link: Callable[[int], str]) -> Iterator[bytes]:
    """The archive of these speeches (in this order) as `fmt` ("docx" or "md"), piece by piece."""
    sink = _Sink()
    taken: set[str] = set()
    now = dt.datetime.now().timetuple()[:6]
    # A .docx is already compressed: stored as is, it costs no time to pack again.
    compression = zipfile.ZIP_STORED if fmt == "docx" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(sink, "w", compression=compression) as archive:
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            # queries: the batch's speeches, sections, quotes and placeholders
            found = {s.pk: s for s in Speech.objects.filter(pk__in=batch).with_outline()}
            for pk in batch:
                speech = found.get(pk)
                if speech is None:  # deleted since the list was read
                    continue
                export = render_speech(speech, fmt, url=link(pk))
                info = zipfile.ZipInfo(entry_name(speech, fmt, taken), date_time=now)
                info.compress_type = compression
                archive.writestr(info, export.content)
                yield sink.drain()
    yield sink.drain()
