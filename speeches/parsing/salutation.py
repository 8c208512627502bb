"""Stage 3, header: the salutation (同志们：, 尊敬的各位领导、同志们：, 大家好！), where it is,
and the lines a copy glued to it or broke it over.

An address must end with a person noun or a greeting (各位要注意：… is not one); a title or a
date glued before it, and an address broken over several short lines, are split or joined."""

from __future__ import annotations

import re
from functools import lru_cache

from .junk import is_junk_line
from .speakers import DASH
from .tables import ROLE_SUFFIX
from .text import TRUNCATED, fold, nows
from .title import is_header_line, title_candidate

_ADDRESSEE = (
    r"尊敬的|尊重的|亲爱的|敬爱的|各位|诸位|同志们|朋友们|乡亲们|同学们|老师们|女士们|先生们|大家|全体|在座的"
    r"|各村|各乡镇?|各镇|各街道|各社区|各单位|各部门|召集人|全[县市区镇乡]广大"
    r"|各级|市民|村民|居民|青年|家长|来宾|嘉宾|代表们|委员们|战友们|同仁们|小朋友们|孩子们"
    r"|(?:代|署理)?主席(?=[：:，,])|议长(?=[：:，,])"  # a council's chair: 代主席：
    # any audience called by its plural: 少先队员们，青年朋友们，同志们：
    r"|(?!我们|你们|他们|她们|咱们|人们)[\u4e00-\u9fff]{2,5}们(?=[，,、：:])"
)
_GREETING = r"(?:大家|你们|各位)?(?:上午|下午|晚上|早上|中午)?好|早安|午安|晚安|新年好|过年好|节日快乐|新春快乐"
_INLINE_ADDRESS = re.compile(
    r"^\s*(?:各位[^，,：:。！？]{1,12}[，,、])*(?:亲爱的)?(?:同志们|朋友们|同学们|乡亲们)[，,](?=[^，,。]{6})"
)
_GREETING_ONLY = re.compile(f"^(?:{_GREETING})$")
# A named guest may come first: 陈主席、各位嘉宾… / 周永健副主席（…）、各位来宾… / Mandy（李敏仪）、…
_NAMED_GUEST = (
    f"(?:(?:[^\\s：:。，,、！？“”]{{0,8}}?(?:{ROLE_SUFFIX}|先生|女士|博士|教授|阁下)"
    r"|[A-Za-z][A-Za-z .]{1,20}(?=[（(]))"
    r"(?:[（(][^（）()]{1,30}[）)])?[、，,])*"
)
# Named guests, then the addressees, perhaps after their body (市府的各位同仁们大家好).
_ADDRESS = f"{_NAMED_GUEST}(?:[^\\s：:。，,、！？“”]{{1,6}}的)?(?:{_ADDRESSEE})"
# (a greeting ends it: 同志们好， 大家上午好！ — not 把社办好，)
_SAL = re.compile(
    f"^(?P<sal>{_ADDRESS}[^：:。！？!?“”「」\\n]{{0,150}}?)"
    "(?:[：:]|(?:(?<=家好)|(?<=们好)|(?<=位好)|(?<=午好)|(?<=上好)|(?<=晚好)|(?<=年好))[，,！!])"
)
_WEAK_SAL = re.compile(f"^(?P<sal>{_ADDRESS}[^：:。！？!?“”「」\\n]{{0,40}}?)[！!，,]?$")
# The address must end with a person noun or a greeting, so 各位要注意：… is not a salutation.
_SAL_NOUN = re.compile(
    r"(?:们|领导|来宾|嘉宾|贵宾|代表|同志|朋友|委员|书记|老师|同学|家长|各位|校友|乡亲|市民|村民|居民"
    r"|群众|职工|员工|干部|党员|学员|青年|战友|[好诗文书学队会病]友|亲友团|专家|学者|企业家|同仁|女士|先生|会员|队员|选手|运动员"
    r"|裁判员|志愿者|师生|考生|新生|毕业生|少年|儿童|小朋友|官兵|民警|主任|主席|校长|院长|局长|部长|长者|长辈|议员|邻长|里长|护士长|成员|常委|秘书长"
    r"|同事|亲友|亲属|家人|伙伴|同胞|家属|父老|宾客|宗亲|工作人员|教职工|教职员工|[护网安联管]\w{0,2}员|同人|工友"
    r"|楼栋长|楼长|单元长|网格长|组长|队长|村长|社长|站长|所长|科长|处长|股长|班长|厂长"
    f"|{_GREETING})$"
)
# A title glued to the salutation (…的讲话同志们：…), perhaps with a bracketed date between.
_SAL_INLINE = re.compile(
    r"(?:讲话|致辞|致词|贺词|幕词|发言|党课|提纲|持词|讲稿|迎词|谢词|话稿|言稿)[】\]]?(?P<note>\s*[（(][^（）()\n]{1,16}[）)])?\s*"
    r"(?=(?:尊敬的|尊重的|亲爱的|各位|同志们|朋友们|乡亲们|同学们|老师们)[^：:。]{0,60}[：:])"
)
# A site's editor note glued between title and salutation: …的讲话编者按：本文…同志们：
_GLUED_NOTE = re.compile(
    r"^.{6,80}?(?:讲话|致辞|发言|党课|讲稿|主持词)(?P<note>(?:编者按|摘要|导语|内容提要|导读)[:：].*?)"
    r"(?=(?:尊敬的|亲爱的|各位|同志们|朋友们|乡亲们|同学们|老师们)[^：:。]{0,60}[：:])"
)
# A date glued before the salutation on one line: 2023年5月4日　同志们：
_DATE_BEFORE_SAL = re.compile(
    r"^[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月"
    r"[\d一二三四五六七八九十]{1,3}日[）)]?[\s，,]*(?=\S)"
)


