"""Events: named meetings, forums, ceremonies ... and visits, inspections and talks led by a person.

Rules only, on the sentence level: a name ending in an event word (推进会, 峰会, 仪式, 活动 ...), cut
on the left at the verb or preposition that introduces it (not at one inside the event word, 启动仪式,
nor at 与 after a place or body, 某县与某集团签约仪式), and taking in what still belongs to it on
the right (a session, 某大会第三次会议; a ceremony, 某运动会开幕式; a second name, 某会议暨某推进会);
an event word followed by 室, 中心, 堂 ... names a building instead. A person going somewhere to inspect
(到X调研, 莅临X考察); a person holding talks with someone (与X座谈); a signing between two parties
(某局与某公司签订某协议); a party's congress (党的二十大). The date is the last date written before
the event in the same sentence (当天: the day the text named before); participants are the persons
of that sentence, with the role verb that follows each name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from .core import POST_RE, finditer_near
from .tokenizer import word_tag
from .types import ORGANISATION, PERSON, PLACE, EventMention, Mention, Participant

_TYPES = (
    ("峰会", "summit"),
    ("论坛", "forum"),
    ("研讨会", "conference"),
    ("博览会", "exhibition"),
    ("展览会", "exhibition"),
    ("展览", "exhibition"),
    ("展会", "exhibition"),
    ("大会", "conference"),
    ("部长级会议", "conference"),
    ("交易会", "exhibition"),
    ("招聘会", "other"),
    ("音乐会", "other"),
    ("晚会", "other"),
    ("联欢会", "other"),
    ("培训班", "other"),
    ("研讨班", "other"),
    ("座谈会", "meeting"),
    ("会议", "meeting"),
    ("会", "meeting"),
    ("仪式", "ceremony"),
    ("典礼", "ceremony"),
    ("开幕式", "ceremony"),
    ("闭幕式", "ceremony"),
    ("大赛", "competition"),
    ("竞赛", "competition"),
    ("比赛", "competition"),
    ("锦标赛", "competition"),
    ("运动会", "competition"),
    ("签约", "signing"),
    ("演练", "other"),
    ("培训", "other"),
    ("轮训", "other"),
    ("活动", "campaign"),
    ("月", "campaign"),
    ("周", "campaign"),
    ("行动", "campaign"),
    ("整治", "campaign"),
    ("赛", "competition"),
    ("节", "other"),
    ("日", "other"),
    ("调研", "inspection"),
    ("考察", "inspection"),
    ("视察", "inspection"),
    ("检查", "inspection"),
    ("参观", "visit"),
    ("座谈", "meeting"),
    ("会谈", "meeting"),
    ("会见", "meeting"),
)
_ENDINGS = (
    "部长级会议|峰会|论坛|研讨会|座谈会|推进会|交流会|培训会|发布会|博览会|展览会|洽谈会|动员会|部署会|调度会|观摩会|表彰会|"
    "报告会|见面会|推介会|恳谈会|联席会议|常务会议|工作会议|全体会议|会议|大会|全会|启动仪式|签约仪式|揭牌仪式|开幕式|闭幕式|"
    "仪式|典礼|大赛|竞赛|锦标赛|运动会|展览|演练|知识培训|轮训|活动|文化节|艺术节|旅游节|油菜花节|博览会|"
    "招聘会|交易会|对接会|听证会|音乐会|晚会|联欢会|茶话会|团拜会|宣讲会|分享会|培训班|研讨班|"
    # on-site, review and report meetings; a body's annual meeting (not 今年会, 明年会: "will")
    "现场会|双选会|分析会|评议会|通报会|汇报会|总结会|讲评会|点评会|协调会|论证会|评审会|说明会|联谊会|协商会|"
    "展销会|订货会|游园会|庙会|灯会|诗会|故事会|(?<![今明去前后每当近])年会|"
    # matches, races, performances, shows and talks
    "比赛|邀请赛|公开赛|联赛|挑战赛|选拔赛|擂台赛|球赛|棋赛|马拉松|汇演|会演|展演|文艺演出|"
    "作品展|成果展|书画展|摄影展|图片展|美术展|艺术展|讲座|健步走|健身跑|民主生活会|组织生活会|"
    # campaigns a city runs by name (某某“百日攻坚”行动, 某领域集中整治), and a season's festivals,
    # shows and races
    "专项行动|攻坚行动|集中行动|三年行动|”行动|集中整治|专项整治|采摘节|丰收节|美食节|桃花节|菊花节|开镰节|菊花展|花展|"
    "嘉年华|阅读季|旅游季|文化季|决赛|骑行赛|越野赛|"
    # inspections a body runs by name (某法执法检查, 某项督导检查, 消防安全大检查), a museum's
    # shows, and a project's signing
    "执法检查|专项检查|督导检查|大检查|大整治|照片展|精品展|文物展|专题展|特展|项目签约|"
    "购物节|消费节|读书节|科技节|体育节|电影节|音乐节|啤酒节|农民丰收节|"
    # a month or a week of a campaign the country or the city keeps (某某宣传月, 某某安全月)
    "宣传月|宣传周|活动月|活动周|安全月|生产月"
)
# The first characters of the event words: a cheap test before the long alternation is tried.
_FIRST = "".join(sorted({w.rsplit(")", 1)[-1][0] for w in _ENDINGS.split("|")}))
_END_RE = re.compile(rf"(?=[{_FIRST}])(?:{_ENDINGS})$")
_EVENT_MAX_HEAD = 40  # the most characters EVENT_RE takes before the event word
EVENT_RE = re.compile(
    rf"[\u3400-\u9fff“”\"（）()0-9a-zA-Z+]{{2,{_EVENT_MAX_HEAD}}}?(?=[{_FIRST}])(?:{_ENDINGS})"
)
# Any event word: EVENT_RE's lazy scan is dear, and a match ends with one of these.
_ANY_ENDING = re.compile(rf"(?=[{_FIRST}])(?:{_ENDINGS})")


def _event_matches(stext: str) -> Iterator[re.Match]:
    """EVENT_RE.finditer(stext), with the scan started near the next event word: a match starts
    at most _EVENT_MAX_HEAD characters before the first event word at or after where it starts."""
    return finditer_near(EVENT_RE, _ANY_ENDING, _EVENT_MAX_HEAD, stext)


_CUT_WORDS = (
    "做大做强|围绕|主持|举办|组织|举行|推出|启动|各种|开展|贯彻|持续|学习|深入|参加|传达|获得|荣获|夺得|他们|我们|"
    "各类|出席|了解|确保|作为|丰富|推动|筹备|参与|召开|落实|加强|通过|收听|收看|观看|前往|了|据|"
    # what is done to or said of an event before its name: plan, take in, sit in on, fall on
    "抓好|安排|纳入|旁听|提请|恰逢|如何|即可|除|共|实施|设有|设|出现|如果|领会|"
    # who is made to, or what is announced or put in place (让…, 被…, 宣布…开幕, 实行…), and who sits in
    "办好|搞好|宣布|实行|列席|让|被|使|希望|借助|依托|"
    # which one (这次, 此次: the name starts after them), and what is done with it (跟踪, 筹办, 讲解)
    "这次|此次|本次|这场|跟踪|筹办|讲解|按照|"
    "上|和|等|于|以|前|到|并|将|的|对|在|即|中|及|向|就|与|从|是|为|把|要|他|她|办|"
    "后"
)
_CUT_WORD = re.compile(_CUT_WORDS)  # longest first: 了解 before 了


def _cut_end(raw: str, at: int, bounds: frozenset[int], party_ends: frozenset[int] = frozenset()) -> int:
    """Where an event's name starts in `raw` (which starts at `at` in the text): after the last cut
    word, unless it is one character of a longer word (集|中 in 集中开工仪式, 以 in 以旧换新), a word that
    starts a longer one (组织 in 组织部长会议), part of the event word itself (启动 of 启动仪式), or
    与 joining two parties (某市与某集团签约仪式: `party_ends`, where a place or body ends).
    `bounds`: where the text's words start and end."""
    ending = _END_RE.search(raw, max(0, len(raw) - 6))  # (no event word is longer)
    for m in reversed(list(_CUT_WORD.finditer(raw, 0, ending.start() if ending else len(raw)))):
        a, b = m.span()
        if m.group() == "与" and at + a in party_ends:
            continue  # 某市与某集团战略合作签约仪式: both parties are in the name
        if b - a == 1 and (at + a not in bounds or at + b not in bounds):
            continue  # inside a longer word (集|中 of 集中, 以 of 以旧换新, 中 of 中小学生)
        if b - a >= 2 and b < len(raw) and word_tag(raw[a : b + 1]) is not None:
            continue  # the start of a longer word (组织部)
        return b
    return 0


