"""Stage 3c, reports: what the page says about the speech outside it. An editor's note, a news
lead or a closing note names who spoke, when and at which meeting, where the header may not:

    【编者按】2024年3月26日，全区…培训班开班式举行，区委书记郑恒毅出席开班式并讲话。
    日前，城西街道召开…动员会，街道党工委书记梁振宇出席会议并讲话。
    （本文系县委书记邵培元2024年6月28日在全县…表彰大会上的讲话，有删节）

`read_report` finds such a sentence among the lines it is given (one naming the post and the
name first); `fill_from_report` fills what the header left empty (the header's own lines are
surer), and takes a breadcrumb's leader column or a disclosure record's year where nothing else
says them. Strings in, fields out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .dates import DATE, date_from
from .metadata import level_of
from .records import ParsedSpeech, warn
from .speakers import bare_name, is_role, parse_speaker
from .text import fold, nows

_DAY = DATE.pattern
_SPOKE = "(?:作|发表)?(?:了)?(?:重要|动员|总结)?(?:讲话|致辞|发言|报告|党课)"
_SPOKEN = re.compile("讲话|講話|致辞|致辭|致词|致詞|发言|發言|报告|報告|党课|黨課")
# (本文系)县委书记邵培元(同志)(2024年6月28日)在全县…大会上的讲话
_AT_MEETING = re.compile(
    "(?:本文(?:系|为|是|根据)|这是|^[（(【〔]?|[，,。：:】)）〕])"
    "(?!本文|这是)(?P<who>[^，,。；：:在（()）【】〔〕“”]{2,24}?)(?:同志)?"
    f"(?P<day>{_DAY})?在(?P<meeting>[^，,。；]{{4,60}}?)(?:上|时)(?:的|所作的|作的|发表的)?{_SPOKE}"
)
# …召开/举行，区委书记郑恒毅出席(会议)并讲话
_ATTENDED = re.compile(
    "(?:^|[，,。：:】）)])(?P<who>[^，,。；：:（()）【】“”]{2,24}?)(?:同志)?"
    f"(?:出席|参加)[^，,。；]{{0,16}}?并{_SPOKE}"
)
# the meeting of a lead: 2024年3月26日，全区…开班式举行， / 城西街道召开…动员会，
_MEETING_END = "(?:会|会议|式|典礼|仪式|论坛|班|活动)"
_HELD = re.compile(
    "(?:^|[，,。：:】）)]|编者按|导语)"
    f"(?!编者按|导语)(?P<meeting>[^，,。；：:【】]{{4,60}}?{_MEETING_END})"
    "(?:\\d{1,2}日|[上下]午|今天|昨天|日前|近日)*(?:在[^，,。；]{1,12})?(?:隆重)?(?:举行|召开|开幕|开班)[，,]"
    f"|(?:召开|举行|举办)了?(?P<named>[^，,。；]{{4,60}}?{_MEETING_END})[，,]"
)
# Who asks for a speech is not who gave one: 求一篇村支书在七一表彰会上的讲话稿
_ASKING = re.compile("求|一篇|一份|急用|帮忙|谁有")


@dataclass
class Report:
    role: str = ""
    name: str = ""
    date: dt.date | None = None
    meeting: str = ""


def _with_wrapped(lines: Sequence[str]) -> list[str]:
    """Each line, preceded by it joined to the line before when that one (a wrapped line, long)
    ends mid-sentence."""
    out: list[str] = []
    for before, line in pairwise(["", *lines]):
        if len(before.strip()) >= 16 and before.rstrip()[-1] not in "。！？":
            out.append(before.rstrip() + line.strip())
        out.append(line)
    return out


def read_report(lines: Sequence[str]) -> Report | None:
    """The sentence among `lines` that reports the speech: who gave it, when, where (a note a
    copy wrapped over two lines is read joined). One that names the post and the name wins over
    one that names either (a title 某某在…上的讲话 above a caption 市委书记某某在…上讲话)."""
    found: Report | None = None
    for line in _with_wrapped(lines):
        if not _SPOKEN.search(line):
            continue  # (no 讲话, 致辞… in it: no report of a speech)
        text = nows(line)
        f = fold(text)
        for m in (*_AT_MEETING.finditer(f), *_ATTENDED.finditer(f)):
            report = _report(text, f, m)
            if report and report.role and report.name:
                return report
            found = found or report
    return found


def _report(text: str, f: str, m: re.Match[str]) -> Report | None:
    who = text[m.start("who") : m.end("who")]
    if _ASKING.search(fold(who)):
        return None
    role, name = parse_speaker(who)
    name = name or bare_name(who)  # 这是杜守谦同志在…上的讲话
    if not name and not is_role(who):
        return None
    report = Report(role=role or (who if not name else ""), name=name)
    if "meeting" in m.groupdict():
        report.meeting = text[m.start("meeting") : m.end("meeting")]
    else:
        held = _HELD.search(f, 0, m.start("who") + 1)
        if held:
            group = "meeting" if held.group("meeting") else "named"
            report.meeting = text[held.start(group) : held.end(group)]
    report.meeting = DATE.sub("", report.meeting).lstrip("，,")
    report.date = date_from([f])[0]
    return report


# A disclosure page's record of the document: 成文日期：2024-03-08 (when it was written down)
_WRITTEN = re.compile(r"成文日期[:：]\s*(?P<y>(?:19|20)\d{2})[-年./]")


# A leader's own column in a portal's breadcrumb: 首页 > 领导之窗 > 副市长　龚振川 > 重要讲话
_LEADER_PAGE = re.compile(
    "(?:领导之窗|领导信息|领导风采|领导简介|领导分工)\\s*[>＞›»/]\\s*(?P<who>[^>＞›»/]{3,24}?)\\s*(?:[>＞›»/]|$)"
)


def _leader_page(lines: Sequence[str]) -> tuple[str, str]:
    for line in lines:
        m = _LEADER_PAGE.search(fold(line)) if "领导" in line or "領導" in line else None
        if m:
            return parse_speaker(line[m.start("who") : m.end("who")])
    return "", ""


def fill_from_report(speech: ParsedSpeech, lines: Sequence[str]) -> None:
    """What a report around the speech says, where the header said nothing; the year a
    disclosure page's record gives, where nothing else did."""
    if speech.year is None:
        written = next(
            (m for line in lines if "成文日期" in line and (m := _WRITTEN.search(nows(line)))), None
        )
        speech.year = int(written["y"]) if written else None
    report = read_report(lines)
    if report is None:
        role, name = _leader_page(lines)
        report = Report(role=role, name=name) if name else None
    if report is None:
        return
    if not speech.speaker_name and not speech.speaker_role:
        speech.speaker_role, speech.speaker_name = report.role, report.name
        warn(speech, "low_confidence_speaker", f"{report.role}{report.name}")
    elif not speech.speaker_role and report.name and report.name == speech.speaker_name:
        speech.speaker_role = report.role  # ◎邵培元 above, 本文系县委书记邵培元… below
    if speech.date is None and report.date:
        speech.date = report.date
        speech.year = speech.year or report.date.year
    if not speech.meeting and report.meeting:
        speech.meeting = report.meeting
        level, sure = level_of(report.meeting, "", "")
        guessed = any(w["code"] == "low_confidence_level" for w in speech.warnings)
        if level != "未知" and (speech.level == "未知" or guessed):
            speech.level = level  # the meeting's own word, surer than the title's
            if sure:
                speech.warnings = [
                    w for w in speech.warnings if w["code"] != "low_confidence_level"
                ]
