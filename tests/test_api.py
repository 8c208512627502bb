"""The JSON API under /api/: who may call it, what each endpoint returns, bad input, queries."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from speeches.api.models import ApiToken

from .export_helpers import make_layered_speech
from .factories import make_placeholder, make_quote, make_section, make_speech, make_user
from .search_helpers import speech_with
from .speech_samples import make_realistic_speech

pytestmark = pytest.mark.django_db

SPEECHES = reverse("api:speeches")
SEARCH = reverse("api:search")
QUOTES = reverse("api:quotes")
SLOGANS = reverse("api:slogans")


def token_for(user, name="脚本") -> tuple[ApiToken, str]:
    token = ApiToken(user=user, name=name)
    key = token.set_new_key()
    token.save()
    return token, key


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()


# ---------------------------------------------------------------- who may call it


def test_it_refuses_anonymous_callers_with_401_not_a_login_page(client):
    response = client.get(SPEECHES)
    assert response.status_code == 401
    assert response.json() == {"detail": "需要登录或有效的 API 令牌"}


def test_a_logged_in_user_may_call_it(staff_client):
    make_speech("一篇")
    assert get(staff_client, SPEECHES)["count"] == 1


def test_a_token_created_in_the_admin_may_call_it(db):
    user = make_user("script")
    token, key = token_for(user)
    assert key.startswith("sa_") and token.prefix == key[:10]
    assert token.key_hash != key  # only the hash is stored
    response = Client().get(SPEECHES, HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("header", ["Bearer sa_wrong", "Token abc", "Bearer "])
def test_a_wrong_token_is_401(db, header):
    assert Client().get(SPEECHES, HTTP_AUTHORIZATION=header).status_code == 401


def test_an_inactive_token_or_user_is_401(db):
    user = make_user("script")
    token, key = token_for(user)
    token.is_active = False
    token.save()
    assert Client().get(SPEECHES, HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401
    token.is_active = True
    token.save()
    user.is_active = False
    user.save()
    assert Client().get(SPEECHES, HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401


def test_an_admin_creates_a_token_and_sees_its_key_once(admin_client):
    user = make_user("script")
    response = admin_client.post(
        reverse("admin:speeches_apitoken_add"), {"user": user.pk, "name": "数据分析"}, follow=True
    )
    assert response.status_code == 200
    token = ApiToken.objects.get()
    message = next(str(m) for m in response.context["messages"])
    assert "只显示这一次" in message
    key = message.split("<code>")[1].split("</code>")[0]
    assert Client().get(SPEECHES, HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    assert token.user == user


# ---------------------------------------------------------------- schema and docs


def test_the_schema_is_openapi_3_and_lists_every_endpoint(staff_client):
    response = staff_client.get(reverse("api:openapi-json"))
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/speeches/",
        "/api/speeches/{speech_id}/",
        "/api/search/",
        "/api/quotes/",
        "/api/slogans/",
    }
    schemes = schema["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} == {"apiKey", "http"}


def test_the_docs_page_is_served_locally(staff_client):
    response = staff_client.get(reverse("api:openapi-view"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '/static/ninja/swagger-ui-bundle.js"' in html
    assert "//cdn" not in html and "https://" not in html


def test_the_docs_send_a_visitor_to_log_in_and_the_schema_needs_a_caller(client):
    response = client.get(reverse("api:openapi-view"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert client.get(reverse("api:openapi-json")).status_code == 401
    _, key = token_for(make_user("script"))
    response = client.get(reverse("api:openapi-json"), HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200


# ---------------------------------------------------------------- /api/speeches/


def test_the_list_has_each_speechs_facts_and_counts(staff_client):
    speech = make_speech(
        "在全县统战工作会议上的讲话",
        date=dt.date(2020, 3, 5),
        speaker_role="县委书记",
        sections=2,
        quotes_per_section=2,
    )
    [row] = get(staff_client, SPEECHES)["results"]
    assert row["title"] == "在全县统战工作会议上的讲话"  # Chinese as stored
    assert row["level"] == "县"
    assert row["date"] == "2020-03-05"
    assert row["speaker_role"] == "县委书记"
    assert (row["section_count"], row["quotation_count"]) == (2, 4)
    assert row["url"] == f"http://testserver/speeches/{speech.pk}/"
    assert row["api_url"] == f"http://testserver/api/speeches/{speech.pk}/"


def test_the_list_takes_the_browse_filters(staff_client):
    make_speech("县里2020", level="县", year=2020)
    make_speech("县里2019", level="县", year=2019)
    make_speech("省里2020", level="省", year=2020)
    titles = [r["title"] for r in get(staff_client, SPEECHES, level="县")["results"]]
    assert titles == ["县里2020", "县里2019"]
    titles = [r["title"] for r in get(staff_client, SPEECHES, year=2020, sort="title")["results"]]
    assert titles == ["县里2020", "省里2020"]
    assert get(staff_client, SPEECHES, has_placeholders="true")["count"] == 0


def test_the_list_is_paginated_with_links(staff_client):
    for n in range(5):
        make_speech(f"讲话{n}", year=2000 + n)
    page = get(staff_client, SPEECHES, page_size=2, level="县")
    assert (page["count"], page["pages"], page["page"]) == (5, 3, 1)
    assert page["previous"] is None
    assert page["next"] == "http://testserver/api/speeches/?page_size=2&level=%E5%8E%BF&page=2"
    last = get(staff_client, SPEECHES, page_size=2, page=3)
    assert [r["title"] for r in last["results"]] == ["讲话0"]
    assert last["next"] is None


@pytest.mark.parametrize(
    "params",
    [
        {"level": "火星"},
        {"year": "二〇二〇"},
        {"year": 1800},
        {"page": 0},
        {"page_size": 1000},
        {"sort": "random"},
        {"meeting": "长" * 101},
        {"has_placeholders": "maybe"},
    ],
)
def test_bad_parameters_are_422_with_the_field_named(staff_client, params):
    response = staff_client.get(SPEECHES, params)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "参数无效"
    assert [e["field"] for e in body["errors"]] == list(params)


def test_a_page_past_the_end_is_404(staff_client):
    make_speech()
    response = staff_client.get(SPEECHES, {"page": 2})
    assert response.status_code == 404
    assert response.json() == {"detail": "页码超出范围"}


@pytest.mark.parametrize("count", [1, 25])
def test_the_lists_queries_do_not_grow_with_speeches(
    staff_client, django_assert_num_queries, count
):
    for n in range(count):
        make_speech(f"讲话{n}", sections=2, quotes_per_section=2)
    # 1 session, 2 user, 3 count, 4 the page of speeches with their counts
    with django_assert_num_queries(4):
        response = staff_client.get(SPEECHES, {"level": "县", "page_size": 100})
    assert len(response.json()["results"]) == count


def test_a_token_callers_queries_are_pinned_too(db, django_assert_num_queries):
    _, key = token_for(make_user("script"))
    make_speech("一篇")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    client.get(SPEECHES)  # the first use writes last_used_at
    # 1 token with its user, 2 count, 3 the page
    with django_assert_num_queries(3):
        assert client.get(SPEECHES).status_code == 200


# ---------------------------------------------------------------- /api/speeches/<id>/


def test_the_detail_nests_sections_with_their_quotes_and_placeholders(staff_client):
    speech = make_layered_speech()
    speech.warnings = [{"code": "no_date", "message": "未识别出日期"}, "旧式提示"]
    speech.version = 3
    speech.save()
    detail = get(staff_client, reverse("api:speech", args=[speech.pk]))
    assert detail["title"] == speech.title
    assert detail["salutation"] == "同志们："
    assert detail["version"] == 3
    assert detail["warnings"] == [
        {"code": "no_date", "message": "未识别出日期"},
        {"code": "", "message": "旧式提示"},
    ]
    tree = [(s["anchor"], [c["anchor"] for c in s["sections"]]) for s in detail["sections"]]
    assert tree == [
        ("opening", []),
        ("s1", ["s1-1", "s1-2"]),
        ("s2", []),
        ("closing", []),
    ]
    s1 = detail["sections"][1]
    assert s1["quotes"] == [
        {
            "id": s1["quotes"][0]["id"],
            "kind": "quotation",
            "text": "要坚持以人民为中心。",
            "speaker": "习近平总书记",
            "verb": "强调",
            "source": "",
            "position": s1["quotes"][0]["position"],
        }
    ]
    text = f"{s1['heading']}\n{s1['body']}"
    assert text[s1["quotes"][0]["position"] :].startswith("要坚持以人民为中心。")
    assert s1["placeholders"] == [{"text": "XX", "position": text.index("XX")}]
    grandchild = s1["sections"][0]["sections"][0]
    assert (grandchild["number"], grandchild["heading"], grandchild["heading_end"]) == (
        "1.",
        "明确责任分工",
        "：",
    )
    assert grandchild["url"] == f"http://testserver/speeches/{speech.pk}/#s1-1-1"


@pytest.mark.parametrize("sections", [1, 30])
def test_the_details_queries_do_not_grow_with_sections(
    staff_client, django_assert_num_queries, sections
):
    speech = make_speech(sections=sections, quotes_per_section=3)
    for section in speech.sections.all():
        make_placeholder(section, text="XX", position=section.text.find("XX"))
    # 1 session, 2 user, 3 speech, 4 sections, 5 quotes, 6 placeholders
    with django_assert_num_queries(6):
        response = staff_client.get(reverse("api:speech", args=[speech.pk]))
    assert len(response.json()["sections"]) == sections


@pytest.mark.parametrize("pk", [999999, 10**25])
def test_a_missing_speech_is_404(staff_client, pk):
    response = staff_client.get(f"/api/speeches/{pk}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "未找到"}


# ---------------------------------------------------------------- /api/search/


def test_search_finds_what_the_search_page_finds(staff_client):
    speech = speech_with("在全县统战工作会议上的讲话", "要做好统戰工作。", "其他。", level="县")
    speech_with("在全市经济工作会议上的讲话", "要抓好经济。", level="市")
    result = get(staff_client, SEARCH, q="统战")
    assert (result["speech_count"], result["passage_count"]) == (1, 2)  # the title and a section
    [hit] = result["results"]
    assert hit["id"] == speech.pk and hit["title_hit"]
    [passage] = hit["passages"]
    assert passage["snippet"] == "要做好统戰工作。"  # traditional found by simplified
    assert passage["snippet_html"] == "要做好<mark>统戰</mark>工作。"
    assert passage["url"] == f"http://testserver/speeches/{speech.pk}/#s1"
    assert get(staff_client, SEARCH, q="统战", level="市")["results"] == []
    assert get(staff_client, SEARCH, q="统战 -做好")["speech_count"] == 0  # the whole speech
    section = get(staff_client, SEARCH, q="统战 -做好", scope="section")
    assert section["speech_count"] == 1  # 同段: the title still holds it


def test_a_query_with_nothing_to_search_says_so(staff_client):
    result = get(staff_client, SEARCH, q="-统战")
    assert result["searchable"] is False
    assert result["results"] == []


@pytest.mark.parametrize(
    "params", [{}, {"q": "统战", "page": 51}, {"q": "统战", "sort": "title"}, {"q": "x" * 2001}]
)
def test_bad_search_parameters_are_422(staff_client, params):
    assert staff_client.get(SEARCH, params).status_code == 422


def test_searchs_queries_are_pinned(staff_client, django_assert_num_queries):
    for n in range(5):
        speech_with(f"讲话{n}", "要做好统战工作。", "统战工作很重要。", year=2000 + n)
    staff_client.get(SEARCH, {"q": "统战"})  # PostgreSQL reads the index's statistics once
    # 1 session, 2 user, 3 the index's candidate passages, on SQLite 4 their heading hits
    # (PostgreSQL's probe returns the headings), then the contenders in date order and the
    # page's passages: as the search page (tests/test_search_view.py).
    n = 5 if connection.vendor == "postgresql" else 6
    with django_assert_num_queries(n):
        result = staff_client.get(SEARCH, {"q": "统战"}).json()
    assert result["speech_count"] == 5
    with django_assert_num_queries(n + 1):  # with filters: which candidates pass them
        result = staff_client.get(SEARCH, {"q": "统战", "year_min": 2003}).json()
    assert result["speech_count"] == 2


# ---------------------------------------------------------------- /api/quotes/ and /api/slogans/


def test_quotes_are_each_use_with_its_speech(staff_client):
    speech = make_realistic_speech()
    page = get(staff_client, QUOTES, speaker="总书记")
    assert page["count"] == 3
    first = page["results"][0]
    assert first["text"] == "人心向背、力量对比是决定事业成败的关键、是最大的政治。"
    assert first["speaker"] == "习近平总书记"
    assert first["speech"]["title"] == speech.title
    assert first["url"] == f"http://testserver/speeches/{speech.pk}/#s1"
    documents = get(staff_client, QUOTES, kind="document")["results"]
    assert [q["text"] for q in documents] == ["党的十九大报告"]
    assert get(staff_client, QUOTES, text="同心圆")["count"] == 0


def test_slogans_are_counted_with_their_years(staff_client):
    make_realistic_speech()
    other = make_speech("另一篇", year=2021)
    make_quote(
        make_section(other, position=1, body="做到两个维护。"), text="两个维护", kind="slogan"
    )
    rows = get(staff_client, SLOGANS)["results"]
    assert rows[0] == {"text": "两个维护", "uses": 2, "speech_count": 2, "years": [2020, 2021]}
    assert [r["text"] for r in get(staff_client, SLOGANS, text="自信")["results"]] == ["四个自信"]


@pytest.mark.parametrize("count", [1, 20])
def test_quotes_and_slogans_queries_do_not_grow(staff_client, django_assert_num_queries, count):
    for n in range(count):
        speech = make_speech(f"讲话{n}", year=2000 + n)
        section = make_section(speech, position=1, body="做到两个维护，立足XX实际。")
        make_quote(section, text=f"引文{n}")
        make_quote(section, text=f"提法{n}", kind="slogan")
    # 1 session, 2 user, 3 count, 4 the page of quotes with speech and section
    with django_assert_num_queries(4):
        assert len(staff_client.get(QUOTES).json()["results"]) == count
    # 1 session, 2 user, 3 count, 4 the page of slogans, 5 their years
    with django_assert_num_queries(5):
        assert len(staff_client.get(SLOGANS).json()["results"]) == count


def test_quotes_token_last_use_is_written_at_most_hourly(db):
    user = make_user("script")
    token, key = token_for(user)
    token.last_used_at = timezone.now() - dt.timedelta(minutes=5)
    token.save()
    before = token.last_used_at
    Client().get(QUOTES, HTTP_AUTHORIZATION=f"Bearer {key}")
    token.refresh_from_db()
    assert token.last_used_at == before
