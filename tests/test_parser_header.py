"""The parser's header and metadata stages on small synthetic texts (pure Python, no
database): titles, subtitles, speaker lines, genre, level and date. The seed and the shared
helpers are in test_parser.py; real pages' shapes in test_parser_metadata.py and
test_parser_speakers.py."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.parsing import parse
from speeches.parsing.salutation import salutation

from .test_parser import BODY, speech_of


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


@pytest.mark.parametrize(
    "speaker_line",
    ["全国政协主席严正平：", "全国人民代表大会常务委员会副委员长庞文远"],
)
def test_an_untitled_speakers_line_above_the_address_is_no_title_and_ends_the_pages_lead(
    speaker_line,
):
    result = speech_of(
        "3月10日，全国政协十四届三次会议在北京举行闭幕会。新华社图",
        speaker_line,
        "各位委员，同志们：",
        "全国政协十四届三次会议完成了各项议程。",
    )
    assert (result.title, result.salutation) == ("", "各位委员，同志们：")
    assert result.speaker_name in ("严正平", "庞文远")
    assert "新华社图" not in result.text


def test_a_copys_number_after_a_templates_title_is_no_part_of_it():
    result = speech_of("2023大学校长开学典礼致辞模板(篇1)", "同学们：", *BODY[2:])
    assert result.title == "2023大学校长开学典礼致辞模板"


def test_a_sites_one_step_breadcrumb_is_no_title():
    result = speech_of(
        "主持词网>会议主持词", "庆祝五一暨劳动模范表彰大会主持词", "同志们：", *BODY[2:]
    )
    assert result.title == "庆祝五一暨劳动模范表彰大会主持词"


def test_a_numbered_heading_above_the_address_is_no_title():
    result = speech_of("目录/提纲：……", "（四）强化安全责任，完善追究机制", "同志们：", *BODY[2:])
    assert (result.title, result.subtitle) == ("", "")
    assert "目录/提纲" not in result.text


def test_an_article_title_label_glued_after_a_headline_is_dropped_with_it():
    result = speech_of(
        "市长在全市消防工作会议上的讲话文章标题：市长在20xx年全市消防工作会议上的讲话",
        "同志们：",
        *BODY[2:],
    )
    assert result.title == "市长在20xx年全市消防工作会议上的讲话"


def test_a_spaced_genre_word_is_no_speakers_name():
    result = speech_of("全县食品药品安全监管工作会议", "主　持　词", "同志们：", *BODY[2:])
    assert result.speaker_name == ""


def test_a_lectures_title_with_its_genre_first_glued_to_the_address_is_split():
    result = speech_of(
        "党课讲稿：杜绝“微腐败”，守好廉洁“第一关”同志们：大家好。今天我讲一堂党课。",
        *BODY[2:],
    )
    assert result.title == "党课讲稿：杜绝“微腐败”，守好廉洁“第一关”"
    assert (result.salutation, result.genre) == ("同志们：", "党课")


def test_a_title_run_into_the_first_numbered_heading_is_split_from_it():
    result = speech_of(
        "市长视察森林防火工作时的讲话一、认真吸取教训，扎实做好春节前后的森林防火工作",
        "全县森林覆盖率不高，防火形势严峻。",
        "二、突出重点环节，全面加强野外火源管控",
        "要严格管住野外用火。",
    )
    assert result.title == "市长视察森林防火工作时的讲话"
    assert [s.number for s in result.sections if s.number] == ["一、", "二、"]


@pytest.mark.parametrize(
    "line",
    [
        "【在全县卫生健康工作会议上的讲话】同志们：当前已进入防火紧要期。",
        "在全县卫生健康工作会议上的讲话】同志们：当前已进入防火紧要期。",  # half a bracket
    ],
)
def test_a_bracketed_title_glued_to_the_salutation_loses_its_brackets(line):
    result = speech_of("在全县卫生健康工作会议上的讲话", line, *BODY[2:])
    assert (result.title, result.subtitle) == ("在全县卫生健康工作会议上的讲话", "")
    assert result.salutation == "同志们："


@pytest.mark.parametrize(
    ("title", "genre"),
    [("职工羽毛球比赛欢迎词", "致辞"), ("在全县征兵工作会议上的讲话稿", "讲话")],
)
def test_it_splits_a_welcome_or_a_draft_glued_to_the_salutation(title, genre):
    result = speech_of(f"{title}尊敬的各位领导、各位来宾：大家上午好！欢迎大家。", *BODY[2:])
    assert (result.title, result.genre) == (title, genre)
    assert result.salutation == "尊敬的各位领导、各位来宾："


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


def test_it_warns_when_there_is_no_title():
    result = speech_of(*BODY)
    assert {w["code"] for w in result.warnings} == {"no_title", "low_confidence_genre"}
    assert (result.title, result.genre) == ("", "讲话")


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


def test_it_reads_a_date_written_after_the_title():
    result = speech_of("在全县经济工作会议上的讲话（2024年1月8日）", *BODY)
    assert (result.meeting, result.date, result.year) == (
        "全县经济工作会议",
        dt.date(2024, 1, 8),
        2024,
    )


def test_an_address_to_a_residents_building_leads_is_a_salutation():
    assert salutation("各位居民代表、各位楼栋长：") == "各位居民代表、各位楼栋长："
    assert salutation("各位网格长、各位村民小组长：") == "各位网格长、各位村民小组长："


def test_an_address_broken_over_several_lines_is_one_salutation():
    speech = speech_of(
        "陈振南会长在某会馆成立九十周年庆典晚宴上的致词",
        "尊敬的主宾　文化、社区及青年部长　杜伟强先生，",
        "宗乡会馆联合总会会长　蔡国荣先生，",
        "会馆永远名誉会长　林德发乡贤，",
        "各位理事、各位乡亲、各位嘉宾，",
        "女士们、先生们：",
        "大家晚上好！",
        *BODY,
    )
    assert speech.salutation.startswith("尊敬的主宾")
    assert speech.salutation.endswith("女士们、先生们：")


def test_a_salutation_with_qin_ai_de_opens_the_first_paragraph():
    speech = speech_of(
        "2024年新春致辞", "亲爱的朋友们，辞旧迎新之际，我谨向大家致以新春的问候！", *BODY[1:]
    )

    assert speech.salutation == "亲爱的朋友们，"


def test_a_toolbar_of_related_articles_above_the_title_is_no_footer():
    speech = speech_of(
        "当前位置 : 某某范文网 > 工作总结 > 正文",
        "2023年在全市重点项目建设推进会讲话[VIP]",
        "【相关文章】 【现金奖励投稿】 【扣点券查看全文】",
        "2023年在全市重点项目建设推进会讲话",
        *BODY[1:],
    )

    assert (speech.title, speech.year) == ("2023年在全市重点项目建设推进会讲话", 2023)


@pytest.mark.parametrize(
    "line",
    [
        "冬春火灾防控工作动员会议上的讲话 领导讲话稿推荐",
        "标题: 冬春火灾防控工作动员会议上的讲话 [打印本页]",
        "作者: 笔杆子老周    时间: 2014-4-21 10:37    标题: 冬春火灾防控工作动员会议上的讲话",
    ],
)
def test_a_title_keeps_none_of_the_sites_labels_around_it(line):
    speech = speech_of("老秘网", line, *BODY)

    assert speech.title == "冬春火灾防控工作动员会议上的讲话"


def test_an_address_broken_after_its_qin_ai_de_is_one_salutation():
    speech = speech_of("2024年开学典礼上的讲话", "尊敬的各位老师、亲爱的", "同学们：", *BODY[1:])

    assert (speech.subtitle, speech.salutation) == ("", "尊敬的各位老师、亲爱的同学们：")


@pytest.mark.parametrize(
    "line", ["期刊：《闽岳政报》　1990年第04期", "《云岭月报(文献)》 2009年 第02期"]
)
def test_a_journals_issue_line_is_no_subtitle(line):
    speech = speech_of("在2009年全省春节团拜会上的讲话(2009年1月22日)", line, *BODY)

    assert (speech.title, speech.subtitle) == ("在2009年全省春节团拜会上的讲话", "")
    assert speech.date == dt.date(2009, 1, 22)


@pytest.mark.parametrize(
    "line",
    [
        "本文格式为Word版，下载后可任意编辑和复制总经理在项目开工仪式上的讲话",
        "安全生产口号XX.doc总经理在项目开工仪式上的讲话",
        "标题 总经理在项目开工仪式上的讲话",
    ],
)
def test_a_document_sites_boilerplate_before_the_title_is_not_part_of_it(line):
    speech = speech_of(line, "各位领导、同事们：", *BODY[1:])

    assert speech.title == "总经理在项目开工仪式上的讲话"


def test_a_list_pages_name_glued_before_the_title_it_lists():
    speech = speech_of("冬季运动会闭幕词(通用18篇)冬季运动会闭幕词", "老师们、同学们：", *BODY[1:])

    assert (speech.title, speech.meeting) == ("冬季运动会闭幕词", "冬季运动会")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a viewer's chunk number before a title that opens with its year, printed twice
        (
            "1、2023年主题教育动员部署会议上的讲话2023年主题教育动员部署会议上的讲话",
            "2023年主题教育动员部署会议上的讲话",
        ),
        # a page's headline, then the article's own wording of the same slogan title
        (
            "坚持人民至上推动学校健康发展坚持人民至上推动学校工作健康发展",
            "坚持人民至上推动学校工作健康发展",
        ),
    ],
)
def test_a_title_printed_twice_is_one_title(line, title):
    speech = speech_of(line, "老师们、同志们：", *BODY[1:])

    assert speech.title == title


def test_a_cut_copys_bookmark_line_gives_the_title_it_otherwise_lacks():
    lines = ["同志们：", *BODY[1:], "收藏《全省交通运输工作会议的总结讲话》）"]

    (speech,) = parse("\n".join(lines))  # (a title from the foot: no invariant of text order)

    assert speech.title == "全省交通运输工作会议的总结讲话"


def test_a_bare_name_and_a_dotted_date_under_the_title_with_no_salutation():
    speech = speech_of(
        "方振国在市委工作会议上的讲话",
        "1963.12.20",
        "立民同志作了报告，德生同志也作了报告，我本来不准备讲了。",
        "讲几个问题。先讲粮食，今年全市郊区粮食比去年多收了八千多万斤。",
    )
    named = speech_of(
        "在全国巾帼建功表彰大会上的讲话",
        "顾慧敏",
        "（2012年3月6日）",
        "今天，我们在这里隆重集会，纪念三八国际妇女节。",
        "同志们，让我们团结一心，开拓进取！",
    )

    assert (speech.date, speech.speaker_name) == (dt.date(1963, 12, 20), "方振国")
    assert (named.date, named.speaker_name) == (dt.date(2012, 3, 6), "顾慧敏")


@pytest.mark.parametrize(
    "line", ["•在公安分局先进事迹报告会上的即席讲话", "《在公安分局先进事迹报告会上的即席讲话"]
)
def test_a_bullet_or_a_stray_mark_before_the_title_is_not_part_of_it(line):
    speech = speech_of(line, "同志们：", *BODY[1:])

    assert speech.title == "在公安分局先进事迹报告会上的即席讲话"


def test_an_unclosed_pian_label_before_the_title_goes():
    speech = speech_of("【篇一：建设项目开工典礼致辞", "各位领导、各位来宾：", *BODY[1:])

    assert (speech.title, speech.meeting) == ("建设项目开工典礼致辞", "建设项目开工典礼")


def test_a_closing_that_turns_to_the_audience_is_no_salutation():
    speech = speech_of(
        "在全省合作社干部训练班上的讲话",
        "你们从全省八十多个县来到省里学习，都是带着问题来的。",
        "一、春耕生产的问题。现在离春耕只有半个月了。",
        "二、干部作风的问题。社长要同社员一起劳动。",
        "同志们回去以后，要把这次学到的东西带回去，把社办好，把今年的春耕生产搞好。",
    )

    assert speech.salutation == ""


@pytest.mark.parametrize(
    "line",
    [
        "各位领导、各位诗友：",
        "尊敬的宋立群副主任、尊敬的各位领导、各位亲朋好友：",
        "尊重的各位领导，亲爱的老师们：",  # a copy's typo for 尊敬的
    ],
)
def test_an_address_to_fellow_poets_friends_or_with_a_typo_is_a_salutation(line):
    assert salutation(line) == line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("开学典礼领导讲话稿（篇1）", "开学典礼领导讲话稿"),
        ("第七章　何承宇在东方城市论坛开幕式上的演讲", "何承宇在东方城市论坛开幕式上的演讲"),
    ],
)
def test_a_compilations_piece_number_and_a_books_chapter_are_no_part_of_the_title(line, title):
    assert speech_of(line, *BODY).title == title
