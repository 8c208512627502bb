"""Stage 4a, numbering: every label that could number a section (tables.SCHEMES), and the
lists they form: which run in sequence, and at which level. Levels follow the order in which
numbering styles first appear, not a fixed table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import LAST, SCHEMES, Scheme
from .text import fold

_INLINE_BEFORE = "。！？；：，、”」』）)!?;:"
_TERMINATORS = "。！？；!?;"


@dataclass
class Marker:
    para: int
    offset: int
    end: int  # end of the label (== offset for label_in_heading)
    scheme: Scheme
    value: int
    number: str
    level: int = 0
    run: int = -1  # index of the first marker of the list this one belongs to
    alone: bool = False  # numbers a section even as the only item of its list


# Where a label may start: a paragraph start, or (inline styles) right after a clause boundary.
_INLINE_STARTS = "".join(sorted({c for scheme in SCHEMES if scheme.inline for c in scheme.starts}))
_LABEL_AT = re.compile(f"(?<=[{re.escape(_INLINE_BEFORE)}])(?=[{re.escape(_INLINE_STARTS)}])")


def _sentence_ends_within(text: str, start: int, limit: int) -> bool:
    window = text[start : start + limit + 1]
    return len(window) <= limit or any(c in _TERMINATORS for c in window)


_RECOUNT = {scheme.name: scheme.recount for scheme in SCHEMES}


def find_markers(paras: list[str]) -> list[Marker]:
    """Every label that could number a section, by position; the first scheme in SCHEMES that
    matches at a position wins it. Styles without numerals (Scheme.counted) count from 1 after
    any other label at a paragraph's start."""
    found: list[Marker] = []
    counted: dict[str, int] = {}  # items of each style without numerals, so far
    for p, para in enumerate(paras):
        f = fold(para)
        positions = [0, *(m.start() for m in _LABEL_AT.finditer(f))]
        for at in positions:
            for scheme in SCHEMES:
                if at > 0 and (not scheme.inline or scheme.label_in_heading):
                    continue
                m = scheme.pattern.match(f, at)
                if not m:
                    continue
                if scheme.paragraph and not scheme.paragraph.match(f):
                    continue
                if scheme.heading_max and not _sentence_ends_within(f, m.end(), scheme.heading_max):
                    continue
                value: int | None
                if scheme.counted:
                    counted[scheme.name] = value = counted.get(scheme.name, 0) + 1
                else:
                    value = scheme.value(m.group("n"))
                if value is None:
                    continue
                if at == 0 and not scheme.counted:
                    counted = {name: n for name, n in counted.items() if not _RECOUNT[name]}
                end = at if scheme.label_in_heading else m.end()
                if not scheme.label_in_heading and end >= len(f.rstrip()):
                    continue  # a label with nothing after it is not a heading
                number = para[at:end]
                if scheme.label_in_heading:  # 第一项 inside its sentence, as written (第一項)
                    label = scheme.number(m)
                    i = f.find(label, m.start())
                    number = para[i : i + len(label)]
                alone = bool(scheme.alone and scheme.alone.match(f, m.end()))
                found.append(Marker(p, at, end, scheme, value, number, alone=alone))
                break
    return found


def nest(markers: list[Marker], *, inline_top: bool = False, cut: bool = False) -> list[Marker]:
    """Keep markers that run in sequence; give each a level by the order in which numbering
    styles open (a stack of active lists). Lone items of needs_pair styles are dropped and the
    walk repeats (a few times at most: pathological input must not go quadratic). `cut`: the
    copy stops before its end, so a list's last first item (1、… cut off) may have had more."""
    rejected: set[int] = set()
    block_present = any(not m.scheme.inline and m.value == 1 for m in markers)
    for _ in range(6):
        accepted = _walk(markers, rejected, None if inline_top else block_present)
        last = max(accepted, default=-1) if cut else -1
        lonely = {
            items[0]
            for items in _runs(markers, accepted)
            if len(items) == 1
            and items[0] != last
            and markers[items[0]].scheme.needs_pair
            and not _unambiguous(markers[items[0]])
            and not (cut and _opens_paragraph_as_di(markers[items[0]]))
        }
        if not lonely:
            break
        rejected |= lonely
    return [markers[i] for i in accepted if i not in rejected]


def _unambiguous(marker: Marker) -> bool:
    """A lone item that still numbers a section: 第一， opening a paragraph (the rest of the list
    may have been cut off by a paywall), an agenda step handing over to a speaker."""
    return marker.alone or (
        marker.scheme.name == "di_comma" and marker.offset == 0 and marker.level == 1
    )


def _opens_paragraph_as_di(marker: Marker) -> bool:
    """第一，规格高。主要体现在：一是… in a copy cut off below: its 第二， was in the part cut."""
    return marker.scheme.name == "di_comma" and marker.offset == 0


