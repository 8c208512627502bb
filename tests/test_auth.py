from urllib.parse import quote

import pytest
from django.urls import reverse

from .factories import make_speech, make_user

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")
PASSWORD = "pw-for-tests-only"


# Every staff page, with the arguments it needs ("speech" stands for an existing speech's id).
STAFF_PAGES = [
    ("speeches:list", ()),
    ("speeches:detail", ("speech",)),
    ("speeches:quotes", ()),
    ("speeches:slogans", ()),
    ("speeches:search", ()),
    ("speeches:download", ("speech", "docx")),
    ("speeches:export_catalogue", ()),
    ("speeches:export_archive", ()),
]


@pytest.mark.parametrize(("name", "args"), STAFF_PAGES)
def test_every_page_sends_anonymous_visitors_to_login(client, name, args):
    speech = make_speech("不应被匿名看到的讲话")
    url = reverse(name, args=[speech.pk if arg == "speech" else arg for arg in args])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={quote(url)}"
    assert "不应被匿名看到的讲话" not in response.content.decode()


def test_anonymous_visitors_never_see_a_speech(client):
    speech = make_speech("机密讲话")
    response = client.get(speech.get_absolute_url(), follow=True)
    assert "机密讲话" not in response.content.decode()


def test_the_login_page_is_in_chinese(client):
    response = client.get(LOGIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="zh-CN"' in html
    assert "登录讲话稿档案库" in html
    assert '<label for="id_username">用户名</label>' in html
    assert '<label for="id_password">密码</label>' in html
    assert '<button type="submit">登录</button>' in html
    assert 'role="search"' not in html  # no header search before logging in


def test_a_wrong_password_shows_an_error(client):
    make_user("reader")
    response = client.post(LOGIN, {"username": "reader", "password": "wrong"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_logging_in_goes_to_the_list(client):
    make_user("reader")
    response = client.post(LOGIN, {"username": "reader", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("speeches:list")


def test_logging_in_honours_a_local_next(client):
    make_user("reader")
    speech = make_speech()
    response = client.post(
        LOGIN, {"username": "reader", "password": PASSWORD, "next": speech.get_absolute_url()}
    )
    assert response["Location"] == speech.get_absolute_url()


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "http://testserver.evil/"]
)
def test_logging_in_ignores_a_foreign_next(client, next_url):
    make_user("reader")
    response = client.post(LOGIN, {"username": "reader", "password": PASSWORD, "next": next_url})
    assert response["Location"] == reverse("speeches:list")


def test_the_login_page_keeps_next_in_the_form(client):
    response = client.get(LOGIN, {"next": "/quotes/"})
    assert '<input type="hidden" name="next" value="/quotes/">' in response.content.decode()


def test_logout_is_a_post_that_ends_the_session(staff_client):
    assert staff_client.get(reverse("speeches:list")).status_code == 200
    response = staff_client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert staff_client.get(reverse("speeches:list")).status_code == 302


def test_logout_by_get_is_refused(staff_client):
    assert staff_client.get(reverse("logout")).status_code == 405
    assert staff_client.get(reverse("speeches:list")).status_code == 200
