"""Project-level views: the health check a load balancer or monitor polls, the lockout page."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .routers import replicas

logger = logging.getLogger(__name__)


def _database_answers(alias: str) -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("health check: database %s does not answer: %s", alias, exc)
        return False
    return True


@login_not_required
@never_cache
@require_safe
def healthz(request):
    """200 with {"status": "ok", ...} when every database answers, else 503. No login, no
    session, no template: one `SELECT 1` per database."""
    started = time.perf_counter()
    databases = {alias: _database_answers(alias) for alias in ["default", *replicas()]}
    healthy = all(databases.values())
    body = {
        "status": "ok" if healthy else "error",
        "database": "ok" if databases.pop("default") else "unavailable",
    }
    if databases:
        body["replicas"] = {alias: "ok" if up else "unavailable" for alias, up in databases.items()}
    body["time_ms"] = round((time.perf_counter() - started) * 1000, 1)
    response = JsonResponse(body, status=200 if healthy else 503)
    # A failing check was logged above as a warning; Django would log the 503 again as an error.
    response._has_been_logged = True
    return response


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a login while locked out: 429 with the page in Chinese."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "registration/locked_out.html", context, status=429)
