# The search index (speeches/search/): one row per title and per section, plus the
# vendor-specific token store. See docs/search.md. Existing speeches are indexed by 0007, which
# gives the rows their final ids and the FTS5 table its final columns.

import django.db.models.deletion
from django.db import migrations, models

FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M* S*'"


def create_token_store(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Built in Python and cast (`'统战':1 …`::tsvector): no parser, no locale involved.
            cursor.execute(
                "ALTER TABLE speeches_search_document "
                "ADD COLUMN tokens tsvector NOT NULL DEFAULT ''::tsvector"
            )
            cursor.execute(
                "ALTER TABLE speeches_search_document ALTER COLUMN tokens DROP DEFAULT"
            )
            cursor.execute(
                "CREATE INDEX search_doc_tokens_gin ON speeches_search_document "
                "USING gin (tokens) WITH (fastupdate = off)"
            )
        elif connection.vendor == "sqlite":
            cursor.execute(
                "CREATE VIRTUAL TABLE speeches_search_fts USING fts5("
                # prefix='1': a one-character query ("任"*) reads one prefix posting list
                # instead of merging those of every bigram that starts with the character.
                f'tokens, tokenize = "{FTS_TOKENIZER}", columnsize = 0, prefix = \'1\')'
            )
            cursor.execute(
                "CREATE TRIGGER speeches_search_document_delete "
                "AFTER DELETE ON speeches_search_document BEGIN "
                "DELETE FROM speeches_search_fts WHERE rowid = old.id; END"
            )
        else:  # pragma: no cover
            raise RuntimeError(f"search index: unsupported database {connection.vendor}")


def drop_token_store(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP INDEX IF EXISTS search_doc_tokens_gin")
            cursor.execute("ALTER TABLE speeches_search_document DROP COLUMN IF EXISTS tokens")
        elif connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER IF EXISTS speeches_search_document_delete")
            cursor.execute("DROP TABLE IF EXISTS speeches_search_fts")


class Migration(migrations.Migration):
    dependencies = [("speeches", "0002_editor_group")]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.PositiveSmallIntegerField(choices=[(0, "标题"), (1, "段落")])),
                ("position", models.PositiveIntegerField(default=0)),
                ("heading_length", models.PositiveIntegerField(default=0, help_text="Characters of the text that are the section heading.")),
                ("text", models.TextField(help_text="The indexed text as stored (not folded).")),
                ("section", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="speeches.section")),
                ("speech", models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="speeches.speech")),
            ],
            options={
                "verbose_name": "搜索索引条目",
                "verbose_name_plural": "搜索索引条目",
                "db_table": "speeches_search_document",
                "indexes": [models.Index(fields=["speech", "position"], name="search_doc_speech_pos")],
            },
        ),
        migrations.RunPython(create_token_store, drop_token_store),
    ]
