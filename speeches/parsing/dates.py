"""Stage 3b, dates: when a speech was given, from its header's date line, its title, the lines
that close the page, a date above the title or an editor's lead; the year also from the meeting's
name (2024年度, 113年度, 甲辰年). Strings in, a date and a year out: no state, no Django."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .text import HAN, cn_to_int, fold, nows, year_to_int

DATE = re.compile(
    r"(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号曰])?"  # 曰: a scan's OCR
    # Taiwan pages date by the Republic (民国106年 = 2017): 中华民国106年11月3日, 106/11/03.
    r"|(?:中华)?民国\s*(?P<roc>\d{2,3}|[一二三四五六七八九十百〇零○]{2,5})\s*年"
    r"(?:\s*(?P<rm>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?P<rd>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)?"
    r"|(?<![\d/])(?P<sy>1\d{2})(?:[/.](?P<sm>\d{1,2})[/.](?P<sd>\d{1,2})(?![\d/])"
    r"|年(?P<sm2>\d{1,2})月(?P<sd2>\d{1,2})日)"
    # a date written with dots, as documents do: 1963.12.20
    r"|(?<![\d.])(?P<dy>(?:19|20)\d{2})\.(?P<dm>\d{1,2})\.(?P<dd>\d{1,2})(?![\d.])"
)


# A scan's l or I for the digit one, next to digits (民國ll3年, 2O24 aside)
_OCR_ONE = re.compile(r"(?<=[\d民国])[lI]+(?=[\dlI]*[年月日])|[lI](?=\d+[年月日])")


def date_from(lines: Sequence[str]) -> tuple[dt.date | None, int | None]:
    for line in lines:
        m = DATE.search(_OCR_ONE.sub(lambda o: "1" * len(o.group()), fold(nows(line))))
        if not m:
            continue
        if m.group("y"):
            year = year_to_int(m.group("y"))
            month, day = m.group("m"), m.group("d")
        elif m.group("dy"):
            year, month, day = int(m.group("dy")), m.group("dm"), m.group("dd")
        elif m.group("roc"):
            roc = cn_to_int(m.group("roc")) or year_to_int(m.group("roc"))
            year = 1911 + roc if roc else None
            month, day = m.group("rm"), m.group("rd")
        else:
            year = 1911 + int(m.group("sy"))
            month, day = m.group("sm") or m.group("sm2"), m.group("sd") or m.group("sd2")
        if year is None or not 1900 <= year <= 2100:
            continue
        month_n = cn_to_int(month) if month else None
        day_n = cn_to_int(day) if day else None
        if month_n and day_n:
            try:
                return dt.date(year, month_n, day_n), year
            except ValueError:
                return None, year
        return None, year
    return None, None


# A line that is a date and nothing else (folded, no spaces): 2023年11月8日（星期三）, 日期：…
DATE_LINE = re.compile(
    # (a Taiwan page's line: 中华民国113年8月28日)
    r"^(?:(?:讲话|会议|发言)?(?:日期|时间)[:：])?[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4}|(?:中华)?民国\d{2,3})年"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?"
    r"(?:[（(]星期.[）)])?(?:香港时间\d{1,2}时\d{2}分)?$"  # (a Hong Kong release's stamp)
)
_DATED_SUBTITLE = re.compile("^(?:——)?[^在]{6,14}日在")


_YEAR = re.compile(
    "(?P<y>\\d{4}|[〇零○一二三四五六七八九]{4})(?:年|届|(?=新年|新春|春节|元旦))"
    # …讲话实录（2023）: a year in brackets closing the title
    "|[（(](?P<py>(?:19|20)\\d{2})[）)]$"
    # Taiwan counts years from 1912: 113年度 (2024), 民国113年.
    "|(?:民国|(?<!\\d))(?P<roc>1[0-2]\\d)年度|民国(?P<roc2>\\d{2,3})年"
)


def _year(*texts: str) -> int | None:
    for text in texts:
        m = _YEAR.search(nows(fold(text)))  # 2023 年度: a PDF copy's spacing
        if m:
            roc = m.group("roc") or m.group("roc2")
            year = 1911 + int(roc) if roc else year_to_int(m.group("y") or m.group("py"))
            if year and 1900 <= year <= 2100:
                return year
    return None


# An event named with its year and no 年: 2024中国·云台樱桃文化旅游节, 2019学位颁授典礼.
_LEADING_YEAR = re.compile(f"^(?P<y>(?:19|20)\\d{{2}})(?=[{HAN}])")


_CYCLIC_YEAR = re.compile("(?P<s>[甲乙丙丁戊己庚辛壬癸])(?P<b>[子丑寅卯辰巳午未申酉戌亥])年")


def _cyclic_year(title: str) -> int | None:
    """A greeting dated by the sixty-year cycle (甲辰年新春献辞): the year of that name between
    1984 (甲子) and 2043, the span of the archive's speeches."""
    m = _CYCLIC_YEAR.search(fold(title))
    if not m:
        return None
    stem, branch = (
        "甲乙丙丁戊己庚辛壬癸".index(m.group("s")),
        "子丑寅卯辰巳午未申酉戌亥".index(m.group("b")),
    )
    offset = next((k for k in range(60) if k % 10 == stem and k % 12 == branch), None)
    return None if offset is None else 1984 + offset


