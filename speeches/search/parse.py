"""What staff typed, parsed: terms, excluded terms, the scope and notices for the page.

    parse_query('统战 "两个 维护" -工作')  →  terms 统战, 两个 维护; excluded 工作

Terms are folded exactly like the indexed text (fold.py); each is split into the runs the index
knows (tokens.py). Nothing here touches the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .fold import fold
from .tokens import runs

MAX_QUERY_LENGTH = 200  # characters kept from the box; the rest is dropped with a notice
MAX_TERMS = 8
OPERATOR_CHARS = set("&|!()<>*:^~+=\\/'\"-")
SPEECH = "speech"  # terms anywhere in the speech; -词 excludes the speech
SECTION = "section"  # 同段: every term in one passage; -词 excludes the passage
SCOPES = (SPEECH, SECTION)

_TOKEN_RE = re.compile(
    r'(?P<neg>-)?(?:"(?P<q1>[^"]*)"?|“(?P<q2>[^”]*)”?|「(?P<q3>[^」]*)」?|(?P<word>\S+))'
)


@dataclass(frozen=True)
class Term:
    folded: str
    runs: tuple[str, ...]

    @property
    def index_is_exact(self) -> bool:
        """A single run: its bigram phrase at consecutive positions of one run *is* the
        substring, so the index's answer needs no check of the text."""
        return len(self.runs) == 1 and self.runs[0] == self.folded


@dataclass
class ParsedQuery:
    raw: str
    terms: list[Term] = field(default_factory=list)
    excludes: list[Term] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    scope: str = SPEECH

    @property
    def needles(self) -> list[str]:
        return [t.folded for t in self.terms]

    @property
    def exclude_needles(self) -> list[str]:
        return [t.folded for t in self.excludes]

    @property
    def is_searchable(self) -> bool:
        return bool(self.terms)

    @property
    def index_is_exact(self) -> bool:
        """True when the index alone decides which passages match: every term is a single run
        and nothing is excluded."""
        return not self.excludes and all(t.index_is_exact for t in self.terms)

    def only(self, term: Term) -> ParsedQuery:
        """The query for one term alone (what the speech-scope planner asks the index)."""
        return replace(self, terms=[term], excludes=[], notices=[])


def parse_query(raw: str | None, scope: str | None = SPEECH) -> ParsedQuery:
    """Parse the search box. `scope`: SPEECH (default; anything unknown) or SECTION (同段)."""
    raw = (raw or "").strip()
    parsed = ParsedQuery(raw=raw, scope=scope if scope in SCOPES else SPEECH)
    if len(raw) > MAX_QUERY_LENGTH:
        parsed.notices.append(f"搜索词过长，只使用了前 {MAX_QUERY_LENGTH} 个字符。")
        raw = raw[:MAX_QUERY_LENGTH]
    # Width fold first, so ＂…＂, －词 and the ideographic space behave like their ASCII forms.
    text = fold(raw)
    seen: set[tuple[bool, str]] = set()
    ignored = False
    for match in _TOKEN_RE.finditer(text):
        negative = bool(match.group("neg"))
        phrase = match.group("q1") or match.group("q2") or match.group("q3")
        word = match.group("word")
        value = (phrase if phrase is not None else word or "").strip()
        if negative and not value:
            continue
        if not value or (phrase is None and set(value) <= OPERATOR_CHARS):
            ignored = ignored or bool(value)
            continue
        term_runs = tuple(run for _, run in runs(value))
        if not term_runs:
            ignored = True
            continue
        key = (negative, value)
        if key in seen:
            continue
        seen.add(key)
        (parsed.excludes if negative else parsed.terms).append(Term(value, term_runs))
    if ignored:
        parsed.notices.append("只含标点或运算符号的部分已忽略。")
    if len(parsed.terms) > MAX_TERMS:
        parsed.notices.append(f"最多使用 {MAX_TERMS} 个词。")
        parsed.terms = parsed.terms[:MAX_TERMS]
    return parsed
