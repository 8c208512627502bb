"""Turn the decoded text of a speech file into structured speeches.

Pure Python: no Django import. Text in, dataclasses out; never raises on arbitrary text except
NotASpeech for documents that are clearly not speeches.

Stages (see docs/parsing.md):
 1. normalise layout   – NFC, newlines, junk lines, truncation markers, wrapped/flattened lines
 2. split documents    – 篇一 / 【篇二】 / 第3篇
 3. header             – title, subtitle, speaker, date, salutation; junk before/around them
 4. body segmentation  – closing paragraphs, numbered markers (table SCHEMES), headings
 5. quotes and placeholders per section

Every detector works on `fold(text)`: a same-length copy with traditional characters mapped to
simplified ones, so offsets found on the folded copy cut the original text (stored as written).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ParsedQuote:
    position: int  # offset of `text` in ParsedSection.text
    text: str  # between the marks
    kind: str  # "quotation" | "slogan" | "document"
    speaker: str = ""  # e.g. 习近平总书记; blank when unattributed
    source: str = ""  # e.g. 党的十九大报告
    verb: str = ""  # 指出 / 强调 / …


@dataclass
class ParsedPlaceholder:
    position: int  # offset in ParsedSection.text
    text: str  # XX, ×××, 20XX年 …


@dataclass
class ParsedStageDirection:
    position: int  # offset in ParsedSection.text
    text: str  # as written, with its brackets: （鼓掌）


@dataclass
class ParsedSection:
    level: int  # 1 = top level
    kind: str  # "opening" | "body" | "closing"
    number: str = ""  # label as written: 一、 （一） 一是
    heading: str = ""  # without the label
    body: str = ""  # paragraphs separated by "\n"
    anchor: str = ""  # stable id used in URLs: s1, s2-1, opening, closing
    parent: int | None = None  # index of the parent in ParsedSpeech.sections
    quotes: list[ParsedQuote] = field(default_factory=list)
    placeholders: list[ParsedPlaceholder] = field(default_factory=list)
    # The punctuation that ended an inline heading (一是加强领导。…): kept out of `heading` so
    # headings read cleanly, kept here so that no character of the source is lost.
    heading_end: str = ""
    # True when `number` is not written before the heading but inside it (主持词: 下面进行第一项
    # 议程，…): the number is a label only and is not part of the text.
    label_inline: bool = False
    stage_directions: list[ParsedStageDirection] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.heading, self.body) if part)


@dataclass
class ParsedSpeech:
    title: str = ""
    subtitle: str = ""
    meeting: str = ""
    organisation: str = ""
    level: str = "未知"
    year: int | None = None
    date: dt.date | None = None
    speaker_name: str = ""
    speaker_role: str = ""
    genre: str = "讲话"
    salutation: str = ""
    sections: list[ParsedSection] = field(default_factory=list)  # document order
    warnings: list[dict[str, str]] = field(default_factory=list)  # {"code": …, "message": …}
    char_count: int = 0  # 字数 of the speech proper (title to end, no whitespace, no junk)
    text: str = ""  # this speech's own span of the document (junk removed), for hashing
    # Lines between the title and the salutation as written (——subtitle, speaker, date, 根据录音
    # 整理): the metadata above is parsed from them; kept so that no text is lost.
    front_matter: list[str] = field(default_factory=list)
    session: str = ""  # 第一次 / 十四届五次 as written in the meeting name


class NotASpeech(ValueError):
    """The document is not a speech (e.g. a news report); the message says why."""


# --------------------------------------------------------------------------------------------
# Characters and folding
# --------------------------------------------------------------------------------------------

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CN_DIGITS = "一二三四五六七八九十"
NUM = f"[{CN_DIGITS}]{{1,3}}"

# Traditional → simplified for the characters the detectors look at (structure words, titles,
# roles, administrative levels). One character to one character, so offsets survive folding.
_TRAD = (
    "縣县區区鄉乡鎮镇國国會会議议講讲話话詞词辭辞發发黨党課课結结總总綱纲開开閉闭學学們们"
    "導导領领組组屆届長长員员記记書书習习強强調调說说這这為为時时禮礼論论壇坛戰战統统務务"
    "體体業业經经濟济應应對对於于與与個个點点見见範范項项傳传達达貫贯徹彻協协設设讓让謝谢"
    "來来幹干職职責责爭争規规將将專专題题頭头問问聯联產产園园團团萬万億亿歷历處处舉举嚴严"
    "後后從从眾众農农勞劳觀观興兴實实際际幫帮帶带雙双單单營营環环態态質质資资費费邊边運运"
    "進进遠远選选還还過过關关間间陳陈係系衛卫藝艺廣广慶庆樂乐聽听辦办勢势動动勵励勝胜華华"
    "賓宾擴扩紀纪紅红線线練练細细終终維维網网綜综緊紧繼继續续號号東东車车軍军輕轻轉转週周"
    "錢钱鐵铁門门陣阵隊队階阶隨随隱隐難难雲云電电靈灵響响頁页順顺須须預预頻频顧顾風风飛飞"
    "館馆馬马驗验齊齐龍龙壹一貳二參三處处廳厅長长監监黨党團团標标準准聲声寫写讀读語语論论"
    "議议課课績绩級级區区屬属擔担務务據据備备數数歲岁辦办鄰邻權权歡欢賀贺詞词辭辞禮礼儀仪"
    "節节級级彙汇匯汇報报條条廠厂蘭兰圍围場场壓压夠够變变複复義义觀观記记誌志訓训設设許许"
    "評评識识證证認认調调談谈講讲謹谨護护豐丰貧贫貢贡買买賣卖質质趕赶車车軍军辭辞邊边鄉乡"
    "醫医針针銷销鍵键長长門门閱阅隊队雜杂雞鸡離离顏颜願愿類类飯饭養养驗验鬥斗鳥鸟齡龄"
    "啟启臺台灣湾港港傳传億亿優优們们倆俩價价儉俭兒儿黨党冊册準准劃划劍剑勞劳勸劝匯汇卻却"
    "厲厉參参雙双號号嚮向嗎吗園园圖图執执堅坚報报場场塊块墊垫壞坏夢梦奮奋婦妇嬰婴寶宝審审"
    "將将對对尋寻導导層层屆届歲岁島岛嶺岭幣币幫帮廣广張张彈弹徵征態态慮虑憲宪懷怀戲戏戶户"
    "擁拥擇择擴扩攜携斂敛斷断書书會会東东極极構构樣样標标機机檢检權权歸归殘残氣气漢汉潔洁"
    "災灾為为烏乌無无現现環环產产畫画當当療疗盡尽監监盤盘確确禮礼稅税穩稳窮穷築筑簡简糧粮"
    "約约紀纪級级紛纷紮扎組组細细紹绍終终經经綠绿綱纲網网緊紧線线締缔編编練练縣县總总績绩"
    "繁繁織织繩绳續续罰罚聖圣聯联職职膽胆臨临與与艱艰華华葉叶蘇苏處处衝冲規规視视覽览觸触"
    "詢询試试詳详誠诚誤误說说誰谁課课調调請请諸诸謀谋講讲識识譜谱議议護护讀读變变貫贯責责"
    "費费資资賴赖贊赞趨趋跡迹踐践車车軌轨較较輔辅輪轮辦办農农迴回遞递遲迟邁迈郵邮鄭郑醜丑"
    "釋释針针鋒锋錯错長长閃闪閒闲關关陸陆陽阳隊队際际雜杂雙双離离難难電电靜静響响順顺頓顿"
    "領领頭头題题額额顯显風风飛飞飲饮駐驻體体鬆松麼么黃黄齊齐歐欧後后偉伟謂谓罷罢優优揮挥"
)
_FOLD = str.maketrans({_TRAD[i]: _TRAD[i + 1] for i in range(0, len(_TRAD) - 1, 2)})
_FOLD.update(str.maketrans({"：": "：", "，": "，"}))


_HAS_TRAD = re.compile("[" + re.escape("".join(_TRAD[0::2])) + "]")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Same-length copy used for matching: traditional characters folded to simplified.
    Cached: each line is folded by several stages."""
    # str.translate is slow on long text; most speeches are simplified and need no folding.
    return text.translate(_FOLD) if _HAS_TRAD.search(text) else text


