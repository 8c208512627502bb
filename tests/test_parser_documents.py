"""Documents on real pages, one small text each (pure Python, no database).

Several speeches in one file and compilations, pages that are no speech (novels, news reports),
parts headed without a list's numbering, placeholders (quotes: test_parser_quotes.py). The
shared helpers are in
test_parser_real_shapes.py, whose docstring names the other modules."""

from __future__ import annotations

import pytest

from speeches.parsing import NotASpeech, parse

from .test_parser_real_shapes import BODY, codes, only, section_text, speech_of

# ----------------------------------------------------------------------------------- documents


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
    assert speeches[0].meeting == "全市工业发展大会"  # the scope its opening gives


def test_a_compilations_copies_numbered_pian_after_the_title_are_two_speeches():
    lines = ["乡镇森林防火工作会议领导讲话篇1", "同志们：", *BODY]
    lines += ["乡镇森林防火工作会议领导讲话篇2", "各位领导、同志们：", *BODY]
    speeches = parse("\n".join(lines))
    assert [s.title for s in speeches] == ["乡镇森林防火工作会议领导讲话"] * 2


def test_two_labels_of_one_copy_with_only_its_title_between_are_one_speech():
    lines = ["第1篇：食品安全工作会议致辞", "食品安全工作会议致辞", "篇一：", "同志们：", *BODY]
    (speech,) = parse("\n".join(lines))
    assert (speech.title, speech.salutation) == ("食品安全工作会议致辞", "同志们：")


@pytest.mark.parametrize("mark", ["群众座谈会发言范文第2篇", "群众座谈会发言范文篇2", "二篇"])
def test_a_second_copy_marked_after_a_samples_name_or_by_its_number_alone_is_a_speech(mark):
    lines = ["群众座谈会发言", "同志们：", *BODY, mark, "各位乡亲、同志们：", *BODY]
    speeches = parse("\n".join(lines))
    assert len(speeches) == 2
    assert all(mark not in s.text for s in speeches)


def test_a_sentence_opening_with_a_number_of_pieces_marks_no_copy():
    lines = ["群众座谈会发言", "同志们：", BODY[0], "二篇文章我都认真读了，很受启发。", *BODY[1:]]
    assert len(parse("\n".join(lines))) == 1


# -------------------------------------------------------------------------------- not speeches


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


@pytest.mark.parametrize(
    "crumb",
    [
        "松风小说网 > 官场 > 青云路 > 第918章 收心会（2/3）",
        "二维书屋 > 都市言情 > 官途青云 > 第93章 轮到我发言",
    ],
)
def test_a_chapter_on_a_fiction_site_is_not_a_speech_though_its_hero_addresses_a_meeting(crumb):
    with pytest.raises(NotASpeech, match="fiction site"):
        parse(
            "\n".join(
                [
                    crumb,
                    "上一页　目录　下一页",
                    "各位领导，同志们：",
                    "今天召开这次会议，主要是总结去年的工作，安排今年的任务。",
                    "韩书记放下讲稿，环视会场，会场里一下子安静下来。",
                ]
            )
        )


def test_a_news_page_whose_meta_bar_names_its_correspondent_is_not_a_speech():
    with pytest.raises(NotASpeech, match="news report"):
        parse(
            "\n".join(
                [
                    "当前位置: 首页 >> 学生园地 >> 正文",
                    "材料学院本科党支部开展廉政主题党日活动",
                    "通讯员:郑书瑶  发布时间:2021-11-26  浏览量:",
                    "为落实学院党委关于加强廉洁教育的安排，本科党支部开展了主题党日活动。",
                    "活动中，同学们讲述了身边的廉洁故事，并进行了知识竞答。",
                ]
            )
        )


ESSAY_ON_HOST_SCRIPTS = [
    "——谈谈会议主持词的写法",
    "主持词是会议主持人串联会议的稿子，写好主持词并不容易。",
    "一、开头要简洁。主持词的开头一般交代会议的名称、目的和议程，切忌铺垫过长。",
    "二、串场要自然。主持词在各项议程之间起承上启下的作用，撰写时要注意衔接。",
    "三、结尾要有力。主持词的结尾通常对会议作简要小结，并提出贯彻落实的要求。",
]


def test_an_essay_on_writing_host_scripts_is_not_a_speech():
    with pytest.raises(NotASpeech, match="about speeches"):
        parse("\n".join(ESSAY_ON_HOST_SCRIPTS))


