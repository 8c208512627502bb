"""Small factory helpers for tests: build speeches without going through the parser."""

from __future__ import annotations

import hashlib
import itertools

from django.contrib.auth.models import User

from speeches.models import Placeholder, Quote, Section, Speech

_counter = itertools.count(1)


def make_user(username: str = "staff", **extra) -> User:
    return User.objects.create_user(username=username, password="pw-for-tests-only", **extra)


def make_speech(
    title: str | None = None, *, sections: int = 0, quotes_per_section: int = 0, **fields
) -> Speech:
    """A speech with `sections` top-level sections, each with `quotes_per_section` quotations."""
    n = next(_counter)
    title = title or f"在全县第{n}次工作会议上的讲话"
    defaults = {
        "meeting": f"全县第{n}次工作会议",
        "organisation": "县委",
        "level": "县",
        "year": 2020,
        "genre": "讲话",
        "salutation": "同志们：",
        "source_name": f"speech-{n}.txt",
        "source_sha256": hashlib.sha256(f"{title}-{n}".encode()).hexdigest(),
        "source_encoding": "utf-8",
        "raw_text": title,
        "char_count": 1000 + n,
    }
    defaults.update(fields)
    speech = Speech.objects.create(title=title, **defaults)
    for i in range(1, sections + 1):
        section = make_section(speech, position=i, number=f"{i}、", heading=f"第{i}部分标题")
        for j in range(quotes_per_section):
            make_quote(section, text=f"引文内容{i}-{j}", position=j)
    return speech


def make_section(speech: Speech, *, position: int, **fields) -> Section:
    defaults = {
        "level": 1,
        "kind": Section.Kind.BODY,
        "anchor": f"s{position}",
        "body": "要坚持和加强党的领导，立足XX实际。",
    }
    defaults.update(fields)
    return Section.objects.create(speech=speech, position=position, **defaults)


def make_quote(section: Section, *, text: str, **fields) -> Quote:
    defaults = {
        "kind": Quote.Kind.QUOTATION,
        "speaker": "习近平总书记",
        "verb": "指出",
        "position": 0,
    }
    defaults.update(fields)
    return Quote.objects.create(speech=section.speech, section=section, text=text, **defaults)


def make_placeholder(section: Section, *, text: str = "XX", position: int = 0) -> Placeholder:
    return Placeholder.objects.create(
        speech=section.speech, section=section, text=text, position=position
    )
