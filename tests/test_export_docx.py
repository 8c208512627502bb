"""The Word download, read back with python-docx: a 公文's page, styles and fonts, the headings
in order, every character of the speech, placeholders highlighted, facts in the properties."""

import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from speeches.exports.docx import xml_safe

from .export_helpers import (
    download,
    expected_headings,
    expected_text,
    make_layered_speech,
    no_space,
    word,
    word_headings,
)
from .factories import make_section, make_speech
from .speech_samples import make_realistic_speech

pytestmark = pytest.mark.django_db


def east_asian_font(style) -> str:
    return style.element.rPr.rFonts.get(qn("w:eastAsia"))


def test_the_page_is_a4_with_the_gbt_9704_margins(staff_client):
    section = word(staff_client, make_realistic_speech()).sections[0]
    assert round(section.page_width.mm) == 210
    assert round(section.page_height.mm) == 297
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin)] == [37, 35]
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [28, 26]


def test_the_body_is_sanhao_fangsong_with_a_two_character_indent_and_fixed_lines(staff_client):
    document = word(staff_client, make_realistic_speech())
    normal = document.styles["Normal"]
    assert east_asian_font(normal) == "仿宋_GB2312"
    assert normal.font.size == Pt(16)
    fmt = normal.paragraph_format
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert fmt.line_spacing.twips == 579  # 22 lines fill the 225 mm 版心
    assert normal.element.pPr.ind.get(qn("w:firstLineChars")) == "200"
    # 28 characters of 16 pt drawn 0.25 pt closer fit the 156 mm line.
    spacing = normal.element.rPr.find(qn("w:spacing"))
    assert int(spacing.get(qn("w:val"))) * 28 / 20 + 28 * 16 <= 156 / 25.4 * 72


def test_no_style_falls_back_to_a_theme_font(staff_client):
    document = word(staff_client, make_realistic_speech())
    styles_xml = document.styles.element.xml
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        fonts = document.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsiaTheme")) is None, name
    default_fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert default_fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert not [name for name in default_fonts.attrib if "Theme" in name or "theme" in name]
    assert 'w:eastAsia="zh-CN"' in styles_xml


def test_the_title_is_erhao_xiaobiaosong_centred(staff_client):
    speech = make_realistic_speech()
    document = word(staff_client, speech)
    title = document.paragraphs[0]
    assert title.text == speech.title
    assert title.style.name == "Title"
    assert east_asian_font(title.style) == "方正小标宋简体"
    assert title.style.font.size == Pt(22)
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_heading_ranks_have_their_typefaces(staff_client):
    document = word(staff_client, make_realistic_speech())
    fonts = {
        name: (east_asian_font(document.styles[name]), document.styles[name].font.bold)
        for name in ("Heading 1", "Heading 2", "Heading 3")
    }
    assert fonts == {
        "Heading 1": ("黑体", False),
        "Heading 2": ("楷体_GB2312", False),
        "Heading 3": ("仿宋_GB2312", True),
    }
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        assert document.styles[name].font.size == Pt(16)
        assert document.styles[name].font.color.rgb is None  # black, not the template's blue


