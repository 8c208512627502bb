# Index rows get ids that encode their speech and passage (speeches/search/index.py: doc_id), and
# on SQLite the FTS5 table gets two columns, the heading's tokens and the rest's, so that a query
# can ask for heading hits alone. Both need the index rebuilt: this migration does it (about five
# minutes at 50,000 speeches).
from django.db import migrations

FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M* S*'"


def recreate_token_store(apps, schema_editor):
    from speeches.search.index import rebuild_index

    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS speeches_search_document_delete")
        schema_editor.execute("DROP TABLE IF EXISTS speeches_search_fts")
        schema_editor.execute(
            # The body first: FTS5 marks every position list of a column but the first.
            "CREATE VIRTUAL TABLE speeches_search_fts USING fts5(body, heading, "
            # prefix='1': a one-character query ("任"*) reads one prefix posting list instead of
            # merging those of every bigram that starts with the character.
            f'tokenize = "{FTS_TOKENIZER}", columnsize = 0, prefix = \'1\')'
        )
        schema_editor.execute(
            "CREATE TRIGGER speeches_search_document_delete "
            "AFTER DELETE ON speeches_search_document BEGIN "
            "DELETE FROM speeches_search_fts WHERE rowid = old.id; END"
        )
    rebuild_index(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("speeches", "0006_search_tokens_inline")]

    operations = [migrations.RunPython(recreate_token_store, migrations.RunPython.noop)]
