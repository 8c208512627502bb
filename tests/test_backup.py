"""Backup and restore with dumpdata/loaddata: the search index stays out of the dump and is
rebuilt by loaddata, and a restore into an emptied database finds the same speeches, sections,
quotes, history and search results (docs/deploy.md, "Backups")."""

import gzip
import json

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection

from speeches import importer
from speeches.models import Placeholder, Quote, Section, Speech
from speeches.search.models import SearchDocument

from .scratch import ROOT
from .search_helpers import found

SEED = ROOT / "seeds/000_c78fcdc5d01df34d.txt"
# The documented backup command (docs/deploy.md), less the output file.
DUMP_OPTIONS = [
    "--natural-foreign",
    "--natural-primary",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
    "--exclude=axes",
]

# In the test's transaction: flush and loaddata run inside it, and its rollback gives the next
# tests the database (with the editor group its migration made) as it was.
pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    """What a restore must bring back, by content (ids are kept by the dump as well)."""
    return {
        "speeches": list(Speech.objects.order_by("pk").values_list("pk", "title", "version")),
        "sections": list(
            Section.objects.order_by("pk").values_list("pk", "speech", "heading", "body")
        ),
        "quotes": list(Quote.objects.order_by("pk").values_list("pk", "text", "kind", "speaker")),
        "placeholders": Placeholder.objects.count(),
        "history": [
            list(
                model.history.order_by("history_id").values_list(
                    "history_id", "history_type", "history_change_reason", "history_user__username"
                )
            )
            for model in (Speech, Section, Quote)
        ],
        "groups": list(
            Group.objects.order_by("name", "permissions__codename").values_list(
                "name", "permissions__codename"
            )
        ),
        "searches": {q: found(q) for q in ("工作", "同志们", "習近平", "没有这个词")},
    }


def test_a_dump_restored_into_an_empty_database_finds_the_same_archive(tmp_path):
    editor = User.objects.create_user("editor", password="pw-for-tests-only")
    outcome = importer.import_file(SEED, max_bytes=10_000_000)
    speech = outcome.speeches[0].speech
    section = speech.sections.order_by("position").last()
    section.heading = "编辑改过的标题"
    section._history_user = editor
    section._change_reason = "admin edit"
    section.save()
    from speeches.search import reindex_speech

    reindex_speech(speech)
    before = snapshot()
    assert before["searches"]["工作"] == {speech.pk}
    assert SearchDocument.objects.exists()

    dump = tmp_path / "archive.json.gz"
    call_command("dumpdata", *DUMP_OPTIONS, output=str(dump), verbosity=0)
    labels = {row["model"] for row in json.loads(gzip.decompress(dump.read_bytes()))}
    assert "speeches.searchdocument" not in labels
    assert {"speeches.speech", "speeches.historicalsection", "auth.user"} <= labels

    if connection.vendor == "postgresql":  # run the deferred foreign key checks before TRUNCATE
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", "--no-input", verbosity=0)
    assert not Speech.objects.exists() and not SearchDocument.objects.exists()

    call_command("loaddata", str(dump), verbosity=0)
    assert snapshot() == before
    assert SearchDocument.objects.filter(speech=speech).count() > 1


def test_loaddata_skips_index_rows_of_a_plain_django_dump(tmp_path):
    importer.import_file(SEED, max_bytes=10_000_000)
    fixture = tmp_path / "with-index.json"
    rows = [
        {"model": "speeches.searchdocument", "pk": 999, "fields": {"speech": 1, "kind": 0}},
    ]
    fixture.write_text(json.dumps(rows))
    before = SearchDocument.objects.count()
    call_command("loaddata", str(fixture), verbosity=0)
    assert not SearchDocument.objects.filter(pk=999).exists()
    assert SearchDocument.objects.count() == before
