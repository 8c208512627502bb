"""Folding: one function decides which characters are "the same" for search.

Applied identically to the indexed text and to the query, character by character:

1. NFKC compatibility fold (full-width ＡＢＣ１２３ → ABC123, compatibility ideographs → unified);
2. case fold (Latin, Greek, Cyrillic… letters compare case-insensitively);
3. traditional → simplified, from OpenCC's character table (統戰 → 统战).

The fold is applied only to the search key (the index tokens and the verification of candidates);
stored text is never changed. Almost every character folds to exactly one character, so offsets in
the folded text are offsets in the original; `fold_with_offsets` handles the rare exceptions
(e.g. ㍿ → 株式会社) for highlighting.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache, lru_cache

from ..hanzi import trad_to_simp


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).casefold()
    t2s = trad_to_simp()
    folded = "".join(t2s.get(c, c) for c in folded)
    # NFKC after the table: a simplified character is never a compatibility character, but keep
    # the result a fixed point in any case.
    return unicodedata.normalize("NFKC", folded)


class _FoldTable(dict):
    """str.translate table computed on first use of each character (then memoised)."""

    def __missing__(self, codepoint: int) -> str:
        value = _fold_char(chr(codepoint))
        self[codepoint] = value
        return value


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The search key of `text`."""
    return text.translate(_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the offset of its original character."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded, list(range(len(text) + 1))
    parts: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        piece = char.translate(_TABLE)
        parts.append(piece)
        offsets.extend([i] * len(piece))
    offsets.append(len(text))
    return "".join(parts), offsets


def javascript_table() -> str:
    """static/js/search-fold-table.js: the traditional → simplified table for the detail page's
    highlighter (kept in sync by tests/test_search_fold.py::test_js_fold_table_in_sync)."""
    import json

    table = dict(sorted(trad_to_simp().items()))
    sources = json.dumps("".join(table.keys()), ensure_ascii=False)
    targets = json.dumps("".join(table.values()), ensure_ascii=False)
    return (
        "// Generated from OpenCC TSCharacters by speeches.search.fold.javascript_table(); "
        "do not edit.\n"
        f"window.SEARCH_FOLD_FROM = {sources};\nwindow.SEARCH_FOLD_TO = {targets};\n"
    )


@cache
def _inverse() -> dict[str, frozenset[str]]:
    """For each character, the other characters whose fold contains it (統 for 统, Ａ and a for
    a…). Built once per process (~0.5 s)."""
    t2s = trad_to_simp()
    inverse: dict[str, set[str]] = {}
    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        if (
            cp > 0xFFFF
            and char not in t2s
            and not unicodedata.decomposition(char)
            and char.casefold() == char
        ):
            continue
        folded = _TABLE[cp] if cp <= 0xFFFF or char in t2s else _fold_char(char)
        if folded == char:
            continue
        for target in set(folded):
            inverse.setdefault(target, set()).add(char)
    return {k: frozenset(v) for k, v in inverse.items()}


def preimages(char: str) -> frozenset[str]:
    """Every character whose fold contains `char`, `char` included: a text can contain the folded
    needle only if, for each of its characters, one of these occurs in the raw text."""
    return _inverse().get(char, frozenset()) | {char}


@lru_cache(maxsize=256)
def variants_pattern(chars: str) -> re.Pattern | None:
    """A pattern finding any character that folds to one of `chars` without being it (統 for
    统), or None if there is none. A text without such a character contains a folded needle made
    of `chars` exactly where its fold does: it needs no folding to be searched."""
    variants = sorted({v for c in set(chars) for v in preimages(c) if v != c})
    return re.compile("[" + "".join(map(re.escape, variants)) + "]") if variants else None
