"""Reuse in a real browser: from a reused passage into the compare page, and the trend chart."""

from pathlib import Path

import pytest

from speeches import search
from speeches.models import Speech
from tests.reuse_helpers import edited, paragraph, speech_with

from .conftest import DESKTOP, PHONE, axe_violations

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/shots/reuse")


def shoot(page, name: str) -> None:
    """Desktop and phone screenshots for a look (kept outside the repository)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("1366", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=SHOTS / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def archive():
    text = paragraph(1, 220)
    source = speech_with(
        paragraph(2, 120) + "必须做到两个维护。",
        text,
        title="在2022年全县经济工作会议上的讲话",
        meeting="2022年全县经济工作会议",
        year=2022,
    )
    copy = speech_with(
        edited(text, 1, share=0.88),
        paragraph(3, 120) + "增强四个意识，做到两个维护。",
        title="在2023年全县经济工作会议上的讲话",
        meeting="2023年全县经济工作会议",
        year=2023,
    )
    for speech in Speech.objects.all():
        search.reindex_speech(speech)
    return source, copy


def test_a_reuse_link_leads_into_the_compare_page(logged_in_page):
    page = logged_in_page
    source, _ = archive()
    page.goto(source.get_absolute_url())
    note = page.locator(".reuse-note")
    assert note.locator("summary").inner_text().startswith("与 1 篇讲话相似")
    shoot(page, "detail")
    note.locator("summary").click()
    assert "在2023年全县经济工作会议上的讲话" in note.inner_text()
    assert page.locator(".related").get_by_text("同一会议系列：全县经济工作会议").is_visible()
    assert axe_violations(page) == []
    note.get_by_role("link", name="对比").click()
    page.wait_for_url("**/compare/**")
    row = page.locator(".compare__row--shared")
    assert row.count() == 1
    assert row.locator("del").count() >= 1 and row.locator("ins").count() >= 1
    assert page.locator("#a-s2").is_visible()
    assert axe_violations(page) == []
    shoot(page, "compare")


def test_the_trend_chart_renders_with_its_table(logged_in_page):
    page = logged_in_page
    archive()
    page.goto("/trends/?q=两个维护&q=四个意识")
    chart = page.get_by_role("img", name="各年使用两个维护、四个意识的讲话篇数")
    assert chart.is_visible()
    assert chart.locator("polyline").count() == 2
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    rows = page.locator(".trend-table tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).inner_text().split() == ["2022", "1", "0"]
    assert rows.nth(1).inner_text().split() == ["2023", "1", "1"]
    assert axe_violations(page) == []
    shoot(page, "trends")
    page.goto("/reuse/")
    assert page.locator(".reuse-ranking__item").count() == 1
    assert axe_violations(page) == []
    shoot(page, "reuse")
