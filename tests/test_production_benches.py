"""The import and load benchmarks at small N: they run and report (bench/import.py,
bench/load.py). The full runs are documented commands (docs/deploy.md), not tests. Each uses its
own database: a temporary SQLite file, or `<configured name>_…_smoke` on PostgreSQL."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import dj_database_url

from .scratch import ROOT, suite_database_url


def run_bench(script: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def bench_database_exists(suffix: str) -> bool:
    """Whether the bench's own database (see bench/benchdb.py) is still there."""
    url = suite_database_url()
    if not url.startswith(("postgres://", "postgresql://")):
        return Path(tempfile.gettempdir(), f"speecharchive{suffix}-bench.sqlite3").exists()
    import psycopg

    config = dj_database_url.parse(url)
    name = (config["NAME"] or "speecharchive") + suffix
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return found is not None


def test_the_import_bench_imports_every_generated_file_and_drops_its_database():
    result = run_bench("import.py", "--speeches", "6", "--db-suffix", "_import_smoke")
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout and "speeches/s" in result.stdout
    assert "rows and history:" in result.stdout and "search index:" in result.stdout
    assert not bench_database_exists("_import_smoke")


def test_the_load_bench_serves_every_page_without_errors_and_drops_its_database(tmp_path):
    out = tmp_path / "load.json"
    result = run_bench(
        "load.py",
        *("--speeches", "40", "--requests", "12", "--concurrency", "4", "--workers", "2"),
        *("--db-suffix", "_load_smoke", "--json", str(out)),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text())
    assert set(report["pages"]) == {
        "reference",
        "list",
        "detail",
        "detail (read again)",
        "search (frequent)",
        "search (rare)",
        "quotes",
        "slogans",
    }
    for name, page in report["pages"].items():
        assert page["errors"] == {}, name
        assert page["requests"] == 12
    assert "| quotes |" in result.stdout
    assert not bench_database_exists("_load_smoke")


def test_the_load_bench_keeps_its_archive_when_asked_and_reuses_it(tmp_path):
    args = ("--speeches", "20", "--db-suffix", "_load_keep_smoke")
    try:
        built = run_bench("load.py", *args, "--generate-only")
        assert built.returncode == 0, built.stderr
        assert "kept" in built.stdout
        assert bench_database_exists("_load_keep_smoke")
        timed = run_bench(
            "load.py",
            *args,
            *("--reuse", "--requests", "4", "--concurrency", "2", "--workers", "1"),
        )
        assert timed.returncode == 0, timed.stderr
        assert "| list |" in timed.stdout
        assert not bench_database_exists("_load_keep_smoke")  # dropped after the timed run
    finally:
        if bench_database_exists("_load_keep_smoke"):
            run_bench("load.py", *args, "--reuse", "--requests", "1", "--workers", "1")
