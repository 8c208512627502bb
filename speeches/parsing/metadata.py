"""Metadata read from the header: meeting, organisation, session, level, year, date, speaker
and genre. Each reader takes strings and returns strings: no state, no Django. (How a single
line names its speaker is speakers.py; here, which lines and titles say who speaks.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import date_and_year
from .records import ParsedSpeech, warn
from .speakers import BYLINE, DASH, HONORIFIC, POST, SPACED_NAME, bare_name, is_role, parse_speaker
from .tables import GENRE_WORD, GENRES, LEVELS, ROLE_SUFFIX, SURNAMES
from .text import HAN, NUM, fold, nows

_TITLE_SPEAKER = re.compile(
    f"^(?:(?:\\d{{4}}|\\d{{2,3}}\\s*学)年度?)?(?P<who>[^在，。：:|｜]{{2,24}}?)(?:{HONORIFIC})?[：:]?"
    "(?:在|出席|参加|于|关于|对|给|向|发表)"
)
# The speaker's post first, then the year or season: 区长2024年新年致辞
# (or a name after the post, and a year of the sixty-year cycle: …行政长官陈国良甲辰年新春献辞)
_TITLE_ROLE_FIRST = re.compile(
    f"^(?!全|各)(?P<who>[{HAN}、]{{0,10}}?(?:{ROLE_SUFFIX})(?:[{HAN}]{{2,3}}?)?)"  # 全县…书记: the audience
    "(?=\\d{4}年?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|新年|新春|春节|元旦)"
)


# The genre word ending a title, once or as a site's two names (…讲话致辞, …演讲稿致辞)
_GENRE_TAIL = f"(?:(?:{GENRE_WORD})稿?){{1,2}}"
_AT_THEN_DELEGATE = re.compile(f"上的(?P<role>[{HAN}]{{2,6}}代表)(?:发言|致辞|讲话)稿?$")
# The speaker's post just before the genre word: 开学典礼校长致辞, 庆祝活动县长致辞
# (教师代表徐明老师发言: a representative's name, and the honorific after it, may follow)
_TITLE_TAIL_SPEAKER = re.compile(
    f"(?:(?<=[会议式礼节班坛])|(?<=活动)|(?<=[会议式礼节班坛][ \u3000上]))(?!议|上的|的)"
    f"(?P<who>(?P<role>(?:[{HAN}]{{2,3}}?)?"
    f"(?:{ROLE_SUFFIX}|[{HAN}]{{2,4}}代表)|[县市区省镇乡校院局]领导)"
    f"(?P<name>[{HAN}]{{2,3}}(?={HONORIFIC}))?)(?P<hon>{HONORIFIC})?(?:的)?"
    "(?:个人)?(?:对照检查|交流|表态|总结|点评|动员|述职|主旨|施政|工作|开幕|闭幕)?"
    f"{_GENRE_TAIL}$"
)


# (not 县长演讲稿: a candidate's speech for the post, not its holder's)
_POST_THEN_GENRE = re.compile(f"^(?P<post>(?:{ROLE_SUFFIX}))(?!演讲)(?:{GENRE_WORD})稿?$")
_POST_FIRST = re.compile(f"^(?:[{HAN}]{{0,4}}?[省市县区镇乡])?(?:{ROLE_SUFFIX})")
# 县委书记项目建设推进动员会讲话稿: the post, then the meeting (not 县长办公会议: a meeting's name)
_POST_THEN_MEETING = re.compile(
    # (全县村党组织书记…座谈会, 在乡镇党委书记…例会上: the audience, not who speaks)
    f"^(?!在|全|各)(?P<post>[{HAN}]{{0,6}}?(?:{ROLE_SUFFIX}))(?!办公|常务|扩大|全体|会)"
    f"(?P<m>[^在于，。：:]{{1,24}}?(?:会|会议|大会|仪式|典礼|论坛))(?:上的?|的)?{_GENRE_TAIL}$"
)
# 市长视察森林防火工作时的讲话: the post, then the visit it was said on (no 在)
_POST_THEN_VISIT = re.compile(
    f"^(?!在|全|各)(?P<post>[{HAN}]{{0,6}}?(?:{ROLE_SUFFIX}))"
    f"(?P<m>(?:视察|调研|检查|考察|督导|督查|慰问|看望)[^在于，。：:]{{2,24}}?)(?:时|期间)的?{_GENRE_TAIL}$"
)
_WHO_THEN_GENRE = re.compile(f"^(?P<who>[^在于，。：:会届]{{4,24}}?)(?:致|作)?{_GENRE_TAIL}$")


def _speaker_from_title(title: str) -> tuple[str, str]:
    bar = max(title.rfind("|"), title.rfind("｜"))
    if bar > 0:  # 闭幕典礼|陈文雄代理县长致词: the event, then who speaks
        title = title[bar + 1 :]
        tail = re.match(f"^(?P<who>.{{2,24}}?)(?:{GENRE_WORD})稿?$", fold(title))
        if tail:
            who = title[: tail.end("who")]
            role, name = parse_speaker(who)
            return (role, name) if name else ((nows(who), "") if is_role(who) else ("", ""))
    bare = (
        _POST_THEN_GENRE.match(fold(title))
        or _POST_THEN_MEETING.match(fold(title))
        or _POST_THEN_VISIT.match(fold(title))
    )
    if bare and is_role(fold(title)[: bare.end("post")]):  # 副市长讲话稿: the post, then the genre
        return title[: bare.end("post")], ""
    whole = _WHO_THEN_GENRE.match(fold(title))
    if whole:  # 江城市市长王立群致辞: the title is who speaks and the genre
        role, name = parse_speaker(title[: whole.end("who")])
        if name or role:  # (毕业校长发言稿: an occasion and the post, nobody named)
            return role, name
        post = _POST_FIRST.match(fold(title))
        who = fold(title)[: whole.end("who")]
        if post and len(who) <= 10 and not _MEETING_WORD.search(who) and "发表" not in who:
            return title[: post.end()], ""  # 市长安全生产讲话: the post, then the subject
    m = _TITLE_SPEAKER.match(fold(title)) or _TITLE_ROLE_FIRST.match(fold(title))
    if not m:
        delegate = _AT_THEN_DELEGATE.search(fold(title))
        if delegate:  # 在…毕业典礼上的家长代表发言: who speaks for the others
            return title[delegate.start("role") : delegate.end("role")], ""
        tail = _TITLE_TAIL_SPEAKER.search(fold(title))
        if tail and "在" not in fold(title):
            if tail.group("name"):
                return nows(title[tail.start("role") : tail.end("role")]), tail.group("name")
            who = title[tail.start("who") : tail.end("who")]
            role, name = parse_speaker(who)
            return (role, name) if name else (nows(who), "")
        return "", ""
    who = title[m.start("who") : m.end("who")]
    if who.startswith("某") and (POST.match(fold(who[1:])) or _LEADER.match(fold(who[1:]))):
        who = who[1:]  # 某县长在…: a post whose holder the page leaves unnamed
    role, name = parse_speaker(who)
    if name or role:
        return role, name
    if is_role(who) or _LEADER.match(fold(who)):
        return nows(who), ""  # 县长在… / 市领导在…
    return "", bare_name(who)


_LEADER = re.compile("^[省市县区镇乡](?:主要)?领导$")


_POST_FIELD = re.compile("^(?:演讲者|讲话人|发言人|致辞人)?(?:身份|职务)[:：](?=.)")
_LIFESPAN = re.compile("[（(]\\d{4}\\s*[～~—－\\-–]+\\s*\\d{4}[）)]$")


def _speaker(speech: ParsedSpeech, front: list[str], outside: list[str]) -> None:
    """Speaker role and name, surest source first: a role + name line under the title, a name
    line (张 三 丰, ——刘某某), the title's own prefix, a line above the title or a byline."""
    role, name = "", ""
    sure = True
    # 演讲者身份：华昌纱厂创办人 — an anthology's record of who spoke, in a row of its own
    front_role = next(
        (nows(x)[m.end() :] for x in front if (m := _POST_FIELD.match(fold(nows(x))))), ""
    )
    for line in front:
        text = DASH.sub("", line.strip())
        if DASH.match(line.strip()) and not (bare_name(text) or parse_speaker(text)[1]):
            continue  # a subtitle, not ——role name
        if _POST_FIELD.match(fold(nows(text))):
            continue  # (read below)
        byline = BYLINE.match(fold(text))
        if byline:  # 演讲者：沈伯钧（1871～1936）
            text = _LIFESPAN.sub("", text[byline.end() :]).strip()
        role, name = parse_speaker(text)
        if not name:
            name = bare_name(text)
            sure = bool(SPACED_NAME.match(text.strip()))
        if name:
            break
        if not front_role and is_role(text) and len(nows(text)) <= 16:
            front_role = nows(text)  # a post alone under the title: 县委副书记
    title_role, title_name = _speaker_from_title(speech.title)
    if not (title_role or title_name) and speech.subtitle:
        title_role, title_name = _speaker_from_title(speech.subtitle)  # ——党办主任张某在…的发言
    if not name and title_name:
        role, name = title_role, title_name
    for line in outside if not name else ():
        byline = BYLINE.match(fold(line.strip()))
        text = line.strip()[byline.end() :] if byline else line
        if is_role(text) and not parse_speaker(text)[1]:
            title_role = title_role or nows(text)  # …致辞（副市长）, not 刘慧芳副市长
            continue
        role, name = parse_speaker(text)
        name = name or bare_name(text)
        if name:
            sure = False
            break
    role = role or title_role or front_role or _role_before(name, [*front, *outside])
    name = name or _name_after(role, outside)
    speech.speaker_role, speech.speaker_name = role, name
    if name and not sure:
        warn(speech, "low_confidence_speaker", f"{role}{name}")


