"""Stage 1a, markup: what a web page or a converter left in the text, taken out before the text
is cut into lines — HTML tags and entities, a leaked style sheet, pinyin ruby, double primes used
as quote marks. Each step runs only when the text holds its tell-tale character."""

from __future__ import annotations

import html
import re

from .text import HAN

# CSS leaked from a page: rules (@page {…}, p.cjk {…}) and declarations (font-size:9pt;).
_CSS_PROPERTY = (
    r"(?:font-[a-z]+|margin(?:-[a-z]+)?|padding(?:-[a-z]+)?|line-height|text-[a-z-]+|color"
    r"|background|direction|orphans|widows|size|so-language|mso-[a-z-]+|layout-grid[a-z-]*)"
)
_CSS = re.compile(
    r"(?:[@A-Za-z0-9_.#-]{0,40}\s*\{[^{}\n]{0,400}?:[^{}\n]{0,400}\}\s*)+"
    f"|(?:[a-z]{{0,8}}=)?(?:{_CSS_PROPERTY}\\s*:\\s*[^;:\\n\u4e00-\u9fff]{{1,40}};?\\s*)+",
    re.I,
)
_CSS_SCRAPS = re.compile(r"\[标签[:：][^\]\n]{0,20}\]|^[!-~]{1,4}\s+(?=[\[\u4e00-\u9fff])", re.M)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6});?")
# Pages also cut the semicolon off (&rdquo下面…): the names a speech's text leaks get it back.
_UNTERMINATED = re.compile(r"&([lr][ds]quo|nbsp|mdash|hellip|middot)(?![;a-zA-Z])", re.I)
_HTML_TAG = re.compile(
    r"<(?P<block>/?(?:p|br|div|section|li|h[1-6])\b)?/?(?(block)|/?(?:span|strong|b|em|i|font|a|img)\b)"
    r"[^<>]{0,300}>",
    re.I,
)
# A Markdown export (a note app, a static site): front matter, heading marks, bold and italic
# marks, block-quote marks, images and links; read only when the text has a Markdown heading.
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_FRONT_MATTER = re.compile(r"\A\s*---\n(?:[^\n]*\n){1,20}?---\n")
_MD_MARKS = re.compile(
    r"^#{1,6}[ \t]+|^>[ \t]?|\*\*(?=\S)|(?<=\S)\*\*|^\*(?=[^*\s])|(?<=[^*\s])\*$",
    re.M,
)
_MD_BOLD_LINE = re.compile(r"^[ \t\u3000]*\*\*[^*\n]{2,80}\*\*", re.M)
_MD_BOLD = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]+\)")
# A footnote's mark ([^1]) and the note itself ([^1]: 根据录音整理…), a converter's [TOC] line
_MD_NOTE = re.compile(r"^\[\^\w+\]:[^\n]*$|\[\^\w+\]|^\[TOC\]$", re.M)
# A document site's watermark glued into the text: 精选优质文档-----倾情为你奉上, 专心---专注---专业
_DOC_WATERMARK = re.compile("精选优质文档-*倾情为你奉上|专心-*专注-*专业")
_TONE_MARK = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}"
# 紀(jì)念, 會(huì )議, 要(yào / yāo)求: one reading, or a polyphone's two, spaces as a site left them
_PINYIN = re.compile(f"(?<=[{HAN}])[(（] ?{_SYLLABLE}(?: ?/ ?{_SYLLABLE})? ?[)）]")


_LETTER_ZERO = re.compile(
    "(?<=[一二三四五六七八九〇零○])[OＯ0０](?=[一二三四五六七八九〇零○OＯ0０])"
    "|(?<=[一二三四五六七八九〇零○][OＯ0０])[OＯ0０]"
)


def strip_markup(text: str) -> str:
    if "O" in text or "Ｏ" in text or "0" in text or "０" in text:
        text = _LETTER_ZERO.sub("〇", text)  # 二O二四年, 二0二四年: a letter or a digit for 〇
    if "&" in text and _ENTITY.search(text):  # entities a page leaked (&ldquo;两个维护&rdquo;)
        text = html.unescape(_UNTERMINATED.sub(r"&\1;", text))
    if "【正】" in text:
        text = text.replace("【正】", "")  # a journal preview's mark where the text starts
    if "〝" in text or "〞" in text:
        text = text.replace("〝", "“").replace("〞", "”")  # double primes used as quote marks
    if ":" in text and ";" in text and _CSS.search(text):  # a declaration ends with ;
        # A page's style sheet leaked into the copy, with the markup scraps around it
        # (l> [标签:标题] @page {…} p.cjk {…}).
        text = _CSS_SCRAPS.sub("", _CSS.sub("", text))
    if "<" in text and _HTML_TAG.search(text):
        # A paragraph pasted with its markup (<p class="ql-block">…</p><br>): a block tag ends a
        # line, any other tag goes.
        text = _HTML_TAG.sub(lambda m: "\n" if m.group("block") else "", text)
    if _MD_HEADING.search(text):
        text = _MD_IMAGE.sub("", _MD_FRONT_MATTER.sub("", text))
        text = _MD_MARKS.sub("", _MD_LINK.sub(r"\1", _MD_NOTE.sub("", text)))
    elif "**" in text and len(_MD_BOLD_LINE.findall(text)) >= 2:
        text = _MD_BOLD.sub("", text)  # **一、…** a poster's bold headings, no other Markdown
    if "专" in text or "精选" in text:
        text = _DOC_WATERMARK.sub("\n", text)
    if _TONE_MARK.search(text):
        text = _PINYIN.sub("", text)  # 紀(jì)念 → 紀念: ruby a site inserted after characters
    return text
