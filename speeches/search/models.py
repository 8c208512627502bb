"""The search index: one row per title and per section (never one per speech).

PostgreSQL: the row also holds `tokens tsvector` (added by migration 0003, GIN-indexed; not a
Django field, written by `index.py` only). SQLite: the tokens live in the FTS5 table
`speeches_search_fts` whose rowid is this row's id; a trigger deletes them with the row, so the
ORM's cascades (deleting a speech or a section) never leave stale index entries. Rows are
written by `index.py` only, with ids that encode their speech and passage (`index.doc_id`).
"""

from django.db import models


class SearchDocument(models.Model):
    class Kind(models.IntegerChoices):
        TITLE = 0, "标题"
        SECTION = 1, "段落"

    speech = models.ForeignKey(
        "speeches.Speech", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    section = models.ForeignKey(
        "speeches.Section", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.PositiveSmallIntegerField(choices=Kind.choices)
    # Order within the speech (title 0, then section position + 1); chunks of a very long section
    # share its section and position.
    position = models.PositiveIntegerField(default=0)
    heading_length = models.PositiveIntegerField(
        default=0, help_text="Characters of the text that are the section heading."
    )
    text = models.TextField(help_text="The indexed text as stored (not folded).")

    class Meta:
        db_table = "speeches_search_document"
        verbose_name = "搜索索引条目"
        verbose_name_plural = "搜索索引条目"
        indexes = [models.Index(fields=["speech", "position"], name="search_doc_speech_pos")]

    def __str__(self) -> str:
        return self.text[:40]
