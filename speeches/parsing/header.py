"""Stage 3, header: title, subtitle, front matter (speaker, date lines) and salutation.

Everything before the title is dropped (site header, watermarks, outline blocks); lines between
title and salutation are classified; the footer is cut. What follows the salutation is the body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .junk import FOOTER_START, is_junk_line
from .metadata import DASH, DATE, parse_speaker
from .tables import LABEL_START, TITLE_END
from .text import SENTENCE_MARK, TRUNCATED, fold, nows

_GENRE_INSIDE = re.compile("党课|主持词|讲话提纲")
_SAL = re.compile(
    r"^(?P<sal>(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们|同学们|老师们|女士们|先生们|大家|全体|在座的)"
    r"[^：:。！？!?“”「」\n]{0,70}?)[：:]"
)
_SAL_NOUN = re.compile(
    r"(?:们|领导|来宾|嘉宾|代表|同志|朋友|委员|书记|老师|同学|家长|各位|校友|乡亲)$"
)
_SAL_INLINE = re.compile(
    r"(?<=讲话|致辞|致词|贺词|幕词|发言|党课|提纲|持词|讲稿)\s*(?=(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们)[^：:。]{0,60}[：:])"
)
_NOTE_LINE = re.compile(
    r"^[（(]?(?:根据录音整理|根据讲话录音整理|录音整理|整理稿|摘要|有删节|全文|讲话全文)[）)]?$"
)
_OUTLINE_HEAD = re.compile(r"^[【\[]?(?:目录|提纲|内容提要|主要内容|讲话要点)[】\]]?[:：]?$")
_WS_RUN = re.compile(r"\s{2,}")


def title_candidate(line: str) -> bool:
    f = nows(fold(line))
    if not f or len(f) > 90 or is_junk_line(line):
        return False
    if SENTENCE_MARK.search(f[:-1]) or f.startswith(("以下", "下面", "刚才", "今天")):
        return False
    f = DASH.sub("", f)
    if TITLE_END.search(f):
        return True
    return len(f) <= 50 and bool(_GENRE_INSIDE.search(f))


def _split_glued(lines: list[str]) -> list[str]:
    """Title glued to the salutation (…的讲话同志们：今天…) and salutation glued to the first
    paragraph (同志们：今天…) become separate lines."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if n < 12:
            m = _SAL_INLINE.search(fold(line))
            if m and title_candidate(line[: m.start()]):
                out.append(line[: m.start()].strip())
                line = line[m.end() :]
        out.append(line)
    return out


def salutation(line: str) -> str:
    """The salutation at the start of `line`, colon included (同志们：), or "".
    Its address must end with a noun (们, 领导, 来宾 …) so 各位要注意：… is not one."""
    f = fold(line)
    m = _SAL.match(f)
    if not m:
        return ""
    sal = m.group("sal")
    if not _SAL_NOUN.search(sal.rstrip("，,、 ")) or re.search(r"指出|强调|认为|要求", sal):
        return ""
    return line[: m.end()]


@dataclass
class Header:
    title: str = ""
    subtitle: str = ""
    front: list[str] = field(default_factory=list)
    salutation: str = ""
    body: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the speech's own lines, junk removed
    found_title: bool = False


def _is_header_line(line: str) -> bool:
    f = nows(fold(line))
    if DASH.match(line) or _NOTE_LINE.match(f) or (DATE.search(f) and len(f) <= 30):
        return True
    return parse_speaker(line) != ("", "") and len(f) <= 30


def read_header(lines: list[str]) -> Header:
    """Find title and salutation; drop everything before the title; classify the lines between;
    cut the footer. What is left after the salutation is the body."""
    lines = _split_glued(lines)
    head = Header()
    sal_at = _findsalutation(lines)
    title_at, subtitle_line = _find_title(lines, sal_at)
    i = 0
    if title_at is not None:
        title_lines = _title_lines(lines, title_at, subtitle_line)
        head.found_title = True
        # Whitespace runs are squeezed so a title stays a title-sized string (PDF spacing).
        head.title = _WS_RUN.sub(lambda m: m.group(0)[0], "".join(ln.strip() for ln in title_lines))
        head.kept.extend(title_lines)
        i = title_at + 1
    end = sal_at if sal_at is not None and sal_at >= i else None
    i = _read_front(head, lines, i, end, subtitle_line)
    if end is not None:
        line = lines[end]
        sal = salutation(line)
        head.salutation = sal.strip()
        head.kept.append(line)
        rest = line[len(sal) :].strip()
        if rest:
            head.body.append(rest)  # 同志们：今天… — the salutation glued to the first paragraph
        i = end + 1
    for line in _without_footer(lines[i:]):
        head.body.append(line)
        if line != TRUNCATED:
            head.kept.append(line)
    return head


