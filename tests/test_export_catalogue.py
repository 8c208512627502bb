"""下载目录（Excel）: the browse page's or the search's speeches as an .xlsx, one row each."""

import datetime as dt
import io
from urllib.parse import quote

import openpyxl
import pytest
from django.urls import reverse

from speeches.models import Speech

from .factories import make_quote, make_section, make_speech
from .search_helpers import found, speech_with

pytestmark = pytest.mark.django_db

URL = reverse("speeches:export_catalogue")
HEADER = [
    "标题",
    "会议名称",
    "召开机构",
    "层级",
    "年份",
    "日期",
    "文种",
    "讲话人",
    "章节数",
    "引语数",
    "链接",
]


def catalogue(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    return response, openpyxl.load_workbook(io.BytesIO(content))


def rows(workbook) -> list[list]:
    return [list(row) for row in workbook["讲话稿目录"].iter_rows(values_only=True)]


def test_it_is_an_xlsx_named_in_chinese(staff_client):
    response, _ = catalogue(staff_client)
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    today = dt.date.today().isoformat()
    assert quote(f"讲话稿目录（{today}）.xlsx") in response["Content-Disposition"]


def test_each_row_has_the_speechs_facts_counts_and_link(staff_client):
    speech = make_speech(
        "在全县统战工作会议上的讲话",
        meeting="全县统战工作会议",
        organisation="县委",
        level="县",
        year=2020,
        date=dt.date(2020, 3, 5),
        speaker_role="县委书记",
        speaker_name="王某",
        sections=3,
        quotes_per_section=2,
    )
    make_quote(speech.sections.first(), text="一条提法", kind="slogan", position=5)
    _, workbook = catalogue(staff_client)
    header, row = rows(workbook)
    assert header == HEADER
    assert row == [
        "在全县统战工作会议上的讲话",
        "全县统战工作会议",
        "县委",
        "县",
        2020,
        dt.datetime(2020, 3, 5),
        "讲话",
        "县委书记王某",
        3,
        6,  # quotations only: the slogan is not counted
        f"http://testserver/speeches/{speech.pk}/",
    ]
    link = workbook["讲话稿目录"]["K2"]
    assert link.hyperlink.target == f"http://testserver/speeches/{speech.pk}/"
    assert workbook["讲话稿目录"].freeze_panes == "A2"


def test_the_rows_match_the_browse_filters_in_the_pages_order(staff_client):
    make_speech("县里2020", level="县", year=2020)
    make_speech("县里2019", level="县", year=2019)
    make_speech("省里2020", level="省", year=2020)
    make_speech("县里无年份", level="县", year=None)
    _, workbook = catalogue(staff_client, level="县")
    assert [row[0] for row in rows(workbook)[1:]] == ["县里2020", "县里2019", "县里无年份"]
    _, workbook = catalogue(staff_client, level="县", year_min=2020, page=3)
    assert [row[0] for row in rows(workbook)[1:]] == ["县里2020"]
    _, workbook = catalogue(staff_client, sort="title", year=2020)
    assert [row[0] for row in rows(workbook)[1:]] == ["县里2020", "省里2020"]  # code point order


def test_invalid_filters_are_ignored_as_on_the_page(staff_client):
    make_speech("一篇")
    _, workbook = catalogue(staff_client, year="二〇二〇", level="火星")
    assert len(rows(workbook)) == 2


def test_the_rows_match_a_search_with_its_filters(staff_client):
    speech_with("在全县统战工作会议上的讲话", "要做好统战工作。", level="县", year=2020)
    speech_with("在全市统战工作会议上的讲话", "统战工作很重要。", level="市", year=2021)
    speech_with("在全县经济工作会议上的讲话", "要抓好经济。", level="县", year=2019)
    speech_with("在全省会议上的讲话", "做好統戰工作。", level="省", year=2018)  # traditional
    _, workbook = catalogue(staff_client, q="统战")
    assert [row[0] for row in rows(workbook)[1:]] == [
        "在全市统战工作会议上的讲话",
        "在全县统战工作会议上的讲话",
        "在全省会议上的讲话",
    ]
    _, workbook = catalogue(staff_client, q="统战", level="县", sort="relevance")
    assert [row[0] for row in rows(workbook)[1:]] == ["在全县统战工作会议上的讲话"]
    # The search page's semantics: a passage holds every term and no excluded one.
    for q in ("统战 -重要", "做好 统战", "统战 -全市 -全县"):
        expected = {s.title for s in Speech.objects.filter(pk__in=found(q))}
        _, workbook = catalogue(staff_client, q=q, sort="date")
        assert {row[0] for row in rows(workbook)[1:]} == expected, q
    _, workbook = catalogue(staff_client, q="做好 统战", sort="date")
    assert [row[0] for row in rows(workbook)[1:]] == [
        "在全省会议上的讲话",
        "在全县统战工作会议上的讲话",
    ]


def test_a_query_with_nothing_to_search_gives_no_rows(staff_client):
    speech_with("在全县统战工作会议上的讲话", "要做好统战工作。")
    _, workbook = catalogue(staff_client, q="-统战")
    assert rows(workbook) == [HEADER]


def test_the_second_sheet_says_what_was_asked(staff_client):
    make_speech("一篇", level="县")
    _, workbook = catalogue(staff_client, level="县", q="")
    about = {row[0]: row[1] for row in workbook["导出说明"].iter_rows(values_only=True)}
    assert about["篇数"] == "1"
    assert about["层级"] == "县"


def test_its_query_count_does_not_grow_with_speeches(staff_client, django_assert_num_queries):
    for n in range(30):
        speech = make_speech(f"讲话{n}")
        make_section(speech, position=1)
    # 1 session, 2 user, 3 the speeches with their counts
    with django_assert_num_queries(3):
        response = staff_client.get(URL, {"level": "县"})
        content = b"".join(response.streaming_content)
    assert len(rows(openpyxl.load_workbook(io.BytesIO(content)))) == 31