# A lecture's title, its genre said first, glued to the address: 党课讲稿：杜绝…第一关同志们：
_LECTURE_TITLE_THEN_SAL = re.compile(
    "^(?P<t>(?:[^。！？：:]{0,6}党课|党课讲稿|讲稿)[：:][^。！？：:]{4,50}?)\\s*"
    "(?=(?:尊敬的|各位|同志们|亲爱的)[^：:。]{0,40}[：:])"
)
# A title run into the first numbered heading, the speech having no salutation
_TITLE_THEN_POINT = re.compile("(?:讲话|致辞|发言|讲稿|话稿|言稿)(?=一、)")


def split_glued(lines: list[str]) -> list[str]:
    """Title glued to the salutation (…的讲话同志们：今天…) and salutation glued to the first
    paragraph (同志们：今天…) become separate lines."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if n < 12:
            note = _GLUED_NOTE.match(fold(line))
            if note and title_candidate(line[: note.start("note")]):
                out.append(line[: note.start("note")].strip())  # the title
                out.append(line[note.start("note") : note.end("note")].strip())  # 编者按：… (junk)
                line = line[note.end("note") :]
            m = _SAL_INLINE.search(fold(line))
            cut = m.start("note") if m and m.group("note") else m.end() if m else 0
            title = _unbracketed(line[:cut])
            if m and title_candidate(title):
                out.append(title)
                if m.group("note"):
                    out.append(line[cut : m.end()].strip())  # （2023年2月10日）: a date line
                line = line[m.end() :]
            lead = _LECTURE_TITLE_THEN_SAL.match(fold(line)) if not m else None
            if lead and title_candidate(line[: lead.end("t")]) and salutation(line[lead.end() :]):
                out.append(line[: lead.end("t")].strip())  # 党课讲稿：…“第一关”同志们：…
                line = line[lead.end() :]
            point = _TITLE_THEN_POINT.search(fold(line), 0, 80)
            if point and title_candidate(line[: point.end()]):
                out.append(line[: point.end()].strip())  # …时的讲话一、认真吸取…: no address
                line = line[point.end() :]
            d = _DATE_BEFORE_SAL.match(fold(line))
            if d and salutation(line[d.end() :]):
                out.append(line[: d.end()].strip())
                line = line[d.end() :]
        if n < 40 and out and salutation(line):
            line = _address_above(out) + line.strip()
        out.append(line)
    return out


def _address_above(out: list[str]) -> str:
    """The first lines of an address the copy broke over several lines, taken off `out`
    (尊敬的主宾　某某部长，/ 宗乡总会会长　某某先生，/ 各位理事、各位乡亲，/ 女士们、先生们：): a run of
    short lines each ending in 、 or ，, the first opening 尊敬的, 各位 or 亲爱的."""
    k = len(out)
    while k > 0 and len(out) - k < 8 and _ADDRESS_PART.match(fold(out[k - 1].strip())):
        k -= 1
    start = next(
        (i for i in range(k, len(out)) if _ADDRESS_CONTINUED.match(fold(out[i].strip()))), None
    )
    if start is None:
        return ""
    head = "".join(ln.strip() for ln in out[start:])
    del out[start:]
    return head


# The first half of an address the copy broke over two lines: 各位委员、 / 尊敬的各位来宾，
# (or broken after its 亲爱的: 尊敬的各位老师、亲爱的 / 同学们：)
_ADDRESS_CONTINUED = re.compile(
    "^(?:各位|尊敬的|亲爱的)[^。！？：:]{1,40}(?:[、，,]|[、，,]亲爱的|[、，,]尊敬的)$"
)
_ADDRESS_PART = re.compile("^[^。！？：:；]{2,40}(?:[、，,]|[、，,]亲爱的|[、，,]尊敬的)$")


def glued_salutation(line: str) -> bool:
    """A title with the salutation glued after it (…上的讲话各位领导、同志们：)."""
    m = _SAL_INLINE.search(fold(line)) if "：" in line or ":" in line else None
    return m is not None and title_candidate(_unbracketed(line[: m.end()]))


def _unbracketed(title: str) -> str:
    """A glued title without the page's brackets: 【…的讲话】同志们： or …的讲话】同志们："""
    title = title.strip()
    if title.endswith(("】", "]")):
        title = title[:-1].removeprefix("【").removeprefix("[")
    return title