def test_a_lecture_on_writing_that_keeps_addressing_its_hearers_is_a_speech():
    lecture = [
        "经验材料写作辅导",
        "今天我们和大家一起交流一下经验材料怎么写。",
        "我们每个同志都写过材料，大家都知道，写好一篇材料不容易。",
        "一、先要沉下去。我们要把情况摸透，大家要多到基层走一走。",
        "二、再要提起来。我们要从做法里提炼规律，大家写的时候要有观点。",
    ]
    [speech] = parse("\n".join(lecture))
    assert [s.number for s in speech.sections if s.number] == ["一、", "二、"]


def test_a_sample_site_named_in_the_furniture_is_no_writing_guide():
    page = [
        "首页 > 范文大全 > 领导讲话",
        "今年以来，全市上下认真落实市委、市政府的决策部署，各项工作取得新的成效。",
        "我们要进一步统一思想，大家要把心思和精力集中到抓落实上来。",
        "我们要压实责任，确保各项任务落到实处。",
    ]
    [speech] = parse("\n".join(page))
    assert "全市上下" in speech.text


def test_a_news_report_of_a_meeting_is_not_a_speech():
    with pytest.raises(NotASpeech):
        parse(
            "市政府召开第十三次常务会议\n"
            "5月10日，市长主持召开市政府常务会议，研究部署近期重点工作。\n"
            "会议指出，当前全市安全生产形势总体平稳。\n"
            "会议强调，要压实各方责任，严格落实安全生产责任制。\n"
            "会议审议并原则通过了《城市更新项目管理办法》。"
        )


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


# ------------------------------------------------------------ parts without a list's numbering


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


# -------------------------------------------------------------------------------- placeholders


@pytest.mark.parametrize(
    ("sentence", "masks"),
    [
        ("今年要全面落实*市委的部署，做好各项工作。", ["*"]),
        ("全年发案同比下降*%，破案率上升*％。", ["*", "*"]),  # a masked figure
    ],
)
def test_a_lone_asterisk_between_characters_is_a_placeholder(sentence, masks):
    speech = speech_of("在全县工作会议上的讲话", "同志们：", sentence)
    assert [p.text for s in speech.sections for p in s.placeholders] == masks


def test_a_zero_written_as_a_circle_in_a_year_is_no_placeholder():
    speech = speech_of("在全县工作会议上的讲话", "同志们：", "二○○六年以来，○○同志带头落实。")
    assert [p.text for s in speech.sections for p in s.placeholders] == ["○○"]


def test_template_slots_written_with_the_roman_numeral_ten_are_placeholders():
    speech = speech_of(
        "在ⅹⅹ镇油菜花文化旅游节开幕式上的欢迎词",
        "各位来宾：",
        "金秋时节，ⅹⅹ镇的油菜花开得正好，我代表镇党委、镇政府向各位来宾表示热烈欢迎。",
    )
    assert [p.text for s in speech.sections for p in s.placeholders] == ["ⅹⅹ"]
    assert speech.meeting == "ⅹⅹ镇油菜花文化旅游节开幕式"


def test_a_preview_that_glues_the_next_copys_number_to_the_last_word_splits_there():
    speeches = parse(
        "开工仪式致辞(2篇)\n"
        "第1篇大家好！今天我们举行大道改造工程开工仪式，我代表建设单位表示欢迎。\n"
        "改造全长四公里，建成后将解决雨天积水的老问题，请各单位通力协作。\n"
        "预祝工程顺利！谢谢第2篇大家好！今天产业园二期项目正式开工了。\n"
        "我们承诺，工期不拖一天，质量不打折扣，安全不出事故。\n"
        "谢谢大家！\n"
    )
    assert [s.title for s in speeches] == ["开工仪式致辞", "开工仪式致辞"]
    assert "第2篇" not in speeches[0].text and "谢谢" in speeches[0].text
    assert speeches[1].sections[0].body.startswith("大家好！今天产业园二期")
    assert "第2篇" not in speeches[1].text


