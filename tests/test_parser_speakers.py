"""Who speaks, as real pages say it, one small text each (pure Python): bylines and signatures,
posts and names in titles and leads, names that are no names.

Like test_parser_real_shapes.py (whose helpers these tests share): each pins one rule."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_parser_real_shapes import BODY, codes, speech_of


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
        ("在某中学2025届毕业典礼上的家长代表发言", "家长代表", ""),
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


def test_an_editors_note_gives_the_post_of_a_speaker_the_title_names():
    speech = speech_of(
        "王建国：在全市优化营商环境大会上的讲话",
        "编者按：3月5日，全市优化营商环境大会召开，市委书记王建国出席会议并讲话。现将讲话全文刊发如下。",
        "同志们：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == ("市委书记", "王建国")


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


def test_a_title_where_the_speaker_delivers_fa_biao_the_address():
    speech = speech_of(
        "海川省省长郑启明发表二○二四年新年贺词",
        "全省各族人民：",
        "值此辞旧迎新之际，我谨代表省人民政府，向全省各族人民致以新年的祝福！",
    )
    assert (speech.speaker_role, speech.speaker_name, speech.year) == ("海川省省长", "郑启明", 2024)


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


def test_a_masked_post_and_name_before_the_title_and_a_post_alone_under_it():
    speech = speech_of("“xx县副县长XXX：在全县森林防火工作推进会上的讲话", "同志们：", *BODY)
    assert speech.title == "xx县副县长XXX：在全县森林防火工作推进会上的讲话"
    assert (speech.speaker_role, speech.speaker_name) == ("xx县副县长", "XXX")
    speech = speech_of("在集团职代会闭幕时的讲话", "董事长、党委书记", "各位代表：", *BODY)
    assert (speech.subtitle, speech.speaker_role) == ("", "董事长、党委书记")


def test_a_record_table_in_tab_cells_gives_speaker_post_and_date():
    speech = speech_of(
        "索引号\t113502000041234567/2024-00031",
        "标　　题\t在市政府第三次廉政工作会议上的讲话",
        "讲 话 人\t韩立群\t职　　务\t市长",
        "时　　间\t2024年2月27日\t地　　点\t市行政中心第一会议室",
        "发布日期\t2024-03-04\t浏览次数\t902",
        "",
        "在市政府第三次廉政工作会议上的讲话",
        "",
        "同志们：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == ("市长", "韩立群")
    assert speech.date == dt.date(2024, 2, 27)
    assert "索引号" not in speech.text and "浏览次数" not in speech.text


def test_who_speaks_when_the_title_is_a_post_a_name_and_the_genre():
    speech = speech_of("江城市市长王立群致辞", "尊敬的各位来宾：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("江城市市长", "王立群")


def test_a_speaker_line_with_posts_joined_by_a_comma():
    speech = speech_of(
        "在市创建国家卫生城市工作领导小组会议上的讲话",
        "（2024年3月6日）",
        "市委副书记、市长，市创建国家卫生城市工作领导小组组长　魏长河",
        "同志们：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == (
        "市委副书记、市长，市创建国家卫生城市工作领导小组组长",
        "魏长河",
    )
    assert speech.subtitle == ""


def test_a_standing_deputy_is_one_post_not_a_surname():
    speech = speech_of("常务副县长在全县财政工作会议上的讲话", "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("常务副县长", "")


@pytest.mark.parametrize(
    ("title", "role", "name"),
    [
        ("杨政務次長出席花卉產業協會年會晚宴致詞稿", "政務次長", ""),  # a surname and the post
        ("晚报社总经理郑立行致闭幕词", "晚报社总经理", "郑立行"),  # …致 before the genre word
    ],
)
def test_speakers_named_in_the_title_by_surname_and_post_or_before_zhi(title, role, name):
    speech = speech_of(title, "各位来宾：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == (role, name)


def test_a_titles_post_named_by_the_lead_and_a_leader_before_the_genre():
    speech = speech_of(
        "社會文化司司長出席蓮峰中學校慶典禮致辭",
        "社會文化司司長歐陽慧今日（八日）出席蓮峰中學校慶典禮，並發表致辭。致辭全文如下：",
        "各位嘉賓：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == ("社會文化司司長", "歐陽慧")
    leader = speech_of("图书馆揭牌仪式县领导致辞", "各位来宾：", *BODY)
    assert (leader.meeting, leader.speaker_role) == ("图书馆揭牌仪式", "县领导")


def test_a_post_and_name_signing_the_speech_off_is_the_speaker():
    speech = speech_of(
        "第五十屆畢業典禮致詞",
        "親愛的畢業生們：",
        *BODY,
        "祝福大家前程似錦！",
        "校長　林佩君　敬上",
    )
    assert (speech.speaker_role, speech.speaker_name) == ("校長", "林佩君")
    assert "敬上" not in speech.sections[-1].body


def test_an_office_in_a_byline_is_no_name_and_a_li_chief_is_a_post():
    speech = speech_of(
        "校长在青禾中学2024年秋季开学典礼上的讲话", "作者：校长办公室", "同学们：", *BODY
    )
    assert (speech.speaker_role, speech.speaker_name) == ("校长", "")
    li = speech_of("興仁里114年度里民大會里長致詞", "各位里民鄉親、各位貴賓、各位鄰長：", *BODY)
    assert (li.meeting, li.speaker_role) == ("興仁里114年度里民大會", "里長")
    assert li.salutation == "各位里民鄉親、各位貴賓、各位鄰長："


@pytest.mark.parametrize(
    ("title", "role", "name"),
    [
        ("市长安全生产讲话", "市长", ""),  # a four-character "name" with no compound surname
        ("县长欧阳文明在全县春耕生产会议上的讲话", "县长", "欧阳文明"),
        ("市长亓文强在全市招商大会上的讲话", "市长", "亓文强"),  # a rarer surname still names
    ],
)
def test_four_character_names_need_a_compound_surname(title, role, name):
    speech = speech_of(title, "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == (role, name)


def test_a_delegations_head_is_a_post():
    speech = speech_of("考察团团长在欢送晚宴上的答谢词", "各位朋友：", *BODY)
    assert speech.speaker_role == "考察团团长"


def test_a_name_and_post_line_above_the_title_is_a_name_and_a_post():
    speech = speech_of("刘慧芳副市长", "在全市高考保障工作协调会上的讲话", "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("副市长", "刘慧芳")


@pytest.mark.parametrize(
    ("line", "role", "name"),
    [
        ("罗成林　云岭县委书记", "云岭县委书记", "罗成林"),
        (
            "韦晓楠　青创联合会会长、云帆科技有限公司创始人",
            "青创联合会会长、云帆科技有限公司创始人",
            "韦晓楠",
        ),
    ],
)
def test_a_byline_may_give_the_name_before_the_post(line, role, name):
    speech = speech_of("在东西部协作座谈会上的致辞", line, "尊敬的各位来宾：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == (role, name)


def test_a_title_naming_a_transcript_and_a_lead_that_introduces_it():
    speech = speech_of(
        "晏仲和同志在全省民營經濟發展大會上的講話實錄",
        "2024年2月18日，省委、省政府召開全省民營經濟發展大會。以下為省委書記晏仲和的講話實錄。",
        "同志們，朋友們：",
        *BODY,
    )

    assert speech.title == "晏仲和同志在全省民營經濟發展大會上的講話實錄"
    assert (speech.speaker_role, speech.speaker_name) == ("省委書記", "晏仲和")


def test_an_anthologys_record_of_the_speech_gives_speaker_post_and_year():
    speech = speech_of(
        "第四篇　实业救国的赤子情怀",
        "在华昌纱厂全体职工大会上的讲话",
        "演讲词档案",
        "演讲者：沈伯钧（1871～1936）",
        "演讲时间：1919年",
        "演讲者身份：华昌纱厂创办人",
        "原文欣赏",
        "诸位同人、诸位工友：",
        *BODY[1:],
    )

    assert speech.title == "在华昌纱厂全体职工大会上的讲话"
    assert (speech.speaker_name, speech.speaker_role, speech.year) == (
        "沈伯钧",
        "华昌纱厂创办人",
        1919,
    )
    assert speech.salutation == "诸位同人、诸位工友："
    assert "演讲词档案" not in speech.text


def test_the_opening_says_whom_an_unnamed_speaker_speaks_for():
    speech = speech_of(
        "喜迎国庆师生座谈会发言稿",
        "各位领导，各位老师，各位同学：",
        "今天，学院召开喜迎国庆师生座谈会。很荣幸能够作为研究生代表发言。",
        *BODY[2:],
    )

    assert (speech.speaker_role, speech.speaker_name) == ("研究生代表", "")
    assert "low_confidence_speaker" in codes(speech)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("某县长在县政府第一次全体会议上的讲话", "县长"),
        ("市领导在全市劳模表彰大会上的讲话", "市领导"),
    ],
)
def test_a_post_named_without_its_holder_opens_the_title(title, role):
    speech = speech_of(title, "同志们：", *BODY[1:])

    assert (speech.speaker_role, speech.speaker_name) == (role, "")


def test_what_a_new_post_holder_does_is_no_name():
    speech = speech_of("新任县长就职演讲稿", "主席团，各位代表：", *BODY[1:])

    assert speech.speaker_name == ""


def test_a_record_note_after_the_title_is_no_name():
    speech = speech_of("在全县农田水利建设会议上的讲话", "(纪录稿)", "1978.11.24", *BODY[1:])

    assert speech.speaker_name == ""


@pytest.mark.parametrize(("title", "role"), [("副市长讲话稿", "副市长"), ("县长演讲稿", "")])
def test_a_title_of_a_post_and_a_genre_names_the_holder_not_a_candidate(title, role):
    speech = speech_of(title, "同志们：", *BODY[1:])

    assert speech.speaker_role == role
