"""Editors' writes that touch several rows: merge, split, reorder, review, version checks.

The admin stays declarative and calls these. Every write saves row by row (never `update()` or
bulk operations on Speech, Section or Quote) so that django-simple-history records each change,
with a change reason saying why, and each function leaves the speech's search index current.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from . import search
from .models import Quote, Section, Speech

# Positions are parked here while rows are renumbered: (speech, position) is unique, so moving
# rows one by one into places still held by others would collide.
PARKING = 1_000_000


class EditConflict(Exception):
    """Someone saved the speech since this editor opened it."""


class EditError(ValueError):
    """An edit that cannot be made; the message is shown to the editor."""


def check_version(speech_id: int, expected: int) -> int:
    """Lock the speech row and check nobody saved it since version `expected` was read.

    Returns the current version; raises EditConflict when it has moved on. Must run inside the
    transaction that then saves (the admin's change view is atomic)."""
    current = Speech.objects.select_for_update().values_list("version", flat=True).get(pk=speech_id)
    if current != expected:
        raise EditConflict(
            f"保存失败：在您打开此页面后，其他编辑已保存了这篇讲话稿（当前版本 {current}，"
            f"您编辑的是版本 {expected}）。您的修改仍在下方表单中，请刷新页面查看对方的修改后再提交。"
        )
    return current


def stamp(obj: Speech | Section, user: AbstractBaseUser | None) -> None:
    """Mark a speech or section as changed by an editor (the importer then keeps it)."""
    obj.edited_by = user if user is not None and user.is_authenticated else None
    obj.edited_at = timezone.now()


def _save(obj, reason: str, user: AbstractBaseUser | None = None) -> None:
    obj._change_reason = reason
    if user is not None and user.is_authenticated:
        obj._history_user = user
    obj.save()


def record_speech_edit(speech: Speech, user: AbstractBaseUser | None, reason: str = "") -> None:
    """Stamp the speech, move its version on and save it (one history row)."""
    stamp(speech, user)
    speech.version = speech.version + 1
    _save(speech, reason, user)


def renumber(speech: Speech, *, reason: str, user: AbstractBaseUser | None = None) -> None:
    """Make the speech's section positions contiguous again, keeping their order."""
    sections = list(speech.sections.order_by("position", "pk"))
    # The importer counts from 0, editors' pages from 1: keep whichever the speech uses.
    start = min(sections[0].position, 1) if sections else 1
    moved = [(s, n) for n, s in enumerate(sections, start=start) if s.position != n]
    for s, _ in moved:
        Section.objects.filter(pk=s.pk).update(position=s.position + PARKING)
    for s, n in moved:
        s.position = n
        _save(s, reason, user)


@transaction.atomic
def merge_into_previous(section: Section, user: AbstractBaseUser | None = None) -> Section:
    """Append `section` (its number, heading and body) to the body of the section before it.

    Every character survives: the merged section's label and heading become a line of the
    previous body. Quotes, placeholders and subsections move along, positions shifted so they
    still index `Section.text`. Returns the previous section."""
    section = Section.objects.select_for_update().get(pk=section.pk)
    previous = (
        Section.objects.filter(speech_id=section.speech_id, position__lt=section.position)
        .order_by("-position")
        .first()
    )
    if previous is None:
        raise EditError(f"“{section}”是第一节，前面没有可以合并的章节。")
    old_text = section.text
    tail = "\n".join(p for p in (section.number + section.heading, section.body) if p)
    previous.body = f"{previous.body}\n{tail}" if previous.body else tail
    # The old text ends the merged one: its quotes move by the length of what precedes it.
    shift = len(previous.text) - len(old_text)
    reason = f"merge: {section.anchor} merged into {previous.anchor}"
    stamp(previous, user)
    _save(previous, reason, user)

    for quote in section.quotes.all():
        quote.section = previous
        quote.position += shift
        _save(quote, reason, user)
    for placeholder in section.placeholders.all():
        placeholder.section = previous
        placeholder.position += shift
        placeholder.save()
    for child in section.children.all():
        child.parent = previous
        _save(child, reason, user)
    section._change_reason = reason
    if user is not None and user.is_authenticated:
        section._history_user = user
    section.delete()

    speech = previous.speech
    renumber(speech, reason=reason, user=user)
    record_speech_edit(speech, user, reason)
    search.reindex_speech(speech)
    previous.refresh_from_db()
    return previous


def paragraphs(section: Section) -> list[str]:
    return section.body.split("\n")


@transaction.atomic
def split_section(
    section: Section, paragraph: int, user: AbstractBaseUser | None = None
) -> Section:
    """Cut `section`'s body before paragraph number `paragraph` (1-based, so 2 keeps the first
    paragraph) into a new section right after it. Returns the new section.

    The new section starts with no number and no heading (the editor gives it one); the text of
    both halves joined by a line break is the old text, and quotes and placeholders in the moved
    paragraphs follow them."""
    section = Section.objects.select_for_update().get(pk=section.pk)
    parts = paragraphs(section)
    if not 2 <= paragraph <= len(parts):
        raise EditError(
            f"“{section}”的正文有 {len(parts)} 段，只能在第 2 至第 {len(parts)} 段之前拆分。"
        )
    speech = section.speech
    reason = f"split: {section.anchor} split before paragraph {paragraph}"
    # Open a gap after the section: later sections move down by one, from the end.
    later = list(speech.sections.filter(position__gt=section.position).order_by("-position"))
    for s in later:
        Section.objects.filter(pk=s.pk).update(position=s.position + PARKING)
    for s in later:
        s.position += 1
        _save(s, reason, user)

    cut = len(section.text) - len("\n".join(parts[paragraph - 1 :]))  # start of the moved text
    section.body = "\n".join(parts[: paragraph - 1])
    stamp(section, user)
    _save(section, reason, user)
    new = Section(
        speech=speech,
        parent=section.parent,
        level=section.level,
        position=section.position + 1,
        kind=section.kind,
        body="\n".join(parts[paragraph - 1 :]),
        anchor=new_anchor(speech),
    )
    stamp(new, user)
    _save(new, reason, user)
    for quote in section.quotes.filter(position__gte=cut):
        quote.section = new
        quote.position -= cut
        _save(quote, reason, user)
    for placeholder in section.placeholders.filter(position__gte=cut):
        placeholder.section = new
        placeholder.position -= cut
        placeholder.save()

    record_speech_edit(speech, user, reason)
    search.reindex_speech(speech)
    return new


def mark_reviewed(speeches: Iterable[Speech], user: AbstractBaseUser | None = None) -> int:
    """Clear the review flag (the warnings stay, for the record); returns how many changed."""
    count = 0
    with transaction.atomic():
        for speech in speeches:
            if not speech.needs_review:
                continue
            speech.needs_review = False
            # Reviewing is not an edit of the text or metadata: no edited_at stamp, so that a
            # re-import still refreshes the metadata; the version moves on all the same.
            speech.version += 1
            _save(speech, "warnings reviewed", user)
            count += 1
    return count


def quote_position(section_text: str, quote_text: str, near: int = 0) -> int | None:
    """Where `quote_text` occurs in the section's text: the occurrence nearest `near`."""
    if not quote_text:
        return None
    hits = []
    start = section_text.find(quote_text)
    while start != -1:
        hits.append(start)
        start = section_text.find(quote_text, start + 1)
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h - near))