def nows(text: str) -> str:
    return "".join(text.split())


def cn_to_int(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23; digits as digits. None when it is not a numeral."""
    if numeral.isdigit():
        return int(numeral)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if not numeral:
        return None
    if "十" not in numeral:
        return digits.get(numeral) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    t = 1 if not tens else digits.get(tens)
    o = 0 if not ones else digits.get(ones)
    if t is None or o is None:
        return None
    return t * 10 + o


def year_to_int(text: str) -> int | None:
    """2020 or 二〇二〇 → 2020."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if all(c in digits for c in text):
        return int("".join(str(digits[c]) for c in text))
    return None


# --------------------------------------------------------------------------------------------
# Stage 1: layout and junk lines
# --------------------------------------------------------------------------------------------

TRUNCATED = "\x00truncated\x00"  # sentinel line standing for a paywall/truncation marker

_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_TRUNC_MARK = re.compile(
    # 省略 alone is an ordinary verb (要省略繁琐环节): a marker has a count, brackets or ellipses.
    r"[…\.。]{0,6}[（(【\[]?\s*(?:此处|以下|中间)?(?:内容)?(?:已)?省略\s*\d+\s*字(?:内容)?\s*[）)】\]]?[…\.。]{0,6}"
    r"|(?:…{1,3}|\.{3,})\s*[（(【\[]?(?:此处|以下|中间)?(?:内容)?(?:已)?省略[^。，\n]{0,8}?[）)】\]]?\s*(?:…{1,3}|\.{3,})"
    r"|[（(【\[](?:此处|以下|中间)?(?:内容)?(?:已)?省略[^）)】\]\n]{0,10}[）)】\]]"
    r"|预览结束[，,。]?(?:登录后查看全文|请?登录后?查看全文|下载后查看全文)?"
    r"|(?:请)?登录后(?:查看|阅读)(?:全文|完整内容)"
    r"|试读结束|以上为预览内容|下载后可阅读全文|(?:点击)?查看完整版|未完待续"
    r"|剩余\s*\d+\s*(?:页|字)未读[，,]?(?:继续阅读)?"
)
_TRUNC_HINT = re.compile(
    "省略|預覽|预览|登录|登錄|试读|試讀|下载后|下載後|查看完整|未完待续|未完待續|剩余|剩餘"
)
_PAGE_MARK = re.compile(
    r"^(?:第\s*\d+\s*页\s*(?:[，,/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页"
    r"|[—\-－–―─]{1,3}\s*\d{1,3}\s*[—\-－–―─]{1,3}|\d{1,3}\s*/\s*\d{1,3}|\d{1,3}|page\s*\d+)$",
    re.I,
)
_FORUM_LINE = re.compile(
    r"^(?:本帖最后由.*编辑|发表于\s*\d.*|.*只看该作者.*|楼主|沙发|板凳|回复|举报|收藏|分享"
    r"|查看[:：]\s*\d+.*|\d+\s*楼|回复[:：]\s*\d+.*|引用|使用道具|\[[^\]]{1,10}\]\s*.*)$"
)
_FOOTER_START = re.compile(
    r"^(?:更多相关|本文链接|原文链接|文章链接|相关文章|相关推荐|推荐阅读|延伸阅读|猜你喜欢|热门文章|热门推荐"
    r"|上一篇|下一篇|用户评论|网友评论|发表评论|评论列表|扫码|扫一扫|[（(]?责任编辑|免责声明|版权声明"
    r"|相关范文|更多范文|精选范文|本文来源|文章来源)"
)
_JUNK_START = re.compile(
    r"^(?:仅供|禁止外传|内部资料|当前位置|您现在的位置|位置[:：]|首页|发布时间|发布日期|更新时间|时间[:：]"
    r"|来源[:：]|作者[:：]|编辑[:：]|阅读|浏览|点击|字数|下载|上传|分享|收藏|打印|关闭|返回|会员|订阅|现在订阅"
    r"|开通|充值|VIP|vip|QQ|qq|微信|公众号|关注|扫码|扫一扫|举报|【打击|【会员|以下是|小编|本站|本网"
    r"|欢迎|免费|声明|版权|Copyright|©|百度文库|道客巴巴|豆丁|原创|精品|www\.|http)"
)
_JUNK_ANY = re.compile(
    r"仅供学习|禁止外传|倒卖|会员|订阅|QQ群|Q群|微信群|公众号|二维码|扫码|下载|VIP|vip|供大家参考|欢迎阅读"
    r"|小编|范文|阅读次数|阅读量|发布时间|版权所有|侵权|联系删除|www\.|https?://|\.com|\.cn|文库|文档"
    r"|资料|权益|平台|继续阅读|全文|精品|福利"
)
_SENTENCE_END = "。！？!?…"
_SENTENCE_MARK = re.compile("[。！？]")
_MID_SENTENCE_END = re.compile("[。！？][^。！？]")
_SENTENCE_SPLIT = re.compile("[。！？!?]")
_INNER_INDENT = re.compile("\u3000{2,}| {6,}")
_NOT_A_NAME_LINE = re.compile("[。！？：:“”]")
_GENRE_INSIDE = re.compile("党课|主持词|讲话提纲")
_BOOK_TITLE = re.compile("《([^《》\n]{1,80})》")
_JAMMER = re.compile(
    r"(?:\s*[!-~]{1,3}(?=\s|$)){4,}\s*$|(?<=[。！？；，])(?:\s*[!-~]{1,3}(?=\s)){3,}\s*[!-~]{1,3}(?=[^\x00-\x7f])"
)


def is_junk_line(line: str) -> bool:
    """Score a whole line as site furniture. Keywords alone never decide inside long sentences:
    来源于企业的意见 is body text, 来源：公文网 is junk."""
    s = nows(fold(line))
    if not s:
        return False
    if _PAGE_MARK.match(s) or _FORUM_LINE.match(s):
        return True
    score = 0
    if _JUNK_START.match(s):
        score += 3
    if _JUNK_ANY.search(s):
        score += 2
    if len(s) <= 30:
        score += 1
    if s[-1] not in _SENTENCE_END:
        score += 1
    if len(s) > 40 and _MID_SENTENCE_END.search(s):
        score -= 3
    return score >= 4


def _strip_jammer(line: str) -> str:
    """Forum anti-scraping tokens: runs of 1–3-character ASCII scraps separated by spaces
    (( W% t6 Q# 7). A run needs two symbols, so 5G, GDP and English words stay."""

    def drop(m: re.Match[str]) -> str:
        chunk = m.group(0)
        symbols = sum(1 for c in chunk if not c.isalnum() and not c.isspace())
        return "" if symbols >= 2 else chunk

    return _JAMMER.sub(drop, line)


_CJK_SPACE = re.compile(
    f"(?<=[{HAN}，。、；：！？“”（）])[ \u00a0]+(?=[{HAN}，。、；：！？“”（）])"
)
_LABEL_START = re.compile(
    f"^(?:{NUM}[、．.]|第{NUM}(?:部分|个?方面|个问题)|[（(]{NUM}[）)]|\\d{{1,2}}[.．、]|[（(]\\d{{1,2}}[）)]"
    f"|{NUM}[是要]|其[{CN_DIGITS}]|第{NUM}[，,]|首先|其次)"
)
# A wrapped line never continues onto one of these.
_UNIT_START = re.compile(f"{_LABEL_START.pattern}|^(?:同志们|——|最后)")


def _pdf_spaced(line: str) -> bool:
    """Spaces inside words from PDF copies: most gaps between Han characters are spaces."""
    gaps = len(_CJK_SPACE.findall(line))
    return gaps >= 3 and gaps * 4 >= len(line.replace(" ", ""))


def normalise_layout(text: str) -> list[str]:
    """Decoded text → clean lines: NFC, newlines, junk/truncation removal, joined wrapped lines."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    raw: list[str] = []
    for line in text.split("\n"):
        # Leading indentation is kept until wrapped lines are joined: it marks a paragraph start
        # and counts towards the wrap width. Runs of ideographic spaces inside a line are the
        # paragraph indents of a flattened text.
        body = line.lstrip(" \u3000\u00a0")
        indent = line[: len(line) - len(body)]
        pieces = _INNER_INDENT.split(body.rstrip())
        raw.append(indent + pieces[0])
        raw.extend("\u3000\u3000" + piece for piece in pieces[1:])
    lines: list[str] = []
    # Cheap whole-text checks first: most files have no paywall marker and no scraping tokens.
    may_truncate = bool(_TRUNC_HINT.search(text))
    may_jam = bool(re.search(r"[!-~]\s+[!-~]", text))
    for line in raw:
        if may_jam:
            line = _strip_jammer(line)
        line = line.rstrip(" \u3000\u00a0")
        if not line.strip():
            lines.append("")
            continue
        if " " in line and _pdf_spaced(line):
            line = _CJK_SPACE.sub("", line)
        if may_truncate:
            lines.extend(_split_truncation(line))
        else:
            lines.append(line)
    lines = [ln for ln in lines if not (ln and _PAGE_MARK.match(nows(ln)))]
    lines = _resegment_flat(lines)
    return _join_wrapped(lines)


def _split_truncation(line: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in _TRUNC_MARK.finditer(fold(line)):
        if not m.group(0).strip("…。. "):
            continue
        before = line[pos : m.start()].rstrip()
        if before.strip():
            out.append(before)
        out.append(TRUNCATED)
        pos = m.end()
    rest = line[pos:].rstrip() if pos == 0 else line[pos:].strip()
    if rest.strip() or not out:
        out.append(rest)
    return out


_FLAT_BREAK = re.compile(
    f"(?<=[。！？；”」])(?=(?:{NUM}、|第{NUM}部分|[（(]{NUM}[）)]|同志们[，,！]|谢谢大家))"
)


def _resegment_flat(lines: list[str]) -> list[str]:
    """A whole speech flattened into one line: a space between two Han characters in a long
    line was a line break; and break before top-level labels (一、, 同志们，) after a sentence
    end, so later stages see paragraphs again."""
    out: list[str] = []
    for line in lines:
        if len(line) < 150:
            out.append(line)
            continue
        gaps = list(_FLAT_GAP.finditer(line))
        pieces = [line]
        if len(gaps) >= 2 and len(line) / (len(gaps) + 1) > 15:
            bounds = [0, *(x for g in gaps for x in (g.start(), g.end())), len(line)]
            pieces = [line[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
        for piece in pieces:
            cuts = [m.start() for m in _FLAT_BREAK.finditer(fold(piece))]
            if len(cuts) < 2:
                out.append(piece)
                continue
            start = 0
            for cut in cuts:
                out.append(piece[start:cut])
                start = cut
            out.append(piece[start:])
    return out


_FLAT_GAP = re.compile(f"(?<=[{HAN}。！？；：”」）)])[ \u3000\u00a0]+(?=[{HAN}（(“「])")


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (PDF copies): a line at the document's wrap width, or ending
    inside a sentence (，、), continues on the next line unless that one starts a new unit."""
    lengths = Counter(len(ln) for ln in lines if len(ln) >= 10 and ln != TRUNCATED)
    width = 0
    if lengths:
        common, count = lengths.most_common(1)[0]
        if count >= 3 and count * 10 >= 3 * sum(lengths.values()) and common >= 12:
            width = common
    out: list[str] = []
    for line in lines:
        if not line or line == TRUNCATED:
            out.append(line)
            continue
        prev = out[-1] if out else ""
        if prev and prev != TRUNCATED and _continues(prev, line, width):
            out[-1] = prev + line
        else:
            out.append(line)
    return [ln.strip(" \u3000\u00a0") for ln in out if ln.strip()]


def _continues(prev: str, line: str, width: int) -> bool:
    if line[0] in " \u3000\u00a0" or _UNIT_START.match(fold(line)):
        return False
    if line[0] in "，。、；：！？”’」』》）":
        return True
    if prev[-1] in "，、（“‘「『《":
        return True
    return bool(width) and len(prev) >= width and prev[-1] not in "：:"


# --------------------------------------------------------------------------------------------
# Stage 2: several speeches in one file
# --------------------------------------------------------------------------------------------

_PIAN = re.compile(
    f"^[【\\[（(]?(?:篇\\s*(?:{NUM}|\\d+)|第\\s*(?:{NUM}|\\d+)\\s*篇|范文\\s*(?:{NUM}|\\d+))[】\\]）)]?[：:.、\\s]*"
)


def split_documents(lines: list[str]) -> list[list[str]]:
    marks = [i for i, ln in enumerate(lines) if _PIAN.match(fold(ln))]
    if len(marks) < 2:
        return [lines]
    docs: list[list[str]] = []
    for n, start in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else len(lines)
        first = lines[start][_PIAN.match(fold(lines[start])).end() :].strip()  # type: ignore[union-attr]
        docs.append(([first] if first else []) + lines[start + 1 : end])
    return docs


# --------------------------------------------------------------------------------------------
# Stage 3: header
# --------------------------------------------------------------------------------------------

GENRES: list[tuple[str, str]] = [  # (pattern in the title, genre); first match wins
    (r"讲话提纲|发言提纲|提纲", "讲话提纲"),
    (r"主持词|主持稿|主持讲话|串词|主持人词", "主持词"),
    (r"总结讲话|小结讲话|总结发言", "总结讲话"),
    (r"党课", "党课"),
    (r"致辞|致词|贺词|欢迎词|答谢词|祝酒词|贺信", "致辞"),
    (r"发言", "发言"),
    (r"讲话|讲稿|开幕词|闭幕词|报告|动员令", "讲话"),
]
_GENRE_WORD = "|".join(p for p, _ in GENRES)
# A title may end with a note or the date in brackets: …的讲话（摘要） / …的讲话（2020年3月5日）.
_TITLE_END = re.compile(f"(?:{_GENRE_WORD})稿?(?:[（(][^）)]{{1,16}}[）)])?$")
_SAL = re.compile(
    r"^(?P<sal>(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们|同学们|老师们|女士们|先生们|大家|全体|在座的)"
    r"[^：:。！？!?“”「」\n]{0,70}?)[：:]"
)
_SAL_NOUN = re.compile(
    r"(?:们|领导|来宾|嘉宾|代表|同志|朋友|委员|书记|老师|同学|家长|各位|校友|乡亲)$"
)
_SAL_INLINE = re.compile(
    r"(?<=讲话|致辞|致词|贺词|幕词|发言|党课|提纲|持词|讲稿)\s*(?=(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们)[^：:。]{0,60}[：:])"
)
_DATE = re.compile(
    r"(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
)
ROLE_SUFFIX = (
    r"副?书记|常务副[县市区省镇乡]长|[县市区省镇乡村州]长|副?主任|副?部长|副?局长|副?厅长|副?处长|副?科长"
    r"|副?主席|常委|委员|秘书长|副?校长|副?院长|总?经理|董事长|所长|站长|队长|会长|理事长|组长|社长|行长"
    r"|检察长|庭长|司令员|政委|负责人|党组成员|主任委员|指挥长|总指挥"
)
_ROLE_NAME = re.compile(f"^(?P<role>.*(?:{ROLE_SUFFIX}))(?P<name>[{HAN}×X某]{{2,4}})$")
_NAME = re.compile(f"^[{HAN}×X某]{{2,4}}$")
_NOTE_LINE = re.compile(
    r"^[（(]?(?:根据录音整理|根据讲话录音整理|录音整理|整理稿|摘要|有删节|全文|讲话全文)[）)]?$"
)
_OUTLINE_HEAD = re.compile(r"^[【\[]?(?:目录|提纲|内容提要|主要内容|讲话要点)[】\]]?[:：]?$")
_WS_RUN = re.compile(r"\s{2,}")
_DASH = re.compile(r"^[—\-－–―─]{1,4}\s*")


def _title_candidate(line: str) -> bool:
    f = nows(fold(line))
    if not f or len(f) > 90 or is_junk_line(line):
        return False
    if _SENTENCE_MARK.search(f[:-1]) or f.startswith(("以下", "下面", "刚才", "今天")):
        return False
    f = _DASH.sub("", f)
    if _TITLE_END.search(f):
        return True
    return len(f) <= 50 and bool(_GENRE_INSIDE.search(f))


def _split_glued(lines: list[str]) -> list[str]:
    """Title glued to the salutation (…的讲话同志们：今天…) and salutation glued to the first
    paragraph (同志们：今天…) become separate lines."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if n < 12:
            m = _SAL_INLINE.search(fold(line))
            if m and _title_candidate(line[: m.start()]):
                out.append(line[: m.start()].strip())
                line = line[m.end() :]
        out.append(line)
    return out


def _salutation(line: str) -> str:
    """The salutation at the start of `line`, colon included (同志们：), or "".
    Its address must end with a noun (们, 领导, 来宾 …) so 各位要注意：… is not one."""
    f = fold(line)
    m = _SAL.match(f)
    if not m:
        return ""
    sal = m.group("sal")
    if not _SAL_NOUN.search(sal.rstrip("，,、 ")) or re.search(r"指出|强调|认为|要求", sal):
        return ""
    return line[: m.end()]


@dataclass
class _Header:
    title: str = ""
    subtitle: str = ""
    front: list[str] = field(default_factory=list)
    salutation: str = ""
    body: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the speech's own lines, junk removed
    found_title: bool = False


def _is_header_line(line: str) -> bool:
    f = nows(fold(line))
    if _DASH.match(line) or _NOTE_LINE.match(f) or (_DATE.search(f) and len(f) <= 30):
        return True
    return _parse_speaker(line) != ("", "") and len(f) <= 30


def read_header(lines: list[str]) -> _Header:
    """Find title and salutation; drop everything before the title; classify the lines between;
    cut the footer. What is left after the salutation is the body."""
    lines = _split_glued(lines)
    head = _Header()
    sal_at = _find_salutation(lines)
    title_at, subtitle_line = _find_title(lines, sal_at)
    i = 0
    if title_at is not None:
        title_lines = _title_lines(lines, title_at, subtitle_line)
        head.found_title = True
        # Whitespace runs are squeezed so a title stays a title-sized string (PDF spacing).
        head.title = _WS_RUN.sub(lambda m: m.group(0)[0], "".join(ln.strip() for ln in title_lines))
        head.kept.extend(title_lines)
        i = title_at + 1
    end = sal_at if sal_at is not None and sal_at >= i else None
    i = _read_front(head, lines, i, end, subtitle_line)
    if end is not None:
        line = lines[end]
        sal = _salutation(line)
        head.salutation = sal.strip()
        head.kept.append(line)
        rest = line[len(sal) :].strip()
        if rest:
            head.body.append(rest)  # 同志们：今天… — the salutation glued to the first paragraph
        i = end + 1
    for line in _without_footer(lines[i:]):
        head.body.append(line)
        if line != TRUNCATED:
            head.kept.append(line)
    return head


def _find_salutation(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:80]):
        if line != TRUNCATED and _salutation(line) and (len(nows(line)) <= 90 or i < 25):
            return i
    return None


def _find_title(lines: list[str], sal_at: int | None) -> tuple[int | None, str]:
    """(index of the title line, the ——subtitle line when the title is a slogan above it).
    The last candidate before the salutation wins: site lines that repeat the title
    ([公文写作] 在…讲话) and a title printed twice both come before the real one."""
    limit = sal_at if sal_at is not None else min(len(lines), 30)
    candidates = [i for i in range(limit) if lines[i] != TRUNCATED and _title_candidate(lines[i])]
    if sal_at is None:
        candidates = candidates[:1]
    if candidates:
        at = candidates[-1]
        if _DASH.match(lines[at]):
            # ——在…上的讲话 under a slogan main title: the title is the line above.
            above = [i for i in range(at) if lines[i].strip() and not is_junk_line(lines[i])]
            if above and not _DASH.match(lines[above[-1]]) and lines[above[-1]] != TRUNCATED:
                return above[-1], lines[at]
        return at, ""
    if sal_at is None:
        return None, ""
    # No genre word: the nearest short line above the salutation that is not a speaker, date or
    # junk line is the title (专题党课：… is caught above; this is for bare slogans).
    for i in range(sal_at - 1, -1, -1):
        line = lines[i]
        if line and line != TRUNCATED and not is_junk_line(line) and not _is_header_line(line):
            if len(nows(line)) <= 50 and not _SENTENCE_MARK.search(line):
                return i, ""
            break
    return None, ""


def _title_lines(lines: list[str], at: int, subtitle_line: str) -> list[str]:
    """The title line, plus the line above when the title was split in two: the upper half
    ends mid-phrase and the pair reads as one title (在…会议暨 / …上的讲话)."""
    if at == 0 or subtitle_line:
        return [lines[at]]
    above = lines[at - 1]
    fa, ft = nows(fold(above)), nows(fold(lines[at]))
    if (
        fa
        and above != TRUNCATED
        and not is_junk_line(above)
        and len(fa) + len(ft) <= 90
        and fa[-1] not in "。！？：:，,；"
        and (("在" in fa and "在" not in ft) or fa[-1] in "暨和及与")
    ):
        return [above, lines[at]]
    return [lines[at]]


def _read_front(head: _Header, lines: list[str], i: int, end: int | None, subtitle: str) -> int:
    """Classify the lines between title and salutation (or, with no salutation, the header-like
    lines after the title); return the index where the body starts."""
    norm_title = nows(fold(head.title))
    in_outline = False
    while i < len(lines) and (end is None or i < end):
        line = lines[i]
        if line == TRUNCATED:
            head.body.append(line)
            i += 1
            continue
        f = nows(fold(line))
        if _OUTLINE_HEAD.match(f) or (in_outline and len(f) <= 40 and not _SENTENCE_MARK.search(f)):
            in_outline = True  # 目录/【提纲】 and the heading list under it
            i += 1
            continue
        in_outline = False
        same_as_title = f == norm_title
        if end is None and not (_is_header_line(line) or is_junk_line(line) or same_as_title):
            break
        if same_as_title or is_junk_line(line):
            i += 1  # a repeated title or site furniture
            continue
        if (
            _DASH.match(line)
            and not head.subtitle
            and (not head.front or line == subtitle)
            and len(nows(line)) <= 100
        ):
            head.subtitle = _DASH.sub("", line).strip()
        head.front.append(line)
        head.kept.append(line)
        i += 1
    return i


def _without_footer(body: list[str]) -> list[str]:
    """Body lines up to the first footer line (本文链接, 相关文章 …), junk lines removed."""
    for n, line in enumerate(body):
        if line != TRUNCATED and _FOOTER_START.match(nows(fold(line))):
            body = body[:n]
            break
    return [
        line
        for line in body
        if line == TRUNCATED or not is_junk_line(line) or _LABEL_START.match(fold(line))
    ]


def _parse_speaker(line: str) -> tuple[str, str]:
    """(role, name) of a speaker line: 县委书记　张　三 / 县委副书记、县长王海涛 / （县长 吴芳）."""
    s = _DATE.sub("", line).strip().strip("（）()[]【】 \u3000")
    if not s or len(nows(s)) > 30 or _NOT_A_NAME_LINE.search(s):
        return "", ""
    parts = s.split(maxsplit=1)
    if len(parts) == 2:
        # Role and name set apart by spaces: any role word ending a post (市级总河长) will do.
        role, name = parts[0], nows(parts[1])
        if _NAME.match(name) and re.search(
            f"(?:{ROLE_SUFFIX}|[长记任席员委官理事师])$", fold(role)
        ):
            return role, name
    compact = nows(s)
    m = _ROLE_NAME.match(fold(compact))
    if m:
        return compact[: m.end("role")], compact[m.start("name") :]
    return "", ""


def _date_from(lines: list[str]) -> tuple[dt.date | None, int | None]:
    for line in lines:
        m = _DATE.search(nows(line))
        if not m:
            continue
        year = year_to_int(m.group("y"))
        month = cn_to_int(m.group("m"))
        day = cn_to_int(m.group("d")) if m.group("d") else None
        if year is None or not 1900 <= year <= 2100:
            continue
        if month and day:
            try:
                return dt.date(year, month, day), year
            except ValueError:
                return None, year
        return None, year
    return None, None


# Administrative level: the first of these words in the meeting (else the title) decides.
LEVELS: list[tuple[str, str]] = [
    ("全国", r"全国|国务院|中央(?!八项)"),
    ("省", r"省(?!钱|力|略|时|份|察|悟)"),
    ("市", r"市(?!场|民|值|面|容|井)|(?<=[全自治])州|州(?=委|政府|人大|政协)"),
    ("县", r"县"),
    ("区", r"(?<![社园景山地城片禁误盲校辖街湾])区(?!域|别|分|块|间)"),
    ("乡镇", r"镇|乡(?!村|愁|亲|土|贤|情)"),
    ("村", r"(?<![农乡])村"),
    ("单位", r"学校|全校|校(?!园|准|对)|公司|集团|单位|医院"),
]
_LEVEL = re.compile("|".join(f"(?P<l{i}>{p})" for i, (_, p) in enumerate(LEVELS)))
_SESSION = re.compile(
    f"(?:\\d{{4}}|[〇零○一二三四五六七八九]{{4}}|20[Xx×]{{2}})年度?|第(?:{NUM}|\\d+)[次届]|{NUM}届(?:{NUM}次)?"
    f"|(?<=[委会组府])(?:{NUM}次)"
)
# A convening body, not a place or a school: 县委…领导小组, 市委, 中共XX县委, 市政府, 镇党委.
_ORGAN_END = re.compile(
    r"(?:委|委员会|党组|小组|中心组|政府|常委会|人大|政协|支部|总支|党工委|办公室)$"
)
_ORGAN = re.compile(
    r"^(?P<org>.+?(?:常委会|党组|领导小组|委员会|党委|党工委|政府|人大常委会|政协))(?:（扩大）)?(?:会议|全体会议|扩大会议|专题会议|学习会)$"
)


_MEETING_ZAI = re.compile(
    f"在(?P<m>.+?)(?:上|中|时|期间|之际|前)的(?:\\S{{0,6}}?)(?:{_GENRE_WORD})"
)
_MEETING_STEM = re.compile(f"^(?P<m>.+?)(?:上的|上|的)?(?:{_GENRE_WORD})稿?$")
_MEETING_WORD = re.compile("会|论坛|仪式|典礼|开幕式|闭幕式|班|节")
_SESSION_LABEL = re.compile(f"第(?:{NUM}|\\d+)次|{NUM}届{NUM}次|第(?:{NUM}|\\d+)届")


def _meeting(title: str, subtitle: str) -> str:
    """The name between 在 and 上的讲话 (in the subtitle when the title is a slogan), else the
    stem of a title without 在 (全市组织工作会议讲话) when it names a meeting."""
    for text in (subtitle, title) if "在" in fold(subtitle) else (title, subtitle):
        m = _MEETING_ZAI.search(fold(text))
        if m:
            return text[m.start("m") : m.end("m")]
    f = fold(title)
    m = _MEETING_STEM.match(f)
    if m and _MEETING_WORD.search(m.group("m")) and "：" not in f:
        return title[: m.end("m")]
    return ""


def _organisation(meeting: str) -> tuple[str, str]:
    """(organisation, session) from the meeting name: the part before the year or session
    (县委统一战线工作领导小组|2020年第一次会议) when it names a convening body."""
    f = fold(meeting)
    sm = _SESSION_LABEL.search(f)
    session = meeting[sm.start() : sm.end()] if sm else ""
    m = _SESSION.search(f)
    if m:
        org = f[: m.start()]
        if (
            _ORGAN_END.search(org) or org.startswith(("中共", "中国共产党"))
        ) and not org.startswith("全"):
            return meeting[: m.start()], session
        return "", session
    m2 = _ORGAN.match(f)
    if m2 and not f.startswith("全"):
        return meeting[: m2.end("org")], session
    return "", session


def _level(*texts: str) -> str:
    for text in texts:
        m = _LEVEL.search(fold(text))
        if m:
            return LEVELS[int(m.lastgroup[1:])][0]  # type: ignore[index]
    return "未知"


_YEAR = re.compile("(\\d{4}|[〇零○一二三四五六七八九]{4})年")


def _year(*texts: str) -> int | None:
    for text in texts:
        m = _YEAR.search(text)
        if m:
            year = year_to_int(m.group(1))
            if year and 1900 <= year <= 2100:
                return year
    return None


def _genre(title: str, subtitle: str) -> str:
    f = fold(title + subtitle)
    for pattern, genre in GENRES:
        if re.search(pattern, f):
            return genre
    return ""


# --------------------------------------------------------------------------------------------
# Stage 4: body segmentation
# --------------------------------------------------------------------------------------------

LAST = -1  # value of 最后: continues a 首先/其次 list whatever its length


@dataclass(frozen=True)
class Scheme:
    """One numbering style. `pattern` matches a label at a position (group n = the numeral).
    inline: may start after a clause boundary inside a paragraph (一是…；二是…).
    needs_pair: a single item is not a list (第一时间 → no; 第一，…第二，… → yes).
    label_in_heading: the label sits inside the heading sentence (下面进行第一项议程，…).
    starts: for inline styles, the characters a label can begin with (a cheap pre-filter)."""

    name: str
    pattern: re.Pattern[str]
    inline: bool = False
    needs_pair: bool = True
    label_in_heading: bool = False
    value: Callable[[str], int | None] = cn_to_int
    number: Callable[[re.Match[str]], str] = lambda m: m.group(0)
    starts: str = ""


_SEQ_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "第三": 3, "最后": LAST}

# Adding a numbering style = adding a row. Order matters only when two patterns match at the
# same place (the first wins). Levels are not fixed here: they follow first appearance.
SCHEMES: list[Scheme] = [
    Scheme(
        "cn_dun", re.compile(f"(?P<n>{NUM})[、．.](?![{CN_DIGITS}百千万\\d月日])"), needs_pair=False
    ),
    Scheme("part", re.compile(f"第(?P<n>{NUM})部分[：:，,、]?"), needs_pair=False),
    Scheme("aspect", re.compile(f"第(?P<n>{NUM})个?(?:方面|问题)[：:，,、]?"), needs_pair=False),
    Scheme(
        "agenda",
        re.compile(f"^[^。！？]{{0,12}}?第(?P<n>{NUM})项(?:议程|[，,：:])"),
        needs_pair=False,
        label_in_heading=True,
        number=lambda m: f"第{m.group('n')}项",
    ),
    Scheme("paren_cn", re.compile(f"[（(](?P<n>{NUM})[）)](?![{CN_DIGITS}])")),
    Scheme("di_comma", re.compile(f"第(?P<n>{NUM})[，,、：:]"), inline=True, starts="第"),
    Scheme("arabic", re.compile(r"(?P<n>\d{1,2})(?:[.．](?![\d])|、(?![\d月日年]))")),
    Scheme("paren_arabic", re.compile(r"[（(](?P<n>\d{1,2})[）)]")),
    Scheme("arabic_paren", re.compile(r"(?P<n>\d{1,2})[）)](?!\d)")),
    Scheme(
        "roman",
        re.compile(r"(?P<n>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[、.．]?"),
        value=lambda s: "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ".index(s) + 1,
    ),
    Scheme(
        "circled", re.compile(r"(?P<n>[①②③④⑤⑥⑦⑧⑨⑩])"), value=lambda s: "①②③④⑤⑥⑦⑧⑨⑩".index(s) + 1
    ),
    Scheme(
        "seq_words",
        re.compile(r"(?P<n>首先|其次|再次|再者|最后)[，,：:]"),
        inline=True,
        value=lambda s: _SEQ_WORDS.get(s),
        starts="首其再最",
    ),
    Scheme("shi", re.compile(f"(?P<n>{NUM})是(?![否非])"), inline=True, starts=CN_DIGITS),
    Scheme("yao", re.compile(f"(?P<n>{NUM})要(?![求素件点])"), inline=True, starts=CN_DIGITS),
    Scheme("qi", re.compile(f"其(?P<n>[{CN_DIGITS}])[，,、：:]?"), inline=True, starts="其"),
]
_INLINE_BEFORE = "。！？；：，、”」』）)!?;:"
_TERMINATORS = "。！？；!?;"
_OPEN_Q = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}
_QUOTE_MARK = re.compile('[“”「」『』‘’"]')


@dataclass
class _Marker:
    para: int
    offset: int
    end: int  # end of the label (== offset for label_in_heading)
    scheme: Scheme
    value: int
    number: str
    level: int = 0
    run: int = -1  # index of the first marker of the list this one belongs to


# Where a label may start: a paragraph start, or (inline styles) right after a clause boundary.
_INLINE_STARTS = "".join(sorted({c for scheme in SCHEMES if scheme.inline for c in scheme.starts}))
_LABEL_AT = re.compile(f"(?<=[{re.escape(_INLINE_BEFORE)}])(?=[{re.escape(_INLINE_STARTS)}])")


def _find_markers(paras: list[str]) -> list[_Marker]:
    """Every label that could number a section, by position; the first scheme in SCHEMES that
    matches at a position wins it."""
    found: list[_Marker] = []
    for p, para in enumerate(paras):
        f = fold(para)
        positions = [0, *(m.start() for m in _LABEL_AT.finditer(f))]
        for at in positions:
            for scheme in SCHEMES:
                if at > 0 and (not scheme.inline or scheme.label_in_heading):
                    continue
                m = scheme.pattern.match(f, at)
                if not m:
                    continue
                value = scheme.value(m.group("n"))
                if value is None:
                    continue
                end = at if scheme.label_in_heading else m.end()
                if not scheme.label_in_heading and end >= len(f.rstrip()):
                    continue  # a label with nothing after it is not a heading
                number = scheme.number(m) if scheme.label_in_heading else para[at:end]
                found.append(_Marker(p, at, end, scheme, value, number))
                break
    return found


def _nest(markers: list[_Marker]) -> list[_Marker]:
    """Keep markers that run in sequence; give each a level by the order in which numbering
    styles open (a stack of active lists). Lone items of needs_pair styles are dropped and the
    walk repeats (a few times at most: pathological input must not go quadratic)."""
    rejected: set[int] = set()
    block_present = any(not m.scheme.inline and m.value == 1 for m in markers)
    for _ in range(6):
        accepted = _walk(markers, rejected, block_present)
        lonely = {
            items[0]
            for items in _runs(markers, accepted)
            if len(items) == 1 and markers[items[0]].scheme.needs_pair
        }
        if not lonely:
            break
        rejected |= lonely
    return [markers[i] for i in accepted if i not in rejected]


def _walk(markers: list[_Marker], rejected: set[int], block_present: bool) -> list[int]:
    """One pass over the markers; returns the indices accepted, with levels and runs set."""
    accepted: list[int] = []
    stack: list[list] = []  # open lists: [scheme name, last value, index of the first item]
    for idx, m in enumerate(markers):
        if idx in rejected:
            continue
        k = next((j for j in range(len(stack) - 1, -1, -1) if stack[j][0] == m.scheme.name), None)
        if k is not None:
            last = stack[k][1]
            if m.value == last + 1 or (m.value == LAST and last >= 1):
                del stack[k + 1 :]
                stack[k][1] = last + 1
            elif m.value == 1 and k == len(stack) - 1 and last >= 2:
                stack[k] = [m.scheme.name, 1, idx]  # a second 一是…二是… list under one heading
            else:
                continue
            m.level, m.run = k + 1, stack[k][2]
            accepted.append(idx)
            continue
        if m.value != 1:
            continue
        if not stack and m.scheme.inline and (block_present or m.offset != 0):
            continue  # 一是 in the opening, or a top level of 一是 under 一、 headings
        m.level, m.run = len(stack) + 1, idx
        stack.append([m.scheme.name, 1, idx])
        accepted.append(idx)
    return accepted


def _runs(markers: list[_Marker], accepted: list[int]) -> list[list[int]]:
    """Accepted marker indices grouped by the list they belong to (set by _walk)."""
    runs: dict[int, list[int]] = {}
    for i in accepted:
        runs.setdefault(markers[i].run, []).append(i)
    return list(runs.values())


def _quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Outer quotes of one paragraph: (start of inner text, end of inner text, closed?)."""
    spans: list[tuple[int, int, bool]] = []
    marks = [(m.start(), m.group(0)) for m in _QUOTE_MARK.finditer(text)]
    k = 0
    while k < len(marks):
        i, ch = marks[k]
        if ch not in _OPEN_Q:
            k += 1  # a stray closing mark
            continue
        close, depth = _OPEN_Q[ch], 1
        k += 1
        while k < len(marks):
            c = marks[k][1]
            if c == close:
                depth -= 1
                if depth == 0:
                    break
            elif c == ch and ch != close:
                depth += 1  # the same mark nested: “…“…”…”
            k += 1
        if k < len(marks):
            spans.append((i + 1, marks[k][0], True))
            k += 1
            continue
        spans.append((i + 1, len(text), False))
    return spans


def _split_heading(fragment: str, own_line: bool) -> tuple[str, str, str]:
    """(heading, heading_end, rest) of the text after a label: a whole short line, else the first
    sentence up to 。！？； (outside quotes), else the text before a colon."""
    text = fragment.lstrip(" \u3000")
    closed = [(a, b) for a, b, ok in _quote_spans(text) if ok]

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in closed)

    stops = [i for i, c in enumerate(text) if c in _TERMINATORS and not inside(i)]
    first = stops[0] if stops else None
    colon = next((i for i, c in enumerate(text) if c in "：:" and not inside(i)), None)
    if colon is not None and 0 < colon <= 30 and (first is None or colon < first):
        after = text[colon + 1 : colon + 2]
        lead = fold(text[:colon])
        # 关于融资难题：要引导… → heading before the colon; 习近平总书记指出：“…” is not a heading.
        if after and after not in _OPEN_Q and not re.search("指出|强调|说|讲|要求|如下|是", lead):
            return text[:colon], text[colon], text[colon + 1 :].lstrip(" \u3000")
    gap = _HEADING_GAP.search(text, 0, 32)
    if gap and (first is None or gap.start() < first) and stops and len(text) - gap.end() >= 10:
        # 一、加强组织领导　各级党委要…。 — a heading set apart by spaces, the body on the same line.
        return text[: gap.start()], "", text[gap.end() :]
    if own_line and (not stops or stops == [len(text) - 1]) and len(text) <= 90:
        if stops:
            return text[:-1], text[-1], ""
        if text and text[-1] in "：:":
            return text[:-1], text[-1], ""
        return text, "", ""
    if first is None:
        # 一要抓好就业，二要… — the clause comma belongs to the sentence, not to the heading.
        text = text.rstrip()
        if text and text[-1] in "，,、":
            return text[:-1], text[-1], ""
        return text, "", ""
    return text[:first], text[first], text[first + 1 :].lstrip(" \u3000")


