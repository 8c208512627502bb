"""Stage 2, documents: a file that holds several speeches.

Marked by 篇一 / 【篇二】 / 第3篇 / 范文一 lines, or unmarked: after a speech's body, another title
with its own salutation a few lines below starts the next speech."""

from __future__ import annotations

import re

from .junk import is_junk_line
from .salutation import salutation
from .speakers import NAME_MARKS, parse_speaker
from .text import HAN, NUM, TRUNCATED, cn_to_int, fold, nows
from .title import headline_over_speaker, title_candidate

_PIAN = re.compile(
    # (a site's own name for the copy may come first: 森林防火讲话稿【篇2】)
    # (or set apart by a space: 有关校长致辞 篇2)
    # (or glued after a sample's name: 群众座谈会发言范文第2篇, 开幕式发言稿范文篇2)
    f"^(?:[^。！？【\\n]{{0,30}}(?=【篇\\s*(?:{NUM}|\\d+)】\\s*$)|(?P<head>[^。！？【\\n]{{2,30}}?(?:\\s|(?<=[稿词辞话言])|(?<=代表)|(?<=范文)))"
    f"(?=(?:篇\\s*(?:{NUM}|\\d+)|第\\s*(?:{NUM}|\\d+)\\s*篇)\\s*$))?"
    # (二篇 alone on its line)
    f"[【\\[（(]?(?:篇\\s*(?:{NUM}|\\d+)|第\\s*(?:{NUM}|\\d+)\\s*篇|(?:{NUM})篇(?=\\s*$)|范文\\s*(?:{NUM}|\\d+)"
    # (one speaker's speeches saved together: 讲话之一 / 讲话之二)
    f"|(?:讲话|致辞|发言)之(?:{NUM}))[】\\]）)]?[：:.、\\s]*"
)


def _unmarked(copy: list[str]) -> list[str]:
    """A copy's lines without its mark: its title where the mark leaves one (有关校长致辞 篇2: the
    title comes before its mark; 第2篇：在…上的讲话: after it), nothing of 二篇 alone."""
    m = _PIAN.match(fold(copy[0]))
    assert m is not None
    first = copy[0][: m.end("head")] if m.group("head") else copy[0][m.end() :].strip()
    return ([first] if first else []) + copy[1:]


_SALUTATION_WITHIN = 4  # lines between a title and its salutation (speaker, date, subtitle)
_MIN_BODY = 3  # body lines a speech needs before another may start


def split_documents(lines: list[str]) -> list[list[str]]:
    numbered = _numbered_parts(lines)
    if numbered:
        return numbered
    lines = _unglue_pian(lines)
    found = [
        i
        for i, ln in enumerate(lines)
        if ("篇" in ln or "范文" in ln or "範文" in ln or "之" in ln) and _PIAN.match(fold(ln))
    ]
    # A table of contents lists the copies (篇一：… / 篇二：…) one a line: those are no copies.
    marks = [i for i in found if _next_line(lines, i) not in found]
    # 第1篇：…致辞 / …致辞 / 篇一： — two labels of one copy, only its title between them
    marks = [
        m
        for n, m in enumerate(marks)
        if n + 1 == len(marks)
        or sum(1 for ln in lines[m + 1 : marks[n + 1]] if ln.strip() and ln != TRUNCATED) > 1
    ]
    if len(marks) == 1 and _second_copy_after_a_first(lines, marks[0]):
        # 在…上的讲话(共8篇) / …the first copy, unmarked… / 第2篇：在…上的讲话
        return [lines[: marks[0]], *split_documents(_unmarked(lines[marks[0] :]))]
    if len(marks) >= 2:
        page_title = next((ln for ln in reversed(lines[: marks[0]]) if title_candidate(ln)), None)
        docs: list[list[str]] = []
        for n, start in enumerate(marks):
            end = marks[n + 1] if n + 1 < len(marks) else len(lines)
            doc = _unmarked(lines[start:end])
            docs.append(_with_title(doc, doc[:_SALUTATION_WITHIN], page_title))
        # (第二篇：在…上的讲话 as the page's last line: the next copy's title, its text not shown)
        while len(docs) > 1 and sum(1 for ln in docs[-1] if ln.strip() and ln != TRUNCATED) <= 1:
            docs.pop()
        return docs
    headed = _speaker_headed_starts(lines)
    if headed:
        bounds = [*headed, len(lines)]
        return [lines[bounds[n] : bounds[n + 1]] for n in range(len(headed))]
    starts = _unmarked_starts(lines)
    if not starts:
        return [lines]
    bounds = [0, *starts, len(lines)]
    docs = [lines[bounds[n] : bounds[n + 1]] for n in range(len(bounds) - 1)]
    return docs[1:] if _cover_note(docs[0]) else docs


