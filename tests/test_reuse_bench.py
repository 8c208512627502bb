"""The reuse benchmark at small N: it runs, finds every planted pair, and reports each figure.

The full run (50,000 speeches) is a documented command (docs/reuse.md), not a test. The bench
uses its own database: a temporary SQLite file, or `<configured name>_reuse_bench_smoke` on
PostgreSQL.
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
    with bench_database("_reuse_bench_smoke"):
        yield


def test_reuse_bench_smoke(tmp_path, dropped_afterwards):
    out = tmp_path / "bench.json"
    completed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "reuse.py"),
            "--speeches",
            "200",
            "--imports",
            "2",
            "--requests",
            "6",
            "--sqlite-path",
            str(tmp_path / "bench.sqlite3"),
            "--db-suffix",
            "_reuse_bench_smoke",
            "--json",
            str(out),
        ],
        env={**os.environ, "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["planted_groups"] == 4
    assert report["quality_80"]["recall"] == 1.0
    assert report["quality_80"]["precision"] == 1.0
    assert report["reuse_index"]["band_rows"] > 200 * 16 * 8 * 0.9
    assert report["import"]["speeches"] == 2
    for page in ("detail", "reuse_page", "trends_first", "trends_again"):
        assert report[page]["p95_ms"] > 0
