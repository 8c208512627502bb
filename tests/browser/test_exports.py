"""Downloads and copies in a real Chromium: copying works on a plain-http intranet address,
a part's copy takes its sub-points, and the download buttons give files named in Chinese."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.export_helpers import make_layered_speech
from tests.factories import make_speech, make_user
from tests.search_helpers import speech_with
from tests.speech_samples import TITLE, make_realistic_speech

from .conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, axe_violations, login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# An intranet name for the test server: http:// on a name other than localhost is not a secure
# context, so the page has no navigator.clipboard, as on an office network without https.
INTRANET = "archive.test"
CITATION = (
    "——《在县委统一战线工作领导小组2020年第一次会议上的讲话》，"
    "县委统一战线工作领导小组2020年第一次会议，2020年3月5日"
)


@pytest.fixture(scope="module")
def intranet_browser(browser):
    """A second Chromium (same Playwright) that resolves INTRANET to this machine."""
    launched = browser.browser_type.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {INTRANET} 127.0.0.1"],
    )
    yield launched
    launched.close()


@pytest.fixture
def intranet(intranet_browser, live_server, settings, user_password):
    """(insecure page on http://archive.test:PORT, secure page on the live server's own
    http://127.0.0.1 origin, which may read the clipboard), both logged in."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, INTRANET]
    port = urlsplit(live_server.url).port
    make_user("reader")
    insecure = intranet_browser.new_context(
        base_url=f"http://{INTRANET}:{port}", viewport=DESKTOP, locale="zh-CN"
    )
    secure = intranet_browser.new_context(base_url=live_server.url, locale="zh-CN")
    secure.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    pages = insecure.new_page(), secure.new_page()
    for page in pages:
        page.set_default_timeout(10_000)
        login(page, "reader", user_password)
    yield pages
    insecure.close()
    secure.close()


def clipboard(page) -> str:
    """What the clipboard holds, read on a blank page of the page's (secure, permitted) origin:
    the archive's own pages forbid reading it (Permissions-Policy: clipboard-read=())."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    reader = page.context.new_page()
    reader.route(
        f"{origin}/__clipboard__", lambda route: route.fulfill(body="", content_type="text/html")
    )
    try:
        reader.goto(f"{origin}/__clipboard__")
        return reader.evaluate("() => navigator.clipboard.readText()")
    finally:
        reader.close()


def test_copy_on_a_plain_http_intranet_address_still_reaches_the_clipboard(intranet):
    insecure, secure = intranet
    speech = make_realistic_speech()
    insecure.goto(speech.get_absolute_url())
    assert insecure.evaluate("() => [window.isSecureContext, 'clipboard' in navigator]") == [
        False,
        False,
    ]
    insecure.locator("#s2-2").get_by_role("button", name="复制本节").click()
    expect(insecure.get_by_role("status").filter(has_text="已复制本节及出处")).to_be_visible()
    secure.goto("/")
    assert clipboard(secure).splitlines() == [
        "二是努力做好非公有制经济领域统战工作。",
        "要构建亲清政商关系，牢牢把握促进“两个健康”主题，立足XX实际，"
        "搭建党委、政府与企业、商会沟通协商的平台。",
        CITATION,
    ]
    insecure.get_by_role("button", name="复制提纲").click()
    expect(insecure.get_by_role("status").filter(has_text="已复制提纲及出处")).to_be_visible()
    assert clipboard(secure).splitlines()[:3] == [
        TITLE,
        "一、做好新时代统战工作，必须坚定不移坚持和加强党的领导",
        "二、做好新时代统战工作，必须着力解决人心和力量问题",
    ]


def test_where_no_copy_works_a_dialog_offers_the_text_selected(intranet):
    insecure, _ = intranet
    speech = make_realistic_speech()
    insecure.goto(speech.get_absolute_url())
    insecure.evaluate("() => { document.execCommand = () => false; }")
    insecure.get_by_role("button", name="复制全文").click()
    dialog = insecure.get_by_role("dialog", name="请手动复制")
    expect(dialog).to_be_visible()
    text = dialog.locator("textarea")
    expect(text).to_be_focused()
    value = text.input_value()
    assert value.startswith(TITLE + "\n同志们：\n今天我们")
    assert value.endswith(CITATION)
    selected = insecure.evaluate("() => document.getSelection().toString().length")
    assert selected in (0, len(value))  # textarea selections are not the document's in Chromium
    assert insecure.evaluate(
        "() => { const t = document.querySelector('#copy-dialog textarea');"
        " return t.selectionEnd - t.selectionStart; }"
    ) == len(value)
    dialog.get_by_role("button", name="关闭").click()
    expect(dialog).to_be_hidden()


def test_copying_a_part_takes_its_sub_points(logged_in_page):
    speech = make_layered_speech()
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    page.locator("#s1").get_by_role("button", name="复制本节").click()
    expect(page.get_by_role("status").filter(has_text="已复制")).to_be_visible()
    lines = clipboard(page).splitlines()
    assert lines[0] == "一、提高政治站位"
    assert "（一）加强组织领导。" in lines
    assert "1.明确责任分工：" in lines
    assert "一是抓好督促落实。" in lines
    assert "二、强化保障措施" not in lines
    assert lines[-1].startswith(f"——《{speech.title}》")


def test_copy_all_takes_the_whole_speech_with_its_citation(logged_in_page):
    speech = make_realistic_speech()
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    page.get_by_role("button", name="复制全文").click()
    expect(page.get_by_role("status").filter(has_text="已复制全文及出处")).to_be_visible()
    lines = clipboard(page).splitlines()
    assert lines[:3] == [TITLE, "同志们：", lines[2]]
    assert "二是构建好统战工作格局。" in lines
    assert lines[-2] == "今天的会议到此结束，散会。"
    assert lines[-1] == CITATION


def test_the_download_buttons_give_files_named_after_the_title(logged_in_page):
    speech = make_realistic_speech()
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    tools = page.get_by_role("region", name="下载与复制")
    for row, link, name in [
        ("下载全文", "Word", f"{TITLE}.docx"),
        ("下载全文", "纯文本（GB18030）", f"{TITLE}.txt"),
        ("下载提纲", "Markdown", f"{TITLE}（提纲）.md"),
    ]:
        with page.expect_download() as download:
            tools.locator(".speech-tools__row", has_text=row).get_by_role("link", name=link).click()
        assert download.value.suggested_filename == name


def test_the_list_offers_the_catalogue_and_the_archive(logged_in_page):
    for n in range(3):
        make_speech(f"在全县第{n}次工作会议上的讲话", year=2018 + n)
    page = logged_in_page
    page.goto("/?year_min=2019")
    tools = page.get_by_role("group", name="批量下载")
    with page.expect_download() as download:
        tools.get_by_role("link", name="下载目录（Excel）").click()
    assert re.fullmatch(r"讲话稿目录（\d{4}-\d\d-\d\d）\.xlsx", download.value.suggested_filename)
    with page.expect_download() as download:
        tools.get_by_role("link", name="打包下载（Word）").click()
    assert download.value.suggested_filename == "讲话稿（2篇）.zip"


def test_screenshots_of_the_new_buttons(logged_in_page):
    speech = make_realistic_speech()
    for n in range(3):
        make_speech(f"在全县第{n}次工作会议上的讲话", year=2018 + n)
    page = logged_in_page
    page.goto(speech.get_absolute_url())
    expect(page.get_by_role("button", name="复制全文")).to_be_visible()
    screenshot(page, "exports-detail")
    assert axe_violations(page) == []
    page.goto("/")
    expect(page.get_by_role("group", name="批量下载")).to_be_visible()
    screenshot(page, "exports-list")
    assert axe_violations(page) == []
    speech_with("在全县统战工作会议上的讲话", "要做好统战工作。", year=2021)
    page.goto("/search/?q=统战")
    expect(page.get_by_role("group", name="批量下载")).to_be_visible()
    screenshot(page, "exports-search")
