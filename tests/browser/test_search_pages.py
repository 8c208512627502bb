"""The search results page and the detail page's hit navigation in a real Chromium: labelled
snippets, 同段, the shared sidebar, 上一处/下一处 with the buttons and the n/p keys; screenshots
of the list, results, detail and slogans pages at desktop and phone widths."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.factories import make_quote, make_speech
from tests.search_helpers import speech_with

from .conftest import DESKTOP, PHONE, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("SHOTS_DIR") or Path(__file__).resolve().parents[2] / "artifacts")


def shoot(page, name: str) -> None:
    """Desktop (1366 px) and phone (390 px) full-page screenshots."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("1366", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=SHOTS / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def archive():
    """Three speeches: 统战 in several sections of the first, in one of the second; 民营经济
    only in another section of the first."""
    first = speech_with(
        "在全县统战工作会议上的讲话",
        "统战工作是党的重要法宝，要把统战工作摆上重要议事日程。",
        "民营经济是我县发展的重要力量，要支持民营经济健康发展。",
        "各级党委要加强对统战工作的领导，形成大统战工作格局。",
        headings={1: "充分认识做好新时代统战工作的重要意义", 3: "加强党对统战工作的领导"},
        meeting="全县统战工作会议",
        level="县",
        year=2021,
        speaker_role="县委书记",
        speaker_name="王建国",
    )
    for position, number in ((1, "一、"), (3, "三、")):
        first.sections.filter(position=position).update(number=number)
    second = speech_with(
        "在全市民营经济发展大会上的讲话",
        "统战部门和工商联要主动服务民营经济。",
        meeting="全市民营经济发展大会",
        level="市",
        year=2020,
    )
    speech_with("在乡村振兴工作会议上的讲话", "抓好乡村振兴。", level="县", year=2019)
    from speeches.search import reindex_speech

    reindex_speech(first)
    return first, second


def test_results_show_labelled_snippets_and_same_passage_narrows_them(logged_in_page):
    archive()
    page = logged_in_page
    page.goto("/search/?q=统战 民营经济")
    results = page.locator(".search-hit .result__title")
    expect(results).to_have_count(2)
    expect(page.locator(".search-totals")).to_contain_text("找到 2 篇讲话")
    # The first speech holds the terms in different sections: a snippet for each term.
    hit = page.locator(".search-hit").filter(has_text="在全县统战工作会议上的讲话")
    expect(hit.locator(".snippet mark", has_text="民营经济").first).to_be_visible()
    expect(hit.locator(".snippet mark", has_text="统战").first).to_be_visible()
    expect(hit.locator(".search-hit__meta")).to_contain_text("全县统战工作会议")
    expect(hit.locator(".search-hit__meta")).to_contain_text("2021年")
    expect(hit.locator(".search-hit__meta")).to_contain_text("县级")

    # 同段: only the speech with both terms in one passage.
    page.get_by_label("同段").check()
    page.get_by_role("button", name="搜索").last.click()
    expect(page).to_have_url(re.compile(r"scope=section"))
    expect(results).to_have_text(["在全市民营经济发展大会上的讲话"])
    expect(page.get_by_label("同段")).to_be_checked()
    assert axe_violations(page) == []


def test_a_snippet_label_leads_to_its_section(logged_in_page):
    first, _ = archive()
    page = logged_in_page
    page.goto("/search/?q=统战")
    label = page.locator(".snippet__label", has_text="三、加强党对统战工作的领导")
    expect(label).to_be_visible()
    label.click()
    expect(page).to_have_url(re.compile(rf"/speeches/{first.pk}/\?q=.*#s3$"))
    expect(page.locator("#search-hits-bar")).to_be_visible()


def test_the_sidebar_filters_the_results_and_keeps_the_query(logged_in_page):
    archive()
    page = logged_in_page
    page.goto("/search/?q=统战")
    expect(page.locator(".search-hit")).to_have_count(2)
    page.get_by_label("层级").select_option("市")
    page.get_by_role("button", name="筛选").click()
    expect(page.locator(".search-hit .result__title")).to_have_text(
        ["在全市民营经济发展大会上的讲话"]
    )
    expect(page.get_by_label("查找")).to_have_value("统战")
    expect(page.get_by_label("层级")).to_have_value("市")
    # The same sidebar as the browse page: one 全部 per select, 年份不详 offered.
    expect(page.get_by_label("层级").locator("option", has_text="全部")).to_have_count(1)
    expect(page.get_by_label("年份", exact=True).locator("option[value=unknown]")).to_have_text(
        "年份不详"
    )
    # On a phone the sidebar folds away so the results come first, as on the browse page.
    page.set_viewport_size(PHONE)
    page.reload()
    expect(page.locator("details.filters")).not_to_have_attribute("open", "")
    expect(page.locator(".search-hit").first).to_be_in_viewport()


