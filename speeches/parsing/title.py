"""Stage 3, header (continued): which line is the title, and the title cleaned of site furniture.

Split from `header` along its seam: `header` finds the salutation and reads the front matter,
this module scores and cleans title candidates and joins titles wrapped over two lines."""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import DATE
from .junk import FOOTER_START, is_junk_line, junk_start
from .speakers import BYLINE, DASH, NAME_MARKS, NAME_PAREN_ROLE, bare_name, is_role, parse_speaker
from .tables import GENRE_WORD, LABEL_START, TITLE_END
from .text import HAN, SENTENCE_MARK, TRUNCATED, fold, nows

GENRE_INSIDE = re.compile("党课|主持词|讲话提纲")
MEETING = re.compile(
    "会议|大会|座谈会|论坛|典礼|仪式|开幕式|闭幕式|年会|峰会|博览会|推进会|培训班|宴会|酒会|招待会|晚会|茶话会|团拜会"
)
NOTE_LINE = re.compile(
    r"^[（(]?(?:根据录音整理|根据讲话录音整理|录音整理|整理稿|摘要|有删节|全文|讲话全文)[）)]?$"
)
OUTLINE_HEAD = re.compile(
    r"^[【\[]?(?:文章目录|目录|提纲|内容提要|主要内容|讲话要点)[】\]]?[:：]?$"
)
DATE_FIELD = re.compile("^(?:讲话|演讲|发言|致辞|会议)?(?:时间|日期)[:：]")


def names_speaker(text: str) -> bool:
    return bool(parse_speaker(text)[1] or bare_name(text))


def is_header_line(line: str) -> bool:
    f = nows(fold(line))
    if DASH.match(line) or NOTE_LINE.match(f) or (DATE.search(f) and len(f) <= 30):
        return True
    if (f[:1] in NAME_MARKS or len(f) <= 4) and bare_name(f):
        return True  # ◎邵培元: a page's author mark before the speaker's name; a name alone
    return parse_speaker(line) != ("", "") and (len(f) <= 30 or bool(NAME_PAREN_ROLE.match(f)))


def headline(line: str) -> bool:
    """A short line with no sentence in it: a headline, when a speaker line follows it."""
    f = nows(fold(line))
    return 4 <= len(f) <= 30 and not SENTENCE_MARK.search(f) and not is_junk_line(line)


def headline_over_speaker(lines: list[str], at: int) -> bool:
    """lines[at] is a headline over a speaker line (做强老字号　做优新国潮 / 周某某（…会长））."""
    return (
        at + 1 < len(lines)
        and lines[at] != TRUNCATED
        and headline(lines[at])
        and parse_speaker(lines[at + 1])[1] != ""
        and not is_header_line(lines[at])
    )


