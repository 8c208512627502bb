"""The /search/ view: results, snippets and labels, counts, 同段, the shared sidebar, paging,
junk input, query counts; and the detail page's hit bar, whose figures are the results page's."""

import datetime as dt
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection

from speeches.models import Speech
from speeches.search.results import CAPPED, Count, SearchResult

from .search_helpers import URL, found, speech_with

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_sidebar_cache():
    cache.clear()  # the sidebar is a cached fragment
    yield


def hit_html(html: str, n: int = 0) -> str:
    return re.findall(
        r'<li class="result search-hit">.*?</li>\s*(?=<li class="result|</ol>)', html, re.S
    )[n]


def totals(html: str) -> str:
    match = re.search(r'<p class="search-totals">(.*?)</p>', html, re.S)
    assert match, "no totals line"
    return re.sub(r"<[^>]+>|\s+", "", match.group(1))


# ---------------------------------------------------------------- one result


def test_a_result_shows_its_title_link_facts_and_labelled_snippets(staff_client):
    speech = speech_with(
        "在全县统战工作会议上的讲话",
        "要做好统战工作。",
        "其他事项。",
        headings={1: "提高政治站位"},
        meeting="全县统战工作会议",
        date=dt.date(2020, 3, 5),
        genre="致辞",
    )
    speech.sections.filter(position=1).update(number="一、")
    from speeches.search import reindex_speech

    reindex_speech(speech)
    response = staff_client.get(URL, {"q": "统战"})
    assert response.status_code == 200
    hit = hit_html(response.content.decode())
    link = f"/speeches/{speech.pk}/?q=%E7%BB%9F%E6%88%98"
    # The title is the link, its terms marked.
    assert (
        f'<h2 class="result__title"><a href="{link}">在全县<mark>统战</mark>工作会议上的讲话</a></h2>'
        in hit
    )
    # Meeting, date, level and genre under it.
    meta = re.search(r'<ul class="search-hit__meta".*?</ul>', hit, re.S).group(0)
    for fact in ("全县统战工作会议", "2020年3月5日", "县级", "致辞"):
        assert f"<li>{fact}</li>" in meta
    # Each snippet: a small label (number + heading) linking to its section, then plain text.
    assert (
        f'<a class="snippet__label" href="{link}#s1">一、提高政治站位</a>要做好<mark>统战</mark>工作。'
        in hit
    )
    assert '<p class="snippet"><a' not in hit  # the snippet itself is no longer one big link


def test_the_totals_say_what_is_counted_and_use_yue_only_for_estimates(staff_client):
    speech_with("甲", "统战工作。", "统战部。", "别的。")
    speech_with("乙", "统战。")
    html = staff_client.get(URL, {"q": "统战"}).content.decode()
    line = totals(html)
    assert line.startswith("找到2篇讲话、3段")
    assert "篇：含全部检索词的讲话" in line and "段：这些讲话中含检索词的段落" in line
    assert "约" not in line
    html = staff_client.get(URL, {"q": "没有的词"}).content.decode()
    assert "没有找到包含“没有的词”的讲话" in html
    assert "约" not in html


def test_a_capped_total_reads_1000_plus(staff_client, monkeypatch):
    from speeches.search import views

    def capped(parsed, qs, *, sort, page):
        return SearchResult(
            hits=[],
            speeches=Count(1500, CAPPED),
            passages=Count(4000, CAPPED),
            date_ordered=False,
            page=1,
            page_count=50,
            has_next=True,
        )

    monkeypatch.setattr(views, "run_search", capped)
    line = totals(staff_client.get(URL, {"q": "工作"}).content.decode())
    assert line.startswith("找到1000+篇讲话、1000+段")
    assert "约" not in line


def test_each_result_says_how_many_passages_match(staff_client):
    speech_with("甲", "统战工作。", "统战部。", "别的。")
    hit = hit_html(staff_client.get(URL, {"q": "统战"}).content.decode())
    assert "<li>本篇 2 段</li>" in hit


