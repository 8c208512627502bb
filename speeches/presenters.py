"""Turn stored speeches into what the pages show: marked-up section text and the outline.

Everything here escapes its input; templates receive SafeStrings and never build HTML themselves.
Quote.position and Placeholder.position are offsets into Section.text (heading + "\\n" + body).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape  # as django.utils.html.escape, without its lazy-string wrapper (hot)
from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from .models import Quote, Section

if TYPE_CHECKING:
    from .reuse.passages import SectionReuse

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


def _label(section: Section) -> str:
    """What a screen reader hears after 本节链接 or 复制本节: the number and heading (or kind)."""
    return escape(f"{section.number}{section.heading or section.get_kind_display()}")


def section_html(section: Section, reuse: SectionReuse | None = None) -> str:
    """One section of the reading page (its heading, paragraphs and tools), then its reuse
    note. Written here rather than in a template: a speech has dozens of sections, and the
    template engine's lookups per section were most of the page's cost."""
    anchor, label = escape(section.anchor), _label(section)
    heading = ""
    if section.heading:  # <h2> for top sections (the title is <h1>), at most <h6>
        tag = f"h{min((section.level or 1) + 1, 6)}"
        number = ""
        if section.number and not section.label_inline:
            number = f'<span class="section__number">{escape(section.number)}</span>'
        heading = (
            f'<{tag} class="section__heading">{number}{heading_html(section)}'
            f"{escape(section.heading_end)}</{tag}>"
        )
    return (
        f'<section id="{anchor}" class="section section--{escape(section.kind)} '
        f'section--level-{section.level}" data-level="{section.level}">\n'
        f"  {heading}\n"
        f'  <div class="section__body">{body_html(section)}</div>\n'
        f'  <p class="section__tools">\n'
        f'    <a class="permalink" href="#{anchor}">本节链接'
        f'<span class="visually-hidden">：{label}</span></a>\n'
        f'    <button type="button" class="copy-button" data-copy-section="{anchor}" hidden>'
        f'复制本节<span class="visually-hidden">：{label}</span></button>\n'
        f"  </p>\n"
        f"</section>\n" + (_reuse_note(section, reuse, label) if reuse else "")
    )


def _reuse_note(section: Section, reuse: SectionReuse, label: str) -> str:
    """The section's similar passages in other speeches, most shared first (a <details>)."""
    anchor = escape(section.anchor)
    compare = reverse("speeches:compare")
    items = []
    for match in reuse.matches:
        other, speech = match.other, match.other_speech
        where = ""
        if other.number or other.heading:
            where = escape(other.number) + escape(Truncator(other.heading).chars(24))
        items.append(
            f"    <li>\n"
            f'      <span class="reuse-share" title="本段文字见于该段的比例">{match.share}%</span>\n'
            f'      <a class="reuse-note__passage" href="{speech.get_absolute_url()}'
            f'#{escape(other.anchor)}">《{escape(speech.title)}》{where}</a>\n'
            f'      <span class="reuse-note__meta">{speech.year or "年份不详"} · '
            f"{escape(speech.level)}</span>\n"
            f'      <a class="reuse-note__compare" href="{compare}?a={section.speech_id}&amp;'
            f'b={match.other_speech_id}#a-{anchor}">对比</a>\n'
            f"    </li>\n"
        )
    return (
        f'<details class="reuse-note" id="reuse-{anchor}">\n'
        f"  <summary>与 {reuse.speech_count} 篇讲话相似"
        f'<span class="visually-hidden">：{label}</span></summary>\n'
        f'  <ul class="reuse-note__list">\n{"".join(items)}  </ul>\n'
        f"</details>\n"
    )


def sections_html(sections: list[Section], reuse: dict[int, SectionReuse]) -> SafeString:
    """The speech's sections in document order, each followed by its reuse note."""
    return mark_safe(  # built from escaped parts above
        "".join(section_html(section, reuse.get(section.pk)) for section in sections)
    )


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


def outline_html(entries: list[OutlineEntry]) -> SafeString:
    """The outline as nested lists of links to the sections' anchors."""
    items = []
    for entry in entries:
        section = entry.section
        number = "" if section.label_inline else escape(section.number)
        children = f"\n    {outline_html(entry.children)}" if entry.children else ""
        items.append(
            f'  <li><a href="#{escape(section.anchor)}">{number}{escape(section.heading)}</a>'
            f"{children}\n  </li>\n"
        )
    return mark_safe(f"<ol>\n{''.join(items)}</ol>\n")  # built from escaped parts above
