"""Login throttling (django-axes): 10 failures for one user from one address lock that pair out
for 15 minutes, with a Chinese page; failures and lockouts are logged; axes_reset unlocks."""

import logging

import pytest
from django.core.management import call_command
from django.urls import reverse

from .factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")
PASSWORD = "pw-for-tests-only"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Each try checks a password: a fast hasher keeps a hundred tries quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def attempt(client, password: str, username: str = "reader", ip: str = "10.1.1.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail(client, times: int, **kwargs) -> None:
    for _ in range(times):
        assert attempt(client, "wrong", **kwargs).status_code == 200


def lock_out(client, **kwargs) -> None:
    fail(client, 9, **kwargs)
    assert attempt(client, "wrong", **kwargs).status_code == 429


def test_nine_failures_still_allow_the_right_password(client):
    make_user("reader")
    fail(client, 9)
    assert attempt(client, PASSWORD).status_code == 302


def test_the_tenth_failure_locks_the_user_out_with_a_chinese_page(client):
    make_user("reader")
    fail(client, 9)
    response = attempt(client, "wrong")
    assert response.status_code == 429
    html = response.content.decode()
    assert "登录已暂停" in html
    assert "连续 10 次登录失败" in html
    assert "15 分钟" in html
    # Even the right password is refused while locked out.
    assert attempt(client, PASSWORD).status_code == 429


def test_the_lock_holds_only_for_that_user_from_that_address(client):
    make_user("reader")
    make_user("other")
    lock_out(client)
    assert attempt(client, PASSWORD, ip="10.2.2.2").status_code == 302
    client.logout()
    assert attempt(client, PASSWORD, username="other").status_code == 302


def test_the_lock_ends_after_15_minutes(client, settings):
    import datetime as dt

    from axes.models import AccessAttempt

    make_user("reader")
    lock_out(client)
    AccessAttempt.objects.update(attempt_time=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert attempt(client, PASSWORD).status_code == 302


def test_axes_reset_unlocks_at_once(client):
    make_user("reader")
    lock_out(client)
    call_command("axes_reset", verbosity=0)
    assert attempt(client, PASSWORD).status_code == 302


def test_failures_and_the_lockout_are_logged_as_warnings(client, caplog):
    make_user("reader")
    with caplog.at_level(logging.INFO):
        fail(client, 1)
        failures = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert failures and "reader" in failures[-1].getMessage()
        fail(client, 8)
        attempt(client, "wrong")
    lockouts = [r for r in caplog.records if "Locking out" in r.getMessage()]
    assert len(lockouts) >= 1
    assert lockouts[0].levelno == logging.WARNING
    assert "10.1.1.1" in lockouts[0].getMessage()


def test_the_admin_login_is_throttled_too(client):
    make_user("reader", is_staff=True)
    url = reverse("admin:login")
    for _ in range(10):
        client.post(url, {"username": "reader", "password": "wrong"}, REMOTE_ADDR="10.1.1.1")
    response = client.post(
        url, {"username": "reader", "password": PASSWORD}, REMOTE_ADDR="10.1.1.1"
    )
    assert response.status_code == 429


def test_behind_the_proxy_the_client_is_the_last_forwarded_address(rf, settings):
    from speecharchive.middleware import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 10.9.8.7", REMOTE_ADDR="127.0.0.1")
    settings.TRUST_X_FORWARDED_FOR = False
    assert client_ip(request) == "127.0.0.1"
    settings.TRUST_X_FORWARDED_FOR = True
    assert client_ip(request) == "10.9.8.7"  # the address nginx appended; 6.6.6.6 is spoofable
