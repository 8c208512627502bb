"""gunicorn's settings for production: `make serve` and the systemd unit in docs/deploy.md.

BIND             address to listen on (default 127.0.0.1:8000; nginx sits in front)
WEB_CONCURRENCY  worker processes (default 2 × CPUs + 1: requests wait on the database about
                 half the time, so one worker per CPU would leave the CPUs idle)
GUNICORN_TIMEOUT seconds a request may take before its worker is restarted (default 30)
ACCESS_LOG       "-" to log every request to stdout (nginx usually keeps the access log)
"""

import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise SystemExit(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def default_workers() -> int:
    """2 × the CPUs this process may run on, plus one."""
    return 2 * len(os.sched_getaffinity(0)) + 1


bind = os.environ.get("BIND", "").strip() or "127.0.0.1:8000"
workers = _int("WEB_CONCURRENCY", default_workers())
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
errorlog = "-"
accesslog = os.environ.get("ACCESS_LOG", "").strip() or None
loglevel = "info"
wsgi_app = "speecharchive.wsgi:application"
# Load Django once in the master and fork the workers from it: the search's tables, built in
# when_ready below, are then shared instead of built again (~1 s of CPU) in every worker.
preload_app = True
# No runtime control socket: its default path is shared by every gunicorn on the machine.
control_socket_disable = True

if os.environ.get("LOG_FORMAT", "").strip().lower() == "json":
    # gunicorn's own lines (start, workers, timeouts) and its access log (with ACCESS_LOG) as JSON
    # too, like Django's: one object per request with method, path, status, duration_ms…
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "speecharchive.logs.JsonFormatter"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stdout",
            },
            "access": (
                {"class": "logging.FileHandler", "formatter": "json", "filename": accesslog}
                if accesslog and accesslog != "-"
                else {
                    "class": "logging.StreamHandler",
                    "formatter": "json",
                    "stream": "ext://sys.stdout",
                }
            ),
        },
        "loggers": {
            "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
            # A logging config turns gunicorn's access log on: off again unless ACCESS_LOG asks.
            "gunicorn.access": {
                "handlers": ["access"] if accesslog else [],
                "level": "INFO",
                "propagate": False,
            },
        },
    }


def when_ready(server):
    """Build the search's tables and compile the pages' templates in the master, before any
    worker is forked: no visitor waits for them (a cold worker's first search took ~0.5 s)."""
    from speeches.warmup import warm_up

    server.log.info("warmed up in %.2f s", warm_up(database=False))


def post_worker_init(worker):
    """Each worker opens its own database connection and reads the index statistics."""
    from speeches.warmup import warm_up_database

    warm_up_database()
