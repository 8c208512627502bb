"""The reading pages: browse, one speech, the quote bank and the slogans. All need a login."""

import functools
import json
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse

from . import dataversion, facets, quotebank
from .filters import SpeechFilter
from .forms import QuoteFilterForm, SloganFilterForm
from .models import Quote, Speech
from .presenters import build_outline, outline_html, sections_html
from .reading import speech_with_outline
from .reuse.passages import reuse_by_section
from .reuse.related import related_speeches
from .search.query import locate_hits, parse_query

SPEECHES_PER_PAGE = 20
QUOTES_PER_PAGE = 30
SLOGANS_PER_PAGE = 50


def _quoted_speakers(limit: int = 50) -> list[str]:
    """The most quoted speakers, offered as suggestions for the `quoted` filter."""
    rows = (
        Quote.objects.filter(kind=Quote.Kind.QUOTATION)
        .exclude(speaker="")
        .values("speaker")
        .annotate(n=Count("pk"))
        .order_by("-n", "speaker")
    )
    return [row["speaker"] for row in rows[:limit]]


def quoted_speakers(version: tuple[str, int] | None = None) -> list[str]:
    """The datalist's speakers group every quotation: computed once per data version."""
    version = version or dataversion.current()
    return dataversion.cached(version, ("quoted speakers",), _quoted_speakers)


def speech_list(request: HttpRequest) -> HttpResponse:
    version = dataversion.current()
    # Both parts depend on the query string and the archive only, and are rendered once per
    # data version for all workers: the filters with their counts (whatever the page), then the
    # page of speeches. The counts and the total are sums over one grouped query (the cube),
    # itself kept per data version. The filter set is built only for a part not kept yet.
    filterset = functools.cache(
        lambda: SpeechFilter(request.GET, queryset=Speech.objects.newest_first())
    )
    unpaged = request.GET.copy()
    unpaged.pop("page", None)
    filters = dataversion.cached(
        version,
        ("list filters", unpaged.urlencode()),
        lambda: render_to_string(
            "speeches/includes/list_filters.html", _filters_context(filterset(), version), request
        ),
    )
    results = dataversion.cached(
        version,
        ("list page", request.GET.urlencode()),
        lambda: render_to_string(
            "speeches/includes/list_results.html",
            _results_context(request, filterset(), version),
            request,
        ),
    )
    return render(request, "speeches/list.html", {"filters": filters, "results": results})


def _filters_context(filterset: SpeechFilter, version: tuple[str, int]) -> dict[str, Any]:
    filterset.show_options(facets.facet_counts(filterset, facets.cube(filterset, version)))
    return {"filter": filterset, "speakers": quoted_speakers(version)}


def _results_context(
    request: HttpRequest, filterset: SpeechFilter, version: tuple[str, int]
) -> dict[str, Any]:
    results = filterset.qs.defer("raw_text", "warnings")
    paginator = dataversion.CountedPaginator(
        results,
        SPEECHES_PER_PAGE,
        lambda: facets.total(filterset, facets.cube(filterset, version)),
    )
    page = paginator.get_page(request.GET.get("page"))
    # Section and quotation counts for the page's speeches only (a subquery of their ids):
    # on the page query itself they would be computed for every row OFFSET skips too.
    page.object_list = results.filter(pk__in=page.object_list.values("pk")).with_counts()
    return {"filter": filterset, "ignored": filterset.ignored(), "page": page}


def speech_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # Only staff reach the admin: readers' pages skip the two permission queries.
    can_edit = request.user.is_staff and request.user.has_perm("speeches.change_speech")
    # The page but its layout depends on the speech, the archive (neighbours, duplicates, reuse,
    # related speeches) and whether the reader may edit: rendered once per data version for all
    # workers, as the browse and search pages are.
    version = dataversion.current()
    title, article = dataversion.cached(
        version,
        ("speech page", pk, can_edit),
        lambda: _speech_article(request, pk, can_edit, version),
    )
    context = {"title": title, "article": article, **_search_hits(request, pk)}
    return render(request, "speeches/detail.html", context)