def _findsalutation(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:80]):
        if line != TRUNCATED and salutation(line) and (len(nows(line)) <= 90 or i < 25):
            return i
    return None


def _find_title(lines: list[str], sal_at: int | None) -> tuple[int | None, str]:
    """(index of the title line, the ——subtitle line when the title is a slogan above it).
    The last candidate before the salutation wins: site lines that repeat the title
    ([公文写作] 在…讲话) and a title printed twice both come before the real one."""
    limit = sal_at if sal_at is not None else min(len(lines), 30)
    candidates = [i for i in range(limit) if lines[i] != TRUNCATED and title_candidate(lines[i])]
    if sal_at is None:
        candidates = candidates[:1]
    if candidates:
        at = candidates[-1]
        if DASH.match(lines[at]):
            # ——在…上的讲话 under a slogan main title: the title is the line above.
            above = [i for i in range(at) if lines[i].strip() and not is_junk_line(lines[i])]
            if above and not DASH.match(lines[above[-1]]) and lines[above[-1]] != TRUNCATED:
                return above[-1], lines[at]
        return at, ""
    if sal_at is None:
        return None, ""
    # No genre word: the nearest short line above the salutation that is not a speaker, date or
    # junk line is the title (专题党课：… is caught above; this is for bare slogans).
    for i in range(sal_at - 1, -1, -1):
        line = lines[i]
        if line and line != TRUNCATED and not is_junk_line(line) and not _is_header_line(line):
            if len(nows(line)) <= 50 and not SENTENCE_MARK.search(line):
                return i, ""
            break
    return None, ""


def _title_lines(lines: list[str], at: int, subtitle_line: str) -> list[str]:
    """The title line, plus the line above when the title was split in two: the upper half
    ends mid-phrase and the pair reads as one title (在…会议暨 / …上的讲话)."""
    if at == 0 or subtitle_line:
        return [lines[at]]
    above = lines[at - 1]
    fa, ft = nows(fold(above)), nows(fold(lines[at]))
    if (
        fa
        and above != TRUNCATED
        and not is_junk_line(above)
        and len(fa) + len(ft) <= 90
        and fa[-1] not in "。！？：:，,；"
        and (("在" in fa and "在" not in ft) or fa[-1] in "暨和及与")
    ):
        return [above, lines[at]]
    return [lines[at]]


def _read_front(head: Header, lines: list[str], i: int, end: int | None, subtitle: str) -> int:
    """Classify the lines between title and salutation (or, with no salutation, the header-like
    lines after the title); return the index where the body starts."""
    norm_title = nows(fold(head.title))
    in_outline = False
    while i < len(lines) and (end is None or i < end):
        line = lines[i]
        if line == TRUNCATED:
            head.body.append(line)
            i += 1
            continue
        f = nows(fold(line))
        if _OUTLINE_HEAD.match(f) or (in_outline and len(f) <= 40 and not SENTENCE_MARK.search(f)):
            in_outline = True  # 目录/【提纲】 and the heading list under it
            i += 1
            continue
        in_outline = False
        same_as_title = f == norm_title
        if end is None and not (_is_header_line(line) or is_junk_line(line) or same_as_title):
            break
        if same_as_title or is_junk_line(line):
            i += 1  # a repeated title or site furniture
            continue
        if (
            DASH.match(line)
            and not head.subtitle
            and (not head.front or line == subtitle)
            and len(nows(line)) <= 100
        ):
            head.subtitle = DASH.sub("", line).strip()
        head.front.append(line)
        head.kept.append(line)
        i += 1
    return i


def _without_footer(body: list[str]) -> list[str]:
    """Body lines up to the first footer line (本文链接, 相关文章 …), junk lines removed."""
    for n, line in enumerate(body):
        if line != TRUNCATED and FOOTER_START.match(nows(fold(line))):
            body = body[:n]
            break
    return [
        line
        for line in body
        if line == TRUNCATED or not is_junk_line(line) or LABEL_START.match(fold(line))
    ]
