"""A realistic speech shaped like the seed file, built with the factories (no parser involved).

Opening, three numbered parts with 一是/二是 sub-points, quotations, slogans, a document title,
placeholders and a stage direction, then the closing. Offsets are found in the text, as the parser
would record them.
"""

import datetime as dt

from speeches.models import Quote, Section, Speech

from .factories import make_placeholder, make_quote, make_section, make_speech

TITLE = "在县委统一战线工作领导小组2020年第一次会议上的讲话"
MEETING = "县委统一战线工作领导小组2020年第一次会议"

OPENING = (
    "今天我们在这里召开县委统一战线工作领导小组2020年第一次会议，主要任务是学习贯彻"
    "习近平总书记在党外人士座谈会上的重要讲话精神，研究部署全县2020年统战工作。"
    "下面，我就进一步做好新时代统战工作讲三点意见。"
)
PARTS = [
    (
        "一、",
        "做好新时代统战工作，必须坚定不移坚持和加强党的领导",
        "习近平总书记指出：“人心向背、力量对比是决定事业成败的关键、是最大的政治。”"
        "全县上下要站在党和国家工作大局的战略高度，推动增强“四个意识”、坚定“四个自信”、"
        "做到“两个维护”，让党的领导覆盖统一战线各领域。",
        [],
    ),
    (
        "二、",
        "做好新时代统战工作，必须着力解决人心和力量问题",
        "习近平总书记在《党的十九大报告》中强调，要“巩固和发展爱国统一战线”，"
        "找到最大公约数，画出最大同心圆。",
        [
            (
                "一是",
                "努力提升多党合作制度效能。",
                "要支持各民主党派加强思想建设、组织建设、制度建设、作风建设。",
            ),
            (
                "二是",
                "努力做好非公有制经济领域统战工作。",
                "要构建亲清政商关系，牢牢把握促进“两个健康”主题，立足XX实际，"
                "搭建党委、政府与企业、商会沟通协商的平台。",
            ),
        ],
    ),
    (
        "三、",
        "做好新时代统战工作，必须着力解决工作中的短板和不足",
        "新形势下的统战工作，责任更大，任务更重，难度更大，要求更高。",
        [
            (
                "一是",
                "解决好思想认识的问题。",
                "习近平总书记明确指出，统一战线“有用、有大用、有不可或缺的作用”。"
                "（鼓掌）要进一步坚定统一战线重要法宝自信。",
            ),
            (
                "二是",
                "构建好统战工作格局。",
                "今天，我们审议通过了今年统战工作要点，请×××同志会后抓好落实。",
            ),
        ],
    ),
]
CLOSING = (
    "同志们，越是处于改革攻坚期，越需要汇集众智、增强合力。让我们奋力开创全县统战工作新局面，"
    "为建设美丽繁荣和谐XX作出新的更大贡献！（热烈鼓掌）\n今天的会议到此结束，散会。"
)

QUOTATIONS = {
    "人心向背、力量对比是决定事业成败的关键、是最大的政治。": ("习近平总书记", "指出", ""),
    "巩固和发展爱国统一战线": ("习近平总书记", "强调", "党的十九大报告"),
    "有用、有大用、有不可或缺的作用": ("习近平总书记", "明确指出", ""),
}
SLOGANS = ["四个意识", "四个自信", "两个维护", "两个健康"]
DOCUMENTS = ["党的十九大报告"]
SLOTS = ["XX", "×××"]
STAGE_DIRECTIONS = ["（鼓掌）", "（热烈鼓掌）"]


def _mark(section: Section) -> None:
    text = section.text
    for quoted, (speaker, verb, source) in QUOTATIONS.items():
        if (at := text.find(quoted)) >= 0:
            make_quote(section, text=quoted, position=at, speaker=speaker, verb=verb, source=source)
    for slogan in SLOGANS:
        if (at := text.find(slogan)) >= 0:
            make_quote(section, text=slogan, position=at, kind=Quote.Kind.SLOGAN, speaker="")
    for document in DOCUMENTS:
        if (at := text.find(f"《{document}》")) >= 0:
            make_quote(
                section, text=document, position=at + 1, kind=Quote.Kind.DOCUMENT, speaker=""
            )
    for slot in SLOTS:
        start = 0
        while (at := text.find(slot, start)) >= 0:
            make_placeholder(section, text=slot, position=at)
            start = at + len(slot)
    directions = [[at, d] for d in STAGE_DIRECTIONS if (at := text.find(d)) >= 0]
    if directions:
        section.stage_directions = directions
        section.save(update_fields=["stage_directions"])


def make_realistic_speech(title: str = TITLE, **fields) -> Speech:
    defaults = {
        "meeting": MEETING,
        "organisation": "县委统一战线工作领导小组",
        "level": "县",
        "year": 2020,
        "date": dt.date(2020, 3, 5),
        "speaker_role": "县委书记",
        "speaker_name": "",
        "salutation": "同志们：",
        "char_count": 3468,
        "source_name": "000_c78fcdc5d01df34d.txt",
    }
    defaults.update(fields)
    speech = make_speech(title, **defaults)
    position = 1
    opening = make_section(
        speech,
        position=position,
        kind=Section.Kind.OPENING,
        anchor="opening",
        heading="",
        body=OPENING,
    )
    _mark(opening)
    for i, (number, heading, body, points) in enumerate(PARTS, start=1):
        position += 1
        part = make_section(
            speech, position=position, number=number, heading=heading, body=body, anchor=f"s{i}"
        )
        _mark(part)
        for j, (point_number, point_heading, point_body) in enumerate(points, start=1):
            position += 1
            point = make_section(
                speech,
                position=position,
                parent=part,
                level=2,
                number=point_number,
                heading=point_heading,
                body=point_body,
                anchor=f"s{i}-{j}",
            )
            _mark(point)
    closing = make_section(
        speech,
        position=position + 1,
        kind=Section.Kind.CLOSING,
        anchor="closing",
        heading="",
        body=CLOSING,
    )
    _mark(closing)
    return speech
