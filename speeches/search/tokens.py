"""Tokenisation of folded text into overlapping character bigrams.

A *run* is a maximal stretch of characters that are not spaces, punctuation or control characters
(letters of any script, digits, marks and symbols such as × or ＋). Each run of n characters gives
the n-1 overlapping bigrams, plus its last character alone, so that:

- a query run of 2+ characters matches exactly where its bigrams sit at consecutive positions,
- a one-character query run matches as a prefix (`'统':*`, `"统"*`): every character of the text is
  the first character of some token,
- nothing ever matches across punctuation (no token spans two runs).

Positions are consecutive within a run and skip one between runs.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from functools import cache


@cache
def _separator_class() -> str:
    # Every code point in categories Z* (separators), P* (punctuation) and C* (control, format,
    # unassigned…) separates runs; built once as a regex character class.
    ranges: list[tuple[int, int]] = []
    start = None
    for cp in range(sys.maxunicode + 1):
        sep = unicodedata.category(chr(cp))[0] in "ZPC"
        if sep and start is None:
            start = cp
        elif not sep and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, sys.maxunicode))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


@cache
def _run_re() -> re.Pattern:
    return re.compile(f"[^{_separator_class()}]+")


def runs(folded: str) -> Iterator[tuple[int, str]]:
    """(offset, run) for each run of indexable characters."""
    for match in _run_re().finditer(folded):
        yield match.start(), match.group()


def has_word_characters(text: str) -> bool:
    return _run_re().search(text) is not None


def token_positions(folded: str) -> Iterator[tuple[str, int]]:
    """(token, position) pairs, positions starting at 1 (tsvector positions are 1..16383)."""
    position = 0
    for _, run in runs(folded):
        position += 1  # a gap between runs
        for i in range(len(run) - 1):
            position += 1
            yield run[i : i + 2], position
        position += 1
        yield run[-1], position


def tsvector_literal(folded: str) -> str:
    """The tsvector input text (`'统战':2 '战':3`) for PostgreSQL's `::tsvector` cast.

    Built here so no text-search parser or locale is involved; lexemes are quoted and escaped.
    """
    positions: dict[str, list[int]] = {}
    for token, pos in token_positions(folded):
        positions.setdefault(token, []).append(min(pos, 16383))
    return " ".join(
        "'{}':{}".format(quote_lexeme(token), ",".join(map(str, sorted(set(p)))))
        for token, p in positions.items()
    )


def fts5_text(folded: str) -> str:
    """The token stream for the SQLite FTS5 column, tokens separated by spaces.

    FTS5 positions are consecutive tokens; runs are simply concatenated (no token spans two runs,
    so a phrase of bigrams can only match inside one run).
    """
    return " ".join(token for token, _ in token_positions(folded))


def quote_lexeme(token: str) -> str:
    return token.replace("\\", "\\\\").replace("'", "''")