def test_a_page_of_several_peoples_remarks_splits_under_each_headline_and_name():
    speeches = parse(
        "首页 > 工商联 > 会员风采\n"
        "全市企业家座谈会发言摘登\n"
        "发布时间：2024-05-20　浏览次数：862\n"
        "\n"
        "把老字号做成新名片\n"
        "何秋云（市糕点行业协会会长、某某食品有限公司董事长）\n"
        "　　我们是一家有五十多年历史的糕点企业，今天借这个机会说一点企业的感受。\n"
        "　　一是建议设立老字号发展专项资金。对产品研发和门店改造给予补助。\n"
        "　　二是建议打造老字号集聚街区。把分散的老字号集中起来，办成城市名片。\n"
        "　　我们有信心让老字号焕发新的活力。\n"
        "\n"
        "让融资少跑腿\n"
        "韩立新（某某精密机械有限公司总经理）\n"
        "　　我们是一家做汽车零部件的企业，员工一百二十人，最大的难题是融资。\n"
        "　　希望政府部门多听听中小企业的声音，我们也一定守法经营、诚信经营。\n"
    )
    assert [(s.title, s.speaker_name, s.genre) for s in speeches] == [
        ("把老字号做成新名片", "何秋云", "发言"),
        ("让融资少跑腿", "韩立新", "发言"),
    ]
    first = speeches[0]
    assert first.speaker_role == "市糕点行业协会会长、某某食品有限公司董事长"
    assert [s.kind for s in first.sections] == ["opening", "body", "body", "closing"]
    assert "发言摘登" not in first.text and "point_count_mismatch" not in codes(first)


def test_a_news_headline_of_what_a_leader_stressed_is_not_a_speech():
    with pytest.raises(NotASpeech):
        parse(
            "周国栋在第三届职工代表大会第二次会议上强调\n"
            "凝心聚力守初心　实干担当谋发展\n"
            "3月15日，某某农商银行第三届职工代表大会第二次会议召开。\n"
            "周国栋充分肯定了过去一年的工作成绩。他指出，要坚持服务实体经济。\n"
            "会议审议通过了行务工作报告和财务决算报告。\n"
        )


def test_a_contents_list_of_copies_and_copy_labels_after_a_site_title_do_not_split_wrongly():
    speeches = parse(
        "人居环境整治讲话稿（精选2篇）\n"
        "目录\n"
        "篇一：镇长在全镇人居环境整治推进会上的讲话\n"
        "篇二：村委会主任在全村人居环境整治动员会上的讲话\n"
        "\n"
        "篇一\n"
        "镇长在全镇人居环境整治推进会上的讲话\n"
        "同志们：\n"
        "今天这个现场会，我不念稿子，就说说这一上午看下来的感受。\n"
        "有的村收拾得干干净净，有的村还是老样子，差距就在干部身上。\n"
        "篇二\n"
        "村委会主任在全村人居环境整治动员会上的讲话\n"
        "乡亲们：\n"
        "今天把大家叫来，就说一个事，谁家门口脏，谁家脸上就不光彩。\n"
        "大家回去都动起来，把房前屋后收拾干净。\n"
    )
    assert [s.title for s in speeches] == [
        "镇长在全镇人居环境整治推进会上的讲话",
        "村委会主任在全村人居环境整治动员会上的讲话",
    ]
    labelled = parse(
        "森林防火讲话稿【篇1】\n在全县森林防火工作会议上的讲话\n同志们：\n"
        "今天召开会议，部署今年森林防火工作，请大家高度重视。\n要压实责任，确保不发生重大火情。\n"
        "森林防火讲话稿【篇2】\n在某某林场护林员培训会上的讲话\n各位护林员：\n"
        "今天的培训很重要，大家要认真听、认真记。\n巡山要到位，发现火情要立即报告。\n"
    )
    assert [(s.title, s.level, s.salutation) for s in labelled] == [
        ("在全县森林防火工作会议上的讲话", "县", "同志们："),
        ("在某某林场护林员培训会上的讲话", "单位", "各位护林员："),
    ]
    assert all("【篇" not in s.text for s in labelled)


def test_a_speech_summary_told_in_the_third_person_is_not_a_speech():
    text = (
        "韩明远副省长在全省食品安全工作会议上的讲话摘要\n"
        "4月18日，全省食品安全工作会议在北原市召开。副省长韩明远出席会议并讲话。\n"
        "韩明远指出，过去一年，全省各级各部门认真落实食品安全责任，工作取得明显成效。\n"
        "韩明远强调，食品安全关系每个人的身体健康，容不得半点马虎。\n"
        "韩明远要求，要压实属地管理责任，健全分层分级监管体系。\n"
    )
    with pytest.raises(NotASpeech):
        parse(text)
    summary = speech_of(
        "韩明远副省长在全省食品安全工作会议上的讲话要点",
        "一、压实属地管理责任。各地要健全分层分级、精准防控的监管体系。",
        "二、守住不发生系统性风险的底线。要抓住重点品种和重点环节。",
    )
    assert (summary.speaker_role, summary.speaker_name) == ("副省长", "韩明远")


