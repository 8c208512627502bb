"""Property tests: parse() never raises anything but NotASpeech, and what it returns holds together."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speeches.parsing import NotASpeech, ParsedSpeech, nows, parse, reassemble

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments of real speeches, junk and layout noise: random unicode alone would almost never
# reach the numbering, quote and header code paths.
FRAGMENTS = [
    "在县委统一战线工作领导小组2020年第一次会议上的讲话",
    "在全縣統戰工作會議上的講話",
    "凝心聚力抓落实　砥砺奋进开新局",
    "——在市委十三届二次全体会议上的讲话",
    "县委书记　张　三",
    "（2021年4月12日）",
    "二〇二一年三月五日",
    "同志们：",
    "尊敬的各位领导、同志们：",
    "大家好！",
    "下面，我讲三点意见。",
    "一、",
    "二、",
    "三、",
    "（一）",
    "（二）",
    "1.",
    "2、",
    "（1）",
    "第一部分",
    "第一，",
    "第二，",
    "首先，",
    "其次，",
    "最后，",
    "一是",
    "二是",
    "三是",
    "一要",
    "其一，",
    "统一是",
    "第一书记",
    "一、二、三产业",
    "1.2亿",
    "1、2月",
    "下面进行第一项议程，",
    "（鼓掌）",
    "习近平总书记指出：“",
    "”",
    "“四个意识”",
    "「",
    "」",
    "『",
    "‘",
    '"',
    "《中华人民共和国安全生产法》",
    "【更多公文素材，微信：wenmi01】",
    "本文来自某某网",
    "——习近平",
    "XX",
    "×××",
    "***",
    "20XX年",
    "某某",
    "GDP",
    "5G",
    "要加强组织领导，",
    "确保各项工作落到实处。",
    "同志们，让我们团结一心！",
    "谢谢大家！",
    "今天的会议到此结束，散会。",
    "仅供学习 禁止外传",
    "发布时间：2023-06-18",
    "本文链接：https://example.cn/1.html",
    "……省略1200字……",
    "预览结束，登录后查看全文",
    "第2页　共4页",
    "— 3 —",
    "【篇二】",
    "第3篇",
    "【提纲】",
    "本报讯（记者　刘畅）",
    "( W% t6 Q# 7",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\u3000\u3000",
    " ",
    "。",
    "：",
]

chinese_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
mixed_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map(
    "".join
)


def check(speeches: list[ParsedSpeech]) -> None:
    assert speeches
    for speech in speeches:
        assert nows(reassemble(speech)) == nows(speech.text)
        assert speech.char_count == len(nows(speech.text))
        anchors = [s.anchor for s in speech.sections]
        assert len(anchors) == len(set(anchors))
        for i, section in enumerate(speech.sections):
            assert section.parent is None or 0 <= section.parent < i
            assert section.level >= 1
            text = section.text
            for item in [*section.quotes, *section.placeholders, *section.stage_directions]:
                assert text[item.position : item.position + len(item.text)] == item.text
        codes = [w["code"] for w in speech.warnings]
        assert len(codes) == len(set(codes))


def parse_or_reject(text: str) -> None:
    try:
        speeches = parse(text)
    except NotASpeech as exc:
        assert str(exc)
        return
    check(speeches)


@SETTINGS
@given(st.text(max_size=400))
def test_it_never_raises_on_arbitrary_unicode(text):
    parse_or_reject(text)


@SETTINGS
@given(chinese_text)
def test_it_never_raises_on_shuffled_speech_fragments(text):
    parse_or_reject(text)


@SETTINGS
@given(mixed_text)
def test_it_never_raises_on_fragments_mixed_with_noise(text):
    parse_or_reject(text)


@SETTINGS
@given(chinese_text)
def test_it_always_returns_a_speech_when_non_speeches_are_allowed(text):
    if not text.strip():
        return
    try:
        speeches = parse(text, allow_non_speech=True)
    except NotASpeech as exc:
        assert str(exc) == "empty"  # only text with nothing left at all is refused
        return
    check(speeches)


# --------------------------------------------------------------------- generated well-formed speeches

CN = "一二三四五六七八九十"
TOP = {
    "dun": lambda n: f"{CN[n - 1]}、",
    "part": lambda n: f"第{CN[n - 1]}部分　",
    "paren": lambda n: f"（{CN[n - 1]}）",
}
SUB = {
    "shi": lambda n: f"{CN[n - 1]}是",
    "arabic": lambda n: f"{n}.",
    "paren_arabic": lambda n: f"（{n}）",
}
HEADINGS = [
    "加强组织领导",
    "狠抓工作落实",
    "提高思想认识",
    "强化责任担当",
    "优化营商环境",
    "守牢安全底线",
]
SENTENCES = [
    "要细化工作举措，确保各项任务落到实处。",
    "各级各部门要密切配合，形成工作合力。",
    "要坚持问题导向，扎实推进重点工作。",
]


@st.composite
def outlines(draw):
    """(text, expected [(level, number, heading)]) for a speech with known structure."""
    top_style = draw(st.sampled_from(sorted(TOP)))
    sub_style = draw(st.sampled_from(sorted(SUB)))
    lines = ["在全县工作会议上的讲话", "同志们：", "今天召开这次会议，部署今年工作。"]
    expected = []
    for n in range(1, draw(st.integers(2, 5)) + 1):
        heading = draw(st.sampled_from(HEADINGS))
        lines.append(TOP[top_style](n) + heading)
        expected.append((1, TOP[top_style](n).strip("　"), heading))
        lines.append(draw(st.sampled_from(SENTENCES)))
        subs = draw(st.integers(0, 4))
        if subs == 1:
            subs = 2  # a list of one is not a list
        inline = sub_style == "shi" and draw(st.booleans())
        items = []
        for k in range(1, subs + 1):
            sub_heading = draw(st.sampled_from(HEADINGS))
            items.append(SUB[sub_style](k) + sub_heading + "。" + draw(st.sampled_from(SENTENCES)))
            expected.append((2, SUB[sub_style](k), sub_heading))
        lines.extend(["".join(items)] if inline and items else items)
    lines.append("同志们，让我们团结一心，真抓实干！")
    return "\n".join(lines), expected


@SETTINGS
@given(outlines())
def test_it_recovers_the_structure_of_generated_speeches(case):
    text, expected = case
    (speech,) = parse(text)
    check([speech])
    got = [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert got == expected
    assert speech.sections[0].kind == "opening"
    assert speech.sections[-1].kind == "closing"


def test_a_long_hard_wrapped_file_parses_in_linear_time():
    """Joining wrapped lines looks at the last physical line only: a paragraph built from
    thousands of lines must not make every join re-read the paragraph so far."""
    import time

    line = "要把示范村建设作为推动乡村全面振兴的重要抓手，按照总要求高标准"
    small, large = "\n".join([line] * 500), "\n".join([line] * 5000)
    started = time.perf_counter()
    parse(small, allow_non_speech=True)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    parse(large, allow_non_speech=True)
    large_time = time.perf_counter() - started
    assert large_time < 30 * max(small_time, 0.01)  # 10x the input, far less than 100x the time


def test_a_line_that_is_all_site_mark_leaves_a_blank_line_not_an_error():
    text = "在全县工作会议上的讲话\n同志们：\n今天开会。\n【更多公文素材，微信：wenmi01】\n一、抓好落实\n要抓好落实。"

    (speech,) = parse(text)

    assert "公文素材" not in reassemble(speech)
    assert [section.heading for section in speech.sections if section.heading] == ["抓好落实"]
