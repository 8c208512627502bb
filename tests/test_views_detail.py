import datetime as dt
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from speeches import dataversion
from speeches.models import Section

from .factories import make_placeholder, make_quote, make_section, make_speech, make_user
from .speech_samples import make_realistic_speech

pytestmark = pytest.mark.django_db


def detail_html(client, speech) -> str:
    response = client.get(reverse("speeches:detail", args=[speech.pk]))
    assert response.status_code == 200
    return response.content.decode()


def section_html(html: str, anchor: str) -> str:
    match = re.search(rf'<section id="{anchor}".*?</section>', html, re.S)
    assert match, f"no section #{anchor}"
    return match.group(0)


def test_it_gives_404_for_a_missing_speech(staff_client):
    assert staff_client.get(reverse("speeches:detail", args=[999999])).status_code == 404


def test_it_gives_404_for_an_id_beyond_any_integer_column(staff_client):
    url = reverse("speeches:detail", args=[10**25])
    assert staff_client.get(url).status_code == 404


def test_it_shows_the_header(staff_client):
    speech = make_realistic_speech(subtitle="——在全县统战工作会议上")
    html = detail_html(staff_client, speech)
    assert '<h1 id="speech-title">在县委统一战线工作领导小组2020年第一次会议上的讲话</h1>' in html
    assert "——在全县统战工作会议上" in html
    assert "<dt>会议</dt><dd>县委统一战线工作领导小组2020年第一次会议</dd>" in html
    assert "<dt>召开机构</dt><dd>县委统一战线工作领导小组</dd>" in html
    assert "<dt>层级</dt><dd>县级</dd>" in html
    assert "<dt>日期</dt><dd>2020年3月5日</dd>" in html
    assert '<dt>职务</dt><dd class="speaker-role">县委书记</dd>' in html
    assert "<dt>文种</dt><dd>讲话</dd>" in html
    assert "<dt>字数</dt><dd>3,468字</dd>" in html
    assert "000_c78fcdc5d01df34d.txt" not in html  # the source file: editors only
    assert "<dt>导入时间</dt>" in html
    assert "<dt>更新时间</dt>" in html


@pytest.mark.parametrize(
    ("role", "name", "shown"),
    [
        ("县委书记", "王建国", [("职务", "县委书记"), ("讲话人", "王建国")]),
        ("", "县委书记王建国", [("职务", "县委书记"), ("讲话人", "王建国")]),  # typed together
        ("", "王建国", [("讲话人", "王建国")]),
        ("副县长", "", [("职务", "副县长")]),
    ],
)
def test_it_shows_the_speakers_role_and_name_apart(staff_client, role, name, shown):
    html = detail_html(staff_client, make_speech(speaker_role=role, speaker_name=name))
    found = re.findall(
        r'<dt>(职务|讲话人)</dt><dd class="speaker-(?:role|name)">([^<]*)</dd>', html
    )
    assert sorted(found) == sorted(shown)


def test_it_shows_the_source_file_only_to_editors(client):
    speech = make_speech(source_name="000_c78fcdc5d01df34d.txt")
    client.force_login(make_user("reader"))
    assert "000_c78fcdc5d01df34d.txt" not in detail_html(client, speech)
    editor = make_user("editor", is_staff=True)  # editors reach the admin
    editor.user_permissions.add(Permission.objects.get(codename="change_speech"))
    client.force_login(editor)
    html = detail_html(client, speech)
    assert '<dt>来源文件</dt><dd class="source-name">000_c78fcdc5d01df34d.txt</dd>' in html


def test_it_shows_the_year_when_the_date_is_unknown(staff_client):
    speech = make_speech(year=2019, date=None)
    assert "<dt>日期</dt><dd>2019年</dd>" in detail_html(staff_client, speech)


def test_it_builds_an_outline_of_every_heading_level(staff_client):
    html = detail_html(staff_client, make_realistic_speech())
    outline = re.search(r'<details class="outline".*?</details>', html, re.S).group(0)
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', outline)
    assert links == [
        ("s1", "一、做好新时代统战工作，必须坚定不移坚持和加强党的领导"),
        ("s2", "二、做好新时代统战工作，必须着力解决人心和力量问题"),
        ("s2-1", "一是努力提升多党合作制度效能。"),
        ("s2-2", "二是努力做好非公有制经济领域统战工作。"),
        ("s3", "三、做好新时代统战工作，必须着力解决工作中的短板和不足"),
        ("s3-1", "一是解决好思想认识的问题。"),
        ("s3-2", "二是构建好统战工作格局。"),
    ]
    # Sub-points nest inside their part.
    assert re.search(r'href="#s2">.*?<ol>\s*<li><a href="#s2-1">', outline, re.S)