def _name_after(role: str, lines: Sequence[str]) -> str:
    """The name after the post the title gives, in the page's lead (title: 司长出席…致辞; lead:
    司长欧阳慧今日出席…): the person who holds it that day."""
    if not role:
        return ""
    pattern = re.compile(
        f"{re.escape(fold(nows(role)))}(?P<name>[{HAN}]{{2,3}}?)"
        "(?=今[日天晚早]|昨[日天晚]|[（(，,]|出席|在|于|应邀|发表|致辞|表示)"
    )
    for line in lines:
        folded = fold(nows(line))
        m = pattern.search(folded)
        if m and m.group("name")[0] in SURNAMES and not is_role(m.group("name")):
            return nows(line)[m.start("name") : m.end("name")]
    return ""


def _role_before(name: str, lines: Sequence[str]) -> str:
    """The post written just before the speaker's name in the page's lead or editor's note
    (市委书记王建国出席会议并讲话), when the title gives only the name."""
    if not name:
        return ""
    pattern = re.compile(
        # (以下为省委书记某某的讲话实录: the post, not what introduces it)
        f"(?:以下[为是]|下面是|这是|^|[，,。：:、\\s]|出席|由)"
        f"(?P<role>(?!以下|下面|这是)[{HAN}]{{0,8}}?(?:{ROLE_SUFFIX})){re.escape(name)}"
    )
    for line in lines:
        m = pattern.search(fold(nows(line)))
        if m:
            return nows(line)[m.start("role") : m.end("role")]  # as written (省委書記)
    return ""


