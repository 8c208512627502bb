"""Two speeches side by side: their sections aligned where they correspond, wording diffed."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from itertools import zip_longest

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..models import Section
from . import sketch

MATCH = 0.3  # shingle overlap (of the shorter passage) for two sections to correspond


@dataclass
class Cell:
    section: Section
    html: SafeString  # the body, escaped, changed wording in <del>/<ins>


@dataclass
class Row:
    left: Cell | None
    right: Cell | None
    share: int | None  # percent of the left passage found in the right one, when they correspond

    @property
    def shared(self) -> bool:
        return self.share is not None and self.share >= 50


def _plain(section: Section) -> Cell:
    return Cell(section, escape(section.body))


def diff_html(a: str, b: str) -> tuple[SafeString, SafeString]:
    """`a` with the wording `b` lacks in <del>, `b` with the wording `a` lacks in <ins>."""
    left, right = [], []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            left.append(escape(a[i1:i2]))
            right.append(escape(b[j1:j2]))
            continue
        if i2 > i1:
            left.append(f"<del>{escape(a[i1:i2])}</del>")
        if j2 > j1:
            right.append(f"<ins>{escape(b[j1:j2])}</ins>")
    return mark_safe("".join(left)), mark_safe("".join(right))  # every piece escaped above


def _pairs(a: list[Section], b: list[Section]) -> dict[int, int]:
    """{index in a: index in b} of corresponding sections, each the other's best."""
    shingles_b = [sketch.shingles(sketch.normalise(s.text)) for s in b]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for i, section in enumerate(a):
        mine = sketch.shingles(sketch.normalise(section.text))
        best, best_score = None, MATCH
        for j, theirs in enumerate(shingles_b):
            if j in taken or not mine or not theirs:
                continue
            score = len(mine & theirs) / min(len(mine), len(theirs))
            if score >= best_score:
                best, best_score = j, score
        if best is not None:
            pairs[i] = best
            taken.add(best)
    return pairs


def align(a: list[Section], b: list[Section]) -> list[Row]:
    """Rows in reading order: corresponding sections side by side (in the order both keep),
    the rest beside whatever stands at the same place on the other side."""
    pairs = _pairs(a, b)
    labels_a = [f"p{i}" if i in pairs else f"a{i}" for i in range(len(a))]
    back = {j: i for i, j in pairs.items()}
    labels_b = [f"p{back[j]}" if j in back else f"b{j}" for j in range(len(b))]
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(None, labels_a, labels_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                left_html, right_html = diff_html(a[i].body, b[j].body)
                norm_a, norm_b = sketch.normalise(a[i].text), sketch.normalise(b[j].text)
                share = round(100 * sketch.shared_share(norm_a, norm_b)) if norm_a else 0
                rows.append(Row(Cell(a[i], left_html), Cell(b[j], right_html), share))
        else:
            for left, right in zip_longest(a[i1:i2], b[j1:j2]):
                rows.append(Row(left and _plain(left), right and _plain(right), None))
    return rows
