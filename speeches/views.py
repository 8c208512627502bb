"""The reading pages: browse, one speech, the quote bank and the slogans. All need a login."""

import datetime as dt

from django.core.paginator import Paginator
from django.db.models import Count, Q, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render

from . import quotebank
from .filters import DEFAULT_SORT, SORT_ORDER, SpeechFilter
from .forms import QuoteFilterForm, SloganFilterForm
from .models import Quote, Speech
from .presenters import build_outline

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


def speech_list(request):
    speeches = Speech.objects.order_by(*SORT_ORDER[DEFAULT_SORT])
    filterset = SpeechFilter(request.GET, queryset=speeches)
    filterset.show_facets()
    results = filterset.qs.with_counts().defer("raw_text", "warnings")
    page = Paginator(results, SPEECHES_PER_PAGE).get_page(request.GET.get("page"))
    # The datalist's speakers group every quotation: computed once per change of the quotes.
    speakers = quotebank.cached(quotebank.bank_version(), ("quoted speakers",), _quoted_speakers)
    context = {"filter": filterset, "page": page, "speakers": speakers}
    return render(request, "speeches/list.html", context)


def _neighbours(speech: Speech) -> tuple[Speech | None, Speech | None]:
    """The speeches just before and after this one by year, date, then id (missing ones first)."""
    keyed = Speech.objects.annotate(
        sort_year=Coalesce("year", 0), sort_date=Coalesce("date", Value(dt.date.min))
    ).only("pk", "title")
    year, date = speech.year or 0, speech.date or dt.date.min
    before = (
        Q(sort_year__lt=year)
        | Q(sort_year=year, sort_date__lt=date)
        | Q(sort_year=year, sort_date=date, pk__lt=speech.pk)
    )
    after = (
        Q(sort_year__gt=year)
        | Q(sort_year=year, sort_date__gt=date)
        | Q(sort_year=year, sort_date=date, pk__gt=speech.pk)
    )
    older = keyed.filter(before).order_by("-sort_year", "-sort_date", "-pk").first()
    newer = keyed.filter(after).order_by("sort_year", "sort_date", "pk").first()
    return older, newer


def speech_detail(request, pk):
    speech = get_object_or_404(Speech.objects.with_outline().with_duplicates(), pk=pk)
    sections = list(speech.sections.all())
    older, newer = _neighbours(speech)
    context = {
        "speech": speech,
        "sections": sections,
        "outline": build_outline(sections),
        "older": older,
        "newer": newer,
        "can_edit": request.user.has_perm("speeches.change_speech"),
    }
    return render(request, "speeches/detail.html", context)


def quote_list(request):
    form = QuoteFilterForm(request.GET)
    quotations = form.filter(quotebank.quotations())
    version = quotebank.bank_version()
    applied = form.cleaned_data if form.is_valid() else {}  # an invalid form filters nothing
    filters = ("quotations", applied.get("speaker"), applied.get("text"))
    groups = quotebank.cached(version, filters, lambda: quotebank.quotation_groups(quotations))
    page = Paginator(groups, QUOTES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "speakers": quotebank.cached(
            version, (*filters, "speakers"), lambda: quotebank.speakers(quotations)
        ),
        "page": page,
        "by_speaker": quotebank.cached(
            version,
            (*filters, page.number),
            lambda: quotebank.by_speaker(list(page), quotations),
            store="pages",
        ),
        "uses_shown": quotebank.USES_SHOWN,
    }
    return render(request, "speeches/quotes.html", context)


def slogan_list(request):
    form = SloganFilterForm(request.GET)
    slogans = form.filter(quotebank.slogans())
    version = quotebank.bank_version()
    filters = ("slogans", form.cleaned_data.get("text") if form.is_valid() else None)
    groups = quotebank.cached(version, filters, lambda: quotebank.slogan_groups(slogans))
    page = Paginator(groups, SLOGANS_PER_PAGE).get_page(request.GET.get("page"))
    rows = quotebank.cached(
        version,
        (*filters, page.number),
        lambda: quotebank.with_years(list(page), slogans),
        store="pages",
    )
    return render(request, "speeches/slogans.html", {"form": form, "page": page, "rows": rows})