def test_a_flattened_speech_that_reports_requirements_is_no_novel():
    # (no salutation and no title line: only the fiction check could refuse it)
    speech = parse(
        "编号:541193579某某同志讲话今天这次会议,是一次动员会。市长提出了明确的要求,"
        "我们要认真落实。省里也提出了具体要求,时间紧任务重。下面,我强调三点意见:"
        "一、提高认识。要看到差距。二、突出重点。要抓好项目。三、强化保障。要压实责任。",
        allow_non_speech=True,
    )[0]
    assert "not_a_speech" not in codes(speech)


def test_a_report_that_opens_with_the_day_and_the_meeting_is_refused():
    with pytest.raises(NotASpeech):
        parse(
            "2月6日，县人民政府召开第四次全体会议。县长王开国主持会议并讲话。\n"
            "王开国强调，要深入学习贯彻上级会议精神，扎实做好今年各项工作。\n"
        )


def test_a_preview_with_the_salutation_glued_to_its_title_is_a_speech_and_cut():
    speech = parse(
        "范文大全 >> 讲话稿 >> 正文\n"
        "在城东污水处理厂奠基仪式上的讲话各位领导、各位来宾、同志们：在丹桂飘香的季节，"
        "污水处理厂今天正式奠基了。这是全区改善水环境、补齐民生短板的一件大事。"
        "希望建设单位严把质量关、安全关，精心组织施工，力争..\n"
        "相关范文：项目开工仪式上的讲话　竣工仪式上的讲话\n"
    )[0]
    assert speech.title == "在城东污水处理厂奠基仪式上的讲话"
    assert "truncated" in codes(speech)


def test_a_report_of_who_chaired_a_meeting_is_refused():
    with pytest.raises(NotASpeech):
        parse(
            "縣委書記王某主持召開縣委常委會會議，傳達學習上級會議精神。\n"
            "王某指出，要提高政治站位。王某強調，要抓好貫徹落實。\n"
        )


def test_a_reports_headline_saying_someone_gave_a_speech_is_no_title():
    with pytest.raises(NotASpeech):
        parse(
            "全国政协十四届三次会议闭幕　严正平发表讲话\n"
            "3月10日上午，全国政协十四届三次会议在人民大会堂闭幕。\n"
            "严正平在讲话中指出，一年来，各级政协组织认真履职。\n"
            "严正平强调，要把思想统一到中央的决策部署上来。\n"
            "严正平表示，要坚持团结和民主两大主题。\n"
        )


def test_a_yearbooks_column_of_meetings_told_in_the_third_person_is_refused():
    with pytest.raises(NotASpeech):
        parse(
            "【县委经济工作会议】　2022年12月28—29日，中共某某县委经济工作会议在县行政中心召开。"
            "会议深入学习贯彻中央经济工作会议精神。县委书记某某出席并讲话。\n"
            "【全县三级干部大会】　2月9日，全县三级干部大会召开。会议表彰了先进集体。\n"
        )


def test_a_forwarded_mail_keeps_the_speech_and_drops_the_headers_and_the_cover_note():
    speech = speech_of(
        '发件人："办公室-李文" <liwen@example.com>',
        "发送时间：2025年3月2日(星期日) 上午9:15",
        '收件人："全体干部" <all@example.com>',
        "主题：转发：局长讲话（征求意见稿）",
        "附件：1个（局长讲话征求意见稿.docx　32K）",
        "各位同事：",
        "现将局长讲话征求意见稿转发给大家，请于3月5日前反馈修改意见。",
        "办公室　李文",
        "---------- 转发的邮件 ----------",
        "凝心聚力　实干争先",
        "——在市统计局2025年工作会议上的讲话",
        "同志们：",
        *BODY,
        "网易邮箱大师 发自我的手机",
    )
    assert speech.title == "凝心聚力　实干争先"
    assert speech.subtitle == "在市统计局2025年工作会议上的讲话"
    assert speech.salutation == "同志们："
    text = section_text(speech)
    for junk in ("发件人", "liwen@", "转发给大家", "附件", "转发的邮件", "发自我的手机"):
        assert junk not in text
    assert [s.number for s in speech.sections if s.kind == "body"] == ["一、", "二、"]


