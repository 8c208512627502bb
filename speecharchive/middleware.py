"""Small request/response guards shared by every page (see MIDDLEWARE in settings.py)."""

from __future__ import annotations

from django.conf import settings


def security_headers(get_response):
    """Permissions-Policy on every response: the browser features the archive never uses."""

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


def client_ip(request) -> str | None:
    """The client's address for login throttling (django-axes).

    Behind the documented nginx (TRUST_X_FORWARDED_FOR=1) that is the last address of
    X-Forwarded-For, the one nginx appended; earlier entries come from the client and are not
    trusted. Otherwise the socket's peer."""
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")
