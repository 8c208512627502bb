import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from speeches.models import Quote

from .factories import make_quote, make_section, make_speech

QUOTES = reverse("speeches:quotes")
SLOGANS = reverse("speeches:slogans")

pytestmark = pytest.mark.django_db


def quoting(title: str, *quotes: tuple[str, str], year: int = 2020, kind=Quote.Kind.QUOTATION):
    """A speech whose first section quotes each (speaker, text)."""
    speech = make_speech(title, year=year)
    section = make_section(speech, position=1, anchor="s1")
    for i, (speaker, text) in enumerate(quotes):
        make_quote(section, text=text, speaker=speaker, position=i, kind=kind)
    return speech


def test_it_groups_quotations_by_speaker_most_quoted_first(staff_client):
    quoting("甲", ("习近平总书记", "人心向背"), ("毛泽东", "实事求是"))
    quoting("乙", ("习近平总书记", "绿水青山就是金山银山"))
    response = staff_client.get(QUOTES)
    groups = response.context["by_speaker"]
    assert [(g["speaker"], g["total"]) for g in groups] == [("习近平总书记", 2), ("毛泽东", 1)]
    html = response.content.decode()
    assert html.index("习近平总书记 <span") < html.index("毛泽东 <span")
    assert "共引用 2 次" in html


def test_it_shows_an_identical_quotation_once_with_every_use(staff_client):
    first = quoting("第一篇", ("习近平总书记", "人心向背"), year=2019)
    second = quoting("第二篇", ("习近平总书记", "人心向背"), year=2020)
    html = staff_client.get(QUOTES).content.decode()
    assert html.count("“人心向背”") == 1
    assert "用于 2 篇讲话稿" in html
    assert f'href="/speeches/{first.pk}/#s1">第一篇</a>' in html
    assert f'href="/speeches/{second.pk}/#s1">第二篇</a>' in html


def test_it_leaves_slogans_and_documents_out(staff_client):
    quoting("提法篇", ("", "两个维护"), kind=Quote.Kind.SLOGAN)
    quoting("文件篇", ("", "党的十九大报告"), kind=Quote.Kind.DOCUMENT)
    html = staff_client.get(QUOTES).content.decode()
    assert "两个维护" not in html
    assert "党的十九大报告" not in html
    assert "没有符合条件的引文" in html


def test_it_filters_by_speaker_and_text(staff_client):
    quoting("甲", ("习近平总书记", "人心向背"), ("毛泽东", "实事求是"))
    quoting("乙", ("习近平总书记", "绿水青山就是金山银山"))
    html = staff_client.get(QUOTES, {"speaker": "毛泽东"}).content.decode()
    assert "实事求是" in html and "人心向背" not in html
    html = staff_client.get(QUOTES, {"text": "青山"}).content.decode()
    assert "绿水青山" in html and "人心向背" not in html and "实事求是" not in html
    assert 'name="text" value="青山"' in html


def test_it_matches_part_of_a_speakers_name(staff_client):
    quoting("甲", ("习近平总书记", "人心向背"), ("毛泽东同志", "实事求是"))
    html = staff_client.get(QUOTES, {"speaker": "习近平"}).content.decode()
    assert "人心向背" in html and "实事求是" not in html


def test_the_speaker_index_links_keep_the_text_filter(staff_client):
    quoting("甲", ("习近平总书记", "人心向背"))
    html = staff_client.get(QUOTES, {"text": "人心", "page": "2"}).content.decode()
    links = re.findall(r'<a href="([^"]+)">习近平总书记</a>', html)
    expected = f"{QUOTES}?" + urlencode({"speaker": "习近平总书记", "text": "人心"})
    assert links == [expected.replace("&", "&amp;")]  # the page number is dropped


@pytest.mark.parametrize("params", [{"page": "abc"}, {"page": "0"}, {"speaker": "x" * 300}])
def test_it_never_fails_on_invalid_parameters(staff_client, params):
    quoting("甲", ("习近平总书记", "人心向背"))
    response = staff_client.get(QUOTES, params)
    assert response.status_code == 200


@pytest.mark.parametrize("speeches", [1, 40])
def test_its_query_count_does_not_grow_with_the_quotations(
    staff_client, django_assert_num_queries, speeches
):
    for i in range(speeches):
        quoting(f"第{i}篇", ("习近平总书记", "人心向背"), ("毛泽东", f"第{i}句"))
    # 1 session, 2 user, 3 the quote bank's version, 4 every quotation group with its speaker's
    # total (one grouped query), 5 the speakers with counts, 6 the page's first uses with speech
    # and section.
    with django_assert_num_queries(6):
        response = staff_client.get(QUOTES)
    assert response.status_code == 200
    # Again: the groups, speakers and the page's uses come from this process's copy.
    with django_assert_num_queries(3):
        assert staff_client.get(QUOTES, {"page": "1"}).status_code == 200


