"""Log formats for a collector: LOG_FORMAT=json writes one JSON object per line."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any


class JsonFormatter(logging.Formatter):
    """time, level, logger, message; a request's method, path and status when the record has
    them; a traceback as one string field (the line stays one line)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = getattr(request, "method", None)
            entry["path"] = request.path
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.name == "gunicorn.access" and isinstance(record.args, Mapping):
            entry.update(access_fields(record.args))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def access_fields(atoms: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of one gunicorn access log line, from the atoms gunicorn formats it with
    (its logger passes them as the record's arguments)."""
    status = str(atoms.get("s", ""))
    sent = atoms.get("B")
    return {
        "method": atoms.get("m"),
        "path": atoms.get("U"),
        "query": atoms.get("q") or "",
        "status": int(status) if status.isdigit() else status,
        "duration_ms": round(int(atoms.get("D") or 0) / 1000, 1),
        "bytes": sent if isinstance(sent, int) else None,
        "remote": atoms.get("h"),
        "user_agent": atoms.get("a"),
        "referer": atoms.get("f"),
    }


class OneLine(logging.Filter):
    """Drop the traceback: the message says all there is (a foreign Host header)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
