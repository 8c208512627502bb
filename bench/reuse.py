#!/usr/bin/env python
"""Reuse benchmark: a generated archive with planted reused passages → reuse index build, import
cost, page times, recall and precision.

    .venv/bin/python bench/reuse.py                      # 50,000 speeches on SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/reuse.py
    .venv/bin/python bench/reuse.py --speeches 500        # smoke test (seconds)

The archive is bench/search.py's (16–24 sections of 90–210 characters per speech, a Zipf-shaped
vocabulary, stock phrases such as 两个维护); then, in one speech in 50, a passage is copied into
one to three other speeches, each copy with one or two runs of its text replaced (keeping 55–100 %
of it). It never touches the developer's database: SQLite uses
$TMPDIR/speecharchive-reuse-bench.sqlite3 (recreated), PostgreSQL `<configured name>_reuse_bench`.

Measured: the reuse index build (manage.py rebuild_reuse_index's function) after the search
index build; the per-speech cost of indexing at import (importer.import_parsed on new speech
texts, the reuse call timed inside it); p95 of the detail page (speeches with and without reuse),
of /reuse/ (filters, pages) and of /trends/ (1–3 terms, the first request for a set of terms and
the same again); and recall/precision of the stored pairs sharing ≥ 80 % against the planted
truth (the share of every planted pair computed exactly, in each direction).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import HEAD_WORDS, NUMBERS, Corpus, configure_database, generate, percentile

TERMS = ["两个维护", "全面从严治党", "坚持以人民为中心", "统战工作", *HEAD_WORDS[:12]]


def plant(corpus: Corpus, rng: random.Random, every: int) -> list[list[int]]:
    """Copy one passage of every `every`-th speech into 1–3 others, edited; returns the groups
    of section ids (the source first)."""
    from django.db import transaction

    from speeches.models import Section

    speech_ids = sorted(set(Section.objects.order_by().values_list("speech_id", flat=True)))
    sources = rng.sample(speech_ids, max(1, len(speech_ids) // every))
    if len(sources) * 4 > len(speech_ids):
        raise SystemExit("--plant-every is too small for this many speeches")
    used = set(sources)
    groups, updates = [], []
    for speech_id in sources:
        sections = list(Section.objects.filter(speech_id=speech_id).values_list("pk", "body"))
        source_id, body = rng.choice(sections)
        group = [source_id]
        for _ in range(rng.randint(1, 3)):
            target = rng.choice(speech_ids)
            while target in used:
                target = rng.choice(speech_ids)
            used.add(target)
            pk = rng.choice(Section.objects.filter(speech_id=target).values_list("pk", flat=True))
            updates.append((pk, _edited(body, corpus, rng)))
            group.append(pk)
        groups.append(group)
    with transaction.atomic():
        for pk, body in updates:
            Section.objects.filter(pk=pk).update(body=body)
    return groups


def _edited(text: str, corpus: Corpus, rng: random.Random) -> str:
    keep = rng.uniform(0.55, 1.0)
    runs = rng.choice((1, 2))
    for _ in range(runs):
        cut = int(len(text) * (1 - keep) / runs)
        if cut < 1:
            continue
        at = rng.randint(0, len(text) - cut)
        text = text[:at] + corpus.sentence(cut)[:cut] + text[at + cut :]
    return text


def truth_pairs(groups: list[list[int]], threshold: float) -> set[tuple[int, int]]:
    """Directed pairs (a, b) of planted passages where ≥ threshold of a's text is in b's."""
    from speeches.models import Section
    from speeches.reuse import sketch

    ids = [pk for group in groups for pk in group]
    texts = {}
    for start in range(0, len(ids), 5000):
        rows = Section.objects.filter(pk__in=ids[start : start + 5000])
        for pk, heading, body in rows.values_list("pk", "heading", "body"):
            texts[pk] = sketch.normalise(f"{heading}{body}")
    pairs = set()
    for group in groups:
        for a in group:
            for b in group:
                if (
                    a != b
                    and round(100 * sketch.shared_share(texts[a], texts[b])) >= 100 * threshold
                ):
                    pairs.add((a, b))
    return pairs


def speech_text(corpus: Corpus, rng: random.Random, n: int) -> str:
    lines = [f"在{rng.randint(2015, 2025)}年全县第{n}次工作会议上的讲话", "同志们："]
    for p in range(rng.randint(16, 24)):
        if p % 4 == 0:
            lines.append(f"{NUMBERS[(p // 4) % 10]}、{corpus.heading()}")
        lines.append(corpus.body())
    return "\n".join(lines) + "\n"


def time_imports(corpus: Corpus, rng: random.Random, n: int) -> dict:
    """Import n new speeches through the importer; the reuse call is timed inside each."""
    from django.db import transaction

    from speeches import importer, reuse
    from speeches.parsing import parse

    spent: list[float] = []
    real = reuse.index_speech

    def timed(speech, **options):
        t = time.perf_counter()
        real(speech, **options)
        spent.append(time.perf_counter() - t)

    importer.reuse.index_speech = timed
    totals = []
    try:
        for i in range(n):
            text = speech_text(corpus, rng, 900_000 + i)
            parsed = parse(text)
            t = time.perf_counter()
            importer.import_parsed(
                text, parsed, source_name=f"bench-import-{i}.txt", encoding="utf-8"
            )
            totals.append(time.perf_counter() - t)
    finally:
        importer.reuse.index_speech = real
    with transaction.atomic():
        from speeches.models import Speech

        Speech.objects.filter(source_name__startswith="bench-import-").delete()
    index_ms = 1000 * sum(spent) / n
    total_ms = 1000 * sum(totals) / n
    return {
        "speeches": n,
        "import_ms_mean": round(total_ms, 1),
        "reuse_index_ms_mean": round(index_ms, 1),
        "reuse_index_ms_p95": round(1000 * percentile(spent, 95), 1),
        "slowdown_pct": round(100 * index_ms / (total_ms - index_ms), 1),
    }


def timed_get(client, url: str, times: list[float], status: int = 200) -> str:
    t = time.perf_counter()
    response = client.get(url)
    times.append(1000 * (time.perf_counter() - t))
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def summary(times: list[float]) -> dict:
    return {
        "requests": len(times),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speeches", type=int, default=50_000)
    parser.add_argument("--plant-every", type=int, default=50, help="one source speech in N")
    parser.add_argument("--imports", type=int, default=60, help="speeches imported for timing")
    parser.add_argument("--requests", type=int, default=200, help="detail pages timed")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument(
        "--sqlite-path",
        default=str(Path(tempfile.gettempdir()) / "speecharchive-reuse-bench.sqlite3"),
    )
    parser.add_argument("--db-suffix", default="_reuse_bench")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the archive and indexes of the previous run: time the import and pages only",
    )
    args = parser.parse_args()
    args.reuse, args.skip_generate = args.keep, False  # what configure_database reads

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speecharchive.settings")
    os.environ["DJANGO_DEBUG"] = "1"
    backend = configure_database(args)
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client

    from speeches.models import Section, Speech
    from speeches.reuse import rebuild_index
    from speeches.reuse.models import ReuseBand, ReuseMatch
    from speeches.search.index import default_jobs
    from speeches.search.index import rebuild_index as rebuild_search

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    call_command("migrate", verbosity=0)
    report: dict = {"backend": backend, "speeches": Speech.objects.count()}
    print(f"Reuse benchmark on {backend}, {report['speeches']:,} speeches")
    corpus = Corpus(args.seed)
    rng = random.Random(args.seed)

    if not args.keep:
        t = time.monotonic()
        generate(args.speeches, corpus)
        groups = plant(corpus, rng, args.plant_every)
        report["generate_s"] = round(time.monotonic() - t, 1)
        report["sections"] = Section.objects.count()
        report["planted_groups"] = len(groups)
        report["planted_copies"] = sum(len(g) - 1 for g in groups)
        print(
            f"  generated {report['sections']:,} sections, planted {report['planted_copies']:,} "
            f"copies of {len(groups):,} passages in {report['generate_s']} s"
        )

        t = time.monotonic()
        with transaction.atomic():
            rebuild_search(jobs=default_jobs())
        report["search_index_s"] = round(time.monotonic() - t, 1)
        print(f"  search index (for /trends/) built in {report['search_index_s']} s")

        t = time.monotonic()
        done = [0]

        def progress(n):
            done[0] += n
            if done[0] % 5000 < n:
                print(f"\r  reuse index: {done[0]:,} speeches", end="", flush=True)

        with transaction.atomic():
            pairs = rebuild_index(progress=progress)
        report["reuse_index"] = {
            "build_s": round(time.monotonic() - t, 1),
            "band_rows": ReuseBand.objects.count(),
            "pairs": pairs,
        }
        print(
            f"\r  reuse index built in {report['reuse_index']['build_s']} s: "
            f"{report['reuse_index']['band_rows']:,} band rows, {pairs:,} directed pairs"
        )

        truth = truth_pairs(groups, 0.8)
        found = set(ReuseMatch.objects.filter(share__gte=80).values_list("section_id", "other_id"))
        hit = len(truth & found)
        report["quality_80"] = {
            "truth_pairs": len(truth),
            "found_pairs": len(found),
            "recall": round(hit / len(truth), 4) if truth else None,
            "precision": round(hit / len(found), 4) if found else None,
        }
        print(
            f"  pairs sharing ≥ 80 %: recall {report['quality_80']['recall']}, "
            f"precision {report['quality_80']['precision']} "
            f"({hit:,} of {len(truth):,} planted, {len(found):,} found)"
        )

    report["import"] = time_imports(corpus, rng, args.imports)
    print(f"  import: {report['import']}")

    user, _ = User.objects.get_or_create(username="bench-reader")
    client = Client()
    client.force_login(user)
    reused = list(ReuseMatch.objects.values_list("speech_id", flat=True).distinct()[:5000])
    others = list(Speech.objects.values_list("pk", flat=True)[:5000])
    sample = rng.sample(reused, min(len(reused), args.requests // 2))
    sample += rng.sample(others, min(len(others), args.requests - len(sample)))
    rng.shuffle(sample)
    for pk in sample[:5]:  # warm the process (templates, statistics)
        client.get(f"/speeches/{pk}/")
    times: list[float] = []
    for pk in sample:
        timed_get(client, f"/speeches/{pk}/", times)
    report["detail"] = summary(times)
    print(f"  detail page: {report['detail']}")

    times = []
    urls = [f"/reuse/?page={p}" for p in range(1, 6)]
    urls += [f"/reuse/?level={lv}" for lv in ("县", "市", "省", "区")]
    urls += [f"/reuse/?year={y}" for y in range(2014, 2024, 2)]
    urls += ["/reuse/?genre=讲话", "/reuse/?organisation=县委", "/reuse/?level=县&page=2"]
    client.get(urls[0])
    for url in urls * 2:
        timed_get(client, url, times)
    report["reuse_page"] = summary(times)
    print(f"  /reuse/: {report['reuse_page']}")

    from urllib.parse import urlencode

    sets = [[t] for t in TERMS] + [rng.sample(TERMS, k) for k in (2, 3) for _ in range(6)]
    cold: list[float] = []
    warm: list[float] = []
    for terms in sets:
        url = "/trends/?" + urlencode([("q", t) for t in terms])
        timed_get(client, url, cold)
        timed_get(client, url, warm)
        timed_get(client, url + "&by=level", warm)
    report["trends_first"] = summary(cold)
    report["trends_again"] = summary(warm)
    print(f"  /trends/ first request: {report['trends_first']}")
    print(f"  /trends/ again (cached per archive version): {report['trends_again']}")

    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2))
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
