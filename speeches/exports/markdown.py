"""A speech as Markdown: a front-matter block with its facts, then # title, ## parts, ### points.

Quotation marks stay as written (“…”), never turned into > blocks. Characters Markdown would read
as markup (the *** of a masked name, a line opening with 1.) are escaped, so the rendered text
reads exactly as the speech.
"""

from __future__ import annotations

import json
import re

from .document import Part, Span, SpeechDocument, plain

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=-])")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")


def escape_markdown(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _line(spans: list[Span]) -> str:
    return escape_markdown(plain(spans).strip())


def heading_marks(part: Part) -> str:
    """## for a top-level part (the title is #), ### for its points, at most ######."""
    return "#" * min(part.level + 1, 6)


def front_matter(facts: dict[str, str]) -> str:
    """YAML front matter; each value a JSON string, which YAML reads as a quoted scalar."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in facts.items()]
    return "\n".join(["---", *lines, "---"])


def build_markdown(doc: SpeechDocument, facts: dict[str, str], *, outline: bool = False) -> str:
    blocks = [front_matter({"标题": doc.title, **facts}), f"# {escape_markdown(doc.title)}"]
    if doc.subtitle and not outline:
        blocks.append(_line([Span(doc.subtitle)]))
    if doc.salutation and not outline:
        blocks.append(_line([Span(doc.salutation)]))
    for part in doc.parts:
        if part.heading:
            blocks.append(f"{heading_marks(part)} {_line(part.heading)}")
        if not outline:
            blocks.extend(_line(spans) for spans in part.paragraphs)
    return "\n\n".join(blocks) + "\n"
