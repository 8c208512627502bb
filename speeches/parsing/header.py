"""Stage 3, header: title, subtitle, front matter (speaker, date lines) and salutation.

Everything before the title is dropped (site header, watermarks, outline blocks); lines between
title and salutation are classified; the footer is cut. What follows the salutation is the body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DATE, DATE_LINE
from .junk import COMMENTS_START, FOOTER_START, is_junk_line
from .salutation import find_salutation, salutation_of, split_glued
from .speakers import BYLINE, DASH, NAME_MARKS, ROLE_NAME, is_role, parse_speaker
from .tables import GENRE_WORD, LABEL_START, ROLE_SUFFIX
from .text import HAN, SENTENCE_MARK, TRUNCATED, fold, nows
from .title import (
    DATE_FIELD,
    OUTLINE_HEAD,
    above_title,
    clean_title,
    find_title,
    footer_title,
    is_header_line,
    names_speaker,
    split_title_from_body,
    subtitle_like,
    title_candidate,
    title_lines,
)

# The first half of a slogan subtitle set in two lines: no 在…上, no ending of a speech's name.
_SLOGAN_HALF = re.compile(r"^(?!在|——)(?!.*(?:讲话|致辞|发言|报告|主持词|党课|会议|上)$).{6,24}$")
_ISSUER = re.compile("(?:委|委员会|政府|办公室|办|局|厅|部|院|校|会|公司|集团|中心)$")
# A "在…上" subtitle wrapped over two lines: the first opens 在 and does not close it, the
# second closes it (上, 上的讲话…).
_AT_OPEN = re.compile(
    r"^(?:——)?(?:[\d〇零○一二三四五六七八九十]{2,4}年[^在]{0,8}日)?在(?!.*上(?:的\w{1,4})?$).{2,24}$"
)
_AT_CLOSE = re.compile(r"^[^在。，]{2,24}上(?:的(?:讲话|报告|发言|致辞|工作报告))?$")
_EDITOR_NOTE = re.compile(
    "^(?:【(?:编者按|编者的话|导语|导读)】|(?:编者按|编者的话|导语|导读|内容提要)[:：])"
)
# A note after the speech about it: （本文系…在…上的讲话，有删节）, 编者注：…
_CLOSING_NOTE = re.compile("^\\s*[（(【]?(?:本文(?:系|为|是|根据)|编者(?:按|注)|注[:：])")
_AT_MEETING = re.compile(
    "^[^在]{0,14}在[^在]{2,40}(?:会|会议|大会|论坛|典礼|仪式|班)(?:上|时)(?:的(?:讲话|报告|发言|致辞))?$"
)
# A signed statement's signature above its date: 表态人：…, 发言人：… (a short line).
_SIGNATURE = re.compile(BYLINE.pattern + r".{2,30}$")
_INTRO = re.compile(  # at a line's start or after a news lead's sentence
    "(?:^|(?<=[。！\\s*]))以下[是为](?P<who>[^，。：:（(]{2,24}?)(?:今[日晚早天]|昨[日晚天]|[（(]|在|出席|于|致辞|讲话|的)"
)
# An editor's lead into the text: …签约仪式举行。现将致辞全文转发如下：, 讲话全文如下：
_LEAD_IN = re.compile(
    "(?:全文|原文|讲话|致辞|发言)[^。！？]{0,8}?(?:转发|刊发|刊登|摘登|发布|转载|推送|编发)?如下[:：]$"
    "|(?:现|特|兹)将[^。！？]{0,20}(?:转发|刊发|刊登|摘登|发布|转载|推送|编发)如下[:：]$"
    "|(?:^|(?<=[。！，,]))以下[是为][^。！？]{0,12}(?:全文|原文|实录)(?:[，,][^。！？]{0,8})?[:：。！]?$"
)
_TRAILING_POINTER = re.compile("[\U0001f000-\U0001ffff\u2190-\u21ff\u2b07\u25bc\ufe0f]+$")
# A record's field under the title: 地点：…, 时间：… (not a subtitle)
_FIELD_LINE = re.compile("^(?:地点|会议地点|地址|时间|会议时间|日期|主持人?|记录人?)[:：]")
_QUOTE_LINE = re.compile('^[“「『"]')
# A slogan title and its subtitle on one line: the subtitle starts 在… or a year, or ends with
# the speech's genre (…---2024年新年致辞).
_TITLE_DASH = re.compile(
    f"\\s*(?:——|-{{2,3}}|－－)\\s*(?=在|\\d{{4}}年|[^—\\-－]{{2,30}}(?:{GENRE_WORD})$)"
)
_WS_RUN = re.compile(r"\s{2,}")
# A site's own dates: when the page was posted or updated, not when the speech was given.
_POSTED = re.compile("更新|发布|上传|发表于|浏览|阅读|来源")


@dataclass
class Header:
    title: str = ""
    subtitle: str = ""
    front: list[str] = field(default_factory=list)
    salutation: str = ""
    body: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the speech's own lines, junk removed
    found_title: bool = False
    # Lines that open the body though they stand above the salutation line's end: an epigraph
    # (a cited line and its source) and the text glued after the salutation.
    epigraph: list[str] = field(default_factory=list)
    end_date: list[str] = field(default_factory=list)  # a date line closing the page
    title_score: int = 0  # _title_score of the chosen title (0: a bare line, no genre word)
    # Lines outside the front matter that may name the speaker: a role + name line above the
    # title, a byline (作者：…) in the site header.
    speaker_lines: list[str] = field(default_factory=list)
    # Lines around the speech that may report it (an editor's note, a news lead, a closing
    # note: reports.read_report), junk included.
    around: list[str] = field(default_factory=list)


_ROLE_AFTER = re.compile(r"[（(]([^（）()]{2,16})[）)]$")


def _names_speaker_or_role(text: str) -> bool:
    return names_speaker(text) or is_role(text)


_TITLE_DATE = re.compile(r"[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$")


def read_header(lines: list[str]) -> Header:
    """Find title and salutation; drop everything before the title; classify the lines between;
    cut the footer. What is left after the salutation is the body."""
    lines = split_glued(lines)
    head = Header()
    sal_at = find_salutation(lines)
    if sal_at is None:
        lines = split_title_from_body(lines)
    title_at, subtitle_line, head.title_score = find_title(lines, sal_at)
    if title_at is None:
        head.title, head.title_score = footer_title(lines)
        head.found_title = bool(head.title)
    i = 0
    if title_at is None and sal_at is not None:
        # No title, and the speaker's line right above the address: what comes before it is
        # the page's (a news lead, photo captions), read for the meeting but not the speech's.
        above = next((k for k in range(sal_at - 1, -1, -1) if lines[k].strip()), None)
        if above is not None and above > 0 and parse_speaker(lines[above])[1]:
            i = above
    if title_at is not None:
        wrapped = title_lines(lines, title_at, subtitle_line)
        head.found_title = True
        head.speaker_lines.extend(above_title(lines, title_at))
        # Whitespace runs are squeezed so a title stays a title-sized string (PDF spacing).
        joined = clean_title("".join(ln.strip() for ln in wrapped))
        role = _ROLE_AFTER.search(joined)
        if role and _names_speaker_or_role(role.group(1)):
            head.speaker_lines.append(role.group(1))  # …上的致辞（副市长）
            joined = joined[: role.start()]
        head.title = _WS_RUN.sub(lambda m: m.group(0)[0], joined)
        dash = _TITLE_DASH.search(head.title)
        if dash and dash.start() >= 4:  # 守正创新——在…年会开幕式上的致辞 on one line
            head.front.append(head.title[dash.start() :].strip())  # the subtitle, as written
            head.title, head.subtitle = head.title[: dash.start()], head.title[dash.end() :]
            if head.title.startswith("《") and head.title.endswith("》"):
                head.title = head.title[1:-1]  # 《坚持改革创新》——在…上的讲话: marks, not title
                joined = head.title + joined[len(head.title) + 2 :]
        dated = _TITLE_DATE.search(head.title) if not head.subtitle else None
        if dated and dated.start() >= 6:  # …团拜会上的讲话(2009年1月22日): a date line, glued
            head.front.append(head.title[dated.start() :])
            head.title = head.title[: dated.start()].rstrip()
        head.kept.append(joined)
        i = title_at + 1
    end = sal_at if sal_at is not None and sal_at >= i else None
    i = _read_front(head, lines, i, end, subtitle_line)
    if end is not None:
        line = lines[end]
        sal = salutation_of(line)
        head.salutation = sal.strip()
        rest = line[len(sal) :].strip()
        head.kept.append(sal)
        if rest:
            head.epigraph.append(
                rest
            )  # 同志们：今天… — the salutation glued to the first paragraph
        i = end + 1
    head.body.extend(head.epigraph)  # an epigraph opens the body
    head.kept.extend(head.epigraph)
    head.around = [*lines[:i], *(ln for ln in lines[i:] if _CLOSING_NOTE.match(fold(ln)))]
    body = _without_footer(lines[i:])
    while body and DATE_LINE.match(fold(nows(body[-1]))):
        head.end_date.insert(0, body.pop())  # 2023年11月8日（星期三）: dates the speech, not text
    if head.end_date and body and _signature(body[-1]):
        head.speaker_lines.append(body.pop())  # 表态人：白杨村党支部书记　周建新, above the date
    elif body and _SIGNED.match(nows(fold(body[-1]))) and parse_speaker(_unsigned(body[-1]))[1]:
        head.speaker_lines.append(_unsigned(body.pop()))  # 校长　林佩君　敬上 (a letter's close)
    for line in body:
        head.body.append(line)
        if line != TRUNCATED:
            head.kept.append(line)
    return head


# A post and a name signing the speech off, with or without the letter's 敬上.
_SIGNED = re.compile(f"^[{HAN}、]{{0,16}}?(?:{ROLE_SUFFIX})[{HAN}]{{2,4}}(?:敬上|谨上|谨启|敬启)?$")


def _unsigned(line: str) -> str:
    return re.sub("\\s*(?:敬上|谨上|谨启|敬启|敬上)\\s*$", "", line.strip())


def _signature(line: str) -> bool:
    """A signature above the closing date: 表态人：…, or a post and a name alone on the line
    (集团公司总经理　王振邦)."""
    f = fold(line.strip())
    return bool(_SIGNATURE.match(f)) or (len(nows(f)) <= 30 and bool(ROLE_NAME.match(nows(f))))


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
        entry = in_outline and len(f) <= 40 and not SENTENCE_MARK.search(f)
        if OUTLINE_HEAD.match(f) or (entry and not (is_header_line(line) or DATE.search(f))):
            in_outline = True  # 目录/【提纲】 and the heading list under it
            i += 1
            continue
        in_outline = False
        after = lines[i + 1] if i + 1 < len(lines) and (end is None or i + 1 < end) else ""
        if _AT_OPEN.match(f) and _AT_CLOSE.match(nows(fold(after))):
            # 2025年3月21日在云岭区第十九届 / 人民代表大会第四次会议上: one subtitle, wrapped
            line = line.rstrip() + after.strip()
            f = nows(fold(line))
            i += 1
        same_as_title = f == norm_title
        lead = _TRAILING_POINTER.sub("", f)  # …以下为致辞全文👇
        if _LEAD_IN.search(lead) and not _INTRO.search(lead):
            head.speaker_lines.append(line)  # the site's lead into the speech, not the speech
            i += 1
            continue
        if end is None and not (is_header_line(line) or is_junk_line(line) or same_as_title):
            break
        if (DATE_FIELD.match(f) or len(f) <= 24) and DATE.search(f) and not _POSTED.search(f):
            head.front.append(line)  # 时间：106/11/03（星期五） — the speech's own date
            head.kept.append(line)
            i += 1
            continue
        intro = _INTRO.search(f)
        if intro:  # 以下是行政长官何某今晚（十一月八日）在…的致辞全文：
            head.speaker_lines.append(
                line[: len(line) - len(line.lstrip())]
                + nows(line)[intro.start("who") : intro.end("who")]
            )
            if f.endswith(("：", ":")):
                i += 1  # the site's lead into the speech, not the speech
                continue
        if BYLINE.match(f):
            # 作者：刘某某 — site furniture that names the speaker
            head.speaker_lines.insert(0, line)
        if _EDITOR_NOTE.match(f):
            head.speaker_lines.append(line)  # 编者按：…市委书记王建国出席会议并讲话
        # ■ 钟立群　市工商联副主席: a byline set off by a bullet, as a caption would be
        byline = f[:1] in NAME_MARKS and bool(parse_speaker(line)[1])
        if (same_as_title or is_junk_line(line)) and not byline:
            i += 1  # a repeated title or site furniture
            continue
        if DASH.match(line) and head.front and _QUOTE_LINE.match(head.front[-1]):
            # “…” / ——习近平总书记在…，2012年11月15日: an epigraph, a quotation of the speech's
            # own (it opens the body), not a subtitle and not the speech's date.
            head.epigraph = [head.front.pop(), line]
            head.kept.pop()
            i += 1
            continue
        # The first line under the title that is not a date line (a disclosure table's date row
        # may come before a subtitle).
        first = not head.subtitle and all(DATE.search(nows(fold(x))) for x in head.front)
        slogan_goes_on = (  # 以实干担当答好“强县之问” / 奋力开创县域高质量发展新局面
            head.front == [head.subtitle] and _SLOGAN_HALF.match(nows(fold(head.subtitle)))
        )
        if line == subtitle or (
            DASH.match(line)
            and first
            and len(nows(line)) <= 100
            and not names_speaker(DASH.sub("", line))
        ):
            head.subtitle = DASH.sub("", clean_title(line)).strip()
        elif first and end is not None and _AT_MEETING.match(f):
            head.subtitle = line.strip()  # 2025年3月21日在…人民代表大会第四次会议上
        elif (
            (first or slogan_goes_on)
            and end is not None
            and subtitle_like(line)
            and not is_role(line)
            and not _FIELD_LINE.match(f)
        ):
            # 在…上的讲话 / 以实干担当答好“强县之问”奋力开创新局面: a slogan under the title, in
            # one line or two
            if slogan_goes_on and not (
                names_speaker(line) or is_role(line) or _ISSUER.search(nows(fold(line)))
            ):
                head.subtitle += line.strip()
            elif first:
                head.subtitle = line.strip()
        head.front.append(line)
        head.kept.append(line)
        i += 1
    return i


def _without_footer(body: list[str]) -> list[str]:
    """Body lines up to the footer (本文链接, 相关文章 …), junk lines removed. A related-articles
    list in the middle of a page (a few short title lines, then the speech goes on) is cut out
    alone: the speech must not end there."""
    n = 0
    while n < len(body):
        line = body[n]
        if line != TRUNCATED and FOOTER_START.match(nows(fold(line))):
            resume = _resumes_after_list(body, n + 1)
            if resume is None:
                body = body[:n]
                break
            body = body[:n] + body[resume:]
            continue
        n += 1
    listed = _listed_items(body)
    return [
        line
        for i, line in enumerate(body)
        if line == TRUNCATED
        or i in listed
        or not is_junk_line(line)
        or LABEL_START.match(fold(line))
    ]


_ITEM_MARK = "●◆■▪•"


def _listed_items(body: list[str]) -> set[int]:
    """Bullet lines of a list the text introduces with a colon (…分工如下： / ●设备管理部：…；
    / ●生产部：…。): the speech's, though a bullet line alone is a site's caption or label."""
    items: set[int] = set()
    opened = False
    for i, line in enumerate(body):
        text = line.strip()
        if text[:1] in _ITEM_MARK and opened and len(text) > 4 and text[-1] in "；;。，,":
            items.add(i)
            continue
        opened = text[-1:] in "：:"
    return items


def _resumes_after_list(body: list[str], start: int) -> int | None:
    """Where the speech resumes after a link list that starts at `start`: the list is at most
    ten short lines; then at least two paragraphs of speech (long sentences, or a numbered
    heading) must follow, and no further footer line among them."""
    i = start
    while i < len(body) and i - start < 10:
        f = nows(fold(body[i]))
        if len(f) > 40 or (SENTENCE_MARK.search(f) and not title_candidate(body[i])):
            break
        if LABEL_START.match(f) and not title_candidate(body[i]):
            break
        i += 1
    if any(COMMENTS_START.match(nows(fold(ln))) for ln in body[start - 1 : i + 4]):
        return None  # readers' comments: long lines, but not the speech
    rest = [ln for ln in body[i : i + 4] if ln != TRUNCATED]
    speech_like = [
        ln
        for ln in rest
        if not is_junk_line(ln)
        and not FOOTER_START.match(nows(fold(ln)))
        and ((len(nows(ln)) > 25 and SENTENCE_MARK.search(ln)) or LABEL_START.match(fold(ln)))
    ]
    return i if i > start and len(speech_like) >= 2 else None