_HEADING_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \u3000\u00a0]+(?=[^\x00-\x7f])")
_CLOSING_START = re.compile(
    r"^(?:[^，。！？“”]{0,16}?(?:同志们|朋友们|乡亲们|同学们|老师们|来宾们|代表们|企业家们|女士们|先生们)[，,！!]"
    r"|最后[，,]|让我们|下一步[，,]|总之[，,]|总而言之|谢谢|今天的(?:会议|大会|会)|(?:会议|大会|开幕式|闭幕式)到此|散会|预祝|祝愿|祝各位|祝大家"
    r"|请[^。]{1,12}放心|以上(?:是|就是)我|不妥之处|请[^。]{0,6}批评指正)"
)


def _closing_start(paras: list[str], salutation: str) -> int | None:
    """Index of the first closing paragraph: in the last few paragraphs, after the last one that
    carries a label, the first that starts like a closing; else a last paragraph ending in ！."""
    uses_seq_words = any(fold(p).startswith("首先") for p in paras)
    window = range(max(1, len(paras) - 6), len(paras))
    last_label = max(
        [i for i, p in enumerate(paras) if _LABEL_START.match(fold(p))]
        + [i for i in window if _find_markers([paras[i]])],
        default=-1,
    )
    # The closing often turns to the audience again: 各位代表，… / 同志们，…
    sal_parts = [p for p in _SAL_SPLIT.split(fold(salutation.rstrip("：: "))) if len(p) >= 2]
    for i in window:
        f = fold(paras[i])
        if i <= last_label or paras[i] == TRUNCATED:
            continue
        if f.startswith("最后") and uses_seq_words:
            continue
        if _CLOSING_START.match(f) or any(
            f.startswith(p) and f[len(p) : len(p) + 1] in "，,！!、" for p in sal_parts
        ):
            return i
    last = len(paras) - 1
    if last > max(last_label, 0) and fold(paras[last]).rstrip().endswith(("！", "!")):
        return last
    return None


