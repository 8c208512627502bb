"""What the parser returns: plain dataclasses, the NotASpeech error, and the warning texts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class ParsedQuote:
    position: int  # offset of `text` in ParsedSection.text
    text: str  # between the marks
    kind: str  # "quotation" | "slogan" | "document"
    speaker: str = ""  # e.g. 习近平总书记; blank when unattributed
    source: str = ""  # e.g. 党的十九大报告
    verb: str = ""  # 指出 / 强调 / …


@dataclass
class ParsedPlaceholder:
    position: int  # offset in ParsedSection.text
    text: str  # XX, ×××, 20XX年 …


@dataclass
class ParsedStageDirection:
    position: int  # offset in ParsedSection.text
    text: str  # as written, with its brackets: （鼓掌）


@dataclass
class ParsedSection:
    level: int  # 1 = top level
    kind: str  # "opening" | "body" | "closing"
    number: str = ""  # label as written: 一、 （一） 一是
    heading: str = ""  # without the label
    body: str = ""  # paragraphs separated by "\n"
    anchor: str = ""  # stable id used in URLs: s1, s2-1, opening, closing
    parent: int | None = None  # index of the parent in ParsedSpeech.sections
    quotes: list[ParsedQuote] = field(default_factory=list)
    placeholders: list[ParsedPlaceholder] = field(default_factory=list)
    # The punctuation that ended an inline heading (一是加强领导。…): kept out of `heading` so
    # headings read cleanly, kept here so that no character of the source is lost.
    heading_end: str = ""
    # True when `number` is not written before the heading but inside it (主持词: 下面进行第一项
    # 议程，…): the number is a label only and is not part of the text.
    label_inline: bool = False
    stage_directions: list[ParsedStageDirection] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.heading, self.body) if part)


@dataclass
class ParsedSpeech:
    title: str = ""
    subtitle: str = ""
    meeting: str = ""
    organisation: str = ""
    level: str = "未知"
    year: int | None = None
    date: dt.date | None = None
    speaker_name: str = ""
    speaker_role: str = ""
    genre: str = "讲话"
    salutation: str = ""
    sections: list[ParsedSection] = field(default_factory=list)  # document order
    warnings: list[dict[str, str]] = field(default_factory=list)  # {"code": …, "message": …}
    char_count: int = 0  # 字数 of the speech proper (title to end, no whitespace, no junk)
    text: str = ""  # this speech's own span of the document (junk removed), for hashing
    # Lines between the title and the salutation as written (——subtitle, speaker, date, 根据录音
    # 整理): the metadata above is parsed from them; kept so that no text is lost.
    front_matter: list[str] = field(default_factory=list)
    session: str = ""  # 第一次 / 十四届五次 as written in the meeting name


class NotASpeech(ValueError):
    """The document is not a speech (e.g. a news report); the message says why."""


# Warning codes and the message an editor reads (Simplified Chinese). A guess the parser is not
# sure of adds a warning, so the admin's 待复核 filter lists what an editor should check.
WARNING_TEXT = {
    "truncated": "原文不完整（有删节或付费截断），截断处两侧文字已保留",
    "point_count_mismatch": "开头预告的要点数与实际数目不一致",
    "unbalanced_quote": "引号不配对，已在段末闭合",
    "no_title": "未找到标题",
    "low_confidence_title": "标题是推测的，请核对",
    "low_confidence_genre": "无法从标题判断文种",
    "low_confidence_level": "层级是推测的，请核对",
    "low_confidence_speaker": "讲话人是推测的，请核对",
    "rewrapped": "原文疑似按固定宽度折行，已合并折行",
    "low_confidence_headings": "小标题过长，可能混入了正文，请核对",
    "not_a_speech": "不像讲话稿，按原文整体保存",
}


def warn(speech: ParsedSpeech, code: str, detail: str = "") -> None:
    """Add a warning once per code."""
    if any(w["code"] == code for w in speech.warnings):
        return
    message = WARNING_TEXT.get(code, code) + (f"：{detail}" if detail else "")
    speech.warnings.append({"code": code, "message": message})
