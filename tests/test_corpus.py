"""The corpus the parser must pass: real-shaped speech files with hand-written answers.

(The known gaps — each held-out page's failing checks with their reason — are the table in
tests/corpus_gaps.py.)

Each tests/fixtures/speeches/NAME.txt holds encoded bytes exactly as a file in the wild would
(UTF-8, UTF-8 with BOM, GB18030, UTF-16 LE with BOM and CRLF, Big5); NAME.json is the answer.
Both are built from the readable sources in tests/fixtures/speeches/src/ by
tests/fixtures/make_fixtures.py (edit the .src, re-run the script, commit all three).

Answer schema (NAME.json):

    {"encoding": "utf-8" | "utf-8-sig" | "gb18030" | "utf-16" | "big5",
     "rejected": null | "not_a_speech",        # not_a_speech: parse() must raise NotASpeech
     "speeches": [{                             # in file order (篇一, 篇二 …)
        "title", "subtitle", "meeting", "organisation",   # strings, "" when absent
        "level",                 # a speeches.models.Level value: 全国 省 市 县 区 乡镇 村 单位 未知
        "year",                  # int or null;  "date": "YYYY-MM-DD" or null
        "speaker_name", "speaker_role", "genre", "salutation",
        "headings": [[level, number, heading], …],   # every body section, in order
        "kinds": ["opening", "body", …, "closing"],  # optional: every section's kind, in order
        "quotes": [[kind, text, speaker], …],         # every quote of every section, in order
        "placeholders": ["XX", …],                    # every placeholder of every section, in order
        "warnings": ["truncated", …],                 # warning codes, order-insensitive
        "absent": [junk that must not appear in any parsed field],
        "present": [text that must survive in the section numbers/headings/bodies]}]}

Conventions the answers follow (the spec leaves them open; the parser should match them):
- Whitespace is presentation: every string is compared with all whitespace removed (PDF spaces
  inside words, U+3000 between the two halves of a slogan title, a title split over two lines).
- title is the main title line as written (a speaker prefix 县委书记XXX在… stays in it; traditional
  script stays traditional). subtitle is the ——line without its dashes, whichever order the two
  lines come in. salutation is the line without its trailing colon (a trailing ：/: is ignored).
- meeting is the name between 在 and 上的讲话/致辞/发言/…, or the title stem before 讲话 when there is
  no 在. organisation is the convening party or government body when the meeting name starts with
  one (县委统一战线工作领导小组, 市委, 中共XX县委, 市政府, 镇党委, 县委常委会); an area-wide
  conference (全县/全市/XX镇…) or a school's or company's own event has organisation "".
- level is taken from the first administrative word of the title (traditional 縣 → 县, 镇/乡 → 乡镇,
  学校 → 单位); year from the title, else from the speech's own date line; a site's 发布时间 is
  neither. genre is a speeches.models.Genre value (致辭 → 致辞, 表态发言 → 发言).
- number is the label as written with the punctuation that follows it: 一、 （一） 1. 1、 （1） 第一，
  首先， 其一， 一是 一要 第一部分 第一个方面; heading excludes the label. A heading that is the first
  sentence of a paragraph stops before its 。; one before a colon stops before the ：. When the label
  sits inside the sentence (下面进行第一项议程，请…) number is 第一项 and the heading keeps the whole
  sentence. Levels follow the order in which numbering styles first appear.
- quotes: kind "quotation" (attributed: 指出/强调/所说… before it, or a ——name line after it),
  "slogan" (unattributed “…”/"…"), "document" (《…》). Marks nested inside a quote (‘’ in “”, 『』 in
  「」) belong to the outer quote's text and are not quotes of their own. An unclosed mark closes at
  the end of its paragraph. speaker is as written (习近平总书记, 古人), "" when unattributed.
- placeholders are the matched text: XX xx ××× *** 20XX年 某某 ×同志; GDP, 5G, App are not.
- rejected documents: parse() raises NotASpeech; parse(text, allow_non_speech=True) returns the
  speeches with a not_a_speech warning (checked under the "warnings" check).

No database: these are pure parser tests.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from speeches import parsing as parser
from speeches.decoding import decode_bytes

from .corpus_gaps import KNOWN_GAPS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "speeches"

FIELDS = (
    "title",
    "subtitle",
    "meeting",
    "organisation",
    "level",
    "year",
    "date",
    "speaker_name",
    "speaker_role",
    "genre",
    "salutation",
    "headings",
    "kinds",
    "quotes",
    "placeholders",
    "warnings",
)

_ENCODING_FAMILY = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5",
    "big5hkscs": "big5",
    "cp950": "big5",
    "utf-16": "utf-16",
    "utf-16-le": "utf-16",
    "utf-16le": "utf-16",
}
# Lines a speech carries in its header that no structured field holds verbatim.
_DATE_LINE = re.compile(  # also 根据录音整理, a note on where the text came from
    r"[（(]?根据录音整理[）)]?|"
    r"[（(]\d{4}年\d{1,2}月\d{1,2}日(?:[，,][^）)]{1,12})?[）)]"
    r"|[（(]?[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日[）)]?"
)
# Punctuation a field may legitimately drop: the salutation's colon, the subtitle's dashes, the
# 。 or ： that ends a first-sentence heading.
_DROPPABLE = set("。：:—－-")
CONFIDENCE_PREFIXES = ("low_confidence_", "rewrapped")


def hard_warnings(codes) -> list[str]:
    """Warning codes compared with the answer: what the text is (truncated, unbalanced …), not
    how sure a guess was (low_confidence_*, rewrapped), which bench/parse_accuracy.py scores."""
    return sorted(c for c in codes if not c.startswith(CONFIDENCE_PREFIXES))


def fixture_names() -> list[str]:
    return sorted(p.name for p in FIXTURES.glob("*.txt"))


def nows(value: str) -> str:
    return re.sub(r"\s+", "", value or "")


def encoding_family(name: str) -> str:
    key = name.lower().replace("_", "-")
    return _ENCODING_FAMILY.get(key, key)


@dataclass
class Outcome:
    name: str
    answer: dict
    encoding: str = ""
    text: str = ""
    speeches: list = field(default_factory=list)
    rejected: str | None = None
    error: str = ""  # an unexpected exception while decoding or parsing


@functools.cache
def run(name: str) -> Outcome:
    path = FIXTURES / name
    answer = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    outcome = Outcome(name=name, answer=answer)
    try:
        decoded = decode_bytes(path.read_bytes())
        outcome.encoding, outcome.text = decoded.encoding, decoded.text
        outcome.speeches = parser.parse(decoded.text)
    except parser.NotASpeech:
        outcome.rejected = "not_a_speech"
    except Exception as exc:  # the corpus reports a crash as a failure, not an error
        outcome.error = f"{type(exc).__name__}: {exc}"
    return outcome


def body_sections(speech) -> list:
    return [s for s in speech.sections if s.kind not in ("opening", "closing")]


def actual_fields(speech) -> dict:
    """A parsed speech in the answer's shape, normalised the way answers are compared."""
    quotes = [q for s in speech.sections for q in sorted(s.quotes, key=lambda q: q.position)]
    placeholders = [
        p for s in speech.sections for p in sorted(s.placeholders, key=lambda p: p.position)
    ]
    return {
        "title": nows(speech.title),
        "subtitle": nows(speech.subtitle).lstrip("—－-"),
        "meeting": nows(speech.meeting),
        "organisation": nows(speech.organisation),
        "level": speech.level,
        "year": speech.year,
        "date": speech.date.isoformat() if speech.date else None,
        "speaker_name": nows(speech.speaker_name),
        "speaker_role": nows(speech.speaker_role),
        "genre": speech.genre,
        "salutation": nows(speech.salutation).rstrip("：:，,！!"),
        "headings": [[s.level, nows(s.number), nows(s.heading)] for s in body_sections(speech)],
        "kinds": [s.kind for s in speech.sections],
        "quotes": [[q.kind, nows(q.text), nows(q.speaker)] for q in quotes],
        "placeholders": [nows(p.text) for p in placeholders],
        "warnings": hard_warnings(w["code"] for w in speech.warnings),
    }


