"""The speech admin: pinned query counts, edits, validation, actions, conflicts.

One file (~650 lines) because its cases share one editor set-up and are read as the admin's
contract, page by page; quote-adding and delete pages have files of their own."""

import pytest
from django.contrib.contenttypes.models import ContentType

from speeches.models import Quote, Section, Speech
from speeches.search.models import SearchDocument

from .admin_helpers import (
    change_form_data,
    change_url,
    loaded,
    make_editor,
    management,
    quote_form_data,
    section_index,
)
from .factories import make_quote, make_section, make_speech, make_user

CHANGELIST = "/admin/speeches/speech/"


@pytest.fixture
def speech(db):
    speech = make_speech("在全县统战工作会议上的讲话")
    make_section(
        speech, position=1, anchor="s1", number="一、", heading="提高站", body="位，甲段。"
    )
    second = make_section(
        speech, position=2, anchor="s2", number="二、", heading="压实责任", body="乙段“法宝”。"
    )
    make_quote(second, text="法宝", position=second.text.index("法宝"), speaker="某同志")
    return speech


def warm(client, url):
    """Load a page once so that per-process caches (content types) don't count."""
    assert client.get(url).status_code == 200


def test_changelist_runs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    for _ in range(12):
        make_speech(sections=2, warnings=[{"code": "truncated", "message": "文本可能被截断"}])
    warm(editor_client, CHANGELIST)

    # session, user, user permissions, group permissions, filtered count, total count,
    # the page of speeches joined with their editor, the years for the year filter
    with django_assert_num_queries(8):
        response = editor_client.get(CHANGELIST)

    assert response.status_code == 200
    assert response.content.decode().count('<td class="field-warning_text">文本可能被截断<') == 12


def test_changelist_filters_by_needs_review_and_by_edited(editor_client, editor):
    flagged = make_speech("待复核的讲话", needs_review=True)
    edited = make_speech("改过的讲话")
    make_section(edited, position=1, edited_by=editor, edited_at=flagged.created_at)

    review = editor_client.get(CHANGELIST, {"needs_review__exact": "1"}).content.decode()
    changed = editor_client.get(CHANGELIST, {"edited": "yes"}).content.decode()

    assert "待复核的讲话" in review and "改过的讲话" not in review
    assert "改过的讲话" in changed and "待复核的讲话" not in changed


def test_changelist_searches_title_meeting_and_organisation(editor_client):
    make_speech("在全市经济工作会议上的讲话", organisation="市政府")
    make_speech("在全县统战工作会议上的讲话", organisation="县委统战部")

    page = editor_client.get(CHANGELIST, {"q": "统战部"}).content.decode()

    assert "在全县统战工作会议上的讲话" in page and "经济工作" not in page


def test_change_page_runs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    speech = make_speech(sections=8, quotes_per_section=3)
    warm(editor_client, change_url(speech))

    # session, user, the speech, user permissions, group permissions, the sections for their
    # inline, the quotes with their sections, its possible duplicates (none; the speech it may
    # copy is not read when there is none), the outline, the slogans grouped by text
    with django_assert_num_queries(10):
        response = editor_client.get(change_url(speech))

    page = response.content.decode()
    assert page.count('name="quotes-') > 24
    assert page.count('href="/admin/speeches/section/') >= 8  # the outline links each section
    assert 'class="viewsitelink"' in page  # "view on site", to the staff page


def test_change_page_shows_the_import_keys_read_only(editor_client, speech):
    page = editor_client.get(change_url(speech)).content.decode()

    assert speech.source_sha256 in page
    assert 'name="source_sha256"' not in page
    assert 'name="raw_text"' not in page
    assert 'name="version" value="1"' in page


def test_an_edit_is_saved_stamped_versioned_recorded_and_indexed(editor_client, editor, speech):
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 1)}-heading"] = "提高站位"
    data[f"sections-{section_index(data, 1)}-body"] = "甲段。"

    response = editor_client.post(change_url(speech), data)

    assert response.status_code == 302, response.content.decode()
    section = speech.sections.get(anchor="s1")
    speech.refresh_from_db()
    assert (section.heading, section.body) == ("提高站位", "甲段。")
    assert section.edited_by == editor and section.edited_at is not None
    assert speech.edited_by == editor and speech.version == 2
    record = section.history.first()
    assert record.history_user == editor and record.history_change_reason == "后台修改"
    assert sorted(record.diff_against(record.prev_record).changed_fields) == [
        "body",
        "edited_at",
        "edited_by",
        "heading",
    ]
    indexed = SearchDocument.objects.filter(section=section).values_list("text", flat=True)
    assert any("提高站位" in text for text in indexed)


