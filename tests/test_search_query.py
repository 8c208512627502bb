"""Search semantics on the database: matching, folding, ranking, passages."""

import pytest

from speeches.models import Speech
from speeches.search import reindex_speech
from speeches.search.index import speech_of
from speeches.search.query import (
    matching_ids,
    matching_speeches,
    parse_query,
    run_search,
)

from .factories import make_quote, make_section, make_speech
from .search_helpers import BOTH_PATHS, VERIFIED, found, speech_with

# ---------------------------------------------------------------- matching (database)


@pytest.mark.django_db
def test_substring_semantics_any_length():
    a = speech_with("甲", "要坚持和加强党的领导，做好统战工作。")
    b = speech_with("乙", "统一战线是法宝。")
    assert found("统战") == {a.pk}
    assert found("统") == {a.pk, b.pk}
    assert found("领") == {a.pk}  # a character in the middle of a run
    assert found("导") == {a.pk}  # the last character of a run
    assert found("做好统战工作") == {a.pk}
    assert found("战线") == {b.pk}
    assert found("线统") == set()


@pytest.mark.django_db
def test_no_match_across_punctuation_unless_typed():
    a = speech_with("甲", "加强党建，统战工作。")
    assert found("建统") == set()  # 建，统 is not 建统
    assert found('"党建，统战"') == {a.pk}  # the phrase as typed, punctuation included
    assert found("党建,统战") == {a.pk}  # half-width comma folds to the same
    assert found('"党建。统战"') == set()


@pytest.mark.django_db
def test_and_phrase_and_exclusion():
    a = speech_with("甲", "统战工作要抓实，民营经济要发展。")
    b = speech_with("乙", "统战部门要落实。")
    c = speech_with("丙", "凝聚人心和力量。")
    assert found("统战 民营") == {a.pk}
    assert found("统战 -民营") == {b.pk}
    assert found('"人心和力量"') == {c.pk}
    assert found("人心 力量") == {c.pk}
    assert found("-统战") == set()  # exclusion alone searches nothing


@pytest.mark.django_db
def test_terms_are_anded_over_the_whole_speech():
    apart = speech_with("甲", "统战工作。", "别的。", "民营经济。")
    titled = speech_with("在民营经济座谈会上的讲话", "做好统战工作。")
    headed = speech_with("乙", "做好统战工作。", "正文。", headings={2: "支持民营经济"})
    quoted = make_speech("丙")
    section = make_section(quoted, position=1, body="统战。")
    make_quote(section, text="民营经济是重要力量")  # a quote outside the section text
    reindex_speech(quoted)
    speech_with("丁", "统战工作。")  # one term only
    assert found("统战 民营") == {apart.pk, titled.pk, headed.pk, quoted.pk}
    # 同段 keeps every term in one passage (the quote counts as part of its section).
    assert found("统战 民营", "section") == {quoted.pk}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("q", "scope"),
    [
        ("统战", "speech"),
        ("统战 民营", "speech"),
        ("统战 民营", "section"),
        ("统战 -宗教", "speech"),
        ("统战 -宗教", "section"),
        ('"统战工作"', "speech"),
        ("统战工作 民营经济", "speech"),  # two runs each, verified in the text
        ("宗教事務", "speech"),  # traditional folds
        ("没有这个词", "speech"),
    ],
)
def test_matching_speeches_are_the_speeches_of_matching_ids(q, scope):
    speech_with("甲", "统战工作。", "别的。", "民营经济。")
    speech_with("乙", "统战工作，民营经济。")
    speech_with("丙", "统战工作。", "宗教事务。")
    speech_with("丁", "民营。", headings={1: "统战"})
    speech_with("戊", "正文。")
    parsed = parse_query(q, scope)
    expected = {speech_of(doc_id) for doc_id in matching_ids(parsed)}
    assert matching_speeches(parsed) == expected
    assert expected or q == "没有这个词"  # every query but the last finds something


@pytest.mark.django_db
def test_exclusion_excludes_the_whole_speech():
    elsewhere = speech_with("甲", "统战工作。", "宗教事务。")
    in_title = speech_with("宗教工作会议讲话", "统战工作。")
    in_heading = speech_with("乙", "统战工作。", "正文。", headings={2: "宗教"})
    traditional = speech_with("丙", "统战工作。", "宗敎事務。")  # 敎 folds to 教
    clean = speech_with("丁", "统战工作。")
    assert found("统战 -宗教") == {clean.pk}
    # 同段: only passages holding the excluded word are left out.
    assert found("统战 -宗教", "section") == {
        elsewhere.pk,
        in_title.pk,
        in_heading.pk,
        traditional.pk,
        clean.pk,
    }
    assert found('统战 -"宗教事务"') == {in_title.pk, in_heading.pk, clean.pk}


@pytest.mark.django_db
def test_ranking_puts_terms_in_one_passage_first():
    apart = speech_with("甲", "统战。", "民营。", "统战。", "民营。", year=2024)
    together = speech_with("乙", "统战和民营。", year=2000)
    titled = speech_with("统战与民营经济", "正文。", year=1999)
    result = run_search(parse_query("统战 民营"), None)
    assert [h.speech_id for h in result.hits] == [titled.pk, together.pk, apart.pk]
    assert [h.together for h in result.hits] == [True, True, False]


