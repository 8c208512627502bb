"""The reading pages in a real Chromium: log in, browse, read, copy, follow a quotation."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_quote, make_section, make_speech, make_user
from tests.speech_samples import TITLE, make_realistic_speech

from .conftest import axe_violations, login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_anonymous_visitors_are_sent_to_login_and_back(page, user_password):
    make_user("reader")
    speech = make_realistic_speech()
    page.goto(speech.get_absolute_url())
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/speeches/\d+/$"))
    expect(page.get_by_role("heading", name="登录讲话稿档案库")).to_be_visible()
    expect(page.get_by_text(TITLE)).to_have_count(0)

    page.get_by_label("用户名").fill("reader")
    page.get_by_label("密码").fill(user_password)
    page.get_by_role("button", name="登录").click()
    expect(page).to_have_url(re.compile(rf"/speeches/{speech.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)


def test_a_wrong_password_is_reported(page):
    make_user("reader")
    login(page, "reader", "wrong-password")
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def test_logging_out_returns_to_the_login_page(logged_in_page):
    page = logged_in_page
    expect(page.locator(".site-user__name")).to_have_text("reader")
    page.get_by_role("button", name="退出登录").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))


def test_browsing_filters_by_level_and_year(logged_in_page):
    make_speech("县里2020年的讲话", level="县", year=2020)
    make_speech("县里2019年的讲话", level="县", year=2019)
    make_speech("省里2020年的讲话", level="省", year=2020)
    page = logged_in_page
    page.goto("/")
    results = page.locator(".result__title")
    expect(results).to_have_count(3)

    page.get_by_label("层级").select_option("县")
    page.get_by_role("button", name="筛选").click()
    expect(results).to_have_text(["县里2020年的讲话", "县里2019年的讲话"])
    # The year options now count only 县 speeches.
    expect(page.get_by_label("年份", exact=True).locator("option[value='2020']")).to_have_text(
        "2020年（1）"
    )

    page.get_by_label("年份", exact=True).select_option("2020")
    page.get_by_role("button", name="筛选").click()
    expect(results).to_have_text(["县里2020年的讲话"])
    expect(page.get_by_label("层级")).to_have_value("县")
    expect(page.get_by_label("年份", exact=True)).to_have_value("2020")

    page.get_by_role("link", name="县里2020年的讲话").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("县里2020年的讲话")


def test_clicking_an_outline_entry_lands_on_its_section(logged_in_page):
    speech = make_realistic_speech()
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    outline = page.get_by_role("navigation", name="提纲")
    outline.get_by_role("link", name="二是构建好统战工作格局。").click()
    expect(page).to_have_url(re.compile(r"#s3-2$"))
    target = page.locator("#s3-2")
    expect(target).to_be_in_viewport()
    expect(target.get_by_role("heading")).to_have_text("二是构建好统战工作格局。")
    # The script marks the entry of the section being read, and only that one.
    expect(outline.locator("a[aria-current='true']")).to_have_text(["二是构建好统战工作格局。"])

    outline.get_by_role("link", name="二、做好新时代统战工作，必须着力解决人心和力量问题").click()
    expect(page).to_have_url(re.compile(r"#s2$"))
    expect(page.locator("#s2")).to_be_in_viewport()
    expect(outline.locator("a[aria-current='true']")).to_have_text(
        ["二、做好新时代统战工作，必须着力解决人心和力量问题"]
    )


def test_copying_a_section_puts_its_text_and_citation_on_the_clipboard(logged_in_page):
    speech = make_realistic_speech()
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    section = page.locator("#s2-2")
    section.get_by_role("button", name="复制本节").click()
    expect(page.get_by_role("status").filter(has_text="已复制")).to_be_visible()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.splitlines() == [
        "二是努力做好非公有制经济领域统战工作。",
        "要构建亲清政商关系，牢牢把握促进“两个健康”主题，立足XX实际，"
        "搭建党委、政府与企业、商会沟通协商的平台。",
        "——《在县委统一战线工作领导小组2020年第一次会议上的讲话》，"
        "县委统一战线工作领导小组2020年第一次会议，2020年3月5日",
    ]


def test_the_copy_button_stays_hidden_without_javascript(browser, live_server, user_password):
    make_user("reader")
    speech = make_realistic_speech()
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        login(page, "reader", user_password)
        page.goto(speech.get_absolute_url())
        expect(page.get_by_role("button", name="复制本节")).to_have_count(0)
        expect(page.get_by_role("link", name="本节链接").first).to_be_visible()
        expect(page.get_by_role("navigation", name="提纲").get_by_role("link")).to_have_count(7)
    finally:
        context.close()


def test_a_quotation_in_the_bank_leads_to_its_context(logged_in_page):
    speech = make_realistic_speech()
    other = make_speech("另一篇讲话", year=2021)
    make_quote(
        make_section(
            other,
            position=1,
            anchor="s1",
            body="人心向背、力量对比是决定事业成败的关键、是最大的政治。",
        ),
        text="人心向背、力量对比是决定事业成败的关键、是最大的政治。",
    )
    page = logged_in_page
    page.goto("/quotes/")
    entry = page.locator(".quote-entry").filter(has_text="人心向背")
    expect(entry.locator(".quote-entry__count")).to_have_text("用于 2 篇讲话稿")
    entry.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(rf"/speeches/{speech.pk}/#s1$"))
    expect(page.locator("#s1")).to_be_in_viewport()
    expect(page.locator("#s1 q.mark-quotation").first).to_have_attribute(
        "title", "习近平总书记指出"
    )


def test_the_slogan_list_shows_years(logged_in_page):
    make_realistic_speech()
    page = logged_in_page
    page.goto("/quotes/slogans/")
    row = page.get_by_role("row").filter(has_text="两个维护")
    expect(row.get_by_role("cell").last).to_have_text("2020")


PAGES = {
    "list": "/",
    "detail": None,  # the realistic speech, filled in below
    "quotes": "/quotes/",
    "slogans": "/quotes/slogans/",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_has_no_serious_accessibility_violations(logged_in_page, name):
    speech = make_realistic_speech()
    for i in range(3):
        make_speech(f"在全县第{i}次工作会议上的讲话", year=2018 + i, needs_review=i == 1)
    page = logged_in_page
    page.goto(PAGES[name] or speech.get_absolute_url())
    expect(page.locator("main")).to_be_visible()
    screenshot(page, name)
    assert axe_violations(page) == []


def test_the_login_page_has_no_serious_accessibility_violations(page):
    page.goto("/accounts/login/")
    screenshot(page, "login")
    assert axe_violations(page) == []


def test_the_detail_page_fits_a_phone_without_sideways_scrolling(logged_in_page):
    speech = make_realistic_speech()
    page = logged_in_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(speech.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    # The outline folds away on a phone, so the speech starts near the top.
    expect(page.locator("details.outline")).not_to_have_attribute("open", "")


def test_the_print_stylesheet_hides_navigation(logged_in_page):
    speech = make_realistic_speech()
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".outline")).to_be_hidden()
    expect(page.locator(".neighbours")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_the_browse_filters_fold_away_on_a_phone(logged_in_page):
    make_speech("一篇讲话")
    page = logged_in_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    expect(page.locator("details.filters")).not_to_have_attribute("open", "")
    expect(page.get_by_role("link", name="一篇讲话")).to_be_in_viewport()
    page.locator("details.filters summary").click()
    expect(page.get_by_label("层级")).to_be_visible()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