# Site furniture glued to a title: a category tag, a list number of a collection page, a 篇
# marker, a field label, an SEO repeat of the category; a trailing 全文 / file-site name.
_TITLE_PREFIX = re.compile(
    r"^(?:\s*(?:【[^】\n]{1,16}】|\[[^\]\n]{1,16}\]|〔[^〕\n]{1,16}〕|\d{1,3}\s*[、.．]\s*(?!\d(?!\d{3}年))"
    r"|(?:文章|文档)?(?:标题|题目|题名|主题)\s*[:：]|(?:颗粒|资源|文献)名称\s*[:：]|(?:文章|文档)名称\s*[:：]?|[^【\n：:]{0,24}【篇\s*[一二三四五六七八九十\d]{1,3}】\s*[:：]?"
    r"|【?[^\s【\n]{0,12}篇\s*[一二三四五六七八九十\d]{1,3}\s*[:：]|第\s*[一二三四五六七八九十\d]{1,3}\s*篇\s*[:：]?(?=\S{4})"
    # a book's chapter before the title: 第七章　何承宇在…上的演讲
    r"|第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*章\s*(?=\S{6})"
    # a site's banner with its address glued before the title: 某某文库—每日更新 www.x.com
    r"|[^\n在]{0,30}?(?:www\.|https?://)[A-Za-z0-9./_-]+\s*"
    # a forum's print view: 作者: 某某    时间: 2014-4-21 10:37    标题: 在…上的讲话
    r"|[^\n]{0,60}?\s(?:标题|题目)\s*[:：]\s*|标题\s+|[^\n]{0,60}?文章标题\s*[:：]\s*"
    # a document site's boilerplate or another file's name glued before the title
    r"|本文格式为\s*Word\s*版[，,]?\s*(?:下载后可任意编辑和复制)?[。，,]?\s*|[^\s。，]{1,30}?\.(?:docx?|pdf|wps|pptx?)\s*))+"
)
_TITLE_SUFFIX = re.compile(
    r"(?<=[讲话辞词言课稿纲告板])(?:\s*[（(【\[]?(?:全文|完整版|收藏版|精选|范文|通用|大全|word版|WORD版|doc版|最新版|优秀篇"
    r"|(?:范文|精品)推荐|(?:共|精选|通用)\d{1,2}篇|全文\d{2,5}字|\d{2,5}字"
    r"|(?:领导)?(?:讲话稿|讲话|演讲稿|致辞稿?|发言稿)推荐|推荐|打印本页|打印"
    r"|附(?:图|图片|短片|视频)(?:[／/及和、](?:短片|视频|图片|图))?|只有中文|图|视频|图文|例文"
    r"|第?[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日|根据录音整理|录音整理"
    r"|(?<=[（(])[一二三四五六七八九十\d]{1,2}(?=[）)]))[）)】\]]?)+$"  # 演辞（一）（附图／短片）
    # a compilation's numbered copies: …致辞2, …致辞（三）, …致辞通用1, …讲话精选3, …讲话篇2
    r"|(?<=[讲话辞词言课稿纲])\s*(?:通用|精选|范文|模板|篇)?\s*(?:\d{1,2}|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十])[:：]?$"
    r"|\s*[-_|｜—]{1,2}\s*\S{0,12}(?:文库|网|站|巴巴|doc88)\s*$|(?:ppt)?(?:课件)?\.(?:docx?|pptx?|pdf|wps)$"
)
# A bare category word before the title proper: 党课讲稿 党课讲稿在… / 领导讲话稿：在…
_CATEGORY_WORD = r"(?:领导|精选|最新|优秀)?(?:讲话稿|讲话|讲稿|党课讲稿|党课|致辞|发言稿|发言|主持词|范文)(?:范文|大全|精选)?"
_CATEGORY_PREFIX = re.compile(
    f"^(?:{_CATEGORY_WORD})(?:\\s+(?:{_CATEGORY_WORD}))*(?:\\s+|[:：]\\s*|(?=在))(?=\\S)"
)
# A meta row or breadcrumb that ends in the title: 06-03 | 移动端：在…上的讲话
_FURNITURE_BEFORE = re.compile(
    r"^.{0,30}[|｜>＞»][^|｜>＞»:：]{0,12}[:：]\s*(?=\S*在)|^.{0,30}[|｜>＞»]\s*(?=\S*在)"
    # a news agency's dateline before the title: …中评社北京1月27日电／在…上的讲话
    r"|^.{0,30}?\d{1,2}月\d{1,2}日电\s*[／/]\s*(?=在)"
    r"|^[^在]{0,20}[:：]\s*(?=在)"
)
_WHOLE_BRACKET = re.compile(r"^[【\[《]([^【】\[\]《》]{6,80})[】\]》]$")
_SEO_REPEAT = re.compile(r"^(?P<w>\S{2,16})\s+(?=(?P=w))")


_LEADING_EMOJI = re.compile("^[\U0001f000-\U0001ffff\u2600-\u27bf\ufe0f\u200d\\s]+")