@pytest.mark.django_db
def test_snippets_show_every_term_once_at_least():
    speech_with(
        "甲",
        "统战工作。" + "甲乙丙丁" * 60,
        "别的内容。",
        "民营经济要发展。",
        "统战又一次。",
        year=2020,
    )
    result = run_search(parse_query("统战 民营"), None)
    (hit,) = result.hits
    shown = "".join(s.text for s in hit.snippets)
    assert "统战" in shown and "民营" in shown
    first = hit.snippets[0]
    assert first.text[slice(*first.spans[0])] == "统战"
    assert first.after and not first.before and "<mark>统战</mark>" in first.html
    # A term in a heading is shown in the label.
    speech_with("乙", "正文。", "统战。", headings={1: "民营经济"}, year=2021)
    result = run_search(parse_query("统战 民营"), None, sort="-date")
    labels = [str(s.heading_html) for s in result.hits[0].snippets if s.heading]
    assert labels == ["<mark>民营</mark>经济"]


@pytest.mark.django_db
@pytest.mark.parametrize("scope", ["speech", "section"])
def test_counts_agree_with_the_detail_page(scope):
    from speeches.search.query import locate_hits

    speeches = [
        speech_with("统战工作会议讲话", "统战和民营。", "民营。", "别的。", year=2020),
        speech_with("甲", "统战好统战。", "民营经济，统战。", year=2021),
        speech_with("乙", "统战。", "民营。", "宗教。", year=2022),
        speech_with("丙", "民营。", year=2023),
    ]
    parsed = parse_query("统战 民营 -宗教", scope)
    result = run_search(parsed, None, sort="date")
    maps = {s.pk: locate_hits(parsed, s.pk) for s in speeches}
    assert {h.speech_id for h in result.hits} == {pk for pk, m in maps.items() if m.matches}
    for hit in result.hits:
        assert hit.passage_count == maps[hit.speech_id].passage_count
    assert result.passages.value == sum(h.passage_count for h in result.hits)
    assert result.speeches.value == len(result.hits)
    assert str(result.speeches) == str(len(result.hits))  # exact: no 约
    if scope == "speech":  # title + 2 passages; 2 passages; 乙 is excluded
        assert [h.passage_count for h in result.hits] == [3, 2]
        assert maps[speeches[1].pk].occurrence_count == 4  # 统战 twice, 民营, 统战
    else:  # one passage each holds both; 乙 has none
        assert [h.passage_count for h in result.hits] == [1, 1]
    assert not maps[speeches[3].pk].matches
    assert maps[speeches[3].pk].passage_count == (scope == "speech")  # 民营 alone


def test_counts_say_estimate_only_when_estimated():
    from speeches.search.results import Count

    assert str(Count.of(0, estimated=True)) == "0"
    assert str(Count.of(12)) == "12"
    assert str(Count.of(12, estimated=True)) == "约 12"
    assert str(Count.of(1001)) == str(Count.of(5000, estimated=True)) == "1000+"
    assert Count.of(1001).kind == "capped"


@pytest.mark.django_db
def test_simplified_and_traditional_find_each_other():
    t = speech_with("甲", "做好統戰工作，堅決做到「兩個維護」。")
    s = speech_with("乙", "做好统战工作。")
    assert found("统战") == {t.pk, s.pk}
    assert found("統戰") == {t.pk, s.pk}
    assert found("两个维护") == {t.pk}


@pytest.mark.django_db
def test_width_and_case_folding():
    a = speech_with("甲", "推进５Ｇ建设和ＡＩ应用，GDP增长。")
    assert found("5g") == {a.pk}
    assert found("ai应用") == {a.pk}
    assert found("ＧＤＰ") == {a.pk}
    assert found("gdp") == {a.pk}


@pytest.mark.django_db
def test_titles_headings_and_quotes_are_searched():
    a = speech_with("在全县统战工作会议上的讲话", "同志们好。")
    b = speech_with("乙", "正文。", headings={1: "加强民营经济统战"})
    c = make_speech("丙")
    section = make_section(c, position=1, body="正文没有。")
    make_quote(section, text="人心和力量是最大的政治")  # a quote not inside the section text
    reindex_speech(c)
    assert found("统战") == {a.pk, b.pk}
    assert found("人心和力量") == {c.pk}


@pytest.mark.django_db
def test_ranking_title_and_heading_hits_first():
    passing = speech_with("甲", "顺带提到统战。", year=2024)
    heading = speech_with("乙", "正文。", headings={1: "统战工作"}, year=2019)
    title = speech_with("在统战工作会议上的讲话", "正文。", year=2018)
    result = run_search(parse_query("统战"), None)
    assert [h.speech_id for h in result.hits] == [title.pk, heading.pk, passing.pk]
    by_date = run_search(parse_query("统战"), None, sort="-date")
    assert [h.speech_id for h in by_date.hits] == [passing.pk, heading.pk, title.pk]