# An anniversary counted from its event: 纪念建党90周年 (1921), 第40个教师节 (1984 + 40).
_ANNIVERSARIES = (
    ("(?:建党|(?:中国共产|我们)?党成立)", 1921),
    ("(?:新中国成立|中华人民共和国成立|国庆|祖国)", 1949),
    ("(?:建军|中国人民解放军建军)", 1927),
    ("改革开放", 1978),
    ("五四运动", 1919),
    ("一二·?九运动", 1935),
    ("抗日战争(?:暨世界反法西斯战争)?胜利", 1945),
    ("(?:红军)?长征胜利", 1936),
)
_ANNIVERSARY = re.compile(
    "|".join(
        f"{event}(?P<n{i}>\\d{{1,3}}|[一二三四五六七八九十百]{{1,5}})周年"
        for i, (event, _) in enumerate(_ANNIVERSARIES)
    )
    + "|第(?P<teachers>\\d{1,2}|[一二三四五六七八九十]{1,4})个教师节"
)


def _anniversary_year(*texts: str) -> int | None:
    for text in texts:
        m = _ANNIVERSARY.search(nows(fold(text)))
        if m and m.lastgroup:
            return _year_of(m)
    return None


def _year_of(anniversary: re.Match) -> int | None:
    """The year an _ANNIVERSARY match counts to (its count's group: n0… for an event's, teachers
    for 教师节)."""
    group = anniversary.lastgroup or ""
    n = cn_to_int(anniversary.group(group))
    first = 1984 if group == "teachers" else _ANNIVERSARIES[int(group[1:])][1]
    return first + n if n else None


def _leading_year(meeting: str) -> int | None:
    m = _LEADING_YEAR.match(fold(meeting))
    return int(m.group("y")) if m else None


# A template's date line with the month and day left blank: （2015年　月　日）
# 2024年　月　日 (a template's blank day), 演讲时间：1919年 (an anthology's record): the year only
_BLANK_DATE = re.compile(
    r"^(?:(?:讲话|演讲|发言|致辞|会议)?(?:时间|日期)[:：])?[（(]?(?P<y>\d{4})年(?:月日?)?[）)]?$"
)


def _blank_date_year(lines: Sequence[str]) -> int | None:
    m = next((m for x in lines if (m := _BLANK_DATE.match(nows(fold(x))))), None)
    return int(m.group("y")) if m else None


# (after an editor's note's label: 编者按：2024年9月12日，…)
_LEAD_DATE = re.compile(
    r"^(?:【?(?:编者按|编者的话|导语|导读)】?[:：]?)?"
    r"(?P<day>\d{4}年\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|晚|早上)?[，,]"
)


def date_and_year(
    meeting: str,
    title: str,
    subtitle: str,
    front: Sequence[str],
    outside: Sequence[str],
    tail: Sequence[str] = (),
) -> tuple[dt.date | None, int | None]:
    """(date, year) of a speech: the header's date first, then the page's other dates; the year
    from the meeting's name or the title before any date's."""
    # ——2024年1月10日在…上: the subtitle says when the speech was given, before any date line.
    dated_subtitle = [subtitle] if _DATED_SUBTITLE.match(nows(fold(subtitle))) else []
    # The header's own date line first; then the lines that close the page (a signature's date),
    # a date alone right above the title (2019年11月15日), an editor's lead (2024年4月19日下午，
    # …举行。以下为演讲全文). The header's date without its day (2024年3月　日) still gives the year.
    above = [x for x in outside if DATE_LINE.match(fold(nows(x)))]
    leads = [m["day"] for x in outside if (m := _LEAD_DATE.match(fold(nows(x))))]
    date, date_year = date_from([*dated_subtitle, *front, title])
    if date is None:  # only a date line's year counts, not one in a sentence
        short = [x for x in front if len(nows(x)) <= 20]
        date_year = date_from(short)[1] or _blank_date_year(short)
    for lines in (tail, above, leads):
        if date is None:
            date, year = date_from(lines)
            date_year = year if date else date_year
    year = (
        _year(meeting, title, subtitle)
        or date_year
        or _leading_year(meeting)
        or _cyclic_year(title)
        or _anniversary_year(meeting, title, subtitle)
    )
    return date, year


