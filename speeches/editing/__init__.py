"""Editors' writes: the version check, snapshots and revert, merge and split, re-derivation.

The admin stays declarative and calls these. Modules, by seam:
- `core`: the rules every write follows (version check, stamp, `save_with_reason`, renumber);
- `derive`: `sections_changed`, the one hook after any edit of section text (quotes,
  placeholders, search index), and the title's derived metadata;
- `structure`: merge, split, mark reviewed;
- `snapshots` (+ `models`): whole-speech versions and their restore;
- `history`: what the history pages show (outline diff, reasons in Chinese).
"""

from .core import (
    PARKING,
    EditConflict,
    EditError,
    check_version,
    delete_section,
    delete_with_reason,
    new_anchor,
    quote_position,
    record_speech_edit,
    renumber,
    save_with_reason,
    stamp,
    stamp_quote_section,
)
from .derive import (
    QUOTE_ADD,
    QUOTE_EDIT,
    hand_quote_ids,
    sections_changed,
    text_changed,
    title_changed,
)
from .history import part_history, reason_label, speech_versions
from .snapshots import begin_edit, ensure_snapshot, restore, take_snapshot
from .structure import (
    heading_line,
    mark_reviewed,
    merge_into_previous,
    paragraph_marker,
    paragraphs,
    split_section,
)

__all__ = [
    "PARKING",
    "QUOTE_ADD",
    "QUOTE_EDIT",
    "EditConflict",
    "EditError",
    "begin_edit",
    "check_version",
    "delete_section",
    "delete_with_reason",
    "ensure_snapshot",
    "hand_quote_ids",
    "heading_line",
    "mark_reviewed",
    "merge_into_previous",
    "new_anchor",
    "paragraph_marker",
    "paragraphs",
    "part_history",
    "quote_position",
    "reason_label",
    "record_speech_edit",
    "renumber",
    "restore",
    "save_with_reason",
    "sections_changed",
    "speech_versions",
    "split_section",
    "stamp",
    "stamp_quote_section",
    "take_snapshot",
    "text_changed",
    "title_changed",
]
