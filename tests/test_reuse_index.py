"""The reuse index: written with each import, re-parse and edit, rebuilt by its command."""

import io

import pytest
from django.core.management import call_command

from speeches import reuse
from speeches.editing.derive import text_changed
from speeches.importer import import_parsed, reparse_speech
from speeches.models import Section
from speeches.parsing import parse
from speeches.reuse.models import ReuseBand, ReuseMatch

from .reuse_helpers import edited, paragraph, speech_with

pytestmark = pytest.mark.django_db


def pairs():
    return {(m.section_id, m.other_id, m.share) for m in ReuseMatch.objects.all()}


def test_a_copied_passage_is_found_from_both_sides():
    source = speech_with(paragraph(1), paragraph(2))
    copy = speech_with(paragraph(3), paragraph(2))
    a = source.sections.get(position=2)
    b = copy.sections.get(position=2)
    assert pairs() == {(a.pk, b.pk, 100), (b.pk, a.pk, 100)}


def test_an_edited_copy_is_found_with_its_share():
    text = paragraph(5, 200)
    source = speech_with(text)
    speech_with(edited(text, 5, share=0.85))
    match = ReuseMatch.objects.get(speech=source)
    assert 78 <= match.share <= 92


def test_unrelated_passages_are_not_stored():
    speech_with(paragraph(10), paragraph(11))
    speech_with(paragraph(12), paragraph(13))
    assert ReuseMatch.objects.count() == 0
    assert ReuseBand.objects.count() == 4 * 8


def test_passages_within_one_speech_are_not_reuse():
    speech_with(paragraph(20), paragraph(20))
    assert ReuseMatch.objects.count() == 0


def test_short_passages_are_not_indexed():
    speech_with("同志们，今天的会议很重要。")
    assert ReuseBand.objects.count() == 0


def test_each_side_of_a_pair_has_its_own_share():
    short = paragraph(30, 160)
    source = speech_with(short)
    longer = speech_with(short + paragraph(31, 60))
    assert ReuseMatch.objects.filter(speech=source).get().share == 100
    assert 60 <= ReuseMatch.objects.filter(speech=longer).get().share <= 80


def test_reindexing_a_speech_replaces_its_rows_on_both_sides():
    source = speech_with(paragraph(40))
    copy = speech_with(paragraph(40))
    assert ReuseMatch.objects.count() == 2
    Section.objects.filter(speech=copy).update(body=paragraph(41))
    reuse.index_speech(copy)
    assert ReuseMatch.objects.count() == 0
    assert ReuseBand.objects.filter(section__speech=source).count() == 8


def test_the_editing_hook_refreshes_the_index():
    speech_with(paragraph(50))
    copy = speech_with(paragraph(51))
    Section.objects.filter(speech=copy).update(body=paragraph(50))
    text_changed(copy)
    assert ReuseMatch.objects.count() == 2


def test_deleting_a_speech_deletes_its_rows():
    speech_with(paragraph(60))
    copy = speech_with(paragraph(60))
    copy.delete()
    assert ReuseMatch.objects.count() == 0
    assert ReuseBand.objects.count() == 8


def speech_text(title: str, body: str) -> str:
    return f"{title}\n同志们：\n一、总体要求\n{body}\n二、下一步工作\n{paragraph(99, 80)}\n"


def test_an_import_indexes_the_speech_in_its_transaction():
    text = paragraph(70, 160)
    first = speech_text("在全县经济工作会议上的讲话", text)
    second = speech_text("在全市经济工作会议上的讲话", edited(text, 70, 0.9))
    import_parsed(first, parse(first), source_name="a.txt", encoding="utf-8")
    [outcome] = import_parsed(second, parse(second), source_name="b.txt", encoding="utf-8")
    assert ReuseMatch.objects.filter(speech=outcome.speech).count() >= 1


def test_a_reparse_reindexes_the_speech():
    text = speech_text("在全县经济工作会议上的讲话", paragraph(80, 160))
    import_parsed(text, parse(text), source_name="a.txt", encoding="utf-8")
    copy = speech_text("在全市经济工作会议上的讲话", paragraph(80, 160))
    [outcome] = import_parsed(copy, parse(copy), source_name="b.txt", encoding="utf-8")
    ReuseMatch.objects.all().delete()
    ReuseBand.objects.filter(section__speech=outcome.speech).delete()
    outcome.speech.sections.update(body="")  # the stored structure differs from the parse
    reparse_speech(outcome.speech, force=True)
    assert ReuseMatch.objects.filter(speech=outcome.speech).exists()


def test_the_rebuild_command_finds_every_pair_again():
    speech_with(paragraph(90), paragraph(91), index=False)
    speech_with(paragraph(92), paragraph(91), index=False)
    speech_with(paragraph(90), index=False)
    out = io.StringIO()
    call_command("rebuild_reuse_index", "--no-progress", stdout=out)
    assert ReuseMatch.objects.count() == 4
    assert "3 speeches" in out.getvalue()
    call_command("rebuild_reuse_index", "--no-progress", stdout=io.StringIO())
    assert ReuseMatch.objects.count() == 4


def test_remembering_finds_the_same_pairs_and_sees_an_edit():
    with reuse.remembering():
        source = speech_with(paragraph(100), paragraph(101))
        copy = speech_with(paragraph(100))
        found = pairs()
        Section.objects.filter(speech=source).update(body=paragraph(102))
        reuse.index_speech(copy)  # the candidate's new text, not the remembered one
        assert pairs() == set()
    assert len(found) == 2


def test_the_memo_keeps_the_most_recently_used_passages_within_its_limit():
    from speeches.reuse.index import _Memo

    memo = _Memo(limit=250)
    first, second, third = (paragraph(n, 100) for n in (110, 111, 112))
    kept = memo.get(first)
    memo.get(second)
    assert memo.get(first) is kept  # used again: now the most recent
    memo.get(third)  # over the limit: the least recently used one (second) goes
    assert list(memo.items) == [first, third]
    assert memo.size == len(first) + len(third)
