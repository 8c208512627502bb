"""Write parsed speeches to the database: one atomic transaction per file.

The management commands only handle arguments and output; every multi-model write of an import or
re-parse lives here, so the search index and the history follow each write in the same transaction.

Re-import policy:
- the same normalised content again (any encoding) is `unchanged` and writes nothing;
- a changed file whose name was imported before is refused unless `update=True`, so that nobody
  replaces a speech by accident;
- an update (or a re-parse) replaces the structure, except sections an editor changed: those keep
  the editor's text, and the history records that the source changed; `force=True` replaces them
  too (their old text stays in the history);
- a new or updated speech with the same title and at least 90% of the text of a stored one (a copy
  from another site) is stored, pointing at it by `duplicate_of`, with a possible_duplicate
  warning (`duplicates.py`); a re-parse keeps that finding while `duplicate_of` is set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from simple_history.utils import bulk_create_with_history, update_change_reason

from . import duplicates, editing, reuse, search
from .decoding import DecodeError, decode_bytes, normalise
from .models import METADATA_FIELDS, Placeholder, Quote, Section, Speech
from .parsing import NotASpeech, ParsedSection, ParsedSpeech, parse

CREATED, UNCHANGED, UPDATED = "created", "unchanged", "updated"


class ImportFailure(Exception):
    """A file cannot be imported; the message is the one-line reason shown to the admin."""


@dataclass
class SpeechOutcome:
    status: str  # created / unchanged / updated
    speech: Speech
    kept_edits: list[str] = field(default_factory=list)  # anchors of editor-changed sections kept


@dataclass
class FileOutcome:
    path: Path
    encoding: str
    speeches: list[SpeechOutcome]


def find_text_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Expand files and folders (recursively, *.txt) into files; return (files, errors)."""
    files: list[Path] = []
    errors: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
            if found:
                files.extend(found)
            else:
                errors.append((path, "folder holds no .txt files"))
        elif path.is_file():
            files.append(path)
        else:
            errors.append((path, "no such file or folder"))
    return files, errors