_TODAY = re.compile(
    r"今天(?:是|，|,)?(?:(?P<y>\d{4})年)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"
)


def date_said(opening: str, year: int | None) -> dt.date | None:
    """The day the opening names (今天是8月30日，…) in the speech's year, or in the year it says."""
    m = _TODAY.search(fold(opening))
    said = int(m.group("y")) if m and m.group("y") else year
    if not m or said is None or (year and said != year):
        return None
    try:
        return dt.date(said, cn_to_int(m.group("m")) or 0, cn_to_int(m.group("d")) or 0)
    except ValueError:
        return None


# 今年是“十四五”规划的收官之年, 今年是全面贯彻党的二十大精神的开局之年, 今年是新中国成立75周年:
# the year a speech names by the plan, the congress or the anniversary it stands in.
_THIS_YEAR = re.compile("今年[是为][^。；！？]{4,60}")
_PLAN_YEAR = re.compile(
    "(?P<plan>十[一二三四五六]?|[六七八九])五”?[^，,。；“”]{0,6}?"
    "(?:(?P<first>开局之?年|起步之年|第一年)|(?P<last>收官之年|最后一年))"
)
_CONGRESS_YEAR = re.compile("党的(?P<n>[十二][一二三四五六七八九十]{0,2})大精神的?开局之年")
# The year the moderate prosperity and poverty campaigns were to close (全面建成小康社会之年).
_CLOSING_2020 = re.compile(
    "决胜全面建成小康社会之年|全面建成小康社会(?:收官)?之年|脱贫攻坚(?:战)?收官之年"
)


# 在建党100周年的喜庆之年, 祖国六十八周年华诞, 2024届毕业典礼: the year the speech stands in
_ANNIVERSARY_NOW = re.compile("(?:之际|华诞|大庆|的[^，。；]{0,4}之年)")
_GRADUATING = re.compile("(?P<y>(?:19|20)\\d\\d)届(?:毕业|本科毕业|研究生毕业)(?:典礼|生)")
# 今天，我们召开领导小组2025年第3次会议: the meeting convened today, named with its year
_CONVENED_TODAY = re.compile(
    "(?:今天|今日|这次|本次)[，,]?[^。，；]{0,8}(?:召开|举行)[^。，；“”]{0,20}?(?P<y>(?:19|20)\\d\\d)年度?"
    "(?=[^。，；]{0,30}(?:会议|大会|会$|会[，。]))"
)


def year_said(text: str) -> int | None:
    """The year a speech says it is given in (今年是…), with no date or year in its header."""
    folded = nows(fold(text))
    for m in _ANNIVERSARY.finditer(folded):
        if m.lastgroup and _ANNIVERSARY_NOW.match(folded, m.end()):
            return _year_of(m)
    if graduating := _GRADUATING.search(folded):
        return int(graduating.group("y"))
    if convened := _CONVENED_TODAY.search(folded[:400]):
        return int(convened.group("y"))
    for m in _THIS_YEAR.finditer(folded):
        sentence = m.group()
        if plan := _PLAN_YEAR.search(sentence):
            n = cn_to_int(plan.group("plan"))
            if n and n >= 6:
                start = 1981 + 5 * (n - 6)  # 六五 1981-1985, … 十四五 2021-2025
                return start if plan.group("first") else start + 4
        if congress := _CONGRESS_YEAR.search(sentence):
            n = cn_to_int(congress.group("n"))
            if n and n >= 12:
                return 1982 + 5 * (n - 12) + 1  # 十二大 1982, … 二十大 2022; the year after
        if _CLOSING_2020.search(sentence):
            return 2020
        if year := _anniversary_year(sentence):
            return year
    return None