_SAL_SPLIT = re.compile("[、，,和及]")
_UNNUMBERED = Scheme("unnumbered", re.compile(""), needs_pair=False)
_HEADING_LINE_END = "。！？；：，、!?;:,…”」』）)"


def _unnumbered_headings(paras: list[str]) -> list[_Marker]:
    """With no numbering at all, short unpunctuated lines each followed by a longer paragraph
    are top-level headings (at least two of them, or it is just a short paragraph)."""
    found = []
    for p, para in enumerate(paras[1:-1], start=1):
        text = nows(para)
        if (
            4 <= len(text) <= 30
            and text[-1] not in _HEADING_LINE_END
            and text[0] not in "（(“「『《【[—-"
            and len(nows(paras[p + 1])) > len(text) + 10
        ):
            found.append(_Marker(p, 0, 0, _UNNUMBERED, len(found) + 1, "", level=1))
    return found if len(found) >= 2 else []


def segment(paras: list[str], salutation: str) -> list[ParsedSection]:
    """Paragraphs after the salutation → opening, numbered sections, closing."""
    paras = [p for p in paras if p != TRUNCATED]
    closing_at = _closing_start(paras, salutation) if paras else None
    main = paras[:closing_at] if closing_at is not None else paras
    closing = paras[closing_at:] if closing_at is not None else []
    markers = _nest(_find_markers(main)) or _unnumbered_headings(main)
    opening, sections = _cut(main, markers)
    result: list[ParsedSection] = []
    if opening:
        result.append(ParsedSection(level=1, kind="opening", body="\n".join(opening)))
    shift = len(result)  # parent indices move down by one when an opening comes first
    for s in sections:
        if s.parent is not None:
            s.parent += shift
    result.extend(sections)
    if closing:
        result.append(ParsedSection(level=1, kind="closing", body="\n".join(closing)))
    _assign_anchors(result)
    return result


