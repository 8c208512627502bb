"""Who speaks, as a line of the page says it: a speaker line's post and name (县委书记　张　三,
县委副书记、县长王海涛, 周某某（某某公司董事长）, 江南省省长:邬承德), a bare name, a byline's label.
Pure functions of strings."""

from __future__ import annotations

import re

from .dates import DATE
from .tables import COMPOUND_SURNAMES, ROLE_SUFFIX, SURNAMES
from .text import HAN, fold, nows

BYLINE = re.compile(
    r"^(?:(?:作者|讲话人|主讲人|主讲|发言人|报告人|表态人|述职人|致辞人|致词人|演讲人|演讲者|撰稿人?|讲者)[:：]|文[／/]"
    r"|【(?:讲话人|主讲人|发言人|报告人|致辞人)】)"  # a book's example: 【致辞人】市卫健委主任
)
DASH = re.compile(r"^[—\-－–―─]{1,4}\s*")
ROLE_NAME = re.compile(
    f"^(?P<role>.*(?:{ROLE_SUFFIX}))(?P<name>[{HAN}×X某]{{2,4}}|[*＊xX]{{2,4}})$"
)
_NAME_ROLE = re.compile(
    # (常务副县长 is one post: 常 is a surname, 常务 no name)
    f"^(?!代理|常务|执行|第一)(?P<name>[{HAN}]{{2,3}}?)(?P<role>(?:代理|常务|执行|第一)?(?:{ROLE_SUFFIX}))$"
)
POST = re.compile(f"^(?:{ROLE_SUFFIX})$")
_ROLE_ONLY = re.compile(f"^[{HAN}、X×某]{{0,16}}?(?:{ROLE_SUFFIX})$")
_NAME = re.compile(f"^[{HAN}×X某]{{2,4}}$")
SPACED_NAME = re.compile(f"^[{HAN}](?:[ \u3000\u00a0]+[{HAN}]){{1,3}}$")
_NOT_A_NAME_LINE = re.compile("[。！？：:“”，,]")
_NOT_A_ROLE = re.compile("[。！？：:“”]")
# A name with the post in brackets after it, as a page prints each speaker of a
# 发言摘登: 周某某（市食品行业协会会长、某某食品有限公司董事长）
NAME_PAREN_ROLE = re.compile(
    f"^(?P<name>[{HAN}]{{2,4}})[（(](?P<role>[^（）()。！？：:]{{2,48}}"
    f"(?:{ROLE_SUFFIX}|创始人|代表|教师|医生|民警|党员|书记员|职工|工人|农民|村民))[）)]$"
)
_ORGAN_NAME = re.compile("[委组部会]$")  # 党委书记, 党组书记, 支部书记: not 党 + a given name
_NOT_A_NAME = re.compile(
    "讲话|致辞|发言|会议|大会|党课|主持|同志们|工作|摘要|整理|全文|目录|提纲|典礼|仪式|晚会|年会|开幕|闭幕"
    "|办公室|委员会|中心|宣传部|研究室|就职|就任|述职|竞聘|竞职|履职|任职|离任|纪录稿|记录稿|录音稿"
    "|复制|下载|登录|注册|收藏|分享|打印|会员"  # a site's buttons: 开通会员　复制　下载
    # an occasion after the post: 董事长新年致辞 (a name may hold one: 张新年)
    "|^(?:新年|新春|元旦|春节|中秋|开学|毕业|年终|年度|节日|节前)"
    "|^关于$"  # a title's 关于 (关于在…上的致辞) is no surname and given name
)
# Who speaks, when the title says it before 在/出席: 县委书记张某某在… / 区长在… / 张某某同志在…
HONORIFIC = "同志|先生|女士|老师|教授"  # after a name: 林义贤先生, 徐明老师
_DELEGATE = re.compile(
    f"^(?P<role>[{HAN}]{{2,10}}代表)(?P<name>[{HAN}]{{2,3}}?)(?:{HONORIFIC}|同学)?$"
)


def is_role(text: str) -> bool:
    return bool(_ROLE_ONLY.match(fold(nows(text))))


NAME_MARKS = "◎●■▲◆★☆"


