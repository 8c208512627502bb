"""A speech as plain text: one paragraph a line, headings with their numbers, nothing added."""

from __future__ import annotations

from .document import SpeechDocument, plain

# The 提纲 indents each level below the parts by two full-width spaces, as typed in Chinese text.
OUTLINE_INDENT = "\u3000\u3000"


def build_text(doc: SpeechDocument, *, outline: bool = False) -> str:
    lines = [doc.title]
    if doc.subtitle and not outline:
        lines.append(doc.subtitle)
    if doc.salutation and not outline:
        lines.append(doc.salutation)
    for part in doc.parts:
        if outline:
            if part.heading:
                lines.append(OUTLINE_INDENT * (max(part.level, 1) - 1) + part.heading_text)
            continue
        paragraphs = [plain(spans).strip() for spans in part.paragraphs]
        if part.run_in:
            paragraphs[0] = part.heading_text + paragraphs[0]
        elif part.heading:
            lines.append(part.heading_text)
        lines.extend(paragraphs)
    return "\n".join(line for line in lines if line) + "\n"
