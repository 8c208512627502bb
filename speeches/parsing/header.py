"""Stage 3, header: title, subtitle, front matter (speaker, date lines) and salutation.

Everything before the title is dropped (site header, watermarks, outline blocks); lines between
title and salutation are classified; the footer is cut. What follows the salutation is the body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .junk import FOOTER_START, is_junk_line, junk_start
from .metadata import BYLINE, DASH, DATE, bare_name, is_role, parse_speaker
from .tables import GENRE_WORD, LABEL_START, ROLE_SUFFIX, TITLE_END
from .text import SENTENCE_MARK, TRUNCATED, fold, nows

_GENRE_INSIDE = re.compile("党课|主持词|讲话提纲")
_MEETING = re.compile(
    "会议|大会|座谈会|论坛|典礼|仪式|开幕式|闭幕式|年会|峰会|博览会|推进会|培训班"
)
_ADDRESSEE = (
    r"尊敬的|亲爱的|敬爱的|各位|诸位|同志们|朋友们|乡亲们|同学们|老师们|女士们|先生们|大家|全体|在座的"
    r"|各级|市民|村民|居民|青年|家长|来宾|嘉宾|代表们|委员们|战友们|同仁们|小朋友们|孩子们"
)
_GREETING = r"(?:大家|你们|各位)?(?:上午|下午|晚上|早上|中午)?好|早安|午安|晚安|新年好|过年好|节日快乐|新春快乐"
# A named guest may come first: 陈主席、各位嘉宾… / 周永健副主席（…）、各位来宾…
_NAMED_GUEST = (
    f"(?:[^\\s：:。，,、！？“”]{{0,8}}?(?:{ROLE_SUFFIX}|先生|女士|博士|教授|阁下)"
    r"(?:[（(][^（）()]{1,30}[）)])?[、，,])*"
)
_SAL = re.compile(
    f"^(?P<sal>{_NAMED_GUEST}(?:{_ADDRESSEE})[^：:。！？!?“”「」\\n]{{0,70}}?)(?:[：:]|(?<=好)[，,！!])"
)
_WEAK_SAL = re.compile(
    f"^(?P<sal>{_NAMED_GUEST}(?:{_ADDRESSEE})[^：:。！？!?“”「」\\n]{{0,40}}?)[！!，,]?$"
)
# The address must end with a person noun or a greeting, so 各位要注意：… is not a salutation.
_SAL_NOUN = re.compile(
    r"(?:们|领导|来宾|嘉宾|贵宾|代表|同志|朋友|委员|书记|老师|同学|家长|各位|校友|乡亲|市民|村民|居民"
    r"|群众|职工|员工|干部|党员|学员|青年|战友|专家|学者|企业家|同仁|女士|先生|会员|队员|选手|运动员"
    r"|裁判员|志愿者|师生|考生|新生|毕业生|少年|儿童|小朋友|官兵|民警|主任|主席|校长|院长|局长|部长"
    f"|{_GREETING})$"
)
# A title glued to the salutation (…的讲话同志们：…), perhaps with a bracketed date between.
_SAL_INLINE = re.compile(
    r"(?:讲话|致辞|致词|贺词|幕词|发言|党课|提纲|持词|讲稿)[】\]]?(?P<note>\s*[（(][^（）()\n]{1,16}[）)])?\s*"
    r"(?=(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们|同学们|老师们)[^：:。]{0,60}[：:])"
)
# A site's editor note glued between title and salutation: …的讲话编者按：本文…同志们：
_GLUED_NOTE = re.compile(
    r"^.{6,80}?(?:讲话|致辞|发言|党课|讲稿|主持词)(?P<note>(?:编者按|摘要|导语|内容提要|导读)[:：].*?)"
    r"(?=(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们|同学们|老师们)[^：:。]{0,60}[：:])"
)
# A date glued before the salutation on one line: 2023年5月4日　同志们：
_DATE_BEFORE_SAL = re.compile(
    r"^[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月"
    r"[\d一二三四五六七八九十]{1,3}日[）)]?[\s，,]*(?=\S)"
)
_NOTE_LINE = re.compile(
    r"^[（(]?(?:根据录音整理|根据讲话录音整理|录音整理|整理稿|摘要|有删节|全文|讲话全文)[）)]?$"
)
_OUTLINE_HEAD = re.compile(r"^[【\[]?(?:目录|提纲|内容提要|主要内容|讲话要点)[】\]]?[:：]?$")
_END_DATE = re.compile(
    r"^[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?(?:[（(]星期.[）)])?$"
)
_INTRO = re.compile(
    "^以下[是为](?P<who>[^，。：:（(]{2,24}?)(?:今[日晚早天]|昨[日晚天]|[（(]|在|出席|于|致辞|讲话|的)"
)
_QUOTE_LINE = re.compile('^[“「『"]')
_DATE_FIELD = re.compile("^(?:时间|日期|讲话时间|会议时间)[:：]")
_WS_RUN = re.compile(r"\s{2,}")


# Site furniture glued to a title: a category tag, a list number of a collection page, a 篇
# marker, a field label, an SEO repeat of the category; a trailing 全文 / file-site name.
_TITLE_PREFIX = re.compile(
    r"^(?:\s*(?:【[^】\n]{1,16}】|\[[^\]\n]{1,16}\]|〔[^〕\n]{1,16}〕|\d{1,3}\s*[、.．]\s*(?!\d)"
    r"|(?:文章|文档)?(?:标题|题目|题名)\s*[:：]|(?:文章|文档)名称\s*[:：]?|[^【\n：:]{0,24}【篇\s*[一二三四五六七八九十\d]{1,3}】\s*[:：]?"
    r"|[^\s【\n]{0,12}篇\s*[一二三四五六七八九十\d]{1,3}\s*[:：]))+"
)
_TITLE_SUFFIX = re.compile(
    r"(?<=[讲话辞词言课稿纲告])(?:\s*[（(【\[]?(?:全文|完整版|精选|范文|word版|WORD版|doc版|最新版|优秀篇"
    r"|附(?:图|图片|短片|视频)(?:[／/及和、](?:短片|视频|图片|图))?|只有中文|图|视频|图文|例文"
    r"|第?[一二三四五六七八九十\d]{1,3}篇|[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日)[）)】\]]?)+$"
    r"|(?<=[讲话辞词言课稿纲])\s*(?:\d{1,2}|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十])$"
    r"|\s*[-_|｜—]{1,2}\s*\S{0,12}(?:文库|网|站|巴巴|doc88)\s*$|\.docx?$"
)
# A bare category word before the title proper: 党课讲稿 党课讲稿在… / 领导讲话稿：在…
_CATEGORY_WORD = r"(?:领导|精选|最新|优秀)?(?:讲话稿|讲话|讲稿|党课讲稿|党课|致辞|发言稿|发言|主持词|范文)(?:范文|大全|精选)?"
_CATEGORY_PREFIX = re.compile(
    f"^(?:{_CATEGORY_WORD})(?:\\s+(?:{_CATEGORY_WORD}))*(?:\\s+|[:：]\\s*|(?=在))(?=\\S)"
)
# A meta row or breadcrumb that ends in the title: 06-03 | 移动端：在…上的讲话
_FURNITURE_BEFORE = re.compile(
    r"^.{0,30}[|｜>＞»][^|｜>＞»:：]{0,12}[:：]\s*(?=\S*在)|^.{0,30}[|｜>＞»]\s*(?=\S*在)"
    r"|^[^在]{0,20}[:：]\s*(?=在)"
)
_WHOLE_BRACKET = re.compile(r"^[【\[]([^【】\[\]]{6,80})[】\]]$")
_SEO_REPEAT = re.compile(r"^(?P<w>\S{2,16})\s+(?=(?P=w))")


def clean_title(line: str) -> str:
    """The title in `line` without site furniture glued to it (as written, traditional kept).
    Never empty when the line is not: a title containing 全文 inside is kept as it is."""
    line = _WHOLE_BRACKET.sub(r"\1", line.strip().rstrip("|｜ .．"))  # 【小学校长开学典礼致辞】
    f = fold(line)
    start, end = 0, len(f)
    for _ in range(4):
        rest = f[start:]
        m = _TITLE_PREFIX.match(rest) or _SEO_REPEAT.match(rest)
        category = _CATEGORY_PREFIX.match(rest) if not m else None
        if category and (
            TITLE_END.search(rest[category.end() :]) or "在" in rest[category.end() :]
        ):
            m = category  # 领导讲话稿：在…上的讲话; but 党课讲稿：大党就要有大党的样子 is the title
        if not m or start + m.end() >= end - 4:
            break
        start += m.end()
    m = _FURNITURE_BEFORE.match(f[start:end])
    if m and _names_speaker(f[start : start + m.end()].rstrip(" ：:")):
        m = None  # 王建国：在…上的讲话 — the speaker's name belongs to the title
    if m and TITLE_END.search(f[start + m.end() : end]):
        start += m.end()
    m = _TITLE_SUFFIX.search(f[:end], start)
    if m and m.start() - start >= 4:
        end = m.start()
    return line.strip()[start:end].strip()


@lru_cache(maxsize=4096)  # called on the same lines by several stages
def title_candidate(line: str) -> bool:
    if not line or line == TRUNCATED:
        return False
    if FOOTER_START.match(nows(fold(line))):
        return False  # 上一篇：在…上的讲话 names another page
    title = clean_title(line)
    f = nows(fold(title))
    if not f or len(f) > 90 or junk_start(title):
        return False
    # 全文, 文库 … inside a title (在全文明城市创建…) do not make it site furniture.
    if is_junk_line(title) and not (TITLE_END.search(f) and ("在" in f or _MEETING.search(f))):
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
            note = _GLUED_NOTE.match(fold(line))
            if note and title_candidate(line[: note.start("note")]):
                out.append(line[: note.start("note")].strip())  # the title
                out.append(line[note.start("note") : note.end("note")].strip())  # 编者按：… (junk)
                line = line[note.end("note") :]
            m = _SAL_INLINE.search(fold(line))
            cut = m.start("note") if m and m.group("note") else m.end() if m else 0
            if m and title_candidate(line[:cut]):
                out.append(line[:cut].strip())
                if m.group("note"):
                    out.append(line[cut : m.end()].strip())  # （2023年2月10日）: a date line
                line = line[m.end() :]
            d = _DATE_BEFORE_SAL.match(fold(line))
            if d and salutation(line[d.end() :]):
                out.append(line[: d.end()].strip())
                line = line[d.end() :]
        out.append(line)
    return out


@lru_cache(maxsize=4096)  # called on the same lines by several stages
def salutation(line: str) -> str:
    """The salutation at the start of `line`, colon included (同志们：), or "".
    Its address must end with a noun (们, 领导, 来宾 …) so 各位要注意：… is not one."""
    head = line[:120]
    if "：" not in head and ":" not in head and "好" not in head:
        return ""  # every salutation ends with a colon or a greeting
    f = fold(line)
    m = _SAL.match(f)
    if not m:
        return ""
    sal = m.group("sal").rstrip("，,、！! \u3000")
    if not _SAL_NOUN.search(sal) or re.search(r"指出|强调|认为|要求", sal):
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
    # Lines that open the body though they stand above the salutation line's end: an epigraph
    # (a cited line and its source) and the text glued after the salutation.
    epigraph: list[str] = field(default_factory=list)
    end_date: list[str] = field(default_factory=list)  # a date line closing the page
    title_score: int = 0  # _title_score of the chosen title (0: a bare line, no genre word)
    # Lines outside the front matter that may name the speaker: a role + name line above the
    # title, a byline (作者：…) in the site header.
    speaker_lines: list[str] = field(default_factory=list)


_ROLE_AFTER = re.compile(r"[（(]([^（）()]{2,16})[）)]$")


def _names_speaker_or_role(text: str) -> bool:
    return _names_speaker(text) or is_role(text)


def _names_speaker(text: str) -> bool:
    return bool(parse_speaker(text)[1] or bare_name(text))


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
    sal_at = _find_salutation(lines)
    if sal_at is None:
        lines = _split_title_from_body(lines)
    title_at, subtitle_line, head.title_score = _find_title(lines, sal_at)
    if title_at is None:
        head.title, head.title_score = _footer_title(lines)
        head.found_title = bool(head.title)
    i = 0
    if title_at is not None:
        title_lines = _title_lines(lines, title_at, subtitle_line)
        head.found_title = True
        head.speaker_lines.extend(_above_title(lines, title_at))
        # Whitespace runs are squeezed so a title stays a title-sized string (PDF spacing).
        joined = clean_title("".join(ln.strip() for ln in title_lines))
        role = _ROLE_AFTER.search(joined)
        if role and _names_speaker_or_role(role.group(1)):
            head.speaker_lines.append(role.group(1))  # …上的致辞（副市长）
            joined = joined[: role.start()]
        head.title = _WS_RUN.sub(lambda m: m.group(0)[0], joined)
        head.kept.append(joined)
        i = title_at + 1
    end = sal_at if sal_at is not None and sal_at >= i else None
    i = _read_front(head, lines, i, end, subtitle_line)
    if end is not None:
        line = lines[end]
        sal = _salutation_of(line)
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
    body = _without_footer(lines[i:])
    while body and _END_DATE.match(fold(nows(body[-1]))):
        head.end_date.insert(0, body.pop())  # 2023年11月8日（星期三）: dates the speech, not text
    for line in body:
        head.body.append(line)
        if line != TRUNCATED:
            head.kept.append(line)
    return head


_GLUED_TITLE = re.compile(
    f"^(?P<t>[^。！？：:]{{6,80}}?(?:{GENRE_WORD})稿?(?:[（(][^（）()]{{1,16}}[）)])?)"
    "(?!精神|中|时|里|要求|指出|强调|的|和|、|，|,|。|：|:)(?=\\S.{20,})"
)
_INTRO_TITLE = re.compile(
    f"(?:整理|收集|分享|带来|精选|推荐)[了的]+(?P<t>[^，。【\\n]{{6,60}}?(?:{GENRE_WORD})稿?)(?=【|，|。|,|供|$)"
)
_FOOTER_TITLE = re.compile(r"^(?:本文标题|文章标题|原文标题)[:：]\s*(?P<t>.+)$")


def _split_title_from_body(lines: list[str]) -> list[str]:
    """No salutation: the first line may be the title glued to the opening (…会议上的讲话春节刚过，
    …). Split it when the head reads as a title with 在…的."""
    for n, line in enumerate(lines[:6]):
        if line == TRUNCATED or not line.strip() or is_junk_line(line):
            continue
        m = _GLUED_TITLE.match(fold(line.strip()))
        if m and "在" in m.group("t") and title_candidate(line.strip()[: m.end("t")]):
            text = line.strip()
            return [*lines[:n], text[: m.end("t")], text[m.end("t") :], *lines[n + 1 :]]
        break
    return lines


def _footer_title(lines: list[str]) -> tuple[str, int]:
    """A title given only at the foot of the page (本文标题：在…上的发言), or only inside the
    site's intro sentence (下面是小编为大家整理的在…上的讲话【精选推荐】，供大家参考。)."""
    for line in [*reversed(lines[-20:]), *lines[:8]]:
        text = line.strip()
        m = _FOOTER_TITLE.match(fold(text)) or _INTRO_TITLE.search(fold(text))
        if m and title_candidate(text[m.start("t") : m.end("t")]):
            title = clean_title(text[m.start("t") : m.end("t")])
            return title, _title_score(title)
    return "", 0


