"""One "newest first" (SpeechQuerySet.newest_first): the default order, the browse page's and
search's, the speech page's neighbours; undated speeches last on both databases; read from the
speech_newest_first index."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from speeches.filters import SORT_ORDER
from speeches.models import NEWEST_FIRST, Speech

from .factories import make_speech

pytestmark = pytest.mark.django_db


def speeches_dated(*keys: tuple[int | None, dt.date | None]) -> list[Speech]:
    return [make_speech(f"讲话{i}", year=year, date=date) for i, (year, date) in enumerate(keys)]


def test_newest_first_puts_the_undated_last_within_their_year_and_the_yearless_last():
    old, yearless, new_undated, new, newer_same_day, older_in_year = speeches_dated(
        (2019, dt.date(2019, 5, 1)),
        (None, None),
        (2021, None),
        (2021, dt.date(2021, 3, 1)),
        (2021, dt.date(2021, 3, 1)),
        (2021, dt.date(2021, 1, 9)),
    )
    expected = [newer_same_day, new, older_in_year, new_undated, old, yearless]
    assert list(Speech.objects.newest_first()) == expected
    assert list(Speech.objects.all()) == expected  # the default order is the same
    assert list(Speech.objects.order_by(*SORT_ORDER["-date"])) == expected  # browse, search


def test_oldest_first_keeps_the_undated_last_too():
    old, yearless, new_undated, new = speeches_dated(
        (2019, dt.date(2019, 5, 1)), (None, None), (2021, None), (2021, dt.date(2021, 3, 1))
    )
    assert list(Speech.objects.oldest_first()) == [old, new, new_undated, yearless]
    assert list(Speech.objects.order_by(*SORT_ORDER["date"])) == [old, new, new_undated, yearless]


def test_the_neighbours_are_the_speeches_next_to_it_in_newest_first_order():
    rng = random.Random(7)
    keys = []
    for _ in range(40):
        year = rng.choice([None, 2019, 2020, 2020, 2021])
        date = None if year is None or rng.random() < 0.4 else dt.date(year, rng.randint(1, 2), 1)
        keys.append((year, date))
    speeches_dated(*keys)
    ordered = list(Speech.objects.newest_first())
    for i, speech in enumerate(ordered):
        older, newer = Speech.objects.neighbours(speech)
        assert older == (ordered[i + 1] if i + 1 < len(ordered) else None)
        assert newer == (ordered[i - 1] if i > 0 else None)


def test_the_neighbours_take_one_query(django_assert_num_queries):
    first, middle, last = speeches_dated((2022, None), (2021, None), (2020, None))
    with django_assert_num_queries(1):
        older, newer = Speech.objects.neighbours(middle)
    assert (older, newer) == (last, first)
    assert older.title == "讲话2"


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A small table: ask for an index (a sort then shows that none serves the order).
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            return "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(row[-1] for row in cursor.fetchall())


@pytest.mark.parametrize(
    ("order", "index"),
    [
        (NEWEST_FIRST, "speech_newest_first"),
        (SORT_ORDER["date"], "speech_oldest_first"),
        (SORT_ORDER["title"], "speech_title_order"),
        (SORT_ORDER["-char_count"], "speech_length_order"),
    ],
)
def test_every_order_of_the_browse_page_is_read_from_an_index(order, index):
    speeches_dated((2020, None), (2021, dt.date(2021, 1, 1)))
    found = plan(Speech.objects.order_by(*order).values("id")[:20])
    assert index in found
    assert "Sort" not in found and "TEMP B-TREE" not in found


def test_each_neighbour_is_found_by_index_range_reads_not_a_scan():
    speech = speeches_dated((2021, dt.date(2021, 3, 1)), (2020, None))[0]
    with CaptureQueriesContext(connection) as queries:
        assert Speech.objects.neighbours(speech) == (Speech.objects.get(year=2020), None)
    for query in queries.captured_queries[:1]:  # the neighbours' query (then the expected row)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute(f"EXPLAIN {query['sql']}")
                found = "\n".join(row[0] for row in cursor.fetchall())
                # Three bounded reads of the index each way (its expressions in the Index Cond).
                assert found.count("using speech_newest_first") == 6, found
                bounded = [
                    line
                    for line in found.splitlines()
                    if "Index Cond" in line and "COALESCE((year)::integer, 0)" in line
                ]
                assert len(bounded) == 6, found
            else:
                cursor.execute(f"EXPLAIN QUERY PLAN {query['sql']}")
                found = "\n".join(row[-1] for row in cursor.fetchall())
                assert found.count("SEARCH U0 USING INDEX speech_newest_first (<expr>") == 6
                assert "SCAN" not in found.replace("SCALAR", "")


@pytest.mark.parametrize(
    "params", [{"year": "2021"}, {"year_min": "2021"}, {"year_max": "2020"}, {"year": "unknown"}]
)
def test_a_year_filter_is_a_range_of_the_newest_first_index(params):
    from speeches.filters import SpeechFilter

    undated, old, new = speeches_dated((None, None), (2020, None), (2021, dt.date(2021, 1, 1)))
    filtered = SpeechFilter(params, queryset=Speech.objects.newest_first()).qs
    expected = {"year": [new], "year_min": [new], "year_max": [old], "unknown": [undated]}
    name = "unknown" if params.get("year") == "unknown" else next(iter(params))
    assert list(filtered) == expected[name]
    found = plan(filtered.values("id")[:20])
    assert "speech_newest_first" in found
    if connection.vendor == "postgresql":
        assert "COALESCE((year)::integer, 0)" in found.split("Index Cond:")[1]
    else:
        assert "SEARCH speeches_speech USING INDEX speech_newest_first (<expr>" in found
