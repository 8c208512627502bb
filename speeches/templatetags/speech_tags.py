"""Formatting for the speech pages: dates, counts, headings, marked-up section text."""

from html import escape  # as django.utils.html.escape, without its lazy-string wrapper (hot)
from typing import Any, NamedTuple

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString

from .. import duplicates
from ..parsing.metadata import parse_speaker

register = template.Library()


@register.filter
def speech_date(speech) -> str:
    """2020年3月5日, or 2020年 when only the year is known, or 年份不详."""
    if speech.date:
        return f"{speech.date.year}年{speech.date.month}月{speech.date.day}日"
    if speech.year:
        return f"{speech.year}年"
    return "年份不详"


@register.filter
def zishu(count) -> str:
    """A 字数 as 12,345字."""
    return f"{count or 0:,}字"


@register.filter
def speech_row(speech) -> SafeString:
    """One speech of the browse list (title, meeting, level, genre, date, length, counts).
    Written here rather than in an included template: twenty of those were most of a list
    page's rendering."""
    meeting = (
        f'\n  <p class="result__meeting">{escape(speech.meeting)}</p>' if speech.meeting else ""
    )
    when = f' datetime="{speech.date.isoformat()}"' if speech.date else ""
    review = '\n    <li><span class="badge">待复核</span></li>' if speech.needs_review else ""
    return SafeString(  # built from escaped parts
        f'<li class="result">\n'
        f'  <h2 class="result__title"><a href="{speech.get_absolute_url()}">'
        f"{escape(speech.title)}</a></h2>{meeting}\n"
        f'  <ul class="result__meta" aria-label="概况">\n'
        f"    <li>{escape(level_label(speech.level))}</li>\n"
        f"    <li>{escape(speech.genre)}</li>\n"
        f"    <li><time{when}>{speech_date(speech)}</time></li>\n"
        f"    <li>{zishu(speech.char_count)}</li>\n"
        f"    <li>{speech.section_count}节</li>\n"
        f"    <li>{speech.quotation_count}处引语</li>{review}\n"
        f"  </ul>\n"
        f"</li>"
    )


@register.filter
def citation(speech) -> str:
    """The line appended to copied text: ——《title》，meeting，date."""
    parts = [f"《{speech.title}》"]
    if speech.meeting:
        parts.append(speech.meeting)
    if speech.date or speech.year:
        parts.append(speech_date(speech))
    return "——" + "，".join(parts)


@register.filter
def with_count(label, count) -> str:
    return f"{label}（{count}）"


@register.filter
def elided_pages(page):
    """Page numbers around the current page, with … for the gaps."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


LEVEL_LABELS = {"全国": "全国", "单位": "单位", "未知": "层级未知"}


@register.filter
def level_label(level) -> str:
    """县 → 县级; 全国 and 单位 stay as they are."""
    return LEVEL_LABELS.get(level, f"{level}级")


@register.filter
def warning_text(warning) -> str:
    """A parser warning is {"code": …, "message": …}; older ones may be plain strings."""
    if isinstance(warning, dict):
        return warning.get("message") or warning.get("code") or ""
    return str(warning)


@register.filter
def duplicate_similarity(speech) -> int | None:
    """The N of 相似度 N% in the speech's possible_duplicate warning; None without one."""
    found = duplicates.finding(speech)
    return found.get("similarity") if found else None


class Speaker(NamedTuple):
    role: str
    name: str


@register.filter
def speaker_parts(speech: Any) -> Speaker:
    """The speaker's role and name apart. Both are stored apart by the importer; a name that an
    editor typed with its role (县委书记王建国) is split at display time."""
    role, name = (speech.speaker_role or "").strip(), (speech.speaker_name or "").strip()
    if name and not role:
        split_role, split_name = parse_speaker(name)
        if split_role and split_name:
            return Speaker(split_role, split_name)
    return Speaker(role, name)


@register.filter
def snippet_label(snippet: Any) -> SafeString:
    """A search snippet's label: its section's number and heading, the terms in it marked (the
    stylesheet shortens a long one); 标题 for the title; 正文 for a section with neither."""
    if not snippet.anchor:
        return SafeString("标题")
    if not (snippet.number or snippet.heading):
        return SafeString("正文")
    return format_html("{}{}", snippet.number, snippet.heading_html)


@register.filter
def search_hit(hit: Any) -> SafeString:
    """One speech of the search results: its title and facts, then its snippets, each linked
    to its passage (built here for the same reason as speech_row)."""
    url = escape(hit.url)
    facts = [escape(hit.meeting)] if hit.meeting else []
    facts += [speech_date(hit), escape(level_label(hit.level))]
    facts += [escape(hit.genre)] if hit.genre else []
    facts.append(f"本篇 {hit.passage_count} 段")
    meta = "".join(f"\n    <li>{fact}</li>" for fact in facts)
    snippets = ""
    if hit.snippets:
        items = "".join(
            f'\n    <li class="snippet"><a class="snippet__label" href="{url}'
            f'{"#" + escape(snippet.anchor) if snippet.anchor else ""}">'
            f"{snippet_label(snippet)}</a>{conditional_escape(snippet.html)}</li>"
            for snippet in hit.snippets
        )
        snippets = f'\n  <ul class="snippets">{items}\n  </ul>'
    return SafeString(  # built from escaped parts
        f'<li class="result search-hit">\n'
        f'  <h2 class="result__title"><a href="{url}">{conditional_escape(hit.title_html)}</a></h2>\n'
        f'  <ul class="search-hit__meta" aria-label="概况">{meta}\n  </ul>{snippets}\n'
        f"</li>"
    )