_LEVEL = re.compile("|".join(f"(?P<l{i}>{p})" for i, (_, p) in enumerate(LEVELS)))
_SESSION = re.compile(
    f"(?:\\d{{4}}|[〇零○一二三四五六七八九]{{4}}|20[Xx×]{{2}})年度?|第(?:{NUM}|\\d+|[Xx×])[次届]"
    f"|(?:{NUM}|[Xx×])届(?:(?:{NUM}|[Xx×])次)?"
    f"|(?<=[委会组府])(?:{NUM}次)"
)
# A convening body, not a place or a school: 县委…领导小组, 市委, 中共XX县委, 市政府, 镇党委.
_ORGAN_END = re.compile(
    r"(?:委|委员会|党组|小组|中心组|政府|常委会|人大|政协|支部|总支|党工委|办公室|议会|指挥部|安委会"
    r"|(?<=[县市区省州])[^全各，。]{1,8}(?:局|厅)|人民法院|人民检察院)$"  # 市医疗保障局2025年…
)
_ORGAN = re.compile(
    r"^(?P<org>.+?(?:常委会|党组|领导小组|委员会|党委|党工委|政府|人大常委会|政协|党支部|党总支|中心组|安委会"
    r"|(?<=[省市县区州旗])委))"
    r"(?:（扩大）|\(扩大\))?(?:“[^”]{1,10}”)?(?:(?:(?!中心组|领导小组|委员会|党组)[^，。“”]){2,12}?(?=专题))?"
    r"(?:主题教育|专题|集体|主题|新年|新春|春节|迎春|中秋|国庆){0,2}"
    r"(?:全体会议|全会|常务会议|常务会|扩大会议|专题会议|学习会|务虚会|会议|党课|民主生活会|组织生活会"
    r"|茶话会|团拜会|座谈会|读书班|集体学习会?)$"
)
# 全国政协, 全国人大 are bodies; 全县…, 全市… are area-wide conferences with no convener.
# A party committee's or government's own work conference: 市委人才工作会议, 县政府廉政工作会议.
_BODY_CONFERENCE = re.compile(
    # (乡镇党委换届…: every township's committee, no convener)
    "^(?!乡镇)(?P<org>(?:中共)?[^全各，。]{0,10}?(?:省委|市委|县委|区委|州委|旗委|镇党委|乡党委|党工委"
    "|省政府|市政府|县政府|区政府|人民政府|[县市区省州][^全各，。]{1,8}?局))"
    "(?=[^，。]{2,16}?工作(?:会议|大会|推进会|座谈会|调度会|(?:动员)?部署会|动员(?:大)?会)$)"
)
# A people's congress in session: the place, its term, the body (the convener of its sessions).
# (and its standing committee: 县十八届人大常委会第十五次会议 → 县人大常委会)
_CONGRESS = re.compile(
    f"^(?P<place>[^，。第]{{1,12}}?)第?(?:{NUM}|\\d+)届"
    "(?P<body>人民代表大会常务委员会|人民代表大会|人大常委会)第"
)
# 政协海川省第十三届委员会第二次会议 → 政协海川省委员会 (the committee convenes its sessions)
_CPPCC = re.compile(
    f"^(?:政协|中国人民政治协商会议)(?P<place>[^，。第]{{2,12}}?)第(?:{NUM}|\\d+)届委员会第"
)
_NATIONAL_BODY = re.compile("^全国(?:人大|政协|总工会|妇联|工商联|人民代表大会|委员会)")

