"""Which speeches a bulk export takes: the browse filters, and the search query when there is one.

The parameters are the list page's (SpeechFilter) or the search page's (`q`, its `sort`, the same
filters), so a button on either page takes exactly the speeches that page lists. Invalid filter
values are ignored, as on those pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import QueryDict

from ..filters import DEFAULT_SORT, SORT_ORDER, SpeechFilter
from ..models import Speech
from ..search.query import matching_speeches, parse_query, speech_in

# Parameters of the pages or of the export itself, not filters.
NOT_FILTERS = ("q", "page", "format", "scope")


@dataclass
class Selection:
    speeches: QuerySet  # ordered like the page the export was asked from
    conditions: dict[str, str]  # what was asked, by the filters' Chinese labels


def _conditions(filterset: SpeechFilter, q: str) -> dict[str, str]:
    found = {"搜索": q} if q else {}
    for name, value in filterset.form.cleaned_data.items():
        if value in (None, ""):
            continue
        field = filterset.form.fields[name]
        choices = dict(getattr(field, "choices", ()))
        found[str(field.label)] = str(choices.get(value, value))
    return found


def select_speeches(params: QueryDict) -> Selection:
    q = params.get("q", "").strip()
    data = params.copy()
    for name in NOT_FILTERS:
        data.pop(name, None)
    if q and data.get("sort") == "relevance":
        data.pop("sort")  # the search page's default order; speeches here go newest first
    filterset = SpeechFilter(data, queryset=Speech.objects.order_by(*SORT_ORDER[DEFAULT_SORT]))
    speeches = filterset.qs
    if q:
        parsed = parse_query(q, scope=params.get("scope"))  # 同段 as on the search page
        if not parsed.is_searchable:
            speeches = speeches.none()  # the search page finds nothing either
        else:
            # The search page's semantics exactly: every speech it finds (uncapped).
            speeches = speeches.filter(speech_in(matching_speeches(parsed) or {0}))
    return Selection(speeches=speeches, conditions=_conditions(filterset, q))