def test_slogans_are_listed_by_frequency_with_their_years(staff_client):
    quoting("甲", ("", "两个维护"), ("", "四个自信"), year=2019, kind=Quote.Kind.SLOGAN)
    quoting("乙", ("", "两个维护"), year=2020, kind=Quote.Kind.SLOGAN)
    quoting("丙", ("", "两个维护"), year=2020, kind=Quote.Kind.SLOGAN)
    quoting("引语", ("习近平总书记", "人心向背"))
    response = staff_client.get(SLOGANS)
    rows = response.context["rows"]
    assert [(r["text"], r["uses"], r["years"]) for r in rows] == [
        ("两个维护", 3, [2019, 2020]),
        ("四个自信", 1, [2019]),
    ]
    html = response.content.decode()
    assert "<td>2019、2020</td>" in html
    assert "人心向背" not in html


def test_slogans_can_be_filtered_by_text(staff_client):
    quoting("甲", ("", "两个维护"), ("", "四个自信"), kind=Quote.Kind.SLOGAN)
    html = staff_client.get(SLOGANS, {"text": "自信"}).content.decode()
    assert "四个自信" in html and "两个维护" not in html


@pytest.mark.parametrize("speeches", [1, 40])
def test_the_slogan_query_count_does_not_grow(staff_client, django_assert_num_queries, speeches):
    for i in range(speeches):
        quoting(f"第{i}篇", ("", "两个维护"), ("", f"提法{i}"), kind=Quote.Kind.SLOGAN)
    # 1 session, 2 user, 3 the quote bank's version, 4 every slogan with its counts (one
    # grouped query), 5 the page's years.
    with django_assert_num_queries(5):
        response = staff_client.get(SLOGANS)
    assert response.status_code == 200
    with django_assert_num_queries(3):  # again: the slogans and years from this process's copy
        assert staff_client.get(SLOGANS).status_code == 200


def test_a_quotation_used_often_lists_its_ten_newest_uses_and_counts_them_all(staff_client):
    for year in range(2001, 2016):
        quoting(f"{year}年的讲话", ("习近平总书记", "人心向背"), year=year)
    html = staff_client.get(QUOTES).content.decode()
    assert "用于 15 篇讲话稿，下面列出最近的 10 处" in html
    assert "2015年的讲话" in html and "2006年的讲话" in html
    assert "2005年的讲话" not in html


def test_quotation_pages_hold_30_groups_with_the_speaker_totals_of_all_pages(staff_client):
    speech = make_speech("长篇", year=2020)
    section = make_section(speech, position=1, anchor="s1")
    for i in range(45):
        make_quote(section, text=f"第{i:02d}句", speaker="习近平总书记", position=i)
    make_quote(section, text="实事求是", speaker="毛泽东", position=99)
    first = staff_client.get(QUOTES)
    second = staff_client.get(QUOTES, {"page": "2"})
    assert first.context["page"].paginator.count == 46
    assert first.context["page"].paginator.num_pages == 2
    assert [g["total"] for g in first.context["by_speaker"]] == [45]
    assert [(g["speaker"], g["total"]) for g in second.context["by_speaker"]] == [
        ("习近平总书记", 45),
        ("毛泽东", 1),
    ]
    assert len(second.context["by_speaker"][0]["groups"]) == 15


@pytest.mark.parametrize("page", ["3", "999999999999999999999", "-1"])
def test_a_page_past_the_end_shows_the_last_page(staff_client, page):
    speech = make_speech("长篇", year=2020)
    section = make_section(speech, position=1, anchor="s1")
    for i in range(35):
        make_quote(section, text=f"第{i:02d}句", speaker="某人", position=i)
    for url in (QUOTES, SLOGANS):
        response = staff_client.get(url, {"page": page})
        assert response.status_code == 200
    assert staff_client.get(QUOTES, {"page": page}).context["page"].number in {1, 2}


def test_a_new_or_corrected_quotation_shows_at_once(staff_client):
    speech = quoting("甲", ("习近平总书记", "人心向背"))
    assert "人心向背" in staff_client.get(QUOTES).content.decode()
    quote = Quote.objects.get()
    quote.speaker = "毛泽东"
    quote.save()  # as the admin does: a history row
    html = staff_client.get(QUOTES).content.decode()
    assert "毛泽东 <span" in html and "习近平总书记 <span" not in html
    make_quote(speech.sections.get(), text="实事求是", speaker="毛泽东", position=5)
    assert "实事求是" in staff_client.get(QUOTES).content.decode()
    Quote.objects.filter(text="实事求是").delete()
    assert "实事求是" not in staff_client.get(QUOTES).content.decode()


def test_another_worker_shows_a_page_already_shown_from_the_shared_cache(
    staff_client, django_assert_num_queries
):
    from speeches.quotebank import clear_cache

    for i in range(40):
        quoting(f"第{i}篇", ("习近平总书记", f"第{i:02d}句"), ("", f"提法{i}"))
        quoting(f"提法篇{i}", ("", f"提法{i}"), kind=Quote.Kind.SLOGAN)

    def listed(url):
        html = staff_client.get(url, {"page": "2"}).content.decode()
        return html[html.index('<div class="bank__list">') :]

    first = {url: listed(url) for url in (QUOTES, SLOGANS)}
    assert "第09句" in first[QUOTES] and "提法" in first[SLOGANS]
    clear_cache()  # a worker that has computed nothing itself
    for url, html in first.items():
        # 1 session, 2 user, 3 the quote bank's version: the groups and the page's rendered
        # list come from Django's cache.
        with django_assert_num_queries(3):
            assert listed(url) == html