_MEETING_BEFORE = r"(?:开始|结束|开幕|闭幕|召开|举行)?"
_MEETING_ZAI = re.compile(
    # (the words before the genre word never hold a meeting's 会: 三中全会精神宣讲报告会上的…)
    # (在…会议上当选市长后的讲话: what the speaker did there, then 的)
    f"在(?:参加|出席)?(?P<m>.+?){_MEETING_BEFORE}(?:上|中|时|期间|之际|前|后)(?:关于[^的在]{{2,30}})?的?(?:[^的上在会]{{0,6}}?的?)(?:{GENRE_WORD})"
)
# No 上/时 before 的 (镇长在全镇村干部大会的讲话): the name must end like a meeting.
_MEETING_ZAI_BARE = re.compile(
    f"在(?P<m>.+?(?:会|会议|论坛|仪式|典礼|式|礼|班|活动|节|晚宴|酒会|宴会|招待会)"
    f"(?:开幕|闭幕)?(?:礼|式|典礼)?){_MEETING_BEFORE}的?(?:[^的上在]{{0,6}}?)(?:{GENRE_WORD})"
)
# A subtitle that ends at the meeting: ——2024年1月10日在区第三届人民代表大会第四次会议上
_MEETING_ZAI_END = re.compile("在(?P<m>[^在]+?(?:会|会议|大会|论坛|典礼|仪式))(?:上|时)$")
# …出席2023年茶叶博览会开幕式(并)致辞
_MEETING_CHUXI = re.compile(f"(?:出席|参加)(?P<m>.+?)(?:并|时)?(?:的)?(?:{GENRE_WORD})")
# Words between the meeting and the genre word that say what kind of speech it is.
_SPEECH_KIND = "(?:个人)?(?:对照检查|检视剖析|交流|表态|总结|点评|动员|述职|主旨|书面|施政|工作|领导|开幕|闭幕)"
_MEETING_STEM = re.compile(
    # (…上的教师代表发言讲话: a delegate's speech; …主持词范例: a sample site's name for it)
    f"^(?P<m>.+?)(?:上的|上|的)?(?:[^的上在]{{1,6}}代表)?(?:向[^的上在会]{{1,8}})?{_SPEECH_KIND}?{_GENRE_TAIL}"
    "(?:范例|范文|模板|精选)?(?:[（(][^（）()]{1,16}[）)])?$"
)
_MEETING_TITLE = re.compile("(?:会议|大会|仪式|典礼|论坛|开幕式|闭幕式|座谈会|推进会|年会)$")
_MEETING_WORD = re.compile("会(?!长|员|计|所)|论坛|仪式|典礼|庆典|开幕式|闭幕式|班|节")
_UNIT_END = re.compile("(?:医院|学校|学院|公司|集团|单位)$")
# A holiday is no meeting: 中秋节医院领导致辞, 喜迎十九大、欢度国庆中秋佳节致辞, 三八妇女节致辞
_HOLIDAY = re.compile(
    "(?:春节|元旦|中秋节?|国庆节?|妇女节|劳动节|教师节|重阳节|端午节|儿童节|青年节|建军节|护士节|医师节|记者节|佳节|节日)$"
)
_SESSION_LABEL = re.compile(f"第(?:{NUM}|\\d+)次|{NUM}届{NUM}次|第(?:{NUM}|\\d+)届")


