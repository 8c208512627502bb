"""Near-duplicates: the same speech copied from another site, with the same title and nearly the
same text, found at import so that it does not silently become a second speech.

An exact copy (the same normalised text, in any encoding) is already `unchanged` by its content
key. A copy with another site's header and junk lines, or a few characters changed, has another
key: the importer stores it, points `Speech.duplicate_of` at the earlier speech and adds a
`possible_duplicate` warning, which puts it on the admin's 待复核 list.

Cost at 50,000 speeches: candidates come from one index lookup (title_key, char_count); only
those are compared, and most of them are ruled out by cheap upper bounds before the exact ratio.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Protocol

from .models import Section, Speech, title_key
from .search.fold import fold

if TYPE_CHECKING:
    from .parsing import ParsedSpeech

CODE = "possible_duplicate"
THRESHOLD = 90  # percent of the text in common
# ratio = 2·matches / (len(a) + len(b)) ≥ T needs min(len) / max(len) ≥ T / (2 − T): the
# candidates' char_count is filtered by that bound (not more tightly, so that no pair that can
# reach the threshold is missed), widened by a margin for the front matter (date or speaker lines)
# that char_count counts and the compared text leaves out.
_T = THRESHOLD / 100
LENGTH_RATIO = _T / (2 - _T)  # 0.818…
LENGTH_MARGIN = 50


class SectionText(Protocol):
    number: str
    heading: str
    heading_end: str
    body: str
    label_inline: bool


@dataclass(frozen=True)
class Match:
    speech: Speech
    percent: int  # rounded down: a 89.9% pair is never shown as 90%

    def warning(self) -> dict:
        message = (
            f"疑似与《{self.speech.title}》（#{self.speech.pk}）重复："
            f"标题相同，正文相似度 {self.percent}%"
        )
        return {
            "code": CODE,
            "message": message,
            "speech": self.speech.pk,
            "similarity": self.percent,
        }


def comparable_text(salutation: str, sections: Iterable[SectionText]) -> str:
    """What is compared: the salutation and every section's number, heading and body in document
    order, without whitespace, folded (a traditional-script copy compares with the simplified
    one). Section boundaries play no part, so a copy the parser split differently still matches;
    the title (equal by construction) and the front matter are left out."""
    parts = [salutation]
    for s in sections:
        parts += ("" if s.label_inline else s.number, s.heading, s.heading_end, s.body)
    return fold("".join("".join(parts).split()))


def similarity_percent(matcher: SequenceMatcher) -> int | None:
    """The matcher's ratio as a whole percent, or None when it is below THRESHOLD.

    difflib's ratio (2·M/T, M the characters of the matching blocks in order) measures what share
    of the two texts is the same text in the same order, which is what "≥ 90% of the text" means;
    a character-shingle Jaccard would be faster on very long texts but is not that share (each
    changed character removes k shingles), so its threshold would mean something else. The two
    upper bounds (lengths, then character multisets) rule out most candidates in linear time
    before the exact, roughly quadratic, comparison. autojunk is off: it treats every character
    above 1% frequency (的，。) as junk, which suits lines of code, not Chinese prose, and makes
    the ratio come out low."""
    if matcher.real_quick_ratio() < _T or matcher.quick_ratio() < _T:
        return None
    matches = sum(block.size for block in matcher.get_matching_blocks())
    total = len(matcher.a) + len(matcher.b)
    if not total or 200 * matches < THRESHOLD * total:  # integers: 90% exactly counts
        return None
    return 200 * matches // total


def find_duplicate(item: ParsedSpeech, *, exclude: int | None = None) -> Match | None:
    """The earliest stored speech with the same title (title_key) and ≥ THRESHOLD% of the text
    of the parsed speech `item`, or None. `exclude` is the speech being updated: neither it nor
    the speeches already marked as its duplicates are candidates."""
    key = title_key(item.title)
    text = comparable_text(item.salutation, item.sections)
    if not item.title.strip() or not text:
        return None
    low = math.floor(item.char_count * LENGTH_RATIO) - LENGTH_MARGIN
    high = math.ceil(item.char_count / LENGTH_RATIO) + LENGTH_MARGIN
    candidates = Speech.objects.filter(title_key=key, char_count__range=(low, high))
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude).exclude(duplicate_of=exclude)
    candidates = list(candidates.order_by("pk").only("pk", "title", "salutation"))
    if not candidates:
        return None
    sections: dict[int, list[Section]] = {c.pk: [] for c in candidates}
    for section in (
        Section.objects.filter(speech__in=candidates)
        .order_by("speech_id", "position")
        .only("speech", "number", "heading", "heading_end", "body", "label_inline")
    ):
        sections[section.speech_id].append(section)
    # The new text is the matcher's second sequence: difflib indexes it once for all candidates.
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(text)
    for candidate in candidates:
        matcher.set_seq1(comparable_text(candidate.salutation, sections[candidate.pk]))
        percent = similarity_percent(matcher)
        if percent is not None:
            return Match(candidate, percent)
    return None


def warnings_for(match: Match | None) -> list[dict]:
    return [match.warning()] if match else []


def kept_warnings(speech: Speech) -> list[dict]:
    """A re-parse replaces the parser's warnings; the import's possible_duplicate finding stays
    as long as the speech still points at the other one."""
    if speech.duplicate_of_id is None:
        return []
    return [w for w in speech.warnings if isinstance(w, dict) and w.get("code") == CODE]


def finding(speech: Speech) -> dict | None:
    """The speech's possible_duplicate warning, if any."""
    return next(iter(kept_warnings(speech)), None)
