"""Two processes importing the same file at once: one creates the speech, the other finds it
`unchanged`, and both exit 0 (before, the loser failed with an IntegrityError)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from .scratch import ROOT, environment, manage, scratch_database

SEED = "seeds/000_c78fcdc5d01df34d.txt"


def start_import(env) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_speeches", SEED],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def summaries(processes) -> list[str]:
    lines = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "ERROR" not in err
        lines.append(out.strip().splitlines()[-1])
    return sorted(lines)


def speech_count(env) -> str:
    result = manage(
        "shell", "-c", "from speeches.models import Speech; print(Speech.objects.count())", env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def wait_for_two_blocked_inserts(cursor) -> None:
    """Both importers have checked for the content key and now wait to insert the speech."""
    deadline = time.monotonic() + 60
    while True:
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE relation = 'speeches_speech'::regclass "
            "AND NOT granted"
        )
        if cursor.fetchone()[0] >= 2:
            return
        assert time.monotonic() < deadline, "the two imports never reached their insert"
        time.sleep(0.05)


def test_two_imports_of_the_same_file_at_once_create_it_once(tmp_path):
    with scratch_database(tmp_path) as url:
        env = environment(DATABASE_URL=url, DJANGO_DEBUG="1")
        migrated = manage("migrate", "--no-input", "-v0", env=env)
        assert migrated.returncode == 0, migrated.stderr
        if url.startswith("sqlite"):
            # SQLite runs one write transaction at a time: the second waits for the first.
            processes = [start_import(env), start_import(env)]
        else:
            # PostgreSQL: hold both importers at their INSERT until each has seen no speech
            # with this content, so that they really race.
            import psycopg

            with psycopg.connect(url) as gate, gate.cursor() as cursor:
                cursor.execute("LOCK TABLE speeches_speech IN SHARE ROW EXCLUSIVE MODE")
                processes = [start_import(env), start_import(env)]
                with psycopg.connect(url, autocommit=True) as watcher:
                    wait_for_two_blocked_inserts(watcher.cursor())
            # leaving the `with` commits the gate's transaction: both inserts go ahead
        assert summaries(processes) == [
            "created 0, unchanged 1, updated 0, failed 0",
            "created 1, unchanged 0, updated 0, failed 0",
        ]
        assert speech_count(env) == "1"


@pytest.mark.django_db
def test_a_lost_race_is_retried_and_reported_unchanged(monkeypatch):
    """The same in one process: the content key check misses the speech another process
    committed meanwhile, its insert fails, the retry finds it."""
    from pathlib import Path

    from django.conf import settings

    from speeches import importer
    from speeches.models import Speech

    path = Path(ROOT / SEED)
    first = importer.import_file(path, max_bytes=settings.IMPORT_MAX_BYTES)
    assert first.speeches[0].status == importer.CREATED

    calls = []
    real = importer.import_parsed

    def racing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # the first try sees no speech with this key, as the loser did
            with monkeypatch.context() as m:
                m.setattr(Speech.objects, "filter", _missing_key(Speech.objects.filter))
                return real(*args, **kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "import_parsed", racing)
    again = importer.import_file(path, max_bytes=settings.IMPORT_MAX_BYTES)
    assert len(calls) == 2
    assert again.speeches[0].status == importer.UNCHANGED
    assert Speech.objects.count() == 1


def _missing_key(real_filter):
    def filter(*args, **kwargs):
        if "source_sha256" in f"{args}{kwargs}":  # the look-up by content key (and name)
            return real_filter(pk=None)
        return real_filter(*args, **kwargs)

    return filter
