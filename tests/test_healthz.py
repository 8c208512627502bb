import json
import logging
import time

import pytest
from django.db import DatabaseError
from django.urls import reverse

HEALTHZ = reverse("healthz")

pytestmark = pytest.mark.django_db


def test_it_is_at_healthz_without_a_trailing_slash():
    assert HEALTHZ == "/healthz"


def test_it_answers_ok_without_a_login(client):
    response = client.get(HEALTHZ)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert isinstance(body["time_ms"], float)


def test_it_is_never_cached(client):
    assert "no-cache" in client.get(HEALTHZ)["Cache-Control"]


def test_it_answers_in_under_50_ms(client):
    client.get(HEALTHZ)  # the connection is opened once per worker
    started = time.perf_counter()
    for _ in range(10):
        client.get(HEALTHZ)
    assert (time.perf_counter() - started) / 10 < 0.05


def test_it_runs_one_query_and_touches_no_session(client, django_assert_num_queries):
    with django_assert_num_queries(1):  # SELECT 1
        response = client.get(HEALTHZ)
    assert "sessionid" not in response.cookies


def test_it_answers_503_when_the_database_does_not_and_logs_a_warning_not_an_error(
    client, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", refuse)
    with caplog.at_level(logging.INFO):
        response = client.get(HEALTHZ)
    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "error",
        "database": "unavailable",
        "time_ms": json.loads(response.content)["time_ms"],
    }
    levels = {(r.name, r.levelname) for r in caplog.records}
    assert ("speecharchive.views", "WARNING") in levels
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_it_refuses_a_post(client):
    assert client.post(HEALTHZ).status_code == 405
