"""How numbered sections and points are read on real pages, one small text each (pure Python).

Like test_parser_real_shapes.py (whose helpers these tests share): each pins one rule."""

from __future__ import annotations

import pytest

from .test_parser_real_shapes import BODY, codes, speech_of


def numbered(speech) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]


def test_points_listed_in_the_opening_are_its_sub_points():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "召开这次会议，主要有两点考虑：一是总结去年工作。二是部署今年任务。",
        *BODY[1:],
    )
    opening_points = [s for s in speech.sections if s.parent == 0]
    assert [(s.number, s.heading, s.anchor) for s in opening_points] == [
        ("一是", "总结去年工作", "opening-1"),
        ("二是", "部署今年任务", "opening-2"),
    ]


def test_item_labels_with_a_noun_number_sections():
    speech = speech_of(
        "在新提拔干部任前谈话会上的讲话",
        "同志们：",
        "今天和大家谈三点嘱咐。",
        "第一项嘱咐是对党忠诚。要坚定理想信念。",
        "第二项嘱咐是敢于担当。要勇挑重担。",
    )
    assert [(s.number, s.heading) for s in speech.sections if s.kind == "body"] == [
        ("第一项", "嘱咐是对党忠诚"),
        ("第二项", "嘱咐是敢于担当"),
    ]


def test_a_clock_time_in_a_heading_is_not_its_end():
    speech = speech_of(
        "在运动会筹备会上的讲话",
        "同志们：",
        "一、上午8:30-9:00，开幕式",
        "要准时入场。",
        "二、下午14:30，闭幕式",
        "要有序退场。",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "上午8:30-9:00，开幕式",
        "下午14:30，闭幕式",
    ]


def test_a_heading_may_begin_with_a_year():
    speech = speech_of(
        "在区人民代表大会上的讲话",
        "各位代表：",
        "一、2023年工作回顾",
        "过去一年成绩显著。",
        "二、2024年工作安排",
        "今年任务艰巨。",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "2023年工作回顾",
        "2024年工作安排",
    ]


def test_short_lines_of_one_length_are_not_taken_for_a_hard_wrapped_copy():
    speech = speech_of(
        "在全村防汛准备工作会上的讲话",
        "乡亲们：",
        "一、清理排水沟渠确保畅通无阻",
        "明天一早各组组织劳力清理排水沟。",
        "二、转移危房住户保障群众安全",
        "一下大雨就要把住户转移到村小学。",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "清理排水沟渠确保畅通无阻",
        "转移危房住户保障群众安全",
    ]
    assert "rewrapped" not in codes(speech)


@pytest.mark.parametrize("marks", ["⒈⒉⒊", "⑴⑵⑶", "①②③"])
def test_enclosed_numerals_number_points(marks):
    speech = speech_of(
        "在全市园林绿化工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要是部署下一阶段工作。下面，我讲一点意见。",
        "一、抓好重点工作",
        *(
            f"{mark}第{n}项重点工作。要按照时间节点抓好推进，确保取得实效。"
            for n, mark in enumerate(marks)
        ),
    )
    points = [s for s in speech.sections if s.level == 2]
    assert [s.number for s in points] == list(marks)
    assert [s.heading for s in points] == ["第0项重点工作", "第1项重点工作", "第2项重点工作"]


def test_a_work_reports_dash_bullets_are_points_with_their_heading_sentence():
    speech = speech_of(
        "政府工作报告",
        "各位代表：",
        "现在，我代表区人民政府向大会报告工作，请予审议。",
        "一、过去一年的工作",
        "过去一年，我们较好完成了全年目标任务。主要做了以下工作：",
        "——聚焦产业升级，经济实力稳步增强。新增规上工业企业一批，新兴产业比重继续提高。",
        "——聚焦民生福祉，群众获得感不断提升。新建学校三所，新增学位两千多个，就业保持稳定。",
        "二、今年的工作安排",
        "今年要重点抓好项目建设，全力以赴稳增长、促发展、保民生。",
    )
    points = [(s.level, s.number, s.heading) for s in speech.sections if s.level == 2]
    assert points == [
        (2, "——", "聚焦产业升级，经济实力稳步增强"),
        (2, "——", "聚焦民生福祉，群众获得感不断提升"),
    ]


