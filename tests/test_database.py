import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_database_url_names():
    url = os.environ.get("DATABASE_URL", "").strip()
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"

    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


@pytest.mark.django_db
def test_the_newest_speeches_are_read_from_an_index_not_sorted():
    from speeches.filters import DEFAULT_SORT, SORT_ORDER
    from speeches.models import Speech

    query = Speech.objects.order_by(*SORT_ORDER[DEFAULT_SORT]).values("id")[:20]
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")  # an empty table: ask for the index
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = "\n".join(row[-1] for row in cursor.fetchall())

    assert "speech_newest_first" in plan
    assert "Sort" not in plan  # PostgreSQL's sort node
    assert "TEMP B-TREE" not in plan  # SQLite's


@pytest.mark.django_db
def test_postgresql_keeps_a_passages_tokens_in_its_row():
    from speeches.search import reindex_speech
    from speeches.search.index import DOCUMENT_TABLE
    from tests.factories import make_section, make_speech

    if connection.vendor != "postgresql":
        pytest.skip("SQLite keeps FTS5 tokens in its own tables")
    speech = make_speech("在全县统战工作会议上的讲话")
    body = "".join(chr(0x4E00 + i * 7) for i in range(400))  # 400 distinct bigrams
    make_section(speech, position=1, body=body)
    reindex_speech(speech)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT max(pg_column_size(tokens)) FROM {DOCUMENT_TABLE}")
        assert cursor.fetchone()[0] > 2032  # over the size that is moved out by default
        cursor.execute(
            "SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE oid = %s::regclass",
            [DOCUMENT_TABLE],
        )
        assert cursor.fetchone()[0] == 0  # nothing went to the TOAST table
