"""Edits of the outline: merge a section into the one before it, split one in two, review."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from ..models import Section, Speech
from ..parsing.body import split_heading
from ..parsing.numbering import find_markers
from .core import (
    PARKING,
    EditError,
    User,
    delete_with_reason,
    new_anchor,
    record_speech_edit,
    renumber,
    save_with_reason,
    stamp,
)
from .derive import sections_changed, text_changed
from .snapshots import begin_edit, ensure_snapshot, take_snapshot


def short(section: Section) -> str:
    """A section as a history reason names it."""
    name = str(section)
    return name if len(name) <= 16 else name[:15] + "…"


def heading_line(section: Section) -> str:
    """The section's label and heading as the reader sees them, every character included."""
    number = "" if section.label_inline else section.number
    return f"{number}{section.heading}{section.heading_end}" if section.heading else number


@transaction.atomic
def merge_into_previous(
    section: Section, user: User = None, *, expected: int | None = None, reason: str = ""
) -> Section:
    """Append `section` (its number, heading and body) to the body of the section before it.

    Every character survives: the merged section's label, heading and the punctuation that
    ended it become a line of the previous body. Quotes and subsections move along; the quotes
    of the merged text are detected again. Returns the previous section.
    `expected` is the speech version the editor loaded (None: the current one)."""
    section = Section.objects.select_for_update().get(pk=section.pk)
    speech = begin_edit(section.speech_id, expected if expected is not None else _version(section))
    previous = (
        Section.objects.filter(speech_id=section.speech_id, position__lt=section.position)
        .order_by("-position")
        .first()
    )
    if previous is None:
        raise EditError(f"“{section}”是第一节，前面没有可以合并的章节。")
    tail = "\n".join(p for p in (heading_line(section), section.body) if p)
    previous.body = f"{previous.body}\n{tail}" if previous.body else tail
    why = f"合并：“{short(section)}”并入“{short(previous)}”" + (f"；{reason}" if reason else "")
    stamp(previous, user)
    save_with_reason(previous, why, user)
    for quote in section.quotes.all():
        quote.section = previous
        save_with_reason(quote, why, user)
    section.placeholders.all().delete()
    for child in section.children.all():
        child.parent = previous
        save_with_reason(child, why, user)
    delete_with_reason(section, why, user)

    renumber(speech, reason=why, user=user)
    previous.refresh_from_db()
    sections_changed(speech, [previous], user)
    record_speech_edit(speech, user, why)
    return previous


def _version(section: Section) -> int:
    return Speech.objects.values_list("version", flat=True).get(pk=section.speech_id)


def paragraphs(section: Section) -> list[str]:
    return section.body.split("\n")


def paragraph_marker(paragraph: str) -> tuple[str, str]:
    """(number, heading) a paragraph starts with when it starts with a numbered label (二是…,
    （三）…): what the split form offers; ("", "") otherwise."""
    markers = [m for m in find_markers([paragraph]) if m.offset == 0 and m.end > 0]
    if not markers:
        return "", ""
    number = paragraph[: markers[0].end]
    heading, _end, _rest = split_heading(paragraph[markers[0].end :], own_line=True)
    return number, heading


def _cut_heading(paragraph: str, number: str, heading: str) -> tuple[str, str, str, str]:
    """(number, heading, heading_end, body) of a new section from its first paragraph: the
    number and heading the editor typed are taken out of the text when it starts with them, so
    that every character is kept exactly once."""
    rest = paragraph
    if number and rest.startswith(number):
        rest = rest[len(number) :]
    elif number:
        return number, heading, "", paragraph  # a label the text lacks: added by the editor
    if heading and rest.startswith(heading):
        rest = rest[len(heading) :]
        end = rest[:1] if rest[:1] in "。！？；：:，,、" else ""
        return number, heading, end, rest[len(end) :]
    if heading:
        return number, heading, "", rest
    return number, "", "", rest


@transaction.atomic
def split_section(
    section: Section,
    paragraph: int,
    user: User = None,
    *,
    number: str = "",
    heading: str = "",
    expected: int | None = None,
    reason: str = "",
) -> Section:
    """Cut `section`'s body before paragraph number `paragraph` (1-based, so 2 keeps the first
    paragraph) into a new section right after it, at the same level under the same parent, with
    the `number` and `heading` the editor gave. Returns the new section.

    Every character is kept: when the moved paragraph starts with the number and heading, they
    leave the body for the new section's label and heading."""
    section = Section.objects.select_for_update().get(pk=section.pk)
    speech = begin_edit(section.speech_id, expected if expected is not None else _version(section))
    parts = paragraphs(section)
    if not 2 <= paragraph <= len(parts):
        raise EditError(
            f"“{section}”的正文有 {len(parts)} 段，只能在第 2 至第 {len(parts)} 段之前拆分。"
        )
    number, heading = number.strip(), heading.strip()
    if number and not heading:
        raise EditError("有序号的章节必须有标题。")
    why = f"拆分：“{short(section)}”于第 {paragraph} 段之前" + (f"；{reason}" if reason else "")
    # Open a gap after the section: later sections move down by one, from the end.
    later = list(speech.sections.filter(position__gt=section.position).order_by("-position"))
    for s in later:
        Section.objects.filter(pk=s.pk).update(position=s.position + PARKING)
    for s in later:
        s.position += 1
        save_with_reason(s, why, user)

    moved = parts[paragraph - 1 :]
    number, heading, heading_end, first = _cut_heading(moved[0], number, heading)
    section.body = "\n".join(parts[: paragraph - 1])
    stamp(section, user)
    save_with_reason(section, why, user)
    new = Section(
        speech=speech,
        parent=section.parent,
        level=section.level,
        position=section.position + 1,
        kind=section.kind,
        number=number,
        heading=heading,
        heading_end=heading_end,
        body="\n".join([first, *moved[1:]]) if first else "\n".join(moved[1:]),
        anchor=new_anchor(speech),
    )
    stamp(new, user)
    save_with_reason(new, why, user)
    # The quotes of the moved text follow it, then both halves are detected again.
    cut = len(section.text)
    for quote in section.quotes.filter(position__gte=cut):
        quote.section = new
        save_with_reason(quote, why, user)
    sections_changed(speech, [section, new], user)
    record_speech_edit(speech, user, why)
    return new


def mark_reviewed(
    speeches: Iterable[Speech], user: User = None, expected: dict[int, int] | None = None
) -> int:
    """Clear the review flag (the warnings stay, for the record); returns how many changed.

    `expected` maps speech ids to the versions the editor loaded (checked when given).
    Reviewing changes no indexed text: the search index is left as it is."""
    count = 0
    with transaction.atomic():
        for speech in speeches:
            if expected is not None and speech.pk in expected:
                speech = begin_edit(speech.pk, expected[speech.pk])
            else:
                ensure_snapshot(speech)
            if not speech.needs_review:
                continue
            speech.needs_review = False
            # Reviewing is not an edit of the text or metadata: no edited_at stamp, so that a
            # re-import still refreshes the metadata; the version moves on all the same.
            speech.version += 1
            save_with_reason(speech, "已复核解析提示", user)
            take_snapshot(speech, "已复核解析提示", user)
            count += 1
    return count


__all__ = [
    "heading_line",
    "mark_reviewed",
    "merge_into_previous",
    "paragraph_marker",
    "paragraphs",
    "split_section",
    "text_changed",
]