def test_saving_without_changes_writes_nothing(editor_client, speech):
    history = Speech.history.count() + Section.history.count()

    response = editor_client.post(change_url(speech), change_form_data(speech))

    assert response.status_code == 302
    speech.refresh_from_db()
    assert speech.version == 1
    assert Speech.history.count() + Section.history.count() == history


def test_a_second_editor_saving_an_older_version_gets_a_message_and_their_input(
    client, editor, speech
):
    other = make_editor("second")
    first_data = change_form_data(speech)
    second_data = change_form_data(speech)  # both opened version 1
    first_data["meeting"] = "全县统战工作会议（第一位编辑）"
    client.force_login(editor)
    assert client.post(change_url(speech), first_data).status_code == 302

    second_data["meeting"] = "第二位编辑的会议名称"
    client.force_login(other)
    response = client.post(change_url(speech), second_data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "其他编辑已保存" in page
    assert "第二位编辑的会议名称" in page  # their input is back in the form
    speech.refresh_from_db()
    assert speech.meeting == "全县统战工作会议（第一位编辑）" and speech.version == 2


def test_a_numbered_section_needs_a_heading(editor_client, speech):
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 2)}-heading"] = " "

    response = editor_client.post(change_url(speech), data)

    assert response.status_code == 200
    assert "有序号的章节必须有标题" in response.content.decode()
    assert speech.sections.get(anchor="s2").heading == "压实责任"


def test_sections_can_be_reordered_and_positions_stay_contiguous(editor_client, speech):
    make_section(speech, position=3, anchor="s3", number="三、", heading="抓落实", body="丙段。")
    data = change_form_data(speech)
    first, third = section_index(data, 1), section_index(data, 3)
    data[f"sections-{first}-position"] = "7"
    data[f"sections-{third}-position"] = "1"

    response = editor_client.post(change_url(speech), data)

    assert response.status_code == 302, response.content.decode()
    assert list(speech.sections.values_list("anchor", "position")) == [
        ("s3", 1),
        ("s2", 2),
        ("s1", 3),
    ]


def test_two_sections_cannot_share_a_position(editor_client, speech):
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 2)}-position"] = "1"

    response = editor_client.post(change_url(speech), data)

    assert response.status_code == 200
    assert "顺序 1 重复" in response.content.decode(), response.context["errors"]


def test_sections_can_be_added_and_deleted(editor_client, speech):
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 1)}-DELETE"] = "on"
    data |= management("sections", 2, total=3)
    data |= {
        "sections-2-speech": str(speech.pk),
        "sections-2-position": "3",
        "sections-2-number": "三、",
        "sections-2-heading": "新增一节",
        "sections-2-body": "新增的正文。",
        "sections-2-level": "1",
        "sections-2-kind": "body",
    }

    response = editor_client.post(change_url(speech), data)

    assert response.status_code == 302, response.content.decode()
    assert list(speech.sections.values_list("anchor", "heading", "position")) == [
        ("s2", "压实责任", 1),
        ("e1", "新增一节", 2),
    ]
    assert Section.history.filter(anchor="s1", history_type="-").exists()


def test_a_quote_must_occur_in_its_section(editor_client, speech):
    quote = Quote.objects.get()
    response = editor_client.post(
        f"/admin/speeches/quote/{quote.pk}/change/", quote_form_data(quote, text="不在本节的话")
    )

    assert response.status_code == 200
    assert "引文内容必须出现在所属章节" in response.content.decode()


def test_a_quote_speaker_can_be_corrected(editor_client, editor, speech):
    data = change_form_data(speech)
    data["quotes-0-speaker"] = "习近平总书记"

    assert editor_client.post(change_url(speech), data).status_code == 302

    quote = Quote.objects.get()
    assert quote.speaker == "习近平总书记"
    assert quote.history.first().history_user == editor


def test_mark_reviewed_action_clears_the_flag(editor_client):
    flagged = make_speech(needs_review=True, warnings=[{"code": "no_title", "message": "无标题"}])

    response = editor_client.post(
        CHANGELIST,
        {
            "action": "mark_reviewed",
            "_selected_action": [flagged.pk],
            "loaded_version": loaded(flagged),
        },
    )

    assert response.status_code == 302
    flagged.refresh_from_db()
    assert not flagged.needs_review and flagged.version == 2


