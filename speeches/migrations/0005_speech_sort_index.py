# PostgreSQL: an index in the exact order of the default sort (newest first, unknown dates
# last), so that the browse page and the search's date-ordered scan read the first speeches
# from the index instead of sorting the table. SQLite cannot index NULLS LAST, and sorts its
# tables fast enough without.
from django.db import migrations

INDEX = "speech_newest_first"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON speeches_speech "
            "(year DESC NULLS LAST, date DESC NULLS LAST, id DESC)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("speeches", "0004_section_heading_end")]

    operations = [migrations.RunPython(create, drop)]