_HAN_GAP = re.compile(f"(?<=[{HAN}])[ \u3000](?=[{HAN}])")


def _meeting(title: str, subtitle: str) -> str:
    """The name between 在 and 上的讲话 (in the subtitle when the title is a slogan), else the
    stem of a title without 在 (全市组织工作会议讲话) when it names a meeting."""
    for text in (subtitle, title) if "在" in fold(subtitle) else (title, subtitle):
        text = _HAN_GAP.sub("", text)  # a scan's stray space: …上的讲 话
        f = fold(text)
        m = _MEETING_ZAI.search(f) or _MEETING_ZAI_BARE.search(f) or _MEETING_CHUXI.search(f)
        m = m or (_MEETING_ZAI_END.search(f) if text is subtitle else None)
        if m:
            return text[m.start("m") : m.end("m")]
    bar = max(title.rfind("|"), title.rfind("｜"))
    if bar > 0 and _MEETING_WORD.search(fold(title[:bar])):
        return title[:bar].strip()  # 闭幕典礼|陈文雄代理县长致词
    f = fold(title)
    if _MEETING_TITLE.search(f) and not re.search(GENRE_WORD, f):
        return title  # the title is the event itself: 全县…集中开工仪式
    tail = _TITLE_TAIL_SPEAKER.search(f)
    if tail:
        end = tail.end("hon") if tail.group("hon") else tail.end("who")  # 老师 goes with the name
        f = f[: tail.start("who")] + f[end:]
        title = title[: tail.start("who")] + title[end:]
    post = _POST_THEN_MEETING.match(f) or _POST_THEN_VISIT.match(f)
    if post and is_role(f[: post.end("post")]):
        return title[post.start("m") : post.end("m")]
    m = _MEETING_STEM.match(f)
    if m and _MEETING_WORD.search(m.group("m")) and "：" not in f:
        who = _TITLE_SPEAKER.match(f)
        start = who.end() if who and any(_speaker_from_title(title)) else 0
        if f.startswith("领导", start):
            start += 2  # 领导安全生产月启动仪式致辞: whoever of the leaders, then the meeting
        meeting = title[start : m.end("m")].strip()
        holiday = _HOLIDAY.search(_UNIT_END.sub("", fold(meeting)))  # (中秋节医院领导致辞)
        return "" if holiday else meeting
    return ""