def read_text_file(path: Path, max_bytes: int) -> tuple[str, str]:
    """Read and decode one file; returns (text, encoding) or raises ImportFailure."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportFailure(f"file is {size:,} bytes, larger than the limit of {max_bytes:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(f"cannot read file ({exc.strerror or exc})") from exc
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise ImportFailure(str(exc)) from exc
    return decoded.text, decoded.encoding


def parse_text(text: str, *, allow_non_speech: bool = False) -> list[ParsedSpeech]:
    try:
        speeches = parse(text, allow_non_speech=allow_non_speech)
    except NotASpeech as exc:
        raise ImportFailure(f"not a speech: {exc}") from exc
    if not speeches:
        raise ImportFailure("no speech found in the text")
    return speeches


def speech_key(text: str, index: int, count: int) -> str:
    """The unique content key: the hash of the normalised decoded text (and the index when a
    file holds several speeches), so that a re-encoded copy of a file is the same speech."""
    canonical = normalise(text)
    if count > 1:
        canonical += f"\n#speech-{index}"
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def import_file(
    path: Path,
    *,
    max_bytes: int,
    update: bool = False,
    force: bool = False,
    allow_non_speech: bool = False,
) -> FileOutcome:
    text, encoding = read_text_file(path, max_bytes)
    parsed = parse_text(text, allow_non_speech=allow_non_speech)
    options = {"source_name": path.name, "encoding": encoding, "update": update, "force": force}
    try:
        outcomes = import_parsed(text, parsed, **options)
    except IntegrityError:
        # Another process imported the same content between this one's check and its insert,
        # and committed first (its unique content key refused ours). Once more, now seeing its
        # rows: the same file is `unchanged`, as if the two had run one after the other.
        outcomes = import_parsed(text, parsed, **options)
    return FileOutcome(path=path, encoding=encoding, speeches=outcomes)


@transaction.atomic
def import_parsed(
    text: str,
    parsed: list[ParsedSpeech],
    *,
    source_name: str,
    encoding: str,
    update: bool = False,
    force: bool = False,
) -> list[SpeechOutcome]:
    """Store the speeches of one file, all or nothing."""
    outcomes = []
    for index, item in enumerate(parsed):
        key = speech_key(text, index, len(parsed))
        # One indexed query for both: the same content stored (under any name), or an earlier
        # version of this file.
        found = Speech.objects.filter(
            Q(source_sha256=key) | Q(source_name=source_name, source_index=index)
        )[:2]
        existing = next((s for s in found if s.source_sha256 == key), None)
        if existing is not None:
            outcomes.append(SpeechOutcome(UNCHANGED, existing))
            continue
        previous = next(iter(found), None)
        if previous is not None and not update:
            raise ImportFailure(
                f"a different version of this file is already speech #{previous.pk}; "
                "use --update to replace it"
            )
        speech = previous or Speech(source_name=source_name, source_index=index)
        speech.source_sha256 = key
        speech.source_encoding = encoding
        speech.raw_text = text
        match = duplicates.find_duplicate(item, exclude=speech.pk)
        speech.duplicate_of = match.speech if match else None
        kept = store_structure(
            speech,
            item,
            force=force,
            reason="import",
            extra_warnings=duplicates.warnings_for(match),
        )
        outcomes.append(SpeechOutcome(UPDATED if previous else CREATED, speech, kept))
    return outcomes


def reparse_speech(speech: Speech, *, force: bool = False, dry_run: bool = False) -> SpeechOutcome:
    """Re-run the current parser on the stored raw text and store what changed.

    Sections and metadata an editor changed are kept (and left out of the comparison, so that an
    edited speech is not rewritten on every run) unless `force`. The outcome's status is UPDATED
    when the structure changed (or would, with `dry_run`), else UNCHANGED."""
    try:
        parsed = parse(speech.raw_text, allow_non_speech=True)
    except NotASpeech as exc:
        raise ImportFailure(f"stored text cannot be parsed: {exc}") from exc
    item = parsed[min(speech.source_index, len(parsed) - 1)]
    edited: set[str] = set()
    if not force:
        edited = set(
            speech.sections.filter(edited_at__isnull=False).values_list("anchor", flat=True)
        )
    with_meta = force or speech.edited_at is None
    if structure_signature(item, edited, with_meta) == stored_signature(speech, edited, with_meta):
        return SpeechOutcome(UNCHANGED, speech)
    if dry_run:
        return SpeechOutcome(UPDATED, speech, sorted(edited))
    with transaction.atomic():
        kept = store_structure(
            speech,
            item,
            force=force,
            reason="reparse",
            extra_warnings=duplicates.kept_warnings(speech),
        )
    return SpeechOutcome(UPDATED, speech, kept)


def structure_signature(item: ParsedSpeech, skip: set[str], with_meta: bool) -> tuple:
    meta = (item.title, item.subtitle, item.meeting, item.organisation, item.level, item.year)
    sections = tuple(
        (s.anchor, s.level, s.kind, s.number, s.heading, s.heading_end, s.body, len(s.quotes))
        for s in item.sections
        if s.anchor not in skip
    )
    return meta if with_meta else None, sections


def stored_signature(speech: Speech, skip: set[str], with_meta: bool) -> tuple:
    meta = (
        speech.title,
        speech.subtitle,
        speech.meeting,
        speech.organisation,
        speech.level,
        speech.year,
    )
    sections = tuple(
        (s.anchor, s.level, s.kind, s.number, s.heading, s.heading_end, s.body, s.n_quotes)
        for s in speech.sections.exclude(anchor__in=skip)
        .order_by("position")
        .annotate(n_quotes=Count("quotes"))
    )
    return meta if with_meta else None, sections


META_FIELDS = (*METADATA_FIELDS, "char_count")


def store_structure(
    speech: Speech,
    item: ParsedSpeech,
    *,
    force: bool,
    reason: str,
    extra_warnings: list[dict] | None = None,
) -> list[str]:
    """Write a parsed speech onto `speech`: its metadata and warnings, then its sections with
    their quotes, placeholders and stage directions (each row with its history row), then the
    search and reuse indexes. Returns the anchors of editor-changed sections kept (all of them
    are replaced with `force`). `extra_warnings` (the near-duplicate finding) join the parser's."""
    is_new = speech.pk is None
    if not is_new:
        # The version replaced here may be one nobody edited (an import): keep it restorable.
        editing.ensure_snapshot(speech)
    apply_metadata(speech, item, force=force, extra_warnings=extra_warnings or [])
    editing.save_with_reason(speech, reason)
    edited = {} if is_new else clear_sections(speech, force=force)
    sections, kept = write_sections(speech, item, edited, reason)
    # A new speech's sections are all at hand, with their quotes: the indexes need not read
    # them back (nor delete rows it cannot have).
    written = sections if is_new else None
    search.reindex_speech(speech, new=is_new, sections=written)
    reuse.index_speech(speech, new=is_new, sections=written)
    if kept:
        update_change_reason(speech, f"{reason}: kept editor changes in {', '.join(kept)}")
    return kept


def apply_metadata(
    speech: Speech, item: ParsedSpeech, *, force: bool, extra_warnings: list[dict]
) -> None:
    """Copy the parsed metadata onto `speech` (unless an editor changed it, without `force`),
    and the warnings; a stored speech gets a new version number."""
    metadata_edited = speech.pk is not None and speech.edited_at is not None and not force
    if not metadata_edited:
        for name in META_FIELDS:
            setattr(speech, name, getattr(item, name))
    speech.title = speech.title or item.title or speech.source_name
    # An editor who marked the warnings as reviewed has reviewed these very warnings: only new
    # ones put the speech back on the review list.
    warnings = [*item.warnings, *extra_warnings]
    if speech.pk is None or warnings != speech.warnings:
        speech.needs_review = bool(warnings)
    speech.warnings = warnings
    if speech.pk is not None:
        # An editor with the speech open must not save over the new structure unnoticed.
        speech.version += 1


