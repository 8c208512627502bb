"""speeches.editing: merge, split, review and version checks, called directly."""

import pytest

from speeches import editing
from speeches.models import Section, Speech
from speeches.search.models import SearchDocument

from .factories import make_placeholder, make_quote, make_section, make_speech, make_user


def all_text(speech: Speech) -> str:
    """Every character an editor could lose, in document order, without separators."""
    return "".join(
        (s.number + s.text).replace("\n", "") for s in speech.sections.order_by("position")
    )


@pytest.fixture
def speech(db):
    speech = make_speech()
    make_section(speech, position=1, anchor="s1", number="一、", heading="提高站位", body="甲段。")
    second = make_section(
        speech,
        position=2,
        anchor="s2",
        number="二、",
        heading="压实责任",
        body="乙段，习近平总书记指出“统一战线是重要法宝”。\n丙段XX。",
    )
    make_quote(second, text="统一战线是重要法宝", position=second.text.index("统一战线"))
    make_placeholder(second, text="XX", position=second.text.index("XX"))
    make_section(speech, position=3, anchor="s3", number="三、", heading="抓好落实", body="丁段。")
    return speech


def quote_is_where_it_says(quote) -> bool:
    return quote.section.text[quote.position : quote.position + len(quote.text)] == quote.text


def test_merge_appends_the_section_to_the_previous_one_and_keeps_every_character(speech):
    editor = make_user("editor")
    before = all_text(speech)
    second = speech.sections.get(anchor="s2")

    merged = editing.merge_into_previous(second, editor)

    assert merged.anchor == "s1"
    assert (
        merged.body
        == "甲段。\n二、压实责任\n乙段，习近平总书记指出“统一战线是重要法宝”。\n丙段XX。"
    )
    assert all_text(speech) == before
    assert list(speech.sections.values_list("anchor", "position")) == [("s1", 1), ("s3", 2)]
    assert merged.edited_by == editor and merged.edited_at is not None


def test_merge_moves_quotes_and_placeholders_so_they_still_point_at_their_text(speech):
    editing.merge_into_previous(speech.sections.get(anchor="s2"))

    quote = speech.quotes.get()
    placeholder = speech.placeholders.get()
    assert quote.section.anchor == "s1"
    assert quote_is_where_it_says(quote)
    assert placeholder.section.text[placeholder.position : placeholder.position + 2] == "XX"


def test_merge_records_the_reason_and_moves_the_speech_version(speech):
    editing.merge_into_previous(speech.sections.get(anchor="s3"))

    speech.refresh_from_db()
    assert speech.version == 2
    reasons = set(Section.history.values_list("history_change_reason", flat=True))
    assert "合并：“三、抓好落实”并入“二、压实责任”" in reasons
    deleted = Section.history.get(anchor="s3", history_type="-")
    assert deleted.history_change_reason == "合并：“三、抓好落实”并入“二、压实责任”"


def test_merging_the_first_section_is_refused_with_a_message(speech):
    with pytest.raises(editing.EditError, match="第一节"):
        editing.merge_into_previous(speech.sections.get(anchor="s1"))
    assert speech.sections.count() == 3


def test_split_cuts_before_the_paragraph_and_keeps_every_character(speech):
    before = all_text(speech)

    new = editing.split_section(speech.sections.get(anchor="s2"), 2)

    assert new.body == "丙段XX。" and new.heading == "" and new.anchor == "e1"
    assert speech.sections.get(anchor="s2").body == "乙段，习近平总书记指出“统一战线是重要法宝”。"
    assert all_text(speech) == before
    assert list(speech.sections.values_list("anchor", "position")) == [
        ("s1", 1),
        ("s2", 2),
        ("e1", 3),
        ("s3", 4),
    ]


def test_split_moves_what_is_in_the_moved_paragraphs_along(speech):
    new = editing.split_section(speech.sections.get(anchor="s2"), 2)

    placeholder = speech.placeholders.get()
    assert placeholder.section == new
    assert new.text[placeholder.position : placeholder.position + 2] == "XX"
    assert quote_is_where_it_says(speech.quotes.get())
    assert speech.quotes.get().section.anchor == "s2"


