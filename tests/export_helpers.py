"""Shared helpers of the export tests: fetch a download, read it back, the speech's own text."""

from __future__ import annotations

import io
import re

import docx
from django.urls import reverse

from speeches.models import Section, Speech


def download(client, speech: Speech, fmt: str, **params):
    response = client.get(reverse("speeches:download", args=[speech.pk, fmt]), params)
    assert response.status_code == 200, response.content[:300]
    return response


def word(client, speech: Speech, **params) -> docx.document.Document:
    return docx.Document(io.BytesIO(download(client, speech, "docx", **params).content))


def heading_text(section: Section) -> str:
    number = "" if section.label_inline else section.number
    return f"{number}{section.heading}{section.heading_end}"


def expected_headings(speech: Speech) -> list[str]:
    return [heading_text(s) for s in speech.sections.order_by("position") if s.heading]


def expected_text(speech: Speech) -> str:
    """Every character of the speech as the reading page has it, in order."""
    parts = [speech.title, speech.subtitle, speech.salutation]
    for section in speech.sections.order_by("position"):
        if section.heading:
            parts.append(heading_text(section))
        parts.append(section.body)
    return "".join(parts)


def no_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


def word_headings(document) -> list[str]:
    """Headings in order: Heading N paragraphs, and run-in headings opening a body paragraph."""
    found = []
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            found.append(paragraph.text)
        elif paragraph.runs and (paragraph.runs[0].style.name or "").startswith("段内标题"):
            found.append(
                "".join(r.text for r in paragraph.runs if r.style.name.startswith("段内标题"))
            )
    return found


def make_layered_speech(**fields) -> Speech:
    """Four heading ranks (一、 （一） 1. 一是), run-in headings, a quotation, placeholders."""
    from .factories import make_placeholder, make_quote, make_section, make_speech

    speech = make_speech(
        "在全市XX工作推进会上的讲话",
        subtitle="——在全市XX工作推进会上",
        meeting="全市XX工作推进会",
        organisation="市委",
        level="市",
        speaker_role="市委书记",
        speaker_name="张某某",
        source_name="推进会讲话.txt",
        salutation="同志们：",
        **fields,
    )
    rows = [
        (
            "opening",
            1,
            "",
            "",
            "",
            "今天召开全市XX工作推进会，主要任务是总结工作、部署任务。",
            None,
        ),
        (
            "s1",
            1,
            "一、",
            "提高政治站位",
            "",
            "习近平总书记强调：“要坚持以人民为中心。”我们要立足XX实际。",
            None,
        ),
        (
            "s1-1",
            2,
            "（一）",
            "加强组织领导",
            "。",
            "各级党委要把这项工作摆上重要议程。\n主要负责同志要亲自抓。",
            "s1",
        ),
        ("s1-1-1", 3, "1.", "明确责任分工", "：", "由×××同志牵头。", "s1-1"),
        ("s1-2", 2, "一是", "抓好督促落实", "。", "要定期调度。", "s1"),
        ("s2", 1, "二、", "强化保障措施", "", "要保障经费。（鼓掌）", None),
        ("closing", 1, "", "", "", "同志们，让我们共同努力！\n谢谢大家。", None),
    ]
    sections = {}
    for position, (anchor, level, number, heading, end, body, parent) in enumerate(rows, 1):
        kind = anchor if anchor in ("opening", "closing") else "body"
        sections[anchor] = make_section(
            speech,
            position=position,
            anchor=anchor,
            level=level,
            kind=kind,
            number=number,
            heading=heading,
            heading_end=end,
            body=body,
            parent=sections.get(parent),
        )
    s1 = sections["s1"]
    quote = "要坚持以人民为中心。"
    make_quote(s1, text=quote, position=s1.text.index(quote), speaker="习近平总书记", verb="强调")
    make_placeholder(s1, text="XX", position=s1.text.index("XX"))
    s111 = sections["s1-1-1"]
    make_placeholder(s111, text="×××", position=s111.text.index("×××"))
    return speech