def clear_sections(speech: Speech, *, force: bool) -> dict[str, Section]:
    """Delete a stored speech's sections but those an editor changed (all with `force`), which
    are returned by anchor, detached and parked: deleting their old parents must not cascade to
    them, and their old positions must not collide with the new ones."""
    edited: dict[str, Section] = {}
    if not force:
        edited = {s.anchor: s for s in speech.sections.filter(edited_at__isnull=False)}
    for offset, section in enumerate(edited.values()):
        section.parent = None
        section.position = editing.PARKING + offset
        section.save_without_historical_record()
    speech.sections.exclude(pk__in=[s.pk for s in edited.values()]).delete()
    return edited


def write_sections(
    speech: Speech, item: ParsedSpeech, edited: dict[str, Section], reason: str
) -> tuple[list[Section], list[str]]:
    """Write the parsed sections, their quotes and placeholders in a few bulk inserts, each with
    its history rows (simple-history's bulk_create_with_history: the rows save() would record);
    the editor-changed sections in `edited` (parked) move to their new places. Returns the
    sections in order (the new ones with `quote_texts`, their quotes' text) and the anchors of
    the kept ones."""
    sections, new, kept = plan_sections(speech, item, edited, reason)
    insert_by_generation(new, reason)
    for section in kept:
        section.save()
    # Editor-changed sections the new parse no longer has stay, after the rest.
    for offset, section in enumerate(edited.values(), start=len(sections)):
        kept.append(section)
        section.position = offset
        editing.save_with_reason(
            section, f"{reason}: section gone from the source, editor's text kept"
        )
    write_marks(speech, new, reason)
    return sections, [section.anchor for section in kept]


def plan_sections(
    speech: Speech, item: ParsedSpeech, edited: dict[str, Section], reason: str
) -> tuple[list[Section], list[tuple[Section, ParsedSection]], list[Section]]:
    """The speech's sections in order: new unsaved ones (with the parsed section each comes
    from) and the kept editor-changed ones, taken out of `edited`, at their new places."""
    sections: list[Section] = []
    new: list[tuple[Section, ParsedSection]] = []
    kept: list[Section] = []
    for position, parsed in enumerate(item.sections):
        parent = sections[parsed.parent] if parsed.parent is not None else None
        section = edited.pop(parsed.anchor, None)
        if section is not None:
            section.position, section.parent = position, parent
            changed = section.text != parsed.text
            section._change_reason = (
                f"{reason}: source changed, editor's text kept"
                if changed
                else f"{reason}: editor's text kept"
            )
            kept.append(section)
        else:
            section = Section(
                speech=speech,
                parent=parent,
                level=parsed.level,
                position=position,
                kind=parsed.kind,
                number=parsed.number,
                heading=parsed.heading,
                heading_end=parsed.heading_end,
                label_inline=parsed.label_inline,
                body=parsed.body,
                anchor=parsed.anchor,
                stage_directions=[[d.position, d.text] for d in parsed.stage_directions],
            )
            # What the search index reads with a section (in the order the quotes are read).
            section.quote_texts = [q.text for q in sorted(parsed.quotes, key=lambda q: q.position)]
            new.append((section, parsed))
        sections.append(section)
    return sections, new, kept


def insert_by_generation(new: list[tuple[Section, ParsedSection]], reason: str) -> None:
    """Insert the new sections top level first, then their children…: a child's insert needs
    its parent's id."""
    waiting = [section for section, _ in new]
    while waiting:
        ready = [s for s in waiting if s.parent is None or s.parent.pk is not None]
        if not ready:  # a kept section's parent: it has its id already, so never here
            raise ImportFailure("sections refer to each other in a loop")
        bulk_create_with_history(ready, Section, default_change_reason=reason)
        waiting = [s for s in waiting if s.pk is None]


def write_marks(speech: Speech, new: list[tuple[Section, ParsedSection]], reason: str) -> None:
    """The quotes (with history rows) and placeholders of the new sections, a bulk insert each."""
    quotes = [
        Quote(
            speech=speech,
            section=section,
            position=q.position,
            text=q.text,
            kind=q.kind,
            speaker=q.speaker,
            source=q.source,
            verb=q.verb,
        )
        for section, parsed in new
        for q in parsed.quotes
    ]
    if quotes:
        bulk_create_with_history(quotes, Quote, default_change_reason=reason)
    Placeholder.objects.bulk_create(
        Placeholder(speech=speech, section=section, position=p.position, text=p.text)
        for section, parsed in new
        for p in parsed.placeholders
    )
