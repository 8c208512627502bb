"""The detail page's reuse panels, /reuse/, /compare/ and /trends/ (query counts pinned)."""

import pytest
from django.urls import reverse

from speeches import dataversion
from speeches.models import Quote

from .factories import make_quote, make_section, make_speech
from .reuse_helpers import edited, paragraph, speech_with

pytestmark = pytest.mark.django_db


def reused_pair():
    text = paragraph(1, 200)
    source = speech_with(paragraph(2), text, title="在2022年全县经济工作会议上的讲话", year=2022)
    copy = speech_with(
        edited(text, 1, share=0.9),
        paragraph(3),
        title="在全市经济工作会议上的讲话",
        year=2023,
        level="市",
    )
    return source, copy


# ---------------------------------------------------------------- detail


def test_the_detail_page_marks_a_reused_section_and_lists_the_other_passage(staff_client):
    source, copy = reused_pair()
    html = staff_client.get(source.get_absolute_url()).content.decode()
    assert "与 1 篇讲话相似" in html
    assert html.count('class="reuse-note"') == 1
    other = copy.sections.get(position=1)
    assert f'href="/speeches/{copy.pk}/#{other.anchor}"' in html
    assert "在全市经济工作会议上的讲话" in html and "2023 · 市" in html
    assert f"?a={source.pk}&amp;b={copy.pk}#a-s2" in html


def test_the_detail_page_shows_the_share(staff_client):
    source, _ = reused_pair()
    share = source.sections.get(position=2).pk
    from speeches.reuse.models import ReuseMatch

    figure = ReuseMatch.objects.get(section_id=share).share
    html = staff_client.get(source.get_absolute_url()).content.decode()
    assert f'<span class="reuse-share" title="本段文字见于该段的比例">{figure}%</span>' in html


def test_related_speeches_say_why(staff_client):
    speech = make_speech(meeting="2023年全县经济工作会议", organisation="县政府", year=2023)
    series = make_speech(meeting="2022年全县经济工作会议", organisation="县委", year=2022)
    same_org = make_speech(meeting="全县安全生产会议", organisation="县政府", year=2021)
    quoting = make_speech(meeting="其他会议", organisation="乡镇", year=2020)
    make_speech(meeting="无关会议", organisation="市委")
    mine = make_section(speech, position=1)
    theirs = make_section(quoting, position=1)
    make_quote(mine, text="绿水青山就是金山银山", kind=Quote.Kind.SLOGAN)
    make_quote(theirs, text="绿水青山就是金山银山", kind=Quote.Kind.SLOGAN)
    html = staff_client.get(speech.get_absolute_url()).content.decode()
    panel = html[html.index('id="related-heading"') :]
    assert "同一会议系列：全县经济工作会议" in panel
    assert "同一机构：县政府" in panel
    assert "共用 1 条提法或引语" in panel
    assert panel.index(series.title) < panel.index(same_org.title) < panel.index(quoting.title)
    assert "无关会议" not in panel
    assert f"?a={speech.pk}&amp;b={series.pk}" in panel
    assert f'<span class="related__meta">2022 · {series.level}</span>' in panel


def test_related_speeches_leave_out_a_text_every_speech_uses(staff_client, monkeypatch):
    from speeches.reuse import related

    monkeypatch.setattr(related, "COMMON", 2)
    speech = make_speech(meeting="其他会议甲", organisation="乡镇甲")
    mine = make_section(speech, position=1)
    make_quote(mine, text="两个维护", kind=Quote.Kind.SLOGAN)
    make_quote(mine, text="一句少见的引语", kind=Quote.Kind.QUOTATION)
    rare = make_speech(meeting="其他会议乙", organisation="乡镇乙", title="用了少见引语的讲话")
    make_quote(make_section(rare, position=1), text="一句少见的引语", kind=Quote.Kind.QUOTATION)
    for n in range(3):  # 两个维护: 4 uses in all, more than COMMON
        other = make_speech(meeting=f"会议{n}", organisation=f"机构{n}", title=f"普通讲话{n}")
        make_quote(make_section(other, position=1), text="两个维护", kind=Quote.Kind.SLOGAN)
    version = dataversion.current()
    assert related.uncommon({"两个维护", "一句少见的引语"}, version) == ["一句少见的引语"]
    panel = staff_client.get(speech.get_absolute_url()).content.decode()
    panel = panel[panel.index('id="related-heading"') :]
    assert "用了少见引语的讲话" in panel and "共用 1 条提法或引语" in panel
    assert "普通讲话" not in panel