_BAD_START = (
    "整个",
    "本届",
    "等",
    "各",
    "该",
    "此",
    "本次",
    "这次",
    "这",
    "那",
    "其",
    "一次",
    "一场",
    "一系列",
    "今年",
    "去年",
    "当天",
    "本场",
    "历届",
    "每天",
)
_GENERIC_CORE = re.compile(
    r"^(?:[一二三四五六七八九十百千两几\d]+余?[次场个项轮]|今年|去年|当天|系列|相关|有关|各类|各项|此次|本次)"
    r"|(?<![第\d])\d+余?[次场项]"  # (五大板块32项活动: how many, anywhere in it)
    r"|(?<![第一二三四五六七八九十])[一二三四五六七八九十两几]+余?场"  # (两场讲座; not 某届人大一次会议)
)
_DATE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[、至到-]\d{1,2}日)?(?:上午|下午|晚上|晚)?|(?:\d{4}年)?\d{1,2}月(?:上旬|中旬|下旬)|"
    r"今年(?:年初|以来)?|近日|昨日|昨天|今天|当天|当日|日前"
)
_SAME_DAY = frozenset({"当天", "当日"})
_DAY_NAMED = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")  # a day the text names (2024年10月15日)
_SENT = re.compile(r"[^。！？\n]+[。！？\n]?")
_ROLE = re.compile(r"(主持|出席|讲话|致辞|参加|陪同|主讲)")
_VISIT = re.compile(
    # (来 as in 某某一行来某市考察; not 原来, 以来, 回来 ...)
    r"(?:到|赴|莅临|莅|深入|走进|前来|(?<![原本后未以近从将起出回过进下上带看再又])来)"
    r"([\u3400-\u9fff（）“”+]{1,30}?(?:、[\u3400-\u9fff]{2,12}?)*)"
    # 到某局，就某事开展调研 (what it is about may hold a comma: 就围绕某目标，打造某平台开展调研)
    r"(?:，(?:就|围绕)[^，。；！？\n]{1,40}?(?:，[^，。；！？\n]{1,30}?)?)?"
    r"(?:开展|进行)?(实地调研|调研|考察交流|考察|视察|参观考察|参观|检查|走访|督导)"
)
# What an inspection was about, right after its verb up to the end of the clause: 到某县调研|春耕备耕
# 和农田建设工作, 检查|汛期安全生产工作 (a noun phrase ending in one of these words; not 调研时强调,
# 调研后召开, 检查指导).
_ABOUT = re.compile(
    r"(?![时后中并了过的])[^，。；！？\n（(、]{2,22}?"
    r"(?:工作|情况|建设|项目|生产|进展|改革|治理|整治|保护|准备|落实|运行|开展)(?=[，。；！？\n（(]|$)"
)
# A visiting party and what it saw, the verb first: 某某一行参观了某合作社.
_PARTY_VISIT = re.compile(
    r"一行(?:先后|还|随后|实地|一同)?(参观考察|参观|考察|视察|调研|走访)了?"
    r"([\u3400-\u9fff（）“”]{2,30}?(?:、[\u3400-\u9fff（）“”]{2,20}?)*)(?=[，。；！,.;!]|$)"
)
_SAID_BETWEEN = re.compile("提醒|建议|表示|指出|强调|认为|希望|告诉|介绍|说")
_ABOUT_VERBS = frozenset({"实地调研", "调研", "视察", "检查", "督导"})
_TALK = re.compile(r"与([^，。；！？\n]{2,40}?)(?:举行|进行)?(座谈|会谈|会见|交流座谈)")
# A host receiving visitors: 某某会见了某公司董事长某某一行.
_MEET = re.compile(r"(会见|会谈|接见)了?([^，。；！？\n]{2,40}?一行)")
# A congress's or a forum's session, right after its name (第十五届人民代表大会|第三次会议).
_SESSION = re.compile(
    r"(?:常务委员会|常委会)?第[一二三四五六七八九十\d]+[次届](?:全体|部长级)?(?:会议|年会|峰会)"
)
# What may follow an event word and is still part of the name: a ceremony of the event
# (某运动会开幕式, 某大赛颁奖典礼), its series (某节系列活动); a show's or a match's 活动
# (某艺术展演活动, 某比赛活动).
_TAIL = re.compile(
    r"(?:颁奖|启动|开班|结业|开营|闭营|揭牌|开工|签约)?(?:开幕式|闭幕式|仪式|典礼|晚会)|(?:系列|庆祝|主题)?活动"
    r"|(?:新闻)?发布会"  # 某某马拉松|新闻发布会: the event's press conference
)
# An event word followed by one of these names a room or a building (大会议室, 会议中心, 人民大会堂)
_VENUE = re.compile(r"(?:议)?(?:室|厅|堂|中心|馆|场地|场所|场馆|楼|基地)")
_STANDING_BODY = re.compile("常务委员会|常委会")
_PLAN_AFTER = re.compile(r"(?:实施)?(?:方案|计划|纲要|意见|办法|细则)")
_DAY = re.compile(
    r"(?=[第全世国联])(?:第[\d一二三四五六七八九十]+个[\u3400-\u9fff]{2,12}[日节]"
    # a day the world or the country keeps (世界环境日, 全国某某日, 联合国某某日), where the text names it
    r"|(?:全国|世界|国际|联合国)(?:(?![的了和与在是有都各也不等])[\u3400-\u9fff]){2,6}?日(?=[，。、；是前当”）]|$))"
)
# A signing: 某局与某公司签订某协议 (the parties and the agreement name it; the first party is the
# body or place that ends right before 与, or none: 与某公司签订某协议).
_SIGNING = re.compile(
    r"[与和]([^，。；！？\n与和]{2,30}?)(?:正式|现场|共同)?(?:签订|签署)了?"
    r"([^，。；！？\n]{0,30}?(?:框架协议|协议书|协议|合同|备忘录))"
)
_NO_PARTY = ("代表", "分别", "的")
# parties a count or a determiner gives, no name (与不同企业, 与63家企业)
_SOME_PARTIES = re.compile(r"不同|多家|各|一批|部分|相关|有关|[\d一二三四五六七八九十两几百]+[家个所]")
# A court's hearing or judgment of a case, the court first: 某法院（依法）（在某处）（公开）审理|宣判 …案,
# 某法院对…案进行宣判. Not the court's cases in general (某法院巡回审理案件40件).
_TRIAL = re.compile(
    r"(?:依法)?(?:在[^，。；！？\n]{2,24}?)?(?:依法)?(?:一审)?(?:公开|巡回)?(?:开庭)?"
    r"(?:(?:审理|宣判|审判)了?([^，。；！？\n]{2,50}?案)|对([^，。；！？\n]{2,50}?案)进行(?:一审)?(?:公开)?(?:宣判|审理))"
    r"(?![件例卷情由值])"
)
_COURT_END = ("法院", "法庭")
# A congress's delegation deliberating (某县代表团审议, the delegation's place or body named right before),
# and a meeting's members in groups (出席某会议的代表分组审议某报告, 与会人员分组讨论《某意见》).
_DELEGATION = re.compile("代表团的?(?:分组)?审议")
_GROUP = re.compile(
    r"(?:代表们?|委员们?|与会人员|与会同志|全会|组成人员)(?:将|还|也){0,2}(?:分组|分团)(?:进行)?了?(?:认真)?(?:审议|讨论)了?"
)
# what the groups discussed, to the end of the clause: a report, an opinion, a draft, a document
_GROUP_ABOUT = re.compile(r"[^，。；！？\n]{2,50}?(?:报告|意见|草案|》|稿）)(?=[，。；！？\n]|$)")
# A party's national congress by its ordinal (党的二十大): a congress, an event as well as a body's name.
_PARTY_CONGRESS = re.compile("党的(?:二十|十[一二三四五六七八九]?|[一二三四五六七八九])大")
# What the events of a sentence start at: a sentence with none of these holds none.
_HIT_RXS = (
    *(_ANY_ENDING, _DAY, _VISIT, _TALK, _MEET, _SIGNING, _PARTY_CONGRESS, _PARTY_VISIT, _DELEGATION),
    _GROUP,
)
# Event words that name a ceremony whatever the word before them (起跑仪式, 揭牌仪式, 投产典礼).
_CEREMONY_END = ("仪式", "典礼", "开幕式", "闭幕式")


