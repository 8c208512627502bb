import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", SECRET_KEY="", ALLOWED_HOSTS="archive.example.org")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY="x" * 60, ALLOWED_HOSTS="")

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-production-secret-" + "k3y!" * 12,
        ALLOWED_HOSTS="archive.example.org",
        SECURE_HSTS_SECONDS="31536000",
        SECURE_HSTS_PRELOAD="1",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_malformed_boolean_setting_is_an_error_naming_it():
    result = run_manage("check", DJANGO_DEBUG="maybe")

    assert result.returncode != 0
    assert "DJANGO_DEBUG must be a boolean" in result.stderr


def test_the_default_production_settings_print_no_deployment_warning():
    result = run_manage(
        "check",
        "--deploy",
        SECRET_KEY="a-production-secret-" + "k3y!" * 12,
        ALLOWED_HOSTS="archive.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_hsts_defaults_to_one_year_in_production():
    result = run_manage(
        "shell",
        "-v0",
        "-c",
        "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS)",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="archive.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "31536000"


def test_database_replica_urls_add_replica_aliases_that_mirror_the_primary_in_tests():
    result = run_manage(
        "shell",
        "-v0",
        "-c",
        "from django.conf import settings; d = settings.DATABASES; "
        "print(sorted(d), d['replica2']['NAME'], d['replica1']['TEST']['MIRROR'])",
        DJANGO_DEBUG="1",
        DATABASE_REPLICA_URLS="postgres://ro@replica-a/archive, postgres://ro@replica-b/archive",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "['default', 'replica1', 'replica2'] archive default"
    )


def test_cache_dir_makes_the_workers_share_one_cache(tmp_path):
    """Two processes (as two gunicorn workers) with CACHE_DIR: what one caches, the other reads."""

    def in_a_process(code, **env):
        result = run_manage(
            "shell",
            "-v0",
            "-c",
            "from django.core.cache import caches; cache = caches['default']; " + code,
            DJANGO_DEBUG="1",
            **env,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    shared = {"CACHE_DIR": str(tmp_path)}
    written = in_a_process("cache.set('facets', {'县': 3}); print(type(cache).__name__)", **shared)
    assert written == "FileCache"
    assert in_a_process("print(cache.get('facets'))", **shared) == "{'县': 3}"
    # Unset: each process its own.
    assert in_a_process("print(type(cache).__name__)") == "LocMemCache"


def test_the_file_cache_lists_its_directory_once_in_many_sets(tmp_path, monkeypatch):
    """Django's file cache lists every file at each set to decide whether to cull; ours looks one
    set in CULL_EVERY and still culls past MAX_ENTRIES."""
    from speecharchive.cache import CULL_EVERY, FileCache

    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 50}})
    listings = []
    real = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listings.append(1) or real())
    for i in range(2 * CULL_EVERY):
        cache.set(f"page-{i}", "x" * 100)
    assert len(listings) == 2
    assert len(real()) < 2 * CULL_EVERY  # culled: MAX_ENTRIES is 50
    assert cache.get(f"page-{2 * CULL_EVERY - 1}") == "x" * 100
