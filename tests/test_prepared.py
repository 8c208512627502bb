"""PreparedQuery: a queryset compiled once, run with other values, finds what the queryset
itself finds (on both databases), and refuses values it could not place; instance(): a row's
values as a model instance."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.db.models import Q

from speeches.models import Speech
from speeches.prepared import PreparedQuery, instance

from .factories import make_speech

pytestmark = pytest.mark.django_db


def around(year: int, day: dt.date, pk: int):
    """Speeches of that year on or after that day, or with a larger id: int, date and id
    values in several places of one query."""
    return Speech.objects.filter(Q(year=year, date__gte=day) | Q(pk__gt=pk), year__lte=year)


def test_a_prepared_query_finds_what_its_queryset_finds_for_any_values(
    django_assert_num_queries,
):
    rng = random.Random(3)
    for i in range(30):
        year = rng.choice([2019, 2020, 2021])
        make_speech(f"讲话{i}", year=year, date=dt.date(year, rng.randint(1, 12), 1))
    prepared = PreparedQuery(Speech, around, year=int, day=dt.date, pk=int)
    ids = list(Speech.objects.values_list("pk", flat=True))
    for _ in range(20):
        values = {
            "year": rng.choice([2019, 2020, 2021]),
            "day": dt.date(2020, rng.randint(1, 12), rng.randint(1, 28)),
            "pk": rng.choice(ids),
        }
        expected = {s.pk for s in around(**values)}
        with django_assert_num_queries(1):
            found = {s.pk for s in prepared.raw(**values)}
        assert found == expected
    assert expected  # the values were not all beyond the speeches


def test_a_value_the_query_does_not_hold_is_refused():
    ignores_pk = PreparedQuery(
        Speech, lambda year, pk: Speech.objects.filter(year=year), year=int, pk=int
    )
    with pytest.raises(ValueError, match="not among the query's parameters"):
        list(ignores_pk.raw(year=2020, pk=1))
    with pytest.raises(TypeError, match="only int and date"):
        list(PreparedQuery(Speech, around, year=str).raw(year="2020"))


def test_an_instance_from_a_rows_values_reads_its_other_fields_when_asked(
    django_assert_num_queries,
):
    speech = make_speech("在全县工作会议上的讲话", year=2021, meeting="全县工作会议")
    # Given in any order; the model's own field order is what Model.from_db() takes.
    made = instance(Speech, "default", year=2021, title=speech.title, id=speech.pk)
    with django_assert_num_queries(0):
        assert (made.pk, made.title, made.year) == (speech.pk, speech.title, 2021)
    assert made.get_deferred_fields() >= {"meeting", "raw_text"}
    with django_assert_num_queries(1):  # a deferred field: read when asked for
        assert made.meeting == "全县工作会议"
