"""A speech as a Word file laid out like a 公文 (GB/T 9704-2012, 党政机关公文格式).

- A4; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right: a 156 × 225 mm 版心.
- 22 lines of 28 characters: fixed line spacing of 28.95 pt (22 lines fit 225 mm, 23 do not) and
  a document grid whose character pitch squeezes 28 三号 characters into 156 mm.
- Title 二号 方正小标宋简体, centred; body 三号 仿宋_GB2312, first line indented two characters;
  一、 headings 黑体, （一） 楷体_GB2312, 1. 仿宋 bold (see document.heading_rank).
- Page numbers — 1 — in 四号 宋体 under the 版心: odd pages on the right, even pages on the left,
  one character in from the edge.
- The speech's facts (meeting, date, source …) go into the file's properties, not its text.

The fonts are named as a Chinese government office has them installed; a machine without them
substitutes its own (LibreOffice on Linux: whatever CJK font fontconfig picks).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part as OpcPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from .document import Part, Span, SpeechDocument

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONTS = {1: "黑体", 2: "楷体_GB2312", 3: BODY_FONT, 4: BODY_FONT}
HEADING_BOLD = {1: False, 2: False, 3: True, 4: False}
SUBTITLE_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"

SIZE_ERHAO = Pt(22)  # 二号
SIZE_SANHAO = Pt(16)  # 三号
SIZE_SIHAO = Pt(14)  # 四号

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGINS = {"top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}
LINE_PITCH = Twips(579)  # 28.95 pt: 22 lines make 636.9 pt of the 637.8 pt (225 mm) 版心
# 28 三号 characters are 448 pt, the 156 mm line 442.2 pt: each character is drawn 0.25 pt
# closer (15.75 pt, 441 pt a line). Character spacing, rather than a character grid, because
# Word and LibreOffice agree on it; LibreOffice puts a 16 pt character in two cells of a
# 15.79 pt grid and sets 14 a line.
CHAR_SPACING = Pt(-0.25)
FOOTER_DISTANCE = Mm(24)  # the number's 一字线 about 7 mm under the 版心

RUN_IN_STYLE = "段内标题 {rank}"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (a control character pasted into an edit)."""
    return _XML_ILLEGAL.sub("", text)


# ---------------------------------------------------------------- formatting helpers


def _set_fonts(rpr, name: str) -> None:
    """Every script of a run or style in `name`. Theme fonts are removed: in Word they win over
    a named font, and the default template sets them."""
    fonts = rpr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _drop(parent, tag: str) -> None:
    for child in parent.findall(qn(tag)):
        parent.remove(child)


def _indent_chars(ppr, chars: int, size: Pt = SIZE_SANHAO) -> None:
    """First-line indent in characters (Word's firstLineChars, in hundredths), with the same
    length in twips for readers that ignore character units."""
    ind = ppr.get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(int(size.pt * 20 * chars)))


def _style_text(style, font: str, size: Pt, *, bold: bool = False) -> None:
    rpr = style.element.get_or_add_rPr()
    _set_fonts(rpr, font)
    _drop(rpr, "w:color")  # automatic: black
    _drop(rpr, "w:spacing")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(int(CHAR_SPACING.twips)))
    rpr.append(spacing)
    style.font.size = size
    style.font.bold = bold
    style.font.italic = False


def _style_paragraph(style, *, indent: int = 2, align=WD_ALIGN_PARAGRAPH.JUSTIFY) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH
    fmt.alignment = align
    ppr = style.element.get_or_add_pPr()
    _drop(ppr, "w:pBdr")
    _drop(ppr, "w:contextualSpacing")
    _indent_chars(ppr, indent)


