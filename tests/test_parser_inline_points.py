"""Points written inside paragraphs on real pages, one small text each (pure Python): 一是…二是…
in a paragraph, lists framed by a paragraph's opening item, （1）…；（2）… and 1.…2.… after
sentence ends, a list glued after its plan sentence's colon.

Like test_parser_real_shapes.py (whose helpers these tests share): each pins one rule."""

from __future__ import annotations

from .test_parser_numbering import numbered
from .test_parser_real_shapes import speech_of


def test_paragraphs_opening_with_di_yi_frame_the_numbered_list_inside_them():
    speech = speech_of(
        "在全镇三级干部大会上的讲话",
        "同志们：",
        "今天召开全镇三级干部大会，安排今年工作。下面，我讲三点意见。",
        "第一，要坚定信心，抢抓机遇谋发展。今年的机遇难得，我们一定要牢牢抓住。",
        "第二，要突出重点，真抓实干求突破。重点抓好以下几项工作：",
        "（1）抓好项目建设。包联领导要全程跟踪服务。",
        "（2）抓好产业发展。继续扩大特色种植面积。",
        "第三，要转变作风，凝心聚力抓落实。镇村干部要多到田间地头走一走。",
    )
    assert [(s.level, s.number) for s in speech.sections if s.kind == "body"] == [
        (1, "第一，"),
        (1, "第二，"),
        (2, "（1）"),
        (2, "（2）"),
        (1, "第三，"),
    ]


def test_one_style_at_two_levels_a_list_inside_a_paragraph_opening_item():
    speech = speech_of(
        "在全省观摩会闭幕式上的总结讲话",
        "各位领导、同志们：",
        "观摩会即将圆满结束了！我想说的话很多，归纳起来就是三句话。",
        "一是衷心感谢。向承办观摩的各县和各村表示衷心的感谢！",
        "二是热烈祝贺。这次观摩会有三个多：一是人数多。参会人数是历次最多的；二是亮点多。各观摩点各有特色；三是收获多。不少同志说回去就要照着干。",
        "三是共同期待。希望大家把好经验带回去，结合本村实际用起来。",
    )
    assert [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"] == [
        (1, "一是", "衷心感谢"),
        (1, "二是", "热烈祝贺"),
        (2, "一是", "人数多"),
        (2, "二是", "亮点多"),
        (2, "三是", "收获多"),
        (1, "三是", "共同期待"),
    ]


def test_paragraphs_opening_with_yi_shi_frame_the_numbered_list_inside_them_too():
    speech = speech_of(
        "在全镇重点工作推进会上的讲话",
        "同志们：",
        "今天召开推进会，安排近期工作。下面，我讲三点意见。",
        "一是要坚定信心。今年的机遇难得，我们一定要牢牢抓住。",
        "二是要突出重点。重点抓好以下几项工作：",
        "（1）抓好项目建设。包联领导要全程跟踪服务。",
        "（2）抓好产业发展。继续扩大特色种植面积。",
        "三是要转变作风。镇村干部要多到田间地头走一走。",
    )
    assert [(s.level, s.number) for s in speech.sections if s.kind == "body"] == [
        (1, "一是"),
        (1, "二是"),
        (2, "（1）"),
        (2, "（2）"),
        (1, "三是"),
    ]


def test_a_list_inside_a_paragraph_is_the_top_level_when_nothing_else_is_numbered():
    speech = speech_of(
        "开学典礼校长致辞",
        "亲爱的同学们：",
        "新学期开始了，我代表学校欢迎大家回到校园。",
        "我对同学们提三点希望：第一，要树立远大理想。理想是前进的灯塔；第二，要养成好习惯。"
        "好习惯让人终身受益；第三，要学会关心他人。心中有他人，才能赢得尊重。",
        "最后，祝同学们学业进步！",
    )
    assert numbered(speech) == [
        (1, "第一，", "要树立远大理想"),
        (1, "第二，", "要养成好习惯"),
        (1, "第三，", "要学会关心他人"),
    ]


def test_numerals_followed_by_a_comma_number_points_inside_a_paragraph():
    speech = speech_of(
        "在全县领导干部廉政集体谈话会上的讲话",
        "同志们：",
        "今天召开全县领导干部廉政集体谈话会。",
        "一、要清醒认识节日关就是廉洁关",
        "一，节日是作风问题的易发期。违规收送礼品礼金问题多发。二，节日是群众监督的敏感期。"
        "群众的眼睛是雪亮的。",
        "二、要严守纪律规矩",
        "要带头遵守中央八项规定精神。",
    )
    assert numbered(speech) == [
        (1, "一、", "要清醒认识节日关就是廉洁关"),
        (2, "一，", "节日是作风问题的易发期"),
        (2, "二，", "节日是群众监督的敏感期"),
        (1, "二、", "要严守纪律规矩"),
    ]


