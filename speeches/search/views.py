"""/search/?q=… — thin: parse, filter, delegate to query.run_search, render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from ..filters import SpeechFilter
from .query import MAX_PAGES, parse_query, run_search

SORTS = {"relevance": "相关度", "-date": "日期（新→旧）", "date": "日期（旧→新）"}
NON_FILTER_PARAMS = ("q", "page", "sort")


def _page_number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), MAX_PAGES))
    except (TypeError, ValueError):
        return 1


def _link(hits, q: str) -> None:
    """Each hit's link to its speech, carrying the query for the detail page's highlights. Built
    here once per hit: `{% url %}` and `|urlencode` for every hit and snippet were half of the
    result page's rendering time."""
    query = urlencode({"q": q})
    for hit in hits:
        hit.url = f"{reverse('speeches:detail', args=[hit.speech_id])}?{query}"


def search(request):
    q = request.GET.get("q", "")
    sort = request.GET.get("sort") or "relevance"
    if sort not in SORTS:
        sort = "relevance"
    data = request.GET.copy()
    for name in NON_FILTER_PARAMS:
        data.pop(name, None)
    # Without filter parameters, the form is only rendered when its cached copy has expired: the
    # empty filter set is built then.
    filterset = SpeechFilter(data) if data else SimpleLazyObject(lambda: SpeechFilter(None))
    filtered = None
    if data:
        filterset.is_valid()  # runs the form; invalid values are reported and ignored
        active = {k: v for k, v in filterset.form.cleaned_data.items() if v not in (None, "")}
        active.pop("sort", None)
        if active:
            filtered = filterset.qs
    parsed = parse_query(q)
    result = None
    if parsed.is_searchable:
        result = run_search(parsed, filtered, sort=sort, page=_page_number(request.GET.get("page")))
        _link(result.hits, q)
    keep = request.GET.copy()
    keep.pop("page", None)
    return render(
        request,
        "speeches/search.html",
        {
            "q": q,
            "parsed": parsed,
            "result": result,
            "filter": filterset,
            "sort": sort,
            "sorts": SORTS,
            "querystring": keep.urlencode(),
            "filter_params": data.urlencode(),
        },
    )
