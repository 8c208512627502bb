"""Quotes on real pages, one small text each (pure Python): who is quoted — a speaker named
before the verb, a sentence's subject said again, a described name, a pronoun or a letter that is
nobody — and what is no quotation (a word said, a motto, a phrase that qualifies a noun).

Like test_parser_real_shapes.py (whose helpers these tests share): each pins one rule."""

from __future__ import annotations

import pytest

from .test_parser_real_shapes import codes, speech_of

# -------------------------------------------------------------------------------------- quotes


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
        # the occasion closed by a comma; a pronoun for a leader named before; a book; a report
        (
            "1957年，毛泽东同志在会见留学生时，说过一段话：“世界是你们的。”",
            "quotation",
            "毛泽东同志",
        ),
        (
            "习近平总书记对青年寄予厚望，他指出：“青年是最有生气的力量。”",
            "quotation",
            "习近平总书记",
        ),
        ("《论语》中说：“其身正，不令而行。”", "quotation", "论语"),
        ("党的二十大报告强调：“严密的组织体系是党的优势所在。”", "quotation", "党的二十大报告"),
        # who, not when and to whom; a person described before 她; a text, not a name
        ("一位老病人出院时对我说：“你们这里的护士真细心。”", "quotation", "一位老病人"),
        ("我去看望一位八九届的校友，她对我说：“孩子们在哪里，根就在哪里。”", "quotation", "校友"),
        ("他的日记里有一篇这样写道：“今天写材料到深夜，但心里踏实。”", "quotation", ""),
        # a short phrase used in the sentence, not the words of who speaks before it
        ("有的同志说，搞垃圾分类是“城里人的事”，群众不会分。", "slogan", ""),
        ("班组长要讲安全，每名员工上岗前必须确认“四不伤害”。", "slogan", ""),
        ("市委书记提出了“项目为王、服务为先”的鲜明导向。", "slogan", ""),
        ("习近平总书记强调，党政机关要“坚持过紧日子”。", "quotation", "习近平总书记"),
        (
            "胡锦涛总书记在党的十七大报告中指出：“科学发展观，第一要义是发展。”",
            "quotation",
            "胡锦涛总书记",
        ),
        ("本校创办人谭天恩牧师常说：“教育是一把伞。”", "quotation", "本校创办人谭天恩牧师"),
        ("一位老客户在回访时说：“理赔比我想的快多了。”", "quotation", "一位老客户"),
        (
            "一位在厂里干了三十年的老工人对我说：“你把厂子搞好了，我们就有奔头。”",
            "quotation",
            "老工人",
        ),
        ("有位入社最早的老社员跟我说：“合作社就看分红时大家笑不笑。”", "quotation", "老社员"),
    ],
)
def test_quotes_get_the_speaker_named_before_the_verb(text, kind, speaker):
    speech = speech_of("在全县工作会议上的讲话", "同志们：", text)
    quote = next(q for s in speech.sections for q in s.quotes if q.kind != "document")
    assert (quote.kind, quote.speaker) == (kind, speaker)


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


def test_what_we_used_to_say_is_no_one_elses_quotation():
    speech = speech_of(
        "在企业家年会上的演讲", "各位朋友：", "以前我们讲“走出去”，现在要讲“走进去”。"
    )
    assert [(q.kind, q.speaker) for s in speech.sections for q in s.quotes] == [
        ("slogan", ""),
        ("slogan", ""),
    ]


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


def test_quotes_remembered_and_a_reminder_name_their_speakers():
    speech = speech_of(
        "在党课上的讲话",
        "同志们：",
        "当年的交通员中有一位叫李德顺。李德顺回忆说：“那时候只晓得群众不走，我们不走。”"
        "习近平总书记在一次讲话中提醒全党：“打铁必须自身硬。”",
    )
    quotes = [(q.speaker, q.text) for s in speech.sections for q in s.quotes]
    assert quotes == [
        ("李德顺", "那时候只晓得群众不走，我们不走。"),
        ("习近平总书记", "打铁必须自身硬。"),
    ]


def test_a_quotation_of_the_main_leader_names_its_speaker():
    speech = speech_of(
        "在全区总河长会议上的讲话",
        "同志们：",
        "市委主要领导强调：“河湖长不是荣誉称号，而是实打实的责任。”我们要牢记。",
    )
    quotes = [(q.speaker, q.kind) for s in speech.sections for q in s.quotes]
    assert quotes == [("市委主要领导", "quotation")]


def test_a_poet_quoted_in_his_poem_is_the_speaker():
    speech = speech_of(
        "在毕业典礼上的致辞",
        "亲爱的同学们：",
        "李白在诗中写道：“长风破浪会有时，直挂云帆济沧海。”愿你们乘风破浪。",
    )
    assert [(q.speaker, q.source) for s in speech.sections for q in s.quotes] == [("李白", "诗")]


