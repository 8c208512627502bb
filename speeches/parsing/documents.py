"""Stage 2, documents: a file that holds several speeches (篇一 / 【篇二】 / 第3篇 / 范文一)."""

from __future__ import annotations

import re

from .text import NUM, fold

_PIAN = re.compile(
    f"^[【\\[（(]?(?:篇\\s*(?:{NUM}|\\d+)|第\\s*(?:{NUM}|\\d+)\\s*篇|范文\\s*(?:{NUM}|\\d+))[】\\]）)]?[：:.、\\s]*"
)


def split_documents(lines: list[str]) -> list[list[str]]:
    marks = [i for i, ln in enumerate(lines) if _PIAN.match(fold(ln))]
    if len(marks) < 2:
        return [lines]
    docs: list[list[str]] = []
    for n, start in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else len(lines)
        first = lines[start][_PIAN.match(fold(lines[start])).end() :].strip()  # type: ignore[union-attr]
        docs.append(([first] if first else []) + lines[start + 1 : end])
    return docs


# --------------------------------------------------------------------------------------------