@lru_cache(maxsize=4096)  # called on the same lines by several stages
def salutation(line: str) -> str:
    """The salutation at the start of `line`, colon included (同志们：), or "".
    Its address must end with a noun (们, 领导, 来宾 …) so 各位要注意：… is not one."""
    head = line[:200]
    if "：" not in head and ":" not in head and "好" not in head:
        return ""  # every salutation ends with a colon or a greeting
    f = fold(line)
    m = _SAL.match(f)
    if not m:
        return ""
    sal = m.group("sal").rstrip("，,、！! \u3000")
    if not _SAL_NOUN.search(sal) or re.search(r"指出|强调|认为|要求", sal):
        return ""
    if _GREETING_ONLY.match(sal) and f[m.end() :].strip():
        return ""  # 大家好！今天… opens the text; a line of its own (大家好！) is the address
    return line[: m.end()]


def find_salutation(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:80]):
        if line != TRUNCATED and salutation(line) and (len(nows(line)) <= 90 or i < 25):
            return i
    # No colon anywhere: a line that is only an address ending in ！ or ， (同志们！) near the top.
    for i, line in enumerate(lines[:25]):
        if line != TRUNCATED and weak_salutation(line):
            return i
    # No address line at all: the first paragraph opens with it (同志们，根据…, a flattened copy).
    for i, line in enumerate(lines[:12]):
        if not line.strip() or line == TRUNCATED or is_junk_line(line) or is_header_line(line):
            continue
        if title_candidate(line) or (i + 1 < len(lines) and DASH.match(lines[i + 1])):
            continue
        return i if _INLINE_ADDRESS.match(fold(line.strip())) else None
    return None


def weak_salutation(line: str) -> bool:
    m = _WEAK_SAL.match(fold(line.strip()))
    return m is not None and bool(_SAL_NOUN.search(m.group("sal")))


def salutation_of(line: str) -> str:
    """The salutation opening `line`: strong (同志们：), weak (a whole line 同志们！) or the address
    that opens the first paragraph (同志们，根据…)."""
    strong = salutation(line)
    if strong:
        return strong
    if weak_salutation(line):
        return line.strip()
    m = _INLINE_ADDRESS.match(fold(line))
    return line[: m.end()] if m else ""
