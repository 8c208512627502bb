"""Shapes of real pages the parser must read: a site's own furniture around the speech (meta
bars, editors' leads, footers, personal-library bars, readers' comments, filler). Pure Python, no
database; the helpers are test_parser_real_shapes.py's."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_parser_real_shapes import BODY, codes, speech_of

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


def test_an_attachment_table_a_column_label_and_an_emails_fields_stay_out():
    speech = speech_of(
        "发件人：工会办公室",
        "主题：转发：讲话材料",
        "附件：1个（讲话稿.docx　48.6K）",
        "会议材料之一",
        "在全省自然资源工作会议上的讲话",
        "同志们：",
        *BODY,
        "以上意见，请大家认真抓好落实。",
        "附件：",
        "重点任务分工表",
        "序号\t任务\t牵头单位",
    )
    assert speech.title == "在全省自然资源工作会议上的讲话" and speech.subtitle == ""
    assert speech.sections[-1].kind == "closing"
    for junk in ("发件人", "主题", "docx", "材料之一", "附件", "分工表", "牵头单位"):
        assert junk not in speech.text


def test_photo_and_video_credits_platform_prompts_and_a_qa_appendix_stay_out():
    speech = speech_of(
        "在全市医保集中参保工作推进会上的讲话",
        "大会现场（摄影：杜文涛）",
        "视频时长：05:42",
        "同志们：",
        *BODY,
        "打开网易新闻，阅读体验更佳",
        "谢谢大家！",
        "附：城乡居民医保参保政策问答",
        "1.问：今年的个人缴费标准是多少？",
        "答：每人每年三百八十元。",
    )
    for junk in ("摄影", "视频时长", "网易新闻", "问答", "问：", "答："):
        assert junk not in speech.text
    assert speech.sections[-1].body.endswith("谢谢大家！")


@pytest.mark.parametrize(
    "line",
    [
        "【本文关键词：动员讲话　植树造林　乡镇】",
        "签名：材料共享，仅作交流。",
        "文档加载中……",
        "您是第 0030517 位访客",
        "页码：2/4",
        "回复　　支持(7)　　反对(1)　　举报",
        "主办：某某县人民政府办公室　　地址：某某县府前街1号",
        "预览时标签不可点收录于话题#个上一篇下一篇",
        "点个“在看”，为毕业生送上祝福",
        "（完）",
        "本文为某某写作网原创整理，转载请注明出处。",
        "本文档仅供参考学习，下载后可编辑。",
        "更多精品材料，请加QQ群6587*****下载（群文件每日更新）",
        "内容仅供学习，如需复制请赞助VIP会员，赞助后即可全站范文免费复制！",
        "【某某网收录关键词：讲话　读书班】",
        "（党政办整理）",
        "【我要打印】　【关闭】",
        "投资热线：0000-8812345　　邮箱：tz@example.cn",
        "平台声明：该文观点仅代表作者本人，某某号系信息发布平台。",
        "本文是网友收藏，不代表本馆观点。如发现有害或侵权内容，请点击一键举报。",
        "监制：某某某",
        "需要定制代写各类公文材料，请添加客服微信：wenmi***",
        "相关主持词：",
        "播放：4126视频加载中，请稍候……",
        "本版编辑：某某　校对：某某",
        "原标题：聚焦立德树人　加快建设教育强省",
        "喜欢就点个“在看”吧",
        "最佳瀏覽解像度 800x600",
        "中图分类号：D630　　文献标识码：C",
        "以上内容由图片识别生成，请注意核对",
        "（根据某某市档案馆藏会议记录稿整理）",
        "本文档仅供参考，如需使用请自行核实。",
        "03-15　素材小站",
        "相关致辞:项目开工仪式致辞 | 签约仪式主持词",
        "沙发　护理部小刘　感谢楼主分享，正好用得上",
        "清源县体育总会翻印",
        "……剩余4页可阅读……",
        "编审：某某　终审：某某",
        "个性签名：清水河边人，爱家乡，爱生活。",
    ],
)
def test_a_pages_counters_signatures_and_keyword_lines_stay_out(line):
    speech = speech_of("在全县植树造林动员会上的讲话", "同志们：", *BODY, line)
    kept = "".join(speech.text.split())
    assert "".join(line.split())[:6] not in kept


def test_an_accounts_comment_area_ends_the_speech():
    speech = speech_of(
        "在全镇人居环境整治推进会上的讲话",
        "同志们：",
        *BODY,
        "同志们，让我们一起努力，把家园建设得更加美丽！",
        "写留言",
        "精选留言",
        "河边小屋：我们村的垃圾站确实干净多了　　赞 9",
    )
    assert speech.sections[-1].kind == "closing"
    assert "河边小屋" not in speech.text and "留言" not in speech.text


def test_a_viewer_that_showed_the_whole_document_is_no_cut():
    speech = speech_of(
        "在全市青年座谈会上的讲话",
        "同志们：",
        *BODY,
        "最后，祝大家节日快乐！",
        "第3页　共4页",
        "阅读已结束，如需保存请下载本文档",
    )
    assert "truncated" not in codes(speech)


def test_a_site_editors_intro_with_its_own_sentences_stays_out():
    speech = speech_of(
        "在全市工业发展大会上的讲话",
        "工业是强市之本。为了方便大家写作，下面是小编为大家整理的领导讲话，仅供参考。",
        "同志们：",
        *BODY,
    )
    assert "小编" not in speech.text and "工业是强市之本" not in speech.text


def test_a_preview_cut_that_asks_for_a_download_leaves_no_dots():
    speech = speech_of(
        "在街道社区工作会议上的讲话提纲", "同志们：", *BODY, "……预览已结束，剩余3页需下载后查看……"
    )
    assert "truncated" in codes(speech)
    assert "剩余" not in speech.text and not speech.text.rstrip().endswith("……")


def test_a_related_articles_box_a_contents_list_and_a_printed_foot_stay_out():
    speech = speech_of(
        "在全区文旅产业发展大会上的讲话",
        "文章目录",
        "第一部分　看清家底，找准…",
        "第二部分　聚焦重点，打好…",
        "区长　唐晓蕾",
        "2024年5月8日",
        "同志们：",
        *BODY,
        "区政府办公室　　　　　　2024年5月9日印发",
        "【相关文章】",
        "在全区旅游工作会议上的讲话",
    )
    assert (speech.speaker_role, speech.speaker_name) == ("区长", "唐晓蕾")
    assert speech.date == dt.date(2024, 5, 8)
    for junk in ("看清家底", "区政府办公室", "印发", "相关文章", "旅游工作会议"):
        assert junk not in speech.text


def test_a_page_number_inside_a_sentence_does_not_split_its_paragraph():
    speech = speech_of(
        "在县人民代表大会闭幕会上的讲话",
        "各位代表：",
        "今天大会圆满完成各项议程。各位代表要密切联系群众，当好党和政府联系",
        "－2－",
        "人民群众的桥梁纽带。",
        *BODY[1:],
    )
    assert "当好党和政府联系人民群众的桥梁纽带。" in speech.sections[0].body


def test_a_writing_sites_name_with_digits_glued_after_a_sentence_end_is_dropped():
    speech = speech_of(
        "在全市廉政工作会议上的讲话",
        "同志们：",
        "要认真落实。范文 88 网市委同志强调，要把纪律挺在前面。",
        *BODY[1:],
    )
    assert "要认真落实。市委同志强调" in speech.text


def test_headings_with_words_sites_also_use_stay_headings():
    speech = speech_of(
        "在全区营商环境工作会议上的讲话",
        "同志们：",
        "今天召开会议。下面讲三点。",
        "一、搭建服务平台",
        "要建好企业服务中心。",
        "二、维护企业合法权益",
        "要依法保护产权。",
        "三、打造精品工程",
        "要抓好重点项目。",
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "搭建服务平台",
        "维护企业合法权益",
        "打造精品工程",
    ]


def test_a_sites_mark_glued_inside_or_after_a_sentence_goes():
    speech = speech_of(
        "在全市养老服务推进会上的讲话",
        "同志们：",
        "各县区要本文来自某某网把助餐点建好。只要坚定信心，就能变挑战为机遇。某某网,公文写作好帮手",
        *BODY[1:],
    )
    assert "各县区要把助餐点建好。" in speech.text and "网" not in speech.text


def test_a_login_prompt_under_a_finished_speech_is_no_cut():
    speech = speech_of("在秋季开学工作会议上的讲话", "老师们：", *BODY, "谢谢大家！", "请先登录")
    assert "truncated" not in codes(speech)


def test_a_forum_posts_button_row_ends_the_speech_before_the_replies():
    speech = speech_of(
        "镇党委书记在退休干部茶话会上的致辞",
        "各位老领导、老同志：",
        *BODY,
        "祝大家新春愉快！",
        "回复　　举报",
        "沙发　茶乡游子：黄书记讲得实在，老食堂这个事办得好！",
    )
    assert "茶乡游子" not in speech.text and "老食堂" not in speech.text


def test_an_offices_printed_mark_with_the_month_stays_out():
    speech = speech_of(
        "在全院务虚会上的讲话", "各位班子成员，各位科主任、护士长：", *BODY, "院办公室印　2025年1月"
    )
    assert speech.salutation == "各位班子成员，各位科主任、护士长："
    assert "院办公室印" not in speech.text


@pytest.mark.parametrize(
    "head", ["你可能喜欢：", "本文网址：http://www.x.example/1.html", "推荐文章"]
)
def test_a_pages_recommendations_and_address_end_the_speech(head):
    speech = speech_of(
        "在全县水利工作会议上的讲话", "同志们：", *BODY, head, "乡镇森林防火工作会议讲话稿（6篇）"
    )
    assert "森林防火" not in speech.text


def test_a_sites_name_and_address_glued_in_again_and_again_is_its_watermark():
    speech = speech_of(
        "在全县党课上的讲稿",
        "同志们：文稿汇www.wengaohui.com",
        "今天我们一起学习。",
        "一、深刻认识重大意义文稿汇www.wengaohui.com",
        "要深刻认识。",
        "二、准确把握精神内涵文稿汇www.wengaohui.com",
        "要准确把握。",
    )

    assert [s.heading for s in speech.sections if s.number] == [
        "深刻认识重大意义",
        "准确把握精神内涵",
    ]
    assert "wengaohui" not in speech.text


def test_a_sites_name_glued_before_paragraphs_is_its_watermark_but_a_url_said_once_is_kept():
    speech = speech_of(
        "在开学典礼上的致辞",
        "同学们：",
        "某某学习网秋风送爽，我们又迎来了新学年。请登录学校官网www.example.edu.cn查看课表。",
        "某某学习网第一，做一个志存高远的人。理想是灯塔。",
        "某某学习网第二，做一个勤学善思的人。学习没有捷径。",
    )

    assert [s.number for s in speech.sections if s.number] == ["第一，", "第二，"]
    assert "某某学习网" not in speech.text and "www.example.edu.cn" in speech.text


def test_an_editors_aside_inside_a_paragraph_is_not_the_speech():
    speech = speech_of(
        "在全市三级干部大会上的讲话",
        "同志们：",
        "过去一年，全市经济稳中有进（成绩问题部分各地不同，不再详细阐述），下面我讲三点。",
        *BODY[2:],
    )

    assert "不再详细阐述" not in speech.text
    assert "全市经济稳中有进，下面我讲三点。" in speech.text


@pytest.mark.parametrize(
    "footer",
    [
        "热门标签：主题教育　动员部署会　讲话稿",
        "相关热门标签：项目建设讲话　县委书记讲话",
        "热门范文：在市政府全体会议上的讲话　在全市经济工作会议上的讲话",
        "相关话题　#第40个教师节#　#开学第一课#",
    ],
)
def test_a_pages_related_tags_topics_and_samples_below_the_speech_are_furniture(footer):
    result = speech_of("在全县项目建设推进会上的讲话", "同志们：", *BODY, footer, "返回顶部")
    assert footer.split("：")[0].split("　")[0] not in result.text


@pytest.mark.parametrize(
    "tail",
    [
        ["文物是先人留给我们的无价之宝，……付费阅读全文"],
        ["要把文物保护好、利用好。", "阅读全文>>　　本文共6页"],
        ["要把文物保护好、利用好。", "本页内容由网友提供　第1页　下一页"],
        ["各级党员领导干部必须"],
        ["楚泽位于中国中部，素有“千湖之省”的美誉，"],
        ["要把文物保护好、利用好。", "本文档仅提供部分内容试读，如需完整内容请下载全文"],
        ["要把文物保护好、利用好。", "……　　本文档为预览，下载后查看完整内容　　立即下载"],
    ],
)
def test_a_copy_cut_by_a_paywall_a_pager_or_mid_sentence_is_flagged_truncated(tail):
    result = speech_of("在全市文物工作会议上的讲话", "同志们：", *BODY[:-1], *tail)
    assert "truncated" in codes(result)
    assert "付费" not in result.text and "下一页" not in result.text


def test_a_short_closing_line_is_no_cut():
    result = speech_of("在全市文物工作会议上的讲话", "同志们：", *BODY[:-1], "谢谢大家！")
    assert "truncated" not in codes(result)


def test_a_cut_marker_is_never_a_title_and_a_sites_buttons_are_no_speaker():
    from speeches.parsing import parse

    page = [
        "首页 > 写作参考 > 名家谈写作",
        "对于讲话，我一向十分上心。最早的讲，要追溯到上学时在课堂上发言、在班里小组里发言。"
        "那时的想法很朴素：要讲，就尽量讲好，为的是让自己表现好一点。我平生第一次讲得成功的，是在",
        "……预览已结束，剩余内容需登录后查看",
        "开通会员　　复制　　下载",
    ]
    for speech in parse("\n".join(page), allow_non_speech=True):
        assert "\x00" not in speech.title + speech.text
        assert speech.speaker_name == ""
