"""The editorial loop in a real Chromium: fix a heading, split, merge, revert, two editors."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from speeches.models import Quote, Section, Speech
from tests.factories import make_quote, make_section, make_speech, make_user

from .conftest import login, screenshot

# serialized_rollback: the 编辑 group comes from a data migration, which a flush would drop.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def make_editor_user(name: str):
    user = make_user(name, is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    return user


@pytest.fixture
def editor_page(page, user_password):
    make_editor_user("editor")
    login(page, "editor", user_password)
    return page


@pytest.fixture
def speech():
    speech = make_speech("在全县党建工作会议上的讲话")
    top = make_section(speech, position=1, anchor="s1", number="一、", heading="总体要求", body="")
    # The importer let the heading run on into the paragraph, and cut the speaker wrong.
    point = make_section(
        speech,
        position=2,
        anchor="s1-1",
        number="（一）",
        heading="坚持把政治建设摆在首位习近平总书记强调“旗帜鲜明讲政治”",
        body="各级党组织要带头。\n（二）压实工作责任。各级要抓好落实。",
        level=2,
        parent=top,
    )
    make_quote(
        point,
        text="旗帜鲜明讲政治",
        position=point.text.index("旗帜"),
        speaker="摆在首位习近平总书记",
    )
    make_section(speech, position=3, anchor="s2", number="二、", heading="抓好落实", body="丁段。")
    return speech


def test_fixing_a_heading_that_swallowed_a_paragraph_fixes_the_quote_speaker(editor_page, speech):
    page = editor_page
    page.goto(f"/admin/speeches/speech/{speech.pk}/change/")
    page.locator("#id_sections-1-heading").fill("坚持把政治建设摆在首位")
    page.locator("#id_sections-1-body").fill(
        "习近平总书记强调“旗帜鲜明讲政治”。各级党组织要带头。\n（二）压实工作责任。各级要抓好落实。"
    )
    page.locator("#id_change_reason").fill("标题混入了正文")
    page.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(f"/admin/speeches/speech/{speech.pk}/change/")
    expect(page.locator("#id_quotes-0-speaker")).to_have_value("习近平总书记")
    screenshot(page, "editors-speech-change")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1366, f"the speech page is {width}px wide at 1366px"


def test_splitting_a_level_two_point_keeps_its_level_and_offers_its_label(editor_page, speech):
    page = editor_page
    point = Section.objects.get(anchor="s1-1")
    page.goto(f"/admin/speeches/section/{point.pk}/change/")
    page.get_by_role("link", name="拆分本节").click()
    page.get_by_label("第 2 段：（二）压实工作责任").check()
    expect(page.locator("#id_number")).to_have_value("（二）")
    expect(page.locator("#id_heading")).to_have_value("压实工作责任")
    screenshot(page, "editors-split")
    page.get_by_role("button", name="拆分").click()
    expect(page.locator(".messagelist .success")).to_contain_text("已拆分")

    new = Section.objects.get(speech=speech, position=3)
    assert (new.level, new.parent_id, new.number, new.heading) == (
        2,
        point.parent_id,
        "（二）",
        "压实工作责任",
    )
    expect(page.locator(".sa-outline")).to_contain_text("（二）压实工作责任")


def test_merging_a_section_into_the_one_before_it(editor_page, speech):
    page = editor_page
    last = Section.objects.get(anchor="s2")
    page.goto(f"/admin/speeches/section/?speech__id__exact={speech.pk}")
    page.locator(f'input[name="_selected_action"][value="{last.pk}"]').check()
    page.locator('select[name="action"]').select_option("merge_into_previous")
    page.get_by_role("button", name="执行").click()

    expect(page.locator(".messagelist .success")).to_contain_text("已合并 1 节。")
    body = Section.objects.get(anchor="s1-1").body
    assert body.endswith("\n二、抓好落实\n丁段。")


def test_reverting_a_speech_to_its_import_version_brings_sections_and_quotes_back(
    editor_page, speech
):
    page = editor_page
    last = Section.objects.get(anchor="s2")
    page.goto(f"/admin/speeches/section/?speech__id__exact={speech.pk}")
    page.locator(f'input[name="_selected_action"][value="{last.pk}"]').check()
    page.locator('select[name="action"]').select_option("merge_into_previous")
    page.get_by_role("button", name="执行").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    Quote.objects.all().delete()  # say the quote went astray too

    page.goto(f"/admin/speeches/speech/{speech.pk}/history/")
    screenshot(page, "editors-history")
    row = page.locator("#version-1")
    row.get_by_label("修改原因").fill("合并错了")
    row.get_by_role("button", name="恢复到此版本").click()
    expect(page.locator(".messagelist .success")).to_contain_text("已将讲话稿恢复到版本 1")

    assert list(speech.sections.order_by("position").values_list("anchor", flat=True)) == [
        "s1",
        "s1-1",
        "s2",
    ]
    assert Quote.objects.get().speaker == "摆在首位习近平总书记"
    page.goto(f"/admin/speeches/speech/{speech.pk}/history/")
    expect(page.locator("#speech-versions")).to_contain_text("恢复到版本 1：合并错了")
    expect(page.locator("#speech-versions")).not_to_contain_text("Historical")


def test_two_editors_on_the_same_quote(editor_page, context, speech):
    first = editor_page
    second = context.browser.new_context(
        base_url=first.url.split("/accounts")[0].split("/admin")[0]
    ).new_page()
    make_editor_user("second")
    login(second, "second", "pw-for-tests-only")
    quote = Quote.objects.get()
    url = f"/admin/speeches/quote/{quote.pk}/change/"
    first.goto(url)
    second.goto(url)

    first.locator("#id_speaker").fill("习近平总书记")
    first.get_by_role("button", name="保存", exact=True).click()
    expect(first.locator(".messagelist .success")).to_be_visible()
    second.locator("#id_speaker").fill("第二位编辑的讲话人")
    second.get_by_role("button", name="保存", exact=True).click()

    expect(second.get_by_text("其他编辑已保存", exact=False).first).to_be_visible()
    expect(second.locator("#id_speaker")).to_have_value("第二位编辑的讲话人")
    assert Quote.objects.get().speaker == "习近平总书记"
    assert Speech.objects.get().version == 2
    second.context.close()
