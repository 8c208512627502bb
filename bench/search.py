#!/usr/bin/env python
"""Search benchmark: synthetic corpus → index build → timed search requests vs icontains.

    .venv/bin/python bench/search.py                      # 50,000 speeches on SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/search.py
    .venv/bin/python bench/search.py --speeches 300       # smoke test (seconds)

It never touches the developer's database: SQLite uses its own file,
$TMPDIR/speecharchive-search-bench.sqlite3 (recreated); PostgreSQL a database named
`<the configured name>_bench` on the same server (dropped and recreated). Prints index build time and size, p50/p95 of the full /search/ request per query class
(through Django's test client: filters, matching, ranking, capped totals, snippets, template) and
of the same request repeated at once, the same for plain icontains on a subset, their ratio, and
recall/precision against exact substring truth computed in Python. `--json` writes the figures
to a file; `--prewarm` loads PostgreSQL's search tables into its buffer cache first.

One file on purpose (~800 lines): a bench is run as a script from any directory, and its corpus
generator, query classes, truth and report are read together when a figure looks wrong.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEAD_WORDS = [
    "工作",
    "发展",
    "加强",
    "推进",
    "建设",
    "坚持",
    "落实",
    "全面",
    "提高",
    "群众",
    "责任",
    "改革",
    "问题",
    "经济",
    "社会",
    "管理",
    "服务",
    "安全",
    "干部",
    "组织",
    "创新",
    "重点",
    "领导",
    "思想",
    "政治",
    "制度",
    "保障",
    "基层",
    "推动",
    "任务",
    "实现",
    "形成",
    "完善",
    "健全",
    "深化",
    "机制",
    "能力",
    "水平",
    "体系",
    "作风",
]
STOCK_PHRASES = [  # (phrase, share of sections that carry it)
    ("全面从严治党", 0.06),
    ("坚持以人民为中心", 0.05),
    ("两个维护", 0.04),
    ("统战工作", 0.02),
    ("人心和力量", 0.01),
    ("高质量发展", 0.06),
    ("乡村振兴战略", 0.03),
    ("中国式现代化", 0.02),
    ("意识形态工作责任制", 0.005),
    ("安全生产责任制", 0.008),
    ("营商环境持续优化", 0.004),
    ("基层治理体系和治理能力", 0.002),
]
LEVELS = ["全国", "省", "市", "县", "区", "乡镇", "村", "单位"]
GENRES = ["讲话", "致辞", "主持词", "发言", "总结讲话", "讲话提纲", "党课"]
ORGS = ["县委", "县政府", "市委", "市政府", "省委", "区委", "镇党委", "局党组"]
NUMBERS = "一二三四五六七八九十"


def configure_database(args) -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if url.startswith("postgres"):
        import psycopg

        base, _, name = url.rpartition("/")
        name = (name.split("?")[0] or "speecharchive") + args.db_suffix
        os.environ["DATABASE_URL"] = f"{base}/{name}"
        if args.reuse or args.skip_generate:
            return f"postgresql ({name}, reused)"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )  # C locale on purpose: no parser needed
        return f"postgresql ({name})"
    path = Path(args.sqlite_path)
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    if args.reuse or args.skip_generate:
        return f"sqlite ({path}, reused)"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    return f"sqlite ({path})"


# ---------------------------------------------------------------- corpus


class Corpus:
    """A Zipf-shaped vocabulary over ~3,000 characters: a few dozen very frequent political words,
    a mid vocabulary and a long tail, plus stock phrases of 4–10 characters."""

    def __init__(self, seed: int):
        from speeches.hanzi import trad_to_simp

        self.rng = random.Random(seed)
        traditional = set(trad_to_simp())
        pool = [chr(c) for c in range(0x4E00, 0x9FA6) if chr(c) not in traditional]
        self.rng.shuffle(pool)
        self.chars = pool[:3000]
        self.rare_chars = pool[3000:3200]
        self.mid = self._words(2500, self.chars[:1200])
        self.tail = self._words(60000, self.chars)
        rng = self.rng
        head_w = [1 / (i + 1) for i in range(len(HEAD_WORDS))]
        mid_w = [1 / (i + 1) ** 0.9 for i in range(len(self.mid))]
        tail_w = [1.0] * len(self.tail)
        self.vocab = [*HEAD_WORDS, *self.mid, *self.tail]
        total_h, total_m, total_t = sum(head_w), sum(mid_w), sum(tail_w)
        weights = (
            [0.16 * w / total_h for w in head_w]
            + [0.54 * w / total_m for w in mid_w]
            + [0.30 * w / total_t for w in tail_w]
        )
        acc, self.cum = 0.0, []
        for w in weights:
            acc += w
            self.cum.append(acc)
        self.s2t = {}
        for trad, simp in trad_to_simp().items():
            self.s2t.setdefault(simp, trad)
        self.to_trad = str.maketrans(self.s2t)
        del rng

    def _words(self, n, chars):
        words = set()
        while len(words) < n:
            words.add("".join(self.rng.choices(chars, k=self.rng.choice((2, 2, 2, 3, 4)))))
        return sorted(words)

    def sentence(self, n_words):
        return "".join(self.rng.choices(self.vocab, cum_weights=self.cum, k=n_words))

    def body(self):
        rng = self.rng
        parts = []
        length = 0
        target = rng.randint(90, 210)
        while length < target:
            clause = self.sentence(rng.randint(3, 7))
            parts.append(clause)
            length += len(clause) + 1
            parts.append(rng.choice("，，，，、；。"))
        text = "".join(parts[:-1]) + "。"
        if rng.random() < 0.002:  # a rare character (a place or person name) now and then
            at = rng.randint(0, len(text) - 1)
            text = text[:at] + rng.choice(self.rare_chars) + text[at:]
        for phrase, share in STOCK_PHRASES:
            if rng.random() < share:
                at = rng.randint(0, len(text) - 1)
                text = text[:at] + phrase + text[at:]
        return text

    def heading(self):
        return self.sentence(self.rng.randint(2, 4))


def generate(n_speeches: int, corpus: Corpus, trad_share: float = 0.03):
    """Insert the corpus with bulk_create (no history rows)."""
    from django.db import transaction

    from speeches.models import Quote, Section, Speech

    rng = corpus.rng
    batch = 500
    for start in range(0, n_speeches, batch):
        speeches, sections_per = [], []
        for i in range(start, min(n_speeches, start + batch)):
            year = rng.randint(2012, 2025)
            level = rng.choice(LEVELS)
            topic = corpus.heading()
            title = f"在{year}年全{level}{topic}工作会议上的讲话"
            trad = rng.random() < trad_share
            secs = []
            for p in range(rng.randint(16, 24)):
                heading = f"{NUMBERS[p % 10]}、{corpus.heading()}" if p % 4 == 1 else ""
                body = corpus.body()
                if trad:
                    heading, body = (
                        heading.translate(corpus.to_trad),
                        body.translate(corpus.to_trad),
                    )
                secs.append((heading, body))
            if trad:
                title = title.translate(corpus.to_trad)
            speeches.append(
                Speech(
                    title=title,
                    meeting=f"全{level}{topic}工作会议",
                    organisation=rng.choice(ORGS),
                    level=level,
                    year=year,
                    genre=rng.choice(GENRES),
                    source_name=f"bench-{i}.txt",
                    source_sha256=f"bench-{i:064d}"[-64:],
                    char_count=sum(len(b) for _, b in secs),
                )
            )
            sections_per.append(secs)
        with transaction.atomic():
            Speech.objects.bulk_create(speeches)
            sections = []
            for speech, secs in zip(speeches, sections_per, strict=True):
                for p, (heading, body) in enumerate(secs):
                    sections.append(
                        Section(
                            speech=speech,
                            position=p,
                            level=1,
                            heading=heading,
                            body=body,
                            anchor=f"s{p + 1}",
                        )
                    )
            Section.objects.bulk_create(sections, batch_size=2000)
            quotes = []
            for section in sections:
                if rng.random() < 0.05 and len(section.body) > 20:
                    at = rng.randint(0, len(section.body) - 12)
                    quotes.append(
                        Quote(
                            speech=section.speech,
                            section=section,
                            position=at,
                            text=section.body[at : at + 10],
                            kind="quotation",
                            speaker=rng.choice(["习近平总书记", "毛泽东同志"]),
                        )
                    )
            Quote.objects.bulk_create(quotes, batch_size=2000)
        print(f"\r  generated {min(n_speeches, start + batch):,} speeches", end="", flush=True)
    print()


# ---------------------------------------------------------------- queries


def build_queries(corpus: Corpus, docs: dict, per_class: int, rng: random.Random):
    """Query classes by length × frequency, measured on the corpus (share of passages holding the
    term): frequent ≥ 2 %, medium 0.02–0.5 %, rare ≤ max(0.002 %, 2 passages)."""
    folded_docs = list(docs.values())
    n = len(folded_docs)
    sample = folded_docs if n <= 60000 else rng.sample(folded_docs, 60000)
    big_sample = "\x00".join(sample)
    big = None

    def share(term):
        return big_sample.count(term) / len(sample)

    def exact(term):
        nonlocal big
        if big is None:
            big = "\x00".join(folded_docs)
        return big.count(term)

    def bucket(term, label):
        s = share(term)
        if s >= 0.02:
            return "frequent"
        if 0.0002 <= s <= 0.005:
            return "medium"
        if s < 0.0002 and len(classes.get(f"{label} rare", ())) < per_class:
            c = exact(term)
            if 1 <= c <= max(2, n * 0.00002):
                return "rare"
        return None

    def substrings(length_choices, k):
        out = []
        for _ in range(k):
            text = rng.choice(folded_docs)
            length = rng.choice(length_choices)
            if len(text) <= length:
                continue
            at = rng.randint(0, len(text) - length)
            piece = text[at : at + length]
            if all(c not in "，、；。\n" for c in piece):
                out.append(piece)
        return out

    classes: dict[str, list[str]] = {}

    def fill(label, candidates):
        for term in candidates:
            b = bucket(term, label)
            if b is None:
                continue
            key = f"{label} {b}"
            lst = classes.setdefault(key, [])
            if term not in lst and len(lst) < per_class:
                lst.append(term)

    head_chars = sorted({c for w in HEAD_WORDS for c in w})
    fill(
        "1 char",
        head_chars + rng.sample(corpus.chars, min(3000, len(corpus.chars))) + corpus.rare_chars,
    )
    two = [w for w in corpus.vocab if len(w) == 2]
    fill(
        "2 chars",
        HEAD_WORDS + rng.sample(two[:3000], 600) + rng.sample(two, 1500) + substrings((2,), 300),
    )
    three_four = [w for w in corpus.mid + corpus.tail if len(w) in (3, 4)]
    phrase_parts = sorted(
        {p[i : i + k] for p, _ in STOCK_PHRASES for k in (3, 4) for i in range(len(p) - k + 1)}
    )
    fill(
        "3-4 chars",
        phrase_parts
        + rng.sample(three_four[:1500], 400)
        + rng.sample(three_four, 1200)
        + substrings((3, 4), 400),
    )
    long_parts = sorted(
        {p[i : i + k] for p, _ in STOCK_PHRASES for k in (6, 7, 8) for i in range(len(p) - k + 1)}
    )
    fill(
        "6-8 chars",
        long_parts
        + substrings((6, 7, 8), 800)
        + ["".join(rng.choices(corpus.mid[:40], k=3)) for _ in range(400)],
    )

    pick = lambda key, k: (classes.get(key) or [])[:k]  # noqa: E731
    freq2, med2, rare2 = (
        pick("2 chars frequent", 30),
        pick("2 chars medium", 30),
        pick("2 chars rare", 30),
    )
    pairs = []
    for i in range(per_class):
        a = freq2[i % len(freq2)] if freq2 else "工作"
        b = (med2 + rare2 + freq2)[i % max(1, len(med2 + rare2 + freq2))] if (med2 + rare2) else a
        if i % 3 == 2 and len(freq2) > 1:
            b = freq2[(i + 1) % len(freq2)]
        pairs.append(f"{a} {b}")
    classes["2-term AND"] = pairs
    # Two medium words: mostly in different passages of a speech (AND over the whole speech).
    apart = [f"{a} {b}" for a, b in zip(med2, med2[1:] + med2[:1], strict=True) if a != b]
    classes["2-term AND apart"] = apart[:per_class]
    # A medium word without a frequent one: the exclusion is checked in every candidate speech.
    classes["exclude frequent"] = [
        f"{m} -{freq2[i % len(freq2)]}" for i, m in enumerate(med2[:per_class]) if freq2
    ]
    classes["同段 2-term AND"] = [(q, {"scope": "section"}) for q in pairs]
    trad = []
    for term in med2 + rare2 + pick("3-4 chars medium", 30) + freq2 + pick("3-4 chars rare", 30):
        t = term.translate(corpus.to_trad)
        if t != term and t not in trad:
            trad.append(t)
    classes["traditional"] = trad[:per_class]
    mixed = [t for trio in itertools.zip_longest(freq2, med2, rare2) for t in trio if t]
    classes["with filters"] = (
        [
            (mixed[i % len(mixed)], {"year_min": str(y), "year_max": str(y + 2), "level": lv})
            for i, (y, lv) in enumerate(
                (rng.randint(2012, 2023), rng.choice(LEVELS)) for _ in range(per_class)
            )
        ]
        if mixed
        else []
    )
    return classes


# ---------------------------------------------------------------- measuring


def exact_truth(parsed, docs: dict, doc_speech: dict, allowed: set | None) -> set[int]:
    """The index rows the search must count, from every row's folded text: 同段, the rows holding
    every term and no excluded one; speech scope, the rows holding a term in the speeches whose
    rows together hold every term and none of which holds an excluded term."""
    needles, excludes = parsed.needles, parsed.exclude_needles
    if parsed.scope == "section":
        rows = {
            d
            for d, text in docs.items()
            if all(n in text for n in needles) and not any(x in text for x in excludes)
        }
    else:
        held: dict[int, set[str]] = {}
        excluded: set[int] = set()
        rows = set()
        for d, text in docs.items():
            terms = {n for n in needles if n in text}
            if terms:
                rows.add(d)
                held.setdefault(doc_speech[d], set()).update(terms)
            if excludes and any(x in text for x in excludes):
                excluded.add(doc_speech[d])
        matching = {pk for pk, terms in held.items() if len(terms) == len(set(needles))}
        rows = {d for d in rows if doc_speech[d] in matching - excluded}
    return {d for d in rows if allowed is None or doc_speech[d] in allowed}


def machine_reference() -> float:
    """Seconds for a fixed pure-Python loop (10 M additions). A shared machine's speed varies
    from day to day, and every figure here moves with it: this one tells runs apart."""
    t = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return round(time.perf_counter() - t, 2)


SEARCH_TABLES = ["speeches_search_document", "speeches_speech"]


def buffer_cache(prewarm: bool) -> dict:
    """PostgreSQL: its buffer cache against the tables a search reads. With `prewarm`, those
    tables and their indexes are first loaded into it (pg_prewarm), as a server that has been
    answering searches for a while holds them; without it, the timed requests find the rows
    wherever the machine left them (OS cache or disk)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_bytes(current_setting('shared_buffers')), "
            "sum(pg_total_relation_size(t::regclass)) FROM unnest(%s::text[]) t",
            [SEARCH_TABLES],
        )
        shared_buffers, tables = map(int, cursor.fetchone())
        info = {
            "shared_buffers_mb": round(shared_buffers / 2**20),
            "search_tables_mb": round(tables / 2**20, 1),
            "prewarmed_mb": 0,
        }
        if prewarm:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
            cursor.execute(
                "SELECT sum(pg_prewarm(c.oid)) * current_setting('block_size')::int "
                "FROM pg_class c WHERE c.oid = ANY(%s::regclass[]) OR c.oid IN "
                "(SELECT indexrelid FROM pg_index WHERE indrelid = ANY(%s::regclass[]))",
                [SEARCH_TABLES, SEARCH_TABLES],
            )
            info["prewarmed_mb"] = round(int(cursor.fetchone()[0]) / 2**20, 1)
    return info


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def icontains_request(q, filters):
    """What plain Django would do: EXISTS(section icontains every term) OR title icontains, the
    first 20 speeches by date and a count capped at 1,001."""
    from django.db.models import Exists, OuterRef, Q

    from speeches.filters import SpeechFilter
    from speeches.models import Section

    terms = q.split()
    sections = Section.objects.filter(speech=OuterRef("pk"))
    title = Q()
    for t in terms:
        sections = sections.filter(Q(heading__icontains=t) | Q(body__icontains=t))
        title &= Q(title__icontains=t)
    qs = SpeechFilter(filters or None).qs.filter(Exists(sections) | title)
    page = list(qs.order_by("-year", "-id")[:20].values("id", "title"))
    count = len(qs.order_by()[:1001].values_list("id"))
    return page, count