def test_a_titled_speech_after_a_long_untitled_one_is_still_a_second_speech():
    first = "今天召开会议，研究部署安全生产工作。" * 12
    speeches = parse(
        "\n".join(
            [
                "同志们：",
                first,
                "要压实责任，狠抓落实。",
                "要加强检查，消除隐患。",
                "在全县消防工作会议上的讲话",
                "同志们：",
                *BODY,
            ]
        )
    )
    assert len(speeches) == 2
    assert speeches[1].title == "在全县消防工作会议上的讲话"


@pytest.mark.parametrize(
    "title",
    [
        "青石镇2024年工作总结",
        "关于印发《全县农村人居环境整治实施方案》的通知",
        "学习县委书记在全县优化营商环境大会上的讲话精神心得体会",
        "区教育局2025年工作要点",
        "关于我县农村互助养老服务发展情况的调研报告",
    ],
)
def test_a_summary_a_notice_an_essay_or_a_work_plan_is_not_a_speech(title):
    text = "\n".join(
        [
            "县政府门户网站　首页　政务公开",
            title,
            "一、总体情况",
            "今年以来，全镇上下认真贯彻落实上级决策部署，各项工作取得新进展。",
            "二、主要措施",
            "坚持问题导向，压实工作责任，强化督促检查，确保各项任务落到实处。",
        ]
    )
    with pytest.raises(NotASpeech, match="another genre"):
        parse(text)


def test_a_newspapers_remarks_page_with_post_and_name_bylines_is_each_speakers_remarks():
    remarks = [
        ("用积分制把村里的事变成大家的事", "东坝镇党委书记　贺长青"),
        ("一张议事桌化解了百件烦心事", "柳湾村党总支书记　沈秀兰"),
    ]
    lines = ["全市乡村治理工作座谈会发言摘登", "编者按：现摘登部分发言，以飨读者。"]
    for headline, byline in remarks:
        lines += [headline, byline, *BODY]
    lines.append("（责任编辑：潘悦）")
    speeches = parse("\n".join(lines))
    assert [(s.title, s.speaker_name, s.genre) for s in speeches] == [
        ("用积分制把村里的事变成大家的事", "贺长青", "发言"),
        ("一张议事桌化解了百件烦心事", "沈秀兰", "发言"),
    ]


def test_an_appeal_that_addresses_its_readers_is_not_a_speech():
    text = "\n".join(
        ["垃圾分类　从我做起", "——致全市广大市民朋友的倡议书", "亲爱的市民朋友们：", *BODY]
    )
    with pytest.raises(NotASpeech, match="倡议书"):
        parse(text)


def test_a_persons_profile_page_is_not_a_speech():
    text = "\n".join(
        [
            "方启明",
            "姓　　名：方启明",
            "职　　务：县委副书记、县长",
            "出生年月：1979年11月",
            "籍　　贯：湖南长沙",
            "工作分工：主持县政府全面工作。",
        ]
    )
    with pytest.raises(NotASpeech, match="profile"):
        parse(text)


def test_a_copy_that_pasted_every_paragraph_twice_keeps_one_of_each():
    lines = ["在集团安全生产月启动仪式上的讲话", "各位同事：", "各位同事："]
    for line in BODY:
        lines += [line, line]
    speech = only("\n".join(lines))
    text = section_text(speech)
    assert text.count("切实增强责任感和紧迫感") == 1
    assert [s.heading for s in speech.sections if s.kind == "body"] == ["提高认识", "狠抓落实"]


def test_a_newspapers_remarks_under_bulleted_bylines_are_each_speakers_remarks():
    page = [
        "——全市民营经济座谈会发言摘登",
        "11月20日，市委、市政府召开座谈会，听取企业家的意见建议。现将部分发言摘登如下。",
        "■ 钟立群　市工商联副主席、鸿远纺织集团董事长",
        "鸿远纺织在本市扎根三十年了，从小作坊发展到今天的集团。我提两点建议。",
        "一是建议加大技术改造的支持。设备更新一次要投入很多。",
        "二是建议建设产业工人公寓。年轻人招不来留不住。",
        "■ 葛振华　东湖区委副书记、区长",
        "东湖区是民营经济最集中的区。下一步，我们重点做好服务。",
        "要让企业家安心经营、放心投资。",
        "（本报记者　许晨　整理）",
    ]
    speeches = parse("\n".join(page))
    assert [(s.speaker_role, s.speaker_name, s.genre) for s in speeches] == [
        ("市工商联副主席、鸿远纺织集团董事长", "钟立群", "发言"),
        ("东湖区委副书记、区长", "葛振华", "发言"),
    ]


