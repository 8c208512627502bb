import datetime as dt

import pytest
from django.urls import reverse

from speeches.models import Speech

from .factories import make_placeholder, make_quote, make_section, make_speech

URL = reverse("speeches:list")

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [speech.title for speech in response.context["page"]]


def test_it_lists_newest_first_by_default(staff_client):
    make_speech("旧的", year=2018)
    make_speech("只有年份", year=2021)
    make_speech("有日期", year=2021, date=dt.date(2021, 6, 1))
    make_speech("年份不详", year=None)
    response = staff_client.get(URL)
    assert titles(response) == ["有日期", "只有年份", "旧的", "年份不详"]


def test_it_shows_each_rows_facts(staff_client):
    speech = make_speech(
        "在全县统战工作会议上的讲话",
        meeting="县委统一战线工作领导小组会议",
        level="县",
        year=2020,
        date=dt.date(2020, 3, 5),
        char_count=12345,
        sections=3,
        quotes_per_section=2,
    )
    make_quote(speech.sections.first(), text="一条提法", kind="slogan", position=5)
    response = staff_client.get(URL)
    html = response.content.decode()
    assert f'href="/speeches/{speech.pk}/"' in html
    assert "县委统一战线工作领导小组会议" in html
    assert "县级" in html
    assert "2020年3月5日" in html
    assert "12,345字" in html
    assert "3节" in html
    assert "6处引语" in html  # slogans are not quotations


def test_it_filters_by_level_and_year(staff_client):
    make_speech("县里2020", level="县", year=2020)
    make_speech("县里2019", level="县", year=2019)
    make_speech("省里2020", level="省", year=2020)
    response = staff_client.get(URL, {"level": "县", "year": "2020"})
    assert titles(response) == ["县里2020"]


def test_it_filters_by_a_year_range(staff_client):
    for year in (2017, 2018, 2019, 2020, 2021):
        make_speech(f"{year}年的讲话", year=year)
    response = staff_client.get(URL, {"year_min": "2018", "year_max": "2020"})
    assert titles(response) == ["2020年的讲话", "2019年的讲话", "2018年的讲话"]


def test_it_filters_by_genre(staff_client):
    make_speech("一篇致辞", genre="致辞")
    make_speech("一篇讲话", genre="讲话")
    response = staff_client.get(URL, {"genre": "致辞"})
    assert titles(response) == ["一篇致辞"]


def test_it_matches_organisation_in_organisation_or_meeting(staff_client):
    make_speech("机构匹配", organisation="市委宣传部", meeting="全市工作会议")
    make_speech("会议匹配", organisation="县委", meeting="宣传部长座谈会")
    make_speech("都不匹配", organisation="县委", meeting="全县工作会议")
    response = staff_client.get(URL, {"organisation": "宣传部", "sort": "title"})
    assert sorted(titles(response)) == sorted(["机构匹配", "会议匹配"])


def test_it_filters_by_meeting(staff_client):
    make_speech("统战会", meeting="统一战线工作领导小组会议")
    make_speech("经济会", meeting="经济工作会议")
    response = staff_client.get(URL, {"meeting": "统一战线"})
    assert titles(response) == ["统战会"]


def test_it_filters_by_the_speaker_of_quotations(staff_client):
    quoting = make_speech("引用总书记")
    make_quote(make_section(quoting, position=1), text="人心向背", speaker="习近平总书记")
    other = make_speech("只有提法")
    make_quote(
        make_section(other, position=1), text="两个维护", kind="slogan", speaker="习近平总书记"
    )
    make_speech("没有引文")
    response = staff_client.get(URL, {"quoted": "习近平总书记"})
    assert titles(response) == ["引用总书记"]


def test_it_filters_by_placeholders_both_ways(staff_client):
    slotted = make_speech("有占位符")
    make_placeholder(make_section(slotted, position=1), text="XX", position=10)
    make_speech("没有占位符")
    assert titles(staff_client.get(URL, {"has_placeholders": "true"})) == ["有占位符"]
    assert titles(staff_client.get(URL, {"has_placeholders": "false"})) == ["没有占位符"]


