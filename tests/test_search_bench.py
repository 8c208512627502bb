"""The search benchmark at small N: it runs, recall and precision are exactly 1.0, and the
results page's totals are the truth's.

The full run (50,000 speeches) is a documented command (docs/search.md), not a test. The bench
uses its own database: a temporary SQLite file, or `<configured name>_bench_smoke` on PostgreSQL.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .scratch import bench_database

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def dropped_afterwards():
    with bench_database("_bench_smoke"):
        yield


def test_search_bench_smoke(tmp_path, dropped_afterwards):
    out = tmp_path / "bench.json"
    env = {**os.environ, "DJANGO_DEBUG": "1"}
    # pytest-django points the test run at test_<name>; the bench derives its own database from
    # the configured DATABASE_URL (or a SQLite file of its own), never the developer's.
    completed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "search.py"),
            "--speeches",
            "120",
            "--per-class",
            "8",
            "--baseline",
            "1",
            "--check",
            "0",
            "--sqlite-path",
            str(tmp_path / "bench.sqlite3"),
            "--db-suffix",
            "_bench_smoke",
            "--json",
            str(out),
            "--prewarm",
            "--quiet",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["recall"] == 1.0
    assert report["precision"] == 1.0
    assert report["index"]["rows"] > 120
    assert {
        "2 chars frequent",
        "2 chars medium",
        "2-term AND",
        "2-term AND apart",
        "exclude frequent",
        "同段 2-term AND",
        "traditional",
        "with filters",
    } <= set(report["classes"])
    if report["backend"].startswith("postgresql"):
        cache = report["buffer_cache"]
        assert cache["shared_buffers_mb"] > 0
        assert 0 < cache["prewarmed_mb"] <= cache["search_tables_mb"]
    else:
        assert report["buffer_cache"] == {}
    for figures in report["classes"].values():
        assert figures["recall"] == 1.0 and figures["precision"] == 1.0
        # At this size no total is estimated: every page's totals are the truth's.
        right, checked = map(int, figures["exact_totals_right"].split("/"))
        assert right == checked == figures["queries"]