def expected_fields(answer: dict) -> dict:
    """An answer normalised exactly like actual_fields (answers are already close to this)."""
    result = {}
    for key in FIELDS:
        value = answer.get(key)
        if key in ("title", "meeting", "organisation", "speaker_name", "speaker_role"):
            value = nows(value)
        elif key == "subtitle":
            value = nows(value).lstrip("—－-")
        elif key == "salutation":
            value = nows(value).rstrip("：:，,！!")
        elif key == "headings":
            value = [[lvl, nows(num), nows(h)] for lvl, num, h in value]
        elif key == "quotes":
            value = [[kind, nows(t), nows(who)] for kind, t, who in value]
        elif key == "placeholders":
            value = [nows(p) for p in value]
        elif key == "warnings":
            value = hard_warnings(value)
        result[key] = value
    return result


def parsed_strings(speech) -> dict[str, str]:
    """Every string field of a parsed speech, named for error messages."""
    strings = {
        name: getattr(speech, name)
        for name in (
            "title",
            "subtitle",
            "meeting",
            "organisation",
            "speaker_name",
            "speaker_role",
            "salutation",
            "text",
        )
    }
    for i, s in enumerate(speech.sections):
        strings[f"sections[{i}].number"] = s.number
        strings[f"sections[{i}].heading"] = s.heading
        strings[f"sections[{i}].body"] = s.body
        for j, q in enumerate(s.quotes):
            strings[f"sections[{i}].quotes[{j}]"] = q.text + q.speaker
    return strings