# A ceremony named by its act alone (出席投产仪式, 投产仪式上) is the ceremony of what the story says
# was done: the last clause before it that ends with the act (某园区新厂正式投产). What was done
# is the noun phrase from the clause's start (or after 的) to the act, an adverb of manner aside.
_ACT_MANNER = ("正式", "顺利", "隆重", "全面", "全线", "如期", "成功")
_ACT_CLAUSE_START = re.compile(r"[，。；：！？、,;:!?\n的将已]")
_ACT_SUBJECT_MAX = 40


def _act_subject(text: str, act: str, before: int, bounds: frozenset[int]) -> str | None:
    """What was done by `act` (投产, 开街, 揭牌) in the last clause before `before` that ends with it:
    某园区新厂正式|投产 -> 某园区新厂. None when no clause before names it."""
    k = text.rfind(act, 0, before)
    while k >= 0:
        if not text.startswith(_CEREMONY_END, k + len(act)) and k in bounds:
            j = k
            for adv in _ACT_MANNER:
                if text.endswith(adv, 0, j):
                    j -= len(adv)
                    break
            i = j
            while i > 0 and j - i < _ACT_SUBJECT_MAX and not _ACT_CLAUSE_START.match(text, i - 1):
                i -= 1
            if (date := _DATE.match(text, i)) is not None:
                i = date.end()
            if (at := text.find("在", i, j)) >= 0 and at in bounds:
                j = at  # 某培训班|在某学院开班: what was opened, not where
            i += _cut_end(text[i:j], i, bounds)  # 某某宣布|项目开工: not who announced it
            subject = text[i:j]
            last = next((b for b in range(j - 1, i, -1) if b in bounds), i)  # the last word's start
            tag = word_tag(text[last:j])
            if (
                4 <= len(subject) < _ACT_SUBJECT_MAX
                and i in bounds
                and (tag is None or tag[0] in "ns")
                and _cjk_only(subject)
            ):
                return subject
        k = text.rfind(act, 0, k)
    return None