def test_merge_action_on_the_section_list_keeps_the_text(editor_client, speech):
    second = speech.sections.get(anchor="s2")

    response = editor_client.post(
        "/admin/speeches/section/",
        {
            "action": "merge_into_previous",
            "_selected_action": [second.pk],
            "paragraph": "",
            "loaded_version": loaded(speech),
        },
        follow=True,
    )

    assert "已合并 1 节。" in response.content.decode()
    merged = speech.sections.get()
    assert merged.text == "提高站\n位，甲段。\n二、压实责任\n乙段“法宝”。"
    quote = Quote.objects.get()
    assert merged.text[quote.position : quote.position + 2] == "法宝"


def test_split_action_needs_one_section_and_a_paragraph(editor_client, speech):
    first = speech.sections.get(anchor="s1")
    first.body = "甲段。\n乙段。"
    first.save()

    missing = editor_client.post(
        "/admin/speeches/section/",
        {
            "action": "split_section",
            "_selected_action": [first.pk],
            "paragraph": "",
            "loaded_version": loaded(speech),
        },
        follow=True,
    )
    assert "请只选择一节" in missing.content.decode()

    editor_client.post(
        "/admin/speeches/section/",
        {
            "action": "split_section",
            "_selected_action": [first.pk],
            "paragraph": "2",
            "loaded_version": loaded(speech),
        },
    )
    assert list(speech.sections.values_list("body", flat=True)) == [
        "甲段。",
        "乙段。",
        "乙段“法宝”。",
    ]


def test_deleting_a_speech_removes_it_from_the_index(client, speech):
    client.force_login(make_user("admin", is_staff=True, is_superuser=True))
    assert SearchDocument.objects.filter(speech=speech).count() == 0  # factories don't index
    from speeches.search import reindex_speech

    reindex_speech(speech)

    response = client.post(f"/admin/speeches/speech/{speech.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Speech.objects.exists()
    assert not SearchDocument.objects.exists()


def test_section_page_runs_a_fixed_number_of_queries(
    editor_client, speech, django_assert_num_queries
):
    section = speech.sections.get(anchor="s1")
    url = f"/admin/speeches/section/{section.pk}/change/"
    warm(editor_client, url)
    ContentType.objects.get_for_model(Section)

    # session, user, the section, user permissions, group permissions, its speech (read-only)
    with django_assert_num_queries(6):
        response = editor_client.get(url)

    assert "提高站" in response.content.decode()


def test_the_speech_page_links_to_its_sections_for_merging_and_splitting(editor_client, speech):
    make_speech(sections=2)  # another speech's sections stay out of the list

    page = editor_client.get(change_url(speech)).content.decode()
    url = f"/admin/speeches/section/?speech__id__exact={speech.pk}"
    sections = editor_client.get(url)

    assert url in page
    assert sections.status_code == 200
    assert sections.context["cl"].result_count == 2


def section_form_data(section: Section, version: int, **changes) -> dict[str, str]:
    data = {
        "number": section.number,
        "heading": section.heading,
        "body": section.body,
        "level": str(section.level),
        "kind": section.kind,
        "speech_version": str(version),
    }
    return data | changes


def test_a_section_saved_on_its_own_page_is_stamped_and_moves_the_speech_version(
    editor_client, editor, speech
):
    section = speech.sections.get(anchor="s1")

    response = editor_client.post(
        f"/admin/speeches/section/{section.pk}/change/",
        section_form_data(section, 1, heading="提高站位", body="甲段。"),
    )

    assert response.status_code == 302, response.content.decode()
    section.refresh_from_db()
    speech.refresh_from_db()
    assert section.heading == "提高站位" and section.edited_by == editor
    assert speech.version == 2 and speech.edited_by == editor


def test_a_section_page_opened_before_another_edit_refuses_to_save(editor_client, speech):
    section = speech.sections.get(anchor="s1")
    data = change_form_data(speech)
    data["meeting"] = "别人先改了会议名称"
    assert editor_client.post(change_url(speech), data).status_code == 302

    response = editor_client.post(
        f"/admin/speeches/section/{section.pk}/change/",
        section_form_data(section, 1, heading="我的标题"),
    )

    assert response.status_code == 200
    assert "其他编辑已保存" in response.content.decode()
    assert ">\n我的标题</textarea>" in response.content.decode()
    section.refresh_from_db()
    assert section.heading == "提高站"


def test_editing_a_section_moves_its_quotes_with_the_text(editor_client, speech):
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 2)}-body"] = "新加一句。乙段“法宝”。"

    assert editor_client.post(change_url(speech), data).status_code == 302

    quote = Quote.objects.select_related("section").get()
    assert quote.section.text[quote.position : quote.position + 2] == "法宝"