def test_shouxian_opening_a_long_spoken_sentence_is_not_a_point():
    speech = speech_of(
        "在全县运动会闭幕式上的致辞",
        "各位来宾、各位选手：",
        "运动会就要闭幕了，我们心里非常不舍。",
        "首先，在这边我要恭喜这段时间竞争非常激烈、能够夺牌的选手们，你们非常不简单，没有得奖的选手也不要气馁。",
        "其次，在这边我也要特别感谢在筹备期间跟我们一起共同规划的志工朋友，还有县内各级机关、学校的辛苦付出。",
        "最后，祝福各位选手平安回家，明年我们在下一个主办县市再见面，谢谢大家。",
    )
    assert [s.number for s in speech.sections if s.kind == "body"] == []


def test_shouxian_opening_a_short_point_is_one():
    speech = speech_of(
        "在全市优化营商环境座谈会上的讲话",
        "同志们：",
        "今天召开座谈会，听取企业意见。下面，我讲几点意见。",
        "首先，要提高政务服务效率。各部门要压缩办理时限，做到一次办好。",
        "其次，要加大政策兑现力度。凡是能够主动兑现的，一律由部门主动兑现。",
        "最后，要营造尊商重商氛围。对企业反映的问题，要限时办结、跟踪回访。",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "要提高政务服务效率",
        "要加大政策兑现力度",
        "要营造尊商重商氛围",
    ]


def test_a_heading_line_keeps_the_colon_inside_it():
    speech = speech_of(
        "在全县党员干部警示教育大会上的党课",
        "同志们：",
        "一、守初心：做理想信念的坚定者",
        "要把学习作为终身课题，补足精神之钙。",
        "二、守底线：做清正廉洁的明白人",
        "要算好政治账、经济账、家庭账。",
    )
    assert [h for _, _, h in numbered(speech)] == [
        "守初心：做理想信念的坚定者",
        "守底线：做清正廉洁的明白人",
    ]


def test_a_line_starting_with_a_comma_does_not_join_the_heading_above_it():
    speech = speech_of(
        "在全县半年工作总结会上的讲话",
        "同志们：",
        "一、认清形势，坚定信心",
        "上半年全县经济保持平稳，主要指标好于预期。",
        "二、突出重点，确保完成全年任务",
        "，全县上下要咬定目标不放松，下半年时间紧任务重。",
    )
    assert [h for _, _, h in numbered(speech)][1] == "突出重点，确保完成全年任务"
    assert "全县上下要咬定目标不放松" in speech.sections[-1].body


def test_a_flattened_speech_with_one_top_item_and_an_ascii_colon_is_resegmented():
    body = (
        "同志们: 今天召开全县冬修水利动员会，主要任务是部署今冬明春的水利建设工作。刚才，"
        "有关部门作了具体安排，请大家认真抓好落实。下面，我再强调两点意见: 一要加强领导，"
        "迅速行动。各乡镇主要负责同志要亲自抓，分管同志要具体抓，确保工程按时开工。 "
        "二要突出重点，注重实效。要把有限的资金集中用在小型水库除险加固和渠系配套上，"
        "以点带面推动整体工作，确保今冬明春水利建设任务全面完成。"
    )
    speech = speech_of("在全县冬修水利动员会结束时的讲话", body)
    assert numbered(speech) == [
        (1, "一要", "加强领导，迅速行动"),
        (1, "二要", "突出重点，注重实效"),
    ]


def test_a_cut_off_flattened_speech_keeps_its_only_top_item_and_its_points():
    body = (
        "同志们：今天召开全县创建卫生县城推进大会，主要任务是总结前段工作，部署下步任务。"
        "刚才，有关同志作了具体安排，大家要认真抓好落实。下面，我讲几点意见。"
        "(一)要统一思想，切实增强创建工作的紧迫感。创建卫生县城是县委作出的重大决策，"
        "全县上下要全身心投入创建工作。一是创建是改善群众生活环境的迫切需要。背街小巷"
        "脏乱差问题依然存在。二是创建是提升县城竞争力的客观需要。环境就是生产力..."
    )
    speech = speech_of("县委书记在创建卫生县城推进大会上的讲话", body, "请先登录")
    assert numbered(speech) == [
        (1, "(一)", "要统一思想，切实增强创建工作的紧迫感"),
        (2, "一是", "创建是改善群众生活环境的迫切需要"),
        (2, "二是", "创建是提升县城竞争力的客观需要"),
    ]
    assert "truncated" in codes(speech)
    assert "请先登录" not in speech.text and "..." not in speech.text