def clean_title(line: str) -> str:
    """The title in `line` without site furniture glued to it (as written, traditional kept).
    Never empty when the line is not: a title containing 全文 inside is kept as it is."""
    line = _WHOLE_BRACKET.sub(r"\1", line.strip().rstrip("|｜ .．"))  # 【小学校长开学典礼致辞】
    if "/" in line[:10]:
        line = _US_DATE_FIRST.sub("", line)  # 10/27/2023.明湖科技大学…致词 (a Taiwan page's list)
    if line and line[0] in "“《" and {"“": "”", "《": "》"}[line[0]] not in line:
        line = line[1:]  # a stray opening mark
    line = line.lstrip("•·●▪◆■□◇○◎☆★")  # •在…上的讲话: a list's bullet
    if line and (ord(line[0]) >= 0x1F000 or 0x2600 <= ord(line[0]) <= 0x27BF):
        line = _LEADING_EMOJI.sub(
            "", line
        )  # 📌在…上的讲话: an emoji a post put first (▲: a caption)
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
    who = f[start : start + m.end()].rstrip(" ：:") if m else ""
    if m and (names_speaker(who) or is_role(who)):
        m = None  # 王建国：在…上的讲话, 县长：在… — the speaker belongs to the title
    if m and TITLE_END.search(f[start + m.end() : end]):
        start += m.end()
    m = _TITLE_SUFFIX.search(f[:end], start)
    if m and m.start() - start >= 4:
        end = m.start()
    title = line.strip()[start:end].strip()
    if " " in title or "\u3000" in title:
        title = _DIGIT_SPACE.sub("", title)  # 班子 2023 年度 (a PDF's spacing)
    half = len(title) // 2
    if len(title) >= 12 and len(title) % 2 == 0 and title[:half] == title[half:]:
        return title[:half]  # a flattened copy's title printed twice in a row
    again = title.find(title[:6], 6) if len(title) >= 16 else -1
    if again > 0:
        first, second = title[:again], title[again:]
        suffix = _TITLE_SUFFIX.search(first)
        if suffix and first[: suffix.start()].strip() == second:
            return second  # 冬季运动会闭幕词(通用18篇)冬季运动会闭幕词: a list page's name, then the title
        if _ENDS_GENRE.search(fold(first)) and _ENDS_GENRE.search(fold(title)):
            # 县长在…上讲话县长在…上的讲话: the page's headline glued to the document's own title
            return second if "的" in second and "的" not in first else first
        if second.startswith(first[:8]) and abs(len(second) - len(first)) <= 4:
            return second  # a page's headline, then the article's own wording of the same title
    return title


_ENDS_GENRE = re.compile(f"(?:{GENRE_WORD})稿?$")


_CRUMB = re.compile("[>＞»›→]")
_SITE_CRUMB = re.compile("^\\s*[^>＞»›→]{1,12}(?:网|站|首页|频道)\\s*[>＞»›→]")
_US_DATE_FIRST = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}[.．\s]*(?=\S)")
_DIGIT_SPACE = re.compile(f"(?<=[{HAN}])[ \\u3000](?=\\d)|(?<=\\d)[ \\u3000](?=[{HAN}])")


@lru_cache(maxsize=4096)  # called on the same lines by several stages
def title_candidate(line: str) -> bool:
    if not line or line == TRUNCATED:
        return False
    if FOOTER_START.match(nows(fold(line))):
        return False  # 上一篇：在…上的讲话 names another page
    if _CRUMB.search(line) and (len(_CRUMB.findall(line)) >= 2 or _SITE_CRUMB.match(line)):
        return False  # 写作方程式>主持词>会议主持词, 主持词网>会议主持词: a breadcrumb
    title = clean_title(line)
    f = nows(fold(title))
    if not f or len(f) > 90 or junk_start(title):
        return False
    # 全文, 文库 … inside a title (在全文明城市创建…) do not make it site furniture.
    if is_junk_line(title) and not (TITLE_END.search(f) and ("在" in f or MEETING.search(f))):
        return False
    if SENTENCE_MARK.search(f[:-1]) or f.startswith(("以下", "下面", "刚才", "今天")):
        return False
    f = DASH.sub("", f)
    if _ATTENDED_AND_SPOKE.search(f):
        return False  # …，学院党委副书记出席并讲话。: a news lead, not a title
    if TITLE_END.search(f):
        return True
    # (…入党积极分子党课培训班开班: a news headline about a lecture, not a lecture's title)
    return len(f) <= 50 and bool(GENRE_INSIDE.search(f)) and not _NEWS_VERB_END.search(f)


def _prose(line: str) -> bool:
    """A line of running text: long, with a sentence's end in it."""
    return len(line) >= 30 and any(mark in line for mark in "。！？")


# …出席会议并作重要讲话: what a report says of a speaker, never a speaker of himself
ATTENDED_AND_SPOKE = "(?:出席|参加)[^，。]{0,10}并(?:作|发表)?(?:重要)?(?:讲话|致辞|发言)"
_ATTENDED_AND_SPOKE = re.compile(
    f"{ATTENDED_AND_SPOKE}。?$"
    # 严正平发表讲话: a report's headline says someone gave a speech; a speech's title names it
    "|发表(?:了)?(?:重要|热情洋溢的|书面)?(?:讲话|致辞|演讲)。?$"
)
# (…开展支部书记讲党课活动, …在“微党课”比赛中获佳绩: a news item about lectures)
_NEWS_VERB_END = re.compile(
    "(?:召开|举行|举办|开班|开幕|闭幕|落幕|结业|启动|开讲|开展[^，。]{2,20}活动|获佳绩|获好评|获奖)$"
)


