"""The rules every editor write follows: the version check, the stamp, saving with a reason.

Every write saves row by row (never `update()` or bulk operations on Speech, Section or Quote,
except to park positions) so that django-simple-history records each change with its reason.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils import timezone

from ..models import Quote, Section, Speech

# Positions are parked here while rows are renumbered: (speech, position) is unique, so moving
# rows one by one into places still held by others would collide.
PARKING = 1_000_000

# Who made an edit: the request's user (anonymous or absent for commands and tests).
User: TypeAlias = AbstractBaseUser | AnonymousUser | None


class EditConflict(Exception):
    """Someone saved the speech since this editor opened it."""


class EditError(ValueError):
    """An edit that cannot be made; the message is shown to the editor."""


def conflict_message(current: int, expected: int | None) -> str:
    return (
        f"保存失败：在您打开此页面后，其他编辑已保存了这篇讲话稿（当前版本 {current}，"
        f"您编辑的是版本 {expected}）。您的修改仍在下方表单中，请刷新页面查看对方的修改后再提交。"
    )


def check_version(speech_id: int, expected: int | None) -> int:
    """Lock the speech row and check nobody saved it since version `expected` was read.

    Returns the current version; raises EditConflict when it has moved on. Must run inside the
    transaction that then saves (the admin's change view is atomic)."""
    current = Speech.objects.select_for_update().values_list("version", flat=True).get(pk=speech_id)
    if current != expected:
        raise EditConflict(conflict_message(current, expected))
    return current


def _user(user: User) -> AbstractBaseUser | None:
    if user is not None and user.is_authenticated and isinstance(user, AbstractBaseUser):
        return user
    return None


def stamp(obj: Speech | Section, user: User) -> None:
    """Mark a speech or section as changed by an editor (the importer then keeps it)."""
    obj.edited_by = _user(user)
    obj.edited_at = timezone.now()


def save_with_reason(obj: models.Model, reason: str, user: User = None, **kwargs: Any) -> None:
    """Save one row and its history row, saying why and (when known) who."""
    obj._change_reason = reason
    if _user(user) is not None:
        obj._history_user = user
    obj.save(**kwargs)


def delete_with_reason(obj: models.Model, reason: str, user: User = None) -> None:
    """Delete one row, its history row saying why and who."""
    obj._change_reason = reason
    if _user(user) is not None:
        obj._history_user = user
    obj.delete()


def record_speech_edit(speech: Speech, user: User, reason: str = "") -> None:
    """Stamp the speech, move its version on, save it (one history row) and snapshot it."""
    from .snapshots import take_snapshot

    stamp(speech, user)
    speech.version = speech.version + 1
    save_with_reason(speech, reason, user)
    take_snapshot(speech, reason, user)


def renumber(speech: Speech, *, reason: str, user: User = None) -> None:
    """Make the speech's section positions contiguous again, keeping their order."""
    sections = list(speech.sections.order_by("position", "pk"))
    # The importer counts from 0, editors' pages from 1: keep whichever the speech uses.
    start = min(sections[0].position, 1) if sections else 1
    moved = [(s, n) for n, s in enumerate(sections, start=start) if s.position != n]
    for s, _ in moved:
        Section.objects.filter(pk=s.pk).update(position=s.position + PARKING)
    for s, n in moved:
        s.position = n
        save_with_reason(s, reason, user)


def new_anchor(speech: Speech) -> str:
    """An anchor for a section an editor adds or splits off: `e1`, `e2` … The parser's are s1,
    s2-1, opening …: a re-import must never mistake an editor's section for a parsed one."""
    taken = set(speech.sections.values_list("anchor", flat=True))
    n = 1
    while f"e{n}" in taken:
        n += 1
    return f"e{n}"


def delete_section(section: Section, user: User = None, reason: str = "") -> None:
    """Delete one section; its subsections move up to its parent instead of going with it."""
    for child in section.children.all():
        child.parent = section.parent
        save_with_reason(child, reason, user)
    delete_with_reason(section, reason, user)


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


def stamp_quote_section(quote: Quote, user: User, reason: str) -> None:
    """An edited quote marks its section as edited: a re-import rebuilds the quotes of sections
    nobody touched, and would otherwise undo a corrected speaker."""
    section = quote.section
    stamp(section, user)
    save_with_reason(section, reason, user)
