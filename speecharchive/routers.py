"""Read-only pages on streaming replicas (DATABASE_REPLICA_URLS; docs/deploy.md).

A GET or HEAD of a reading page (the `speeches` URL namespace: browse, a speech, quotes,
slogans, search) reads the archive's tables from one replica, chosen per request. Everything
else stays on the primary: writes, the admin (an editor sees what they just saved), logins and
sessions (a session written at login must be found at once, whatever the replication lag).
"""

from __future__ import annotations

import random
from contextvars import ContextVar

from django.conf import settings

_replica: ContextVar[str | None] = ContextVar("replica", default=None)


def replicas() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        alias = _replica.get()
        if alias is not None and model._meta.app_label == "speeches":
            return alias
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every alias holds the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"  # replicas follow the primary's schema by replication


class ReplicaReadsMiddleware:
    """Send the archive's reads of a reading page to a replica for the length of the request."""

    READING = {"GET", "HEAD"}

    def __init__(self, get_response):
        self.get_response = get_response
        self.aliases = replicas()

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            token = getattr(request, "_replica_token", None)
            if token is not None:
                _replica.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if self.aliases and request.method in self.READING and match.namespace == "speeches":
            request._replica_token = _replica.set(random.choice(self.aliases))
