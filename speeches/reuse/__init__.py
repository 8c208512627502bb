"""Reused passages: which passages of other speeches share most of a passage's text.

Public: `index_speech(speech)` (called by the importer and the editing hooks, inside their
transaction), `remembering()` (around an import of many files: candidates prepared once) and
`rebuild_index()` (manage.py rebuild_reuse_index)."""

from .index import index_speech, rebuild_index, remembering

__all__ = ["index_speech", "rebuild_index", "remembering"]