def test_the_common_texts_are_found_once_per_data_version(
    django_assert_num_queries, django_capture_on_commit_callbacks, monkeypatch
):
    from speeches.reuse import related

    monkeypatch.setattr(related, "COMMON", 1)
    section = make_section(make_speech(), position=1)
    make_quote(section, text="一句引语", kind=Quote.Kind.QUOTATION)
    make_quote(section, text="常用提法", kind=Quote.Kind.SLOGAN)
    make_quote(section, text="常用提法", kind=Quote.Kind.SLOGAN, position=10)
    version = dataversion.current()
    with django_assert_num_queries(1):  # every common text in one grouped query
        assert related.uncommon({"一句引语", "常用提法"}, version) == ["一句引语"]
    with django_assert_num_queries(0):  # kept for this data version, whatever the texts
        assert related.uncommon({"常用提法", "第三句话"}, version) == ["第三句话"]
    with django_capture_on_commit_callbacks(execute=True):  # the data version goes up
        make_quote(section, text="一句引语", kind=Quote.Kind.QUOTATION, position=20)
    with django_assert_num_queries(2):  # a new data version: found again
        assert related.uncommon({"一句引语", "常用提法"}, dataversion.current()) == []


@pytest.mark.parametrize("copies", [1, 6])
def test_the_detail_page_reuse_panels_do_not_grow_with_reuse(staff_client, copies):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    text = paragraph(7, 150)
    source = speech_with(text, paragraph(8, 150))
    for seed in range(copies):
        speech_with(text, paragraph(8, 150), paragraph(100 + seed))
    with CaptureQueriesContext(connection) as queries:
        html = staff_client.get(source.get_absolute_url()).content.decode()
    assert html.count(f"与 {copies} 篇讲话相似") == 2
    ours = [q["sql"] for q in queries if "reuse_match" in q["sql"] or "speeches_quote" in q["sql"]]
    # 1 the sections' similar passages; 2 the related speeches, every source (shared passages
    # among them) with their titles in one statement; 3 the speech's own quotes (its outline;
    # none here, so no look-up of the common quote texts)
    assert len(ours) == 3
    assert sum("UNION ALL" in sql for sql in ours) == 1


# ---------------------------------------------------------------- /reuse/


def test_the_reuse_page_ranks_the_most_reused_passage_first(staff_client):
    common = paragraph(10, 150)
    first = speech_with(common, paragraph(11))
    for seed in range(3):
        speech_with(common, paragraph(20 + seed))
    pair = paragraph(12, 150)
    speech_with(pair)
    speech_with(pair)
    html = staff_client.get(reverse("speeches:reuse")).content.decode()
    assert "共 2 段" in html
    assert html.index("<strong>3</strong> 篇讲话使用") < html.index("<strong>1</strong> 篇讲话使用")
    assert first.title in html


def test_the_reuse_page_filters_both_sides(staff_client):
    text = paragraph(30, 150)
    speech_with(text, level="县")
    speech_with(text, level="县")
    speech_with(text, level="市")
    html = staff_client.get(reverse("speeches:reuse"), {"level": "市"}).content.decode()
    assert "没有找到复用的段落" in html
    html = staff_client.get(reverse("speeches:reuse"), {"level": "县"}).content.decode()
    assert "<strong>1</strong> 篇讲话使用" in html


def test_the_reuse_page_ignores_an_invalid_filter(staff_client):
    response = staff_client.get(reverse("speeches:reuse"), {"year": "x", "page": "zz"})
    assert response.status_code == 200


def test_the_reuse_page_query_count_does_not_grow_with_rows(
    staff_client, django_assert_num_queries
):
    for seed in range(5):
        text = paragraph(40 + seed, 150)
        speech_with(text)
        speech_with(text)
    # 1 session, 2 user, 3 count of ranked passages, 4 the page, 5 its sections and speeches
    with django_assert_num_queries(5):
        response = staff_client.get(reverse("speeches:reuse"))
    assert response.content.decode().count('class="reuse-ranking__item"') == 5


# ---------------------------------------------------------------- /compare/


def test_compare_aligns_corresponding_sections_and_marks_changed_wording(staff_client):
    shared = paragraph(50, 150)
    a = speech_with(paragraph(51), shared, paragraph(52))
    b = speech_with(shared.replace(shared[10:16], "改动的文字"), paragraph(53))
    html = staff_client.get(reverse("speeches:compare"), {"a": a.pk, "b": b.pk}).content.decode()
    assert html.count('class="compare__row compare__row--shared"') == 1
    assert "<ins>改动的文字</ins>" in html
    assert f"<del>{shared[10:16]}</del>" in html
    assert 'id="a-s2"' in html
    assert "（无对应段落）" in html