def test_previous_and_next_step_through_the_hits_with_buttons_and_keys(logged_in_page):
    archive()
    page = logged_in_page
    page.goto("/search/?q=统战")
    page.get_by_role("link", name="在全县统战工作会议上的讲话").click()
    bar = page.locator("#search-hits-bar")
    expect(bar).to_be_visible()
    status = bar.locator(".search-hits-status")
    expect(status).to_contain_text("本篇 3 段")  # the title, the first and third sections
    total = int(bar.get_attribute("data-occurrences"))
    expect(status).to_contain_text(f"共 {total} 处")
    # The page marks exactly the hits the server counted.
    expect(bar).to_have_attribute("data-marked", str(total))
    assert total == 7  # the title 1, the first section 3 (its heading 1), the third 3 (heading 1)

    current = page.locator("mark.search-hit--current")
    expect(current).to_have_count(0)
    bar.get_by_role("button", name="下一处").click()
    expect(status).to_contain_text("第 1 处")
    expect(current).to_have_count(1)
    expect(current).to_be_in_viewport()
    bar.get_by_role("button", name="下一处").click()
    expect(status).to_contain_text("第 2 处")
    bar.get_by_role("button", name="上一处").click()
    expect(status).to_contain_text("第 1 处")
    bar.get_by_role("button", name="上一处").click()  # wraps round to the last
    expect(status).to_contain_text(f"第 {total} 处")

    page.locator("body").press("n")
    expect(status).to_contain_text("第 1 处")
    page.keyboard.press("n")
    expect(status).to_contain_text("第 2 处")
    page.keyboard.press("p")
    expect(status).to_contain_text("第 1 处")
    # Typing in the search box is not navigation.
    page.locator("#site-search-q").fill("")
    page.locator("#site-search-q").press("n")
    expect(status).to_contain_text("第 1 处")
    expect(page.locator("#site-search-q")).to_have_value("n")
    assert axe_violations(page) == []


def test_hits_across_a_quotation_mark_count_once(logged_in_page):
    speech = make_speech("一篇讲话", year=2020)
    from tests.factories import make_section

    section = make_section(speech, position=1, body="总书记强调坚持统一战线，统一战线是法宝。")
    make_quote(section, text="坚持统一", position=5)  # its <q> cuts 统一战线 in two
    from speeches.search import reindex_speech

    reindex_speech(speech)
    page = logged_in_page
    page.goto(f"{speech.get_absolute_url()}?q=统一战线")
    bar = page.locator("#search-hits-bar")
    expect(bar).to_have_attribute("data-occurrences", "2")
    expect(bar).to_have_attribute("data-marked", "2")
    bar.get_by_role("button", name="下一处").click()
    expect(page.locator("mark.search-hit--current")).to_have_count(2)  # one hit, two pieces


def test_the_slogan_tables_headers_stay_on_one_line_on_a_phone(logged_in_page):
    speech = make_speech("一篇讲话", sections=1)
    make_quote(speech.sections.first(), text="坚持大统战工作格局", kind="slogan", position=0)
    page = logged_in_page
    page.set_viewport_size(PHONE)
    page.goto("/quotes/slogans/")
    for name in ("次数", "篇数", "使用年份"):
        header = page.get_by_role("columnheader", name=name)
        line = float(header.evaluate("th => getComputedStyle(th).lineHeight").removesuffix("px"))
        padding = header.evaluate(
            "th => parseFloat(getComputedStyle(th).paddingTop) + "
            "parseFloat(getComputedStyle(th).paddingBottom)"
        )
        assert header.bounding_box()["height"] - padding < 1.5 * line, name


def test_screenshots_of_the_pages_touched(logged_in_page):
    first, _ = archive()
    make_speech("年份不详的一篇讲话", year=None, level="市", genre="致辞")
    make_quote(first.sections.first(), text="坚持大统战工作格局", kind="slogan", position=0)
    page = logged_in_page
    for name, url in (
        ("list", "/"),
        ("list-unknown-value", "/?level=city&year=unknown"),
        ("search", "/search/?q=统战 民营经济"),
        ("detail", f"{first.get_absolute_url()}?q=统战"),
        ("slogans", "/quotes/slogans/"),
    ):
        page.goto(url)
        expect(page.locator("main")).to_be_visible()
        if name == "detail":
            page.locator("#search-hits-bar").get_by_role("button", name="下一处").click()
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, name
        shoot(page, name)
