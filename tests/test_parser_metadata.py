"""At which meeting, convened by whom, at what level and when, on real pages, one small text each
(pure Python, no database). Who speaks is in test_parser_speakers.py; the helpers and the other
metadata tests (title, salutation, genre) are in test_parser_real_shapes.py."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.parsing import parse

from .test_parser_real_shapes import BODY, codes, speech_of

# ------------------------------------------------------------------------------------ speakers


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
        # a topic between the body and its 专题会议: the body still convenes it
        ("在市政府城市更新专题会议上的讲话", "市政府城市更新专题会议", "市政府", "市"),
        ("在縣政府防汛專題會議上的講話", "縣政府防汛專題會議", "縣政府", "县"),
        # a committee's own work meeting that mobilises; a study group's session
        (
            "在市委落实巡视反馈意见整改工作动员部署会上的讲话",
            "市委落实巡视反馈意见整改工作动员部署会",
            "市委",
            "市",
        ),
        # a county committee's enlarged session, in traditional script
        ("在中共青陽縣委擴大會議上的講話", "中共青陽縣委擴大會議", "中共青陽縣委", "县"),
        (
            "在雲川縣第十八屆人民代表大會第五次會議閉幕會上的講話",
            "雲川縣第十八屆人民代表大會第五次會議閉幕會",
            "雲川縣人民代表大會",
            "县",
        ),
        # every township's committee convenes nothing; an inspection team is its committee's
        ("在全县乡镇党委换届工作动员会上的讲话", "全县乡镇党委换届工作动员会", "", "县"),
        ("在乡镇党委换届工作动员会上的讲话", "乡镇党委换届工作动员会", "", "乡镇"),
        (
            "在市委第二巡察组巡察市审计局党组工作动员会上的讲话",
            "市委第二巡察组巡察市审计局党组工作动员会",
            "市委第二巡察组",
            "市",
        ),
        (
            "在青石镇党委理论学习中心组专题学习会上的发言",
            "青石镇党委理论学习中心组专题学习会",
            "青石镇党委理论学习中心组",
            "乡镇",
        ),
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


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("县委书记在创建省级文明县城推进大会上的讲话", "县"),
        ("在全域旅游示范区创建工作专题会上的发言", "未知"),
    ],
)
def test_a_grade_a_place_earns_is_not_the_level(title, level):
    assert speech_of(title, "同志们：", *BODY).level == level


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


def test_a_departments_own_meeting_is_convened_by_the_department():
    speech = speech_of("在县审计局巡察反馈问题整改工作推进会上的讲话", "同志们：", *BODY)
    assert speech.organisation == "县审计局"
    speech = speech_of("在市医疗保障局2025年春节前廉政警示教育会上的党课", "同志们：", *BODY)
    assert speech.organisation == "市医疗保障局"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("街道党工委书记在全街道网格化服务管理工作推进会上的讲话", "乡镇"),
        ("党委书记在全院庆祝中国医师节大会上的致辞", "单位"),
        ("九年级家长会班主任发言稿", "单位"),
        ("2024年安全生产工作会议总经理讲话", "单位"),
        # a farewell to a colleague who retires is the unit's own event
        ("在欢送李建华同志光荣退休座谈会上的讲话", "单位"),
        ("送别老同志退休茶话会致辞", "单位"),
        ("全县退休干部迎新春座谈会上的讲话", "县"),
        # a hospital's weekly meeting, a bank branch's own meeting
        ("在院周会上的讲话", "单位"),
        ("在分行2025年一季度经营分析会上的讲话", "单位"),
        ("永远名誉会长林振邦先生致辞", "单位"),
        ("理事长在换届大会上的讲话", "单位"),
    ],
)
def test_streets_are_townships_and_a_units_own_people_make_a_unit_event(title, level):
    assert speech_of(title, "同志们：", *BODY).level == level


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


def test_a_standing_committee_with_its_term_is_the_organisation():
    speech = speech_of("在县十八届人大常委会第十五次会议上的表态发言", "各位领导：", *BODY)
    assert speech.organisation == "县人大常委会" and speech.genre == "发言"


def test_a_date_line_with_its_day_left_blank_still_gives_the_year():
    speech = speech_of(
        "在某县投资合作推介会上的致辞",
        "江北省某县人民政府县长　***",
        "（2024年3月　日）",
        "尊敬的各位来宾：",
        *BODY,
    )
    assert (speech.year, speech.date) == (2024, None)
    story = speech_of(
        "庆祝建党大会主持词",
        "党的一大于1921年7月在上海召开，这一天成为党的诞辰纪念日。",
        "同志们：",
        *BODY,
    )
    assert story.year is None


def test_a_site_header_above_a_site_breadcrumb_is_not_the_titles_first_half():
    speech = speech_of(
        "滨江市工商业联合会（总商会）",
        "您现在的位置：首页 >> 工作动态 >> 领导讲话",
        "在滨江市青年企业家协会会员代表大会上的讲话",
        "各位会员代表：",
        *BODY,
    )
    assert speech.title == "在滨江市青年企业家协会会员代表大会上的讲话" and speech.subtitle == ""


def test_talking_points_and_a_title_in_book_marks_with_its_subtitle_on_one_line():
    points = speech_of("在市政府第三十八次常务会议上的讲话要点", *BODY)
    assert points.title.endswith("讲话要点") and points.genre == "讲话提纲"
    assert points.organisation == "市政府"
    marked = speech_of("《坚持改革创新　推动高质量发展》——在省委全会上的讲话", "同志们：", *BODY)
    assert marked.title == "坚持改革创新　推动高质量发展"
    assert marked.subtitle == "在省委全会上的讲话"


def test_a_study_class_or_a_democratic_life_meeting_is_convened_by_its_party_group():
    reading = speech_of("在镇党委主题教育读书班上的学习心得发言", "同志们：", *BODY)
    assert reading.organisation == "镇党委"
    review = speech_of("在区统计局党组主题教育专题民主生活会上的总结讲话", "同志们：", *BODY)
    assert review.organisation == "区统计局党组"
    cppcc = speech_of("政協桐峪縣第十屆委員會第三次會議閉幕詞", "各位委員：", *BODY)
    assert cppcc.organisation == "政協桐峪縣委員會"


def test_an_inspection_team_convenes_its_feedback_meeting():
    speech = speech_of(
        "在县委第二巡察组巡察县农机服务合作社党支部情况反馈会上的讲话", "同志们：", *BODY
    )
    assert (speech.organisation, speech.level) == ("县委第二巡察组", "县")


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("在省水利厅2024年年中工作会议上的讲话", "省水利厅"),
        ("在县人民法院2024年执行工作推进会上的讲话", "县人民法院"),
    ],
)
def test_a_department_or_a_court_convenes_its_own_meeting(title, organisation):
    assert speech_of(title, "同志们：", *BODY).organisation == organisation


def test_an_event_named_with_its_year_and_no_nian_dates_the_speech():
    speech = speech_of(
        "县长在2024中国·云台樱桃文化旅游节开幕式上的致辞", "各位嘉宾、朋友们：", *BODY
    )
    assert speech.meeting == "2024中国·云台樱桃文化旅游节开幕式"
    assert speech.year == 2024


def test_a_joint_meetings_first_part_names_its_convener_and_a_place_line_is_no_subtitle():
    speech = speech_of(
        "在青山镇党委扩大会议暨乡村振兴推进会上的讲话",
        "地点：镇政府三楼会议室",
        "同志们：",
        *BODY,
    )
    assert speech.organisation == "青山镇党委" and speech.subtitle == ""


def test_bylines_of_a_delegate_and_a_contestant_and_a_convener_addressed():
    delegate = speech_of(
        "在全县庆祝教师节表彰大会上的发言", "优秀教师代表吕晓燕", "尊敬的各位领导：", *BODY
    )
    assert (delegate.speaker_role, delegate.speaker_name) == ("优秀教师代表", "吕晓燕")
    member = speech_of("在全国政协经济界别小组讨论会上的发言", "召集人、各位委员：", *BODY)
    assert member.salutation.startswith("召集人、各位委员")


def test_the_day_the_opening_names_dates_the_speech_in_the_titles_year():
    speech = speech_of(
        "在全区2024年秋季开学工作会议上的讲话",
        "同志们：",
        "今天是8月28日，离开学只有几天了。" + BODY[0],
        *BODY[1:],
    )
    assert speech.date == dt.date(2024, 8, 28)
    other_year = speech_of(
        "在全区2024年秋季开学工作会议上的讲话",
        "同志们：",
        "今天是2023年8月28日。" + BODY[0],
        *BODY[1:],
    )
    assert other_year.date is None  # the title's year and the opening's disagree: no guess


def test_a_meeting_then_what_the_speech_is_about():
    speech = speech_of(
        "在县政府第十二次常务会议上关于自建房和燃气安全工作的讲话", "同志们：", *BODY
    )
    assert (speech.meeting, speech.organisation) == ("县政府第十二次常务会议", "县政府")
    council = speech_of("在市政协常委会议上的讲话", "各位副主席、秘书长，各位常委：", *BODY)
    assert council.salutation == "各位副主席、秘书长，各位常委："


def test_a_taiwan_pages_republic_date_line_above_the_title_dates_the_speech():
    speech = speech_of(
        "中華民國113年8月28日",
        "113學年度第1學期期初校務會議校長講話",
        "各位老師：",
        *BODY,
    )
    assert (speech.date, speech.year) == (dt.date(2024, 8, 28), 2024)


def test_an_opening_ceremony_stays_in_the_meetings_name():
    speech = speech_of("司長在第三屆青年論壇開幕禮致辭", "各位嘉賓：", *BODY)
    assert speech.meeting == "第三屆青年論壇開幕禮"


def test_two_speeches_of_the_same_day_in_a_paged_copy_keep_their_date_lines():
    first = ["在全县安全生产工作会议上的讲话", "县委书记　梁某", "（2024年2月27日）", "同志们："]
    second = ["在全县安全生产工作会议上的总结讲话", "县长　汪某", "（2024年2月27日）", "同志们："]
    speeches = parse("\n".join(["· 3 ·", *first, *BODY, "· 4 ·", *second, *BODY, "· 5 ·"]))
    assert [s.date for s in speeches] == [dt.date(2024, 2, 27)] * 2


def test_a_report_on_ones_duties_and_integrity_is_a_statement():
    speech = speech_of("青溪街道办事处主任2024年度述职述责述廉报告", "各位领导、同志们：", *BODY)
    assert speech.genre == "发言"


@pytest.mark.parametrize(
    "title", ["2023开学典礼校长讲话致辞", "高三开学典礼校长演讲稿致辞", "开学典礼校长致辞"]
)
def test_a_post_before_a_sites_two_genre_words_is_who_speaks(title):
    speech = speech_of(title, "老师们、同学们：", *BODY)
    assert (speech.meeting, speech.speaker_role) == (title.split("校长")[0], "校长")


@pytest.mark.parametrize(
    ("title", "meeting"),
    [
        ("会长致辞", ""),  # 会长 is who speaks, not a meeting
        ("永远名誉会长林振邦先生致辞", ""),
        ("中秋节医院领导致辞", ""),  # a holiday is no meeting
        ("喜迎国庆中秋佳节致辞", ""),
        ("领导安全生产月启动仪式致辞", "安全生产月启动仪式"),
        ("医院院长年会致辞", "年会"),
    ],
)
def test_a_title_names_a_meeting_only_with_a_meetings_word(title, meeting):
    assert speech_of(title, "各位来宾、朋友们：", *BODY).meeting == meeting


@pytest.mark.parametrize(
    ("title", "meeting", "role"),
    [
        ("市长视察森林防火工作时的讲话", "视察森林防火工作", "市长"),
        ("县委书记调研项目建设时的讲话", "调研项目建设", "县委书记"),
    ],
)
def test_a_post_then_the_visit_it_spoke_on_is_who_speaks_and_where(title, meeting, role):
    speech = speech_of(title, "同志们：", *BODY)
    assert (speech.meeting, speech.speaker_role) == (meeting, role)


@pytest.mark.parametrize(
    ("title", "meeting"),
    [
        ("2023最新学校开学典礼校长致辞", "学校开学典礼"),  # a sample site's word
        ("最新小学家长会发言稿", "小学家长会"),
        ("优秀学生座谈会发言稿", "优秀学生座谈会"),
        ("2024年开学典礼向新生致辞", "2024年开学典礼"),  # whom it is said to
    ],
)
def test_a_meeting_leaves_out_a_sites_newest_and_whom_the_speech_addresses(title, meeting):
    assert speech_of(title, "同学们：", *BODY).meeting == meeting


@pytest.mark.parametrize(
    ("title", "level"),
    [("在市民政局春节前集体谈话会上的讲话", "市"), ("在市民代表座谈会上的讲话", "未知")],
)
def test_a_citys_civil_affairs_bureau_is_the_citys_and_its_citizens_no_place(title, level):
    assert speech_of(title, "同志们：", *BODY).level == level


def test_a_titles_guanyu_is_no_name():
    speech = speech_of("关于在国际旅游发展论坛上的致辞", "各位来宾：", *BODY)
    assert (speech.speaker_name, speech.meeting) == ("", "国际旅游发展论坛")


def test_an_occasion_before_a_post_is_no_name():
    speech = speech_of("毕业校长发言稿", "亲爱的同学们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("校长", "")


def test_a_news_agencys_dateline_glued_before_a_title_is_no_part_of_it():
    speech = speech_of("中评社北京1月27日电／在二〇二五年春节团拜会上的讲话", "同志们：", *BODY)
    assert speech.title == "在二〇二五年春节团拜会上的讲话"


def test_the_first_of_two_joint_meetings_names_its_convener():
    speech = speech_of("在县委农村工作会议暨全县2024年乡村振兴推进大会上的讲话", "同志们：", *BODY)
    assert speech.organisation == "县委"


def test_a_masters_of_ceremonies_script_is_a_host_script():
    speech = speech_of("明心書院第三十五屆畢業典禮司儀稿", "各位家長、老師，親愛的同學們：", *BODY)
    assert (speech.title, speech.genre, speech.level) == (
        "明心書院第三十五屆畢業典禮司儀稿",
        "主持词",
        "单位",
    )


@pytest.mark.parametrize(
    ("opening", "level"),
    [
        ("我代表县委、县政府，向全县广大干部群众致以新春的祝福！我县去年经济增长百分之六。", "县"),
        ("过去一年，全区上下攻坚克难。区委、区政府高度重视招商引资，全区签约项目三十个。", "区"),
        ("全校两千多名团员青年齐聚一堂。我们学校有爱国的传统，全校师生要接过接力棒。", "单位"),
    ],
)
def test_a_title_without_a_place_takes_the_scope_the_speech_keeps_naming(opening, level):
    speech = speech_of("在新春团拜会上的致辞", "同志们：", opening, *BODY)

    assert speech.level == level
    assert "low_confidence_level" in codes(speech)


def test_a_county_speech_citing_the_provinces_and_the_citys_meetings_stays_a_county_one():
    opening = (
        "这次会议是贯彻落实全省、全市信访工作会议精神的一次重要会议。"
        "过去一年，全县信访总量下降两成，我县积案化解率全市第一，全县干部辛苦了。"
        "今年，全县各级各部门要把矛盾化解在基层。"
    )
    speech = speech_of("信访工作会议领导讲话", "同志们：", opening, *BODY)

    assert speech.level == "县"


def test_a_scope_named_once_or_no_more_than_another_is_no_level():
    once = speech_of("在新春团拜会上的致辞", "同志们：", "全县人民过了一个祥和的春节。", *BODY)
    tied = speech_of("在座谈会上的发言", "同志们：", "全镇和全县的工作，全镇和全县都要抓。", *BODY)

    assert (once.level, tied.level) == ("未知", "未知")


@pytest.mark.parametrize(
    "salutation",
    [
        "尊敬的各位老师，亲爱的同学们：",
        "各位领导，各位老师，各位同学：",
        "各位同事们：",
        "各位家长、各位老师：",
        "尊敬的各位领导、各位同仁：",
        "全体职工同志们：",
        "尊敬的各位领导、同事、合作伙伴：",
        "各位会员、各位朋友：",
        "各位宗亲、各位来宾：",
    ],
)
def test_a_school_or_company_audience_makes_an_unplaced_speech_the_units_own(salutation):
    speech = speech_of("书香润心灵　阅读伴成长", salutation, *BODY)

    assert speech.level == "单位"
    assert "low_confidence_level" in codes(speech)


@pytest.mark.parametrize(
    ("opening", "level"),
    [
        ("公司团委表彰先进。公司发展靠青年，公司的明天属于你们。", "单位"),
        ("学校新楼今天开工。学校三十年来办学有成，学校的条件将更好。", "单位"),
        # a place named twice outweighs the unit it keeps naming
        ("全县学校要抓安全。学校是重点，学校要落实。全县上下要重视。", "县"),
        ("公司要守法经营。", "未知"),  # once is no evidence
    ],
)
def test_an_unplaced_speech_that_keeps_naming_its_unit_is_the_units_own(opening, level):
    speech = speech_of("在表彰会上的发言", "各位领导、朋友们：", opening, *BODY)

    assert speech.level == level


def test_teachers_alone_may_be_a_countys_and_give_no_level():
    speech = speech_of("在教师节表彰会上的讲话", "尊敬的各位领导，亲爱的老师们：", *BODY)

    assert speech.level == "未知"


def test_an_honour_a_city_strives_for_names_no_national_meeting():
    speech = speech_of(
        "在创建全国文明城市动员大会上的讲话",
        "同志们：",
        "全市上下要齐心协力。我市创建工作进入冲刺阶段，全市人民共同期盼。",
        *BODY,
    )

    assert speech.level == "市"


def test_a_promotional_address_at_an_investment_fair_is_an_address():
    speech = speech_of("澄州市投资环境推介会推介词", "女士们、先生们：", *BODY[1:])

    assert (speech.genre, speech.meeting, speech.level) == ("致辞", "澄州市投资环境推介会", "市")


def test_the_opening_gives_the_scope_a_titles_meeting_left_out():
    opening = "这次全区招商引资表彰暨动员大会的主要任务是，回顾总结去年工作，部署今年任务。"
    cited = "这次会议是贯彻落实全省、全市信访工作会议精神的重要会议。"

    scoped = speech_of("招商引资表彰暨动员大会讲话", "同志们：", opening, *BODY[1:])
    above = speech_of("信访工作会议领导讲话", "同志们：", cited, *BODY[1:])

    assert (scoped.meeting, scoped.level) == ("全区招商引资表彰暨动员大会", "区")
    assert above.meeting == "信访工作会议"


@pytest.mark.parametrize(
    ("opening", "meeting"),
    [
        (
            "今天，我们在这里召开纪念一二·九运动主题大会，重温那段烽火岁月。",
            "纪念一二·九运动主题大会",
        ),
        (
            "今天，我们隆重举行清江师范学院2024级新生军训动员大会。",
            "清江师范学院2024级新生军训动员大会",
        ),
        # who attends is no part of the meeting's name
        (
            "今天，我们召开县乡村三级干部参加的全县秋冬种生产动员大会，部署当前工作。",
            "全县秋冬种生产动员大会",
        ),
        ("今天，我们在这里召开的全市河长制工作现场推进会，意义重大。", "全市河长制工作现场推进会"),
        ("今天的开工仪式，标志着新厂区建设正式启动。", "开工仪式"),
    ],
)
def test_an_untitled_speech_takes_the_meeting_its_opening_convenes(opening, meeting):
    speech = speech_of("同学们、老师们：", opening, *BODY[1:])

    assert speech.meeting == meeting


def test_what_the_speaker_did_at_the_meeting_is_not_part_of_its_name():
    speech = speech_of("在市九届人大三次会议上当选市长后的讲话", "各位代表：", *BODY[1:])

    assert speech.meeting == "市九届人大三次会议"


def test_the_meeting_an_opening_holds_may_be_a_training_class_opening_ceremony():
    speech = speech_of(
        "各位委员、同志们：",
        "今天，我们在这里举行市政协第三期委员履职能力培训班开班典礼。在此，我代表市政协表示祝贺。",
        *BODY[2:],
    )

    assert (speech.meeting, speech.genre) == ("市政协第三期委员履职能力培训班开班典礼", "讲话")


@pytest.mark.parametrize(
    ("title", "meeting", "level"),
    [
        ("市委书记在市政协会议开幕大会上的讲话", "市政协会议开幕大会", "市"),
        ("市委书记在参加市政协科技界协商会时的讲话", "市政协科技界协商会", "市"),
    ],
)
def test_a_cppccs_meetings_are_its_places_not_an_associations(title, meeting, level):
    speech = speech_of(title, "各位委员：", *BODY[1:])

    assert (speech.meeting, speech.level) == (meeting, level)


def test_an_older_records_concluding_speech_is_a_summing_up():
    speech = speech_of("在全省农业生产会议上的结论", "同志们：", *BODY[1:])

    assert (speech.genre, speech.meeting) == ("总结讲话", "全省农业生产会议")


@pytest.mark.parametrize(
    "title", ["在工会会员代表大会上的讲话", "在第五届职工代表大会第二次会议上的讲话"]
)
def test_a_units_staff_or_members_congress_is_the_units_event(title):
    assert speech_of(title, "各位代表：", *BODY).level == "单位"


def test_an_occasion_after_the_post_is_no_name_though_a_name_may_hold_its_words():
    occasion = speech_of("集团公司董事长新年致辞", "各位同事：", *BODY)
    named = speech_of("县委书记张新年在全县大会上的讲话", *BODY)

    assert (occasion.speaker_name, occasion.speaker_role) == ("", "集团公司董事长")
    assert (named.speaker_name, named.speaker_role) == ("张新年", "县委书记")


@pytest.mark.parametrize(
    ("title", "meeting", "genre"),
    [
        ("市直工会“职工之家”演讲比赛主持词范例", "市直工会“职工之家”演讲比赛", "主持词"),
        ("普通话大赛决赛暨颁奖仪式主持人台词", "普通话大赛决赛暨颁奖仪式", "主持词"),
        ("教师节庆祝大会上的教师代表发言讲话", "教师节庆祝大会", "发言"),
    ],
)
def test_a_title_without_zai_names_its_meeting_before_a_samples_or_delegates_words(
    title, meeting, genre
):
    speech = speech_of(title, "各位领导、各位来宾：", *BODY)
    assert (speech.meeting, speech.genre) == (meeting, genre)


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("在2017年县政府全体会议上的讲话", "县政府"),
        ("在新一届县政府第一次全体会议上的讲话", "县政府"),
        ("在2014年县政府安委会第二次全体（扩大）会议上的讲话", "县政府安委会"),
        ("在市政府 X届X次全会上的讲话", "市政府"),
        ("在2023年全县经济工作会议上的讲话", ""),
    ],
)
def test_a_body_convenes_its_meeting_after_the_year_or_term_the_name_opens_with(
    title, organisation
):
    assert speech_of(title, *BODY).organisation == organisation


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("在纪念建党90周年演讲比赛活动上的讲话", 2011),
        ("全县庆祝中国共产党成立102周年暨表彰大会主持词", 2023),
        ("校长在第40个教师节大会上的讲话", 2024),
        ("在纪念一二·九运动七十五周年大会上的讲话", 2010),
        ("在庆祝新中国成立七十周年座谈会上的讲话", 2019),
    ],
)
def test_an_anniversary_gives_the_year_its_event_and_count_make(title, year):
    assert speech_of(title, *BODY).year == year


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("今年是“十四五”规划的收官之年，做好今年的工作意义重大。", 2025),
        ("今年是“十五五”规划的开局之年，也是三年行动的收官之年。", 2026),
        ("今年是全面完成“十五”计划的最后一年，任务艰巨。", 2005),
        ("今年是實施“九五”計劃的第一年。", 1996),
        ("今年是全面贯彻党的二十大精神的开局之年，任务十分繁重。", 2023),
        ("今年是决胜全面建成小康社会之年，抓好防汛既是工作要求更是政治任务。", 2020),
        ("今年是我们党成立102周年，也是全面贯彻党的二十大精神的开局之年。", 2023),
        ("在建党100周年的喜庆之年，我们在这里举办这场盛会。", 2021),
        ("我们欢度中秋佳节和伟大祖国六十八周年华诞。", 2017),
        ("今天，我们隆重举行2024届毕业典礼。", 2024),
        ("今天，我们召开县委领导小组2025年第3次会议，主要任务是部署督查整改。", 2025),
        ("今天召开全县会议，总结2023年工作，部署今年任务。", None),  # a year's work, not its name
        ("我们隆重集会，纪念建党100周年。", None),  # (a commemoration may be of any year)
        ("今年是实施“十四五”规划的关键一年，全市上下要鼓足干劲。", None),
    ],
)
def test_a_speech_without_a_date_is_in_the_year_its_plan_or_congress_names(opening, year):
    assert speech_of("防汛抗旱工作会议讲话", "同志们：", opening, *BODY[1:]).year == year


def test_a_header_year_wins_over_what_the_opening_says():
    opening = "今年是“十四五”开局之年，各项工作任务繁重。"
    speech = speech_of("在2022年全县经济工作会议上的讲话", "同志们：", opening, *BODY[1:])
    assert speech.year == 2022


@pytest.mark.parametrize(
    ("opening", "meeting"),
    [
        ("今天，我们相聚在这里，一同见证2024届毕业典礼。", "2024届毕业典礼"),
        ("今天，我们在这里隆重集会，为xx届毕业生举行毕业典礼。", "毕业典礼"),
    ],
)
def test_an_untitled_schools_ceremony_is_the_one_the_opening_holds(opening, meeting):
    speech = speech_of("亲爱的同学们：", opening, *BODY[1:])
    assert speech.meeting == meeting


def test_the_meeting_an_opening_convenes_is_not_the_one_the_province_held_before():
    opening = (
        "近期，省委、省政府先后召开了省委十二届五次全会和省政府第八次全体会议。"
        "今天，我们召开市政府第十次全体会议，主要是贯彻落实省委全会精神。"
    )
    speech = speech_of("市长讲话", "同志们：", opening, *BODY[1:])
    assert (speech.meeting, speech.level) == ("市政府第十次全体会议", "市")


def test_a_post_a_colon_and_a_name_under_the_title_name_the_speaker():
    speech = speech_of(
        "在全国企业家活动日大会上的致辞", "江南省省长:邬承德", "(2007年4月14日)", *BODY
    )
    assert (speech.speaker_role, speech.speaker_name, speech.year) == ("江南省省长", "邬承德", 2007)


@pytest.mark.parametrize(
    ("title", "meeting", "role"),
    [
        ("县委书记项目建设推进动员会讲话稿", "项目建设推进动员会", "县委书记"),
        ("小学校长开学典礼致辞", "开学典礼", "小学校长"),
        ("县长办公会议讲话", "县长办公会议", ""),
        ("全县村党组织书记工作座谈会上的讲话", "全县村党组织书记工作座谈会", ""),
    ],
)
def test_a_post_before_a_meeting_in_a_title_without_zai_is_who_speaks(title, meeting, role):
    speech = speech_of(title, *BODY)
    assert (speech.meeting, speech.speaker_role) == (meeting, role)
