# PostgreSQL: keep each passage's tsvector in its table row. A passage's tokens take ~1.9 kB,
# just over the 2 kB row size at which PostgreSQL moves a value out to the TOAST table, so by
# default nearly every row's tokens lived there and every phrase recheck (and the probe of a
# frequent term) paid a TOAST index lookup per row: 2.6x slower than reading them inline,
# measured on 150,000 passages. STORAGE MAIN with toast_tuple_target at its maximum keeps
# them inline unless a row cannot fit a page (a long section's 8,000-character chunk). Rows
# written before this migration stay as they are until `rebuild_search_index`.
from django.db import migrations

TABLE = "speeches_search_document"


def inline(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 8160)")
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN tokens SET STORAGE MAIN")


def default(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} RESET (toast_tuple_target)")
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN tokens SET STORAGE EXTENDED")


class Migration(migrations.Migration):
    dependencies = [("speeches", "0005_speech_sort_index")]

    operations = [migrations.RunPython(inline, default)]
