"""Shapes of real pages the parser must read, one small text each (pure Python, no database).

The corpus in tests/fixtures/speeches/ holds whole pages; these tests pin single rules, so that a
change that breaks one says which. This module holds the helpers the other modules share and pins
a page's title, salutation and genre. Meeting, organisation, level and dates are in
test_parser_metadata.py, speakers in test_parser_speakers.py; junk, markup and cut-off copies in test_parser_page_furniture.py; a
site's bars, leads and footers in test_parser_site_furniture.py;
several speeches in one file, pages that are no speech and placeholders in
test_parser_documents.py; quotes in test_parser_quotes.py; numbering rules in test_parser_numbering.py, points written inside
paragraphs in test_parser_inline_points.py, agenda steps, lists that stay text and closings in
test_parser_agendas_and_closings.py."""

from __future__ import annotations

import datetime as dt

import pytest

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


def section_text(speech) -> str:
    """Every section's heading and body, run together: what a reader sees of the speech."""
    return "".join(f"{s.heading}{s.body}" for s in speech.sections)


def codes(speech) -> set[str]:
    return {w["code"] for w in speech.warnings}


# ----------------------------------------------------------------------------- titles on sites


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


# --------------------------------------------------------------------------------------- genre


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


@pytest.mark.parametrize(
    ("opening", "genre"),
    [
        # no title and no salutation: what a speech usually is, flagged as a guess
        ("今天召开这次会议，我们要认真总结经验。大家要把心思用在工作上。", "讲话"),
        ("欢迎大家来听今天的讲座。我们先从一个问题谈起，大家不妨想一想。", "其他"),
    ],
)
def test_a_page_with_neither_title_nor_salutation_is_a_speech_unless_a_lecture(opening, genre):
    speech = speech_of(opening, *BODY[1:])

    assert (speech.title, speech.salutation, speech.genre) == ("", "", genre)
    assert "low_confidence_genre" in codes(speech)


def test_a_greeting_that_opens_a_paragraph_is_the_text_not_a_salutation():
    speech = speech_of(
        "在新址启用仪式上的致辞",
        "大家好！今天，我们在这里举行新址启用仪式，向各位来宾表示欢迎。",
        "新址面积扩大了一倍，服务窗口增加到十二个。",
        "谢谢大家！",
    )
    assert speech.salutation == ""
    assert speech.sections[0].body.startswith("大家好！今天")
    alone = speech_of("在新址启用仪式上的致辞", "大家好！", "今天我们举行新址启用仪式。")
    assert alone.salutation.startswith("大家好")


def test_an_address_that_opens_the_first_paragraph_is_the_salutation_when_there_is_no_other():
    speech = speech_of(
        "区长在民生实事项目推进会上的讲话",
        "同志们，根据区政府安排，今天召开民生实事项目推进会，主要任务是查进度、找问题、压责任。",
        *BODY[1:],
    )
    assert speech.salutation == "同志们，"
    assert speech.sections[0].body.startswith("根据区政府安排")
    headless = speech_of(
        "专题党课讲稿：把学习引向深入",
        "我们知道，理论上的先进性是最根本的先进性。",
        "同志们，学习要往深里走、往实里走。",
    )
    assert headless.salutation == ""


def test_a_headline_glued_to_the_documents_own_title_gives_the_title():
    speech = speech_of(
        "县长在全县项目建设推进会上讲话县长在全县项目建设推进会上的讲话", "同志们：", *BODY
    )
    assert speech.title == "县长在全县项目建设推进会上的讲话"


def test_an_address_broken_over_two_lines_is_one_salutation_under_a_slogan_title():
    speech = speech_of("凝心聚力开创新局", "各位委员、", "同志们：", *BODY)
    assert (speech.title, speech.salutation) == ("凝心聚力开创新局", "各位委员、同志们：")


def test_a_pages_record_of_the_title_inside_the_text_stays_out():
    speech = speech_of(
        "在全县安全生产工作会议上的讲话",
        "同志们：",
        "文章标题：在全县安全生产工作会议上的讲话",
        *BODY,
    )
    assert "文章标题" not in speech.text


