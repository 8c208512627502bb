"""A scratch database on the suite's server, for tests that run the archive in other processes
(`make serve`, two importers racing): an SQLite file, or a new PostgreSQL database that is
dropped afterwards. Also a free port and a process group that tests start and stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parents[1]


def suite_database_url() -> str:
    return os.environ.get("DATABASE_URL", "").strip()


@contextmanager
def scratch_database(tmp_path: Path):
    """Yields the DATABASE_URL of an empty database of the suite's kind."""
    url = suite_database_url()
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'scratch.sqlite3'}"
        return
    import psycopg

    config = dj_database_url.parse(url)
    name = f"speecharchive_scratch_{uuid.uuid4().hex[:10]}"
    server = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


@contextmanager
def bench_database(suffix: str):
    """Around a bench run in a subprocess: drops the PostgreSQL database the bench makes for
    itself (`<configured name><suffix>`) when the test is done, so that no run leaves one."""
    try:
        yield suffix
    finally:
        url = suite_database_url()
        if url.startswith(("postgres://", "postgresql://")):
            import psycopg

            base, _, name = url.rpartition("/")
            name = (name.split("?")[0] or "speecharchive") + suffix
            with psycopg.connect(f"{base}/postgres", autocommit=True) as server:
                server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(**overrides: str) -> dict[str, str]:
    """This process's environment without Django settings, plus `overrides`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env.update(overrides)
    return env


def manage(*args: str, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_group(process: subprocess.Popen, timeout: float = 30) -> None:
    """Stop a process started with start_new_session=True, and everything it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout)