_GLUED_TITLE = re.compile(
    f"^(?P<t>[^。！？：:]{{6,80}}?(?:{GENRE_WORD})稿?(?:[（(][^（）()]{{1,16}}[）)])?)"
    "(?!精神|中|时|里|要求|指出|强调|的|和|、|，|,|。|：|:)(?=\\S.{20,})"
)
_INTRO_TITLE = re.compile(
    f"(?:整理|收集|分享|带来|精选|推荐)[了的]+(?P<t>[^，。【\\n]{{6,60}}?(?:{GENRE_WORD})稿?)(?=【|，|。|,|供|$)"
)
# (or the site's bookmark line under a cut copy: 收藏《全省交通运输工作会议的总结讲话》)
_FOOTER_TITLE = re.compile(r"^(?:本文标题|文章标题|原文标题)[:：]\s*(?P<t>.+)$")
_BOOKMARK_TITLE = re.compile(r"^收藏《(?P<t>[^》]{6,60})》")


def split_title_from_body(lines: list[str]) -> list[str]:
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


def footer_title(lines: list[str]) -> tuple[str, int]:
    """A title given only at the foot of the page (本文标题：在…上的发言), or only inside the
    site's intro sentence (下面是小编为大家整理的在…上的讲话【精选推荐】，供大家参考。)."""
    for line in [*reversed(lines[-20:]), *lines[:8]]:
        text = line.strip()
        f = fold(text)
        m = _FOOTER_TITLE.match(f) or _BOOKMARK_TITLE.match(f) or _INTRO_TITLE.search(f)
        if m and title_candidate(text[m.start("t") : m.end("t")]):
            title = clean_title(text[m.start("t") : m.end("t")])
            return title, _title_score(title)
    return "", 0


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
    if MEETING.search(f):
        score += 1
    if len(f) < 8:
        score -= 2
    if _BARE_GENRE.match(f):
        score -= 4
    if _PART_LABEL.match(fold(raw)):
        score -= 4
    return score


# A page's pager above the text (上一篇　｜　目录　｜　下一篇): no footer, no title of its own
_PAGER = re.compile("^上一篇[|｜/]?(?:目录|返回|首页)?[|｜/]?下一篇$")


def find_title(lines: list[str], sal_at: int | None) -> tuple[int | None, str, int]:
    """(index of the title line, the subtitle line when the title is a slogan above it, score).

    Candidates before the salutation are scored (_title_score); on a tie the last one wins: site
    lines that repeat the title ([公文写作] 在…讲话) and a title printed twice come before the real
    one. Without a salutation the first of the best wins (later lines are body text)."""
    limit = sal_at if sal_at is not None else min(len(lines), 30)
    # (a footer follows text: 【相关文章】【扣点券查看全文】 above the title is the page's toolbar)
    prose = next((i for i, ln in enumerate(lines[:limit]) if _prose(ln)), limit)
    footer = next(
        (
            i
            for i, ln in enumerate(lines[:limit])
            if i > prose and FOOTER_START.match(nows(fold(ln))) and not _PAGER.match(nows(fold(ln)))
        ),
        limit,
    )
    candidates = [i for i in range(min(limit, footer)) if title_candidate(lines[i])]
    if candidates:
        scored = [(_title_score(lines[i]), i) for i in candidates]
        best = max(score for score, _ in scored)
        picks = [i for score, i in scored if score == best]
        at = picks[-1] if sal_at is not None else picks[0]
        if sal_at is not None and len(picks) > 1:
            at = _first_copy(lines, picks, at)
        main = _slogan_above(lines, at)
        if main is not None:
            return main, lines[at], best
        return at, "", best
    if sal_at is None:
        # A headline over its speaker's line (a 发言摘登 page's parts): the headline
        head = next((i for i in range(min(len(lines), 6)) if headline_over_speaker(lines, i)), None)
        return head, "", 0
    # No genre word: the nearest short line above the salutation that is not a speaker, date or
    # junk line is the title (专题党课：… is caught above; this is for bare slogans).
    for i in range(sal_at - 1, -1, -1):
        line = lines[i]
        if line and line != TRUNCATED and not is_junk_line(line) and not is_header_line(line):
            # (（四）强化安全责任 above an address: a numbered heading of the speech, no title)
            if (
                len(nows(line)) <= 50
                and not SENTENCE_MARK.search(line)
                and not LABEL_START.match(fold(line.strip()))
            ):
                # Two slogan lines (全力以赴抓招商 / 奋勇争先促发展): the upper one is the title.
                upper = _slogan_line_above(lines, i)
                return (upper, line, 0) if upper is not None else (i, "", 0)
            break
    return None, "", 0


