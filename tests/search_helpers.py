"""Shared helpers of the search tests: speeches with an index, and the ids a query finds."""

from django.urls import reverse

from speeches.models import Speech
from speeches.search import reindex_speech
from speeches.search.query import (
    parse_query,
    run_search,
)

from .factories import make_section, make_speech

URL = reverse("speeches:search")
# The same search three ways, as (q, scope): ranked from the index's ids; with an excluded word
# probed on its own (speech scope); with 同段, where an excluded word makes the index unable to
# decide alone, so every candidate passage is read and verified.
VERIFIED = "统战 -没有这个词"
BOTH_PATHS = [("统战", "speech"), (VERIFIED, "speech"), (VERIFIED, "section")]


def speech_with(title="在全县工作会议上的讲话", *bodies, headings=None, **fields):
    speech = make_speech(title, **fields)
    for i, body in enumerate(bodies, start=1):
        heading = (headings or {}).get(i, "")
        make_section(speech, position=i, heading=heading, body=body)
    reindex_speech(speech)
    return speech


def found(q, scope="speech", **filters):
    """Speech ids matching `q` (all pages: the tests stay under one page)."""
    parsed = parse_query(q, scope)
    if not parsed.is_searchable:
        return set()
    qs = Speech.objects.filter(**filters) if filters else None
    result = run_search(parsed, qs)
    return {hit.speech_id for hit in result.hits}
