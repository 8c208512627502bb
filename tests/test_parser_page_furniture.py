"""Page furniture on real pages, one small text each (pure Python, no database).

Junk, markup and print or PDF leftovers, page counters, and copies cut off or behind a paywall:
what must not reach the text, and when a copy is flagged `truncated` (a site's own bars, leads
and footers are in test_parser_site_furniture.py). The shared helpers are in test_parser_real_shapes.py, whose docstring
names the other modules."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_parser import only
from .test_parser_real_shapes import BODY, codes, section_text, speech_of

# ---------------------------------------------------------------------------------------- junk


@pytest.mark.parametrize(
    "marker",
    [
        "此处隐藏3000个字。VIP会员可见",
        "……（某某网　此处省略352字，正式会员可完整阅读）……",
        "剩余80%未读，开通会员",
        "试读已结束，如需继续阅读或下载，敬请购买",
        "全文约1391字，请下载后阅读",
        "剩余内容需付费 ¥6.00 解锁全文",
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


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("在全市紀(jì)念大會上的講話", "習(xí)近平總書記強(qiáng)調(diào)，要牢記使命。"),
        # a space left inside, a polyphone's two readings
        ("在全市紀(jì )念大會上的講話", "我們要(yào / yāo)牢記使命，把工作做好(hǎo/hào)。"),
    ],
)
def test_ruby_pinyin_inserted_by_a_site_is_removed(title, sentence):
    speech = speech_of(title, "同志們：", sentence)
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
        "……亲，该文档总共6页，到这已经超出免费预览范围，如果喜欢就下载吧！",
        "...阅读全文\u3000登录后可复制",
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
    assert (
        "该文档" not in speech.text and "阅读全文" not in speech.text and "复制" not in speech.text
    )
    assert "紧密型城市医疗集团建设" in speech.text


def test_a_line_printed_on_every_page_goes_and_a_scans_spaced_label_is_read():
    page_head = "某某市安全生产委员会办公室　　会议材料"
    speech = speech_of(
        "在全市安全生产工作会议上的讲话",
        "同志们：",
        page_head,
        "今天召开会议，部署今年的安全生产工作。下面，我讲两点意见。",
        "一、提高认识",
        page_head,
        "要把思想统一到上级决策部署上来，切实增强责任感和紧迫感。",
        "二 、狠抓落实",
        page_head,
        "要细化任务分工，明确时间节点，确保各项工作落到实处。",
    )
    assert "会议材料" not in speech.text
    assert [s.number for s in speech.sections if s.kind == "body"] == ["一、", "二、"]


def test_a_word_exports_note_markers_and_notes_block_go():
    speech = speech_of(
        "在党史学习教育专题党课上的讲话",
        "同志们：",
        "习近平总书记指出：“学史明理、学史增信、学史崇德、学史力行。”[1]我们要认真领会。",
        *BODY,
        "注释：",
        "[1] 见《学习材料汇编》（内部学习资料），第3页。",
    )
    assert "[1]" not in speech.text and "注释" not in speech.text
    assert speech.sections[0].body.startswith(
        "习近平总书记指出：“学史明理、学史增信、学史崇德、学史力行。”我们"
    )


def test_a_qa_pages_follow_ups_a_tag_line_commentary_and_a_price_go():
    speech = speech_of(
        "在全县民营经济发展大会上的讲话",
        "同志们：",
        *BODY,
        "开通会员可查看全部内容　　￥9.9/月　　立即开通",
        "本回答由提问者推荐",
        "追问：能不能再加一段？",
        "【写作点评】本文结构清晰，层次分明。",
    )
    assert "truncated" in codes(speech)
    for junk in ("￥", "本回答", "追问", "写作点评"):
        assert junk not in speech.text


def test_a_wrapped_line_that_mentions_a_wechat_group_is_still_text():
    speech = speech_of(
        "在全镇征兵工作会议上的讲话",
        "同志们：",
        "今年的征兵工作，要重点抓好三个环节。一是",
        "抓好兵役登记。各村要对本村户籍的适龄男青",
        "年逐人建立台账，在外上学的要一个不少地通",
        "知到，确保兵役登记率达到百分之百。二是抓",
        "好宣传动员。要充分利用村里的广播、微信群",
        "和横幅标语，把优待政策讲透。三是抓好体检",
        "政考。要严格标准，确保兵员质量，坚决防止",
        "不合格人员入伍。",
    )
    points = [s.heading for s in speech.sections if s.kind == "body"]
    assert points == ["抓好兵役登记", "抓好宣传动员", "抓好体检政考"]


def test_a_markdown_export_reads_as_plain_text():
    speech = only(
        "---\ntitle: 演讲稿\ntags: [五四]\n---\n"
        "# 青春向党　奋斗有我\n"
        "## ——在集团“五四”青年演讲比赛上的演讲\n"
        "**演讲人：**周晓彤\n"
        "各位评委、亲爱的青年朋友们：\n"
        "今天我演讲的题目是青春向党、奋斗有我。\n"
        "**一、心中有信仰，脚下才有力量**\n"
        "> 青年兴则国家兴，青年强则国家强。\n"
        "我们要把个人理想融入时代洪流。\n"
        "**二、肩上有担当，青春才有分量**\n"
        "![现场照片](img/1.png)\n"
        "哪里有困难，哪里就有青年突击队。\n"
        "*计时：5分40秒｜字数统计：1516*\n"
    )
    assert (speech.title, speech.subtitle) == (
        "青春向党　奋斗有我",
        "在集团“五四”青年演讲比赛上的演讲",
    )
    assert speech.speaker_name == "周晓彤"
    assert [s.number for s in speech.sections if s.kind == "body"] == ["一、", "二、"]
    assert not any(c in speech.text for c in "#*>!") and "字数统计" not in speech.text


def test_a_watermark_glued_after_several_paragraphs_and_a_document_sites_motto_go():
    speech = speech_of(
        "精选优质文档-----倾情为你奉上",
        "全县统计工作会议讲话稿",
        "同志们：",
        "刚才几位同志的发言都很好，我都同意。公务员之家版权所有",
        "一、提高认识",
        "要配齐统计人员，保障工作经费。公务员之家版权所有",
        "二、夯实基础",
        "要严格执法，坚决防范统计造假。",
        "专心---专注---专业",
    )
    assert speech.title == "全县统计工作会议讲话稿"
    for junk in ("版权所有", "精选优质文档", "专注"):
        assert junk not in speech.text
    assert speech.sections[1].body.endswith("保障工作经费。")


def test_a_document_sites_page_foot_inside_a_word_goes_whole():
    speech = speech_of(
        "在全县经济工作会议上的讲话",
        "同志们：",
        "今年要着力优化产业结第 1 页 共 9 页下载后可任意编辑构，推动转型升级。",
        *BODY[1:],
    )
    assert "优化产业结构" in speech.text and "编辑" not in speech.text


def test_a_yearbooks_running_heads_around_its_dotted_page_numbers_go():
    speech = speech_of(
        "在县委十五届六次全体（扩大）会议上的讲话",
        "同志们：",
        "今天召开全会。下面讲两点意见。",
        "一、提高认识",
        "要统一思想，凝聚共识，增强做好工作的责任感。",
        "柳川年鉴（2024）",
        "·16·",
        "二、狠抓落实",
        "要细化任务分工，确保各项工作落到实处。",
        "柳川年鉴（2024）",
        "·17·",
        "谢谢大家。",
    )
    assert "年鉴" not in speech.text and "·" not in speech.text


def test_a_review_copys_comment_anchors_go():
    speech = speech_of(
        "在全县教育系统开学工作会议上的讲话",
        "同志们：",
        "今年全县新增学位一千二百个[石1]，办学条件明显改善。[石2]",
        *BODY[1:],
    )
    assert "[石" not in speech.text and "新增学位一千二百个，办学条件明显改善。" in speech.text


def test_a_wrapped_paragraphs_first_line_that_lost_its_indent_still_continues():
    width = 30
    text = (
        "今天我们在这里召开全市征兵工作推进暨新兵教育动员会议，主要任务是深入学习贯彻上级决策"
        "部署，总结上半年征兵工作成效，分析当前面临的形势任务，部署下半年重点工作，进一步统一"
        "思想、凝聚共识，推动全市征兵工作再上新台阶，为建设巩固国防和强大人民军队输送更多优质"
        "兵员。参加今天会议的有市委常委、市人大常委会、市政府、市政协相关领导，市征兵工作领导小"
        "组成员单位负责同志，各县市区征兵办公室主任及业务骨干，各乡镇街道武装部长和部分新兵代表。"
    )
    first = text[: width - 2]  # the copy dropped the paragraph's two-character indent
    rest = text[width - 2 :]
    wrapped = [first, *(rest[i : i + width] for i in range(0, len(rest), width))]
    speech = speech_of("在全市征兵工作会议上的讲话", "同志们：", *wrapped, "谢谢大家。")
    assert first + rest[:4] in speech.text  # (…会议，主 | 要任务…: one paragraph again)


def test_a_posters_bold_headings_lose_their_marks_and_mask_nothing():
    speech = speech_of(
        "在全市文旅产业发展大会上的讲话",
        "同志们：",
        "今天开会，我讲两点。",
        "**一、正确认识新形势**",
        "要看清机遇。",
        "**二、推动提质升级**",
        "要做强精品。",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "正确认识新形势",
        "推动提质升级",
    ]
    assert not [p for s in speech.sections for p in s.placeholders]


@pytest.mark.parametrize(
    ("line", "year", "day"),
    [
        ("（二0二四年四月十八日）", 2024, dt.date(2024, 4, 18)),  # a digit typed for 〇
        ("（民國ll3年5月8日）", 2024, dt.date(2024, 5, 8)),  # a scan's l for 1
    ],
)
def test_a_scans_or_a_typists_digits_still_date_the_speech(line, year, day):
    speech = speech_of("在全县工作会议上的讲话", line, "同志们：", *BODY)
    assert (speech.year, speech.date) == (year, day)


def test_an_emoji_a_post_puts_before_the_title_is_not_the_titles():
    speech = speech_of("📌在全区作风建设大会上的讲话", "同志们：", *BODY)
    assert speech.title == "在全区作风建设大会上的讲话"


def test_a_hong_kong_releases_end_mark_and_stamp_date_the_speech():
    speech = speech_of(
        "勞工及福利局局長在九龍婦女聯會慶祝三八國際婦女節大會致辭",
        "各位嘉賓：",
        *BODY,
        "完",
        "2025年3月8日（星期六）香港時間18時30分",
    )
    assert speech.date == dt.date(2025, 3, 8)
    assert "完" not in "".join(s.body for s in speech.sections)[-3:]


def test_a_login_prompt_under_a_speech_that_closed_with_a_rallying_call_cuts_nothing():
    speech = speech_of(
        "在全市创建工作动员大会上的讲话",
        *BODY,
        "同志们，让我们拧成一股绳，为把我市建设成为全国文明城市而努力奋斗！",
        "（阅读全部图文内容，您需要先登录！）",
    )

    assert "truncated" not in codes(speech)


@pytest.mark.parametrize(
    "mark", ["亲，该文档总共5页，到这已经超出免费预览范围，如果喜欢就下载吧！", "...查看更多"]
)
def test_a_preview_that_stops_says_the_copy_is_cut(mark):
    speech = speech_of(
        "在全市工作会议上的讲话", *BODY[:-1], "要细化工作举措，明确责任分工，确保各项", mark
    )

    assert "truncated" in codes(speech)
    assert "预览" not in speech.text and "查看更多" not in speech.text


def test_a_viewers_numbered_chunks_lose_their_numbers_and_rejoin_cut_sentences():
    first = "1、在全县工作会议上的讲话。" + "今年以来，全县经济运行总体平稳，主要指标好于预期。" * 8
    second = "2、" + "这些成绩的取得，是全县干部群众共同努力的结果。" * 9 + "要帮助企业解决遇到的困"
    third = "3、难和问题，确保存量企业稳产满产。"
    speech = only("\n".join([first, second, third]))

    assert not [s.number for s in speech.sections if s.number]
    assert "遇到的困难和问题" in speech.text


def test_a_sample_sites_backticks_inside_words_are_dropped():
    speech = only("\n".join(["同志们：", "这是家庭的`责任，也是学校的`使命。", *BODY[1:]]))
    assert "`" not in speech.text
    assert "这是家庭的责任，也是学校的使命。" in section_text(speech)


@pytest.mark.parametrize(
    "notice",
    [
        "本文（在全区工作会议上的讲话）为本站会员主动上传，某某文库仅提供信息存储空间，"
        "仅对用户上传内容的表现方式做保护处理，对上载内容本身不做任何修改或编辑。"
        "若此文所含内容侵犯了您的版权或隐私，请立即通知我们，我们将及时删除！",
        "本作品是中华人民共和国的官方文件，依照《中华人民共和国著作权法》第五条，"
        "不适用著作权法的保护，属于公有领域。",
        "本页面最后修订于2023年1月4日 (星期三) 08:12。",
    ],
)
def test_a_document_sites_or_a_wikis_legal_notice_is_furniture(notice):
    speech = only("\n".join(["在全区工作会议上的讲话", "同志们：", *BODY, notice]))
    assert notice[:8] not in speech.text


def test_a_blogs_no_comments_line_ends_the_speech():
    speech = only(
        "\n".join(["在协会成立大会上的致辞", "各位会员：", *BODY, "没有评论:", "发表评论"])
    )
    assert "没有评论" not in speech.text