_MARK_NUMBER = re.compile(f"{NUM}|\\d+")


def _second_copy_after_a_first(lines: list[str], at: int) -> bool:
    """A page's only copy mark is 第2篇 (or 篇二): the text above it, under a title, is the
    first copy, which the page did not mark."""
    mark = _PIAN.match(fold(lines[at]))
    numbers = _MARK_NUMBER.findall(mark.group(0)) if mark else []  # (the mark's, after a title)
    if not numbers or cn_to_int(numbers[-1]) != 2:
        return False
    above = [ln for ln in lines[:at] if ln.strip() and ln != TRUNCATED and not is_junk_line(ln)]
    return any(title_candidate(ln) for ln in above[:4]) and len(above) >= 1 + _MIN_BODY


def _slogan_title(line: str) -> bool:
    """A line that may be a slogan title (坚定信心　真抓实干　推动…): short, no sentence in it."""
    f = nows(fold(line))
    return 4 <= len(f) <= 40 and not is_junk_line(line) and not _SENTENCE.search(f)


_SENTENCE = re.compile("[。！？；：:，,]")
_COVER_NOTE_MAX = 200  # characters: a note that sends a speech on, not a speech


def _cover_note(doc: list[str]) -> bool:
    """The part before the first titled speech is a short note with a salutation but no title
    above it (各位代表：现将…转发给大家，请审阅。 in a forwarded mail): it goes with no speech."""
    first = next((i for i, ln in enumerate(doc) if ln != TRUNCATED and salutation(ln)), None)
    if first is None or any(title_candidate(ln) and not is_junk_line(ln) for ln in doc[:first]):
        return False
    body = [ln for ln in doc[first + 1 :] if ln != TRUNCATED and not is_junk_line(ln)]
    return sum(len(nows(ln)) for ln in body) <= _COVER_NOTE_MAX


def _next_line(lines: list[str], i: int) -> int:
    """The index of the next line with text after lines[i] (len(lines) at the end)."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))


_PIAN_INSIDE = re.compile(f"第\\s*(\\d{{1,2}})\\s*篇(?=[{HAN}“【])")


def _unglue_pian(lines: list[str]) -> list[str]:
    """A preview that lost its line breaks glues the next copy's 第2篇 to the end of the one
    before (…早日竣工！谢谢第2篇大家好！): after a 第1篇 that starts a line, each next number
    found inside a line starts a line of its own."""
    first = next(
        (i for i, ln in enumerate(lines) if "篇" in ln and re.match(r"第\s*1\s*篇", fold(ln))), None
    )
    if first is None:
        return lines
    out, want = lines[:first], 2
    for line in lines[first:]:
        pos = 0
        for m in _PIAN_INSIDE.finditer(line, 1):
            if int(m.group(1)) == want and m.start() > pos:
                out.append(line[pos : m.start()])
                pos, want = m.start(), want + 1
        out.append(line[pos:])
    return out


_BARE_NUMERAL = re.compile("^[一二三四五六七八九十][：:]?$")


def _numbered_parts(lines: list[str]) -> list[list[str]]:
    """A page's speeches numbered by a bare 一 / 二 line, each followed by its salutation: the
    page's title (above the first) is the title of a speech that has none of its own."""
    marks = [
        i
        for i, line in enumerate(lines)
        if len(line) <= 8
        and _BARE_NUMERAL.match(nows(line))
        # (一： alone on its line numbers a copy even when it opens without an address)
        and (
            nows(line)[-1:] in "：:"
            or any(salutation(ln) for ln in lines[i + 1 : i + 1 + _SALUTATION_WITHIN])
        )
    ]
    if len(marks) < 2 or [cn_to_int(nows(lines[i]).rstrip("：:")) for i in marks] != list(
        range(1, len(marks) + 1)
    ):
        return []
    page_title = next((ln for ln in lines[: marks[0]] if title_candidate(ln)), None)
    docs = [lines[: marks[0]] + lines[marks[0] + 1 : marks[1]]]
    for n, start in enumerate(marks[1:], start=1):
        end = marks[n + 1] if n + 1 < len(marks) else len(lines)
        doc = lines[start + 1 : end]
        head = doc[: next((k for k, ln in enumerate(doc) if salutation(ln)), 0)]
        docs.append(_with_title(doc, head, page_title))
    return docs