def test_removing_a_quotes_text_from_its_section_warns_the_editor(editor_client, speech):
    quote = Quote.objects.get()
    response = editor_client.post(
        f"/admin/speeches/quote/{quote.pk}/change/", quote_form_data(quote, speaker="某领导")
    )
    assert response.status_code == 302  # now the editor's quote: kept, never re-detected
    speech.refresh_from_db()
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 2)}-body"] = "乙段。"

    response = editor_client.post(change_url(speech), data, follow=True)

    assert "引文“法宝”已不在所属章节的文字中" in response.content.decode()


# --- One concurrency rule on every write path: two editors, two sessions ----------------------


@pytest.fixture
def two_editors(db, client):
    """Two logged-in sessions of two editors (the second a fresh test client)."""
    from django.test import Client

    client.force_login(make_editor("first"))
    second = Client()
    second.force_login(make_editor("second"))
    return client, second


def test_a_stale_quote_page_is_refused_with_the_input_back(two_editors, speech):
    first, second = two_editors
    quote = Quote.objects.get()
    stale = quote_form_data(quote, speaker="第二位编辑的讲话人")  # both open the quote page
    url = f"/admin/speeches/quote/{quote.pk}/change/"
    assert first.post(url, quote_form_data(quote, speaker="第一位编辑的讲话人")).status_code == 302

    response = second.post(url, stale)

    page = response.content.decode()
    assert response.status_code == 200 and "其他编辑已保存" in page
    assert 'value="第二位编辑的讲话人"' in page
    assert Quote.objects.get().speaker == "第一位编辑的讲话人"


def test_a_quote_save_moves_the_speech_version_so_a_stale_speech_page_is_refused(
    two_editors, speech
):
    first, second = two_editors
    stale = change_form_data(speech)  # the second editor opened the speech page
    quote = Quote.objects.get()
    assert (
        first.post(
            f"/admin/speeches/quote/{quote.pk}/change/", quote_form_data(quote, speaker="改过")
        ).status_code
        == 302
    )
    speech.refresh_from_db()
    assert speech.version == 2

    stale["quotes-0-speaker"] = "覆盖"  # through the inline
    response = second.post(change_url(speech), stale)

    assert response.status_code == 200 and "其他编辑已保存" in response.content.decode()
    assert Quote.objects.get().speaker == "改过"


@pytest.mark.parametrize("action", ["mark_reviewed", "merge_into_previous", "split_section"])
def test_an_action_from_a_stale_list_is_refused(two_editors, speech, action):
    first, second = two_editors
    speech.needs_review = True
    speech.save()
    stale_versions = loaded(speech)
    data = change_form_data(speech)
    data["meeting"] = "先保存的会议名称"
    assert first.post(change_url(speech), data).status_code == 302
    selected = speech.pk if action == "mark_reviewed" else speech.sections.get(anchor="s2").pk
    url = CHANGELIST if action == "mark_reviewed" else "/admin/speeches/section/"

    response = second.post(
        url,
        {
            "action": action,
            "_selected_action": [selected],
            "paragraph": "2",
            "loaded_version": stale_versions,
        },
        follow=True,
    )

    assert "其他编辑已保存" in response.content.decode()
    speech.refresh_from_db()
    assert speech.version == 2 and speech.sections.count() == 2 and speech.needs_review


def test_a_stale_split_page_gives_the_editor_their_input_back(two_editors, speech):
    first, second = two_editors
    section = speech.sections.get(anchor="s2")
    section.body = "乙段。\n二是新的一点。"
    section.save()
    url = f"/admin/speeches/section/{section.pk}/split/"
    data = change_form_data(speech)
    data["meeting"] = "先保存"
    assert first.post(change_url(speech), data).status_code == 302

    response = second.post(
        url, {"paragraph": "2", "number": "二是", "heading": "我的标题", "speech_version": "1"}
    )

    page = response.content.decode()
    assert response.status_code == 400 and "其他编辑已保存" in page
    assert 'value="我的标题"' in page
    assert speech.sections.count() == 2


# --- Re-derivation through the admin, the split page, the page editors use --------------------


