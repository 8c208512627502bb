"""A speech as the downloads lay it out: title, subtitle, salutation, then parts in document order.

Every format (docx, Markdown, plain text, the 提纲) renders this one structure, so they agree on
what a heading's text is and where a placeholder sits. Nothing here touches the database: it reads
a speech whose sections, quotes and placeholders were prefetched (`Speech.objects.with_outline()`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Section, Speech

# The rank of a heading decides its typeface in a 公文: 一、 黑体, （一） 楷体, 1. 仿宋 bold, （1） 仿宋.
# The number's shape decides first (the parser's levels follow the order styles appear in, so a
# speech whose parts are numbered （一） has them at level 1); otherwise the level does.
_CN = "一二三四五六七八九十百零〇两"
RANK_PATTERNS = [
    (re.compile(f"^[{_CN}]+[、．.]"), 1),
    (re.compile(f"^[（(][{_CN}]+[）)]"), 2),
    (re.compile(r"^\d+[.．、]"), 3),
    (re.compile(r"^[（(]\d+[）)]"), 4),
]
MAX_RANK = 4


@dataclass(frozen=True)
class Span:
    """A run of text; `slot` marks a placeholder to fill (XX, ×××), highlighted in Word."""

    text: str
    slot: bool = False


@dataclass
class Part:
    """One section: its heading (number, words, closing punctuation) and its paragraphs."""

    anchor: str
    level: int
    rank: int  # 1-4 for a headed section, 0 for an opening or closing without heading
    heading: list[Span] = field(default_factory=list)
    paragraphs: list[list[Span]] = field(default_factory=list)
    # The heading ended with its sentence's punctuation and the body went on in the same
    # paragraph (一是加强领导。要……): Word keeps it run-in, as written.
    run_in: bool = False

    @property
    def heading_text(self) -> str:
        return plain(self.heading)


@dataclass
class SpeechDocument:
    title: str
    subtitle: str
    salutation: str
    parts: list[Part]

    @property
    def headed_parts(self) -> list[Part]:
        return [part for part in self.parts if part.heading]


def plain(spans: list[Span]) -> str:
    return "".join(span.text for span in spans)


def heading_rank(section: Section) -> int:
    for pattern, rank in RANK_PATTERNS:
        if pattern.match(section.number):
            return rank
    return min(max(section.level, 1), MAX_RANK)


def _slots(section: Section) -> list[tuple[int, int]]:
    """Where the section's placeholders sit in Section.text, skipping any that no longer match
    (the section was edited after parsing), like the reading page does."""
    text = section.text
    found = []
    for slot in section.placeholders.all():
        end = slot.position + len(slot.text)
        if slot.text and text[slot.position : end] == slot.text:
            found.append((slot.position, end))
    return sorted(found)


def _spans(text: str, start: int, end: int, slots: list[tuple[int, int]]) -> list[Span]:
    """text[start:end] cut into plain and placeholder spans."""
    spans = []
    pos = start
    for slot_start, slot_end in slots:
        slot_start, slot_end = max(slot_start, pos), min(slot_end, end)
        if slot_start >= slot_end:
            continue
        if slot_start > pos:
            spans.append(Span(text[pos:slot_start]))
        spans.append(Span(text[slot_start:slot_end], slot=True))
        pos = slot_end
    if pos < end:
        spans.append(Span(text[pos:end]))
    return spans


def build_part(section: Section) -> Part:
    text = section.text
    slots = _slots(section)
    heading: list[Span] = []
    if section.heading:
        if section.number and not section.label_inline:
            heading.append(Span(section.number))
        heading.extend(_spans(text, 0, len(section.heading), slots))
        if section.heading_end:
            heading.append(Span(section.heading_end))
    paragraphs = []
    offset = len(section.heading) + 1 if section.heading else 0
    for line in section.body.split("\n"):
        end = offset + len(line)
        if line.strip():
            paragraphs.append(_spans(text, offset, end, slots))
        offset = end + 1
    return Part(
        anchor=section.anchor,
        level=section.level,
        rank=heading_rank(section) if heading else 0,
        heading=heading,
        paragraphs=paragraphs,
        run_in=bool(heading and section.heading_end and paragraphs),
    )


def build_document(speech: Speech) -> SpeechDocument:
    """The speech's structure; its sections must be prefetched (with_outline)."""
    return SpeechDocument(
        title=speech.title,
        subtitle=speech.subtitle,
        salutation=speech.salutation,
        parts=[build_part(section) for section in speech.sections.all()],
    )


def speech_date(speech: Speech) -> str:
    """2020年3月5日, 2020年, or an empty string."""
    if speech.date:
        return f"{speech.date.year}年{speech.date.month}月{speech.date.day}日"
    return f"{speech.year}年" if speech.year else ""


def speaker(speech: Speech) -> str:
    return f"{speech.speaker_role}{speech.speaker_name}"


def metadata(speech: Speech, url: str = "") -> dict[str, str]:
    """The speech's facts that go into a file's properties or front matter, not into its text.
    Chinese labels as keys, in the order a reader looks for them; empty facts left out."""
    facts = {
        "会议": speech.meeting,
        "召开机构": speech.organisation,
        "层级": speech.get_level_display(),
        "日期": speech_date(speech),
        "讲话人": speaker(speech),
        "文种": speech.get_genre_display(),
        "来源": speech.source_name,
        "档案库链接": url,
    }
    return {key: value for key, value in facts.items() if value}