def test_it_escapes_script_in_text_and_query(staff_client):
    speech_with("甲", "危险<script>alert(1)</script>内容")
    html = staff_client.get(URL, {"q": "<script>"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


# ---------------------------------------------------------------- semantics seen on the page


def test_terms_in_different_sections_find_the_speech_unless_same_passage_is_asked(staff_client):
    apart = speech_with("甲", "统战工作。", "民营经济。")
    together = speech_with("乙", "统战与民营经济。")
    response = staff_client.get(URL, {"q": "统战 民营经济"})
    assert {hit.speech_id for hit in response.context["result"].hits} == {apart.pk, together.pk}
    # Both terms shown for the speech whose passages each hold one.
    hit = next(h for h in response.context["result"].hits if h.speech_id == apart.pk)
    shown = "".join(snippet.text for snippet in hit.snippets)
    assert "统战" in shown and "民营经济" in shown

    response = staff_client.get(URL, {"q": "统战 民营经济", "scope": "section"})
    assert [hit.speech_id for hit in response.context["result"].hits] == [together.pk]
    html = response.content.decode()
    assert 'name="scope" value="section" checked' in html
    assert "scope=section" in hit_html(html)  # the detail link keeps 同段
    assert "篇：有段落同时含全部检索词的讲话" in totals(html)


def test_the_same_passage_box_is_offered_unchecked_by_default(staff_client):
    html = staff_client.get(URL, {"q": "统战"}).content.decode()
    assert '<input type="checkbox" id="search-scope" name="scope" value="section" aria' in html
    assert '<label for="search-scope">同段</label>' in html


def test_an_exclusion_removes_the_whole_speech(staff_client):
    speech_with("甲", "统战工作。", "宗教事务。")
    kept = speech_with("乙", "统战工作。")
    assert found("统战 -宗教") == {kept.pk}


# ---------------------------------------------------------------- the sidebar


def test_the_sidebar_is_the_browse_pages(staff_client):
    speech_with("甲", "统战。", year=2020)
    speech_with("乙", "统战。", year=None)
    search = staff_client.get(URL, {"q": "统战"})
    browse = staff_client.get("/")
    for response in (search, browse):
        assert "includes/filter_fields.html" in [t.name for t in response.templates]
    html = search.content.decode()
    for name in ("level", "genre", "year", "year_min", "year_max", "quoted", "needs_review"):
        assert f'name="{name}"' in html, name
    level = html[html.index('<select name="level"') :]
    assert level[: level.index("</select>")].count(">全部<") == 1
    # Without counts on the search page; the years are the archive's, with 年份不详.
    assert '<option value="2020">2020年</option>' in html
    assert '<option value="unknown">年份不详</option>' in html
    assert 'name="sort"' not in html.split('id="search-sort"')[0].split("browse__filters")[1]


def test_it_applies_the_sidebar_filters(staff_client):
    speech_with("甲", "两个维护。", year=2020, level="县")
    speech_with("乙", "两个维护。", year=2021, level="市")
    speech_with("丙", "两个维护。", year=None, level="市")
    response = staff_client.get(URL, {"q": "两个维护", "year": "2020", "level": "县"})
    assert response.context["result"].speech_count == 1
    assert '<option value="县" selected>' in response.content.decode()
    response = staff_client.get(URL, {"q": "两个维护", "year_min": "2020", "year_max": "2021"})
    assert response.context["result"].speech_count == 2
    response = staff_client.get(URL, {"q": "两个维护", "year": "unknown"})
    assert [hit.title for hit in response.context["result"].hits] == ["丙"]


def test_it_says_which_filter_it_ignored(staff_client):
    speech_with("甲", "两个维护。", level="县")
    response = staff_client.get(URL, {"q": "两个维护", "level": "city"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "以下筛选条件的值无法识别，已忽略" in html
    assert "<li>层级：“city”</li>" in html
    assert response.context["result"].speech_count == 1


# ---------------------------------------------------------------- paging


def test_it_pages_20_speeches_with_a_page_count_and_links(staff_client):
    for i in range(23):
        speech_with(f"第{i}篇", "两个维护。")
    first = staff_client.get(URL, {"q": "两个维护", "scope": "section"}).content.decode()
    assert first.count('class="result search-hit"') == 20
    assert "第 1 / 2 页" in first
    assert 'href="?q=%E4%B8%A4%E4%B8%AA%E7%BB%B4%E6%8A%A4&amp;scope=section&amp;page=2"' in first
    second = staff_client.get(URL, {"q": "两个维护", "page": "2"}).content.decode()
    assert second.count('class="result search-hit"') == 3
    assert "第 2 / 2 页" in second and 'rel="prev"' in second
    assert '<ol class="results search-results" start="21">' in second


def test_an_estimated_total_gets_previous_and_next_only(staff_client, monkeypatch):
    from speeches.search import query

    for i in range(3):
        speech_with(f"第{i}篇", "两个维护。")
    monkeypatch.setattr(query, "ID_CAP", 0)  # as if the term were too frequent: the scan
    monkeypatch.setattr(query, "SCAN_BUDGET", 1)
    response = staff_client.get(URL, {"q": "两个维护"})
    result = response.context["result"]
    html = response.content.decode()
    if result.page_count is None:  # an estimate: no page count to show
        assert "第 1 页" in html and " / " not in re.sub(
            r"<[^>]+>", "", html.split("search-results")[-1]
        )
        assert "约" in totals(html)
    else:  # exact after all: no 约
        assert "约" not in totals(html)


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
def test_it_never_fails_on_junk(staff_client, q):
    speech_with("甲", "统战工作。")
    params = {"q": q, "page": "x", "year": "abc", "sort": "evil", "scope": "<b>"}
    assert staff_client.get(URL, params).status_code == 200


def test_injection_shaped_input_gives_sane_results(staff_client):
    a = speech_with("甲", "统战工作。")
    assert found("统战 & | 工作") == {a.pk}
    assert found('"统战') == {a.pk}
    assert found("' OR 1=1 --") == set()
    assert Speech.objects.count() == 1


# ---------------------------------------------------------------- query counts


def test_its_query_count(staff_client, django_assert_num_queries):
    from speeches.search.stats import clear_index_stats

    speech_with("甲", "两个维护。", year=2020)
    # Warm the session, the sidebar for no filters and the quoted speakers; PostgreSQL also
    # reads the index's statistics, kept for STATS_TTL seconds.
    staff_client.get(URL, {"q": "统战"})
    if connection.vendor == "postgresql":
        clear_index_stats()
        staff_client.get(URL, {"q": "统一战线"})  # another search: 统战's page is kept
    # 1. session, 2. user, 3. the index's candidate passages, on SQLite 4. which of them hold
    # a term in their heading (PostgreSQL's probe returns the headings), then the speeches that
    # can reach the page, in date order, and the page's passages with their text; last, the
    # archive's data version (the cached sidebar's key).
    n = 6 if connection.vendor == "postgresql" else 7
    with django_assert_num_queries(n):
        staff_client.get(URL, {"q": "两个维护"})
    # With filters, one more: which of the candidates' speeches pass them; the first time, the
    # sidebar's fragment for these parameters is rendered: the known years and the quote
    # bank's version (for the speakers' suggestions).
    with django_assert_num_queries(n + 3):
        staff_client.get(URL, {"q": "两个维护", "year": "2020", "level": "县"})
    # The same search again (from any worker): the session, the user and the data version,
    # under which the page of results and the sidebar's fragment are kept.
    with django_assert_num_queries(3):
        response = staff_client.get(URL, {"q": "两个维护", "year": "2020", "level": "县"})
    # Another search with these filters: searched, the sidebar's fragment cached.
    with django_assert_num_queries(n + 1):
        staff_client.get(URL, {"q": "维护", "year": "2020", "level": "县"})
    assert response.content.decode().count('class="result search-hit"') == 1
    # Nothing to search: the session, the user and the data version (the sidebar is cached).
    with django_assert_num_queries(3):
        staff_client.get(URL, {"q": "，。！"})


def test_its_sidebar_shows_a_year_imported_after_it_was_cached(
    staff_client, django_capture_on_commit_callbacks
):
    speech_with("甲", "两个维护。", year=2020)
    assert "2019" not in staff_client.get(URL, {"q": "两个维护"}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the import's commit
        speech_with("乙", "别的内容。", year=2019)
    assert "2019" in staff_client.get(URL, {"q": "两个维护"}).content.decode()


# ---------------------------------------------------------------- the detail page's hit bar


def test_the_detail_pages_hit_bar_agrees_with_the_results_page(staff_client):
    speech_with(
        "统战工作会议上的讲话", "统战统战。", "别的。", "统战部和统一战线。", headings={3: "统战"}
    )
    result = staff_client.get(URL, {"q": "统战"}).context["result"]
    (hit,) = result.hits
    response = staff_client.get(hit.url)
    html = response.content.decode()
    hits = response.context["hits"]
    assert hits.passage_count == hit.passage_count == 3  # the title and two sections
    assert f"本篇 {hit.passage_count} 段、共 {hits.occurrence_count} 处" in html
    bar = re.search(r'<div id="search-hits-bar".*?>', html).group(0)
    assert json.loads(
        re.search(r'data-needles="([^"]*)"', bar).group(1).replace("&quot;", '"')
    ) == ["统战"]
    assert f'data-occurrences="{hits.occurrence_count}"' in bar
    assert ">上一处</button>" in html and ">下一处</button>" in html
    assert 'aria-keyshortcuts="n"' in html and 'aria-keyshortcuts="p"' in html
    assert "search-hits.js" in html


def test_back_to_the_results_returns_to_the_same_page_filters_and_sort(staff_client):
    for i in range(25):
        speech_with(f"第{i}篇", "统战工作。", year=2020)
    params = {"q": "统战", "year": "2020", "sort": "-date", "page": "2"}
    result = staff_client.get(URL, params).context["result"]
    html = staff_client.get(result.hits[0].url).content.decode()
    back = re.search(r'<a href="([^"]*)">返回搜索结果</a>', html).group(1).replace("&amp;", "&")
    again = staff_client.get(back).content.decode()  # the same page, kept for the version
    assert (
        '<a href="?q=%E7%BB%9F%E6%88%98&amp;year=2020&amp;sort=-date&amp;page=2" aria-current="page">2</a>'
        in again
    )
    shown = [
        int(pk) for pk in re.findall(r'class="result__title"><a href="/speeches/(\d+)/', again)
    ]
    assert shown == [h.speech_id for h in result.hits]
    assert "year=2020" in back and "sort=-date" in back


def test_the_hit_bar_keeps_the_same_passage_scope_and_is_absent_without_a_query(staff_client):
    speech = speech_with("甲", "统战工作。", "民营经济。")
    html = staff_client.get(
        f"/speeches/{speech.pk}/", {"q": "统战 民营经济", "scope": "section"}
    ).content.decode()
    assert (
        'href="/search/?q=%E7%BB%9F%E6%88%98+%E6%B0%91%E8%90%A5%E7%BB%8F%E6%B5%8E&amp;scope=section"'
        in html
    )
    html = staff_client.get(f"/speeches/{speech.pk}/").content.decode()
    assert "search-hits.js" not in html and "search-hits-bar" not in html
    html = staff_client.get(f"/speeches/{speech.pk}/", {"q": "，。"}).content.decode()
    assert "search-hits-bar" not in html  # nothing searchable


def test_the_hit_bar_costs_one_query(staff_client):
    from django.test.utils import CaptureQueriesContext

    speech = speech_with("甲", "统战工作。", "统战部。")
    url = f"/speeches/{speech.pk}/"
    staff_client.get(url)  # warms the session
    with CaptureQueriesContext(connection) as plain:
        staff_client.get(url)
    with CaptureQueriesContext(connection) as searched:
        response = staff_client.get(url, {"q": "统战"})
    assert len(searched) == len(plain) + 1  # the speech's index rows
    assert response.context["hits"].occurrence_count == 2


def test_the_hit_bar_says_when_the_speech_does_not_hold_the_terms(staff_client):
    speech = speech_with("甲", "统战工作。")
    html = staff_client.get(f"/speeches/{speech.pk}/", {"q": "民营经济"}).content.decode()
    assert "本篇中没有找到“民营经济”" in html


def test_a_page_beyond_the_last_says_so_and_links_back(staff_client):
    speech_with("甲", "统战工作。")
    html = staff_client.get(URL, {"q": "统战", "page": "7"}).content.decode()
    assert "第 7 页没有结果。" in html
    assert '<a href="?q=%E7%BB%9F%E6%88%98">回到第 1 页</a>' in html
    assert "没有找到包含" not in html


def test_the_bulk_downloads_of_a_same_passage_search_take_what_the_page_lists(staff_client):
    from django.http import QueryDict

    from speeches.exports.selection import select_speeches

    speech_with("甲", "统战工作。", "民营经济。")
    together = speech_with("乙", "统战与民营经济。")
    html = staff_client.get(URL, {"q": "统战 民营经济", "scope": "section"}).content.decode()
    assert (
        "/export/catalogue/?q=" in html
        and "scope=section" in html.split("/export/catalogue/")[1][:80]
    )
    chosen = select_speeches(QueryDict("q=统战 民营经济&scope=section")).speeches
    assert [s.pk for s in chosen] == [together.pk]
    assert len(select_speeches(QueryDict("q=统战 民营经济")).speeches) == 2
