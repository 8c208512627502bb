"""Stage 1, layout: decoded text → clean lines.

NFC, newlines, junk and truncation markers out, PDF letter-spacing removed, flattened texts
re-segmented, hard-wrapped lines joined."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .junk import (
    ANTICOPY_TICK,
    EDITORS_ASIDE,
    INJECTED_SITE,
    INLINE_AD,
    PAGE_MARK,
    PAID_MARK,
    TAIL_PAGE_MARK,
    TRUNC_HINT,
    is_junk_line,
    split_truncation,
    strip_filler_tail,
    strip_jammer,
)
from .markup import strip_markup
from .pages import (
    PAGE_IN_LINE,
    PAGE_OF,
    READ_TO_END,
    UNIT_START,
    drop_chunk_numbers,
    drop_cut_dots,
    drop_page_counters,
    drop_page_marks,
    drop_running_heads,
    without_glued_tails,
)
from .speakers import BYLINE
from .tables import LABEL_START
from .text import CN_DIGITS, HAN, NUM, TRUNCATED, fold, nows

_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_INNER_INDENT = re.compile("\u3000{2,}| {6,}")
_CJK_SPACE = re.compile(
    f"(?<=[{HAN}，。、；：！？“”（）])[ \u00a0]+(?=[{HAN}，。、；：！？“”（）])"
)


_SENTENCE_STOP = re.compile("[。！？；!?;]")


def _undouble_spacing(lines: list[str]) -> list[str]:
    """A copy that puts a blank line after every line (double-spaced PDF text): single blank
    lines are not paragraph breaks there; a run of two or more still is."""
    filled = [bool(ln.strip()) for ln in lines]
    singles = sum(
        1 for i in range(1, len(lines) - 1) if not filled[i] and filled[i - 1] and filled[i + 1]
    )
    if sum(filled) < 10 or singles * 10 < 8 * (sum(filled) - 1):
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if filled[i] or (i + 1 < len(lines) and not filled[i + 1]) or (out and not out[-1]):
            out.append(line)
    return out


_PADDED = re.compile("^0[1-9]$")
_PADDED_ANY = re.compile("^[ \u3000]*0[1-9][ \u3000]*$", re.M)


def _padded_labels(lines: list[str]) -> list[str]:
    """A zero-padded number alone on its line (01 / 出发新时代) labels the short heading under
    it, as magazine-style posts number their parts; a page number is never padded."""
    out: list[str] = []
    for line in lines:
        padded = out and _PADDED.match(out[-1].strip())
        if (
            padded
            and line.strip()
            and len(nows(line)) <= 30
            and line.rstrip()[-1] not in "。！？；，"
        ):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


_SPACED_LABEL = re.compile(f"^([ \u3000]*{NUM})[ \u3000]+(?=、)")
_NOTES_BLOCK = re.compile(r"^\s*(?:注\s*释|注)\s*[:：]?\s*$", re.M)
_NOTE_MARK = re.compile(r"(?<=\S)\s*[\[［]\d{1,2}[\]］]")
_COMMENT_ANCHOR = re.compile(f"[\\[［][{HAN}]{{1,2}}\\d{{1,2}}[\\]］]")


def _pdf_spaced(line: str) -> bool:
    """Spaces inside words from PDF copies: most gaps between Han characters are spaces."""
    gaps = len(_CJK_SPACE.findall(line))
    return gaps >= 3 and gaps * 4 >= len(line.replace(" ", ""))


_CELL = re.compile(r"\s*[|｜\t]\s*")
_META_BAR = re.compile(
    r"[|｜]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|下载|开通|会员|积分|VIP|vip|投诉|阅读|在看|[￥¥]\d|回复|举报"
)
_BULLETS = "■□◆◇●○▲►▶★☆◎•▪➤▍▌👉📌🔸🔹🔶🔷"  # (the last ones: a WeChat post's)
_LABEL_AHEAD = (
    f"(?=\\d{{1,2}}[.．、](?!\\d)|[（(](?:{NUM}|\\d{{1,2}})[）)]|{NUM}、|第{NUM}[部个，,、]"
    "|0[1-9][ \u3000])"  # (▍01　看清形势: a WeChat post's part card)
)
_BULLET_OR_BRACKET = re.compile(f"^[ \u3000]*[{_BULLETS}【]", re.M)
_BULLET_LABEL = re.compile(f"^[{_BULLETS}][ \u3000]*{_LABEL_AHEAD}")
_BRACKETED_LABEL = re.compile(f"^【{_LABEL_AHEAD}([^【】]{{2,60}})】$")
_SPEAKER_LABEL = re.compile("^(?:讲话人|主讲人|发言人|致辞人|报告人)$")
_POST_LABEL = re.compile("^(?:职务|职位|身份)$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TITLE_LABEL = re.compile("^(?:文件名称|文章名称|文章标题|标题|题名)$")
_CONTENT_LABEL = re.compile("^(?:文章预览|预览|内容|正文|全文|摘要)$")
_DATE_LABEL = re.compile("^(?:日期|时间|讲话日期|演讲日期)$")
_RECORD_LABEL = re.compile(
    "^(?:相关机构.*|机构|单位|部门|地区|行业|文类|类别|分类|主题分类|网址|链接|索引号|文号|发文机关|有效性"
    "|公开方式|公开范围|公开目录|公开责任部门|关键词|来源|附件|语言)$"
)


def _table_row(line: str) -> str:
    """A table row of a record page (cells split by | or tabs): its title and content cells are
    the title and the text, its date row a date line, its speaker row (讲话人 | 张三 | 职务 |
    市长) a speaker line; other record rows (机构, 文号, 网址…) are dropped."""
    if "|" not in line and "｜" not in line and "\t" not in line:
        return line
    label, *cells = _CELL.split(line.strip())
    values = [cell for cell in cells if cell.strip(":： ")]
    label = nows(fold(label))
    if _TITLE_LABEL.match(label) or _CONTENT_LABEL.match(label):
        return values[0] if values else ""
    if _DATE_LABEL.match(label) and values:  # written out: a date, not a site's time stamp
        return label + "：" + _ISO_DATE.sub(r"\1年\2月\3日", values[0])
    if _SPEAKER_LABEL.match(label) and values:
        post = values[2] if len(values) == 3 and _POST_LABEL.match(nows(values[1])) else ""
        return f"{post} {values[0]}".strip() if post else f"{label}：{values[0]}"
    if _RECORD_LABEL.match(label):
        return ""
    return line.replace("\t", " ")


@dataclass
class Layout:
    lines: list[str]  # clean lines, TRUNCATED where a paywall/truncation marker stood
    wrap_width: int = 0  # the hard-wrap width that was undone (0: none)
    wrap_share: float = 0.0  # share of lines at that width: how sure the guess is


# A site's name and address glued into the text wherever it was copied: 文稿汇www.example.com
_URL = re.compile(r"(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4}){1,2}/?")
_NAME_BEFORE = re.compile(f"[{HAN}]{{1,12}}[ \u3000]?$")
_SITE_AT_START = re.compile(f"(?m)^[ \u3000]*([{HAN}]{{2,10}}网)(?=[{HAN}“])")


def _common_end(texts: list[str]) -> str:
    """The longest ending all of `texts` share."""
    n = 0
    while n < min(map(len, texts)) and len({t[len(t) - n - 1] for t in texts}) == 1:
        n += 1
    return texts[0][len(texts[0]) - n :]


def _without_url_watermarks(text: str) -> str:
    """The same site address found two or more times is the site's watermark: it goes, with
    the name all its copies put before it, wherever it is glued (after the salutation, after
    each heading). Once, it may be the speech's own (请登录学校官网www.…查看)."""
    names: dict[str, list[str]] = {}
    for m in _URL.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 13), m.start())
        names.setdefault(m.group(0), []).append(before.group(0) if before else "")
    for url, befores in names.items():
        if len(befores) < 2:
            continue
        named = [b for b in befores if b]
        name = _common_end(named) if len(named) >= 2 else ""
        if len(name.strip()) >= 2:
            text = text.replace(name + url, "")
        text = text.replace(url, "")
    # …or its name alone, glued before paragraphs (学习帮在线学习网秋风送爽，…): at the start of
    # two or more lines with text after it, it goes from every line start.
    starts = Counter(m.group(1) for m in _SITE_AT_START.finditer(text))
    for mark, count in starts.items():
        if count >= 2:
            text = re.sub(f"(?m)^([ \u3000]*){re.escape(mark)}(?=\\S)", r"\1", text)
    return text


