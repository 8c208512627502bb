"""Taking speeches out of the archive: one speech as docx / Markdown / text (or its 提纲), the
filtered list as an Excel catalogue, or many speeches as one streamed ZIP.

    export = render_speech(speech, "docx", outline=False, url=...)  # Export(content, type, name)

Views stay thin (views.py here): they parse the request, call these, and send the bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from ..models import Speech
from .document import build_document, metadata
from .docx import build_docx
from .markdown import build_markdown
from .text import build_text

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset={charset}",
    "txt": "text/plain; charset={charset}",
}
# Encodings a download may ask for, by format. GB18030 covers every character, so nothing is lost;
# old Windows tools (Notepad before 2019, some OA systems) read it and want CRLF line ends.
ENCODINGS = {"txt": {"utf-8", "gb18030"}, "md": {"utf-8"}, "docx": {"utf-8"}}
ENCODING_ALIASES = {"utf8": "utf-8", "utf-8": "utf-8", "gb18030": "gb18030"}

_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f\\/:*?"<>|]+')
MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class Export:
    content: bytes
    content_type: str
    filename: str  # Chinese, from the title
    fallback: str  # ASCII, for clients that do not read filename*


def normalise_encoding(fmt: str, value: str | None) -> str | None:
    """The encoding to write `fmt` in, or None when the format cannot be written in it."""
    encoding = ENCODING_ALIASES.get((value or "utf-8").strip().lower())
    return encoding if encoding in ENCODINGS.get(fmt, set()) else None


def safe_filename(title: str, suffix: str = "") -> str:
    """A file name from the title: no path separators or characters Windows refuses, not too
    long for old unzip tools (80 characters and the extension)."""
    stem = _UNSAFE_IN_NAME.sub("_", title).strip(" ._") or "讲话稿"
    return f"{stem[:MAX_NAME_LENGTH]}{suffix}"


def content_disposition(filename: str, fallback: str) -> str:
    """RFC 6266: an ASCII `filename` for old clients, the Chinese name as RFC 5987 `filename*`."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def speech_filename(speech: Speech, fmt: str, *, outline: bool = False) -> str:
    return safe_filename(speech.title, "（提纲）" if outline else "") + f".{fmt}"


def render_speech(
    speech: Speech, fmt: str, *, outline: bool = False, encoding: str = "utf-8", url: str = ""
) -> Export:
    """One speech, prefetched with `Speech.objects.with_outline()`, in `fmt` (a key of FORMATS)."""
    doc = build_document(speech)
    facts = metadata(speech, url)
    if fmt == "docx":
        content = build_docx(doc, facts, outline=outline)
    elif fmt == "md":
        content = build_markdown(doc, facts, outline=outline).encode(encoding)
    elif fmt == "txt":
        text = build_text(doc, outline=outline)
        if encoding == "gb18030":
            text = text.replace("\n", "\r\n")
        content = text.encode(encoding)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    suffix = "-outline" if outline else ""
    return Export(
        content=content,
        content_type=FORMATS[fmt].format(charset=encoding),
        filename=speech_filename(speech, fmt, outline=outline),
        fallback=f"speech-{speech.pk}{suffix}.{fmt}",
    )