def test_a_speaker_who_goes_on_in_the_same_sentence_and_a_described_name():
    speech = speech_of(
        "在党课上的讲话",
        "同志们：",
        "那年冬天，周正平同志把修路称为“愚公工程”，并且说：“只要一天挖一锄，山总会让路。”"
        "建院之初，首任院长方启明医师常对年轻人说：“病人信你，你就不能让他失望。”",
    )
    quotes = [(q.kind, q.speaker, q.text) for s in speech.sections for q in s.quotes]
    assert quotes == [
        ("slogan", "", "愚公工程"),
        ("quotation", "周正平同志", "只要一天挖一锄，山总会让路。"),
        ("quotation", "方启明医师", "病人信你，你就不能让他失望。"),
    ]


def test_a_phrase_that_qualifies_a_noun_and_a_described_sage():
    speech = speech_of(
        "在学院毕业典礼上的致辞",
        "同学们：",
        "有人说，职业教育是“低人一等”的教育。我不同意。"
        "唐代名医孙思邈在《大医精诚》中写道：“凡大医治病，必当安神定志。”",
    )
    quotes = [(q.kind, q.speaker, q.text) for s in speech.sections for q in s.quotes]
    assert quotes == [
        ("slogan", "", "低人一等"),
        ("document", "", "大医精诚"),
        ("quotation", "孙思邈", "凡大医治病，必当安神定志。"),
    ]


def test_what_the_speaker_heard_the_villagers_say():
    speech = speech_of(
        "縣長於聯合就業博覽會致詞",
        "各位鄉親：",
        "我走遍了全縣的鄉鎮，聽到鄉親說得最多的一句話就是：「孩子都到外地工作了，過年才回來。」",
    )
    quotes = [(q.speaker, q.text) for s in speech.sections for q in s.quotes]
    assert quotes == [("鄉親", "孩子都到外地工作了，過年才回來。")]


def test_a_pronoun_speaking_to_someone_and_a_letter_are_nobody_quoted():
    speech = speech_of(
        "在家风家教座谈会上的讲话",
        "同志们：",
        "那天，她含着泪对父亲说：“我一定要考上大学。”",
        "父亲来过一封信。信上说：“家里一切都好，不要惦记，安心工作。”",
    )
    assert [(q.kind, q.speaker) for s in speech.sections for q in s.quotes] == [
        ("quotation", ""),
        ("quotation", ""),
    ]


def test_a_saying_an_adverb_before_to_me_and_a_stock_answer_when_asked():
    speech = speech_of(
        "在敬老活动启动礼上的致辞",
        "各位长者：",
        "俗語有話：「遠親不如近鄰。」一位退伍多年的老兵曾经对我说：“脱下军装，我们还是兵。”"
        "有的事情一个月还没动静，问起来就说“正在推进”。",
    )
    quotes = [(q.kind, q.speaker, q.text) for s in speech.sections for q in s.quotes]
    assert quotes == [
        ("quotation", "俗語", "遠親不如近鄰。"),
        ("quotation", "老兵", "脱下军装，我们还是兵。"),
        ("slogan", "", "正在推进"),
    ]


def test_what_someone_was_doing_before_the_writer_named_is_not_the_speaker():
    speech = speech_of(
        "在开学典礼上的发言",
        "老师们、同学们：",
        "我翻出一本旧摘抄本，第一页抄着冰心先生在《繁星》里写下的一段话：",
        "“成功的花，人们只惊羡她现时的明艳！”",
    )
    quotes = [(q.kind, q.speaker) for s in speech.sections for q in s.quotes]
    assert quotes == [("document", ""), ("quotation", "冰心先生")]


def test_the_people_quoted_by_their_plural_and_a_name_they_give_a_thing():
    speech = speech_of(
        "在老干部工作会议上的讲话",
        "同志们：",
        "老同志的事无小事，群众说得好：“看一个地方的风气，就看它怎样对待老人。”"
        "有的同志下村拍几张照片就走了，老百姓说这是“蜻蜓点水”。",
    )
    quotes = [(q.kind, q.speaker) for s in speech.sections for q in s.quotes]
    assert quotes == [("quotation", "群众"), ("slogan", "")]


def test_a_person_who_acts_then_speaks_and_one_who_holds_your_hand_and_speaks():
    speech = speech_of(
        "在防汛工作总结会上的讲话",
        "同志们：",
        "险情排除后，一位老大爷端来一锅姜汤，说：“有你们在，我们睡得着觉。”",
        "通车那天，老支书拉着我的手说：“路修好了，日子就有盼头了。”",
    )
    quotes = [(q.kind, q.speaker) for s in speech.sections for q in s.quotes]
    assert quotes == [("quotation", "老大爷"), ("quotation", "老支书")]