def test_one_speakers_speeches_saved_together_are_split_at_their_markers():
    speeches = parse(
        "\n".join(
            [
                "讲话之一",
                "在全镇防汛工作会议上的讲话",
                "同志们：",
                *BODY,
                "讲话之二",
                "在全镇秋收工作会议上的讲话",
                "同志们：",
                *BODY,
            ]
        )
    )
    assert [s.title for s in speeches] == [
        "在全镇防汛工作会议上的讲话",
        "在全镇秋收工作会议上的讲话",
    ]
    assert all("讲话之" not in section_text(s) for s in speeches)


@pytest.mark.parametrize(
    "report",
    [
        [
            "您当前的位置：首页>政务信息>本县动态",
            "",
            "青溪县召开2024年全县卫生健康工作会议",
            "",
            "日期：2024-02-27",
            "",
            "2月26日，我县召开2024年全县卫生健康工作会议，总结去年全县卫生健康工作，安排部署今年重点任务。",
            "县委书记出席会议并讲话。县长主持会议。",
            "会议通报了去年的工作情况，表彰了先进集体和先进个人。",
        ],
        [
            "当前位置：首页 > 党建工作 > 党建动态",
            "",
            "经济管理学院第二十一期入党积极分子党课培训班开班",
            "",
            "4月17日晚，经济管理学院入党积极分子党课培训班在报告厅开班，学院党委副书记出席并讲话。",
            "主讲老师以为什么要入党这一问题开篇，请几位同学谈了自己的入党动机。",
            "据悉，本期培训班为期四周。",
        ],
    ],
)
def test_a_portals_news_item_below_its_menu_and_date_bar_is_not_a_speech(report):
    with pytest.raises(NotASpeech):
        parse("\n".join(report))


def test_copies_marked_with_a_spaced_pian_after_the_page_title_are_two_speeches():
    lines = ["有关校长致辞 篇1", "老师们、同学们：", *BODY[1:]]
    lines += ["有关校长致辞 篇2", "各位来宾：", *BODY[1:]]

    assert [s.title for s in parse("\n".join(lines))] == ["有关校长致辞"] * 2


def test_copies_numbered_yi_colon_er_colon_are_two_speeches():
    lines = [
        "演讲比赛前领导讲话",
        "一：",
        "县委宣传部部长",
        "今天举办演讲比赛，我认为这是一项很好的活动。",
    ]
    lines += ["希望大家讲出真情实感。", "预祝比赛圆满成功！", "二：", "尊敬的各位评委：", *BODY[1:]]

    assert len(parse("\n".join(lines))) == 2


def test_the_next_copys_title_alone_at_the_pages_end_is_no_speech():
    lines = ["第一篇：在纪念大会上的讲话", "同志们：", *BODY[1:], "第二篇：在老干部座谈会上的讲话"]

    assert [s.title for s in parse("\n".join(lines))] == ["在纪念大会上的讲话"]


def test_a_page_that_marks_only_its_second_copy_holds_two_speeches():
    lines = ["在专家大会上的讲话(共8篇)", "首先，我代表市委表示热烈的祝贺！", *BODY[1:]]
    lines += ["第2篇：在专家大会上的讲话", "各位专家、同志们：", *BODY[1:]]

    speeches = parse("\n".join(lines))

    assert [s.title for s in speeches] == ["在专家大会上的讲话"] * 2
    assert [s.salutation for s in speeches] == ["", "各位专家、同志们："]


def test_copies_whose_pian_label_is_glued_to_the_title_are_two_speeches():
    lines = ["毕业典礼发言稿学生代表篇1", "尊敬的各位老师：", *BODY[1:]]
    lines += ["毕业典礼发言稿学生代表篇2", "亲爱的同学们：", *BODY[1:]]

    assert [s.title for s in parse("\n".join(lines))] == ["毕业典礼发言稿学生代表"] * 2


def test_a_host_script_titled_huanying_on_a_fanwen_site_is_a_speech():
    lines = ["范文之家　　首页 > 主持词 > 宴会主持词　　浏览：2318", "欢迎友好城市代表团宴会主持词"]
    lines += ["尊敬的议长先生，女士们、先生们：", "晚上好！宴会现在开始，首先请市长致欢迎词。"]

    (speech,) = parse("\n".join(lines))

    assert (speech.title, speech.genre) == ("欢迎友好城市代表团宴会主持词", "主持词")


