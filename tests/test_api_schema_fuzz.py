"""The API fuzzed from its own OpenAPI schema with schemathesis: whatever a client sends within
(and around) the schema, no 5xx, and every response matches the schema. Bounded for CI: a few
dozen examples per endpoint, in-process through the WSGI application (no server, no network)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import ignored_auth, negative_data_rejection

from speeches.api.models import ApiToken
from speeches.api.routes import api

from .export_helpers import make_layered_speech
from .factories import make_user
from .search_helpers import speech_with
from .speech_samples import make_realistic_speech

MAX_EXAMPLES = 25


@pytest.fixture
def wsgi_app(db):
    """The site's WSGI application inside the test's transaction: like Django's test client, keep
    each request from closing the connection that holds it."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_key(db) -> str:
    token = ApiToken(user=make_user("fuzzer"), name="schemathesis")
    key = token.set_new_key()
    token.save()
    return key


@pytest.fixture
def archive_data(db):
    """Speeches for the endpoints to find: quotations, slogans, placeholders, an index."""
    make_realistic_speech()
    make_layered_speech()
    speech_with("在全县统战工作会议上的讲话", "要做好统战工作。", "XX同志要抓好落实。")


# The schema is generated from the API's own code (the same as /api/openapi.json serves).
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_answers_every_request_within_its_schema(case, wsgi_app, api_key, archive_data):
    # The schema offers a session cookie or a token: with the valid token sent here, a
    # made-up session cookie is rightly ignored, which this check takes for a hole.
    # tests/test_api.py checks that a missing or wrong token is refused.
    excluded = [ignored_auth]
    if _headers_were_negative(case):
        # The invalid headers of a negative case are replaced by the valid token below, so the
        # request that reaches the API may be valid after all: do not demand a 4xx for it.
        excluded.append(negative_data_rejection)
    case.call_and_validate(
        base_url="http://testserver",
        app=wsgi_app,
        headers={"Authorization": f"Bearer {api_key}"},
        excluded_checks=excluded,
    )


def _headers_were_negative(case) -> bool:
    components = case.meta.components if case.meta else {}
    return any(
        location.name.lower() == "header" and info.mode.is_negative
        for location, info in components.items()
    )