def test_a_post_before_the_titles_colon_is_the_speaker_and_an_event_is_no_name():
    speech = speech_of("某县县长：在全县春耕生产会议上的讲话", "同志们：", *BODY)
    assert (speech.speaker_role, speech.meeting) == ("某县县长", "全县春耕生产会议")
    school = speech_of("中学校长毕业典礼致辞", "亲爱的同学们：", *BODY)
    assert school.speaker_name == ""


def test_the_meeting_the_opening_convenes_when_the_title_names_none():
    speech = speech_of(
        "县委书记讲话",
        "同志们：",
        "今天，县委、县政府在这里召开全县三级干部大会暨经济工作会议，主要任务是部署今年工作。",
        *BODY[1:],
    )
    assert (speech.meeting, speech.level) == ("全县三级干部大会暨经济工作会议", "县")
    told = speech_of(
        "在全县安全生产工作会议上的讲话",
        "同志们：",
        "上周，市里召开全市安全生产调度会，今天我们传达落实。",
        *BODY[1:],
    )
    assert told.meeting == "全县安全生产工作会议"  # the title's meeting comes first


@pytest.mark.parametrize(
    ("line", "title", "year"),
    [
        ("在局党组读书班交流会上发言(范文推荐)", "在局党组读书班交流会上发言", None),
        ("在全县征兵工作会议上的讲话（全文2108字）", "在全县征兵工作会议上的讲话", None),
        ("某某同志在全市民营经济发展大会上的讲话实录（2023）", None, 2023),
    ],
)
def test_a_sites_recommendation_tag_goes_and_a_bracketed_year_dates(line, title, year):
    speech = speech_of(line, "同志们：", *BODY)
    assert speech.title == (title or line)
    assert speech.year == year


def test_a_template_date_line_with_month_and_day_blank_gives_the_year():
    speech = speech_of("在全县春耕生产会议上的讲话", "（2015年　月　日）", "同志们：", *BODY)
    assert (speech.year, speech.date) == (2015, None)


def test_elders_and_councillors_are_addressed_and_a_plenums_name_is_no_meetings_end():
    speech = speech_of(
        "在全县学习贯彻党的二十届三中全会精神宣讲报告会上的宣讲报告",
        "黃主席（黃志強）、各位區議員、各位長者：",
        *BODY,
    )
    assert speech.salutation == "黃主席（黃志強）、各位區議員、各位長者："
    assert speech.meeting == "全县学习贯彻党的二十届三中全会精神宣讲报告会"
    bureau = speech_of("在全局作风建设动员会上的讲话", "同志们：", *BODY)
    assert bureau.level == "单位"


def test_an_audience_called_by_its_plural_and_a_sites_banner_before_the_title():
    speech = speech_of(
        "某某文库—每日更新 www.x.com在全区少先队建队日主题活动上的讲话",
        "少先队员们，青年朋友们，同志们：",
        *BODY,
    )
    assert speech.title == "在全区少先队建队日主题活动上的讲话"
    assert speech.salutation == "少先队员们，青年朋友们，同志们："
    sports = speech_of("运动会上校长讲话", "老师们、同学们：", *BODY)
    assert (sports.meeting, sports.speaker_role) == ("运动会", "校长")


def test_a_sites_update_date_under_the_title_dates_nothing():
    speech = speech_of(
        "在新闻媒体座谈会上的讲话", "General 更新 2024年04月19日", "各位朋友：", *BODY
    )
    assert (speech.year, speech.date) == (None, None)
    assert "更新" not in speech.text


def test_a_farewell_address_under_a_site_tag_is_the_title_and_an_address_genre():
    speech = speech_of("[某某电器]对某教授的欢送词", "各位同事：", *BODY)
    assert (speech.title, speech.genre) == ("对某教授的欢送词", "致辞")


def test_a_new_year_greeting_to_the_whole_countys_people_opens_with_its_address():
    speech = speech_of("2025年新春贺词", "全县广大干部群众，朋友们、同志们：", *BODY)
    assert speech.salutation == "全县广大干部群众，朋友们、同志们："