@pytest.mark.django_db
def test_filters_combine_with_search():
    a = speech_with("甲", "两个维护。", year=2020, level="县")
    speech_with("乙", "两个维护。", year=2021, level="县")
    speech_with("丙", "两个维护。", year=2020, level="市")
    assert found("两个维护", year=2020, level="县") == {a.pk}


@pytest.mark.django_db
@pytest.mark.parametrize(("q", "scope"), BOTH_PATHS)
def test_ties_across_the_page_boundary_go_newest_first(q, scope):
    titled = [speech_with(f"统战第{i}篇", "正文。", year=1990 + i) for i in range(2)]
    tied = [speech_with(f"第{i}篇", "统战。", year=2000 + i) for i in range(25)]
    twice = speech_with("甲", "统战。", "统战。", year=1980)
    first = run_search(parse_query(q, scope), None)
    newest = [s.pk for s in reversed(tied)]
    expected = [titled[1].pk, titled[0].pk, twice.pk, *newest]
    assert [h.speech_id for h in first.hits] == expected[:20]
    assert first.speech_count == 28 and first.has_next
    second = run_search(parse_query(q, scope), None, page=2)
    assert [h.speech_id for h in second.hits] == expected[20:]
    assert not second.has_next
    by_date = run_search(parse_query(q, scope), None, sort="-date", page=2)
    oldest = [titled[1].pk, titled[0].pk, twice.pk]
    assert [h.speech_id for h in by_date.hits] == [*newest[20:], *oldest]
    assert run_search(parse_query(q, scope), None, page=3).hits == []


def test_index_row_ids_encode_speech_and_passage():
    from speeches.search.index import PASSAGE_SHIFT, SPEECH_SHIFT, doc_id

    title, chunk = doc_id(7, 0), doc_id(7, 3, 2)
    assert speech_of(title) == speech_of(chunk) == 7
    assert title == 7 << SPEECH_SHIFT  # the title is the speech's passage 0
    passage = chunk >> PASSAGE_SHIFT  # shared by the chunks of one section, unique across speeches
    assert passage == doc_id(7, 3) >> PASSAGE_SHIFT != doc_id(8, 3) >> PASSAGE_SHIFT
    with pytest.raises(ValueError, match="beyond the index's limits"):
        doc_id(7, 2**20)


@pytest.mark.django_db
def test_ranking_from_ids_matches_ranking_verified_passages():
    title = speech_with("在统战工作会议上的讲话", "正文。", year=2001)
    many = speech_with("甲", "统战工作。", "统战。", "统战。", year=2002)
    one = speech_with("乙", "统战工作。", year=2003)
    trad = speech_with("丙", "統戰工作。", year=2000)
    heading = speech_with("丁", "正文。", headings={1: "加强统战"}, year=1999)
    expected = run_search(parse_query(VERIFIED), None)
    assert not parse_query(VERIFIED).index_is_exact and parse_query("统战").index_is_exact
    result = run_search(parse_query("统战"), None)
    assert [h.speech_id for h in result.hits] == [title.pk, heading.pk, many.pk, one.pk, trad.pk]
    assert [h.speech_id for h in result.hits] == [h.speech_id for h in expected.hits]
    assert (result.speech_count, result.passage_count) == (5, 7)  # the title is a passage
    assert (expected.speech_count, expected.passage_count) == (5, 7)
    assert all(p.snippet for h in result.hits for p in h.top_passages)
    by_date = run_search(parse_query("统战"), None, sort="date")
    order = [heading.pk, trad.pk, title.pk, many.pk, one.pk]
    assert [h.speech_id for h in by_date.hits] == order
    filtered = run_search(parse_query("统战"), Speech.objects.filter(year__gte=2002))
    assert {h.speech_id for h in filtered.hits} == {many.pk, one.pk}


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["统战 民营", "统战 民营 -没有这个词"])
def test_a_heading_counts_only_in_a_matching_passage(q):
    # 同段: 统战 in a heading whose passage lacks 民营 is no heading hit: the two speeches tie.
    older = speech_with("甲", "正文。", "统战和民营经济。", headings={1: "统战工作"}, year=2001)
    newer = speech_with("乙", "统战和民营经济。", year=2002)
    result = run_search(parse_query(q, "section"), None)
    assert [h.speech_id for h in result.hits] == [newer.pk, older.pk]
    assert not any(p.heading_hit for h in result.hits for p in h.passages)
    # Speech scope: that passage holds a term, and its heading counts.
    result = run_search(parse_query(q), None)
    assert [h.speech_id for h in result.hits] == [older.pk, newer.pk]


@pytest.mark.django_db
@pytest.mark.parametrize(("q", "scope"), BOTH_PATHS)
def test_a_heading_in_traditional_script_is_a_heading_hit(q, scope):
    mention = speech_with("甲", "做好统战。", year=2020)
    headed = speech_with("乙", "正文。", headings={1: "統戰工作"}, year=2000)
    result = run_search(parse_query(q, scope), None)
    assert [h.speech_id for h in result.hits] == [headed.pk, mention.pk]
