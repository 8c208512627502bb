# Whole-speech snapshots: what a revert restores (speeches.editing.models.SpeechSnapshot).
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0009_api_token"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeechSnapshot",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.PositiveIntegerField(verbose_name="版本")),
                (
                    "reason",
                    models.CharField(blank=True, max_length=500, verbose_name="修改原因"),
                ),
                ("created_at", models.DateTimeField(verbose_name="时间")),
                ("data", models.JSONField(verbose_name="内容")),
                (
                    "speech",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="snapshots",
                        to="speeches.speech",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="修改人",
                    ),
                ),
            ],
            options={
                "verbose_name": "讲话稿版本",
                "verbose_name_plural": "讲话稿版本",
                "ordering": ["speech", "-version"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("speech", "version"), name="snapshot_unique_version"
                    )
                ],
            },
        ),
    ]
