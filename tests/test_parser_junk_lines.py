"""Whole lines scored as a site's furniture or kept as the speech's (speeches.parsing.junk,
pure Python): one line each, in the shapes real pages give them."""

from __future__ import annotations

import pytest

from speeches.parsing.junk import is_junk_line

from .test_parser_real_shapes import BODY, codes, section_text, speech_of


@pytest.mark.parametrize(
    "line",
    [
        # headings whose topic is the web, members or downloads are the speech's
        "三、加强政府网站和政务微信公众号建设",
        "①见到群众要主动打招呼，②见到问题要马上解决。",
        "2.严厉打击网络侵权盗版和非法下载行为",
        "二是搞好会员服务",
        "第一，我们要协助会员企业把握发展机遇",
        "（三）推进政务公开网站建设",
    ],
)
def test_a_numbered_heading_about_the_web_is_no_site_furniture(line):
    assert not is_junk_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a document site's numbered notices, in the site's own voice
        "1. 1、下载前请先确认文档内容是否完整，本站不提供修改、补写等服务。",
        "1、本站资料来源于网络，如有侵权请联系删除",
        "2、开通会员可免费下载全部文档",
        # a file's name on a line of its own, a follow button, a document site's number
        "在全镇安全生产工作会议上的讲话.docx",
        "+关注",
        # a shared document's circulation mark; a note under the text keyed by its mark
        "仅限内部传阅",
        # a forum's post bars, a page's update line, a post's divider, a book's and a
        # session's headers over the text
        "回复 引用 报告 道具 TOP",
        "帖子 58　精华 0　积分 97",
        "最後更新：2011年7月5日",
        "━━━━ 致辞 ━━━━",
        # a video post's age and counts, a digital anchor's note, a shared doc's access line,
        # a gazetteer's appendix over the text
        "3天前·湖南",
        "放大　缩小　默认",
        "♡1.2万",
        "▶数字人播报　本文由AI数字人主播播报，声音及形象均为AI合成",
        "仅组织内成员可查看",
        "附录一、重要文献选录",
        "第三十二编　文献辑存",
        "政协某县第十一届委员会第四次会议文件之十一",
        "①见《毛泽东文集》第七卷。",
        # an account's follow line after an emoji
        "👆点击蓝字　关注我们",
        # a site's mark between a compilation's copies; its login box beside the text
        "携笔某某www.example-fanwen.com，每天更新精彩范文",
        "会员信息",
        "多个检索词,请用空格间隔。",
        "文思社人氣:2.3W",
        "【我要列印】",
        "本文格式为Word版，下载后可任意编辑和复制",
        "作者单位：东岳大学档案馆",
        "发言人：",
        "年份：2005　期号：第3期",
        "分类号：D624.55",
        "演讲稿1.2W",
        "本篇文章2186字，读完约5分钟",
        "开启左侧",
        "五四青年节栏目：团委书记五四讲话 | 五四表彰大会主持词",
        "《在全市会议上的讲话.docx》由会员分享，可在线阅读",
        "DOC格式　　12页　　免费下载",
        "1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。",
        "当代地方史料数据库　点此返回目录",
        "本文Tags：市委全委会讲话　全委扩大会议讲话",
        "相关热词搜索：党课讲稿 精神力量",
        "老秘网",
        "用户名：",
        "密　码：",
        "验证码：",
        "▶▶ 扫码关注",
        "编号:731204588",
        # a mail app's signature under a forwarded text
        "网易邮箱大师 发自我的手机",
        # a forum floor with its poster and a one-word reply
        "板凳　lin_2019　马克一下",
        # a traditional page counter, a site's note on its copy
        "第1頁／共5頁",
        # a portal's visitor counter and report line, a Word file's record, a converter's note
        "你是本站第0031857位访客",
        "网络违法和不良信息举报电话：0739-12345678　　市融媒体中心主办",
        "修订人：办公室 张　　最后保存：2024-02-26 17:42　　批注 3 条",
        "模板：Normal.dotm",
        "> 本文由 Pandoc 自动转换，原始格式可能丢失。",
        # a platform's disclaimer, a yearbook's credit and an editor's note
        "本文仅代表作者观点，不代表百家号立场。",
        "（省政府办公厅供稿）",
        "【注】本文据县档案馆藏打印稿收录，个别文字有改动。",
        "展开全文∨",
        # a photo credit and count, a 范文 site's submit link and entry number
        "（圖片由本會提供）",
        "相關圖片（6）",
        "ID:66210　　我要投稿",
        # an e-paper's page jump and edition line
        "（下转第三版）",
        "第03版",
        # a caption, a reader's action bar, a share text's tail, tags, a contest's tutor
        "（相片：會長致辭）",
        "点赞 56　收藏　分享",
        "本文来自临江日报客户端，未经授权不得转载",
        "复制链接 https://t.cn/A6xyz",
        "#讲话稿 #春耕 #乡镇工作",
        "指导教师：许静",
        "发布部门：安全环保部　　阅读：836",
        "本文仅供参考，如需使用请根据实际情况修改。",
    ],
)
def test_a_sites_own_line_is_furniture(line):
    assert is_junk_line(line)


