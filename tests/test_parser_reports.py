"""What the page says about a speech outside it: an editor's note, a news lead, a closing note
(speeches/parsing/reports.py). Each test is one small text in its own words (pure Python)."""

from __future__ import annotations

import datetime as dt

from speeches.parsing.reports import read_report

from .test_parser_real_shapes import BODY, speech_of


def test_an_editors_note_names_the_meeting_the_day_and_the_speaker():
    speech = speech_of(
        "把根扎深　把事办实",
        "【编者按】2024年5月8日，全市2024年度社区书记培训班开班式举行，市委书记韩立新出席开班式并讲话。",
        "同志们：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == ("市委书记", "韩立新")
    assert speech.meeting == "全市2024年度社区书记培训班开班式"
    assert (speech.date, speech.level) == (dt.date(2024, 5, 8), "市")


def test_a_closing_note_names_the_speaker_of_an_author_mark():
    speech = speech_of(
        "做一个实干的人",
        "◎范明远",
        "同志们：",
        *BODY,
        "（本文系县委书记范明远2024年6月30日在全县“七一”表彰大会上的讲话，有删节）",
    )
    assert speech.title == "做一个实干的人"
    assert (speech.speaker_role, speech.speaker_name) == ("县委书记", "范明远")
    assert speech.meeting == "全县“七一”表彰大会"
    assert speech.date == dt.date(2024, 6, 30)
    assert "本文系" not in speech.text


def test_a_news_lead_names_the_speaker_and_the_header_stays_surer():
    lead = "日前，城南街道召开2025年背街小巷整治动员会，街道党工委书记任志华出席会议并讲话。"
    speech = speech_of("在城南街道背街小巷整治动员会上的讲话", lead, "同志们：", *BODY)
    assert (speech.speaker_role, speech.speaker_name) == ("街道党工委书记", "任志华")
    assert speech.meeting == "城南街道背街小巷整治动员会"  # the title's, not the lead's
    speech = speech_of(
        "在城南街道背街小巷整治动员会上的讲话", "街道办主任　贺东", lead, "同志们：", *BODY
    )
    assert (speech.speaker_role, speech.speaker_name) == ("街道办主任", "贺东")


def test_a_request_for_a_speech_reports_no_speaker():
    assert read_report(["求一篇村支书在七一表彰会上的讲话稿，急用！"]) is None
    report = read_report(["编者按　全省县域经济大会26日在江州召开，省委书记周立出席并讲话。"])
    assert report is not None
    assert (report.meeting, report.role, report.name) == ("全省县域经济大会", "省委书记", "周立")


def test_the_speakers_and_the_days_lines_closing_a_transcript():
    speech = speech_of(
        "在全镇防汛工作会议上的讲话",
        "同志们：",
        *BODY,
        "（根据录音整理，未经本人审阅）",
        "讲话人：镇党委副书记、镇长　欧阳文",
        "讲话时间：2023年6月2日",
    )
    assert (speech.speaker_role, speech.speaker_name) == ("镇党委副书记、镇长", "欧阳文")
    assert speech.date == dt.date(2023, 6, 2)


def test_an_editors_note_dates_a_speech_it_does_not_report():
    speech = speech_of(
        "我永远是青山人",
        "——在全镇干部大会上的离任讲话",
        "编者按：2024年9月12日，全镇干部大会召开，宣布了县委关于镇主要负责同志调整的决定。",
        "同志们：",
        *BODY,
    )
    assert (speech.date, speech.year) == (dt.date(2024, 9, 12), 2024)


def test_a_leaders_column_in_the_breadcrumb_names_the_speaker():
    speech = speech_of(
        "当前位置：首页 > 领导之窗 > 副市长　韩启东 > 重要讲话",
        "在全市燃气安全整治推进会上的讲话",
        "同志们：",
        *BODY,
    )
    assert (speech.speaker_role, speech.speaker_name) == ("副市长", "韩启东")


def test_a_disclosure_records_year_dates_the_day_the_opening_names():
    speech = speech_of(
        "发布机构：县妇女联合会　　成文日期：2024-03-08",
        "名　　称：在全县纪念“三八”国际妇女节大会上的讲话",
        "在全县纪念“三八”国际妇女节大会上的讲话",
        "各位姐妹，同志们：",
        "今天是3月8日，我们在这里召开大会。",
        *BODY[1:],
    )
    assert speech.title == "在全县纪念“三八”国际妇女节大会上的讲话"  # a title printed twice
    assert (speech.year, speech.date) == (2024, dt.date(2024, 3, 8))


def test_a_pages_headline_over_the_title_it_repeats_is_not_part_of_it():
    speech = speech_of(
        "开学第一课｜校长钟明：做一个有根的人",
        "做一个有根的人",
        "——在青岚学院新生开学典礼上的致辞",
        "亲爱的同学们：",
        *BODY,
    )
    assert (speech.title, speech.subtitle) == ("做一个有根的人", "在青岚学院新生开学典礼上的致辞")


def test_an_editors_note_wrapped_over_two_lines_names_the_speaker():
    speech = speech_of(
        "【编者按】4月10日，分行召开2025年一季度经营分析会，分行党",
        "委书记、行长史振华出席会议并讲话。现将讲话摘要印发。",
        "在分行2025年一季度经营分析会上的讲话（摘要）",
        "同志们：",
        *BODY,
    )
    # (a day without its year stays unread, as a news dateline's 1月20日电 does)
    assert (speech.date, speech.speaker_name) == (None, "史振华")


def test_a_collections_note_names_the_speaker_under_a_pager():
    speech = speech_of(
        "首页 > 地方文献 > 某某文选（第一卷）",
        "上一篇　｜　目录　｜　下一篇",
        "在全市厂长、经理会议上的讲话",
        "（一九八六年三月十日）",
        "〔编者注〕这是杜守谦同志在全市厂长、经理会议上的讲话。收入本书时有删节。",
        "同志们：",
        *BODY,
    )
    assert speech.title == "在全市厂长、经理会议上的讲话"
    assert speech.speaker_name == "杜守谦"
