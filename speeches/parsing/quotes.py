"""Stage 5, per section: quotes (quotation / slogan / document), placeholders, stage directions.

Offsets index `section.text`. Only outer quotes are reported; an unclosed mark closes at the end
of its paragraph."""

from __future__ import annotations

import re
from dataclasses import replace

from .records import ParsedPlaceholder, ParsedQuote, ParsedSection, ParsedStageDirection
from .tables import ROLE_SUFFIX, SURNAMES
from .text import HAN, SENTENCE_SPLIT, fold

OPEN_Q = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}
_QUOTE_MARK = re.compile('[“”「」『』‘’"]')
_BOOK_TITLE = re.compile("《([^《》\n]{1,80})》")


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Outer quotes of one paragraph: (start of inner text, end of inner text, closed?)."""
    spans: list[tuple[int, int, bool]] = []
    marks = [(m.start(), m.group(0)) for m in _QUOTE_MARK.finditer(text)]
    k = 0
    while k < len(marks):
        i, ch = marks[k]
        if ch not in OPEN_Q:
            k += 1  # a stray closing mark
            continue
        close, depth = OPEN_Q[ch], 1
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


# Somebody called by a title or a kind of person: 县委书记, 老支书, 患者家属, 老大爷…
_TITLED = (
    f"[^，,。：:；;“”「」\\s]{{0,8}}?(?:{ROLE_SUFFIX}|总理|省长|市长|县长|同志|先生|专家|学者|教授|老师|前辈|先辈|长辈"
    r"|父亲|母亲|爷爷|奶奶|祖父|祖母|外公|外婆|姥姥|姥爷|导师|恩师|作家|诗人|哲学家|思想家|科学家|伟人|师傅|大爷|大娘|阿姨|老人|老汉"
    r"|老党员|党员|村民|群众|乡亲|乡亲们|老百姓|同事|战友|主要领导|负责同志|医师|医生|大夫|院士|护士长|家属"
    r"|牧师|神父|法师|社员|员工|职工|工人|农民|居民)"
)
# Leaders and sages quoted by name, with the title they are given (习近平总书记, 毛泽东同志)
_FIGURE = (
    r"(?:习近平|毛泽东|邓小平|江泽民|胡锦涛|李克强|周恩来|刘少奇|朱德|陈云|孙中山|马克思|恩格斯|列宁"
    r"|方志敏|焦裕禄|雷锋|鲁迅|孔子|孟子|老子|荀子|庄子|韩非子|管子|墨子|朱熹|王阳明|顾炎武|范仲淹|司马迁|苏轼"
    r")(?:总书记|主席|同志|总理|先生)?|总书记|习总书记|毛主席"
)
_SPEAKER = (
    f"{_FIGURE}"
    r"|古人|先贤|先哲|前人|古语|俗话|俗语|老话|古话|名言|有人"
    f"|一位(?:{_TITLED}|[^，。：；“”「」所]{{1,8}})|{_TITLED}"
)
_VERB = (
    r"指出|强调|说过|所说|所言|写道|说|要求|批示|提出|讲过|讲到|所讲|讲|谈到|告诫|寄语|号召|重申|阐述|论述"
    r"|教导|嘱托|勉励|叮嘱|指示|写下|写过|有云|有话|有言|云|曰|提醒"
)
_SURNAME = "".join(sorted(SURNAMES))


def _attribution(name: str) -> re.Pattern[str]:
    """Speaker, [name,] [在 source 中,] adverbs, verb, then what comes before the quote."""
    return re.compile(
        f"(?P<speaker>{_SPEAKER}){name}"
        # (在莫斯科会见留学生时，说过: the occasion may close with a comma)
        f"(?:在(?P<source>[^，。：；“”「」]{{2,40}}?)(?:中|上|里|时|期间|间隙|之余|之际)[，,]?)?"
        f"(?!的)(?P<adv>[^，。：；“”「」]{{0,6}}?)(?P<verb>{_VERB})"  # (…三十年的老工人: no adverb)
        # (…里写下的一段话：“…” — what was written, not a relative clause before the quote)
        "(?P<gap>(?!的)[^。！？“”「」『』]{0,14}|的(?:一段|一句|这段|这句|那段|那句)?话[：:]?)$"
    )


_ATTRIB = _attribution("")
# A name after the post, as written: 董事长周建华说, 班长刘志刚在抢修间隙对我说
_ATTRIB_NAMED = _attribution(
    f"(?P<name>[{_SURNAME}](?:[{HAN}]{{1,2}}(?:同志|先生|女士)|[{HAN}]{{2}}|[{HAN}]))"
)
# Words a clause may begin with before its speaker: 践行习总书记强调 → 习总书记.
_LEAD = re.compile(
    "(?:正如|诚如|恰如|就像|如同|按照|根据|遵照|践行|落实|贯彻|学习|领会|牢记|遵循|认真|深入|坚决|这是|正是"
    "|听到|听见|常听|记得|想起"
    "|也是|就是|我们|大家|要|把|将|以|对|按|据|被|让|和|与|同|向|而|但|并|又|再|都|也)+"
)
# Any name right before the verb, when the clause is just that: 托尔斯泰说：“…”
_NAMED = re.compile(
    # (no pronoun, 要, 了 or 别 in it, no time word first: 以前我们讲“走出去”，现在要讲“走进去”,
    # 考好了别光说“别骄傲” name nobody)
    # (其中有一篇这样写道: a text of somebody's, not a name)
    f"(?P<speaker>(?!大家|人们|有的|这|那|现在|过去|以前|如今|今天|当年|以往|其中)"
    f"(?:(?![我你他她咱要了别])[{HAN}·]){{2,8}}?)(?<!这样)(?<!那样)(?<!如此)"
    r"(?:在(?P<source>[^，。：；“”「」]{1,30}?)(?:中|里|上))?"
    r"(?P<adv>曾经|曾|也|就|常|常常|早就|早已|经常|一再|有诗|回忆|感慨地|动情地"
    r"|(?:拉着|握着|拉住|握住|望着|看着|指着)[^，。：；“”「」]{0,8}?)?"
    r"(?P<verb>所说|说过|说|指出|强调|写道|讲过|讲|云)[：:，,]?\s*$"
)
# A book says it, nobody named before: 《论语》中说：“…”
_BOOK_SAID = re.compile(
    "^《(?P<book>[^《》]{1,20})》(?:中|里|上)?(?P<verb>说|写道|讲|云|有云|指出)[：:，,]?\\s*$"
)
# A known speaker inside a longer match: 要自觉践行习总书记强调 → 习总书记.
_MASK = "*×Xx某○□"
_KNOWN = re.compile("习近平|胡锦涛|江泽民|习总书记|总书记|毛泽东|毛主席|邓小平|周恩来")
_AFTER_ATTRIB = re.compile(
    r"^[。！!]?\s*\n?[—―─\-－]{1,3}\s*"
    f"(?P<speaker>(?!这|那|此|是)(?:{_SPEAKER}|[{HAN}·]{{2,8}}?))(?=[\\s，,。（(《\\n]|在|$)"
)
_PLACEHOLDER = re.compile(
    # a masked year with its 年, even before a masked month (20xx年x月)
    r"(?<![A-Za-z0-9])(?:19|20)(?:[Xx×*]{1,2}|\d[Xx×*])(?:年|(?![A-Za-z]))"
    r"|×{2,16}|×(?:同志)?|\*{2,16}|＊{2,16}"
    + f"|(?<=[{HAN}，、；：“（])\\*(?=[{HAN}%％])"  # 落实*市委, 刚才，*同志, 增长*%
    # (○ is also a zero in a year written in numerals: 二○○六年 is no mask)
    r"|(?<![〇零○一二三四五六七八九])○{2,16}(?![〇零○一二三四五六七八九]*年)|□{2,16}|某{2,16}|[☆★]{1,6}|_{2,16}|(?<![A-Za-z0-9])20_{1,2}(?![A-Za-z0-9])"
    r"|(?<![A-Za-z])[Xx]{2,16}(?![A-Za-z])|(?<![A-Za-z0-9])[Xx](?:同志)?(?![A-Za-z0-9])"
    r"|[ⅹⅩ]{1,4}"  # the Roman-numeral ten a template used for x
)
_PLACEHOLDER_CHAR = re.compile("[Xx×*＊○□某☆★_ⅹⅩ]")
_STAGE = re.compile(
    r"[（(](?:[^（）()\n]{0,10}(?:鼓掌|掌声|稍停|停顿|起立|就座|入场|退场|奏国歌|唱国歌|奏乐|音乐|宣读|颁奖|全场|休息)"
    r"[^（）()\n]{0,10})[）)]"
)


def _classify(text: str, start: int, end: int, closed: bool) -> ParsedQuote:
    """Kind and attribution of the quote text[start:end] (its marks sit just outside)."""
    inner = text[start:end]
    line_start = text.rfind("\n", 0, start - 1) + 1
    before = text[line_start : start - 1]
    signed = closed and _AFTER_ATTRIB.match(text[end + 1 : end + 20])  # “…”\n——毛泽东
    colon_before = text[max(0, line_start - 2) : line_start - 1] in ("：", ":")
    if not before.strip() and colon_before and not signed:
        # A quotation set apart as its own paragraph, introduced at the end of the one before.
        before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    # The clause before the opening mark, back to the last sentence end on the same line.
    pre = SENTENCE_SPLIT.split(before)[-1].lstrip('”」』’"')  # (…。”老支书说：the quote before)
    folded = fold(pre)
    # 有人说，职业教育是“低人一等”的教育: a short phrase that qualifies a noun is nobody's words
    # (…提出了“项目为王、服务为先”的导向, 停留在“学习不够、要求不严”等表述上: a phrase in use)
    phrase = not _CLAUSE_MARK.search(inner)
    modifier = closed and (
        (len(inner) <= 6 and text[end + 1 : end + 2] == "的")
        or (phrase and len(inner) <= 12 and text[end + 1 : end + 2] in ("的", "等"))
    )
    m = None if modifier else _ATTRIB.search(folded)
    if m and phrase and len(inner) <= 6 and _WORD_IN_CLAUSE.search(m.group("gap")):
        m = None  # 老百姓都说，东陵是我们的“娘家人”: a word in their sentence, not their words
    # 董事长周建华说: a name after the post (a surname right after the speaker found, or a post
    # somewhere when no speaker was found)
    after = folded[m.end("speaker") : m.end("speaker") + 1] if m else ""
    if (after in SURNAMES) if m else _POST.search(folded):
        m = _post_and_name(folded) or m
    if m and len(inner) <= 8 and _NAMING.search(m.group("gap")):
        m = None  # 老百姓说这是“蜻蜓点水”: what people call it, a name — nobody's words
    if m:
        known = _KNOWN.search(folded, m.start("speaker"), m.end("speaker"))
        lead = _LEAD.match(folded, m.start("speaker"), m.end("speaker") - 2)
        begin = known.start() if known else lead.end() if lead else m.start("speaker")
        while begin > m.start("speaker") and folded[begin - 1] in _MASK:
            begin -= 1  # ***总书记: a masked name stays with its title
        end = m.end("name") if "name" in m.re.groupindex else m.end("speaker")
        of = folded.rfind("的", begin, end - 1)
        if (of - begin >= 3 or of == begin) and end - of > 2:
            begin = of + 1  # 教了三十多年中文的黄老师 → 黄老师; 我们的创始人 → 创始人
        speaker = pre[begin:end]
        speaker = _named(speaker) or _antecedent(text, line_start, start - 1 - len(pre) + begin)
        source = pre[m.start("source") : m.end("source")] if m.group("source") else ""
        verb = pre[m.start("verb") : m.end("verb")].lstrip("所")
        return ParsedQuote(start, inner, "quotation", speaker, source.strip("《》"), verb)
    clause = re.split("[，,；;、]", folded)[-1]
    lead = _LEAD.match(clause)
    m3 = _NAMED.match(clause, lead.end() if lead else 0)
    if m3 and _WHEN.search(m3.group("speaker")):
        m3 = None  # 问起来就说“正在推进”: when asked, the stock answer — nobody's words
    if m3 and len(inner) > 2:  # 敢于说“不”: a word said, not somebody's words
        at = len(pre) - len(clause)
        said_by = pre[at + m3.start("speaker") : at + m3.end("speaker")].removeprefix("的")
        speaker = _named(said_by) or _antecedent(
            text, line_start, start - 1 - len(pre) + at + m3.start("speaker")
        )
        source = pre[at + m3.start("source") : at + m3.end("source")] if m3.group("source") else ""
        verb = m3.group("verb").lstrip("所")
        return ParsedQuote(start, inner, "quotation", speaker, source.strip("《》"), verb)
    # …同志把这次出发称为“进京赶考”，并且说：“…”: the same sentence's subject says it again.
    again = _SAID_AGAIN.search(folded) if len(inner) > 2 else None
    subject = _sentence_subject(folded[: again.start()]) if again else None
    if again and subject:
        speaker = pre[subject[0] : subject[1]]
        return ParsedQuote(start, inner, "quotation", speaker, "", again.group("verb"))
    m2 = _AFTER_ATTRIB.match(text[end + 1 : end + 20]) if closed else None
    if m2:  # “…”\n——习近平
        return ParsedQuote(start, inner, "quotation", m2.group("speaker"))
    book = _BOOK_SAID.match(clause.lstrip("正如据"))
    if book:
        return ParsedQuote(start, inner, "quotation", book["book"], "", book["verb"])
    said = _PRONOUN_SAID.match(clause) if len(inner) > 2 else None
    who = _antecedent(text, line_start, start - 1 - len(clause)) if said else ""
    if said and who:  # 林某先生…，他曾对我说：“…”
        return ParsedQuote(start, inner, "quotation", who, "", said.group("verb"))
    if (
        pre.rstrip().endswith(("：", ":"))
        and len(inner) >= 12
        and _CLAUSE_MARK.search(inner)
        and not _INSCRIBED.search(folded)
    ):
        return ParsedQuote(start, inner, "quotation")  # a whole sentence cited after a colon
    return ParsedQuote(start, inner, "slogan")


_CLAUSE_MARK = re.compile("[，。；！？]")
# A clause of its own between the verb and a short quote: 都说，东陵是我们的“娘家人”
_WORD_IN_CLAUSE = re.compile(f"[，,][{HAN}]{{2,}}(?:的|是)$|[，,][{HAN}]{{6,}}$")
# A name with its title, after words that describe the person: 外科专家顾怀山教授
_DOING_BEFORE = re.compile("^[\u4e00-\u9fff]{1,6}?[着了](?=[\u4e00-\u9fff]{2,})")
_NAMING = re.compile("这(?:就)?(?:是|叫)|叫做?|称为|称之为|称作")
_WHEN = re.compile("(?:起来|的时候|时候|之时|以后|之后)$")
_ADVERB_END = re.compile("(?<=[\u4e00-\u9fff]{2})(?:曾经|曾|也|就|常常|常|经常|一再|又|还)$")
_PRONOUN_TO = re.compile("^[我你他她咱][^对跟向给]{0,6}[对跟向给]")
# (一位老病人出院时对我 → 一位老病人: who, not when or to whom)
_TO_ME = re.compile(
    f"(?<=[{HAN}]{{2}})(?:(?:[{HAN}]{{2}}时)?(?:对|跟|向)(?:我们|我|大家)|在[{HAN}]{{2,6}}时)$"
)
_WRITTEN_IN = re.compile(f"^[{HAN}]{{1,2}}[上里中]$")
_DESCRIBED_NAME = re.compile(
    f"(?:(?:{ROLE_SUFFIX}|前辈|创始人)(?P<name>[{HAN}]{{2,3}}(?:医师|医生|大夫|教授|老师|先生|同志|院士))"
    # 唐代名医孙思邈, 著名作家某某: a description, then the name
    f"|(?:名医|[{HAN}]{{1,2}}家|专家|学者|诗人|词人|[唐宋元明清汉晋秦隋]代|[唐宋元明清汉晋秦隋]朝|古代|近代)"
    f"(?P<bare>[{HAN}]{{2,3}}(?:医师|医生|教授|老师|先生)?))$"
)
_SAID_AGAIN = re.compile(
    r"[，,](?:并且|并|又|还|也|接着|随后|进而|同时|曾|还曾|后来)?(?P<verb>说|指出|强调|写道)[：:，,]?\s*$"
)
# A sentence's subject, a person first: 一位老大爷端来一锅姜汤，说：“…” → 老大爷
_SUBJECT = re.compile(
    f"(?:一位|一名|有位|有一位|这位|那位)?(?P<speaker>{_TITLED}|{_SPEAKER})(?![{HAN}]{{0,2}}[：:])"
)


def _named(speaker: str) -> str:
    """The name (with its title) a description leads up to: 首任院长王德明医师 → 王德明医师,
    唐代名医孙思邈 → 孙思邈. Nobody for 她含着泪对父亲 or 我就跟主任 (the speaker is a pronoun)
    and for 信上 (a letter says it)."""
    if _PRONOUN_TO.match(speaker) or _WRITTEN_IN.match(speaker):
        return ""
    speaker = _TO_ME.sub("", speaker)  # 一位老病人出院时对我, 一位老客户在回访时 → 一位…
    speaker = _ADVERB_END.sub("", speaker)  # 一位老兵曾 → 老兵 (the adverb before 对我说)
    speaker = _DOING_BEFORE.sub("", speaker)  # 第一页抄着冰心先生 → 冰心先生
    described = _DESCRIBED_NAME.search(fold(speaker))
    name = described and (described.group("name") or described.group("bare"))
    return speaker[len(speaker) - len(name) :] if name and name[0] in SURNAMES else speaker


_POST_WORD = f"(?:{ROLE_SUFFIX}|党员)"
_POST = re.compile(_POST_WORD)
_POST_END = re.compile(_POST_WORD + "$")
_NOT_A_NAME = re.compile(
    "明确|明白|高度|郑重|严肃|反复|多次|曾经|语重|殷切|一再|经常|常常|专门|特别|亲切|深情|深刻|温和"
)


def _post_and_name(folded: str) -> re.Match[str] | None:
    """The attribution when a post is followed by a name (not 总书记明确指出: an adverb)."""
    m = _ATTRIB_NAMED.search(folded)
    if m and _POST_END.search(m.group("speaker")) and not _NOT_A_NAME.match(m.group("name")):
        return m
    return None


# Who 他 or 她 is: a person named earlier in the paragraph — 林某某先生, 梁同学, …的老学长, …的刘四婆.
_PERSON = re.compile(
    f"(?P<name>[{_SURNAME}][{HAN}]{{1,2}}?)(?=先生|女士|同学|同志)"
    f"|(?P<titled>[{_SURNAME}](?:同学|先生|女士|老师|师傅))"
    f"|(?<=的)(?P<kin>[{HAN}]{{0,3}}?(?:学长|学姐|师兄|师姐|校友|大爷|大妈|大娘|婆|阿婆|奶奶|爷爷|阿姨|老人|老兵))"
    f"(?=[，,。今去如从在是也]|$)"
    f"|(?P<known>{_FIGURE})"
)


_ANTECEDENT_WITHIN = 160  # characters back in the paragraph
# 他曾对我说：, 她在毕业时对我说：, 她跟我说：, 她话：(Cantonese) — a pronoun's clause that says.
_PRONOUN_SAID = re.compile(
    r"^[他她][^，。：；“”「」]{0,12}?(?P<verb>说过|说|写道|讲|话|指出|强调)[：:，,]?\s*$"
)


def _antecedent(text: str, line_start: int, at: int) -> str:
    """他/她 (at text[at]) said it: the person named last before, in the same paragraph ("" when
    there is none)."""
    if text[at : at + 1] not in ("他", "她"):
        return ""
    offset = max(line_start, at - _ANTECEDENT_WITHIN)
    found = list(_PERSON.finditer(fold(text[offset:at])))
    if not found:
        return ""
    start, end = found[-1].span(found[-1].lastgroup or 0)
    return text[offset + start : offset + end]


def _sentence_subject(sentence: str) -> tuple[int, int] | None:
    """Where the last clause of the sentence that opens with a speaker names them."""
    at = None
    for clause in re.finditer("[^，,；;]+", sentence):
        lead = _LEAD.match(sentence, clause.start(), clause.end())
        m = _SUBJECT.match(sentence, lead.end() if lead else clause.start(), clause.end())
        if m:
            at = m.span("speaker")
    return at


# 扉页上印着一句话：“…” — a motto printed or carved somewhere: nobody said it, a slogan.
_INSCRIBED = re.compile("[印写刻挂贴镌][着著有]|镌刻|写在|印在|刻在")


def annotate(section: ParsedSection) -> list[str]:
    """Fill quotes, placeholders and stage directions; return warning codes found."""
    text = section.text
    codes: list[str] = []
    pos = 0
    lines = text.split("\n")
    carried: ParsedQuote | None = None  # a quotation left open for the next paragraph
    for n, line in enumerate(lines):
        spans = quote_spans(line)
        # A quotation over several paragraphs opens each of them and closes only the last: a
        # paragraph that opens with a mark goes on with the one left open above it.
        reopens = n + 1 < len(lines) and lines[n + 1].lstrip(" \u3000")[:1] in OPEN_Q
        went_on, carried = carried, None
        for k, (a, b, closed) in enumerate(spans):
            last = k == len(spans) - 1
            if not closed and not (last and reopens):
                codes.append("unbalanced_quote")
            if b <= a:
                continue
            quote = _classify(text, pos + a, pos + b, closed)
            if went_on and k == 0 and not line[: a - 1].strip(" \u3000") and not quote.speaker:
                quote = replace(went_on, position=quote.position, text=quote.text)
            section.quotes.append(quote)
            if last and not closed and quote.kind == "quotation":
                carried = quote
        pos += len(line) + 1
    for m in _BOOK_TITLE.finditer(text):
        section.quotes.append(ParsedQuote(m.start(1), m.group(1), "document"))
    section.quotes.sort(key=lambda q: q.position)
    _same_speaker_again(section)
    if _PLACEHOLDER_CHAR.search(text):
        section.placeholders = [
            ParsedPlaceholder(m.start(), m.group(0)) for m in _PLACEHOLDER.finditer(text)
        ]
    section.stage_directions = find_stage_directions(text)
    return codes


def _same_speaker_again(section: ParsedSection) -> None:
    """总书记强调，“甲”，“乙”: a quote that follows a quotation with only a comma between is
    the same speaker's."""
    text = section.text
    for before, quote in zip(section.quotes, section.quotes[1:], strict=False):
        if before.kind != "quotation" or not before.speaker or quote.kind != "slogan":
            continue
        gap = text[before.position + len(before.text) : quote.position]
        if _NEXT_QUOTE.fullmatch(gap) and len(quote.text) > 6:
            quote.kind, quote.speaker, quote.verb = "quotation", before.speaker, before.verb


_NEXT_QUOTE = re.compile('[”」』"][，,、；;]?[“「『"]')


def find_stage_directions(text: str) -> list[ParsedStageDirection]:
    """The stage directions in a section's text (（鼓掌）, （全场起立）…), as written, with their
    offsets: the one detection the importer stores and the page mutes."""
    if "（" not in text and "(" not in text:
        return []
    return [
        ParsedStageDirection(m.start(), text[m.start() : m.end()])
        for m in _STAGE.finditer(fold(text))
    ]


# --------------------------------------------------------------------------------------------
