# The reuse index (speeches/reuse/): LSH band keys per passage and verified passage pairs.
import django.db.models.deletion
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("speeches", "0010_editing")]

    operations = [
        migrations.CreateModel(
            name="ReuseBand",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.BigIntegerField()),
                (
                    "section",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="speeches.section"
                    ),
                ),
            ],
            options={
                "verbose_name": "复用索引条目",
                "verbose_name_plural": "复用索引条目",
                "db_table": "speeches_reuse_band",
                "indexes": [models.Index(fields=["key"], name="reuse_band_key")],
            },
        ),
        migrations.CreateModel(
            name="ReuseMatch",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("share", models.PositiveSmallIntegerField(verbose_name="相同比例")),
                (
                    "section",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="speeches.section"
                    ),
                ),
                (
                    "speech",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="speeches.speech",
                    ),
                ),
                (
                    "other",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="speeches.section"
                    ),
                ),
                (
                    "other_speech",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="speeches.speech",
                    ),
                ),
            ],
            options={
                "verbose_name": "相似段落",
                "verbose_name_plural": "相似段落",
                "db_table": "speeches_reuse_match",
                "indexes": [
                    models.Index(fields=["speech", "section"], name="reuse_match_speech"),
                    models.Index(fields=["other_speech"], name="reuse_match_other_speech"),
                ],
            },
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(fields=["meeting"], name="speech_meeting"),
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(fields=["organisation", "year"], name="speech_organisation_year"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                django.db.models.functions.text.Substr("text", 1, 32), name="quote_text_prefix"
            ),
        ),
    ]