def _cut(paras: list[str], markers: list[_Marker]) -> tuple[list[str], list[ParsedSection]]:
    """Cut the paragraphs at the markers: (opening paragraphs, numbered sections). A section runs
    from its label to the next label at any level; text before a label inside a paragraph stays
    with the section before it (the parent's body for a first sub-point)."""
    opening: list[str] = []
    sections: list[ParsedSection] = []
    bodies: list[list[str]] = []
    current = opening  # paragraphs of the section being filled
    parents: list[int] = []  # index in `sections` of the open section at each level
    ends = [(m.para, m.offset) for m in markers[1:]] + [(len(paras), 0)]
    k = 0
    for p, para in enumerate(paras):
        pos = 0
        while k < len(markers) and markers[k].para == p:
            m = markers[k]
            before = para[pos : m.offset].strip()
            if before:
                current.append(before)
            stop = ends[k][1] if ends[k][0] == p else len(para)
            own_line = m.offset == 0 and stop == len(para) and not m.scheme.label_in_heading
            heading, heading_end, rest = _split_heading(para[m.end : stop], own_line)
            del parents[m.level - 1 :]
            sections.append(
                ParsedSection(
                    level=m.level,
                    kind="body",
                    number=m.number,
                    heading=heading,
                    heading_end=heading_end,
                    parent=parents[-1] if parents else None,
                    label_inline=m.scheme.label_in_heading,
                )
            )
            parents.append(len(sections) - 1)
            current = [rest] if rest else []
            bodies.append(current)
            pos = stop
            k += 1
        tail = para[pos:].strip() if pos else para
        if tail:
            current.append(tail)
    for section, paragraphs in zip(sections, bodies, strict=True):
        section.body = "\n".join(paragraphs)
    return opening, sections


