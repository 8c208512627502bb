"""The speech parser on the seed file and on small synthetic texts (pure Python, no database).

Long (~900 lines) on purpose: it is a catalogue of small input → output cases read by rule, in
the parser's stage order (layout, documents, header, metadata, body, quotes); the real-page shapes
live in test_parser_real_shapes.py and the modules it names, the corpus in test_corpus.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from speeches.parsing import NotASpeech, ParsedSpeech, nows, parse, reassemble

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


def test_it_drops_site_header_and_footer_lines():
    result = speech_of(
        "当前位置：首页 > 范文大全 > 讲话稿",
        "发布时间：2023-06-18 09:12:47",
        "来源：公文写作网",
        "以下是小编整理的讲话，供大家参考。",
        "在全市招商引资工作会议上的讲话",
        *BODY,
        "本文链接：https://www.example.cn/1.html",
        "相关文章",
        "在全县营商环境大会上的讲话稿",
    )
    assert result.title == "在全市招商引资工作会议上的讲话"
    assert result.date is None and result.year is None  # a posting date is not the speech date
    for junk in ("当前位置", "发布时间", "小编", "本文链接", "相关文章", "营商环境大会"):
        assert junk not in all_fields(result)
    assert result.sections[-1].kind == "closing"


def test_it_keeps_a_body_sentence_that_merely_contains_a_junk_word():
    result = speech_of(
        "在全市工作会议上的讲话", "同志们：", "来源于企业的意见建议，要逐条研究、逐条回应。"
    )
    assert "来源于企业的意见建议" in result.sections[0].body


def test_it_drops_an_outline_block_before_the_title():
    result = speech_of(
        "【提纲】", "一、提高思想认识", "二、狠抓工作落实", "在全县工作会议上的讲话", *BODY
    )
    assert "提纲" not in result.text
    assert [h[2] for h in headings(result)] == ["提高思想认识", "狠抓工作落实"]


def test_it_removes_page_markers_and_rejoins_the_sentence_they_cut():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、提高思想认识",
        "我们必须坚持正确方向，",
        "— 3 —",
        "把牢工作主动权。",
        "第2页　共4页",
        "二、狠抓工作落实",
        "要细化工作举措。",
    )
    assert "坚持正确方向，把牢工作主动权。" in result.sections[0].body
    assert "第2页" not in result.text and "— 3 —" not in result.text


def test_it_removes_viewer_chunk_numbers():
    result = speech_of("在全区工作会议上的讲话", "1/5", *BODY[:4], "2", *BODY[4:], "5/5")
    assert "1/5" not in result.text and "5/5" not in result.text
    assert len(headings(result)) == 2


def test_it_keeps_both_sides_of_a_truncation_marker_and_warns():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、狠抓落实",
        "要统筹解决企业用地、用工等难题，……省略1200字……对企业反映的问题，要一查到底。",
    )
    body = result.sections[0].body
    assert "用工等难题，" in body and "对企业反映的问题，要一查到底。" in body
    assert "省略" not in result.text
    assert [w["code"] for w in result.warnings] == ["truncated"]


def test_it_strips_forum_anti_scraping_tokens_but_not_gdp_or_5g():
    result = speech_of(
        "在镇党委工作会议上的讲话",
        "同志们：",
        "全镇GDP增长6.2%，新建5G基站32个。( W% t6 Q# 7",
        "要抓好冬训工作。1 E/ `; J: h",
    )
    assert "W%" not in result.text and "E/" not in result.text
    assert "GDP增长6.2%，新建5G基站32个。" in result.text


def test_it_reads_a_speaker_prefix_in_the_title():
    result = speech_of("县委书记李建国在全县经济工作会议上的讲话", *BODY)
    assert (result.speaker_role, result.speaker_name) == ("县委书记", "李建国")
    assert result.meeting == "全县经济工作会议"


def test_it_reads_a_title_without_zai():
    result = speech_of("全市组织工作会议讲话", *BODY)
    assert (result.meeting, result.level, result.genre) == ("全市组织工作会议", "市", "讲话")


def test_it_joins_a_title_split_over_two_lines():
    result = speech_of(
        "在中共XX县委十四届五次全体（扩大）会议暨", "全县经济工作会议上的讲话", *BODY
    )
    assert result.title == "在中共XX县委十四届五次全体（扩大）会议暨全县经济工作会议上的讲话"
    assert result.meeting == "中共XX县委十四届五次全体（扩大）会议暨全县经济工作会议"
    assert (result.organisation, result.session, result.level) == ("中共XX县委", "十四届五次", "县")


def test_it_reads_a_repeated_title_once():
    result = speech_of(
        "在全县项目推进会上的讲话", "范文网　2023-07-10", "在全县项目推进会上的讲话", *BODY
    )
    assert result.title == "在全县项目推进会上的讲话"
    assert result.text.count("在全县项目推进会上的讲话") == 1


def test_it_splits_a_title_glued_to_the_salutation():
    result = speech_of("在全县森林防火工作会议上的讲话同志们：当前已进入防火紧要期。", *BODY[2:])
    assert result.title == "在全县森林防火工作会议上的讲话"
    assert result.salutation == "同志们："
    assert result.sections[0].body == "当前已进入防火紧要期。"


def test_it_reads_a_slogan_title_with_a_subtitle_below():
    result = speech_of(
        "凝心聚力抓落实　砥砺奋进开新局",
        "——在市委十三届二次全体会议上的讲话",
        "市委书记　周　新　民",
        "二〇二一年三月五日",
        *BODY,
    )
    assert result.title == "凝心聚力抓落实　砥砺奋进开新局"
    assert result.subtitle == "在市委十三届二次全体会议上的讲话"
    assert (result.meeting, result.organisation, result.level) == (
        "市委十三届二次全体会议",
        "市委",
        "市",
    )
    assert (result.speaker_role, result.speaker_name) == ("市委书记", "周新民")
    assert (result.date, result.year) == (dt.date(2021, 3, 5), 2021)


def test_it_reads_a_subtitle_after_a_speech_title():
    result = speech_of(
        "在全省乡村振兴工作推进会上的发言",
        "——以党建引领推动乡村全面振兴",
        "（2022年9月14日）",
        *BODY,
    )
    assert result.subtitle == "以党建引领推动乡村全面振兴"
    assert (result.genre, result.level, result.date) == ("发言", "省", dt.date(2022, 9, 14))


def test_it_reads_a_letter_spaced_speaker_line_with_a_compound_role():
    result = speech_of("在全县安全生产工作会议上的讲话", "县委副书记、县长　王　海　涛", *BODY)
    assert (result.speaker_role, result.speaker_name) == ("县委副书记、县长", "王海涛")
    assert result.front_matter == ["县委副书记、县长　王　海　涛"]


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("在全县教育工作会议上的讲话提纲", "讲话提纲"),
        ("在全县表彰大会上的主持词", "主持词"),
        ("在全市工作总结会上的总结讲话", "总结讲话"),
        ("在全县作风建设大会上的表态发言", "发言"),
        ("在茶文化旅游节开幕式上的致辞", "致辞"),
        ("專題黨課：堅定理想信念", "党课"),
    ],
)
def test_it_reads_the_genre_from_the_title(title, genre):
    assert speech_of(title, *BODY).genre == genre


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("在全国组织工作会议上的讲话", "全国"),
        ("在全省工作会议上的讲话", "省"),
        ("在州委工作会议上的讲话", "市"),
        ("在全区城市管理工作会议上的讲话", "区"),
        ("在镇党委冬训动员会上的讲话", "乡镇"),
        ("在全村人居环境整治动员会上的讲话", "村"),
        ("在实验学校开学典礼上的讲话", "单位"),
        ("在市场监管工作座谈会上的讲话", "未知"),
        ("在乡村振兴工作推进会上的讲话", "未知"),
    ],
)
def test_it_reads_the_level_from_the_first_administrative_word(title, level):
    assert speech_of(title, *BODY).level == level


def test_it_reads_numbered_parts_aspects_and_nested_levels_in_order_of_appearance():
    result = speech_of(
        "在全市工作会议上的讲话",
        "同志们：",
        "第一部分　认清形势",
        "（一）成绩来之不易",
        "1.做强工业。要强链补链。",
        "2.做优服务。要提质扩容。",
        "（二）困难不容忽视",
        "第二部分　狠抓落实",
        "（1）抓项目",
        "（2）抓服务",
    )
    assert headings(result) == [
        (1, "第一部分", "认清形势"),
        (2, "（一）", "成绩来之不易"),
        (3, "1.", "做强工业"),
        (3, "2.", "做优服务"),
        (2, "（二）", "困难不容忽视"),
        (1, "第二部分", "狠抓落实"),
        (2, "（1）", "抓项目"),
        (2, "（2）", "抓服务"),
    ]
    assert [s.anchor for s in result.sections if s.kind == "body"] == [
        "s1", "s1-1", "s1-1-1", "s1-1-2", "s1-2", "s2", "s2-1", "s2-2"
    ]  # fmt: skip


def test_it_reads_paren_numbers_as_the_top_level_when_they_come_first():
    result = speech_of(
        "在全区工作会议上的讲话",
        "同志们：",
        "（一）抓好整改",
        "要逐项整改。",
        "（二）抓好落实",
        "要压实责任。",
    )
    assert headings(result) == [(1, "（一）", "抓好整改"), (1, "（二）", "抓好落实")]


@pytest.mark.parametrize(
    ("labels", "numbers"),
    [
        (("第一，", "第二，"), ["第一，", "第二，"]),
        (("首先，", "其次，", "最后，"), ["首先，", "其次，", "最后，"]),
        (("一要", "二要"), ["一要", "二要"]),
        (("其一，", "其二，"), ["其一，", "其二，"]),
        (("第一个方面", "第二个方面"), ["第一个方面", "第二个方面"]),
        (("1、", "2、"), ["1、", "2、"]),
    ],
)
def test_it_reads_every_numbering_scheme_at_paragraph_start(labels, numbers):
    lines = ["在全市工作会议上的讲话", "同志们：", "今天讲几点意见。"]
    lines += [f"{label}要抓好第{n}项工作。具体要求如下。" for n, label in enumerate(labels, 1)]
    result = speech_of(*lines)
    assert [h[1] for h in headings(result)] == numbers
    assert all(h[2].startswith("要抓好第") for h in headings(result))


def test_it_takes_the_text_before_a_colon_as_the_heading():
    result = speech_of(
        "在全省座谈会上的讲话",
        "同志们：",
        "一、支持发展",
        "（1）关于融资难题：要引导金融机构加大投放。",
        "（2）关于政策落实：要应享尽享。",
    )
    sub = [s for s in result.sections if s.level == 2]
    assert [(s.heading, s.heading_end) for s in sub] == [
        ("关于融资难题", "："),
        ("关于政策落实", "："),
    ]
    assert sub[0].body == "要引导金融机构加大投放。"


def test_it_does_not_mistake_false_numbering_for_sections():
    result = speech_of(
        "在全县经济运行分析会上的讲话",
        "同志们：",
        "一、准确研判形势",
        "1、2月份，全县工业增加值增长8.3%。第一季度，地区生产总值完成86.4亿元。今年三、四月份以来，压力加大。",
        "要推动一、二、三产业融合发展。驻村第一书记要发挥作用，要第一时间响应。今年已争取1.2亿元资金。",
        "思想统一是行动一致的前提。二是要加强监测。",
        "二、强化工作保障",
        "要加强经济运行监测分析。",
    )
    assert headings(result) == [(1, "一、", "准确研判形势"), (1, "二、", "强化工作保障")]


def test_it_repairs_crlf_indentation_and_hard_wrapped_lines():
    paragraph = (
        "要把示范村建设作为推动乡村全面振兴的重要抓手，按照总要求高标准编制村庄规划，坚持一村一策、"
        "分类推进，防止千村一面。要坚持先规划后建设，把村庄布局、产业发展、基础设施统筹考虑，形成工作合力，确保取得实效。"
    )
    wrapped = [paragraph[i : i + 20] for i in range(0, len(paragraph), 20)]
    text = "\r\n".join(
        [
            "在全县示范村建设推进会上的讲话",
            "同志们：",
            "一、明确建设标准",
            "\u3000\u3000" + wrapped[0],
            *wrapped[1:],
            "二、加强组织领导",
            "\u3000\u3000要亲自抓。",
        ]
    )
    result = only(text)
    assert_invariants(result)
    assert result.sections[0].body == paragraph


def test_it_removes_pdf_spaces_inside_words():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、 加 强 组 织 领 导",
        "全 县 上 下 要 统 一 思 想 ， 形 成 合 力 。",
        "二、狠抓落实",
        "要抓好。",
    )
    assert headings(result)[0] == (1, "一、", "加强组织领导")
    assert result.sections[0].body == "全县上下要统一思想，形成合力。"


def test_it_resegments_a_speech_flattened_into_one_line():
    line = (
        "在全市防汛工作会议上的讲话 （2023年4月6日） 同志们：今天召开全市防汛工作会议，安排部署各项工作。"
        "下面，我讲两点意见。一、要绷紧防汛这根弦。防汛事关人民群众生命财产安全，各级要克服麻痹思想。"
        "二、要落实防汛责任。要把责任落实到具体单位、具体岗位、具体人员，确保信息畅通、指挥有力。"
        "同志们，防汛责任重大。我们要扎实做好各项工作，确保安全度汛。"
    )
    result = speech_of(line)
    assert result.date == dt.date(2023, 4, 6)
    assert headings(result) == [(1, "一、", "要绷紧防汛这根弦"), (1, "二、", "要落实防汛责任")]
    assert result.sections[-1].kind == "closing"


def test_it_reads_agenda_steps_and_marks_stage_directions_in_a_host_script():
    result = speech_of(
        "在全县表彰大会上的主持词",
        "各位领导、同志们：",
        "现在开会。今天的大会共有两项议程。",
        "下面进行第一项议程，请×××同志宣读表彰决定。",
        "（宣读表彰决定）",
        "下面进行第二项议程，请县委书记讲话。大家欢迎！",
        "（鼓掌）",
        "今天的大会到此结束，散会。",
    )
    steps = [s for s in result.sections if s.kind == "body"]
    assert [(s.number, s.label_inline) for s in steps] == [("第一项", True), ("第二项", True)]
    assert steps[0].heading == "下面进行第一项议程，请×××同志宣读表彰决定"
    assert [d.text for s in steps for d in s.stage_directions] == ["（宣读表彰决定）", "（鼓掌）"]
    assert result.genre == "主持词" and result.sections[-1].kind == "closing"


@pytest.mark.parametrize(
    ("quoted", "inner"),
    [
        ("「青年興，則香港興。」", "青年興，則香港興。"),
        ("“理想信念就是共产党人精神上的‘钙’。”", "理想信念就是共产党人精神上的‘钙’。"),
        ('"人民就是江山。"', "人民就是江山。"),
        ("『做人要飲水思源。』", "做人要飲水思源。"),
    ],
)
def test_it_reads_every_kind_of_quote_mark_with_one_nesting_level(quoted, inner):
    result = speech_of(
        "在全县工作会议上的讲话", "同志们：", f"习近平总书记强调：{quoted}我们要牢记。"
    )
    found = [(q.kind, q.text, q.speaker, q.verb) for q in result.sections[0].quotes]
    assert found == [("quotation", inner, "习近平总书记", "强调")]


def test_it_reads_an_attribution_line_after_the_quote():
    result = speech_of(
        "在全县党课上的讲话",
        "同志们：",
        "“江山就是人民，人民就是江山。”",
        "——习近平",
        "让我们牢记初心！",
    )
    quote = result.sections[0].quotes[0]
    assert (quote.kind, quote.speaker) == ("quotation", "习近平")


def test_it_reads_an_ancient_saying_and_document_titles():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "正如古人所说：“政之所兴，在顺民心。”要落实《中华人民共和国安全生产法》。",
    )
    found = [(q.kind, q.text, q.speaker) for q in result.sections[0].quotes]
    assert found == [
        ("quotation", "政之所兴，在顺民心。", "古人"),
        ("document", "中华人民共和国安全生产法", ""),
    ]


def test_it_closes_an_unbalanced_quote_at_the_paragraph_end_and_warns():
    result = speech_of(
        "在全县统计工作会议上的讲话",
        "同志们：",
        "一、防范统计造假",
        "习近平总书记强调：“统计工作必须实事求是。",
        "各部门要确保数据真实准确，杜绝“数字出官”现象。",
        "二、落实统计责任",
        "要加强统计队伍建设。",
    )
    first = result.sections[0]
    assert [(q.kind, q.text) for q in first.quotes] == [
        ("quotation", "统计工作必须实事求是。"),
        ("slogan", "数字出官"),
    ]
    assert [w["code"] for w in result.warnings] == ["unbalanced_quote"]
    assert headings(result)[1] == (1, "二、", "落实统计责任")


def test_it_keeps_traditional_script_as_written_and_still_reads_the_metadata():
    result = speech_of(
        "在全縣統戰工作會議上的講話",
        "縣委常委、統戰部部長　林　志　偉",
        "（2021年5月18日）",
        "同志們：",
        "今天召開全縣統戰工作會議。下面，我講兩點意見。",
        "一、提高政治站位",
        "習近平總書記指出：“統一戰線是重要法寶。”",
        "二、加強組織領導",
        "各級黨委要切實履行主體責任。",
        "同志們，讓我們團結奮鬥！",
    )
    assert (result.title, result.level, result.genre) == (
        "在全縣統戰工作會議上的講話",
        "县",
        "讲话",
    )
    assert (result.speaker_role, result.speaker_name) == ("縣委常委、統戰部部長", "林志偉")
    assert result.salutation == "同志們："
    assert result.sections[1].quotes[0].speaker == "習近平總書記"
    assert [s.kind for s in result.sections] == ["opening", "body", "body", "closing"]
    assert result.warnings == []


def test_it_splits_several_speeches_in_one_file():
    text = "\n".join(
        [
            "精选讲话稿3篇",
            "【篇一】在全村动员会上的讲话",
            *BODY,
            "篇二",
            "在全镇征兵工作会议上的讲话",
            *BODY,
            "第3篇",
            "在全县开学工作会议上的讲话",
            *BODY,
        ]
    )
    speeches = parse(text)
    assert [s.level for s in speeches] == ["村", "乡镇", "县"]
    for s in speeches:
        assert_invariants(s)
        assert "篇" not in s.text


def test_it_rejects_a_news_report():
    with pytest.raises(NotASpeech, match="news"):
        parse(
            "全县召开安全生产工作会议\n本报讯（记者　刘畅）3月8日，全县安全生产工作会议召开。\n县长出席会议并讲话。"
        )


def test_it_reads_a_news_report_as_one_body_section_when_asked():
    text = "全县召开安全生产工作会议\n本报讯（记者　刘畅）3月8日，会议召开。\n一、会议要求\n县长强调，要加强值守。"
    (result,) = parse(text, allow_non_speech=True)
    assert [w["code"] for w in result.warnings] == ["not_a_speech"]
    assert [(s.kind, s.anchor) for s in result.sections] == [("body", "s1")]
    assert result.title == "" and nows(result.sections[0].body) == nows(text)
    assert_invariants(result)


@pytest.mark.parametrize("text", ["", "   \n\u3000\r\n"])
def test_it_rejects_empty_text(text):
    with pytest.raises(NotASpeech, match="empty"):
        parse(text)


def test_it_warns_when_the_announced_point_count_disagrees():
    result = speech_of("在全县信访工作会议上的讲话", *BODY[:1], "下面，我讲三点意见。", *BODY[2:])
    assert [w["code"] for w in result.warnings] == ["point_count_mismatch"]


def test_it_warns_when_there_is_no_title():
    result = speech_of(*BODY)
    assert {w["code"] for w in result.warnings} == {"no_title", "low_confidence_genre"}
    assert (result.title, result.genre) == ("", "讲话")


def test_it_keeps_placeholders_verbatim_and_leaves_gdp_5g_and_app_alone():
    result = speech_of(
        "在20XX年全县XX工作会议上的讲话",
        "同志们:",
        "总结20XX年工作，×××同志和某某镇、xx社区作了发言，×同志负责督导，新建5G基站***个，GDP增长XX%，App用户十万。",
    )
    found = [p.text for s in result.sections for p in s.placeholders]
    assert found == ["20XX年", "×××", "某某", "xx", "×同志", "***", "XX"]
    assert result.salutation == "同志们:"


def test_it_normalises_with_nfc_and_never_nfkc():
    decomposed = "在全县工作会议上的讲话\n同志们：\n要抓好ＧＤＰ工作，确保“两个维护”。Cafe\u0301"
    result = only(decomposed)
    assert_invariants(result)
    assert "ＧＤＰ" in result.text and "，" in result.text and "Café" in result.text


def test_it_reads_unnumbered_short_heading_lines_as_top_level_sections():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要任务是部署今年工作。",
        "提高思想认识",
        "要充分认识做好今年工作的重要意义，切实增强责任感和使命感。",
        "狠抓工作落实",
        "要细化工作举措，明确责任分工，确保各项任务落到实处。",
        "同志们，让我们团结一心，真抓实干！",
    )
    assert headings(result) == [(1, "", "提高思想认识"), (1, "", "狠抓工作落实")]
    assert [s.kind for s in result.sections] == ["opening", "body", "body", "closing"]


def test_it_drops_an_outline_block_after_the_title_and_reads_speaker_and_date_on_one_line():
    result = speech_of(
        "在全市安全生产工作会议上的讲话",
        "（市长　刘建华　2020年3月5日）",
        "目录",
        "一、认清形势",
        "二、落实责任",
        *BODY,
    )
    assert (result.speaker_role, result.speaker_name, result.date) == (
        "市长",
        "刘建华",
        dt.date(2020, 3, 5),
    )
    assert result.front_matter == ["（市长　刘建华　2020年3月5日）"]
    assert "目录" not in result.text


def test_it_reads_a_heading_set_apart_by_spaces_from_its_body():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、加强组织领导　各级党委要切实履行主体责任。",
        "二、凝心聚力　砥砺奋进",
        "要加强学习。",
    )
    assert headings(result) == [(1, "一、", "加强组织领导"), (1, "二、", "凝心聚力　砥砺奋进")]
    assert result.sections[0].body == "各级党委要切实履行主体责任。"


def test_it_reads_inline_sub_points_separated_by_semicolons():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、认清形势",
        "要做到三点：一是加强学习；二是加强排查；三是加强督导。",
        "二、落实责任",
        "要压实责任。",
    )
    sub = [(s.number, s.heading, s.heading_end) for s in result.sections if s.level == 2]
    assert sub == [
        ("一是", "加强学习", "；"),
        ("二是", "加强排查", "；"),
        ("三是", "加强督导", "。"),
    ]
    assert result.sections[0].body == "要做到三点："


def test_it_rejects_a_writing_guide_but_not_a_speech_that_mentions_reporters():
    with pytest.raises(NotASpeech, match="guide"):
        parse(
            "领导讲话稿怎么写？掌握这五个技巧\n一、吃透上情\n动笔之前要认真学习。\n二、结构要清晰\n希望对大家有所帮助。"
        )
    result = speech_of(
        "在全县宣传工作会议上的讲话提纲",
        "一、加强队伍建设",
        "要发挥好通讯员作用，及时向记者提供线索，配合做好新闻报道。",
        "二、提高宣传质量",
        "要讲好本地故事。",
    )
    assert [h[2] for h in headings(result)] == ["加强队伍建设", "提高宣传质量"]


@pytest.mark.parametrize("separator", ["", " ", "\u3000\u3000", "\r"])
def test_it_recovers_the_seed_structure_whatever_replaced_its_line_breaks(seed, separator):
    flattened = SEED.read_text(encoding="utf-8").replace("\n", separator)
    result = only(flattened)
    assert_invariants(result)
    assert [(s.anchor, s.number) for s in result.sections] == [
        (s.anchor, s.number) for s in seed.sections
    ]


def test_it_does_not_take_the_verb_omit_for_a_truncation_marker():
    result = speech_of(
        "在全县政务服务工作会议上的讲话", "同志们：", "要省略繁琐环节，让群众少跑腿。"
    )
    assert result.warnings == []
    assert result.sections[0].body == "要省略繁琐环节，让群众少跑腿。"


@pytest.mark.parametrize(
    "marker",
    [
        "……省略1200字……",
        "（此处省略）",
        "...内容已省略...",
        "【省略2000字】",
        "(想阅读完全部图文内容，您需要先登陆！)",
        "\n上一页 1 2 3 4 下一页\n",
    ],
)
def test_it_recognises_truncation_markers_in_several_forms(marker):
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        f"要统筹解决难题，{marker}对企业反映的问题要一查到底。",
    )
    assert [w["code"] for w in result.warnings] == ["truncated"]
    assert "省略" not in result.text


def test_it_reads_a_date_written_after_the_title():
    result = speech_of("在全县经济工作会议上的讲话（2024年1月8日）", *BODY)
    assert (result.meeting, result.date, result.year) == (
        "全县经济工作会议",
        dt.date(2024, 1, 8),
        2024,
    )


def test_it_reads_a_second_list_of_sub_points_under_the_same_heading():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、抓好当前工作",
        "一是抓项目。要加快进度。二是抓招商。要引进企业。",
        "同时要做好两项准备：一是备足物资。二是备好队伍。",
        "二、强化工作保障",
        "要加强监测。",
    )
    sub = [(s.anchor, s.number, s.heading) for s in result.sections if s.level == 2]
    assert sub == [
        ("s1-1", "一是", "抓项目"),
        ("s1-2", "二是", "抓招商"),
        ("s1-3", "一是", "备足物资"),
        ("s1-4", "二是", "备好队伍"),
    ]
    second = next(s for s in result.sections if s.anchor == "s1-2")
    assert second.body == "要引进企业。\n同时要做好两项准备："  # text before a list: item before


def test_it_reads_roman_numerals_full_width_digits_and_right_parens():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "Ⅰ、认清形势",
        "１．成绩明显。全县经济增长较快。",
        "２．问题不少。短板依然突出。",
        "Ⅱ、落实责任",
        "1）压实属地责任。各地要守土有责。",
        "2）压实部门责任。各部门要各司其职。",
    )
    assert headings(result) == [
        (1, "Ⅰ、", "认清形势"),
        (2, "１．", "成绩明显"),
        (2, "２．", "问题不少"),
        (1, "Ⅱ、", "落实责任"),
        (2, "1）", "压实属地责任"),
        (2, "2）", "压实部门责任"),
    ]


def test_it_reads_sequence_words_and_comma_separated_inline_points():
    result = speech_of(
        "XX同志在全区实践活动推进会上的讲话",
        "（根据录音整理）",
        "同志们：",
        "今天这个会，主要是推进实践活动。下面，我再讲几点意见。",
        "首先，要提高认识。开展实践活动是重要内容。",
        "其次，要聚焦重点。一要抓好就业，二要抓好教育，三要抓好医疗。",
        "最后，要务求实效。要建立台账，逐项销号。",
        "同志们，让我们以实际行动践行初心使命！",
        "谢谢大家！",
        "上一篇：在全县党史学习教育动员会上的讲话",
    )
    assert headings(result) == [
        (1, "首先，", "要提高认识"),
        (1, "其次，", "要聚焦重点"),
        (2, "一要", "抓好就业"),
        (2, "二要", "抓好教育"),
        (2, "三要", "抓好医疗"),
        (1, "最后，", "要务求实效"),
    ]
    assert result.front_matter == ["（根据录音整理）"]
    assert result.sections[-1].body.endswith("谢谢大家！")
    assert "上一篇" not in result.text
