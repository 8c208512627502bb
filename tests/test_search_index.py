"""The search index's upkeep, its rebuild command, chunking, scan mode and PostgreSQL's planner.

Runs on SQLite by default and on PostgreSQL with DATABASE_URL=postgres://…
"""

import io

import pytest
from django.db import connection

from speeches.models import Section
from speeches.search import reindex_speech, unindex_speech
from speeches.search.index import speech_of
from speeches.search.models import SearchDocument
from speeches.search.query import (
    parse_query,
    run_search,
)

from .factories import make_quote
from .search_helpers import BOTH_PATHS, found, speech_with

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
@pytest.mark.parametrize(("q", "scope"), BOTH_PATHS)
def test_chunks_of_one_section_count_as_one_passage(q, scope):
    speech = speech_with("甲", "统战" + "甲乙" * 5000 + "统战")
    assert index_rows(speech.pk) > 2
    result = run_search(parse_query(q, scope), None)
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
    # Passages: two of `plain`, one each of the others (the title is one of `titled`).
    assert (result.speech_count, result.passage_count) == (5, 6)
    assert [len(h.passages) for h in result.hits] == [0, 1, 1, 1, 2]
    assert [h.passage_count for h in result.hits] == [1, 1, 1, 1, 2]
    assert result.hits[0].title_hit and "<mark>统战</mark>" in result.hits[0].title_html
    # Checked in the text where the index cannot decide alone: an exclusion, punctuation.
    for scope in ("speech", "section"):
        result = run_search(parse_query("统战 -例外", scope), None)
        expected = [titled.pk, chunked.pk, traditional.pk, plain.pk]
        assert [h.speech_id for h in result.hits] == expected
        assert run_search(parse_query('"战工，作"', scope), None).speech_count == 0
    # Two frequent terms apart in one speech (speech scope), and not in one passage (同段).
    assert [h.speech_id for h in run_search(parse_query("统战 别的"), None).hits] == [plain.pk]
    assert run_search(parse_query("统战 别的", "section"), None).hits == []


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
def test_postgresql_leaves_a_common_bigram_out_of_the_probe_and_stays_exact(monkeypatch):
    from speeches.search import query
    from speeches.search.backends import prefilter
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
    asked = prefilter(parsed, index_stats())
    assert ("工作", False) not in asked and ("意识", False) in asked
    assert found("意识形态工作责任制") == {simplified.pk, traditional.pk}
    assert scattered.pk not in found("意识形态工作责任制")
    # Two common terms: neither is left out for the other (rows are independent).
    assert {item for item, _ in prefilter(parse_query("工作 抓实"), index_stats())} == {
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


@pytest.mark.django_db
def test_speech_scope_looks_frequent_words_up_within_the_candidates(monkeypatch):
    from speeches.search import query

    monkeypatch.setattr(query, "ID_CAP", 3)
    both = [speech_with(f"第{i}篇", "工作要抓实。", "民营经济。", year=2000 + i) for i in range(4)]
    speech_with("甲", "工作。", "民营。", "宗教工作。", year=2010)
    for i in range(3):
        speech_with(f"乙{i}", "工作。", year=2011 + i)
    rare = speech_with("丙", "工作。", "余学。", year=1990)
    plain = speech_with("丁", "民营经济。", year=1980)
    # A rare word with a frequent one: the frequent one looked up in the rare one's speeches.
    result = run_search(parse_query("余学 工作"), None)
    assert [h.speech_id for h in result.hits] == [rare.pk]
    assert result.speeches.kind == "exact" and not result.date_ordered
    # Every word frequent (民营 is in 6 rows): the speeches scanned newest first, exactly.
    result = run_search(parse_query("工作 民营 -宗教"), None)
    assert result.date_ordered and str(result.speeches) == "4"
    assert [h.speech_id for h in result.hits] == [s.pk for s in reversed(both)]
    # A frequent exclusion (工作, 10 rows) is checked in every candidate speech (民营, 6 rows).
    monkeypatch.setattr(query, "ID_CAP", 7)
    result = run_search(parse_query("民营 -工作"), None)
    assert [h.speech_id for h in result.hits] == [plain.pk] and not result.date_ordered
    # A frequent word among more candidates than RESOLVE_LIMIT: they are scanned newest first.
    result = run_search(parse_query("民营 工作"), None)
    assert not result.date_ordered and str(result.speeches) == "5"
    monkeypatch.setattr(query, "RESOLVE_LIMIT", 2)
    result = run_search(parse_query("民营 工作"), None)
    assert result.date_ordered and str(result.speeches) == "5"
    assert [h.speech_id for h in result.hits][1:] == [s.pk for s in reversed(both)]
    assert not run_search(parse_query("民营 -工作"), None).date_ordered  # exclusions: at once


@pytest.mark.django_db
@pytest.mark.parametrize("cap", [3, 40])  # every term frequent (a scan) / 统战 probed, 发展 not
def test_a_frequent_exclusion_leaves_out_every_speech_holding_it(monkeypatch, cap):
    from speeches.search import query

    monkeypatch.setattr(query, "ID_CAP", cap)
    kept = speech_with("甲", "统战要抓实。", "别的。", year=2020)
    last = speech_with("乙", "统战要抓实。", "别的。", "最后讲发展。", year=2019)
    traditional = speech_with("丙", "统战要抓实。", "經濟發展。", year=2018)
    titled = speech_with("在发展大会上的讲话", "统战要抓实。", year=2017)
    apart = speech_with("丁", "统战要抓实。", "发展，工作。", year=2016)
    for i in range(15):  # 发展 in 45 more passages: beyond either cap
        speech_with(f"戊{i}", "发展。", "发展。", "发展。", year=2000 + i)
    assert found("统战 -发展") == {kept.pk}
    # An exclusion the index cannot decide alone (two runs) is checked in the text.
    assert found('统战 -"发展，工作"') == {kept.pk, last.pk, traditional.pk, titled.pk}
    assert apart.pk in found("统战 发展")