# Pages with neither a salutation nor a speech's title, each refused for what it is.
NOT_SPEECHES = {
    "told by its years": [  # a history: its years, and nobody addressed
        "一项制度的来龙去脉",
        "这一做法由来已久。1928年，党的六大前后，各级组织开始重视党内民主生活，提倡讨论一切重大问题。",
        "1941年延安整风期间，批评和自我批评成为党内生活的经常做法，留下了许多珍贵的经验。",
        "1980年，《关于党内政治生活的若干准则》对这一制度作出了系统规定。",
        "此后，这项制度不断完善，成为加强领导班子建设的重要抓手。",
    ],
    "addresses nobody": [  # a news brief: who did what, told in the third person
        "4月8日，区农业农村局局长梁志远带队到城北街道调研春耕备耕工作。",
        "梁志远一行先后察看了育秧工厂、农资门市和高标准农田建设现场，详细询问了种子化肥供应、"
        "农机检修和用工情况，听取了街道关于春耕生产的工作汇报。",
        "梁志远要求，街道要抓紧抓实春耕各项准备，确保农资供应充足、价格稳定，"
        "及时组织农技人员深入田间地头开展指导服务，为全年粮食丰收打下坚实基础。",
        "调研中，梁志远还走访了两户种粮大户，了解今年的种植计划和资金需求，"
        "叮嘱随行人员对群众反映的问题建立台账、限时办结。",
        "区农业农村局相关科室负责人陪同调研。",
    ],
    "never says 我": [  # a knowledge page: what a meeting is, how often it is held
        "组织生活会是党的组织生活的一种重要形式，一般每年召开一次，由党支部书记主持。",
        "会议内容通常包括学习上级有关精神、通报支部工作情况、党员个人对照检查和开展批评与自我批评等，"
        "会前应当广泛征求意见，开展谈心谈话，认真撰写对照检查材料。",
        "会后，支部应当及时将会议情况和整改措施报上级党组织，并督促党员逐项抓好整改落实，"
        "整改情况在一定范围内予以通报，接受党员和群众监督。",
        "党员领导干部应当以普通党员身份参加所在党支部的组织生活会，带头开展批评和自我批评。",
    ],
    "a line or two": ["党的组织生活会多久开一次？"],  # a search page's one question
    "news report": [  # a college site's item
        "本网消息（文/林晓 图/周宁）9月3日下午，学院教工党支部开展专题学习，支部书记作辅导报告。",
        "他结合学院实际，围绕立德树人根本任务，同大家一起交流了学习体会和工作打算。",
        "辅导结束后，与会党员围绕如何在专业教学中融入思政元素进行了讨论。",
    ],
    "without a salutation or speech structure": [  # a report: 出席会议并作重要讲话
        "5月6日,我县召开全县安全生产工作会议?h委书记周海明出席会议并作重要讲话。",
        "周海明在讲话中要求,我们要压实责任,大家要守住底线。",
    ],
    "会上，… 会前，…": [  # a report told around the meeting, the date inside the first line
        "借着商会年会的东风，9月26日下午，全市招商恳谈会在宾馆举行，我们看到百余位企业家到场。",
        "会上，与会人员观看了招商宣传片，大家对家乡的变化赞不绝口。",
        "会前，企业家代表还实地考察了港区和高新区的部分重点企业。",
    ],
    "news report of a meeting": [  # 会议指出… 会议强调… 会议还研究了其他事项
        "3月11日上午，区委常委会召开会议，传达学习中央金融工作会议精神，我们要认真贯彻。",
        "会议指出，中央金融工作会议作出了系统部署。",
        "会议强调，我区要进一步谋深谋实工作举措。",
        "会议还研究了其他事项。",
    ],
    "news report under a headline": [  # who held the meeting, said of them
        "县侨联机关召开退役军人座谈会",
        "2023年08月03日　来源：侨联网",
        "座谈会由机关党委书记主持，我们看到大家畅所欲言，气氛热烈。",
    ],
    "news report \\(本报讯": [  # a site's dateline: 今日青溪网消息
        "今日青溪网消息 6月18日，我县召开民营企业家代表恳谈会，大家围绕企业用工交流。",
        "恳谈会上，企业家代表分别发言，我们听到了很多好建议。",
    ],
    "fiction or dialogue": [  # a novel quoting a speech, its narrator's 说道
        "各局都先后作了发言，分别通报了本系统的情况。",
        "分管副县长讲完，会场里响起一阵掌声。",
        "沈牧之环视了一下会场，清了清嗓子，开口说道：“同志们，安全是我们最基本的需求。”",
    ],
    "report under a headline": [  # the meeting's close as the headline
        "县十六届人大六次会议胜利闭幕",
        "发布时间：2025-02-14　来源：县融媒体中心",
        "今天上午，县十六届人大六次会议圆满完成各项议程，我们看到代表们精神饱满。",
    ],
    "dialogue \\(lines of quoted speech\\)": [  # a character's words broken by the narrator, twice
        "在全场的注视下，新任镇党委书记罗振邦从座位上站起来，大步走到台前。",
        "“各位同事，各位乡亲，”罗振邦的嗓门很大，“说实话，我是第一次到柳溪工作。”",
        "“各位领导，各位同事，”许嘉禾的声音不高，却字字清楚，“我在柳溪工作了六年。”",
    ],
    "news report of a meeting \\(X月X日": [  # a purpose, then the day, then what was done
        "机械工程系教工党支部开展支部书记讲党课活动",
        "为扎实推进党史学习教育，6月16日下午，系教工党支部在实训楼会议室组织开展支部书记讲党课活动，"
        "我们全体党员参加。",
        "大家纷纷表示收获很大。",
    ],
    "news report \\(本报讯/记者": [  # a college item closed by who supplied it
        "10月21日上午，学院邀请校团委副书记为入党积极分子培训班学员讲授了专题党课，我们深受教育，"
        "大家表示要学以致用。",
        "学员们表示收获很大，将把所学转化为实际行动。",
        "（供稿：教育学院　审核：陈立）",
    ],
    "an interview": [
        "从师范学院到省财政厅",
        "萧远（以下简称“萧”）：您是第六任厅长，我们想请您谈谈当年的工作。",
        "韦承志（以下简称“韦”）：我们那一批人，基本上都是从科员干起来的。",
        "萧：您是学中文出身的？",
    ],
    "a chapter on a fiction site": [  # no novel's word on the page, but a chapter and a bookmark
        "阅读历史 |",
        "第一千三百零六章 金融峰会(1 / 2)",
        "加入书签",
        "论级别，海州市的市委书记是实打实的副国级，我们这些下面的干部也都跟着水涨船高。",
    ],
    "journal article": [  # a journal database's abstract page
        "以高质量监督护航高质量发展",
        "摘要",
        "<正>“要让每一笔资金都用在实处。”3月12日,全省审计工作会议在省城召开,我们看到各地审计机关"
        "围绕重大政策落实开展了一系列专项审计,大家对此高度关注。",
    ],
}


