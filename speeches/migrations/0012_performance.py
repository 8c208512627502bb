# Performance (issue 20) and one "newest first" (issue 24):
# - speech_newest_first becomes an index on the expressions SpeechQuerySet.newest_first() sorts
#   by (COALESCE(year, 0), COALESCE(date, 0001-01-01), id; undated speeches last on both
#   databases), replacing 0005's column index whose NULL order differed between them; the
#   detail page's neighbours are one range read of it each way;
# - the default ordering is that order (it put undated speeches first on PostgreSQL);
# - oldest first (undated last too), by title and by length read from indexes as well;
# - DataVersion: the archive's data version, under which whole-archive counts are cached;
# - Section.stage_directions: the parser's finding, stored (filled here for stored sections).
import django.db.models.expressions
from django.db import migrations, models

import speeches.models

OLD_INDEX = "speech_newest_first"
OLD_COLUMNS = {
    "postgresql": "year DESC NULLS LAST, date DESC NULLS LAST, id DESC",
    "sqlite": "year DESC, date DESC, id DESC",
}


def drop_old_index(apps, schema_editor):
    if schema_editor.connection.vendor in OLD_COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def create_old_index(apps, schema_editor):
    columns = OLD_COLUMNS.get(schema_editor.connection.vendor)
    if columns:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON speeches_speech ({columns})"
        )


def create_version_row(apps, schema_editor):
    apps.get_model("speeches", "DataVersion").objects.using(
        schema_editor.connection.alias
    ).get_or_create(pk=1)


def newest_first():
    return [
        django.db.models.expressions.OrderBy(speeches.models.YearOrZero("year"), descending=True),
        django.db.models.expressions.OrderBy(
            speeches.models.DateOrEarliest("date"), descending=True
        ),
        django.db.models.expressions.OrderBy(models.F("id"), descending=True),
    ]


def oldest_first():
    return [
        django.db.models.expressions.OrderBy(speeches.models.YearOrLast("year")),
        django.db.models.expressions.OrderBy(speeches.models.DateOrLatest("date")),
        django.db.models.expressions.OrderBy(models.F("id")),
    ]


def fill_stage_directions(apps, schema_editor):
    """Store the stage directions of the sections imported before (detected by the parser,
    as the importer now does)."""
    from django.db.models import Q

    from speeches.parsing.quotes import find_stage_directions

    Section = apps.get_model("speeches", "Section")
    db = schema_editor.connection.alias
    brackets = Q()
    for field in ("heading", "body"):
        brackets |= Q(**{f"{field}__contains": "（"}) | Q(**{f"{field}__contains": "("})
    batch = []
    sections = Section.objects.using(db).filter(brackets).only("heading", "body")
    for section in sections.iterator(chunk_size=2000):
        text = "\n".join(part for part in (section.heading, section.body) if part)
        found = [[d.position, d.text] for d in find_stage_directions(text)]
        if found:
            section.stage_directions = found
            batch.append(section)
        if len(batch) >= 2000:
            Section.objects.using(db).bulk_update(batch, ["stage_directions"])
            batch = []
    Section.objects.using(db).bulk_update(batch, ["stage_directions"])


class Migration(migrations.Migration):
    dependencies = [("speeches", "0011_reuse")]

    operations = [
        migrations.RunPython(drop_old_index, create_old_index),
        migrations.AlterModelOptions(
            name="speech",
            options={
                "ordering": newest_first(),
                "verbose_name": "讲话稿",
                "verbose_name_plural": "讲话稿",
            },
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(*newest_first(), name="speech_newest_first"),
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(*oldest_first(), name="speech_oldest_first"),
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(fields=["title", "id"], name="speech_title_order"),
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(fields=["char_count", "id"], name="speech_length_order"),
        ),
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveBigIntegerField(default=0)),
            ],
            options={"verbose_name": "数据版本", "verbose_name_plural": "数据版本"},
        ),
        migrations.RunPython(create_version_row, migrations.RunPython.noop),
        migrations.AddField(
            model_name="section",
            name="stage_directions",
            field=models.JSONField(blank=True, default=list, verbose_name="舞台提示"),
        ),
        migrations.RunPython(fill_stage_directions, migrations.RunPython.noop),
    ]