def prepare_revert(speech: Speech) -> None:
    """A speech restored from a history row lacks what the history does not keep (the raw
    source text is excluded from it): take those from the current row, and move the version on
    past the current one so that the revert is itself a new version."""
    raw_text, version = Speech.objects.values_list("raw_text", "version").get(pk=speech.pk)
    speech.raw_text = raw_text
    speech.version = version


def reindex(speech: Speech) -> None:
    search.reindex_speech(speech)


def unindex(speech_id: int) -> None:
    search.unindex_speech(speech_id)


def new_anchor(speech: Speech) -> str:
    """An anchor for a section an editor adds or splits off: `e1`, `e2` … The parser's are s1,
    s2-1, opening …: a re-import must never mistake an editor's section for a parsed one."""
    taken = set(speech.sections.values_list("anchor", flat=True))
    n = 1
    while f"e{n}" in taken:
        n += 1
    return f"e{n}"


def delete_section(
    section: Section, user: AbstractBaseUser | None = None, reason: str = ""
) -> None:
    """Delete one section; its subsections move up to its parent instead of going with it."""
    for child in section.children.all():
        child.parent = section.parent
        _save(child, reason, user)
    section._change_reason = reason
    section.delete()


def realign_quotes(speech: Speech, user: AbstractBaseUser | None = None) -> list[str]:
    """After an edit of section text, point each quote at where its text now is.

    Returns the quotes whose text is no longer in their section, for the editor to fix."""
    lost = []
    for quote in speech.quotes.select_related("section"):
        text = quote.section.text
        if text[quote.position : quote.position + len(quote.text)] == quote.text:
            continue
        position = quote_position(text, quote.text, near=quote.position)
        if position is None:
            lost.append(quote.text)
            continue
        quote.position = position
        _save(quote, "quote moved with its section's text", user)
    return lost


def stamp_quote_section(quote: Quote, user: AbstractBaseUser | None, reason: str) -> None:
    """An edited quote marks its section as edited: a re-import rebuilds the quotes of sections
    nobody touched, and would otherwise undo a corrected speaker."""
    section = quote.section
    stamp(section, user)
    _save(section, f"{reason}: quote changed", user)


def part_history(speech_id: int, limit: int = 200) -> list:
    """The history rows of a speech's sections and quotes, newest first, each with `changes`
    (field, old, new) against the row before it: two queries, however long the history."""
    rows = []
    for model in (Section, Quote):
        records = list(
            model.history.filter(speech_id=speech_id)
            .select_related("history_user")
            .order_by("id", "history_date", "history_id")
        )
        previous = None
        for record in records:
            record.part = model._meta.verbose_name
            if previous is not None and previous.id == record.id and record.history_type == "~":
                delta = record.diff_against(previous, excluded_fields=["edited_at", "edited_by"])
                record.changes = [
                    (model._meta.get_field(c.field).verbose_name, c.old, c.new)
                    for c in delta.changes
                ]
            else:
                record.changes = []
            rows.append(record)
            previous = record
    rows.sort(key=lambda r: (r.history_date, r.history_id), reverse=True)
    return rows[:limit]