def _first_copy(lines: list[str], picks: list[int], at: int) -> int:
    """A record page prints the title in its table, then the speaker and date rows, then the
    title again above the text: the first copy is the title, the rows its front matter."""
    key = nows(fold(clean_title(lines[at])))
    for i in picks[:-1]:
        between = [ln for ln in lines[i + 1 : at] if ln.strip()]
        if (
            nows(fold(clean_title(lines[i]))) == key
            and any(is_header_line(ln) for ln in between)
            and all(is_header_line(ln) or is_junk_line(ln) for ln in between)
        ):
            return i
    return at


def _slogan_line_above(lines: list[str], at: int) -> int | None:
    if at == 0 or not _slogan_like(lines[at]):
        return None
    i = at - 1
    if (
        _slogan_like(lines[i])
        and len(nows(lines[i])) <= 20
        and len(nows(lines[at])) <= 20
        and not is_junk_line(lines[i])
    ):
        return i
    return None


def subtitle_like(line: str) -> bool:
    cand = nows(fold(line))
    return (
        6 <= len(cand) <= 40
        and not SENTENCE_MARK.search(cand)
        and not BYLINE.match(cand)
        and not DATE_FIELD.match(cand)
        and cand[0] not in "（(【[“「"
        and not is_junk_line(line)
        and not is_header_line(line)
        and not LABEL_START.match(cand)
        and not OUTLINE_HEAD.match(cand)
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
        and not is_header_line(line)
        and not LABEL_START.match(cand)
        and not _PART_LABEL.match(cand)
        and not _BARE_GENRE.match(cand)
    )


_NOT_SLOGAN = re.compile(
    "[:：，,。！？!?\\d]|政府|委员会|人大|政协|网|局|厅|办公室|门户|首页|栏目|频道|文章|位置"
)


_CHAPTER_HEAD = re.compile("^第[一二三四五六七八九十百\\d]+[篇章节回辑编卷]")


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
    if DASH.match(lines[i]) or is_junk_line(lines[i]) or is_header_line(lines[i]):
        return None
    if DASH.match(line):
        return i  # a —— subtitle always hangs under a main title
    cand = nows(fold(lines[i]))
    if any(ln.strip() and ln != TRUNCATED for ln in lines[i + 1 : at]):
        return None  # site lines between: the line above is the site's, not the title's half
    if not _slogan_like(lines[i]) or TITLE_END.search(cand) or GENRE_INSIDE.search(cand):
        return None
    if _CHAPTER_HEAD.match(cand):
        return None  # 第四篇 实业救国的赤子情怀: the book's chapter over the speech, not its title
    return None if OUTLINE_HEAD.match(cand) or _title_score(lines[i]) > 1 else i


def above_title(lines: list[str], at: int) -> list[str]:
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


def title_lines(lines: list[str], at: int, subtitle_line: str) -> list[str]:
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
            # 开学第一课｜校长钟启明：做一个有根的人 over 做一个有根的人: the page's headline
            and not fa.endswith(nows(fold(lines[at])))
            and above != TRUNCATED
            and len(fa) + len(nows(lines[at])) <= 50
            and not SENTENCE_MARK.search(fa)
            and not is_junk_line(above)
            and not is_header_line(above)
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
    if _GENRE_ALONE.match(ft) and above != TRUNCATED:
        # …2024年上半年经营分析会 / 主持词: the genre word alone under the event's name
        event = nows(fold(clean_title(above)))
        if _EVENT_END.search(event) and not SENTENCE_MARK.search(event):
            return [above, lines[at]]
    return [lines[at]]


_GENRE_ALONE = re.compile(f"^(?:{GENRE_WORD})稿?$")
_EVENT_END = re.compile("(?:会|会议|典礼|仪式|论坛|开幕式|闭幕式|活动)$")