def bare_name(line: str) -> str:
    """A personal name standing alone: letter-spaced by the site (张 三 丰), or two or three
    characters that begin with a common surname. "" otherwise."""
    s = line.strip().strip("（）()[]【】 \u3000").lstrip(NAME_MARKS)  # ◎邵培元: an author mark
    compact = nows(s)
    if not _NAME.match(compact) or _NOT_A_NAME.search(fold(compact)) or is_role(compact):
        return ""
    if SPACED_NAME.match(s) or (len(compact) <= 3 and fold(compact)[0] in SURNAMES):
        return compact
    if len(compact) == 4 and fold(compact)[:2] in COMPOUND_SURNAMES:
        return compact
    return ""


_ROLE_COLON_NAME = re.compile(
    f"^(?P<role>[{HAN}、]{{1,20}}?(?:{ROLE_SUFFIX}))[:：](?P<name>[{HAN}]{{2,3}})$"
)


def parse_speaker(line: str) -> tuple[str, str]:
    """(role, name) of a speaker line: 县委书记　张　三 / 县委副书记、县长王海涛 / （县长 吴芳）
    / 周某某（某某公司董事长）."""
    paren = NAME_PAREN_ROLE.match(fold(nows(line)))
    if paren and paren.group("name")[0] in SURNAMES and not _NOT_A_NAME.search(paren["name"]):
        compact = nows(line)
        return compact[paren.start("role") : paren.end("role")], compact[: paren.end("name")]
    s = DATE.sub("", nows(line) if SPACED_NAME.match(line.strip()) else line)
    # (全国政协主席严正平：a transcript's speaker line, the words below it)
    s = s.strip().strip("（）()[]【】“”「」□■◆●▲◇○ \u3000").removesuffix("：").removesuffix(":")
    parts = s.split(maxsplit=1)
    if len(parts) == 2 and len(nows(s)) <= 48 and not _NOT_A_ROLE.search(parts[0]):
        # Role and name set apart by spaces: any role word ending a post (市级总河长) will do,
        # and several posts may be joined by a comma (市长，市…领导小组组长　韦松涛).
        role, name = nows(parts[0]), nows(parts[1])
        if (
            _NAME.match(name)
            and not _NOT_A_NAME.search(fold(name))
            and re.search(f"(?:{ROLE_SUFFIX}|[长记任席员委官理事师])$", fold(role))
        ):
            return role, name
        # 罗成林　云岭县委书记: the name first, then the post (a newspaper's byline)
        if bare_name(role) and not is_role(role) and re.search(f"(?:{ROLE_SUFFIX})$", fold(name)):
            return name, role
    colon = _ROLE_COLON_NAME.match(fold(nows(s)))
    if colon and is_role(colon["role"]) and not _NOT_A_NAME.search(colon["name"]):
        compact = nows(s)  # 江南省省长:邬承德 — a post, a colon, the name
        return compact[: colon.end("role")], compact[colon.start("name") :]
    if not s or len(nows(s)) > 30 or _NOT_A_NAME_LINE.search(s):
        return "", ""
    compact = nows(s)
    m = ROLE_NAME.match(fold(compact))
    # 区委副书记区长 is two roles, no name; 开学典礼校长致辞通用 is a title, no name; a four-character
    # name has a compound surname (市长安全生产讲话: no name)
    if (
        m
        and not is_role(m.group("name"))
        and not _NOT_A_NAME.search(m.group("name"))
        and (
            len(m.group("name")) < 4
            or fold(m.group("name"))[:2] in COMPOUND_SURNAMES
            or not m.group("name").strip("×X某*＊x")
        )
    ):
        return compact[: m.end("role")], compact[m.start("name") :]
    m = _DELEGATE.match(fold(compact))  # 优秀教师代表吕晓燕(老师): who speaks for the others
    if m and m.group("name")[0] in SURNAMES:
        return compact[: m.end("role")], compact[m.start("name") : m.end("name")]
    m = _NAME_ROLE.match(fold(compact))  # 范志强董事长 (党委书记 is a post: 党委 is no name)
    name = m.group("name") if m else ""
    if m and name[0] in SURNAMES and not _ORGAN_NAME.search(name) and not _NOT_A_NAME.search(name):
        if POST.match(fold(compact[1:])):  # 林政务次长: a surname and the post, as people call him
            return compact[1:], ""
        return compact[m.start("role") :], compact[: m.end("name")]
    if m and _NOT_A_NAME.search(name) and is_role(compact[m.start("role") :]):
        return compact[m.start("role") :], ""  # 毕业校长: an occasion, then the post
    return "", ""