def test_fixing_a_heading_that_swallowed_a_paragraph_fixes_the_quote_speaker(editor_client, db):
    speech = make_speech("在全县党建工作会议上的讲话")
    section = make_section(
        speech,
        position=1,
        anchor="s1",
        number="一、",
        heading="坚持把政治建设摆在首位习近平总书记强调“旗帜鲜明讲政治”",
        body="各级党组织要带头。",
    )
    make_quote(
        section,
        text="旗帜鲜明讲政治",
        position=section.text.index("旗帜"),
        speaker="摆在首位习近平总书记",
    )
    data = change_form_data(speech)
    data["sections-0-heading"] = "坚持把政治建设摆在首位"
    data["sections-0-body"] = "习近平总书记强调“旗帜鲜明讲政治”。各级党组织要带头。"

    assert editor_client.post(change_url(speech), data).status_code == 302

    quote = Quote.objects.select_related("section").get()
    assert quote.speaker == "习近平总书记"
    assert quote.section.text[quote.position : quote.position + 7] == "旗帜鲜明讲政治"


def test_the_change_reason_is_stored_with_the_version(editor_client, speech):
    data = change_form_data(speech)
    data["meeting"] = "核对后的会议名称"
    data["change_reason"] = "按原文核对"

    assert editor_client.post(change_url(speech), data).status_code == 302

    assert speech.history.first().history_change_reason == "后台修改：按原文核对"
    assert speech.snapshots.get(version=2).reason == "后台修改：按原文核对"


def test_a_save_that_changes_no_indexed_text_leaves_the_index_alone(editor_client, speech):
    from speeches import search

    search.reindex_speech(speech)
    rows = set(SearchDocument.objects.filter(speech=speech).values_list("pk", flat=True))
    data = change_form_data(speech)
    data["speaker_name"] = "张三"

    assert editor_client.post(change_url(speech), data).status_code == 302

    assert set(SearchDocument.objects.filter(speech=speech).values_list("pk", flat=True)) == rows


def test_the_split_page_offers_the_label_a_paragraph_starts_with_and_splits(editor_client, speech):
    section = speech.sections.get(anchor="s2")
    section.body = "乙段。\n（一）压实工作责任。各级要带头。"
    section.level = 2
    section.save()
    url = f"/admin/speeches/section/{section.pk}/split/"

    page = editor_client.get(url).content.decode()
    assert 'data-number="（一）" data-heading="压实工作责任"' in page

    response = editor_client.post(
        url,
        {"paragraph": "2", "number": "（一）", "heading": "压实工作责任", "speech_version": "1"},
    )

    assert response.status_code == 302
    new = speech.sections.get(position=3)
    assert (new.level, new.number, new.heading, new.heading_end, new.body) == (
        2,
        "（一）",
        "压实工作责任",
        "。",
        "各级要带头。",
    )


def test_the_list_puts_speeches_needing_review_first_with_readable_warnings(editor_client):
    make_speech("已复核的讲话")
    make_speech(
        "待复核的讲话", needs_review=True, warnings=[{"code": "no_title", "message": "未找到标题"}]
    )
    make_speech("后导入的讲话")

    page = editor_client.get(CHANGELIST).content.decode()

    assert page.index("待复核的讲话") < page.index("后导入的讲话") < page.index("已复核的讲话")
    assert '<td class="field-warning_text">未找到标题</td>' in page


def test_slogans_are_grouped_and_the_quote_inline_is_narrow(editor_client, db):
    speech = make_speech()
    section = make_section(
        speech, position=1, anchor="s1", body="“两个维护”，“两个维护”，“四个意识”。"
    )
    for text in ["两个维护", "两个维护", "四个意识"]:
        make_quote(section, text=text, kind="slogan", position=section.text.index(text))

    page = editor_client.get(change_url(speech)).content.decode()

    assert "“两个维护”×2" in page and "“四个意识”×1" in page
    assert 'name="quotes-TOTAL_FORMS" value="0"' in page  # no row per use
    assert 'class="sa-wide sa-body"' in page  # section bodies in large text areas


def test_line_breaks_a_browser_posts_as_cr_lf_are_stored_as_lf_and_are_no_change(
    editor_client, speech
):
    section = speech.sections.get(anchor="s2")
    section.body = "乙段“法宝”。\n丙段。"
    section.save()
    data = change_form_data(speech)
    index = section_index(data, 2)
    data[f"sections-{index}-body"] = "乙段“法宝”。\r\n丙段。"

    assert editor_client.post(change_url(speech), data).status_code == 302
    speech.refresh_from_db()
    assert speech.version == 1  # the same text: nothing saved

    data[f"sections-{index}-body"] = "乙段“法宝”。\r\n丙段改过。"
    assert editor_client.post(change_url(speech), data).status_code == 302
    assert speech.sections.get(anchor="s2").body == "乙段“法宝”。\n丙段改过。"