_SIGNING_END = ("签约仪式", "签约")


def _parties_before(text: str, at: int, body_at: dict[int, int]) -> int | None:
    """Where two parties named right before `at` start (某县与某公司|举行), or None."""
    second = body_at.get(at)
    if second is None or not text.startswith(("与", "和"), second - 1):
        return None
    return body_at.get(second - 1)


_HOST_WHERE_MAX = 30
_CLAUSE_MARKS = frozenset("，。；：！？、,;:!?\n")


def _host_before(text: str, at: int, org_at: dict[int, int]) -> str | None:
    """The body that held a ceremony named by its act alone, where the clause names it right
    before 举行 or before where it was held (某公司在某园区|举行|奠基仪式 -> 某公司)."""
    if (start := org_at.get(at)) is not None:
        return text[start:at]
    k = text.rfind("在", max(0, at - _HOST_WHERE_MAX), at)
    if k < 0 or any(c in _CLAUSE_MARKS for c in text[k:at]) or (start := org_at.get(k)) is None:
        return None
    return text[start:k]


def _one_word(start: int, end: int, bounds: frozenset[int]) -> bool:
    """Whether start..end is one word of the text (a word starts at `start`, the next at `end`)."""
    return start in bounds and end in bounds and not any(b in bounds for b in range(start + 1, end))