def _assign_anchors(sections: list[ParsedSection]) -> None:
    counters: dict[int | None, int] = {}
    for s in sections:
        if s.kind in ("opening", "closing"):
            s.anchor = s.kind
            continue
        counters[s.parent] = counters.get(s.parent, 0) + 1
        n = counters[s.parent]
        if s.parent is None or sections[s.parent].kind != "body":
            s.anchor = f"s{n}"
        else:
            s.anchor = f"{sections[s.parent].anchor}-{n}"


# --------------------------------------------------------------------------------------------
# Stage 5: quotes, placeholders, stage directions
# --------------------------------------------------------------------------------------------

_SPEAKER = (
    r"(?:习近平|毛泽东|邓小平|江泽民|胡锦涛|李克强|周恩来|刘少奇|朱德|陈云|孙中山|马克思|恩格斯|列宁"
    r"|方志敏|焦裕禄|雷锋|鲁迅|孔子|孟子|老子|荀子|庄子|韩非子|管子|墨子|朱熹|王阳明|顾炎武|范仲淹|司马迁|苏轼"
    r")(?:总书记|主席|同志|总理|先生)?"
    r"|总书记|习总书记|毛主席|古人|先贤|先哲|前人|古语|俗话|俗语|老话|古话|名言|有人|一位[^，。：；“”「」所]{1,8}"
    r"|[^，。：；“”「」\s]{1,8}?(?:书记|主席|总理|部长|省长|市长|县长|同志|先生|专家|学者|教授)"
)
_VERB = r"指出|强调|说过|所说|所言|写道|说|要求|批示|提出|讲过|讲到|谈到|告诫|寄语|号召|重申|阐述|论述|教导|嘱托|勉励"
_ATTRIB = re.compile(
    f"(?P<speaker>{_SPEAKER})(?:在(?P<source>[^，。：；“”「」]{{2,40}}?)(?:中|上|里|时|期间))?"
    f"(?P<adv>[^，。：；“”「」]{{0,6}}?)(?P<verb>{_VERB})(?P<gap>(?!的)[^。！？“”「」『』]{{0,14}})$"
)
_AFTER_ATTRIB = re.compile(r"^[。！!]?\s*\n?[—―─\-－]{1,3}\s*(?P<speaker>[^\s，。（(《\n]{2,12})")
_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z0-9])(?:19|20)(?:[Xx×]{2}|\d[Xx×])年?(?![A-Za-z])"
    r"|×{2,16}|×(?:同志)?|\*{2,16}|[○□]{2,16}|某{2,16}"
    r"|(?<![A-Za-z])[Xx]{2,16}(?![A-Za-z])|(?<![A-Za-z0-9])[Xx](?:同志)?(?![A-Za-z0-9])"
)
_PLACEHOLDER_CHAR = re.compile("[Xx×*○□某]")
_STAGE = re.compile(
    r"[（(](?:[^（）()\n]{0,10}(?:鼓掌|掌声|稍停|停顿|起立|就座|入场|退场|奏国歌|唱国歌|奏乐|音乐|宣读|颁奖|全场|休息)"
    r"[^（）()\n]{0,10})[）)]"
)