def test_it_filters_speeches_needing_review(staff_client):
    make_speech("待复核的", needs_review=True)
    make_speech("已复核的", needs_review=False)
    assert titles(staff_client.get(URL, {"needs_review": "true"})) == ["待复核的"]
    assert titles(staff_client.get(URL, {"needs_review": "false"})) == ["已复核的"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["甲", "乙", "丙"]),
        ("-char_count", ["丙", "甲", "乙"]),
        ("char_count", ["乙", "甲", "丙"]),
        ("date", ["乙", "丙", "甲"]),
        ("-date", ["甲", "丙", "乙"]),
    ],
)
def test_it_sorts_by_the_chosen_order(staff_client, sort, expected):
    make_speech("甲", char_count=2000, year=2022)
    make_speech("乙", char_count=1000, year=2019)
    make_speech("丙", char_count=3000, year=2020)
    response = staff_client.get(URL, {"sort": sort})
    if sort == "title":
        # Unicode order of the titles, whatever the database collation: the point is it's by title.
        expected = sorted(expected, key=lambda t: Speech.objects.get(title=t).title)
        assert titles(response) in (expected, sorted(expected))
    else:
        assert titles(response) == expected


def test_it_shows_20_per_page_with_page_links(staff_client):
    for i in range(45):
        make_speech(f"第{i:02d}篇", year=2000 + i % 20)
    first = staff_client.get(URL)
    assert len(first.context["page"]) == 20
    html = first.content.decode()
    assert 'href="?page=2"' in html
    assert 'href="?page=3"' in html
    third = staff_client.get(URL, {"page": "3"})
    assert len(third.context["page"]) == 5


def test_page_links_keep_the_filters(staff_client):
    for i in range(25):
        make_speech(f"县级第{i}篇", level="县")
    html = staff_client.get(URL, {"level": "县"}).content.decode()
    assert "?level=%E5%8E%BF&amp;page=2" in html


def test_the_form_keeps_its_values(staff_client):
    make_speech("任意", year=2020)
    html = staff_client.get(
        URL, {"level": "省", "organisation": "宣传部", "year_min": "2018", "sort": "title"}
    ).content.decode()
    assert '<option value="省" selected class="option--empty">' in html  # no 省 speech
    assert 'name="organisation" value="宣传部"' in html
    assert 'name="year_min" value="2018"' in html
    assert '<option value="title" selected>' in html


def test_it_shows_facet_counts_beside_the_options(staff_client):
    make_speech("县1", level="县", genre="讲话", year=2020)
    make_speech("县2", level="县", genre="致辞", year=2020)
    make_speech("省1", level="省", genre="讲话", year=2019)
    html = staff_client.get(URL, {"genre": "讲话"}).content.decode()
    # With 讲话 chosen: level and year counts follow it; the genre counts ignore their own filter.
    assert ">县（1）<" in html
    assert ">省（1）<" in html
    assert ">2020年（1）<" in html
    assert ">2019年（1）<" in html
    assert ">讲话（2）<" in html
    assert ">致辞（1）<" in html


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999"},
        {"year": "x"},
        {"year": "99999999999999999999"},
        {"year_min": "2020.5"},
        {"sort": "password"},
        {"level": "<script>"},
        {"has_placeholders": "maybe"},
        {"quoted": "x" * 500},
    ],
)
def test_it_never_fails_on_invalid_parameters(staff_client, params):
    make_speech("一篇讲话")
    response = staff_client.get(URL, params)
    assert response.status_code in (200, 400)
    assert "一篇讲话" in response.content.decode()


def test_it_says_which_filter_value_it_ignored(staff_client):
    make_speech("县里的讲话", level="县")
    make_speech("市里的讲话", level="市")
    response = staff_client.get(URL, {"level": "city", "year": "x"})
    # 200: the page is still useful (unfiltered by the bad values), and says so.
    assert response.status_code == 200
    html = response.content.decode()
    assert "以下筛选条件的值无法识别，已忽略" in html
    assert "<li>层级：“city”</li>" in html
    assert "<li>年份：“x”</li>" in html
    assert sorted(titles(response)) == ["县里的讲话", "市里的讲话"]
    assert "无法识别" not in staff_client.get(URL, {"level": "县"}).content.decode()


def select_html(html: str, name: str) -> str:
    start = html.index(f'<select name="{name}"')
    return html[start : html.index("</select>", start)]