def test_split_outside_the_body_is_refused(speech):
    with pytest.raises(editing.EditError, match="第 2 至第 2 段"):
        editing.split_section(speech.sections.get(anchor="s2"), 3)


def test_split_and_merge_keep_the_search_index_on_the_current_sections(speech):
    new = editing.split_section(speech.sections.get(anchor="s2"), 2)
    assert SearchDocument.objects.filter(section=new).exists()

    editing.merge_into_previous(new)
    indexed = set(SearchDocument.objects.filter(speech=speech).values_list("section", flat=True))
    assert indexed == {None, *speech.sections.values_list("pk", flat=True)}


def test_check_version_accepts_the_current_version_and_refuses_an_old_one(speech):
    assert editing.check_version(speech.pk, 1) == 1
    editing.record_speech_edit(speech, None, "someone else")

    with pytest.raises(editing.EditConflict, match="其他编辑已保存"):
        editing.check_version(speech.pk, 1)


def test_mark_reviewed_clears_the_flag_and_keeps_the_warnings(db):
    flagged = make_speech(needs_review=True, warnings=[{"code": "truncated", "message": "截断"}])
    clean = make_speech()

    assert editing.mark_reviewed([flagged, clean]) == 1
    flagged.refresh_from_db()
    assert not flagged.needs_review and flagged.warnings[0]["code"] == "truncated"
    assert flagged.history.first().history_change_reason == "已复核解析提示"
    assert flagged.edited_at is None  # reviewing is not an edit: a re-import refreshes metadata


def test_quote_position_finds_the_occurrence_nearest_the_old_one():
    assert editing.quote_position("甲乙甲乙甲", "甲", near=5) == 4
    assert editing.quote_position("甲乙", "丙") is None


def test_deleting_a_section_hands_its_subsections_to_its_parent(speech):
    first = speech.sections.get(anchor="s1")
    child = make_section(speech, position=4, anchor="s1-1", parent=first, level=2)

    editing.delete_section(first)

    child.refresh_from_db()
    assert child.parent is None


@pytest.mark.django_db(transaction=True)
def test_two_saves_racing_from_the_same_version_let_only_one_through():
    """Two editors' transactions check version 1 at the same moment: the row lock makes the
    second wait for the first to commit, then see version 2 and refuse."""
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("row locks (select_for_update) are PostgreSQL's; SQLite serialises writers")
    import threading

    speech = make_speech()
    locked, outcome = threading.Event(), {}

    def first_editor():
        try:
            with transaction.atomic():
                editing.check_version(speech.pk, 1)
                locked.set()
                editing.record_speech_edit(Speech.objects.get(pk=speech.pk), None, "first")
        finally:
            connection.close()

    thread = threading.Thread(target=first_editor)
    thread.start()
    locked.wait(timeout=10)
    try:
        with transaction.atomic():
            editing.check_version(speech.pk, 1)
    except editing.EditConflict:
        outcome["second"] = "refused"
    thread.join(timeout=10)

    assert outcome == {"second": "refused"}
    assert Speech.objects.get(pk=speech.pk).version == 2


# --- Re-derivation: what hangs on a section's text follows an edit ---------------------------


def test_sections_changed_detects_the_quotes_of_the_new_text_again(speech):
    section = speech.sections.get(anchor="s2")
    quote = section.quotes.get()
    quote.speaker = "乙段，习近平总书记"  # what a bad cut of the text once gave
    quote.save()
    section.body = "新的一句。习近平总书记强调“统一战线是重要法宝”。\n丙段XX，还有××。"
    section.save()

    editing.sections_changed(speech, [section])

    quote = section.quotes.get()
    assert (quote.speaker, quote.verb, quote.kind) == ("习近平总书记", "强调", "quotation")
    assert quote_is_where_it_says(quote)
    assert sorted(section.placeholders.values_list("text", flat=True)) == ["XX", "××"]
    indexed = SearchDocument.objects.filter(section=section).values_list("text", flat=True)
    assert any("新的一句" in text for text in indexed)


