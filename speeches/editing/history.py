"""What the history pages show: speech versions with an outline diff, reasons in Chinese."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from ..models import Quote, Section, Speech
from .models import SpeechSnapshot

# Reasons older versions (and the importer) wrote in English, as an editor reads them.
REASON_WORDS = [
    ("revert to an earlier version", "恢复到早先的版本"),
    ("warnings reviewed", "已复核解析提示"),
    ("quote moved with its section's text", "引文随章节文字移动"),
    ("source changed, editor's text kept", "原文有变，保留编辑的文字"),
    ("section gone from the source, editor's text kept", "原文已无此节，保留编辑的文字"),
    ("editor's text kept", "保留编辑的文字"),
    ("kept editor changes in", "保留编辑修改的章节："),
    ("quote changed", "修改引文"),
    ("merged into", "并入"),
    ("split before paragraph", "拆分，于段落"),
    ("admin edit", "后台修改"),
    ("re-import", "重新导入"),
    ("reimport", "重新导入"),
    ("re-parse", "重新解析"),
    ("reparse", "重新解析"),
    ("import", "导入"),
    ("merge", "合并"),
    ("split", "拆分"),
]
# Long unchanged stretches inside a changed text are cut to this much context on each side.
CONTEXT = 12


def reason_label(reason: str | None) -> str:
    """A history reason in Chinese (new ones are written in Chinese already)."""
    text = reason or ""
    for english, chinese in REASON_WORDS:
        text = text.replace(english, chinese)
    return text or "—"


def marked_changes(old: str, new: str) -> list[tuple[str, str]]:
    """`old` → `new` as pieces ("same" | "del" | "ins", text), long same stretches shortened."""
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            same = old[a1:a2]
            if len(same) > 2 * CONTEXT + 1:
                if a1 == 0:
                    same = "…" + same[-CONTEXT:]
                elif a2 == len(old):
                    same = same[:CONTEXT] + "…"
                else:
                    same = same[:CONTEXT] + "…" + same[-CONTEXT:]
            pieces.append(("same", same))
            continue
        if a2 > a1:
            pieces.append(("del", old[a1:a2]))
        if b2 > b1:
            pieces.append(("ins", new[b1:b2]))
    return pieces


@dataclass
class OutlineChange:
    kind: str  # "added" | "removed" | "changed" | "moved"
    label: str
    pieces: list[tuple[str, str]] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return {"added": "新增", "removed": "删除", "changed": "修改", "moved": "移动"}[self.kind]


def _label(row: dict[str, Any]) -> str:
    label = f"{row['number']}{row['heading']}" or row["body"][:20] or row["anchor"]
    return label[:40]


def _text(row: dict[str, Any]) -> str:
    head = f"{row['number']}{row['heading']}{row.get('heading_end', '')}"
    return "\n".join(p for p in (head, row["body"]) if p)


def outline_diff(old: dict[str, Any] | None, new: dict[str, Any]) -> list[OutlineChange]:
    """Sections added, removed and changed between two snapshots' data (matched by id)."""
    if old is None:
        return []
    before = {s["id"]: s for s in old["sections"]}
    after = {s["id"]: s for s in new["sections"]}
    changes: list[OutlineChange] = []
    for row in new["sections"]:
        was = before.get(row["id"])
        if was is None:
            changes.append(OutlineChange("added", _label(row), [("ins", _text(row))]))
        elif _text(was) != _text(row) or was["level"] != row["level"]:
            changes.append(
                OutlineChange("changed", _label(row), marked_changes(_text(was), _text(row)))
            )
    for row in old["sections"]:
        if row["id"] not in after:
            changes.append(OutlineChange("removed", _label(row), [("del", _text(row))]))
    return changes


def quote_summary(old: dict[str, Any] | None, new: dict[str, Any]) -> str:
    """How the quotes changed between two snapshots, in words ("" when they did not)."""
    if old is None:
        return ""
    before = {q["id"]: q for q in old["quotes"]}
    after = {q["id"]: q for q in new["quotes"]}
    added = len(after.keys() - before.keys())
    removed = len(before.keys() - after.keys())
    changed = sum(1 for pk in after.keys() & before.keys() if after[pk] != before[pk])
    parts = [
        f"{word} {n} 条" for word, n in (("新增", added), ("删除", removed), ("修改", changed)) if n
    ]
    return "引文：" + "，".join(parts) if parts else ""


def metadata_changes(old: dict[str, Any] | None, new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    if old is None:
        return []
    changes = []
    for name, value in new["speech"].items():
        was = old["speech"].get(name)
        if was != value and name != "warnings":
            label = str(Speech._meta.get_field(name).verbose_name)
            changes.append(
                (label, "—" if was in (None, "") else was, "—" if value in (None, "") else value)
            )
    return changes


@dataclass
class VersionRow:
    snapshot: SpeechSnapshot
    reason: str
    outline: list[OutlineChange]
    quotes: str
    metadata: list[tuple[str, Any, Any]]
    is_current: bool


def speech_versions(speech: Speech) -> list[VersionRow]:
    """The speech's versions, newest first, each with what changed since the one before it."""
    snapshots = list(speech.snapshots.select_related("user").order_by("version"))
    rows = []
    previous = None
    for snapshot in snapshots:
        rows.append(
            VersionRow(
                snapshot=snapshot,
                reason=reason_label(snapshot.reason),
                outline=outline_diff(previous, snapshot.data),
                quotes=quote_summary(previous, snapshot.data),
                metadata=metadata_changes(previous, snapshot.data),
                is_current=snapshot.version == speech.version,
            )
        )
        previous = snapshot.data
    rows.reverse()
    return rows


def record_label(record: Any) -> str:
    """What a history row of a section or quote is called, from the row's own fields (building
    the model instance would read the live row's fields the history leaves out)."""
    if hasattr(record, "heading"):
        text = f"{record.number}{record.heading}" or record.body or record.anchor
    else:
        text = getattr(record, "text", "") or str(record.id)
    return text if len(text) <= 30 else text[:29] + "…"


def part_history(speech_id: int, limit: int = 200) -> list[Any]:
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
            record.reason = reason_label(record.history_change_reason)
            record.label = record_label(record)
            if previous is not None and previous.id == record.id and record.history_type == "~":
                delta = record.diff_against(previous, excluded_fields=["edited_at", "edited_by"])
                record.changes = [
                    (model._meta.get_field(c.field).verbose_name, *_short(c.old, c.new))
                    for c in delta.changes
                ]
            else:
                record.changes = []
            rows.append(record)
            previous = record
    rows.sort(key=lambda r: (r.history_date, r.history_id), reverse=True)
    return rows[:limit]


def _short(old: Any, new: Any) -> tuple[Any, Any]:
    """Long texts as the marked pieces of their difference; short values as they are."""
    if isinstance(old, str) and isinstance(new, str) and len(old) + len(new) > 60:
        return None, marked_changes(old, new)
    return old, new
