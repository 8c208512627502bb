"""A whole speech as it was at one version: what a revert restores."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SpeechSnapshot(models.Model):
    """Metadata, every section, quote and placeholder of a speech at `version`, as JSON.

    Written by every editor write (and, before an editor's first write, for the version the
    importer left), so that any of these versions can be restored as a whole."""

    speech = models.ForeignKey(
        "speeches.Speech", on_delete=models.CASCADE, related_name="snapshots"
    )
    version = models.PositiveIntegerField("版本")
    reason = models.CharField("修改原因", max_length=500, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="修改人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("时间")
    data = models.JSONField("内容")

    class Meta:
        app_label = "speeches"
        verbose_name = "讲话稿版本"
        verbose_name_plural = "讲话稿版本"
        ordering = ["speech", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["speech", "version"], name="snapshot_unique_version")
        ]

    def __str__(self) -> str:
        return f"版本 {self.version}"
