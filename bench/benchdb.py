"""The benches' own database, beside the developer's: made at the start, dropped at the end.

`<configured name><suffix>` on the PostgreSQL server of DATABASE_URL, else an SQLite file
`$TMPDIR/speecharchive<suffix>-bench.sqlite3`. A bench sets DATABASE_URL to it before Django
starts, and calls `drop()` when it finishes (unless asked to keep the archive for `--reuse`), so
that no database of a finished bench is left on the server.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class BenchDatabase:
    url: str
    description: str
    server_url: str = ""  # PostgreSQL: the server's maintenance database
    name: str = ""  # PostgreSQL: the database's name
    path: Path | None = None  # SQLite: the file

    def drop(self) -> None:
        """Remove the database (first closing this process's connections to it)."""
        from django.conf import settings

        if settings.configured:  # never configure Django here: it would read the wrong database
            from django.db import connections

            connections.close_all()
        if self.path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return
        import psycopg

        with psycopg.connect(self.server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def configure(suffix: str, *, reuse: bool = False) -> BenchDatabase:
    """Point DATABASE_URL at the bench's database: recreated empty, or kept with `reuse`."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url.startswith("postgres"):
        base, _, name = url.rpartition("/")
        name = (name.split("?")[0] or "speecharchive") + suffix
        database = BenchDatabase(
            f"{base}/{name}", f"postgresql ({name})", server_url=f"{base}/postgres", name=name
        )
        if not reuse:
            import psycopg

            database.drop()
            with psycopg.connect(database.server_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
    else:
        path = Path(tempfile.gettempdir()) / f"speecharchive{suffix}-bench.sqlite3"
        database = BenchDatabase(f"sqlite:///{path}", f"sqlite ({path})", path=path)
        if not reuse:
            database.drop()
    os.environ["DATABASE_URL"] = database.url
    return database
