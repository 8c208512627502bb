"""The reading pages: browse, one speech, the quote bank and the slogans. All need a login."""

import datetime as dt
from collections import defaultdict

from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render

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
    context = {"filter": filterset, "page": page, "speakers": _quoted_speakers()}
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


def _speakers(quotations):
    """Who is quoted, most quoted first, with how often and in how many speeches."""
    return (
        quotations.values("speaker")
        .annotate(uses=Count("pk"), speech_count=Count("speech", distinct=True))
        .order_by("-uses", "speaker")
    )


def _quotation_groups(quotations):
    """One row per (speaker, text): identical quotations across speeches count as one entry.

    Ordered by how often the speaker is quoted, then by how widely the quotation is used.
    """
    speaker_uses = Subquery(
        quotations.filter(speaker=OuterRef("speaker"))
        .order_by()
        .values("speaker")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        quotations.values("speaker", "text")
        .annotate(
            uses=Count("pk"), speech_count=Count("speech", distinct=True), speaker_uses=speaker_uses
        )
        .order_by("-speaker_uses", "speaker", "-speech_count", "-uses", "text")
    )


def _by_speaker(groups, quotations):
    """Attach each use (in context) to its group, and gather the groups under their speaker.

    One query for the uses of every group on the page.
    """
    if not groups:
        return []
    uses = defaultdict(list)
    found = (
        quotations.filter(
            speaker__in={group["speaker"] for group in groups},
            text__in={group["text"] for group in groups},
        )
        .select_related("speech", "section")
        .order_by("-speech__year", "-speech__date", "speech_id", "section__position", "position")
    )
    for quote in found:
        uses[(quote.speaker, quote.text)].append(quote)
    by_speaker = []
    for group in groups:
        group["uses"] = uses[(group["speaker"], group["text"])]
        if not by_speaker or by_speaker[-1]["speaker"] != group["speaker"]:
            by_speaker.append(
                {"speaker": group["speaker"], "total": group["speaker_uses"], "groups": []}
            )
        by_speaker[-1]["groups"].append(group)
    return by_speaker


def quote_list(request):
    form = QuoteFilterForm(request.GET)
    quotations = form.filter(Quote.objects.filter(kind=Quote.Kind.QUOTATION))
    page = Paginator(_quotation_groups(quotations), QUOTES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "form": form,
        "speakers": _speakers(quotations),
        "page": page,
        "by_speaker": _by_speaker(list(page), quotations),
    }
    return render(request, "speeches/quotes.html", context)


def _with_years(rows, slogans):
    """Add the sorted years each slogan on the page was used in (one query)."""
    years = defaultdict(set)
    if rows:
        used = slogans.filter(text__in=[row["text"] for row in rows], speech__year__isnull=False)
        for text, year in used.values_list("text", "speech__year").distinct():
            years[text].add(year)
    for row in rows:
        row["years"] = sorted(years[row["text"]])
    return rows


def slogan_list(request):
    form = SloganFilterForm(request.GET)
    slogans = form.filter(Quote.objects.filter(kind=Quote.Kind.SLOGAN))
    counted = (
        slogans.values("text")
        .annotate(uses=Count("pk"), speech_count=Count("speech", distinct=True))
        .order_by("-uses", "text")
    )
    page = Paginator(counted, SLOGANS_PER_PAGE).get_page(request.GET.get("page"))
    rows = _with_years(list(page), slogans)
    return render(request, "speeches/slogans.html", {"form": form, "page": page, "rows": rows})