def test_headings_come_in_order_with_their_numbers(staff_client):
    speech = make_realistic_speech()
    document = word(staff_client, speech)
    assert word_headings(document) == expected_headings(speech)
    styles = [p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [int(name.removeprefix("Heading ")) for name in styles] == [1, 1, 2, 2, 1, 2, 2]


def test_the_rank_follows_the_number_and_run_in_headings_stay_in_their_paragraph(staff_client):
    speech = make_layered_speech()
    document = word(staff_client, speech)
    assert word_headings(document) == expected_headings(speech)
    by_text = {p.text: p for p in document.paragraphs}
    assert by_text["一、提高政治站位"].style.name == "Heading 1"
    run_in = by_text["（一）加强组织领导。各级党委要把这项工作摆上重要议程。"]
    assert run_in.style.name == "Normal"
    assert run_in.runs[0].style.name == "段内标题 2"
    assert run_in.runs[-1].style.name == "Default Paragraph Font"  # the body
    assert by_text["1.明确责任分工：由×××同志牵头。"].runs[0].style.name == "段内标题 3"
    assert by_text["一是抓好督促落实。要定期调度。"].runs[0].style.name == "段内标题 2"
    assert "主要负责同志要亲自抓。" in by_text


def test_no_character_of_the_speech_is_lost(staff_client):
    for speech in (make_realistic_speech(), make_layered_speech()):
        document = word(staff_client, speech)
        text = "".join(p.text for p in document.paragraphs)
        assert no_space(text) == no_space(expected_text(speech))


def test_quotations_are_as_written_and_placeholders_highlighted(staff_client):
    document = word(staff_client, make_layered_speech())
    runs = [run for p in document.paragraphs for run in p.runs]
    highlighted = [run.text for run in runs if run.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert highlighted == ["XX", "×××"]
    body = "".join(p.text for p in document.paragraphs)
    assert "习近平总书记强调：“要坚持以人民为中心。”" in body
    assert "（鼓掌）" in body


def test_the_salutation_is_flush_left(staff_client):
    document = word(staff_client, make_realistic_speech())
    salutation = next(p for p in document.paragraphs if p.text == "同志们：")
    assert salutation.paragraph_format.element.pPr.ind.get(qn("w:firstLineChars")) == "0"


def test_page_numbers_are_sihao_songti_between_dashes_outside_on_each_page(staff_client):
    document = word(staff_client, make_realistic_speech())
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    for paragraph in (odd, even):
        assert paragraph.text == "— 1 —"
        assert "PAGE" in paragraph._p.xml
        assert east_asian_font(paragraph.style) == "宋体"
        assert paragraph.style.font.size == Pt(14)
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_the_speechs_facts_are_in_the_properties_not_in_the_text(staff_client):
    speech = make_layered_speech(date=None, year=2021)
    response = download(staff_client, speech, "docx")
    document = docx.Document(io.BytesIO(response.content))
    props = document.core_properties
    assert props.title == speech.title
    assert props.subject == "全市XX工作推进会"
    assert props.author == "市委书记张某某"
    assert props.category == "讲话"
    assert "来源：推进会讲话.txt" in props.comments
    assert "日期：2021年" in props.comments
    assert props.identifier == f"http://testserver/speeches/{speech.pk}/"
    custom = zipfile.ZipFile(io.BytesIO(response.content)).read("docProps/custom.xml").decode()
    for name, value in [
        ("会议", "全市XX工作推进会"),
        ("日期", "2021年"),
        ("来源", "推进会讲话.txt"),
    ]:
        assert f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr>' in custom
    body = "".join(p.text for p in document.paragraphs)
    assert "推进会讲话.txt" not in body
    assert "市委书记张某某" not in body


def test_the_outline_has_the_title_and_every_heading_only(staff_client):
    speech = make_layered_speech()
    document = word(staff_client, speech, outline="1")
    texts = [p.text for p in document.paragraphs]
    assert texts == [speech.title, *expected_headings(speech)]
    assert all(p.style.name.startswith("Heading") for p in document.paragraphs[1:])


def test_a_speech_without_sections_is_its_title(staff_client):
    speech = make_speech("只有标题的讲话", salutation="")
    document = word(staff_client, speech)
    assert [p.text for p in document.paragraphs] == ["只有标题的讲话"]


def test_characters_xml_cannot_hold_are_dropped_not_a_500(staff_client):
    speech = make_speech("标题\x0b含控制符", salutation="")
    make_section(speech, position=1, heading="标题\x01", body="正文\x08一段。")
    document = word(staff_client, speech)
    assert [p.text for p in document.paragraphs] == ["标题含控制符", "标题", "正文一段。"]
    assert xml_safe("a\x00b\ufffec") == "abc"
