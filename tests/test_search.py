"""Search: folding, tokens, query parsing, the index's upkeep and the /search/ view.

Runs on SQLite by default and on PostgreSQL with DATABASE_URL=postgres://…
"""

import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from speeches.models import Section, Speech
from speeches.search import reindex_speech, unindex_speech
from speeches.search.fold import fold, javascript_table
from speeches.search.index import speech_of
from speeches.search.models import SearchDocument
from speeches.search.query import (
    ID_CAP,
    fts5_heading_query_text,
    fts5_query_text,
    index_runs,
    parse_query,
    run_search,
    tsquery_text,
)
from speeches.search.snippets import highlight, snippet
from speeches.search.tokens import quote_lexeme, token_positions, tsvector_literal

from .factories import make_quote, make_section, make_speech

URL = reverse("speeches:search")
# The same search two ways: an exact query is ranked from the index's ids; excluding a word no
# passage holds makes the index unable to decide alone, so every candidate is read and verified.
VERIFIED = "统战 -没有这个词"
BOTH_PATHS = ["统战", VERIFIED]


def speech_with(title="在全县工作会议上的讲话", *bodies, headings=None, **fields):
    speech = make_speech(title, **fields)
    for i, body in enumerate(bodies, start=1):
        heading = (headings or {}).get(i, "")
        make_section(speech, position=i, heading=heading, body=body)
    reindex_speech(speech)
    return speech


def found(q, **filters):
    """Speech ids matching `q` (all pages: the tests stay under one page)."""
    parsed = parse_query(q)
    if not parsed.is_searchable:
        return set()
    qs = Speech.objects.filter(**filters) if filters else None
    result = run_search(parsed, qs)
    return {hit.speech_id for hit in result.hits}


# ---------------------------------------------------------------- pure functions


def test_fold_width_case_and_script():
    assert fold("統戰ＡＢＣ１２３abc") == "统战abc123abc"
    assert fold("兩個維護") == "两个维护"
    assert fold(fold("乾隆後裡")) == fold("乾隆後裡")  # idempotent


def test_tokens_bigrams_plus_last_character_of_each_run():
    assert [t for t, _ in token_positions("统战工作，党")] == ["统战", "战工", "工作", "作", "党"]
    positions = dict(token_positions("统战，工作"))
    assert positions["工作"] - positions["战"] > 1  # a gap: no phrase across punctuation


def test_tsvector_literal_quotes_lexemes():
    assert tsvector_literal("a|b") == "'a|':2 '|b':3 'b':4"  # symbols belong to runs
    assert tsvector_literal("a'b") == "'a':2 'b':4"  # punctuation separates runs
    assert quote_lexeme("a'b\\") == "a''b\\\\"


def test_query_strings_quote_every_lexeme():
    index = index_runs(parse_query("统战工作 党"))
    assert tsquery_text(index) == "('统战' <-> '战工' <-> '工作') & '党':*"
    assert fts5_query_text(index) == '"统战 战工 工作" AND "党"*'
    # Heading hits among the query's rows: a word common in headings never answers alone.
    assert fts5_heading_query_text(index) == (
        'heading : ("统战 战工 工作" OR "党"*) AND "统战 战工 工作" AND "党"*'
    )
    assert fts5_heading_query_text(index_runs(parse_query("统战"))) == 'heading : ("统战")'


@pytest.mark.parametrize(
    "q, tsquery, fts5",
    [
        # A run before punctuation ends a run of the text too: its last character's lone token
        # follows its bigrams (an exact lexeme instead of a prefix for one character).
        ("平;仔捖", "'平' & ('仔捖')", '"平" AND "仔捖"'),
        ("平;仔捖 -党", "'平' & ('仔捖')", '"平" AND "仔捖"'),
        ("制度,缋", "('制度' <-> '度') & '缋':*", '"制度 度" AND "缋"*'),
        ("两个维护。", "('两个' <-> '个维' <-> '维护' <-> '护')", '"两个 个维 维护 护"'),
        # Open runs are matched anywhere in a run: a phrase, or a prefix for one character.
        ("仔捖,平", "('仔捖' <-> '捖') & '平':*", '"仔捖 捖" AND "平"*'),
        ("平 仔捖", "'平':* & ('仔捖')", '"平"* AND "仔捖"'),
        ("，平", "'平':*", '"平"*'),
    ],
)
def test_index_query_for_runs_around_punctuation(q, tsquery, fts5):
    index = index_runs(parse_query(q))
    assert tsquery_text(index) == tsquery
    assert fts5_query_text(index) == fts5


