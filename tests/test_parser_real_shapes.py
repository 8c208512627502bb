"""Shapes of real pages the parser must read, one small text each (pure Python, no database).

The corpus in tests/fixtures/speeches/ holds whole pages; these tests pin single rules, so that a
change that breaks one says which. Numbering rules are in test_parser_numbering.py."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.parsing import NotASpeech, parse

from .test_parser import assert_invariants, only

BODY = (
    "今天召开这次会议，主要任务是安排部署今年工作。下面，我讲两点意见。",
    "一、提高认识",
    "要把思想统一到上级决策部署上来，切实增强责任感和紧迫感。",
    "二、狠抓落实",
    "要细化任务分工，明确时间节点，确保各项工作落到实处。",
)


def speech_of(*lines: str):
    speech = only("\n".join(lines))
    assert_invariants(speech)
    return speech


def codes(speech) -> set[str]:
    return {w["code"] for w in speech.warnings}


# -------------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("title", "role", "name"),
    [
        ("区长在全区防汛工作会议上的讲话", "区长", ""),
        ("县委副书记、县长王海涛在全县经济工作会议上的讲话", "县委副书记、县长", "王海涛"),
        ("范志强董事长在集团2024年度工作会议上的讲话", "董事长", "范志强"),
        ("市长李某某出席2023年茶叶博览会开幕式致辞", "市长", "李某某"),
        ("全县第二届农民丰收节庆祝活动县长致辞", "县长", ""),
        ("区委副书记区长在全区大会上的讲话", "区委副书记区长", ""),
        ("112 學年度縣長給國小畢業生祝福詞", "縣長", ""),
    ],
)
def test_it_reads_the_speaker_from_the_title(title, role, name):
    speech = speech_of(title, "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == (role, name)


def test_it_reads_a_letter_spaced_name_under_the_title():
    speech = speech_of("在全县安全生产工作会议上的讲话", "赵 德 明", "同志们：", *BODY)
    assert speech.speaker_name == "赵德明"
    assert "low_confidence_speaker" not in codes(speech)


def test_it_reads_a_role_and_name_line_above_the_title():
    speech = speech_of("县委书记　林志远", "在全县招商引资大会上的讲话", "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("县委书记", "林志远")
    assert speech.title == "在全县招商引资大会上的讲话"


def test_a_byline_names_the_speaker_but_says_it_is_a_guess():
    speech = speech_of("在支部党员大会上的党课", "作者：刘宏远", "同志们：", *BODY)
    assert speech.speaker_name == "刘宏远"
    assert "low_confidence_speaker" in codes(speech)


def test_a_dash_line_with_a_name_is_the_speaker_not_a_subtitle():
    speech = speech_of("在全镇森林防火工作会议上的讲话", "——王海涛", "同志们：", *BODY)
    assert speech.subtitle == ""
    assert speech.speaker_name == "王海涛"


# ---------------------------------------------------------------- meeting, organisation, level


@pytest.mark.parametrize(
    ("title", "meeting", "organisation", "level"),
    [
        ("在区委二届三次全会开始时的讲话", "区委二届三次全会", "区委", "区"),
        ("镇长在全镇村干部大会的讲话", "全镇村干部大会", "", "乡镇"),
        ("在区政府全会上的讲话", "区政府全会", "区政府", "区"),
        (
            "在全国政协2023年提案工作座谈会上的讲话",
            "全国政协2023年提案工作座谈会",
            "全国政协",
            "全国",
        ),
        ("在云州市温州商会成立大会上的致辞", "云州市温州商会成立大会", "", "单位"),
        ("在全县安全生产暨消防工作会议上讲话", "全县安全生产暨消防工作会议", "", "县"),
        (
            "全县2024年第一季度重点项目集中开工仪式",
            "全县2024年第一季度重点项目集中开工仪式",
            "",
            "县",
        ),
    ],
)
def test_it_reads_meeting_organisation_and_level(title, meeting, organisation, level):
    speech = speech_of(title, "同志们：", *BODY)
    assert (speech.meeting, speech.organisation, speech.level) == (meeting, organisation, level)


def test_a_level_guessed_from_the_title_alone_is_flagged():
    speech = speech_of("县长讲话", "同志们：", *BODY)
    assert speech.level == "县"
    assert "low_confidence_level" in codes(speech)


# --------------------------------------------------------------------------- titles on sites


@pytest.mark.parametrize(
    "line",
    [
        "[区长讲话]在全区防汛工作会议上的讲话",
        "1、在全区防汛工作会议上的讲话",
        "【篇1】在全区防汛工作会议上的讲话",
        "防汛讲话稿【篇一】：在全区防汛工作会议上的讲话",
        "文章标题：在全区防汛工作会议上的讲话",
        "讲话稿 讲话稿在全区防汛工作会议上的讲话",
        "在全区防汛工作会议上的讲话全文",
        "在全区防汛工作会议上的讲话 - 某某文库",
        "06-03 | 移动端：在全区防汛工作会议上的讲话",
    ],
)
def test_site_furniture_glued_to_the_title_is_cut_off(line):
    speech = speech_of(line, "同志们：", *BODY)
    assert speech.title == "在全区防汛工作会议上的讲话"
    assert speech.meeting == "全区防汛工作会议"


def test_a_title_that_contains_a_site_word_is_kept_whole():
    speech = speech_of("在全文明城市创建推进大会上的讲话", "同志们：", *BODY)
    assert speech.title == "在全文明城市创建推进大会上的讲话"


def test_a_genre_word_line_does_not_win_over_the_real_title():
    speech = speech_of("领导致辞", "在全县第二届农民丰收节上的致辞", *BODY)
    assert speech.title == "在全县第二届农民丰收节上的致辞"


def test_a_part_heading_does_not_win_over_the_real_title():
    speech = speech_of("一　开幕词", "在全市第九届运动会开幕式上的讲话", "同志们：", *BODY)
    assert speech.title == "在全市第九届运动会开幕式上的讲话"


def test_a_slogan_line_above_a_meeting_line_is_the_title_with_its_subtitle():
    speech = speech_of("凝聚共识　建言资政", "在全市政协提案工作座谈会上的讲话", "同志们：", *BODY)
    assert speech.title == "凝聚共识　建言资政"
    assert speech.subtitle == "在全市政协提案工作座谈会上的讲话"
    assert speech.meeting == "全市政协提案工作座谈会"


def test_a_title_glued_to_the_opening_is_cut_from_it():
    speech = speech_of(
        "在全县春季植树造林动员大会上的讲话春节刚过，我们就召开这次大会，部署全年任务。", *BODY[1:]
    )
    assert speech.title == "在全县春季植树造林动员大会上的讲话"
    assert speech.sections[0].body.startswith("春节刚过")


def test_a_title_given_only_in_the_footer_is_used():
    speech = only("\n".join([*BODY, "本文标题：在全县教育工作会议上的讲话"]))
    assert speech.title == "在全县教育工作会议上的讲话"
    assert "no_title" not in codes(speech)


# --------------------------------------------------------------------------------- salutations


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("各位来宾、各位市民：", "各位来宾、各位市民："),
        ("同学们，大家上午好：", "同学们，大家上午好："),
        ("同志们下午好，今天我们召开会议。", "同志们下午好，"),
        ("陈主席、各位嘉宾、各位朋友：", "陈主席、各位嘉宾、各位朋友："),
        ("各位貴賓、親愛的同學們，大家早安：", "各位貴賓、親愛的同學們，大家早安："),
        ("同志们！", "同志们！"),
    ],
)
def test_it_finds_salutations_of_every_shape(line, salutation):
    speech = speech_of("在全市青年座谈会上的讲话", line, *BODY)
    assert speech.salutation == salutation


def test_a_date_on_the_salutation_line_is_the_speech_date():
    speech = speech_of("在全市青年座谈会上的讲话", "2023年5月4日　同志们：", *BODY)
    assert speech.salutation == "同志们："
    assert speech.date == dt.date(2023, 5, 4)


# ------------------------------------------------------------------------------------ genre


@pytest.mark.parametrize(
    ("opening", "genre"),
    [
        ("今天由我给大家讲一堂党课，题目是坚守初心。", "党课"),
        ("下面进行第一项议程，请县委书记讲话。", "主持词"),
        ("我代表全镇干部群众表态如下。", "发言"),
    ],
)
def test_the_body_tells_the_genre_when_the_title_does_not(opening, genre):
    speech = speech_of("坚守初心使命　争当发展先锋", "同志们：", opening, *BODY[1:])
    assert speech.genre == genre
    assert "low_confidence_genre" in codes(speech)


# ------------------------------------------------------------------------------------- junk


@pytest.mark.parametrize(
    "marker",
    [
        "此处隐藏3000个字。VIP会员可见",
        "……（某某网　此处省略352字，正式会员可完整阅读）……",
        "剩余80%未读，开通会员",
        "试读已结束，如需继续阅读或下载，敬请购买",
        "全文约1391字，请下载后阅读",
    ],
)
def test_paywall_text_of_every_shape_goes_whole_with_a_warning(marker):
    speech = speech_of(
        "在全县工作会议上的讲话", "同志们：", "要统筹解决用地难题，" + marker + "要一查到底。"
    )
    text = speech.sections[0].body
    assert "用地难题，" in text and "要一查到底。" in text
    assert "会员" not in speech.text and "字" not in text.replace("一查到底", "")
    assert "truncated" in codes(speech)


def test_separator_lines_and_site_meta_rows_are_dropped():
    speech = speech_of(
        "首页 > 讲话稿 > 领导讲话",
        "在全县工作会议上的讲话",
        "2023-09-23　|　阅读 1024",
        "**********",
        "同志们：",
        *BODY,
        "==========",
        "【字体：大 中 小】　打印本页　【关闭窗口】",
    )
    for junk in ("首页", "阅读", "***", "===", "打印本页"):
        assert junk not in speech.text


def test_a_viewer_chunk_number_inside_a_word_is_removed_and_the_word_rejoined():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天我们在这里召开全县经济工作会议暨党员干",
        "2",
        "部大会，部署工作。",
    )
    assert speech.sections[0].body == "今天我们在这里召开全县经济工作会议暨党员干部大会，部署工作。"


def test_anti_scraping_tokens_glued_to_chinese_are_removed():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "7 Q# k2 F( e!刚才，大家作了发言。x: j8 Q 全市推进GDP和5G。",
    )
    assert speech.sections[0].body == "刚才，大家作了发言。全市推进GDP和5G。"


def test_ruby_pinyin_inserted_by_a_site_is_removed():
    speech = speech_of(
        "在全市紀(jì)念大會上的講話", "同志們：", "習(xí)近平總書記強(qiáng)調(diào)，要牢記使命。"
    )
    assert speech.title == "在全市紀念大會上的講話"
    assert "(" not in speech.sections[0].body


@pytest.mark.parametrize(
    ("line", "date"),
    [("106/11/03", dt.date(2017, 11, 3)), ("中華民國113年12月20日", dt.date(2024, 12, 20))],
)
def test_taiwan_dates_count_from_the_republic(line, date):
    speech = speech_of("在本校校慶典禮上的致詞", line, "各位貴賓：", *BODY)
    assert (speech.date, speech.year) == (date, date.year)


def test_a_related_articles_list_mid_page_does_not_end_the_speech():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        *BODY[:3],
        "相关文章：",
        "在全县安全生产会议上的讲话",
        "在全县防汛工作会议上的讲话",
        "二、狠抓落实",
        "要细化任务分工，明确时间节点，确保各项工作落到实处，决不允许推诿扯皮、敷衍塞责。",
        "要强化督查考核，对工作推进不力的单位和个人，严肃追责问责，确保全年目标顺利完成。",
    )
    assert [s.number for s in speech.sections if s.kind == "body"] == ["一、", "二、"]
    assert "安全生产会议" not in speech.text


# ------------------------------------------------------------------------- documents, quotes


def test_two_speeches_on_one_page_without_markers_are_two_speeches():
    speeches = parse(
        "\n".join(
            [
                "在全县工作会议上的讲话",
                "同志们：",
                *BODY,
                "谢谢大家！",
                "在全县工作会议上的表态发言",
                "尊敬的各位领导：",
                "我代表全镇表态如下。一是坚决落实。二是加强协调。",
            ]
        )
    )
    assert [s.title for s in speeches] == ["在全县工作会议上的讲话", "在全县工作会议上的表态发言"]


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("正如古人所说：“天下难事，必作于易。”", "quotation", "古人"),
        ("古人講：「學而不思則罔。」", "quotation", "古人"),
        ("老會長常常對我們說：「做人要講信用，做事要講規矩。」", "quotation", "老會長"),
        ("托尔斯泰说：“人生不是一种享乐，而是一桩十分沉重的工作。”", "quotation", "托尔斯泰"),
        ("要践行习总书记强调“绿水青山就是金山银山”的理念。", "quotation", "习总书记"),
        ("正如陸羽在《茶經》中所說：「茶之為用，味至寒。」", "quotation", "陸羽"),
        ("“打铁必须自身硬。”——这是我们党的庄严承诺。", "slogan", ""),
        ("要坚决做到“两个维护”。", "slogan", ""),
    ],
)
def test_quotes_get_the_speaker_named_before_the_verb(text, kind, speaker):
    speech = speech_of("在全县工作会议上的讲话", "同志们：", text)
    quote = next(q for s in speech.sections for q in s.quotes if q.kind != "document")
    assert (quote.kind, quote.speaker) == (kind, speaker)


def test_a_novel_quoting_a_speech_is_not_a_speech():
    with pytest.raises(NotASpeech):
        parse(
            "\n".join(
                [
                    "梅书记松开话筒，笑着说：“今天由我来主持会议。”",
                    "“同志们，过去一年成绩很大。”",
                    "“我们要继续努力。”",
                    "底下传来一阵掌声。",
                    "“散会！”",
                    "“好！”",
                ]
            )
        )


def test_a_chunk_number_glued_to_the_next_word_is_removed():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开全县经济工作会议，主要任务是动员全县上下全体人",
        "2、员迅速行动起来，确保完成全年目标。",
    )
    assert (
        speech.sections[0].body
        == "今天召开全县经济工作会议，主要任务是动员全县上下全体人员迅速行动起来，确保完成全年目标。"
    )


@pytest.mark.parametrize(
    "lines",
    [
        [
            "第12部分(第1页)",
            "会议开始了，县长清了清嗓子，望着台下的干部。",
            "他心里明白，今天这番话说出去，就没有回头路了。",
            "“同志们……”他顿了顿，接着说道。",
        ],
        [
            "老周看了看到会的人，便说，“人都到齐了，开会吧。”",
            "小王点点头，拿出了本子。",
            "老周喝了口茶，继续说，“这个县的事情，大家都清楚。”",
        ],
    ],
)
def test_a_novel_narrating_a_meeting_is_not_a_speech(lines):
    with pytest.raises(NotASpeech):
        parse("\n".join(lines))


def test_parallel_opening_sentences_head_a_speech_with_no_numbering():
    speech = speech_of(
        "在全县春节团拜会上的致辞",
        "同志们、朋友们：",
        "值此新春佳节，我代表县委、县政府向大家致以新春的祝福。",
        "这一年，我们战胜困难稳增长。全县地区生产总值稳步增长，重点项目建设提速，财政收入稳中有升。",
        "这一年，我们用心用情惠民生。民生支出占比保持在八成以上，新建改建农村公路一百多公里。",
        "这一年，我们凝心聚力促和谐。社会大局和谐稳定，群众安全感满意度持续提升，干群关系更加融洽。",
        "最后，祝大家新春愉快、阖家幸福！",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "这一年，我们战胜困难稳增长",
        "这一年，我们用心用情惠民生",
        "这一年，我们凝心聚力促和谐",
    ]


# -------------------------------------------------------------------------------- cut-off copies

CUT_LAST = (
    "要细化任务分工，明确时间节点，压实各级责任，确保各项工作一项一项落到实处，对工作进展慢的"
)


@pytest.mark.parametrize(
    "last",
    [
        CUT_LAST,  # stops on a character, mid-clause
        CUT_LAST + "，",  # on a comma
        CUT_LAST + "要建立问题清单、",  # on an enumeration comma
        CUT_LAST + "单位要……",  # on an ellipsis
        CUT_LAST + "...... |",  # an ellipsis with a table cell's rule after it
    ],
)
def test_a_copy_that_stops_mid_sentence_is_flagged_truncated(last):
    speech = speech_of("在全县重点工作推进会上的讲话", "同志们：", *BODY[:-1], last)
    assert "truncated" in codes(speech)


@pytest.mark.parametrize(
    "last",
    [
        "要细化任务分工，明确时间节点，确保各项工作落到实处。",  # a sentence, ended
        "会议结束后，各单位要迅速传达会议精神，抓好贯彻落实，今天的会议就开到这里，散会",
        "最后，祝大家新春愉快、阖家幸福，希望大家在新的一年里再接再厉，谢谢大家",
        "每月一调度、每季一通报",  # a short list item
    ],
)
def test_a_copy_that_ends_as_speeches_end_is_not_flagged(last):
    speech = speech_of("在全县重点工作推进会上的讲话", "同志们：", *BODY[:-1], last)
    assert "truncated" not in codes(speech)


# ------------------------------------------------------------------------ more page shapes


def test_a_lone_asterisk_between_characters_is_a_placeholder():
    speech = speech_of(
        "在全县工作会议上的讲话", "同志们：", "今年要全面落实*市委的部署，做好各项工作。"
    )
    assert [p.text for s in speech.sections for p in s.placeholders] == ["*"]


@pytest.mark.parametrize(
    ("meeting", "organisation"),
    [
        ("清溪区第三届人民代表大会第四次会议", "清溪区人民代表大会"),
        ("柳河镇第十八届人民代表大会第二次会议", "柳河镇人民代表大会"),
    ],
)
def test_a_peoples_congress_session_is_convened_by_the_congress(meeting, organisation):
    speech = speech_of(f"在{meeting}上的讲话", "各位代表：", *BODY)
    assert speech.meeting == meeting
    assert speech.organisation == organisation


def test_a_signed_statement_names_its_speaker_and_date_at_the_end():
    speech = speech_of(
        "在全镇村级组织换届工作动员会上的表态发言",
        "尊敬的各位领导、同志们：",
        "刚才，镇党委对换届工作作了全面部署，我们坚决拥护。下面，我代表村党支部表个态。",
        "请镇党委放心，我们一定高质量完成换届任务。",
        "表态人：青松村党支部书记　李建华",
        "2021年1月15日",
        "分享：",
        "喜欢　0",
        "前一篇：村干部冬训学习心得",
        "后一篇：村党支部书记述职报告",
    )
    assert (speech.speaker_role, speech.speaker_name) == ("青松村党支部书记", "李建华")
    assert speech.date == dt.date(2021, 1, 15)
    assert "前一篇" not in speech.text and "喜欢" not in speech.text


@pytest.mark.parametrize(
    ("under_title", "subtitle"),
    [
        (
            ["以实干担当答好“强县之问”", "奋力开创县域高质量发展新局面"],
            "以实干担当答好“强县之问”奋力开创县域高质量发展新局面",
        ),
        (["以实干担当答好“强县之问”", "县委书记　王建国"], "以实干担当答好“强县之问”"),
        (["以实干担当答好“强县之问”", "中共清河县委办公室"], "以实干担当答好“强县之问”"),
    ],
)
def test_a_slogan_subtitle_may_take_two_lines(under_title, subtitle):
    speech = speech_of(
        "在全县领导干部培训班结业式上的讲话", *under_title, "（2023年4月28日）", "同志们：", *BODY
    )
    assert speech.subtitle == subtitle


def test_a_disclosure_pages_table_names_the_document_and_its_subtitle_dates_the_speech():
    speech = speech_of(
        "首页 > 政务公开 > 政府工作报告",
        "文件名称 | 青川区2025年政府工作报告 | ||",
        "索引号 | /2025-0031 | 公开目录: | 工作报告 |",
        "文号 | 成文日期: | 2025年04月15日 | |",
        "2025年3月21日在青川区第十九届",
        "人民代表大会第四次会议上",
        "青川区人民政府区长 周明远",
        "各位代表：",
        *BODY,
    )
    assert speech.title == "青川区2025年政府工作报告"
    assert speech.subtitle == "2025年3月21日在青川区第十九届人民代表大会第四次会议上"
    assert speech.meeting == "青川区第十九届人民代表大会第四次会议"
    assert speech.date == dt.date(2025, 3, 21)


def test_an_event_named_with_its_year_and_no_nian_dates_the_speech():
    speech = speech_of(
        "县长在2024中国·云台樱桃文化旅游节开幕式上的致辞", "各位嘉宾、朋友们：", *BODY
    )
    assert speech.meeting == "2024中国·云台樱桃文化旅游节开幕式"
    assert speech.year == 2024


def test_a_ceremony_page_with_the_date_above_its_event_name():
    speech = speech_of(
        "2019年11月15日",
        "2021学位颁授典礼",
        "陈立新校长",
        "各位嘉宾、毕业同学、家长、亲友和同事：",
        "今天是一个值得纪念的日子。我代表学校，向各位毕业同学表示热烈的祝贺！",
        "希望大家带着在这里学到的知识和养成的品格，走向更广阔的天地。",
    )
    assert speech.title == "2021学位颁授典礼"
    assert speech.salutation == "各位嘉宾、毕业同学、家长、亲友和同事："
    assert (speech.speaker_role, speech.speaker_name) == ("校长", "陈立新")
    assert speech.date == dt.date(2019, 11, 15)
    assert (speech.level, speech.genre) == ("单位", "致辞")


def test_a_blogs_footer_does_not_keep_the_closing_from_being_last():
    speech = speech_of(
        "毕业典礼致辞稿",
        "各位来宾、各位家长、亲爱的同学们：",
        *BODY[:3],
        "最后，祝福各位毕业生前程似锦，也祝各位来宾和家长身体健康。谢谢大家！",
        "张贴者： 陈校长 于 晚上9:03",
        "没有留言：",
        "较新的文章 首页 较旧的文章",
    )
    assert speech.sections[-1].kind == "closing"
    assert "张贴者" not in speech.text and "较旧的文章" not in speech.text


def test_a_news_lead_names_the_speaker_and_a_guest_goes_by_an_english_name():
    speech = speech_of(
        "发展局局长出席社区绿化嘉年华开幕典礼致辞全文",
        "发展局局长黄志明今日下午出席社区绿化嘉年华开幕典礼。以下为黄志明的致辞全文：",
        "陈主席（园艺学会主席陈德辉）、Mandy（李敏仪）、各位嘉宾、各位朋友：",
        "大家好。今日来到这里觉得很开心。这带出我今天想和大家分享的三点。",
        "第一，你们的效率真的很高。整个嘉年华的筹备时间只有两个多月。",
        "第二方面，我想谈谈绿化和我们日常生活的关系。现在政府会预留更多绿化空间。",
        "第三，绿化需要社区一起参与。政府可以种树，但要长期打理好，始终要靠街坊。",
    )
    assert speech.salutation.startswith("陈主席（园艺学会主席陈德辉）、Mandy（李敏仪）")
    assert speech.speaker_name == "黄志明"
    assert [(s.level, s.number) for s in speech.sections if s.kind == "body"] == [
        (1, "第一，"),
        (1, "第二方面，"),
        (1, "第三，"),
    ]


def test_a_year_end_broadcast_greeting_its_colleagues_inline():
    speech = speech_of(
        "2023年周文彬市长对市府同仁岁末广播",
        "市府的各位同仁们大家好，我是市长周文彬！转眼又到了岁末年终，感谢各位同仁这一年来的努力。",
        "新的一年，我们将持续推动各项市政建设，让这座城市变得更好、更温暖。",
        "最后，祝福每一位同仁新年快乐、身体健康。谢谢大家！",
    )
    assert speech.title == "2023年周文彬市长对市府同仁岁末广播"
    assert speech.salutation.rstrip("，") == "市府的各位同仁们大家好"
    assert (speech.speaker_role, speech.speaker_name) == ("市长", "周文彬")
    assert (speech.genre, speech.year, speech.level) == ("讲话", 2023, "市")


def test_a_copy_ending_on_page_one_of_several_is_truncated_one_showing_the_count_first_is_not():
    ending = speech_of("在全县工作会议上的讲话", "同志们：", *BODY, "第1页共17页")
    assert "truncated" in codes(ending)
    heading = speech_of("第1页　共3页", "在全县工作会议上的讲话", "同志们：", *BODY)
    assert "truncated" not in codes(heading)


def test_an_editors_note_gives_the_post_of_a_speaker_the_title_names():
    speech = speech_of(
        "王建国：在全市优化营商环境大会上的讲话",
        "编者按：3月5日，全市优化营商环境大会召开，市委书记王建国出席会议并讲话。现将讲话全文刊发如下。",
        "同志们：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == ("市委书记", "王建国")


def test_an_archive_records_rows_give_title_date_and_text_and_its_other_rows_go():
    speech = speech_of(
        "文章名称 | : | 民政局局长出席国庆彩灯会开幕典礼致辞全文（十月三日） |",
        "相关机构/单位/部门 | : | 民政局 |",
        "地区 | : | 本市 |",
        "日期 | : | 2009-10-03 |",
        "网址 | : | |",
        "文章预览 | : | 以下为民政局局长李国强今日晚上出席国庆彩灯会开幕典礼的致辞全文： |",
        "何主席、各位嘉宾、各位街坊、各位朋友：",
        *BODY,
    )
    assert speech.title.startswith("民政局局长出席国庆彩灯会开幕典礼致辞")
    assert speech.date == dt.date(2009, 10, 3)
    assert speech.speaker_name == "李国强"
    assert "相关机构" not in speech.text and "网址" not in speech.text


def test_a_motto_printed_somewhere_is_a_slogan_a_sentence_someone_said_a_quotation():
    speech = speech_of(
        "在学校毕业典礼上的致辞",
        "亲爱的同学们：",
        "纪念册的扉页上印着一句话：“德在心中，明在前路。”这正是母校对你们最大的期望。",
        "我的老师常对我说：“做人做学问，都要慢慢来，比较快。”我一直记在心里。",
    )
    kinds = {q.text: q.kind for s in speech.sections for q in s.quotes}
    assert kinds == {
        "德在心中，明在前路。": "slogan",
        "做人做学问，都要慢慢来，比较快。": "quotation",
    }


@pytest.mark.parametrize(
    "cut",
    [
        ("有的企业主体责任悬在半空，有...", "(想阅读全部图文内容，您需要先登陆!)"),
        ("有的企业主体责任悬在半空，这说明很多县区......",),
        (
            "要把思想好、作风正的人选进班子，让村级组织真正成为带领群众",
            "……（新文秘网https://www.example.cn省略932字，正式会员可完整阅读）……",
        ),
    ],
)
def test_a_previews_cut_marks_do_not_reach_the_text(cut):
    speech = speech_of("在全县安全生产工作会议上的讲话", "同志们：", *BODY, *cut)
    assert "truncated" in codes(speech)
    assert "..." not in speech.text and "会员" not in speech.text and "省略" not in speech.text


def test_a_sites_meta_bar_tip_jar_and_forum_replies_do_not_reach_the_text():
    speech = speech_of(
        "在全区廉政工作会议上的讲话",
        "【投稿】【收藏】 作者: 佚名 来源: 原创 阅读 次 【小 中 大】",
        "同志们：",
        *BODY,
        "如果喜欢本篇内容，请赞赏鼓励哦！",
        "请选择打赏类型",
        "回复　引用　TOP",
        "沙发　过路人　发表于 2006-6-29 09:30　|　只看该作者",
        "支持一下，写得很实在。",
    )
    for junk in ("佚名", "赞赏", "打赏", "回复", "支持一下"):
        assert junk not in speech.text


def test_a_writing_sites_name_injected_inside_a_word_is_dropped():
    speech = speech_of(
        "在迎春茶话会上的致辞",
        "同志们、朋友们：",
        "过去的一年，对我老秘网区来讲是非同寻常的一年。新的一年，我范文网区将全面落实各项部署。",
    )
    assert "对我区来讲是非同寻常的一年" in speech.text and "我区将全面落实" in speech.text


def test_a_news_lead_into_the_speech_is_not_the_speech():
    speech = speech_of(
        "局长出席园艺嘉年华开幕典礼致辞全文",
        "局长黄志明今日下午出席园艺嘉年华开幕典礼。以下为黄志明的致辞全文：",
        "各位嘉宾、各位朋友：",
        *BODY,
    )
    assert speech.speaker_name == "黄志明"
    assert "以下为" not in speech.text


def test_a_word_ending_before_wang_shang_is_not_a_site_name():
    speech = speech_of(
        "在全县工作会议上的讲话", "同志们：", "各类材料网上报送，公文网上流转，要做到及时准确。"
    )
    assert "各类材料网上报送，公文网上流转" in speech.text


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("县委书记在创建省级文明县城推进大会上的讲话", "县"),
        ("在全域旅游示范区创建工作专题会上的发言", "未知"),
    ],
)
def test_a_grade_a_place_earns_is_not_the_level(title, level):
    assert speech_of(title, "同志们：", *BODY).level == level


def test_a_sites_teaser_foreword_related_list_and_commentary_do_not_reach_the_text():
    speech = speech_of(
        "在全县秋冬种工作会议上的讲话",
        "前言：本站为你整理了这篇讲话，希望能为你的写作提供参考。",
        "推荐阅读：同志们：今天召开全县秋冬种工作会议，主要任务是",
        "同志们：",
        *BODY,
        "【评析】这篇讲话结构清楚，层次分明，值得借鉴。",
        "相关资源：秋冬种工作会议主持词、表态发言",
    )
    for junk in ("本站", "推荐阅读", "评析", "相关资源"):
        assert junk not in speech.text
    assert speech.sections[-1].body.endswith("确保各项工作落到实处。")


def test_a_compilations_numbered_copies_of_one_title_are_two_speeches():
    speeches = parse(
        "\n".join(
            [
                "开学典礼校长致辞通用1",
                "亲爱的同学们：",
                "新学期开始了，欢迎大家回到校园。",
                "希望大家珍惜时光，努力学习，在新学期取得更大的进步。",
                "谢谢大家！",
                "开学典礼校长致辞通用2",
                "尊敬的老师们、亲爱的同学们：",
                "金秋九月，我们迎来了新学年的开学典礼。",
                "希望老师们关爱学生，希望同学们勤奋学习，让校园充满活力。",
                "谢谢大家！",
                "开学典礼校长致辞通用相关文章：",
            ]
        )
    )
    assert [s.title for s in speeches] == ["开学典礼校长致辞", "开学典礼校长致辞"]
    assert [s.salutation.rstrip("：") for s in speeches] == [
        "亲爱的同学们",
        "尊敬的老师们、亲爱的同学们",
    ]
    assert "相关文章" not in speeches[1].text


def test_a_zero_written_as_a_circle_in_a_year_is_no_placeholder():
    speech = speech_of("在全县工作会议上的讲话", "同志们：", "二○○六年以来，○○同志带头落实。")
    assert [p.text for s in speech.sections for p in s.placeholders] == ["○○"]


def test_a_special_administrative_regions_new_year_address_by_the_cyclic_year():
    speech = speech_of(
        "澳门特别行政区行政长官陈国良甲辰年新春献辞",
        "各位亲爱的市民：",
        "新春佳节来临之际，我谨代表特区政府向全体市民致以新春的祝福。",
        "祝大家龙年吉祥，身体健康！",
    )
    assert (speech.level, speech.year, speech.genre) == ("省", 2024, "致辞")
    assert (speech.speaker_role, speech.speaker_name) == ("澳门特别行政区行政长官", "陈国良")


def test_a_political_consultative_session_is_convened_by_its_committee():
    speech = speech_of("在政协海川省第十三届委员会第二次会议上的讲话", "各位委员：", *BODY)
    assert speech.organisation == "政协海川省委员会"


@pytest.mark.parametrize(
    ("title", "meeting", "role", "name"),
    [
        (
            "通商协会主席林义贤先生在第五届经贸论坛上的致辞",
            "第五届经贸论坛",
            "通商协会主席",
            "林义贤",
        ),
        (
            "育才中学2021年秋季开学典礼教师代表徐明老师发言",
            "育才中学2021年秋季开学典礼",
            "教师代表",
            "徐明",
        ),
    ],
)
def test_an_honorific_after_the_speakers_name_in_the_title(title, meeting, role, name):
    speech = speech_of(title, "同志们：", *BODY)
    assert (speech.meeting, speech.speaker_role, speech.speaker_name) == (meeting, role, name)


def test_a_post_and_name_signed_above_the_closing_date_name_the_speaker():
    speech = speech_of(
        "致海外员工的新年祝辞",
        "各位同事：",
        "新的一年即将到来，祝愿大家和家人节日快乐、身体健康！",
        "海川化工集团公司总经理　王振邦",
        "2009年12月24日",
    )
    assert (speech.speaker_role, speech.speaker_name) == ("海川化工集团公司总经理", "王振邦")
    assert "王振邦" not in speech.sections[-1].body


def test_what_we_used_to_say_is_no_one_elses_quotation():
    speech = speech_of(
        "在企业家年会上的演讲", "各位朋友：", "以前我们讲“走出去”，现在要讲“走进去”。"
    )
    assert [(q.kind, q.speaker) for s in speech.sections for q in s.quotes] == [
        ("slogan", ""),
        ("slogan", ""),
    ]


def test_zero_padded_part_numbers_on_their_own_lines_label_the_headings_below():
    speech = speech_of(
        "再出发——在企业年度演讲会上的演讲全文（收藏版）",
        "各位朋友：",
        "今天想和大家聊聊出发这件事。",
        "01",
        "出发新时代",
        "这些年，我们见证了行业的巨大变化，很多企业在变化中找到了新的方向。",
        "02",
        "出发新大陆",
        "走向海外市场，是很多企业必须回答的问题，也是我们这一代人的使命。",
    )
    assert [(s.number, s.heading) for s in speech.sections if s.kind == "body"] == [
        ("01", "出发新时代"),
        ("02", "出发新大陆"),
    ]
    assert speech.title == "再出发——在企业年度演讲会上的演讲"


def test_a_government_pages_date_bar_next_links_and_desktop_prompt_stay_out():
    speech = speech_of(
        "电脑桌面",
        "安装后可以在桌面快捷访问",
        "在全县秋冬种工作会议上的讲话",
        "日期：2024-01-22 09:30　来源：《海川政协》杂志　作者：刘明",
        "同志们：",
        *BODY,
        "上一条：县政府召开常务会议",
        "下一条：县委召开理论学习中心组学习会",
        "发送给朋友",
    )
    assert speech.title == "在全县秋冬种工作会议上的讲话"
    for junk in ("桌面", "海川政协", "上一条", "下一条", "给朋友"):
        assert junk not in speech.text


def test_a_books_example_names_the_speakers_post_in_a_bracketed_field():
    speech = speech_of(
        "【范例一】",
        "【致辞人】××市卫生健康委主任",
        "在全市卫生健康系统作风建设动员大会上的致辞",
        "同志们：",
        *BODY,
    )
    assert speech.speaker_role == "××市卫生健康委主任"
    assert "致辞人" not in speech.text


def test_a_quotation_set_apart_is_attributed_at_the_end_of_the_paragraph_before():
    speech = speech_of(
        "在新学期开学典礼上的发言",
        "同学们：",
        "我的摘抄本第一页，抄着冰心先生在《繁星》里写下的一段话：",
        "“成功的花，人们只惊羡她现时的明艳。”",
        "我的恩师曾对我说：“一道题做不出来不要紧，要紧的是再做一遍的勇气。”",
    )
    quotes = [
        (q.kind, q.speaker) for s in speech.sections for q in s.quotes if q.kind != "document"
    ]
    assert quotes[0][0] == "quotation" and quotes[0][1].endswith("冰心先生")
    assert quotes[1] == ("quotation", "我的恩师")


def test_a_title_where_the_speaker_delivers_fa_biao_the_address():
    speech = speech_of(
        "海川省省长郑启明发表二○二四年新年贺词",
        "全省各族人民：",
        "值此辞旧迎新之际，我谨代表省人民政府，向全省各族人民致以新年的祝福！",
    )
    assert (speech.speaker_role, speech.speaker_name, speech.year) == ("海川省省长", "郑启明", 2024)


def test_a_pdf_copys_spaced_year_paywall_marker_credit_line_and_address_footer():
    speech = speech_of(
        "x党支部2023 年度组织生活会主持词",
        "同志们：",
        "今天我们召开支部组织生活会，这对于增进同##paidbegin##志之间的团结十分重要。",
        "下面进行第一项议程，请支部书记通报班子对照检查情况。",
        "（供稿：经济管理学院党总支　审核：党委组织部）",
        "本文地址：范文中心/jianghua/2c81f7a0.html",
    )
    assert speech.year == 2023
    assert "同志之间" in speech.text
    for junk in ("paidbegin", "供稿", "本文地址"):
        assert junk not in speech.text


def test_a_departments_own_meeting_is_convened_by_the_department():
    speech = speech_of("在县审计局巡察反馈问题整改工作推进会上的讲话", "同志们：", *BODY)
    assert speech.organisation == "县审计局"
    speech = speech_of("在市医疗保障局2025年春节前廉政警示教育会上的党课", "同志们：", *BODY)
    assert speech.organisation == "市医疗保障局"


def test_a_word_said_is_no_quotation():
    speech = speech_of(
        "在青年干部座谈会上的讲话",
        "同志们：",
        "对违规违纪行为要敢于说“不”，孩子考好了别光说“别骄傲”。",
    )
    assert [(q.kind, q.speaker) for s in speech.sections for q in s.quotes] == [
        ("slogan", ""),
        ("slogan", ""),
    ]


def test_a_self_examination_title_with_a_note_and_a_pdfs_spaced_year():
    speech = speech_of(
        "镇党委领导班子 2023 年度主题教育专题民主生活会对照检查材料（含案例）",
        "根据县委通知要求，镇党委领导班子认真开展会前准备，现将对照检查情况报告如下。",
        "一、存在的主要问题",
        "理论学习还不够深入，学用结合还不够紧密。",
        "二、整改措施",
        "要把学习成效转化为推动工作的实际能力。",
    )
    assert speech.title == "镇党委领导班子2023年度主题教育专题民主生活会对照检查材料（含案例）"
    assert (speech.meeting, speech.organisation) == (
        "镇党委领导班子2023年度主题教育专题民主生活会",
        "镇党委",
    )
    assert (speech.genre, speech.year, speech.level) == ("发言", 2023, "乡镇")


def test_a_printed_documents_foot_and_a_collected_works_notes_stay_out():
    speech = speech_of(
        "在市政府常务会议上的讲话",
        "同志们：",
        *BODY,
        "注　释",
        "〔1〕联产承包，指以家庭联产承包为主的责任制。",
        "（选自某某文选第二卷）",
        "分送：市委办公室，市人大常委会办公室，市政协办公室。",
        "市人民政府办公室　　2024年4月16日印发",
        "（共印60份）",
    )
    for junk in ("注", "〔1〕", "选自", "分送", "印发", "共印"):
        assert junk not in speech.sections[-1].body


def test_an_e_papers_turn_markers_a_word_pdfs_header_and_to_be_continued():
    speech = speech_of(
        "在全省政府系统工作会议上的讲话（摘要）",
        "同志们：",
        "一、扎实推进经济工作",
        "要扩大有效投资，谋划储备一批交通、水利项目。",
        "（下转2版）",
        "Microsoft Word - 讲话定稿0516.docx",
        "（上接1版）",
        "二、锻造过硬干部队伍",
        "要讲政治、守规矩，把各项部署落到实处。",
        "（待续）",
    )
    for junk in ("下转", "上接", "Microsoft", "待续"):
        assert junk not in speech.text
    assert "truncated" in codes(speech)


def test_a_news_report_of_a_meeting_is_not_a_speech():
    with pytest.raises(NotASpeech):
        parse(
            "市政府召开第十三次常务会议\n"
            "5月10日，市长主持召开市政府常务会议，研究部署近期重点工作。\n"
            "会议指出，当前全市安全生产形势总体平稳。\n"
            "会议强调，要压实各方责任，严格落实安全生产责任制。\n"
            "会议审议并原则通过了《城市更新项目管理办法》。"
        )


def test_speeches_numbered_by_bare_numerals_take_the_page_title():
    speeches = parse(
        "\n".join(
            [
                "工业发展大会上的领导讲话",
                "一",
                "同志们：",
                "今天召开全市工业发展大会，主要任务是部署今年工业工作。",
                "希望大家坚定信心，真抓实干，推动工业经济高质量发展。",
                "二",
                "同志们：",
                "借这个机会，我讲三句话。要坚定发展工业的信心，要盯住项目不放松。",
                "谢谢大家！",
            ]
        )
    )
    assert [s.title for s in speeches] == ["工业发展大会上的领导讲话"] * 2
    assert speeches[0].meeting == "工业发展大会"


def test_pasted_html_tags_page_counters_and_double_prime_quotes():
    speech = speech_of(
        '<p class="ql-block">1/3在全村人居环境整治大会上的讲话</p>',
        '<p class="ql-block">乡亲们：</p><p class="ql-block">今天召开全村大会，落实〝三清一改〞，'
        "把村庄打扫干净。2/3家家户户都要动起来。</p><br>",
        "<p>3/3最后，希望大家齐心协力！</p>",
    )
    assert speech.title == "在全村人居环境整治大会上的讲话"
    assert speech.salutation.startswith("乡亲们")
    for junk in ("<", "ql-block", "1/3", "2/3", "3/3"):
        assert junk not in speech.text
    assert [q.text for s in speech.sections for q in s.quotes] == ["三清一改"]


@pytest.mark.parametrize(
    ("title", "meeting", "role", "name"),
    [
        ("2024年安全生产工作会议总经理讲话", "2024年安全生产工作会议", "总经理", ""),
        ("九年级家长会班主任发言", "九年级家长会", "班主任", ""),
        ("安全生产月启动仪式员工代表发言", "安全生产月启动仪式", "员工代表", ""),
    ],
)
def test_the_post_after_the_event_in_a_title(title, meeting, role, name):
    speech = speech_of(title, "各位同事：", *BODY)
    assert (speech.meeting, speech.speaker_role, speech.speaker_name) == (meeting, role, name)


def test_a_party_secretary_is_a_post_not_a_name():
    speech = speech_of("在医院2024年工作会议上的讲话", "党委书记", "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("党委书记", "")


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("街道党工委书记在全街道网格化服务管理工作推进会上的讲话", "乡镇"),
        ("党委书记在全院庆祝中国医师节大会上的致辞", "单位"),
        ("九年级家长会班主任发言稿", "单位"),
        ("2024年安全生产工作会议总经理讲话", "单位"),
    ],
)
def test_streets_are_townships_and_a_units_own_people_make_a_unit_event(title, level):
    assert speech_of(title, "同志们：", *BODY).level == level


@pytest.mark.parametrize("dash", ["——", "---"])
def test_a_slogan_title_and_its_subtitle_on_one_line(dash):
    speech = speech_of(
        f"守正创新　共谋发展{dash}在江淮中医药学会第十届学术年会开幕式上的致辞",
        "各位专家、各位同道：",
        "今天，学会第十届学术年会在这里隆重开幕。",
    )
    assert speech.title.replace("\u3000", "") == "守正创新共谋发展"
    assert speech.subtitle == "在江淮中医药学会第十届学术年会开幕式上的致辞"
    assert speech.meeting == "江淮中医药学会第十届学术年会开幕式"


def test_leaked_entities_and_style_sheets_are_cleaned():
    speech = speech_of(
        "l> [标签:标题] @page { size: 8.27in 11.69in; margin-left: 1.25in } p.cjk { font-family: "
        '"宋体"; font-size: 10pt }',
        "在全县村党组织书记座谈会上的讲话",
        "同志们：",
        "这次考察学习是县委&ldquo;头雁提升&rdquo;工程的重要内容，&#8220;两个维护&rdquo要落到实处。"
        '<span style="font-size:9pt;color:navy">要</span>把学到的经验用起来。',
    )
    assert speech.title == "在全县村党组织书记座谈会上的讲话"
    assert "“头雁提升”" in speech.text and "“两个维护”" in speech.text
    for junk in ("&", "font", "margin", "标签", "navy"):
        assert junk not in speech.text


@pytest.mark.parametrize(
    "cut",
    [
        "……（未完，全文共9816字，当前仅显示2914字，请阅读下面提示信息。",
        "…………\n全文共5126字,仅供站内会员学习参考(会员可打开全部文档)",
    ],
)
def test_a_members_preview_cut_is_truncated(cut):
    speech = speech_of(
        "在全市卫生健康工作会议上的讲话",
        "同志们：",
        *BODY[:-1],
        "要细化任务分工，明确时间节点，确保各项工作落到实处，持续推进紧密型城市医疗集团建设，"
        + cut,
    )
    assert "truncated" in codes(speech)
    assert "全文共" not in speech.text and "未完" not in speech.text


def test_a_sites_title_link_and_members_prompt_footers_stay_out():
    speech = speech_of(
        "在县防汛抗旱指挥部2024年第一次全体会议上的讲话",
        "同志们：",
        *BODY,
        "提示：本文为会员内容，开通会员即可阅读全文并下载。",
        "本文标题：县长在防汛会议上的讲话",
        "链接地址：http://www.example.com/a/1.html",
    )
    assert speech.organisation == "县防汛抗旱指挥部"
    for junk in ("提示", "本文标题", "链接地址"):
        assert junk not in speech.text


def test_template_slots_written_with_the_roman_numeral_ten_are_placeholders():
    speech = speech_of(
        "在ⅹⅹ镇油菜花文化旅游节开幕式上的欢迎词",
        "各位来宾：",
        "金秋时节，ⅹⅹ镇的油菜花开得正好，我代表镇党委、镇政府向各位来宾表示热烈欢迎。",
    )
    assert [p.text for s in speech.sections for p in s.placeholders] == ["ⅹⅹ"]
    assert speech.meeting == "ⅹⅹ镇油菜花文化旅游节开幕式"


def test_a_masked_speaker_line_under_the_title():
    speech = speech_of(
        "在江北省投资环境推介会上的致辞", "江北省***县人民政府县长　***", "各位嘉宾：", *BODY
    )
    assert (speech.speaker_role, speech.speaker_name) == ("江北省***县人民政府县长", "***")
    assert speech.subtitle == ""


def test_a_dated_list_entry_title_names_the_president_who_opens_the_games():
    speech = speech_of(
        "10/27/2023.明湖科技大学第42届全校运动大会 林志远校长开幕致词", "各位同学：", *BODY
    )
    assert speech.title.replace(" ", "") == "明湖科技大学第42届全校运动大会林志远校长开幕致词"
    assert (speech.meeting, speech.speaker_role, speech.speaker_name) == (
        "明湖科技大学第42届全校运动大会",
        "校长",
        "林志远",
    )


def test_a_compilations_copies_numbered_pian_after_the_title_are_two_speeches():
    lines = ["乡镇森林防火工作会议领导讲话篇1", "同志们：", *BODY]
    lines += ["乡镇森林防火工作会议领导讲话篇2", "各位领导、同志们：", *BODY]
    speeches = parse("\n".join(lines))
    assert [s.title for s in speeches] == ["乡镇森林防火工作会议领导讲话"] * 2


def test_yun_attributes_a_saying_and_an_audience_is_no_speaker():
    speech = speech_of(
        "全县村党组织书记2023年赴浙考察学习总结座谈会上的讲话",
        "同志们：",
        "古人云：“不为良相，便为良医。”我们要把学到的经验用起来。",
    )
    assert speech.speaker_role == ""
    assert [(q.kind, q.speaker) for s in speech.sections for q in s.quotes] == [
        ("quotation", "古人")
    ]


def test_a_masked_post_and_name_before_the_title_and_a_post_alone_under_it():
    speech = speech_of("“xx县副县长XXX：在全县森林防火工作推进会上的讲话", "同志们：", *BODY)
    assert speech.title == "xx县副县长XXX：在全县森林防火工作推进会上的讲话"
    assert (speech.speaker_role, speech.speaker_name) == ("xx县副县长", "XXX")
    speech = speech_of("在集团职代会闭幕时的讲话", "董事长、党委书记", "各位代表：", *BODY)
    assert (speech.subtitle, speech.speaker_role) == ("", "董事长、党委书记")


def test_closing_words_a_debriefing_signature_and_a_breadcrumb_that_is_no_title():
    speech = speech_of(
        "写作方程式>主持词>会议主持词",
        "省作家协会青年作家创作座谈会结束语",
        "同志们：",
        *BODY,
        "（本文未经讲话人审阅）",
    )
    assert (speech.title, speech.genre) == ("省作家协会青年作家创作座谈会结束语", "总结讲话")
    assert "未经" not in speech.text
    speech = speech_of(
        "市场监管局副局长2023年度述职述廉报告",
        "一、履职情况",
        "全年牵头完成食品安全专项整治三项。",
        "二、廉洁自律情况",
        "严格遵守中央八项规定精神。",
        "述职人：张丽华",
        "2024年1月10日",
    )
    assert (speech.genre, speech.speaker_name) == ("发言", "张丽华")


def test_taiwan_and_hong_kong_page_habits():
    speech = speech_of(
        "主題: 鷗嶼鄉長陳志航2025新年感言",
        "各位鄉親：",
        "二O二四年，鄉公所完成了碼頭擴建﹐也辦好了多項民生工程﹗",
    )
    assert speech.title == "鷗嶼鄉長陳志航2025新年感言"
    assert (speech.year, speech.genre, speech.speaker_role, speech.speaker_name) == (
        2025,
        "讲话",
        "鷗嶼鄉長",
        "陳志航",
    )
    assert "二〇二四年" in speech.text
    speech = speech_of("社会文化司司长区嘉慧在澳门归侨总会会庆上的致词", "各位嘉宾：", *BODY)
    assert speech.level != "区"


def test_a_scanned_date_and_a_word_templates_fields_and_footers():
    speech = speech_of(
        "------作者xxxx",
        "------日期xxxx",
        "在全市文明城市创建工作推进会上的讲话",
        "【精品文档】",
        "（2022年3月15曰）",
        "同志们：",
        *BODY,
        'HYPERLINK "http://www.example.com" \\o "文明城市"',
    )
    assert speech.title == "在全市文明城市创建工作推进会上的讲话"
    assert str(speech.date) == "2022-03-15"
    for junk in ("作者xxxx", "精品文档", "HYPERLINK"):
        assert junk not in speech.text


def test_a_council_members_speech_addresses_the_chair_and_page_counters_in_numerals_go():
    speech = speech_of(
        "「推动银发就业」议案发言稿",
        "代主席：",
        "本人今日提出这项议案，希望政府正视长者就业的需要。",
        "首先，要扩大长者就业支援计划，第一页，共12页。让更多长者重返职场。",
        "其次，要检讨强积金制度。",
    )
    assert speech.salutation.rstrip("：") == "代主席"
    assert "第一页" not in speech.text


def test_anti_copy_filler_lines_and_runs_stay_out():
    filler = "薂蝿莀薁螇肄芆薀衿袇膂蕿肂肈薈蚁袅莇"
    speech = speech_of(
        filler,
        "在全县防范化解金融风险工作会议上的讲话",
        "同志们：",
        *BODY[:-1],
        BODY[-1] + filler,
    )
    assert speech.title == "在全县防范化解金融风险工作会议上的讲话"
    assert "薂蝿" not in speech.text and speech.subtitle == ""


def test_a_news_item_that_paraphrases_a_speech_is_not_a_speech():
    with pytest.raises(NotASpeech):
        parse(
            "接见义消楷模得奖人\n"
            "领导人今日上午接见义消楷模得奖人，感谢他们守护民众生命财产。\n"
            "领导人致词时表示，再过几天就是消防节，首先要恭喜各位得奖人。\n"
            "领导人指出，每当遭遇灾害，消防人员都全力救援。\n"
            "领导人最后表示，期盼得奖人继续与政府一起努力。\n"
            "责任编辑：王慧\n"
            "相关新闻："
        )


def test_chapter_links_back_links_journal_marks_and_slide_file_titles_stay_out():
    speech = speech_of(
        "以严的基调强化正风肃纪专题党课ppt课件.ppt",
        "【正】同志们：",
        *BODY,
        "Tweet　分享　留言(0)",
        "回上页　　本期目录",
        "上一章：二〇二五年工作回顾",
        "相关论文",
    )
    assert speech.title == "以严的基调强化正风肃纪专题党课"
    assert speech.salutation.rstrip("：") == "同志们"
    for junk in ("【正】", "留言", "回上页", "上一章", "相关论文"):
        assert junk not in speech.text


def test_an_opening_celebrations_meeting_and_a_poets_line():
    speech = speech_of(
        "茶叶市场开业庆典致辞",
        "各位来宾：",
        "王安石有诗云：“爆竹声中一岁除，春风送暖入屠苏。”今天，茶叶市场正式开业了。",
    )
    assert speech.meeting == "茶叶市场开业庆典"
    assert [(q.kind, q.speaker) for s in speech.sections for q in s.quotes] == [
        ("quotation", "王安石")
    ]
