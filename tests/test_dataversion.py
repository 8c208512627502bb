"""The archive's data version: raised after every committed write (import, edit, delete), and
the list page's cached counts (facets, total) follow it."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from speeches import dataversion, importer
from speeches.models import Section, Speech

from .factories import make_quote, make_section, make_speech

pytestmark = pytest.mark.django_db

SEED = "seeds/000_c78fcdc5d01df34d.txt"


def number() -> int:
    return dataversion.current()[1]


def test_a_save_raises_the_version_once_committed_not_before(django_capture_on_commit_callbacks):
    before = number()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_speech("未提交")
    assert number() == before  # other processes must not cache under it yet
    for callback in callbacks:
        callback()
    assert number() == before + 1


@pytest.mark.parametrize("write", ["edit a speech", "edit a section", "delete a quote", "delete"])
def test_every_kind_of_write_raises_the_version(django_capture_on_commit_callbacks, write):
    speech = make_speech("讲话")
    section = make_section(speech, position=1)
    quote = make_quote(section, text="引文")
    before = number()
    with django_capture_on_commit_callbacks(execute=True):
        if write == "edit a speech":
            speech.title = "改过的标题"
            speech.save()
        elif write == "edit a section":
            section.body = "改过的正文"
            section.save()
        elif write == "delete a quote":
            quote.delete()
        else:
            speech.delete()
    assert number() > before


def test_an_import_raises_the_version(django_capture_on_commit_callbacks, settings):
    from pathlib import Path

    before = number()
    with django_capture_on_commit_callbacks(execute=True):
        importer.import_file(Path(SEED), max_bytes=settings.IMPORT_MAX_BYTES)
    assert number() > before
    assert Section.objects.exists()


@pytest.mark.parametrize("command", ["rebuild_search_index", "rebuild_reuse_index"])
def test_rebuilding_an_index_raises_the_version(django_capture_on_commit_callbacks, command):
    """Search results and speech pages are kept per version: an index rebuilt under them (after
    a change of the folding table or of the reuse thresholds) must not leave them stale."""
    from django.core.management import call_command

    make_section(make_speech("讲话"), position=1)
    before = number()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(command, "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())
    assert number() > before


def test_the_speech_page_is_kept_for_the_version_and_drawn_anew_after_a_write(
    staff_client, django_capture_on_commit_callbacks
):
    speech = make_speech("原来的标题")
    make_section(speech, position=1)
    url = reverse("speeches:detail", args=[speech.pk])
    assert "原来的标题" in staff_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        speech.title = "改过的标题"
        speech.save()
    html = staff_client.get(url).content.decode()
    assert "改过的标题" in html and "原来的标题" not in html


def test_the_list_page_keeps_its_counts_for_the_version_and_recounts_after_a_write(
    staff_client, django_capture_on_commit_callbacks
):
    url = reverse("speeches:list")
    make_speech("县里的讲话", level="县")
    html = staff_client.get(url).content.decode()
    assert "共 1 篇" in html and "县（1）" in html
    # A write that bypasses the model signals: the counts are the cached ones (no query)…
    Speech.objects.bulk_create([Speech(title="批量", level="县", source_sha256="b" * 64)])
    html = staff_client.get(url).content.decode()
    assert "共 1 篇" in html and "县（1）" in html
    # …until the version goes up, as every save, delete and import makes it.
    with django_capture_on_commit_callbacks(execute=True):
        make_speech("又一篇", level="县")
    html = staff_client.get(url).content.decode()
    assert "共 3 篇" in html and "县（3）" in html


def test_cached_values_are_kept_per_version_and_per_key():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    version = dataversion.current()
    assert dataversion.cached(version, ("a",), compute) == 1
    assert dataversion.cached(version, ("a",), compute) == 1
    assert dataversion.cached(version, ("b",), compute) == 2
    assert dataversion.cached((version[0], version[1] + 1), ("a",), compute) == 3


def test_a_missing_version_row_is_version_zero_and_made_by_the_first_write(
    django_capture_on_commit_callbacks,
):
    from speeches.models import DataVersion

    DataVersion.objects.all().delete()
    assert number() == 0
    with django_capture_on_commit_callbacks(execute=True):
        make_speech("第一篇")
    assert number() == 1


@pytest.mark.parametrize("seed", range(6))
def test_the_cubes_counts_and_total_are_the_grouped_queries(seed):
    """facets.py answers what SpeechFilter.facet_counts() and the filtered COUNT would."""
    import random

    from speeches import facets
    from speeches.filters import SpeechFilter

    from .factories import make_placeholder

    rng = random.Random(seed)
    for i in range(30):
        speech = make_speech(
            f"讲话{i}",
            level=rng.choice(["县", "市", "省"]),
            genre=rng.choice(["讲话", "致辞"]),
            year=rng.choice([None, 2019, 2020, 2021]),
            organisation=rng.choice(["县委", "县政府"]),
        )
        if rng.random() < 0.3:
            make_placeholder(make_section(speech, position=1), text="XX", position=10)
    choices = {
        "level": ["县", "市"],
        "genre": ["致辞"],
        "year": ["2020", "unknown", "x"],
        "year_min": ["2020"],
        "year_max": ["2020"],
        "organisation": ["政府"],
        "has_placeholders": ["true"],
    }
    for _ in range(8):
        params = {k: rng.choice(v) for k, v in choices.items() if rng.random() < 0.4}
        filterset = SpeechFilter(params, queryset=Speech.objects.newest_first())
        cube = facets.cube(filterset, dataversion.current())
        expected = filterset.facet_counts()
        assert facets.facet_counts(filterset, cube) == expected, params
        assert facets.total(filterset, cube) == filterset.qs.count(), params
