"""Stage 3d, said: what the speech says of itself in its own words, where the header and the
page's report left a field empty — the meeting its opening convenes (今天，我们在这里召开…),
the scope it keeps naming (全县 … 我县 … 县委、县政府) as its level, and whom an unnamed speaker
speaks for (作为研究生代表发言). Each fills only an empty field, and what it guesses is flagged.
Strings in, fields out."""

from __future__ import annotations

import re
from collections import Counter

from .metadata import level_of
from .records import ParsedSpeech, warn
from .text import HAN, fold

_SCOPED = re.compile("(?:这次|本次|今天的?|召开|举行|举办)(?P<s>全[省市县区镇乡])")
# 今天，县委、县政府在这里召开全县三级干部大会暨经济工作会议: the meeting the opening names
_CONVENED = re.compile(
    "(?:召开|举行|举办)(?!了|过)的?(?:这次|今天的|本次|这个)?"
    # (a place, a school or a company, or a commemoration: 纪念一二·九运动主题大会)
    "(?P<m>(?:全|[^，。、；：“”\\s]{0,6}[省市县区镇乡]|[^，。、；：“”\\s]{2,12}(?:大学|学院|学校|中学|小学|公司|集团|医院)"
    "|纪念|庆祝)[^，。、；：“”\\s]{2,30}?"
    "(?:会议|大会|座谈会|推进会|动员会|现场会|调度会|部署会|务虚会|培训班|团拜会|开班典礼|开班式|开学典礼|毕业典礼|典礼|仪式))(?=[，。,；]|$)"
)

# 为2024届毕业生举行毕业典礼, 一同见证2024届毕业典礼: a school's ceremony, named bare
_CEREMONY_HELD = re.compile(
    "(?:举行|举办|见证)(?:了)?(?:隆重的|盛大的|这场|这次)?"
    "(?P<m>(?:(?:19|20)[\\dXx]{2}|[Xx×]{1,4})?届?(?:毕业典礼|开学典礼|学位授予仪式|开工仪式|奠基仪式|揭牌仪式))"
    "(?=[，。,；！]|$)"
)
_ATTENDED = re.compile("(?:参加|出席|参与)的")
# 今天的开工仪式, 今天这次表彰大会: the meeting the speech is given at, named by the day
_TODAYS = re.compile(
    "(?:今天的|今天这个|今天这次|今天这场)(?P<m>[^，。、；：“”\\s的]{2,20}?"
    "(?:仪式|典礼|大会|座谈会|表彰会|动员会|推进会|开幕式|庆典|年会))(?=[，。,；上是圆隆]|$)"
)


def meeting_said(speech: ParsedSpeech, opening: str) -> None:
    """With no meeting in the title, the one the opening says is convened today, and its level."""
    folded = fold(opening)
    if speech.meeting:
        # 招商引资表彰暨动员大会讲话, then 这次全区招商引资表彰暨动员大会…: the scope the title left out
        # (not 贯彻全省、全市信访工作会议精神: the meetings above it)
        at = folded.find(fold(speech.meeting), 2)
        scoped = _SCOPED.search(folded, max(0, at - 6), at) if at > 0 else None
        if scoped and scoped.end() == at and not fold(speech.meeting).startswith(("全", "各")):
            speech.meeting = opening[scoped.start("s") : scoped.end("s")] + speech.meeting
            _level_from_meeting(speech)
        return
    m = _CONVENED.search(folded) or _TODAYS.search(folded) or _CEREMONY_HELD.search(folded)
    if m:
        # 召开县乡村三级干部参加的XX县…动员大会: the meeting, not who attends it
        start = max([m.start("m"), *(a.end() for a in _ATTENDED.finditer(folded, 0, m.end("m")))])
        speech.meeting = opening[start : m.end("m")]
        _level_from_meeting(speech)


def _level_from_meeting(speech: ParsedSpeech) -> None:
    """The level the meeting the opening gave names, where nothing else gave one (flagged)."""
    if speech.level == "未知":
        speech.level = level_of(speech.meeting, "", "")[0]
        if speech.level != "未知":
            warn(speech, "low_confidence_level")


# 全县, 我县, 本市, 县委、县政府, 全校: whose speech it is, said in its own words.
_SCOPE = re.compile(
    "(?:全|我|本)(?P<own>省|市|州|县|旗|区|镇|乡|村|校|院|厂)(?!长|委书记|级|外|场|民|里|属)"
    "|(?P<seat>[省市县区镇乡])委[、，和]\\s*(?P=seat)(?:人民)?政府|我们(?:学校|学院|公司|医院)"
)
_SCOPE_LEVEL = {"省": "省", "市": "市", "州": "市", "县": "县", "旗": "县", "区": "区"}
_SCOPE_LEVEL |= {"镇": "乡镇", "乡": "乡镇", "村": "村"}  # (others: a school's, a unit's)
# An audience only a school or a company gathers (老师们 may be a county's teachers).
_UNIT_AUDIENCE = re.compile("同学|同事|家长|同仁|职工|员工|师生|会员|宗亲")
# The unit a speech keeps naming when it names no place: 公司 … 公司 … 学校 (not 医院: a
# health meeting keeps naming the hospitals it oversees)
_UNIT_NOUN = re.compile("公司|集团|学校|车间|工厂")


def level_said(speech: ParsedSpeech, text: str) -> None:
    """With no level from the title or the meeting, the scope the speech keeps naming (全县 …
    我县 … 县委、县政府): counted over its text, it must come at least twice and twice as often
    as any other (a county's speech quotes 全省 and 全市 meetings too)."""
    if speech.level != "未知":
        return
    counts: Counter[str] = Counter()
    folded = fold(text)
    for m in _SCOPE.finditer(folded):
        word = m.group("own") or m.group("seat") or "校"
        counts[_SCOPE_LEVEL.get(word, "单位")] += 1
    top = counts.most_common(2)
    level, n = top[0] if top else ("未知", 0)
    runner_up = top[1][1] if len(top) > 1 else 0
    if n >= 2 and n >= 2 * runner_up:
        speech.level = level
        warn(speech, "low_confidence_level")
    elif _UNIT_AUDIENCE.search(fold(speech.salutation)) or (
        sum(counts.values()) <= 1 and len(_UNIT_NOUN.findall(folded)) >= 3
    ):
        speech.level = "单位"  # 亲爱的同学们：a school's own event, whatever the title says
        warn(speech, "low_confidence_level")


# 很荣幸能够作为研究生代表发言: who the speaker speaks for, said in the opening
_AS_DELEGATE = re.compile(
    f"作为(?P<role>[{HAN}]{{1,10}}?代表)(?:之一)?[，,]?(?:在这里|在此|在大会上|在会上)?(?:作)?(?:发言|讲话|致辞|表态)"
)


def role_said(speech: ParsedSpeech, opening: str) -> None:
    """With no speaker from the header, the delegate the opening says the speaker is."""
    if speech.speaker_role or speech.speaker_name:
        return
    m = _AS_DELEGATE.search(fold(opening))
    if m:
        speech.speaker_role = opening[m.start("role") : m.end("role")]
        warn(speech, "low_confidence_speaker", speech.speaker_role)