def test_it_renders_sections_by_level_and_kind(staff_client):
    html = detail_html(staff_client, make_realistic_speech())
    assert 'class="section section--opening section--level-1"' in html
    assert 'class="section section--closing section--level-1"' in html
    assert re.search(r'<h2 class="section__heading"><span class="section__number">一、', html)
    assert re.search(r'<h3 class="section__heading"><span class="section__number">一是', html)


def test_it_marks_quotations_with_their_speaker(staff_client):
    html = section_html(detail_html(staff_client, make_realistic_speech()), "s1")
    assert (
        '“<q class="mark mark-quotation" title="习近平总书记指出" data-speaker="习近平总书记">'
        "人心向背、力量对比是决定事业成败的关键、是最大的政治。</q>”"
    ) in html


def test_it_shows_a_quotations_source(staff_client):
    html = section_html(detail_html(staff_client, make_realistic_speech()), "s2")
    assert 'title="习近平总书记强调（党的十九大报告）"' in html


def test_it_marks_slogans_documents_and_placeholders(staff_client):
    html = detail_html(staff_client, make_realistic_speech())
    assert '“<span class="mark mark-slogan" title="提法">四个意识</span>”' in html
    assert '《<cite class="mark mark-document" title="文件">党的十九大报告</cite>》' in html
    assert '立足<mark class="slot" title="待填写">XX</mark>实际' in html
    assert '请<mark class="slot" title="待填写">×××</mark>同志' in html


def test_it_mutes_the_stage_directions_stored_with_the_section(
    staff_client, django_capture_on_commit_callbacks
):
    speech = make_realistic_speech()
    html = detail_html(staff_client, speech)
    assert '<span class="stage">（鼓掌）</span>' in html
    assert '<span class="stage">（热烈鼓掌）</span>' in html
    # Only what the importer stored is muted: the page detects nothing itself. (A write that
    # bypasses the model signals raises the data version itself: the page is kept per version.)
    with django_capture_on_commit_callbacks(execute=True):
        speech.sections.update(stage_directions=[])
        dataversion.bump()
    html = detail_html(staff_client, speech)
    assert '<span class="stage">' not in html
    assert "（热烈鼓掌）" in html


def test_it_skips_a_stored_stage_direction_no_longer_at_its_offset(staff_client):
    speech = make_realistic_speech()
    speech.sections.exclude(anchor="closing").update(stage_directions=[])
    # The closing has （热烈鼓掌） near its end, not at offset 0 (an editor changed the text).
    speech.sections.filter(anchor="closing").update(stage_directions=[[0, "（热烈鼓掌）"]])
    html = detail_html(staff_client, speech)
    assert '<span class="stage">' not in html
    assert "（热烈鼓掌）" in html


def test_it_escapes_the_text_and_the_marks(staff_client):
    speech = make_speech()
    section = make_section(
        speech, position=1, heading="<b>标题</b>", body="他说“<script>alert(1)</script>”。"
    )
    text = "<script>alert(1)</script>"
    make_quote(
        section, text=text, position=section.text.find(text), speaker='"><img src=x onerror=1>'
    )
    html = detail_html(staff_client, speech)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;标题&lt;/b&gt;" in html
    assert "<img" not in html


def test_it_skips_a_mark_whose_offset_no_longer_matches(staff_client):
    speech = make_speech()
    section = make_section(speech, position=1, heading="", body="要坚持和加强党的领导。")
    make_quote(section, text="不在这里的话", position=2)
    make_placeholder(section, text="XX", position=0)
    html = section_html(detail_html(staff_client, speech), "s1")
    assert "<q" not in html
    assert "<mark" not in html
    assert "要坚持和加强党的领导。" in html


def test_it_nests_a_placeholder_inside_a_quotation(staff_client):
    speech = make_speech()
    section = make_section(speech, position=1, heading="", body="他强调“立足XX实际”。")
    make_quote(section, text="立足XX实际", position=4, speaker="县委书记")
    make_placeholder(section, text="XX", position=6)
    html = section_html(detail_html(staff_client, speech), "s1")
    assert '立足<mark class="slot" title="待填写">XX</mark>实际</q>' in html


def test_it_splits_marks_at_paragraph_ends(staff_client):
    speech = make_speech()
    section = make_section(speech, position=1, heading="", body="甲乙\n丙丁")
    make_quote(section, text="乙\n丙", position=1, speaker="某人")
    html = section_html(detail_html(staff_client, speech), "s1")
    assert html.count("<p>") == 2
    assert html.count("<q ") == 2


