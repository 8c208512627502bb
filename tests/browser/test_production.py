"""What production adds, in a real Chromium: no Content-Security-Policy violation on any page
(reading pages and the admin), the Chinese error pages and the login help, screenshotted at
1366 and 390 px into artifacts/."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from tests.factories import make_quote, make_user
from tests.speech_samples import make_realistic_speech

from .conftest import axe_violations, login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def test_no_page_breaks_the_content_security_policy(page, user_password):
    User.objects.create_superuser("root", password=user_password)
    speech = make_realistic_speech()
    make_quote(speech.sections.first(), text="江山就是人民", position=0)
    page.add_init_script(RECORD_VIOLATIONS)
    login(page, "root", user_password)
    urls = [
        "/",
        speech.get_absolute_url() + "?q=工作",
        "/search/?q=工作",
        "/quotes/",
        "/quotes/slogans/",
        "/admin/",
        "/admin/speeches/speech/",
        f"/admin/speeches/speech/{speech.pk}/change/",
        f"/admin/speeches/speech/{speech.pk}/history/",
        "/admin/speeches/section/",
        "/no-such-page/",
    ]
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], url


def test_the_login_page_says_whom_to_ask_for_a_password(page, settings):
    page.goto("/accounts/login/")
    expect(
        page.get_by_text(f"忘记密码或需要开通账号，请联系{settings.SITE_ADMIN_CONTACT}。")
    ).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "login")


def test_a_locked_out_login_shows_the_chinese_lockout_page(page):
    make_user("reader")
    for _ in range(10):
        login(page, "reader", "wrong-password")
    expect(page.get_by_role("heading", name="登录已暂停")).to_be_visible()
    expect(page.get_by_text("登录已暂停 15 分钟")).to_be_visible()
    screenshot(page, "locked-out")


def test_the_error_pages_are_chinese_in_the_site_layout(page, user_password, settings):
    User.objects.create_superuser("root", password=user_password)
    make_user("clerk", is_staff=True)
    speech = make_realistic_speech()

    page.goto("/no-such-page/")
    expect(page.get_by_role("heading", name="找不到该页面")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "error-404")

    login(page, "clerk", user_password)
    page.goto(f"/admin/speeches/speech/{speech.pk}/change/")
    expect(page.get_by_role("heading", name="没有访问权限")).to_be_visible()
    screenshot(page, "error-403")

    page.context.clear_cookies()
    login(page, "root", user_password)
    page.goto("/admin/speeches/speech/?level=%00")
    expect(page.get_by_role("heading", name="请求有误，无法处理")).to_be_visible()
    expect(page.locator(".site-nav")).to_be_visible()  # the site's layout, signed in
    screenshot(page, "error-400")

    settings.ROOT_URLCONF = "tests.test_error_pages"  # adds /explode/, a view that fails
    page.goto("/explode/")
    expect(page.get_by_role("heading", name="服务器出错了")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "error-500")