# A sample site's word before the meeting: 2023最新学校开学典礼, 最新小学家长会
_SEO_LEAD = re.compile("^(?:\\d{4}年?)?最新(?=.{4})")
_LEADING_TIME = re.compile("^(?:(?:\\d{4}|20[Xx×*＊]{2})年度?|新一届|新一轮|本届)\\s*")


def _organisation(meeting: str) -> tuple[str, str]:
    """(organisation, session) from the meeting name: the part before the year or session
    (县委统一战线工作领导小组|2020年第一次会议) when it names a convening body."""
    f = fold(meeting)
    sm = _SESSION_LABEL.search(f)
    session = meeting[sm.start() : sm.end()] if sm else ""
    lead = _LEADING_TIME.match(f)
    if lead and lead.end() < len(f):
        # 2017年县政府全体会议, 新一届县政府第一次全体会议: the body comes after the time
        return _organisation(meeting[lead.end() :])[0], session
    area_wide = f.startswith("全") and not _NATIONAL_BODY.match(f)
    congress = _CONGRESS.match(f)
    if congress and not area_wide:  # 清溪区第三届人民代表大会第四次会议 → 清溪区人民代表大会
        return meeting[: congress.end("place")] + meeting[
            congress.start("body") : congress.end("body")
        ], session
    cppcc = _CPPCC.match(f)
    if cppcc:
        # (委员会 as the page writes it: 委員會 on a traditional page)
        return meeting[: cppcc.end("place")] + meeting[cppcc.end() - 4 : cppcc.end() - 1], session
    first = f.split("暨", 1)[0]  # 镇党委扩大会议暨…: the first of two joint meetings
    m = _SESSION.search(first)
    if m:
        end = m.start() - 4 if f[: m.start()].endswith("领导班子") else m.start()  # 镇党委领导班子
        org = f[:end].rstrip()
        if (_ORGAN_END.search(org) or org.startswith(("中共", "中国共产党"))) and not area_wide:
            return meeting[:end].rstrip(), session
        return "", session
    # 镇党委扩大会议暨乡村振兴推进会: the first of two joint meetings names who convenes them
    m2 = (
        _ORGAN.match(f)
        or _TEAM.match(f)
        or _BODY_CONFERENCE.match(f)
        or _ORGAN.match(first)
        or _BODY_CONFERENCE.match(first)  # 县委农村工作会议暨全县…推进大会
    )
    if m2 and not area_wide:
        return meeting[: m2.end("org")], session
    return "", session