def test_a_quote_an_editor_edited_is_kept_when_its_section_is_detected_again(speech):
    section = speech.sections.get(anchor="s2")
    quote = section.quotes.get()
    quote.speaker = "编辑核实的讲话人"
    editing.save_with_reason(quote, f"{editing.QUOTE_EDIT}：核实出处")
    section.body = "前面加一句。" + section.body
    section.save()

    lost = editing.sections_changed(speech, [section])

    assert lost == []
    kept = section.quotes.get()
    assert kept.pk == quote.pk and kept.speaker == "编辑核实的讲话人"
    assert quote_is_where_it_says(kept)


def test_a_quote_an_editor_made_whose_text_is_gone_is_kept_and_reported(speech):
    section = speech.sections.get(anchor="s2")
    quote = section.quotes.get()
    editing.save_with_reason(quote, editing.QUOTE_EDIT)
    section.body = "全新的正文。"
    section.save()

    assert editing.sections_changed(speech, [section]) == ["统一战线是重要法宝"]
    assert section.quotes.get().pk == quote.pk


def test_a_new_title_recomputes_what_it_gives_unless_the_editor_set_it(db):
    speech = make_speech(
        "在全县统战工作会议上的讲话", meeting="全县统战工作会议", level="县", year=None
    )
    speech.title = "在2023年全市经济工作会议上的讲话"

    changed = editing.title_changed(speech, "在全县统战工作会议上的讲话", "", set_by_editor=set())

    assert (speech.meeting, speech.level, speech.year) == ("2023年全市经济工作会议", "市", 2023)
    assert set(changed) >= {"meeting", "level", "year"}

    speech.meeting = "编辑写的会议名称"
    speech.title = "在全省组织工作会议上的讲话"
    editing.title_changed(speech, "在2023年全市经济工作会议上的讲话", "", {"meeting"})
    assert speech.meeting == "编辑写的会议名称" and speech.level == "省"


# --- Split and merge respect the outline and keep every character ----------------------------


def test_merge_keeps_the_punctuation_that_ended_an_inline_heading(db):
    speech = make_speech()
    make_section(speech, position=1, anchor="s1", number="一、", heading="总体要求", body="甲。")
    make_section(
        speech,
        position=2,
        anchor="s2",
        number="一是",
        heading="强化理论武装",
        heading_end="。",
        body="乙段。",
    )

    merged = editing.merge_into_previous(speech.sections.get(anchor="s2"))

    assert merged.body == "甲。\n一是强化理论武装。\n乙段。"


def test_split_inside_a_point_inherits_its_level_and_parent_and_takes_the_typed_label(db):
    speech = make_speech()
    top = make_section(speech, position=1, anchor="s1", number="一、", heading="总体要求", body="")
    point = make_section(
        speech,
        position=2,
        anchor="s1-1",
        number="（一）",
        heading="强化理论武装",
        body="甲段。\n（二）压实工作责任。各级要带头。\n丙段。",
        level=2,
        parent=top,
    )
    assert editing.paragraph_marker("（二）压实工作责任。各级要带头。") == (
        "（二）",
        "压实工作责任",
    )
    new = editing.split_section(point, 2, number="（二）", heading="压实工作责任")

    assert (new.level, new.parent_id, new.position) == (2, top.pk, 3)
    assert (new.number, new.heading, new.heading_end) == ("（二）", "压实工作责任", "。")
    assert new.body == "各级要带头。\n丙段。"
    assert (
        "".join(
            s.number + s.heading + s.heading_end + s.body.replace("\n", "")
            for s in speech.sections.order_by("position")
        )
        == "一、总体要求（一）强化理论武装甲段。（二）压实工作责任。各级要带头。丙段。"
    )


def test_split_with_a_heading_the_text_lacks_adds_it_and_moves_the_paragraph_whole(speech):
    new = editing.split_section(
        speech.sections.get(anchor="s2"), 2, number="（一）", heading="新标题"
    )

    assert (new.number, new.heading, new.body) == ("（一）", "新标题", "丙段XX。")


