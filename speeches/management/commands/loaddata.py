"""Django's loaddata, then the search index rebuilt when speeches were loaded.

Dumps leave the index out (see dumpdata.py); restoring a dump therefore ends with the index
built from the restored speeches, in the same transaction as the load. Index rows in a dump made
with plain Django (its dumpdata does not leave them out) are skipped: they would be rebuilt.
"""

from django.core.management.commands import loaddata
from django.db import transaction

from speeches.models import Quote, Section, Speech
from speeches.search.index import default_jobs, rebuild_index

from .dumpdata import SEARCH_INDEX

INDEXED = {Speech, Section, Quote}
PARALLEL_FROM = 1000  # speeches: fewer are indexed faster in this process than by a pool


class Command(loaddata.Command):
    help = loaddata.Command.help + " Rebuilds the search index when speeches were loaded."

    def handle(self, *fixture_labels, **options):
        options["exclude"] = [*options.get("exclude", []), SEARCH_INDEX]
        return super().handle(*fixture_labels, **options)

    def loaddata(self, fixture_labels):
        super().loaddata(fixture_labels)
        if not self.models & INDEXED:
            return
        speeches = Speech.objects.using(self.using).count()
        jobs = default_jobs() if speeches >= PARALLEL_FROM else 0
        with transaction.atomic(using=self.using):
            rows = rebuild_index(jobs=jobs)
        if self.verbosity >= 1:
            self.stdout.write(f"Rebuilt the search index: {speeches} speeches, {rows} rows.")
