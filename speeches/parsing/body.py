"""Stage 4b, body: the paragraphs after the salutation cut into opening, numbered sections
(numbering.py finds and nests the labels) and closing, each with its heading."""

from __future__ import annotations

import itertools
import re

from .numbering import Marker, find_markers, nest
from .quotes import OPEN_Q, quote_spans
from .records import ParsedSection
from .tables import LABEL_START, LAST_WISH, Scheme
from .text import HAN, NUM, SENTENCE_MARK, TRUNCATED, fold, nows

_TERMINATORS = "。！？；!?;"
# A sentence ends at 。！？； — or at an ASCII full stop after a Chinese character or a closing
# mark (a note typed with a Western keyboard: 越来越强了.很多孩子…), never at a decimal point.
_STOPS = re.compile(f'[{re.escape(_TERMINATORS)}]|(?<=[{HAN}"”」）)])\\.(?!\\d)')


def _in_time(text: str, i: int) -> bool:
    """The colon of a clock time (上午8:30), not a heading's end."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def split_heading(fragment: str, own_line: bool, colon_ends: bool = True) -> tuple[str, str, str]:
    """(heading, heading_end, rest) of the text after a label: a whole short line, else the first
    sentence up to 。！？； (outside quotes), else the text before a colon."""
    text = fragment.lstrip(" \u3000")
    closed = [(a, b) for a, b, ok in quote_spans(text) if ok]

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in closed)

    stops = [m.start() for m in _STOPS.finditer(text) if not inside(m.start())]
    first = stops[0] if stops else None
    colon = next(
        (i for i, c in enumerate(text) if c in "：:" and not inside(i) and not _in_time(text, i)),
        None,
    )
    # 守信仰之心：做…的坚定信仰者 alone on its line, no sentence after it: the colon is the heading's.
    whole_line = own_line and not stops and len(text) <= 40
    if (
        colon_ends
        and not whole_line
        and colon is not None
        and 0 < colon <= 30
        and (first is None or colon < first)
    ):
        after = text[colon + 1 : colon + 2]
        lead = fold(text[:colon])
        # 关于融资难题：要引导… → heading before the colon; 习近平总书记指出：“…” is not a heading.
        if after and after not in OPEN_Q and not re.search("指出|强调|说|讲|要求|如下|是", lead):
            return text[:colon], text[colon], text[colon + 1 :].lstrip(" \u3000")
    glued = _glued_body(text, first if first is not None else len(text))
    if glued is not None:
        # 一、明确目标任务，迅速打开新局面今年以来，在县委的… — a flattened copy ran the body
        # into its heading: it starts where a heading never goes on (a time, a year and a comma).
        return text[:glued], "", text[glued:].lstrip(" \u3000")
    gap = _HEADING_GAP.search(text, 0, 32)
    if gap and (
        inside(gap.start()) or text.count("《", 0, gap.start()) > text.count("》", 0, gap.start())
    ):
        gap = None  # 宣读《中共某区委　某区人民政府关于…》: two issuers inside a document's title
    if gap and (first is None or gap.start() < first) and stops and len(text) - gap.end() >= 10:
        # 一、加强组织领导　各级党委要…。 — a heading set apart by spaces, the body on the same line.
        return text[: gap.start()], "", text[gap.end() :]
    if own_line and (not stops or stops == [len(text) - 1]) and len(text) <= 90:
        # 下一步工作怎么抓？ 这条底线必须守得住！ — a question or a call keeps its mark.
        if stops and text[-1] not in "？?！!":
            return text[:-1], text[-1], ""
        if stops:
            return text, "", ""
        if text and text[-1] in "：:":
            return text[:-1], text[-1], ""
        return text, "", ""
    if first is None:
        # 一要抓好就业，二要… — the clause comma belongs to the sentence, not to the heading; so
        # does the colon of an agenda step's line (下面进行第一项：), its words on the next line.
        text = text.rstrip()
        if text and text[-1] in "，,、：:":
            return text[:-1], text[-1], ""
        return text, "", ""
    if text[first] in "？?":  # 一问：…能干点啥？ — the question is the heading, its mark with it
        return text[: first + 1], "", text[first + 1 :].lstrip(" \u3000")
    return text[:first], text[first], text[first + 1 :].lstrip(" \u3000")


# Where a body run into its heading starts: a time or a year opening a sentence (今年以来，
# 20xx年，…), never a heading's words.
_GLUED_BODY = re.compile(
    f"(?<=[{HAN}])[ \u3000]?(?:(?:今年|去年|近年|一年|多年|近几年)(?:以来|来)[，,]|过去的?一年[，,]"
    "|当前[，,]|目前[，,]|今年是|(?:19|20)[\\dxX×*＊]{2} ?年[，,是]|随着|\\d{1,2}月\\d{1,2}日"
    # a sentence's subject or a speaker's opening words: 各级党组织要…, 我将…, 首先，…
    # (not after a word that leads on to it: 沿着习近平总书记指引的方向)
    "|(?<![着照据彻对在把以与和的将被给从由])"
    "(?:首先[，,]|古人云|习近平总书记|党的[十二][^，,。]{0,3}大以来|我将"
    "|各级(?:党委|党组织|领导干部|政府|部门)|这次[^，,。]{0,4}[，,])"
    "|“?十[一二三四五六]五”?(?:时期|期间|以来)[，,])"
)


def _glued_body(text: str, end: int) -> int | None:
    """Where a body run into its heading's first sentence starts, if it does: a sentence's
    opening no heading has (今年以来，… 习近平总书记强调… 一是…), or the heading's own subject
    taken up again (…做好征兵工作的重要性征兵工作是…)."""
    limit = min(end, 48)
    m = _GLUED_BODY.search(text, 6, limit)
    if m and _HEADING_PHRASES.match(text[: m.start()]):
        return m.start()
    for p in range(8, limit - 3):
        term = text[p : p + 4]
        clause = max(text.rfind(c, 0, p) for c in "，,、") + 1
        if (
            p - clause >= 4
            and end - p >= 8
            and re.fullmatch(f"[{HAN}]{{5}}", text[p - 1 : p + 4])  # (not after ——)
            and text[p - 1] not in _NOT_AN_END
            and not _PLACE_WORD.search(text, 0, p)
            and not _PLACE_WORD.search(text, 0, p + 1)  # (nor inside one: 我|省老龄工作)
            and term in text[: p - 1]
            and _HEADING_PHRASES.match(text[:p])
        ):
            return p
    return None


# A word that leads on to what follows it (从景点旅游向全域旅游转变): no heading ends with it
_NOT_AN_END = set("向从把在对为与和到及将让使给被于的是以由作做请")
# …会议以来我省老龄工作的…: a place word (我省, 全县) leads on to its subject, no cut after it
_PLACE_WORD = re.compile("(?:我|全|本|该|各)[省市县区镇乡村州]$")
# A heading's words: short phrases between commas (认清形势，坚定信心，增强紧迫感).
_HEADING_PHRASES = re.compile(
    "^[^，,。！？；：:“”]{2,20}(?:[，,、][^，,。！？；：:“”]{2,20}){0,3}$"
)
_STAGE_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]")
# Which of two hosts speaks: 男：, 女：, 合：, 甲：, 主持人A：, or a host's surname (周：)
_HOST_TAG = re.compile(
    f"(?:[男女合甲乙]|[男女]?主持人?[甲乙AB12]?|[A-Za-z]|[{HAN}])[:：]\\s*(?=[^:：]{{4}})"
)
_HEADING_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \u3000\u00a0]+(?=[^\x00-\x7f])")
_ADDRESS = re.compile(
    "^[^，。！？“”]{0,16}?(?:同志们|朋友们|乡亲们|同学们|老师们|来宾们|代表们|企业家们|女士们|先生们)[，,！!]"
)
# An address, then what only a closing says: 同志们，让我们… / 同学们，最后… / 各位，谢谢
_CLOSING_PHRASE = re.compile(
    _ADDRESS.pattern + "\\s*(?:让我们|最后|总之|希望大家|衷心希望|祝|预祝|谢谢|今天的(?:会议|大会))"
)
_CLOSING_START = re.compile(
    r"^(?:[^，。！？“”]{0,16}?(?:同志们|朋友们|乡亲们|同学们|老师们|来宾们|代表们|企业家们|女士们|先生们)[，,！!]"
    r"|最后[，,]|结束语[:：]|让我们|下一步[，,]|总之[，,]|总而言之|谢谢|今天的(?:会议|大会|会)|(?:会议|会)就开到这|(?:会议|大会|开幕式|闭幕式)到此|散会|预祝|祝愿|祝各位|祝大家"
    r"|请[^。]{1,12}放心|以上(?:是|就是)我|不妥之处|请[^。]{0,6}批评指正"
    r"|以上[^。]{0,24}(?:批评指正|不当之处|不妥之处|评议|汇报|发言|参考)|(?:汇报|发言|述职)完毕|我就(?:讲|说)(?:这些|这么多|到这)"
    r"|就(?:讲|说)?(?:这些|这么多|这几点)[，,。！]|我?今天就(?:讲|说)?到这|以上(?:意见|几点|表态)[，,]|请[^。]{0,12}监督[。！!])"
)


def _closing_start(paras: list[str], salutation: str) -> int | None:
    """Index of the first closing paragraph: in the last few paragraphs, after the last one that
    carries a label, the first that starts like a closing; else a last paragraph ending in ！."""
    uses_seq_words = any(fold(p).startswith("首先") for p in paras)
    window = range(max(1, len(paras) - 6), len(paras))
    # Labels that number the speech (a lone 第一项议程 in the last lines is the host's cue).
    tail = len(paras) - len(window)
    # (read on the whole text: 仪式进行第四项 in the last lines goes on the host's earlier steps)
    # (with no numbered part, a list inside a paragraph is the top, as segment() reads it)
    found = find_markers(paras)
    nested = nest(found) or nest(found, inline_top=True)
    numbered = {m.para for m in nested if m.para >= tail}
    last_label = max(
        [i for i, p in enumerate(paras) if LABEL_START.match(fold(p))] + sorted(numbered),
        default=-1,
    )
    # The closing often turns to the audience again: 各位代表，… / 同志们，…
    sal_parts = [p for p in _SAL_SPLIT.split(fold(salutation.rstrip("：: "))) if len(p) >= 2]

    def addressed(f: str) -> bool:
        return bool(_ADDRESS.match(f)) or any(
            f.startswith(p) and f[len(p) : len(p) + 1] in "，,！!、" for p in sal_parts
        )

    for i in window:
        f = fold(paras[i])
        if i <= last_label or paras[i] == TRUNCATED:
            continue
        if f.startswith("最后") and uses_seq_words and not _LAST_WISH.match(f):
            continue  # 首先…其次…最后: the last point (but 最后，祝大家… closes)
        if addressed(f) and not _CLOSING_PHRASE.match(f):
            # 同学们，感恩是…。/ 同学们，奋斗是…。: the address opens each part of an unnumbered
            # speech; the closing is the last part so addressed (or one that says it closes).
            if any(addressed(fold(paras[j])) for j in range(i + 1, len(paras))):
                continue
            return i
        if _CLOSING_START.match(f) or addressed(f):
            return i
    last = len(paras) - 1
    if last > max(last_label, 0) and fold(paras[last]).rstrip().endswith(("！", "!")):
        return last
    if last > last_label + 1 >= 1 and _SUMS_UP.search(fold(paras[last])):
        return last  # …，确保完成全年目标任务。 after the last part's own paragraphs: what sums up
    points = [i for i, p in enumerate(paras) if _POINT_PARA.match(fold(p))]
    if (
        len(points) >= 2
        and points[-1] == last_label < last
        and points == list(range(points[0], points[0] + len(points)))
    ):
        return last_label + 1  # 一是…。二是…。 a paragraph each, then what sums them up
    return None


_POINT_PARA = re.compile(f"^{NUM}是")
# What only a closing says, wherever in its paragraph: 希望大家…, 以上安排，请…抓好落实
_SUMS_UP = re.compile(
    "希望大家|希望同志们|希望各位|让我们|以上安排|以上部署|请各[^。]{1,12}抓好落实|奋力谱写"
    "|开创[^。]{0,12}新局面|作出(?:新的)?更大(?:的)?贡献|再创新佳绩|再上新台阶"
)


_LAST_WISH = re.compile(f"^{LAST_WISH}")
_SAL_SPLIT = re.compile("[、，,和及]")
# A statement heading may end with a quoted phrase: 以学铸魂，把理论学习作为…的“压舱石”
_QUOTED_END = re.compile("“[^“”]{1,10}”$")
_UNNUMBERED = Scheme("unnumbered", re.compile(""), needs_pair=False)
_HEADING_LINE_END = "。！？；：，、!?;:,…”」』）)"


def _unnumbered_headings(paras: list[str]) -> list[Marker]:
    """With no numbering at all, short unpunctuated lines each followed by a longer paragraph
    are top-level headings (at least two of them, or it is just a short paragraph)."""
    found: list[Marker] = []
    for p, para in enumerate(paras[1:-1], start=1):
        text = nows(para)
        if (
            4 <= len(text) <= 30
            and (text[-1] not in _HEADING_LINE_END or _QUOTED_END.search(text))
            and not SENTENCE_MARK.search(text)
            and text[0] not in "（(“「『《【[—-"
            and len(nows(paras[p + 1])) > len(text) + 10
        ):
            found.append(Marker(p, 0, 0, _UNNUMBERED, len(found) + 1, "", level=1))
    return found if len(found) >= 2 else _parallel_headings(paras)


# Openings too common to mark a parallel run of headings (我们要…。我们要…。 is just prose).
_COMMON_OPENINGS = frozenset(
    {"我们", "同志", "大家", "这是", "今年", "去年", "目前", "当前", "同时", "另外"}
)


def _parallel_headings(paras: list[str]) -> list[Marker]:
    """With no numbering at all, three or more paragraphs that open alike (排比: 这一年我们…。 /
    这一年我们…。, 坚持以…。) with a short first sentence are headed by that sentence."""
    heads = []
    for p, para in enumerate(paras):
        text = para.strip()
        first = re.match(r"[^。！？；\n]{6,30}[。！？；]", text)
        if first is None:
            continue
        alone = first.end() == len(text)  # the heading is its own line
        followed = p + 1 < len(paras) and len(paras[p + 1]) > len(text) + 10
        if len(text) > first.end() + 20 or (alone and followed):
            heads.append((p, fold(text[:3])))
    best: list[int] = []
    for prefix in {h[1][:2] for h in heads} - _COMMON_OPENINGS:
        run = [p for p, opening in heads if opening.startswith(prefix)]
        if len(run) > len(best):
            best = run
    if len(best) < 3 or best[-1] - best[0] > 2 * len(best):
        return []  # not a parallel run: too few, or scattered over the speech
    return [Marker(p, 0, 0, _UNNUMBERED, n, "", level=1) for n, p in enumerate(best, start=1)]


_APPLAUSE_CUE = re.compile(
    "[，,](?:请|让我们)?(?:大家|全体)?(?:以热烈的掌声)?(?:热烈)?(?:欢迎|鼓掌(?:欢迎)?)$"
)


def segment(paras: list[str], salutation: str) -> list[ParsedSection]:
    """Paragraphs after the salutation → opening, numbered sections, closing."""
    cut = any(p != TRUNCATED for p in paras) and paras[-1] == TRUNCATED  # the copy stops short
    paras = [p for p in paras if p != TRUNCATED]
    closing_at = _closing_start(paras, salutation) if paras else None
    main = paras[:closing_at] if closing_at is not None else paras
    closing = paras[closing_at:] if closing_at is not None else []
    found = find_markers(main)
    nested = nest(found, cut=cut)
    # No numbered part at all: a list inside a paragraph (几点希望：第一，…；第二，…) is the top.
    markers = (
        _without_enumerations(main, nested) if nested else nest(found, inline_top=True, cut=cut)
    )
    markers = markers or _unnumbered_headings(main)
    markers = _with_keyword_points(main, markers)
    points = _opening_points(main, markers)
    opening, sections = _cut(main, points + markers)
    for section in sections[: len(points)]:
        section.parent = None  # set to the opening below
    result: list[ParsedSection] = []
    if opening:
        result.append(ParsedSection(level=1, kind="opening", body="\n".join(opening)))
    shift = len(result)  # parent indices move down by one when an opening comes first
    for s in sections:
        if s.parent is not None:
            s.parent += shift
        elif s.level > 1 and opening:
            s.parent = 0  # a point listed in the opening (主要有两点考虑：一是…二是…)
    result.extend(sections)
    if closing:
        result.append(ParsedSection(level=1, kind="closing", body="\n".join(closing)))
    _assign_anchors(result)
    return result


# 形势：据预测… / 短板：全县共有… — a part's points named by a word and a colon.
_KEYWORD_POINT = re.compile(f"^([{HAN}]{{2,6}})[：:](?=[^：:]{{15}}.*[。！？；])")
# Words before a colon that name no point: a notice's fields, and who speaks (主持人：, 张书记：).
_NOT_A_POINT = re.compile(
    "(?:时间|地点|日期|主持|参加|出席|列席|议程|联系|电话|地址|附件|来源|作者|编辑|备注|说明)"
    "|(?:人|长|书记|主任|员|者|们|主席|经理|委|老师|医生|学生|同学|代表|男|女|合|甲|乙|丙|丁)$"
)
_KEYWORD = Scheme("keyword", re.compile(""), needs_pair=False)


def _with_keyword_points(paras: list[str], markers: list[Marker]) -> list[Marker]:
    """Two or more consecutive paragraphs that open with a short word and a colon (形势：…,
    短板：…, 思想：…) right under a top-level part are its points: level 2, no number."""
    if not markers:
        return markers
    points: list[Marker] = []
    by_para = {m.para: m for m in markers}
    run: list[int] = []  # consecutive point paragraphs since the last marker or other paragraph
    parent: Marker | None = None
    for p, para in enumerate([*paras, ""]):  # ("": the last run ends too)
        if p not in by_para and _keyword_point(para):
            run.append(p)
            continue
        _add_points(points, run, parent)
        run = []
        parent = by_para.get(p, parent)
    if not points:
        return markers
    return sorted(markers + points, key=lambda m: (m.para, m.offset))


def _keyword_point(para: str) -> bool:
    if "：" not in para[:9] and ":" not in para[:9]:
        return False
    m = _KEYWORD_POINT.match(fold(para.strip()))
    return m is not None and not _NOT_A_POINT.search(m.group(1))


def _add_points(points: list[Marker], run: list[int], parent: Marker | None) -> None:
    if len(run) < 2 or parent is None or parent.level != 1 or parent.scheme.inline:
        return
    first = len(points)
    for n, p in enumerate(run, start=1):
        points.append(Marker(p, 0, 0, _KEYWORD, n, "", level=2, run=first))


def _without_enumerations(paras: list[str], markers: list[Marker]) -> list[Marker]:
    """Labelled lines that are items of one sentence (议程是：/ 一、听取…；/ 二、审议…；/ 三、选举…。,
    or 十条禁令 1.严禁…； inside a part) are a list inside the text, not sections: a run of
    consecutive short lines ending in ；, the last in 。 — at any level."""
    dropped: set[int] = set()
    runs: dict[tuple[int, int], list[Marker]] = {}
    for m in markers:
        runs.setdefault((m.level, m.run), []).append(m)
    for run in runs.values():
        if len(run) < 2 or any(m.offset for m in run):
            continue
        items = [paras[m.para].rstrip() for m in run]
        consecutive = all(b.para == a.para + 1 for a, b in itertools.pairwise(run))
        listed = all(text[-1:] in "；;" for text in items[:-1]) and items[-1][-1:] in "。；;"
        # A host's steps (一、请…局长宣读…；二、请…讲话；) are the script's parts, not a list.
        handovers = sum(paras[m.para][m.end :].lstrip().startswith("请") for m in run)
        if consecutive and listed and all(len(t) <= 60 for t in items) and 2 * handovers < len(run):
            dropped |= {m.para for m in run}
    if not dropped:
        return markers
    kept = [m for m in markers if m.para not in dropped]
    # (the agenda listed up front was the top level: the steps under it move up)
    levels = {level: n for n, level in enumerate(sorted({m.level for m in kept}), start=1)}
    for m in kept:
        m.level = levels[m.level]
    return kept


def _opening_points(paras: list[str], markers: list[Marker]) -> list[Marker]:
    """An inline list in the opening, before the first numbered part (主要有两点考虑：一是…。
    二是…。): its items are level-2 points of the opening. Only a list in sequence of two or more
    items counts."""
    end = markers[0].para if markers else len(paras)
    if not markers or markers[0].offset or end == 0:
        return []
    found = [m for m in find_markers(paras[:end]) if m.scheme.inline]
    points = nest(found, inline_top=True)
    if len(points) < 2 or any(m.level != 1 for m in points):
        return []
    # 变化大家都看在眼里。一是路通了。…, then 一是希望…。 opening a paragraph: when the speech's
    # own top level is a list in the same style, the opening's list is one more of them.
    peers = markers[0].scheme.inline and all(m.scheme is markers[0].scheme for m in points)
    for m in points:
        m.level = 1 if peers else 2
    return points


def _cut(paras: list[str], markers: list[Marker]) -> tuple[list[str], list[ParsedSection]]:
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
            start = m.end
            note = _STAGE_NOTE.match(para, start) if m.scheme.label_in_heading else None
            if note:  # （讲话完毕）现在进行第三项议程…: the cue ends the step before
                current.append(note.group(0))
                start = note.end()
            tag = _HOST_TAG.match(para, start) if m.scheme.label_in_heading else None
            if tag:  # 男：下面进行第一项议程… — which host says it, not the step (kept in the text)
                current.append(tag.group(0).strip())
                start = tag.end()
            # 下面进行第一项议程：请…: an agenda step's heading is its whole sentence.
            heading, heading_end, rest = split_heading(
                para[start:stop],
                own_line,
                colon_ends=not m.scheme.label_in_heading,
            )
            # …请县委书记讲话，大家欢迎！ — the call for applause is the host's, not the step
            cue = _APPLAUSE_CUE.search(heading) if m.scheme.label_in_heading else None
            if cue:
                heading, heading_end, rest = (
                    heading[: cue.start()],
                    "",
                    heading[cue.start() :] + heading_end + rest,
                )
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
        if s.parent is not None and sections[s.parent].kind == "opening":
            s.anchor = f"opening-{n}"
        elif s.parent is None or sections[s.parent].kind != "body":
            s.anchor = f"s{n}"
        else:
            s.anchor = f"{sections[s.parent].anchor}-{n}"


# --------------------------------------------------------------------------------------------