def _set_up_styles(document) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr_default, BODY_FONT)
    # The grid's character pitch counts from the default size (LibreOffice reads it here).
    for tag in ("w:sz", "w:szCs"):
        rpr_default.find(qn(tag)).set(qn("w:val"), str(int(SIZE_SANHAO.pt * 2)))
    lang = rpr_default.find(qn("w:lang"))
    lang.set(qn("w:val"), "zh-CN")
    lang.set(qn("w:eastAsia"), "zh-CN")

    normal = styles["Normal"]
    _style_text(normal, BODY_FONT, SIZE_SANHAO)
    _style_paragraph(normal)

    title = styles["Title"]
    _style_text(title, TITLE_FONT, SIZE_ERHAO)
    _style_paragraph(title, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_after = LINE_PITCH  # a blank line between title and text

    subtitle = styles["Subtitle"]
    _style_text(subtitle, SUBTITLE_FONT, SIZE_SANHAO)
    _style_paragraph(subtitle, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    subtitle.paragraph_format.space_after = LINE_PITCH

    for rank, font in HEADING_FONTS.items():
        heading = styles[f"Heading {rank}"]
        _style_text(heading, font, SIZE_SANHAO, bold=HEADING_BOLD[rank])
        _style_paragraph(heading)
        heading.paragraph_format.keep_with_next = True
        run_in = styles.add_style(RUN_IN_STYLE.format(rank=rank), WD_STYLE_TYPE.CHARACTER)
        _style_text(run_in, font, SIZE_SANHAO, bold=HEADING_BOLD[rank])

    footer = styles["Footer"]
    _style_text(footer, PAGE_NUMBER_FONT, SIZE_SIHAO)
    footer.paragraph_format.first_line_indent = Pt(0)


def _set_up_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGINS["top"], MARGINS["bottom"]
    section.left_margin, section.right_margin = MARGINS["left"], MARGINS["right"]
    section.footer_distance = FOOTER_DISTANCE
    grid = section._sectPr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PITCH.twips))
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def _field_char(paragraph, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(element)


def _page_number(paragraph, align) -> None:
    """— N — : odd pages flush right, even pages flush left, one 四号 character in."""
    paragraph.style = "Footer"
    paragraph.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = SIZE_SIHAO
    else:
        paragraph.paragraph_format.left_indent = SIZE_SIHAO
    paragraph.add_run("— ")
    _field_char(paragraph, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    paragraph.add_run()._r.append(instruction)
    _field_char(paragraph, "separate")
    paragraph.add_run("1")
    _field_char(paragraph, "end")
    paragraph.add_run(" —")


# ---------------------------------------------------------------- properties


def _custom_properties(facts: dict[str, str]) -> bytes:
    """docProps/custom.xml: Word's 文件 → 属性 → 自定义 lists each fact by its Chinese name."""
    rows = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f'name="{escape(xml_safe(name), {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(xml_safe(value))}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(facts.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{rows}</Properties>"
    ).encode()


def _set_properties(document, title: str, facts: dict[str, str]) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props.title = xml_safe(title)
    props.subject = xml_safe(facts.get("会议", ""))
    props.author = xml_safe(facts.get("讲话人") or facts.get("召开机构") or "")
    props.category = xml_safe(facts.get("文种", ""))
    props.keywords = xml_safe("；".join(facts[k] for k in ("层级", "日期") if k in facts))
    props.comments = xml_safe("\n".join(f"{key}：{value}" for key, value in facts.items()))
    props.identifier = xml_safe(facts.get("档案库链接", ""))
    props.language = "zh-CN"
    props.last_modified_by = "讲话稿档案库"
    props.created = props.modified = now
    props.revision = 1
    if facts:
        package = document.part.package
        part = OpcPart(
            PackURI("/docProps/custom.xml"),
            CT.OFC_CUSTOM_PROPERTIES,
            _custom_properties(facts),
            package,
        )
        package.relate_to(part, RT.CUSTOM_PROPERTIES)


# ---------------------------------------------------------------- text


def _add_spans(paragraph, spans: list[Span], style: str | None = None) -> None:
    for span in spans:
        text = xml_safe(span.text)
        if not text:
            continue
        run = paragraph.add_run(text, style=style)
        if span.slot:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _add_part(document, part: Part, outline: bool) -> None:
    paragraphs = [] if outline else list(part.paragraphs)
    if part.heading:
        if part.run_in and not outline:
            paragraph = document.add_paragraph()
            _add_spans(paragraph, part.heading, style=RUN_IN_STYLE.format(rank=part.rank))
            _add_spans(paragraph, paragraphs.pop(0))
        else:
            _add_spans(document.add_paragraph(style=f"Heading {part.rank}"), part.heading)
    for spans in paragraphs:
        _add_spans(document.add_paragraph(), spans)


def build_docx(doc: SpeechDocument, facts: dict[str, str], *, outline: bool = False) -> bytes:
    """The .docx file's bytes: the whole speech, or with `outline` its title and headings."""
    document = Document()
    _set_up_styles(document)
    _set_up_page(document)
    _set_properties(document, doc.title, facts)
    body = document.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)  # the template's empty first paragraph
    document.add_paragraph(xml_safe(doc.title), style="Title")
    if doc.subtitle and not outline:
        document.add_paragraph(xml_safe(doc.subtitle), style="Subtitle")
    if doc.salutation and not outline:
        salutation = document.add_paragraph(xml_safe(doc.salutation))
        _indent_chars(salutation._p.get_or_add_pPr(), 0)  # 顶格
    for part in doc.parts:
        _add_part(document, part, outline)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