def uncache_results() -> None:
    """The view keeps each page of results under the archive's data version: the bench times
    the search itself, so those pages (and those alone) are computed every time."""
    from speeches import dataversion

    cached = dataversion.cached

    def results_uncached(version, key, compute):
        return compute() if key[0] == "search" else cached(version, key, compute)

    dataversion.cached = results_uncached


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speeches", type=int, default=50_000)
    parser.add_argument("--per-class", type=int, default=30, help="queries per class (≥ 30)")
    parser.add_argument(
        "--baseline",
        type=int,
        default=5,
        help="queries per class also answered by icontains (slow at full size)",
    )
    parser.add_argument(
        "--check",
        type=int,
        default=10,
        help="queries per class checked for recall/precision (0: all)",
    )
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument(
        "--sqlite-path",
        default=str(Path(tempfile.gettempdir()) / "speecharchive-search-bench.sqlite3"),
        help="SQLite: the bench's own database file (recreated; outside the repository)",
    )
    parser.add_argument(
        "--db-suffix",
        default="_bench",
        help="PostgreSQL: the bench database is <configured name><suffix>",
    )
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument(
        "--reuse", action="store_true", help="keep the corpus and index of the previous run"
    )
    parser.add_argument(
        "--skip-generate", action="store_true", help="keep the corpus, rebuild the index"
    )
    parser.add_argument(
        "--prewarm",
        action="store_true",
        help="PostgreSQL: load the search tables into shared_buffers before timing (pg_prewarm)",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speecharchive.settings")
    os.environ["DJANGO_DEBUG"] = "1"
    backend = configure_database(args)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    report: dict = {"backend": backend, "speeches": args.speeches}
    say = (lambda *a: None) if args.quiet else print
    say(f"Search benchmark on {backend}, {args.speeches:,} speeches")
    report["machine_reference_s"] = machine_reference()
    say(
        f"  machine reference (a fixed pure-Python loop): {report['machine_reference_s']} s; "
        "compare runs of different days by it"
    )
    call_command("migrate", verbosity=0)

    from django.contrib.auth.models import User

    from speeches.models import Section
    from speeches.search.fold import fold
    from speeches.search.index import PASSAGE_SHIFT, default_jobs, rebuild_index
    from speeches.search.models import SearchDocument
    from speeches.search.query import matching_ids, parse_query, run_search

    corpus = Corpus(args.seed)
    if args.reuse:
        previous = Path(args.json) if args.json else None
        if previous and previous.exists():
            old = json.loads(previous.read_text())
            report.update({k: old[k] for k in ("generate_s", "index", "corpus") if k in old})
        say("  reusing the corpus and index of the previous run")
    else:
        t0 = time.monotonic()
        if not args.skip_generate:
            generate(args.speeches, corpus)
        report["generate_s"] = round(time.monotonic() - t0, 1)
        n_sections = Section.objects.count()
        chars = sum(
            len(h) + len(b)
            for h, b in Section.objects.values_list("heading", "body").iterator(chunk_size=20000)
        )
        report["corpus"] = {"sections": n_sections, "characters": chars}
        say(
            f"  {n_sections:,} sections, {chars:,} characters, generated in {report['generate_s']} s"
        )

        def db_size():
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute(
                        "SELECT pg_total_relation_size('speeches_search_document'), "
                        "pg_relation_size('search_doc_tokens_gin'), "
                        "pg_total_relation_size('speeches_section')"
                    )
                    return cursor.fetchone()
            return (Path(args.sqlite_path).stat().st_size,)

        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_before = db_size()
        t0 = time.monotonic()
        with transaction.atomic():
            rows = rebuild_index(jobs=default_jobs())  # as rebuild_search_index does
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        build_s = time.monotonic() - t0
        size_after = db_size()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            index_bytes = size_after[0]
            report["index"] = {
                "rows": rows,
                "build_s": round(build_s, 1),
                "table_with_tokens_and_gin_mb": round(size_after[0] / 2**20),
                "gin_mb": round(size_after[1] / 2**20),
                "sections_table_mb": round(size_after[2] / 2**20),
            }
        else:
            index_bytes = size_after[0] - size_before[0]
            report["index"] = {
                "rows": rows,
                "build_s": round(build_s, 1),
                "db_growth_mb": round(index_bytes / 2**20),
            }
        report["index"]["text_utf8_mb"] = round(chars * 3 / 2**20)
        report["index"]["ratio_to_text_utf8"] = round(index_bytes / max(1, chars * 3), 2)
        say(f"  index: {rows:,} rows built in {build_s:.1f} s, {report['index']}")

    # Truth: every index row's folded text, in memory.
    docs = {
        doc_id: fold(text)
        for doc_id, text in SearchDocument.objects.values_list("id", "text").iterator(
            chunk_size=20000
        )
    }
    doc_speech = dict(
        SearchDocument.objects.values_list("id", "speech_id").iterator(chunk_size=20000)
    )
    rng = random.Random(args.seed + 1)
    classes = build_queries(corpus, docs, args.per_class, rng)

    # The truth above is millions of objects no server process holds: keep them out of the
    # garbage collector's full passes, which would otherwise land inside the timed requests.
    gc.collect()
    gc.freeze()

    report["buffer_cache"] = buffer_cache(args.prewarm)
    if report["buffer_cache"]:
        cache = report["buffer_cache"]
        say(
            f"  shared_buffers {cache['shared_buffers_mb']:,} MB, search tables "
            f"{cache['search_tables_mb']:,} MB, prewarmed {cache['prewarmed_mb']:,} MB"
        )
    user, _ = User.objects.get_or_create(username="bench")
    client = Client()
    client.force_login(user)
    client.get("/search/", {"q": "工作"})  # warm up
    uncache_results()

    from speeches.filters import SpeechFilter

    results = {}
    overall_recall = [0, 0]  # found true, all true
    overall_precision = [0, 0]  # found true, all found
    say(
        f"\n  {'class':<22}{'n':>4}{'p50 ms':>9}{'p95 ms':>9}{'repeat p50/p95':>16}"
        f"{'icontains p50':>15}{'ratio':>8}{'recall':>8}{'prec.':>7}"
    )
    # Every class's requests first, one after another, as a server answers them; the icontains
    # baselines and the truth checks (seconds over a million rows each, evicting the caches a
    # server keeps warm) after all of them.
    # Each request is sent twice in a row: the first finds the rows wherever the machine
    # left them (the database's cache, the OS cache, memory gone cold, disk); the repeat finds
    # them in memory, so the two apart show what the code costs and what the machine adds.
    timed, repeated = {}, {}
    for name, queries in classes.items():
        timed[name], repeated[name] = [], []
        for item in queries:
            q, filters = item if isinstance(item, tuple) else (item, {})
            for timings in (timed[name], repeated[name]):
                t = time.perf_counter()
                response = client.get("/search/", {"q": q, **filters})
                timings.append((time.perf_counter() - t) * 1000)
                assert response.status_code == 200, (q, response.status_code)
    # The machine's speed can change within a run: the reference again, after the timed requests.
    report["machine_reference_after_s"] = machine_reference()
    say(f"  machine reference after the timed requests: {report['machine_reference_after_s']} s")
    # The timings first: the checks below take seconds a query at full size.
    for name in classes:
        if timed[name]:
            say(
                f"  {name:<22}{len(timed[name]):>4}{statistics.median(timed[name]):>9.1f}"
                f"{percentile(timed[name], 95):>9.1f}{statistics.median(repeated[name]):>9.1f}/"
                f"{percentile(repeated[name], 95):<6.1f}"
            )
    if args.json:  # the timings, kept even if the checks below are cut short
        partial = {
            name: [[q, round(ms, 1)] for q, ms in zip(classes[name], timed[name], strict=True)]
            for name in timed
        }
        Path(args.json).write_text(
            json.dumps({**report, "timed_only": partial}, ensure_ascii=False)
        )
    say("  checking recall/precision and the icontains baseline …")
    for name, queries in classes.items():
        if not queries:
            continue
        timings, again, base_timings = timed[name], repeated[name], []
        recall_ok = [0, 0]
        precision_ok = [0, 0]
        counts_ok = [0, 0]  # exact totals equal to the truth's, of those checked
        for i, item in enumerate(queries):
            q, filters = item if isinstance(item, tuple) else (item, {})
            if i < args.baseline:
                t = time.perf_counter()
                icontains_request(fold(q), {k: v for k, v in filters.items() if k != "scope"})
                base_timings.append((time.perf_counter() - t) * 1000)
            if args.check == 0 or i < args.check:
                filters = dict(filters)
                parsed = parse_query(q, filters.pop("scope", None))
                qs = SpeechFilter(filters).qs if filters else None
                allowed = set(qs.values_list("id", flat=True)) if qs is not None else None
                truth = exact_truth(parsed, docs, doc_speech, allowed)
                found = set(matching_ids(parsed, qs))
                # The page's totals, when exact, are the truth's speeches and passages.
                result = run_search(parsed, qs)
                if result.speeches.kind != "estimate":
                    counts_ok[1] += 1
                    passages = {d >> PASSAGE_SHIFT for d in truth}
                    speeches = {doc_speech[d] for d in truth}
                    counts_ok[0] += (result.speeches.value, result.passages.value) == (
                        len(speeches),
                        len(passages),
                    )
                recall_ok[0] += len(found & truth)
                recall_ok[1] += len(truth)
                precision_ok[0] += len(found & truth)
                precision_ok[1] += len(found)
        p50, p95 = statistics.median(timings), percentile(timings, 95)
        b50 = statistics.median(base_timings) if base_timings else float("nan")
        recall = recall_ok[0] / recall_ok[1] if recall_ok[1] else 1.0
        precision = precision_ok[0] / precision_ok[1] if precision_ok[1] else 1.0
        overall_recall[0] += recall_ok[0]
        overall_recall[1] += recall_ok[1]
        overall_precision[0] += precision_ok[0]
        overall_precision[1] += precision_ok[1]
        results[name] = {
            "queries": len(queries),
            "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1),
            "max_ms": round(max(timings), 1),
            "repeat_p50_ms": round(statistics.median(again), 1),
            "repeat_p95_ms": round(percentile(again, 95), 1),
            "icontains_p50_ms": round(b50, 1),
            "ratio": round(b50 / p50, 1),
            "recall": round(recall, 4),
            "precision": round(precision, 4),
            "truth_passages": recall_ok[1],
            "exact_totals_right": f"{counts_ok[0]}/{counts_ok[1]}",
            "examples": [item if isinstance(item, str) else item[0] for item in queries[:3]],
            "timings_ms": [[item, round(ms, 1)] for item, ms in zip(queries, timings, strict=True)],
            "repeat_timings_ms": [round(ms, 1) for ms in again],
        }
        say(
            f"  {name:<22}{len(queries):>4}{p50:>9.1f}{p95:>9.1f}"
            f"{results[name]['repeat_p50_ms']:>9.1f}/{results[name]['repeat_p95_ms']:<6.1f}{b50:>15.1f}"
            f"{b50 / p50:>8.1f}{recall:>8.3f}{precision:>7.3f}   e.g. {results[name]['examples']}"
        )
    report["classes"] = results
    report["recall"] = overall_recall[0] / overall_recall[1] if overall_recall[1] else 1.0
    report["precision"] = (
        overall_precision[0] / overall_precision[1] if overall_precision[1] else 1.0
    )
    say(
        f"\n  recall {report['recall']:.4f}, precision {report['precision']:.4f} "
        f"over {overall_recall[1]:,} true passages"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2))
    connection.close()
    return report


if __name__ == "__main__":
    main()
