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
def test_postgresql_reads_the_newest_speeches_from_an_index():
    from speeches.filters import DEFAULT_SORT, SORT_ORDER
    from speeches.models import Speech

    if connection.vendor != "postgresql":
        pytest.skip("SQLite cannot index NULLS LAST and needs no such index")
    query = Speech.objects.order_by(*SORT_ORDER[DEFAULT_SORT]).values("id")[:20]
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # an empty table: ask for the index
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "speech_newest_first" in plan
    assert "Sort" not in plan