# Associations, schools, companies, hospitals hold their own events: level 单位 even when a
# place name comes first (XX市温州商会成立大会, 县人民医院建院六十周年).
_UNIT = re.compile(
    # (not 政协会议, 协商会: a 政协's own meetings are its place's)
    "(?<!协)商会|(?<!政)协会|学会|研究会|促进会|联谊会|基金会|校友会|同乡会|宗亲会|公会|会馆|联合会|总会|林场|农场|公司|集团|银行|学校|大学|学院|中学|小学|幼儿园|国中|高中|职校|技校"
    "|全局(?=[^面势观]|$)|全行|全厂|全所"
    "|医院|卫生院|党校|研究院|研究所|合作社|全校|全院|毕业典礼|开学典礼|学位颁授|校庆|家长会"
    "|院周会|院务会|分行|支行|分公司|子公司|职工代表大会|职代会|(?:工会)?会员代表大会|工会代表大会"
    "|(?:欢送|送别)[^，。]{0,12}退休"
)
# A post or an audience only a company or a school has: 总经理讲话, 班主任发言, 致海外员工
_UNIT_PEOPLE = re.compile("总经理|董事长|总裁|员工|职工代表|班主任|会长|理事长|校长")


_AREA_EVENT = re.compile("工作会|座谈会|推进会|现场会|大会")
# A party committee's team that inspects or supervises a unit: the committee's event, not the
# unit's (县委第三巡察组巡察县供销合作社党组情况反馈会议 is convened by the team).
_TEAM = re.compile(
    "^(?P<org>(?:中共)?[^全各，。]{0,8}?(?:省委|市委|县委|区委|州委|旗委)"
    "(?:第[一二三四五六七八九十\\d]{1,3})?(?:巡视组|巡察组|督导组|督查组|考核组|检查组|指导组))"
)


def level_of(meeting: str, title: str, subtitle: str) -> tuple[str, bool]:
    """(level, sure): the first administrative word of the meeting, else of the title; a unit's
    own event is 单位. Sure when the meeting itself said it."""
    for n, text in enumerate((meeting, title, subtitle)):
        f = fold(text)
        if not f:
            continue
        unit = _UNIT.search(f) if (n == 0 or not meeting) and not _TEAM.match(f) else None
        if (
            unit
            and (
                unit.group(0) in ("全校", "全院", "全局", "全行", "全厂", "全所")  # not 全县
                or (
                    not f.lstrip("在").startswith(("全", "各"))
                    and not _AREA_EVENT.search(f[: unit.start()])
                )
            )
        ):
            return "单位", n == 0
        m = _LEVEL.search(f)
        if m:
            return LEVELS[int(m.lastgroup[1:])][0], n == 0  # type: ignore[index]
    if _UNIT_PEOPLE.search(fold(title + subtitle)):
        return "单位", False
    return "未知", False


def _genre(title: str, subtitle: str) -> str:
    f = fold(title + subtitle)
    for pattern, genre in GENRES:
        if re.search(pattern, f):
            return genre
    return ""


def fill_metadata(
    speech: ParsedSpeech, front: list[str], outside: list[str], tail: Sequence[str] = ()
) -> None:
    """Fill the header metadata of `speech` from its title, subtitle, front matter lines, the
    lines around the title that may name the speaker (`outside`) and the body's last lines
    (`tail`: date lines that close the page date the speech when the header does not)."""
    title, subtitle = speech.title, speech.subtitle
    speech.meeting = _SEO_LEAD.sub("", _meeting(title, subtitle))
    speech.organisation, speech.session = _organisation(speech.meeting)
    speech.level, sure = level_of(speech.meeting, title, subtitle)
    if not sure and speech.level != "未知":
        warn(speech, "low_confidence_level")
    speech.date, speech.year = date_and_year(speech.meeting, title, subtitle, front, outside, tail)
    _speaker(speech, front, outside)
    speech.genre = _genre(title, subtitle)
    if speech.genre == "主持词" and not speech.speaker_name:
        # 主持人：县委常委、常务副县长　陈志华 — a host script's host is its speaker
        host = next((m for x in [*front, *outside] if (m := _HOST.match(x.strip()))), None)
        role, name = parse_speaker(host.group(1)) if host else ("", "")
        if name:
            speech.speaker_role, speech.speaker_name = role, name


_HOST = re.compile("^(?:会议)?主持人?[:：]\\s*(.{2,40})$")
