"""The reuse index: LSH band keys per passage, and the verified passage pairs.

Both are derived data, rewritten by `index.py` inside the transaction of every write that
changes a speech's text; deleting a section or a speech deletes its rows through the foreign
keys (Django's cascade: the ORM deletes them). Candidate lookup is one indexed query on
`ReuseBand.key` on either database.

The foreign keys hold no database constraint (`db_constraint=False`): an import writes ~125 keys
and ~280 pairs a speech, and on PostgreSQL each pair's four deferred checks ran at commit and
locked the other speech's rows: a third of the commit. The rows come from the sections just
written in the same transaction, and reads join them (a row whose section is gone is not shown).
"""

from django.db import models


class ReuseBand(models.Model):
    section = models.ForeignKey(
        "speeches.Section", on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    key = models.BigIntegerField()

    class Meta:
        db_table = "speeches_reuse_band"
        verbose_name = "复用索引条目"
        verbose_name_plural = "复用索引条目"
        indexes = [models.Index(fields=["key"], name="reuse_band_key")]

    def __str__(self) -> str:
        return f"{self.section_id}: {self.key}"


class ReuseMatch(models.Model):
    """Passage `section` (of `speech`) shares `share` % of its text with passage `other`."""

    section = models.ForeignKey(
        "speeches.Section", on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    speech = models.ForeignKey(
        "speeches.Speech",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    other = models.ForeignKey(
        "speeches.Section", on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    other_speech = models.ForeignKey(
        "speeches.Speech",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    share = models.PositiveSmallIntegerField("相同比例")

    class Meta:
        db_table = "speeches_reuse_match"
        verbose_name = "相似段落"
        verbose_name_plural = "相似段落"
        indexes = [
            models.Index(fields=["speech", "section"], name="reuse_match_speech"),
            models.Index(fields=["other_speech"], name="reuse_match_other_speech"),
        ]

    def __str__(self) -> str:
        return f"{self.section_id} → {self.other_id}: {self.share}%"
