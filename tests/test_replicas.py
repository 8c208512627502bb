"""Read-only pages on streaming replicas (DATABASE_REPLICA_URLS): tested with a second
database alias on the suite's own test database, as a replica that has caught up."""

from __future__ import annotations

import json
import warnings

import pytest
from django.db import connections, router
from django.test.utils import CaptureQueriesContext

from speecharchive.routers import ReplicaRouter
from speeches.models import Speech
from speeches.search import reindex_speech

from .factories import make_quote, make_section, make_speech, make_user

REPLICA = "replica1"
ARCHIVE_TABLES = ("speeches_",)


@pytest.fixture
def replica(settings, transactional_db):
    """A second alias for the test database (committed data: a replica that caught up).

    Made as settings.py makes one from DATABASE_REPLICA_URLS, but after the test database
    exists: a connection object of its own, to the same database."""
    default = connections["default"]
    replica = default.__class__(dict(default.settings_dict), alias=REPLICA)
    setattr(connections._connections, REPLICA, replica)
    with warnings.catch_warnings():  # "Overriding setting DATABASES…": intended here
        warnings.simplefilter("ignore")
        settings.DATABASES = {**settings.DATABASES, REPLICA: replica.settings_dict}
    yield REPLICA
    replica.close()
    delattr(connections._connections, REPLICA)


@pytest.fixture
def reader(client, replica):
    client.force_login(make_user("reader"))
    return client


@pytest.fixture
def archive(replica):
    speech = make_speech("在全县统战工作会议上的讲话")
    section = make_section(speech, position=1, body="做好新时代统战工作。")
    make_quote(section, text="统一战线是法宝", position=0)
    reindex_speech(speech)
    return speech


def split_queries(client, url: str, method: str = "get", **data):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections[REPLICA]) as replica,
    ):
        response = getattr(client, method)(url, data)
    assert response.status_code in {200, 302}, response.status_code
    return [q["sql"] for q in primary.captured_queries], [q["sql"] for q in replica]


@pytest.mark.parametrize(
    "url", ["/", "/speeches/{pk}/", "/search/?q=统战", "/quotes/", "/quotes/slogans/"]
)
def test_reading_pages_read_the_archive_from_the_replica(reader, archive, url):
    primary, replica = split_queries(reader, url.format(pk=archive.pk))
    assert replica, "no query went to the replica"
    assert all("speeches_" in sql for sql in replica)
    # The primary answers only for the session and the user, never for the archive.
    assert primary
    assert not [sql for sql in primary if "speeches_" in sql]


def test_the_search_results_come_from_the_replica(reader, archive):
    response = reader.get("/search/", {"q": "统战"})
    assert response.context["result"].hits[0].speech_id == archive.pk


def test_the_admin_reads_and_writes_on_the_primary(client, archive, replica):
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("root", password="pw-for-tests-only"))
    primary, replica_sql = split_queries(client, "/admin/speeches/speech/")
    assert primary
    assert replica_sql == []
    _, replica_sql = split_queries(client, f"/admin/speeches/speech/{archive.pk}/change/")
    assert replica_sql == []


def test_a_post_stays_on_the_primary(reader, archive):
    _, replica = split_queries(reader, "/accounts/logout/", method="post")
    assert replica == []


def test_outside_a_reading_page_everything_uses_the_primary(replica, archive):
    assert router.db_for_read(Speech) == "default"
    assert Speech.objects.all()._db is None or Speech.objects.all().db == "default"


def test_the_router_never_migrates_a_replica():
    assert ReplicaRouter().allow_migrate(REPLICA, "speeches") is False
    assert ReplicaRouter().allow_migrate("default", "speeches") is True
    assert ReplicaRouter().db_for_write(Speech) == "default"


def test_the_health_check_reports_each_replica(client, replica):
    body = json.loads(client.get("/healthz").content)
    assert body["replicas"] == {REPLICA: "ok"}
    assert body["status"] == "ok"