def test_a_numbered_split_needs_a_heading(speech):
    with pytest.raises(editing.EditError, match="必须有标题"):
        editing.split_section(speech.sections.get(anchor="s2"), 2, number="（一）")


# --- Snapshots: a revert restores the whole speech ---------------------------------------------


def test_a_restore_brings_back_metadata_sections_quotes_and_placeholders(speech):
    editor = make_user("restorer")
    editing.ensure_snapshot(speech)
    editing.merge_into_previous(speech.sections.get(anchor="s3"), editor)
    editing.split_section(speech.sections.get(anchor="s2"), 2, editor, heading="拆出的一节")
    speech.refresh_from_db()
    speech.meeting = "改坏的会议名称"
    editing.record_speech_edit(speech, editor, "改会议")
    speech.refresh_from_db()

    editing.restore(speech, 1, expected=speech.version, user=editor, reason="回到导入版")

    speech.refresh_from_db()
    assert speech.meeting != "改坏的会议名称" and speech.version == 5
    assert list(speech.sections.order_by("position").values_list("anchor", "body")) == [
        ("s1", "甲段。"),
        ("s2", "乙段，习近平总书记指出“统一战线是重要法宝”。\n丙段XX。"),
        ("s3", "丁段。"),
    ]
    quote = speech.quotes.get()
    assert quote_is_where_it_says(quote)
    assert speech.placeholders.get().text == "XX"
    assert speech.history.first().history_change_reason == "恢复到版本 1：回到导入版"
    assert speech.snapshots.get(version=5).reason == "恢复到版本 1：回到导入版"
    indexed = " ".join(SearchDocument.objects.filter(speech=speech).values_list("text", flat=True))
    assert "拆出的一节" not in indexed and "丁段" in indexed


def test_a_restore_from_an_old_page_is_refused(speech):
    editing.ensure_snapshot(speech)
    editing.record_speech_edit(speech, None, "别人先保存")

    with pytest.raises(editing.EditConflict):
        editing.restore(speech, 1, expected=1)
    assert Speech.objects.get(pk=speech.pk).version == 2


# --- History as editors read it ----------------------------------------------------------------


def test_the_outline_diff_marks_the_changed_words_inside_a_long_text():
    from speeches.editing.history import marked_changes, outline_diff

    old = "甲" * 40 + "旧词" + "乙" * 40
    pieces = marked_changes(old, old.replace("旧词", "新词"))
    assert ("del", "旧") in pieces and ("ins", "新") in pieces
    assert "".join(t for tag, t in pieces if tag == "same").count("…") == 2

    row = {"number": "一、", "heading": "标题", "heading_end": "", "body": "正文", "level": 1}
    before = {"sections": [{"id": 1, "anchor": "s1", **row}, {"id": 2, "anchor": "s2", **row}]}
    after = {
        "sections": [
            {"id": 1, "anchor": "s1", **row, "body": "正文改"},
            {"id": 3, "anchor": "e1", **row},
        ]
    }
    kinds = [(c.kind_label, c.label) for c in outline_diff(before, after)]
    assert kinds == [("修改", "一、标题"), ("新增", "一、标题"), ("删除", "一、标题")]


def test_history_reasons_read_in_chinese():
    assert editing.reason_label("import") == "导入"
    assert editing.reason_label("reparse: source changed, editor's text kept") == (
        "重新解析: 原文有变，保留编辑的文字"
    )
    assert editing.reason_label("admin edit: s1") == "后台修改: s1"
    assert editing.reason_label("") == "—"


def test_mark_reviewed_leaves_the_search_index_alone(db):
    from speeches import search

    speech = make_speech(needs_review=True, sections=2)
    search.reindex_speech(speech)
    rows = set(SearchDocument.objects.filter(speech=speech).values_list("pk", flat=True))

    assert editing.mark_reviewed([speech]) == 1
    assert set(SearchDocument.objects.filter(speech=speech).values_list("pk", flat=True)) == rows
