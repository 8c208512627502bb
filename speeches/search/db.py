"""The connection the search reads with: the router's choice for the search table.

Raw SQL bypasses the database router, so the search's queries use this instead of
`django.db.connection`: on a reading page with replicas configured it is the request's replica
(speecharchive/routers.py), otherwise the primary. Looked up on every attribute access.
"""

from __future__ import annotations

from typing import Any

from django.db import connections, router


class _ReadConnection:
    def __getattr__(self, name: str) -> Any:
        from .models import SearchDocument

        return getattr(connections[router.db_for_read(SearchDocument) or "default"], name)


connection = _ReadConnection()
