"""Rebuild the reuse index from the stored speeches (one transaction, with a progress bar)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from speeches import dataversion
from speeches.models import Speech
from speeches.reuse import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the reused-passages index (band keys and verified passage pairs)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=100, help="speeches per batch")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, batch, no_progress, **options):
        if batch < 1:
            raise CommandError(f"--batch: {batch} is below 1")
        total = Speech.objects.count()
        started = time.monotonic()
        with (
            tqdm(total=total, unit="篇", disable=no_progress, file=self.stderr) as bar,
            transaction.atomic(),
        ):
            pairs = rebuild_index(batch=batch, progress=bar.update)
            dataversion.bump()  # pages kept for the old index are stale once this commits
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {total} speeches: {pairs} similar passage pairs "
                f"in {time.monotonic() - started:.1f} s."
            )
        )