def _find_salutation(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:80]):
        if line != TRUNCATED and salutation(line) and (len(nows(line)) <= 90 or i < 25):
            return i
    # No colon anywhere: a line that is only an address ending in ！ or ， (同志们！) near the top.
    for i, line in enumerate(lines[:25]):
        if line != TRUNCATED and _weak_salutation(line):
            return i
    return None


def _weak_salutation(line: str) -> bool:
    m = _WEAK_SAL.match(fold(line.strip()))
    return m is not None and bool(_SAL_NOUN.search(m.group("sal")))


def _salutation_of(line: str) -> str:
    """The salutation opening `line`, strong (同志们：) or weak (a whole line 同志们！)."""
    return salutation(line) or (line.strip() if _weak_salutation(line) else "")


_GENRE_COLON = re.compile("(?:党课|讲稿|讲话|致辞|发言)(?:稿|提纲)?[:：].{4,}")
_ZAI_DE = re.compile("在.{2,}?(?:上|中|时|期间|之际|前|后)?的")
_BARE_GENRE = re.compile(f"^(?:{_CATEGORY_WORD}|领导致辞|领导讲话|讲话稿|开幕词|闭幕词)$")
_PART_LABEL = re.compile("^(?:[一二三四五六七八九十]{1,3}|\\d{1,2})(?:[、.．]|\\s)")