def normalise_layout(text: str) -> Layout:
    """Decoded text → clean lines: NFC, newlines, junk/truncation removal, joined wrapped lines."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = strip_markup(text.replace("\u2028", "\n").replace("\u2029", "\n"))
    if "www." in text or "网" in text:
        text = _without_url_watermarks(text)
    raw: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:  # a table's cells, or indentation
            line = _table_row(line) if line.strip("\t ") else ""
        # Leading indentation is kept until wrapped lines are joined: it marks a paragraph start
        # and counts towards the wrap width. Runs of ideographic spaces inside a line are the
        # paragraph indents of a flattened text.
        body = line.lstrip(" \u3000\u00a0")
        indent = line[: len(line) - len(body)]
        pieces = _INNER_INDENT.split(body.rstrip())
        if len(pieces) > 1 and len(pieces[0]) == 1:
            pieces[:2] = [pieces[0] + pieces[1]]  # a label spaced out to align: 姓　　名：…
        if (
            len(pieces) > 1
            and len(body) <= 80
            and _META_BAR.search(body)
            and not BYLINE.match(fold(body))
            and is_junk_line(body)
        ):
            pieces = [body.rstrip()]  # a page's meta bar (…　2023-05-06　|　1087 阅读), whole
        elif len(pieces) > 1 and len(body) <= 60 and _PRINTED_FOOT.search(body.rstrip()):
            pieces = [body.rstrip()]  # a printed document's foot: 县委办公室　　2025年1月17日印发
        raw.append(indent + pieces[0])
        raw.extend("\u3000\u3000" + piece for piece in pieces[1:])
    raw = [_table_row(line) for line in _undouble_spacing(raw)]
    lines: list[str] = []
    # Cheap whole-text checks first: most files have no paywall marker and no scraping tokens.
    may_truncate = bool(TRUNC_HINT.search(text))
    may_jam = bool(re.search(r"[!-~]\s+[!-~]", text))
    may_bullet = bool(_BULLET_OR_BRACKET.search(text))
    may_ad = "公众号" in text or "微信" in text or "素材" in text or "请访问" in text
    may_space_label = " 、" in text or "\u3000、" in text
    may_aside = "不再" in text or "从略" in text or "略去" in text
    for line in raw:
        if may_jam:
            line = strip_jammer(line)
        line = line.rstrip(" \u3000\u00a0")
        if not line.strip():
            lines.append("")
            continue
        if " " in line and _pdf_spaced(line):
            line = _CJK_SPACE.sub("", line)
        if may_bullet:
            # ■ 1. 全面看待… / 【（1）坚定不移做强主业】: a label behind a bullet or in brackets
            head = line.lstrip(" \u3000")
            if head[0] in _BULLETS or head[0] == "【":
                head = _BULLET_LABEL.sub("", _BRACKETED_LABEL.sub(r"\1", head))
                line = line[: len(line) - len(line.lstrip(" \u3000"))] + head
        if "网" in line:
            line = INJECTED_SITE.sub("", line)
        if "`" in line:
            line = ANTICOPY_TICK.sub("", line)  # 家庭的`责任: a sample site's anti-copy mark
        if may_space_label and "、" in line[:8]:
            line = _SPACED_LABEL.sub(r"\1", line)  # a scan's 二 、
        if may_ad and "【" in line:
            line = INLINE_AD.sub("", line)
        if may_aside and ("（" in line or "(" in line):
            line = EDITORS_ASIDE.sub("", line)
        if line and line[-1] in "—－-）)":
            line = TAIL_PAGE_MARK.sub("", line)
        line = strip_filler_tail(line)
        if may_truncate:
            lines.extend(split_truncation(line))
        else:
            lines.append(line)
    tail = "\n".join([ln for ln in lines if ln.strip()][-3:])
    pages = PAGE_OF.findall(tail)
    if pages and int(pages[-1][0]) < int(pages[-1][1]) and not READ_TO_END.search(text[-300:]):
        lines.append(TRUNCATED)  # …第1页共17页 at the end: the copy stops before the last page
    if "/" in text:
        lines = drop_page_counters(lines)
    if (
        "页" in text or "頁" in text
    ):  # page marks inside a flattened copy's lines (…投第2页共5页资…)
        lines = [PAGE_IN_LINE.sub("", ln) if len(ln) > 12 else ln for ln in lines]
    if _PADDED_ANY.search(text):
        lines = _padded_labels(lines)
    # (a copy that marks its pages prints its running heads at least twice)
    paged = sum(1 for ln in lines if ln.strip() and PAGE_MARK.match(nows(ln))) >= 2
    if "1、" in text:
        lines = drop_chunk_numbers(lines)
    lines = drop_running_heads(drop_cut_dots(drop_page_marks(lines)), least=2 if paged else 3)
    lines = _resegment_flat(lines)
    if _AFTER_COLON.search(text):
        lines = _first_item_after_colon(lines)
    width, share = wrap_width(lines)
    joined = _join_wrapped(lines, width)
    joined = without_glued_tails(joined)
    if _NOTES_BLOCK.search(text):  # a Word export's note markers ([1]) point into its notes
        joined = [_NOTE_MARK.sub("", ln) for ln in joined]
    if "[" in text and _COMMENT_ANCHOR.search(text):  # a review copy's comment anchors: [石1]
        joined = [_COMMENT_ANCHOR.sub("", ln) for ln in joined]
    if "##" in text:  # after joining: a wrap may split the marker
        joined = [PAID_MARK.sub("", ln) for ln in joined]
    return Layout(_without_doubled(joined), width, share)


def _without_doubled(lines: list[str]) -> list[str]:
    """A copy that pasted every paragraph twice: a line the same as the one before it (blank
    lines between aside) goes. A speech never says one paragraph twice running."""
    out: list[str] = []
    last = ""
    for line in lines:
        key = nows(line)
        if key and key == last and len(key) >= 4:
            continue
        if key:
            last = key
        out.append(line)
    return out


_FLAT_BREAK = re.compile(
    # (1. after a colon or a semicolon is an item of the sentence's list: …十句话：1.…；2.…)
    f"(?<=[。！？”」])(?=\\d{{1,2}}[.．、](?![\\d.．]))"
    f"|(?<=[。！？；：”」])(?=(?:{NUM}、|第{NUM}部分|[（(]{NUM}[）)]"
    f"|(?:[^。！？，\\n]{{0,16}}、)?(?:同志们|朋友们)[，,！:：]|谢谢大家"
    # the next speech's title glued before its salutation: …贡献！市长在…上的讲话(二):同志们:
    f"|[^。！？，\\n]{{6,40}}?(?:讲话|致辞|发言)(?:[（(][{CN_DIGITS}\\d][）)])?[:：]?(?:同志们|朋友们)[，,！:：]))"
)


_FIRST_ITEM = re.compile(
    "一、|第一部分|[（(]一[）)]|(?:[^。！？，\n]{0,16}、)?(?:同志们|朋友们)[，,！]"
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
            folded = fold(piece)
            cuts = [m.start() for m in _FLAT_BREAK.finditer(folded)]
            # One break is enough before a first item (…我讲几点意见。(一)要…, cut off) or an
            # address (…抓好落实。同志们，…: the closing).
            if len(cuts) < 2 and not (cuts and _FIRST_ITEM.match(folded, cuts[0])):
                out.append(piece)
                continue
            start = 0
            for cut in [*cuts, len(piece)]:
                part = piece[start:cut]
                # 市长在…上的讲话(二):同志们:今天… — the title on a line of its own
                glued = _TITLE_THEN_SALUTATION.match(fold(part))
                out.extend([part[: glued.end("t")], part[glued.end("t") :]] if glued else [part])
                start = cut
    return out


_AFTER_COLON = re.compile("(?<=[：:])(?:一、|[（(]一[）)]|1[.．、](?!\\d))")
# The second item's label, by the first character of the first's: 一、→ 二、, （一）→ （二）, 1. → 2.
_SECOND = {
    "一": ("二、",),
    "（": ("（二）", "(二)"),
    "(": ("（二）", "(二)"),
    "1": ("2.", "2．", "2、"),
}


def _first_item_after_colon(lines: list[str]) -> list[str]:
    """…我提出以下几点希望：一、严守质量红线。 — the list's first item glued after the colon
    starts a line of its own when its second item (二、) starts a line below, or follows a
    sentence end in the same line (…意见：一、统一思想。…。二、狠抓落实。…: each item its line)."""
    out: list[str] = []
    for n, line in enumerate(lines):
        listed = ("：" in line or ":" in line) and ("一" in line or "1" in line)
        m = _AFTER_COLON.search(fold(line)) if listed else None
        if m and m.start() > 0:
            cuts = _items_in_line(fold(line), m)
            later = (fold(ln).lstrip(" \u3000") for ln in lines[n + 1 : n + 40])
            if cuts or any(ln.startswith(_SECOND[m.group(0)[0]]) for ln in later):
                bounds = [m.start(), *cuts, len(line)]
                out.append(line[: m.start()])
                out += ["\u3000\u3000" + line[a:b] for a, b in pairwise(bounds)]
                continue
        out.append(line)
    return out


_LATER_LABELS = {
    "一": [f"{c}、" for c in "二三四五六七八九十"],
    "（": [f"（{c}）" for c in "二三四五六七八九十"],
    "(": [f"（{c}）" for c in "二三四五六七八九十"],
    "1": [f"{d}." for d in range(2, 10)],
}


def _items_in_line(folded: str, first: re.Match[str]) -> list[int]:
    """Where the list's next items (二、, 三、…) start in the same line, each after a sentence
    end, in order; [] when its second item is not there."""
    cuts: list[int] = []
    at = first.end()
    for label in _LATER_LABELS[first.group(0)[0]]:
        found = re.compile(f"(?<=[。！？]){re.escape(label)}").search(folded, at)
        if not found:
            break
        cuts.append(found.start())
        at = found.end()
    return cuts


_TITLE_THEN_SALUTATION = re.compile(
    f"^(?P<t>[^。！？，\\n]{{6,40}}?(?:讲话|致辞|发言)(?:[（(][{CN_DIGITS}\\d][）)])?[:：]?)"
    "(?=(?:同志们|朋友们)[，,！:：])"
)


_FLAT_GAP = re.compile(f"(?<=[{HAN}。！？；：”」）):;!?])[ \u3000\u00a0]+(?=[{HAN}（(“「])")


_INNER_PUNCT = re.compile("[，。、；：！？]")
_HAN_END = re.compile(f"[{HAN}]$")
_PRINTED_FOOT = re.compile(
    "印发$|\\d{1,2}日[ \u3000]*印$|(?:办公室|办)印[ \u3000]*\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?$"
)
_PROSE = re.compile("[，。、；：！？,;]")  # a line of running text, not a title or a name


def wrap_width(lines: list[str]) -> tuple[int, float]:
    """(width, share) of a hard-wrapped copy: the line length most lines share, and the share of
    lines at it. Real evidence only: at least five lines at that width (or one more, where a
    closing mark hangs past it), 40 % of the lines of ten characters or more, and hardly any
    longer line. A short speech whose title and headings happen to share a length is not
    wrapped; (0, 0.0) when the text is not."""
    lengths = Counter(len(ln) for ln in lines if len(ln) >= 10 and ln != TRUNCATED)
    total = sum(lengths.values())
    if total < 6:
        return 0, 0.0
    common, count = lengths.most_common(1)[0]
    near = count + lengths.get(common + 1, 0)
    longer = sum(n for size, n in lengths.items() if size > common + 2)
    if common < 12 or near < 3 or near * 10 < 3 * total or longer * 10 > total:
        return 0, 0.0
    if near < 5 or near * 10 < 4 * total:
        # Few lines at the width: they must read as prose cut mid-sentence (punctuation inside),
        # not as a title and headings that happen to share a length.
        at_width = [ln for ln in lines if common <= len(ln) <= common + 1]
        prose = sum(1 for ln in at_width if _INNER_PUNCT.search(ln.strip()[:-1]))
        if prose * 3 < 2 * len(at_width):
            return 0, 0.0
    return common, near / total


def _join_wrapped(lines: list[str], width: int) -> list[str]:
    """Join hard-wrapped lines (PDF copies): a line at the document's wrap width, or ending
    inside a sentence (，、), continues on the next line unless that one starts a new unit."""
    out: list[str] = []
    last = ""  # the last physical line: what the width and junk checks look at
    for line in lines:
        if not line or line == TRUNCATED:
            out.append(line)
            last = ""
            continue
        if last and _continues(last, line, width):
            out[-1] += line
        else:
            out.append(line)
        last = line
    return [ln.strip(" \u3000\u00a0") for ln in out if ln.strip()]


def _continues(prev: str, line: str, width: int) -> bool:
    if line[0] in " \u3000\u00a0" or UNIT_START.match(fold(line)):
        return False
    if line[0] in "，。、；：！？”’」』》）":
        # Not after a heading line (二、…确保完成全年目标任务 / ，全县上下…: a page that lost the
        # year starting the next paragraph); a wrapped line never starts with punctuation.
        return not (LABEL_START.match(fold(prev)) and not _SENTENCE_STOP.search(prev))
    if is_junk_line(prev) or is_junk_line(line):
        return False  # site lines are never part of a wrapped paragraph
    if prev[-1] in "，、（“‘「『《":
        return True
    # At the width, a line continues unless it ends a sentence or a heading's colon. A paragraph's
    # first line that lost its two-character indent stops inside a word two short of the width.
    if (
        width
        and width - 2 <= len(prev) < width
        and _HAN_END.search(prev)
        and _PROSE.search(prev)
        and not UNIT_START.match(fold(prev))
    ):
        return True
    return bool(width) and len(prev) >= width and prev[-1] not in "：:。！？!?；;…"


# --------------------------------------------------------------------------------------------
