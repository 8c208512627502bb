"""The import and load benchmarks at small N: they run and report (bench/import.py,
bench/load.py). The full runs are documented commands (docs/deploy.md), not tests. Each uses its
own database: a temporary SQLite file, or `<configured name>_…_smoke` on PostgreSQL."""

import json
import os
import subprocess
import sys

from .scratch import ROOT


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


def test_the_import_bench_imports_every_generated_file():
    result = run_bench("import.py", "--speeches", "6", "--db-suffix", "_import_smoke")
    assert result.returncode == 0, result.stderr
    assert "imported 6 speeches" in result.stdout
    assert "speeches/s" in result.stdout


def test_the_load_bench_serves_every_page_without_errors(tmp_path):
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
        "search (frequent)",
        "search (rare)",
        "quotes",
        "slogans",
    }
    for name, page in report["pages"].items():
        assert page["errors"] == {}, name
        assert page["requests"] == 12
    assert "| quotes |" in result.stdout