def test_a_lists_first_item_glued_after_its_colon_starts_a_heading():
    speech = speech_of(
        "在工程开工仪式上的讲话",
        "同志们：",
        "这条路是群众盼了多年的民生工程。在此，我提三点要求：一、严守质量红线。",
        "原材料进场必须检验，隐蔽工程必须留档。",
        "二、绷紧安全之弦。",
        "安全教育要覆盖到每一名工人。",
        "三、倒排工期节点。",
        "要科学安排工序，减少对群众出行的影响。",
    )
    headings = [(s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert headings == [
        ("一、", "严守质量红线"),
        ("二、", "绷紧安全之弦"),
        ("三、", "倒排工期节点"),
    ]
    assert speech.sections[0].body.endswith("我提三点要求：")


def test_bracketed_points_inside_a_paragraph_after_its_colon():
    speech = speech_of(
        "在全区基层党建工作推进会上的讲话",
        "同志们：",
        "今天的会议开得很好。下面，我讲两点意见。",
        "一要正视问题。当前还存在一些薄弱环节：（1）有的支部组织生活不经常；"
        "（2）有的党员作用发挥不明显；（3）有的书记后继乏人。对这些问题，要逐项整改。",
        "二要压实责任。各级党组织书记要把党建工作扛在肩上。",
    )
    heads = [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert heads == [
        (1, "一要", "正视问题"),
        (2, "（1）", "有的支部组织生活不经常"),
        (2, "（2）", "有的党员作用发挥不明显"),
        (2, "（3）", "有的书记后继乏人"),
        (1, "二要", "压实责任"),
    ]


def test_a_whole_list_inside_the_paragraph_of_its_plan_sentence():
    speech = speech_of(
        "在全县三级干部大会上的讲话",
        "同志们：",
        "今天的会议很重要。下面我讲两点意见：一、统一思想凝聚共识。要看清形势，增强责任感。"
        "二、真抓实干狠抓落实。要把任务分解到人，确保按期完成。",
        "同志们，让我们共同努力！",
    )
    heads = [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert heads == [(1, "一、", "统一思想凝聚共识"), (1, "二、", "真抓实干狠抓落实")]
    assert speech.sections[0].body.endswith("下面我讲两点意见：")


def test_digit_points_inside_a_paragraph_after_sentence_ends():
    speech = speech_of(
        "在全县春耕生产工作会议上的讲话",
        "同志们：",
        "今天召开会议，我讲两点。",
        "一、抓好粮食生产",
        "（一）稳住基本盘",
        "1.稳面积。要落实耕地保护责任。2.提单产。要推广良种良法。3.保收益。要完善补贴政策。",
        "二、抓好农资保障",
        "要加强农资市场监管。",
    )
    heads = [(s.level, s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert heads[2:5] == [(3, "1.", "稳面积"), (3, "2.", "提单产"), (3, "3.", "保收益")]


def test_a_first_item_right_before_the_copy_is_cut_is_still_a_point():
    speech = speech_of(
        "在全县春耕生产会议上的讲话",
        "同志们：",
        "今天召开会议，我讲几点意见。",
        "一、提高认识",
        "要统一思想。",
        "二、狠抓落实",
        "1、抓住机遇，时不我待。这次活动意义重大……",
        "（剩余3页需下载后查看）",
    )
    assert numbered(speech)[-1] == (2, "1、", "抓住机遇，时不我待")


def test_points_a_converter_numbered_with_digits():
    speech = speech_of(
        "在全县安全生产工作会议上的讲话",
        "同志们:",
        "今天召开会议,我讲3点意见。",
        "一、突出重点领域",
        "今年要重点抓好4个方面:1是抓好道路交通安全。2是抓好建筑施工安全。3是抓好消防安全。",
        "二、压实各方责任",
        "要落实企业主体责任。",
    )
    assert [n for _, n, _ in numbered(speech)] == ["一、", "1是", "2是", "3是", "二、"]


def test_a_list_inside_the_last_paragraph_is_no_closing_when_nothing_else_is_numbered():
    speech = speech_of(
        "社区主任在居民议事会上的发言",
        "各位居民朋友：",
        "今天请大家来，就是要把小区停车这件事摊开来说。",
        "下一步，社区打算做好两件事。一是重新规划车位，把东侧的空地改成停车场。"
        "二是成立由居民代表组成的停车管理小组，车位怎么分都由大家定。",
        "我就说这些，谢谢大家。",
    )

    assert numbered(speech) == [
        (1, "一是", "重新规划车位，把东侧的空地改成停车场"),
        (1, "二是", "成立由居民代表组成的停车管理小组，车位怎么分都由大家定"),
    ]
    assert [s.kind for s in speech.sections] == ["opening", "body", "body", "closing"]


def test_a_list_in_the_opening_is_a_peer_of_the_lists_that_number_the_speech():
    speech = speech_of(
        "在全镇群众代表座谈会上的发言",
        "各位领导、各位乡亲：",
        "这几年，村里的变化大家都看在眼里。一是路通了。土路修成了水泥路。二是水干净了。自来水通到了各家。",
        "当然，也有一些问题，我代表大家说一说。",
        "一是希望建一个老年食堂。二是希望固定垃圾清运的时间。",
    )

    assert [level for level, _, _ in numbered(speech)] == [1, 1, 1, 1]


def test_a_first_point_whose_list_a_paywall_cut_off_still_frames_its_own_points():
    speech = speech_of(
        "全省农村供水工作会议总结讲话",
        "同志们：",
        "下面，我对会议作一个简要的总结。",
        "一、会议开得很紧凑、很成功",
        "总的来看，会议主题鲜明。归纳起来，主要有以下三个特点：",
        "第一，规格高。主要体现在三个方面：一是分管副省长出席会议并讲话。这还是第一次。"
        "二是参会范围广。各市县都来了。",
        "……（省略1038字，正式会员可完整阅读）",
    )

    assert numbered(speech) == [
        (1, "一、", "会议开得很紧凑、很成功"),
        (2, "第一，", "规格高"),
        (3, "一是", "分管副省长出席会议并讲话"),
        (3, "二是", "参会范围广"),
    ]


def test_a_comma_after_yi_shi_belongs_to_the_label():
    speech = speech_of(
        "在市政府全体会议上的讲话",
        "同志们：",
        "当前经济运行中还有不少困难。一是，工业增长后劲不足。二是，项目投资结构不优。",
    )

    assert numbered(speech) == [
        (1, "一是，", "工业增长后劲不足"),
        (1, "二是，", "项目投资结构不优"),
    ]
