"""Keyword-in-context snippets and highlighting, in Python (ts_headline knows no Chinese).

Hits are found in the folded text and mapped back to the original characters, so 統戰 in the text
is highlighted for the query 统战. Everything outside <mark> is HTML-escaped, the hits too.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .fold import fold, fold_with_offsets, variants_pattern

SNIPPET_BEFORE = 30
SNIPPET_LENGTH = 120


def hit_spans(folded: str, needles: list[str]) -> list[tuple[int, int]]:
    """Merged (start, end) spans of every occurrence of every needle in `folded`."""
    spans = []
    for needle in needles:
        if not needle:
            continue
        start = folded.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _original_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    variant = variants_pattern("".join(needles))
    if variant is None or not variant.search(text):
        # No other form of a needle's character: the hits are where the needles are as is.
        return hit_spans(text, needles)
    folded, offsets = fold_with_offsets(text)
    spans = []
    for start, end in hit_spans(folded, needles):
        # the original characters holding the first and the last folded character of the hit
        spans.append((offsets[start], offsets[end - 1] + 1))
    return spans


def _render(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    out = []
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[cursor:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    out.append(escape(text[cursor:end]))
    return "".join(out)


def highlight(text: str, needles: list[str]) -> SafeString:
    """The whole text, escaped, with every hit in <mark>."""
    return mark_safe(_render(text, _original_spans(text, needles), 0, len(text)))


def snippet(text: str, needles: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    """About `length` characters around the first hit (newlines as spaces), hits marked."""
    spans = _original_spans(text, needles)
    if spans:
        first = spans[0][0]
        start = max(0, first - SNIPPET_BEFORE)
    else:
        start = 0
    end = min(len(text), start + length)
    start = max(0, min(start, end - length))
    body = _render(text, spans, start, end).replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")


@dataclass
class Excerpt:
    """About SNIPPET_LENGTH characters of a text, newlines as spaces, with the hits' spans
    (offsets into `text`); `before`/`after`: the text goes on (shown as …)."""

    text: str
    spans: list[tuple[int, int]]
    before: bool
    after: bool
    shown: str  # the excerpt folded: which needles it shows


def excerpt(
    text: str, needles: list[str], focus: str | None = None, length: int = SNIPPET_LENGTH
) -> Excerpt:
    """The excerpt around the first hit of `focus` (default: of any needle)."""
    spans = _original_spans(text, needles)
    start = 0
    if focus is not None:
        focused = _original_spans(text, [focus])
        if focused:
            start = max(0, focused[0][0] - SNIPPET_BEFORE)
    elif spans:
        start = max(0, spans[0][0] - SNIPPET_BEFORE)
    end = min(len(text), start + length)
    start = max(0, min(start, end - length))
    window = text[start:end].replace("\n", " ")
    shown = [
        (max(s, start) - start, min(e, end) - start) for s, e in spans if e > start and s < end
    ]
    return Excerpt(window, shown, start > 0, end < len(text), fold(window))
