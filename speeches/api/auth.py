"""Who may call the API: a logged-in user (the session cookie) or the bearer of an API token."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from .models import ApiToken, hash_key

# A token's last use is written at most this often: not one UPDATE per request.
TOUCH_EVERY = dt.timedelta(hours=1)


class TokenAuth(HttpBearer):
    """`Authorization: Bearer sa_…` with an active token of an active user."""

    openapi_description = "管理员在后台为用户创建的 API 令牌：Authorization: Bearer <令牌>"

    def authenticate(self, request: HttpRequest, token: str) -> AbstractBaseUser | None:
        # query: the token with its user
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=hash_key(token), is_active=True, user__is_active=True)
            .first()
        )
        if found is None:
            return None
        now = timezone.now()
        if found.last_used_at is None or now - found.last_used_at > TOUCH_EVERY:
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        return found.user


class LoginSession(SessionAuth):
    """The browser's session, as on the pages. Read-only API: no CSRF token is needed."""

    openapi_description = "已登录用户的会话 Cookie"


session_auth = LoginSession(csrf=False)
token_auth = TokenAuth()


def require_reader(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For the schema and the docs page: a session or a token; the docs send a browser to log in."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if session_auth(request) or token_auth(request):
            return view(request, *args, **kwargs)
        if request.path.endswith("/docs/"):
            return redirect_to_login(request.get_full_path())
        return JsonResponse(
            {"detail": "需要登录或有效的 API 令牌"},
            status=401,
            json_dumps_params={"ensure_ascii": False},
        )

    return wrapped
