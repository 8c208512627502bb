"""Rebuild the search index from the stored speeches (one transaction, with a progress bar)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from speeches import dataversion
from speeches.models import Speech
from speeches.search.index import default_jobs, rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index (titles, headings, sections, quotes)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=200, help="speeches per batch")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument(
            "--jobs",
            type=int,
            default=default_jobs(),
            help="worker processes that compute the tokens (default: CPUs - 1; 0: none)",
        )

    def handle(self, *args, batch, no_progress, jobs, **options):
        if batch < 1:
            raise CommandError(f"--batch: {batch} is below 1")
        if jobs < 0:
            raise CommandError(f"--jobs: {jobs} is below 0")
        total = Speech.objects.count()
        started = time.monotonic()
        with (
            tqdm(total=total, unit="篇", disable=no_progress, file=self.stderr) as bar,
            transaction.atomic(),
        ):
            rows = rebuild_index(batch=batch, progress=bar.update, jobs=jobs)
            dataversion.bump()  # pages kept for the old index are stale once this commits
        self.stdout.write(
            f"Indexed {total} speeches as {rows} index rows in {time.monotonic() - started:.1f} s."
        )