def _classify(text: str, start: int, end: int, closed: bool) -> ParsedQuote:
    """Kind and attribution of the quote text[start:end] (its marks sit just outside)."""
    inner = text[start:end]
    line_start = text.rfind("\n", 0, start - 1) + 1
    # The clause before the opening mark, back to the last sentence end on the same line.
    pre = _SENTENCE_SPLIT.split(text[line_start : start - 1])[-1]
    m = _ATTRIB.search(fold(pre))
    if m:
        speaker = pre[m.start("speaker") : m.end("speaker")]
        source = pre[m.start("source") : m.end("source")] if m.group("source") else ""
        verb = pre[m.start("verb") : m.end("verb")].lstrip("所")
        return ParsedQuote(start, inner, "quotation", speaker, source.strip("《》"), verb)
    m2 = _AFTER_ATTRIB.match(text[end + 1 : end + 20]) if closed else None
    if m2:  # “…”\n——习近平
        return ParsedQuote(start, inner, "quotation", m2.group("speaker"))
    if pre.rstrip().endswith(("：", ":")) and len(inner) >= 12 and _CLAUSE_MARK.search(inner):
        return ParsedQuote(start, inner, "quotation")  # a whole sentence cited after a colon
    return ParsedQuote(start, inner, "slogan")


_CLAUSE_MARK = re.compile("[，。；！？]")


