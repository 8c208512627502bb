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
def test_postgresql_sessions_run_without_jit_and_prefetch_blocks():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no JIT and no bitmap scans")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
        cursor.execute("SHOW effective_io_concurrency")
        assert cursor.fetchone()[0] == "32"


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


@pytest.fixture
def back_to_the_latest_migration():
    """A test that migrates the schema back leaves it migrated to the end for the tests after it
    (transactional tests share the one test database)."""
    yield
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("back_to_the_latest_migration")
def test_migration_0007_reindexes_existing_speeches_with_their_final_ids():
    from django.db.migrations.executor import MigrationExecutor

    from speeches.search.index import doc_id
    from speeches.search.models import SearchDocument
    from speeches.search.query import parse_query, run_search

    before = [("speeches", "0006_search_tokens_inline")]
    after = [("speeches", "0007_search_document_ids")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    speech = old.get_model("speeches", "Speech").objects.create(
        title="在统战工作会议上的讲话", source_sha256="0" * 64, raw_text="…", char_count=1
    )
    old.get_model("speeches", "Section").objects.create(
        speech=speech, position=0, level=1, anchor="s1", heading="加强统战", body="正文。"
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)

    ids = sorted(SearchDocument.objects.values_list("id", flat=True))
    assert ids == [doc_id(speech.pk, 0), doc_id(speech.pk, 1)]
    result = run_search(parse_query("统战"), None)
    assert [h.speech_id for h in result.hits] == [speech.pk]
    assert result.passage_count == 2  # the title and the section: the title counts as one
