"""Whole-speech versions: take a snapshot after every editor write, restore one as a whole.

A snapshot holds the speech's metadata, every section, quote and placeholder (JSON). Restoring
one rewrites the speech to it in one transaction (sections deleted since come back with their
ids, later ones go), records a new version with a reason, and refreshes what is derived.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..models import METADATA_FIELDS, Placeholder, Quote, Section, Speech
from .core import (
    PARKING,
    User,
    _user,
    check_version,
    delete_with_reason,
    save_with_reason,
    stamp,
)
from .models import SpeechSnapshot

SPEECH_FIELDS = (*METADATA_FIELDS, "needs_review", "warnings")
SECTION_FIELDS: tuple[str, ...] = (
    "parent_id",
    "level",
    "position",
    "kind",
    "number",
    "heading",
    "heading_end",
    "label_inline",
    "body",
    "anchor",
    # Derived from the text and left out of the history, but part of what a reader sees.
    *(["stage_directions"] if hasattr(Section, "stage_directions") else []),
)
QUOTE_FIELDS = ("section_id", "position", "text", "kind", "speaker", "source", "verb")


def capture(speech: Speech) -> dict[str, Any]:
    """The speech as stored now (three queries besides the speech itself)."""
    meta = {name: getattr(speech, name) for name in SPEECH_FIELDS}
    meta["date"] = speech.date.isoformat() if speech.date else None
    sections = [
        {"id": s.pk, **{name: getattr(s, name) for name in SECTION_FIELDS}}
        for s in Section.objects.filter(speech=speech).order_by("position")
    ]
    quotes = [
        {"id": q.pk, **{name: getattr(q, name) for name in QUOTE_FIELDS}}
        for q in Quote.objects.filter(speech=speech).order_by("section__position", "position")
    ]
    placeholders = list(
        Placeholder.objects.filter(speech=speech)
        .order_by("pk")
        .values("section_id", "position", "text")
    )
    return {"speech": meta, "sections": sections, "quotes": quotes, "placeholders": placeholders}


def take_snapshot(
    speech: Speech, reason: str, user: User = None, when: dt.datetime | None = None
) -> SpeechSnapshot:
    """Record the speech as stored now as its current version (replacing one taken before)."""
    snapshot, _ = SpeechSnapshot.objects.update_or_create(
        speech=speech,
        version=speech.version,
        defaults={
            "reason": reason[:500],
            "user": _user(user),
            "created_at": when or timezone.now(),
            "data": capture(speech),
        },
    )
    return snapshot


def ensure_snapshot(speech: Speech) -> None:
    """Snapshot the current version if nobody did (the importer's versions): taken before an
    editor's first write, so that what the importer left can be restored."""
    if SpeechSnapshot.objects.filter(speech=speech, version=speech.version).exists():
        return
    record = speech.history.order_by("-history_date", "-history_id").first()
    take_snapshot(
        speech,
        record.history_change_reason or "" if record else "",
        record.history_user if record else None,
        record.history_date if record else None,
    )


def begin_edit(speech_id: int, expected: int | None) -> Speech:
    """Lock the speech, check the version the editor loaded, snapshot it if nobody did."""
    check_version(speech_id, expected)
    speech = Speech.objects.get(pk=speech_id)
    ensure_snapshot(speech)
    return speech


@transaction.atomic
def restore(
    speech: Speech, version: int, *, expected: int | None, user: User = None, reason: str = ""
) -> Speech:
    """Bring the whole speech back to `version` (one transaction), recorded as a new version."""
    from .core import record_speech_edit
    from .derive import text_changed

    speech = begin_edit(speech.pk, expected)
    snapshot = SpeechSnapshot.objects.get(speech=speech, version=version)
    data = snapshot.data
    why = f"恢复到版本 {version}" + (f"：{reason}" if reason else "")

    for name in SPEECH_FIELDS:
        setattr(speech, name, data["speech"][name])
    speech.date = dt.date.fromisoformat(data["speech"]["date"]) if data["speech"]["date"] else None

    before = {s.pk: s for s in Section.objects.filter(speech=speech)}
    wanted = {s["id"]: s for s in data["sections"]}
    # Park every position and detach every parent: rows then move one by one without colliding,
    # and deleting a section that is gone cascades to nothing that stays.
    Section.objects.filter(speech=speech).update(parent=None, position=F("position") + PARKING)
    for pk, section in before.items():
        if pk not in wanted:
            delete_with_reason(section, why, user)
    saved: set[int] = set()
    pending = sorted(data["sections"], key=lambda s: s["position"])
    while pending:
        later = []
        for row in pending:
            if row["parent_id"] is not None and row["parent_id"] not in saved:
                later.append(row)
                continue
            _restore_section(speech, row, before.get(row["id"]), why, user)
            saved.add(row["id"])
        if len(later) == len(pending):  # a parent not in the snapshot: keep the row, unparented
            for row in later:
                _restore_section(
                    speech, {**row, "parent_id": None}, before.get(row["id"]), why, user
                )
            break
        pending = later

    quotes_before = {q.pk: q for q in Quote.objects.filter(speech=speech)}
    quotes_wanted = {q["id"] for q in data["quotes"]}
    for pk, quote in quotes_before.items():
        if pk not in quotes_wanted:
            delete_with_reason(quote, why, user)
    for row in data["quotes"]:
        quote = quotes_before.get(row["id"]) or Quote(pk=row["id"], speech=speech)
        values = {name: row[name] for name in QUOTE_FIELDS}
        if quote.pk in quotes_before and all(getattr(quote, k) == v for k, v in values.items()):
            continue
        for name, value in values.items():
            setattr(quote, name, value)
        save_with_reason(quote, why, user)

    Placeholder.objects.filter(speech=speech).delete()
    Placeholder.objects.bulk_create(
        Placeholder(speech=speech, **row) for row in data["placeholders"]
    )
    record_speech_edit(speech, user, why)
    text_changed(speech)
    return speech


def _restore_section(
    speech: Speech, row: dict[str, Any], current: Section | None, why: str, user: User
) -> None:
    values = {name: row[name] for name in SECTION_FIELDS}
    if current is not None and all(getattr(current, k) == v for k, v in values.items()):
        # Unchanged but parked: put it back without a history row saying nothing changed.
        Section.objects.filter(pk=current.pk).update(
            position=row["position"], parent_id=row["parent_id"]
        )
        return
    section = current or Section(pk=row["id"], speech=speech)
    for name, value in values.items():
        setattr(section, name, value)
    stamp(section, user)
    save_with_reason(section, why, user)
