"""The parser's body and quote stages on small synthetic texts (pure Python, no database):
numbered parts and points at every level, headings, inline sub-points, agenda steps, quote
marks and attributions, placeholders. The seed and the shared helpers are in
test_parser.py; real pages' shapes in test_parser_numbering.py, test_parser_quotes.py and
test_parser_inline_points.py."""

from __future__ import annotations

import pytest

from .test_parser import BODY, headings, speech_of


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


def test_it_warns_when_the_announced_point_count_disagrees():
    result = speech_of("在全县信访工作会议上的讲话", *BODY[:1], "下面，我讲三点意见。", *BODY[2:])
    assert [w["code"] for w in result.warnings] == ["point_count_mismatch"]


def test_it_keeps_placeholders_verbatim_and_leaves_gdp_5g_and_app_alone():
    result = speech_of(
        "在20XX年全县XX工作会议上的讲话",
        "同志们:",
        "总结20XX年工作，×××同志和某某镇、xx社区作了发言，×同志负责督导，新建5G基站***个，GDP增长XX%，App用户十万。",
    )
    found = [p.text for s in result.sections for p in s.placeholders]
    assert found == ["20XX年", "×××", "某某", "xx", "×同志", "***", "XX"]
    assert result.salutation == "同志们:"


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


def test_a_heading_line_that_is_a_question_or_a_call_keeps_its_mark():
    speech = speech_of(
        "在全县民营经济推进会上的讲话",
        "同志们：",
        "下面，我讲两点。",
        "一、下一步工作怎么抓？",
        "要抓项目、抓服务。",
        "二、亲清政商关系，这条底线必须守得住！",
        "要守住底线。",
    )

    assert [s.heading for s in speech.sections if s.number] == [
        "下一步工作怎么抓？",
        "亲清政商关系，这条底线必须守得住！",
    ]


def test_a_body_a_flattened_copy_ran_into_its_heading_starts_at_its_time_or_year():
    result = speech_of(
        "在全县经济工作会议上的讲话",
        "同志们：",
        "一、明确目标任务，迅速打开工作新局面今年以来，各部门扎实工作，经济稳中有进。",
        "二、准确把握形势，增强紧迫感 2023 年，全县上下迎难而上，保持了增长。",
        "三、全面回顾，客观总结2023年的经济工作。回顾一年的工作，成绩来之不易。",
    )
    assert headings(result) == [
        (1, "一、", "明确目标任务，迅速打开工作新局面"),
        (1, "二、", "准确把握形势，增强紧迫感"),
        (1, "三、", "全面回顾，客观总结2023年的经济工作"),
    ]
    assert result.sections[0].body.startswith("今年以来，各部门扎实工作")


def test_a_body_run_into_its_heading_starts_at_a_subject_or_at_the_headings_own_subject():
    result = speech_of(
        "在全县征兵工作会议上的讲话",
        "同志们：",
        "一、统一思想，充分认识做好征兵工作的重要性征兵工作是国防建设的一项基础性工作。",
        "二、突出重点，严把兵员质量关各级党委要把征兵工作摆上重要议事日程，抓紧抓实。",
        "三、加强领导，形成工作合力习近平总书记强调，要加强党对国防建设的领导。",
        # the same words again inside one sentence, after a word that leads on: no cut
        "四、创建全域旅游示范区，是推动旅游从景点旅游向全域旅游转变的需要。",
        "五、坚定不移沿着习近平总书记指引的方向前进，奋力书写新篇章。",
        "六、第一次全省老龄工作会议以来我省老龄工作的主要成绩。五年来，我们做了很多工作。",
    )
    assert headings(result) == [
        (1, "一、", "统一思想，充分认识做好征兵工作的重要性"),
        (1, "二、", "突出重点，严把兵员质量关"),
        (1, "三、", "加强领导，形成工作合力"),
        (1, "四、", "创建全域旅游示范区，是推动旅游从景点旅游向全域旅游转变的需要"),
        (1, "五、", "坚定不移沿着习近平总书记指引的方向前进，奋力书写新篇章"),
        (1, "六、", "第一次全省老龄工作会议以来我省老龄工作的主要成绩"),
    ]
    assert result.sections[0].body.startswith("征兵工作是国防建设")


def test_an_agenda_steps_line_ending_in_a_colon_is_its_heading_without_it():
    result = speech_of(
        "全县林业工作会议主持词",
        "同志们：",
        "今天召开全县林业工作会议。",
        "下面进行第一项：",
        "请县林业局局长作工作报告。",
        "进行第二项：",
        "请县长讲话。",
    )
    assert [s.heading for s in result.sections if s.number] == ["下面进行第一项", "进行第二项"]


def test_counted_stages_are_a_parts_points():
    result = speech_of(
        "在全市干部大会上的讲话",
        "同志们：",
        "今天召开大会。",
        "一、回顾战疫历程，成绩来之不易",
        "第一个阶段，全力以赴抓防控阶段。那时候大家日夜奋战，守住了防线。",
        "第二个阶段，防控和复工复产两手抓阶段。我们一手抓防控，一手抓生产。",
        "二、正视困难挑战",
        "要正视困难，迎难而上。",
    )
    assert headings(result) == [
        (1, "一、", "回顾战疫历程，成绩来之不易"),
        (2, "第一个阶段，", "全力以赴抓防控阶段"),
        (2, "第二个阶段，", "防控和复工复产两手抓阶段"),
        (1, "二、", "正视困难挑战"),
    ]


def test_a_single_star_after_a_comma_masks_a_name():
    result = speech_of(
        "在全市大会上的讲话", "同志们：", "刚才，*同志宣读了表彰名单，*同志、*同志作了发言。"
    )
    assert [p.text for s in result.sections for p in s.placeholders] == ["*", "*", "*"]


def test_a_run_in_body_also_starts_at_as_or_at_a_five_year_plans_period():
    result = speech_of(
        "在全县项目建设大会上的讲话",
        "同志们：",
        "一、站在发展新起点，紧抓项目不动摇“十三五”时期，我们建成了一批好项目。",
        "二、突出工作重点，扎实推进团建工作随着城镇化加快推进，社区的地位日益突出。",
    )
    assert headings(result) == [
        (1, "一、", "站在发展新起点，紧抓项目不动摇"),
        (1, "二、", "突出工作重点，扎实推进团建工作"),
    ]