def _speech_article(
    request: HttpRequest, pk: int, can_edit: bool, version: tuple[str, int]
) -> tuple[str, str]:
    """The speech's title and its page's content (Http404 when there is no such speech)."""
    speech = speech_with_outline(pk)
    sections = list(speech.sections.all())
    outline = build_outline(sections)
    older, newer = Speech.objects.neighbours(speech)
    context = {
        "speech": speech,
        "sections": sections_html(sections, reuse_by_section(speech)) if sections else "",
        "outline": outline_html(outline) if outline else "",
        "related": related_speeches(speech, version),
        "older": older,
        "newer": newer,
        "can_edit": can_edit,
    }
    html = render_to_string("speeches/includes/speech_article.html", context, request)
    return speech.title, html


def _search_hits(request: HttpRequest, pk: int) -> dict[str, Any]:
    """With ?q=… (a link from the search results): where the query's terms are in this speech,
    for the hit bar; its figures are the results page's. One query: the speech's index rows."""
    q = request.GET.get("q", "")
    if not q.strip():
        return {}
    parsed = parse_query(q, scope=request.GET.get("scope"))
    hits = locate_hits(parsed, pk)
    if hits is None:
        return {}
    return {
        "hits": hits,
        "hits_needles": json.dumps(hits.needles, ensure_ascii=False),
        # The results page this speech was opened from: its terms, filters, sort and page.
        "hits_back": f"{reverse('speeches:search')}?{request.GET.urlencode()}",
    }


def quote_list(request: HttpRequest) -> HttpResponse:
    form = QuoteFilterForm(request.GET)
    quotations = form.filter(quotebank.quotations())
    version = quotebank.bank_version()
    applied = form.cleaned_data if form.is_valid() else {}  # an invalid form filters nothing
    filters = ("quotations", applied.get("speaker"), applied.get("text"))
    groups = quotebank.cached(version, filters, lambda: quotebank.quotation_groups(quotations))
    page = Paginator(groups, QUOTES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        # Who is quoted (most first), linked with the text filter kept: rendered once, as the list.
        "speakers_html": quotebank.shared(
            version,
            (*filters, "speakers html"),
            lambda: render_to_string(
                "speeches/includes/quote_speakers.html",
                {"speakers": quotebank.speakers(quotations), "text": applied.get("text") or ""},
            ),
        ),
        "page": page,
        # The page's groups with their uses: rendered once per bank version for all workers.
        "groups_html": quotebank.shared(
            version,
            (*filters, page.number, "html"),
            lambda: render_to_string(
                "speeches/includes/quote_groups.html",
                {
                    "by_speaker": quotebank.by_speaker(list(page), quotations),
                    "uses_shown": quotebank.USES_SHOWN,
                },
            ),
        ),
    }
    return render(request, "speeches/quotes.html", context)


def slogan_list(request: HttpRequest) -> HttpResponse:
    form = SloganFilterForm(request.GET)
    slogans = form.filter(quotebank.slogans())
    version = quotebank.bank_version()
    filters = ("slogans", form.cleaned_data.get("text") if form.is_valid() else None)
    groups = quotebank.cached(version, filters, lambda: quotebank.slogan_groups(slogans))
    page = Paginator(groups, SLOGANS_PER_PAGE).get_page(request.GET.get("page"))
    rows_html = quotebank.shared(  # as the quotations' groups
        version,
        (*filters, page.number, "html"),
        lambda: render_to_string(
            "speeches/includes/slogan_rows.html",
            {"rows": quotebank.with_years(list(page), slogans)},
        ),
    )
    context = {"form": form, "page": page, "rows_html": rows_html}
    return render(request, "speeches/slogans.html", context)
