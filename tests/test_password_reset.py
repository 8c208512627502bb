"""Password reset exists only where mail can be sent (EMAIL_URL); otherwise the login page says
whom to ask, and the reset pages are gone."""

import importlib

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.urls import NoReverseMatch, clear_url_caches, reverse

from speecharchive.mail import parse_email_url

from .factories import make_user

pytestmark = pytest.mark.django_db


def reload_urls():
    import speecharchive.auth_urls
    import speecharchive.urls

    importlib.reload(speecharchive.auth_urls)
    importlib.reload(speecharchive.urls)
    clear_url_caches()


@pytest.fixture
def with_mail(settings):
    settings.PASSWORD_RESET_ENABLED = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DEFAULT_FROM_EMAIL = "archive@example.org"
    reload_urls()
    yield
    settings.PASSWORD_RESET_ENABLED = False
    reload_urls()


@pytest.fixture
def without_mail(settings):
    settings.PASSWORD_RESET_ENABLED = False
    settings.SITE_ADMIN_CONTACT = "信息中心王工（电话 8888）"
    reload_urls()


def test_without_mail_the_login_page_names_whom_to_ask(client, without_mail):
    html = client.get(reverse("login")).content.decode()
    assert "忘记密码或需要开通账号，请联系信息中心王工（电话 8888）。" in html
    assert "password_reset" not in html


def test_without_mail_the_reset_pages_do_not_exist(client, without_mail):
    with pytest.raises(NoReverseMatch):
        reverse("password_reset")
    assert client.get("/accounts/password_reset/").status_code == 404
    assert client.post("/accounts/password_reset/", {"email": "a@b.c"}).status_code == 404
    assert client.get("/admin/password_reset/").status_code != 200


def test_with_mail_the_login_page_links_to_password_reset(client, with_mail):
    html = client.get(reverse("login")).content.decode()
    assert f'<a href="{reverse("password_reset")}">忘记密码？</a>' in html


def test_with_mail_a_reset_sends_a_chinese_mail_with_a_working_link(client, with_mail):
    make_user("reader", email="reader@example.org")
    response = client.post(reverse("password_reset"), {"email": "reader@example.org"})
    assert response.status_code == 302
    assert "请查收邮件" in client.get(response["Location"]).content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "讲话稿档案库：重设密码"
    link = next(line for line in message.body.splitlines() if "/accounts/reset/" in line)
    page = client.get(link.split("testserver", 1)[1], follow=True)
    html = page.content.decode()
    assert "设置新密码" in html
    form_url = page.redirect_chain[-1][0]
    done = client.post(
        form_url, {"new_password1": "Xq7-long-new-pass", "new_password2": "Xq7-long-new-pass"}
    )
    assert done.status_code == 302
    login = client.post(reverse("login"), {"username": "reader", "password": "Xq7-long-new-pass"})
    assert login.status_code == 302


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://mail.example.org", {"EMAIL_HOST": "mail.example.org", "EMAIL_PORT": 25}),
        (
            "submission://u%40x:p%2Fw@mail.example.org",
            {"EMAIL_PORT": 587, "EMAIL_USE_TLS": True, "EMAIL_HOST_USER": "u@x"},
        ),
        ("smtps://mail.example.org:2465", {"EMAIL_PORT": 2465, "EMAIL_USE_SSL": True}),
        ("smtp://mail.example.org?tls=1", {"EMAIL_USE_TLS": True}),
    ],
)
def test_email_url_is_read_into_the_mail_settings(url, expected):
    parsed = parse_email_url(url)
    assert parsed.items() >= expected.items()


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://", "smtp://host:port"])
def test_a_malformed_email_url_is_an_error(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        parse_email_url(url)


def test_email_url_without_a_sender_address_refuses_to_start():
    from .test_settings import run_manage

    result = run_manage("check", DJANGO_DEBUG="1", EMAIL_URL="smtp://mail.example.org")
    assert result.returncode != 0
    assert "DEFAULT_FROM_EMAIL must be set" in result.stderr
