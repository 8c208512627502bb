# Near-duplicates at import: Speech.duplicate_of, and title_key (the whitespace-free folded
# title) indexed with char_count so that the importer finds candidates by an index lookup.
# Existing speeches get their title_key here (a few seconds at 50,000 speeches).
# On SQLite adding title_key rebuilds the table, which drops the raw-SQL sort index of 0005:
# it is created again at the end, either way (a no-op on PostgreSQL, where nothing is dropped).
import importlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_title_keys(apps, schema_editor):
    from speeches.models import title_key

    Speech = apps.get_model("speeches", "Speech")
    batch = []
    for speech in Speech.objects.only("pk", "title").order_by("pk").iterator(chunk_size=2000):
        speech.title_key = title_key(speech.title)
        batch.append(speech)
        if len(batch) == 2000:
            Speech.objects.bulk_update(batch, ["title_key"])
            batch = []
    Speech.objects.bulk_update(batch, ["title_key"])


sort_index = importlib.import_module("speeches.migrations.0005_speech_sort_index")


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0007_search_document_ids"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # Reversed last when migrating back: removing the fields rebuilds the SQLite table too.
        migrations.RunPython(migrations.RunPython.noop, sort_index.create),
        migrations.AddField(
            model_name="historicalspeech",
            name="duplicate_of",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="speeches.speech",
                verbose_name="疑似重复于",
            ),
        ),
        migrations.AddField(
            model_name="speech",
            name="duplicate_of",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="possible_duplicates",
                to="speeches.speech",
                verbose_name="疑似重复于",
            ),
        ),
        migrations.AddField(
            model_name="speech",
            name="title_key",
            field=models.CharField(
                blank=True, editable=False, max_length=500, verbose_name="标题比对键"
            ),
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(fields=["title_key", "char_count"], name="speech_title_key_length"),
        ),
        migrations.RunPython(fill_title_keys, migrations.RunPython.noop),
        migrations.RunPython(sort_index.create, migrations.RunPython.noop),
    ]