def _title_score(line: str) -> int:
    """How much a candidate line looks like the title: a genre word at the end, 在…上的, a
    meeting word and a title's length count for it; a bare genre word (领导致辞) or a part
    heading (一 开幕词) against it."""
    raw = clean_title(line)
    f = nows(fold(raw))
    score = 3 if TITLE_END.search(f) else 1
    if _ZAI_DE.search(f) or _GENRE_COLON.search(f):
        score += 3  # 在…上的讲话, or 专题党课讲稿：把…引向深入
    if _MEETING.search(f):
        score += 1
    if len(f) < 8:
        score -= 2
    if _BARE_GENRE.match(f):
        score -= 4
    if _PART_LABEL.match(fold(raw)):
        score -= 4
    return score


def _find_title(lines: list[str], sal_at: int | None) -> tuple[int | None, str, int]:
    """(index of the title line, the subtitle line when the title is a slogan above it, score).

    Candidates before the salutation are scored (_title_score); on a tie the last one wins: site
    lines that repeat the title ([公文写作] 在…讲话) and a title printed twice come before the real
    one. Without a salutation the first of the best wins (later lines are body text)."""
    limit = sal_at if sal_at is not None else min(len(lines), 30)
    footer = next(
        (i for i, ln in enumerate(lines[:limit]) if i and FOOTER_START.match(nows(fold(ln)))), limit
    )
    candidates = [i for i in range(min(limit, footer)) if title_candidate(lines[i])]
    if candidates:
        scored = [(_title_score(lines[i]), i) for i in candidates]
        best = max(score for score, _ in scored)
        picks = [i for score, i in scored if score == best]
        at = picks[-1] if sal_at is not None else picks[0]
        main = _slogan_above(lines, at)
        if main is not None:
            return main, lines[at], best
        return at, "", best
    if sal_at is None:
        return None, "", 0
    # No genre word: the nearest short line above the salutation that is not a speaker, date or
    # junk line is the title (专题党课：… is caught above; this is for bare slogans).
    for i in range(sal_at - 1, -1, -1):
        line = lines[i]
        if line and line != TRUNCATED and not is_junk_line(line) and not _is_header_line(line):
            if len(nows(line)) <= 50 and not SENTENCE_MARK.search(line):
                # Two slogan lines (全力以赴抓招商 / 奋勇争先促发展): the upper one is the title.
                upper = _slogan_line_above(lines, i)
                return (upper, line, 0) if upper is not None else (i, "", 0)
            break
    return None, "", 0