def _cjk_only(s: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or c.isdigit() or c in "“”（）" for c in s)


_KIND_ENDINGS = (
    *("活动", "会议", "座谈会", "培训", "培训会", "比赛", "球赛", "讲座", "汇演", "展演"),
    *("专项行动", "攻坚行动", "集中行动", "三年行动", "集中整治", "专项整治", "决赛", "马拉松"),
)
_COMPANY_TAIL = ("有限公司", "公司", "集团")


def _etype(name: str) -> str:
    for suf, typ in _TYPES:
        if name.endswith(suf):
            return typ
    return "other"


def _post_of_event(stext: str, end: int) -> bool:
    """A post right after an event's name (某演练|总指挥, 某活动|负责人): a person's role in it. Not
    a congress's delegates nor its presidium (某大会|代表, 某会议|主席团)."""
    post = POST_RE.match(stext, end)
    return (
        post is not None
        and not stext.startswith("代表", end)
        and stext[post.end() : post.end() + 1] not in ("团", "会", "处", "室", "组", "办")
    )


def _clean(name: str, off: int) -> tuple[str, int]:
    changed = True
    while changed:
        changed = False
        for b in _BAD_START:
            if name.startswith(b) and len(name) > len(b):
                name, off, changed = name[len(b) :], off + len(b), True
        if name[:1] in "”）)":
            name, off, changed = name[1:], off + 1, True
        if name[:1] == "“" and name.count("”") < name.count("“"):
            name, off, changed = name[1:], off + 1, True
        if name[:1] == '"' and name.count('"') % 2:  # (a straight quote opens and closes alike)
            name, off, changed = name[1:], off + 1, True
    return name, off


class _SentenceDates:
    """The dates written in one sentence, found when an event of the sentence first asks for one.
    当天 and 当日 refer back to the last day the text named before them (10月15日……当天): that day."""

    __slots__ = ("found", "start", "text", "whole")

    def __init__(self, whole: str, start: int, end: int) -> None:
        self.whole, self.start = whole, start
        self.text = whole[start:end]
        self.found: list[re.Match] | None = None

    def before(self, pos: int) -> str | None:
        """The last date that ends at or before `pos` (in the sentence)."""
        if self.found is None:
            self.found = list(_DATE.finditer(self.text))
        before = [d for d in self.found if d.end() <= pos]
        if not before:
            return None
        last = before[-1]
        if last.group() in _SAME_DAY:
            named = list(_DAY_NAMED.finditer(self.whole, 0, self.start + last.start()))
            if named:
                return named[-1].group()
        return last.group()