def _with_title(doc: list[str], head: list[str], page_title: str | None) -> list[str]:
    """A copy with no title of its own among its head lines takes the page's title."""
    if page_title is None or any(title_candidate(ln) for ln in head):
        return doc
    return [page_title, *doc]


def remarks_page(lines: list[str]) -> bool:
    """Several speakers' remarks, each under a headline and a byline (发言摘登)."""
    return bool(_speaker_headed_starts(lines))


def _speaker_headed_starts(lines: list[str]) -> list[int]:
    """A page of several speakers' remarks (…座谈会发言摘登): each under a headline and a
    name（post） line, or a post　name line. The page's own header before the first goes with no
    speech."""
    said = bool(_REMARKS.search(fold("".join(lines[:12]))))
    marks = [i for i in range(len(lines) - 2) if _headed_by_speaker(lines, i, said)]
    return marks if len(marks) >= 2 else []


# A page that says it holds several people's remarks: …座谈会发言摘登, 交流发言选登
_REMARKS = re.compile("发言(?:摘登|摘编|选登|摘要)")


def _headed_by_speaker(lines: list[str], i: int, said: bool) -> bool:
    if lines[i + 1].rstrip().endswith(("）", ")")) and headline_over_speaker(lines, i):
        return True
    f = nows(fold(lines[i]))
    if said and f[:1] in NAME_MARKS and parse_speaker(lines[i].strip()[1:])[1]:
        return True  # ■ 钟立群　市工商联副主席、…董事长: a bulleted byline alone heads the remarks
    return (
        said  # a post　name byline under a headline, on a page that says it holds remarks
        and 6 <= len(f) <= 30
        and not _SENTENCE.search(f)
        and not title_candidate(lines[i])
        and all(parse_speaker(lines[i + 1]))
    )


def _unmarked_starts(lines: list[str]) -> list[int]:
    """Indices of titles that open a second, third … speech: a title candidate followed within
    a few lines by a salutation, after at least a few body lines of the speech before it."""
    sal_lines = [i for i, ln in enumerate(lines) if ln != TRUNCATED and salutation(ln)]
    if len(sal_lines) < 2:
        return []
    starts: list[int] = []
    body_since = -1  # body lines since the last salutation; -1 before the first one
    sal_set = set(sal_lines)
    for i, line in enumerate(lines):
        if i in sal_set:
            body_since = 0
            continue
        if body_since < 0:
            continue
        if (
            body_since >= _MIN_BODY
            and any(j in sal_set for j in range(i + 1, i + 1 + _SALUTATION_WITHIN))
            and title_candidate(line)
        ):
            if line.lstrip().startswith(("——", "--")) and i and _slogan_title(lines[i - 1]):
                i -= 1  # the (slogan) title above its ——subtitle line
            starts.append(i)  # a title printed again (preview, then full text) splits too
            body_since = -1
            continue
        if line and line != TRUNCATED and not is_junk_line(line):
            body_since += 1
    return starts
