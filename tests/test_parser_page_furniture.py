"""Page furniture on real pages, one small text each (pure Python, no database).

Junk, site furniture (meta bars, leads, footers, filler), markup and print or PDF leftovers, page
counters, and copies cut off or behind a paywall: what must not reach the text, and when a copy
is flagged `truncated`. The shared helpers are in test_parser_real_shapes.py, whose docstring
names the other modules."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_parser_real_shapes import BODY, codes, speech_of

# ---------------------------------------------------------------------------------------- junk


@pytest.mark.parametrize(
    "marker",
    [
        "此处隐藏3000个字。VIP会员可见",
        "……（某某网　此处省略352字，正式会员可完整阅读）……",
        "剩余80%未读，开通会员",
        "试读已结束，如需继续阅读或下载，敬请购买",
        "全文约1391字，请下载后阅读",
    ],
)
def test_paywall_text_of_every_shape_goes_whole_with_a_warning(marker):
    speech = speech_of(
        "在全县工作会议上的讲话", "同志们：", "要统筹解决用地难题，" + marker + "要一查到底。"
    )
    text = speech.sections[0].body
    assert "用地难题，" in text and "要一查到底。" in text
    assert "会员" not in speech.text and "字" not in text.replace("一查到底", "")
    assert "truncated" in codes(speech)


def test_separator_lines_and_site_meta_rows_are_dropped():
    speech = speech_of(
        "首页 > 讲话稿 > 领导讲话",
        "在全县工作会议上的讲话",
        "2023-09-23　|　阅读 1024",
        "**********",
        "同志们：",
        *BODY,
        "==========",
        "【字体：大 中 小】　打印本页　【关闭窗口】",
    )
    for junk in ("首页", "阅读", "***", "===", "打印本页"):
        assert junk not in speech.text


def test_a_viewer_chunk_number_inside_a_word_is_removed_and_the_word_rejoined():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天我们在这里召开全县经济工作会议暨党员干",
        "2",
        "部大会，部署工作。",
    )
    assert speech.sections[0].body == "今天我们在这里召开全县经济工作会议暨党员干部大会，部署工作。"


def test_a_chunk_number_glued_to_the_next_word_is_removed():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开全县经济工作会议，主要任务是动员全县上下全体人",
        "2、员迅速行动起来，确保完成全年目标。",
    )
    assert (
        speech.sections[0].body
        == "今天召开全县经济工作会议，主要任务是动员全县上下全体人员迅速行动起来，确保完成全年目标。"
    )


def test_anti_scraping_tokens_glued_to_chinese_are_removed():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "7 Q# k2 F( e!刚才，大家作了发言。x: j8 Q 全市推进GDP和5G。",
    )
    assert speech.sections[0].body == "刚才，大家作了发言。全市推进GDP和5G。"


def test_ruby_pinyin_inserted_by_a_site_is_removed():
    speech = speech_of(
        "在全市紀(jì)念大會上的講話", "同志們：", "習(xí)近平總書記強(qiáng)調(diào)，要牢記使命。"
    )
    assert speech.title == "在全市紀念大會上的講話"
    assert "(" not in speech.sections[0].body


@pytest.mark.parametrize(
    ("line", "date"),
    [("106/11/03", dt.date(2017, 11, 3)), ("中華民國113年12月20日", dt.date(2024, 12, 20))],
)
def test_taiwan_dates_count_from_the_republic(line, date):
    speech = speech_of("在本校校慶典禮上的致詞", line, "各位貴賓：", *BODY)
    assert (speech.date, speech.year) == (date, date.year)


def test_a_related_articles_list_mid_page_does_not_end_the_speech():
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        *BODY[:3],
        "相关文章：",
        "在全县安全生产会议上的讲话",
        "在全县防汛工作会议上的讲话",
        "二、狠抓落实",
        "要细化任务分工，明确时间节点，确保各项工作落到实处，决不允许推诿扯皮、敷衍塞责。",
        "要强化督查考核，对工作推进不力的单位和个人，严肃追责问责，确保全年目标顺利完成。",
    )
    assert [s.number for s in speech.sections if s.kind == "body"] == ["一、", "二、"]
    assert "安全生产会议" not in speech.text


# ------------------------------------------- site furniture: meta bars, leads, footers, filler


def test_a_blogs_footer_does_not_keep_the_closing_from_being_last():
    speech = speech_of(
        "毕业典礼致辞稿",
        "各位来宾、各位家长、亲爱的同学们：",
        *BODY[:3],
        "最后，祝福各位毕业生前程似锦，也祝各位来宾和家长身体健康。谢谢大家！",
        "张贴者： 陈校长 于 晚上9:03",
        "没有留言：",
        "较新的文章 首页 较旧的文章",
    )
    assert speech.sections[-1].kind == "closing"
    assert "张贴者" not in speech.text and "较旧的文章" not in speech.text


def test_a_sites_meta_bar_tip_jar_and_forum_replies_do_not_reach_the_text():
    speech = speech_of(
        "在全区廉政工作会议上的讲话",
        "【投稿】【收藏】 作者: 佚名 来源: 原创 阅读 次 【小 中 大】",
        "同志们：",
        *BODY,
        "如果喜欢本篇内容，请赞赏鼓励哦！",
        "请选择打赏类型",
        "回复　引用　TOP",
        "沙发　过路人　发表于 2006-6-29 09:30　|　只看该作者",
        "支持一下，写得很实在。",
    )
    for junk in ("佚名", "赞赏", "打赏", "回复", "支持一下"):
        assert junk not in speech.text


def test_a_writing_sites_name_injected_inside_a_word_is_dropped():
    speech = speech_of(
        "在迎春茶话会上的致辞",
        "同志们、朋友们：",
        "过去的一年，对我老秘网区来讲是非同寻常的一年。新的一年，我范文网区将全面落实各项部署。",
    )
    assert "对我区来讲是非同寻常的一年" in speech.text and "我区将全面落实" in speech.text


def test_a_news_lead_into_the_speech_is_not_the_speech():
    speech = speech_of(
        "局长出席园艺嘉年华开幕典礼致辞全文",
        "局长黄志明今日下午出席园艺嘉年华开幕典礼。以下为黄志明的致辞全文：",
        "各位嘉宾、各位朋友：",
        *BODY,
    )
    assert speech.speaker_name == "黄志明"
    assert "以下为" not in speech.text


def test_a_word_ending_before_wang_shang_is_not_a_site_name():
    speech = speech_of(
        "在全县工作会议上的讲话", "同志们：", "各类材料网上报送，公文网上流转，要做到及时准确。"
    )
    assert "各类材料网上报送，公文网上流转" in speech.text


def test_a_sites_teaser_foreword_related_list_and_commentary_do_not_reach_the_text():
    speech = speech_of(
        "在全县秋冬种工作会议上的讲话",
        "前言：本站为你整理了这篇讲话，希望能为你的写作提供参考。",
        "推荐阅读：同志们：今天召开全县秋冬种工作会议，主要任务是",
        "同志们：",
        *BODY,
        "【评析】这篇讲话结构清楚，层次分明，值得借鉴。",
        "相关资源：秋冬种工作会议主持词、表态发言",
    )
    for junk in ("本站", "推荐阅读", "评析", "相关资源"):
        assert junk not in speech.text
    assert speech.sections[-1].body.endswith("确保各项工作落到实处。")


def test_a_government_pages_date_bar_next_links_and_desktop_prompt_stay_out():
    speech = speech_of(
        "电脑桌面",
        "安装后可以在桌面快捷访问",
        "在全县秋冬种工作会议上的讲话",
        "日期：2024-01-22 09:30　来源：《海川政协》杂志　作者：刘明",
        "同志们：",
        *BODY,
        "上一条：县政府召开常务会议",
        "下一条：县委召开理论学习中心组学习会",
        "发送给朋友",
    )
    assert speech.title == "在全县秋冬种工作会议上的讲话"
    for junk in ("桌面", "海川政协", "上一条", "下一条", "给朋友"):
        assert junk not in speech.text


def test_a_sites_title_link_and_members_prompt_footers_stay_out():
    speech = speech_of(
        "在县防汛抗旱指挥部2024年第一次全体会议上的讲话",
        "同志们：",
        *BODY,
        "提示：本文为会员内容，开通会员即可阅读全文并下载。",
        "本文标题：县长在防汛会议上的讲话",
        "链接地址：http://www.example.com/a/1.html",
    )
    assert speech.organisation == "县防汛抗旱指挥部"
    for junk in ("提示", "本文标题", "链接地址"):
        assert junk not in speech.text


def test_anti_copy_filler_lines_and_runs_stay_out():
    filler = "薂蝿莀薁螇肄芆薀衿袇膂蕿肂肈薈蚁袅莇"
    speech = speech_of(
        filler,
        "在全县防范化解金融风险工作会议上的讲话",
        "同志们：",
        *BODY[:-1],
        BODY[-1] + filler,
    )
    assert speech.title == "在全县防范化解金融风险工作会议上的讲话"
    assert "薂蝿" not in speech.text and speech.subtitle == ""


def test_chapter_links_back_links_journal_marks_and_slide_file_titles_stay_out():
    speech = speech_of(
        "以严的基调强化正风肃纪专题党课ppt课件.ppt",
        "【正】同志们：",
        *BODY,
        "Tweet　分享　留言(0)",
        "回上页　　本期目录",
        "上一章：二〇二五年工作回顾",
        "相关论文",
    )
    assert speech.title == "以严的基调强化正风肃纪专题党课"
    assert speech.salutation.rstrip("：") == "同志们"
    for junk in ("【正】", "留言", "回上页", "上一章", "相关论文"):
        assert junk not in speech.text


# ---------------------------------------------- markup, print and PDF furniture, page counters


def test_a_pdf_copys_spaced_year_paywall_marker_credit_line_and_address_footer():
    speech = speech_of(
        "x党支部2023 年度组织生活会主持词",
        "同志们：",
        "今天我们召开支部组织生活会，这对于增进同##paidbegin##志之间的团结十分重要。",
        "下面进行第一项议程，请支部书记通报班子对照检查情况。",
        "（供稿：经济管理学院党总支　审核：党委组织部）",
        "本文地址：范文中心/jianghua/2c81f7a0.html",
    )
    assert speech.year == 2023
    assert "同志之间" in speech.text
    for junk in ("paidbegin", "供稿", "本文地址"):
        assert junk not in speech.text


def test_a_printed_documents_foot_and_a_collected_works_notes_stay_out():
    speech = speech_of(
        "在市政府常务会议上的讲话",
        "同志们：",
        *BODY,
        "注　释",
        "〔1〕联产承包，指以家庭联产承包为主的责任制。",
        "（选自某某文选第二卷）",
        "分送：市委办公室，市人大常委会办公室，市政协办公室。",
        "市人民政府办公室　　2024年4月16日印发",
        "（共印60份）",
    )
    for junk in ("注", "〔1〕", "选自", "分送", "印发", "共印"):
        assert junk not in speech.sections[-1].body


def test_an_e_papers_turn_markers_a_word_pdfs_header_and_to_be_continued():
    speech = speech_of(
        "在全省政府系统工作会议上的讲话（摘要）",
        "同志们：",
        "一、扎实推进经济工作",
        "要扩大有效投资，谋划储备一批交通、水利项目。",
        "（下转2版）",
        "Microsoft Word - 讲话定稿0516.docx",
        "（上接1版）",
        "二、锻造过硬干部队伍",
        "要讲政治、守规矩，把各项部署落到实处。",
        "（待续）",
    )
    for junk in ("下转", "上接", "Microsoft", "待续"):
        assert junk not in speech.text
    assert "truncated" in codes(speech)


def test_pasted_html_tags_page_counters_and_double_prime_quotes():
    speech = speech_of(
        '<p class="ql-block">1/3在全村人居环境整治大会上的讲话</p>',
        '<p class="ql-block">乡亲们：</p><p class="ql-block">今天召开全村大会，落实〝三清一改〞，'
        "把村庄打扫干净。2/3家家户户都要动起来。</p><br>",
        "<p>3/3最后，希望大家齐心协力！</p>",
    )
    assert speech.title == "在全村人居环境整治大会上的讲话"
    assert speech.salutation.startswith("乡亲们")
    for junk in ("<", "ql-block", "1/3", "2/3", "3/3"):
        assert junk not in speech.text
    assert [q.text for s in speech.sections for q in s.quotes] == ["三清一改"]


def test_leaked_entities_and_style_sheets_are_cleaned():
    speech = speech_of(
        "l> [标签:标题] @page { size: 8.27in 11.69in; margin-left: 1.25in } p.cjk { font-family: "
        '"宋体"; font-size: 10pt }',
        "在全县村党组织书记座谈会上的讲话",
        "同志们：",
        "这次考察学习是县委&ldquo;头雁提升&rdquo;工程的重要内容，&#8220;两个维护&rdquo要落到实处。"
        '<span style="font-size:9pt;color:navy">要</span>把学到的经验用起来。',
    )
    assert speech.title == "在全县村党组织书记座谈会上的讲话"
    assert "“头雁提升”" in speech.text and "“两个维护”" in speech.text
    for junk in ("&", "font", "margin", "标签", "navy"):
        assert junk not in speech.text


def test_a_scanned_date_and_a_word_templates_fields_and_footers():
    speech = speech_of(
        "------作者xxxx",
        "------日期xxxx",
        "在全市文明城市创建工作推进会上的讲话",
        "【精品文档】",
        "（2022年3月15曰）",
        "同志们：",
        *BODY,
        'HYPERLINK "http://www.example.com" \\o "文明城市"',
    )
    assert speech.title == "在全市文明城市创建工作推进会上的讲话"
    assert str(speech.date) == "2022-03-15"
    for junk in ("作者xxxx", "精品文档", "HYPERLINK"):
        assert junk not in speech.text


def test_a_council_members_speech_addresses_the_chair_and_page_counters_in_numerals_go():
    speech = speech_of(
        "「推动银发就业」议案发言稿",
        "代主席：",
        "本人今日提出这项议案，希望政府正视长者就业的需要。",
        "首先，要扩大长者就业支援计划，第一页，共12页。让更多长者重返职场。",
        "其次，要检讨强积金制度。",
    )
    assert speech.salutation.rstrip("：") == "代主席"
    assert "第一页" not in speech.text


# ------------------------------------------------------------------------------ cut-off copies

CUT_LAST = (
    "要细化任务分工，明确时间节点，压实各级责任，确保各项工作一项一项落到实处，对工作进展慢的"
)


@pytest.mark.parametrize(
    "last",
    [
        CUT_LAST,  # stops on a character, mid-clause
        CUT_LAST + "，",  # on a comma
        CUT_LAST + "要建立问题清单、",  # on an enumeration comma
        CUT_LAST + "单位要……",  # on an ellipsis
        CUT_LAST + "...... |",  # an ellipsis with a table cell's rule after it
    ],
)
def test_a_copy_that_stops_mid_sentence_is_flagged_truncated(last):
    speech = speech_of("在全县重点工作推进会上的讲话", "同志们：", *BODY[:-1], last)
    assert "truncated" in codes(speech)


@pytest.mark.parametrize(
    "last",
    [
        "要细化任务分工，明确时间节点，确保各项工作落到实处。",  # a sentence, ended
        "会议结束后，各单位要迅速传达会议精神，抓好贯彻落实，今天的会议就开到这里，散会",
        "最后，祝大家新春愉快、阖家幸福，希望大家在新的一年里再接再厉，谢谢大家",
        "每月一调度、每季一通报",  # a short list item
    ],
)
def test_a_copy_that_ends_as_speeches_end_is_not_flagged(last):
    speech = speech_of("在全县重点工作推进会上的讲话", "同志们：", *BODY[:-1], last)
    assert "truncated" not in codes(speech)


def test_a_copy_ending_on_page_one_of_several_is_truncated_one_showing_the_count_first_is_not():
    ending = speech_of("在全县工作会议上的讲话", "同志们：", *BODY, "第1页共17页")
    assert "truncated" in codes(ending)
    heading = speech_of("第1页　共3页", "在全县工作会议上的讲话", "同志们：", *BODY)
    assert "truncated" not in codes(heading)


@pytest.mark.parametrize(
    "cut",
    [
        ("有的企业主体责任悬在半空，有...", "(想阅读全部图文内容，您需要先登陆!)"),
        ("有的企业主体责任悬在半空，这说明很多县区......",),
        (
            "要把思想好、作风正的人选进班子，让村级组织真正成为带领群众",
            "……（新文秘网https://www.example.cn省略932字，正式会员可完整阅读）……",
        ),
    ],
)
def test_a_previews_cut_marks_do_not_reach_the_text(cut):
    speech = speech_of("在全县安全生产工作会议上的讲话", "同志们：", *BODY, *cut)
    assert "truncated" in codes(speech)
    assert "..." not in speech.text and "会员" not in speech.text and "省略" not in speech.text


@pytest.mark.parametrize(
    "cut",
    [
        "……（未完，全文共9816字，当前仅显示2914字，请阅读下面提示信息。",
        "…………\n全文共5126字,仅供站内会员学习参考(会员可打开全部文档)",
    ],
)
def test_a_members_preview_cut_is_truncated(cut):
    speech = speech_of(
        "在全市卫生健康工作会议上的讲话",
        "同志们：",
        *BODY[:-1],
        "要细化任务分工，明确时间节点，确保各项工作落到实处，持续推进紧密型城市医疗集团建设，"
        + cut,
    )
    assert "truncated" in codes(speech)
    assert "全文共" not in speech.text and "未完" not in speech.text


def test_an_editors_lead_into_the_text_stays_out_and_a_district_head_names_the_level():
    speech = speech_of(
        "区长林望在校地合作签约仪式上的致辞",
        "6月3日，本区与某某大学签约仪式举行。现将致辞全文转发如下：",
        "尊敬的各位来宾：",
        "今天我们在这里签约，开启合作新篇章。我代表区委、区政府表示热烈欢迎！",
        "谢谢大家！",
    )
    assert "转发如下" not in speech.text and "签约仪式举行" not in speech.text
    assert speech.level == "区" and speech.speaker_role == "区长"


def test_a_personal_librarys_bars_notices_and_a_language_switch_stay_out():
    speech = speech_of(
        "中文 | English Version",
        "远山的图书馆",
        "在全镇干部大会上的表态发言",
        "远山2016　　2024-03-19　发布于湖北　　|　　126 阅读　　|　　3 转藏",
        "大　中　小",
        "白沙镇党委书记　邱远航",
        "同志们：",
        *BODY,
        "本站为用户个人知识管理空间，内容均由用户自行上传，不代表本站观点。",
        "转藏　　全屏　　打印　　分享　　献花(0)",
        "温馨提示：以上范文仅供参考，请结合实际修改使用。",
    )
    assert speech.title == "在全镇干部大会上的表态发言" and speech.subtitle == ""
    assert (speech.speaker_role, speech.speaker_name) == ("白沙镇党委书记", "邱远航")
    for junk in ("English", "图书馆", "阅读", "大　中　小", "本站", "献花", "全屏", "温馨提示"):
        assert junk not in speech.text


def test_a_rating_a_price_an_inline_ad_and_a_trailing_page_number_go():
    speech = speech_of(
        "在全县防汛工作会议上的讲话",
        "2024-03-18　　10.00元　　免费试读",
        "同志们：",
        "今天召开会议，部署防汛工作。【更多公文素材，请关注微信公众号：某某文秘】要压实责任。— 1 —",
        "一、提高认识",
        "要把思想统一到上级决策部署上来，切实增强责任感。",
        "二、狠抓落实",
        "要细化任务分工，确保各项工作落到实处。",
        "下载提示：本站不保证该文档的完整性，下载后如有问题请联系客服。　　2积分",
        "相关文档",
        "在全县防汛工作会议上的讲话.doc　　　4.7分",
    )
    body = speech.sections[0].body
    assert body == "今天召开会议，部署防汛工作。要压实责任。"
    for junk in ("10.00元", "公众号", "— 1 —", "积分", "4.7分", "下载提示"):
        assert junk not in speech.text


def test_readers_comments_after_the_next_page_links_are_not_the_speech_resuming():
    speech = speech_of(
        "在秋季开学典礼上的讲话",
        "同学们：",
        *BODY,
        "谢谢大家！",
        "上一篇：我校召开全体教职工大会",
        "下一篇：新生军训汇报表演圆满结束",
        "相关评论（共2条）",
        "初二（3）班家长　2023-09-01 20:13",
        "孩子回家说校长讲得特别实在，尤其是睡觉那一段，我们做家长的也要以身作则，晚上少玩手机。",
        "回复　支持(12)　反对(0)",
        "清溪老校友　2023-09-02 07:45",
        "操场终于换新跑道了！想当年我们在煤渣跑道上跑八百米，感慨母校的变化真大，祝母校越办越好。",
    )
    assert speech.sections[-1].body.endswith("谢谢大家！")
    assert "家长" not in speech.text and "评论" not in speech.text


def test_an_epaper_name_above_the_title_is_no_title():
    speech = speech_of("某某日报数字报", "在全省工作会议上的讲话", "同志们：", *BODY)
    assert speech.title == "在全省工作会议上的讲话" and "数字报" not in speech.text


def test_an_editors_lead_ending_in_the_full_text_dates_the_speech_and_stays_out():
    speech = speech_of(
        "再出发·2024年度谷雨演讲",
        "2024年4月19日下午，谷雨演讲在深圳举行。以下为演讲全文，与你分享。",
        "各位来宾、各位朋友：",
        *BODY,
        "点个在看👇",
        "往期推荐",
    )
    assert speech.date == dt.date(2024, 4, 19)
    assert "以下为演讲全文" not in speech.text and "在看" not in speech.text
