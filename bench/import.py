#!/usr/bin/env python
"""Import benchmark: generated speech files → `import_speeches`' importer, speeches per second.

    .venv/bin/python bench/import.py                       # 500 speeches into SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/speecharchive \\
        .venv/bin/python bench/import.py                   # into PostgreSQL

It never touches the developer's database: SQLite uses $TMPDIR/speecharchive-import-bench.sqlite3,
PostgreSQL a database `<configured name>_import` on the same server (both recreated). The files
are written to a temporary folder: speeches shaped like real ones (title, 同志们：, an opening,
4–6 numbered parts with sub-points, quotations of 习近平总书记 and others, a closing), made of
the seed speech's sentences recombined, so that each reads as Chinese and none is a
near-duplicate of another. Each file is imported as the command does (one transaction per file,
history rows, search index, near-duplicate check); the time excludes generating and migrating.
It runs with the production settings (DEBUG off: no query log), as the import command should.

With `--corpus [FOLDER]` it imports real-shaped pages instead (default: the parser's test corpus,
`tests/fixtures/speeches`: over a thousand pages in five encodings with their sites' junk, of every size and
kind, sharing the set phrases real speeches share): the generated files are one seed's sentences
recombined, the worst case for the reuse index (most passages find many candidates to check).
The documents the parser refuses (not speeches) are counted as failed, their time included.

Then, in the same run, 2 × `--naive` more files (other speeches) are imported in turn by the
bulk path and by the naive one, which writes each section and quote by its own `save()` (its
history row by simple-history's signal), as an import did before its bulk inserts: the bulk
path's speeches/s is printed as a ratio of the naive one's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import benchdb  # noqa: E402  (bench/benchdb.py: the bench's own database)
import search as search_bench  # noqa: E402  (the machine reference)

NUMBERS = "一二三四五六七八九十"
QUOTED = [("习近平总书记", "指出"), ("习近平总书记", "强调"), ("毛泽东同志", "说过")]


class Sentences:
    """Sentences of the seed speech (real text, so that each file reads as Chinese to the
    decoder), recombined into new speeches."""

    def __init__(self, rng: random.Random):
        text = (ROOT / "seeds/000_c78fcdc5d01df34d.txt").read_text(encoding="utf-8")
        body = text[text.index("同志们：") :]
        self.sentences = [s + "。" for s in re.split(r"[。！？\n]", body) if len(s) >= 12]
        self.clauses = [
            c for s in self.sentences for c in re.split(r"[，、：；“”]", s) if 4 <= len(c) <= 16
        ]
        self.rng = rng

    def paragraph(self, n: int) -> str:
        return "".join(self.rng.sample(self.sentences, n))

    def heading(self) -> str:
        return self.rng.choice(self.clauses).rstrip("。")


def speech_text(words: Sentences, rng: random.Random, n: int) -> str:
    year = rng.randint(2015, 2025)
    topic = words.heading()
    lines = [
        f"在全县{topic}工作会议上的讲话（{year}年第{n}次）",
        "同志们：",
        f"今天我们召开第{n}次会议。{words.paragraph(3)}下面，我讲几点意见。",
    ]
    for part in range(rng.randint(4, 6)):
        lines.append(f"{NUMBERS[part]}、{words.heading()}")
        for sub in range(rng.randint(2, 4)):
            speaker, verb = rng.choice(QUOTED)
            quote = f"{speaker}{verb}：“{words.heading()}，{words.heading()}。”"
            lines.append(
                f"（{NUMBERS[sub]}）{words.heading()}。{words.paragraph(2)}{quote}"
                f"第{n}-{part}-{sub}项任务要在{rng.randint(1, 12)}月底前完成。"
            )
    lines.append(f"同志们，{words.paragraph(2)}")
    return "\n".join(lines) + "\n"


STEPS = {
    "decode": ("speeches.importer", "read_text_file"),
    "parse": ("speeches.importer", "parse_text"),
    "duplicate check": ("speeches.duplicates", "find_duplicate"),
    "rows and history": ("speeches.importer", "write_sections"),
    "search index": ("speeches.search", "reindex_speech"),
    "reuse index": ("speeches.reuse", "index_speech"),
}


def time_steps() -> dict[str, float]:
    """Wrap each step of an import with a timer; returns the seconds spent in each, filled as
    the import runs (the importer looks the functions up in these modules at call time)."""
    import functools
    import importlib

    spent = dict.fromkeys(STEPS, 0.0)
    for step, (module_name, name) in STEPS.items():
        module = importlib.import_module(module_name)
        function = getattr(module, name)

        @functools.wraps(function)
        def timed(*args, _function=function, _step=step, **kwargs):
            started = time.perf_counter()
            try:
                return _function(*args, **kwargs)
            finally:
                spent[_step] += time.perf_counter() - started

        setattr(module, name, timed)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speeches", type=int, default=500)
    parser.add_argument("--seed", type=int, default=20241204)
    parser.add_argument(
        "--naive",
        type=int,
        default=100,
        help="then this many files each way, bulk and save() per row, in turn (0: none)",
    )
    parser.add_argument(
        "--corpus",
        nargs="?",
        const=str(ROOT / "tests" / "fixtures" / "speeches"),
        help="import this folder's .txt pages instead of generated ones (default: the corpus)",
    )
    parser.add_argument(
        "--db-suffix", default="_import", help="the bench database: <configured name><suffix>"
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speecharchive.settings")
    # The production configuration: with DEBUG on, every query is also logged (~10 % slower).
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("ALLOWED_HOSTS", "localhost")
    database = benchdb.configure(args.db_suffix)
    try:
        run(args, database.description)
    finally:
        database.drop()  # no bench database is left behind


def write_files(folder: str, first: int, count: int, words: Sentences, rng: random.Random):
    files = []
    for n in range(first, first + count):
        path = Path(folder) / f"speech-{n:05d}.txt"
        path.write_text(speech_text(words, rng, n), encoding="utf-8")
        files.append(path)
    return files


def import_all(files: list[Path]) -> float:
    """Import the files as `import_speeches` does (a file it refuses is skipped, as the command
    goes on after it); returns the seconds it took."""
    from django.conf import settings

    from speeches import importer, reuse

    started = time.perf_counter()
    with reuse.remembering():  # as import_speeches does
        for path in files:
            with contextlib.suppress(importer.ImportFailure):
                importer.import_file(path, max_bytes=settings.IMPORT_MAX_BYTES)
    return time.perf_counter() - started


def saving_each(objs, model, default_change_reason=None):
    """The naive writer: one INSERT a row, its history row written by the post_save signal."""
    for obj in objs:
        obj._change_reason = default_change_reason
        obj.save()
    return objs


def compare(files: list[Path]) -> None:
    """The bulk inserts against the naive writer, file by file in turn (so that both meet the
    same archive as it grows): speeches/s of each and the ratio."""
    from speeches import importer

    bulk = importer.bulk_create_with_history
    seconds = {"bulk": 0.0, "naive": 0.0}
    for index, path in enumerate(files):
        mode = "naive" if index % 2 else "bulk"
        importer.bulk_create_with_history = saving_each if mode == "naive" else bulk
        seconds[mode] += import_all([path])
    importer.bulk_create_with_history = bulk
    each = len(files) // 2
    rates = {
        mode: (len(files) - each if mode == "bulk" else each) / s for mode, s in seconds.items()
    }
    print(
        f"  {len(files)} more files, in turn: bulk inserts {rates['bulk']:.1f} speeches/s, "
        f"naive (save() a row) {rates['naive']:.1f} speeches/s: "
        f"{rates['bulk'] / rates['naive']:.2f}× the naive way"
    )


def run(args: argparse.Namespace, backend: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from speeches.models import Quote, Section, Speech

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    words = Sentences(rng)
    spent = time_steps()
    with tempfile.TemporaryDirectory() as folder:
        if args.corpus:
            files = sorted(Path(args.corpus).glob("*.txt"))
            print(f"Import benchmark on {backend}: {len(files)} pages of {args.corpus}")
        else:
            files = write_files(folder, 0, args.speeches, words, rng)
            print(f"Import benchmark on {backend}: {len(files)} generated files")
        seconds = import_all(files)
        speeches = Speech.objects.count()
        rows = Section.objects.count() + Quote.objects.count()
        size = sum(path.stat().st_size for path in files) / len(files) / 1000
        print(
            f"  imported {speeches} speeches ({rows / speeches:.1f} sections and quotes each, "
            f"files of {size:.1f} kB) in {seconds:.1f} s: {speeches / seconds:.1f} speeches/s"
        )
        for step, step_seconds in spent.items():
            print(f"  {step}: {step_seconds / speeches * 1000:.1f} ms a speech")
        rest = seconds - sum(spent.values())
        print(
            f"  the rest (transaction, metadata, lookups): {rest / speeches * 1000:.1f} ms a speech"
        )
        without_reuse = seconds - spent["reuse index"]
        print(f"  without the reuse index: {speeches / without_reuse:.1f} speeches/s")
        if args.naive and not args.corpus:
            compare(write_files(folder, args.speeches, 2 * args.naive, words, rng))
    print(f"  machine reference (a fixed pure-Python loop): {search_bench.machine_reference()} s")


if __name__ == "__main__":
    main()
