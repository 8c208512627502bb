"""Reads of the reuse index: a speech's reused passages, and the archive's most reused ones."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Max, Min, QuerySet

from ..models import Section, Speech
from ..prepared import instance
from ..search.db import connection
from .models import ReuseMatch


@dataclass
class SectionReuse:
    """The passages of other speeches similar to one section, most shared first."""

    matches: list[ReuseMatch] = field(default_factory=list)

    @property
    def speech_count(self) -> int:
        return len({m.other_speech_id for m in self.matches})


def reuse_by_section(speech: Speech) -> dict[int, SectionReuse]:
    """{section id: its similar passages} for one speech, most shared first: one statement
    (passages with the other passage's anchor and heading and its speech's title, year and
    level; no text), written by hand: the ORM's build of its joins cost more than the answer."""
    found: dict[int, SectionReuse] = defaultdict(SectionReuse)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT m.id, m.section_id, m.speech_id, m.other_id, m.other_speech_id, m.share, "
            "o.anchor, o.position, o.number, o.heading, s.title, s.year, s.level "
            f"FROM {ReuseMatch._meta.db_table} m "
            f"JOIN {Section._meta.db_table} o ON o.id = m.other_id "
            f"JOIN {Speech._meta.db_table} s ON s.id = m.other_speech_id "
            "WHERE m.speech_id = %s ORDER BY m.section_id, m.share DESC, s.year DESC, m.other_id",
            [speech.pk],
        )
        rows = cursor.fetchall()
    alias = connection.alias
    for pk, section_id, speech_id, other_id, other_speech_id, share, *other in rows:
        anchor, position, number, heading, title, year, level = other
        match = instance(
            ReuseMatch,
            alias,
            id=pk,
            section_id=section_id,
            speech_id=speech_id,
            other_id=other_id,
            other_speech_id=other_speech_id,
            share=share,
        )
        match.other = instance(
            Section,
            alias,
            id=other_id,
            anchor=anchor,
            position=position,
            number=number,
            heading=heading,
        )
        match.other_speech = instance(
            Speech, alias, id=other_speech_id, title=title, year=year, level=level
        )
        found[section_id].matches.append(match)
    return dict(found)


def most_reused(speeches: QuerySet[Speech] | None = None) -> QuerySet:
    """Passages ranked by the number of other speeches sharing them, each reuse counted once:
    a passage is listed only where it first appeared (no similar passage has a lower id).
    `speeches`: both sides restricted to these (the browse filters). Rows are dicts with
    `section_id`, `speeches` (other speeches), `best` (highest share)."""
    rows = ReuseMatch.objects.all()
    if speeches is not None:
        ids = speeches.order_by().values("pk")
        rows = rows.filter(speech__in=ids, other_speech__in=ids)
    return (
        rows.values("section_id")
        .annotate(
            speeches=Count("other_speech", distinct=True),
            best=Max("share"),
            first=Min("other_id"),
        )
        .filter(first__gt=F("section_id"))
        .order_by("-speeches", "section_id")
    )


def with_sections(rows: list[dict]) -> list[dict]:
    """The page's rows with their section and speech (one query)."""
    sections = Section.objects.select_related("speech").only(
        "anchor",
        "number",
        "heading",
        "body",
        "position",
        "speech__title",
        "speech__year",
        "speech__level",
        "speech__organisation",
    )
    by_id = sections.in_bulk([row["section_id"] for row in rows])
    return [
        {**row, "section": by_id[row["section_id"]]} for row in rows if row["section_id"] in by_id
    ]