def test_each_section_has_a_permalink_and_a_copy_button(staff_client):
    html = section_html(detail_html(staff_client, make_realistic_speech()), "s2-1")
    hidden_name = '<span class="visually-hidden">：一是努力提升多党合作制度效能。</span>'
    assert f'<a class="permalink" href="#s2-1">本节链接{hidden_name}</a>' in html
    # Hidden until the script finds a clipboard: no dead button without JavaScript.
    assert f'data-copy-section="s2-1" hidden>复制本节{hidden_name}</button>' in html


def test_the_article_carries_the_citation_line(staff_client):
    html = detail_html(staff_client, make_realistic_speech())
    assert (
        'data-citation="——《在县委统一战线工作领导小组2020年第一次会议上的讲话》，'
        '县委统一战线工作领导小组2020年第一次会议，2020年3月5日"'
    ) in html


def test_it_links_to_the_older_and_newer_speeches(staff_client):
    older = make_speech("较早的", year=2019, date=None)
    same_year = make_speech("同年较早的", year=2020, date=dt.date(2020, 1, 1))
    speech = make_speech("这一篇", year=2020, date=dt.date(2020, 3, 5))
    newer = make_speech("较新的", year=2021, date=None)
    html = detail_html(staff_client, speech)
    assert f'href="/speeches/{same_year.pk}/" rel="prev"' in html
    assert f'href="/speeches/{newer.pk}/" rel="next"' in html
    html = detail_html(staff_client, older)
    assert 'rel="prev"' not in html
    assert f'href="/speeches/{same_year.pk}/" rel="next"' in html


def test_it_shows_the_edit_link_and_warnings_only_to_editors(client):
    speech = make_realistic_speech(
        warnings=[{"code": "no_date", "message": "未识别出日期"}], needs_review=True
    )
    reader = make_user("reader")
    client.force_login(reader)
    html = detail_html(client, speech)
    assert "编辑" not in html
    assert "未识别出日期" not in html

    # Permission without staff status: the admin would refuse, so there is no link either.
    outsider = make_user("outsider")
    outsider.user_permissions.add(Permission.objects.get(codename="change_speech"))
    client.force_login(outsider)
    assert "编辑" not in detail_html(client, speech)

    editor = make_user("editor", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_speech"))
    client.force_login(editor)
    html = detail_html(client, speech)
    assert f'href="/admin/speeches/speech/{speech.pk}/change/">编辑</a>' in html
    assert "未识别出日期" in html


def test_it_keeps_the_search_hits_include(staff_client):
    template_names = [
        t.name
        for t in staff_client.get(reverse("speeches:detail", args=[make_speech().pk])).templates
    ]
    assert "speeches/includes/search_hits.html" in template_names


def test_it_loads_its_script_and_stylesheet_locally(staff_client):
    html = detail_html(staff_client, make_realistic_speech())
    assert 'src="/static/js/reader.js"' in html
    assert 'href="/static/css/site.css"' in html
    assert "//cdn" not in html and "https://" not in html


@pytest.mark.parametrize("sections", [1, 30])
def test_its_query_count_does_not_grow_with_sections_and_quotes(
    staff_client, django_assert_num_queries, sections
):
    speech = make_speech(sections=sections, quotes_per_section=3)
    for section in Section.objects.filter(speech=speech):
        make_placeholder(section, text="XX", position=section.text.find("XX"))
    make_speech("较早", year=2010)
    make_speech("较新", year=2030)
    # 1 session, 2 user (a reader, not staff: no permission queries for the edit link), 3 the
    # data version, 4 speech (and whether any speech may copy it: none, so no query for them;
    # it copies none), 5 quotes, 6 placeholders, 7 sections, 8 the older and newer speeches,
    # then the reuse panels: 9 the sections' reuse matches, 10 how often each of its 提法 and
    # quotations is used (the common ones are left out), 11 the candidates of every source
    # (same meeting series, same organisation, shared passages, shared quotations) with their
    # titles, in one statement.
    url = reverse("speeches:detail", args=[speech.pk])
    with django_assert_num_queries(11):
        response = staff_client.get(url)
    assert response.content.decode().count('class="slot"') == sections
    # Again (from any worker): the page is kept for this data version.
    with django_assert_num_queries(3):
        again = staff_client.get(url)
    assert again.content.decode().count('class="slot"') == sections