def test_compare_query_count(staff_client, django_assert_num_queries):
    a = speech_with(paragraph(60), paragraph(61))
    b = speech_with(paragraph(60), paragraph(62))
    # 1 session, 2 user, 3 both speeches, 4 sections, 5 quotes, 6 placeholders
    with django_assert_num_queries(6):
        response = staff_client.get(reverse("speeches:compare"), {"a": a.pk, "b": b.pk})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ({}, 400, "请在地址中给出两篇讲话稿的编号"),
        ({"a": "1", "b": "x"}, 400, "请在地址中给出两篇讲话稿的编号"),
        ({"a": "-3", "b": "1"}, 400, "请在地址中给出两篇讲话稿的编号"),
        ({"a": "99999999999999999999", "b": "1"}, 400, "请在地址中给出两篇讲话稿的编号"),
        ({"a": "5", "b": "5"}, 400, "请选择两篇不同的讲话稿"),
        ({"a": "424242", "b": "424243"}, 404, "找不到编号为 424242、424243 的讲话稿"),
    ],
)
def test_compare_refuses_bad_ids_in_chinese(staff_client, query, status, message):
    response = staff_client.get(reverse("speeches:compare"), query)
    assert response.status_code == status
    assert message in response.content.decode()


def test_compare_needs_a_login(client):
    response = client.get(reverse("speeches:compare"), {"a": 1, "b": 2})
    assert response.status_code == 302


# ---------------------------------------------------------------- /trends/


def trend_archive():
    for year, n in ((2019, 1), (2020, 3), (2022, 2)):
        for _ in range(n):
            speech = make_speech(year=year, level="县")
            make_section(speech, position=1, body="必须做到两个维护，增强四个意识。")
    speech = make_speech(year=2020, level="市")
    make_section(speech, position=1, body="牢固树立四个意识。")
    from speeches import search

    for speech in __import__("speeches.models", fromlist=["Speech"]).Speech.objects.all():
        search.reindex_speech(speech)


def test_trends_counts_speeches_per_year_for_each_term(staff_client):
    trend_archive()
    response = staff_client.get(reverse("speeches:trends"), {"q": ["两个维护", "四个意识"]})
    table = response.context["table"]
    assert [row["year"] for row in table] == [2019, 2020, 2021, 2022]
    assert [row["values"] for row in table] == [[1, 1], [3, 4], [0, 0], [2, 2]]
    html = response.content.decode()
    assert '<svg viewBox="0 0 720 320" role="img"' in html
    assert html.count("<polyline") == 2
    assert "两个维护：2020 年 3 篇" in html


def test_trends_can_split_by_level(staff_client):
    trend_archive()
    response = staff_client.get(reverse("speeches:trends"), {"q": "四个意识", "by": "level"})
    labels = [s.label for s in response.context["trend"].series]
    assert labels == ["四个意识（市）", "四个意识（县）"]


def test_trends_downloads_csv(staff_client):
    trend_archive()
    response = staff_client.get(reverse("speeches:trends"), {"q": "两个维护", "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8-sig").splitlines()
    assert text == ["年份,两个维护", "2019,1", "2020,3", "2021,0", "2022,2", "合计,6"]


def test_trends_keeps_five_terms_and_says_so(staff_client):
    trend_archive()
    terms = ["甲", "乙", "丙", "丁", "戊", "己"]
    response = staff_client.get(reverse("speeches:trends"), {"q": terms})
    assert response.context["terms"] == terms[:5]
    assert "最多比较 5 个词语，“己”未计入。" in response.content.decode()


def test_trends_reports_an_unsearchable_term(staff_client):
    response = staff_client.get(reverse("speeches:trends"), {"q": "，，"})
    assert response.status_code == 200
    assert "无法检索" in response.content.decode()


def test_trends_without_terms_shows_the_form(staff_client):
    response = staff_client.get(reverse("speeches:trends"))
    assert response.status_code == 200
    assert "<svg" not in response.content.decode()


def test_trends_query_count(staff_client, django_assert_max_num_queries):
    trend_archive()
    staff_client.get(reverse("speeches:trends"), {"q": "两个维护"})
    # Kept for the same archive version: 1 session, 2 user, 3 the version
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        staff_client.get(reverse("speeches:trends"), {"q": "两个维护"})
    assert len(queries) == 3


def test_each_slogan_links_to_its_trend(staff_client):
    speech = make_speech()
    make_quote(make_section(speech, position=1), text="四个意识", kind=Quote.Kind.SLOGAN)
    html = staff_client.get(reverse("speeches:slogans")).content.decode()
    assert 'href="/trends/?q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86"' in html


def test_search_results_link_to_the_trend_of_the_query(staff_client):
    trend_archive()
    html = staff_client.get(reverse("speeches:search"), {"q": "两个维护"}).content.decode()
    assert 'href="/trends/?q=%E4%B8%A4%E4%B8%AA%E7%BB%B4%E6%8A%A4"' in html


@pytest.mark.parametrize(
    ("meeting", "series"),
    [
        ("2023年全县经济工作会议", "全县经济工作会议"),
        ("二〇二三年度全县经济工作会议", "全县经济工作会议"),
        ("第三次全县组织工作会议", "全县组织工作会议"),
        ("2023年会议", ""),
        ("", ""),
    ],
)
def test_a_meeting_series_is_its_name_without_the_year(meeting, series):
    from speeches.reuse.related import meeting_series

    assert meeting_series(meeting) == series
