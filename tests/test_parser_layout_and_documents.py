"""The parser's first two stages on small synthetic texts (pure Python, no database): what
the layout stage drops, repairs or rejoins before anything is read (site junk, page markers,
hard wraps, PDF spaces, lost line breaks, truncation marks, script and normalisation), and
how a file becomes speeches (several in one file; news reports, guides and empty files
refused). The seed and the shared helpers are in test_parser.py."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.parsing import NotASpeech, nows, parse

from .test_parser import BODY, all_fields, assert_invariants, headings, only, speech_of


def test_it_drops_site_header_and_footer_lines():
    result = speech_of(
        "当前位置：首页 > 范文大全 > 讲话稿",
        "发布时间：2023-06-18 09:12:47",
        "来源：公文写作网",
        "以下是小编整理的讲话，供大家参考。",
        "在全市招商引资工作会议上的讲话",
        *BODY,
        "本文链接：https://www.example.cn/1.html",
        "相关文章",
        "在全县营商环境大会上的讲话稿",
    )
    assert result.title == "在全市招商引资工作会议上的讲话"
    assert result.date is None and result.year is None  # a posting date is not the speech date
    for junk in ("当前位置", "发布时间", "小编", "本文链接", "相关文章", "营商环境大会"):
        assert junk not in all_fields(result)
    assert result.sections[-1].kind == "closing"


def test_it_keeps_a_body_sentence_that_merely_contains_a_junk_word():
    result = speech_of(
        "在全市工作会议上的讲话", "同志们：", "来源于企业的意见建议，要逐条研究、逐条回应。"
    )
    assert "来源于企业的意见建议" in result.sections[0].body


def test_it_drops_an_outline_block_before_the_title():
    result = speech_of(
        "【提纲】", "一、提高思想认识", "二、狠抓工作落实", "在全县工作会议上的讲话", *BODY
    )
    assert "提纲" not in result.text
    assert [h[2] for h in headings(result)] == ["提高思想认识", "狠抓工作落实"]


def test_it_removes_page_markers_and_rejoins_the_sentence_they_cut():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、提高思想认识",
        "我们必须坚持正确方向，",
        "— 3 —",
        "把牢工作主动权。",
        "第2页　共4页",
        "二、狠抓工作落实",
        "要细化工作举措。",
    )
    assert "坚持正确方向，把牢工作主动权。" in result.sections[0].body
    assert "第2页" not in result.text and "— 3 —" not in result.text


def test_it_removes_viewer_chunk_numbers():
    result = speech_of("在全区工作会议上的讲话", "1/5", *BODY[:4], "2", *BODY[4:], "5/5")
    assert "1/5" not in result.text and "5/5" not in result.text
    assert len(headings(result)) == 2


def test_it_keeps_both_sides_of_a_truncation_marker_and_warns():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、狠抓落实",
        "要统筹解决企业用地、用工等难题，……省略1200字……对企业反映的问题，要一查到底。",
    )
    body = result.sections[0].body
    assert "用工等难题，" in body and "对企业反映的问题，要一查到底。" in body
    assert "省略" not in result.text
    assert [w["code"] for w in result.warnings] == ["truncated"]


def test_it_strips_forum_anti_scraping_tokens_but_not_gdp_or_5g():
    result = speech_of(
        "在镇党委工作会议上的讲话",
        "同志们：",
        "全镇GDP增长6.2%，新建5G基站32个。( W% t6 Q# 7",
        "要抓好冬训工作。1 E/ `; J: h",
    )
    assert "W%" not in result.text and "E/" not in result.text
    assert "GDP增长6.2%，新建5G基站32个。" in result.text


def test_it_repairs_crlf_indentation_and_hard_wrapped_lines():
    paragraph = (
        "要把示范村建设作为推动乡村全面振兴的重要抓手，按照总要求高标准编制村庄规划，坚持一村一策、"
        "分类推进，防止千村一面。要坚持先规划后建设，把村庄布局、产业发展、基础设施统筹考虑，形成工作合力，确保取得实效。"
    )
    wrapped = [paragraph[i : i + 20] for i in range(0, len(paragraph), 20)]
    text = "\r\n".join(
        [
            "在全县示范村建设推进会上的讲话",
            "同志们：",
            "一、明确建设标准",
            "\u3000\u3000" + wrapped[0],
            *wrapped[1:],
            "二、加强组织领导",
            "\u3000\u3000要亲自抓。",
        ]
    )
    result = only(text)
    assert_invariants(result)
    assert result.sections[0].body == paragraph


def test_it_removes_pdf_spaces_inside_words():
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        "一、 加 强 组 织 领 导",
        "全 县 上 下 要 统 一 思 想 ， 形 成 合 力 。",
        "二、狠抓落实",
        "要抓好。",
    )
    assert headings(result)[0] == (1, "一、", "加强组织领导")
    assert result.sections[0].body == "全县上下要统一思想，形成合力。"


def test_it_resegments_a_speech_flattened_into_one_line():
    line = (
        "在全市防汛工作会议上的讲话 （2023年4月6日） 同志们：今天召开全市防汛工作会议，安排部署各项工作。"
        "下面，我讲两点意见。一、要绷紧防汛这根弦。防汛事关人民群众生命财产安全，各级要克服麻痹思想。"
        "二、要落实防汛责任。要把责任落实到具体单位、具体岗位、具体人员，确保信息畅通、指挥有力。"
        "同志们，防汛责任重大。我们要扎实做好各项工作，确保安全度汛。"
    )
    result = speech_of(line)
    assert result.date == dt.date(2023, 4, 6)
    assert headings(result) == [(1, "一、", "要绷紧防汛这根弦"), (1, "二、", "要落实防汛责任")]
    assert result.sections[-1].kind == "closing"


def test_it_keeps_traditional_script_as_written_and_still_reads_the_metadata():
    result = speech_of(
        "在全縣統戰工作會議上的講話",
        "縣委常委、統戰部部長　林　志　偉",
        "（2021年5月18日）",
        "同志們：",
        "今天召開全縣統戰工作會議。下面，我講兩點意見。",
        "一、提高政治站位",
        "習近平總書記指出：“統一戰線是重要法寶。”",
        "二、加強組織領導",
        "各級黨委要切實履行主體責任。",
        "同志們，讓我們團結奮鬥！",
    )
    assert (result.title, result.level, result.genre) == (
        "在全縣統戰工作會議上的講話",
        "县",
        "讲话",
    )
    assert (result.speaker_role, result.speaker_name) == ("縣委常委、統戰部部長", "林志偉")
    assert result.salutation == "同志們："
    assert result.sections[1].quotes[0].speaker == "習近平總書記"
    assert [s.kind for s in result.sections] == ["opening", "body", "body", "closing"]
    assert result.warnings == []


def test_it_splits_several_speeches_in_one_file():
    text = "\n".join(
        [
            "精选讲话稿3篇",
            "【篇一】在全村动员会上的讲话",
            *BODY,
            "篇二",
            "在全镇征兵工作会议上的讲话",
            *BODY,
            "第3篇",
            "在全县开学工作会议上的讲话",
            *BODY,
        ]
    )
    speeches = parse(text)
    assert [s.level for s in speeches] == ["村", "乡镇", "县"]
    for s in speeches:
        assert_invariants(s)
        assert "篇" not in s.text


def test_it_rejects_a_news_report():
    with pytest.raises(NotASpeech, match="news"):
        parse(
            "全县召开安全生产工作会议\n本报讯（记者　刘畅）3月8日，全县安全生产工作会议召开。\n县长出席会议并讲话。"
        )


def test_it_reads_a_news_report_as_one_body_section_when_asked():
    text = "全县召开安全生产工作会议\n本报讯（记者　刘畅）3月8日，会议召开。\n一、会议要求\n县长强调，要加强值守。"
    (result,) = parse(text, allow_non_speech=True)
    assert [w["code"] for w in result.warnings] == ["not_a_speech"]
    assert [(s.kind, s.anchor) for s in result.sections] == [("body", "s1")]
    assert result.title == "" and nows(result.sections[0].body) == nows(text)
    assert_invariants(result)


@pytest.mark.parametrize("text", ["", "   \n\u3000\r\n"])
def test_it_rejects_empty_text(text):
    with pytest.raises(NotASpeech, match="empty"):
        parse(text)


def test_it_normalises_with_nfc_and_never_nfkc():
    decomposed = "在全县工作会议上的讲话\n同志们：\n要抓好ＧＤＰ工作，确保“两个维护”。Cafe\u0301"
    result = only(decomposed)
    assert_invariants(result)
    assert "ＧＤＰ" in result.text and "，" in result.text and "Café" in result.text


def test_it_rejects_a_writing_guide_but_not_a_speech_that_mentions_reporters():
    with pytest.raises(NotASpeech, match="guide"):
        parse(
            "领导讲话稿怎么写？掌握这五个技巧\n一、吃透上情\n动笔之前要认真学习。\n二、结构要清晰\n希望对大家有所帮助。"
        )
    result = speech_of(
        "在全县宣传工作会议上的讲话提纲",
        "一、加强队伍建设",
        "要发挥好通讯员作用，及时向记者提供线索，配合做好新闻报道。",
        "二、提高宣传质量",
        "要讲好本地故事。",
    )
    assert [h[2] for h in headings(result)] == ["加强队伍建设", "提高宣传质量"]


def test_it_does_not_take_the_verb_omit_for_a_truncation_marker():
    result = speech_of(
        "在全县政务服务工作会议上的讲话", "同志们：", "要省略繁琐环节，让群众少跑腿。"
    )
    assert result.warnings == []
    assert result.sections[0].body == "要省略繁琐环节，让群众少跑腿。"


@pytest.mark.parametrize(
    "marker",
    [
        "……省略1200字……",
        "（此处省略）",
        "...内容已省略...",
        "【省略2000字】",
        "(想阅读完全部图文内容，您需要先登陆！)",
        "\n上一页 1 2 3 4 下一页\n",
    ],
)
def test_it_recognises_truncation_markers_in_several_forms(marker):
    result = speech_of(
        "在全县工作会议上的讲话",
        "同志们：",
        f"要统筹解决难题，{marker}对企业反映的问题要一查到底。",
    )
    assert [w["code"] for w in result.warnings] == ["truncated"]
    assert "省略" not in result.text