def junk_leaks(speech, absent: list[str]) -> list[str]:
    leaks = []
    for junk in absent:
        for name, value in parsed_strings(speech).items():
            if junk in value or nows(junk) in nows(value):
                leaks.append(f"{junk!r} in {name}")
    return leaks


def structure_text(speech) -> str:
    parts = [speech.title, speech.subtitle, speech.salutation]
    parts += [s.number + s.heading + s.heading_end + s.body for s in speech.sections]
    return nows("".join(parts))


def lost_text(speech) -> str:
    """'' when every non-space character of speech.text appears, in order, in the title,
    subtitle, salutation and sections; else the text around the first character that is lost.

    The front matter (speaker line, date line) is header metadata held in other fields, so it is
    taken out first; _DROPPABLE punctuation (a heading's 。, the salutation's ：) may be dropped."""
    text = _DATE_LINE.sub("", nows(speech.text))
    # (after the title: a name alone under 周正华同志在…的讲话 is not the title's 周正华)
    title = nows(speech.title)
    head = text.find(title) + len(title) if title and title in text else 0
    for line in speech.front_matter:  # speaker, date and note lines: held in front_matter
        text = text[:head] + text[head:].replace(nows(line), "", 1)
    speaker = nows(speech.speaker_role + speech.speaker_name)
    if speaker and speaker not in nows(speech.title):
        text = text[:head] + text[head:].replace(speaker, "", 1)
    # Droppable marks leave both sides: matching one far ahead would skip real text.
    text = "".join(c for c in text if c not in _DROPPABLE)
    target = "".join(c for c in structure_text(speech) if c not in _DROPPABLE)
    at = 0
    for i, char in enumerate(text):  # greedy earliest match decides "is a subsequence"
        found = target.find(char, at)
        if found < 0:
            return f"lost at {i}: …{text[max(0, i - 15) : i]}[{char}]{text[i + 1 : i + 15]}…"
        at = found + 1
    return ""


def offset_errors(speech) -> list[str]:
    errors = []
    for i, s in enumerate(speech.sections):
        text = s.text
        for item in [*s.quotes, *s.placeholders]:
            got = text[item.position : item.position + len(item.text)]
            if got != item.text:
                errors.append(f"sections[{i}] {item.text!r} at {item.position} reads {got!r}")
    return errors


