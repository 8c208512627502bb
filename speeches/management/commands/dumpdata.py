"""Django's dumpdata, without the search index.

The index (speeches.SearchDocument) is derived from the speeches, and on PostgreSQL holds a
tsvector column the serializer does not know: a dump leaves it out, and this project's loaddata
rebuilds it. Backups: docs/deploy.md ("Backups").
"""

from django.core.management.commands import dumpdata

SEARCH_INDEX = "speeches.SearchDocument"


class Command(dumpdata.Command):
    help = dumpdata.Command.help + " The search index is left out (loaddata rebuilds it)."

    def handle(self, *app_labels, **options):
        options["exclude"] = [*options.get("exclude", []), SEARCH_INDEX]
        return super().handle(*app_labels, **options)