def test_a_speech_about_the_web_keeps_its_numbered_headings():
    speech = speech_of(
        "在全市政务公开工作会议上的讲话",
        "同志们：",
        "今天召开会议，部署今年政务公开工作。我讲两点意见。",
        "一、加强政府网站和政务微信公众号建设",
        "要整合各部门网站，做到信息发布及时准确。",
        *BODY[3:],
    )
    assert [s.heading for s in speech.sections if s.kind == "body"] == [
        "加强政府网站和政务微信公众号建设",
        "狠抓落实",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # sentences of a speech that open with a word sites also use
        "欢迎各位领导莅临指导！",
        "版权保护工作要常抓不懈。",
        "下载量突破一百万次，用户遍及全国。",
        "开通5G基站200个，实现乡镇全覆盖。",
        "举报箱设在县纪委门口，欢迎群众监督。",
        # …and what a site's footer opens with, said in a sentence: the speech goes on
        "扫码办事已经覆盖全部政务服务事项。",
        "免责声明制度要进一步完善。",
    ],
)
def test_a_sentence_of_the_speech_is_kept_whatever_word_it_opens_with(line):
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        *BODY[:2],
        "要把思想统一到上级决策部署上来。",
        line,
        "要细化任务分工，确保各项工作落到实处。",
        *BODY[3:],
    )
    text = section_text(speech)
    assert line in text and "狠抓落实" in text


@pytest.mark.parametrize(
    "line",
    ["下载本文档请加微信，仅供学习参考。", "欢迎关注公众号，获取更多讲话稿范文！"],
)
def test_a_sites_sentence_is_still_furniture(line):
    assert is_junk_line(line)


@pytest.mark.parametrize(
    "footer",
    [
        "回复　使用道具　举报",
        "同类文档：在全市安全生产工作会议上的讲话　｜　安委会全体会议主持词",
        "县委办公室　　　　2024年3月14日印",
        "县委组织部主办　　技术支持：县大数据中心",
        # a blog's and a personal library's footers
        "赞(6)",
        "历史上的今天",
        "以文找文 | 举报",
        "云峰县委组织部主办",
        "喜欢此内容的人还喜欢",
        "相关文件：",
        "📖阅读原文",
        "作者最新文章",
        # a unit's line under a printed text, an archive's note
        "局办公室整理",
        "市安全生产委员会办公室编印",
        "（原件存县档案馆，全宗号46，目录号2）",
    ],
)
def test_a_sites_or_a_printed_documents_footer_ends_the_speech(footer):
    speech = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        *BODY,
        footer,
        "在全县春耕生产工作会议上的讲话",
    )
    text = section_text(speech)
    assert "春耕生产" not in text and footer[:4] not in text


def test_a_bulleted_list_the_text_introduces_is_kept_a_lone_bullet_label_is_not():
    speech = speech_of(
        "在公司安全生产工作会议上的讲话",
        "同志们：",
        *BODY[:3],
        "◆ 会议材料 ◆",
        "各部门的分工如下：",
        "●设备管理部：牵头负责特种设备和电气安全；",
        "●生产部：负责现场作业安全管理。",
        *BODY[3:],
    )
    text = section_text(speech)
    assert "●设备管理部：牵头负责特种设备和电气安全；" in text
    assert "●生产部：负责现场作业安全管理。" in text
    assert "会议材料" not in text


