"""Stage 1b, the furniture of converted and previewed copies inside the text: page marks and
viewer counters, chunk numbers glued to words, running heads printed on every page, a
watermark glued after paragraphs, a preview's cut dots. Lines in, lines out; no state."""

from __future__ import annotations

import re
from collections import Counter

from .dates import DATE_LINE
from .junk import PAGE_MARK, is_junk_line
from .tables import GENRE_WORD, LABEL_START
from .text import HAN, TRUNCATED, fold, nows

# A wrapped line never continues onto one of these.
UNIT_START = re.compile(f"{LABEL_START.pattern}|^(?:同志们|——|最后)")


_CHUNK_LABEL = re.compile(f"^(?:[2-9]|[1-9]\\d{{1,2}})[、.．](?![\\d.．])(?=[{HAN}])")


_MID_SENTENCE = re.compile(f"[{HAN}，、（“‘「『《]$")


_CUT_DOTS = re.compile(r"(?:\.{3,}|…+)[\s|｜]*$")


def drop_cut_dots(lines: list[str]) -> list[str]:
    """The dots a preview puts where it cuts the text (…十有八九是违规，有... / 预览结束) are not
    the speech's: dropped from a line that a truncation marker follows, or from the text's last
    line (which then is a truncation)."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    for n, i in enumerate(filled):
        last = n == len(filled) - 1
        if lines[i] == TRUNCATED or not (last or lines[filled[n + 1]] == TRUNCATED):
            continue
        m = _CUT_DOTS.search(lines[i])
        if m and len(nows(lines[i])) > len(nows(m.group(0))) + 8:
            lines[i] = lines[i][: m.start()]
            if last:
                lines.append(TRUNCATED)
    return lines


_COUNTER = re.compile(f"(?:^|(?<=[{HAN}，。、；：！？]))(\\d{{1,2}})/(\\d{{1,2}})(?=[{HAN}（(“])")


def drop_page_counters(lines: list[str]) -> list[str]:
    """A viewer's page counters glued to the text (1/3镇长在…, …烟点。2/3三、…): two or more of
    one total, numbered 1, 2 … in order; a date or a ratio never runs like that."""
    found = [(m.group(1), m.group(2)) for ln in lines for m in _COUNTER.finditer(ln)]
    totals = {total for _, total in found}
    if len(found) < 2 or len(totals) != 1:
        return lines
    if [int(n) for n, _ in found] != list(range(1, len(found) + 1)):
        return lines
    return [_COUNTER.sub("", ln) for ln in lines]


def drop_page_marks(lines: list[str]) -> list[str]:
    """Drop page markers and viewer chunk numbers. A chunk number inside a sentence (…全体人 / 2 /
    员…) also glues the two halves of the sentence back together."""
    out: list[str] = []
    glue = digits = False
    repeated = Counter(line.strip() for line in lines)  # a running head comes back every page
    for line in lines:
        prev = out[-1] if out else ""
        if line and PAGE_MARK.match(nows(line)):
            # (a page's number mark, －2－, glues only a next line that starts unindented: an
            # indented one starts a paragraph)
            glue = _cut_mid_sentence(prev) and (
                nows(line).isdigit() or ("，" in prev and not _LABEL_HEAD.match(prev))
            )
            digits = nows(line).isdigit()
            continue
        chunk = _CHUNK_LABEL.match(line)
        # (A list item's line is not a chunk: 1、…， / 2、…; a chunk is hundreds of characters.)
        if (
            chunk
            and _cut_mid_sentence(prev)
            and not (len(prev) < _CHUNK_MIN and LABEL_START.match(fold(prev)))
        ):
            out[-1] += line[chunk.end() :]  # …全体人 / 2、员… : a chunk number glued to the word
        elif (
            glue
            and line.strip()
            and (digits or not (line[0].isspace() or repeated[line.strip()] > 1))
            and not UNIT_START.match(fold(line.lstrip(" \u3000")))
        ):
            out[-1] += line.lstrip(" \u3000")
        else:
            out.append(line)
        glue = False
    return out


_CHUNK_MIN = 120
_NUMBERED_CHUNK = re.compile(f"^[ \u3000]*(?P<n>[1-9]\\d?)、(?=[{HAN}“《])")
_SENTENCE_END = "。！？”；…"


def drop_chunk_numbers(lines: list[str]) -> list[str]:
    """A document viewer's preview shows its text in numbered chunks (1、…　2、…　3、…), each
    hundreds of characters that stop wherever the chunk is full, often inside a sentence: the
    numbers go, and a chunk that goes on with the sentence before it joins that line. A list's
    items (1、…；2、…) are shorter and each ends its sentence."""
    found = [(i, m) for i, ln in enumerate(lines) if (m := _NUMBERED_CHUNK.match(ln))]
    if len(found) < 2 or [int(m["n"]) for _, m in found] != list(range(1, len(found) + 1)):
        return lines
    texts = [lines[i].rstrip() for i, _ in found[:-1]]
    if min(map(len, texts)) < 200 or all(t[-1] in _SENTENCE_END for t in texts):
        return lines
    starts = {i: m.end() for i, m in found}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in starts:
            out.append(line)
        elif i - 1 in starts and out[-1].rstrip()[-1:] not in _SENTENCE_END:
            out[-1] = out[-1].rstrip() + line[starts[i] :]  # the chunk goes on with its sentence
        else:
            out.append(line[starts[i] :])
    return out


_LABEL_HEAD = re.compile(LABEL_START.pattern.replace("^", "^[ \u3000]*", 1))


_GENRE = re.compile(GENRE_WORD)
_GLUED_TAIL = re.compile(
    "(?<=[。！？”：])[ \u3000]*([^。！？“”：:（(×X*\n][^。！？“”：:×X*\n]{3,23})$", re.M
)


def without_glued_tails(lines: list[str]) -> list[str]:
    """A site's watermark glued after the last sentence of several paragraphs (…我都同意。公务员
    之家版权所有) goes: the same tail, with no sentence end and no speech's genre word, after two
    or more paragraphs."""
    tails = Counter(m.group(1) for m in _GLUED_TAIL.finditer("\n".join(lines)))
    # (a title quoting a name, printed twice — 纪念“三八”国际妇女节…大会上的讲话 — is no watermark)
    marks = {t for t, k in tails.items() if k >= 2 and not _GENRE.search(fold(t))}
    if not marks:
        return lines
    out = []
    for line in lines:
        m = _GLUED_TAIL.search(line)
        out.append(line[: m.start()] if m and m.group(1) in marks else line)
    return out


_RUNNING_HEAD = re.compile("^[^，。！？；：、“”]{2,40}$")


def drop_running_heads(lines: list[str], least: int = 3) -> list[str]:
    """A line printed on every page of a PDF or a scan (the unit's name, the paper's issue, the
    scanning app's mark) three times or more, with no punctuation and no genre word, goes."""
    keys = [ln.strip() for ln in lines]
    seen = Counter(keys)
    repeated = {
        k
        for k, n in seen.items()
        if n >= least
        and k
        and _RUNNING_HEAD.match(k)
        and not _GENRE.search(fold(k))
        and not LABEL_START.match(fold(k))
        and not DATE_LINE.match(fold(nows(k)))  # two speeches given the same day
    }
    return (
        [ln for ln, key in zip(lines, keys, strict=True) if key not in repeated]
        if repeated
        else lines
    )


def _cut_mid_sentence(line: str) -> bool:
    """A long text line that stops inside a word: a viewer's chunk boundary, not a paragraph end."""
    return len(nows(line)) >= 15 and bool(_MID_SENTENCE.search(line)) and not is_junk_line(line)


# A viewer that says the whole document was shown (阅读已结束，如需保存请下载本文档): the
# page count under the last page is the viewer's, not a cut.
READ_TO_END = re.compile("阅读已结束|已阅读完毕|全文已加载|全文完")
PAGE_OF = re.compile(r"第\s*(\d{1,3})\s*页\s*[，,/]?\s*共\s*(\d{1,3})\s*页")
PAGE_IN_LINE = re.compile(
    r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[页頁]\s*[，,/]?\s*共\s*\d{1,3}\s*[页頁]。?"
    r"(?:下载后可(?:任意)?编辑)?"  # a document site's page foot: …第 1 页 共 9 页下载后可任意编辑
)
# The rows of an archive's or disclosure page's record, label first: 文件名称 | 云岭区2025年政府工作
# 报告 | |, 日期 | : | 2009-10-03 |, 文章预览 | : | …, 文号 | 成文日期: | 2025年04月15日 | |