def test_a_speaker_after_an_ascii_comma_is_just_the_speaker():
    speech = speech_of(
        "在全省文明城市创建工作会议上的讲话",
        "同志们:",
        "5月31日,全省创建工作大会上,省委书记强调,“要把创建成果转化为群众的获得感。”",
    )
    assert [q.speaker for s in speech.sections for q in s.quotes] == ["省委书记"]


def test_a_sage_named_with_his_dynasty_is_quoted_by_name():
    speech = speech_of(
        "在全县执行工作推进会上的讲话",
        "同志们：",
        "明代张居正说：“天下之事，不难于立法，而难于法之必行。”",
    )
    assert [q.speaker for s in speech.sections for q in s.quotes] == ["张居正"]


def test_a_second_quotation_after_a_comma_is_the_same_speakers():
    speech = speech_of(
        "在全县生态环境保护大会上的讲话",
        "同志们：",
        "习近平总书记多次强调，“绿水青山就是金山银山”，“保护生态环境就是保护生产力”，"
        "我们要增强“四个意识”。",
    )
    quotes = [(q.kind, q.speaker) for s in speech.sections for q in s.quotes]
    assert quotes == [
        ("quotation", "习近平总书记"),
        ("quotation", "习近平总书记"),
        ("slogan", ""),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name with its honorific, then 他 in the next clause
        (
            "远航公司总经理周启明先生去年把总部迁到我区，他曾对我说：“这里办事不用找关系。”",
            "周启明",
        ),
        # a surname with 同学, then 她 sentences later
        (
            "高三的宋同学每周去敬老院陪老人聊天。我问她累不累，她说：“看到老人笑，就不累了。”",
            "宋同学",
        ),
        # a described person after 的
        ("村口的王二婆今年九十岁了，她跟我讲：“日子一年比一年好过。”", "王二婆"),
        # a pronoun with nobody named before it stays nobody's
        ("有一次下乡调研，他对我说：“基层的事，要多听群众的。”", ""),
    ],
)
def test_a_pronoun_that_says_is_the_person_named_before_it_in_the_paragraph(text, speaker):
    speech = speech_of("在全县工作会议上的讲话", "同志们：", text)
    quotes = [q for s in speech.sections for q in s.quotes]
    assert [(q.kind, q.speaker) for q in quotes] == [("quotation", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a post and the name after it, as written
        ("云峰机械厂厂长孙立军说：“质量是企业的饭碗。”", "云峰机械厂厂长孙立军"),
        ("村党支部书记王建国在院坝会上对我说：“路修好了，人心就齐了。”", "村党支部书记王建国"),
        # an adverb after the post is no name
        ("习近平总书记明确指出：“发展是第一要务。”", "习近平总书记"),
        # a grandparent is somebody
        ("我的祖父生前常说：“做人要实在，做事要踏实。”", "我的祖父"),
    ],
)
def test_a_post_with_its_name_or_a_relative_is_the_speaker(text, speaker):
    speech = speech_of("在全县工作会议上的讲话", "同志们：", text)
    quotes = [q for s in speech.sections for q in s.quotes]
    assert [(q.kind, q.speaker) for q in quotes] == [("quotation", speaker)]


def test_a_quotation_over_two_paragraphs_reopens_its_mark_and_keeps_its_speaker():
    speech = speech_of(
        "在全县生态环境保护大会上的讲话",
        "同志们：",
        "习近平总书记在全国生态环境保护大会上指出：",
        "“今后5年是美丽中国建设的重要时期，要牢固树立绿水青山就是金山银山的理念。",
        "“要以高品质生态环境支撑高质量发展，加快推进人与自然和谐共生的现代化。”",
        "这两段话，我反复学习了多遍。",
    )
    quotes = [q for s in speech.sections for q in s.quotes]
    assert [(q.kind, q.speaker) for q in quotes] == [("quotation", "习近平总书记")] * 2
    assert "unbalanced_quote" not in codes(speech)
    speech = speech_of("在全县工作会议上的讲话", "同志们：", "他说：“要抓落实。", "今天开会。")
    assert "unbalanced_quote" in codes(speech)  # left open, and nothing goes on with it


def test_full_width_asterisks_mask_a_name():
    speech = speech_of("在全县安全生产会议上的讲话", "同志们：", "去年＊＊公司发生了一起事故。")
    assert [p.text for s in speech.sections for p in s.placeholders] == ["＊＊"]


def test_a_masked_year_keeps_its_nian_before_a_masked_month():
    speech = speech_of("在全县工作会议上的讲话", "同志们：", "20xx年x月，我们召开了第一次会议。")
    assert [p.text for s in speech.sections for p in s.placeholders] == ["20xx年", "x"]
