"""Adding a quotation by hand in a real Chromium: from the section's page to the saved quote."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from speeches.models import Quote, Speech
from tests.factories import make_section, make_speech, make_user

from .conftest import login, screenshot

# serialized_rollback: the 编辑 group comes from a data migration, which a flush would drop.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_editor_adds_a_quotation_from_the_section_page(page, user_password):
    user = make_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    login(page, "editor", user_password)
    speech = make_speech("在全县统战工作会议上的讲话")
    section = make_section(
        speech,
        position=1,
        anchor="s1",
        number="一、",
        heading="压实责任",
        body="总书记指出，统一战线是凝聚人心的重要法宝。各级要抓好落实。",
    )

    page.goto(f"/admin/speeches/section/{section.pk}/change/")
    screenshot(page, "admin-section-add-quote-link")
    page.get_by_role("link", name="添加引文").click()
    expect(page.locator("h1, h2").filter(has_text="添加引文").first).to_be_visible()
    page.locator("#id_text").fill("不在本节的话")
    page.get_by_role("button", name="保存", exact=True).click()
    expect(page.get_by_text("引文内容必须出现在所属章节", exact=False)).to_be_visible()
    screenshot(page, "admin-quote-add-error")

    page.locator("#id_text").fill("统一战线是凝聚人心的重要法宝")
    page.locator("#id_speaker").fill("总书记")
    page.locator("#id_change_reason").fill("原稿漏标引号")
    page.get_by_role("button", name="保存", exact=True).click()

    expect(page.locator(".messagelist .success")).to_be_visible()
    assert page.url.endswith(f"/admin/speeches/section/{section.pk}/change/")
    quote = Quote.objects.get()
    assert (quote.text, quote.speaker, quote.section_id) == (
        "统一战线是凝聚人心的重要法宝",
        "总书记",
        section.pk,
    )
    assert Speech.objects.get().version == 2
    page.goto(f"/admin/speeches/speech/{speech.pk}/change/")
    expect(page.locator(".sa-quotes").get_by_role("link", name="统一战线")).to_be_visible()

    # The delete page carries the version the editor loaded and a reason.
    page.goto(f"/admin/speeches/quote/{quote.pk}/delete/")
    page.locator("#id_change_reason").fill("误加")
    screenshot(page, "admin-quote-delete")
    page.locator("input[type=submit]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert not Quote.objects.exists()
    assert Speech.objects.get().version == 3
