"""Shapes of real pages the parser must read: a host's agenda steps, lists that stay text
inside a part, and where the closing starts (pure Python, no database; the helpers are
test_parser_real_shapes.py's, the other numbering rules in test_parser_numbering.py)."""

from __future__ import annotations

from .test_parser_numbering import numbered
from .test_parser_real_shapes import BODY, speech_of


def test_short_dash_list_items_stay_in_the_text():
    speech = speech_of(
        "在全区城市更新工作会议上的讲话",
        "同志们：",
        "今天召开会议，部署今年的城市更新工作。今年要完成以下任务：",
        "——完成老旧小区改造四十六个，惠及居民一万多户；",
        "——打通断头路七条，新增公共停车泊位三千多个；",
        "——启动城中村改造项目三个。",
        "各单位要按照分工抓好落实，确保按期完成。",
    )
    assert [s.number for s in speech.sections if s.kind == "body"] == []


def test_a_host_scripts_only_named_agenda_step_is_a_section():
    speech = speech_of(
        "市政府第五次全体会议主持词",
        "同志们：",
        "现在开会。今天的会议主要有两项议程。",
        "下面先进行第一项议程，请常务副市长传达上级会议精神。",
        "下面请市长作重要讲话，大家欢迎。",
        "会后，各单位要抓好贯彻落实。散会。",
    )
    steps = [(s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert steps == [("第一项", "下面先进行第一项议程，请常务副市长传达上级会议精神")]


def test_a_speech_that_ends_by_opening_the_agenda_has_no_agenda_section():
    speech = speech_of("在区委全会开始时的讲话", "同志们：", *BODY, "现在，进行全会第一项议程。")
    assert "第一项" not in [s.number for s in speech.sections]


def test_a_themes_label_and_a_stage_cue_before_an_agenda_step():
    speech = speech_of(
        "在新员工入职培训会上的讲话",
        "各位新同事：",
        "今天和大家聊三个主题。",
        "第一个主题：目标",
        "每个人都要有清晰的职业目标。",
        "第二个主题：责任",
        "岗位就是责任。",
    )
    assert numbered(speech) == [(1, "第一个主题：", "目标"), (1, "第二个主题：", "责任")]
    speech = speech_of(
        "集团上半年经营分析会主持词",
        "各位同事：",
        "现在开会。",
        "下面进行第一项议程，请财务部通报经营情况。",
        "（通报完毕）现在进行第二项议程，请董事长讲话，大家欢迎。",
    )
    # (大家欢迎 calls for applause: the host's cue, not the step)
    assert [h for _, _, h in numbered(speech)][-1] == "现在进行第二项议程，请董事长讲话"
    assert "（通报完毕）" in speech.text


def test_practices_numbered_in_an_exchange_and_agenda_steps_as_written():
    speech = speech_of(
        "在全省供销合作社综合改革经验交流会上的交流发言",
        "各位领导、同志们：",
        "近年来，我县供销社综合改革取得积极成效。主要做法是：",
        "做法一：重建基层社，把服务网点铺到农民家门口",
        "我们按照一镇一社的思路，基层网点从十二个恢复到四十六个。",
        "做法二：做强农业社会化服务",
        "我们成立了县农业服务公司，为农户提供全程托管。",
    )
    assert [n for _, n, _ in numbered(speech)] == ["做法一：", "做法二："]
    speech = speech_of(
        "鎮黨代會主席團第一次會議主持詞",
        "各位代表：",
        "現在開會。",
        "下面，進行第一項，通過大會日程。",
        "下面，進行第二項，通過大會副秘書長名單。",
    )
    assert [n for _, n, _ in numbered(speech)] == ["第一項", "第二項"]


def test_a_hosts_steps_listed_one_a_line_are_its_parts_a_list_of_business_is_not():
    steps = speech_of(
        "全县冬春森林防火工作会议主持词",
        "同志们：",
        "今天的会议有三项议程：",
        "一、请县林业局局长通报去年的森林火情；",
        "二、请副县长安排部署今冬明春森林防火工作；",
        "三、请县长讲话。",
    )
    assert [n for _, n, _ in numbered(steps)] == ["一、", "二、", "三、"]
    business = speech_of(
        "在镇人民代表大会上的开幕词",
        "各位代表：",
        "这次大会的主要议程是：",
        "一、听取和审议镇人民政府工作报告；",
        "二、审查和批准财政预算；",
        "三、选举副镇长。",
    )
    assert numbered(business) == []


def test_what_follows_one_paragraph_points_closes_and_a_last_wish_is_no_point():
    points = speech_of(
        "在座谈会上的发言",
        "各位领导：",
        "我们村是个丘陵村，常年在外务工的有六百多人。",
        "一是把能人从外面请回来。村里建了乡贤联络群，请回了十二位能人。",
        "二是把土专家从田里选出来。村里种了一辈子茶的老把式当上了技术员。",
        "借这个机会，我提个建议：希望市里在乡村工匠评定上再向一线倾斜。",
        "（作者系某某村党总支书记）",
    )
    assert [s.kind for s in points.sections] == ["opening", "body", "body", "closing"]
    wish = speech_of(
        "在开学典礼上的讲话",
        "亲爱的同学们：",
        "新学期开始了，我和大家说三件小事。",
        "首先，是守规矩这件小事。规矩是成长的底线。",
        "其次，是好好睡觉这件小事。睡眠是学习的基础。",
        "再次，是多读一本书这件小事。读书使人明理。",
        "最后，祝老师们工作顺利，祝同学们学习进步！",
        "谢谢大家！",
    )
    assert [s.number for s in wish.sections if s.kind == "body"] == ["首先，", "其次，", "再次，"]
    assert wish.sections[-1].kind == "closing"


def test_an_agenda_step_with_a_colon_after_the_announced_steps_is_the_next_step():
    speech = speech_of(
        "在庆祝大会上的主持词",
        "同志们：",
        "今天我们召开大会。大会共有三项议程。",
        "下面进行第一项议程，请组织部部长宣读表彰决定。",
        "（宣读）",
        "下面进行第二项议程，为先进集体颁奖。",
        "（颁奖）",
        "下面进行——",
        "第三项：请县委书记讲话。大家欢迎！",
        "（讲话）",
        "今天的大会到此结束。散会！",
    )
    steps = [(s.level, s.number) for s in speech.sections if s.kind == "body"]
    assert steps == [(1, "第一项"), (1, "第二项"), (1, "第三项：")]


def test_first_and_last_as_a_speakers_turns_of_phrase_are_no_points():
    speech = speech_of(
        "和平国中优良教师表扬大会受奖教师代表致词",
        "各位师长、各位家长：",
        "首先，我要代表今天受奖的八位老师，谢谢学校和家长会给我们这份肯定。",
        "教书二十年，我最大的收获是孩子们的笑脸。",
        "最后，请容许我说一点私心的话：谢谢我的家人。",
    )
    assert [s.kind for s in speech.sections] == ["opening", "closing"]
    assert speech.level == "单位"


def test_a_list_of_short_prohibitions_inside_a_part_is_text_not_sections():
    speech = speech_of(
        "在全镇森林防火工作动员会上的讲话",
        "同志们：",
        "今天召开动员会，部署春季森林防火工作。",
        "一、认清形势",
        "今年以来降水偏少，森林火险等级居高不下。",
        "二、管住火源",
        "要严格落实十条禁令：",
        "1.严禁在林区内吸烟、野炊；",
        "2.严禁上坟烧纸、燃放鞭炮；",
        "3.严禁无证进行计划烧除。",
        "各村要把禁令贴到每家每户。",
    )
    assert [(s.level, s.number) for s in speech.sections if s.kind == "body"] == [
        (1, "一、"),
        (1, "二、"),
    ]
    assert "1.严禁在林区内吸烟、野炊；" in speech.sections[-1].body


def test_parts_opened_by_the_same_address_are_not_the_closing():
    speech = speech_of(
        "在实验中学2024届毕业典礼上的致辞",
        "亲爱的同学们：",
        "三年时光转瞬即逝。今天你们就要毕业了。",
        "同学们，感恩是一种美德。父母的养育、老师的教诲，都值得铭记。",
        "同学们，奋斗是青春的底色。希望你们在新的起点上继续努力。",
        "最后，祝同学们前程似锦！谢谢大家！",
    )
    closing = speech.sections[-1]
    assert closing.kind == "closing"
    assert "感恩" not in closing.body and closing.body.startswith("同学们，奋斗")


def test_a_statement_that_asks_to_be_supervised_closes():
    speech = speech_of(
        "在县财政局党组2024年度民主生活会上的表态发言",
        "各位领导、同志们：",
        "按照会议安排，我作表态发言。",
        "一、在抓好整改上见实效",
        "要逐条对照问题清单，按期销号。",
        "二、在廉洁自律上作表率",
        "要严守纪律规矩，管好身边人。",
        "以上表态，请督导组和同志们监督。",
    )
    assert speech.sections[-1].kind == "closing"


def test_the_hosts_call_for_applause_ends_a_step_and_a_late_step_is_no_closing():
    speech = speech_of(
        "全县2025年一季度重大项目集中签约仪式主持词",
        "主持人：县委常委、常务副县长　陈志华",
        "各位领导、各位来宾：",
        "今天，我们在这里隆重举行重大项目集中签约仪式。",
        "仪式进行第一项，请县长致辞，大家欢迎！",
        "仪式进行第二项，请企业代表发言。",
        "仪式进行第三项，集中签约。",
        "让我们以热烈的掌声，祝贺各个项目签约成功！",
        "仪式进行第四项，请副市长讲话，大家欢迎！",
        "仪式到此结束。",
    )
    steps = [(s.number, s.heading) for s in speech.sections if s.kind == "body"]
    assert steps[0] == ("第一项", "仪式进行第一项，请县长致辞")
    assert steps[-1] == ("第四项", "仪式进行第四项，请副市长讲话")
    assert (speech.speaker_role, speech.speaker_name) == ("县委常委、常务副县长", "陈志华")


def test_a_last_paragraph_that_sums_up_after_the_last_parts_own_is_the_closing():
    speech = speech_of(
        "在全县重点项目调度会议上的讲话",
        "同志们：",
        *BODY[:4],
        "各乡镇、各部门要对照任务清单，逐项明确责任人和完成时限。",
        "年底前的五十多天是冲刺全年目标的关键时期，希望大家铆足干劲，确保完成全年目标任务。",
    )
    kinds = [s.kind for s in speech.sections]
    assert kinds == ["opening", "body", "body", "closing"]
    assert speech.sections[-1].body.startswith("年底前的五十多天")


def test_a_parts_only_paragraph_that_hopes_is_still_the_part():
    speech = speech_of(
        "在全县重点项目调度会议上的讲话",
        "同志们：",
        *BODY[:3],
        "二、狠抓落实",
        "希望大家细化任务分工，明确时间节点，确保各项工作落到实处。",
    )
    assert [s.kind for s in speech.sections] == ["opening", "body", "body"]


def test_two_hosts_tags_stay_out_of_the_steps_and_an_agenda_listed_first_leaves_them_on_top():
    speech = speech_of(
        "公司年度总结表彰大会主持词",
        "各位同事：",
        "今天的大会共有两项议程：",
        "一、作工作总结；",
        "二、表彰先进。",
        "男：下面进行第一项议程，请总经理作年度工作总结。",
        "女：下面进行第二项议程，请董事长宣读《中共某公司委员会　某公司关于表彰先进的决定》。",
    )
    assert numbered(speech) == [
        (1, "第一项", "下面进行第一项议程，请总经理作年度工作总结"),
        (
            1,
            "第二项",
            "下面进行第二项议程，请董事长宣读《中共某公司委员会　某公司关于表彰先进的决定》",
        ),
    ]
    assert "女：" in speech.text


def test_a_talk_that_asks_its_listeners_questions_keeps_each_question_whole():
    speech = speech_of(
        "在院坝访谈会上的讲话",
        "乡亲们：",
        "今天和大家拉拉家常，回答几个大家最关心的问题。",
        "一问：土地承包到期了，我家的地还是不是我家的？",
        "是的。承包期再延长三十年，大家放心。",
        "二问：种粮食划不划算？",
        "国家还有补贴，今年标准又提高了。",
    )
    assert numbered(speech) == [
        (1, "一问：", "土地承包到期了，我家的地还是不是我家的？"),
        (1, "二问：", "种粮食划不划算？"),
    ]


def test_suggestions_offered_for_reference_close_a_statement():
    speech = speech_of(
        "在市委征求意见座谈会上的发言",
        "同志们：",
        "下面，我提两点建议：",
        "第一，要进一步改进调查研究。多搞一些随机调研。",
        "第二，要进一步精简会议文件。能合并的合并。",
        "以上意见和建议，不一定准确，仅供市委参考。",
    )

    assert [s.kind for s in speech.sections][-1] == "closing"


def test_i_will_stop_here_today_closes_a_lecture():
    speech = speech_of("党课讲稿", "同志们：", *BODY[1:-1], "我今天就讲到这里，谢谢大家。")

    assert [s.kind for s in speech.sections][-1] == "closing"
