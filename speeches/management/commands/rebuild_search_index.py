"""Rebuild the search index from the stored speeches (one transaction, with a progress bar)."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from speeches.models import Speech
from speeches.search.index import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index (titles, headings, sections, quotes)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=200, help="speeches per batch")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, batch, no_progress, **options):
        total = Speech.objects.count()
        started = time.monotonic()
        with (
            tqdm(total=total, unit="篇", disable=no_progress, file=self.stderr) as bar,
            transaction.atomic(),
        ):
            rows = rebuild_index(batch=batch, progress=bar.update)
        self.stdout.write(
            f"Indexed {total} speeches as {rows} index rows in {time.monotonic() - started:.1f} s."
        )
