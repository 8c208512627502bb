"""History: who changed what, when and why; revert; re-imports and re-parses keep edits."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from speeches.importer import import_parsed, reparse_speech
from speeches.models import Quote, Section, Speech
from speeches.parsing import ParsedQuote, ParsedSection, ParsedSpeech

from .admin_helpers import change_form_data, change_url, make_editor, section_index

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c78fcdc5d01df34d.txt"


def parsed(heading_one: str, body_two: str) -> ParsedSpeech:
    return ParsedSpeech(
        title="在全县统战工作会议上的讲话",
        meeting="全县统战工作会议",
        level="县",
        year=2021,
        sections=[
            ParsedSection(
                level=1, kind="body", number="一、", heading=heading_one, body="甲段。", anchor="s1"
            ),
            ParsedSection(
                level=1,
                kind="body",
                number="二、",
                heading="压实责任",
                body=body_two,
                anchor="s2",
                quotes=[ParsedQuote(position=5, text="法宝", kind="quotation", speaker="某同志")],
            ),
        ],
    )


def import_version(text: str, item: ParsedSpeech, **options):
    return import_parsed(text, [item], source_name="county.txt", encoding="utf-8", **options)[0]


@pytest.fixture
def imported(db):
    return import_version("第一版", parsed("提高站", "乙段“法宝”。")).speech


def edit_heading(client, editor, speech: Speech, heading: str) -> None:
    client.force_login(editor)
    data = change_form_data(speech)
    data[f"sections-{section_index(data, 0)}-heading"] = heading
    response = client.post(change_url(speech), data)
    assert response.status_code == 302, response.content.decode()


def test_an_admin_edit_records_who_when_what_and_why(client, editor, imported):
    edit_heading(client, editor, imported, "提高站位")

    record = Section.history.filter(anchor="s1").first()
    assert record.history_user == editor
    assert record.history_change_reason == "后台修改"
    assert record.history_date is not None
    change = record.diff_against(record.prev_record).changes
    assert [(c.old, c.new) for c in change if c.field == "heading"] == [("提高站", "提高站位")]
    speech_record = imported.history.first()
    assert speech_record.history_user == editor and speech_record.version == 2


def test_the_import_records_its_reason_for_every_row(imported):
    assert set(Speech.history.values_list("history_change_reason", flat=True)) == {"import"}
    assert set(Section.history.values_list("history_change_reason", flat=True)) == {"import"}
    assert set(Quote.history.values_list("history_change_reason", flat=True)) == {"import"}


def test_the_history_page_shows_a_per_field_diff(
    client, editor, imported, django_assert_num_queries
):
    edit_heading(client, editor, imported, "提高站位")
    section = imported.sections.get(anchor="s1")
    url = f"/admin/speeches/section/{section.pk}/history/"
    client.get(url)

    # session, user, the section, user permissions, group permissions, history count,
    # the history rows with their users
    with django_assert_num_queries(7):
        page = client.get(url).content.decode()

    assert "提高站" in page and "提高站位" in page
    assert "后台修改" in page and editor.username in page
    assert "Historical" not in page and "pk=None" not in page and "CHANGES" not in page


def restore(client, speech: Speech, version: int, loaded: int, reason: str = ""):
    return client.post(
        f"/admin/speeches/speech/{speech.pk}/restore/{version}/",
        {"speech_version": str(loaded), "change_reason": reason},
    )


def test_a_speech_can_be_reverted_and_the_revert_is_a_new_version(client, editor, imported):
    client.force_login(editor)
    data = change_form_data(imported)
    data["meeting"] = "错误的会议名称"
    assert client.post(change_url(imported), data).status_code == 302

    response = restore(client, imported, 1, loaded=2, reason="会议名称改错了")

    assert response.status_code == 302, response.content.decode()
    imported.refresh_from_db()
    assert imported.meeting == "全县统战工作会议"
    assert imported.version == 3
    assert imported.raw_text == "第一版"  # not in the history, so not lost by a revert
    latest = imported.history.first()
    assert latest.history_change_reason == "恢复到版本 1：会议名称改错了"
    assert latest.history_user == editor


def test_a_revert_brings_back_sections_merged_away_and_their_quotes(client, editor, imported):
    from speeches import editing

    client.force_login(editor)
    client.get(f"/admin/speeches/speech/{imported.pk}/history/")  # the import version is kept
    editing.merge_into_previous(imported.sections.get(anchor="s2"), editor)
    assert imported.sections.count() == 1

    response = restore(client, imported, 1, loaded=2)

    assert response.status_code == 302, response.content.decode()
    sections = list(imported.sections.order_by("position").values_list("anchor", "heading", "body"))
    assert sections == [("s1", "提高站", "甲段。"), ("s2", "压实责任", "乙段“法宝”。")]
    quote = Quote.objects.select_related("section").get()
    assert (quote.section.anchor, quote.speaker, quote.position) == ("s2", "某同志", 5)


def test_a_stale_revert_is_refused_and_changes_nothing(client, editor, imported):
    client.force_login(editor)
    data = change_form_data(imported)
    data["meeting"] = "第二位编辑的会议名称"
    assert client.post(change_url(imported), data).status_code == 302

    response = restore(client, imported, 1, loaded=1)  # the page was opened before that save

    assert response.status_code == 302
    messages = client.get(response.url).content.decode()
    assert "其他编辑已保存" in messages
    imported.refresh_from_db()
    assert imported.meeting == "第二位编辑的会议名称" and imported.version == 2


def test_a_section_is_not_reverted_on_its_own(client, editor, imported):
    edit_heading(client, editor, imported, "改错的标题")
    section = imported.sections.get(anchor="s1")
    first = section.history.earliest()

    response = client.post(
        f"/admin/speeches/section/{section.pk}/history/{first.history_id}/",
        {"number": "一、", "heading": "提高站", "body": "甲段。", "level": "1", "kind": "body"},
    )

    assert response.status_code == 403
    section.refresh_from_db()
    assert section.heading == "改错的标题"


def test_import_update_keeps_an_edited_section_and_says_so(client, editor, imported):
    edit_heading(client, editor, imported, "提高站位")

    outcome = import_version("第二版", parsed("提高站位置", "乙段改过“法宝”。"), update=True)

    assert outcome.kept_edits == ["s1"]
    assert imported.sections.get(anchor="s1").heading == "提高站位"
    assert imported.sections.get(anchor="s2").body == "乙段改过“法宝”。"
    record = Section.history.filter(anchor="s1").first()
    assert record.history_change_reason == "import: source changed, editor's text kept"


def test_import_update_with_force_replaces_the_edit_and_history_keeps_it(client, editor, imported):
    edit_heading(client, editor, imported, "提高站位")

    import_version("第二版", parsed("提高站位置", "乙段“法宝”。"), update=True, force=True)

    section = imported.sections.get(anchor="s1")
    assert section.heading == "提高站位置" and section.edited_at is None
    assert Section.history.filter(anchor="s1", heading="提高站位", history_user=editor).exists()


def test_reparse_keeps_an_edited_section_of_the_seed(client, editor, db):
    call_command("import_speeches", str(SEED), stdout=io.StringIO())
    speech = Speech.objects.get()
    client.force_login(editor)
    data = change_form_data(speech)
    index = int(
        next(
            k
            for k, v in data.items()
            if k.endswith("-id") and v == str(speech.sections.get(anchor="s1").pk)
        ).split("-")[1]
    )
    data[f"sections-{index}-heading"] = "编辑改过的标题"
    assert client.post(change_url(speech), data).status_code == 302
    speech.sections.filter(anchor="s3-4").delete()  # damage, so that the re-parse writes

    outcome = reparse_speech(speech)

    assert outcome.status == "updated" and outcome.kept_edits == ["s1"]

    assert speech.sections.get(anchor="s1").heading == "编辑改过的标题"
    assert speech.sections.filter(anchor="s3-4").exists()
    kept = Section.history.filter(anchor="s1").first()
    assert kept.history_change_reason == "reparse: source changed, editor's text kept"


def test_the_reparse_command_reports_an_edited_speech_and_leaves_it_alone(client, editor, imported):
    edit_heading(client, editor, imported, "提高站位")
    out = io.StringIO()

    call_command("reparse", str(imported.pk), stdout=out)

    assert f"skipped #{imported.pk}" in out.getvalue()
    assert imported.sections.get(anchor="s1").heading == "提高站位"


def test_the_speech_history_page_runs_a_fixed_number_of_queries(
    client, editor, imported, django_assert_num_queries
):
    other = make_editor("second")
    for n, user in enumerate([editor, other, editor, other], start=1):
        client.force_login(user)
        data = change_form_data(Speech.objects.get(pk=imported.pk))
        data["meeting"] = f"第{n}次修改的会议名称"
        assert client.post(change_url(imported), data).status_code == 302
    url = f"/admin/speeches/speech/{imported.pk}/history/"
    client.get(url)

    # session, user, the speech, user permissions, group permissions, whether its current
    # version has a snapshot, the snapshots with their users, its section history, its quote
    # history
    with django_assert_num_queries(9):
        page = client.get(url).content.decode()

    assert "第3次修改的会议名称" in page and "第4次修改的会议名称" in page
    assert page.count("<tr") >= 6


def test_the_speech_history_page_lists_its_sections_changes_with_a_diff(client, editor, imported):
    edit_heading(client, editor, imported, "提高站位")

    page = client.get(f"/admin/speeches/speech/{imported.pk}/history/").content.decode()

    part = page[page.index('id="part-history"') :]
    assert "<strong>标题：</strong><del>提高站</del> → <ins>提高站位</ins>" in part
    assert "后台修改" in part and "导入" in part
    assert "admin edit" not in part


def test_import_update_keeps_a_corrected_quote_speaker(client, editor, imported):
    client.force_login(editor)
    data = change_form_data(imported)
    data["quotes-0-speaker"] = "习近平总书记"
    assert client.post(change_url(imported), data).status_code == 302

    outcome = import_version("第二版", parsed("提高站", "乙段“法宝”。"), update=True)

    assert outcome.kept_edits == ["s2"]
    assert Quote.objects.get().speaker == "习近平总书记"


def test_history_pages_speak_chinese_and_show_local_time(client, editor, imported):
    edit_heading(client, editor, imported, "提高站位")
    section = imported.sections.get(anchor="s1")
    record = section.history.first()
    urls = [
        f"/admin/speeches/speech/{imported.pk}/history/",
        f"/admin/speeches/section/{section.pk}/history/",
        f"/admin/speeches/section/{section.pk}/history/{record.history_id}/",
        f"/admin/speeches/quote/{imported.quotes.get().pk}/history/",
        f"/admin/speeches/quote/{imported.quotes.get().pk}/change/",
        f"/admin/speeches/section/{section.pk}/change/",
    ]
    local = timezone.localtime(record.history_date).strftime("%Y-%m-%d %H:%M")

    for url in urls:
        page = client.get(url).content.decode()
        body = page[page.index('id="content"') :]
        for english in (
            "Historical",
            "pk=None",
            "Changes",
            "Change reason",
            "UTC",
            "admin edit",
            "Speech:",
            "Section:",
        ):
            assert english not in body, (url, english)
    assert local in client.get(urls[0]).content.decode()


def test_an_import_replaced_by_a_new_version_of_its_file_can_be_restored(editor, imported):
    from speeches import editing

    updated = import_version("第二版", parsed("新标题", "新的正文。"), update=True).speech
    assert updated.pk == imported.pk and updated.version == imported.version + 1

    editing.restore(updated, imported.version, expected=updated.version, user=editor, reason="")

    updated.refresh_from_db()
    assert list(updated.sections.order_by("position").values_list("heading", "body")) == [
        ("提高站", "甲段。"),
        ("压实责任", "乙段“法宝”。"),
    ]
    assert updated.quotes.get().text == "法宝"
