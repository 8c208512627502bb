"""An editor fixes a heading in the admin, in a real Chromium; readers see the fix at once."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.factories import make_section, make_speech, make_user

from .conftest import login, screenshot

# serialized_rollback: the 编辑 group comes from a data migration, which a flush would drop.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "在全县统战工作会议上的讲话"


@pytest.fixture
def speech():
    speech = make_speech(TITLE)
    # The importer cut the heading in the wrong place: "提高站" / "位，…".
    make_section(
        speech, position=1, anchor="s1", number="一、", heading="提高站", body="位，甲段。"
    )
    make_section(speech, position=2, anchor="s2", number="二、", heading="压实责任", body="乙段。")
    return speech


@pytest.fixture
def editor_page(page, user_password):
    editor = make_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="编辑"))
    login(page, "editor", user_password)
    return page


def test_an_editor_fixes_a_heading_and_the_staff_page_and_search_show_it(editor_page, speech):
    page = editor_page
    page.goto(speech.get_absolute_url())
    page.get_by_role("link", name="编辑", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/admin/speeches/speech/{speech.pk}/change/$"))

    page.locator("#id_sections-0-heading").fill("提高站位")
    page.locator("#id_sections-0-body").fill("甲段。")
    screenshot(page, "admin-speech-change")
    page.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(speech.get_absolute_url())
    expect(page.locator("#s1")).to_contain_text("提高站位")
    expect(page.locator("#s1")).not_to_contain_text("位，甲段")

    page.goto("/search/?q=提高站位")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()


def test_a_second_editor_saving_over_the_first_gets_their_input_back(editor_page, context, speech):
    first = editor_page
    second = context.browser.new_context(base_url=first.url.split("/speeches")[0]).new_page()
    make_user("second", is_staff=True).groups.add(Group.objects.get(name="编辑"))
    login(second, "second", "pw-for-tests-only")
    url = f"/admin/speeches/speech/{speech.pk}/change/"
    first.goto(url)
    second.goto(url)

    first.locator("#id_meeting").fill("第一位编辑的会议名称")
    first.get_by_role("button", name="保存", exact=True).click()
    expect(first.locator(".messagelist .success")).to_be_visible()
    second.locator("#id_meeting").fill("第二位编辑的会议名称")
    second.get_by_role("button", name="保存", exact=True).click()

    expect(second.locator(".errornote, .errorlist").first).to_be_visible()
    expect(second.get_by_text("其他编辑已保存", exact=False)).to_be_visible()
    expect(second.locator("#id_meeting")).to_have_value("第二位编辑的会议名称")
    second.context.close()
