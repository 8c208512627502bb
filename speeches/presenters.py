"""Turn stored speeches into what the pages show: marked-up section text and the outline.

Everything here escapes its input; templates receive SafeStrings and never build HTML themselves.
Quote.position and Placeholder.position are offsets into Section.text (heading + "\\n" + body).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .models import Quote, Section

STAGE_TAG = '<span class="stage">'


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    open_tag: str  # already escaped
    close_tag: str

    def clipped(self, start: int, end: int) -> Mark | None:
        start, end = max(self.start, start), min(self.end, end)
        if start >= end:
            return None
        return Mark(start, end, self.open_tag, self.close_tag)


def _quote_mark(quote: Quote) -> Mark:
    if quote.kind == Quote.Kind.QUOTATION:
        attribution = (
            "".join(part for part in (quote.speaker, quote.verb) if part)
            or quote.get_kind_display()
        )
        if quote.source:
            attribution = f"{attribution}（{quote.source}）"
        open_tag = format_html(
            '<q class="mark mark-quotation" title="{}" data-speaker="{}">',
            attribution,
            quote.speaker,
        )
        return Mark(quote.position, quote.position + len(quote.text), open_tag, "</q>")
    if quote.kind == Quote.Kind.DOCUMENT:
        open_tag = format_html('<cite class="mark mark-document" title="{}">', "文件")
        return Mark(quote.position, quote.position + len(quote.text), open_tag, "</cite>")
    open_tag = format_html('<span class="mark mark-slogan" title="{}">', "提法")
    return Mark(quote.position, quote.position + len(quote.text), open_tag, "</span>")


def section_marks(section: Section) -> list[Mark]:
    """Marks for the section's quotes and placeholders (prefetched), in document order.

    A mark whose text no longer sits at its offset (the section was edited after parsing) is
    left out rather than drawn over the wrong words.
    """
    text = section.text
    marks = []
    for quote in section.quotes.all():
        if quote.text and text[quote.position : quote.position + len(quote.text)] == quote.text:
            marks.append(_quote_mark(quote))
    for slot in section.placeholders.all():
        if slot.text and text[slot.position : slot.position + len(slot.text)] == slot.text:
            open_tag = format_html('<mark class="slot" title="{}">', "待填写")
            marks.append(Mark(slot.position, slot.position + len(slot.text), open_tag, "</mark>"))
    for position, direction in section.stage_directions or []:
        if direction and text[position : position + len(direction)] == direction:
            # Muted, as the parser found it on import (Section.stage_directions).
            marks.append(Mark(position, position + len(direction), STAGE_TAG, "</span>"))
    marks.sort(key=lambda mark: (mark.start, -mark.end))
    return marks


def _render(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """HTML for text[start:end]; marks are sorted, inside the range; nested marks nest.

    A mark that partly overlaps an earlier sibling is dropped: HTML cannot cross elements.
    """
    out = []
    pos = start
    for i, mark in enumerate(marks):
        if mark.start < pos:
            continue  # nested inside the previous mark (rendered there) or overlapping it
        children = [m for m in marks[i + 1 :] if m.start < mark.end and m.end <= mark.end]
        out.append(escape(text[pos : mark.start]))
        out.append(mark.open_tag + _render(text, mark.start, mark.end, children) + mark.close_tag)
        pos = mark.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def _render_range(text: str, start: int, end: int, marks: list[Mark]) -> str:
    inside = [c for c in (m.clipped(start, end) for m in marks) if c is not None]
    return _render(text, start, end, inside)


def heading_html(section: Section) -> SafeString:
    if not section.heading:
        return mark_safe("")
    return mark_safe(  # built from escaped parts above
        _render_range(section.text, 0, len(section.heading), section_marks(section))
    )


def body_html(section: Section) -> SafeString:
    """The body as <p> paragraphs (one per line), marks split at paragraph ends."""
    text = section.text
    marks = section_marks(section)
    offset = len(section.heading) + 1 if section.heading else 0
    paragraphs = []
    for line in section.body.split("\n"):
        end = offset + len(line)
        if line.strip():
            paragraphs.append(f"<p>{_render_range(text, offset, end, marks)}</p>")
        offset = end + 1
    return mark_safe("\n".join(paragraphs))  # built from escaped parts above


@dataclass
class OutlineEntry:
    section: Section
    children: list[OutlineEntry] = field(default_factory=list)


def build_outline(sections: list[Section]) -> list[OutlineEntry]:
    """Nest the headed sections by level, in document order (levels may skip: 1 then 3)."""
    roots: list[OutlineEntry] = []
    stack: list[OutlineEntry] = []
    for section in sections:
        if not section.heading:
            continue
        entry = OutlineEntry(section)
        while stack and stack[-1].section.level >= section.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(entry)
        stack.append(entry)
    return roots