def find_events(text: str, mentions: list[Mention], bounds: frozenset[int]) -> list[EventMention]:
    """The events of a text. `bounds`: where its words start and end (the tagger's), so that a
    name is not cut inside a word."""
    persons = sorted((m for m in mentions if m.type == PERSON), key=lambda m: m.start)
    places = sorted((m for m in mentions if m.type == PLACE), key=lambda m: m.start)
    person_at = [p.start for p in persons]
    place_at = [p.start for p in places]
    party_ends = frozenset(m.end for m in mentions if m.type in (PLACE, ORGANISATION))
    out: list[EventMention] = []
    index: dict[str, int] = {}
    trials: set[str] = set()  # the names of courts' hearings (_TRIAL)

    def add(ev: EventMention) -> None:
        k = index.get(ev.name)
        if k is None:
            index[ev.name] = len(out)
            out.append(ev)
        else:
            out[k] = _dated(out[k], ev)

    # Where the text holds anything the rules below look for. None of their patterns reaches over
    # the end of a sentence, so a sentence without one of these places holds no event.
    hits = sorted(
        m.start() for rx in (*_HIT_RXS, *((_TRIAL,) if "案" in text else ())) for m in rx.finditer(text)
    )
    body_at = {m.end: m.start for m in mentions if m.type in (PLACE, ORGANISATION)}
    org_at = {m.end: m.start for m in mentions if m.type == ORGANISATION}
    for sent in _SENT.finditer(text):
        k = bisect_left(hits, sent.start())
        if k == len(hits) or hits[k] >= sent.end():
            continue
        s0, stext = sent.start(), sent.group()
        date_before = _SentenceDates(text, s0, sent.end()).before
        sp = persons[bisect_left(person_at, s0) : bisect_left(person_at, sent.end())]

        joined = 0  # where the last name ended (a later match ending there is inside it)
        venue = (-1, -1)  # (start, end) of the last match that named a building
        for m in _event_matches(stext):
            ms, raw, end = m.start(), m.group(), m.end()
            if end <= joined:
                continue
            if _STANDING_BODY.match(stext, end) and not _SESSION.match(stext, end):
                continue  # 某届人民代表大会|常务委员会: the congress's standing committee, a body
            if _VENUE.match(stext, end):
                venue = (ms, end)
                continue  # 大会议室, 国际会议中心, 人民大会堂: a place, not an event
            if ms == venue[1] and end - venue[0] <= _EVENT_MAX_HEAD + 8:
                # 开展宗教活动|场所“四进”活动: the building's words begin the event's name
                ms, raw = venue[0], stext[venue[0] : end]
            if s0 + end not in bounds:
                # the lazy scan stopped inside a word (扩大会|议, 艺术展|演): take the whole word
                w = end + 1
                while w < len(stext) and s0 + w not in bounds:
                    w += 1
                if w - end <= 2 and _END_RE.search(stext, max(0, w - 8), w):
                    end = w
            if raw.endswith(("大会", "论坛")) and (session := _SESSION.match(stext, end)) is not None:
                end = session.end()  # 某市第十五届人民代表大会第三次会议, 某论坛第四届部长级会议: a session
            if (tail := _TAIL.match(stext, end)) is not None:
                end = tail.end()  # 某运动会开幕式, 某大赛颁奖典礼: the ceremony of the event
            elif stext[end - 1] in "演展赛" and stext.startswith("活动", end):
                end += 2  # 某艺术展演活动
            while stext.startswith("暨", end) and (nxt := EVENT_RE.match(stext, end + 1)) is not None:
                if _cut_end(nxt.group(), s0 + end + 1, bounds) > 0:
                    break  # 暨某某，并召开某会: not one name
                end = nxt.end()  # 某工作会议暨某表彰会: one meeting of two names
            joined = end  # a later match inside this name is part of it
            c = _cut_end(raw, s0 + ms, bounds, party_ends)
            # a locative cut character may begin a word instead (中央, 中心组, 上海): keep it
            while 0 < c < len(raw) and raw[c - 1] in "中上前后" and word_tag(raw[c - 1 : c + 1]) is not None:
                c -= 1
            st = ms + c
            for close, opening in (("）", "（"), (")", "("), ("”", "“")):
                k = stext.rfind(close, st, end)
                if k >= 0 and opening not in stext[st:k]:
                    o = stext.rfind(opening, max(0, st - 25), st)
                    st = (
                        o if o >= 0 else k + 1
                    )  # reach back to the opening mark, or start after the closing one
            if stext.rfind("《", 0, st) > stext.rfind("》", 0, st) and "》" in stext[end:]:
                continue  # 《公民旁听某会议办法》: inside a document's title, not an event
            if _post_of_event(stext, end):
                continue  # 任某演练|总指挥: a post of the event's, held by someone; not the event itself
            if _PLAN_AFTER.match(stext, end):
                continue  # 某某三年行动方案, 某活动实施意见: a document about the event, not the event
            name, off = _clean(stext[st:end], st)
            if (
                stext.endswith("举行", 0, off)
                and name.endswith(_SIGNING_END)
                and (parties := _parties_before(text, s0 + off - 2, body_at)) is not None
            ):
                # 某县与某公司举行|某项目签约仪式: the parties who signed are in its name
                name, off = text[parties : s0 + off - 2] + name, parties - s0
            if name[:1] in "（(" and (k := name.find("）" if name[0] == "（" else ")")) > 0:
                name, off = name[k + 1 :], off + k + 1  # (某地)某某会: a qualifier of a name cut off
            core = _END_RE.sub("", name)
            if len(core) < 2 or _GENERIC_CORE.search(core) or core.strip('“”"（）()') == "":
                continue
            tag = word_tag(core)
            if (
                tag is not None
                and tag[0] in "vtrmdp"
                and not (tag[0] == "v" and name.endswith(_CEREMONY_END))
            ):
                continue  # 确保活动, 今年活动: not a name (but 起跑仪式, 揭牌仪式: a ceremony of the act)
            if (
                tag is not None
                and len(core) <= 3
                and name.endswith(_KIND_ENDINGS)
                and not core.startswith(("省", "市", "区", "县", "镇", "乡", "村"))
            ):
                continue  # 文化活动, 专题会议: a kind of event, not one named
            if name.startswith(_COMPANY_TAIL):
                continue  # (某地)有限公司来访座谈会: the start of the name was cut off
            if (
                (tag is None or tag[0] in "vn")  # (投产: v, 奠基: n)
                and name.endswith(_CEREMONY_END)
                and (
                    _one_word(s0 + off, s0 + off + len(core), bounds)
                    or _one_word(s0 + off, s0 + off + len(name), bounds)  # (奠基仪式: one word)
                )
            ):
                # 出席投产仪式: the ceremony of what the story says was done (某厂正式投产)
                subject = _act_subject(text, core, s0 + off, bounds)
                if subject is None and stext.endswith("举行", 0, off):
                    subject = _host_before(text, s0 + off - 2, org_at)
                if subject is not None:
                    name = subject + name
            k = bisect_left(place_at, s0)
            loc = places[k].text if k < len(places) and places[k].start < s0 + m.start() else None
            add(
                EventMention(
                    name, _etype(name), s0 + off, s0 + end, date_before(end), loc,
                    tuple(_participants(stext, s0, sp)), "rule", 0.6,
                )
            )  # fmt: skip
        for m in _SIGNING.finditer(stext):
            if any(w in m.group(1) for w in _NO_PARTY) or _SOME_PARTIES.match(m.group(1)):
                continue  # 与某公司某某代表双方签约, 与村里的农户签订: people, or parties no name gives
            start = body_at.get(s0 + m.start(), s0 + m.start())  # (某局|与…: the first party)
            add(
                EventMention(
                    text[start : s0 + m.end()], "signing", start, s0 + m.end(), date_before(m.start()),
                    None, tuple(_participants(stext, s0, sp)), "rule", 0.5,
                )
            )  # fmt: skip
        for m in _TRIAL.finditer(stext) if "案" in stext else ():
            court = body_at.get(s0 + m.start())
            if court is None or not text.endswith(_COURT_END, court, s0 + m.start()):
                continue  # the court must name itself right before (某法院|公开开庭审理…案)
            trial = text[court : s0 + m.end()]
            trials.add(trial)
            add(
                EventMention(
                    trial, "other", court, s0 + m.end(), date_before(m.start()),
                    None, tuple(_participants(stext, s0, sp)), "rule", 0.5,
                )
            )  # fmt: skip
        for m in _DELEGATION.finditer(stext):
            body = body_at.get(s0 + m.start())
            if body is not None:  # 参加某县代表团审议, 某区代表团审议时
                add(
                    EventMention(
                        text[body : s0 + m.start()] + "代表团审议", "meeting", body, s0 + m.end(),
                        date_before(m.start()), None, tuple(_participants(stext, s0, sp)), "rule", 0.5,
                    )
                )  # fmt: skip
        for m in _GROUP.finditer(stext):
            clause = max(stext.rfind(c, 0, m.start()) for c in "，；：") + 1
            st = m.start()
            if (at := stext.rfind("出席", clause, st)) >= 0:
                st = at + 2  # 出席|某会议的代表分组审议: the session's members
            elif (body := body_at.get(s0 + st)) is not None and body >= s0 + clause:
                st = body - s0  # 政协|委员分组讨论
            about = _GROUP_ABOUT.match(stext, m.end())
            end = about.end() if about is not None else m.end()
            add(
                EventMention(
                    stext[st:end], "meeting", s0 + st, s0 + end, date_before(m.start()), None,
                    tuple(_participants(stext, s0, sp)), "rule", 0.5,
                )
            )  # fmt: skip
        for m in _PARTY_CONGRESS.finditer(stext):
            add(EventMention(m.group(), "conference", s0 + m.start(), s0 + m.end(), method="rule"))
        for m in _DAY.finditer(stext):
            add(
                EventMention(
                    m.group(), "other", s0 + m.start(), s0 + m.end(), date_before(m.end()), method="rule"
                )
            )
        for rx, typ in ((_VISIT, "inspection"), (_TALK, "meeting"), (_MEET, "meeting")):
            for m in rx.finditer(stext):
                who = [p for p in sp if p.end <= s0 + m.start() + 1]
                if not who:
                    continue
                first = min(who, key=lambda p: abs(s0 + m.start() - p.end))
                if rx is _VISIT and _SAID_BETWEEN.search(text, first.end, s0 + m.start()):
                    continue  # 某某提醒，市民…要到某处检查: what the person advises others to do
                if rx is not _TALK:
                    first = _leading_visitor(text, first, who)
                start = _with_title(text, first)
                if rx is _VISIT and m.group(0).find("，") > 0:
                    # the clause after the place is what the visit was about, not its name
                    name = text[start : s0 + m.start(1) + len(m.group(1))] + m.group(2)
                else:
                    name = text[start : s0 + m.end()]
                    about = None
                    if rx is _VISIT and m.group(2) in _ABOUT_VERBS:
                        about = _ABOUT.match(stext, m.end())
                    if about is not None:
                        name += about.group()  # 到某县调研|春耕备耕工作: what it was about
                if len(name) > 60:
                    continue
                kind = "visit" if "参观" in m.group(2) else typ
                where = m.group(1) if rx is _VISIT else None
                parts = tuple(_participants(stext, s0, sp))
                if rx is _VISIT:
                    parts = _visit_party(text, first, s0 + m.start(), sent.end(), parts, persons)
                add(
                    EventMention(
                        name, kind, start, s0 + m.end(), date_before(m.start()), where, parts, "rule", 0.5
                    )
                )
        for m in _PARTY_VISIT.finditer(stext) if "一行" in stext else ():
            # 某某一行参观了某公司: a visiting party, then what it saw
            who = [p for p in sp if p.end == s0 + m.start()]
            if not who:
                continue
            start = _with_title(text, who[0])
            name = text[start : s0 + m.end()]
            if len(name) <= 60:
                kind = "visit" if "参观" in m.group(1) else "inspection"
                parts = tuple(_participants(stext, s0, sp)) or (Participant(who[0].text),)
                add(
                    EventMention(
                        name,
                        kind,
                        start,
                        s0 + m.end(),
                        date_before(m.start()),
                        m.group(2),
                        parts,
                        "rule",
                        0.5,
                    )
                )
    if any(e.date for e in out if e.name in trials):
        # a story reports one hearing: its headline's undated words for it (某法院宣判一起…案) are
        # the dated one of its lead
        out = [e for e in out if e.date or e.name not in trials]
    return _longest_names(out)


