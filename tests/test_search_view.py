"""The /search/ view: results, links, escaping, junk input, filters, paging, query count."""

import pytest
from django.core.cache import cache
from django.db import connection

from speeches.models import Speech

from .search_helpers import URL, found, speech_with

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
