"""Turn the decoded text of a speech file into structured speeches.

Pure Python: no Django import. Text in, dataclasses out; never raises on arbitrary text except
NotASpeech for documents that are clearly not speeches. One module per stage (docs/parsing.md):

 1. layout     – NFC, newlines, junk lines (junk), truncation markers, wrapped/flattened lines
 2. documents  – several speeches in one file
 3. header     – title, subtitle, front matter, salutation; metadata reads them
 4. body       – closing paragraphs, numbered markers (tables.SCHEMES), headings
 5. quotes     – quotes, placeholders and stage directions per section

Every detector works on `fold(text)`: a same-length copy with traditional characters mapped to
simplified ones, so offsets found on the folded copy cut the original text (stored as written).
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from .body import segment
from .dates import date_said, year_said
from .documents import remarks_page, split_documents
from .header import read_header
from .junk import is_junk_line
from .layout import normalise_layout
from .metadata import fill_metadata
from .quotes import annotate
from .records import (
    NotASpeech,
    ParsedPlaceholder,
    ParsedQuote,
    ParsedSection,
    ParsedSpeech,
    ParsedStageDirection,
    warn,
)
from .reports import fill_from_report
from .said import level_said, meeting_said, role_said
from .salutation import glued_salutation, salutation
from .tables import BODY_GENRES
from .text import HAN, TRUNCATED, cn_to_int, fold, nows
from .title import ATTENDED_AND_SPOKE, title_candidate

__all__ = [
    "NotASpeech",
    "ParsedPlaceholder",
    "ParsedQuote",
    "ParsedSection",
    "ParsedSpeech",
    "ParsedStageDirection",
    "fold",
    "nows",
    "parse",
    "reassemble",
]

_NEWS = re.compile(
    r"本报讯|本台讯|[^\s，。]{0,8}网(?:讯|消息)|讯[（(]记者|电[（(]记者|记者[^\n。]{0,16}(?:报道|摄)|[（(]记者|通讯员|新华社"
    r"|据[^\n。]{0,10}报道"
    f"|{ATTENDED_AND_SPOKE}"
)
# A journal article's abstract: 摘要 on its own line, 【摘要】, a database's 〈正〉 before the text
_ABSTRACT = re.compile("^(?:摘要[:：]?$|【摘要】|[<〈＜]正[>〉＞])")
# A news headline: 某某在…会议上强调 (a speech's title ends 讲话/致辞, not 强调)
_NEWS_HEADLINE = re.compile(
    "^[^，。！？]{2,20}?在[^，。！？]{2,40}(?:上|时|期间)(?:强调|指出|要求|表示)$"
    # 县侨联机关召开退役军人座谈会, 梓川县举行春节团拜会: who held the meeting, said of them
    "|^[^，。！？：:在]{2,20}(?:召开|举行)[^，。！？：:]{2,30}(?:会|会议)$"
    "|^[^，。！？：:]{4,30}(?:会|会议)(?:胜利|隆重)?(?:闭幕|开幕|召开|举行)$"  # 县人大会议胜利闭幕
)
# A report opens with the day and who convened what: 2月6日，县政府召开第四次全体会议。
_NEWS_OPENING = re.compile(
    "^(?:【[^】]{2,30}】\\s*)?(?:为[^，。！？]{2,30}[，,])?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}(?:[—\\-～~]\\d{1,2})?日"
    "(?:上午|下午|晚上?)?[，,]"
    "[^。！？]{2,40}?(?:召开|举行|举办|开班|开幕|开讲|开展|讲授)[^。！？]{0,160}[。]"
    # 县委书记某某主持召开…会议: nobody says that of himself in his speech
    "|^[^。！？“”]{2,30}?主持召开[^。！？]{2,60}[。，,]"
)
_REPORTER = re.compile("(?:通讯员|记者)[:：]")
_NEWS_END = re.compile(r"^[（(]?(?:责任编辑|编辑|审核|校对|供稿|撰稿|初审|终审)[:：]")
# A report of a speech paraphrases it paragraph by paragraph: 领导人致词时表示，… 他指出，…
_REPORTED = re.compile(
    "^[^，。：]{1,12}?(?:致词时|致辞时|讲话时|发言时|接着|最后|还|也)?(?:表示|指出|提到|说明|强调)[，,：:]"
)
# A meeting's report tells what it said: 会议指出，… 会议强调，… 会议要求，…
_MEETING_REPORTED = re.compile(
    "会议(?:还|也|同时)?(?:指出|强调|要求|认为|审议|研究|决定|提出|号召)"
)
# A report's narration around the meeting: 会上，… 会前，… 会后，…
_AROUND_THE_MEETING = re.compile(
    "^(?:[^，,。在]{0,4}会上|会前|会后|会议期间|活动中|调研中)[，,]"  # 会上，… 恳谈会上，…
)
# An interview: 萧远（以下简称“萧”）：… then turns under the short names
_INTERVIEW = re.compile('[（(]以下简称[“"]?[^”"）)]{1,4}[”"]?[）)]')
_GUIDE = re.compile(
    r"怎么写|如何写|写作技巧|写作经验|评论区|点赞|转发|希望对大家有所帮助|^第[一二三四五六七八九十\d]+章",
    re.M,
)
# A novel quoting a speech: narration around the quotes (他笑着说：“…”, 她问道).
_NARRATIVE = re.compile(
    "[他她][^。，“”\n]{0,8}(?:说道|笑道|问道|答道|喊道|叹道|笑着说|低声说)"
    "|(?:说道|笑道|问道|答道|喊道|叹道)[：:，,]?“"  # 沈牧之清了清嗓子，开口说道：“…
)
# A character's words broken by the narrator: “各位同事，”罗振邦的嗓门很大，“说实话…
_BROKEN_QUOTE = re.compile(
    "”(?![的等和与及、])[^“”。！？\n]{0,12}(?:说|道|声|嗓门|笑|问|喊|叫)[^“”。！？\n]{0,12}[，,]“"
)
# 便说，“…” / 继续说，“…”: a narrator hands over to a character (a speech quotes after 指出：).
_NOVEL_SAID = re.compile("(?<!书记)(?<!主席)(?<!同志)(?<!总理)说[，,]“|[说问答喊叫]道[：:，,]“")
_THIRD_PERSON = re.compile("[他她]")
# A fiction site: its name or the genre in its crumb (都市言情 > 官途青云 > 第93章)…
_FICTION_SITE = re.compile("小说|言情|玄幻|奇幻|修真|仙侠|武侠|穿越|重生|网游|官场")
# …and its reader: the chapter in the crumb (官路青云 > 第217章) or its reader's buttons.
_READER_MARK = re.compile(
    "第[\\d一二三四五六七八九十百千零〇]+[章节回]|求收藏|章节目录|加入书签|推荐票"
)
_CHAPTER = re.compile(r"^\s*第\s*[\d一二三四五六七八九十百千]+\s*(?:章|回|部分)", re.M)
_ANNOUNCED = re.compile(
    # (not 说一点…: "a little"; nobody announces one point)
    r"(?:讲|谈|强调|提|说|汇报|从)(?:以下)?(?P<n>[二两三四五六七八九十]|[2-9])(?:点|个方面|个问题|方面|个部分|部分|条)"
)

# A copy cut off mid-sentence (a preview, a page of several): its last paragraph, a long one,
# ends on a comma, a colon or an ellipsis, or on a character in a text whose sentences end with
# 。 (unless it is 谢谢大家, 散会…: transcripts often drop the last 。).
CUT_MIN = 40  # characters: shorter last lines are list items, signatures, 完, 谢谢大家
_CUT_END = re.compile(r"(?:[，、：；,:;]|(?<=[\u4e00-\u9fff])\.{2,}|\.{3,}|…+)[\s|｜]*$")
_CLOSING_WORDS = re.compile(
    r"(?:谢谢|谢谢大家|散会|再见|完)$"
    r"|祝[^。！]{0,30}(?:健康|顺利|如意|幸福|快乐|成功|圆满)$"  # 最后，预祝大家身体健康、工作顺利！
    # …为把我市建设成为全国文明城市而努力奋斗！ / …奋力谱写高质量发展新篇章！: a rallying close
    r"|(?:奋斗|贡献|新篇章|新局面|新辉煌|新台阶|新成绩|新胜利|新业绩|新征程|新气象|新成效|新佳绩)$"
)


def _ended_before_cut(lines: list[str]) -> bool:
    """The speech had ended (…谢谢大家！) before the page's marker (请先登录): a site's prompt
    under a whole text, not a cut."""
    before = [ln for ln in lines[: lines.index(TRUNCATED)] if ln.strip() and not is_junk_line(ln)]
    return bool(before) and bool(_CLOSING_WORDS.search(fold(before[-1]).rstrip("！!。. ")))


_ENDS_ON_HAN = re.compile(f"[{HAN}]$")
# Where no sentence ends: a comma, or a word that needs what follows (必须, 按照, 的, 和…).
_CUT_SHORT = re.compile(
    "(?:[，、,]|的|和|与|及|把|被|对|向|从|将|要|必须|应当|以及|并且|而且|但是|因为|通过|按照|根据)$"
)


def _cut_off(speech: ParsedSpeech) -> bool:
    paragraphs = [p for s in speech.sections[-1:] for p in s.body.split("\n") if p.strip()]
    if not paragraphs:
        return False
    last = fold(paragraphs[-1]).strip()
    punctuated = speech.text.count("。") >= 3
    if len(nows(last)) < CUT_MIN:
        # 素有“千湖之省”的美誉， / 各级党员领导干部必须: a short last line, cut mid-sentence
        return punctuated and len(nows(last)) >= 8 and bool(_CUT_SHORT.search(last))
    if _CUT_END.search(last):
        return True
    return punctuated and bool(_ENDS_ON_HAN.search(last)) and not _CLOSING_WORDS.search(last)


def clear_caches() -> None:
    """Forget the per-line caches (a benchmark parses each text as if it were new)."""
    for cached in (fold, is_junk_line, salutation, title_candidate):
        cached.cache_clear()


WRAP_SURE = 0.6
# A heading this long has usually swallowed the start of its body (no 。 after it in the source).
LONG_HEADING = 40  # below this share of lines at the wrap width, joining lines is a guess


def parse(text: str, *, allow_non_speech: bool = False) -> list[ParsedSpeech]:
    """Parse a decoded document into one or more speeches (several when a file holds 篇一/篇二…)."""
    if not text or not text.strip():
        raise NotASpeech("empty")
    layout = normalise_layout(text)
    lines = layout.lines
    if not any(ln != TRUNCATED for ln in lines):
        raise NotASpeech("empty")
    reason = _not_a_speech(lines)
    if reason:
        if not allow_non_speech:
            raise NotASpeech(reason)
        return [_as_single_body(lines, reason)]
    speeches = []
    docs = split_documents(lines)
    # A page of several people's remarks, each under a headline and a name（post） line
    # (…座谈会发言摘登): what each says is a 发言 when nothing else says what it is.
    remarks = len(docs) > 1 and remarks_page(lines)
    for doc in docs:
        speech = parse_one(doc, "发言" if remarks else "讲话")
        if speech is not None:
            if layout.wrap_width and layout.wrap_share < WRAP_SURE:
                warn(speech, "rewrapped", f"按每行{layout.wrap_width}字合并")
            speeches.append(speech)
    speeches = _without_previews(speeches)
    if not speeches:
        if allow_non_speech:
            return [_as_single_body(lines, "no speech text")]
        raise NotASpeech("no speech text left after removing site furniture")
    if len(speeches) == 1 and _told_by_a_reporter(speeches[0]):
        reason = (
            "news report of what the speaker said (某某指出，…某某强调，…) under a speech title"
        )
        if allow_non_speech:
            return [_as_single_body(lines, reason)]
        raise NotASpeech(reason)
    return speeches


_REPORTED_VERB = re.compile("(?:还|也|最后|同时)?(?:指出|强调|要求|表示|认为|说)[，,：:]")


def _told_by_a_reporter(speech: ParsedSpeech) -> bool:
    """A 讲话摘要 a news desk wrote: no address, and paragraphs that open with the speaker's name
    (or 他/她) and a verb of saying — 韩某某指出，… 韩某某强调，… — the speaker never speaks."""
    if speech.salutation:
        return False
    who = tuple(w for w in (speech.speaker_name, "他", "她") if w and "X" not in w)
    told = 0
    for section in speech.sections:
        for para in section.body.split("\n"):
            f = fold(para.strip())
            name = next((w for w in who if f.startswith(w)), "")
            told += bool(name) and bool(_REPORTED_VERB.match(f, len(name)))
    return told >= 2


def _without_previews(speeches: list[ParsedSpeech]) -> list[ParsedSpeech]:
    """A page that shows a preview of the speech and then the full text parses as two speeches
    with one title: keep the full one."""
    kept: list[ParsedSpeech] = []
    for speech in speeches:
        key = nows(fold(speech.title))
        twin = next((k for k in kept if key and nows(fold(k.title)) == key), None)
        if twin is None:
            kept.append(speech)
            continue
        short, full = sorted((twin, speech), key=lambda s: s.char_count)
        opening = nows("".join(s.body for s in short.sections))[:60]
        if opening and opening in nows(full.text):
            kept[kept.index(twin)] = full
        else:
            kept.append(speech)
    return kept


def _not_a_speech(lines: list[str]) -> str:
    """Only documents that clearly are something else: a news report or a writing guide with
    neither a salutation nor a speech title. Anything else is parsed, however odd."""
    heads = [ln for ln in lines[:30] if ln != TRUNCATED and title_candidate(ln)]
    speech_titled = any(not _OTHER_GENRE.search(nows(fold(ln))) for ln in heads)
    other = "" if speech_titled else _other_genre_title(lines)
    if other and _ADDRESSING.search(other):  # checked before the salutation it addresses
        return f"a document of another genre ({other}), not a speech"
    if sum(1 for ln in lines[:30] if _PROFILE_FIELD.match(nows(fold(ln)))) >= 4:
        return "a person's profile (姓名、职务、出生年月…), not a speech"
    head = fold("\n".join(lines[:15]))
    # (a chapter and a reader's button, 第1306章 … 加入书签: a novel's page, whatever its site)
    marks = {m.startswith("第") for m in _READER_MARK.findall(head)}
    if marks and (_FICTION_SITE.search(head) or len(marks) == 2):
        return "a chapter on a fiction site (小说 … 第212章), not a speech"
    if any(salutation(ln) for ln in lines[:80]) or any(glued_salutation(ln) for ln in lines[:12]):
        return ""
    if other:
        return f"a document of another genre ({other}), not a speech"
    # An essay, a textbook or a guide on speeches names them at least 3 times and 8 times in
    # 1,000 characters, and hardly addresses anyone (a speech says 我们, 大家… more).
    named, addressed, first_person, dated, size, han = _speech_talk(lines)
    if named >= 3 and named * 1000 >= 8 * size and addressed * 1000 <= 5 * size:
        return "an article, a guide or a textbook about speeches, not a speech"
    if heads or remarks_page(lines):
        return ""  # (a newspaper's 发言摘登 ends with its editor's line, as a report does)
    if size < 30:
        return "a line or two of text, with neither a salutation nor a speech's title"
    # A dateline (本报讯/新华社…电/记者…) opens a news report; only the first lines are read for it.
    # (counted in lines of text: a portal's menu, blank lines and its date bar come first)
    text = list(
        itertools.islice(
            (ln for ln in lines if ln.strip() and ln != TRUNCATED and not is_junk_line(ln)), 8
        )
    )
    lead = fold("\n".join(text))
    reporter = any(_REPORTER.search(fold(ln)) for ln in lines[:12])  # a news page's meta bar
    if _NEWS.search(lead) or reporter or any(_NEWS_END.search(fold(ln)) for ln in lines[-3:]):
        return "news report (本报讯/记者…报道) without a salutation or speech structure"
    if any(_ABSTRACT.match(nows(ln)) for ln in lines[:12]):
        return "a journal article (摘要, 〈正〉) without a salutation or a speech's title"
    if any(_NEWS_HEADLINE.match(nows(fold(ln))) for ln in lines[:12]):
        return "news report under a headline (…在…会议上强调) without a salutation"
    if any(_NEWS_OPENING.match(fold(ln.strip())) for ln in text[:3]):
        return "news report of a meeting (X月X日，…召开…) without a salutation"
    if len(_MEETING_REPORTED.findall(fold("\n".join(lines)))) >= 3:
        return "news report of a meeting (会议指出/会议强调…) without a salutation"
    if sum(1 for ln in lines if _AROUND_THE_MEETING.match(fold(ln.strip()))) >= 2:
        return "news report of a meeting (会上，… 会前，…) without a salutation"
    if _INTERVIEW.search(fold("\n".join(lines[:20]))):
        return "an interview (以下简称…), not a speech"
    if sum(1 for ln in lines if _REPORTED.match(fold(ln))) >= 3:
        return "news report of what someone said (…致词时表示，…指出，…) without a salutation"
    # A history, a feature or a report tells its story by its years (1928年…1929年…) and
    # addresses nobody; a speech without a title or a salutation still says 我们, 大家…
    voiced = addressed + first_person
    if dated >= 2 and dated * 1000 >= 2.5 * size and voiced * 1000 < 3 * size:
        return "an article or a report told by its years, addressing nobody: not a speech"
    # Nobody addressed (我们, 大家, 各位…) and no 我 in 200 characters of Chinese, with neither a
    # salutation nor a speech's title: a report, an article or a definition.
    if voiced == 0 and han >= 200 and not _TITLED_INSIDE.search(fold("".join(lines)[:300])):
        return "a text that addresses nobody and never says 我 or 我们: not a speech"
    # (a lecture on writing says 怎么写, but keeps addressing its hearers: 我们, 大家…)
    addresses_people = addressed >= 3 and addressed * 1000 >= 8 * size
    if _GUIDE.search(fold("\n".join(lines[:60]))) and not addresses_people:
        return "writing guide or article about speeches, not a speech"
    paras = [ln for ln in lines if ln.strip() and ln != TRUNCATED]
    if _is_fiction(paras):
        return "fiction or dialogue (lines of quoted speech), not a speech"
    return ""


# What a notice, a plan, a summary or an essay calls itself at its title's end (a speech's title
# ends with 讲话, 致辞, 发言…): 关于印发…方案的通知, 2024年工作总结, …讲话精神心得体会, 工作要点.
_OTHER_GENRE = re.compile(
    # (not a speech's own 讲话要点 or 发言提纲)
    "(?<!讲话)(?<!发言)(?<!致辞)(?:通知|通报|方案|工作要点|要点|工作总结|年终总结|总结|工作思路|工作计划|会议纪要|纪要"
    "|心得体会|学习体会|体会|决定|实施意见|办法|细则|请示|批复|调研报告|调查报告|考察报告|研究报告"
    "|倡议书|倡议|公开信|一封信|简历|个人简历)$"
)


# A profile page's fields: 姓名：… 职务：… 出生年月：…
_PROFILE_FIELD = re.compile(
    "^(?:姓名|性别|职务|出生年月|出生日期|籍贯|民族|学历|政治面貌|参加工作时间|入党时间)[:：]"
)
_CLAUSE_MARK = re.compile("[。！？；，]")
# Documents that address their readers as a speech does (市民朋友们：): an appeal, a letter
_ADDRESSING = re.compile("倡议书|倡议|公开信|一封信")


def _other_genre_title(lines: list[str]) -> str:
    """The genre word ending the document's title — the first short line with no sentence in
    it that names a kind of document, above any speech title and any sentence (a site's name
    and menu may come first) — when it names another kind; "" otherwise."""
    for line in lines[:10]:
        f = nows(fold(line))
        if line == TRUNCATED or not f or is_junk_line(line):
            continue
        if len(f) > 60 or _CLAUSE_MARK.search(f[:-1]):
            return ""  # the text has begun
        m = _OTHER_GENRE.search(f)
        if m:
            return m.group(0)
        if title_candidate(line):
            return ""
    return ""


# What an article about speeches keeps naming (讲话稿, 主持词, 写作, 开头…), and whom a speech
# keeps addressing (我们, 大家, 同志们…).
_SPEECH_TALK = re.compile(
    "讲话稿|发言稿|演讲稿|主持词|开幕词|闭幕词|致辞稿|欢迎词|讲稿|撰写|写作|笔者|写法|起草|稿子"
    "|怎么写|如何写|写好|开头|结尾|范文|模板|技巧|开场白"
)
_ADDRESSED = re.compile("我们|大家|你们|咱们|各位|同学们|朋友们|同志们")
_HAN_CHAR = re.compile(f"[{HAN}]")
# 1、在全县工作会议上的讲话。今年以来…: a speech's title the page ran into its text
_TITLED_INSIDE = re.compile("在[^，。！？]{2,40}[上时]的(?:讲话|致辞|致词|发言|演讲)")
_FIRST_PERSON = re.compile("(?<!自)我(?![们国党军])")
_YEAR_NAMED = re.compile("(?:19|20)\\d\\d年")


class _Talk(NamedTuple):
    """How often a page's text names speeches, addresses people (我们, 大家…), speaks as 我,
    names a year (1928年), and its length."""

    named: int
    addressed: int
    first_person: int
    dated: int
    size: int
    han: int


def _speech_talk(lines: list[str]) -> _Talk:
    text = fold("".join(nows(ln) for ln in lines if ln != TRUNCATED and not is_junk_line(ln)))
    return _Talk(
        named=len(_SPEECH_TALK.findall(text)),
        addressed=len(_ADDRESSED.findall(text)),
        first_person=len(_FIRST_PERSON.findall(text)),
        dated=len(_YEAR_NAMED.findall(text)),
        size=len(text),
        han=len(_HAN_CHAR.findall(text)),
    )


def _is_fiction(paras: list[str]) -> bool:
    """A novel that quotes a speech: quoted dialogue lines, narration around the quotes (他笑着说,
    便说，“…), third-person pronouns a speech hardly uses, chapter markers (第243部分)."""
    text = fold("\n".join(paras))
    dialogue = sum(1 for ln in paras if ln.lstrip()[:1] in '“「"')
    told = len(_NOVEL_SAID.findall(text))
    pronouns = len(_THIRD_PERSON.findall(text))
    return (
        (dialogue >= 4 and dialogue * 4 >= len(paras))
        or bool(_NARRATIVE.search(text))
        or len(_BROKEN_QUOTE.findall(text)) >= 2
        or told >= 2
        or (len(text) >= 200 and pronouns * 1000 >= 8 * len(text))
        or bool(_CHAPTER.search(text))
    )


def _as_single_body(lines: list[str], reason: str) -> ParsedSpeech:
    body = "\n".join(ln for ln in lines if ln != TRUNCATED)
    section = ParsedSection(level=1, kind="body", body=body, anchor="s1")
    speech = ParsedSpeech(genre="其他", sections=[section], text=body, char_count=len(nows(body)))
    annotate(section)
    warn(speech, "not_a_speech", reason)
    return speech


def parse_one(lines: list[str], usual_genre: str = "讲话") -> ParsedSpeech | None:
    head = read_header(lines)
    if not head.kept:
        return None
    speech = ParsedSpeech(
        title=head.title,
        subtitle=head.subtitle,
        salutation=head.salutation,
        front_matter=head.front,
        text="\n".join(head.kept),
    )
    speech.char_count = len(nows(speech.text))
    if TRUNCATED in lines and not _ended_before_cut(lines):
        warn(speech, "truncated")
    if not head.found_title:
        warn(speech, "no_title")
    elif head.title_score <= 1:
        warn(speech, "low_confidence_title")
    fill_metadata(speech, head.front, head.speaker_lines, tail=head.end_date)
    fill_from_report(speech, head.around)
    if speech.year is None:
        speech.year = year_said(speech.text[:3000])
    if speech.date is None:
        speech.date = date_said(speech.text[:400], speech.year)
    opening = "\n".join(head.body)[:300]
    meeting_said(speech, opening)
    level_said(speech, speech.text)
    role_said(speech, opening)
    speech.sections = segment(head.body, head.salutation)
    for section in speech.sections:
        for code in annotate(section):
            warn(speech, code)
    if not speech.genre:
        _genre_from_body(speech, usual_genre)
    long = [
        s for s in speech.sections if len(nows(s.heading)) > LONG_HEADING and not s.label_inline
    ]
    if long:
        warn(speech, "low_confidence_headings", f"{long[0].number}{long[0].heading[:12]}…")
    if _cut_off(speech) and not any(w["code"] == "truncated" for w in speech.warnings):
        warn(speech, "truncated")
    _check_count(speech)
    return speech


# (a training class's 开班典礼 opens a course of work: its speeches are 讲话)
_CEREMONY = re.compile(
    "(?<!开班)(?:典礼|仪式)|庆典|开幕式|闭幕式|颁奖|揭牌|奠基|落成|晚宴|酒会|招待会|联欢会|团拜会"
)


# A lecture or a talk on a subject is no meeting's speech: 今天的讲座, 这次专题讲座
_LECTURE = re.compile("讲座|演讲嘉宾|主讲人")


def _genre_from_body(speech: ParsedSpeech, usual: str) -> None:
    """The title did not say the genre: the opening often does (今天由我给大家讲一堂党课, 下面进行
    第一项议程, 我代表…作表态发言); else it is the usual kind (a 讲话; on a page of several people's
    remarks, a 发言), unless it says it is a lecture. Either way it is a guess."""
    lead = fold("\n".join(s.text for s in speech.sections)[:1200])
    genre = next((g for pattern, g in BODY_GENRES if pattern.search(lead)), "")
    if not genre and _CEREMONY.search(fold(speech.meeting or speech.title)):
        genre = "致辞"  # 2019学位颁授典礼: what is said at a ceremony is an address
    speech.genre = genre or ("其他" if _LECTURE.search(lead) else usual)
    warn(speech, "low_confidence_genre")


def _check_count(speech: ParsedSpeech) -> None:
    opening = next((s for s in speech.sections if s.kind == "opening"), None)
    if opening is None or any(w["code"] == "truncated" for w in speech.warnings):
        return  # the points a truncated copy announces may be in the part that was cut
    matches = list(_ANNOUNCED.finditer(fold(opening.body)))
    if not matches:
        return
    announced = cn_to_int(matches[-1].group("n"))
    found = sum(1 for s in speech.sections if s.kind == "body" and s.level == 1)
    if announced is not None and announced != found:
        warn(speech, "point_count_mismatch", f"预告{announced}点，实际{found}点")


def reassemble(speech: ParsedSpeech) -> str:
    """Every character the parser kept, in order, whitespace aside: the no-text-lost check
    compares nows(reassemble(s)) with nows(s.text)."""
    parts = [speech.title, *speech.front_matter, speech.salutation]
    for s in speech.sections:
        if not s.label_inline:
            parts.append(s.number)
        parts.extend([s.heading, s.heading_end, s.body])
    return "".join(nows(p) for p in parts)