@pytest.mark.django_db
def test_a_term_with_punctuation_is_still_matched_exactly():
    whole = speech_with("甲", "水平;仔捖之间。")
    speech_with("乙", "仔捖。平安。")  # both runs, not the term
    assert found("平;仔捖") == {whole.pk}
    assert found("水平;") == {whole.pk}
    assert found("平;") == {whole.pk}
    assert found("捖之") == {whole.pk}
    assert found("仔捖;") == set()  # 仔捖 does not end a run here
    assert found("间。") == {whole.pk}


@pytest.mark.parametrize(
    ("raw", "terms", "excludes"),
    [
        ("统战 工作", ["统战", "工作"], []),
        ('"人心 和力量" -工作', ["人心 和力量"], ["工作"]),
        ("“两个维护”", ["两个维护"], []),
        ("統戰　ＸＸ", ["统战", "xx"], []),
        ("统战 & | 工作", ["统战", "工作"], []),
        ('"统战', ["统战"], []),
        ("统战-工作", ["统战-工作"], []),
        ("' OR 1=1 --", ["or", "1=1"], []),
        ("，。！？", [], []),
        ("- -", [], []),
    ],
)
def test_parse_query(raw, terms, excludes):
    parsed = parse_query(raw)
    assert [t.folded for t in parsed.terms] == terms
    assert [t.folded for t in parsed.excludes] == excludes


def test_parse_query_caps_length_and_terms():
    parsed = parse_query("统" * 2000)
    assert len(parsed.terms[0].folded) == 200 and parsed.notices
    assert len(parse_query(" ".join(f"词{i}" for i in range(20))).terms) == 8


def test_snippet_escapes_text_and_query():
    text = "前文<script>alert(1)</script>统战工作"
    html = snippet(text, [fold("<script>"), "统战"])
    assert "<script>" not in html
    assert "<mark>&lt;script&gt;</mark>" in html
    assert "<mark>统战</mark>" in html
    assert highlight("統戰工作", ["统战"]) == "<mark>統戰</mark>工作"


def test_snippet_maps_multi_character_folds():
    assert highlight("㍿统战", ["统战"]) == "㍿<mark>统战</mark>"
    assert highlight("A㍿B", ["式会"]) == "A<mark>㍿</mark>B"


def test_js_fold_table_in_sync():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "static/js/search-fold-table.js"
    assert path.read_text(encoding="utf-8") == javascript_table()


# ---------------------------------------------------------------- matching (database)

pytestmark_db = pytest.mark.django_db


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
def test_terms_must_share_a_passage():
    speech_with("甲", "统战工作。", "民营经济。")
    assert found("统战 民营") == set()


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


# ---------------------------------------------------------------- index upkeep


def index_rows(speech_id):
    return SearchDocument.objects.filter(speech_id=speech_id).count()


def fts_rows():
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM speeches_search_fts")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_index_follows_edits_and_deletions():
    speech = speech_with("甲", "统战工作。", "民营经济。")
    assert index_rows(speech.pk) == 3
    section = Section.objects.get(speech=speech, position=1)
    section.body = "宗教工作。"
    section.save()
    reindex_speech(speech)
    assert found("统战") == set() and found("宗教") == {speech.pk}
    Section.objects.filter(speech=speech, position=2).delete()  # a deleted section leaves no row
    assert found("民营") == set()
    assert index_rows(speech.pk) == 2
    speech.title = "新标题"
    speech.save()
    reindex_speech(speech)
    assert found("新标题") == {speech.pk}
    speech_id = speech.pk
    speech.delete()
    assert index_rows(speech_id) == 0
    assert found("宗教") == set()
    if connection.vendor == "sqlite":
        assert fts_rows() == 0