def _longest_names(events: list[EventMention]) -> list[EventMention]:
    """区政府党组（扩大）会议 and 党组（扩大）会议 in one text are one meeting: keep the fuller name."""
    keep = {ev.name: ev for ev in events}
    for ev in events:
        containers = [o for o in events if len(o.name) > len(ev.name) and o.name.endswith(ev.name)]
        if containers:
            del keep[ev.name]
            longest = max(containers, key=lambda o: len(o.name))  # never itself dropped
            keep[longest.name] = _dated(keep[longest.name], ev)
    return list(keep.values())


def _dated(old: EventMention, other: EventMention) -> EventMention:
    """`old`, given the date (and what else it lacks) of another mention of the same event."""
    if old.date is not None or other.date is None:
        return old
    return replace(
        old,
        date=other.date,
        location=old.location or other.location,
        participants=old.participants or other.participants,
    )


def _visit_party(
    text: str,
    first: Mention,
    verb: int,
    sent_end: int,
    parts: tuple[Participant, ...],
    persons: list[Mention],
) -> tuple[Participant, ...]:
    """Who made the visit: the names from the first visitor up to the verb, and whoever 陪同 them
    in that sentence or the next (区领导某某陪同)."""
    visitors = {p.text for p in persons if first.start <= p.start and p.end <= verb}
    nxt = _SENT.match(text, sent_end)
    end = nxt.end() if nxt else sent_end
    escorts = [p.text for p in persons if first.start <= p.start < end and text.startswith("陪同", p.end)]
    out = [Participant(x.name, x.role) for x in parts if x.name in visitors and x.role != "陪同"]
    out += [Participant(n, "陪同") for n in dict.fromkeys(escorts) if n not in visitors]
    return tuple(out)


def _leading_visitor(text: str, nearest: Mention, who: list[Mention]) -> Mention:
    """张三、李四等到某地调研: the visit is led by the first of the names listed before the verb."""
    first = nearest
    for p in reversed([p for p in who if p.end <= first.start]):
        between = text[p.end : first.start]
        if between.startswith("、") and len(between) <= 30 and not any(c in between for c in "，。；"):
            first = p
        else:
            break
    return first


def _with_title(text: str, p: Mention) -> int:
    """Where a person's name begins, with the post printed right before it (省长王某)."""
    for title in reversed(p.titles):
        if text.endswith(title, 0, p.start):
            return p.start - len(title)
    return p.start


def _participants(stext: str, s0: int, persons: list[Mention]) -> list[Participant]:
    out: list[Participant] = []
    seen: set[tuple[str, str]] = set()
    for p in persons:
        rest = stext[p.end - s0 : p.end - s0 + 12]
        m = _ROLE.search(rest)
        role = m.group(1) if m else "其他"
        key = (p.text, role)
        if key not in seen:
            seen.add(key)
            out.append(Participant(p.text, role))
    return out
