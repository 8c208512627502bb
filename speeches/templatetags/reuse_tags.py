"""The detail page's reuse panels: its reused passages and related speeches (a query or two
each, whatever the number of sections)."""

from django import template

from ..reuse.passages import SectionReuse, reuse_by_section
from ..reuse.related import Related, related_speeches

register = template.Library()


@register.simple_tag
def speech_reuse(speech) -> dict[int, SectionReuse]:
    return reuse_by_section(speech)


@register.filter
def reuse_of(reuse: dict[int, SectionReuse], section) -> SectionReuse | None:
    return reuse.get(section.pk)


@register.simple_tag
def speech_related(speech) -> list[Related]:
    return related_speeches(speech)