def _slogan_line_above(lines: list[str], at: int) -> int | None:
    if at == 0 or not _slogan_like(lines[at]):
        return None
    i = at - 1
    if _slogan_like(lines[i]) and len(nows(lines[i])) <= 20 and len(nows(lines[at])) <= 20:
        return i
    return None


def _subtitle_like(line: str) -> bool:
    cand = nows(fold(line))
    return (
        6 <= len(cand) <= 40
        and not SENTENCE_MARK.search(cand)
        and not BYLINE.match(cand)
        and not _DATE_FIELD.match(cand)
        and cand[0] not in "（(【[“「"
        and not is_junk_line(line)
        and not _is_header_line(line)
        and not LABEL_START.match(cand)
        and not _OUTLINE_HEAD.match(cand)
        and not title_candidate(line)
    )


def _slogan_like(line: str) -> bool:
    cand = nows(fold(line))
    return (
        6 <= len(cand) <= 30
        and line != TRUNCATED
        and cand[0] not in "（(【[“「"
        and not _NOT_SLOGAN.search(cand)
        and not is_junk_line(line)
        and not _is_header_line(line)
        and not LABEL_START.match(cand)
        and not _PART_LABEL.match(cand)
        and not _BARE_GENRE.match(cand)
    )


_NOT_SLOGAN = re.compile(
    "[:：，,。！？!?\\d]|政府|委员会|人大|政协|网|局|厅|办公室|门户|首页|栏目|频道|文章|位置"
)