def anchor_errors(speech) -> list[str]:
    anchors = [s.anchor for s in speech.sections]
    errors = []
    if len(set(anchors)) != len(anchors):
        errors.append(f"duplicate anchors: {anchors}")
    for s in speech.sections:
        wanted = {"opening": "opening", "closing": "closing"}.get(s.kind)
        if wanted and s.anchor != wanted:
            errors.append(f"{s.kind} section has anchor {s.anchor!r}")
        if not wanted and not re.fullmatch(r"(?:s\d+|opening)(-\d+)*", s.anchor):
            errors.append(f"body section anchor {s.anchor!r} is not s1 / s2-1 / opening-1 …")
    return errors


# --- the tests -----------------------------------------------------------------------------


def test_the_corpus_has_thirty_fixtures_covering_every_encoding():
    names = fixture_names()
    assert len(names) >= 30, f"only {len(names)} fixtures"
    encodings = {}
    for name in names:
        assert (FIXTURES / name).with_suffix(".json").exists(), f"{name} has no answer file"
        encodings.setdefault(run(name).answer["encoding"], []).append(name)
    assert set(encodings) >= {"utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"}, encodings
    raw = {name: (FIXTURES / name).read_bytes() for name in names}
    assert all(raw[n].startswith(b"\xef\xbb\xbf") for n in encodings["utf-8-sig"])
    assert all(
        raw[n].startswith(b"\xff\xfe") and "\r\n".encode("utf-16-le") in raw[n]
        for n in encodings["utf-16"]
    ), "UTF-16 fixtures must be little-endian with a BOM and CRLF line ends"
    four_byte = [
        n
        for n in encodings["gb18030"]
        if any(len(c.encode("gb18030")) == 4 for c in raw[n].decode("gb18030"))
    ]
    assert four_byte, "no GB18030 fixture holds a 4-byte character"


def test_the_committed_fixtures_are_what_the_generator_builds():
    """A hand-edited .txt/.json, or a .src changed without re-running the script, is caught here."""
    spec = importlib.util.spec_from_file_location(
        "make_fixtures", FIXTURES.parent / "make_fixtures.py"
    )
    make_fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_fixtures)
    sources = sorted((FIXTURES / "src").glob("*.src"))
    assert sorted(p.stem for p in sources) == [Path(n).stem for n in fixture_names()]
    for source in sources:
        data, answer = make_fixtures.build(source)
        assert (FIXTURES / f"{source.stem}.txt").read_bytes() == data, f"{source.stem}.txt is stale"
        stored = json.loads((FIXTURES / f"{source.stem}.json").read_text(encoding="utf-8"))
        assert stored == answer, f"{source.stem}.json is stale"


def parsed(name: str) -> list[tuple[str, object, dict]]:
    """(where, parsed speech, answer) for every speech of a fixture the parser must read."""
    outcome = run(name)
    assert not outcome.error, f"decode/parse crashed: {outcome.error}"
    if outcome.answer["rejected"]:
        pytest.skip("a rejected document has no structure to check")
    return [
        (f"speech {i + 1} ({want['title'] or 'untitled'})", speech, want)
        for i, (speech, want) in enumerate(
            zip(outcome.speeches, outcome.answer["speeches"], strict=False)
        )
    ]


@pytest.mark.parametrize("name", fixture_names())
def test_fixture_decodes_to_its_encoding(name):
    outcome = run(name)
    assert encoding_family(outcome.encoding) == outcome.answer["encoding"], (
        f"decoded as {outcome.encoding!r}, the file is {outcome.answer['encoding']}"
    )


def gap(name: str, check: str):
    """The fixture as a test parameter, marked as an expected failure of `check` if it is one."""
    checks, reason = KNOWN_GAPS.get(name, ("", ""))
    if check in checks.split():
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason))
    return name


