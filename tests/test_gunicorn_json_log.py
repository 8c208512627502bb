"""LOG_FORMAT=json makes gunicorn's access log JSON lines too (one object per request), the
format Django's own log lines have; gunicorn is started as production starts it."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from speecharchive.logs import JsonFormatter, access_fields

from .scratch import ROOT, environment, free_port, stop_group


def _start(tmp_path: Path, **env: str) -> tuple[subprocess.Popen, Path, str]:
    port = free_port()
    log_path = tmp_path / "gunicorn.log"
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "speecharchive/gunicorn_conf.py"],
        cwd=ROOT,
        env=environment(
            DJANGO_DEBUG="0",
            SECRET_KEY="gunicorn-json-log-test-" + "x" * 40,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="0",
            DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
            BIND=f"127.0.0.1:{port}",
            WEB_CONCURRENCY="1",
            **env,
        ),
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return process, log_path, f"http://127.0.0.1:{port}"


def _get_until_served(process: subprocess.Popen, base: str, path: str, log_path: Path) -> int:
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, log_path.read_text()
        try:
            with urllib.request.urlopen(base + path, timeout=5) as response:
                return response.status
        except OSError:
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.25)


def _log_lines(log_path: Path, until: str) -> list[dict]:
    deadline = time.monotonic() + 10
    while until not in log_path.read_text():
        assert time.monotonic() < deadline, log_path.read_text()
        time.sleep(0.1)
    return [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]


def test_with_log_format_json_every_gunicorn_line_and_each_request_is_a_json_object(tmp_path):
    process, log_path, base = _start(tmp_path, LOG_FORMAT="json", ACCESS_LOG="-")
    try:
        assert _get_until_served(process, base, "/healthz?probe=1", log_path) == 200
        entries = _log_lines(log_path, '"gunicorn.access"')  # every line parses as JSON
    finally:
        stop_group(process)
    assert any("Booting worker" in entry["message"] for entry in entries)
    access = [entry for entry in entries if entry["logger"] == "gunicorn.access"]
    probe = next(entry for entry in access if entry["query"] == "probe=1")
    assert probe["method"] == "GET"
    assert probe["path"] == "/healthz"
    assert probe["status"] == 200
    assert probe["duration_ms"] >= 0
    assert probe["user_agent"].startswith("Python-urllib")


def test_without_access_log_the_json_log_has_no_request_lines(tmp_path):
    process, log_path, base = _start(tmp_path, LOG_FORMAT="json")
    try:
        assert _get_until_served(process, base, "/healthz", log_path) == 200
        entries = _log_lines(log_path, "Booting worker")
    finally:
        stop_group(process)
    assert entries
    assert not [entry for entry in entries if entry["logger"] == "gunicorn.access"]


def test_the_access_fields_come_from_gunicorns_atoms():
    import logging

    atoms = {"m": "GET", "U": "/", "q": "", "s": "404", "D": 12500, "B": 312, "h": "10.0.0.1"}
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%(m)s", (), None)
    record.args = atoms  # as gunicorn's logger passes them
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "GET"
    assert entry["status"] == 404
    assert entry["duration_ms"] == 12.5
    assert entry["bytes"] == 312
    assert access_fields({"s": "-"})["status"] == "-"