def _slogan_above(lines: list[str], at: int) -> int | None:
    """The slogan main title above a subtitle line (——在…上的讲话, or 在…上的讲话 with no dash):
    the nearest line above, when it is short, unpunctuated, no site line, no genre word."""
    line = fold(clean_title(lines[at]))
    if not DASH.match(line) and not (line.startswith("在") and _ZAI_DE.search(line)):
        return None
    above = [
        i
        for i in range(max(0, at - 4), at)
        if lines[i].strip() and lines[i] != TRUNCATED and not is_junk_line(lines[i])
    ]
    if not above:
        return None
    i = above[-1]
    if DASH.match(lines[i]) or is_junk_line(lines[i]) or _is_header_line(lines[i]):
        return None
    if DASH.match(line):
        return i  # a —— subtitle always hangs under a main title
    cand = nows(fold(lines[i]))
    if not _slogan_like(lines[i]) or TITLE_END.search(cand) or _GENRE_INSIDE.search(cand):
        return None
    return None if _OUTLINE_HEAD.match(cand) or _title_score(lines[i]) > 1 else i


def _above_title(lines: list[str], at: int) -> list[str]:
    """Lines before the title that may name the speaker: the line right above it (县委书记
    张某某) and bylines (作者：…) among the last few lines."""
    found = []
    for i in range(at - 1, max(-1, at - 6), -1):
        line = lines[i]
        if line == TRUNCATED or not line.strip():
            continue
        if BYLINE.match(nows(fold(line))) or (i == at - 1 and not is_junk_line(line)):
            found.append(line)
    return found


