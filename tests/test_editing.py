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
    assert "merge: s3 merged into s2" in reasons
    deleted = Section.history.get(anchor="s3", history_type="-")
    assert deleted.history_change_reason == "merge: s3 merged into s2"


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
    assert flagged.history.first().history_change_reason == "warnings reviewed"
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
