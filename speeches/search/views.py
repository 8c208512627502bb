"""/search/?q=… — thin: parse, filter, delegate to query.run_search, render."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from .. import dataversion
from ..filters import SpeechFilter
from ..views import quoted_speakers
from .query import MAX_PAGES, SearchResult, parse_query, run_search

SORTS = {"relevance": "相关度", "-date": "日期（新→旧）", "date": "日期（旧→新）"}
NON_FILTER_PARAMS = ("q", "page", "sort", "scope")


def _page_number(value: str | None, last: int) -> int:
    try:
        return max(1, min(int(value or 1), last))
    except (TypeError, ValueError):
        return 1


def _link(result: SearchResult, query: str) -> None:
    """Each hit's link to its speech, carrying the search's whole query string (terms, 同段,
    filters, sort, page): the detail page's hit bar reads the terms, and its 返回搜索结果 goes
    back to this very page. Built here once per hit: `{% url %}` and `|urlencode` for every hit
    and snippet were half of the result page's rendering time."""
    for hit in result.hits:
        hit.url = f"{reverse('speeches:detail', args=[hit.speech_id])}?{query}"


def _pages(result: SearchResult) -> Page | None:
    """The result's page as a Paginator page, for the shared page links; None when the total is
    an estimate (then only 上一页/下一页 are offered)."""
    if not result.page_count:
        return None
    return Paginator(range(result.page_count), 1).get_page(result.page)


def _sidebar(data: QueryDict) -> forms.Form:
    """The browse sidebar's form, without counts (the years known to the archive: one query).
    Lazy: the template caches the rendered sidebar per filter parameters."""
    filterset = SpeechFilter(data or None)
    filterset.show_options()
    return filterset.form


def _filtered(data: QueryDict) -> tuple[QuerySet | None, list[tuple[str, str]]]:
    """The speeches the sidebar's filters keep (None when no filter applies: the search then
    needs no speech query for them), and the (label, value) of the filters ignored as invalid."""
    if not data:
        return None, []
    filterset = SpeechFilter(data)
    ignored = filterset.ignored()  # runs the form
    active = [v for k, v in filterset.form.cleaned_data.items() if v not in (None, "")]
    return (filterset.qs if active else None), ignored


def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "")
    sort = request.GET.get("sort") or "relevance"
    if sort not in SORTS:
        sort = "relevance"
    data = request.GET.copy()
    for name in NON_FILTER_PARAMS:
        data.pop(name, None)
    filtered, ignored = _filtered(data)
    scope = request.GET.get("scope")
    parsed = parse_query(q, scope=scope)
    version = dataversion.current()
    results = ""
    if parsed.is_searchable:
        page = _page_number(request.GET.get("page"), MAX_PAGES)

        def render_results() -> str:
            result = run_search(parsed, filtered, sort=sort, page=page)
            _link(result, request.GET.urlencode())
            context = {"q": q, "parsed": parsed, "result": result, "page": _pages(result)}
            return render_to_string("speeches/includes/search_results.html", context, request)

        # The same search on the same archive finds the same: a page of results is rendered
        # once per data version and query string, so a query many ask for runs once for all
        # the workers.
        results = dataversion.cached(
            version, ("search page", request.GET.urlencode()), render_results
        )
    context: dict[str, Any] = {
        "q": q,
        "parsed": parsed,
        "results": results,
        "sidebar": SimpleLazyObject(lambda: _sidebar(data)),
        "speakers": SimpleLazyObject(quoted_speakers),
        "ignored": ignored,
        "sort": sort,
        "sorts": SORTS,
        "filter_params": data.urlencode(),
        # The sidebar lists the archive's years: a new version of the archive draws it anew.
        "data_version": version[1],
    }
    return render(request, "speeches/search.html", context)
