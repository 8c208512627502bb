"""The speech parser on the seed file, and the helpers its synthetic cases share (pure Python,
no database).

The small synthetic input → output cases are read by the parser's stages: the layout and the
documents (test_parser_layout_and_documents.py), the header and metadata (test_parser_header.py),
the body and quotes (test_parser_body.py); the real-page shapes live in
test_parser_real_shapes.py and the modules it names, the corpus in test_corpus.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from speeches.parsing import ParsedSpeech, nows, parse, reassemble

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c78fcdc5d01df34d.txt"
JUNK = [
    "仅供学习",
    "禁止外传",
    "酷乐文行",
    "自建平台",
    "根据实际需求",
    "现在订阅",
    "打击倒卖",
    "举报倒卖",
    "会员群",
]


def only(text: str) -> ParsedSpeech:
    speeches = parse(text)
    assert len(speeches) == 1
    return speeches[0]


def assert_invariants(speech: ParsedSpeech) -> None:
    """No text lost, offsets point at their text, anchors unique, parents point backwards."""
    assert nows(reassemble(speech)) == nows(speech.text)
    assert speech.char_count == len(nows(speech.text))
    anchors = [s.anchor for s in speech.sections]
    assert len(anchors) == len(set(anchors))
    for i, section in enumerate(speech.sections):
        assert section.parent is None or section.parent < i
        for q in section.quotes:
            assert section.text[q.position : q.position + len(q.text)] == q.text
        for p in section.placeholders:
            assert section.text[p.position : p.position + len(p.text)] == p.text


@pytest.fixture(scope="module")
def seed() -> ParsedSpeech:
    return only(SEED.read_text(encoding="utf-8"))


def body_sections(speech: ParsedSpeech, level: int) -> list:
    return [s for s in speech.sections if s.kind == "body" and s.level == level]


def quotes(speech: ParsedSpeech, kind: str) -> list:
    return [q for s in speech.sections for q in s.quotes if q.kind == kind]


# ---------------------------------------------------------------------------- the seed, exactly


def test_it_finds_the_seed_title(seed):
    assert seed.title == "在县委统一战线工作领导小组2020年第一次会议上的讲话"


def test_it_finds_the_seed_meeting(seed):
    assert seed.meeting == "县委统一战线工作领导小组2020年第一次会议"


def test_it_finds_the_seed_organisation(seed):
    assert seed.organisation == "县委统一战线工作领导小组"


def test_it_finds_the_seed_level(seed):
    assert seed.level == "县"


def test_it_finds_the_seed_year(seed):
    assert seed.year == 2020


def test_it_finds_the_seed_genre(seed):
    assert seed.genre == "讲话"


def test_it_leaves_the_unknown_seed_speaker_blank(seed):
    assert (seed.speaker_name, seed.speaker_role) == ("", "")


def test_it_finds_the_seed_salutation(seed):
    assert seed.salutation == "同志们："


def test_it_makes_the_first_paragraph_the_opening(seed):
    opening = seed.sections[0]
    assert (opening.kind, opening.anchor) == ("opening", "opening")
    assert opening.body.startswith("今天我们在这里召开")


def test_it_finds_three_top_level_sections(seed):
    top = body_sections(seed, 1)
    assert [s.number for s in top] == ["一、", "二、", "三、"]
    assert [s.heading for s in top] == [
        "做好新时代统战工作，必须坚定不移坚持和加强党的领导",
        "做好新时代统战工作，必须着力解决人心和力量问题",
        "做好新时代统战工作，必须着力解决工作中的短板和不足",
    ]
    assert [s.anchor for s in top] == ["s1", "s2", "s3"]


def test_it_finds_five_sub_points_in_section_two(seed):
    two = seed.sections.index(body_sections(seed, 1)[1])
    children = [s for s in seed.sections if s.parent == two]
    assert [s.number for s in children] == ["一是", "二是", "三是", "四是", "五是"]
    assert children[0].heading == "努力提升多党合作制度效能"
    assert children[-1].heading == "努力提高新时代统战工作质量"
    assert all(s.level == 2 and s.heading_end == "。" for s in children)
    assert children[0].body.startswith("要支持各民主党派")
    assert [s.anchor for s in children] == [f"s2-{n}" for n in range(1, 6)]


def test_it_finds_four_sub_points_in_section_three(seed):
    three = seed.sections.index(body_sections(seed, 1)[2])
    children = [s for s in seed.sections if s.parent == three]
    assert [s.number for s in children] == ["一是", "二是", "三是", "四是"]
    assert children[0].heading == "解决好思想认识的问题"
    assert children[-1].heading == "提高统战工作宣传力"


def test_it_finds_no_sub_points_in_section_one(seed):
    one = seed.sections.index(body_sections(seed, 1)[0])
    assert not [s for s in seed.sections if s.parent == one]


def test_it_keeps_text_before_the_first_sub_point_in_the_parent(seed):
    two = body_sections(seed, 1)[1]
    assert two.body.startswith("习近平总书记在党的十九大报告中强调")
    assert two.body.endswith("够不够铁。")


def test_it_makes_the_last_two_paragraphs_the_closing(seed):
    closing = seed.sections[-1]
    assert (closing.kind, closing.anchor) == ("closing", "closing")
    paragraphs = closing.body.split("\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("同志们，越是处于改革攻坚期")
    assert paragraphs[1] == "今天的会议到此结束，散会。"


def test_it_attributes_three_quotations_to_the_general_secretary(seed):
    found = [(q.text[:8], q.speaker, q.source, q.verb) for q in quotes(seed, "quotation")]
    assert found == [
        ("人心向背、力量对", "习近平总书记", "", "指出"),
        ("巩固和发展爱国统", "习近平总书记", "党的十九大报告", "强调"),
        ("有用、有大用、有", "习近平总书记", "", "指出"),
    ]
    assert quotes(seed, "quotation")[1].text == "巩固和发展爱国统一战线"
    assert quotes(seed, "quotation")[2].text == "有用、有大用、有不可或缺的作用"


def test_it_marks_quoted_terms_as_slogans(seed):
    assert [q.text for q in quotes(seed, "slogan")] == [
        "四个意识",
        "四个自信",
        "两个维护",
        "不忘合作初心、继续携手前进",
        "两个健康",
        "守纪律、提效率、强执行、做表率",
        "一盘棋",
        "三微一端",
    ]


def test_it_finds_the_two_placeholders(seed):
    assert [p.text for s in seed.sections for p in s.placeholders] == ["XX", "XX"]


def test_it_keeps_the_ad_lines_out_of_every_field(seed):
    fields = [
        seed.title,
        seed.subtitle,
        seed.meeting,
        seed.salutation,
        seed.text,
        *seed.front_matter,
    ]
    fields += [s.text for s in seed.sections]
    for junk in JUNK:
        assert not any(junk in f for f in fields), junk


def test_it_loses_no_seed_text(seed):
    raw = nows(SEED.read_text(encoding="utf-8"))
    assert nows(seed.text) == raw[raw.index("在县委统一战线") :]
    assert_invariants(seed)


def test_it_has_no_warnings_on_the_seed(seed):
    assert seed.warnings == []


# ------------------------------------------------------------------------ synthetic variants

BODY = [
    "同志们：",
    "今天召开这次会议，主要任务是部署今年工作。下面，我讲两点意见。",
    "一、提高思想认识",
    "要充分认识做好今年工作的重要意义，切实增强责任感和使命感。",
    "二、狠抓工作落实",
    "要细化工作举措，明确责任分工，确保各项任务落到实处。",
    "同志们，任务艰巨，责任重大。让我们团结一心，真抓实干！",
]


def speech_of(*lines: str) -> ParsedSpeech:
    result = only("\n".join(lines))
    assert_invariants(result)
    return result


def headings(speech: ParsedSpeech) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]


def all_fields(speech: ParsedSpeech) -> str:
    parts = [speech.title, speech.subtitle, speech.meeting, speech.text, *speech.front_matter]
    return "\n".join(parts + [s.number + s.heading + s.body for s in speech.sections])


@pytest.mark.parametrize("separator", ["", " ", "\u3000\u3000", "\r"])
def test_it_recovers_the_seed_structure_whatever_replaced_its_line_breaks(seed, separator):
    flattened = SEED.read_text(encoding="utf-8").replace("\n", separator)
    result = only(flattened)
    assert_invariants(result)
    assert [(s.anchor, s.number) for s in result.sections] == [
        (s.anchor, s.number) for s in seed.sections
    ]
