"""打包下载: the filtered (or searched) speeches as one streamed ZIP of docx or Markdown files."""

import io
import zipfile
from urllib.parse import quote

import docx
import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from speeches.exports.archive import ZIP_MAX

from .export_helpers import expected_headings, make_layered_speech, word_headings
from .factories import make_section, make_speech
from .search_helpers import speech_with

pytestmark = pytest.mark.django_db

URL = reverse("speeches:export_archive")


def archive(client, **params) -> zipfile.ZipFile:
    response = client.get(URL, params)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_it_is_a_zip_of_word_files_that_open(staff_client):
    speech = make_layered_speech(year=2021)
    response = staff_client.get(URL)
    assert response["Content-Type"] == "application/zip"
    assert quote("讲话稿（1篇）.zip") in response["Content-Disposition"]
    files = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert files.testzip() is None
    [name] = files.namelist()
    assert name == f"2021_{speech.title}.docx"
    document = docx.Document(io.BytesIO(files.read(name)))
    assert word_headings(document) == expected_headings(speech)


def test_markdown_on_request(staff_client):
    speech = make_layered_speech()
    files = archive(staff_client, format="md")
    [name] = files.namelist()
    assert name.endswith(".md")
    assert files.read(name).decode().startswith(f'---\n标题: "{speech.title}"')


def test_it_takes_the_filtered_speeches_and_dates_their_names(staff_client):
    import datetime as dt

    make_speech("县里的讲话", level="县", year=2020, date=dt.date(2020, 3, 5))
    make_speech("省里的讲话", level="省", year=2020)
    make_speech("县里的讲话", level="县", year=2019)
    names = archive(staff_client, level="县", page=2).namelist()
    assert names == ["2020-03-05_县里的讲话.docx", "2019_县里的讲话.docx"]


def test_two_speeches_of_one_name_get_two_files(staff_client):
    make_speech("同名讲话", year=2020)
    make_speech("同名讲话", year=2020)
    assert archive(staff_client, format="md").namelist() == [
        "2020_同名讲话.md",
        "2020_同名讲话（2）.md",
    ]


def test_it_takes_a_searchs_speeches(staff_client):
    speech_with("在全县统战工作会议上的讲话", "要做好统战工作。", year=2020)
    speech_with("在全县经济工作会议上的讲话", "要抓好经济。", year=2019)
    assert archive(staff_client, q="统战", sort="relevance").namelist() == [
        "2020_在全县统战工作会议上的讲话.docx"
    ]


def test_above_the_cap_it_says_so_instead(staff_client, monkeypatch):
    monkeypatch.setattr("speeches.exports.views.ZIP_MAX", 2)
    for n in range(3):
        make_speech(f"讲话{n}", level="县", year=2019 + n)
    response = staff_client.get(URL, {"level": "县"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "筛选结果共 3 篇，超过一次打包的上限（2 篇）" in html
    assert 'href="/?level=%E5%8E%BF"' in html  # back to the same list
    assert archive(staff_client, level="县", year=2020, sort="title").namelist()  # narrowed: fine


def test_the_cap_is_500_speeches():
    assert ZIP_MAX == 500


def test_nothing_to_pack_says_so(staff_client):
    response = staff_client.get(URL, {"q": "没有这个词", "level": "县"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "没有符合条件的讲话稿" in html
    assert 'href="/search/?q=' in html


def test_an_unknown_format_is_400(staff_client):
    assert staff_client.get(URL, {"format": "pdf"}).status_code == 400


def test_it_is_streamed_one_speech_at_a_time(staff_client):
    for n in range(3):
        make_speech(f"讲话{n}")
    response = staff_client.get(URL, {"format": "md"})
    chunks = [chunk for chunk in response.streaming_content if chunk]
    assert len(chunks) == 4  # one per file, then the central directory


def test_its_query_count_grows_by_batches_not_speeches(staff_client, django_assert_num_queries):
    for n in range(60):  # two batches of 50
        make_section(make_speech(f"讲话{n}"), position=1)
    # 1 session, 2 user, 3 the ids (one more than the cap), then per batch of 50:
    # speeches, sections, quotes, placeholders (4 + 4)
    with django_assert_num_queries(11):
        files = archive(staff_client, format="md")
    assert len(files.namelist()) == 60
