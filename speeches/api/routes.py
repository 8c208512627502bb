"""The API's operations. Each reads through the same QuerySets and FilterSet as the pages, and
each list pins its queries in tests/test_api.py (no N+1)."""

from __future__ import annotations

import html
from collections import defaultdict
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, reverse
from django.utils.html import strip_tags
from ninja import NinjaAPI, Query, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer

from ..filters import DEFAULT_SORT, SORT_ORDER, SpeechFilter
from ..forms import QuoteFilterForm, SloganFilterForm
from ..models import Quote, Speech
from ..search.query import parse_query, run_search
from .auth import require_reader, session_auth, token_auth
from .schemas import (
    InvalidParams,
    Message,
    QuotePage,
    QuoteParams,
    SearchOut,
    SearchParams,
    SloganPage,
    SloganParams,
    SpeechDetail,
    SpeechFilters,
    SpeechListParams,
    SpeechPage,
)


class ChineseJSONRenderer(JSONRenderer):
    """UTF-8 JSON with the Chinese as is, not as \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


# pydantic's error types, said in Chinese; any other keeps pydantic's own message.
ERROR_MESSAGES = {
    "missing": "必填",
    "literal_error": "取值无效，可用：{expected}",
    "int_parsing": "须为整数",
    "int_from_float": "须为整数",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "string_too_long": "最多 {max_length} 个字符",
    "string_pattern_mismatch": "不能含空字符（\\x00）",
}


def _error_message(error: dict) -> str:
    template = ERROR_MESSAGES.get(error.get("type", ""))
    if template is None:
        return str(error.get("msg", ""))
    try:
        return template.format(**error.get("ctx", {}))
    except (KeyError, IndexError):
        return str(error.get("msg", ""))


api = NinjaAPI(
    title="讲话稿档案库 API",
    version="1",
    description=(
        "只读接口。登录后的浏览器会话或管理员创建的 API 令牌"
        "（`Authorization: Bearer <令牌>`）均可访问。筛选参数与浏览页相同；"
        "列表分页（`page`、`page_size`）；字段值为中文原文。参数无效返回 422。"
    ),
    urls_namespace="api",
    auth=[session_auth, token_auth],
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_url="/docs/",
    openapi_url="/openapi.json",
    docs_decorator=require_reader,
    renderer=ChineseJSONRenderer(),
)

ERRORS = {401: Message, 404: Message, 422: InvalidParams}


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "需要登录或有效的 API 令牌"}, status=401)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "未找到"}, status=404)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {
            "field": ".".join(str(part) for part in e.get("loc", ())[1:]),
            "message": _error_message(e),
        }
        for e in exc.errors
    ]
    return api.create_response(request, {"detail": "参数无效", "errors": errors}, status=422)


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def _page_link(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return _absolute(request, f"{request.path}?{urlencode(list(params.lists()), doseq=True)}")


def _paginate(request: HttpRequest, items, page_number: int, page_size: int) -> tuple[Page, dict]:
    paginator = Paginator(items, page_size)
    if page_number > paginator.num_pages:  # query: the count
        raise HttpError(404, "页码超出范围")
    page = paginator.page(page_number)
    info = {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "page_size": page_size,
        "next": _page_link(request, page.next_page_number()) if page.has_next() else None,
        "previous": (
            _page_link(request, page.previous_page_number()) if page.has_previous() else None
        ),
    }
    return page, info


FILTER_NAMES = tuple(SpeechFilters.model_fields)


def _filtered(params: Schema, queryset: QuerySet, *, sort: bool = False) -> SpeechFilter:
    """The browse FilterSet on the filter parameters (and the list's `sort`); a value it refuses
    is a 422, not ignored as on the page."""
    names = (*FILTER_NAMES, "sort") if sort else FILTER_NAMES
    data = {name: str(value) for name in names if (value := getattr(params, name)) is not None}
    filterset = SpeechFilter(data, queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError(
            [
                {"loc": ("query", name), "msg": "；".join(messages)}
                for name, messages in filterset.errors.items()
            ]
        )
    return filterset


def _speech_summary(request: HttpRequest, speech: Speech) -> dict:
    return {
        "id": speech.pk,
        "title": speech.title,
        "subtitle": speech.subtitle,
        "meeting": speech.meeting,
        "organisation": speech.organisation,
        "level": speech.level,
        "year": speech.year,
        "date": speech.date,
        "genre": speech.genre,
        "speaker_name": speech.speaker_name,
        "speaker_role": speech.speaker_role,
        "char_count": speech.char_count,
        "needs_review": speech.needs_review,
        "url": _absolute(request, speech.get_absolute_url()),
        "api_url": _absolute(request, reverse("api:speech", args=[speech.pk])),
    }


@api.get("/speeches/", response={200: SpeechPage, **ERRORS}, url_name="speeches", tags=["讲话稿"])
def list_speeches(request: HttpRequest, params: Query[SpeechListParams]) -> dict:
    """讲话稿列表：浏览页的筛选条件，默认按日期从新到旧。"""
    filterset = _filtered(params, Speech.objects.order_by(*SORT_ORDER[DEFAULT_SORT]), sort=True)
    speeches = filterset.qs.with_counts().defer("raw_text", "warnings")
    page, info = _paginate(request, speeches, params.page, params.page_size)
    results = [  # query: the page of speeches with their counts
        {
            **_speech_summary(request, speech),
            "section_count": speech.section_count,
            "quotation_count": speech.quotation_count,
        }
        for speech in page
    ]
    return {**info, "results": results}


def _warning(warning) -> dict:
    if isinstance(warning, dict):
        code = str(warning.get("code", ""))
        return {"code": code, "message": str(warning.get("message") or code)}
    return {"code": "", "message": str(warning)}


def _section_tree(request: HttpRequest, speech: Speech) -> list[dict]:
    """Sections nested under their parents (prefetched: no query here)."""
    page_url = _absolute(request, speech.get_absolute_url())
    nodes, order = {}, []
    for section in speech.sections.all():
        nodes[section.pk] = {
            "id": section.pk,
            "anchor": section.anchor,
            "kind": section.kind,
            "level": section.level,
            "number": section.number,
            "heading": section.heading,
            "heading_end": section.heading_end,
            "label_inline": section.label_inline,
            "body": section.body,
            "url": f"{page_url}#{section.anchor}",
            "quotes": [
                {
                    "id": q.pk,
                    "kind": q.kind,
                    "text": q.text,
                    "speaker": q.speaker,
                    "verb": q.verb,
                    "source": q.source,
                    "position": q.position,
                }
                for q in section.quotes.all()
            ],
            "placeholders": [
                {"text": p.text, "position": p.position} for p in section.placeholders.all()
            ],
            "sections": [],
        }
        order.append(section)
    roots = []
    for section in order:
        parent = nodes.get(section.parent_id)
        (parent["sections"] if parent else roots).append(nodes[section.pk])
    return roots


@api.get(
    "/speeches/{speech_id}/",
    response={200: SpeechDetail, **ERRORS},
    url_name="speech",
    tags=["讲话稿"],
)
def speech_detail(request: HttpRequest, speech_id: int) -> dict:
    """一篇讲话稿：元数据、按层级嵌套的段落、引文、占位符、解析提示、版本。"""
    # queries: the speech, its sections, their quotes, their placeholders
    speech = get_object_or_404(Speech.objects.with_outline(), pk=speech_id)
    return {
        **_speech_summary(request, speech),
        "salutation": speech.salutation,
        "source_name": speech.source_name,
        "source_encoding": speech.source_encoding,
        "warnings": [_warning(w) for w in speech.warnings or []],
        "version": speech.version,
        "duplicate_of": speech.duplicate_of_id,
        "created_at": speech.created_at,
        "updated_at": speech.updated_at,
        "edited_at": speech.edited_at,
        "sections": _section_tree(request, speech),
    }


@api.get("/search/", response={200: SearchOut, **ERRORS}, url_name="search", tags=["搜索"])
def search(request: HttpRequest, params: Query[SearchParams]) -> dict:
    """全文搜索，与搜索页相同：空格分开的词须出现在同一篇中（scope=section 时须同段），引号保留
    短语，减号排除含该词的讲话（同段时排除该段），简繁、全半角互查。"""
    filterset = _filtered(params, Speech.objects.all())
    active = {k: v for k, v in filterset.form.cleaned_data.items() if v not in (None, "")}
    parsed = parse_query(params.q, params.scope)
    out = {
        "q": params.q,
        "notices": parsed.notices,
        "searchable": parsed.is_searchable,
        "speech_count": 0,
        "passage_count": 0,
        "approximate": False,
        "date_ordered": False,
        "partial": False,
        "page": params.page,
        "has_next": False,
        "results": [],
    }
    if not parsed.is_searchable:
        return out
    result = run_search(
        parsed, filterset.qs if active else None, sort=params.sort, page=params.page
    )
    hits = []
    for hit in result.hits:
        page_url = _absolute(request, reverse("speeches:detail", args=[hit.speech_id]))
        hits.append(
            {
                "id": hit.speech_id,
                "title": hit.title,
                "meeting": hit.meeting,
                "level": hit.level,
                "year": hit.year,
                "date": hit.date,
                "url": page_url,
                "api_url": _absolute(request, reverse("api:speech", args=[hit.speech_id])),
                "title_hit": hit.title_hit,
                "passages": [
                    {
                        "anchor": p.anchor,
                        "url": f"{page_url}#{p.anchor}",
                        "snippet": html.unescape(strip_tags(p.snippet)),
                        "snippet_html": str(p.snippet),
                        "heading_hit": p.heading_hit,
                    }
                    for p in hit.top_passages
                ],
            }
        )
    out.update(
        speech_count=result.speech_count,
        passage_count=result.passage_count,
        approximate=result.approximate,
        date_ordered=result.date_ordered,
        partial=result.partial,
        page=result.page,
        has_next=result.has_next,
        results=hits,
    )
    return out


@api.get("/quotes/", response={200: QuotePage, **ERRORS}, url_name="quotes", tags=["引文与提法"])
def list_quotes(request: HttpRequest, params: Query[QuoteParams]) -> dict:
    """每一处引文（默认引语），新讲话在前；可按引用对象、内容筛选。"""
    form = QuoteFilterForm({"speaker": params.speaker or "", "text": params.text or ""})
    quotes = (
        form.filter(Quote.objects.filter(kind=params.kind))
        .select_related("speech", "section")
        .only(
            *("id", "kind", "text", "speaker", "verb", "source", "section__anchor"),
            *("speech__id", "speech__title", "speech__meeting", "speech__year", "speech__date"),
        )
        .order_by("-speech__year", "-speech__date", "speech_id", "section__position", "position")
    )
    page, info = _paginate(request, quotes, params.page, params.page_size)
    results = []
    for quote in page:  # query: the page of quotes with their speech and section
        speech_url = _absolute(request, quote.speech.get_absolute_url())
        results.append(
            {
                "id": quote.pk,
                "kind": quote.kind,
                "text": quote.text,
                "speaker": quote.speaker,
                "verb": quote.verb,
                "source": quote.source,
                "anchor": quote.section.anchor,
                "url": f"{speech_url}#{quote.section.anchor}",
                "speech": {
                    "id": quote.speech.pk,
                    "title": quote.speech.title,
                    "meeting": quote.speech.meeting,
                    "year": quote.speech.year,
                    "date": quote.speech.date,
                    "url": speech_url,
                },
            }
        )
    return {**info, "results": results}


@api.get("/slogans/", response={200: SloganPage, **ERRORS}, url_name="slogans", tags=["引文与提法"])
def list_slogans(request: HttpRequest, params: Query[SloganParams]) -> dict:
    """提法：每个提法一条，使用次数多的在前，附使用篇数和年份。"""
    slogans = SloganFilterForm({"text": params.text or ""}).filter(
        Quote.objects.filter(kind=Quote.Kind.SLOGAN)
    )
    counted = (
        slogans.values("text")
        .annotate(uses=Count("pk"), speech_count=Count("speech", distinct=True))
        .order_by("-uses", "text")
    )
    page, info = _paginate(request, counted, params.page, params.page_size)
    rows = list(page)  # query: the page's slogans with their counts
    years = defaultdict(set)
    if rows:
        used = slogans.filter(text__in=[r["text"] for r in rows], speech__year__isnull=False)
        for text, year in used.values_list("text", "speech__year").distinct():  # query: years
            years[text].add(year)
    results = [{**row, "years": sorted(years[row["text"]])} for row in rows]
    return {**info, "results": results}


def urlpatterns() -> tuple[list, str, str]:
    """The API's URLs for `path("api/", …)`. The site's LoginRequiredMiddleware would send an API
    client to the login page: the API answers 401 itself (and its docs page redirects)."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback.login_required = False
    return patterns, app_name, namespace