def annotate(section: ParsedSection) -> list[str]:
    """Fill quotes, placeholders and stage directions; return warning codes found."""
    text = section.text
    codes: list[str] = []
    pos = 0
    for line in text.split("\n"):
        for a, b, closed in _quote_spans(line):
            if not closed:
                codes.append("unbalanced_quote")
            if b > a:
                section.quotes.append(_classify(text, pos + a, pos + b, closed))
        pos += len(line) + 1
    for m in _BOOK_TITLE.finditer(text):
        section.quotes.append(ParsedQuote(m.start(1), m.group(1), "document"))
    section.quotes.sort(key=lambda q: q.position)
    if _PLACEHOLDER_CHAR.search(text):
        section.placeholders = [
            ParsedPlaceholder(m.start(), m.group(0)) for m in _PLACEHOLDER.finditer(text)
        ]
    if "（" in text or "(" in text:
        section.stage_directions = [
            ParsedStageDirection(m.start(), text[m.start() : m.end()])
            for m in _STAGE.finditer(fold(text))
        ]
    return codes


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------

_NEWS = re.compile(
    r"本报讯|本台讯|本网讯|讯[（(]记者|电[（(]记者|记者[^\n。]{0,16}(?:报道|摄)|[（(]记者|通讯员|新华社"
    r"|据[^\n。]{0,10}报道"
)
_NEWS_END = re.compile(r"^[（(]?(?:责任编辑|编辑|审核|校对)[:：]")
_GUIDE = re.compile(
    r"怎么写|如何写|写作技巧|写作经验|技巧|范文|模板|评论区|点赞|转发|希望对大家有所帮助|^第[一二三四五六七八九十\d]+章",
    re.M,
)
_ANNOUNCED = re.compile(
    r"(?:讲|谈|强调|提|说|汇报|从)(?:以下)?(?P<n>[一二两三四五六七八九十]|\d)(?:点|个方面|个问题|方面|个部分|部分|条)"
)
_WARN_TEXT = {
    "truncated": "原文不完整（有删节或付费截断），截断处两侧文字已保留",
    "point_count_mismatch": "开头预告的要点数与实际数目不一致",
    "unbalanced_quote": "引号不配对，已在段末闭合",
    "no_title": "未找到标题",
    "low_confidence_genre": "无法从标题判断文种",
    "not_a_speech": "不像讲话稿，按原文整体保存",
}


def _warn(speech: ParsedSpeech, code: str, detail: str = "") -> None:
    if any(w["code"] == code for w in speech.warnings):
        return
    message = _WARN_TEXT.get(code, code) + (f"：{detail}" if detail else "")
    speech.warnings.append({"code": code, "message": message})


def parse(text: str, *, allow_non_speech: bool = False) -> list[ParsedSpeech]:
    """Parse a decoded document into one or more speeches (several when a file holds 篇一/篇二…)."""
    if not text or not text.strip():
        raise NotASpeech("empty")
    lines = normalise_layout(text)
    if not any(ln != TRUNCATED for ln in lines):
        raise NotASpeech("empty")
    reason = _not_a_speech(lines)
    if reason:
        if not allow_non_speech:
            raise NotASpeech(reason)
        return [_as_single_body(lines, reason)]
    speeches = []
    for doc in split_documents(lines):
        speech = parse_one(doc)
        if speech is not None:
            speeches.append(speech)
    if not speeches:
        if allow_non_speech:
            return [_as_single_body(lines, "no speech text")]
        raise NotASpeech("no speech text left after removing site furniture")
    return speeches


def _not_a_speech(lines: list[str]) -> str:
    """Only documents that clearly are something else: a news report or a writing guide with
    neither a salutation nor a speech title. Anything else is parsed, however odd."""
    if any(_salutation(ln) for ln in lines[:80]):
        return ""
    if any(_title_candidate(ln) for ln in lines[:30] if ln != TRUNCATED):
        return ""
    # A dateline (本报讯/新华社…电/记者…) opens a news report; only the first lines are read for it.
    lead = fold("\n".join(ln for ln in lines[:8] if ln != TRUNCATED))
    if _NEWS.search(lead) or _NEWS_END.search(fold(lines[-1])):
        return "news report (本报讯/记者…报道) without a salutation or speech structure"
    if _GUIDE.search(fold("\n".join(lines[:60]))):
        return "writing guide or article about speeches, not a speech"
    return ""


def _as_single_body(lines: list[str], reason: str) -> ParsedSpeech:
    body = "\n".join(ln for ln in lines if ln != TRUNCATED)
    section = ParsedSection(level=1, kind="body", body=body, anchor="s1")
    speech = ParsedSpeech(genre="其他", sections=[section], text=body, char_count=len(nows(body)))
    annotate(section)
    _warn(speech, "not_a_speech", reason)
    return speech


def parse_one(lines: list[str]) -> ParsedSpeech | None:
    head = read_header(lines)
    if not head.kept:
        return None
    speech = ParsedSpeech(
        title=head.title,
        subtitle=head.subtitle,
        salutation=head.salutation,
        front_matter=head.front,
        text="\n".join(head.kept),
    )
    speech.char_count = len(nows(speech.text))
    if TRUNCATED in lines:
        _warn(speech, "truncated")
    if not head.found_title:
        _warn(speech, "no_title")
    _fill_metadata(speech, head)
    speech.sections = segment(head.body, head.salutation)
    for section in speech.sections:
        for code in annotate(section):
            _warn(speech, code)
    _check_count(speech)
    return speech


def _fill_metadata(speech: ParsedSpeech, head: _Header) -> None:
    title, subtitle = speech.title, speech.subtitle
    speech.meeting = _meeting(title, subtitle)
    speech.organisation, speech.session = _organisation(speech.meeting)
    speech.level = _level(speech.meeting, title, subtitle)
    speech.date, date_year = _date_from([*head.front, title])
    speech.year = _year(speech.meeting, title, subtitle) or date_year
    for line in head.front:
        if _DASH.match(line):
            continue
        role, name = _parse_speaker(line)
        if name:
            speech.speaker_role, speech.speaker_name = role, name
            break
    if not speech.speaker_name:
        f = fold(title)
        at = f.find("在")
        if at >= 2:
            role, name = _parse_speaker(title[:at])
            if name:
                speech.speaker_role, speech.speaker_name = role, name
    genre = _genre(title, subtitle)
    if not genre:
        genre = "讲话" if speech.salutation else "其他"
        _warn(speech, "low_confidence_genre")
    speech.genre = genre


def _check_count(speech: ParsedSpeech) -> None:
    opening = next((s for s in speech.sections if s.kind == "opening"), None)
    if opening is None:
        return
    matches = list(_ANNOUNCED.finditer(fold(opening.body)))
    if not matches:
        return
    announced = cn_to_int(matches[-1].group("n"))
    found = sum(1 for s in speech.sections if s.kind == "body" and s.level == 1)
    if announced is not None and announced != found:
        _warn(speech, "point_count_mismatch", f"预告{announced}点，实际{found}点")


def reassemble(speech: ParsedSpeech) -> str:
    """Every character the parser kept, in order, whitespace aside: the no-text-lost check
    compares nows(reassemble(s)) with nows(s.text)."""
    parts = [speech.title, *speech.front_matter, speech.salutation]
    for s in speech.sections:
        if not s.label_inline:
            parts.append(s.number)
        parts.extend([s.heading, s.heading_end, s.body])
    return "".join(nows(p) for p in parts)
