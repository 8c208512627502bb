"""The parser's tables: genre words, administrative levels, role words and numbering schemes.

Adding a genre, a level word or a numbering style is adding a row here; the stages read them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from .text import CN_DIGITS, HAN, NUM, cn_to_int

GENRES: list[tuple[str, str]] = [  # (pattern in the title, genre); first match wins
    # a 民主生活会 statement, a 述职报告
    # (the title's end, or a note in brackets after it: …对照检查材料（含案例）)
    (
        r"发言提纲|述职(?:述[责廉德能勤绩学法]){0,4}报告|述职发言|对照检查(?:材料|发言)?(?=$|[（(])|检视剖析(?:材料)?(?=$|[（(])",
        "发言",
    ),
    (r"讲话提纲|提纲|讲话要点", "讲话提纲"),
    (r"主持词|主持稿|主持讲话|串词|主持人词|主持人?台词|司仪稿|司仪词", "主持词"),
    # (在全省农业生产会议上的结论: the closing speech, as older records call it)
    (r"总结讲话|小结讲话|总结发言|结束语|(?<=上的)结论", "总结讲话"),
    (r"党课", "党课"),
    (
        r"致辞|致词|贺词|欢迎词|欢迎辞|欢送词|欢送辞|送别词|答谢词|答谢辞|祝酒词|贺信|祝福词|祝词|祝辞|献辞|献词|颁奖词|推介词|推介辞",
        "致辞",
    ),
    (r"发言", "发言"),
    (
        r"讲话|讲稿|开幕词|闭幕词|报告|动员令|演辞|讲辞|演讲|感言|(?<=岁末|新年|春节|元旦)广播",
        "讲话",
    ),
]
# When the title names no genre, the opening often does.
BODY_GENRES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            "(?:讲|上|给大家讲)(?:一|这)?(?:堂|次|节|场|个)?(?:专题)?党课|党课的(?:题目|主题)"
        ),
        "党课",
    ),
    (
        re.compile(
            "(?:下面|现在|首先)(?:进行|开始|召开)?(?:会议|大会)?(?:的)?第一项(?:议程)?|进行(?:会议)?第[二三]项议程"
            "|(?:有请|下面请)[^。]{1,16}(?:讲话|致辞)|大家欢迎"
        ),
        "主持词",
    ),
    (
        re.compile("表态如下|(?:作|做)(?:个)?表态发言|表个态|我(?:代表[^。]{1,20})?(?:作|做)?表态"),
        "发言",
    ),
]
GENRE_WORD = "|".join(p for p, _ in GENRES)
# A title may end with a note or the date in brackets: …的讲话（摘要） / …的讲话（2020年3月5日） / …的讲话实录.
TITLE_END = re.compile(
    f"(?:{GENRE_WORD})(?:稿|材料|要点|摘要|实录|全文|摘编|节选|模板|范文|范本)?(?:[（(][^）)]{{1,16}}[）)])?$"
)
ROLE_SUFFIX = (
    r"副?书记|班主任|常务副[县市区省镇乡]长|副?[县市区省镇乡村州里]长|副?主任|副?部长|副?局长|副?厅长|副?处长|副?科长"
    r"|副?主席|常委|副?委员长|委员|秘书长|副?校长|副?院长|总?经理|董事长|所长|站长|队长|会长|理事长|组长|社长|行长|团长|班长|厂长|矿长|支书"
    r"|检察长|庭长|司令员|政委|负责人|党组成员|主任委员|指挥长|总指挥"
    r"|长官|副?署长|副?司长|副?议长|议员|大使|总领事|领事|校监|园长|馆长|台长|总裁|总监"
    r"|政务次长|常务次长|次长|创始人"
)

# Common surnames: a line of two or three characters beginning with one of these, alone under a
# title, is taken for the speaker's name (with a low-confidence warning).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
    ]
)

# Administrative level: the first of these words in the meeting (else the title) decides.
LEVELS: list[tuple[str, str]] = [
    # (创建全国文明城市, 全国卫生县城: an honour a place earns, not who holds the meeting)
    (
        "全国",
        r"全国(?!(?:文明|卫生|园林|双拥模范|百强|生态文明|森林|历史文化名|民族团结进步示范)"
        r"(?:城|县|区|市|村|镇|州|单位))|国务院|中央(?!八项)",
    ),
    # 省级卫生县城, 省级文明城市: a grade a place earns, not who holds the meeting.
    (
        "省",
        r"省(?!钱|力|略|时|份|察|悟|级(?:卫生|文明|示范|重点|园林|森林|生态|历史文化))|特别行政区",
    ),
    (
        "市",
        r"(?<=全)市|市(?!场|民(?!政|族|宗|兵)|值|面|容|井)|(?<=[全自治])州|州(?=委|政府|人大|政协)",
    ),
    ("县", r"县"),
    ("区", r"(?<![社园景山地城片禁误盲校辖街湾范政长])区(?!域|别|分|块|间)"),
    ("乡镇", r"镇|乡(?!村|愁|亲|土|贤|情)|街道"),
    ("村", r"(?<![农乡])村"),
    (
        "单位",
        r"学校|全校|校(?!园|准|对|地|企|政)|公司|集团|单位|医院",
    ),  # 校地合作: a school and a place
]

LABEL_START = re.compile(
    f"^(?:{NUM}[、．.]|第{NUM}(?:部分|个?方面|个问题)|[（(]{NUM}[）)]|\\d{{1,2}}[.．、]|[（(]\\d{{1,2}}[）)]"
    f"|{NUM}[是要]|其[{CN_DIGITS}]|第{NUM}[，,]|首先|其次|(?:做法|经验|举措|体会|措施|亮点){NUM}[：:])"
)  # a paragraph that starts a numbered unit (wrapped lines never continue onto one)


FORMAL_NUMERALS = {c: i for i, c in enumerate("壹贰叁肆伍陆柒捌玖拾", start=1)} | {"参": 3}
LAST = -1  # value of 最后: continues a 首先/其次 list whatever its length


@dataclass(frozen=True)
class Scheme:
    """One numbering style. `pattern` matches a label at a position (group n = the numeral).
    inline: may start after a clause boundary inside a paragraph (一是…；二是…).
    needs_pair: a single item is not a list (第一时间 → no; 第一，…第二，… → yes).
    label_in_heading: the label sits inside the heading sentence (下面进行第一项议程，…).
    starts: for inline styles, the characters a label can begin with (a cheap pre-filter).
    counted: no numeral (—— bullets): items count from 1 after any other paragraph-opening label
      (with recount=False, through the whole text: a page's keyword parts).
    paragraph: the folded paragraph must match it (a bullet's heading sentence, then its text).
    heading_max: the sentence after the label ends within this many characters (0: any).
    alone: a lone item still numbers a section when this matches right after the label.
    kin: styles of one kin continue each other's count (第一，… 第二方面，… 第三，…)."""

    name: str
    pattern: re.Pattern[str]
    inline: bool = False
    needs_pair: bool = True
    label_in_heading: bool = False
    value: Callable[[str], int | None] = cn_to_int
    number: Callable[[re.Match[str]], str] = lambda m: m.group(0)
    starts: str = ""
    counted: bool = False
    recount: bool = True
    paragraph: re.Pattern[str] | None = None
    heading_max: int = 0
    alone: re.Pattern[str] | None = None
    kin: str = ""


# 最后 opening the closing, not a last point: 最后，祝大家…, 最后，请容许我…, 最后，让我们…
LAST_WISH = r"最后[，,](?:我(?!们)|请允许|请容许|让我们|我?(?:衷心)?(?:祝|预祝|再次))"
SEQ_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "第三": 3, "最后": LAST}

ENCLOSED_BEFORE = "。！？；：!?;:"


def _enclosed(first: int, numeral: str) -> int:
    return ord(numeral) - first + 1


_QUANTITY = (
    "[百千万](?!方百计|家万户|军万马|辛万苦|头万绪|众一心|无一失|花齐放|尺竿头|舸争流|里之行|事)"
)


# Adding a numbering style = adding a row. Order matters only when two patterns match at the
# same place (the first wins). Levels are not fixed here: they follow first appearance.
SCHEMES: list[Scheme] = [
    Scheme(
        "cn_dun",
        re.compile(
            # (二、三百 is a number; 二、千方百计… is a heading that opens with an idiom)
            f"(?P<n>{NUM})[、．.](?![{CN_DIGITS}]+(?:[、，,和及至到]|产业|月|日)|{_QUANTITY}|\\d(?!\\d{{3}}年))"
        ),
        needs_pair=False,
        kin="第",  # 一、… then 第二、… 第三、…: one list written two ways
    ),
    # 一，節日是作風問題的易發期。…二，… — a comma after the numeral
    Scheme(
        "cn_comma",
        re.compile(f"(?P<n>{NUM})[，,](?![{CN_DIGITS}][，,、])"),
        inline=True,
        starts=CN_DIGITS,
    ),
    # 一 孩子在学校的一天 — a numeral and a space before the heading (a paragraph's start only)
    Scheme("cn_space", re.compile(f"(?P<n>{NUM})(?=[ \u3000]+[{HAN}])")),
    # Taiwan's formal numerals for the top level: 壹、前言 / 貳、重要施政成果
    Scheme(
        "formal_cn",
        re.compile("(?P<n>[壹贰叁参肆伍陆柒捌玖拾])、"),  # matched on the folded text
        needs_pair=False,
        value=lambda s: FORMAL_NUMERALS.get(s),
    ),
    Scheme("part", re.compile(f"第(?P<n>{NUM})部分[：:，,、]?"), needs_pair=False),
    Scheme(
        "aspect",
        re.compile(f"第(?P<n>{NUM})个?(?:方面|问题)[：:，,、]?"),
        needs_pair=False,
        kin="第",
    ),
    # 第一项嘱咐是… / 第一个叮嘱是… / 第一條建議是…: the label is 第一项, the heading the sentence.
    Scheme(
        "item_noun",
        # (第一句话是“懂临江”: the words counted are 句话, their label runs to 是)
        re.compile(
            f"第(?P<n>{NUM})(?:句话是|(?:项|个|条|点|份|件|句)(?=[^，。、：:\\s\\d是]{{1,4}}是))"
        ),
    ),
    # 一问：…？ — a talk that asks its listeners' questions and answers them in turn
    Scheme("ask", re.compile(f"(?P<n>{NUM})问[：:]")),
    # 做法一：… / 经验二：… — an exchange of experience numbers what it shares
    Scheme("practice", re.compile(f"(?:做法|经验|举措|体会|措施|亮点)(?P<n>{NUM})[：:]")),
    # 第一句话：做一个讲文明的学生 / 第二点：… / 第一项：奏唱国歌 — a counted noun and a colon,
    # the heading after it.
    Scheme(
        "item_colon",
        re.compile(
            f"第(?P<n>{NUM})(?:句话|点|条|项|件事|个事|桩事|个字|个词|个主题|个关键词|个故事|个期待|个希望|个体会|个阶段|个环节)"
            # 第一点希望，… / 第二条建议：… — what the count counts, named
            "(?:希望|要求|建议|意见|体会|感受|启示|收获|期望|嘱托|叮嘱|忠告)?[：:，,]"
        ),
        kin="项",  # 下面进行第三项议程，… then 第四项：请…讲话: the host's steps go on
    ),
    Scheme(
        "agenda",
        re.compile(f"^[^。！？]{{0,12}}?第(?P<n>{NUM})项(?:议程|[，,：:])"),
        label_in_heading=True,
        number=lambda m: f"第{m.group('n')}项",
        alone=re.compile("[，,：:]?请"),  # 下面进行第一项议程，请…: it hands over to a speaker
        kin="项",
    ),
    # （一） / 〔一〕 (a tortoise-shell bracket, as documents number their parts)
    Scheme(
        "paren_cn",
        re.compile(f"[（(〔](?P<n>{NUM})[）)〕](?![{CN_DIGITS}])"),
        needs_pair=False,
        kin="（",
    ),
    # …争分夺秒。（一）全力搜救被困群众。（二）…: the same points after a sentence inside a
    # paragraph (a pair at least; one count with those that open paragraphs)
    Scheme(
        "paren_cn_inline",
        re.compile(f"(?<=[{ENCLOSED_BEFORE}])[（(](?P<n>{NUM})[）)](?![{CN_DIGITS}])"),
        inline=True,
        starts="（(",
        kin="（",
    ),
    # ㈠㈡㈢: one code point each, a paragraph's part or a point inside it
    Scheme(
        "paren_ideograph",
        re.compile("(?P<n>[\u3220-\u3229])"),
        inline=True,
        starts="".join(map(chr, range(0x3220, 0x322A))),
        value=lambda s: ord(s) - 0x321F,
    ),
    Scheme("di_comma", re.compile(f"第(?P<n>{NUM})[，,、：:]"), inline=True, starts="第", kin="第"),
    Scheme(
        "arabic",
        re.compile(r"(?P<n>\d{1,2})(?:[.．](?![\d])|、(?![\d月日年]))"),
        inline=True,
        starts="123456789１２３４５６７８９",
    ),
    Scheme("paren_arabic", re.compile(r"[（(](?P<n>\d{1,2})[）)]"), inline=True, starts="（("),
    # 「一」在扩大有效投资上用力: a WeChat post's numbered card
    Scheme("corner_cn", re.compile(f"「(?P<n>{NUM})」(?=[{HAN}“])")),
    # 01 出发新时代: a zero-padded part number before its heading
    Scheme("padded", re.compile("0(?P<n>[1-9])(?=[ \u3000])")),
    Scheme("arabic_paren", re.compile(r"(?P<n>\d{1,2})[）)](?!\d)")),
    Scheme(
        "roman",
        re.compile(r"(?P<n>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[、.．]?"),
        value=lambda s: "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ".index(s) + 1,
    ),
    # The enclosed numerals of CJK fonts: ①…⑳, ⑴…⒇, ⒈…⒛ (one code point each, 1 to 20), at a
    # paragraph's start or after a sentence (…成效。①老旧小区改造提速。): after a closing quote
    # mark, ① is a footnote's (…”①).
    *(
        Scheme(
            name,
            re.compile(f"(?:^|(?<=[{ENCLOSED_BEFORE}]))(?P<n>[{chr(first)}-{chr(first + 19)}])"),
            inline=True,
            starts="".join(map(chr, range(first, first + 20))),
            value=partial(_enclosed, first),
        )
        for name, first in (("circled", 0x2460), ("paren_digit", 0x2474), ("digit_stop", 0x2488))
    ),
    # A work report's bullets: ——聚焦产业升级，经济实力稳步增强。坚持… (a heading sentence of
    # up to 30 characters with its text after it, in a run of two or more).
    Scheme(
        "dash",
        re.compile(f"(?P<n>——|－－|――|--)(?=[{HAN}])"),
        counted=True,
        paragraph=re.compile("^.{2}[^。！？；\n]{2,30}[。！？].{20,}", re.S),
    ),
    # 【锤炼党性】把牢成长成才的“方向盘”: a keyword in brackets before a heading line of its own
    # (an account's parts; in a run of two or more).
    Scheme(
        "keyword",
        re.compile(f"(?P<n>【[{HAN}]{{2,6}}】)(?=[{HAN}“])"),
        counted=True,
        recount=False,
        paragraph=re.compile("^【[^】\n]{2,6}】[^。！？；\n]{2,30}$"),
    ),
    Scheme(
        "seq_words",
        # (最后，祝大家… is the closing wish, not the last point; 首先，我代表… / 最后，请容许我…
        # are a speaker's turns of phrase)
        re.compile(
            r"(?P<n>首先(?![，,](?:我(?!们)|请允许|请容许|让我))|其次|再次|再者"
            f"|(?!{LAST_WISH})最后)[，,：:]"
        ),
        inline=True,
        value=lambda s: SEQ_WORDS.get(s),
        starts="首其再最",
        kin="第",  # 首先，… 第二，… 第三，…: one count written two ways
        heading_max=40,  # 首先，在这边我要恭喜…（a transcript's long sentence）is not a point
    ),
    # (1是…2是…: a converter that turned the numerals into digits)
    Scheme(
        "shi",
        re.compile(f"(?P<n>{NUM}|[1-9](?=是))是(?![否非])[，,]?"),  # (一是，工业增长…)
        inline=True,
        starts=CN_DIGITS + "123456789",
    ),
    Scheme("yao", re.compile(f"(?P<n>{NUM})要(?![求素件点])"), inline=True, starts=CN_DIGITS),
    Scheme("qi", re.compile(f"其(?P<n>[{CN_DIGITS}])[，,、：:]?"), inline=True, starts="其"),
]
