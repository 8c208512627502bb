#!/usr/bin/env python
"""Load benchmark: gunicorn with the production settings against a generated archive.

    .venv/bin/python bench/load.py --speeches 5000                 # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/speecharchive \\
        .venv/bin/python bench/load.py --speeches 50000             # PostgreSQL
    ... --reuse                                                     # keep the last archive

It never touches the developer's database: SQLite uses $TMPDIR/speecharchive-load-bench.sqlite3,
PostgreSQL a database `<configured name>_load` on the same server (both recreated; `--db-suffix`). The archive
is bench/search.py's corpus (16–24 sections a speech) plus, per speech, ~3 quotations drawn from
2,000 texts by 30 speakers and ~5 slogans from 800, both Zipf-distributed as real reuse is.

gunicorn (speecharchive/gunicorn_conf.py: 2 × CPUs + 1 workers, DEBUG off) serves
127.0.0.1 only; the load comes from threads in this process (on the same machine) with a
logged-in session, `--concurrency` requests at a time, `--requests` per page after a short
untimed warm-up. Prints per page: req/s, p50/p95 latency, errors, and the throughput as a share
of the reference page's (a constant page through the same middleware, bench/load_site.py).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import benchdb  # noqa: E402  (bench/benchdb.py: the bench's own database)
import search as search_bench  # noqa: E402  (bench/search.py: the corpus generator)

QUOTED = ["习近平总书记", "毛泽东同志", "邓小平同志", "习近平"] + [f"古人{i}" for i in range(26)]


def zipf_pick(rng: random.Random, n: int, k: int) -> list[int]:
    weights = [1 / (i + 1) for i in range(n)]
    return rng.choices(range(n), weights=weights, k=k)


def add_quote_bank(corpus, rng: random.Random) -> int:
    """Quotations and slogans reused across speeches, as in a real archive."""
    from django.db import transaction

    from speeches.models import Quote, Section

    quotations = [
        (QUOTED[i % len(QUOTED)], corpus.sentence(rng.randint(4, 9))) for i in range(2000)
    ]
    slogans = [corpus.sentence(rng.randint(2, 3)) for _ in range(800)]
    first_sections = (
        Section.objects.filter(position=0).order_by("speech_id").values_list("speech_id", "pk")
    )
    added = 0
    batch: list[Quote] = []
    for speech_id, section_id in first_sections.iterator(chunk_size=5000):
        for n, i in enumerate(zipf_pick(rng, len(quotations), rng.randint(1, 5))):
            speaker, text = quotations[i]
            batch.append(
                Quote(
                    speech_id=speech_id,
                    section_id=section_id,
                    position=n,
                    text=text,
                    kind="quotation",
                    speaker=speaker,
                    verb="指出",
                )
            )
        for n, i in enumerate(zipf_pick(rng, len(slogans), rng.randint(3, 7))):
            batch.append(
                Quote(
                    speech_id=speech_id,
                    section_id=section_id,
                    position=100 + n,
                    text=slogans[i],
                    kind="slogan",
                )
            )
        if len(batch) >= 20000:
            with transaction.atomic():
                Quote.objects.bulk_create(batch)
            added += len(batch)
            batch = []
    with transaction.atomic():
        Quote.objects.bulk_create(batch)
    return added + len(batch)


def build_archive(args, say) -> None:
    from django.core.management import call_command
    from django.db import connection, transaction

    from speeches.search.index import default_jobs, rebuild_index

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    corpus = search_bench.Corpus(args.seed)
    search_bench.generate(args.speeches, corpus)
    quotes = add_quote_bank(corpus, random.Random(args.seed))
    say(f"  generated in {time.monotonic() - started:.0f} s ({quotes:,} bank quotes)")
    started = time.monotonic()
    with transaction.atomic():
        rebuild_index(jobs=default_jobs())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    say(f"  indexed in {time.monotonic() - started:.0f} s")


def login_cookie() -> str:
    """A session of a staff user, as the login form would leave it."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore

    user, _ = User.objects.get_or_create(username="load-bench")
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"sessionid={session.session_key}"


LEVELS = ["全国", "省", "市", "县", "区", "乡镇", "单位", "未知"]
GENRES = ["讲话", "致辞", "主持词", "发言", "总结讲话"]
SORTS = ["-date", "date", "title", "-char_count"]


def list_url(rng: random.Random) -> str:
    """A browse page as readers ask for it: mostly the first pages, newest first, often one or
    two filters (level, genre, a year or a range, a quoted speaker), sometimes another order."""
    params: dict[str, str | int] = {}
    if rng.random() < 0.5:
        params["level"] = rng.choice(LEVELS)
    if rng.random() < 0.3:
        params["genre"] = rng.choice(GENRES)
    if rng.random() < 0.3:
        params["year"] = rng.randint(2000, 2024)
    elif rng.random() < 0.1:
        params["year_min"] = rng.randint(2000, 2020)
    if rng.random() < 0.1:
        params["quoted"] = rng.choice(QUOTED[:4])
    if rng.random() < 0.2:
        params["sort"] = rng.choice(SORTS)
    if rng.random() < 0.5:
        params["page"] = min(int(rng.paretovariate(1.2)) + 1, 200)
    return "/?" + urlencode(params) if params else "/"