@pytest.mark.parametrize(
    ("labels", "numbers"),
    [
        (("第一句话：", "第二句话："), ["第一句话：", "第二句话："]),
        (("第一点：", "第二点："), ["第一点：", "第二点："]),
        (("第一项：", "第二项："), ["第一项：", "第二项："]),
    ],
)
def test_a_counted_noun_and_a_colon_label_a_section(labels, numbers):
    speech = speech_of(
        "在新生入学教育大会上的讲话",
        "同学们：",
        "今天我想送给大家两句话。",
        f"{labels[0]}做一个守纪律的学生。遵守校规校纪，从小事做起。",
        f"{labels[1]}做一个爱学习的学生。不懂就问，勤学多思。",
    )
    assert [n for _, n, _ in numbered(speech)] == numbers
    assert [h for _, _, h in numbered(speech)] == ["做一个守纪律的学生", "做一个爱学习的学生"]


def test_viewer_chunk_numbers_inside_sentences_are_dropped_after_a_long_first_chunk():
    first = (
        "1、在全县秸秆禁烧工作会议上的讲话 同志们： 今天召开全县秸秆禁烧工作会议，主要任务是"
        "部署今年的禁烧工作。刚才，有关部门分别就禁烧巡查和综合利用作了安排，我都同意。"
        "一、统一思想 秸秆焚烧看似小事，实则关系空气质量、交通安全和群众健康，决不能掉以轻心。"
        "每到夏收时节，"
    )
    speech = speech_of(
        first,
        "2、个别地方浓烟四起，污染空气。二、压实责任 要落实网格化责任制，把责任落到每块田。"
        "以上意见，请大家认真抓好落实。",
    )
    assert "每到夏收时节，个别地方浓烟四起" in speech.text
    assert "2、" not in speech.text


def test_a_numeral_and_a_space_label_the_parts_and_a_di_yi_dian_list_inside():
    speech = speech_of(
        "在九年级家长会上的发言",
        "各位家长：",
        "感谢大家百忙之中来参加家长会。",
        "一 孩子在学校的一天",
        "孩子们每天早上七点二十到校，晚上五点半放学。",
        "二 家长可以做的几件事",
        "第一点，把手机管起来。周末尽量陪孩子运动。",
        "第二点，多和老师沟通。有问题及时联系。",
    )
    assert numbered(speech) == [
        (1, "一", "孩子在学校的一天"),
        (1, "二", "家长可以做的几件事"),
        (2, "第一点，", "把手机管起来"),
        (2, "第二点，", "多和老师沟通"),
    ]