@pytest.mark.parametrize(("reason", "page"), NOT_SPEECHES.items())
def test_an_untitled_page_that_speaks_to_nobody_is_refused_for_what_it_is(reason, page):
    with pytest.raises(NotASpeech, match=reason):
        parse("\n".join(page))


@pytest.mark.parametrize(
    "page",
    [
        [  # years named, but said to its hearers
            "1998年，我们厂只有三台旧机床，2008年我们建起了第一条生产线。",
            "2018年，我们的产品走出了国门。我想对大家说，这些成绩是大家一起干出来的。",
            "今年我们要再上一个台阶，大家要拧成一股绳，我们一定能把厂子办得更好。",
        ],
        [  # quoted phrases and what they name: no narrator between them
            "我们要涵养“先天下之忧而忧”的家国情怀，“不以物喜”的高洁志向，“天下为公”的博大胸襟。",
            "大家要把这些精神落实到每一天的工作中去。",
        ],
        [  # two chapters of a regulation named: no novel without a reader's button
            "条例第三章规定了各方的责任，第五章规定了罚则，我们要逐条学习。",
            "大家回去以后要组织学习，把条例的要求落实到每一个岗位。",
        ],
        [  # short and untitled, but it says 我们
            "春耕生产时节不等人，各街道要抓紧抓实各项准备工作，确保农资供应充足、价格稳定。",
            "我们要及时组织农技人员深入田间地头开展指导服务，帮助群众解决实际困难，"
            "把良种良法送到千家万户，为全年粮食丰收打下坚实基础。",
            "区农业农村局各科室要靠前服务，加强督促检查，对工作不力的要及时通报。",
        ],
    ],
)
def test_an_untitled_page_that_speaks_to_its_hearers_is_a_speech(page):
    assert len(parse("\n".join(page))) == 1