def test_each_select_offers_all_once(staff_client):
    make_speech("一篇", level="县", genre="讲话", year=2020)
    html = staff_client.get(URL).content.decode()
    for name in ("level", "genre", "year"):
        assert select_html(html, name).count(">全部<") == 1, name


def test_options_that_give_nothing_come_last_and_muted(staff_client):
    make_speech("县1", level="县", genre="讲话", year=2020)
    make_speech("县2", level="县", genre="致辞", year=None)
    html = staff_client.get(URL).content.decode()
    level = select_html(html, "level")
    assert level.index(">县（2）<") < level.index(">全国（0）<")
    assert '<option value="全国" class="option--empty">全国（0）</option>' in level
    assert 'class="option--empty">县' not in level
    genre = select_html(html, "genre")
    assert genre.index(">致辞（1）<") < genre.index(">主持词（0）<")


def test_the_year_filter_offers_and_applies_year_unknown(staff_client):
    make_speech("有年份", year=2020)
    make_speech("没有年份", year=None)
    html = staff_client.get(URL).content.decode()
    assert '<option value="unknown">年份不详（1）</option>' in select_html(html, "year")
    response = staff_client.get(URL, {"year": "unknown"})
    assert titles(response) == ["没有年份"]
    assert '<option value="unknown" selected>' in response.content.decode()
    # The other facets count the speeches of unknown year only.
    assert ">全国（0）<" in response.content.decode()


def test_the_header_has_a_search_box_and_a_logout_button(staff_client):
    html = staff_client.get(URL).content.decode()
    assert 'action="/search/"' in html
    assert 'role="search"' in html
    assert '<label for="site-search-q">搜索</label>' in html
    assert 'name="q"' in html
    assert 'action="/accounts/logout/" method="post"' in html
    assert "staff" in html
    assert 'lang="zh-CN"' in html


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("/search/?q=统战", "统战"),  # the search being shown
        ("/trends/?q=统战&q=宗教", ""),  # the terms of a chart are not a search
        ("/quotes/?q=统战", ""),
    ],
)
def test_the_header_search_box_holds_the_search_shown_only(staff_client, url, value):
    html = staff_client.get(url).content.decode()
    assert f'id="site-search-q" type="search" name="q" value="{value}"' in html


@pytest.mark.parametrize("count", [1, 100])
def test_its_query_count_does_not_grow_with_the_speeches(
    staff_client, django_assert_num_queries, count
):
    for i in range(count):
        speech = make_speech(f"第{i}篇", sections=2, quotes_per_section=1, year=2000 + i % 10)
        make_placeholder(speech.sections.first(), text="XX", position=10)
    # 1 session, 2 user, 3 the data version, 4 speeches per level, genre and year (the facet
    # counts and the total are sums over it), 5 speakers for the datalist, 6 the page of
    # speeches with section and quotation counts (those of the page's speeches only).
    with django_assert_num_queries(6):
        response = staff_client.get(URL, {"sort": "-date", "has_placeholders": "true"})
    assert response.status_code == 200
    # With other levels, genres or years: 4 and 5 are kept for this data version.
    with django_assert_num_queries(4):
        staff_client.get(URL, {"sort": "-date", "has_placeholders": "true", "level": "县"})
    # The same query again (from any worker): its rendered body is kept too.
    with django_assert_num_queries(3):
        again = staff_client.get(URL, {"sort": "-date", "has_placeholders": "true"})
    assert again.content.count(b'class="result"') == min(count, 20)
    assert len(response.context["page"]) == min(count, 20)


def test_another_page_of_the_same_filters_reuses_their_rendered_counts(staff_client):
    for i in range(25):
        make_speech(f"第{i}篇", level="县", year=2020)
    first = staff_client.get(URL, {"level": "县"})
    second = staff_client.get(URL, {"level": "县", "page": "2"})
    rendered = [t.name for t in second.templates]
    assert "speeches/includes/list_results.html" in rendered
    assert "speeches/includes/list_filters.html" not in rendered  # kept for these filters
    assert "speeches/includes/list_filters.html" in [t.name for t in first.templates]
    assert "县（25）" in second.content.decode()  # the counts, as the first page showed them
    assert second.content.decode().count('class="result"') == 5