@pytest.mark.django_db
def test_unindex_and_rebuild_command():
    from django.core.management import call_command

    speech = speech_with("甲", "统战工作。")
    unindex_speech(speech.pk)
    assert found("统战") == set()
    call_command("rebuild_search_index", "--no-progress", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert found("统战") == {speech.pk}


def index_snapshot():
    """Every index row with its tokens, as the database holds them."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT d.*, d.tokens::text FROM speeches_search_document d ORDER BY d.id"
            )
            return cursor.fetchall()
        cursor.execute(
            "SELECT d.*, f.heading, f.body FROM speeches_search_document d "
            "JOIN speeches_search_fts f ON f.rowid = d.id ORDER BY d.id"
        )
        return cursor.fetchall()


@pytest.mark.django_db
def test_rebuild_with_worker_processes_writes_the_same_index():
    from django.core.management import call_command

    speeches = [
        speech_with(f"在第{n}次统战工作会议上的讲话", "統戰工作。", f"ＡＢ{n}，'引号'\\。")
        for n in range(7)
    ]
    make_quote(Section.objects.filter(speech=speeches[3]).first(), text="人心和力量")
    reindex_speech(speeches[3])
    before = index_snapshot()
    assert len(before) == 7 * 3
    out = io.StringIO()
    for jobs in ("0", "2"):
        call_command(
            "rebuild_search_index", "--no-progress", "--batch", "2", "--jobs", jobs, stdout=out
        )
        assert index_snapshot() == before
    assert "Indexed 7 speeches as 21 index rows" in out.getvalue()
    assert found("统战") == {s.pk for s in speeches}
    assert found("ab3") == {speeches[3].pk}
    assert found("人心和力量") == {speeches[3].pk}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args, message",
    [(["--jobs", "-1"], "--jobs: -1 is below 0"), (["--batch", "0"], "--batch: 0 is below 1")],
)
def test_rebuild_command_rejects_bad_numbers(args, message):
    from django.core.management import CommandError, call_command

    speech = speech_with("甲", "统战工作。")
    with pytest.raises(CommandError, match=f"^{message}$"):
        call_command("rebuild_search_index", "--no-progress", *args)
    assert found("统战") == {speech.pk}


@pytest.mark.django_db
def test_long_sections_are_chunked_and_found_everywhere():
    body = "甲乙丙丁" * 5000 + "统战工作" + "戊己庚辛" * 5000
    speech = speech_with("甲", body)
    assert index_rows(speech.pk) > 2
    assert found("统战工作") == {speech.pk}
    assert found("辛戊") == {speech.pk}


@pytest.mark.django_db
@pytest.mark.parametrize("q", BOTH_PATHS)
def test_chunks_of_one_section_count_as_one_passage(q):
    speech = speech_with("甲", "统战" + "甲乙" * 5000 + "统战")
    assert index_rows(speech.pk) > 2
    result = run_search(parse_query(q), None)
    assert (result.speech_count, result.passage_count) == (1, 1)
    assert [len(h.passages) for h in result.hits] == [1]


@pytest.mark.django_db
def test_scan_mode_for_very_frequent_terms(monkeypatch):
    from speeches.search import query

    monkeypatch.setattr(query, "ID_CAP", 5)
    monkeypatch.setattr(query, "SCAN_BATCH", 3)
    speeches = [speech_with(f"第{i}篇", "工作要抓实。", year=2000 + i) for i in range(12)]
    other = speech_with("无关", "别的内容。", year=2030)
    result = run_search(parse_query("工作"), None)
    assert result.date_ordered
    assert [h.speech_id for h in result.hits] == [s.pk for s in reversed(speeches)]
    assert other.pk not in {h.speech_id for h in result.hits}
    assert result.speech_count == 12
    assert ID_CAP > 5  # the module constant is untouched
    # A term needing verification (two runs) goes to scan mode too, and stays exact.
    assert run_search(parse_query('"要，抓"'), None).speech_count == 0


@pytest.mark.django_db
def test_scan_mode_asks_the_index_for_each_batch_and_stays_exact(monkeypatch):
    from speeches.search import query

    monkeypatch.setattr(query, "ID_CAP", 3)
    monkeypatch.setattr(query, "SCAN_BATCH", 30)
    plain = speech_with("甲", "统战工作要抓实。", "别的。", "统战在前。", year=2010)
    traditional = speech_with("乙", "統戰工作。", year=2011)
    chunked = speech_with("丙", "统战" + "甲乙" * 5000 + "统战", year=2012)
    excluded = speech_with("丁", "统战工作要抓实，没有例外。", year=2013)
    titled = speech_with("统战部长在会上的讲话", "正文。", year=2014)
    speech_with("戊", "别的内容。", year=2015)
    result = run_search(parse_query("统战"), None)
    assert result.date_ordered and not result.approximate
    ids = [titled.pk, excluded.pk, chunked.pk, traditional.pk, plain.pk]
    assert [h.speech_id for h in result.hits] == ids
    # Passages: two of `plain`, one each of the others; a title is not a passage.
    assert (result.speech_count, result.passage_count) == (5, 5)
    assert [len(h.passages) for h in result.hits] == [0, 1, 1, 1, 2]
    assert result.hits[0].title_hit and "<mark>统战</mark>" in result.hits[0].title_html
    # Checked in the text where the index cannot decide alone: an exclusion, punctuation.
    result = run_search(parse_query("统战 -例外"), None)
    assert [h.speech_id for h in result.hits] == [titled.pk, chunked.pk, traditional.pk, plain.pk]
    assert run_search(parse_query('"战工，作"'), None).speech_count == 0


@pytest.mark.django_db
def test_scan_mode_reads_the_text_of_the_page_only(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from speeches.search import query

    monkeypatch.setattr(query, "ID_CAP", 3)
    for i in range(60):  # half of them match: the page takes two batches
        speech_with(f"第{i}篇", "工作要抓实。" if i % 2 else "别的内容。", year=1950 + i)
    with CaptureQueriesContext(connection) as queries:
        result = run_search(parse_query("工作"), None)
    assert len(result.hits) == 20 and (result.speech_count, result.passage_count) == (30, 30)
    assert sum("OFFSET" in q["sql"] for q in queries.captured_queries) == 1  # the second batch
    # The passages' whole text is sent once, for the page; the scan sends ids (PostgreSQL's
    # probe reads the headings, substr(d.text, …), as in every search).
    reading = [q["sql"] for q in queries.captured_queries if " d.text, " in q["sql"]]
    assert len(reading) == 1
    assert all(speech_of(h.passages[0].doc_id) == h.speech_id for h in result.hits)


@pytest.mark.django_db
def test_postgresql_skips_the_probe_of_a_term_its_statistics_or_a_sample_call_frequent(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from speeches.search import query
    from speeches.search.index import DOCUMENT_TABLE

    if connection.vendor != "postgresql":
        pytest.skip("SQLite reads ids from the FTS5 index alone")
    monkeypatch.setattr(query, "ID_CAP", 5)  # frequent: estimated at 2 × 6 rows or more
    speeches = [speech_with(f"第{i}篇", "工作要抓实。", year=2000 + i) for i in range(40)]
    rare = speech_with("无关", "别的内容。", year=2030)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {DOCUMENT_TABLE}")

    def search(q):
        """The result, and whether the search sampled the table and probed the index."""
        with CaptureQueriesContext(connection) as queries:
            result = run_search(parse_query(q), None)
        sql = [captured["sql"] for captured in queries.captured_queries]
        sampled = any("TABLESAMPLE" in text for text in sql)
        return result, sampled, any("LIMIT" in text and "@@" in text for text in sql)

    result, _, probed = search("工作")
    assert result.date_ordered and result.speech_count == 40 and not probed
    assert [h.speech_id for h in result.hits] == [s.pk for s in reversed(speeches)][:20]
    result, _, probed = search("别的")
    assert not result.date_ordered and [h.speech_id for h in result.hits] == [rare.pk]
    assert probed
    # A one-character prefix: at least as frequent as its most common bigram (抓实); so is one
    # that only ends common bigrams (实 in 抓实).
    for q in ("抓", "实"):
        result, sampled, probed = search(q)
        assert result.date_ordered and result.speech_count == 40
        assert not sampled and not probed
    # A rare one is probed at once.
    result, sampled, probed = search("容")
    assert not result.date_ordered and [h.speech_id for h in result.hits] == [rare.pk]
    assert not sampled and probed
    # A phrase of common bigrams: counted in a block sample of the index (here the whole table).
    result, sampled, probed = search("工作要抓")
    assert result.date_ordered and result.speech_count == 40
    assert sampled and not probed
    # Common words together: estimated from their frequencies, as if independent; no sample.
    result, sampled, probed = search("工作 抓实")
    assert result.date_ordered and result.speech_count == 40
    assert not sampled and not probed
    # With a rare word (别的, in one row), the pair is probed at once.
    result, sampled, probed = search("工作 别的")
    assert not result.date_ordered and result.speech_count == 0
    assert not sampled and probed
    result, _, probed = search("别的内容")
    assert not result.date_ordered and [h.speech_id for h in result.hits] == [rare.pk]
    assert probed


@pytest.mark.django_db
@pytest.mark.parametrize("q", BOTH_PATHS)
def test_ties_across_the_page_boundary_go_newest_first(q):
    titled = [speech_with(f"统战第{i}篇", "正文。", year=1990 + i) for i in range(2)]
    tied = [speech_with(f"第{i}篇", "统战。", year=2000 + i) for i in range(25)]
    twice = speech_with("甲", "统战。", "统战。", year=1980)
    first = run_search(parse_query(q), None)
    newest = [s.pk for s in reversed(tied)]
    expected = [titled[1].pk, titled[0].pk, twice.pk, *newest]
    assert [h.speech_id for h in first.hits] == expected[:20]
    assert first.speech_count == 28 and first.has_next
    second = run_search(parse_query(q), None, page=2)
    assert [h.speech_id for h in second.hits] == expected[20:]
    assert not second.has_next
    by_date = run_search(parse_query(q), None, sort="-date", page=2)
    oldest = [titled[1].pk, titled[0].pk, twice.pk]
    assert [h.speech_id for h in by_date.hits] == [*newest[20:], *oldest]
    assert run_search(parse_query(q), None, page=3).hits == []


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
    assert (result.speech_count, result.passage_count) == (5, 6)
    assert (expected.speech_count, expected.passage_count) == (5, 6)
    assert all(p.snippet for h in result.hits for p in h.top_passages)
    by_date = run_search(parse_query("统战"), None, sort="date")
    order = [heading.pk, trad.pk, title.pk, many.pk, one.pk]
    assert [h.speech_id for h in by_date.hits] == order
    filtered = run_search(parse_query("统战"), Speech.objects.filter(year__gte=2002))
    assert {h.speech_id for h in filtered.hits} == {many.pk, one.pk}


# ---------------------------------------------------------------- the view


@pytest.mark.django_db
def test_view_shows_grouped_results_with_snippets_and_links(staff_client):
    speech = speech_with(
        "在全县统战工作会议上的讲话", "要做好统战工作。", "其他。", meeting="全县统战工作会议"
    )
    response = staff_client.get(URL, {"q": "统战"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>统战</mark>" in html
    assert "约 1 篇讲话、1 处" in html
    assert f'href="/speeches/{speech.pk}/?q=%E7%BB%9F%E6%88%98#s1"' in html


@pytest.mark.django_db
def test_view_links_carry_the_query_and_the_filter_form_renders(staff_client):
    speech = speech_with("在全县统战工作会议上的讲话", "要做好统战工作。")
    cache.clear()  # the form is a cached fragment: this request renders it from the empty filters
    html = staff_client.get(URL, {"q": "统战 工作"}).content.decode()
    link = f"/speeches/{speech.pk}/?q=%E7%BB%9F%E6%88%98+%E5%B7%A5%E4%BD%9C"
    assert f'<h2><a href="{link}">' in html
    assert f'href="{link}#s1"' in html
    assert '<select name="level" id="id_level">' in html
    assert "<details open>" not in html
    html = staff_client.get(URL, {"q": "统战", "level": "县"}).content.decode()
    assert "<details open>" in html


@pytest.mark.django_db
def test_view_escapes_script_in_text_and_query(staff_client):
    speech_with("甲", "危险<script>alert(1)</script>内容")
    html = staff_client.get(URL, {"q": "<script>"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q",
    [
        "",
        "   ",
        "，。！",
        "统" * 2000,
        "& | !",
        "' OR 1=1 --",
        "统战 & | 工作",
        '"统战',
        "统战-工作",
        "-统战",
        "\\",
        "'",
        "*",
        "NEAR(a b)",
        '"" AND OR',
        "\x00统战",
    ],
)
def test_view_never_fails_on_junk(staff_client, q):
    speech_with("甲", "统战工作。")
    response = staff_client.get(URL, {"q": q, "page": "x", "year": "abc", "sort": "evil"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_injection_shaped_input_gives_sane_results(staff_client):
    a = speech_with("甲", "统战工作。")
    assert found("统战 & | 工作") == {a.pk}
    assert found('"统战') == {a.pk}
    assert found("统战-工作") == set()
    assert found("' OR 1=1 --") == set()
    assert Speech.objects.count() == 1


@pytest.mark.django_db
def test_view_applies_browse_filters(staff_client):
    speech_with("甲", "两个维护。", year=2020, level="县")
    speech_with("乙", "两个维护。", year=2021, level="市")
    html = staff_client.get(URL, {"q": "两个维护", "year": "2020", "level": "县"}).content.decode()
    assert "约 1 篇讲话" in html
    html = staff_client.get(URL, {"q": "两个维护", "year_min": "2020", "year_max": "2021"})
    assert "约 2 篇讲话" in html.content.decode()


@pytest.mark.django_db
def test_view_paginates_20_speeches(staff_client):
    for i in range(23):
        speech_with(f"第{i}篇", "两个维护。")
    first = staff_client.get(URL, {"q": "两个维护"}).content.decode()
    assert first.count('class="search-hit"') == 20 and 'rel="next"' in first
    second = staff_client.get(URL, {"q": "两个维护", "page": "2"}).content.decode()
    assert second.count('class="search-hit"') == 3


@pytest.mark.django_db
def test_view_query_count(staff_client, django_assert_num_queries, monkeypatch):
    from speeches.search import query
    from speeches.search.stats import clear_index_stats

    speech_with("甲", "两个维护。", year=2020)
    # Warm the session; PostgreSQL also reads the index's statistics, kept for STATS_TTL seconds.
    staff_client.get(URL, {"q": "统战"})
    # 1. session, 2. user (login required), 3. the index's candidate passages (LIMIT 6,001: more
    # means scan mode), on SQLite 4. which of them hold a term in their heading (PostgreSQL's
    # probe returns the headings), then the speeches that can reach the page, in date order (for
    # ties in relevance), and the page's passages with their text, speech and anchor.
    n = 5 if connection.vendor == "postgresql" else 6
    with django_assert_num_queries(n):
        staff_client.get(URL, {"q": "两个维护"})
    if connection.vendor == "postgresql":
        clear_index_stats()
        with django_assert_num_queries(n + 1):  # the statistics, once per STATS_TTL
            staff_client.get(URL, {"q": "两个维护"})
    # With filters, one more: which of the candidates' speeches pass them.
    with django_assert_num_queries(n + 1):
        response = staff_client.get(URL, {"q": "两个维护", "year": "2020", "level": "县"})
    assert response.context["result"].speech_count == 1
    with django_assert_num_queries(4):  # nothing passes the filters: nothing more to read
        response = staff_client.get(URL, {"q": "两个维护", "quoted": "习近平总书记"})
    assert response.context["result"].speech_count == 0
    # Scan mode (a term too frequent for the index): the probe, then for each batch of speeches
    # their ids in date order and their matching index rows, and at the end the page's passages.
    monkeypatch.setattr(query, "ID_CAP", 0)
    with django_assert_num_queries(6):
        response = staff_client.get(URL, {"q": "两个维护"})
    assert response.context["result"].date_ordered
    # No query for an empty or junk search beyond the session and the user.
    with django_assert_num_queries(2):
        staff_client.get(URL, {"q": "，。！"})


@pytest.mark.django_db
def test_detail_page_includes_hit_navigation(staff_client):
    speech = speech_with("甲", "统战工作。")
    html = staff_client.get(f"/speeches/{speech.pk}/", {"q": "统战"}).content.decode()
    assert "search-hits.js" in html and "下一处" in html
    assert "search-hits.js" not in staff_client.get(f"/speeches/{speech.pk}/").content.decode()


def test_variants_pattern_finds_other_forms_of_the_characters_only():
    from speeches.search.fold import variants_pattern

    pattern = variants_pattern(fold("统战Ａ"))  # the characters of folded needles
    assert pattern.search("加强統一戰線") and pattern.search("Ａ") and pattern.search("A")
    assert not pattern.search("统战a工作，加强统一战线。")


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["统战 民营", "统战 民营 -没有这个词"])
def test_a_heading_counts_only_in_a_matching_passage(q):
    # 统战 in a heading whose passage lacks 民营 is no heading hit: the two speeches tie.
    older = speech_with("甲", "正文。", "统战和民营经济。", headings={1: "统战工作"}, year=2001)
    newer = speech_with("乙", "统战和民营经济。", year=2002)
    result = run_search(parse_query(q), None)
    assert [h.speech_id for h in result.hits] == [newer.pk, older.pk]
    assert not any(p.heading_hit for h in result.hits for p in h.passages)


@pytest.mark.django_db
@pytest.mark.parametrize("q", BOTH_PATHS)
def test_a_heading_in_traditional_script_is_a_heading_hit(q):
    mention = speech_with("甲", "做好统战。", year=2020)
    headed = speech_with("乙", "正文。", headings={1: "統戰工作"}, year=2000)
    result = run_search(parse_query(q), None)
    assert [h.speech_id for h in result.hits] == [headed.pk, mention.pk]


@pytest.mark.django_db
def test_postgresql_leaves_a_common_bigram_out_of_the_probe_and_stays_exact(monkeypatch):
    from speeches.search import query
    from speeches.search.stats import index_stats

    if connection.vendor != "postgresql":
        pytest.skip("SQLite's FTS5 index answers phrases alone")
    monkeypatch.setattr(query, "ID_CAP", 5)  # statistics are used from 60 index rows on
    for i in range(40):
        speech_with(f"第{i}篇", "工作要抓实。")
    simplified = speech_with("甲", "落实意识形态工作责任制。")
    traditional = speech_with("乙", "落實意識形態工作責任制。")
    scattered = speech_with("丙", "意识形态，态工，作责任制。")  # every bigram, not the phrase
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    parsed = parse_query("意识形态工作责任制")
    asked = query._prefilter(parsed, index_stats())
    assert ("工作", False) not in asked and ("意识", False) in asked
    assert found("意识形态工作责任制") == {simplified.pk, traditional.pk}
    assert scattered.pk not in found("意识形态工作责任制")
    # Two common terms: neither is left out for the other (rows are independent).
    assert {item for item, _ in query._prefilter(parse_query("工作 抓实"), index_stats())} == {
        "工作",
        "抓实",
    }


@pytest.mark.django_db
def test_postgresql_scan_mode_estimates_its_totals_from_the_statistics(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from speeches.search import query

    if connection.vendor != "postgresql":
        pytest.skip("SQLite counts the speeches")
    monkeypatch.setattr(query, "ID_CAP", 5)
    for i in range(100):
        speech_with(f"第{i}篇", "工作要抓实。" if i % 2 else "别的内容。", year=1900 + i)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    with CaptureQueriesContext(connection) as queries:
        result = run_search(parse_query("工作"), None)
    assert result.date_ordered and result.approximate
    assert abs(result.speech_count - 50) <= 2  # 31 of the newest 61 speeches, of 100
    assert not any('"__count"' in q["sql"] for q in queries.captured_queries)