@pytest.mark.parametrize("name", [gap(n, "count") for n in fixture_names()])
def test_fixture_is_rejected_or_split_into_its_speeches(name):
    outcome = run(name)
    answer = outcome.answer
    assert not outcome.error, f"decode/parse crashed: {outcome.error}"
    assert outcome.rejected == answer["rejected"], (
        "should be rejected as not a speech"
        if answer["rejected"]
        else "rejected as not a speech, but it is one"
    )
    if answer["rejected"]:
        # Asked to, the parser still reads a rejected document, but says what it is.
        speeches = parser.parse(outcome.text, allow_non_speech=True)
        codes = [sorted(w["code"] for w in s.warnings) for s in speeches]
        assert speeches, "allow_non_speech=True returned no speech"
        assert all("not_a_speech" in c for c in codes), f"warnings: {codes}"
    else:
        titles = [s.title for s in outcome.speeches]
        assert len(outcome.speeches) == len(answer["speeches"]), f"found {titles}"


@pytest.mark.parametrize("name", [gap(n, "fields") for n in fixture_names()])
def test_fixture_fields_match_the_answer(name):
    """Every field of every speech; all mismatches are reported at once."""
    wrong = []
    for where, speech, want in parsed(name):
        got, expected = actual_fields(speech), expected_fields(want)
        wrong += [
            f"{where}: {key} is {got[key]!r}, expected {expected[key]!r}"
            for key in FIELDS
            if key in want and got[key] != expected[key]  # kinds is optional
        ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", [gap(n, "text") for n in fixture_names()])
def test_fixture_keeps_no_junk_and_loses_no_text(name):
    problems = []
    for where, speech, want in parsed(name):
        leaks = junk_leaks(speech, want["absent"])
        structure = nows(
            "".join(s.number + s.heading + s.heading_end + s.body for s in speech.sections)
        )
        missing = [p for p in want["present"] if nows(p) not in structure]
        lost = lost_text(speech) if nows(speech.text) else "ParsedSpeech.text is empty"
        problems += [f"{where}: junk kept: {leaks}"] * bool(leaks)
        problems += [f"{where}: text missing from the sections: {missing}"] * bool(missing)
        problems += [f"{where}: text of the speech is in no field: {lost}"] * bool(lost)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", fixture_names())
def test_fixture_offsets_and_anchors_hold(name):
    problems = []
    for where, speech, _ in parsed(name):
        problems += [
            f"{where}: positions do not index section.text: {e}" for e in offset_errors(speech)
        ]
        problems += [f"{where}: {e}" for e in anchor_errors(speech)]
        # (PostgreSQL refuses a NUL in text: the parser's cut marker must never be stored)
        problems += [f"{where}: {field} holds a NUL" for field in nul_fields(speech)]
    assert not problems, "\n".join(problems)


def nul_fields(value, path: str = "speech") -> list[str]:
    """The paths of the string fields of a parsed speech that hold a NUL character."""
    if isinstance(value, str):
        return [path] if "\x00" in value else []
    if dataclasses.is_dataclass(value):
        return [
            p
            for f in dataclasses.fields(value)
            for p in nul_fields(getattr(value, f.name), f"{path}.{f.name}")
        ]
    if isinstance(value, (list, tuple)):
        return [p for i, item in enumerate(value) for p in nul_fields(item, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [p for k, item in value.items() for p in nul_fields(item, f"{path}[{k}]")]
    return []


def test_no_answer_heading_reads_as_site_furniture_on_a_line_of_its_own():
    """A heading that shares words with site furniture (二、搭建服务平台, 1.抓好垃圾分类) is
    still a heading when the page prints it as a line of its own."""
    from speeches.parsing.junk import is_junk_line

    junk = [
        f"{name}: {number}{heading}"
        for name in fixture_names()
        for speech in run(name).answer["speeches"]
        for _, number, heading in speech["headings"]
        if number and is_junk_line(number + heading)
    ]
    assert not junk, "\n".join(junk)
