"""The 400/403/404/500 pages: Simplified Chinese, in the site's layout, with DEBUG off (as
pytest-django runs every test); the 500 page never touches the database."""

import logging

import pytest
from django.contrib.auth.models import User
from django.test import Client, RequestFactory
from django.urls import include, path
from django.views.defaults import server_error

from .factories import make_speech, make_user


def explode(request):
    raise RuntimeError("a bug")


# This module is the URLconf of the tests marked below: the site's URLs plus a view that fails.
urlpatterns = [path("explode/", explode), path("", include("speecharchive.urls"))]


def assert_site_page(response, status: int, heading: str) -> str:
    html = response.content.decode()
    assert response.status_code == status
    assert 'lang="zh-CN"' in html
    assert 'class="site-header"' in html
    assert "css/site.css" in html
    assert f"<h1>{heading}</h1>" in html
    assert f"错误代码 {status}" in html
    return html


def test_the_debug_setting_is_off_in_these_tests(settings):
    assert settings.DEBUG is False


@pytest.mark.django_db
def test_an_unknown_page_is_a_chinese_404(client):
    html = assert_site_page(client.get("/no-such-page/"), 404, "找不到该页面")
    assert "返回讲话稿列表" in html


@pytest.mark.django_db
def test_a_missing_speech_is_a_chinese_404_with_the_navigation(staff_client):
    html = assert_site_page(staff_client.get("/speeches/999999/"), 404, "找不到该页面")
    assert 'aria-label="主导航"' in html


@pytest.mark.django_db
def test_a_bad_request_is_a_chinese_400(client):
    client.force_login(User.objects.create_superuser("root", password="pw-for-tests-only"))
    response = client.get("/admin/speeches/speech/?level=%00")
    assert_site_page(response, 400, "请求有误，无法处理")


@pytest.mark.django_db
def test_a_foreign_host_is_a_400_logged_as_one_line(client, caplog):
    with caplog.at_level(logging.WARNING):
        response = client.get("/accounts/login/", HTTP_HOST="evil.example")
    assert_site_page(response, 400, "请求有误，无法处理")
    records = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert len(records) == 1
    assert "evil.example" in records[0].getMessage()


@pytest.mark.django_db
def test_a_page_without_permission_is_a_chinese_403_naming_whom_to_ask(client, settings):
    make_user("clerk", is_staff=True)
    speech = make_speech()
    client.force_login(User.objects.get(username="clerk"))
    response = client.get(f"/admin/speeches/speech/{speech.pk}/change/")
    html = assert_site_page(response, 403, "没有访问权限")
    assert settings.SITE_ADMIN_CONTACT in html


@pytest.mark.django_db
def test_a_form_without_its_csrf_token_is_a_chinese_403():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "a", "password": "b"})
    assert_site_page(response, 403, "页面已过期，请重新提交")


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_failing_view_is_a_chinese_500(staff_client, caplog):
    staff_client.raise_request_exception = False
    with caplog.at_level(logging.ERROR):
        response = staff_client.get("/explode/")
    html = assert_site_page(response, 500, "服务器出错了")
    assert "a bug" not in html
    assert any(r.name == "django.request" and r.levelno == logging.ERROR for r in caplog.records)


def test_the_500_page_renders_without_the_database():
    # No `db` fixture: any query here fails the test.
    response = server_error(RequestFactory().get("/"))
    html = assert_site_page(response, 500, "服务器出错了")
    assert "退出登录" not in html  # no user, no session
