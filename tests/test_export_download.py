"""/speeches/<id>/download/<fmt>/: Markdown and plain text, the 提纲, file names, bad input."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from .export_helpers import (
    download,
    expected_headings,
    expected_text,
    make_layered_speech,
    no_space,
)
from .factories import make_speech
from .speech_samples import TITLE, make_realistic_speech

pytestmark = pytest.mark.django_db


def url(speech, fmt: str) -> str:
    return reverse("speeches:download", args=[speech.pk, fmt])


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("md", "text/markdown; charset=utf-8"),
        ("txt", "text/plain; charset=utf-8"),
    ],
)
def test_each_format_is_an_attachment_named_after_the_title(staff_client, fmt, content_type):
    speech = make_realistic_speech()
    response = download(staff_client, speech, fmt)
    assert response["Content-Type"] == content_type
    disposition = response["Content-Disposition"]
    assert disposition.startswith(f'attachment; filename="speech-{speech.pk}.{fmt}"; ')
    assert f"filename*=UTF-8''{quote(TITLE + '.' + fmt)}" in disposition


def test_the_outline_file_says_so_in_its_name(staff_client):
    speech = make_realistic_speech()
    disposition = download(staff_client, speech, "txt", outline="1")["Content-Disposition"]
    assert f'filename="speech-{speech.pk}-outline.txt"' in disposition
    assert quote(f"{TITLE}（提纲）.txt") in disposition


def test_a_title_with_path_characters_makes_a_safe_name(staff_client):
    speech = make_speech('关于"三农"工作/乡村振兴的讲话：提纲?')
    disposition = download(staff_client, speech, "md")["Content-Disposition"]
    assert quote("关于_三农_工作_乡村振兴的讲话：提纲.md") in disposition


def test_text_is_one_paragraph_a_line_with_numbered_headings(staff_client):
    speech = make_layered_speech()
    text = download(staff_client, speech, "txt").content.decode("utf-8")
    lines = text.splitlines()
    assert lines[:4] == [speech.title, speech.subtitle, "同志们：", lines[3]]
    assert "一、提高政治站位" in lines
    assert "（一）加强组织领导。各级党委要把这项工作摆上重要议程。" in lines  # as written
    assert "主要负责同志要亲自抓。" in lines
    assert "" not in lines
    assert no_space(text) == no_space(expected_text(speech))


def test_text_in_gb18030_for_old_windows_tools_has_crlf_line_ends(staff_client):
    speech = make_layered_speech()
    response = download(staff_client, speech, "txt", encoding="gb18030")
    assert response["Content-Type"] == "text/plain; charset=gb18030"
    text = response.content.decode("gb18030")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert text.replace("\r\n", "\n") == download(staff_client, speech, "txt").content.decode()


def test_markdown_has_front_matter_and_heading_levels(staff_client):
    speech = make_layered_speech()
    text = download(staff_client, speech, "md").content.decode()
    front, body = text.split("\n---\n", 1)
    assert front.splitlines()[:4] == [
        "---",
        f'标题: "{speech.title}"',
        '会议: "全市XX工作推进会"',
        '召开机构: "市委"',
    ]
    assert f'档案库链接: "http://testserver/speeches/{speech.pk}/"' in front
    lines = body.strip().split("\n\n")
    assert lines[0] == f"# {speech.title}"
    assert "## 一、提高政治站位" in lines
    assert "### （一）加强组织领导。" in lines
    assert "#### 1\\.明确责任分工：" in lines
    assert "由×××同志牵头。" in lines
    assert (
        "习近平总书记强调：“要坚持以人民为中心。”我们要立足XX实际。" in lines
    )  # quotes as written


def test_markdown_escapes_what_it_would_read_as_markup(staff_client):
    from .factories import make_section

    speech = make_speech("讲话", salutation="")
    make_section(speech, position=1, heading="", body="请***同志发言\n1. 不是列表\n# 不是标题")
    lines = download(staff_client, speech, "md").content.decode().strip().split("\n\n")
    assert "请\\*\\*\\*同志发言" in lines
    assert "1\\. 不是列表" in lines
    assert "\\# 不是标题" in lines


@pytest.mark.parametrize("fmt", ["docx", "md", "txt"])
def test_the_outline_is_the_title_and_every_heading(staff_client, fmt):
    speech = make_layered_speech()
    content = download(staff_client, speech, fmt, outline="1").content
    if fmt == "docx":
        return  # read back in test_export_docx.py
    text = content.decode().replace("\\.", ".")  # Markdown escapes the 1. of a heading
    for heading in expected_headings(speech):
        assert heading in text
    assert "各级党委要把这项工作摆上重要议程" not in text
    assert "同志们：" not in text


def test_the_text_outline_indents_sub_points(staff_client):
    text = download(staff_client, make_layered_speech(), "txt", outline="1").content.decode()
    assert text.splitlines()[1:] == [
        "一、提高政治站位",
        "\u3000\u3000（一）加强组织领导。",
        "\u3000\u3000\u3000\u30001.明确责任分工：",
        "\u3000\u3000一是抓好督促落实。",
        "二、强化保障措施",
    ]


def test_an_unknown_format_is_404(staff_client):
    assert staff_client.get(url(make_speech(), "pdf")).status_code == 404


def test_a_missing_speech_is_404(staff_client):
    response = staff_client.get(reverse("speeches:download", args=[999999, "docx"]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("fmt", "params"),
    [
        ("txt", {"encoding": "latin-1"}),
        ("md", {"encoding": "gb18030"}),
        ("docx", {"encoding": "gbk"}),
        ("txt", {"outline": "maybe"}),
    ],
)
def test_a_bad_encoding_or_outline_flag_is_400(staff_client, fmt, params):
    response = staff_client.get(url(make_speech(), fmt), params)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize("fmt", ["docx", "md", "txt"])
@pytest.mark.parametrize("sections", [1, 30])
def test_its_query_count_does_not_grow_with_sections(
    staff_client, django_assert_num_queries, fmt, sections
):
    speech = make_speech(sections=sections, quotes_per_section=3)
    # 1 session, 2 user, 3 speech, 4 sections, 5 quotes, 6 placeholders
    with django_assert_num_queries(6):
        response = staff_client.get(url(speech, fmt))
    assert response.status_code == 200
