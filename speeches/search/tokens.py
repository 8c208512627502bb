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


class _SeparatorTable(dict):
    """str.translate table: separators → " ", every other character → itself, filled lazily
    (a translate is far faster than the regex's character class on long texts)."""

    def __missing__(self, code_point: int) -> int:
        value = 32 if unicodedata.category(chr(code_point))[0] in "ZPC" else code_point
        self[code_point] = value
        return value


_SEPARATORS = _SeparatorTable()


def run_strings(folded: str) -> list[str]:
    """The runs of `folded`, as `runs` gives them, without offsets (fast: the index build)."""
    return [run for run in folded.translate(_SEPARATORS).split(" ") if run]


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


def _run_tokens(run: str) -> list[str]:
    """The tokens of one run, in order: its overlapping bigrams, then its last character."""
    tokens = list(map(str.__add__, run, run[1:]))
    tokens.append(run[-1])
    return tokens


# Position texts by position: tsvector positions stop at 16,383, so later ones repeat it (the
# tsvector input drops repeated positions). Grown on demand: a text of n characters needs < 2n+3.
_POSITION_TEXTS = [str(min(i, 16383)) for i in range(20000)]


def tsvector_literal(folded: str) -> str:
    """The tsvector input text (`'统战':2 '战':3`) for PostgreSQL's `::tsvector` cast.

    Built here so no text-search parser or locale is involved. Same positions as
    `token_positions`, written out because this is the index build's hot loop; lexemes are
    quoted and escaped, although ' and \\ are punctuation and so never inside a token.
    """
    texts = _POSITION_TEXTS
    if 2 * len(folded) + 3 > len(texts):
        texts.extend(["16383"] * (2 * len(folded) + 3 - len(texts)))
    positions: dict[str, list[str]] = {}
    position = 2
    for run in run_strings(folded):
        tokens = _run_tokens(run)
        for token, text in zip(tokens, texts[position : position + len(tokens)], strict=True):
            entry = positions.get(token)
            if entry is None:
                positions[token] = [text]
            else:
                entry.append(text)
        position += len(tokens) + 1
    if "'" in folded or "\\" in folded:
        return " ".join(f"'{quote_lexeme(t)}':{','.join(e)}" for t, e in positions.items())
    return " ".join([f"'{t}':{','.join(e)}" for t, e in positions.items()])


def fts5_text(folded: str) -> str:
    """The token stream for the SQLite FTS5 column, tokens separated by spaces.

    FTS5 positions are consecutive tokens; runs are simply concatenated (no token spans two runs,
    so a phrase of bigrams can only match inside one run).
    """
    return " ".join(" ".join(_run_tokens(run)) for run in run_strings(folded))


def quote_lexeme(token: str) -> str:
    return token.replace("\\", "\\\\").replace("'", "''")