def _walk(markers: list[Marker], rejected: set[int], block_present: bool | None) -> list[int]:
    """One pass over the markers; returns the indices accepted, with levels and runs set.
    block_present None: inline styles may open the top level anywhere (an opening's list)."""
    accepted: list[int] = []
    # Open lists: [key, last value, index of the first item, index of the last item]; the key is
    # the scheme's name, with "/in" for a list inside an item of the same style.
    stack: list[list] = []
    # Lists closed by the next item of a list above them, by key: (level, last value) — a count
    # that goes on under the next part (第一部分 一、二、 第二部分 三、四、).
    closed: dict[str, tuple[int, int]] = {}
    for idx, m in enumerate(markers):
        if idx in rejected:
            continue
        keys = (m.scheme.name + "/in", m.scheme.name) if m.offset else (m.scheme.name,)
        k = next(
            (j for key in keys for j in range(len(stack) - 1, -1, -1) if stack[j][0] == key), None
        )
        if k is None and m.scheme.kin:
            # 第一，… 第二方面，… 第三，…: a speaker varies the label, the count goes on.
            k = next(
                (
                    j
                    for j in range(len(stack) - 1, -1, -1)
                    if markers[stack[j][3]].scheme.kin == m.scheme.kin
                    and stack[j][1] + 1 == m.value
                ),
                None,
            )
        if k is not None:
            last, item = stack[k][1], markers[stack[k][3]]
            if m.value == last + 1 or (m.value == LAST and last >= 1):
                closed.update(
                    (entry[0], (j + 1, entry[1])) for j, entry in enumerate(stack[k + 1 :], k + 1)
                )
                del stack[k + 1 :]
                stack[k][1], stack[k][3] = last + 1, idx
            elif m.value == 1 and m.offset and item.offset == 0 and item.para == m.para:
                # 二是热烈祝贺。…“四个多”：一是人数多…: a list inside an item that opens its
                # paragraph, in the same style, one level down.
                del stack[k + 1 :]
                stack.append([m.scheme.name + "/in", 1, idx, idx])
                k = len(stack) - 1
            elif m.value == 1 and k == len(stack) - 1 and last >= 2:
                stack[k] = [stack[k][0], 1, idx, idx]  # a second 一是…二是… list under one heading
            else:
                continue
            m.level, m.run = k + 1, stack[k][2]
            accepted.append(idx)
            continue
        ended = closed.get(m.scheme.name)
        goes_on = ended is not None and ended == (len(stack) + 1, m.value - 1) and not m.offset
        if m.value != 1 and not goes_on and not (not accepted and _opens_excerpt(markers, idx)):
            continue
        top_inline = not stack and m.scheme.inline and block_present is not None
        if top_inline and (block_present or m.offset != 0) and not _frames_blocks(markers, idx):
            continue  # 一是 in the opening, or a top level of 一是 under 一、 headings
        m.level, m.run = len(stack) + 1, idx
        stack.append([m.scheme.name, m.value, idx, idx])
        accepted.append(idx)
    return accepted


def _opens_excerpt(markers: list[Marker], idx: int) -> bool:
    """A copy that starts at a later part (三、… with （一）… under it, the page of a report's
    third chapter, or a paste that lost its first page): a block heading that opens its
    paragraph, no earlier label of its style, and a list of another block style opening right
    under it. It numbers its section even as the only item of its list."""
    m = markers[idx]
    following = markers[idx + 1] if idx + 1 < len(markers) else None
    opens = (
        not m.scheme.inline
        and m.offset == 0
        and 2 <= m.value <= 10
        and following is not None
        and not following.scheme.inline
        and following.scheme is not m.scheme
        and following.value == 1
        and following.offset == 0
        and all(b.scheme is not m.scheme for b in markers[:idx])
    )
    if opens:
        m.alone = True
    return opens


def _frames_blocks(markers: list[Marker], idx: int) -> bool:
    """An inline style opening a paragraph (第一，…, 一是…) whose list goes on at a paragraph's
    start (第三，…) after a block list (（1）…（3）) that began under it: the top level, the block
    list inside it."""
    m = markers[idx]
    if m.offset != 0:
        return False
    later = markers[idx + 1 : idx + 200]  # bounded: pathological input must not go quadratic
    block = next((i for i, b in enumerate(later) if not b.scheme.inline and b.value == 1), None)
    return block is not None and any(
        b.scheme is m.scheme and b.offset == 0 and b.value >= 2 for b in later[block:]
    )


def _runs(markers: list[Marker], accepted: list[int]) -> list[list[int]]:
    """Accepted marker indices grouped by the list they belong to (set by _walk)."""
    runs: dict[int, list[int]] = {}
    for i in accepted:
        runs.setdefault(markers[i].run, []).append(i)
    return list(runs.values())
