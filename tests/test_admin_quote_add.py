"""An editor adds a quotation by hand, from its section's page: the text must occur in the
section, the save is version-checked and recorded, and re-detection keeps the quote."""

import pytest
from django.test import Client

from speeches.models import Quote, Section, Speech

from .admin_helpers import change_form_data, change_url, make_editor, section_index
from .factories import make_section, make_speech

ADD = "/admin/speeches/quote/add/"


@pytest.fixture
def section(db):
    speech = make_speech("在全县统战工作会议上的讲话")
    make_section(speech, position=1, anchor="s1", number="一、", heading="提高站位", body="甲段。")
    # No quotation marks: the parser finds no quote here, only an editor can add one.
    return make_section(
        speech,
        position=2,
        anchor="s2",
        number="二、",
        heading="压实责任",
        body="总书记指出，统一战线是凝聚人心的重要法宝。各级要抓好落实。",
    )


def add_data(section: Section, **changes: str) -> dict[str, str]:
    data = {
        "section": str(section.pk),
        "text": "统一战线是凝聚人心的重要法宝",
        "kind": "quotation",
        "speaker": "总书记",
        "source": "",
        "verb": "指出",
        "speech_version": str(Speech.objects.get(pk=section.speech_id).version),
        "change_reason": "",
    }
    return data | changes


def test_the_section_page_links_to_adding_a_quote_with_the_section_chosen(editor_client, section):
    page = editor_client.get(f"/admin/speeches/section/{section.pk}/change/").content.decode()
    assert f'href="{ADD}?section={section.pk}">添加引文</a>' in page

    response = editor_client.get(f"{ADD}?section={section.pk}")

    page = response.content.decode()
    assert response.status_code == 200
    assert f"为“{section}”添加引文" in page
    assert f'name="section" value="{section.pk}"' in page
    assert 'name="speech_version" value="1"' in page
    assert "保存并增加另一个" not in page


def test_an_added_quote_is_saved_versioned_recorded_and_indexed(editor_client, editor, section):
    response = editor_client.post(
        f"{ADD}?section={section.pk}", add_data(section, change_reason="原稿漏标引号")
    )

    assert response.status_code == 302, response.content.decode()
    assert response["Location"] == f"/admin/speeches/section/{section.pk}/change/"
    quote = Quote.objects.get()
    assert (quote.section, quote.speech_id, quote.speaker) == (section, section.speech_id, "总书记")
    assert quote.position == section.text.index("统一战线")
    record = quote.history.get()
    assert record.history_type == "+" and record.history_user == editor
    assert record.history_change_reason == "添加引文：原稿漏标引号"
    speech = Speech.objects.get()
    assert speech.version == 2 and speech.edited_by == editor
    assert speech.history.first().history_change_reason == "添加引文：原稿漏标引号"
    assert speech.snapshots.filter(version=2).exists()  # restorable like any other edit
    section.refresh_from_db()
    assert section.edited_by == editor  # a re-import keeps the quotes of an edited section


def test_a_quote_that_does_not_occur_in_the_section_is_refused(editor_client, section):
    response = editor_client.post(ADD, add_data(section, text="不在本节的话"))

    assert response.status_code == 200
    assert "引文内容必须出现在所属章节" in response.content.decode()
    assert not Quote.objects.exists()
    assert Speech.objects.get().version == 1


def test_a_stale_add_gives_the_input_back_with_a_message(db, section):
    first, second = Client(), Client()
    first.force_login(make_editor("first"))
    second.force_login(make_editor("second"))
    stale = add_data(section, speaker="第二位编辑填的")  # both opened their pages at version 1
    speech = Speech.objects.get()
    data = change_form_data(speech)
    data["meeting"] = "第一位编辑改了会议名称"
    assert first.post(change_url(speech), data).status_code == 302

    response = second.post(ADD, stale)

    page = response.content.decode()
    assert response.status_code == 200 and "其他编辑已保存" in page
    assert 'value="第二位编辑填的"' in page
    assert not Quote.objects.exists()


def test_a_hand_added_quote_survives_re_detection_after_a_section_edit(editor_client, section):
    assert editor_client.post(ADD, add_data(section)).status_code == 302
    speech = Speech.objects.get()
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 2)}-body"] = (
        "会上，总书记指出，统一战线是凝聚人心的重要法宝。各级要抓好落实。"
    )

    assert editor_client.post(change_url(speech), data).status_code == 302

    quote = Quote.objects.select_related("section").get()
    assert quote.speaker == "总书记"
    assert quote.section.text[quote.position :].startswith("统一战线")


@pytest.mark.parametrize("query", ["", "?section=999999", "?section=abc"])
def test_adding_without_a_section_sends_the_editor_to_the_sections(editor_client, db, query):
    response = editor_client.get(ADD + query, follow=True)

    assert response.redirect_chain[-1][0] == "/admin/speeches/section/"
    assert "请在章节页面点击“添加引文”" in response.content.decode()


def test_the_quote_list_has_no_add_button(editor_client, section):
    page = editor_client.get("/admin/speeches/quote/").content.decode()
    assert ADD not in page


def test_a_posted_section_other_than_the_linked_one_is_used_consistently(editor_client, section):
    # The hidden field decides; the link only opened the page.
    other = Section.objects.get(anchor="s1")
    response = editor_client.post(f"{ADD}?section={other.pk}", add_data(section))

    assert response.status_code == 302
    assert Quote.objects.get().section == section
