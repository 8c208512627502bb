import os

import pytest

from .admin_helpers import make_editor
from .factories import make_user

IN_CI = os.environ.get("CI", "").lower() == "true"


def skip_or_fail(reason: str) -> None:
    """Missing infrastructure skips locally but fails in CI, where everything must run."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this must not be skipped)")
    pytest.skip(reason)


@pytest.fixture
def staff_user(db):
    return make_user("staff")


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def _fresh_search_statistics():
    """Each test sees its own database's statistics, not those cached by an earlier test."""
    from speeches.search.stats import clear_index_stats

    clear_index_stats()
    yield
    clear_index_stats()


@pytest.fixture(autouse=True)
def _fresh_quote_bank():
    """Each test computes its own quote bank (ids repeat across tests after a rollback)."""
    from speeches.quotebank import clear_cache

    clear_cache()
    yield
    clear_cache()


@pytest.fixture(autouse=True)
def _fresh_archive_cache():
    """Each test computes its own cached counts (the data version repeats after a rollback)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