def page_urls(rng: random.Random, n: int) -> dict[str, list[str]]:
    from speeches.models import Speech

    ids = list(Speech.objects.values_list("pk", flat=True))
    corpus = search_bench.Corpus(20240501)
    frequent = search_bench.HEAD_WORDS[:20]
    rare = [w for w in corpus.tail[:4000] if len(w) >= 3]
    q = quote

    def pick(make):
        return [make() for _ in range(n)]

    return {
        "reference": ["/bench/reference/"] * n,
        "list": pick(lambda: list_url(rng)),
        "detail": pick(lambda: f"/speeches/{rng.choice(ids)}/"),  # nearly all first views
        # Speeches read again: 200 of them, the most read the most often (Zipf).
        "detail (read again)": [
            f"/speeches/{ids[i]}/" for i in zipf_pick(rng, min(200, len(ids)), n)
        ],
        "search (frequent)": pick(lambda: f"/search/?q={q(rng.choice(frequent))}"),
        "search (rare)": pick(lambda: f"/search/?q={q(rng.choice(rare))}"),
        "quotes": pick(
            lambda: rng.choice(
                [
                    "/quotes/",
                    f"/quotes/?page={rng.randint(2, 20)}",
                    f"/quotes/?speaker={q('习近平')}",
                ]
            )
        ),
        "slogans": pick(
            lambda: rng.choice(["/quotes/slogans/", f"/quotes/slogans/?page={rng.randint(2, 16)}"])
        ),
    }


def drive(port: int, cookie: str, urls: list[str], concurrency: int) -> dict:
    """Send `urls` with `concurrency` requests at a time; latency of each, errors by status."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    queue = iter(urls)

    def worker():
        while True:
            with lock:
                url = next(queue, None)
            if url is None:
                return
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request("GET", url, headers={"Cookie": cookie, "Host": "127.0.0.1"})
                response = conn.getresponse()
                response.read()
                status = response.status
                conn.close()
            except OSError as exc:
                status = type(exc).__name__
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors[str(status)] = errors.get(str(status), 0) + 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(urls),
        "req_s": round(len(urls) / wall, 1),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1),
        "errors": errors,
    }


def start_server(port: int, workers: int | None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.load_site",
        DJANGO_DEBUG="0",
        SECRET_KEY=os.environ["SECRET_KEY"],
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        BIND=f"127.0.0.1:{port}",
        # As `make serve`: the workers share the cached counts and pages (a fresh directory).
        CACHE_DIR=tempfile.mkdtemp(prefix="speecharchive-load-cache-"),
    )
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "speecharchive/gunicorn_conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                return process
        except OSError:
            pass
        if process.poll() is not None:
            raise SystemExit("gunicorn exited at start")
        time.sleep(0.3)
    os.killpg(process.pid, signal.SIGTERM)
    raise SystemExit("gunicorn did not answer /healthz in 120 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speeches", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=400, help="timed requests per page")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: its config's)")
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--reuse", action="store_true", help="time the archive kept before")
    parser.add_argument(
        "--keep", action="store_true", help="keep the archive for --reuse (else it is dropped)"
    )
    parser.add_argument(
        "--db-suffix", default="_load", help="the bench database: <configured name><suffix>"
    )
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument(
        "--generate-only",
        action="store_true",
        help="build the archive, time nothing (then --reuse)",
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speecharchive.settings")
    os.environ["DJANGO_DEBUG"] = "1"
    # The server's key too: the session made here for the load must be valid there.
    os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)
    database = benchdb.configure(args.db_suffix, reuse=args.reuse)
    import django

    django.setup()
    say = print
    say(f"Load benchmark on {database.description}, {args.speeches:,} speeches")
    keep = args.keep or args.generate_only
    try:
        if args.reuse:
            from django.core.management import call_command

            call_command("migrate", verbosity=0)  # the archive kept, the schema of this code
        else:
            build_archive(args, say)
        if not args.generate_only:
            run(args, database.description, say)
    finally:
        if keep:
            say(f"  kept {database.description} for --reuse")
        else:
            database.drop()


def run(args, backend: str, say) -> None:
    from speeches.models import Quote, Speech

    report = {
        "backend": backend,
        "speeches": Speech.objects.count(),
        "quotations": Quote.objects.filter(kind="quotation").count(),
        "slogans": Quote.objects.filter(kind="slogan").count(),
        "concurrency": args.concurrency,
        "machine_reference_s": search_bench.machine_reference(),
        "pages": {},
    }
    cookie = login_cookie()
    rng = random.Random(args.seed)
    urls = page_urls(rng, args.requests)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    from django.db import connections

    connections.close_all()
    server = start_server(port, args.workers)
    try:
        for name, page in urls.items():
            drive(port, cookie, page[: 2 * args.concurrency], args.concurrency)  # warm-up
            report["pages"][name] = drive(port, cookie, page, args.concurrency)
            say(f"  {name}: {report['pages'][name]}")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    reference = report["pages"]["reference"]["req_s"]
    say(
        f"\n{report['speeches']:,} speeches, {report['quotations']:,} quotations, "
        f"{report['slogans']:,} slogans; concurrency {args.concurrency}\n"
    )
    say("| page | requests | req/s | p50 ms | p95 ms | errors | ÷ reference |")
    say("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, row in report["pages"].items():
        row["ratio"] = round(row["req_s"] / reference, 2)
        errors = sum(row["errors"].values())
        say(
            f"| {name} | {row['requests']} | {row['req_s']} | {row['p50_ms']} | "
            f"{row['p95_ms']} | {errors} | {row['ratio']} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