def _title_lines(lines: list[str], at: int, subtitle_line: str) -> list[str]:
    """The title line, plus the line above when the title was split in two: the upper half
    ends mid-phrase and the pair reads as one title (在…会议暨 / …上的讲话)."""
    if at == 0:
        return [lines[at]]
    if subtitle_line:
        # 讲团结、讲奉献，以饱满的工作激情 / 迎接三级医院评审 / ——在…上的讲话
        above = lines[at - 1]
        fa = nows(fold(above))
        joinable = (
            DASH.match(subtitle_line)
            and fa
            and not re.search("[|｜]", lines[at])  # 党课｜…: a WeChat title is whole
            and above != TRUNCATED
            and len(fa) + len(nows(lines[at])) <= 50
            and not SENTENCE_MARK.search(fa)
            and not is_junk_line(above)
            and not _is_header_line(above)
            and not title_candidate(above)
            and not LABEL_START.match(fa)
        )
        return [above, lines[at]] if joinable else [lines[at]]
    above = lines[at - 1]
    fa, ft = nows(fold(above)), nows(fold(lines[at]))
    if (
        fa
        and above != TRUNCATED
        and not is_junk_line(above)
        and len(fa) + len(ft) <= 90
        and fa[-1] not in "。！？：:，,；"
        and ((_ZAI_DE.search(fa + ft) and "在" not in ft) or fa[-1] in "暨和及与")
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
        if (_DATE_FIELD.match(f) or len(f) <= 24) and DATE.search(f):
            head.front.append(line)  # 时间：106/11/03（星期五） — the speech's own date
            head.kept.append(line)
            i += 1
            continue
        intro = _INTRO.match(f)
        if intro:  # 以下是行政长官何某今晚（十一月八日）在…的致辞全文：
            head.speaker_lines.append(
                line[: len(line) - len(line.lstrip())]
                + nows(line)[intro.start("who") : intro.end("who")]
            )
        if BYLINE.match(f):
            # 作者：刘某某 — site furniture that names the speaker
            head.speaker_lines.insert(0, line)
        if same_as_title or is_junk_line(line):
            i += 1  # a repeated title or site furniture
            continue
        if DASH.match(line) and head.front and _QUOTE_LINE.match(head.front[-1]):
            # “…” / ——习近平总书记在…，2012年11月15日: an epigraph, a quotation of the speech's
            # own (it opens the body), not a subtitle and not the speech's date.
            head.epigraph = [head.front.pop(), line]
            head.kept.pop()
            i += 1
            continue
        first = not head.subtitle and not head.front
        if line == subtitle or (
            DASH.match(line)
            and first
            and len(nows(line)) <= 100
            and not _names_speaker(DASH.sub("", line))
        ):
            head.subtitle = DASH.sub("", clean_title(line)).strip()
        elif first and end is not None and _subtitle_like(line):
            # 在…上的讲话 / 以实干担当答好“强县之问”奋力开创新局面: a slogan under the title
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
    return [
        line
        for line in body
        if line == TRUNCATED or not is_junk_line(line) or LABEL_START.match(fold(line))
    ]


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
    rest = [ln for ln in body[i : i + 4] if ln != TRUNCATED]
    speech_like = [
        ln
        for ln in rest
        if not is_junk_line(ln)
        and not FOOTER_START.match(nows(fold(ln)))
        and ((len(nows(ln)) > 25 and SENTENCE_MARK.search(ln)) or LABEL_START.match(fold(ln)))
    ]
    return i if i > start and len(speech_like) >= 2 else None