def test_a_wechat_posts_emoji_before_a_heading_label_goes():
    speech = speech_of(
        "在街道工作会议上的表态发言",
        "各位领导：",
        BODY[0],
        "🔸一、提高认识",
        BODY[2],
        "🔸二、狠抓落实",
        BODY[4],
    )
    assert [(s.number, s.heading) for s in speech.sections if s.kind == "body"] == [
        ("一、", "提高认识"),
        ("二、", "狠抓落实"),
    ]


def test_a_markdown_copys_footnote_marks_and_notes_go():
    speech = speech_of(
        "# 在全市生态环境保护大会上的讲话",
        "*（2025年2月18日）*[^1]",
        "同志们：",
        *BODY,
        "[^1]: 根据会议录音整理。",
    )
    text = section_text(speech)
    assert "[^1]" not in text and "录音整理" not in text


def test_a_pages_expand_button_in_the_middle_cuts_nothing():
    speech = speech_of("在全县工作会议上的讲话", "同志们：", *BODY[:3], "展开全文", *BODY[3:])
    assert "truncated" not in codes(speech)
    assert [s.heading for s in speech.sections if s.kind == "body"] == ["提高认识", "狠抓落实"]


def test_a_speech_that_ended_with_its_wishes_before_a_preview_stops_is_whole():
    speech = speech_of(
        "在医院职工代表大会上的讲话",
        "各位代表：",
        *BODY,
        "最后，预祝大家身体健康、工作顺利！",
        "第3页/共4页",
        "下载文档到电脑，查找使用更方便　　文档下载需要 2 积分",
    )
    assert "truncated" not in codes(speech)


def test_an_e_papers_turn_at_a_paragraphs_end_goes():
    speech = speech_of(
        "在省委经济工作会议上的讲话",
        "同志们：",
        *BODY[:4],
        "要细化任务分工，确保各项工作落到实处。（下转第三版）",
    )
    assert "下转" not in "".join(s.body for s in speech.sections)


@pytest.mark.parametrize(
    "line",
    [
        "【导语】新年伊始，万象更新。以下是为大家整理的集团公司董事长新年致辞，仅供参考。",
        "以下是为大家整理的关于七一重要讲话宣讲稿的文章14篇，欢迎大家参考查阅！",
        "下面是我带来的有关开班仪式领导讲话稿模板，希望大家喜欢！",
        "跳转到指定楼层",
        "手机访问",
        "刊  名：《文艺之友》　2010年第4期",
        "相似文献：文艺工作者要扎根人民　　用心写好时代篇章",
        "核心提示：建设廉洁型政府，就是要坚持廉洁用权、干净做事。",
        "【关键词】：农业生产；丰收；会议结论",
    ],
)
def test_an_unsigned_editors_intro_and_a_forums_or_journals_fields_are_junk(line):
    assert is_junk_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "文档贡献者：abc2016 下载文档到电脑，查找使用更方便 0下载券",
        "本文档共5页，当前为第1页，剩余内容请下载后查看 ｜ 下载积分：3",
        "2. 为防止资源被随意传播，本站部分文稿需要会员才可阅读或下载，请予谅解！",
        "以上为预览内容，全文共6832字，开通会员后查看全文",
        "立即开通",
        "AI一键生成同类文章",
        "电脑版",
        "目录/提纲：……",
        "问题描述:",
        "最佳答案",
        "在全县卫生工作会议上的讲话，求路过的大神留个言，帮个忙！",
    ],
)
def test_a_document_sites_bars_a_pay_wall_and_a_qa_pages_labels_are_junk(line):
    assert is_junk_line(line)


@pytest.mark.parametrize(
    "line", ["以下是我们整理的全年工作要点，请大家认真阅读。", "下面，我为大家带来一个好消息。"]
)
def test_a_speaker_handing_out_material_is_no_editor(line):
    assert not is_junk_line(line)