def test_labels_behind_a_bullet_or_inside_brackets_are_headings():
    speech = speech_of(
        "在集团年度工作会议上的讲话",
        "同志们：",
        "今天召开年度工作会议。下面，我讲两点意见。",
        "■ 1. 全面看待去年的成绩",
        "去年集团吞吐量再创新高，利润总额稳步增长。",
        "■ 2. 扎实做好今年各项工作",
        "　　【（1）坚定不移做强主业】",
        "要紧盯腹地货源，巩固传统货种。",
        "　　【（2）加快推进数字化转型】",
        "要以智慧港口建设为抓手，推广新技术。",
    )
    headings = [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert headings == [
        (1, "1.", "全面看待去年的成绩"),
        (1, "2.", "扎实做好今年各项工作"),
        (2, "（1）", "坚定不移做强主业"),
        (2, "（2）", "加快推进数字化转型"),
    ]


def test_a_heading_typed_with_a_western_keyboard_ends_at_its_full_stop():
    speech = speech_of(
        "家长会班主任发言稿",
        "各位家长:",
        "今天请大家来,主要说三件事.",
        "(1)自我意识越来越强了.很多孩子开始有自己的小秘密,这是正常的成长现象.",
        '(2)请和孩子一起制定一份"手机使用约定".约定要写在纸上,说到做到.',
        "(3)成绩提高了1.5分.大家要多鼓励孩子.",
    )
    headings = [s.heading for s in speech.sections if s.kind == "body"]
    assert headings == [
        "自我意识越来越强了",
        '请和孩子一起制定一份"手机使用约定"',
        "成绩提高了1.5分",
    ]


def test_a_list_begun_with_one_style_and_continued_with_another_is_one_list():
    speech = speech_of(
        "全县统计工作会议讲话稿",
        "同志们：",
        "今天召开全县统计工作会议。下面，我讲三点意见。",
        "一、提高认识，把统计工作摆上重要位置",
        "一是要配齐统计人员。二是要保障工作经费。",
        "第二、夯实基础，着力提高统计数据质量",
        "要规范台账，做到数出有据。",
        "第三、严格执法，坚决防范统计造假",
        "要加大执法检查力度。",
    )
    top = [(s.level, s.number) for s in speech.sections if s.kind == "body" and s.level == 1]
    assert top == [(1, "一、"), (1, "第二、"), (1, "第三、")]


def test_statement_lines_ending_with_a_quoted_phrase_head_an_unnumbered_speech():
    speech = speech_of(
        "在县委理论学习中心组集体学习会上的研讨发言",
        "县委办公室主任　林青",
        "按照学习安排，我结合岗位工作谈三点体会。",
        "以学铸魂，把理论学习作为办文办会办事的“压舱石”",
        "办公室工作千头万绪，越是忙越要沉下心来学理论，学深悟透才能把握方向，才能把各项工作做实做细。",
        "以学促研，把调查研究作为服务决策的“基本功”",
        "我们坚持每季度围绕中心工作开展专题调研，形成一批有分量的调研报告。",
        "以学正风，把作风建设作为锻造队伍的“磨刀石”",
        "我们从小事抓起，从细节改起，推动机关作风持续好转，群众满意度明显提高。",
        "以上体会，不妥之处请批评指正。",
    )
    headings = [s.heading for s in speech.sections if s.kind == "body"]
    assert headings[0] == "以学铸魂，把理论学习作为办文办会办事的“压舱石”" and len(headings) == 3


def test_bracketed_keywords_before_heading_lines_number_the_parts():
    speech = speech_of(
        "在全区青年干部座谈会上的讲话",
        "同志们：",
        "今天和大家座谈，我谈三点希望。",
        "【坚定信念】扣好成长的“第一粒扣子”",
        "信念是干部的主心骨。要在学习中坚定信念。",
        "【勇于担当】在吃劲岗位上经风雨",
        "一要敢于到基层去；二要敢于接难事。",
        "【严守纪律】守住为官做人的底线",
        "要慎独慎微，管好自己的生活圈。",
    )
    heads = [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert heads == [
        (1, "【坚定信念】", "扣好成长的“第一粒扣子”"),
        (1, "【勇于担当】", "在吃劲岗位上经风雨"),
        (2, "一要", "敢于到基层去"),
        (2, "二要", "敢于接难事"),
        (1, "【严守纪律】", "守住为官做人的底线"),
    ]


def test_a_counted_noun_named_before_the_comma():
    speech = speech_of(
        "在全镇党员冬训会上的讲话",
        "同志们：",
        "今天给大家提三点希望。",
        "第一点希望，要加强学习。学习是立身之本。",
        "第二点希望，要勤于实践。实践出真知。",
        "第三点希望，要严守纪律。纪律是生命线。",
        "谢谢大家。",
    )
    heads = [(s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert heads == [
        ("第一点希望，", "要加强学习"),
        ("第二点希望，", "要勤于实践"),
        ("第三点希望，", "要严守纪律"),
    ]


@pytest.mark.parametrize("noun", ["个故事", "個期待"])
def test_a_counted_story_or_wish_before_a_colon_labels_a_part(noun):
    speech = speech_of(
        "在全镇专题党课上的讲稿",
        "同志们：",
        "今天给大家讲几个故事。",
        f"第一{noun}：一本记了四十年的账",
        "老支书把集体的每一分钱都记在本子上。",
        f"第二{noun}：一条走了十二年的山路",
        "她每天步行送孩子们上学。",
    )
    assert [s.number for s in speech.sections if s.kind == "body"] == [
        f"第一{noun}：",
        f"第二{noun}：",
    ]


def test_shouxian_then_di_er_is_one_list():
    speech = speech_of(
        "在全县乡村振兴推进会上的讲话",
        "同志们：",
        "今天召开会议。我讲三点。",
        "首先，提高认识。要统一思想，增强责任感和紧迫感。",
        "第二，突出重点。要抓好产业发展和人才振兴工作。",
        "第三，强化保障。要压实各级责任，确保落地见效。",
        "谢谢大家。",
    )
    assert numbered(speech) == [
        (1, "首先，", "提高认识"),
        (1, "第二，", "突出重点"),
        (1, "第三，", "强化保障"),
    ]


def test_a_copy_that_starts_at_a_later_part_keeps_that_part_as_the_top_level():
    speech = speech_of(
        "二〇二五年度区政府工作报告（第三部分）",
        "三、着力保障和改善民生",
        "办好民生实事，是政府工作的出发点。今年，我们将继续加大投入。",
        "（一）扩大就业岗位",
        "新增城镇就业一万人，帮扶困难人员再就业。",
        "（二）办好人民满意教育",
        "新建两所小学，扩充学位三千个。",
    )
    assert numbered(speech) == [
        (1, "三、", "着力保障和改善民生"),
        (2, "（一）", "扩大就业岗位"),
        (2, "（二）", "办好人民满意教育"),
    ]


def test_a_later_label_without_a_list_under_it_does_not_open_the_top_level():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天的会议很重要，我讲几点意见。",
        "三、要进一步统一思想，把会议精神传达到每一个村组和每一名干部。",
        *BODY[1:],
    )
    assert numbered(speech) == [(1, "一、", "提高认识"), (1, "二、", "狠抓落实")]


def test_a_word_and_a_colon_opening_paragraphs_under_a_part_are_its_points():
    speech = speech_of(
        "县长在全县防汛工作会议上的讲话提纲",
        "同志们：",
        "今天召开会议，部署今年防汛工作。我讲两点意见。",
        "一、认清形势",
        "雨情：据预测，今年汛期全县降水偏多，局地可能发生强降雨。",
        "短板：部分堤防标准偏低，一些山塘仍未完成除险加固。",
        "二、压实责任",
        "各乡镇要落实行政首长负责制，主汛期主要领导原则上不外出。",
    )
    assert numbered(speech) == [
        (1, "一、", "认清形势"),
        (2, "", "雨情"),
        (2, "", "短板"),
        (1, "二、", "压实责任"),
    ]
    rain = next(s for s in speech.sections if s.heading == "雨情")
    assert rain.heading_end == "：" and rain.body.startswith("据预测，今年汛期")


@pytest.mark.parametrize(
    "lines",
    [
        # figures, not points: no sentence after the colon
        (
            "化肥：已到位二千一百吨，占全年需求的八成左右",
            "农机：大中型拖拉机一百四十六台，检修完成",
        ),
        # who speaks, and a notice's fields, are no points
        (
            "主持人：下面请各乡镇主要负责同志依次汇报工作进展。",
            "王书记：我们镇今年已完成主要任务的七成以上。",
        ),
        (
            "时间：每周一上午召开调度会，各单位主要负责人参加。",
            "地点：县政府三楼会议室，请提前十分钟到场签到。",
        ),
    ],
)
def test_lines_opening_with_a_name_a_field_or_a_figure_are_not_points(lines):
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，安排部署今年工作。",
        "一、提高认识",
        *lines,
        *BODY[3:],
    )
    assert numbered(speech) == [(1, "一、", "提高认识"), (1, "二、", "狠抓落实")]


def test_enclosed_ideograph_numerals_number_a_parts_points():
    speech = speech_of(
        "在全市河湖管理工作会议上的讲话",
        "同志们：",
        "今天这个会，我讲两个方面。",
        "一、认清形势",
        "㈠成效明显。去年清理河道四百公里。",
        "㈡短板仍在。一些支流还有污染。",
        "二、抓好落实",
        "各地要压实河长责任。",
    )
    assert numbered(speech)[:3] == [
        (1, "一、", "认清形势"),
        (2, "㈠", "成效明显"),
        (2, "㈡", "短板仍在"),
    ]


def test_circled_numerals_after_a_sentence_are_points_but_a_footnote_mark_is_not():
    speech = speech_of(
        "在全区城市更新推进会上的讲话",
        "同志们：",
        "下面讲两点。",
        "一、看成绩",
        "总的看进度较快。①改造提速。今年完成八十个小区。②街区焕新。老街保留了原貌。",
        "二、找差距",
        "毛泽东同志说过：“没有调查，就没有发言权。”①这句话今天仍然管用。",
    )
    assert numbered(speech) == [
        (1, "一、", "看成绩"),
        (2, "①", "改造提速"),
        (2, "②", "街区焕新"),
        (1, "二、", "找差距"),
    ]


def test_tortoise_shell_brackets_number_parts():
    speech = speech_of(
        "在全镇经济工作会议上的讲话",
        "同志们：",
        "下面讲两点意见。",
        "〔一〕看清成绩",
        "第一，产业有了新突破。第二，集镇有了新变化。",
        "〔二〕抓好重点",
        "要抓好招商引资。",
    )
    assert numbered(speech) == [
        (1, "〔一〕", "看清成绩"),
        (2, "第一，", "产业有了新突破"),
        (2, "第二，", "集镇有了新变化"),
        (1, "〔二〕", "抓好重点"),
    ]


def test_points_after_a_sentence_in_a_paragraph_go_on_with_those_that_open_one():
    speech = speech_of(
        "在全县抗震救灾工作会议上的讲话",
        "同志们：",
        "下面讲两点。",
        "一、把抢救生命放在第一位",
        "我们要争分夺秒。（一）全力搜救被困群众。要逐户排查。（二）全力救治受伤群众。要腾出床位。",
        "二、妥善安置受灾群众",
        "（一）抓紧搭建临时住所。县里已经调拨帐篷。",
        "（二）保障基本生活。要保证有饭吃。",
    )
    assert numbered(speech) == [
        (1, "一、", "把抢救生命放在第一位"),
        (2, "（一）", "全力搜救被困群众"),
        (2, "（二）", "全力救治受伤群众"),
        (1, "二、", "妥善安置受灾群众"),
        (2, "（一）", "抓紧搭建临时住所"),
        (2, "（二）", "保障基本生活"),
    ]


def test_a_wechat_posts_part_cards_and_corner_bracket_numbers():
    speech = speech_of(
        "在全区经济工作会议上的讲话",
        "同志们：",
        "今天开会，讲三点。",
        "▍01　看清形势",
        "困难不少，底气更足。",
        "▍02　抓住关键",
        "「一」在扩大投资上用力",
        "要抓项目。",
        "「二」在提振消费上用力",
        "要促消费。",
    )
    assert numbered(speech) == [
        (1, "01", "看清形势"),
        (1, "02", "抓住关键"),
        (2, "「一」", "在扩大投资上用力"),
        (2, "「二」", "在提振消费上用力"),
    ]


def test_a_count_that_goes_on_under_the_next_part_stays_one_list():
    speech = speech_of(
        "在全国农村供水工作会议上的讲话",
        "同志们：",
        "今天开会。",
        "第一部分　形势",
        "一、成绩",
        "有成绩。",
        "二、问题",
        "有问题。",
        "第二部分　任务",
        "三、抓规划",
        "要编规划。",
        "四、抓水质",
        "要抓水质。",
    )
    assert numbered(speech) == [
        (1, "第一部分", "形势"),
        (2, "一、", "成绩"),
        (2, "二、", "问题"),
        (1, "第二部分", "任务"),
        (2, "三、", "抓规划"),
        (2, "四、", "抓水质"),
    ]


def test_a_long_paragraphs_numbered_list_after_a_colon_keeps_its_items_as_points():
    items = "；".join(
        f"{n}.{what}，县里今年要拿出实打实的办法，让企业真正感受到政策的温度"
        for n, what in enumerate(["降低用地成本", "降低用能成本", "降低融资成本"], start=1)
    )
    speech = speech_of(
        "在全县优化营商环境大会上的讲话",
        "同志们：",
        "今天开会。",
        "一、看清差距",
        "要看清差距。",
        f"二、推动政策落地。县里出台了十条措施，概括起来就是十句话：{items}。",
    )
    assert [(s.level, s.number) for s in speech.sections if s.kind == "body"][2:] == [
        (2, "1."),
        (2, "2."),
        (2, "3."),
    ]


def test_a_heading_that_opens_with_an_idiom_of_thousands_is_numbered():
    speech = speech_of(
        "在市政府全体会议上的讲话",
        "同志们：",
        "今天召开市政府全体会议。",
        "一、正确看待一季度经济形势",
        "主要指标增速均高于全省平均水平。",
        "二、千方百计稳定工业增长",
        "要帮助企业稳订单、拓市场。",
    )

    assert numbered(speech) == [
        (1, "一、", "正确看待一季度经济形势"),
        (1, "二、", "千方百计稳定工业增长"),
    ]


def test_a_sentence_counted_with_ju_hua_shi_keeps_its_words_together():
    speech = speech_of(
        "第1篇市长演讲稿",
        "各位代表：",
        "我想说两句话。",
        "第一句话是“懂临江”。要熟悉这片土地。",
        "第二句话是“能干事”。要干出实绩。",
    )

    assert speech.title == "市长演讲稿"
    assert numbered(speech) == [(1, "第一句话是", "“懂临江”"), (1, "第二句话是", "“能干事”")]
