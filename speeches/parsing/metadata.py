"""Metadata read from the header: meeting, organisation, session, level, year, date, speaker
and genre. Each reader takes strings and returns strings: no state, no Django."""

from __future__ import annotations

import datetime as dt
import re

from .records import ParsedSpeech, warn
from .tables import GENRE_WORD, GENRES, LEVELS, ROLE_SUFFIX
from .text import HAN, NUM, cn_to_int, fold, nows, year_to_int

DATE = re.compile(
    r"(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
)
_ROLE_NAME = re.compile(f"^(?P<role>.*(?:{ROLE_SUFFIX}))(?P<name>[{HAN}×X某]{{2,4}})$")
_NAME = re.compile(f"^[{HAN}×X某]{{2,4}}$")
_NOT_A_NAME_LINE = re.compile("[。！？：:“”]")
DASH = re.compile(r"^[—\-－–―─]{1,4}\s*")


def parse_speaker(line: str) -> tuple[str, str]:
    """(role, name) of a speaker line: 县委书记　张　三 / 县委副书记、县长王海涛 / （县长 吴芳）."""
    s = DATE.sub("", line).strip().strip("（）()[]【】 \u3000")
    if not s or len(nows(s)) > 30 or _NOT_A_NAME_LINE.search(s):
        return "", ""
    parts = s.split(maxsplit=1)
    if len(parts) == 2:
        # Role and name set apart by spaces: any role word ending a post (市级总河长) will do.
        role, name = parts[0], nows(parts[1])
        if _NAME.match(name) and re.search(
            f"(?:{ROLE_SUFFIX}|[长记任席员委官理事师])$", fold(role)
        ):
            return role, name
    compact = nows(s)
    m = _ROLE_NAME.match(fold(compact))
    if m:
        return compact[: m.end("role")], compact[m.start("name") :]
    return "", ""


def _date_from(lines: list[str]) -> tuple[dt.date | None, int | None]:
    for line in lines:
        m = DATE.search(nows(line))
        if not m:
            continue
        year = year_to_int(m.group("y"))
        month = cn_to_int(m.group("m"))
        day = cn_to_int(m.group("d")) if m.group("d") else None
        if year is None or not 1900 <= year <= 2100:
            continue
        if month and day:
            try:
                return dt.date(year, month, day), year
            except ValueError:
                return None, year
        return None, year
    return None, None


_LEVEL = re.compile("|".join(f"(?P<l{i}>{p})" for i, (_, p) in enumerate(LEVELS)))
_SESSION = re.compile(
    f"(?:\\d{{4}}|[〇零○一二三四五六七八九]{{4}}|20[Xx×]{{2}})年度?|第(?:{NUM}|\\d+)[次届]|{NUM}届(?:{NUM}次)?"
    f"|(?<=[委会组府])(?:{NUM}次)"
)
# A convening body, not a place or a school: 县委…领导小组, 市委, 中共XX县委, 市政府, 镇党委.
_ORGAN_END = re.compile(
    r"(?:委|委员会|党组|小组|中心组|政府|常委会|人大|政协|支部|总支|党工委|办公室)$"
)
_ORGAN = re.compile(
    r"^(?P<org>.+?(?:常委会|党组|领导小组|委员会|党委|党工委|政府|人大常委会|政协))(?:（扩大）)?(?:会议|全体会议|扩大会议|专题会议|学习会)$"
)


_MEETING_ZAI = re.compile(f"在(?P<m>.+?)(?:上|中|时|期间|之际|前)的(?:\\S{{0,6}}?)(?:{GENRE_WORD})")
_MEETING_STEM = re.compile(f"^(?P<m>.+?)(?:上的|上|的)?(?:{GENRE_WORD})稿?$")
_MEETING_WORD = re.compile("会|论坛|仪式|典礼|开幕式|闭幕式|班|节")
_SESSION_LABEL = re.compile(f"第(?:{NUM}|\\d+)次|{NUM}届{NUM}次|第(?:{NUM}|\\d+)届")


def _meeting(title: str, subtitle: str) -> str:
    """The name between 在 and 上的讲话 (in the subtitle when the title is a slogan), else the
    stem of a title without 在 (全市组织工作会议讲话) when it names a meeting."""
    for text in (subtitle, title) if "在" in fold(subtitle) else (title, subtitle):
        m = _MEETING_ZAI.search(fold(text))
        if m:
            return text[m.start("m") : m.end("m")]
    f = fold(title)
    m = _MEETING_STEM.match(f)
    if m and _MEETING_WORD.search(m.group("m")) and "：" not in f:
        return title[: m.end("m")]
    return ""


def _organisation(meeting: str) -> tuple[str, str]:
    """(organisation, session) from the meeting name: the part before the year or session
    (县委统一战线工作领导小组|2020年第一次会议) when it names a convening body."""
    f = fold(meeting)
    sm = _SESSION_LABEL.search(f)
    session = meeting[sm.start() : sm.end()] if sm else ""
    m = _SESSION.search(f)
    if m:
        org = f[: m.start()]
        if (
            _ORGAN_END.search(org) or org.startswith(("中共", "中国共产党"))
        ) and not org.startswith("全"):
            return meeting[: m.start()], session
        return "", session
    m2 = _ORGAN.match(f)
    if m2 and not f.startswith("全"):
        return meeting[: m2.end("org")], session
    return "", session


def _level(*texts: str) -> str:
    for text in texts:
        m = _LEVEL.search(fold(text))
        if m:
            return LEVELS[int(m.lastgroup[1:])][0]  # type: ignore[index]
    return "未知"


_YEAR = re.compile("(\\d{4}|[〇零○一二三四五六七八九]{4})年")


def _year(*texts: str) -> int | None:
    for text in texts:
        m = _YEAR.search(text)
        if m:
            year = year_to_int(m.group(1))
            if year and 1900 <= year <= 2100:
                return year
    return None


def _genre(title: str, subtitle: str) -> str:
    f = fold(title + subtitle)
    for pattern, genre in GENRES:
        if re.search(pattern, f):
            return genre
    return ""


# --------------------------------------------------------------------------------------------


def fill_metadata(speech: ParsedSpeech, front: list[str]) -> None:
    title, subtitle = speech.title, speech.subtitle
    speech.meeting = _meeting(title, subtitle)
    speech.organisation, speech.session = _organisation(speech.meeting)
    speech.level = _level(speech.meeting, title, subtitle)
    speech.date, date_year = _date_from([*front, title])
    speech.year = _year(speech.meeting, title, subtitle) or date_year
    for line in front:
        if DASH.match(line):
            continue
        role, name = parse_speaker(line)
        if name:
            speech.speaker_role, speech.speaker_name = role, name
            break
    if not speech.speaker_name:
        f = fold(title)
        at = f.find("在")
        if at >= 2:
            role, name = parse_speaker(title[:at])
            if name:
                speech.speaker_role, speech.speaker_name = role, name
    genre = _genre(title, subtitle)
    if not genre:
        genre = "讲话" if speech.salutation else "其他"
        warn(speech, "low_confidence_genre")
    speech.genre = genre
