"""Rule-corrected jieba extraction of persons, organisations and places.

One jieba.posseg pass per text gives candidates (nr / ns / nt); general rules then confirm,
correct or reject them: titles before names, lists joined by 、, speech verbs after names, the
surname list, suffixes of organisations and places, and the gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, compress, count

from .fastpos import tag
from .kinds import place_kind
from .resources import common_surnames, organisations, places, surnames
from .tokenizer import tokenizer_for
from .types import ORGANISATION, PERSON, PLACE, Extraction, Lexicon, Mention

CJK = re.compile(r"[\u3400-\u9fff]")
_SINGLE, _COMPOUND = surnames()
GAZ = places()
ORGS = organisations()

# Posts printed before a name, longest first so 副总经理 wins over 经理.
_POSTS = sorted(
    set(
        [
            "执行董事",
            "独立董事",
            # deputies of heads listed below, and heads of a headquarters, a customs house, a
            # prefecture's office (指挥部总指挥, 海关关长, 行署专员)
            *("副站长", "副馆长", "副社长", "副台长", "副总编辑", "副庭长", "副检察长", "副总工程师"),
            *("副总监", "总指挥", "副总指挥", "指挥长", "副指挥长", "关长", "副关长", "专员", "副专员"),
            *("署长", "副署长", "巡视员", "副巡视员", "参谋长", "副参谋长", "副政委", "副司令员"),
            # who a case is assigned to, and the judge who enforces a judgment (承办|法官, 执行|法官:
            # jieba cuts the verb off the post)
            *("承办法官", "承办检察官", "执行法官"),
            "主教练",  # 某队主教练某某: a team's coach and leader, posts a sports page prints
            "教练员",
            "教练",
            "领队",
            # heads and staff a city paper names beside the officials: of a factory, a kindergarten,
            # a troupe, a paper, a court, a hospital, a farm station
            *("厂长", "副厂长", "园长", "副园长", "团长", "副团长", "主编", "副主编", "总编"),
            *("矿长", "副矿长"),  # (a mine's director: 某矿矿长某某)
            *("审判长", "审判员", "检察官", "律师", "主任医师", "副主任医师", "主治医师", "护士"),
            *("检察员", "代理检察员", "助理检察员", "人民陪审员", "陪审员", "书记员", "执行员"),
            *("指导员", "教导员", "技术员", "农艺师", "高级农艺师", "辅警", "讲解员"),
            "党组成员",  # 市政府党组成员、副市长某某
            "助理",  # 县长助理, 总经理助理: only after what it assists (_NEEDS_PREFIX)
            "常务副总经理",
            "执行总裁",
            "首席执行官",
            "党支部书记",
            "村党支部书记",
            "总工",
            "董事会秘书",
            "监事长",
            "分管领导",
            "部长助理",
            "市长助理",
            "调研员",
            "总会计师",
            "总经济师",
            "书记",
            "副书记",
            "第一书记",
            "总书记",
            "党委书记",
            "党组书记",
            "支部书记",
            "村支书",
            "主任",
            "副主任",
            "常务副主任",
            "主席",
            "副主席",
            "市长",
            "副市长",
            "常务副市长",
            "县长",
            "副县长",
            "区长",
            "副区长",
            # a banner's and a league's heads (Inner Mongolia's counties and prefectures)
            "旗长",
            "副旗长",
            "盟长",
            "副盟长",
            # an autonomous prefecture's heads (某某藏族自治州州长)
            "州长",
            "副州长",
            "省长",
            "副省长",
            "镇长",
            "副镇长",
            "乡长",
            "副乡长",
            "村长",
            "局长",
            "副局长",
            "厅长",
            "副厅长",
            "部长",
            "副部长",
            "处长",
            "副处长",
            "科长",
            "副科长",
            "所长",
            "副所长",
            "院长",
            "副院长",
            "校长",
            "副校长",
            "会长",
            "副会长",
            "理事长",
            "副理事长",
            "秘书长",
            "副秘书长",
            "总经理",
            "副总经理",
            "经理",
            "董事长",
            "副董事长",
            "董事",
            "总裁",
            "副总裁",
            "总监",
            "总工程师",
            "工程师",
            "负责人",
            "主要负责人",
            "副总",
            "组长",
            "副组长",
            "队长",
            "副队长",
            "站长",
            "馆长",
            "社长",
            "总编辑",
            "台长",
            "行长",
            "副行长",
            "主任委员",
            "委员",
            "常委",
            "政委",
            "司令员",
            "检察长",
            "庭长",
            "法官",
            "教授",
            "副教授",
            "研究员",
            "博士生导师",
            "硕士生导师",
            "院士",
            "博士",
            "专家",
            "医生",
            "医师",
            "护士长",
            "教师",
            "老师",
            "班主任",
            "主持人",
            "创始人",
            "代表",
            "总理",
            "副总理",
            "国务委员",
            "委员长",
            "副委员长",
            "国家主席",
            "总统",
            "副总统",
            "首相",
            "外长",
            "外交部长",
            "大使",
            "议员",
            "国王",
            "女王",
            "王子",
            "总干事",
            "秘书",
            "干部",
            "民警",
            "警官",
            "所长",
            "工作人员",
            "纪检监察员",
            "志愿者",
            "区领导",
            "市领导",
            "县领导",
            "省领导",
            "村民",
            "居民",
            "党员",
            "职工",
            "员工",
            "村医",
            "农民",
            "师傅",
            "同志",
            "记者",
            "通讯员",
            "见习记者",
            "摄影记者",
            "特约记者",
        ]
    ),
    key=len,
    reverse=True,
)
_CREDIT_POSTS = frozenset({"记者", "通讯员", "见习记者", "摄影记者", "特约记者"})
_CREDIT_POST_END = re.compile("(?:" + "|".join(sorted(_CREDIT_POSTS, key=len, reverse=True)) + ")")


def _after_credit_post(text: str, s: int, e: int) -> tuple[int, int]:
    """A photo credit's name, text[s:e], without the end of a credit post it took in (新华社记者
    某某摄: the name's pattern reached back into 记者)."""
    cut = s
    for m in _CREDIT_POST_END.finditer(text, max(0, s - 4), e):
        if s < m.end() < e:
            cut = max(cut, m.end())
    return (cut, e) if e - cut >= 2 else (s, e)


# Posts that name a person's role without an organisation of their own.
_BARE_POSTS = frozenset(
    {
        "区领导",
        "市领导",
        "县领导",
        "省领导",
        "村民",
        "居民",
        "党员",
        "职工",
        "员工",
        "农民",
        "师傅",
        "同志",
        "志愿者",
    }
)
# Posts that only count as a title when something (an organisation) stands before them.
_NEEDS_PREFIX = frozenset(
    {
        "委员",
        "代表",
        "常委",
        "董事",
        "秘书",
        "干部",
        "工程师",
        "教师",
        "老师",
        "专家",
        "博士",
        "医生",
        "主任",
        "经理",
        "助理",
    }
)


def _trie_pattern(words: Iterable[str]) -> str:
    """A pattern for the words that, like their alternation longest first, matches the longest
    word where several start at one place, written as a trie (主任(?:委员)?): the regex engine
    then tries one branch per character instead of every word at every place."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + branches(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return branches(trie)


POST_RE = re.compile(_trie_pattern(_POSTS))

# Characters that end a title's organisation part on the left.
_PUNCT = set("，。；：！？、“”‘’《》「」『』,.;:!?\"' \n\t（）()—…·/")
_LEFT_CUT = re.compile(
    r"(?:和|与|及|以及|或|由|向|对|是|为|的|了|在|到|等|请|邀请|会见|陪同|同|跟|给|让|被|把|将|以|经|据|听取|"
    r"带领|率领|带队|率|获悉|看望|慰问|介绍|指出|强调|表示|要求|认为|说|称|时|后|前|中|上|里|来自|包括|其中|"
    r"担任|任|作为|原|现任|时任|看到|见到|找到|告诉|问|随|还有|也|都|又|就|即|并|而|但|则|分别|先后|"
    r"出席|参加|主持|讲话|致辞|当天|日|上午|下午|晚上|昨天|今天|昨日|今日|近日|随后|此外|同时|第|届|年|月)"
)
# Verbs after a name that mark it as a person speaking or acting.
_SPEECH = re.compile(
    r"(?:说|表示|介绍|指出|强调|认为|告诉|坦言|透露|回忆|感慨|笑着说|解释|称|提出|要求|希望|建议|主持|出席|讲话|致辞|"
    r"参加|陪同|带队|率队|带领|率领|一行|等人|同志|先生|女士|教授|总书记|老人|夫妇|当选|担任)"
)
# Where a person stands in a photo, after the name in its caption: 某某（左）, 某某（右二）.
_CAPTION = re.compile(r"[（(](?:左|右|中|前排左|前排右|后排左|后排右)[一二三四五六七八九]?[）)]")
# A list's entry: a name at a line's start, then a space and who the person is (某某　某厂车间主任).
# (a markdown list's bullet before the name, the sex in brackets after it: - 某某(女)　某校教师)
_ROSTER_ENTRY = re.compile(
    r"(?:^|(?<=\n))[-*•]?([\u3400-\u9fff]{2,4})(?:[（(][男女][）)])?[ \u3000]+(?=[\u3400-\u9fff])"
)
# The sex before who the person is in a list's entry (某某　女，某社区党委书记).
_ENTRY_SEX = re.compile(r"[男女][，,]")
# A person's particulars, as a notice of appointment prints them: the name, then the sex.
_PROFILE = re.compile(r"(?:^|(?<=[\n。；：、]))([\u3400-\u9fff]{2,4})[，,][男女][，,（(]")
# The posts a person holds now, in the particulars (现任某县教育局局长、党组书记).
_NOW_HOLDS = re.compile(r"现任([\u3400-\u9fff、]{2,60}?)(?=[，。；]|$)")
# Words that join two people's names (某某和某某一起, 某某与某某交流).
_JOINING = frozenset("和与及同跟")
# What is said, right after 说: a clause's edge or a quotation.
_SAID_THEN = re.compile(r"[，：:,“「]")
# Characters that say how one speaks (也说, 听说, 据说, 常说 ...), never a name's last before 说.
_NOT_GIVEN_BEFORE_SAY = frozenset(
    "的了在是和与及或等个们这那其之于以为把被着过从到对上下内外里后前时不没也都很最又还就"
)
_NOT_GIVEN_BEFORE_SAY |= frozenset("再常所来听据劝解演胡游接补笑虽如按照总只才便却曾")
# Roles one is given with 由 (会议由某某主持, 由某某带队): the name between them.
_LED_BY = frozenset(["主持", "带队", "率队", "讲话", "致辞", "介绍"])
# Speaking at an occasion, after a clause's first word (某某在某会议上指出): a person's name.
_SPEAKS_AT = re.compile(
    r"在[^，。；：！？、“”\n]{2,24}?[上中时](?:指出|强调|表示|说|讲话|发表|致辞|作|提出|要求)"
)
# Adverbs a person's act may open with right after the name (某某又说, 某某也来到, 某某随即赶到):
# with a verb after them they frame the name as a verb right after it does.
_ACT_ADVERBS = frozenset(
    {
        "又",
        "也",
        "还",
        "再",
        "都",
        "便",
        "就",
        "亦",
        "却",
        "则",
        "随即",
        "随后",
        "当即",
        "立即",
        "亲自",
        "一直",
        "先后",
        "曾",
        "曾经",
        "已",
        "已经",
        "早已",
        "正",
        "正在",
        "再次",
        "多次",
        "专门",
        "特意",
        "一再",
        "反复",
        "首先",
        "接着",
        "随之",
        "连忙",
        "赶紧",
        "马上",
        "悄悄",
        "默默",
    }
)


def _adverb_then_act(nxt: Tok | None, starts: dict[int, Tok]) -> bool:
    """At nxt, an adverb and then a verb (又|说, 也|来到): a person's act, after a name."""
    if nxt is None or nxt.word not in _ACT_ADVERBS:
        return False
    act = starts.get(nxt.end)
    return act is not None and act.flag in ("v", "vi", "vg", "vd") and act.word not in ("是", "有")


# The last characters of nouns for a kind of person (学生, 市民, 教师, 队员, 游客, 民警): such a noun
# before a name and a speech verb after it frame the name as well as punctuation does.
_PERSON_KIND_END = frozenset("生民师员工家者主客警士")
# More last characters of the nouns a paper puts before a name for who a person is (快递小哥, “90后”
# 姑娘, 种粮大户, 致富带头人, 患者家属, 大学生村官, 退伍老兵, 获奖选手, 球队教练, a team's 后卫 or 前锋,
# 小将): a name may follow them.
_PERSON_KIND_END_MORE = frozenset("哥娘伙户人属官姐兵手练卫锋将")
# Nouns for a sportsman or a fighter that praise rather than give a post (小将, 老将, 名将): a name may
# follow them, and they are no title of its person (the ranks 上将, 中将, 少将 are).
_EPITHETS = frozenset(
    {"小将", "老将", "名将", "猛将", "干将", "战将", "悍将", "虎将", "爱将", "女将", "骁将"}
)
_PERSON_KINDS = _PERSON_KIND_END | _PERSON_KIND_END_MORE


def _person_kind_before(s: int, tok_end: dict[int, int], toks: list[Tok]) -> bool:
    """Whether a noun for a kind of person ends at s (学生|陈强说)."""
    k = tok_end.get(s)
    if k is None:
        return False
    w = toks[k]
    return len(w.word) >= 2 and w.flag == "n" and w.word[-1] in _PERSON_KINDS


# Who a person is, printed before the name where no post is (市民某某, 外卖骑手某某, 退休教师某某,
# 患者家属某某): a noun for a kind of person with the words that describe it. Words that end like such
# a noun and name none: a place or a home, a trade or an industry, a body part, a thing, oneself.
_NOT_KIND = frozenset(
    {
        *("国家", "大家", "人家", "老家", "农家", "厂家", "商家", "店家", "全家", "自家", "各家", "娘家"),
        *("婆家", "独家", "皇家", "儒家", "道家", "佛家", "卫生", "民生", "人生", "花生", "众生", "一生"),
        *("余生", "先生", "本人", "个人", "他人", "某人", "家人", "亲人", "众人", "世人", "前人", "后人"),
        *("人民", "全民", "国民", "军民", "民主", "自主", "博客", "预警", "火警", "的士", "巴士", "团伙"),
        *("窗户", "门户", "账户", "金属", "器官", "感官", "五官", "双手", "人手", "训练", "演练", "加工"),
        *("手工", "人工", "化工", "轻工", "重工", "军工", "理工", "施工", "用工", "分工", "全员", "动员"),
        *("幅员", "或者", "再者", "前者", "后者", "两者", "二者", "三者", "笔者"),
    }
)
# Nouns for a kind of person that end otherwise (青年, 司机, 老板, 冠军, 模范).
_KIND_MORE = frozenset(
    {"青年", "少年", "司机", "老板", "冠军", "亚军", "季军", "模范", "标兵", "楷模", "状元"}
)
# Verbs that describe a kind of person rather than act on one (退休教师, 留守儿童, 下岗女工, 受助学生):
# what one has done or is, not what is done to whom (看望|贫困户某某: 看望 is no part of the title).
_KIND_MODIFIER_VERBS = frozenset(
    {
        *("退休", "离休", "退伍", "退役", "复员", "转业", "下岗", "失业", "就业", "返乡", "进城", "留守"),
        *("务工", "外出", "创业", "受助", "受灾", "受伤", "获救", "获奖", "参赛", "参展", "入选", "脱贫"),
        *("致富", "驻村", "支教", "在读", "在校", "种植", "养殖", "经营", "外卖", "快递", "考生", "困难"),
        *("独居", "空巢"),
    }
)
_KIND_AGE_SEX = frozenset("老小男女")
# Who farms what ends in 农 (果农, 菜农, 茶农); these say what is done for farming, no one.
_FARM_VERBS = frozenset({"务农", "支农", "惠农", "助农", "三农", "重农", "学农", "为农", "兴农", "强农"})
_HOME_END = ("社区", "街道", "小区")
_SCHOOL_YEAR = re.compile("[初高大][一二三四]|[一二三四五六]年级")  # 初二学生, 三年级学生
# Verbs jieba tags the kind-of-person nouns ending in 手 with (联手, 携手): no kind of person.
_HAND_VERBS = frozenset(
    {"联手", "携手", "出手", "动手", "着手", "入手", "插手", "下手", "伸手", "握手", "拍手"}
)
_KIND_MODIFIER_FLAGS = frozenset({"n", "nz", "vn", "j", "b"})
_KIND_HEAD_FLAGS = frozenset({"n", "nz", "nr", "nrt", "j", "vn", "t", "v"})


def _kind_head(t: Tok) -> bool:
    w = t.word
    if w in _KIND_MORE:
        return True
    return (
        len(w) >= 2
        and (w[-1] in _PERSON_KINDS or (w[-1] == "农" and w not in _FARM_VERBS))
        and t.flag in _KIND_HEAD_FLAGS
        and (t.flag != "v" or (w[-1] in "手者员生" and w not in _HAND_VERBS))
        and w not in _NOT_KIND
        and w not in _EPITHETS
        and w not in _KIN_WORDS
        and not w.endswith(_KIN)
        and w not in _CREDIT_POSTS
    )


_GIVEN_FLAGS = frozenset({"nr", "nrfg"})
# How jieba tags a one-character word that is no surname where it stands (和, 在, 把 ...).
_NOT_SURNAME_FLAGS = frozenset({"c", "p", "u", "uj", "ul", "d", "r", "f", "m", "q", "y", "e", "o"})


# Who belongs to a body or a group rather than works for a place (党员, 社员, 队员).
_MEMBERS = ("党员", "团员", "社员", "会员", "成员", "队员", "学员", "人员", "委员", "组员", "演员", "球员")


def _unit_job(head: str) -> bool:
    """Whether a kind of person is a job a community, a street or a village gives (网格员, 护林员,
    社会工作者): the unit printed before it is part of the title, where it is only the home of a
    resident, a farmer or a pupil (某村村民, 某社区居民)."""
    return (head.endswith("员") and not head.endswith(_MEMBERS)) or head.endswith("工作者")


def _kind_title(text: str, s: int, toks: list[Tok], tok_end: dict[int, int]) -> tuple[str, int] | None:
    """A noun phrase for a kind of person that ends at s, where a name starts, and where it starts:
    (外卖骑手, …) before 外卖骑手|某某. At most two describing words before the noun (a noun, a
    verb of _KIND_MODIFIER_VERBS); a unit's counter jieba cut off (种植|户, 网格|员) joins its word."""
    k = tok_end.get(s)
    if k is None:
        return None
    head = toks[k]
    if len(head.word) == 1 and head.word in "户员人工" and k > 0 and _all_cjk(toks[k - 1].word):
        k -= 1
        head = Tok(toks[k].word + head.word, "n", toks[k].start, head.end)
    if not _kind_head(head):
        return None
    start, added = head.start, 0
    if k > 0 and toks[k - 1].word in _KIND_AGE_SEX:
        k, start = k - 1, toks[k - 1].start  # 老|党员, 女|教师
    while k > 0 and added < 2:
        t = toks[k - 1]
        if t.word.endswith(_GRASSROOTS) and _unit_job(head.word):
            start = toks[org_chunk_start(toks, k, in_title=True)].start  # 某街道某社区|网格员, 某|村|护林员
            break
        if len(t.word) < 2 or not _all_cjk(t.word) or t.word in _NOT_KIND or t.word.endswith(_ORG_SUFFIX):
            break  # (某公司|驾驶员: the company is the person's body, no part of who they are)
        if t.word.endswith(_HOME_END) or (len(t.word) >= 3 and t.word.endswith(_UNIT_PLACE_END)):
            break  # (某某|社区|独居老人: where they live; but 乡村医生)
        if not (
            t.flag in _KIND_MODIFIER_FLAGS
            or t.word in _KIND_MODIFIER_VERBS
            or _kind_head(t)
            or _SCHOOL_YEAR.fullmatch(t.word)
        ):
            break
        if t.flag in _KIND_MODIFIER_FLAGS and t.flag.startswith("v") and t.word not in _KIND_MODIFIER_VERBS:
            break
        k -= 1
        start, added = t.start, added + 1
    title = text[start:s]
    if head.word in _NEEDS_PREFIX and start == head.start:
        return None  # 代表某某: a post that needs its body (or a describing word) before it
    return title, start


# Single characters that commonly follow a name: they end a two-character name.
_AFTER = frozenset(
    "、，。；：！？“”‘’（）《》 \n说表等到在出参陪讲指强要对率带介认称同与及是的先深来也就向"
    "作致将已并还亲分前后主莅视调考走看座会"
    "慰告透提希坦笑接和为从把被让给共一两三每个所担任时列"
)
_NAME_BAD_CHARS = frozenset(
    "的了在是和与及或等个们这那其之于以为把被着过从到对上下内外里后前时年月日号点分秒第区县市省镇乡村路街局委会院部厅处科所站队团校"
    "公司厂店场馆园港党办组社报台网心群众不没有也都很更最又还再就"
)
_PLACE_SUFFIX = (
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "街道",
    "路",
    "大道",
    "大街",
    "街",
    "公园",
    "广场",
    "湿地公园",
)
_PLACE_TOKEN_SUFFIX = (
    "镇",
    "乡",
    "村",
    "街道",
    "路",
    "大道",
    "大街",
    "公园",
    "广场",
    "新区",
    "县",
    "区",
    "省",
    "市",
    "州",
    "湾",
    "岛",
    "山",
)
_ORG_SUFFIX = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "公司",
    "集团",
    "大学",
    "学院",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "医院",
    "卫生院",
    "保健院",  # 某市妇幼保健院
    "疗养院",
    "福利院",
    "敬老院",
    "养老院",
    "设计院",
    "科学院",
    "支队",
    "大队",
    "中队",
    "总队",
    "银行",
    "分行",
    "支行",
    "研究院",
    "研究所",
    "研究中心",
    "中心",
    "协会",
    "学会",
    "联合会",
    "商会",
    "促进会",
    "理事会",
    "基金会",
    "委员会",
    "常委会",
    "管委会",
    "工会",
    "党委",
    "党组",
    "党工委",
    "工委",
    "纪委",
    "政府",
    "政协",
    "人大",
    "办公室",
    "办",
    "局",
    "厅",
    "部",
    "处",
    "科",
    "所",
    "署",
    "队",
    "法院",
    "检察院",
    "报社",
    "日报",  # 某某日报, 某某晚报: a paper by its title, after the place it is of (a weak suffix)
    "晚报",
    "时报",
    "晨报",
    "都市报",
    "电视台",
    "广播电台",
    "电台",
    "气象台",
    "出版社",
    "通讯社",
    "合作社",  # (before 社: the walk back of a company's name)
    "社",
    "宾馆",
    "馆",
    "联盟",
    "党",
    "军区",
    "军分区",
    "海关",
    "党校",
    "共同体",
    "调查队",
    "服务队",
    "委",
    "厂",
    "议会",
    "参议院",
    "众议院",
    "饭店",
    "酒店",
)
# Suffixes too generic to make an organisation on their own token without a proper prefix.
_NOT_ORG_END = (
    "关系",
    "公报",
    "问题",
    "科学",
    "工业",
    "电视",
    "合作",
    "政策",
    "会谈",
    "机关",
    "军队",
    "组织",
    "两党",
    "全军",
    "全国",
    "场所",  # 公共场所: a kind of venue, which jieba's dictionary tags nt
    "有关",  # 国家有关(规定): "concerned", never a body's last word
)
_CONGRESS = re.compile(
    r"第[一二三四五六七八九十]+[次届](?:全国人民代表大会|全国代表大会|代表大会)(?:常务委员会|常委会)?"
    r"|(?:(?<=党的)|(?<=中共)|(?<=中国共产党))(?:二十[一二三]?|十[一二三四五六七八九]?|[一二三四五六七八九])大"
    r"|(?:二十[一二三]?|十[一二三四五六七八九]?)大(?=精神|报告|以来|代表|召开|文件|胜利|闭幕|开幕|路线|确定|提出)"
)
# How a party's name ends (某某党, 九三学社, and the short names of China's democratic parties).
_PARTY_END = ("党", "学社", "民革", "民盟", "民建", "民进", "台盟")
# What follows a party's name to name one of its bodies: its central committee, its Nth congress
# (not 中央委员会, which the suffix rule has whole, nor 十大新闻).
_ORDINAL_BIG = "(?:二十|十)?[一二三四五六七八九十]大"
_PARTY_AFTER = re.compile(
    "中央(?!委员会|[\u3400-\u9fff]{0,2}全会)|" + _ORDINAL_BIG + "(?:(?![\u3400-\u9fff])|(?="
    "精神|报告|以来|代表|召开|文件|胜利|闭幕|开幕|提出|的|上|期间|贺词|在|于))"
)
# In every match of _CONGRESS: 代表大会, or a number before 大 (十五大).
_NUMBER_BIG = re.compile(r"[一二三四五六七八九十]大")
_IS_TITLE = re.compile(r"，?是([\u3400-\u9fff（）]{2,30}?)(?=[。，；])")
_LEVEL_BODY = re.compile(r"[省市县区镇乡](?:委|政府|政协|人大常委会|纪委)")
_DATELINE_AFTER = re.compile(r"[\u3400-\u9fff]{0,6}\d{1,2}月\d{1,2}日电")


# jieba's dictionary tags a few thousand rare phrases nt (商务旅行, 复位开关); without an
# organisation's suffix such a word is taken only when it is common enough to be a real name.
_NT_MIN_FREQ = 10
# How words jieba's dictionary tags nt end when they name a field of study, a process, a park or
# a trade rather than a body (统计学, 深加工, 人财物, 国家森林公园, 中医药): without an
# organisation's suffix, such a word is no body however common it is.
_NT_NOT_BODY_END = ("学", "加工", "财物", "公园", "医药", "路")  # (建设路: a road)
# Endings of shortened names (…友协, …代表团, …议会, 十六大): a rare nt word ending so is a body.
_ORG_SHORT_END = ("会", "协", "团", "联", "盟", "大")
# Suffixes that follow a bare place as a different word (某市|中心城区, 某区|科|创局 split so).
_DOWNTOWN = frozenset({"市中心", "城中心", "镇中心", "县中心", "城市中心"})
# The banks' short names (农行某分行): a body before the place that starts its branch's name.
_BANK_SHORT = frozenset(
    {
        *("农行", "工行", "建行", "中行", "交行", "人行", "农发行", "国开行", "邮储银行"),
        # the state banks by their names without 中国, which jieba tags abbreviations (工商银行|某地|分行)
        *("工商银行", "农业银行", "建设银行", "交通银行"),
    }
)
_PLACE_MODIFIER_SUFFIX = frozenset({"中心", "科", "处", "所", "部", "队", "馆", "社"})
# Bodies a text names by their kind alone and means one body (the district's 管委会).
_BARE_BODIES = frozenset({"管委会", "党工委", "工委", "人大", "政协", "纪委", "常委会", "人大常委会", "党组"})
# Kinds of bodies, not bodies (科研院所, 中小学校): written from general usage.
_GENERIC_COLLECTIVE = frozenset(
    {
        *("中小学校", "中小学", "科研院所", "高等院校", "高校", "院校", "大专院校", "职业院校"),
        *("金融机构", "医疗机构", "商业银行", "民营企业", "国有企业", "中小企业"),
        *("企事业单位", "事业单位", "职能部门", "党政机关", "社会组织", "基层党组织", "两新组织"),
        *("村委会", "居委会", "村两委", "党支部", "党小组", "工作组", "领导小组", "委员会", "工作委员会"),
        *("研究中心", "重点实验室", "研发中心", "孵化器", "众创空间"),
        *("联合体", "共同体", "联盟体", "医联体", "医共体"),
        *("合作社", "专业合作社", "农民专业合作社", "经济合作社", "股份经济合作社", "集体经济合作社"),
    }
)
# 人类命运共同体, 发展共同体: a political idea, not an organisation.
_IDEA_BEFORE_COMMUNITY = ("命运", "健康", "利益", "责任", "安全", "发展", "生命", "共同")
_BUREAU = frozenset({"局", "厅", "委", "委员会", "办", "办公室"})
_REFERRED_PLACE = re.compile(r"[该本][省市县区镇乡]")
_DESIGNATION = re.compile(r"^(?:国家|省|市|县|区)级")


def _split_wrongly(w: str, idx: int, toks: list[Tok], freq: dict) -> bool:
    """在合作中共|同发展: a two-character word whose last character reads better with the next."""
    if len(w) != 2 or idx + 1 >= len(toks) or len(toks[idx + 1].word) != 1:
        return False
    return freq.get(w[1] + toks[idx + 1].word, 0) >= 1000


# Common nouns ending in 局 for a situation, a layout or a game (general usage), never a bureau.
_SITUATION_JU = frozenset(
    {
        *("布局", "大局", "全局", "定局", "骗局", "危局", "格局", "僵局", "残局", "出局", "结局", "开局"),
        *("时局", "政局", "败局", "胜局", "终局", "赌局", "牌局", "棋局", "饭局", "困局", "变局", "新局"),
    }
)
# Before 国 in a body-like word, a count or a determiner makes the country any country:
# 两国政府, 各国议会, 多国公司 are kinds, not a named body (their 国 is no country's name).
_ANY_COUNTRY_BEFORE = frozenset("两各多本我该外他异诸")


def _any_country(text: str, start: int) -> bool:
    """The body-like word at text[start:] begins with 国 after a count or a determiner."""
    return start > 0 and text.startswith("国", start) and text[start - 1] in _ANY_COUNTRY_BEFORE


# Nouns for a kind of body that a paper puts before a body's name to say what it is (龙头企业,
# 知名高校, 百年老校, 著名学府): written from general usage.
_KIND_NOUN_END = ("企业", "学府", "高校", "名校", "老校", "院校", "名企", "单位", "机构", "老店")


# How the names of the units a body may be named after end (某街道社区卫生服务中心, 某镇文化中心).
_UNIT_PLACE_END = ("街道", "镇", "乡", "村", "社区", "县", "市", "区")
_GRASSROOTS = ("街道", "镇", "乡", "村", "社区")  # the units that give a job of their own (某村|护林员)
# Verbs of building or striving that a text puts before the body it means to build (建设某中心,
# 打造某基地, 创建某医院): not part of the name.
_GOAL_VERBS = frozenset(
    {"建设", "打造", "创建", "建成", "争创", "创办", "筹建", "组建", "新建", "指导", "远程指导"}
)


# A count or a share right after a place's level, before a kind of body: 某区两个医疗集团,
# 某县部分幼儿园, 某市多家医院 (how many of a kind, not a body's name).
_COUNTED_KIND = re.compile(
    r"(?<=[市县区镇乡省])(?:[一二三四五六七八九十两几多数]+[个所家座批类支]|部分|各类|一批)"
)


def _after_acting_body(toks: list[Tok], j: int, idx: int) -> int:
    """Where a body's name starts in toks[j:idx + 1] when a body and a verb come before it:
    某市人大常委会|紧扣|全市|中心, 某卫生院|建成|中医馆 (the first body acts; the name, if any,
    starts after its verb), or when a verb of building starts the chunk (建设|某某|中心)."""
    for k in range(idx - 1, j, -1):
        if (
            toks[k].flag == "v"
            and len(toks[k - 1].word) >= 2
            and _org_suffix(toks[k - 1].word)
            and not _org_suffix(toks[k].word)  # (省委|编办: a body's short name jieba tags v)
        ):
            return k + 1
    goal = j - 1  # 计划|投资|建设|某某馆: the last verb of building, with no place before it
    for k in range(j, idx):
        if _is_place_tok(toks[k]) or toks[k].flag == "nt":
            break  # (某市|城市|建设|投资集团: a place starts the name, the verb is inside it)
        if toks[k].word in _GOAL_VERBS:
            goal = k
    return goal + 1


def _after_kind_noun(toks: list[Tok], j: int, idx: int) -> int:
    """Where a body's name starts in toks[j:idx + 1] when a noun for its kind stands before it.

    龙头企业|某某|钢铁|有限公司, 知名高校|某某大学: the name starts after the kind noun when a
    place or a name jieba knows as a body's follows it; 某市|中小企业|服务|中心 and 某市|企业|
    联合会 keep the noun inside (a common word, or the suffix alone, follows it).
    """
    for k in range(idx - 1, j - 1, -1):
        w = toks[k].word
        if w.endswith(_KIND_NOUN_END) and toks[k].flag in ("n", "l", "nz", "j"):
            nxt = toks[k + 1]
            if _is_place_tok(nxt) or (nxt.flag == "nt" and _org_suffix(nxt.word) != nxt.word):
                return k + 1
    return j


# A level's party committee run into the same level's next body (市委市政府, 县委县政府).
_PARTY_BEFORE_GOVERNMENT = re.compile("[省市县区镇乡]委(?=[省市县区镇乡][\u3400-\u9fff])")


def _generic_org(w: str) -> bool:
    """Bodies named by kind, not by name (参政党, 中国政府 where the country is the place)."""
    if w.endswith("政府") and w[:-2] in GAZ and GAZ[w[:-2]] == "country":
        return True
    if "所在" in w or _LEARNS.search(w):
        return True  # 孩子所在学校: whose it is, not its name; 孩子学会: learning, no society
    if _KIND_OF_SCHOOL.fullmatch(w):
        return True  # 民办学校, 乡村小学, 县属职业学校: schools described, none named
    return w.startswith(_GENERIC_ORG_HEAD) or w in ("参政党", "党和政府", "执政党")


# Schools described by what kind they are (who runs them, where, for whom), not named.
_KIND_OF_SCHOOL = re.compile(
    "(?:公办|民办|公立|私立|新建|改建|扩建|改扩建|新建改扩建|乡里|城里|县城|城区|中心城区|主城区|农村|乡村|"
    "市属|县属|区属|中职|职业|中等职业|全日制|寄宿制|薄弱|偏远|周边|附近|特色|体育传统特色|普通|民工子弟|"
    "随迁子女|优质|名校|示范性)+"
    "(?:学校|小学|中学|中小学|中小学校|幼儿园|高中|初中)"
)


# 学会 after who learns or how well (孩子学会, 基本学会): the verb, not a learned society's suffix.
_LEARNS = re.compile("(?:孩子|学生|毕业生|居民|村民|群众|市民|老人|基本|逐步|慢慢|都|也|要)学会$")


_GENERIC_ORG_HEAD = (
    "两国",
    "地方",
    "各国",
    "有关",
    "外国",
    "国家机关",
    "党政",
    "级",
    "人民政府",
    "人民法院",
    "人民军队",
    "乡镇",  # 乡镇卫生院, 乡镇政府: the towns' bodies, a kind
    # a kind of body, or some of them (山区学校, 城乡学校, 部分医院, 各级医院; not 公共: 公共就业服务中心)
    *("部分", "山区", "城乡", "各级", "各类", "其他", "相关", "正规", "多家", "一些"),
)
# The organisation suffixes by their last character, each in _ORG_SUFFIX's order.
_ORG_SUFFIX_BY_LAST: dict[str, tuple[str, ...]] = {
    c: tuple(x for x in _ORG_SUFFIX if x[-1] == c) for c in {x[-1] for x in _ORG_SUFFIX}
}


def _org_suffix(w: str) -> str | None:
    """The first of _ORG_SUFFIX that w ends with (None when none does)."""
    for suf in _ORG_SUFFIX_BY_LAST.get(w[-1:], ()):
        if w.endswith(suf):
            return suf
    return None


# Named like companies (a brand and a trade, 某某种植专业合作社): the walk back goes to the place.
_NOT_IN_COMPANY_FLAGS = frozenset({"p", "c", "uj", "ul", "r"})
_COMPANY = frozenset({"股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "合作社"})
_PAPER = frozenset({"日报", "晚报", "时报", "晨报", "都市报"})
_WEAK_ORG = frozenset(
    {"办", "局", "厅", "部", "处", "科", "所", "署", "队", "社", "馆", "委", "党", "中心", "组织", "厂"}
    | {"议会", "饭店", "宾馆", "酒店"}
    | {"党校", "海关", "军分区"}  # (基层党校, 智慧海关: kinds and slogans without a place)
    | _PAPER  # (读日报: a kind without a place)
)
# One-character suffixes that end a two-character word naming a body of the place before it
# (某县|县委, 某市|教委, 某地|酒厂); elsewhere such a word is common (格局, 举办).
_PLACE_UNIT_LAST = frozenset("委厂")
# Two-character words ending so that name a member, not a body (常委, 编委).
_MEMBER_WORDS = frozenset({"常委", "编委", "主委", "厂长"})
_EVENT_ENDINGS = (
    "会议",
    "大会",
    "推进会",
    "座谈会",
    "研讨会",
    "交流会",
    "培训会",
    "发布会",
    "博览会",
    "展览会",
    "洽谈会",
    "动员会",
    "论坛",
    "峰会",
)
_NOMINAL = frozenset({"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "vn", "an", "b", "ng", "eng", "nx"})
_LEVEL_PREFIX = ("市", "省", "区", "县", "镇", "乡", "国家", "中共", "中国", "全国", "中央", "国务院")
_ORG_LEFT_TRIM = re.compile(
    r"^(?:全市|全省|全区|全县|我市|我省|我区|我县|我国|该|本|各|各级|所有|这|有关|相关|其|驻"
    r"|新一届|上一届|下一届|本届|历届|辖区|当地)"
)

# Short forms that stand as a body: 市委, 省政府 ...
_SHORT_ORG = re.compile(
    r"(?:省|市|县|区|镇|乡)(?:委(?:编办|宣传部|组织部|统战部|政法委|办公室|改革办)?|政府|政协|人大常委会|人大|纪委监委|纪委)"
    r"|(?:中共中央|国务院|全国人大常委会|全国人大|全国政协|中央军委|党中央)"
)
_CN_COUNTRY_ABBR = frozenset("中美日俄英法德韩朝越印意澳加巴欧非亚")

_POST_AFTER = re.compile(
    r"(总书记|同志|副主席|主席|副总理|总理|委员长|总统|副总统|首相|秘书长|先生|女士|大使|教授|书记|市长|省长|县长|区长)"
)
_PHOTO = re.compile(r"([\u3400-\u9fff]{2,4})\s?摄(?:影)?(?:$|[\s）)。\n]|[\u3400-\u9fff]{2,4}\s?摄)")
_POSTS_SET = frozenset(_POSTS)
_POSTS_TUPLE = tuple(_POSTS)  # (for str.endswith)
_TOP_POSTS = frozenset({"主席", "总理", "总书记", "委员长", "副主席", "副总理"})
_SURNAME_TOP_POSTS = frozenset(s + p for s in _SINGLE for p in _TOP_POSTS)  # 江主席 as one word
_TOP_POST_CORES = ("主席", "总理", "总书记", "委员长")  # in every one of _TOP_POSTS
# Characters used to transcribe foreign names (克林顿, 普里马科夫):
# a foreign-name candidate is made mostly of them.
_TRANSLIT = frozenset(
    "阿埃艾爱安奥澳巴拔柏班邦保鲍贝本比彼毕波伯博布查达戴丹道德迪蒂丁东杜多厄恩尔法菲费芬弗福夫盖甘冈高戈格古圭哈海汉"
    "豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里理利莉连林琳隆卢鲁路伦罗洛马玛迈麦曼梅美蒙米"
    "密明缪莫姆穆纳娜奈南内尼涅宁纽努诺帕潘佩彭皮普齐奇契乔琼萨塞桑瑟森沙善舍圣施什史斯松苏索塔泰坦汤唐特提图托瓦"
    "万旺威韦维温沃乌伍武西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹兹佐怀舒霍琪黛露丽茨赛买提孜鼎列晋牙铁"
)
_NAME_LEFT = frozenset(
    [
        "与",
        "和",
        "同",
        "向",
        "对",
        "在",
        "由",
        "及",
        "给",
        "让",
        "请",
        "会见",
        "会晤",
        "接见",
        "看望",
        "陪同",
        "邀请",
        "同志",
        "、",
    ]
)
_LEFT_OK = frozenset({"x", "p", "c", "v", "nt", "ns", "nr", "nrfg", "nrt"})
_RIGHT_OK = frozenset({"v", "p", "c", "x", "d", "ad", "uj", "ul", "f", "vn", "r", "t", "nr", "nrfg", "nrt"})
# The flags of the pieces of a foreign name jieba cut up.
_FOREIGN_PIECE_FLAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
_LIST_RUN = re.compile(r"(?:[\u3400-\u9fff]{2,6}、)+[\u3400-\u9fff]{2,8}")
_LIST_COMMA = re.compile("、")  # in every _LIST_RUN match, at most 6 characters after its start
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


@dataclass(slots=True)
class Tok:
    word: str
    flag: str
    start: int
    end: int


def _where(tests: Iterable[bool]) -> Iterator[int]:
    """The indices where the tests hold. Given maps of built-ins over the tokens' words or flags
    (set.__contains__, str.__eq__ ...), no Python code runs for the many tokens that fail:
    passes over every token of an article are a large part of the extractor's time."""
    return compress(count(), tests)


class _TokenAt:
    """tok_at[c]: the index of the token that holds text[c], as a dict of every character would
    give it (`in`, [] and get), found by bisection of where the tokens start."""

    __slots__ = ("bounds", "end")

    def __init__(self, bounds: list[int]) -> None:
        self.bounds = bounds  # where each token starts, then where the last one ends
        self.end = bounds[-1]

    def __contains__(self, c: int) -> bool:
        return 0 <= c < self.end

    def __getitem__(self, c: int) -> int:
        if not 0 <= c < self.end:
            raise KeyError(c)
        return bisect_right(self.bounds, c) - 1

    def get(self, c: int) -> int | None:
        return self[c] if 0 <= c < self.end else None


def finditer_near(rx: re.Pattern, anchor: re.Pattern, reach: int, text: str) -> Iterator[re.Match]:
    """rx.finditer(text), for a pattern whose every (non-empty) match holds a match of `anchor`
    at most `reach` characters after its start: each scan starts `reach` characters before the
    next anchor instead of trying the pattern at every place."""
    pos = 0
    while (a := anchor.search(text, pos)) is not None:
        m = rx.search(text, max(pos, a.start() - reach))
        if m is None:
            return
        yield m
        pos = m.end()


def _runs(indices: Iterable[int]) -> Iterator[list[int]]:
    """Increasing indices in runs of consecutive ones: 1 2 4 -> [1, 2], [4]."""
    run: list[int] = []
    for k in indices:
        if run and k != run[-1] + 1:
            yield run
            run = []
        run.append(k)
    if run:
        yield run


def is_surname_start(s: str) -> int:
    """Length of the surname at the start of s (0 when none)."""
    if s[:2] in _COMPOUND:
        return 2
    if s[:1] in _SINGLE:
        return 1
    return 0


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_CJK_ONLY = re.compile(r"[\u3400-\u9fff]*")


def _all_cjk(s: str) -> bool:
    """all(_cjk(c) for c in s), by one regex match."""
    return _CJK_ONLY.fullmatch(s) is not None


@lru_cache(maxsize=100_000)
def _name_part(w: str) -> bool:
    """A word that can be part of a name: ideographs, letters and digits only."""
    return all(_cjk(c) or c.isalnum() for c in w)


# A dictionary word tagged nr this common is more often a noun (安静, 侍卫) than a name.
_COMMON_NR_FREQ = 40
# Kinship words after a surname (王阿姨, 李大爷): how a person is called, not a name.
_KIN = ("阿姨", "大爷", "大妈", "大娘", "婆婆", "爷爷", "奶奶", "叔叔", "大姐", "大哥", "大嫂", "老汉")


_NOUN_FLAGS = frozenset({"n", "ns", "nz", "ng"})


def _inside_noun_phrase(name: str, prev: Tok | None, nxt: Tok | None, word_tag: dict) -> bool:
    """山水|林田湖|草地: a three-character 'name' jieba tags nr between two nouns is part of the
    noun phrase; after a post or a group (游客王小五说) it stays a name."""
    if len(name) < 3 or prev is None or len(prev.word) < 2 or not _cjk(prev.word[-1]):
        return False
    if prev.flag not in _NOUN_FLAGS or prev.word in _POSTS_SET or prev.word in _COLLECTIVE_POSTS:
        return False
    if nxt is None or nxt.word == "家":
        return False  # 某某家: the person's home
    return nxt.flag in _NOUN_FLAGS or (len(nxt.word) >= 2 and nxt.flag == "vn")


# Characters that end bodies and places (某协会, 某中心, 某产业园) and are common in given names
# too (会民, 心怡, 园园).
_GIVEN_TOO = frozenset("会心园")


def _given_part_free(name: str, sl: int, word_tag: dict, freq: dict | None = None) -> bool:
    """Three characters, a one-character surname, a given part that is no dictionary word (协会, 中心,
    会长, 镇长 are) and a first two characters that are no word but a name (with `freq`: or a word
    too rare to count, _RARE_WORD_FREQ): the shape in which a given name may hold characters that
    otherwise rule a name out."""
    return (
        len(name) == 3
        and sl == 1
        and name[1:] not in word_tag
        and (word_tag.get(name[:2], "nr").startswith("nr") or _rare_word(name[:2], freq))
    )


# jieba's dictionary holds some 350,000 words, many seen once or twice in its corpus (方国, 高力):
# two characters that rare are no evidence that a surname and the first character of a given name
# jieba's model read as one name (某国俊, 某力梅) are a word instead.
_RARE_WORD_FREQ = 10
# Verbs, prepositions and particles jieba's model joins to a surname after them (有付, 了范, 为于).
_GLUED_BEFORE_SURNAME = frozenset("有是了把为被给让叫和与同跟向对由将在请派找见问帮")


def _rare_word(w: str, freq: dict | None) -> bool:
    return freq is not None and freq.get(w, 0) < _RARE_WORD_FREQ


def _rare_head_name(
    text: str, idx: int, toks: list[Tok], starts: dict[int, Tok], word_tag: dict, freq: dict
) -> bool:
    """toks[idx], one character jieba tags a name, ends a three-character name with the two-character
    word before it: a surname and a first given character that jieba's dictionary holds as a rare
    word of another kind (某国|琳, 某清|辉), where a name can stand on both sides."""
    if not idx:
        return False
    head, last = toks[idx - 1], toks[idx]
    name = head.word + last.word
    return (
        len(head.word) == 2
        and is_surname_start(head.word) == 1
        and not head.flag.startswith("nr")
        and head.flag not in ("m", "q", "r", "p", "c", "u", "uj", "d")
        and head.word in word_tag
        and _rare_word(head.word, freq)
        and _cjk(last.word)
        and last.word not in _NAME_BAD_CHARS
        and last.word not in _AFTER
        and name not in word_tag
        and name not in GAZ
        and _name_may_follow(toks[idx - 2] if idx >= 2 else None)
        and _name_may_precede(starts.get(last.end))
        and looks_like_name(name, {})
        and not all(c in _TRANSLIT for c in name)  # 某苏克|瓦: the pieces of a transcribed name
    )


def _given_name_too(name: str, sl: int, word_tag: dict) -> bool:
    """A three-character name whose only characters that end bodies are 会, 心 or 园 (王会民, 张心怡,
    刘园园, 李建会)."""
    return _given_part_free(name, sl, word_tag) and all(
        c in _GIVEN_TOO or c not in _NAME_BAD_CHARS for c in name[1:]
    )


# Function words: never inside a given name that a name's context does not vouch for.
_FUNCTION_CHARS = frozenset(
    "的了在是和与及或等个们这那其之于以为把被着过从到对上下内外里后前时不没也都很最又还就"
)


# Characters before 之 that make a phrase, not a given name (为之, 言之, 行之, 随之: jieba's
# dictionary holds some, not all, of them).
_BEFORE_ZHI_PHRASE = frozenset("为言行随总久反加使因由得置视谓称换与失求")


def _classical_given(name: str, sl: int, word_tag: dict) -> bool:
    """某敬之, 某慕之: a given name in the classical manner, a character and 之 (the particle ends
    no given part of the dictionary's words: 总之, 反之, 随之 are words, 为之 a phrase)."""
    return (
        len(name) == 3
        and sl == 1
        and name[2] == "之"
        and name[1] not in _NAME_BAD_CHARS
        and name[1] not in _BEFORE_ZHI_PHRASE
        and name[1:] not in word_tag
    )


def _particulars_name(name: str, word_tag: dict) -> bool:
    """某华东，男，: a surname and a given part that is a word of its own, even a region's name,
    before a person's sex; no word of the dictionary as a whole, no place."""
    sl = is_surname_start(name)
    return (
        sl > 0
        and 1 <= len(name) - sl <= 2
        and name not in GAZ
        and word_tag.get(name, "nr").startswith("nr")
        and not name.endswith(_PLACE_SUFFIX)
    )


def _jieba_names_it(
    name: str, tok: Tok | None, word_tag: dict, freq: dict | None = None, nxt: Tok | None = None
) -> bool:
    """jieba's own model took these three characters for one name (陈镇宇, 钱有才, 杨港生): believe
    it although a character of the given name also ends bodies or places or is a common verb,
    unless the given part is a dictionary word (陈镇长, 韩科长) or holds a function word, or the
    whole ends as a place does. A name may end with 和 (某秉和) where no one it joins follows
    (`nxt`, the token after: a verb or punctuation, 某秉和|主持)."""
    given = name[1:]
    if (
        nxt is not None
        and given.endswith("和")
        and (nxt.flag[:1] == "v" or word_tag.get(nxt.word[:2], "")[:1] == "v" or not _cjk(nxt.word[0]))
    ):  # (主持会议: a verb's phrase jieba tags a noun)
        given = given[:-1]
    return (
        tok is not None
        and tok.word == name
        and tok.flag == "nr"
        and _given_part_free(name, is_surname_start(name), word_tag, freq)
        and name[0] != name[1]  # 蒙蒙亮: a reduplicated word
        and not name.endswith(_KIN)
        and not any(c in _FUNCTION_CHARS for c in given)
        and _all_cjk(name)
        and not name.endswith(_PLACE_SUFFIX)  # 某庙镇, 某庄村, 某宁街: places jieba's model took for names
        and name not in GAZ
        and name[1:] not in GAZ
    )


def _word_head(name: str, word_tag: dict, freq: dict) -> bool:
    """A three-character 'name' that opens with a common word (时间|紧, 任务|重, 惠民|生): a phrase."""
    head = word_tag.get(name[:2]) if len(name) == 3 else None
    return head is not None and not head.startswith("nr") and freq.get(name[:2], 0) >= 300


def _quality_word(w: str, word_tag: dict) -> bool:
    """高端化, 智能化, 安全性: a word and the suffix that makes a quality or a process of it, listed
    the way names are (高端化、智能化、绿色化), not a name."""
    return len(w) == 3 and w[-1] in "化性" and w[:2] in word_tag


def _word_then_part(name: str, word_tag: dict) -> bool:
    """林子|里, 麻醉|科, 和|政协: a common word and a locative or a unit's character, or a
    surname-like character before a body's short name; jieba's model reads them as names."""
    if len(name) != 3:
        return False
    head, tail = word_tag.get(name[:2]), word_tag.get(name[1:])
    # (the dictionary tags some such heads nr too: 林子, 麻醉)
    return (head is not None and name[2] in "里边内科室处") or tail in ("j", "nt")


def looks_like_name(name: str, word_tag: dict, strict: bool = False, freq: dict | None = None) -> bool:
    """Whether `name` has a Chinese name's shape: a surname, one or two given characters, no
    place, no common word (with `freq`, a noun of the dictionary too rare to count, 高志 seen four
    times, is no common word)."""
    if not 2 <= len(name) <= 4 or not _all_cjk(name) or name.endswith(_KIN):
        return False
    if len(name) >= 3 and name[0] == name[1]:
        return False  # 蒙蒙亮, 毛毛雨: a reduplicated word (a surname is not doubled; 张丽丽 is)
    sl = is_surname_start(name)
    if not sl and len(name) == 3 and word_tag.get(name, "").startswith("nr"):
        sl = 1
    if not sl or len(name) - sl < 1 or len(name) - sl > 2:
        return False
    if "某" in name[sl:] and not _pseudonym(name):
        return False  # 王某|常说: the pseudonym ends at 某
    if sl == 1 and _word_then_part(name, word_tag):
        return False
    if len(name) == 2 and name[0] in _WORD_SURNAMES:
        return False  # 党恩, 税费: a word (these surnames take two given characters)
    if name in GAZ or name.endswith(_PLACE_SUFFIX) or (len(name) >= 3 and name[1:] in GAZ):
        return False
    tag = word_tag.get(name)
    if tag is not None:
        return tag.startswith("nr") or (tag == "n" and _rare_word(name, freq))
    if (
        any(c in _NAME_BAD_CHARS for c in name[sl:])
        and not _given_name_too(name, sl, word_tag)
        and not _classical_given(name, sl, word_tag)
    ):
        return False
    if strict and len(name) == 3 and sl == 1 and word_tag:
        # 严格遵 / 祖国大: the surname-like character starts a common word, not a name
        head = word_tag.get(name[:2])
        if head is not None and not head.startswith("nr"):
            return False
        tail = word_tag.get(name[1:])
        if tail is not None and tail[0] == "v":
            return False
    return True


# Who a person is as a member of a congress, printed right after the name (某某代表说, 某某委员建议).
_DELEGATE = frozenset({"代表", "委员"})
# The same, as a title: the member's word, then what the member says or does or the clause's edge
# (某某代表建议, 某某委员说，; not 某某代表市委致辞: 代表 the verb, nor 某某代表团).
_DELEGATE_AFTER = re.compile(
    r"(代表|委员)(?=[，。；：,;:]|说|表示|介绍|指出|认为|提出|建议|反映|呼吁|坦言|谈到|发言|感慨|告诉|希望|"
    r"带来|关注|聚焦|结合|围绕|针对|在|的|也|还|则|就)"
)
# A list of people closed by the group they are (某某、某某等市领导, 某某等区领导同志; 某某、某局局长某某等
# 代表先后发言): everyone's title.
_LEADERS_AFTER = re.compile(r"等([省市县区镇乡]领导|代表|委员)(?!团|会|大会|们)")


# Measure words that are also surnames: after a count they count things (32支|普惠金融团队).
_MEASURE_SURNAMES = frozenset("支张条项位名家所座台双对段把封户根")
# Rarer surnames that are also common words (党恩, 税费, 磨合, 妥当): a name only with two given characters.
_WORD_SURNAMES = frozenset("党妥税磨")
_COUNT_END = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两几百千万")


def _jieba_junk(name: str, text: str, start: int, word_tag: dict, freq: dict) -> bool:
    """Words jieba's model or dictionary takes for a name with nothing around them to say so: a verb
    said twice (闻一闻), a measure word after a count (32支|普惠…), a noun and a locative (包|里).
    (Not a rare entry whose given part is a common word: 强|降雨 is one, but so are many names.)"""
    if len(name) == 3 and name[0] == name[2] and name[1] in "一了":
        return True
    if start > 0 and text[start - 1] in _COUNT_END and name[0] in _MEASURE_SURNAMES:
        return True
    return len(name) == 2 and name[1] in "里内外下" and freq.get(name, 0) < _RARE_WORD_FREQ


def _rare_surname_member(text: str, part: str, off: int, starts: dict, word_tag: dict) -> bool:
    """A list's member of three characters with no surname this module knows (姒某某): a person
    when the three are no word, hold no function word or a body's or a place's character, and end
    the member or stand before a verb (某某、姒某某出席)."""
    name = part[:3]
    if len(name) != 3 or not _all_cjk(name) or name in word_tag or name[:2] in word_tag:
        return False
    if any(c in _NAME_BAD_CHARS for c in name) or name.endswith(_POSTS_TUPLE):
        return False
    if len(part) == 3:
        return True
    nxt = starts.get(off + 3)
    return nxt is not None and nxt.flag[:1] == "v"


def _looks_foreign(w: str, word_tag: dict, freq: dict) -> bool:
    """A transcribed foreign name: mostly transcription characters, not built of common words."""
    return len(w) >= 3 and _mostly_transcribed(w) and not _two_common_words(w, word_tag, freq)


# Characters Mongolian personal names are transcribed with (general knowledge of the names'
# elements, no page's), and the ones of them that seldom stand in a Han name.
_MONGOLIAN = frozenset(
    "巴特尔额敦德尼毕力格乌吉雅图日嘎拉云其木萨仁勒孟和宝音敖登斯琴阿坦仓哈朝鲁布苏那顺达来根兰"
    "查干呼娜托古门胡白赛罕塔高娃满都伊希贺彦温陶包诺敏钦楞色嘉措玛腾沁舍纳扎旺丹宁桑道奇克莫赉确喜吐伦"
)
_MONGOLIAN_MARK = frozenset("尔格图巴嘎勒吉敦毕敖琴玛娜雅鲁朝仁苏达哈斯其赛罕钦楞彦陶乌阿额萨扎旺")


def _mongolian_dotted(w: str) -> bool:
    """The parts of a dotted name (the dot left out) are Mongolian in transcription: all of them
    such characters, one of four or more marked (苏和·某某敦); a page's label (法治·社会) is not."""
    return all(c in _MONGOLIAN for c in w) and sum(c in _MONGOLIAN_MARK for c in w) >= (
        2 if len(w) == 3 else 1
    )


def _dotted_head_part(t: Tok) -> bool:
    """A word before a dotted name's first piece that is still the name's: a name to jieba, of
    transcription characters (某某|利奥·某某, 某娜|古丽·某某), or a noun or a verb to it made of Uyghur
    and Kazakh transcription characters only, one of them marked (某某提|江·某某, 热合|曼·某某)."""
    if t.flag in ("nr", "nrt"):
        return all(c in _TRANSLIT or c in _TURKIC for c in t.word)
    return t.flag[:1] in "nv" and all(c in _TURKIC for c in t.word) and any(c in _TURKIC_MARK for c in t.word)


def _dotted_tail_char(t: Tok) -> bool:
    """A character jieba left alone after a dotted name's last part that is still the name's: no word
    that follows names, no preposition or particle (某某·某某斯基|于, 某某·某某|之|家), no verb's,
    number's or measure word's character unless names are transcribed with it (某某·某某|懂,
    某某·某某|种的)."""
    return (
        len(t.word) == 1
        and _cjk(t.word)
        and t.word not in _AFTER
        and t.flag[:1] not in "pu"
        and not (t.flag[:1] in "vmq" and t.word not in _TRANSLIT and t.word not in _TURKIC)
    )


def _turkic_dotted(w: str) -> bool:
    """The parts of a dotted name (the dot left out) are Uyghur or Kazakh in transcription: all of
    them such characters, two marked (某娜古丽·某不都)."""
    return all(c in _TURKIC for c in w) and sum(c in _TURKIC_MARK for c in w) >= 2


def _looks_mongolian(w: str, word_tag: dict, freq: dict) -> bool:
    """A Mongolian name in transcription: three to six such characters, some of them marked, no
    word of the dictionary and not two common words joined."""
    return (
        3 <= len(w) <= 6
        and all(c in _MONGOLIAN for c in w)
        and sum(c in _MONGOLIAN_MARK for c in w) >= (2 if len(w) == 3 else 1)
        and w not in word_tag
        and w not in GAZ
        and not _two_common_words(w, word_tag, freq)
    )


def _two_common_words(w: str, word_tag: dict, freq: dict) -> bool:
    """w is two words of the dictionary, neither a name, one of them of two characters or more."""
    for k in range(1, len(w)):
        a, b = w[:k], w[k:]
        ta, tb = word_tag.get(a), word_tag.get(b)
        common_a = ta is not None and not ta.startswith("nr") and (len(a) == 1 or freq.get(a, 0) >= 50)
        common_b = tb is not None and not tb.startswith("nr") and (len(b) == 1 or freq.get(b, 0) >= 50)
        if common_a and common_b and max(len(a), len(b)) >= 2:
            return True
    return False


def _mongolian_name_at(text: str, ns: int, starts: dict[int, Tok], word_tag: dict, freq: dict) -> int:
    """Length of a Mongolian name printed at ns (0: none), up to the name's edge: punctuation, a
    verb, a preposition or 和, or a word that starts with no character of such names (某某某|带着)."""
    for n in (6, 5, 4, 3):
        e = ns + n
        if e > len(text) or not _looks_mongolian(text[ns:e], word_tag, freq):
            continue
        if _STEPPE_LEVEL.search(text, ns, e + 2):
            continue  # (某某|苏木, 某某嘎查: a place)
        closed = _closed_off(text, e) or _bounded_after(text, e, starts)
        if text[e - 1] == "和" and n > 3:
            # 某某孟和|同志, but 某某某|和|大队长某某: 和 joins the next person
            if closed or text.startswith("同志", e):
                return n
            continue
        if (
            closed
            or text[e] in "和与为致在向对的"
            or (text[e] not in _MONGOLIAN and e in starts and not _verb_ends_at(e, ns, starts))
        ):
            return n
    return 0


def _verb_ends_at(e: int, s: int, starts: dict[int, Tok]) -> bool:
    """Whether the last word between s and e is a verb ending at e (某某|力克: no name's end)."""
    for i in range(e - 1, s - 1, -1):
        t = starts.get(i)
        if t is not None:
            return t.end == e and t.flag.startswith("v")
    return False


# Where the people of a text may bear Mongolian names: it names the steppe's units or the people.
_STEPPE_TEXT = re.compile("[左右前后中]?旗|苏木|嘎查|蒙古|盟委")


def _mongolian_names(
    text: str,
    heads: list[int],
    starts: dict[int, Tok],
    word_tag: dict,
    freq: dict,
    credits: set[str],
    col: _Collector,
) -> None:
    """Mongolian names after who the person is (学生, 牧民, a post) and where the name rules read a
    piece of one, and in a list of names joined by 、: the whole name replaces the pieces."""
    places = {i for m in col.items.values() if m.type in (PLACE, ORGANISATION) for i in range(m.start, m.end)}
    listed = [i + 1 for i, c in enumerate(text) if c == "、"]
    spans: dict[int, int] = {}
    for ns in sorted(set(heads + listed)):
        if ns in places or ns >= len(text) or text[ns] not in _MONGOLIAN or ns not in starts:
            continue
        n = _mongolian_name_at(text, ns, starts, word_tag, freq)
        if n and not any(i in places for i in range(ns, ns + n)):
            spans[ns] = ns + n
    _whole_names(text, spans, credits, col)


# The characters Uyghur and Kazakh names are transcribed with (the syllables of the standard
# transcription: 阿 a, 买 ma, 提 ti, 吐 tu, 孜 zi, 尔 r, 江 jan, 古丽 gül ...; general knowledge of the
# system, no page's), and the dots that join a given name to the father's (某某·某某).
_TURKIC = frozenset(
    "阿艾安奥巴拜班别比波布不帕排潘佩皮普塔太坦铁提托吐图加杰吉居江恰其乔哈海汗罕黑合胡呼霍洪赫"
    "达代丹旦德迪都多杜热日肉茹然仁若如扎则孜祖赞再萨赛色斯司苏索桑森素沙夏谢希西肖舒尚卡凯克库"
    "喀坎肯奎尕盖格古甘拉莱来勒力列里丽鲁洛兰伦玛买麦米木穆莫曼满明纳乃尼努娜南宁瓦外维吾乌万旺"
    "亚雅依伊尤约叶娅玉尔甫丁义马衣优额恩乎荪逊山卓泽佐阔果沃耶诺延什昂邦唐夫英地敏"
)
# Of them, the ones seldom in a Han given name: two of them mark a transcribed name (某某江, 某孜某).
_TURKIC_MARK = frozenset("提孜尔吐买艾吾热努逊汗罕依斯曼麦阿库肉甫乎娜坎夏")
_NAME_DOTS = "·•・"
# What follows a list's member: the next 、, 等, or the clause's end.
_LIST_MEMBER_END = frozenset("、等，。；：！？）")
# The kinds of word (by the first letter of jieba's flag) that end a dotted name's first part on
# its left: a preposition, a particle, a verb, a pronoun, a number, an adverb, a conjunction, a
# measure word, a place word, a time or punctuation (在|某·某某, 了|某·某某).
_DOT_PART_STOP = frozenset("puvrmdcqftx")
# A text where such a name may stand: a dot between two characters, or two marked characters as far
# apart as a given name of six characters holds them (某巴拉某).
_TURKIC_TEXT = re.compile(
    r"[\u3400-\u9fff][·•・][\u3400-\u9fff]|([{0}])[\u3400-\u9fff]{{0,4}}[{0}]".format(
        "".join(sorted(_TURKIC_MARK))
    )
)
# A transcribed name's first or last piece is no function word jieba cut out of it (如|某某·某某).
_FUNCTION_FLAGS = frozenset({"c", "p", "d", "r", "u", "ul", "uj", "uz", "ug", "m", "q", "f"})


def _turkic_piece_ok(t: Tok | None) -> bool:
    """A piece of a transcribed name may start or end with this token: no function word of one
    character, unless one that marks a transcription (依|某某村: 依 a preposition to jieba)."""
    return t is not None and not (
        len(t.word) == 1 and t.flag in _FUNCTION_FLAGS and t.word not in _TURKIC_MARK
    )


def _tok_over(starts: dict[int, Tok], pos: int) -> Tok | None:
    """The token that holds the character at pos."""
    for b in range(pos, max(pos - 12, -1), -1):
        t = starts.get(b)
        if t is not None:
            return t if t.end > pos else None
    return None


def _turkic_edge(text: str, pos: int, starts: dict[int, Tok], word_tag: dict, freq: dict) -> bool:
    """A transcribed name may end (or start) at pos: a word's edge, or inside a word jieba made of
    the name's last character and the next word (某某·某|木说, 曼正), not inside a common word (来到)."""
    if pos >= len(text) or pos in starts:
        return True
    t = _tok_over(starts, pos)
    return (
        t is not None
        and freq.get(t.word, 0) < _COMMON_NOUN_FREQ
        and text[pos : t.end] in word_tag  # (某|木说: not 某木|列席会议)
        and text[t.start : pos] in word_tag  # (长沙|某: 沙 a character of its own)
    )


def _turkic_span(
    text: str, dot: int, starts: dict[int, Tok], word_tag: dict, freq: dict, start: int | None = None
) -> tuple[int, int] | None:
    """The Uyghur or Kazakh name printed around the dot at `dot` (某某·某某, 某某·某某·某某): transcription
    characters on both sides, two to eight a piece, each piece no function word and cut at no common
    word. `start`: where the name must start (right after a post)."""
    if start is None:
        s = dot
        while s > 0 and dot - s < 8 and text[s - 1] in _TURKIC:
            s -= 1
        # (在村里|某某·: the first piece starts at no function word and inside no common word)
        start = next(
            (
                b
                for b in range(s, dot - 1)
                if _turkic_edge(text, b, starts, word_tag, freq) and _turkic_piece_ok(_tok_over(starts, b))
            ),
            None,
        )
        if start is None:
            return None
    elif dot - start < 2 or not all(c in _TURKIC for c in text[start:dot]):
        return None
    e = dot
    while True:
        j = e + 1
        while j < len(text) and j - e <= 8 and text[j] in _TURKIC:
            j += 1
        end = next(
            (
                b
                for b in range(j, e + 2, -1)
                if _turkic_edge(text, b, starts, word_tag, freq)
                and _turkic_piece_ok(_tok_over(starts, b - 1))
            ),
            None,
        )
        if end is None:  # (a piece of one character, or a function word's: no name)
            return None if e == dot else (start, e)
        e = end
        if not (e < len(text) and text[e] in _NAME_DOTS):
            return start, e


def _turkic_name_at(text: str, ns: int, starts: dict[int, Tok], word_tag: dict, freq: dict) -> int:
    """Length of a Uyghur or Kazakh name that starts at ns, after a post or who the person is (0: none):
    a dotted one (某某·某某), or the given name alone when two of its characters mark a transcription
    and it is no common word (司机某某某。); three characters need a first that starts few Han names."""
    j = ns
    while j < len(text) and j - ns < 9 and text[j] in _TURKIC:
        j += 1
    if j - ns >= 2 and j < len(text) and text[j] in _NAME_DOTS:
        span = _turkic_span(text, j, starts, word_tag, freq, ns)
        return span[1] - ns if span is not None else 0
    for e in range(min(j, ns + 6), ns + 2, -1):
        name = text[ns:e]
        if (
            sum(c in _TURKIC_MARK for c in name) >= 2
            and _turkic_edge(text, e, starts, word_tag, freq)
            and _turkic_piece_ok(_tok_over(starts, e - 1))
            and (word_tag.get(name, "nr")[:2] == "nr" or freq.get(name, 0) < _COMMON_NOUN_FREQ)
            and name not in GAZ
            and not (len(name) == 3 and name[0] in _COMMON_SURNAMES)
        ):
            return e - ns
    return 0


def _turkic_names(
    text: str,
    toks: list[Tok],
    starts: dict[int, Tok],
    word_tag: dict,
    freq: dict,
    credits: set[str],
    col: _Collector,
) -> dict[str, str]:
    """Uyghur and Kazakh names jieba cuts anywhere: dotted ones (某某·某某) wherever they stand, a
    given name alone after who the person is (患者某某某) or where the name rules read its first
    characters (司机某某某|某). The whole name replaces the pieces the other rules found, with the
    posts found for the first. Returns each dotted name's first piece -> the name, the short form a
    story calls the person by afterwards."""
    spans: dict[int, int] = {}
    for dot in (i for i, c in enumerate(text) if c in _NAME_DOTS):
        span = _turkic_span(text, dot, starts, word_tag, freq)
        if span is not None:
            spans[span[0]] = span[1]
    heads = _name_heads(toks, col)
    for ns in heads:
        if ns < len(text) and text[ns] in _TURKIC and ns not in spans:
            n = _turkic_name_at(text, ns, starts, word_tag, freq)
            if n:
                spans[ns] = ns + n
    short: dict[str, str] = {}
    for s, e in sorted(spans.items()):
        name = text[s:e]
        dot = next((i for i in range(s, e) if text[i] in _NAME_DOTS), e)
        if dot < e and name not in credits:  # (a dotted name's first piece has two characters or more)
            short.setdefault(text[s:dot], name)
    _whole_names(text, spans, credits, col)
    return short


# Tibetan personal names as Chinese prints them: one or two of a small stock of name elements, most of
# them Buddhist words (扎西 good fortune, 次仁 long life, 卓玛 Tara, 多吉 vajra, 尼玛 sun, 达瓦 moon ...), in
# the usual transcriptions of Lhasa, Kham and Amdo (general knowledge of the naming, no page's); and
# the syllables a third element may be (某某措, 某某吉, 某某加).
_TIBETAN_PARTS = frozenset(
    """
    扎西 多吉 多杰 次仁 才让 卓玛 央金 拉姆 德吉 格桑 达瓦 达娃 尼玛 平措 旺堆 旺姆 顿珠 罗布 洛桑 索朗
    索南 强巴 群培 边巴 巴桑 普布 拉巴 次旦 才旦 旦增 丹增 白玛 贝玛 贡布 贡保 公保 坚参 坚赞 曲珍 卓嘎
    央宗 益西 仁青 仁增 晋美 久美 吉美 桑杰 桑珠 斯朗 四郎 泽仁 泽旺 次旺 扎巴 嘎玛 尕玛 噶玛 东智 东珠
    华旦 更登 更敦 达吉 尕藏 旦正 完玛 万玛 拉毛 措毛 吉毛 卓尕 加措 嘉措 加央 降央 洛追 南杰 朗杰 昂秀
    昂旺 阿旺 曲扎 土登 图登 赤列 诺布 琼达 穷达 拉珍 德央 德庆 玉珍 央拉 旺久 旺杰 旺扎 米玛 巴珠 次珍
    次央 仓决 卓吉 拉措 周措 才吉 多丹 贡嘎 泽珍 措姆 吉宗 洛布 罗桑 丹巴 旦巴 格勒 克珠 嘎登 根登 桑吉
    桑珍 卓央 德措 才措 拉旦 仁措 尖措 尖参 更桑 更藏 切吉 桑木 夏吾 多智 塔杰 南加 旦周 才项
    """.split()  # noqa: SIM905 (a word list, one line of them at a time)
)
_TIBETAN_THIRD = frozenset("措吉加杰本毛")
_NOT_A_NAME_TAGS = frozenset("vadpcurmqtf")
# The last character of a post or of who the person is, glued by jieba to the name after it (管护员|某某)
_POST_LAST = frozenset("员长师生手者")
_TIBETAN_FIRST = "".join(sorted({w[0] for w in _TIBETAN_PARTS}))
_TIBETAN_RE = re.compile("(?=[{}])(?:{})".format(_TIBETAN_FIRST, "|".join(sorted(_TIBETAN_PARTS))))


def _tibetan_name_at(text: str, ns: int, starts: dict[int, Tok], word_tag: dict, freq: dict) -> int:
    """Length of a Tibetan name that starts at ns (0: none): two elements (某某某某), or, after a post or
    who the person is, one element with or without a third syllable (管护员某某某, 防疫员某某，)."""
    if text[ns : ns + 2] not in _TIBETAN_PARTS:
        return 0
    for n in (4, 3, 2):
        e = ns + n
        if e > len(text):
            continue
        if n == 4 and text[ns + 2 : e] not in _TIBETAN_PARTS:
            continue
        if n == 3 and text[ns + 2] not in _TIBETAN_THIRD:
            continue
        name = text[ns:e]
        if (
            _turkic_edge(text, e, starts, word_tag, freq)
            and (n == 4 or _turkic_piece_ok(_tok_over(starts, e - 1)))
            and not (e < len(text) and text[e : e + 2] in _TIBETAN_PARTS)  # (a longer name goes on)
            and name not in GAZ
            # (jieba's dictionary holds some as names, places or abbreviations; none as a verb)
            and word_tag.get(name, "nr")[0] not in _NOT_A_NAME_TAGS
        ):
            return n
    return 0


def _tibetan_names(
    text: str,
    heads: list[int],
    starts: dict[int, Tok],
    word_tag: dict,
    freq: dict,
    credits: set[str],
    col: _Collector,
) -> None:
    """Tibetan names jieba cuts anywhere (某某|某某, 某某某|某): two elements together wherever they
    stand at a word's edge, one element alone after who the person is. The whole name replaces the
    pieces the other rules found, with the posts found for the first."""
    spans: dict[int, int] = {}
    end = 0
    glued: list[int] = []  # elements right after a post's last character (管护员|某某)
    for m in _TIBETAN_RE.finditer(text):
        s = m.start()
        if s and text[s - 1] in _POST_LAST:
            glued.append(s)
        if s < end or not _turkic_edge(text, s, starts, word_tag, freq):
            continue
        if text[s + 2 : s + 4] in _TIBETAN_PARTS and _tibetan_name_at(text, s, starts, word_tag, freq) == 4:
            spans[s] = end = s + 4
    for ns in heads + glued:
        if (
            ns < len(text) - 1
            and ns not in spans
            and (n := _tibetan_name_at(text, ns, starts, word_tag, freq))
        ):
            spans[ns] = ns + n
    _whole_names(text, spans, credits, col)


def _name_heads(toks: list[Tok], col: _Collector) -> list[int]:
    """Where a name may start: after who the person is (民警, 运动员, a post), and where the name
    rules read one (not a transcribed one, whole already)."""
    heads = [t.end for t in toks if t.word != "、" and _person_word_before(t)]
    return heads + [m.start for m in col.items.values() if m.type == PERSON and m.method != "foreign"]


def _whole_names(text: str, spans: dict[int, int], credits: set[str], col: _Collector) -> None:
    """The names at `spans` (start -> end) replace the pieces of them the other rules found, with the
    posts found for the first; a longer name found around one stays."""
    for s, e in sorted(spans.items()):
        name = text[s:e]
        if name in credits:
            continue
        pieces = [m for m in col.items.values() if m.type == PERSON and m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in pieces) or any(m.start == s and m.end == e for m in pieces):
            continue  # (a longer name the other rules found around it, or this one)
        titled = next((m for m in pieces if m.titles), None)
        for m in pieces:
            del col.items[(m.type, m.start, m.end)]
        col.add(
            Mention(
                PERSON,
                name,
                s,
                e,
                titled.titles if titled else (),
                titled.organisation if titled else None,
                "foreign",
                0.7,
            )
        )


# Transcribed place names (Uyghur, Kazakh) as the levels of government follow them: jieba cuts the name
# anywhere and glues its last character to the level (某某|提乡, 某|代县). A few characters more than
# people's names have (协 of 某协某尔, 贝), and the ones common in such places' names but seldom in Han ones
# (克 格 勒 巴 塔 喀 托: white, black, mountain, garden, spring ... as transcribed).
_TURKIC_PLACE = _TURKIC | frozenset("协贝")
_TURKIC_PLACE_MARK = _TURKIC_MARK | frozenset("克格勒巴塔喀托")
_TURKIC_PLACE_RE = re.compile("[{}]{{3,8}}[县乡镇村]".format("".join(sorted(_TURKIC_PLACE))))


def _transcribed_places(
    text: str, starts: dict[int, Tok], word_tag: dict, freq: dict, col: _Collector
) -> None:
    """Counties, townships, towns and villages with transcribed names (某某某某县, 某某某乡, 某某某某某村):
    the name from the first character of the run that starts a word (not a function word), three to
    eight characters, marked; the pieces of it other rules found give way to it."""
    for m in _TURKIC_PLACE_RE.finditer(text):
        e = m.end()
        s = next(
            (
                b
                for b in range(m.start(), e - 3)
                if _turkic_edge(text, b, starts, word_tag, freq) and _turkic_piece_ok(_tok_over(starts, b))
            ),
            None,
        )
        if s is None:
            continue
        stem = text[s : e - 1]
        marks = sum(c in _TURKIC_PLACE_MARK for c in stem)
        # (one marked character is enough in a long name or before a county's or township's level,
        # whose Han names are seldom of three characters)
        if marks < 2 and not (marks and (len(stem) >= 4 or text[e - 1] in "县乡")):
            continue
        if stem in word_tag or text[s:e] in GAZ:
            continue
        for old in [
            x
            for x in col.items.values()
            if x.type in (PLACE, PERSON) and s <= x.start < e and (x.end <= e or x.type == PLACE)
        ]:  # (its pieces, and a place that starts inside it: 某某|某镇乡|道)
            del col.items[(old.type, old.start, old.end)]
        for org in [x for x in col.items.values() if x.type == ORGANISATION and s < x.start < e < x.end]:
            del col.items[(org.type, org.start, org.end)]  # (某|某某乡某村某厂: from the name's start)
            col.add(replace(org, text=text[s : org.end], start=s))
        # (not "suffix": inside a body's name, 某某县委, the place is the body's, as jieba's places are)
        col.add(Mention(PLACE, text[s:e], s, e, method="foreign", confidence=0.6))


def _turkic_short_forms(text: str, short: dict[str, str], col: _Collector) -> None:
    """The first piece of a dotted name said alone later (某某·某某 … 某某说): the same person."""
    full = [(m.start, m.end) for m in col.items.values() if m.type == PERSON and m.text in short.values()]
    for first, name in short.items():
        at = text.find(first)
        while at >= 0:
            e = at + len(first)
            if (
                not any(s <= at < fe for s, fe in full)
                and (at == 0 or text[at - 1] not in _TURKIC)
                and (e == len(text) or (text[e] not in _TURKIC and text[e] not in _NAME_DOTS))
            ):
                for m in [m for m in col.items.values() if m.type == PERSON and m.start < e and at < m.end]:
                    del col.items[(m.type, m.start, m.end)]
                col.add(Mention(PERSON, name, at, e, method="short", confidence=0.6))
            at = text.find(first, e)


def _function_head(name: str, word_tag: dict) -> bool:
    """True when a three-character 'name' starts with a function word (那么忙, 就是说)."""
    head = word_tag.get(name[:2]) if len(name) == 3 else None
    return head is not None and head[0] in "rdcpmuv" and not head.startswith("nr")


# Last characters of nouns that no given name ends with (安全感, 普惠性; 某许可证, 合格证: a
# document's word, which jieba's dictionary holds among its 'names').
_NOMINAL_END = frozenset("性化型式率度量业类界制感观论费价环证")


def _not_common(name: str, word_tag: dict, freq: dict) -> bool:
    """False for three-character 'names' jieba built from common words (安全感, 古建筑, 普惠性)."""
    if len(name) != 3 or is_surname_start(name) != 1:
        return True
    if name[-1] in _NOMINAL_END:
        return False
    tail_tag = word_tag.get(name[1:])
    if tail_tag is not None and tail_tag[0] == "v" and freq.get(name[1:], 0) >= 300:
        return False  # 双循环: a verb after a surname-like character
    head, tail = word_tag.get(name[:2]), word_tag.get(name[1:])
    if head is not None and not head.startswith("nr") and not _rare_word(name[:2], freq):
        return False
    return not (tail is not None and not tail.startswith("nr") and freq.get(name[1:], 0) >= 3000)


# The most common surnames (王, 李, 张 ...): their given names are often common words (王建国,
# 李国华), which _not_common takes for a word built from common words.
_COMMON_SURNAMES = common_surnames(30)
_VERBS_NOT_ACTS = frozenset({"是", "有", "为"})


def _framed_name(
    name: str, t: Tok, prev: Tok | None, nxt: Tok | None, word_tag: dict, freq: dict, starts: dict[int, Tok]
) -> bool:
    """A three-character word jieba's dictionary holds as a rare name, with one of the most common
    surnames, standing where a person acts: at a clause's start or after 与/和/在 ..., before a
    verb, or an adverb and a verb (钟远鹏带着妻子来到医院, 刘建国又来到医院). (Frequent dictionary
    'names' are mostly words: 黄金周.)"""
    if (
        len(name) != 3
        or name != t.word
        or name[0] not in _COMMON_SURNAMES
        or name[-1] in _NOMINAL_END
        or word_tag.get(name, "")[:2] != "nr"
        or freq.get(name, 0) >= 300
    ):
        return False
    left = prev is None or not _cjk(prev.word[-1]) or prev.word in _NAME_LEFT or prev.word in _KIN_WORDS
    right = nxt is not None and (
        (nxt.flag.startswith("v") and nxt.flag != "vn" and nxt.word not in _VERBS_NOT_ACTS)
        or nxt.word in ("在", "对", "向", "从", "就", "把", "将", "，")
        or _adverb_then_act(nxt, starts)
    )
    return left and right


_DICT_NAME_RARE = 300  # jieba's count of a dictionary 'name' below which it is no evidence of one
_COMMON_NOUN_FREQ = 200  # jieba's count of a noun that makes it a common one


# Last characters of the nouns for a kind of person or a post right before a name (学生, 助理).
_PERSON_BEFORE_END = frozenset(_PERSON_KINDS | set("理长任"))


def _noun_tail_unframed(
    name: str, prev: Tok | None, nxt: Tok | None, word_tag: dict, freq: dict | None = None
) -> bool:
    """正在|满负荷|运转, 连冰箱, 束鲜花: a character that may be a surname before a common noun,
    which jieba guessed as a new name, with nothing around it where a name stands (a clause's
    edge, a preposition or conjunction, a verb, a post or a kind of person). With `freq`, also such
    a word jieba's dictionary holds as a rare name (its 'names' include 某村落, 某降雨): the
    dictionary's tag is no evidence when the noun after the surname is a common one."""
    rare_entry = freq is not None and freq.get(name, 0) < _DICT_NAME_RARE
    if name in word_tag and not (rare_entry and freq.get(name[1:], 0) >= _COMMON_NOUN_FREQ):
        return False
    tail = word_tag.get(name[1:])
    if tail is None or tail[:2] == "nr" or tail[0] != "n":
        return False
    kind_before = prev is not None and prev.flag in ("n", "vn") and prev.word[-1] in _PERSON_BEFORE_END
    if any(t is not None and t.flag.startswith("nr") and len(t.word) >= 2 for t in (prev, nxt)):
        return False  # a name among names (某某某|董某华|某某某): a list
    return not ((kind_before or _name_may_follow(prev)) and _name_may_precede(nxt))


# Kin, before the name of the relative (某某的女儿某某, 妻子某某).
_KIN_WORDS = frozenset(
    [
        "女儿",
        "儿子",
        "妻子",
        "丈夫",
        "爱人",
        "父亲",
        "母亲",
        "孙子",
        "孙女",
        "老伴",
        "哥哥",
        "姐姐",
        "弟弟",
        "妹妹",
        "儿媳",
        "女婿",
        "外孙",
        "外孙女",
    ]
)


# What follows the name of a thing and never a person's name: a project, works, a base, a park or
# zone (某某谷项目, 某某湾景区); and, after a transcribed name, a region's people or countries
# (某某比国家, 某某亚地区): the names jieba's model reads as persons there are not.
_THING_AFTER = re.compile("项目|工程|基地|园区|片区|景区|小镇|产业园")
_REGION_AFTER = re.compile("国家|地区|群岛|各国|人民|沿岸|海域|项目|工程|基地|园区")


def _name_may_follow(prev: Tok | None) -> bool:
    """A name can start after this word: a clause's edge, a preposition, a verb, a post, kin ..."""
    return (
        prev is None
        or not _cjk(prev.word[-1])
        or prev.flag in _LEFT_OK
        or prev.word in _POSTS_SET
        or prev.word in _KIN_WORDS
        or (
            (len(prev.word) >= 2 or prev.word == "人")  # (非|遗传|承|人|某某: jieba cut 传承人 apart)
            and prev.flag in ("n", "nz", "vn")
            and prev.word[-1] in _PERSON_KINDS
        )
    )


def _name_may_precede(nxt: Tok | None) -> bool:
    """A name can end before this word: a clause's edge, a verb, a particle, a post ..."""
    return (
        nxt is None
        or not _cjk(nxt.word[0])
        or nxt.flag in _RIGHT_OK
        or nxt.word in _POSTS_SET
        or nxt.word in _NAME_THEN
    )


# Words a name may stand before although jieba tags them otherwise: the person's family
# (某某一家三口, 某某夫妇, 某某母女) and 时 (见到某某时，).
_NAME_THEN = frozenset(
    {"一家", "全家", "夫妇", "夫妻", "母女", "母子", "父女", "父子", "兄弟", "姐妹", "祖孙", "时"}
)


def _one_more_given(text: str, e: int, starts: dict[int, Tok]) -> bool:
    """One character jieba left alone at e, that may end a given name, then the name's edge."""
    nxt = starts.get(e)
    return (
        nxt is not None
        and len(nxt.word) == 1
        and _cjk(nxt.word)
        and nxt.word not in _AFTER
        and nxt.word not in _NAME_BAD_CHARS
        and (
            e + 1 >= len(text)
            or not _cjk(text[e + 1])
            or text[e + 1] in _AFTER
            or _adverb_then_act(starts.get(e + 1), starts)  # 某某|静|随即|赶到
            or getattr(starts.get(e + 1), "word", "") in _DELEGATE  # 某海|生|代表说
        )
        and not _adverb_then_act(nxt, starts)  # (某某|又|说: the adverb of the act)
    )


# How a paper calls someone by surname alone (某女士, 某师傅, 某警官, 某大姐, 某书记): a way of
# address, not a name (the caller of a hotline, a notice's contact, a story's neighbour).
_ADDRESS = frozenset(
    {
        *("先生", "女士", "小姐", "师傅", "警官", "老师", "同学", "医生", "大夫", "护士", "律师", "法官"),
        *("大姐", "大哥", "大爷", "大妈", "大娘", "大叔", "大婶", "阿姨", "奶奶", "爷爷", "老汉", "老伯"),
        *("书记", "主任", "局长", "院长", "校长", "厂长", "所长", "队长", "组长", "经理", "老板", "会计"),
    }
)


# A measure word after a number (百余株|某某花, 两头|牛): a count of things, never before a person.
_THING_MEASURE = frozenset("株棵件台辆头只条座亩套匹枚粒本张块把")


def _no_person_here(text: str, m: Mention, word_tag: dict) -> bool:
    """Where a name jieba's model or dictionary proposes is no person's: a quoted term (“金点子”),
    a given part that is an adverb or a function word (某|渐次), a count of things before it."""
    s, e = m.start, m.end
    if s > 0 and text[s - 1] in "“「" and text.startswith(("”", "」"), e):
        return True
    sl = is_surname_start(m.text)
    if (
        sl
        and len(m.text) - sl == 2
        and word_tag.get(m.text[sl:], "x")[0] in "dpcu"
        and not word_tag.get(m.text, "").startswith("nr")  # (a name the dictionary knows whole)
    ):
        return True
    return s >= 2 and text[s - 1] in _THING_MEASURE and (text[s - 2].isdigit() or text[s - 2] in "余多几两数")


def _pseudonym(name: str) -> bool:
    """王某, 欧阳某某: a surname and 某, how a court or police report hides a person's name. No
    name to keep: every 王某 of the archive would be taken for one person. So is a surname and a
    way of address (某女士, 某书记)."""
    sl = is_surname_start(name)
    return sl > 0 and (
        (1 <= len(name) - sl <= 2 and all(c == "某" for c in name[sl:])) or name[sl:] in _ADDRESS
    )


# Characters a given name ends with that are also verbs (来, 生), before a verb of saying: 某春来介绍
# (not 来说: 对某某来说, "for"); and those verbs.
_GIVEN_TOO_BEFORE_SAYING = frozenset("来生")
_SAYING = ("介绍", "表示", "告诉", "透露", "解释", "坦言")
# What may follow a name ending in 和 but never the conjunction 和 (某永和的职务, 某家和为团长).
_AFTER_NAME_IN_HE = ("的", "为", "列席", "作", "同志")


def _he_ends_name(text: str, at: int) -> bool:
    """After a 和 that ends at `at`, what no conjunction takes: a speech or role verb, 的, 为 ...,
    or a list's or a clause's punctuation (某某、某春和、某某: the next name of the list)."""
    return (
        at >= len(text)
        or text[at] in "、，。；：）)”"
        or bool(_SPEECH.match(text, at))
        or text.startswith(_AFTER_NAME_IN_HE, at)
    )


# What a speaker 作 (作报告, 作了讲话, 作动员部署): a speech, a report, a summing-up.
_DELIVERED = (
    *("报告", "讲话", "重要讲话", "发言", "表态发言", "总结", "部署", "动员", "说明", "工作报告", "点评"),
    "辅导",
)


def _he_given(part: str, word_tag: dict) -> bool:
    """A list's member between two 、 of a surname and a given name ending in 和 (某春和): no
    conjunction stands before a 、."""
    return (
        len(part) == 3
        and part[-1] == "和"
        and is_surname_start(part) == 1
        and looks_like_name(part[:2], word_tag)
    )


def _listed_after_dotted(
    text: str, col: _Collector, starts: dict[int, Tok], word_tag: dict, freq: dict, credits: set[str]
) -> None:
    """The names of a list that a dotted name opens or stands in (某某·某某、某某某、某某·某某某): the
    list rule reads only lists of plain names. A name is taken where it ends the way a list's member
    does: at the next 、, at 等, at punctuation or before a verb, an adverb or a preposition."""
    dotted = {m.start: m for m in col.items.values() if m.type == PERSON and "·" in m.text}
    for m in sorted(dotted.values(), key=lambda m: m.start):
        i = m.end
        while i < len(text) and text[i] == "、":
            i += 1
            if i in dotted:
                i = dotted[i].end
                continue
            n = name_length_at(text, i, starts, word_tag, freq=freq)
            e = i + n
            nxt = starts.get(e)
            ends = e == len(text) or text[e] in _LIST_MEMBER_END or (nxt and nxt.flag[:1] in "vdp")
            if not (n and ends and looks_like_name(text[i:e], word_tag, strict=True)):
                break
            if text[i:e] not in credits:
                col.add(Mention(PERSON, text[i:e], i, e, method="list", confidence=0.6))
            i = e


def name_length_at(
    text: str,
    i: int,
    starts: dict[int, Tok],
    word_tag: dict | None = None,
    after_post: bool = False,
    freq: dict | None = None,
) -> int:
    """How long the name starting at text[i] is (0: no name). With `freq`, a rare two-character
    name of the dictionary may take one character more (杨俊|明|和)."""
    sl = is_surname_start(text[i : i + 2])
    if not sl:
        return 0
    if text.startswith("某", i + sl):
        return sl + 2 if text.startswith("某", i + sl + 1) else sl + 1  # 王某|常说: a pseudonym ends at 某
    tok = starts.get(i)
    if (
        sl == 2
        and tok is not None
        and tok.word == text[i : i + 2]
        and (tok.flag.startswith("nr") or after_post)
    ):
        # a compound surname jieba leaves alone, the given name cut in pieces or glued to the
        # next word (某某|文|静说): one or two characters up to the name's edge; after a post, one
        # jieba reads as a word of its own too (民警某某|浩|和, 副市长某某|青率|市: 端木 a noun)
        nr = tok.flag.startswith("nr")
        given_tok = starts.get(i + 2)  # (the token the given name starts: one name of jieba's own?)
        for n in (1, 2):
            given = text[i + 2 : i + 2 + n]
            if len(given) < n or not _all_cjk(given):
                break
            if any(c in _NAME_BAD_CHARS or c in _AFTER for c in given):
                break
            e = i + 2 + n
            after = starts.get(e)
            if nr and (
                e >= len(text)
                or not _cjk(text[e])
                or text[e] in _AFTER
                or (after is not None and after.flag[:1] in "vpd")
                # (某某|文斌|通报: the given name one name of jieba's own, a word after it)
                or (
                    after is not None
                    and len(after.word) >= 2  # (某某|鹏|远|参加: one more character of the name)
                    and given_tok is not None
                    and given_tok.end == e
                    and given_tok.flag == "nr"
                )
            ):
                return 2 + n  # (某某|锐|说, 某某|锐|共同签署: one character; 某某|文|静在: two)
            # (the surname a word: only the name's edge ends it, where a word starts or where jieba's
            # model glued the name's last character to it, 某某|青率|市; 某某|国强|说 runs on)
            span = starts.get(e - 1)
            glued = span is not None and span.end > e and word_tag is not None and span.word not in word_tag
            if not nr and (
                e >= len(text)
                or not _cjk(text[e])
                or (
                    text[e] in _AFTER
                    and (e in starts or glued)
                    and not (text[e] == "和" and _he_ends_name(text, e + 1))
                )
            ):
                return 2 + n
    if sl == 2 and tok is not None and len(tok.word) == 1:
        rest = starts.get(i + 1)
        if rest is not None and rest.flag.startswith("nr") and 3 <= len(rest.word) <= 4:
            # 诸|葛某某: jieba read the compound surname's second character with the given name
            return 1 + len(rest.word)
    if word_tag:
        if (
            after_post
            and word_tag.get(text[i : i + sl + 1], "")[:2] == "nr"
            and text[i : i + sl + 2] not in word_tag
            and _one_more_given(text, i + sl + 1, starts)
        ):
            return sl + 2  # 刘海|霞|等: jieba knows the first two characters as a name of its own
        for n in (3, 2):
            if (
                i + n <= len(text)
                and word_tag.get(text[i : i + n], "")[:2] == "nr"
                and (i + n >= len(text) or text[i + n] in _AFTER or i + n in starts)
            ):
                if (
                    n == 2
                    and sl == 1
                    and freq is not None
                    and freq.get(text[i : i + 2], 0) < _COMMON_NR_FREQ  # (not 阳光|照, 祝贺|你)
                    and _one_more_given(text, i + 2, starts)
                    and text[i + 2] != "奖"  # 某某奖: an award
                ):
                    break  # 杨俊|明|和: a rare name of the dictionary and one character more (below)
                return n
    if tok is not None and tok.flag.startswith("nr") and sl + 1 <= len(tok.word) <= sl + 2:
        # jieba sometimes cuts a three-character name as 2 + 1.
        nxt = starts.get(tok.end)
        if (
            len(tok.word) == sl + 1
            and nxt is not None
            and len(nxt.word) == 1
            and _cjk(nxt.word)
            and nxt.word not in _AFTER
            and (
                tok.end + 1 >= len(text)
                or text[tok.end + 1] in _AFTER
                or _adverb_then_act(starts.get(tok.end + 1), starts)  # 某某|静|随即|赶到
                or getattr(starts.get(tok.end + 1), "word", "") in _DELEGATE  # 某某|生|代表说
            )
            and not _adverb_then_act(nxt, starts)  # (某某|又|说)
        ):
            return sl + 2
        if (
            after_post
            and len(tok.word) == sl + 1
            and nxt is not None
            and nxt.word in _GIVEN_TOO_BEFORE_SAYING
            and text.startswith(_SAYING, tok.end + 1)
        ):
            return sl + 2  # 馆长某春|来|介绍: the given name's last character, then what is said
        if (
            len(tok.word) == sl + 1
            and nxt is not None
            and len(nxt.word) == 2
            and nxt.word[1] == "等"
            and _cjk(nxt.word[0])
            and nxt.word[0] not in _AFTER
            and (
                nxt.end >= len(text)
                or not _cjk(text[nxt.end])
                or text[nxt.end] in "人同领"
                or starts.get(nxt.end, tok).flag.startswith("v")
            )
        ):
            return sl + 2  # 张建中等参加: jieba glued the last character of the name to 等
        if len(tok.word) == sl + 1 and nxt is not None and nxt.word == "和" and _he_ends_name(text, nxt.end):
            return sl + 2  # 市长某家|和|为团长, 免去某永|和|的: 和 ends the name, joins nothing
        if (
            len(tok.word) == sl + 1
            and nxt is not None
            and len(nxt.word) == 2
            and nxt.word[1] in _JOINING
            and _cjk(nxt.word[0])
            and nxt.word[0] not in _AFTER
            and (after := starts.get(nxt.end)) is not None
            and (after.flag[:1] == "n" or after.word in _POSTS_SET)
        ):
            return sl + 2  # 主任医师钟立|平和|某科…: jieba glued the name's last character to 和
        if (
            len(tok.word) == sl + 1
            and nxt is not None
            and len(nxt.word) == 2
            and _cjk(nxt.word[0])
            and nxt.word[0] not in _AFTER
            and (
                # …”学生某某|涵说。: the name's last character and 说, a word of no dictionary
                (
                    nxt.word[1] == "说"
                    # (书记某德|明说。: a word of the dictionary too, right after a post)
                    and (
                        nxt.word not in word_tag or (after_post and nxt.word[0] not in _NOT_GIVEN_BEFORE_SAY)
                    )
                    and text.startswith(("。", "，", "：", ":", ","), nxt.end)
                )
                # 检察长某某|华以“…”为题: a rare word of the last character and a preposition
                or (
                    after_post
                    and nxt.word[1] in "以在为对向把将从"
                    and word_tag.get(nxt.word, "nz") in ("nz", "nr", "nrt", "nrfg")
                )
                # 县长某某|杰作|报告: the name's last character glued to 作, and what was delivered
                or (
                    nxt.word[1] == "作"
                    and text.startswith(_DELIVERED, nxt.end + text.startswith("了", nxt.end))
                )
            )
        ):
            return sl + 2
        return len(tok.word)
    if tok is not None and len(tok.word) == sl and tok.flag.startswith("nr"):
        nxt = starts.get(i + sl)  # 柴|向东: jieba cut the surname from a two-character given name
        if nxt is not None and len(nxt.word) == 2 and nxt.flag.startswith("nr"):
            return sl + 2
    a = i + sl
    if a >= len(text) or not _cjk(text[a]) or text[a] in _AFTER:
        return 0
    if a + 1 >= len(text) or not _cjk(text[a + 1]):
        return sl + 1
    if (
        text[a + 1] in _AFTER
        and not (text[a + 1] in _GIVEN_TOO and (a + 2 >= len(text) or not _cjk(text[a + 2])))
        # (检察长某某清|和|列席: 和 the given name's last, joining nothing)
        and not (text[a + 1] == "和" and _he_ends_name(text, a + 2))
    ):
        given = starts.get(a)
        if (
            after_post
            and given is not None
            and given.end == a + 2
            and _all_cjk(given.word)
            and (word_tag or {}).get(given.word, "n")[0] == "n"  # (not 王|加强|管理)
        ):
            return sl + 2  # 县长郑|国强|主持: jieba reads the given name as one word (not 强调)
        return sl + 1  # 王某会出席: 会 is 'will'; but 某某会，ends a name (李建会)
    tok2 = starts.get(a + 1)  # 赵明到示范区: jieba starts a word after the given name
    if (
        tok2 is not None
        and len(tok2.word) >= 2
        and word_tag
        and tok2.word in word_tag
        and tok is not None
        and tok.end == a + 1
    ):
        return sl + 1  # 某洋|赶到: one word of the name's two characters, a word of the dictionary after it
    if a + 2 >= len(text) or not _cjk(text[a + 2]) or text[a + 2] in _AFTER:
        return sl + 2
    if tok2 is not None and len(tok2.word) >= 2:
        return sl + 1
    return sl + 2


# (not 某某等市领导, 等县委负责同志: the people of a place's bodies)
_PLACE_LIST_END = re.compile(
    r"等(?:县区|村|镇|乡|社区|街道|地|县|区|市)(?!领导|委|政府|人大|政协|直|级|有关|相关|负责|主要)"
)


# Dashes that join two countries in the name of a friendship body (某国—某国友好协会).
_NAME_DASH = frozenset("—－-")
_LONGEST_COUNTRY = max(len(k) for k, v in GAZ.items() if v == "country")


def _country_ending(text: str, end: int) -> int:
    """Where the longest country's name in the gazetteer that ends at end starts (-1: none)."""
    for n in range(min(_LONGEST_COUNTRY, end), 1, -1):
        if GAZ.get(text[end - n : end]) == "country":
            return end - n
    return -1


def _joined_countries(text: str, m: Mention) -> Mention:
    """某国—某国友好协会: a body named by two countries joined by a dash starts at the first."""
    s = _country_ending(text, m.start - 1) if m.start >= 3 and text[m.start - 1] in _NAME_DASH else -1
    if s < 0 or not any(
        GAZ.get(m.text[:n]) == "country" for n in range(2, min(_LONGEST_COUNTRY, len(m.text)) + 1)
    ):
        return m
    return replace(m, text=text[s : m.end], start=s)


# Transcribed common nouns (ideas, dances, sports, machines): jieba's dictionary tags many of
# them nr or ns, and they sound foreign; never a person or a place. General vocabulary.
_LOANWORDS = frozenset(
    {"法西斯", "纳粹", "乌托邦", "布尔什维克", "孟什维克", "托拉斯", "卡特尔", "辛迪加"}
    | {"迪斯科", "探戈", "华尔兹", "芭蕾", "桑巴", "伦巴", "高尔夫", "保龄", "马拉松", "奥林匹克"}
    | {"桑拿", "吉普", "坦克", "雷达", "沙发", "咖啡", "可可", "巧克力", "白兰地", "威士忌"}
    | {"香槟", "伏特加", "比基尼", "卡通", "模特", "幽默", "逻辑", "维他命", "荷尔蒙", "尼古丁"}
    | {"海洛因", "吗啡", "凡士林", "阿司匹林", "苏打", "三明治", "吉他", "卡路里"}
    | {"蒙太奇", "歇斯底里", "托福", "克隆", "拷贝", "巴士", "的士", "麦克风", "扑克", "霓虹"}
)
_LOANWORD_FIRST = frozenset(w[0] for w in _LOANWORDS)


def _loanword_at(text: str, start: int, n: int) -> bool:
    """A borrowed common noun of n or n + 1 characters starts at start, or of n - 1 (桑拿|浴)."""
    w = text[start : start + n]
    return w in _LOANWORDS or w[:-1] in _LOANWORDS or text[start : start + n + 1] in _LOANWORDS


# Words after which a transcribed name is where one goes or what a capital is (赴某地, 首都某地):
# a place.
_GOING_TO = ("赴", "抵达", "飞抵", "前往", "首都", "途经")


def _transcribed(w: str) -> bool:
    """At least half of w is characters of transcribed foreign names."""
    return sum(c in _TRANSLIT for c in w) * 2 >= len(w)


def _transcribed_start(w: str, flag: str) -> bool:
    """A word jieba tags a name before a post may be a foreign one by its start: no surname starts
    it, or it is a transcription of four characters or more (某某巴耶夫总统, whose first is a
    surname too)."""
    return not is_surname_start(w) or (flag == "nrt" and len(w) >= 4)


def _mostly_transcribed(w: str) -> bool:
    """At least two thirds of w are characters of transcribed foreign names."""
    return sum(c in _TRANSLIT for c in w) * 3 >= len(w) * 2


def _first_close(name: str) -> int:
    """Where the first closing parenthesis (full- or half-width) in name is, or -1."""
    return min((i for i in (name.find("）"), name.find(")")) if i >= 0), default=-1)


def _closes_first(name: str) -> bool:
    """A parenthesis closes in the name before any opens in it."""
    close = _first_close(name)
    return close >= 0 and not any(0 <= name.find(c) < close for c in "（(")


class _Collector:
    def __init__(self, text: str, lexicon: Lexicon | None, exclude: frozenset[str]) -> None:
        self.text = text
        self.lexicon = lexicon
        self.exclude = exclude
        self.items: dict[tuple[str, int, int], Mention] = {}

    def add(self, m: Mention) -> None:
        if not m.text or m.end <= m.start or m.start < 0 or m.end > len(self.text):
            return
        if self.lexicon is not None:
            if self.lexicon.is_rejected(m.type, m.text):
                return
            canon = self.lexicon.aliases.get(m.text)
            if canon:
                m = Mention(m.type, canon, m.start, m.end, m.titles, m.organisation, m.method, m.confidence)
        text = self.text
        if m.type != PERSON and _closes_first(m.text):
            return  # 某厂）某某（某公司: two entries of a roster, not one name
        if m.type == ORGANISATION:
            if m.start >= 3 and text[m.start - 1] in _NAME_DASH:
                m = _joined_countries(text, m)
            if m.text.endswith("社") and _DATELINE_AFTER.match(text, m.end):
                return  # 新华社北京4月10日电: the agency is the article's source, not a mention
        else:
            if m.type == PERSON and _clan_village(m.text):
                # 李家寨, 王家营: a clan's village, which jieba's model takes for a name
                if text.startswith("村", m.end):
                    return  # (李家寨村: the village, found by its suffix)
                m = Mention(PLACE, m.text, m.start, m.end, method="suffix", confidence=0.55)
            if m.type == PERSON and len(m.text) == 3 and m.text.endswith("说") and m.end == m.start + 3:
                # 金新说，: jieba's model read the verb as a name's last character
                m = replace(m, text=m.text[:2], end=m.end - 1)
            if m.type == PERSON and m.text in self.exclude:
                return
            if text[m.start] in _LOANWORD_FIRST and _loanword_at(text, m.start, len(m.text)):
                return  # 华尔兹, 托拉斯, 孟什维|克: a borrowed common noun
            if m.type == PERSON and not m.titles and m.method in ("jieba", "repeat"):
                if text.startswith("奖", m.end):
                    return  # “某某奖”: an award's name
                if len(m.text) >= 3 and text.endswith(_GOING_TO, 0, m.start) and _transcribed(m.text):
                    # 飞抵某地: a transcribed foreign name where one goes is a place (but 前往某某家中
                    # is a visit to a person)
                    m = Mention(PLACE, m.text, m.start, m.end, method="jieba", confidence=0.5)
            if m.type == PERSON and _PLACE_LIST_END.match(text, m.end):
                return  # 东湾、王家作等村: a list of villages, not of people
        key = (m.type, m.start, m.end)
        old = self.items.get(key)
        if old is None or (m.titles and not old.titles) or (m.confidence > old.confidence and not old.titles):
            self.items[key] = m


_CUT_TOKENS = frozenset(
    [
        "暨",
        "沿",  # 沿某路向东: along, never the start of a place's name (沿河路 is one word)
        "沿着",
        "日讯",  # 新华社北京５月６日讯 / 日电: a dateline's end, never part of a name
        "日电",
        # what a place does to a body, never inside its name (某市成立某协会, 在某市设立某法院)
        *("设立", "成立", "建立", "组建", "筹建", "创办", "授予", "批准"),
        # what a visitor does there (在某市访问某馆, 出席, 视察)
        *("访问", "出席", "参加", "接受", "拜会", "视察", "莅临", "来到", "前往", "抵达"),
        # whom a body sends (某检察院指派检察员某某: jieba tags these nouns)
        *("指派", "委派", "选派"),
        # what is handed to a body or lost, which jieba tags nouns (派发给|某集团, 某某|遗失|某学院…证书)
        *("发给", "派发", "交给", "转交", "遗失", "丢失"),
        # the way a route goes (途经|某某路, 沿途|某某村: jieba tags these nouns)
        *("途经", "沿途", "路过", "穿过"),
        # what is asked of a body (建议市人民政府…, 提请某局…)
        *("建议", "要求", "提请", "责成", "号召"),
        "分别",
        "先后",
        "联系",  # 联系|某镇卫生院: jieba's noun, a verb here, never part of a name
        "距离",  # 距离|某公司不到2公里: how far from
        "发挥",
        "开展",
        "推进",
        "加强",
        "落实",
        "贯彻",
        "举办",
        "献给",
        "深化",
        "支持",
        "推动",
        "实施",
        "充分",
        "大力",
        "积极",
        "认真",
        "坚持",
        "获悉",
        "了解",
        "参观",
        "考察",
        "调研",
        "走访",
        "听取",
        "表示",
        "指出",
        "强调",
        "要求",
        "提出",
        "代表",
        "召开",
        "举行",
        "热爱",
        "和",
        "与",
        "及",
        "以及",
        "或",
        "由",
        "向",
        "对",
        "是",
        "为",
        "的",
        "了",
        "在",
        "到",
        "等",
        "请",
        "邀请",
        "会见",
        "陪同",
        "同",
        "跟",
        "给",
        "让",
        "被",
        "把",
        "将",
        "以",
        "经",
        "据",
        "听取",
        "带领",
        "率领",
        "带队",
        "率",
        "获悉",
        "看望",
        "慰问",
        "介绍",
        "指出",
        "强调",
        "表示",
        "要求",
        "认为",
        "说",
        "称",
        "时",
        "后",
        "前",
        "中",
        "上",
        "里",
        "来自",
        "包括",
        "其中",
        "担任",
        "任",
        "作为",
        "现任",
        "时任",
        "看到",
        "见到",
        "找到",
        "告诉",
        "问",
        "随",
        "还有",
        "也",
        "都",
        "又",
        "就",
        "即",
        "并",
        "而",
        "但",
        "则",
        "分别",
        "先后",
        "出席",
        "参加",
        "主持",
        "讲话",
        "致辞",
        "当天",
        "上午",
        "下午",
        "晚上",
        "昨天",
        "今天",
        "昨日",
        "今日",
        "近日",
        "随后",
        "此外",
        "同时",
        "会上",
        "会前",
        "会后",
        "期间",
        "记者",
        "据悉",
        "通过",
        "聘请",
        "邀请",
        "和",
        "与",
        "同志",
        "一行",
        "等人",
    ]
)
# Verbs of dealing with a body and words of which ones, that jieba's dictionary tags as nouns
# (联系/n, 现有/b): never inside a body's name (联系医院, 某局会同某局).
_NOT_IN_BODY_NAME = frozenset(
    {"联系", "影响", "伙同", "会同", "交由", "交给", "调往", "调入", "产生", "尊重", "主张"}
    | {"奖惩", "谨向", "进入", "现有", "所有", "原有", "唯一", "全体"}
)
# Verbs of one body acting with or on another (某办事处联合某派出所): they end the name before them.
_JOINT_VERBS = frozenset({"联合", "配合", "携手", "联手", "协助", "协同", "会同", "指导", "督促", "委托"})
_ANAPHOR = ("该", "其", "本", "这", "那", "此", "他", "她")


_STOP_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "y", "e", "o", "r", "t", "q", "f", "zg", "i", "l"})


def _is_place_tok(t: Tok) -> bool:
    """A place or an administrative level that can start a body's name (示范区, 省委, 市)."""
    return (
        t.word in GAZ
        or t.flag == "ns"
        or t.word in ("省", "市", "县", "区", "乡", "镇")
        or _SHORT_ORG.fullmatch(t.word) is not None
    )


def _own_place_start(t: Tok) -> bool:
    """The word after 与/和 starts a body's name from its own place or level (某村|与|市|某院):
    two parties, not one name joined by 与 (行政审批|与|大数据|管理局)."""
    return _is_place_tok(t) or t.word.startswith(_LEVEL_PREFIX)


_UNIT_CHARS = frozenset("所系室科处")


# The last characters of verbs that say where to (送到, 递交给, 发往): never inside a body's name.
_WHERE_TO_VERB_END = ("到", "给", "往", "至")


_MEMBER_OF_BODY = ("委员", "代表")
# Verbs of a trade or a service that bodies are named by (某某制造学院, 某某交通投资公司, 某某养护中心).
_TRADE_VERBS = frozenset(
    {
        *("制造", "建设", "投资", "发展", "管理", "服务", "研究", "设计", "开发", "经营", "加工", "运输"),
        *("维修", "检测", "培训", "保护", "救助", "养护", "监测", "规划", "孵化", "交易", "营销", "咨询"),
        *("评估", "认证", "收藏", "研发", "装配", "配送", "治理", "监理", "勘察", "测绘", "维护", "救援"),
    }
)
_TRADE_BODY_KINDS = ("学院", "研究院", "研究所", "研究中心", "中心", "公司", "集团", "协会", "学会", "学校")


def _joined_in_name(before: Tok, after: Tok) -> bool:
    """Two words a body's name joins with 与/和 (发展|和|改革委员会), by jieba's tags: nouns, a
    set phrase (住房|和|城乡建设|局, 自然资源|与|规划局), a common word it tags a place
    (海洋|与|渔业局), or two qualities (卫生|与|健康|委员会)."""
    if before.flag in ("a", "an"):
        return after.flag in ("a", "an")
    return after.flag in ("n", "vn", "l") and (
        before.flag in ("n", "vn", "nz", "l")
        # (not a place: 某县|和|国网某某供电公司 are two parties)
        or (
            before.flag == "ns"
            and before.word not in GAZ
            and not before.word.endswith((*_UNIT_PLACE_END, "省"))
        )
    )


def org_chunk_start(toks: list[Tok], idx: int, max_len: int = 22, in_title: bool = False) -> int:
    """Index of the first token of the organisation-like chunk ending with toks[idx - 1].

    Verbs may sit inside a name (行政审批与大数据管理局) only when a place starts the chunk;
    otherwise the chunk starts after the last verb (认真贯彻省委 -> 省委).
    """
    j = idx
    end = toks[idx - 1].end if idx > 0 else 0
    depth = 0
    after_verb = None  # chunk start if the verbs turn out not to belong to the name
    by_set_phrase = False  # after_verb was set by a set phrase (jieba's l), not by a verb
    while j > 0:
        p = toks[j - 1]
        w = p.word
        if end - p.start > max_len:
            break
        if w in ("）", ")"):
            depth += 1
        elif w in ("（", "("):
            if depth == 0:
                break
            depth -= 1
        elif (
            w.isascii()
            and w.isdigit()
            and 3 <= len(w) <= 5
            and j < idx
            and j >= 2
            and (toks[j - 2].word in ("省", "市", "县", "区") or _is_place_tok(toks[j - 2]))
        ):
            pass  # 市|12345|政务服务便民热线|管理中心, 县|120|急救指挥中心: a service line's number
        elif not _name_part(w):
            break
        elif j < idx and len(w) >= 4 and w.endswith(_MEMBER_OF_BODY):
            break  # 政协委员|热议|政府: a member of a body, a person, is no part of a name after it
        elif w == "代表" and j < idx and toks[j].word == "工作":
            pass  # 人大常委会|代表|工作|委员会: the delegates' committee, not a post nor a verb
        elif in_title and j < idx and w in _POSTS_SET and len(w) >= 2:
            break  # 主任医师某某|和|某科副主任医师: another person's post ends the body before a post
        elif (
            in_title and p.flag.startswith("nr") and len(w) >= 2 and j >= 2 and toks[j - 2].word in _POSTS_SET
        ):
            break  # (主任医师|某某|…: the name of the person that post is printed for)
        elif (
            len(w) == 1
            and w in "楼栋座层室"
            and j >= 2
            and (toks[j - 2].word == "号" or toks[j - 2].word.isdigit())
        ):
            break  # 3号|楼|市委宣传部: the building of an address, no part of the body's name
        elif w == "驻":  # 驻村第一书记: the posting is part of the title
            j -= 1
            break
        elif (
            in_title and w in _UNIT_CHARS and j >= 2 and toks[j - 2].flag in ("a", "n", "nt", "nz", "vn", "j")
        ):
            pass  # 遥感|所|所长: a one-character unit jieba tags as a function word
        elif (
            w in ("与", "和")
            and (after_verb is None or by_set_phrase)
            and j < idx
            and j >= 2
            and not _own_place_start(toks[j])
            and _joined_in_name(toks[j - 2], toks[j])
            and _org_suffix(toks[j - 2].word) is None  # (教育局|和|应急管理局: two bodies)
        ):
            # 资源与环境经济学系, 某县发展|和|改革委员会: kept only when an organisation or place starts
            # the chunk (after a set phrase, 住房|和|城乡建设|局, the chunk still starts after that
            # phrase unless a place starts it)
            if not by_set_phrase:
                after_verb = j
        elif (
            w == "对"
            and j < idx
            and toks[j].word[:1] in "台外"
            and j >= 2
            and (toks[j - 2].word in _LONE_LEVELS or _is_place_tok(toks[j - 2]) or toks[j - 2].flag == "nt")
        ):
            pass  # 某县|对|台|事务办公室, 某市|对|外|联络处: a body for relations across the strait or abroad
        elif w == "办" and j >= 2 and toks[j - 2].word.endswith(("政府", "委")):
            pass  # 县政府|办|主任: a government's or a committee's office, which jieba tags a verb
        elif w == "委" and j >= 2 and _is_place_tok(toks[j - 2]):
            pass  # 某县|委|书记: the place's party committee, whose 委 jieba leaves alone (zg)
        elif in_title and w == "委" and j >= 2 and toks[j - 2].flag in ("n", "vn", "nz", "j"):
            pass  # 市|发展|改革|委|主任: a commission whose 委 jieba leaves alone, before a post
        elif w in ("省", "市", "县", "区") and not p.flag.startswith("v"):
            pass  # 县|市场|监管局: a level written alone starts the name, however jieba tags it (zg)
        elif p.flag == "zg" and len(w) == 1 and j < len(toks) and toks[j].flag == "ns" and _cjk(w):
            pass  # 湄|东区|区长: a place's first character jieba left alone
        elif (
            j >= 2
            and j < len(toks)
            and toks[j].word[:1] in _UNIT_WORDS
            and _rare_morpheme_pair(toks[j - 2], p, toks[j].start)
        ):
            # 漷|坪|县委|书记: a county's name of two rare characters, before its body; the chunk
            # starts there unless a larger place comes first
            j -= 2
            if j == 0 or toks[j - 1].flag not in ("ns", "nt"):
                break
            continue
        elif (
            after_verb == j + 1
            and toks[j].word in _JOINT_VERBS
            and len(w) >= 2
            and (w.endswith(_ORG_SUFFIX) or (len(w) >= 3 and w.endswith(_ORG_SHORT_END)) or p.flag == "nt")
            and not w.endswith(_NOT_ORG_END)
        ):
            break  # 某办事处|联合|某派出所: one body acting with another, two names
        elif w == "新" and after_verb is None and j < idx:
            # 某地|新|材料|学院: "new" of a new industry, inside a name only when a place starts it
            # (not other adjectives: 某大学 cut as 某|大|学校门外)
            after_verb = j
        elif (
            p.flag == "l"
            and (len(w) >= 4 or (len(w) == 3 and after_verb is not None))
            and j < idx
            and w[:2] not in _CUT_TOKENS
            and w[-2:] not in _CUT_TOKENS
        ):
            # 市|自然资源|局, 某市|不动产|登记|中心: a set phrase inside a name only when a place
            # starts it
            if after_verb is None:
                after_verb, by_set_phrase = j, True
        elif (
            w in _CUT_TOKENS
            or w in _NOT_IN_BODY_NAME
            or (len(w) >= 4 and (w[:2] in _CUT_TOKENS or w[-2:] in _CUT_TOKENS))
            or (p.flag in _STOP_FLAGS and not (j == idx and p.flag == "l" and _org_suffix(w)))
            or w.endswith("们")  # 孩子们|学会, 老|人们|学会: people, not a body's name
            or (p.flag in ("d", "m", "a", "ad", "v") and len(w) == 1)
            or (p.flag == "m" and not w.startswith("第"))
            or (p.flag == "x" and w.isdecimal())  # ６日: jieba tags full-width digits x, ASCII ones m
            or (p.flag in ("d", "ad") and j < idx)
        ):
            break
        elif (
            w in _TRADE_VERBS
            and j < len(toks)
            and j >= 2
            and toks[j - 2].flag in ("n", "vn", "nz")
            and len(toks[j - 2].word) >= 2
            and toks[j].word.startswith(_TRADE_BODY_KINDS)
        ):
            pass  # 智能|制造|学院, 装备|制造|研究院: a trade (a noun and its verb) before the body's kind
        elif p.flag.startswith("v") and p.flag != "vn" and after_verb is None:
            after_verb = j
        j -= 1
        if (
            after_verb is not None
            and (
                (p.flag == "nt" and w != "株式会社")  # (某某|精工|株式会社: a kind, its name before it)
                or (_is_place_tok(p) and toks[j + 1].flag not in ("s", "f"))
                # (县检察院|公诉|科|科长: a body's section named by what it does, before a post)
                or (
                    in_title
                    and after_verb == j + 2 == idx - 1
                    and toks[after_verb].word in _UNIT_CHARS
                    and len(w) >= 3
                    and _org_suffix(w) is not None
                )
            )
            # (锦旗|送到|某县公安局: a verb of where to, after what is brought, is a clause's)
            and not toks[after_verb - 1].word.endswith(_WHERE_TO_VERB_END)
        ):
            # a place starts the name: keep the verbs inside it, and the body it belongs to
            # (某银行|焦作|分行: 分行 is tagged a verb); not a place word before a locative, which
            # starts a phrase (回国|途中|接受|某台: jieba tags 回国 ns)
            while (
                j > 0
                and (
                    toks[j - 1].flag in ("nt", "ns")
                    or toks[j - 1].word in _LONE_LEVELS
                    or toks[j - 1].word in _BANK_SHORT
                )
                and end - toks[j - 1].start <= max_len
            ):
                j -= 1  # (省|妇联|家庭|和|儿童|工作部: the level written alone is the body's too)
            return j
    if after_verb is not None:
        j = after_verb
    # nor take in the close of a parenthesis it does not open: （记者某某）某市人民政府, a byline's
    depth = 0
    for m in range(j, idx):
        if toks[m].word in ("（", "("):
            depth += 1
        elif toks[m].word in ("）", ")"):
            if depth:
                depth -= 1
            else:
                j = m + 1
    # a chunk may hold a parenthesised qualifier (开发区（高新区）党工委) but not start inside or with one
    k = j
    while k < idx and toks[k].word not in ("（", "("):
        k += 1
    if k == j and k < idx:
        while j < idx and toks[j].word not in ("）", ")"):
            j += 1
        j = min(j + 1, idx)
    elif k < idx:
        inner = "".join(t.word for t in toks[k:idx])
        if "）" in inner and inner.index("）") > 10:
            j = idx
    return j


# Posts that name a group of people (干部, 党员): what follows is a name only when jieba says so
# or a speech verb follows; otherwise it is usually what the group does (包村, 下沉).
_COLLECTIVE_POSTS = frozenset(
    {"干部", "党员", "职工", "员工", "村民", "居民", "农民", "志愿者", "工作人员", "民警"}
)
# Strong government, party and institutional posts: what follows them up to punctuation or a
# verb is a name even when its first character is a rare surname or it is a dictionary word.
_STRONG_POST_END = (
    *("书记", "长", "主任", "主席", "常委", "总理"),
    *("总经理", "董事长", "导师", "教授", "研究员"),
)
_WEAK_LONG = frozenset({"队长", "组长", "班长", "站长", "村长", "家长", "师长", "团长", "股长"})
# Posts of a body's head or deputy (会长, 副主任委员): never inside the name of a body after them
# (group nouns such as 农民, 职工 are: 农民协会, 职工医院).
_HEAD_POSTS = frozenset(
    p
    for p in _POSTS_SET
    if p.endswith(("长", "书记", "主任", "主席", "委员", "经理", "总裁")) and p not in _WEAK_LONG
)


def _strong_post(post: str) -> bool:
    return post.endswith(_STRONG_POST_END) and post not in _WEAK_LONG


def _bounded_after(text: str, e: int, starts: dict[int, Tok]) -> bool:
    """A name can end at e: end of text, punctuation, a verb word, or 等 closing a list."""
    if e >= len(text) or not _cjk(text[e]):
        return True
    if text[e] == "等":
        return e + 1 >= len(text) or not _cjk(text[e + 1]) or text[e + 1] in "人同领参出陪"
    tok = starts.get(e)
    if tok is None:
        return False
    if tok.word in ("等", "等人") or _SPEECH.match(text, e):
        return True
    return tok.flag.startswith("v") and len(tok.word) >= 2 and tok.word not in ("助理", "秘书")


def _closed_off(text: str, e: int) -> bool:
    """A name may end at e: the text's end, punctuation, or a speech or role verb (说, 主持)."""
    return e >= len(text) or not _cjk(text[e]) or _SPEECH.match(text, e) is not None


# Surnames jieba's dictionary reads as a preposition or a pronoun when alone (于, 何, 向, 由).
_FUNCTION_SURNAMES = frozenset("于何向由常莫")  # (常, 莫: jieba's adverbs "often", "do not")


_FUNCTION_SURNAMES_MORE = _FUNCTION_SURNAMES | {"那"}  # (那: jieba's "that")
_CLAUSE_MARKS = frozenset("、，。；：,;:")


def _person_word_before(t: Tok) -> bool:
    """A word a name follows as the person's post or kind (民警, 运动员) or the 、 of a list."""
    return (
        t.word == "、"
        or t.word in _POSTS_SET
        or (len(t.word) >= 2 and t.flag in ("n", "nz") and t.word[-1] in _PERSON_KINDS)
    )


def _function_surname_word(text: str, ns: int, starts: dict[int, Tok], word_tag: dict) -> int:
    """At ns, right after a post, a word jieba made of a surname it knows as a preposition or a
    pronoun and a one-character given name (民警|于某|在…, 民警|于某|、): 2, the name, when a
    word of its dictionary, a 、 or the clause's edge follows; else 0."""
    t = starts.get(ns)
    if t is None or len(t.word) != 2 or t.word[0] not in _FUNCTION_SURNAMES_MORE or t.word in GAZ:
        return 0
    if t.flag not in ("ns", "nz", "n") or not _cjk(t.word[1]) or t.word[1] in _NAME_BAD_CHARS:
        return 0
    nxt = starts.get(t.end)
    ends = (
        nxt is None
        or nxt.word in _CLAUSE_MARKS
        or nxt.word in ("在", "和", "与", "等")
        or (len(nxt.word) >= 2 and nxt.word in word_tag and nxt.flag[:1] in "vp")
    )
    return 2 if ends else 0


def _said_glued(text: str, e: int, starts: dict[int, Tok]) -> bool:
    """At e, a word jieba made of a name's last character and 说 (明说, 春说), then what is said:
    书记郭某|明说：“…” (not 又说, 常说: how one speaks, _NOT_GIVEN_BEFORE_SAY)."""
    tok = starts.get(e)
    return (
        tok is not None
        and len(tok.word) == 2
        and tok.word[1] == "说"
        and tok.word[0] not in _NOT_GIVEN_BEFORE_SAY
        and text.startswith(("：", ":", "，", ","), e + 2)  # (经理某子|明说，…)
    )


_COMMON_TIME_FREQ = 200  # jieba's count of a time word (今年, 上午) that is no given name


def _verb_surname_name(
    text: str, ns: int, starts: dict[int, Tok], word_tag: dict, freq: dict | None = None
) -> bool:
    """At ns, right after a strong post, a surname jieba reads as a verb or a pronoun (祝, 解, 任)
    and a given name of two characters, then a verb or the clause's edge: 县长祝海航主持. Not a
    word the surname starts (局长解读, 县长祝贺: the verb), nor one cut by a token."""
    e = ns + 3
    cand = text[ns:e]
    return (
        len(cand) == 3
        and _all_cjk(cand)
        and is_surname_start(cand) == 1
        and cand[0] not in _AFTER  # (市长来|喀城: 来 comes)
        # (a rare word of the dictionary, 冷月 seen 16 times, need not be one here)
        and (cand[:2] not in word_tag or (freq is not None and freq.get(cand[:2], 0) < 50))
        and cand not in word_tag
        and (e == len(text) or e in starts)
        # (月 in names: 某月琴, 某秋月; 年 ending one: 某永年, 某鹤年)
        and not any(
            c in _NAME_BAD_CHARS and c != "月" and (c, k) != ("年", 2) for k, c in enumerate(cand) if k
        )
        and (given := word_tag.get(cand[1:], "n")[0]) not in "mrpcdfqu"
        # (a time word of the dictionary's seldom seen is a given name too: 某国庆, 某秋阳)
        and not (given == "t" and (freq is None or freq.get(cand[1:], 0) >= _COMMON_TIME_FREQ))
        and (
            _bounded_after(text, e, starts)
            or _adverb_then_act(starts.get(e), starts)
            # (主任某远海亲自…, 局长某国庆分别…, 医师某秋阳的: an adverb of two characters, or 的)
            or text.startswith("的", e)
            or ((nxt := starts.get(e)) is not None and nxt.flag == "d" and len(nxt.word) == 2)
        )
    )


def _name_after_strong_post(
    text: str, ns: int, post: str, starts: dict[int, Tok], word_tag: dict, freq: dict
) -> int:
    """Length of a name printed right after a strong post that the surname rules missed (0: none)."""
    if not _strong_post(post) or ns not in starts:
        return 0
    first = starts[ns]
    if (
        len(first.word) == 1
        and first.flag in ("a", "d", "n")
        and word_tag.get(text[ns + 1 : ns + 3], "n")[0] != "v"  # (县长都|表示: an adverb and a verb)
        and _verb_surname_name(text, ns, starts, word_tag, freq)
    ):
        return 3  # 校长冷|月琴|说, 副主席边|宏志|出席: read as an adjective, an adverb or a noun
    if len(first.word) == 1 and first.flag in ("c", "p", "u", "uj", "d", "r", "v", "f", "m", "q"):
        # 副市长于某某主持, 副主席何某某出席: a surname jieba reads as a preposition or a pronoun,
        # taken only with a given name closed off by a role or speech verb or punctuation
        # (not 市长于日前主持: the preposition)
        if first.flag in ("v", "r") and _verb_surname_name(text, ns, starts, word_tag, freq):
            return 3  # 县长祝|海航|主持, 校长解|向阳|说: a surname jieba reads as a verb
        if not (first.word in _FUNCTION_SURNAMES and first.flag in ("p", "r", "d")):
            return 0
        for n in (3, 2):
            e = ns + n
            cand = text[ns:e]
            if (
                len(cand) == n
                and all(_cjk(c) for c in cand)
                and _closed_off(text, e)
                and not any(c in _NAME_BAD_CHARS for c in cand[1:])
                and word_tag.get(cand[1:], "x")[0] not in "tmrpcdfqv"  # (局长常说: no name)
                # (not 于洛阳: at a city; a county's short name is a common given name, 何宜阳)
                and GAZ.get(cand[1:], "county") in ("county", "district")
            ):
                return n
        return 0
    for n in (6, 5, 4, 3):
        # 协会主席某某某某，: a transcribed foreign name, closed by punctuation, 等 or a speech verb
        cand, e = text[ns : ns + n], ns + n
        if (
            len(cand) == n
            and all(_cjk(c) for c in cand)
            and (e >= len(text) or text[e] in "，。、；：" or text[e] == "等" or _SPEECH.match(text, e))
            and cand not in word_tag
            and cand not in GAZ
            and not any(c in _NAME_BAD_CHARS and c not in _TRANSLIT for c in cand)
            and _looks_foreign(cand, word_tag, freq)
        ):
            return n
    if is_surname_start(text[ns : ns + 2]) == 2:
        # 局长欧阳|立群|介绍: a compound surname and a given name of two characters, closed off
        cand, e = text[ns : ns + 4], ns + 4
        if (
            len(cand) == 4
            and _all_cjk(cand)
            and cand not in word_tag
            and word_tag.get(cand[2:], "nr")[:2] == "nr"
            and (_closed_off(text, e) or _bounded_after(text, e, starts))
        ):
            return 4
    for n in (3, 2):
        cand = text[ns : ns + n]
        if len(cand) < n or not all(_cjk(c) for c in cand) or (ns + n not in starts and ns + n != len(text)):
            continue
        if (cand[0] in _AFTER and not is_surname_start(cand)) or not _bounded_after(text, ns + n, starts):
            continue
        e = ns + n
        closed = e >= len(text) or not _cjk(text[e]) or text[e] == "等" or bool(_SPEECH.match(text, e))
        # 王前进。/ 王建设说: a surname and a dictionary word as the given name, closed off
        word_given = (
            n == 3
            and closed
            and is_surname_start(cand) == 1
            and cand[:2] not in word_tag
            and word_tag.get(cand[1:], "x")[0] in "vna"
        )
        sl = is_surname_start(cand)
        bad = [c for c in cand[sl:] if c in _NAME_BAD_CHARS]
        # 县长周月英，/ 县长唐飞镇主持: a surname and a given part closed off right after the post,
        # the given part no word and no function word in it (or, of two characters, one name to
        # jieba as well: 县长丁月主持), are the name whatever else its characters end
        closed_name = (
            closed
            and sl == 1
            and not any(c in _FUNCTION_CHARS for c in bad)
            and (
                (
                    n == 3
                    and (
                        cand[1:] not in word_tag
                        or word_tag[cand[1:]].startswith("nr")
                        # (主任某|永年、: a rare word of the dictionary's, a time, a place)
                        or (freq.get(cand[1:], 0) < 50 and word_tag[cand[1:]][0] in "tnsa")
                    )
                )
                or (n == 2 and starts[ns].word == cand and starts[ns].flag.startswith("nr"))
            )
        )
        if bad and not word_given and not closed_name:
            continue
        if cand in GAZ or (cand.endswith(_PLACE_SUFFIX) and not closed_name) or cand in _POSTS_SET:
            continue
        tag = word_tag.get(cand)
        # a dictionary word: only a rare noun (凯歌), never a verb, adverb or common noun (高度)
        if (
            tag is not None
            and not tag.startswith("nr")
            and (tag[0] != "n" or freq.get(cand, 0) >= 300 or n != 2 or not is_surname_start(cand))
        ):
            continue
        if n == 3 and tag is None:
            head, tail = word_tag.get(cand[:2]), word_tag.get(cand[1:])
            if head is not None and not head.startswith("nr") and freq.get(cand[:2], 0) >= 100:
                continue  # 任务重: a common word, not a name
            common_tail = tail is not None and not tail.startswith("nr") and freq.get(cand[1:], 0) >= 300
            # 市委书记某|承德|深入…: a surname jieba reads as one, the given name a city's (a place
            # never follows a post bare)
            city_given = (
                starts[ns].word == cand[0]
                and starts[ns].flag.startswith("nr")
                and cand[1:] in GAZ
                and getattr(starts.get(ns + 1), "word", "") == cand[1:]
            )
            if common_tail and not word_given and not city_given:
                continue
        if not is_surname_start(cand) and (tag is not None or n == 2):
            continue  # an unknown first character: only a three-character name nobody's dictionary knows
        return n
    return 0


def _post_before_comma(text: str, b: int) -> bool:
    """A post ends right before the 、 at b - 1 (a chain of posts: 某局党组书记、局长)."""
    return (
        b >= 3 and text[b - 1] == "、" and any(POST_RE.fullmatch(text, b - 1 - k, b - 1) for k in range(2, 7))
    )


# What a company's short name ends with, its trade (某某食品, 某某药业, 某某实业): after a brand,
# before a post, a company as 有限公司 is.
_TRADE_END = (
    *("食品", "药业", "医药", "制药", "实业", "科技", "物流", "电器", "建材", "化工", "酒业", "乳业"),
    *("矿业", "能源", "电子", "机械", "纺织", "置业", "传媒", "商贸", "集团", "股份"),
)
# A company's department before a post: 某公司|销售部|经理, 某公司|装配车间|主任.
_COMPANY_DEPT_END = ("部", "科", "室", "中心", "车间", "班组", "班", "组")
_COMPANY_DEPARTMENT = re.compile(f"[\u3400-\u9fff]{{1,4}}(?:{'|'.join(_COMPANY_DEPT_END)})$")


# Posts only a company has (a board's and a management's): whatever body is named right before
# one is a company, by a short name of its own (某某智能董事长, 某某农商银行总经理) as much as by
# its registered one.
_BOARD_POSTS = frozenset({"董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "监事长"})


def _company_end(prefix: str, post: str) -> int:
    """Where the company in the text before a post ends (0: no company): the whole prefix, or
    the company before one of its departments; before a board's post, any body but a department
    or a project."""
    if (
        post in _BOARD_POSTS
        and len(prefix) >= 2
        and not prefix.startswith(_LEVEL_PREFIX)
        # (某银行信贷管理部总经理, 某片区改造项目总经理: a department's or a project's)
        and not prefix.endswith((*_COMPANY_DEPT_END, "项目", "工程"))
    ):
        return len(prefix)
    for k in range(len(prefix), 1, -1):
        head, rest = prefix[:k], prefix[k:]
        if rest and not _COMPANY_DEPARTMENT.fullmatch(rest):
            continue
        if (
            head.endswith(tuple(_COMPANY))
            or (head.endswith("厂") and len(head) >= 3)
            or (
                len(head) >= 4
                and head.endswith(_TRADE_END)
                and not head.startswith(_LEVEL_PREFIX)
                and not rest.endswith("中心")  # (某地科技|成果转化中心: no company's department)
            )
        ):
            return k
    return 0


def _title_before(
    text: str, end: int, toks: list[Tok], tok_at: _TokenAt
) -> tuple[list[str], int, list[int], list[str]] | None:
    """Titles printed right before position `end` (where a name starts): (titles, start)."""
    j = end
    if j > 0 and text[j - 1] in '”’」』"':
        j -= 1
    starts_of: list[int] = []  # where each title starts in the text
    hints: list[str] = []  # a company named before the post: the person's organisation
    titles: list[str] = []
    start = j
    while True:
        seg_end = j
        post = None
        for k in range(min(6, seg_end), 1, -1):
            if POST_RE.fullmatch(text, seg_end - k, seg_end):
                post = text[seg_end - k : seg_end]
                break
        if post is None:
            break
        b = seg_end - len(post)
        ti = tok_at.get(b)  # index of the token containing the post's first character
        prefix = ""
        if ti is not None:
            first = org_chunk_start(toks, ti, in_title=True)
            cs = toks[first].start if first < ti else toks[ti].start
            prefix = text[cs:b]
            if prefix.startswith(("“", "‘")):
                prefix = prefix[1:]
            if prefix.startswith("记") and text[cs - 1 : cs] == "—":
                prefix = prefix[1:]  # ——记某县某村党支部书记某某: a profile's sub-title, 记 its verb
            if prefix.startswith(_ANAPHOR) or (cs > 0 and text[cs - 1] in "该其本这此"):
                prefix = ""  # 该项目总工程师: the body is named elsewhere
            elif (
                len(prefix) > 3
                and prefix[1] in "和与及"
                and first > 0
                and toks[first - 1].flag.startswith("nr")
            ):
                prefix = prefix[2:]  # 某某|钟立|平和|某科: the name's last character and 和 jieba made a word
        if post in _NEEDS_PREFIX and not prefix and not _post_before_comma(text, b):
            break  # (某委党组书记、主任某某: in a chain the body is the first post's)
        if post == "助理":
            # 某公司总经理助理: the post assisted is part of the post, the company before it not
            for k in range(min(6, len(prefix)), 1, -1):
                if POST_RE.fullmatch(prefix, len(prefix) - k):
                    post, prefix = prefix[-k:] + post, prefix[:-k]
                    break
        printed = len(prefix + post)  # (the company before a post, still before the chain's 、)
        cut = _company_end(prefix, post)
        if cut:
            if not prefix.startswith(_ANAPHOR):
                hints.append(prefix[:cut])
            # 某某有限公司总经理, 某某药业销售部经理: the post (with the company's department) is
            # the title, the company its organisation
            prefix = prefix[cut:]
        title = prefix + post
        if titles and text[seg_end - printed - 1 : seg_end - printed] in ("任", "为"):
            break  # 某某任团长、某会会长某某: the post before the 、 is another person's
        titles.insert(0, title)
        starts_of.insert(0, seg_end - len(title))
        start = seg_end - printed
        if start > 0 and text[start - 1] == "“":
            start -= 1
        if start > 1 and text[start - 1] == "、":
            j = start - 1
            continue
        break
    if not titles:
        return None
    return titles, start, starts_of, hints


def _titles_after_list(text: str, col: _Collector) -> None:
    """Who people are, printed after their names: a congress member's word (某某代表建议, 某某委员说)
    and the group a list of bare names is (某某、某某等市领导出席), added to their titles."""
    people = {mm.end: mm for mm in col.items.values() if mm.type == PERSON}
    for end, mm in sorted(people.items()):
        if (d := _DELEGATE_AFTER.match(text, end)) is not None:
            _add_title(col, mm, d.group(1))
        if (g := _LEADERS_AFTER.match(text, end)) is None:
            continue
        post, cur = g.group(1), mm
        if post in _DELEGATE:
            # members, whatever posts the list prints them with: everyone in the clause
            clause = max(text.rfind(c, 0, mm.start) for c in "，。；：\n") + 1
            for other in people.values():
                if clause <= other.start <= mm.start:
                    _add_title(col, other, post)
            continue
        while not cur.titles:  # (市委副书记、市长某某等市领导: who the person is is printed already)
            _add_title(col, cur, post)
            if cur.start < 2 or text[cur.start - 1] != "、" or (cur := people.get(cur.start - 1)) is None:
                break


def _add_title(col: _Collector, mm: Mention, title: str) -> None:
    """One more title for the person found at mm's place, unless it holds it already."""
    key = (PERSON, mm.start, mm.end)
    held = col.items.get(key, mm)
    if title not in held.titles:
        col.items[key] = replace(held, titles=(*held.titles, title))


def _roster_titles(text: str, b: int, toks: list[Tok], tok_end: dict[int, int]) -> list[tuple[str, int]]:
    """Who a list's entry says the person is, after the name and its gap (某某　某村种植户, 某某　女，
    某社区党委书记, 某某　某局局长、党组书记): the rest of the line when it ends in a post or in a kind
    of person, the posts of a chain each, with where each starts; nothing when the line goes on to
    particulars (1975年生)."""
    e = text.find("\n", b)
    e = len(text) if e < 0 else e
    sex = _ENTRY_SEX.match(text, b)
    if sex:
        b = sex.end()
    out = []
    for part in text[b:e].split("、"):
        ps, end, b = b, b + len(part), b + len(part) + 1
        if not part or not _all_cjk(part):
            return []
        if not part.endswith(_POSTS_TUPLE):
            k = tok_end.get(end)
            if k is None:
                return []
            head = toks[k]
            if len(head.word) == 1 and head.word in "户员人工" and k > 0:
                head = Tok(toks[k - 1].word + head.word, "n", toks[k - 1].start, head.end)  # 种植|户
            if not _kind_head(head):
                return []
        out.append((part, ps))
    return out


def title_org(title: str) -> str | None:
    posts = list(POST_RE.finditer(title))
    m = posts[-1] if posts else None
    if m is None or m.end() != len(title):
        return None
    org = title[: m.start()]
    post = m.group()
    if (
        len(org) >= 2
        and (org.endswith(_ORG_SUFFIX) or org.endswith(("委", "会", "办")))
        and not (org.endswith(_COMMUNE_UNIT_ENDS) and post.startswith(_PARTY_BODIES))
    ):
        return org
    # 某镇党委书记, 某村党支部书记, 某社区党委副书记, 某某大队党支部书记: the party body of the town,
    # village, community or brigade
    for body in _PARTY_BODIES:
        if (
            post.startswith(body)
            and len(post) > len(body)
            and len(org) >= 2
            and (body[0] == "村" or org.endswith(_PARTY_UNIT_END))
            and org not in _COMMUNE_LEVEL  # (大队党支部书记: the brigade's own)
        ):
            return org + body
    return None


# The party bodies a place's post heads (某镇党委书记), and the places that have them.
_PARTY_BODIES = ("村党支部", "村党总支", "党支部", "党总支", "党工委", "党委")
_COMMUNE_UNIT_ENDS = ("公社", "大队", "生产队")
_PARTY_UNIT_END = ("镇", "乡", "村", "社区", "街道", "办事处", *_COMMUNE_UNIT_ENDS)


# The body's last character and its head's post, which jieba's dictionary holds as one word
# (某市某某建设|局局长, 某处|处处长): any doubled character before a post that starts with it.
_GLUED_POST = re.compile("|".join(sorted(p[0] + p for p in _POSTS if len(p) == 2 and p.endswith("长"))))


# A particle, a preposition or a verb of one character and the level a body's or a place's name
# starts with, which jieba's unknown-word model makes one word (专访了|市某某局 read as 了市, 访|市某
# 委员会 as 访市): no word of its dictionary.
_GLUED_HEADS = "了访赴到在从对向为与和及由据经给让把被将"
_GLUED_PARTICLE = re.compile(f"[{_GLUED_HEADS}][市县区省]")


# A city's or a county's level and the first character of the district after it, which jieba's
# unknown-word model makes one word when it knows neither name (某川|市石|坪区 for 某川市 石坪区).
_GLUED_UNIT = re.compile("[市县](?=[\u3400-\u9fff]{2}[区县])")


def _token_starts_at(tagged: list[tuple[str, str]], rx: re.Pattern, text: str) -> Iterator[int]:
    """Indices of the tokens that start where `rx` matches the text, last first (so that a caller
    may replace tokens from an index on without moving the ones before it)."""
    starts = list(accumulate((len(w) for w, _ in tagged), initial=0))
    for m in reversed(list(rx.finditer(text))):
        i = bisect_left(starts, m.start())
        if i < len(tagged) and starts[i] == m.start():
            yield i


def _split_unit_glued(tagged: list[tuple[str, str]], text: str, freq: dict) -> list[tuple[str, str]]:
    """某川|市石|坪区 as 某川|市|石坪|区: the level ends the place before it, the rest is the next
    place's name. Only where the level is a token's first character after a place and the token is
    a rare word of the dictionary if one (市石, not 市场, 市区, 县城)."""
    out = list(tagged)
    for i in _token_starts_at(tagged, _GLUED_UNIT, text):
        if i == 0 or i + 1 >= len(tagged):
            continue
        w, nxt = tagged[i][0], tagged[i + 1][0]
        if len(w) != 2 or freq.get(w, 0) >= 100 or tagged[i - 1][1] != "ns":
            continue
        if len(nxt) != 2 or nxt[1] not in "区县":
            continue
        out[i : i + 2] = [(w[0], "n"), (w[1] + nxt[0], "ns"), (nxt[1], "n")]
    return out


# A town's and a county's names that jieba's unknown-word model makes one place (某溪乡某阳县):
# two places, the lower level first (where a body stands, then its own county's name).
_TOWN_COUNTY_GLUED = re.compile("[乡镇村][\u3400-\u9fff]{2,3}[县市区]")
_TOWN_COUNTY_WORD = re.compile("([\u3400-\u9fff]{2,4}[乡镇村])([\u3400-\u9fff]{2,3}[县市区])")


# A function word glued to a rare first character of a district's name (市区|和某|南区, ——记某|
# 岭县): the word alone, the character the name's (某|南区 -> 某南区).
_HEAD_GLUED_NAME = re.compile(
    f"(?:[{_GLUED_HEADS}于]|(?<=—)记)(?=[\u3400-\u9fff][\u3400-\u9fff][区县市镇乡路])"
)


def _split_head_glued(tagged: list[tuple[str, str]], text: str, word_tag: dict) -> list[tuple[str, str]]:
    out = list(tagged)
    for i in _token_starts_at(tagged, _HEAD_GLUED_NAME, text):
        if i >= len(tagged) - 1:
            continue
        (w, f), (nxt, nf) = tagged[i], tagged[i + 1]
        if (
            (
                # 出土|于某某县: the county joined to the function word, level and all; ——访某某|市: the
                # whole name joined to it, the level a word of its own
                (len(w) == 4 and f == "ns" and w[-1] in "区县市")
                or (len(w) == 3 and f[0] == "n" and nxt in _LONE_LEVELS)
            )
            and w[:2] not in word_tag
            and w not in word_tag
        ):
            out[i : i + 1] = [(w[0], word_tag.get(w[0], "c")), (w[1:], "ns")]
            continue
        if (
            len(w) != 2
            or w in word_tag
            or f[0] not in "na"
            or len(nxt) != 2
            or nf != "ns"
            or (nxt[1] == "市" and nxt in word_tag)
        ):
            # (——记某|某县: a profile's sub-title, 记 glued to the county's first character; 在某|某区,
            # 经某|某路: a preposition glued to it, which jieba's model tags an adjective or a place)
            continue
        out[i : i + 2] = [(w[0], word_tag.get(w[0], "c")), (w[1] + nxt, "ns")]
    return out


# A school class's 班 glued to the name of a pupil in it (高二(6)|班某某某, 3班某某): the class's word
# alone, the name alone (班 is a surname too).
_CLASS_GLUED = re.compile(r"(?<=[)）0-9０-９])班(?=[\u3400-\u9fff])")


def _split_class_glued(tagged: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    out = list(tagged)
    for i in _token_starts_at(tagged, _CLASS_GLUED, text):
        w, f = tagged[i]
        if len(w) >= 2 and f[:1] == "n":  # (班某某某 jieba tags a name or a noun of its own)
            out[i : i + 1] = [("班", "n"), (w[1:], "nr")]
    return out


# A town's level glued to a village's first character when that is a locative (某头|镇上|坪村 for
# 某头镇 上坪村): the town whole, the village whole.
_TOWN_LOCATIVE_GLUED = re.compile("[镇乡][上下前后东西南北中](?=[\u3400-\u9fff]村)")


def _split_town_locative(tagged: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    out = list(tagged)
    for i in _token_starts_at(tagged, _TOWN_LOCATIVE_GLUED, text):
        if i == 0 or i >= len(tagged) - 1:
            continue
        (p, pf), (w, _), (nxt, _) = tagged[i - 1], tagged[i], tagged[i + 1]
        if len(w) != 2 or len(p) != 2 or pf[0] != "n" or len(nxt) != 2 or nxt[1] != "村":
            continue
        out[i - 1 : i + 2] = [(p + w[0], "ns"), (w[1] + nxt, "ns")]
    return out


def _split_town_county(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w, f in tagged:
        m = _TOWN_COUNTY_WORD.fullmatch(w) if f == "ns" and len(w) >= 6 and w not in GAZ else None
        if m is None:
            out.append((w, f))
        else:
            out += ((m.group(1), "ns"), (m.group(2), "ns"))
    return out


def _split_glued(tagged: list[tuple[str, str]], word_tag: dict) -> list[tuple[str, str]]:
    """局局长 as 局 and 局长: the body's name ends with the first character (a noun, the unit),
    the post is the rest. 了市 as 了 and 市: the particle, then the level that starts a name."""
    out: list[tuple[str, str]] = []
    for w, f in tagged:
        if len(w) == 3 and w[0] == w[1] and w[1:] in _POSTS_SET:
            out += ((w[0], "n"), (w[1:], word_tag.get(w[1:], "n")))  # (a unit: 组 alone is zg)
        elif len(w) == 2 and w[0] in _GLUED_HEADS and w[1] in "市县区省" and w not in word_tag:
            out += ((w[0], word_tag.get(w[0], "p")), (w[1], word_tag.get(w[1], "n")))
        else:
            out.append((w, f))
    return out


# A post someone is elected to or takes, right after the name: 当选(为), 担任, 出任, 兼任, 任.
_TAKES_POST = re.compile(r"(?:当选为?|担任|出任|兼任|任)([\u3400-\u9fff（）()、]{2,40}?)(?=[，。；,;！!]|$)")


def _takes_post_titles(held: str) -> list[str]:
    """The posts of 当选/担任 …: each part of a chain (某局局长、党组书记) that ends in a post, up to the
    first part that does not (担任组长、负责协调: 组长)."""
    out: list[str] = []
    for part in held.split("、"):
        if not part.endswith(_POSTS_TUPLE) or part in _CREDIT_POSTS or _TAKES_POST.search(part):
            break  # (某某任团长、某会会长某某任副团长: the next person takes the next post)
        out.append(part)
    return out


# A notice's appointment or removal: the name, then the post it is given or held.
_APPOINT_WORDS = re.compile("任命|免去|聘任|提名")
_APPOINT = re.compile(
    r"(?:任命|免去|聘任|提名)([\u3400-\u9fff]{2,4}?)(?:同志)?(为|的)([\u3400-\u9fff（）]{2,30}?)(?:职务)?(?=[；;。，,、\n]|$)"
)

# A list of appointments under its heading (决定任命：\n某某为某局局长；\n某某为…。): one entry a line
# or a clause, up to the first that is none or the full stop; a markdown page's heading is bold (**任命：**).
_APPOINT_HEAD = re.compile(r"(?:任命|免去|聘任|提名)[：:](?:\*\*)?")
_APPOINT_ENTRY = re.compile(
    r"\s*([\u3400-\u9fff]{2,4}?)(?:同志)?(为|的)([\u3400-\u9fff（）]{2,30}?(?:、[\u3400-\u9fff（）]{2,30}?)*)"
    r"(?:职务)?(?:([；;。，,])|(?=\n)|$)"
)


def _appointments(text: str) -> Iterator[re.Match]:
    """Who is appointed to or removed from which post: 任命某某为…, 免去某某的…职务, and each entry of a
    list under 决定任命：."""
    yield from _APPOINT.finditer(text)
    for head in _APPOINT_HEAD.finditer(text):
        pos = head.end()
        while (m := _APPOINT_ENTRY.match(text, pos)) is not None:
            if "、" in m.group(3) and not all(
                "为" not in post and _POST_AT_END.search(post) for post in m.group(3).split("、")
            ):
                break  # (某某为某局局长、某某为…: entries the list joins with 、, not one person's posts)
            yield m
            if m.group(4) == "。":
                break
            pos = m.end()


_NAMED_COUNTY = re.compile("[\u3400-\u9fff]{2}[县市]")


# A roster of the commended, each name with its unit in parentheses: 某某（某县第一中学）　某某（…）.
_UNIT_ROSTER_ENTRY = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4})[（(]([^（）()\n]{2,30})[）)]")
_ROSTER_GAP = re.compile(r"[\s\u3000、，,；;]*")
_COUNT_IN_PARENS = re.compile(r"\d+\s*[名人个位家项]")


# A congress's member printed with the post in brackets, as 两会 stories print speakers at the clause's
# start: 某某委员（某县某局局长）建议, 某某代表（某村党支部书记）说.
_MEMBER_WITH_POST = re.compile(
    r"(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4}?)(委员|代表)[（(]([^（）()\n]{3,40})[）)]"
)


def _members_with_posts(text: str, word_tag: dict, credits: set[str], col: _Collector) -> None:
    """Members of a congress named 某某委员（post）: the person, 委员 or 代表 and the post as titles, the
    post's body as the organisation."""
    for m in _MEMBER_WITH_POST.finditer(text):
        name, post = m.group(1), m.group(3)
        k = is_surname_start(name)
        if not k or not 1 <= len(name) - k <= 2 or name in credits or not looks_like_name(name, word_tag):
            continue
        posts = list(POST_RE.finditer(post))
        if not posts or posts[-1].end() != len(post):
            continue  # (某某代表（3人）: a count; 某某委员（女）: no post)
        col.add(
            Mention(PERSON, name, m.start(1), m.end(1), (m.group(2), post), title_org(post), "title", 0.85)
        )


# A post and a colon before the names that hold it, as a notice, an election's result or a roster
# prints them (某市人民政府市长：某某, 副市长：某某　某某, （法定代表人：某某）, 联系人：某某　电话：…);
# the post is read back to the clause's start. 联系人 and 法定代表人 are roles printed only so.
_COLON_ROLES = ("联系人", "法定代表人")
_POST_AT_END = re.compile("(?:" + _trie_pattern((*_POSTS, *_COLON_ROLES)) + ")$")
_COLON_CLAUSE_START = frozenset("（(，,；;。、")  # (and a space: what a post's clause follows)
_COLON_GAP = re.compile(r"[ \t\u3000]*")
_COLON_PREFIX_MAX = 24  # characters of the body before the post (某市人民政府 | 副市长：)
_COLON_CLAUSE_MAX = _COLON_PREFIX_MAX + max(map(len, (*_POSTS, *_COLON_ROLES)))
_COLON_NAMES = re.compile(
    r"([\u3400-\u9fff]{2,4})((?:[ \t\u3000]+[\u3400-\u9fff]{2,4})*)(?=[\s，,。；;、）)]|电话|$)"
)


def _posts_with_colon(text: str, word_tag: dict, credits: set[str], col: _Collector) -> None:
    """The people a post printed with a colon names: each name after it, the post (read back to the
    clause's start: 某市人民政府副市长) its title and the post's body its organisation. Read from each
    colon back, so text without one costs a scan for it alone."""
    for colon in re.finditer("[：:]", text):
        c = colon.start()
        b = c
        while b > 0 and c - b <= _COLON_CLAUSE_MAX and _cjk(text[b - 1]):
            b -= 1
        if b == c or (b > 0 and not (text[b - 1] in _COLON_CLAUSE_START or text[b - 1].isspace())):
            continue  # (no clause of its own: a run too long, or after a quote, a figure)
        post = text[b:c]
        pm = _POST_AT_END.search(post)
        if pm is None or pm.start() > _COLON_PREFIX_MAX:
            continue
        if post in _CREDIT_POSTS or post.endswith(("记者", "通讯员")):
            continue  # (记者：… opens an interview's question)
        post = post[post.rfind("的", 0, pm.start()) + 1 :]  # (来自某学院的|志愿者：: where from, no post)
        nm = _COLON_NAMES.match(text, _COLON_GAP.match(text, c + 1).end())
        if nm is None:
            continue
        for part in re.finditer(r"[\u3400-\u9fff]+", text[nm.start() : nm.end()]):
            name, s = part.group(), nm.start() + part.start()
            k = is_surname_start(name)
            if not k or not 1 <= len(name) - k <= 2 or name in credits or not looks_like_name(name, word_tag):
                break
            col.add(Mention(PERSON, name, s, s + len(name), (post,), title_org(post), "title", 0.8))


def _unit_roster(text: str, word_tag: dict, credits: set[str], col: _Collector) -> None:
    """Every name of a roster of three or more entries 某某（单位）, one after another with nothing
    but spaces or commas between them, when most of its entries look like names: a list of the
    commended prints names jieba would not read as one (某建设, 某晓红) among the rest."""
    run: list[re.Match] = []
    for m in [*_UNIT_ROSTER_ENTRY.finditer(text), None]:
        unit = m is not None and sum(map(_cjk, m.group(2))) >= 2 and not _COUNT_IN_PARENS.search(m.group(2))
        if unit and (not run or _ROSTER_GAP.fullmatch(text, run[-1].end(), m.start())):
            run.append(m)
            continue
        names = [e.group(1) for e in run]
        if len(run) >= 3 and sum(looks_like_name(n, word_tag) for n in names) * 2 >= len(names):
            for e, name in zip(run, names, strict=True):
                k = is_surname_start(name)
                if k and 1 <= len(name) - k <= 2 and name not in credits:
                    col.add(Mention(PERSON, name, e.start(1), e.end(1), method="list", confidence=0.7))
        run = [m] if unit else []  # (a heading's count, 某某（29名）, starts none)


def extract_entities(
    text: str, lexicon: Lexicon | None, exclude: frozenset[str], stems: frozenset[str] = frozenset()
) -> tuple[list[Mention], list[Tok], list[Mention]]:
    """The mentions of the text, its tokens, and the people it credits (by-lines, photo credits).
    `stems`: the short names of cities and counties the page names in full elsewhere
    (place_stems), which this text may use bare."""
    pos = tokenizer_for(lexicon)
    word_tag = pos.word_tag_tab
    freq = pos.tokenizer.FREQ
    tagged = tag(pos, text)  # pos.cut(text) as (word, flag) pairs
    if _GLUED_POST.search(text) or _GLUED_PARTICLE.search(text):
        tagged = _split_glued(tagged, word_tag)
    if _GLUED_UNIT.search(text):
        tagged = _split_unit_glued(tagged, text, freq)
    if _TOWN_COUNTY_GLUED.search(text):
        tagged = _split_town_county(tagged)
    if _TOWN_LOCATIVE_GLUED.search(text):
        tagged = _split_town_locative(tagged, text)
    if _HEAD_GLUED_NAME.search(text):
        tagged = _split_head_glued(tagged, text, word_tag)
    if "班" in text and _CLASS_GLUED.search(text):
        tagged = _split_class_glued(tagged, text)
    words = [w for w, _ in tagged]
    flags = [f for _, f in tagged]
    bounds = list(accumulate(map(len, words), initial=0))  # where each token starts, then the end
    toks = list(map(Tok, words, flags, bounds, bounds[1:]))
    starts = dict(zip(bounds, toks, strict=False))  # (bounds has the end too)
    tok_at = _TokenAt(bounds)
    for m in _NAMED_COUNTY.finditer(text) if "县" in text or "市" in text else ():
        # 某某县 read as one name (a surname first, a county jieba does not know): a county
        t = starts.get(m.start())
        if t is not None and t.end == m.end() and t.flag[:2] == "nr":
            k = tok_at[t.start]
            flags[k] = "ns"
            toks[k] = starts[t.start] = Tok(t.word, "ns", t.start, t.end)
    col = _Collector(text, lexicon, exclude)
    known = set(lexicon.known_persons) if lexicon else set()
    credits: set[str] = set(exclude)
    credited: list[Mention] = []  # credits found in the text, where they are

    # 1. Titles before names.
    for m in POST_RE.finditer(text):
        e = m.end()
        post = m.group()
        # (a closing quote after the post; a space after a by-line's post: 记者 某某 通讯员 某某)
        ns = (
            e + 1
            if e < len(text) and (text[e] in "”’」』" or (text[e] in " \u3000" and post in _CREDIT_POSTS))
            else e
        )
        if ns >= len(text):
            continue
        word_name = False  # the name is a dictionary word (凯歌): believe it only after a full title
        n = name_length_at(text, ns, starts, word_tag, after_post=True)
        transcribed = (
            False  # a Mongolian, Uyghur or Kazakh name: the checks of a Han name's shape do not apply
        )
        if (
            _strong_post(post)
            and text[ns] in _MONGOLIAN
            and (mn := _mongolian_name_at(text, ns, starts, word_tag, freq)) > n
        ):
            n = mn  # 旗长某某某图|主持: a Mongolian name, longer than any Han name read from its start
            transcribed = True
        elif (tn := _turkic_name_at(text, ns, starts, word_tag, freq)) > n:
            n = tn  # 县长某某·某某: a Uyghur or Kazakh name, the father's name after the dot
            transcribed = True
        elif (bn := _tibetan_name_at(text, ns, starts, word_tag, freq)) and bn >= n:
            n = bn  # 副市长某某某某: a Tibetan name of two elements, longer than a Han name read there
            transcribed = True
        name = text[ns : ns + n]
        if not transcribed:
            if not n or (
                not looks_like_name(name, word_tag)
                and not (name[-1] == "和" and looks_like_name(name[:-1], word_tag))  # (某家|和|为)
                and name not in known
                and not _jieba_names_it(name, starts.get(ns), word_tag, freq, starts.get(ns + n))
            ):
                # 区长某某率队 / 副市长某某，: after a strong post the name may start with a rare surname
                # or be a dictionary word; take the 2-3 characters up to punctuation or a verb
                n = _name_after_strong_post(text, ns, post, starts, word_tag, freq)
                glued = 0 if n else _function_surname_word(text, ns, starts, word_tag)
                if not n and not glued:
                    continue
                n = n or glued
                name = text[ns : ns + n]
                # (民警|于某|在: the word jieba made of the name is none of the dictionary's sense)
                word_name = not glued and word_tag.get(name, "nr")[:2] != "nr"
            elif (
                post in _COLLECTIVE_POSTS
                and name not in known
                and not starts.get(ns, Tok("", "x", 0, 0)).flag.startswith("nr")
                and word_tag.get(name, "")[:2] != "nr"
                and not _SPEECH.match(text, ns + n)
                # (民警某某|浩|和: a compound surname and its given name, closed off, name someone)
                and not (
                    is_surname_start(name) == 2 and (_closed_off(text, ns + n) or text[ns + n] in "和与及、")
                )
            ):
                continue  # 领导干部包村: a group noun before a verb phrase, not a post before a name
            elif (
                post in _COLLECTIVE_POSTS
                and name not in known
                and text.startswith("、", ns + n)
                and (after := starts.get(ns + n + 1)) is not None
                and after.flag == "v"
            ):
                continue  # 教居民某某、某某: what the group is taught to do, a list of acts, no name
            # 支队长公孙|某|进行, 教授百里|某|作了: a compound surname that is a word of its own to
            # jieba (a noun, a number), the name closed off after one more character
            compound_closed = (
                len(name) == 3
                and is_surname_start(name) == 2
                and (
                    _closed_off(text, ns + 3)
                    or _bounded_after(text, ns + 3, starts)
                    or getattr(starts.get(ns + 3), "flag", "")[:1] == "v"
                )
            )
            head = word_tag.get(name[:2]) if len(name) == 3 and not compound_closed else None
            if (
                name not in known
                and head is not None
                and head[0] in "rdcpmuv"
                and not head.startswith("nr")
                # (副市长包立|诚、: a rare verb jieba makes of a surname and a given character, the
                # name closed off by punctuation)
                and not (head[0] == "v" and freq.get(name[:2], 0) < 50 and _closed_off(text, ns + 3))
            ):
                continue  # 毛书记那么忙: a function word after the post, not a name
            if (
                name not in known
                and len(name) == 3
                and ns + 3 < len(text)
                and _cjk(text[ns + 3])
                and text[ns + 3] not in _AFTER
                and name not in word_tag
                and word_tag.get(name[:2], "nr")[:2] != "nr"
                and not _SPEECH.match(text, ns + 3)  # (校长某月琴|建议: what the person says)
                and not compound_closed
            ):
                continue  # 书记高度重视: common words running on, not a name
            if (
                name not in known
                and (first_word := starts.get(ns)) is not None
                and len(first_word.word) > n
                and first_word.word in word_tag
                and not first_word.flag.startswith("nr")
            ):
                continue  # 书记|高度重视: the characters begin a longer word of the dictionary
            if (
                name not in known
                and len(name) == 3
                and name[-1] in "地得"
                and word_tag.get(name[:2], "nr")[:2] != "nr"
            ):
                continue  # 区长高兴地说: an adverb, not a name
            if (
                name not in known
                and len(name) == 2
                and (name in word_tag or not starts.get(ns, Tok("", "x", 0, 0)).flag.startswith("nr"))
                and ns + 2 < len(text)
                and _cjk(text[ns + 2])
                and text[ns + 2] not in _AFTER
                and not _said_glued(text, ns + 2, starts)  # (经理某子|明说，: a name and 说, glued)
            ):
                continue  # 村民文明过节: a dictionary word running on, not a name
            if ns not in starts:
                continue
            st = starts[ns]
            if (
                len(st.word) == 1
                and st.flag in ("c", "p", "u", "uj", "d", "r", "v", "f")
                # (诸|葛某某: a compound surname whose second character jieba read with the given name)
                and not (is_surname_start(name) == 2 and starts.get(ns + 1, st).flag.startswith("nr"))
                and not (
                    st.word in _FUNCTION_SURNAMES and st.flag in ("p", "r", "d") and _closed_off(text, ns + n)
                )
            ):
                given = starts.get(ns + 1)
                if (
                    not (
                        st.flag == "v"
                        and st.word not in _AFTER  # (市长来|喀城: 来 comes)
                        and len(name) == 3
                        and is_surname_start(name) == 1
                        and given is not None
                        and given.end == ns + 3
                        and given.flag in ("n", "nz", "nr", "nrfg", "nrt")
                    )
                    and not (
                        len(name) == 3
                        and st.flag in ("v", "r", "d")
                        and _strong_post(post)
                        and not (st.flag == "d" and word_tag.get(name[1:], "n")[0] == "v")
                        and _verb_surname_name(text, ns, starts, word_tag, freq)
                    )
                ):
                    continue  # (but 县长付|新华|主持, 县长祝|海航|主持: a surname that is also a verb)
            if n == 2 and _said_glued(text, ns + 2, starts):
                n, name = 3, text[ns : ns + 3]  # 书记郭某|明说：: the name's last character and 说
        got = _title_before(text, e, toks, tok_at)
        if got is None:
            continue
        titles, _, title_starts, hints = got
        if word_name and titles == [post]:
            continue  # 市长信箱: a bare post before a word is a compound, not a title and a name
        if titles[-1] in _CREDIT_POSTS or any(t.endswith(tuple(_CREDIT_POSTS)) for t in titles[-1:]):
            credits.add(name)
            credited.append(Mention(PERSON, name, ns, ns + n, tuple(titles), None, "credit", 0.9))
            continue
        org = title_org(titles[0]) or (hints[0] if hints else None)
        if hints and org is not None and _COMPANY_DEPARTMENT.fullmatch(org):
            org = hints[0]  # 某药业|销售部经理: the company's department; the company is the body
        col.add(Mention(PERSON, name, ns, ns + n, tuple(titles), org, "title", 0.9))
        for t, ts in zip(titles, title_starts, strict=True):
            o = title_org(t)
            if o and hints and _COMPANY_DEPARTMENT.fullmatch(o):
                continue  # (a company's department: the company is the body)
            if o and text[ts : ts + len(o)] == o:
                col.add(Mention(ORGANISATION, o, ts, ts + len(o), method="title", confidence=0.7))
        for h in hints:
            # a company by its trade (某某药业董事长): the suffix rule knows no such ending
            hs = title_starts[0] - len(h) if text[title_starts[0] - len(h) : title_starts[0]] == h else -1
            if hs >= 0 and h.endswith(_TRADE_END):
                col.add(Mention(ORGANISATION, h, hs, title_starts[0], method="title", confidence=0.6))

    # Names with a post after them: 王明总书记.
    for m in _POST_AFTER.finditer(text):
        b = m.start()
        if b not in starts:
            continue
        title = m.group(1) if m.group(1) not in ("同志", "先生", "女士") else None
        tk = toks[tok_at[b - 1]] if b > 0 and (b - 1) in tok_at else None
        if tk is not None and tk.end == b and tk.flag in ("nr", "nrt", "nrfg") and len(tk.word) >= 2:
            # 克林顿总统, 曹志秘书长: the name is the word jieba cut before the post
            nm = tk.word
            foreign = _transcribed_start(nm, tk.flag) and _looks_foreign(nm, word_tag, freq)
            known_nr = word_tag.get(nm, "")[:2] == "nr" and m.group(1) in ("同志", "总书记", "主席", "总理")
            if (
                (looks_like_name(nm, word_tag) or foreign or known_nr)
                and nm not in GAZ
                and _not_common(nm, word_tag, freq)
            ):
                col.add(Mention(PERSON, nm, tk.start, b, (title,) if title else (), None, "title", 0.8))
                continue
        for n in (3, 2):
            s = b - n
            if (
                s >= 0
                and s in starts
                and text[b - 1] not in "副代常"  # 由副市长, 由代市长: the post's own first character
                and looks_like_name(text[s:b], word_tag)
                and not _function_head(text[s:b], word_tag)
                # (某金|锁|告诉|县长: a verb jieba cut, then a common verb, no surname and given name;
                # 戴|超强|同志 is a name)
                and not (
                    starts[s].flag == "v"
                    and word_tag.get(text[s + 1 : b], "")[:1] == "v"
                    and freq.get(text[s + 1 : b], 0) >= 2000
                )
            ):
                col.add(Mention(PERSON, text[s:b], s, b, (title,) if title else (), None, "title", 0.85))
                break
        else:
            # 江主席: a bare surname before a top post, where a name can stand
            s = b - 1
            if (
                title in ("主席", "总理", "总书记", "委员长", "副主席", "副总理")
                and s >= 0
                and text[s] in _SINGLE
                and s in starts
                and starts[s].end == s + 1
                and (s == 0 or not _cjk(text[s - 1]) or text[s - 1] in "和与同向对在由给让请、")
            ):
                col.add(Mention(PERSON, text[s], s, b, (title,), None, "title", 0.6))

    # 江主席 as one jieba word: a surname and a top post.
    top_post_words = map(_SURNAME_TOP_POSTS.__contains__, words)
    for k in _where(top_post_words if any(p in text for p in _TOP_POST_CORES) else ()):
        t = toks[k]
        col.add(Mention(PERSON, t.word[0], t.start, t.start + 1, (t.word[1:],), None, "title", 0.6))

    # Photo credits: 周红摄 / 张三 摄.
    for m in _PHOTO.finditer(text) if "摄" in text else ():
        s, e = _after_credit_post(text, m.start(1), m.end(1))
        credits.add(text[s:e])
        credited.append(Mention(PERSON, text[s:e], s, e, method="credit", confidence=0.8))

    # 1b. An appointment or a removal (任命某某为某局局长, 免去某某的某职务): the person and
    # the post the notice gives them, whatever jieba makes of the name.
    appointed: list[tuple[int, int]] = []  # (where the name starts, where the post starts)
    for m in _appointments(text) if _APPOINT_WORDS.search(text) else ():
        name, post = m.group(1), m.group(3)
        if (
            (
                (is_surname_start(name) and not any(c in _FUNCTION_CHARS for c in name[1:]))
                # (a Tibetan name of two elements: 任命某某某某为…)
                or (len(name) == 4 and _tibetan_name_at(text, m.start(1), starts, word_tag, freq) == 4)
            )
            and name not in credits
            and POST_RE.search(post) is not None
        ):
            s = m.start(1)
            posts = tuple(post.split("、"))  # (某某为某法院副院长、审判委员会委员: one person's posts)
            col.add(Mention(PERSON, name, s, s + len(name), posts, title_org(posts[0]), "title", 0.85))
            appointed.append((s, m.start(3)))

    # 2. jieba person candidates.
    nr_flags = {f for f in set(flags) if f.startswith("nr")}
    for idx in _where(map(nr_flags.__contains__, flags)):
        t = toks[idx]
        if t.word in credits:
            continue
        w = t.word
        if w in GAZ or t.flag == "ns" or _SCHOOL_YEAR.fullmatch(w):
            continue  # (高二|(6)班: a school year, which jieba tags a name)
        if len(w) == 3 and w[0] == "由" and w not in word_tag:
            # 会议|由侯盛|主持: jieba glued the preposition to a two-character name (由 is a rare surname)
            name = w[1:]
            if (
                looks_like_name(name, word_tag, strict=True)
                and name not in credits
                and _name_may_precede(starts.get(t.end))
            ):
                col.add(Mention(PERSON, name, t.start + 1, t.end, method="jieba", confidence=0.5))
            continue
        if (
            (t.flag in ("nrt", "nrfg") or word_tag.get(w, "")[:2] == "nr")
            and len(w) >= 3
            and not is_surname_start(w)
        ):
            if (
                all(_cjk(c) for c in w)
                and not w.endswith(_PLACE_SUFFIX)
                and word_tag.get(w, "nr")[:2] == "nr"
                and not _REGION_AFTER.match(text, t.end)
                and _looks_foreign(w, word_tag, freq)
            ):
                col.add(Mention(PERSON, w, t.start, t.end, method="jieba", confidence=0.55))
            continue
        prev = toks[idx - 1] if idx else None
        if (
            len(w) == 1
            and _rare_head_name(text, idx, toks, starts, word_tag, freq)
            and prev.word + w not in credits
        ):
            # 某国|琳说: a surname and the given name's first character that jieba's dictionary
            # holds as a rare word, and the last character it tags a name
            col.add(Mention(PERSON, prev.word + w, prev.start, t.end, method="jieba", confidence=0.5))
            continue
        if (
            len(w) == 2
            and prev is not None
            and len(prev.word) == 2
            and prev.word[0] in _GLUED_BEFORE_SURNAME
            and prev.word[1] in _SINGLE
            and _rare_word(prev.word, freq)
            and looks_like_name(prev.word[1] + w, {})
            and prev.word[1] + w not in credits
        ):
            # 参加的有付|云英、: jieba made a word of a function word and the surname, none of its
            # dictionary's, and read the given name alone as a name
            col.add(Mention(PERSON, prev.word[1] + w, prev.start + 1, t.end, method="jieba", confidence=0.5))
            continue
        if (
            len(w) == 2
            and prev is not None
            and prev.word in _FUNCTION_SURNAMES_MORE
            and prev.flag in ("p", "r", "d")
            and idx >= 2
            and _person_word_before(toks[idx - 2])
            and (_name_may_precede(nxt := starts.get(t.end)) or nxt.flag in ("i", "l"))
            and looks_like_name(prev.word + w, word_tag)
            and prev.word + w not in credits
        ):
            # 民警|于|某某、, 运动员|于|某某|当: a surname jieba reads as a preposition or a
            # pronoun, right after a person's post or kind (or the 、 of a list of them), and a
            # given name it reads as a name of its own
            col.add(Mention(PERSON, prev.word + w, prev.start, t.end, method="jieba", confidence=0.5))
            continue
        # 毛 + 文明: a single surname token before a two-character given name (上官 + 文彤: a
        # compound one jieba tags a noun).
        if (
            prev is not None
            and ((len(prev.word) == 1 and prev.word in _SINGLE) or prev.word in _COMPOUND)
            and len(w) == 2
            and prev.flag in ("nr", "ng", "n", "x", "v", "a", "nrfg", "q", "m", "j", "zg", "g")
            and not _CLASS_GLUED.match(text, prev.start)  # (3班|某某: the class, not the surname 班)
            and (
                idx < 2
                or not _cjk(toks[idx - 2].word[-1])
                or toks[idx - 2].flag in _LEFT_OK
                or toks[idx - 2].word in _POSTS_SET
            )
        ):
            name = prev.word + w
            if looks_like_name(name, {}) and name not in credits:
                col.add(Mention(PERSON, name, prev.start, t.end, method="jieba", confidence=0.55))
                continue
        n = name_length_at(text, t.start, starts, word_tag, freq=freq)
        if not n:
            continue
        if len(w) >= 4 and len(w) - n == 1 and w in word_tag and w[:n] not in word_tag:
            # 万紫千|红, 乌云密|布: jieba's dictionary tags set phrases nr; a name does not leave
            # one character of one behind (邓某某|理论 leaves a word)
            continue
        if t.flag == "nrt" and n < len(w) >= 4:
            continue  # 纳什维|尔: a transcribed foreign name that starts like a surname is not cut
        name = text[t.start : t.start + n]
        if name in known:
            col.add(Mention(PERSON, name, t.start, t.start + n, method="lexicon", confidence=0.95))
            continue
        if is_surname_start(name) == 1 and _word_then_part(name, word_tag):
            continue  # 林子|里, 麻醉|科: a word and a locative or a unit, tagged a name
        if len(name) == 2 and name[0] in _WORD_SURNAMES:
            continue  # 党恩似海: a word, not a name of a surname that is also one
        if (
            not looks_like_name(name, word_tag, strict=True)
            and not _jieba_names_it(name, t, word_tag, freq, starts.get(t.start + n))
        ) or (name in credits):
            continue
        if name in word_tag and len(name) == 2:
            # a dictionary word jieba tags nr (智慧, 安静): only where a name can stand
            pw = prev.word if prev is not None else ""
            left_ok = (
                prev is None
                or (not _cjk(pw[-1]) and pw[-1] not in "“‘「『")
                or pw in _NAME_LEFT
                or pw in _POSTS_SET
                or (prev.flag.startswith("nr") and len(pw) >= 2)
            )
            nxt = starts.get(t.start + n)
            right_ok = (
                nxt is None
                or (nxt.word[0] in "，。；：" and (prev is None or not _cjk(pw[-1]) or pw in _NAME_LEFT))
                or nxt.word in _POSTS_SET
                or (nxt.flag.startswith("v") and nxt.word not in ("是",))
                or (nxt.flag == "p" and nxt.word in ("在", "对", "向", "同", "从", "于", "就"))
                or (nxt.flag.startswith("nr") and len(nxt.word) >= 2)
                or _adverb_then_act(nxt, starts)
            )
            if not (left_ok and right_ok):
                continue
            if freq.get(name, 0) >= _COMMON_NR_FREQ and not (
                pw in _POSTS_SET
                # (a list's member: a name ends it, not a word that runs on: 、智慧|导览等)
                or (pw == "、" and (nxt is None or nxt.word[0] in "、，。；：等"))
                or (prev is not None and prev.flag.startswith("nr") and len(pw) >= 2)
                or _SPEECH.match(text, t.start + n)
                or (_adverb_then_act(nxt, starts) and _SPEECH.match(text, nxt.end) is not None)
                or text.startswith("、", t.start + n)
                or ((prev is None or not _cjk(pw[-1])) and _SPEAKS_AT.match(text, t.start + n) is not None)
            ):
                continue  # 向安静处走: a common word the dictionary tags nr needs a name's context
        elif len(name) == 2:
            if not (_name_may_follow(prev) and _name_may_precede(starts.get(t.start + n))):
                continue
        elif name not in word_tag and word_tag.get(name[-2:], "").startswith("v") and len(name) == 3:
            continue  # T梁浇筑: a verb glued to a surname-like character
        if name[0] == "向" and name[1] in "东南西北" and name not in known:
            continue  # 沿某路向东走: a direction (向 is a rare surname); after a post the title rules hold
        nxt = starts.get(t.start + n)
        if _inside_noun_phrase(name, prev, nxt, word_tag) or (
            not _not_common(name, word_tag, freq)
            and not _framed_name(name, t, prev, nxt, word_tag, freq, starts)
        ):
            continue
        if len(name) == 3 and _noun_tail_unframed(name, prev, nxt, word_tag, freq):
            continue
        if _THING_AFTER.match(text, t.start + n):
            continue  # 考察了某鸣谷项目: what a project or a park is called, not a person
        if name not in known and _jieba_junk(name, text, t.start, word_tag, freq):
            continue
        conf = 0.6 if len(name) >= 3 else 0.5
        col.add(Mention(PERSON, name, t.start, t.start + n, method="jieba", confidence=conf))

    # 2b. A clan's village jieba reads as one word, a name or a noun (来到某家庄，): the name rules
    # refuse what ends as places do, and the suffix rule wants 村 after it.
    for m in _CLAN_VILLAGE_RE.finditer(text) if "家" in text else ():
        t = starts.get(m.start())
        if (
            t is not None
            and t.end == m.start() + 3
            and is_surname_start(t.word) == 1
            and not text.startswith("村", t.end)
        ):
            col.add(Mention(PLACE, t.word, t.start, t.end, method="suffix", confidence=0.55))
    # (or cut as 某家|营, the end a word of its own, then a clause's edge, a verb, a preposition)
    for idx in _where(map(_CLAN_VILLAGE_END.__contains__, words)):
        if idx and _clan_village(words[idx - 1] + words[idx]) and is_surname_start(words[idx - 1]) == 1:
            t = toks[idx]
            if _name_may_precede(starts.get(t.end)) and not text.startswith("村", t.end):
                col.add(
                    Mention(
                        PLACE, words[idx - 1] + t.word, t.start - 2, t.end, method="suffix", confidence=0.55
                    )
                )

    # 2c. A mountain, lake, river or gorge jieba's model reads as a name (翠屏山: nr) whose first
    # character is no surname, standing alone (not 某某湖|公园, found by its own suffix).
    for m in _FEATURE_NAME_RE.finditer(text):
        t = starts.get(m.start())
        if t is None or t.end != m.start() + 3 or not _natural_feature_name(t.word, t.flag):
            continue
        nxt = starts.get(t.end)
        if nxt is None or not nxt.word.endswith(tuple(_PLACE_SUFFIXES)):
            col.add(Mention(PLACE, t.word, t.start, t.end, method="suffix", confidence=0.55))
    # (or cut as a proper name and the feature's character, 某农|山, 某林|峡, then a clause's edge,
    # a verb, a preposition, a locative)
    for idx in _where(map(_FEATURE_CHARS.__contains__, words)):
        if not idx:
            continue
        p, t = toks[idx - 1], toks[idx]
        nxt = starts.get(t.end)
        if (
            len(p.word) == 2
            and p.flag in ("ns", "nz", "nr", "j")
            and _all_cjk(p.word)
            and not is_surname_start(p.word)
            and p.word[0] not in _FUNCTION_CHARS
            and p.word not in GAZ  # (某县|河: a river named after its county is the suffix rule's)
            and not all(c in _TRANSLIT for c in p.word)
            # (比|佛利|山: a lone character before it is a piece of a longer name)
            and (idx < 2 or len(toks[idx - 2].word) > 1 or toks[idx - 2].flag in _FEATURE_RIGHT)
            and (nxt is None or not _cjk(nxt.word[0]) or nxt.flag in _FEATURE_RIGHT)
        ):
            col.add(Mention(PLACE, p.word + t.word, p.start, t.end, method="suffix", confidence=0.55))

    # 2b. A pupil named after the class (高二(6)班某某以…, 3班某某、): the longest name that ends
    # where a word does, before what may follow a name.
    for m in _CLASS_GLUED.finditer(text) if "班" in text else ():
        ns = m.end()
        for n in (4, 3, 2):
            name, e = text[ns : ns + n], ns + n
            if (
                len(name) == n
                and is_surname_start(name) + 2 >= n
                and (e in starts or e == len(text))
                and (_bounded_after(text, e, starts) or _name_may_precede(starts.get(e)))
                and looks_like_name(name, word_tag)
                and name not in credits
            ):
                col.add(Mention(PERSON, name, ns, e, method="class", confidence=0.6))
                break

    # 3. Speech and role verbs after a name: ，”刘芳说 / 陈强说 / 学生陈强说.
    tok_end = dict(zip(tok_at.bounds[1:], count()))  # where a token ends -> its index
    for m in _SPEECH.finditer(text):
        b = m.start()
        # 陶峰|明说，: jieba joined a three-character name's last character to 说 (明说, 超说)
        glued = (
            m.group() == "说"
            and b - 1 in starts
            and starts[b - 1].end == b + 1
            and text[b - 1] not in _NOT_GIVEN_BEFORE_SAY
            and _SAID_THEN.match(text, b + 1) is not None
        )
        if not glued and (
            b not in starts
            or not starts[b].word.startswith(m.group())
            or len(starts[b].word) > len(m.group()) + 1
        ):
            continue  # 称号, 说明: the verb must stand as a word
        if (
            b >= 3
            and text[b - 1] == "地"
            and b - 1 in tok_end
            and (how := toks[tok_end[b - 1]]).flag[0] in "adv"
        ):
            b = how.start  # 某某激动地说: how the name speaks stands between them
        elif b in tok_end and (adverb := toks[tok_end[b]]).word in _ACT_ADVERBS:
            b = adverb.start  # 某某也表示, 某某随即说: an adverb of the act between them
        for n in (3,) if glued else (3, 2, 4):
            s = b - n
            if s < 0 or (b != m.start() and (t0 := starts.get(s)) and t0.flag == "v" and t0.end == s + 1):
                continue  # (逢|人|就说: a verb, then whom)
            name = text[s:b]
            if (n == 4 and name[:2] not in _COMPOUND) or (n == 3 and name[0] == "由"):
                continue  # (由某某带队: the preposition, not the rare surname)
            if name[-1] == "地" and word_tag.get(name[:-1], "nr")[:2] != "nr":
                break  # (，敏锐地|指出: how it is said, in one word with its 地, and no name)
            if (
                s == 0
                or text[s - 1] in _PUNCT
                or text[s - 1] in "”"
                or (text[s - 1] == "由" and m.group() in _LED_BY)  # 会议由某某主持
                or (text.endswith("岁的", 0, s) and s >= 3 and text[s - 3].isdigit())  # 82岁的某某老人
                or _person_kind_before(s, tok_end, toks)
            ) and looks_like_name(name, word_tag, strict=True, freq=freq):
                if name not in credits and not _CLASS_GLUED.match(text, s):  # ((2)班学生参加: a class)
                    col.add(Mention(PERSON, name, s, b, method="speech", confidence=0.7))
                break

    # 4. Lists joined by 、 where at least one member is a person.
    persons_now = {mm.text for mm in col.items.values() if mm.type == PERSON} | known
    for run in finditer_near(_LIST_RUN, _LIST_COMMA, 6, text):
        parts = run.group().split("、")
        offs = []
        o = run.start()
        for p in parts:
            offs.append(o)
            o += len(p) + 1
        members: list[tuple[str, int]] = []
        # the first member may be glued to the words before it (会见了张三、李四): take its end
        first, f0 = parts[0], offs[0]
        for n in (3, 2):
            if len(first) >= n and (f0 + len(first) - n) in starts and looks_like_name(first[-n:], word_tag):
                members.append((first[-n:], f0 + len(first) - n))
                break
        else:
            members.append(("", f0))
        members.extend(
            (
                p
                if (looks_like_name(p, word_tag) or _he_given(p, word_tag)) and not _quality_word(p, word_tag)
                else "",
                off,
            )
            for p, off in zip(parts[1:-1], offs[1:-1], strict=True)
        )
        last_n = name_length_at(text, offs[-1], starts, word_tag, freq=freq)
        last = parts[-1][:last_n] if last_n else ""
        members.append(
            (
                last
                if last and looks_like_name(last, word_tag) and not _quality_word(last, word_tag)
                else "",
                offs[-1],
            )
        )
        good = [m for m in members if m[0]]
        if len(good) < 2 or len(good) * 3 < len(members) * 2:
            continue
        tail = text[offs[-1] + len(last) : offs[-1] + len(last) + 2]
        if (
            sum(nm in persons_now for nm, _ in good) >= 1
            or tail[:1] == "等"
            or tail in ("参加", "出席", "陪同", "一行", "同志")
            or (
                len(good) == len(members)
                and all(
                    word_tag.get(nm, "nr").startswith("nr") and not _word_head(nm, word_tag, freq)
                    for nm, _ in good
                )
            )
        ):
            for nm, off in good:
                if nm not in credits:
                    col.add(Mention(PERSON, nm, off, off + len(nm), method="list", confidence=0.75))
            if sum(nm in persons_now for nm, _ in good) >= 2:
                # a member of a list of people whose surname is too rare to know (某甲、姒某某、某乙)
                for (nm, off), p in zip(members, parts, strict=True):
                    if not nm and off != offs[0] and _rare_surname_member(text, p, off, starts, word_tag):
                        col.add(Mention(PERSON, p[:3], off, off + 3, method="list", confidence=0.6))

    # 4b. A photo's caption (某某（左）) and a name joined to a person's by 和 / 与 (某某和某某).
    if "（" in text or "(" in text:
        for m in _CAPTION.finditer(text):
            e = m.start()
            for n in (3, 2):
                s = e - n
                name = text[s:e]
                if s >= 0 and s in starts and looks_like_name(name, word_tag) and name not in credits:
                    col.add(Mention(PERSON, name, s, e, method="caption", confidence=0.7))
                    break
    if "（" in text or "(" in text:
        _unit_roster(text, word_tag, credits, col)
        _members_with_posts(text, word_tag, credits, col)
    if "：" in text or ":" in text:
        _posts_with_colon(text, word_tag, credits, col)
    roster = list(_ROSTER_ENTRY.finditer(text)) if "\u3000" in text or " " in text else []
    if len(roster) >= 2:  # a notice's list: 某某　某村种植户, a name and a space at each line's start
        for m in roster:
            name, s = m.group(1), m.start(1)
            if s in starts and looks_like_name(name, word_tag, freq=freq) and name not in credits:
                entry = _roster_titles(text, m.end(), toks, tok_end)
                titles = tuple(t for t, _ in entry)
                org = title_org(titles[0]) if titles else None
                col.add(Mention(PERSON, name, s, m.end(1), titles, org, method="roster", confidence=0.75))
                for t, ts in entry:
                    if (o := title_org(t)) and text.startswith(o, ts):  # (a post's own body: 某村党支部)
                        col.add(Mention(ORGANISATION, o, ts, ts + len(o), method="title", confidence=0.7))
    if "男" in text or "女" in text:
        for m in _PROFILE.finditer(text):  # 某某，男，汉族，1975年5月出生: a person's particulars
            name, s = m.group(1), m.start(1)
            if not (looks_like_name(name, word_tag) or _particulars_name(name, word_tag)) or name in credits:
                continue
            # the posts the particulars say the person holds now (现任某县教育局局长)
            line_end = text.find("\n", m.end())
            holds = _NOW_HOLDS.search(text, m.end(), line_end if line_end >= 0 else len(text))
            titles = tuple(
                t for t in (holds.group(1).split("、") if holds else ()) if t.endswith(_POSTS_TUPLE)
            )
            org = title_org(titles[0]) if titles else None
            col.add(Mention(PERSON, name, s, m.end(1), titles, org, method="profile", confidence=0.8))
    for mm in [m for m in col.items.values() if m.type == PERSON]:
        j = mm.end
        caption = _CAPTION.match(text, j)
        if caption is not None:
            j = caption.end()  # 某某（左）与某某交流
        if j >= len(text) or text[j] not in _JOINING or j + 1 not in starts:
            continue
        n = name_length_at(text, j + 1, starts, word_tag)
        name, e = text[j + 1 : j + 1 + n], j + 1 + n
        if (
            n
            # a dictionary word only when it is a rare name (not 某某及|哈佛)
            and word_tag.get(name, "nr").startswith("nr")
            and freq.get(name, 0) < _COMMON_NR_FREQ
            and (e in starts or e == len(text))
            and looks_like_name(name, word_tag, strict=True)
            # the name ends at a word, not in front of one character that may be its own (某某和某某|一起)
            and (_name_may_precede(starts.get(e)) or len(starts[e].word) >= 2)
            and name not in credits
        ):
            col.add(Mention(PERSON, name, j + 1, e, method="list", confidence=0.6))

    # Foreign names jieba cut in pieces (施图岑|贝格, 赖|尔登): a run of transcription-only name tokens.
    pieces = (
        k
        for k in _where(map(_FOREIGN_PIECE_FLAGS.__contains__, flags) if "nrt" in flags else ())
        if all(c in _TRANSLIT for c in toks[k].word) and toks[k].word not in GAZ
    )  # (a run needs an nrt token)
    for run in _runs(pieces):
        first, last = run[0], run[-1]
        if len(run) >= 2 and any(toks[k].flag == "nrt" for k in run):
            nm = text[toks[first].start : toks[last].end]
            if 3 <= len(nm) <= 10 and nm not in credits and not _REGION_AFTER.match(text, toks[last].end):
                col.add(
                    Mention(PERSON, nm, toks[first].start, toks[last].end, method="foreign", confidence=0.55)
                )

    # Foreign names joined by a middle dot: 约翰·拉贝.
    for k in _where(map("·".__eq__, words) if "·" in text else ()):
        if k == 0 or k + 1 >= len(toks):
            continue
        t = toks[k]
        left, right = toks[k - 1], toks[k + 1]
        if not (left.word.isalpha() and right.word.isalpha() and _cjk(left.word[0]) and _cjk(right.word[0])):
            continue
        a, j = left.start, k - 1
        while j > 0 and ((toks[j - 1].word == "·" and j > 1) or _dotted_head_part(toks[j - 1])):
            # 某某·某某·某某, 埃米|利奥·莱沃洛, 某娜|古丽·某某: earlier parts of the name
            j -= 2 if toks[j - 1].word == "·" else 1
            a = toks[j].start
        if j == k - 1 and len(left.word) == 1:
            # 牧民某|和·某某: jieba took the first part's last character for a word of its own; the
            # characters before it that are no word of the sentence are the rest of the part
            while (
                j > 0
                and a - toks[j - 1].start <= 3
                and len(toks[j - 1].word) == 1
                and _cjk(toks[j - 1].word)
                and toks[j - 1].word not in _AFTER
                and toks[j - 1].flag[0] not in _DOT_PART_STOP
            ):
                j -= 1
                a = toks[j].start
        e, j = right.end, k + 1
        while j + 1 < len(toks) and (
            _dotted_tail_char(toks[j + 1])
            or (toks[j + 1].flag in ("nr", "nrt") and all(c in _TRANSLIT for c in toks[j + 1].word))
            or (
                toks[j + 1].flag in ("ns", "nrt", "nz")  # not nr: a Chinese name listed after it
                and len(toks[j + 1].word) >= 2
                and toks[j + 1].word not in GAZ
                and _transcribed(toks[j + 1].word)
            )  # 赖|尔登, 乌维|利亚: a last piece jieba tags a place or with an odd character
            or (toks[j + 1].word == "·" and j + 2 < len(toks) and _cjk(toks[j + 2].word[0]))
        ):
            j += 2 if toks[j + 1].word == "·" else 1
            e = toks[j].end
        if text[e - 1] == "说" and text[e - 3] not in _NAME_DOTS:
            e -= 1  # 某某·某孜说: jieba glued the verb to the last part
        nm = text[a:e]
        core_chars = nm.replace("·", "")
        if (
            len(core_chars) >= 3
            and (_transcribed(core_chars) or _mongolian_dotted(core_chars) or _turkic_dotted(core_chars))
            and nm not in credits
        ):
            col.add(Mention(PERSON, nm, a, e, method="foreign", confidence=0.6))

    if "·" in text:
        _listed_after_dotted(text, col, starts, word_tag, freq, credits)

    # Titles after the name: 孙立是驻东城街道某村第一书记 / 郑海，是某村驻村第一书记.
    for key, mm in list(col.items.items()):
        if mm.type != PERSON:
            continue
        am = _IS_TITLE.match(text, mm.end)
        if am and POST_RE.search(am.group(1)) and POST_RE.search(am.group(1)).end() == len(am.group(1)):
            extra = am.group(1)
            if extra not in mm.titles:
                col.items[key] = replace(mm, titles=(*mm.titles, extra))

    # After who the person is, a surname alone and a two-character given name, however jieba
    # tags them: 学生项|俊杰 (the given name a name of its own, the surname a common word: not
    # 护士|和|孤儿们), 种粮大户某|丰收|流转…, 市民某|建平|说 (the given name a rare word, then an act or
    # what is said)
    for k in _where(map(_SINGLE.__contains__, words)):
        if k == 0 or k + 1 >= len(toks) or len(toks[k + 1].word) != 2:
            continue
        p, t = toks[k], toks[k + 1]
        nxt = toks[k + 2] if k + 2 < len(toks) else None
        if t.flag in _GIVEN_FLAGS:
            given = (
                not is_surname_start(t.word)
                and not p.flag.startswith("nr")
                and p.flag not in ("c", "p", "u", "uj", "d", "r", "f")
                and not text.startswith("们", t.end)
                and (nxt is None or not nxt.flag.startswith(("n", "a")))
            )
        else:
            given = (
                toks[k - 1].flag[:1] in "nqvag"  # (who the person is, right before)
                and p.flag not in _NOT_SURNAME_FLAGS
                and _all_cjk(t.word)
                and t.flag in ("v", "n", "a", "nz", "ns", "vn")
                and freq.get(t.word, 0) < (2000 if _SPEECH.match(text, t.end) else 500)
                and (
                    nxt is None
                    or not _cjk(nxt.word[0])
                    or nxt.flag.startswith(("v", "z", "d"))
                    or nxt.word in ("在", "是")
                )
            )
        name = p.word + t.word
        if (
            given
            and name not in credits
            and (PERSON, p.start, t.end) not in col.items
            and _kind_title(text, p.start, toks, tok_end) is not None
        ):
            col.add(Mention(PERSON, name, p.start, t.end, method="jieba", confidence=0.5))

    # Who a person is, printed before the name where no post is: 市民某某, 退休教师某某; with what
    # a 、 joins before it (老党员、退休教师某某; 某组成员、市人大代表某某).
    for key, mm in list(col.items.items()):
        if mm.type != PERSON:
            continue
        titles, s = list(mm.titles), mm.start
        if titles:
            printed = "、".join(titles)
            if not (text.endswith(printed, 0, s) and text.endswith("、", 0, s - len(printed))):
                continue
            s -= len(printed) + 1
        while (kind := _kind_title(text, s, toks, tok_end)) is not None and kind[0] not in titles:
            titles.insert(0, kind[0])
            s = kind[1] - 1
            if s < 1 or text[s] != "、":
                break
        if len(titles) > len(mm.titles):
            col.items[key] = replace(mm, titles=tuple(titles))

    # A group post before a list is everyone's: 区领导钱进、吴梅出席, 民警某某、某某等人.
    for mm in [
        x
        for x in col.items.values()
        if x.type == PERSON
        and x.titles
        and (x.titles[-1].endswith("领导") or x.titles[-1] in _COLLECTIVE_POSTS)
    ]:
        pos, post = mm.end, mm.titles[-1]
        while pos < len(text) and text[pos] == "、":
            nxt = next(
                (x for x in col.items.values() if x.type == PERSON and x.start == pos + 1 and not x.titles),
                None,
            )
            if nxt is None:
                break
            col.items[(PERSON, nxt.start, nxt.end)] = replace(nxt, titles=(post,))
            pos = nxt.end

    turkic_short = (
        _turkic_names(text, toks, starts, word_tag, freq, credits, col) if _TURKIC_TEXT.search(text) else {}
    )
    if _TIBETAN_RE.search(text):
        _tibetan_names(text, _name_heads(toks, col), starts, word_tag, freq, credits, col)
    if _STEPPE_TEXT.search(text):
        _mongolian_names(text, _name_heads(toks, col), starts, word_tag, freq, credits, col)

    # 5. Every further occurrence of a found or known name (at a word boundary). The article's
    # few names are looked up with str.find; the curators' names are one pattern per lexicon,
    # compiled once, not once an article.
    found = {mm.text for mm in col.items.values() if mm.type == PERSON} - known - credits
    occurrences = [_name_spans(text, found)]
    lexicon_rx = _names_rx(lexicon.known_persons) if lexicon else None
    if lexicon_rx is not None:
        occurrences.append([m.span() for m in lexicon_rx.finditer(text)])
    for spans in occurrences:
        for s, e in spans:
            name = text[s:e]
            if name in credits:
                continue
            if s not in starts and not (s in tok_at and toks[tok_at[s]].flag.startswith("nr")):
                continue
            if e < len(text) and e not in starts and text[e] not in _AFTER:
                continue
            meth = "lexicon" if name in known else "repeat"
            col.add(Mention(PERSON, name, s, e, method=meth, confidence=0.95 if meth == "lexicon" else 0.6))

    if turkic_short:
        _turkic_short_forms(text, turkic_short, col)

    # 5b. A post the person is elected to or takes (某某当选区总工会主席, 某某担任组长): the person's title.
    for held in [mm for mm in col.items.values() if mm.type == PERSON]:
        m = _TAKES_POST.match(text, held.end)
        posts = tuple(_takes_post_titles(m.group(1))) if m is not None else ()
        if posts:
            titles = held.titles + tuple(t for t in posts if t not in held.titles)
            col.items[(PERSON, held.start, held.end)] = replace(
                held, titles=titles, organisation=held.organisation or title_org(titles[0])
            )

    _titles_after_list(text, col)

    _orgs_and_places(text, toks, words, flags, starts, tok_at, tok_end, word_tag, freq, col, lexicon)
    if _VENUE.search(text):
        _venues(text, toks, tok_end, word_tag, col)
    _bodies_of_units(toks, words, tok_end, col)
    _joined_bodies(toks, words, col)
    _mass_bodies(text, starts, col)
    if "共青团" in text:
        _league_committees(text, col)
    if "中共" in text:
        _party_committees(text, col)
    for m in _LEAGUE_SHORT.finditer(text) if "团" in text else ():
        # 团县委, 团市委: the Youth League's committee by its short name, one word to jieba
        t = starts.get(m.start())
        if t is not None and t.end == m.end():
            col.add(Mention(ORGANISATION, m.group(), m.start(), m.end(), method="short", confidence=0.7))
    _from_place_starts(text, col)
    _shared_posts(text, col)
    _fuller_organisations(col)
    out = _drop_overlaps(sorted(col.items.values(), key=lambda x: (x.start, -x.end)))
    out = [
        m
        for m in out
        if not (m.type == PERSON and _pseudonym(m.text))
        and not (m.type == ORGANISATION and m.text.endswith("协商会"))  # (a meeting, not a 商会)
    ]
    out = _rare_first_characters(text, out, starts)
    unlikely = {
        m.text for m in out if m.type == PERSON and m.method == "jieba" and _no_person_here(text, m, word_tag)
    }
    if unlikely:
        unlikely -= {m.text for m in out if m.type == PERSON and m.method not in ("jieba", "repeat")}
        out = [m for m in out if not (m.type == PERSON and m.text in unlikely)]
    out = _place_parents(_with_parents(_settle_orgs(text, out, toks, word_tag)))
    if "简称" in text or "下称" in text or "（" in text or "(" in text:
        out = _declared_short_forms(text, out, frozenset(bounds))
    if "原" in text or "——记" in text:
        out = [_trimmed(text, m, word_tag) for m in out]
    for name_at, post_at in appointed:
        # (任命|某某|为|某法院: the body starts after the name and 为, not before the name)
        out = [
            replace(m, text=text[post_at : m.end], start=post_at)
            if m.type == ORGANISATION and m.start <= name_at < post_at < m.end
            else m
            for m in out
        ]
    if appointed:
        out.sort(key=lambda x: (x.start, -x.end))
    own = stems | _stems_of(out, word_tag, freq)
    if own:
        out = _bare_stems(text, out, own, toks, tok_at)
    credited = list({(c.start, c.end): c for c in credited}.values())  # (记者某某摄: found twice)
    return out, toks, _drop_overlaps(sorted(credited, key=lambda x: (x.start, -x.end)))


# Characters before a place that are never its name's first: what points, counts or joins
# (在, 各, 本市, 两县), the levels themselves, and the directions' neighbours of a sentence.
_NOT_NAME_HEAD = frozenset(
    "在于的和与及或到从向往是为被把将由对给让各全本我该每此其这那一二三四五六七八九十两几多等、"
    "省市县区乡镇村街路里外内中上下前后新老大小"
    "沿经至赴抵去来回住驻进出离近绕临靠过入返达"  # (where one goes: 沿某路, 赴某县)
)


# Common words a body's or place's name found by its suffix may start with (老师|某大学: a
# title before it; 城区: the urban area).
_COMMON_HEADS = frozenset({"老师", "同志", "先生", "女士", "城区", "社区", "农村", "城市", "乡村"})
# Last characters of names of places and bodies: such a character before a name ends the one
# before it (某花园|蔬菜合作社), it does not begin this one.
_NAME_END_CHARS = frozenset("园店厂站所馆院室社局委会处队团司场庄湾湖池山河江桥路街巷坊寨屯营沟坪港岛林田")


def _rare_first_characters(text: str, out: list[Mention], starts: dict[int, Tok]) -> list[Mention]:
    """A place or body whose name begins with a character jieba split off as a word of its own
    (栖|云区, 槐|宁市, 溪|岭湖水库: a rare first character the dictionary does not join): the
    mention starts one character earlier, where that character is no word that points, counts or
    joins and belongs to no mention before it; so does a body read off a post and the title that
    started with the name."""
    taken = {i for m in out for i in range(m.start, m.end)}
    result = []
    moved: dict[int, str] = {}  # where a name started -> the character it now starts with
    for m in out:
        s = m.start
        first = starts.get(s)
        lone = starts.get(s - 1) if s >= 1 else None
        if (
            m.type in (PLACE, ORGANISATION)
            and (m.method in ("jieba", "suffix") or (m.type == ORGANISATION and m.method == "title"))
            and first is not None
            and len(first.word) == 2
            and first.flag in ("ns", "nr", "nrt", "nz", "n")  # (not 民进, 民建: a party's short name)
            and first.word not in _COMMON_HEADS
            and lone is not None
            and len(lone.word) == 1
            and _cjk(lone.word)
            and lone.word not in _NOT_NAME_HEAD
            # (a bound morpheme jieba tags vg, ng, ag is no word of its own: 栖|凤区)
            and (lone.flag[:1] not in "vpcudmqr" or lone.flag.endswith("g"))
            and lone.word not in _NAME_END_CHARS
            and s - 1 not in taken
            # (not the second of two lone characters: 某|平|职业技术学院 is a name cut in two)
            and (
                s < 2
                or not _cjk(text[s - 2])
                or len(getattr(starts.get(s - 2), "word", "xx")) != 1
                or text[s - 2] in _NOT_NAME_HEAD
            )
        ):
            m = replace(m, text=lone.word + m.text, start=s - 1)
            moved[s] = lone.word
        result.append(m)
    if not moved:
        return result
    for i, m in enumerate(result):
        # a title that started where the name did starts with it (予|宁区公安分局副局长某某)
        if m.type != PERSON or not m.titles:
            continue
        ts = m.start - len(m.titles[0])
        if ts in moved and text[ts : m.start] == m.titles[0]:
            result[i] = _title_headed(m, moved[ts])
    return result


def _trimmed(text: str, m: Mention, word_tag: dict) -> Mention:
    """A body or a place without what jieba glued before its name: 原 (the former 某某机床厂) and
    the 记 of a feature's sub-title (——记某某社区…)."""
    if m.type not in (ORGANISATION, PLACE) or len(m.text) < 4:
        return m
    if (
        m.type == ORGANISATION
        and m.text[0] == "原"
        and m.text[:2] not in word_tag
        and m.text[:2] not in GAZ
        and m.text[:3] not in GAZ
    ):
        return replace(m, text=m.text[1:], start=m.start + 1)
    if m.text[0] == "记" and text.endswith("——", 0, m.start):
        return replace(m, text=m.text[1:], start=m.start + 1)
    return m


# A city's or a county's own short name (某某市 -> 某某): a paper prints its city and counties bare
# (秋天的某川, 某川蜜桔, 到某门投资兴业) once it, or the page, has named them in full. The
# gazetteer knows the real ones; these are the ones it does not (a new county, a renamed city), read
# from the text itself: a two-character stem of a place or body named 某某市 / 某某县 whose level
# jieba does not join into a word (城市, 超市) and which is no common word itself.
_STEM_LEVELS = "市县"
_STEM_WATERS = "河江湖"  # (the city's river: 某某河, named after it)
_STEM_FLAGS = ("ns", "n", "nr", "nrt", "nrfg", "nz", "j")  # (a common noun too: 某石县, 某门县)


def place_stems(mentions: Iterable[Mention], lexicon: Lexicon | None = None) -> frozenset[str]:
    """The short names the text's places and bodies give by their level (某某市, 某某县人民医院)."""
    from .tokenizer import tokenizer_for

    pos = tokenizer_for(lexicon)  # (the extraction's own: one tokenizer is cached at a time)
    return _stems_of(mentions, pos.word_tag_tab, pos.tokenizer.FREQ)


def _stems_of(mentions: Iterable[Mention], word_tag: dict[str, str], freq: dict[str, int]) -> frozenset[str]:
    out = set()
    for m in mentions:
        t = m.text
        if (
            m.type in (PLACE, ORGANISATION)
            and len(t) >= 3
            and t[2] in _STEM_LEVELS
            and _cjk(t[0])
            and _cjk(t[1])
            and freq.get(t[1:3], 0) < 500  # (城市, 超市, 都市: a word, no level)
            and word_tag.get(t[:3], "ns") == "ns"
            and t[:2] not in GAZ
            and t[:3] not in GAZ
            and word_tag.get(t[:2], "ns") in _STEM_FLAGS
        ):
            out.add(t[:2])
    return frozenset(out)


def _bare_stems(
    text: str, out: list[Mention], stems: frozenset[str], toks: list[Tok], tok_at: _TokenAt
) -> list[Mention]:
    """Each bare use of a stem where no longer name holds it is a place; a name jieba read into it
    (某某至 as a person, a surname glued before it) is none, unless a post or a curator names it."""
    names = [m for m in out if m.type in (ORGANISATION, PLACE)]
    persons = [m for m in out if m.type == PERSON]
    wrong: set[str] = set()
    added: list[Mention] = []
    for m in re.finditer("|".join(map(re.escape, sorted(stems, key=len, reverse=True))), text):
        s, e = m.span()
        if e < len(text) and text[e] in "市县区":
            continue  # (某某市, 某某县: the longer name is found as it is)
        first, last = toks[tok_at[s]], toks[tok_at[e - 1]]
        if (first.start != s and not (first.flag.startswith("nr") and first.start == s - 1)) or (
            last.end != e and not last.flag.startswith("nr")
        ):
            continue  # inside a word of its own
        if (
            e < len(text)
            and text[e] in _STEM_WATERS
            and (e + 1 == len(text) or toks[tok_at[e]].end == e + 1 or last.end == e + 1)
        ):
            e += 1
        if any(n.start <= s and e <= n.end for n in names):
            continue  # (某某电子产业园: inside a longer name)
        held = [p for p in persons if p.start < e and s < p.end]
        if any(p.titles or p.method in ("title", "lexicon", "speech") for p in held):
            continue
        wrong.update(p.text for p in held)
        added.append(Mention(PLACE, text[s:e], s, e, method="gazetteer", confidence=0.6))
    if not added:
        return out
    kept = [m for m in out if not (m.type == PERSON and m.text in wrong)]
    return sorted(kept + added, key=lambda x: (x.start, -x.end))


# Venues: a building or a ground named after its place or its own name (某地体育中心, 某地大剧院,
# 某县影剧院, 市委礼堂) is where things happen, a place; never a body (a hotel is a business: a body).
_VENUE = re.compile(
    "体育中心|会议中心|文化艺术中心|文化中心|艺术中心|会展中心|展览中心|体育馆|体育场|大剧院|剧院|剧场|礼堂|会堂"
)


def _venues(text: str, toks: list[Tok], tok_end: dict[int, int], word_tag: dict, col: _Collector) -> None:
    for m in _VENUE.finditer(text):
        k = tok_end.get(m.end())
        if k is None or (m.start() > 0 and m.start() not in tok_end and toks[k].start > m.start()):
            continue  # (the venue's word starts or ends inside another word)
        j = org_chunk_start(toks, k + 1, 20)
        if toks[j].start >= m.start():
            continue  # 体育馆: a kind, no name before it
        first = toks[j]
        if not (
            _is_place_tok(first)
            or first.word in _LONE_LEVELS
            or first.flag in ("ns", "nz", "nr", "nt", "j")
            or first.word not in word_tag
        ):
            continue  # 新建体育馆, 学校礼堂: a kind of venue, no name
        s = first.start
        col.items.pop((ORGANISATION, s, m.end()), None)
        col.add(Mention(PLACE, text[s : m.end()], s, m.end(), method="suffix", confidence=0.6))


# Bodies a place has, named after it (某村|村委会, 某社区|党支部, 某地|派出所, 某局某区|分局): as
# general words they are kinds (村委会, 派出所), after their place names they are bodies.
_UNIT_BODIES = frozenset(
    {
        *("村委会", "居委会", "村民委员会", "居民委员会", "党支部", "党总支", "支部委员会"),
        *("派出所", "分局", "司法所", "财政所", "供电所", "税务所", "卫生院", "卫生室", "中心校", "法庭"),
        *(n + "中" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")),
    }
)


def _bodies_of_units(toks: list[Tok], words: list[str], tok_end: dict[int, int], col: _Collector) -> None:
    """A unit's body named after the place before it, where jieba has them apart: the place
    found (王家村|村委会) or a place word jieba tags ns (东关|派出所). Printed right after another
    body, the place names a branch of it (某市公安局|东城|分局: one body, the bureau its parent)."""
    hits = [toks[k] for k in _where(map(_UNIT_BODIES.__contains__, words))]
    place_end = {m.end: m for m in col.items.values() if m.type == PLACE}
    for e in place_end:
        # (某街道|司法|所: jieba cut the body's word in two, right after the place)
        b = _UNIT_BODY_RE.match(col.text, e)
        if b is not None and e in tok_end and not any(t.start == e for t in hits):
            hits.append(Tok(b.group(), "n", e, b.end()))
    if not hits:
        return
    org_end = {m.end: m for m in col.items.values() if m.type == ORGANISATION}
    for t in hits:
        place = place_end.get(t.start)
        start = place.start if place is not None else -1
        if place is None:
            k = tok_end.get(t.start)
            prev = toks[k] if k is not None else None
            if prev is None or prev.flag != "ns" or len(prev.word) < 2 or GAZ.get(prev.word) == "country":
                continue
            start = prev.start
        if any(m.type == ORGANISATION and m.start <= start and m.end >= t.end for m in col.items.values()):
            continue  # (东关镇派出所: found whole)
        parent = org_end.get(start)
        if parent is not None and t.word not in ("分局", "派出所", "法庭"):
            parent = None  # (a village's committee after a body is the village's, not the body's)
        if parent is not None:
            start = parent.start
        name = col.text[start : t.end]
        col.add(
            Mention(
                ORGANISATION,
                name,
                start,
                t.end,
                method="suffix",
                confidence=0.6,
                parent=parent.text if parent is not None else None,
            )
        )


_UNIT_BODY_RE = re.compile("|".join(sorted(_UNIT_BODIES, key=len, reverse=True)))


# A word that continues the body printed right before it, and how that body's name ends.
_JOINED_AFTER = {"监委": ("纪委",), "分校": ("中", "学", "学校", "学院"), "分院": ("医院", "学院", "研究院")}


def _joined_bodies(toks: list[Tok], words: list[str], col: _Collector) -> None:
    """A word that continues the body printed right before it (_JOINED_AFTER)."""
    for k in _where(map(_JOINED_AFTER.__contains__, words)):
        # 某市纪委|监委: the joint commission is one body; 某地一中|分校: a school's branch is the
        # school's name and 分校, the school its parent
        t = toks[k]
        before = next(
            (m for m in col.items.values() if m.type == ORGANISATION and m.end == t.start),
            None,
        )
        if before is None or not before.text.endswith(_JOINED_AFTER[t.word]):
            continue
        if t.word == "监委":
            col.items.pop((ORGANISATION, before.start, before.end), None)
            col.add(replace(before, text=before.text + t.word, end=t.end))
        else:
            joined = before.text + t.word
            col.add(Mention(ORGANISATION, joined, before.start, t.end, method="suffix", parent=before.text))


def _league_committees(text: str, col: _Collector) -> None:
    """共青团某市委: the Youth League's committee of the city is one body, neither the League nor
    the city's party committee (nor the 市委 inside it)."""
    for m in [x for x in col.items.values() if x.type == ORGANISATION]:
        if m.start < 3 or not m.text.endswith(_LEAGUE_LEVELS) or not text.startswith("共青团", m.start - 3):
            continue
        inside = [
            k
            for k, x in col.items.items()
            if x.type == ORGANISATION and m.start - 3 <= x.start < x.end <= m.end
        ]
        for k in inside:
            col.items.pop(k)
        col.add(Mention(ORGANISATION, "共青团" + m.text, m.start - 3, m.end, method="suffix", confidence=0.6))


_LEAGUE_LEVELS = ("省委", "市委", "县委", "区委")
_LEAGUE_SHORT = re.compile("团[省市县区]委")


def _party_committees(text: str, col: _Collector) -> None:
    """中共某市委, 中共某县纪委: the Party's committee of a place, printed with 中共 before it, is one
    body (not 中共 and a committee beside it)."""
    for m in [x for x in col.items.values() if x.type == ORGANISATION]:
        if (
            m.start < 2
            or not text.startswith("中共", m.start - 2)
            or not m.text.endswith(("委", "委员会", "党组"))
        ):
            continue
        col.items.pop((ORGANISATION, m.start - 2, m.start), None)
        col.items.pop((ORGANISATION, m.start, m.end), None)
        col.add(replace(m, text="中共" + m.text, start=m.start - 2, method="suffix"))


# People's organisations as every city and county has them, by the short names papers use (市妇联,
# 县科协, 某市工商联): general Chinese usage.
_MASS_BODIES = re.compile(
    r"(?:妇联|文联|残联|科协|侨联|工商联|社科联|关工委|红十字会|慈善总会|计生协|总工会|青联|记协|"
    # the arts associations under the 文联 by their short forms (某市作协, 县书协)
    r"作协|美协|书协|音协|舞协|剧协|曲协|摄协|"
    r"妇女联合会|残疾人联合会|文学艺术界联合会|科学技术协会)"
)


def _mass_bodies(text: str, starts: dict[int, Tok], col: _Collector) -> None:
    """A people's organisation after its level (市|妇联, 县|科协) or its place (某市|工商联), one
    body with them; a level alone before it is no place of its own."""
    place_end = {m.end: m for m in col.items.values() if m.type == PLACE}
    for m in _MASS_BODIES.finditer(text):
        s, e = m.start(), m.end()
        if s not in starts or (e not in starts and e != len(text)):
            continue
        level = starts.get(s - 1) if s >= 1 else None
        start = -1
        if level is not None and level.word in _COUNTED_LEVELS:
            start = s - 1
            place = place_end.get(s - 1)
            if place is not None:
                start = place.start
        elif s in place_end:
            start = place_end[s].start
        if start < 0:
            continue
        col.add(Mention(ORGANISATION, text[start:e], start, e, method="short", confidence=0.7))


def _from_place_starts(text: str, col: _Collector) -> None:
    """A body's name or a title that starts inside a place found whole starts at the place
    (某区待|王街道办事处主任: jieba cut the subdistrict's name, whose place the level found), also
    where the text prints the place's name again and jieba cuts it otherwise there."""
    inside: dict[int, Mention] = {}  # a character inside a place (not its first) -> the place
    found: set[str] = set()
    for m in col.items.values():
        if m.type == PLACE and m.end - m.start >= 3:
            inside.update(dict.fromkeys(range(m.start + 1, m.end), m))
            found.add(m.text)
    if not inside:
        return
    for name in found:
        # the place's name printed again where jieba cut it otherwise (某村位于… 在前|浈村党支部书记):
        # the same name, so the same place
        at = text.find(name)
        while at >= 0:
            if at + 1 not in inside:
                p = Mention(PLACE, name, at, at + len(name))
                inside.update(dict.fromkeys(range(at + 1, at + len(name)), p))
            at = text.find(name, at + 1)
    for key, m in list(col.items.items()):
        if m.type == ORGANISATION:
            p = inside.get(m.start)
            if p is not None and p.end <= m.end and not _COUNTY_START.match(m.text):
                # (not 某乡|某县某某合作社: a body that starts at its own county's name)
                del col.items[key]
                col.add(replace(m, text=text[p.start : m.end], start=p.start))
        elif m.type == PERSON and m.titles:
            title = m.titles[0]
            ts = m.start - len(title)
            p = inside.get(ts)
            if p is None or p.end > m.start or text[ts : m.start] != title:
                continue
            col.items[key] = headed = _title_headed(m, text[p.start : ts])
            org, at = headed.organisation, p.start
            if org is not None and org != m.organisation and text.startswith(org, at):
                col.add(Mention(ORGANISATION, org, at, at + len(org), method="title", confidence=0.7))


def _title_headed(m: Mention, head: str) -> Mention:
    """A person whose first title starts `head` earlier (the first characters of a place jieba cut
    off); an organisation read off the title is read off the longer one (抱坪|乡党委书记: 乡 alone
    named no body, 抱坪乡党委 is the title's)."""
    title, org = m.titles[0], m.organisation
    if org is None or title.startswith(org):
        org = title_org(head + title) or (head + org if org else None)
    return replace(m, titles=(head + title, *m.titles[1:]), organisation=org)


def _shared_posts(text: str, col: _Collector) -> None:
    """副市长某甲、某乙出席: the posts printed before the first name of a list joined by 、 are
    each name's, up to a name with posts of its own (市委书记某甲、市长某乙)."""
    persons: dict[int, tuple[tuple[str, int, int], Mention]] = {}
    for key, m in col.items.items():
        if m.type == PERSON and m.start not in persons:
            persons[m.start] = (key, m)
    for _, m in sorted(persons.values(), key=lambda km: km[1].start):
        if not m.titles or m.method != "title":
            continue
        e = m.end
        while e < len(text) and text[e] == "、" and e + 1 in persons:
            key, p = persons[e + 1]
            if p.titles:
                break
            col.items[key] = replace(p, titles=m.titles, organisation=m.organisation)
            e = p.end


def _fuller_organisations(col: _Collector) -> None:
    """A person's organisation named right before the title, as the longer name the suffix rule
    found there (多氟多新材料股份有限公司董事长某某: not 新材料股份有限公司)."""
    ends: dict[int, Mention] = {}
    for m in col.items.values():
        if m.type == ORGANISATION and (m.end not in ends or len(m.text) > len(ends[m.end].text)):
            ends[m.end] = m
    if not ends:
        return
    for key, m in list(col.items.items()):
        if m.type != PERSON or not m.organisation or not m.titles:
            continue
        org = ends.get(m.start - len(m.titles[0]))
        if org is not None and org.text != m.organisation and org.text.endswith(m.organisation):
            col.items[key] = replace(m, organisation=org.text)


# Schools and hospitals a text counts, grades or places in general (三所学校, 部分学校, 新建、改扩建
# 学校, 乡村学校, 三甲医院, 社区医院, 家长学校): when all that stands before the suffix is a count
# and words for a kind, the name is a kind's (written from general usage; 东城社区医院 keeps its
# place's name and is a body).
_KIND_OF_INSTITUTION = frozenset({"学校", "中学", "小学", "中小学校", "幼儿园", "医院", "卫生院", "学院"})
_KIND_WORDS = (
    *("部分", "各级", "全市", "全县", "全区", "本地", "当地", "外地", "周边", "附近", "所有"),
    *("新建", "改扩建", "改建", "扩建", "乡村", "农村", "城区", "城市", "市直", "县直", "区直"),
    *("国际", "家长", "社区", "综合", "三甲", "三级", "二级", "一级", "民营", "公立", "私立"),
    *("专科", "特色", "重点", "薄弱", "示范", "优质", "定点", "基层", "寄宿制", "大", "小", "新"),
)
_KIND_HEAD = re.compile(
    "(?:[0-9０-９一二三四五六七八九十百几两多]+[所家个座]?)?(?:、?(?:"
    + "|".join(sorted(_KIND_WORDS, key=len, reverse=True))
    + "))*"
)


def _not_a_body(m: Mention, text: str) -> bool:
    """Kinds of bodies, ideas and fragments that the rules above took for an organisation's name."""
    w = m.text
    if m.method == "lexicon":
        return False  # a curator confirmed it
    if w in _GENERIC_COLLECTIVE or _DESIGNATION.match(w):
        return True  # 高等院校, 省级技术中心
    if w.endswith("共同体") and w[:-3].endswith(_IDEA_BEFORE_COMMUNITY):
        return True  # 人类命运共同体
    suf = _org_suffix(w) or ""
    if suf and w[: -len(suf)].endswith("性") and len(w) - len(suf) <= 5:
        return True  # 开发性银行, 综合性医院: a kind of bank, of hospital
    if suf in _KIND_OF_INSTITUTION and _KIND_HEAD.fullmatch(w, 0, len(w) - len(suf)):
        return True  # 三所学校, 新建学校, 乡村学校, 三甲医院, 社区医院: a kind of school, of hospital
    # X校友分会: a lone Latin letter glued to the name is a fragment of a longer word
    return len(w) >= 2 and w[0].isascii() and w[0].isalpha() and not w[1].isascii()


def _place_head(org: str, word_tag: dict, local: frozenset[str] = frozenset()) -> str:
    """The places an organisation's name starts with (青山区（新城区） of 青山区（新城区）党工委)."""
    i = 0
    while i < len(org):
        if org[i] in "（(":
            close = org.find("）" if org[i] == "（" else ")", i)
            if close < 0 or i == 0:
                break
            i = close + 1
            continue
        for k in range(min(8, len(org) - i - 1), 1, -1):
            w = org[i : i + k]
            if w in GAZ or word_tag.get(w) == "ns" or w in local:
                i += k
                break
        else:
            break
    return org[:i] if i < len(org) else ""


_PROPER_FLAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "eng", "m", "x"})


def _toks_from(toks: list[Tok], start: int, end: int) -> list[Tok]:
    """The tokens starting in [start, end) (tokens are in text order)."""
    return toks[bisect_left(toks, start, key=_tok_start) : bisect_left(toks, end, key=_tok_start)]


def _tok_start(t: Tok) -> int:
    return t.start


def _kind_only(m: Mention, toks: list[Tok], word_tag: dict) -> bool:
    """A name made of common dictionary words only (文化局, 规划管理局), no proper name in it."""
    inside = [t for t in _toks_from(toks, m.start, m.end) if t.end <= m.end]
    return bool(inside) and all(
        t.flag not in _PROPER_FLAGS
        and t.word in word_tag
        and (t.flag not in ("nt", "j") or t.word in _BARE_BODIES or _common_head(t.word, word_tag))
        for t in inside
    )


def _common_head(w: str, word_tag: dict) -> bool:
    """文化局 (文化 + 局), 管理局: a body's kind; not 南京大学 (a place) nor 牛津大学 (a name)."""
    if w in _ORG_SUFFIX:
        return True
    suf = next((x for x in _ORG_SUFFIX if w.endswith(x) and len(x) < len(w)), None)
    if suf is None:
        return False
    head = word_tag.get(w[: -len(suf)])
    return head is not None and head not in _PROPER_FLAGS and head not in ("nt", "j")


# A hospital's, a company's or a bureau's own departments (某医院心内科, 某公司质检部, 某局办公室,
# 某调查队某科): part of the body named before them, which is the organisation; a party
# committee's or a congress's departments (市委组织部, 某人大常委会办公室) are bodies of their own.
_PARENT_END = ("医院", "卫生院", "公司", "集团", "报社", "局", "分局", "队", *_TRADE_END)
_DEPARTMENT_END = ("科", "部", "室", "办公室", "中心")


def _department(m: Mention, parents: set[tuple[int, str]]) -> bool:
    """m names a department of a body found at the same place: 某医院|心内科, 某公司|研发中心
    (not a numbered unit of its own: 某局|第二工程处)."""
    return m.text.endswith(_DEPARTMENT_END) and any(
        (m.start, m.text[:k]) in parents and not m.text.startswith("第", k) for k in range(2, len(m.text) - 1)
    )


# What a section's name holds when it names its body too (某医院|内科, 某局|某科, 某中心|某科).
_SECTION_BODY = re.compile("[院局委厅校所站处司团行会]|中心|大学|政府")


def _bare_section(name: str | None, word_tag: dict) -> bool:
    """`name` is a section (某科: 内分泌科, 麻醉科, 档案科) printed without the body it belongs
    to: no place, level or body in its name. Not a body of its own (the archive would hold one
    "内科" for every hospital's), nor the body of the post printed with it."""
    return (
        name is not None
        and name.endswith("科")
        and len(name) >= 2
        and _SECTION_BODY.search(name, 0, len(name) - 1) is None
        and not name.startswith(_LEVEL_PREFIX)
        and not _place_head(name, word_tag)
    )


def _settle_orgs(text: str, ms: list[Mention], toks: list[Tok], word_tag: dict) -> list[Mention]:
    """Drop what is not a body; give a body named by its kind alone (该区文化局, 管委会) the full
    name the same text gives it.

    A bare name (no place before it, not a conventional short form like 市委) takes the name of
    the organisation that ends with it: first one printed earlier in the text, else later
    (城乡规划与建设局 -> 某区城乡规划与建设局). In a chain of posts
    (某区党工委书记、管委会主任), a bare body after the first takes the first body's places.
    """
    parents = {(m.start, m.text) for m in ms if m.type == ORGANISATION and m.text.endswith(_PARENT_END)}
    ms = [
        m
        for m in ms
        if not (
            m.type == ORGANISATION
            and (
                _not_a_body(m, text)
                or _department(m, parents)
                or _bare_section(m.text, word_tag)
                or (
                    m.text.endswith(tuple(_COMPANY))
                    and m.method != "lexicon"
                    and not _place_head(m.text, word_tag)
                    and not m.text.startswith(_LEVEL_PREFIX)
                    and _kind_only(m, toks, word_tag)
                    and any(t.flag in ("v", "vn") for t in _toks_from(toks, m.start, m.end))
                )  # 该园区开发运营有限公司: a company described by its trade, its name not given
            )
        )
    ]
    ms = [
        replace(m, organisation=None) if m.type == PERSON and _bare_section(m.organisation, word_tag) else m
        for m in ms
    ]
    orgs = [m for m in ms if m.type == ORGANISATION]
    if not orgs:
        return ms
    full: list[Mention] | None = None  # the organisations named with their places: when first asked
    out = []
    for m in ms:
        if (
            m.type == ORGANISATION
            and m.method != "lexicon"
            and not _place_head(m.text, word_tag)
            and not m.text.startswith(_LEVEL_PREFIX)
            and _SHORT_ORG.fullmatch(m.text) is None
            and m.text not in ORGS
            and _kind_only(m, toks, word_tag)
        ):
            name = _chain_name(text, m, orgs, word_tag)
            if name is None:
                if full is None:
                    local = frozenset(
                        t.word for t in toks if t.flag == "ns" and len(t.word) >= 2
                    )  # places jieba found, not in its dictionary
                    full = [o for o in orgs if _place_head(o.text, word_tag, local)]
                ends = [f for f in full if f.text.endswith(m.text) and len(f.text) > len(m.text)]
                before = [f for f in ends if f.start < m.start]
                pick = before[-1] if before else (ends[0] if ends else None)
                name = pick.text if pick else None
            if name is not None:
                m = replace(m, text=name)
        out.append(m)
    return out


def _chain_name(text: str, m: Mention, orgs: list[Mention], word_tag: dict) -> str | None:
    """某区党工委书记、管委会主任: 管委会 is that district's, when a post and 、 separate them."""
    if m.start < 2 or text[m.start - 1] != "、":
        return None
    post = POST_RE.search(text, max(0, m.start - 8), m.start - 1)
    if post is not None and post.end() == m.start - 1:
        prev = next((o for o in orgs if o.end == post.start()), None)
    elif m.text in _BARE_BODIES:  # 某区党工委、管委会: the same place's two bodies
        prev = next((o for o in orgs if o.end == m.start - 1), None)
    else:
        return None
    if prev is None:
        return None
    head = _place_head(prev.text, word_tag)
    return head + m.text if head else None


def _with_parents(ms: list[Mention]) -> list[Mention]:
    """An organisation whose name starts with another one's belongs to it (某市人大常委会办公室)."""
    orgs = sorted({m.text for m in ms if m.type == ORGANISATION}, key=len, reverse=True)
    if len(orgs) < 2 and not any(m.type == ORGANISATION for m in ms):
        return ms
    out = []
    for m in ms:
        if m.type == ORGANISATION and m.parent is None:
            parent = next((o for o in orgs if len(o) < len(m.text) and m.text.startswith(o)), None)
            if parent is None:
                sm = _LEVEL_BODY.match(m.text)
                if sm and sm.end() < len(m.text):
                    parent = sm.group()
            if parent is not None:
                m = replace(m, parent=parent)
        out.append(m)
    return out


# How places nest (a village in its town, a town in its county): the levels of people.extraction.kinds.
_PLACE_LEVEL = {
    "country": 0,
    "province": 1,
    "city": 2,
    "county": 3,
    "town": 4,
    "village": 5,
    "park": 6,
    "road": 6,
}


def _place_parents(ms: list[Mention]) -> list[Mention]:
    """A place printed right after a larger one belongs to it (某县某镇某村: the village is the
    town's, the town the county's): its parent, where the text shows it."""
    out = []
    prev: Mention | None = None
    for m in ms:
        if m.type == PLACE:
            if prev is not None and prev.end == m.start and m.parent is None:
                outer, inner = _PLACE_LEVEL.get(place_kind(prev.text)), _PLACE_LEVEL.get(place_kind(m.text))
                if outer is not None and inner is not None and outer < inner:
                    m = replace(m, parent=prev.text)
            prev = m
        out.append(m)
    return out


# 某某委员会（以下简称“某委”）, 某组织（WHO）: a short form the text declares for a name it has just
# printed. Group 1 says how (简称, 下称 ...; empty for bare parentheses), group 2 is the opening
# quotation mark if any, group 3 the short form.
_DECLARED = re.compile(
    r"[（(]\s*((?:以下|下文)?(?:简称|称|下称)?)[为：:]?\s*([“\"「《]?)"
    r"([\u3400-\u9fffA-Za-zＡ-Ｚａ-ｚ0-9０-９]{2,12})[”\"」》]?\s*[）)]"
)
_LATIN_ACRONYM = re.compile(r"[A-ZＡ-Ｚ][A-ZＡ-Ｚ0-9０-９&]{1,9}")


def _abbreviates(short: str, full: str) -> bool:
    """short is made of full's characters in their order (拉共体 of 拉美和加勒比国家共同体, 市人社局
    of 市人力资源和社会保障局): how a Chinese short form is built."""
    if len(short) >= len(full):
        return False
    it = iter(full)
    return all(c in it for c in short)


def _declared_short_forms(text: str, ms: list[Mention], bounds: frozenset[int]) -> list[Mention]:
    """A short form the text declares right after an organisation or a place (某委员会（以下简称某委）,
    某组织（WHO）) stands for it wherever the text uses it: each use is a mention of the full name
    (its span is the short form's, so the archive stores the surface as printed and links it to
    the full record).

    Believed only where the short form is built from the full name's characters in order (a
    bare parenthesis also starts with the name's first character), or is a Latin acronym after an
    organisation: （以下简称甲方）, （试行）, （集团） are not short forms. A use counts at word
    boundaries, outside any other name (某委 inside 某委办公室 is that office's name)."""
    declared: dict[str, Mention] = {}
    for m in ms:
        if m.type not in (ORGANISATION, PLACE) or m.method == "short form":
            continue
        e = m.end + (m.end < len(text) and text[m.end] in "”’」』")
        d = _DECLARED.match(text, e)
        if d is None:
            continue
        how, quote, short = d.group(1), d.group(2), d.group(3)
        if _LATIN_ACRONYM.fullmatch(short):
            ok = m.type == ORGANISATION and not quote.startswith("《")
        else:
            ok = _abbreviates(short, m.text) and (bool(how) or short[0] == m.text[0]) and quote != "《"
        if ok and short not in declared:
            declared[short] = m
    if not declared:
        return ms
    spans = [(m.start, m.end) for m in ms]
    out = list(ms)
    by_span = {(m.start, m.end): i for i, m in enumerate(out)}
    for short, full in declared.items():
        pos = text.find(short, full.end)
        while pos >= 0:
            end = pos + len(short)
            if short[0] < "\u3400" or (pos in bounds and end in bounds):  # (a Latin acronym: no words)
                new = Mention(
                    full.type, full.text, pos, end, method="short form", confidence=0.9, parent=full.parent
                )
                i = by_span.get((pos, end))
                if i is not None:
                    out[i] = new
                elif not any(s < end and e > pos for s, e in spans):
                    out.append(new)
            pos = text.find(short, end)
    out.sort(key=lambda x: (x.start, -x.end))
    return out


class _Cover:
    """Spans of some mentions, asked whether one of them contains a given span."""

    __slots__ = ("max_end", "starts")

    def __init__(self, ms: Iterable[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in ms)
        self.starts = [s for s, _ in spans]
        self.max_end = list(accumulate((e for _, e in spans), max))  # over the spans started so far

    def _end_before(self, k: int) -> int:
        """The furthest end of the first k spans (by start); -1 when k is 0."""
        return self.max_end[k - 1] if k else -1

    def holds(self, start: int, end: int) -> bool:
        """A span contains [start, end) (or is it)."""
        return self._end_before(bisect_right(self.starts, start)) >= end

    def holds_longer(self, start: int, end: int) -> bool:
        """A longer span contains [start, end): one starting no later and ending further, or
        starting earlier and ending no sooner."""
        return (
            self._end_before(bisect_right(self.starts, start)) > end
            or self._end_before(bisect_left(self.starts, start)) >= end
        )


def _from_commune_start(org: Mention, ms: list[Mention]) -> Mention:
    """A body whose name was read from inside a commune's or a brigade's name (公社|某某大队党支部)
    starts where that unit's name does (某某公社某某大队党支部)."""
    for p in ms:
        if p.type == PLACE and p.start < org.start < p.end and p.text.endswith(_COMMUNE_UNIT_ENDS):
            text = p.text[: org.start - p.start] + org.text
            return replace(org, text=text, start=p.start)
    return org


def _drop_overlaps(ms: list[Mention]) -> list[Mention]:
    """Persons inside a longer organisation or place are not persons (李伟 inside a company name)."""
    long_bodies = _Cover(m for m in ms if m.type in (ORGANISATION, PLACE) and m.end - m.start >= 3)
    persons = _Cover(m for m in ms if m.type == PERSON)
    orgs = _Cover(m for m in ms if m.type == ORGANISATION)
    suffix_places = _Cover(m for m in ms if m.type == PLACE and m.method == "suffix")
    named_persons = _Cover(m for m in ms if m.type == PERSON and m.method != "jieba")
    # transcribed names (某某·某某), which jieba cuts anywhere: no place of its pieces reaches into them
    # (a place named after one holds it: 某某大街)
    foreign = [
        (m.start, m.end)
        for m in ms
        if m.type == PERSON and (m.method == "foreign" or any(c in _NAME_DOTS for c in m.text))
    ]
    org_start_at_end: dict[int, int] = {}  # where the longest organisation ending here starts
    for m in ms:
        if m.type == ORGANISATION and m.start < org_start_at_end.get(m.end, m.end):
            org_start_at_end[m.end] = m.start
    suffix_end: dict[int, int] = {}  # where the longest place found by its suffix from here ends
    for m in ms:
        if m.type == PLACE and m.method == "suffix":
            suffix_end[m.start] = max(m.end, suffix_end.get(m.start, 0))
    # where a commune, a brigade or a team ends: no body's name ends there (某县某某公社 of a title)
    commune_ends = {m.end for m in ms if m.type == PLACE and m.text.endswith(_COMMUNE_UNIT_ENDS)}
    out = []
    for m in ms:
        if m.type == ORGANISATION and m.end in commune_ends and m.text.endswith(_COMMUNE_UNIT_ENDS):
            continue
        if m.type == ORGANISATION and m.method == "suffix" and commune_ends:
            m = _from_commune_start(m, ms)
        if m.type == PLACE and m.method == "suffix" and suffix_end[m.start] > m.end:
            continue  # 某市火车站 in 某市火车站北广场: the longer name is the place
        if m.type == PERSON and (
            (m.method in ("jieba", "repeat", "list") and long_bodies.holds_longer(m.start, m.end))
            or persons.holds_longer(m.start, m.end)
        ):
            continue
        if m.type == ORGANISATION and m.method == "jieba" and orgs.holds_longer(m.start, m.end):
            continue
        if (
            m.type == ORGANISATION
            and m.method in ("suffix", "short")
            and org_start_at_end.get(m.end, m.start) < m.start
        ):
            continue  # 某办综合处 of 省委某办综合处, 市政府 of 某某市政府: one body cut short
        if m.type == PLACE and (
            (
                m.method != "suffix"
                and (suffix_places.holds_longer(m.start, m.end) or orgs.holds_longer(m.start, m.end))
            )
            or named_persons.holds(m.start, m.end)
            or any(s < m.end and m.start < e and not m.start <= s < e <= m.end for s, e in foreign)
        ):
            continue
        out.append(m)
    return out


_PLACE_LEFT = frozenset(
    [
        "在",
        "到",
        "赴",
        "于",
        "从",
        "往",
        "来自",
        "访问",
        "抵达",
        "位于",
        "离开",
        "前往",
        "飞抵",
        "途经",
        "、",
        "和",
        "与",
        "及",
        "同",
        "经",
        "由",
        "去",
        "来",
        "回",
        "至",
        "出访",
        "访",
        "驻",
        "在华",
    ]
)
_PLACE_RIGHT = frozenset(
    [
        "、",
        "和",
        "与",
        "及",
        "等",
        "等地",
        "地区",
        "一带",
        "境内",
        "境外",
        "人",
        "人民",
        "市",
        "省",
        "县",
        "方面",
        "政府",
        "当局",
        "代表团",
        "之间",
        "两国",
        "举行",
        "召开",
        "电",
        "期间",
        "时",
    ]
)
_PLACE_CHARS = "省市县区镇乡村州岛山河江湖海湾港路街洲峰岭坡堡城"
_COORD = frozenset({"、", "和", "与", "及", "同"})
_COMMON_FLAGS = frozenset({"n", "vn", "v", "a", "an", "r", "d", "m", "q"})


_DESIGNATION_PART = frozenset({"国家", "国家级", "省级", "市级", "县级", "区级"})
# Kinds of villages and quarters (城中村): written from general usage.
_GENERIC_PLACES = frozenset(
    {"城中村", "城郊村", "空心村", "贫困村", "示范村", "中心村", "行政村", "自然村", "城乡结合部", "文明村"}
)
# Common nouns for a kind of settlement (小镇, 山村): a place's name only after a proper
# word (某某小镇), never after a direction or a quality (东部小镇, 卫生文明村).
# Not 街道 or 大街: a city's street and subdistrict names are mostly common words (民主街道,
# 解放大街).
_PLACE_KIND_WORDS = frozenset({"小镇", "城镇", "乡镇", "村镇", "山村", "小山村", "小村", "渔村"})
# Words that say what kind a place is (its size, state, use or setting), not which one it is: a
# name made only of them before a place's suffix is a kind (病险水库, 小型水库, 口袋公园, 人均公园,
# 山区村). Written from general usage.
_PLACE_KIND_HEAD = re.compile(
    "(?:"
    + "|".join(
        (
            *("病险", "小型", "中型", "大型", "小微", "口袋", "人均", "山区", "平原", "丘陵", "沿河"),
            *("城市", "城区", "农村", "乡村", "社区", "周边", "附近", "沿线", "偏远", "边远", "贫困"),
            *("重点", "示范", "特色", "传统", "美丽", "文明", "老旧", "新建", "各类", "全市", "全县"),
        )
    )
    + ")+"
)
# Words for a way or a course, not a road (致富新路, 行装上路): general usage.
_WAY_WORDS = frozenset(
    {"新路", "上路", "出路", "老路", "弯路", "退路", "思路", "门路", "销路", "去路", "来路", "后路"}
    | {"生路", "活路", "正路", "歧路", "近路", "远路", "网路", "套路", "岔路", "半路", "一路"}
)


# Last characters of places' names beyond _PLACE_CHARS (高原, 公园, 德国, 山脉, 湖畔, 胡同, 寺).
_PLACE_END_CHARS = frozenset(_PLACE_CHARS + "原园国脉峡畔地同寺宫庙楼厦场门坡林")
_COMPASS = frozenset("东南西北中部方")
# Endings of phrases jieba's dictionary tags ns: about a country or a people, not a place.
_NOT_PLACE_END = (
    *("同胞", "回归", "意义", "治港", "兴国", "治国", "精神", "卫国", "爱国", "报国", "强国"),
    *("高中", "初中"),  # 普通高中: a kind of school, which jieba's dictionary tags ns
)
# A verb of going and where to (回国, 离城, 赴京): a phrase, not a place's name.
_GOING = frozenset("回离归进出返赴抵来去到入")
_GONE_TO = frozenset("国京城乡村")
# Words for a kind of city: after a word that is no place (港口, 特大) they name no place.
_GENERIC_AREA = ("城市", "都市")


def _plausible_place(w: str, idx: int, toks: list[Tok], word_tag: dict) -> bool:
    """A jieba ns word outside the gazetteer: jieba's dictionary tags many common words ns (城市, 爱国)."""
    if w in _GENERIC_PLACES:
        return False
    if (
        len(w) >= 4
        and w.endswith(_GENERIC_AREA)
        and w[:-2] not in GAZ
        and not word_tag.get(w[:-2], "").startswith(("ns", "j"))
    ):
        # 港口城市, 周边城市: a kind of city, not one named (no city's name ends with 城市 or 都市;
        # many prefectures' do with 地区, whatever jieba tags their first word: 吕梁地区)
        return False
    if len(w) >= 4:
        halves = (word_tag.get(w[:2]), word_tag.get(w[2:]))
        if any(h is not None and h[0] in "vad" for h in halves):
            return False
        if len(w) == 4 and halves[0] == "n" and w[-1] not in _PLACE_END_CHARS and w in word_tag:
            # 淡泊明志, 名山胜川: a set phrase jieba's dictionary tags ns; a place so made ends
            # like one (平顶山市, 黄土高原, 天坛公园)
            return _mostly_transcribed(w)
        if w.endswith("地区") and word_tag.get(w[:-2]) == "f" and not set(w[:-2]) <= _COMPASS:
            return False  # 外海地区: where, not a region's name (but 东北地区)
        return not w.endswith(_NOT_PLACE_END)
    if len(w) == 3 and w[-1] in _PLACE_CHARS and w[:2] in word_tag and word_tag[w[:2]][0] in "avdm":
        return False  # 大城市, 新城区
    if len(w) == 3 and w.endswith(_GENERIC_AREA):
        return False  # 小都市: a kind of city by its size
    if w.startswith(_QUANT_START) or (len(w) == 2 and w[0] in _COUNT_CHARS and w[1] in _COUNTED_LEVELS):
        return False  # 各乡镇, 三县: how many units, not one named
    if len(w) == 2 and w[0] in _GOING and w[1] in _GONE_TO:
        return False  # 回国, 离城, 进京: going somewhere, which jieba's dictionary tags ns
    if (
        w not in word_tag
        and len(w) == 2
        and w[1] in _LONE_LEVELS
        and word_tag.get(w[0], "")[:1] in "vad"
        and (
            (idx and toks[idx - 1].flag in ("n", "vn", "nz"))
            or (idx + 1 < len(toks) and toks[idx + 1].word == "之")  # (作为)立市之本
        )
    ):
        return False  # 工业立市, 生态强县, 农业大省: a field, a verb or a size and the level, no name
    if w not in word_tag:
        # jieba's HMM guessed a new word as a place: believe it when it ends like one or sounds foreign
        return w[-1] in _PLACE_CHARS or (_mostly_transcribed(w) and len(w) >= 3)
    if len(w) >= 3:
        # jieba's dictionary tags some common words ns (满意度): keep place-like or foreign-sounding ones
        return w[-1] in _PLACE_CHARS + "门坡" or _mostly_transcribed(w)
    prev = toks[idx - 1] if idx else None
    nxt = toks[idx + 1] if idx + 1 < len(toks) else None
    left_punct = prev is None or not _cjk(prev.word[-1])
    right_punct = nxt is None or not _cjk(nxt.word[0])
    left = prev is not None and (prev.word in _PLACE_LEFT or prev.flag == "ns")
    right = nxt is not None and (nxt.word in _PLACE_RIGHT or nxt.flag in ("ns", "nt"))
    conj = []
    if prev is not None and prev.word in _COORD and idx >= 2:
        conj.append(toks[idx - 2])
    if nxt is not None and nxt.word in _COORD and idx + 2 < len(toks):
        conj.append(toks[idx + 2])
    if conj and all(c.flag in _COMMON_FLAGS and c.word not in GAZ for c in conj):
        return False  # 领导、嘉宾: a word joined only to common nouns is a common noun, not a place
    return (left or left_punct) and (right or right_punct) and (left or right)


# A rank before a kind of zone or park (省级开发区, 国家级湿地公园): a designation, no name.
_RANKED = re.compile("(?:国家|省|市|县|区)?级")


def _place_before(toks: list[Tok], k: int, limit_start: int) -> bool:
    """A place starts a name before toks[k], nouns and verbs between, no earlier than limit_start."""
    while k > 0 and toks[k - 1].start >= limit_start:
        p = toks[k - 1]
        if p.word in GAZ or p.flag == "ns":
            return True
        if p.flag not in _PLACE_OK_FLAGS and p.flag != "v":
            return False
        k -= 1
    return False


# Place suffixes with the longest name part they allow before them.
_PLACE_SUFFIXES = {
    "湿地公园": 8,
    "公园": 8,
    "广场": 6,
    "商城": 6,
    "产业园": 10,
    "工业园区": 10,
    "工业园": 10,
    "教育园区": 8,
    "园区": 8,
    "设计城": 8,
    "街道": 4,
    "社区": 4,
    "村": 3,
    "乡": 4,
    "镇": 4,
    "路": 4,
    "大道": 4,
    "大街": 4,
    "特大桥": 10,
    "大桥": 8,
    "引桥": 10,
    "高速": 4,
    "景区": 8,
    "机场": 8,
    # ports and crossings (某某港区, 某某作业区, 某港集装箱码头, 某某渔港, 某某口岸): places, never bodies
    "港区": 6,
    "作业区": 6,
    "码头": 8,
    "渔港": 4,
    "口岸": 4,
    "大湾区": 4,
    "开发区": 8,
    "技术开发区": 8,
    "产业集聚区": 8,
    "风景区": 8,
    "风景名胜区": 8,
    "小区": 8,
    "水库": 6,
    "火车站": 6,
    "高铁站": 6,
    "汽车站": 6,
    # a city's stations named by their side (某某东站): jieba cuts 东站 off as a word
    **dict.fromkeys(("东站", "西站", "南站", "北站"), 6),  # (_SIDE_STATIONS)
    "高新区": 8,
    "寺": 4,
    "庙": 4,
    # temples and shrines, whose names are often common words (白马寺, 圆融寺); 观 ends many
    # words (世界观, 景观): a 某观 is a temple only as a name jieba knows as one (嘉应观: nr, ns)
    "观": 3,
    "祠": 4,
}
_PLACE_SUFFIXES = dict(sorted(_PLACE_SUFFIXES.items(), key=lambda kv: -len(kv[0])))
_PORTS = frozenset({"港区", "作业区", "码头", "渔港", "口岸"})
_SIDE_STATIONS = ("东站", "西站", "南站", "北站")
# Zones a county or city names after itself (某县智能装备产业园, 某市经济技术开发区): the place is
# part of the zone's name.
_ZONES = frozenset({"产业园", "工业园区", "工业园", "园区", "开发区", "技术开发区", "产业集聚区", "教育园区"})
_ZONE_RE = re.compile("|".join(sorted(_ZONES, key=len, reverse=True)))
# How the names of housing compounds end (某某家园小区, 某某花园小区): with one of these before 小区,
# common words name a compound, not a kind of one (老旧小区, 住宅小区).
_COMPOUND_ENDS = ("家园", "花园", "半岛", "名苑", "雅苑", "华庭", "华府", "公馆", "名都", "新城", "庄园")


def _compound_name(suf: str, name_part: str, before: list[Tok]) -> bool:
    """某某家园|小区: four characters or more of nouns ending as compounds' names do."""
    return (
        suf == "小区"
        and len(name_part) >= 4
        and name_part.endswith(_COMPOUND_ENDS)
        and all(x.flag in ("n", "nz", "ns", "nr", "ng") for x in before)
    )


_STATIONS = ("火车站", "高铁站", "汽车站", *_SIDE_STATIONS)
# What a station's name also names after it: a quarter, a community, a road (某某东站街道)
_SIDE_STATION_NAMES = re.compile("街道|社区|路|村|小区|派出所")
_QUANT_START = (
    *"各多每全该本这那一两几某其个我贵此整",
    "部分",
    "许多",
    "所有",
    "主要",
    "众多",
    "诸多",
    "不少",
    "很多",
)
# The administrative levels that end a unit's name (某县, 某乡): never followed by another level
# that belongs to the same name (某县|乡、村: the county's townships and villages).
_UNIT_END = frozenset("县乡镇省")
_VILLAGE_LEVELS = ("乡", "镇", "村", "街道")
# Levels written alone before a name (市龙源湖公园, 村文化广场): the unit's own, not part of it.
_LONE_LEVELS = frozenset({"市", "省", "县", "区", "村", "镇", "乡"})
# What may follow a level character at the head of a village's name (镇东村, 村前村).
_SIDE_CHARS = frozenset("东南西北中前后上下")
_PROPER_PLACE_FLAGS = frozenset({"nr", "ns", "nz", "nrt", "nrfg"})
_PLACE_OK_FLAGS = frozenset(
    {"nr", "ns", "nz", "n", "ng", "nrt", "nrfg", "j", "a", "m", "f", "b", "vn", "t", "z"}
)


_PLACE_SUF_RE = re.compile("|".join(map(re.escape, _PLACE_SUFFIXES)))


# Characters that end an administrative unit's name (某某镇, 某某县) and so never start the next one.
_LEVEL_CHARS = frozenset("镇乡县省")
# What follows a surname in the name of a clan's village (王家村, 李庄村, 张营村).
_CLAN_SEATS = frozenset("家庄营寨屯堡")
_CLAN_VILLAGE_END = frozenset("庄营寨屯堡沟湾洼")  # after 某家: a village (李家寨), never a given name


_FEATURE_CHARS = frozenset("山岭湖河峡")
_FEATURE_NAME_RE = re.compile(
    f"(?=[\u3400-\u9fff]{{2}}[{''.join(sorted(_FEATURE_CHARS))}])"
)  # (where one may start)
_FEATURE_RIGHT = frozenset({"v", "p", "c", "u", "uj", "ul", "f", "d", "x"})


def _natural_feature_name(word: str, flag: str) -> bool:
    """翠屏山, 卧牛岭: three characters jieba's model reads as a name, ending as mountains, ridges,
    lakes, rivers and gorges do, the first no surname (某金山, 某长河 are given names too)."""
    return (
        len(word) == 3
        and word[-1] in _FEATURE_CHARS
        and flag.startswith("nr")
        and not is_surname_start(word)
        and word[0] not in _FUNCTION_CHARS  # (从|华山: a preposition glued to a mountain)
        and _all_cjk(word)
    )


_CLAN_VILLAGE_RE = re.compile(
    f"(?=[\u3400-\u9fff]家[{''.join(sorted(_CLAN_VILLAGE_END))}])"
)  # (where one may start)


def _clan_village(name: str) -> bool:
    """李家寨, 王家营: a clan's village, which jieba's model takes for a person's name."""
    return len(name) == 3 and name[1] == "家" and name[2] in _CLAN_VILLAGE_END


# Levels a count of units names (三县, 两市), or jieba cuts off a place's name (北山|县), and levels
# that cannot start a village's name (村联乡).
_COUNTED_LEVELS = _LEVEL_CHARS | {"市", "区"}
_VILLAGE_HEAD_LEVELS = _LEVEL_CHARS | {"村"}
_KINDS_OF_PLACE = _PLACE_KIND_WORDS | _GENERIC_PLACES


# Units above a town (某市, 某县): the two characters after one and before 镇/乡/村/街道 name a
# town or a subdistrict; after a town (某镇, 某乡) they name a village.
_HIGHER_UNIT_END = ("省", "市", "县", "区", "旗")
_UNIT_ABOVE = ("县", "区", "镇", "乡", "街道")
_WHEN_WORDS = frozenset(
    {
        *("去年", "今年", "明年", "当年", "近年", "前年", "往年", "每年", "同年", "当天", "今天", "昨天"),
        *("明天", "每天", "当日", "今日", "昨日", "目前", "现在", "此前", "此后", "以前", "以后", "年底"),
        *("年初", "月底", "月初", "近日", "日前"),
    }
)
_TOWN_END = ("镇", "乡")


def _under_unit(text: str, i: int, toks: list[Tok], tok_end: dict[int, int], level: str) -> bool:
    """A known unit above a place of this level ends at i and two name characters follow it."""
    k = tok_end.get(i)
    if k is None or i < 2:
        return False
    unit = toks[k]
    two = text[i : i + 2]
    bad = _NAME_BAD_CHARS if level != "村" else _NAME_BAD_CHARS - _SIDE_CHARS  # (岸上村, 前营村)
    if not _all_cjk(two) or any(c in bad for c in two):
        return False
    if _is_place_tok(unit) and len(unit.word) >= 3 and unit.word.endswith(_HIGHER_UNIT_END):
        return True
    if (
        len(unit.word) == 2
        and unit.word.endswith(_HIGHER_UNIT_END)
        and _is_place_tok(unit)
        and k > 0
        and len(toks[k - 1].word) == 1
        and toks[k - 1].flag in ("ns", "nr", "ng", "nz", "zg")
    ):
        return True  # 某|某县|两字|镇: the county's name cut after its first character
    if level != "村" or not unit.word.endswith(_TOWN_END):
        return False
    # 某某镇|某某|村: a town, written as one word or as its name and a lone 镇
    if len(unit.word) >= 3 and _is_place_tok(unit):
        return True
    prev = toks[k - 1] if k > 0 else None
    if prev is None or len(prev.word) < 2:
        return False
    # 某某镇 as its name and a lone 镇 (某家集|乡: a name jieba reads as a person's), or as two
    # words that split the name (某家|集乡)
    return (len(unit.word) == 1 and (_is_place_tok(prev) or prev.flag == "nr")) or (
        len(unit.word) == 2 and prev.flag in ("n", "nr", "ns") and _all_cjk(unit.word)
    )


def _under_found_unit(text: str, i: int, col: _Collector, level: str) -> bool:
    """A place found before, a unit above this level (某县, 某镇), ends at i and two name characters
    follow it (某镇|后坡|村: whatever words jieba makes of them)."""
    two = text[i : i + 2]
    bad = _NAME_BAD_CHARS if level != "村" else _NAME_BAD_CHARS - _SIDE_CHARS
    if i < 2 or not _all_cjk(two) or any(c in bad for c in two):
        return False
    return any(x.type == PLACE and x.end == i and x.text.endswith(_UNIT_ABOVE) for x in col.items.values())


def _town_before(
    text: str, level_at: int, toks: list[Tok], tok_end: dict[int, int], word_tag: dict, col: _Collector
) -> None:
    """某庄|镇南|某村: jieba joined a town's 镇 (or 乡) to the village after it; the town is the
    name word before the level and the level."""
    k = tok_end.get(level_at)
    if k is None or text[level_at] not in _TOWN_END:
        return
    p = toks[k]
    if not 2 <= len(p.word) <= 3 or not _all_cjk(p.word) or any(c in _NAME_BAD_CHARS for c in p.word):
        return
    if (
        p.flag in _PROPER_PLACE_FLAGS
        or p.word not in word_tag
        or _under_unit(text, p.start, toks, tok_end, "镇")
    ):
        col.add(
            Mention(
                PLACE, text[p.start : level_at + 1], p.start, level_at + 1, method="suffix", confidence=0.55
            )
        )


# Last characters of villages' names (张庄, 李家沟, 王营, 赵屯 ...): a village right after its town
# (某镇|陈家沟, 某镇|孔村), which jieba tags as a person's name.
_VILLAGE_ENDS = frozenset("村庄营屯寨堡沟湾岭坡岗洼店集")


def _villages_after_towns(toks: list[Tok], tok_at: _TokenAt, word_tag: dict, col: _Collector) -> None:
    """The word right after a town (某镇, 某乡) that ends like a village names one: 某镇|陈家沟,
    or a one-character name and 村 (某镇|孔村)."""
    towns = [
        m for m in col.items.values() if m.type == PLACE and m.text.endswith(_TOWN_END) and len(m.text) >= 3
    ]
    longer: dict[int, int] = {}  # where a place found by its suffix ends (某镇|王家庄|村: 王家庄村)
    for m in col.items.values():
        if m.type == PLACE:
            longer[m.start] = max(m.end, longer.get(m.start, 0))
    for town in towns:
        k = tok_at.get(town.end)
        if k is None or toks[k].start != town.end:
            continue
        t = toks[k]
        w = t.word
        if not _all_cjk(w) or w[-1] not in _VILLAGE_ENDS or any(c in _NAME_BAD_CHARS for c in w[:-1]):
            continue
        if len(w) == 2 and w[1] != "村":
            continue
        if not 2 <= len(w) <= 4 or (w in word_tag and t.flag not in _PROPER_PLACE_FLAGS):
            continue  # 某镇|农村: a common word
        if longer.get(t.start, 0) > t.end:
            continue
        col.items.pop((PERSON, t.start, t.end), None)  # jieba's 'name'
        col.add(Mention(PLACE, w, t.start, t.end, method="suffix", confidence=0.55))


def _clan_name(name_part: str) -> bool:
    """王家, 李庄: a surname and a word for a clan's seat, the name part of a village."""
    return len(name_part) == 2 and name_part[0] in _SINGLE and name_part[1] in _CLAN_SEATS


def _places_by_suffix(
    text: str,
    toks: list[Tok],
    tok_at: _TokenAt,
    tok_end: dict[int, int],
    word_tag: dict,
    col: _Collector,
) -> None:
    # where a unit found before ends (某|港区: a county the rule for unknown ones read, whatever word
    # jieba made of its last characters): the name of a place after it starts there
    unit_ends = {
        x.end: x.start
        for x in col.items.values()
        if x.type == PLACE and len(x.text) >= 3 and x.text.endswith(_UNIT_ABOVE)
    }
    for m in _PLACE_SUF_RE.finditer(text):
        suf, sstart, end = m.group(), m.start(), m.end()
        if end not in tok_end or sstart not in tok_at:
            continue
        k = tok_at[sstart]
        t = toks[k]
        if t.end > end:
            continue
        if (
            t.start < sstart
            and (
                (t.end == end and word_tag.get(t.word, "ns")[:2] not in ("ns", "nr", "nz"))  # 乡村: a word
                or t.flag in ("v", "d", "ad", "m", "q", "r")
            )
            # but 某县|寨|豁乡: two characters right after the unit above name the town, whatever
            # words jieba makes of them
            and not (suf in _VILLAGE_LEVELS and _under_unit(text, sstart - 2, toks, tok_end, suf))
        ):
            continue
        if suf == "路" and t.word in _WAY_WORDS:
            continue  # 致富新路: a way of doing, not a road
        if len(t.word) == 2 and t.start == sstart - 1 and t.word[0] in _GOING:
            continue  # 回村, 进城, 返乡: going there, no name
        limit = _PLACE_SUFFIXES[suf]
        start = min(t.start, sstart)
        proper = t.start < sstart and word_tag.get(t.word, "ns")[:2] in ("ns", "nr", "nz")
        no_name = False  # a level or a kind after a unit's name or a quantity: no name of its own
        # a place jieba knows whole (某某镇 as one word): only places and levels join it from before
        whole = t.flag == "ns" and t.start <= sstart - 2
        j = k
        while j > 0:
            p = toks[j - 1]
            if whole and not _is_place_tok(p) and p.word not in _LONE_LEVELS:
                break  # 联系|某某镇: a word before a place's whole name is none of it
            quarter = (  # 某市|东郊|某产业园: the city's quarter a direction names (jieba: s)
                len(p.word) == 2
                and p.word[0] in "东南西北"
                and p.word[1] in "郊城关"
                and j >= 2
                and (toks[j - 2].word in GAZ or toks[j - 2].flag == "ns")
            )
            if (
                sstart - p.start > limit
                or not _all_cjk(p.word)
                or (
                    p.flag not in _PLACE_OK_FLAGS
                    and not quarter
                    and p.word not in _LONE_LEVELS  # (某某|县|某产业园: jieba's lone 县 is zg)
                    # (某区装备|制造|产业园: a verb inside a zone's name, when a place starts it)
                    and not (p.flag == "v" and suf in _ZONES and _place_before(toks, j - 1, sstart - limit))
                )
            ):
                break
            if p.word in _WHEN_WORDS:
                break  # 去年|回村: when, never part of a place's name
            if p.end in unit_ends and sstart - p.end >= 2:
                # 某|港区|某某镇: the district found before is a place of its own; 某|港区|某某产业园:
                # the district's zone, named after it, starts where the district does
                u = unit_ends[p.end]
                if (
                    suf in _ZONES
                    and toks[tok_at[u]].start == u
                    # (not 某区|某某|工业园: a zone with a name of its own)
                    and all(x.word in word_tag and x.flag not in _PROPER_PLACE_FLAGS for x in toks[j:k])
                ):
                    j, start = tok_at[u], u
                break
            if p.word in _CUT_TOKENS or (
                p.word in _POSTS_SET and (sstart - p.end >= 2 or _strong_post(p.word))
            ):
                break  # 县长|某某镇, 村民|某某村: a post before a name is no part of a place's name
            if p.flag in ("m", "b", "r") and p.word.startswith(_QUANT_START):
                no_name = True  # 许多|城镇, 主要|街道, 一个|某某园区: how many or which, a kind
                break
            if start == sstart and suf in _VILLAGE_LEVELS and p.word[-1] in _UNIT_END and _is_place_tok(p):
                no_name = True  # 某县|乡、村: the county's townships, no place named by 乡
                break
            if (
                _is_place_tok(p)
                and p.word.endswith(("镇", "乡", "区", "县", "市", "省", "街道"))
                and sstart - start >= 2
                and suf not in _ZONES
            ):
                break  # 东关镇西庄村: the town is a place of its own (not 某县某产业园: the county's)
            if suf in ("港区", "作业区") and p.word.endswith("港") and sstart - p.end >= 2:
                break  # 某某港|某某港区: the port is a place of its own, its district another
            j -= 1
            start = p.start
            if p.flag in ("nr", "ns", "nz", "nrt", "nrfg") or p.word not in word_tag:
                proper = True
            if (
                _is_place_tok(p)
                and not p.word.endswith(_SIDE_STATIONS)  # (某市|南站|广场: on)
                and (len(p.word) >= 2 or p.word in _LONE_LEVELS)  # (某鹭|湖|公园: a lake's name goes on)
            ):
                # a place starts the name (长江大桥, 苏州工业园区), with the city named right
                # before the part of it a direction names (某市|北郊|某产业园); not a unit written
                # with its level (某区|某街道)
                if (
                    j > 0
                    and p.word in _LONE_LEVELS
                    and (toks[j - 1].word in GAZ or toks[j - 1].flag == "ns")
                    and sstart - toks[j - 1].start <= limit + 3
                ):
                    j -= 1  # 某某|县|某产业园: the place and its level jieba cut apart
                    start = toks[j].start
                elif (
                    j > 0
                    and quarter
                    and (toks[j - 1].word in GAZ or toks[j - 1].flag == "ns")
                    and not toks[j - 1].word.endswith(_HIGHER_UNIT_END + _TOWN_END)
                    and len(toks[j - 1].word) >= 2
                    and sstart - toks[j - 1].start <= limit + 2
                ):
                    j -= 1
                    start = toks[j].start
                break
            if (
                p.word.endswith(tuple(_PLACE_SUFFIXES))
                and len(p.word) >= 2
                and not p.word.endswith(_STATIONS)
                # (but 某某路|街道: a subdistrict named after its road)
                and not (suf == "街道" and p.word.endswith(("路", "大道", "大街")) and _all_cjk(p.word))
            ):
                j += 1  # 公园北广场: another place ends here (a station's square is the station's)
                start = toks[j].start
                break
        while j < k and (
            (
                toks[j].flag in ("v", "ad", "d", "u", "ul", "uj")
                or (toks[j].flag == "a" and len(toks[j].word) > 1)
            )
            or toks[j].word in _LONE_LEVELS
        ):
            if toks[j].word in ("村", "镇", "乡") and not any(
                x.flag in _PROPER_PLACE_FLAGS or x.word not in word_tag for x in toks[j + 1 : k]
            ):
                no_name = True  # 村|文化广场: the village's square, a kind of place, no name
            j += 1  # 健全街道, 市龙源湖公园: the words before the name are not part of it
            start = toks[j].start if j < k else min(t.start, sstart)
        if toks[j].flag == "vn" and (
            j + 1 < k or (j + 1 == k and len(t.word) - len(suf) >= 2 and t.flag in _PROPER_PLACE_FLAGS)
        ):
            j += 1  # 建设|某某产业园, 宣传|某某路: an activity before the name (but 建设路 keeps its name)
            start = toks[j].start if j < k else t.start
        if text[start] in "了的" and sstart - start >= 3:
            start += 1  # 建立了|某某园区: a particle glued to the name by the segmenter
        elif text[start] in _LEVEL_CHARS and sstart - start >= 3 and start and _cjk(text[start - 1]):
            # 某某|镇北|徐村: the level ends the place before (某某镇), the village is 北徐村
            if not no_name:
                _town_before(text, start, toks, tok_end, word_tag, col)
            start += 1
        if no_name or (suf in _PORTS and not proper):
            continue  # (集装箱码头, 二类口岸: a kind of port, no name)
        under_unit = False
        if (
            sstart - start < 2
            and suf in _VILLAGE_LEVELS
            and (
                _under_unit(text, sstart - 2, toks, tok_end, suf)
                or _under_found_unit(text, sstart - 2, col, suf)
            )
        ):
            # 某县|叫|河镇, 某镇|岸上|村, 某区|待|王|街道: two characters after the unit above name it
            start, proper, under_unit = sstart - 2, True, True
        elif (
            suf in _VILLAGE_LEVELS
            and sstart - start >= 2
            and not any(c in _NAME_BAD_CHARS for c in text[sstart - 2 : sstart])
        ):
            # 某县|石牌|镇, 某某镇|石门|村: a common word right after the unit above names its town or
            # village (the unit a word of its own, or a place found before)
            i = sstart - 2
            if _under_unit(text, i, toks, tok_end, suf) or _under_found_unit(text, i, col, suf):
                start, proper, under_unit = i, True, True
        name_part = text[start:sstart]
        if (
            len(name_part) == 2
            and name_part[0] in _VILLAGE_HEAD_LEVELS
            and name_part[1] not in _SIDE_CHARS
            and suf in _VILLAGE_LEVELS
        ):
            continue  # 村联乡, 乡保镇: two levels and a word between, not a village's name
        if (
            t.word in _KINDS_OF_PLACE
            and not under_unit
            and not any(x.flag in _PROPER_PLACE_FLAGS or x.word not in word_tag for x in toks[j:k])
        ):
            # 东部小镇, 卫生文明村: a kind of place after a common word (but 某县|柏碾|镇, 某镇|后坡|村:
            # two characters right after the unit above name its town or village)
            continue
        if name_part in _GOAL_VERBS and suf not in ("路", "街", "大道", "大街"):
            continue  # 建设高新区, 打造产业园: what is built, no name (but 建设路 is a road's name)
        if _PLACE_KIND_HEAD.fullmatch(name_part):
            continue  # 病险水库, 口袋公园, 人均公园, 山区村: a kind of place by its size, state or use
        if _RANKED.match(name_part) or _RANKED.match(text, max(0, start - 1), start + 1):
            continue  # 认定为省级|某开发区, 国家级湿地公园: a rank, no name
        if name_part in _DESIGNATION_PART or text[start:end] in _GENERIC_PLACES:
            continue  # 国家高新区, 城中村: a kind of zone or village, not one named
        if _ETHNIC_KIND.search(name_part):
            continue  # 满族乡: a kind of township (a named one, 某某满族乡, is _ethnic_units')
        if len(name_part) < 2 or name_part.startswith(_QUANT_START):
            continue
        cand = text[start:end]
        tag = word_tag.get(cand)
        if tag is not None and not tag.startswith(("ns", "nr", "nz")):
            continue  # 农村, 城市: a common word
        nt = word_tag.get(name_part)
        if len(suf) == 1 and nt is not None and nt[0] in "vadmrq":
            continue  # 壮大村, 多个村
        if suf == "观" and not (t.start < sstart and t.flag in ("nr", "ns")):
            continue  # 世界观, 景观, 参观: not a temple
        if (
            not proper
            and nt is not None
            and nt[0] in "nv"
            and suf in ("村", "乡", "镇")
            and not _clan_name(name_part)
        ):
            continue  # 亮点村: a common noun before 村 (but 王家村: a clan's village)
        if suf == "社区" and name_part.endswith((*_HIGHER_UNIT_END, *_VILLAGE_LEVELS)):
            continue  # 某区社区: the district's communities
        if (
            suf in ("社区", "小区")
            and nt is not None
            and nt[:2] not in ("ns", "nz")
            and not any(x.type == PLACE and x.end == start for x in col.items.values())
        ):
            # 智慧社区, 城市社区: a kind of community; a common word names one only after the unit
            # it belongs to (某街道幸福社区)
            continue
        if not proper and suf in ("园区", "小区") and not _compound_name(suf, name_part, toks[j:k]):
            continue  # 文化广场: a kind of place, not a name
        if suf in _SIDE_STATIONS and (not proper or _SIDE_STATION_NAMES.match(text, end)):
            continue  # 终点站|西站: no name before it; 某某东站|街道: the station names another place
        if len(cand) < 3:
            continue
        col.add(Mention(PLACE, cand, start, end, method="suffix", confidence=0.55))


# The banners, sums and gachas of Inner Mongolia (its counties, townships and villages), and the
# parts a banner is named by after its league's or its people's name (某某左旗, 某某右翼前旗).
_STEPPE_LEVEL = re.compile("旗|苏木|嘎查")
_BANNER_SIDE = re.compile("(?:[左右]翼)?[左右前后中]?旗")
_STEPPE_NAME_FLAGS = frozenset({"n", "ns", "nr", "nrt", "nrfg", "nz", "j", "ng", "g"})
_STEPPE_NAME_MAX = 6  # characters of the name before the level's word (a transcription of up to six)
# What a flag is (红旗, 锦旗, 队旗): no banner's name ends with it before 旗.
_FLAG_KINDS = frozenset("红彩锦国党队会团军校厂小大面花星")


def _steppe_name_part(t: Tok, word_tag: dict) -> bool:
    """A noun, or a word jieba does not know and reads as no function word (a transcription)."""
    return t.flag in _STEPPE_NAME_FLAGS or (t.word not in word_tag and t.flag[0] not in "vudpcrmqf")


def _steppe_units(
    text: str, toks: list[Tok], tok_at: _TokenAt, word_tag: dict, freq: dict, col: _Collector
) -> None:
    """某某旗, 某某苏木, 某某嘎查: a name of nouns and unknown words (a transcription jieba cuts
    as it can) before the level, up to the unit above it, a clause's edge or a function word."""
    for m in _STEPPE_LEVEL.finditer(text):
        k = tok_at.get(m.start())
        if k is None:
            continue
        t, last = toks[k], toks[tok_at[m.end() - 1]]
        if last.end != m.end():
            continue  # (旗帜, 苏木的: a word of its own; but 嘎|查, cut in two)
        if t.start < m.start() and not (
            (t is last and (t.flag == "ns" or _BANNER_SIDE.fullmatch(t.word)))
            or (t is not last and _steppe_name_part(t, word_tag))
        ):
            continue  # (国旗: a word; but 某某|左旗, 某某旗 as one place word, 某某嘎|查)
        j = k
        while j > 0:
            p = toks[j - 1]
            if (
                not _all_cjk(p.word)
                or not _steppe_name_part(p, word_tag)
                or _STEPPE_LEVEL.search(p.word)
                or p.word.endswith(("市", "盟", "县", "区", "镇", "乡", "村"))
                or p.word in _POSTS_SET
                or p.word in _CUT_TOKENS
                or t.start - p.start > _STEPPE_NAME_MAX
            ):
                break
            j -= 1
        start = toks[j].start
        name_part = text[start : m.start()]
        if len(name_part) < 2 or name_part.startswith(_QUANT_START):
            continue  # 全旗, 各苏木: the banner's own, a count
        cand = text[start : m.end()]
        tag = word_tag.get(cand)
        if m.group() == "旗" and (
            tag is not None
            or name_part[-1] in _FLAG_KINDS
            or not any(
                x.word not in word_tag
                or x.flag in ("ns", "nz", "nrt")
                or (x.flag.startswith("nr") and freq.get(x.word, 0) < _COMMON_NR_FREQ)
                for x in toks[j : k + 1 if t.start < m.start() else k]  # (with 某某旗 as one word)
            )
        ):
            continue  # 五星红旗, 一面锦旗, 梅花旗: a flag (its emblem a common word), no banner
        if tag is not None and not tag.startswith(("ns", "nr", "nz")):
            continue
        col.add(Mention(PLACE, cand, start, m.end(), method="suffix", confidence=0.55))


# The units of the rural people's communes (1958-1984): 某某(人民)公社, 某某(生产)大队 and the
# numbered 第N生产队, written alone or as a chain under a county (某县某某公社某某大队第三生产队).
# Each unit is a place; its committee (某某公社党委, 某某大队党支部) is a body of its own.
_COMMUNE_LEVEL = {"人民公社": 1, "公社": 1, "生产大队": 2, "大队": 2, "生产队": 3}
_COMMUNE_UNIT = re.compile("|".join(sorted(_COMMUNE_LEVEL, key=len, reverse=True)))  # (longest first)
_TEAM_ORDINAL = re.compile("第[一二三四五六七八九十]{1,3}$")
_COMMUNE_NAME_MAX = 6
# What a village's name ends with that jieba cuts off as a word of its own (某某|屯, 某某|坡, 某某|寺)
_VILLAGE_LAST = frozenset("庄屯寨营沟湾洼店桥坡岭岗铺集堡楼窑坪峪寺庙山河坝台口港湖井场园圩垸滩")
_COMMUNE_NAME_FLAGS = _STEPPE_NAME_FLAGS | {"f"}
_ABOVE_COMMUNE = ("县", "旗", "市", "区", "盟", "省", "镇", "乡", "村")


def _commune_name_tok(t: Tok, word_tag: dict) -> bool:
    """A piece of a commune's or a brigade's name: a noun, a side (前|某庄), or a word jieba does
    not know; never a body's word (党委) or a post."""
    return (
        _all_cjk(t.word)
        and (
            t.flag in _COMMUNE_NAME_FLAGS
            or (t.word not in word_tag and t.flag[0] not in "vudpcrmqft")
            or t.word in _VILLAGE_LAST  # (某某|铺: v)
        )
        and (t.flag != "f" or t.word in _SIDE_CHARS)
        and _org_suffix(t.word) is None
        and t.word not in _POSTS_SET
        and not _COMMUNE_UNIT.search(t.word)
    )


def _proper_piece(t: Tok, word_tag: dict, freq: dict) -> bool:
    """A word that names something: unknown to jieba, a place, a rare name (not 边远, 红旗: nr)."""
    return (
        t.word not in word_tag
        or t.flag in ("ns", "nz", "nrt")
        or (t.flag.startswith("nr") and freq.get(t.word, 0) < 100)
    )


def _county_glued(toks: list[Tok], i: int) -> bool:
    """toks[i] is a county's (a banner's) 县 jieba joined to the first character of the name after
    it, after the county's name (某某|县城|关)."""
    w = toks[i].word
    return (
        len(w) == 2
        and w[0] in "县旗"
        and _all_cjk(w)
        and i >= 1
        and (_is_place_tok(toks[i - 1]) or toks[i - 1].flag.startswith("nr"))
    )


def _kind_word(t: Tok, word_tag: dict, freq: dict) -> bool:
    """A common word or an abbreviation that names a kind of brigade (交警, 消防), not one."""
    return len(t.word) >= 2 and t.word in word_tag and (t.flag == "j" or freq.get(t.word, 0) >= 200)


def _commune_name_start(toks: list[Tok], k: int, word_tag: dict, freq: dict, unit_start: int) -> int | None:
    """Where the name of the unit whose word is toks[k] starts: nouns and unknown words back to the
    unit above it (某县, 某某旗; 某某|县城|关: the county's 县 jieba joined to the name), a clause's
    edge or a function word. None when what is there names no unit (全公社, 先进大队, 交警大队)."""
    j = k
    start = unit_start
    above = False
    long_form = toks[k].word in ("人民公社", "生产大队")
    while j > 0:
        p = toks[j - 1]
        if _county_glued(toks, j - 1):
            return p.start + 1  # 某某|县城|关公社: the county, then the name (城关)
        if j >= 2 and len(p.word) == 1 and _all_cjk(p.word) and _county_glued(toks, j - 2):
            return p.start - 1
        if p.word.endswith(_ABOVE_COMMUNE) and _all_cjk(p.word):
            above = p.word.endswith(("县", "旗"))  # (某县|闸口|公社: the name is what lies between)
            break
        if not _commune_name_tok(p, word_tag) or unit_start - p.start > _COMMUNE_NAME_MAX:
            break
        start = p.start
        j -= 1
    if unit_start - start < 2:
        return None
    pieces = [t for t in toks[j:k] if t.start >= start]
    last = pieces[-1] if pieces else None
    if last is None or last.word.startswith(_QUANT_START) or pieces[0].word.startswith(_QUANT_START):
        return None
    if above and len(pieces) <= 2 and not _kind_word(last, word_tag, freq):
        return start
    if len(last.word) >= 2:
        # (not 交警, 民兵: a kind of brigade; but any noun names a 某某生产大队, 某某人民公社)
        named = _proper_piece(last, word_tag, freq) or (
            long_form and last.flag.startswith("n") and not _kind_word(last, word_tag, freq)
        )
    else:
        named = last.word in _VILLAGE_LAST or _proper_piece(last, word_tag, freq)
    return start if named else None


def _commune_units(
    text: str, toks: list[Tok], tok_at: _TokenAt, word_tag: dict, freq: dict, col: _Collector
) -> None:
    """Communes, brigades and numbered teams as places (and so no body ends where one does:
    某县某某公社某某大队 is a place, not an organisation; see _drop_overlaps)."""
    found: list[list[int]] = []  # [start, end, level]
    for m in _COMMUNE_UNIT.finditer(text):
        k = tok_at.get(m.start())
        if k is None or toks[tok_at[m.end() - 1]].end != m.end() or toks[k].start != m.start():
            continue  # 大队长, 公社化: a word of its own
        level = _COMMUNE_LEVEL[m.group()]
        prev = found[-1] if found else None
        start = None
        if level == 3:
            ordinal = _TEAM_ORDINAL.search(text, max(0, m.start() - 4), m.start())
            if ordinal is None:
                continue  # (生产队: the kind, not one team)
            start = ordinal.start()
            if prev is not None and prev[1] == start and prev[2] == 2:
                prev[1], prev[2] = m.end(), 3  # 某某大队第三生产队: the brigade's team
                continue
        elif prev is not None and prev[2] < level and 2 <= m.start() - prev[1] <= _COMMUNE_NAME_MAX:
            between = [toks[i] for i in range(tok_at[prev[1]], k)]
            if between[0].start == prev[1] and all(_commune_name_tok(t, word_tag) for t in between):
                start = prev[1]  # 某某公社|某某|大队: the brigade under the commune just named
        if start is None:
            start = _commune_name_start(toks, k, word_tag, freq, m.start())
        if start is None:
            continue
        if text.startswith("原", start) and m.start() - start >= 3:
            start += 1  # 原某某公社: the former commune
        found.append([start, m.end(), level])
    for start, end, _ in found:
        col.add(Mention(PLACE, text[start:end], start, end, method="suffix", confidence=0.55))


_ROAD_RE = re.compile("大道|大街|路|街")
# A road's word with its compass part (解放中路, 某某东街) or its number (中山三路) as jieba cuts it.
_COMPASS_ROADS = frozenset(a + b for a in "东西南北中" for b in ("路", "街"))
_NUMBERED_ROAD = re.compile("[一二三四五六七八九十]路")
# What jieba joins to a road's word: on it, its crossing, a stretch, its side (某路上, 某路口).
_ROAD_SIDE_WORDS = frozenset({"上", "口", "段", "边", "旁"})
_ROAD_WORD_TAGS = frozenset({"n", "nz", "ns", "nt"})
# What is said of roads only: a section, a crossing, the sides, another road joined to it
# (丰收路中段, 某路与某路交叉口).
_ROAD_CONTEXT = re.compile(
    r"(?:交叉口|交汇处|交会处|路口|[东西南北中]段|两侧|沿线|以[东西南北]|[东西南北]侧|附近|[向往][东西南北]"
    r"|[与和、至到][\u3400-\u9fff]{2,4}(?:路|街|大道))"
)
# A road listed after another (绕行某路、解放路): what the list holds is roads.
_ROAD_BEFORE = re.compile(r"(?:路|街|大道)[、和与及]$")


def _roads(text: str, toks: list[Tok], tok_at: _TokenAt, word_tag: dict, freq: dict, col: _Collector) -> None:
    """Roads the suffix rule leaves: a road's word jieba joined to what follows it (某路上,
    某路口), a compass part after a verb (解放中路), a number (中山三路), and a road named with a
    common word where the text speaks of a road (丰收路中段, 和平街与某路交叉口)."""
    found = {x.end: x.start for x in col.items.values() if x.type == PLACE}  # (the suffix rule's)
    for m in _ROAD_RE.finditer(text):
        s, e = m.span()
        k = tok_at.get(s)
        if not k:
            continue  # no word before it
        t = toks[k]
        if t.start == s:
            rest = t.word[e - s :]
            if rest and rest not in _ROAD_SIDE_WORDS:
                continue  # 路线, 街头, 大道理: a word of its own
            kind = "glued" if rest else "alone"
        elif t.end == e and t.word in _COMPASS_ROADS:
            kind = "compass"
        elif t.end == e and _NUMBERED_ROAD.fullmatch(t.word):
            kind = "numbered"
        elif (
            t.end == e
            and word_tag.get(t.word, "n") in _ROAD_WORD_TAGS
            and 2 <= s - t.start <= 3
            and text[s - 1 : e] not in word_tag
        ):
            # 胜利路: one word of a common word and the road's (new, or a noun); not one ending
            # with a word of its own (新思路, 高速公路)
            kind = "joined"
        else:
            continue
        p = (
            Tok(t.word[: s - t.start], word_tag.get(t.word[: s - t.start], "x"), t.start, s)
            if kind == "joined"
            else toks[k - 1]
        )
        w = p.word
        if (
            not 2 <= len(w) <= 4
            or not _all_cjk(w)
            or w in _CUT_TOKENS
            or p.flag in _STOP_FLAGS
            or p.flag in ("m", "d")
            or w.startswith(_QUANT_START)
        ):
            continue
        proper = w not in word_tag or (
            p.flag in _PROPER_PLACE_FLAGS
            and not (p.flag.startswith("nr") and freq.get(w, 0) >= _COMMON_NR_FREQ)
        )
        context = bool(
            _ROAD_CONTEXT.match(text, e) or _ROAD_BEFORE.search(text, max(0, p.start - 3), p.start)
        )
        if kind == "glued":
            ok = proper  # 人生路上, 致富路上: a way of life, not a road
        elif kind in ("alone", "joined"):
            ok = proper or context
        elif kind == "numbered" and t.word == "一路":
            # 从某地一路走来, 沿某路一路往东: all the way
            ok = (context and text[e : e + 1] not in ("向", "往")) or e == len(text) or not _cjk(text[e])
        else:
            ok = True
        if ok and found.get(e, e) >= p.start:  # (not again inside a road already found)
            col.add(Mention(PLACE, text[p.start : e], p.start, e, method="suffix", confidence=0.55))


# What follows two countries named by one character each (中美关系, 中俄两国, 推动中加合作).
_PAIR_TAIL = frozenset(
    {"关系", "两国", "双方", "合作", "友好", "贸易", "人民", "战略", "邦交", "建交", "之间", "两党", "两军"}
    | {"经贸", "对话", "友谊", "首脑", "元首", "联合声明", "边界", "会谈", "交往"}
)


# One-character names of China's provinces and special regions, as in 京津冀, 港澳台, 晋陕豫.
_REGION_ABBR = frozenset("京津冀沪渝粤苏浙皖鲁豫晋陕甘湘鄂赣闽琼桂滇黔川藏辽港澳台")
# 访华, 在京举行: China and Beijing by one character after a verb of coming, going or being.
_ONE_CHAR_CAPITAL = re.compile(
    r"(?<=[访来驻在抵离赴])华(?![盛侨人裔北南东西中夏商文语府])|(?<=[在抵进赴来离驻])京(?![剧城津郊戏腔])"
)


# Flags and words the first loop of _orgs_and_places tests: region abbreviations, places,
# organisations, and the words _country_pair holds for (a pair alone or with what follows it).
_PLACE_ORG_FLAGS = frozenset({"ns", "j", "m", "nt"})
_COUNTRY_PAIR_WORDS = frozenset(
    a + b + tail for a in _CN_COUNTRY_ABBR for b in _CN_COUNTRY_ABBR if a != b for tail in ("", *_PAIR_TAIL)
)
_PLACE_ORG_WORDS = frozenset({*GAZ, *ORGS} | _COUNTRY_PAIR_WORDS)
# The last characters of the organisation suffixes: where a word that may end with one ends.
_ORG_LAST_CHAR = re.compile("[" + "".join(map(re.escape, sorted(_ORG_SUFFIX_BY_LAST))) + "]")


# A count of administrative units after a list of their names (甲、乙、丙三县, 甲、乙两市).
_COUNTED_UNITS = re.compile("[两二三四五六七八九十]个?(?:县市区|县市|县区|市县|县|市|区|镇|乡|村|省)")
# Numerals that start a count of units (三县, 两市): no place's name.
_COUNT_CHARS = frozenset("两二三四五六七八九十百")


def _list_member(t: Tok) -> bool:
    """A place's bare name in a list: two to four characters, a name-like word."""
    return (
        2 <= len(t.word) <= 4 and _all_cjk(t.word) and t.flag not in _STOP_FLAGS and t.word not in _CUT_TOKENS
    )


# A level written as a word of its own after a place's name (芝加哥|市, 某某|州): part of the name.
_LEVEL_WORDS = frozenset({"市", "省", "州", "县", "区"})
_LEVEL_END = ("市", "省", "州", "县", "区")


def _country_pair(w: str, nxt: str) -> bool:
    if len(w) < 2 or w[0] == w[1] or w[0] not in _CN_COUNTRY_ABBR or w[1] not in _CN_COUNTRY_ABBR:
        return False
    return w[2:] in _PAIR_TAIL or (len(w) == 2 and nxt in _PAIR_TAIL)


def _name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where non-empty names occur in text, as _names_rx(names).finditer would find them: left to
    right, not overlapping, the longest name where several start at one place."""
    longest: dict[int, int] = {}  # where a name starts -> the length of the longest one there
    for name in names:
        n = len(name)
        i = text.find(name)
        while i >= 0:
            if longest.get(i, 0) < n:
                longest[i] = n
            i = text.find(name, i + 1)
    spans = []
    free = 0  # where the last span taken ends
    for i in sorted(longest):
        if i >= free:
            free = i + longest[i]
            spans.append((i, free))
    return spans


@lru_cache(maxsize=32)
def _names_rx(names: frozenset[str]) -> re.Pattern | None:
    """One alternation of the names, longest first (a curator's lexicon: compiled once)."""
    if not names:
        return None
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


_UNIT_WORDS = frozenset({"县", "市", "区"})
# A town's or a village's name, then a county's or a city's: a body named from its county, printed
# after where it stands (某乡|某县某某专业合作社); the lower level never comes first in one name.
_TOWN_THEN_COUNTY = re.compile(
    r"[\u3400-\u9fff]{2,4}(乡|镇|村|街道)(?=[\u3400-\u9fff]{2,3}[县市](?![场民政区容委]))"
)
# (自治县某局 is no county's name: its name, 某某满族|, stands before it)
_COUNTY_START = re.compile(r"(?!自治)[\u3400-\u9fff]{2,3}[县市](?![场民政区容委])")
_NOT_BRAND_VERBS = frozenset("是有让使要会能把被为在称说")


def _brand_char(tok: Tok) -> bool:
    """One character jieba tags a verb inside a brand (某晋|润|果蔬贸易): not a copula or an auxiliary."""
    return len(tok.word) == 1 and tok.word not in _NOT_BRAND_VERBS


_CLAUSE_MARKS = frozenset({"，", "。", "；", "：", "！", "？", "、", "“", "”", "（", "\n", " "})


def _abbreviated_bureau(toks: list[Tok], idx: int, word_tag: dict) -> int | None:
    """市人|社局, 市|住|建局, 县|文广|旅局: a level and a bureau's abbreviated name, which jieba
    cuts into new words (not in its dictionary) ending with 局/委/办/厅; 市|防汛|办: a level, a task
    and 办 alone. Where the name starts."""
    t = toks[idx]
    if t.word == "办" and idx >= 2:
        # 市|扫黑|办, 县|防汛|办: a level, the task (two characters) and 办, which jieba tags a verb
        task, level = toks[idx - 1], toks[idx - 2]
        if (
            level.word in _ABBR_LEVELS
            and len(task.word) == 2
            and _all_cjk(task.word)
            and task.flag in ("v", "vn", "n", "j")
            and task.word not in _CUT_TOKENS
            # (not 由县统一办。, 马上办了: the verb that ends what is to be done)
            and (idx + 1 == len(toks) or toks[idx + 1].word[:1] not in "。，；！？了的好完")
        ):
            return idx - 2
        return None
    if len(t.word) != 2 or t.word[-1] not in _BUREAU_CHARS or t.word in word_tag:
        return None
    chars = 0
    k = idx
    while k > 0 and chars <= 3:
        p = toks[k - 1]
        if not _all_cjk(p.word) or p.word in _CUT_TOKENS or p.flag in ("p", "c", "u", "uj", "ul", "r", "m"):
            return None
        k -= 1
        if p.word[0] in _ABBR_LEVELS and (len(p.word) == 1 or p.word not in word_tag):
            return k if chars + len(p.word) >= 2 else None  # (市|建局 alone is too short to tell)
        chars += len(p.word)
    return None


_BUREAU_CHARS = frozenset("局委办厅")
_ABBR_LEVELS = frozenset("省市县区")


# Where a county's or a district's own name may follow: the clause's edge, a verb or a preposition
# (深入某县, 在某区), a conjunction, the place above it.
_COUNTY_LEFT_FLAGS = ("x", "p", "v", "c", "ns", "vn")
_COUNTY_NAME_FLAGS = ("ns", "nr", "nrt", "nrfg", "nz")
_COUNTY_NOT_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "d", "r", "m", "q", "f", "v", "a", "ad", "t", "y"})


def _unknown_counties(
    text: str,
    toks: list[Tok],
    starts: dict[int, Tok],
    tok_at: _TokenAt,
    word_tag: dict,
    freq: dict,
    col: _Collector,
) -> None:
    """A county or a district the gazetteer does not know (a new one, another province's): two
    characters and 县 or 区, however jieba cuts them (某石|县, 某|东区, 某|川|区), the pair no word of
    its own but a name or a rare noun, the whole no dictionary word (开发区, 贫困县, 老城区: kinds),
    printed where a place's name may stand (深入某县, 某县、某县, 在某区)."""
    for m in _COUNTY_END.finditer(text):
        i = m.start()
        s = i - 2
        pair = text[s:i]
        if s < 0 or s not in starts or not _all_cjk(pair) or pair[-1] in "区县市镇乡村":
            continue
        if text[s : i + 1] in word_tag or pair in GAZ or text[s : i + 1] in GAZ:
            continue
        tag = word_tag.get(pair)
        if starts[s].end == i:
            tag = starts[s].flag  # (one word to jieba, from its dictionary or its model: 产煤|县)
        if (
            tag is not None
            and tag not in _COUNTY_NAME_FLAGS
            and not (tag == "n" and freq.get(pair, 0) < 300)
            and not (tag == "f" and freq.get(pair, 0) < 1000 and starts[s].end == i)
        ):
            continue  # (but a rare locative of two characters: 某麓|区, a hill's north side named)
        first = starts[s]
        unit = toks[tok_at[i]]
        if unit.end != i + 1 and not (unit.start == i and unit.word[1:2] in ("要", "将", "的")):
            continue  # (the level is part of a longer word: 区域, 县城; but 某某|县要)
        if unit.start == i - 1:
            # 某|东区: the level and the pair's last character one place word; not 为|社区, 河|灌区
            if (
                (
                    unit.flag != "ns"
                    and not (unit.flag == "nr" and first.flag in _RARE_MORPHEME_FLAGS)
                    # (某|城区: a name's one character jieba knows only as a name or morpheme)
                    and not (unit.word == "城区" and first.flag in _NAME_MORPHEME_FLAGS)
                    # (某|岗区, 某|港区: a rare word of the level after a character jieba knows only as
                    # a name or a bound morpheme; not 为|社区, 河|灌区, 某|景区: kinds of area)
                    and not (
                        unit.flag == "n"
                        and (
                            (first.flag in _RARE_MORPHEME_FLAGS and freq.get(unit.word, 0) < 200)
                            or (
                                first.flag in _NAME_MORPHEME_FLAGS
                                and freq.get(unit.word, 0) < 10
                                and first.word not in _DIRECTION_FIRST  # (医院|东|院区: its east campus)
                            )
                        )
                    )
                )
                or len(first.word) != 1
                or (
                    first.flag not in ("n", "nr", "ng", "j", "zg", "nz", "ns", "g")
                    and not (first.flag == "f" and first.word in _DIRECTION_FIRST)  # (东|某县)
                    # (a verb of one character is a place's first only when it takes no place
                    # after it: 望|淮区, not 到|东区, 去|西区)
                    and not (first.flag == "v" and first.word not in _PLACE_VERBS)
                )
            ):
                continue
        elif (
            first.end < i
            and any(
                t.flag in _COUNTY_NOT_FLAGS and not (t is first and t.word in _DIRECTION_FIRST)
                for t in (first, starts[first.end])
            )
            and not _rare_morpheme_pair(first, starts[first.end], i)
        ):
            continue  # 可|在|县, 还|把|县: function words, no name (but 东|某|县: a direction starts it)
        prev = toks[tok_at[s - 1]] if s > 0 else None
        if prev is not None and _cjk(prev.word[-1]) and prev.flag not in _COUNTY_LEFT_FLAGS:
            continue  # (全国|百强县: a kind of county, after what it is counted in)
        if prev is not None and prev.word[-1].isdigit() and len(first.word) == 1:
            continue  # 520|户|山区: a count and its measure word before a kind of area
        col.add(Mention(PLACE, text[s : i + 1], s, i + 1, method="suffix", confidence=0.55))
        zone = _ZONE_RE.match(text, i + 1)
        if zone is not None:  # 某某县|工业园: the county's zone, named after it
            col.add(Mention(PLACE, text[s : zone.end()], s, zone.end(), method="suffix", confidence=0.55))


# China's fifty-five minority nationalities as their names are written before 族 (public, closed list):
# an autonomous unit or an ethnic township names them after its own name (某某满族自治县, 某某朝鲜族乡,
# 某某黎族苗族自治县).
_NATIONALITIES = (
    *("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家"),
    *("哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇"),
    *("柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米"),
    *("塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙"),
    *("鄂伦春", "赫哲", "门巴", "珞巴", "基诺"),
)
_NATIONALITY = "(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + ")族"
_ETHNIC_UNIT = re.compile(f"(?:{_NATIONALITY})+(?:自治县|自治州|自治旗|乡|镇)")
_ETHNIC_KIND = re.compile(f"(?:{_NATIONALITY})+$")


def _ethnic_units(
    text: str, toks: list[Tok], tok_end: dict[int, int], word_tag: dict, col: _Collector
) -> None:
    """An autonomous county or prefecture, or an ethnic township, by its name before the
    nationalities and the level (某某|满族|自治县, 某|某|苗族|自治县, 某某屯|满族|乡), however jieba cuts
    the name: one word of two or three characters, or two of one character each. Not a kind of
    unit after a quantity or a unit above it (全县|满族|乡, 两个|朝鲜族|乡)."""
    for m in _ETHNIC_UNIT.finditer(text):
        k = tok_end.get(m.start())
        if k is None:
            continue  # (the name and the first nationality are one word: no name cut off before it)
        t = toks[k]
        if len(t.word) == 1 and k > 0 and len(toks[k - 1].word) == 2 and t.flag not in _PAIR_FUNCTION_FLAGS:
            # 某岗|屯|满族镇: a name of two characters and its seat's
            p = toks[k - 1]
            if not _all_cjk(p.word) or (p.word in word_tag and p.flag not in _PROPER_PLACE_FLAGS):
                continue
            start = p.start
        elif len(t.word) == 1 and k > 0:
            p = toks[k - 1]
            if (
                len(p.word) != 1
                or not _cjk(p.word)
                or p.flag in _PAIR_FUNCTION_FLAGS
                or p.word in _PLACE_VERBS
                or p.word in _NOT_NAME_HEAD
                or t.flag in _PAIR_FUNCTION_FLAGS
            ):
                continue
            start = p.start
        elif 2 <= len(t.word) <= 3:
            if (
                t.flag in _STOP_FLAGS
                or t.flag in ("v", "d", "m")
                or t.word in _CUT_TOKENS
                or t.word.startswith(_QUANT_START)
                or t.word[-1] in "省市县区乡镇村"
                or (t.word in word_tag and t.flag not in _PROPER_PLACE_FLAGS and t.flag != "n")
            ):
                continue
            start = t.start
        else:
            continue
        name = text[start : m.end()]
        if not _all_cjk(name):
            continue
        for x in list(col.items.values()):
            if x.type == PERSON and start <= x.start < m.end():
                col.items.pop((PERSON, x.start, x.end), None)  # (jieba's 'name': 某某屯)
        col.add(Mention(PLACE, name, start, m.end(), method="suffix", confidence=0.6))


_COUNTY_END = re.compile("[县区]")
# Tags jieba gives a character it knows only as a bound morpheme (溆: g, 碧: ng, 漷: zg; its model
# guesses yg for a character of no dictionary word).
_RARE_MORPHEME_FLAGS = frozenset({"g", "ng", "zg", "yg"})
_NAME_MORPHEME_FLAGS = _RARE_MORPHEME_FLAGS | {"nr", "nz", "ns"}
# Words of one character that are never part of a county's name, whatever follows them.
_PAIR_FUNCTION_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "d", "m", "q", "y", "t"})


def _rare_morpheme_pair(first: Tok, second: Tok, level_at: int) -> bool:
    """Two words of one character before a county's level, one of them a character jieba knows
    only as a bound morpheme (碧|溆|县, 漷|坪|县): a name it does not know, whatever it makes of the
    other character."""
    return (
        len(first.word) == 1
        and len(second.word) == 1
        and second.end == level_at
        and (first.flag in _RARE_MORPHEME_FLAGS or second.flag in _RARE_MORPHEME_FLAGS)
        and first.flag not in _PAIR_FUNCTION_FLAGS
        and second.flag not in _PAIR_FUNCTION_FLAGS
        and first.word not in _NOT_NAME_HEAD
    )


# A unit's level that jieba glues to the second character of its name (某|口镇, 某|塘村).
_GLUED_UNIT_LEVELS = frozenset("镇乡村")


def _rare_head_units(toks: list[Tok], col: _Collector) -> None:
    """A town or a village whose first character jieba knows only as a bound morpheme (or a rare
    measure word) and whose second it glues to the level (滃|口镇, 溇|塘村): the three characters are
    the place. (Not a district: 某|景区, 某|社区 are kinds of area after another word.)"""
    for k in range(1, len(toks)):
        t, p = toks[k], toks[k - 1]
        if (
            len(t.word) == 2
            and t.word[1] in _GLUED_UNIT_LEVELS
            and _cjk(t.word[0])
            and t.word[0] not in _GLUED_UNIT_LEVELS
            and len(p.word) == 1
            and _cjk(p.word)
            and (
                p.flag in _RARE_MORPHEME_FLAGS
                # (a rare measure word; not 某镇马|家|洼村, 三|个|村: a common one, a count)
                or (p.flag == "q" and p.word not in _MEASURE_SURNAMES | _THING_MEASURE and p.word != "个")
            )
            and p.word not in _NOT_NAME_HEAD
        ):
            col.add(Mention(PLACE, p.word + t.word, p.start, t.end, method="suffix", confidence=0.55))


_DIRECTION_FIRST = frozenset("东西南北")
# Verbs of one character that take a place after them (到某区, 赴某县): never a place's first character.
_PLACE_VERBS = frozenset("到去来回赴往至进出入过走住离抵访逛游飞在落迁搬驻返经临")
_ROAD_BY_NUMBER = re.compile(
    r"(?:国道|省道|县道|乡道)[0-9０-９]{1,4}线?|(?<![A-Za-z0-9])[GS][0-9]{1,4}(?:国道|省道|高速)"
)


# The level a place's last character gives it: a province over a city over a county or district
# over a town (a place the gazetteer knows takes its kind's).
_LEVEL_OF_END = {"省": 4, "市": 3, "州": 3, "盟": 3, "县": 2, "区": 2, "旗": 2, "镇": 1, "乡": 1}
_LEVEL_OF_KIND = {"province": 4, "city": 3, "county": 2, "district": 2}
_LONE_LEVEL = frozenset("省市县区")  # a level written alone, the start of a body's name


def _place_level(toks: list[Tok], k: int) -> int | None:
    """The administrative level of the place toks[k] names (its own last character, the level
    written after it, or the gazetteer's kind), or None where it shows none."""
    t = toks[k]
    if t.word in GAZ:
        return _LEVEL_OF_KIND.get(GAZ[t.word])
    if t.flag != "ns" or len(t.word) < 2:
        return None
    if t.word[-1] in _LEVEL_OF_END and len(t.word) >= 3:  # (not 城市, 市区)
        return _LEVEL_OF_END[t.word[-1]]
    if k + 1 < len(toks) and toks[k + 1].word in _LEVEL_OF_END and not toks[k + 1].flag.startswith("v"):
        return _LEVEL_OF_END[toks[k + 1].word]
    return None


def _name_start(t: Tok) -> bool:
    """A token a body's name can start with: a place, a level written alone, a party committee's
    or a government's short name (市委, 县政协), a body jieba knows (nt)."""
    return (
        (t.word in GAZ and len(t.word) >= 2)  # (not 港, 京: a place's one-character short name)
        or t.flag in ("ns", "nt")
        or (t.word in _LONE_LEVEL and not t.flag.startswith("v"))
        or _SHORT_ORG.fullmatch(t.word) is not None
    )


def _clause_word(t: Tok, word_tag: dict) -> bool:
    """A token of the clause around a body's name, not of the name: a word of no name's kind (one
    ending in a body's one-character suffix is a body's, 公安局, unless its last two characters are
    a verb: 督促交办, 依法严处)."""
    suf = _org_suffix(t.word)
    return (
        not _name_start(t)
        and t.word not in _LEVEL_OF_END  # (某地|镇|卫生院: a place's level after its name)
        and t.word not in ("村", "街道", "社区")
        and t.flag not in ("nz", "j", "nrt", "nrfg", "nr", "m", "b")
        and (suf is None or (len(suf) == 1 and word_tag.get(t.word[-2:], "")[:1] == "v"))
        and all(_cjk(c) for c in t.word)
    )


def _clause_before_name(toks: list[Tok], j: int, idx: int, word_tag: dict) -> int | None:
    """Where a body's name starts inside the chunk toks[j:idx] when the chunk has taken in words
    of the clause around it, which jieba tagged as nouns (工作|总结|报|市委办公室, 暨|市委…), or
    None if it has not:

    - words of no name's kind before the chunk's first place or level (a name that does not start
      with a place starts with a body jieba knows or a word ending like a body: 某某银行|某地|分行 is
      one name);
    - a place, then a verb, then a level written alone (某县|依托|县|电商中心): the place is the
      clause's subject;
    - a larger place after a smaller one (某区|某市第三中学, 某镇|某省某某公司): where the body is,
      then its own name;
    - a body's whole name, words of the clause, then a place (县法院|依法|公开审理|某县某局): the
      second body is the clause's object.
    """
    if j >= idx:
        return None
    if toks[j].word in _CUT_TOKENS and j + 1 < idx:
        return j + 1
    if not _name_start(toks[j]):
        # (a place or a level, not a body jieba knows: 公共资源|交易中心 is one name)
        p = next((p for p in range(j + 1, idx) if _name_start(toks[p]) and toks[p].flag != "nt"), None)
        if (
            p is not None
            and toks[p].start - toks[j].start >= 3  # (not 国营|某地某厂, 原|某地某厂, 东湖|县委)
            and all(_clause_word(x, word_tag) for x in toks[j:p])
        ):
            return p
    cut = None
    last_level = None
    body_end = None  # after a whole body's name, and only clause words since
    prev_clause = False  # whether toks[p - 1] is a word of the clause
    for p in range(j, idx):
        t = toks[p]
        clause = _clause_word(t, word_tag)
        if body_end is not None and p > body_end and (t.flag == "ns" or (t.word in GAZ and len(t.word) >= 2)):
            cut = p  # 县法院|依法|公开审理|某县某局: another body, the object of the clause
        if not clause and len(t.word) >= 2 and _org_suffix(t.word) is not None:
            body_end = p + 1
        elif not clause:
            body_end = None
        if (
            p > j + 1
            and t.word in _LONE_LEVEL
            and not t.flag.startswith("v")
            and prev_clause
            and toks[p - 1].flag == "v"
            and len(toks[p - 1].word) >= 2
        ):
            cut = p
        prev_clause = clause
        level = _place_level(toks, p)
        if level is not None:
            if last_level is not None and level > last_level:
                cut = p
            last_level = level
    return cut


def _orgs_and_places(
    text: str,
    toks: list[Tok],
    words: list[str],
    flags: list[str],
    starts: dict[int, Tok],
    tok_at: _TokenAt,
    tok_end: dict[int, int],
    word_tag: dict,
    freq: dict,
    col: _Collector,
    lexicon: Lexicon | None,
) -> None:
    # Places from the gazetteer and jieba ns. Only the words one of the tests below can hold for:
    # a flag they test, a known place or body, a pair of countries.
    maybe = set(_where(map(_PLACE_ORG_FLAGS.__contains__, flags)))
    maybe.update(_where(map(_PLACE_ORG_WORDS.__contains__, words)))
    for idx in sorted(maybe):
        t = toks[idx]
        w = t.word
        if (
            t.flag in ("ns", "j", "m")
            and 2 <= len(w) <= 3
            and all(c in _REGION_ABBR for c in w)
            and GAZ.get(w) != "region"  # (京津冀: a region named as one)
        ):
            for k, c in enumerate(w):  # 港澳台, 京津冀: regions named by one character each
                col.add(Mention(PLACE, c, t.start + k, t.start + k + 1, method="abbr", confidence=0.6))
            continue
        if w in _COUNTRY_PAIR_WORDS and _country_pair(w, toks[idx + 1].word if idx + 1 < len(toks) else ""):
            col.add(Mention(PLACE, w[0], t.start, t.start + 1, method="abbr", confidence=0.6))
            col.add(Mention(PLACE, w[1], t.start + 1, t.start + 2, method="abbr", confidence=0.6))
            continue
        if t.flag == "ns" or w in GAZ:
            if len(w) == 1:
                continue
            if (
                w[0] in _TOWN_END
                and len(w) >= 3
                and w[-1] in _VILLAGE_ENDS
                and w not in GAZ
                and idx > 0
                and 2 <= len(toks[idx - 1].word) <= 3
                and _all_cjk(toks[idx - 1].word)
                and toks[idx - 1].flag in _PROPER_PLACE_FLAGS
            ):
                # 东关|镇马村: jieba joined the town's 镇 to the village after it
                p = toks[idx - 1]
                col.add(Mention(PLACE, p.word + w[0], p.start, t.start + 1, method="suffix", confidence=0.55))
                col.add(Mention(PLACE, w[1:], t.start + 1, t.end, method="suffix", confidence=0.55))
                continue
            if (
                w[0] in _TOWN_END
                and w not in GAZ
                and idx > 0
                and _all_cjk(toks[idx - 1].word)
                and toks[idx - 1].word[-1] not in _LEVEL_CHARS
                and toks[idx - 1].flag in _PROPER_PLACE_FLAGS | {"n"}
            ):
                continue  # 某某|镇柳坡|村: jieba joined the town's 镇 to the village's name after it
            nxt_word = toks[idx + 1].word if idx + 1 < len(toks) else ""
            levelled = (nxt_word in _LEVEL_WORDS and not w.endswith(_LEVEL_END)) or (
                nxt_word == "地区" and GAZ.get(w) in ("city", "county")
            )  # 某某|县; a prefecture's old name, 吕梁|地区
            if w not in GAZ and not levelled and not _plausible_place(w, idx, toks, word_tag):
                continue  # (a word before its level, 某某|县, is a place's name whatever surrounds it)
            if w.endswith("地区") and len(w) >= 4 and GAZ.get(w[:-2]) not in (None, "city", "county"):
                # 华北地区 -> 华北; a prefecture's old name keeps its 地区 (某某地区, whose city is 某某市)
                col.add(Mention(PLACE, w[:-2], t.start, t.end - 2, method="gazetteer", confidence=0.7))
                continue
            if len(w) == 2 and all(c in _CN_COUNTRY_ABBR for c in w) and w not in GAZ:
                col.add(Mention(PLACE, w[0], t.start, t.start + 1, method="abbr", confidence=0.6))
                col.add(Mention(PLACE, w[1], t.start + 1, t.end, method="abbr", confidence=0.6))
                continue
            # a place followed by an organisation word is part of an organisation, handled below
            e = t.end
            if levelled:
                e = toks[idx + 1].end  # 某外国城市|市: the level jieba cut off is part of the name
            col.add(
                Mention(
                    PLACE,
                    text[t.start : e],
                    t.start,
                    e,
                    method="gazetteer" if w in GAZ else "jieba",
                    confidence=0.7,
                )
            )
        elif (
            (
                w in ORGS
                or (
                    t.flag == "nt"
                    and not w.endswith(_NOT_ORG_END)
                    and not (w.endswith("化") and not w.endswith("文化"))  # 中国化: -isation, no body
                    and len(w) >= 2
                    and not _generic_org(w)
                    and w[-2:] not in _SITUATION_JU  # 共建新格局: jieba's nt for a situation
                    and not _any_country(text, t.start)  # 两|国议会
                    and (
                        w.endswith(_ORG_SUFFIX + _ORG_SHORT_END)
                        or (freq.get(w, 0) >= _NT_MIN_FREQ and not w.endswith(_NT_NOT_BODY_END))
                    )
                    and not (w.endswith("部") and all(c in "东南西北中" for c in w[:-1]))
                    and not (w.startswith(_QUANT_START) and w.endswith(_COMMUNE_UNIT_ENDS))  # 全公社: nt
                )
            )
            and not _split_wrongly(w, idx, toks, freq)
        ):
            col.add(Mention(ORGANISATION, w, t.start, t.end, method="jieba", confidence=0.6))

    for m in _ONE_CHAR_CAPITAL.finditer(text) if "华" in text or "京" in text else ():
        if m.start() in starts or m.start() - 1 in starts:
            col.add(Mention(PLACE, m.group(), m.start(), m.end(), method="abbr", confidence=0.55))

    # Roads by their number: 国道107线, 省道312线, G4京港澳高速 (the number is the name).
    for m in _ROAD_BY_NUMBER.finditer(text) if "道" in text or "G" in text else ():
        col.add(Mention(PLACE, m.group(), m.start(), m.end(), method="suffix", confidence=0.6))

    # Places listed and counted by their level: 甲、乙、丙三县 (the counties' bare names).
    for m in _COUNTED_UNITS.finditer(text) if "、" in text else ():
        k = tok_end.get(m.start())
        members: list[Tok] = []
        while k is not None and k >= 0 and _list_member(toks[k]):
            members.append(toks[k])
            if k < 2 or toks[k - 1].word != "、":
                break
            k -= 2
        if len(members) >= 2:
            for t in members:
                col.add(Mention(PLACE, t.word, t.start, t.end, method="list", confidence=0.55))

    # Places by suffix: 李家庄村 / 建设路 / 东城街道 / 南湖湿地公园.
    if "县" in text or "区" in text:
        # (first: a town's name is read after the county found here, 某某县|两字|镇)
        _unknown_counties(text, toks, starts, tok_at, word_tag, freq, col)
    if "族" in text:
        _ethnic_units(text, toks, tok_end, word_tag, col)
    _places_by_suffix(text, toks, tok_at, tok_end, word_tag, col)
    if "镇" in text or "乡" in text or "村" in text:
        _rare_head_units(toks, col)
    _villages_after_towns(toks, tok_at, word_tag, col)
    _transcribed_places(text, starts, word_tag, freq, col)
    if "旗" in text or "苏木" in text or "嘎查" in text:
        _steppe_units(text, toks, tok_at, word_tag, freq, col)
    if "路" in text or "街" in text or "大道" in text:
        _roads(text, toks, tok_at, word_tag, freq, col)
    commune_era = "公社" in text or "生产队" in text or "生产大队" in text
    if commune_era:
        _commune_units(text, toks, tok_at, word_tag, freq, col)

    # Organisations by suffix: extend left over nominal tokens.
    for last in _ORG_LAST_CHAR.finditer(text):
        idx = tok_end.get(last.end())
        if idx is None:
            continue  # the character ends no word
        t = toks[idx]
        suf = _org_suffix(t.word)
        if suf is None and idx and len(t.word) == 1:
            # 某市妇幼保健|院: a suffix jieba cut in two, its last character a word of its own
            suf = _org_suffix(toks[idx - 1].word + t.word)
            if suf is not None and (len(suf) == 1 or toks[idx - 1].flag not in ("n", "vn")):
                suf = None
        if suf is None or (commune_era and t.word in _COMMUNE_LEVEL):
            continue  # 某某公社|某某大队: a place; 先进大队, 各生产队: a kind of unit, no body
        if t.word.endswith(_EVENT_ENDINGS):
            continue
        place_unit = (
            len(t.word) == 2
            and t.word[-1] in _PLACE_UNIT_LAST
            and t.word not in _MEMBER_WORDS
            and idx > 0
            and (
                _is_place_tok(toks[idx - 1])
                or (toks[idx - 1].flag in ("nt", "nz", "nr") and t.word[0] in _LONE_LEVELS)
            )
            and not toks[idx - 1].word.endswith(_GENERIC_AREA)
        ) or (
            t.word == "委"
            and idx > 0
            and _is_place_tok(toks[idx - 1])
            and toks[idx - 1].word.endswith(_HIGHER_UNIT_END)
        )  # 某县|县委, 某市|教委, 某县|委: a body of the place before it (not 城市|党委, 某某|原委)
        abbreviated = _abbreviated_bureau(toks, idx, word_tag)
        if (
            t.word != suf
            and abbreviated is None
            and (
                t.flag.startswith("v")
                or t.flag in ("d", "a", "ad")
                or (t.flag in ("i", "l") and len(suf) == 1)
                or (len(t.word) == 2 and len(suf) == 1 and t.flag != "nt" and not place_unit)
            )
        ):
            # 举办, 部署: a verb that happens to end like an organisation; 成群结队: an idiom
            # (but 某地|专科学校: a set phrase for a kind of school, named by the place before it)
            continue
        if (
            len(suf) == 1
            and len(t.word) >= 3
            # (民政局, 财政局: a field of government and 局, a body jieba knows, though 政局 is a word)
            and not (t.flag == "nt" and suf == "局" and word_tag.get(t.word[:-1], "")[:1] == "n")
            and word_tag.get(t.word[-2:]) not in (None, "nt")
            and freq.get(t.word[-2:], 0) >= 500
        ):
            continue  # 服务大局, 格局: a common word ends with the suffix character
        if t.word.endswith(("常委", "委员", "干部")) or t.word in _POSTS_SET:
            continue  # a post, not a body
        if suf == "局" and t.flag != "nt" and t.word[-2:] in _SITUATION_JU:
            continue  # 已成定局, 产业布局, 打破僵局: a situation or a game, not a bureau
        if idx + 1 < len(toks) and toks[idx + 1].word.endswith(("园", "园区")):
            continue  # 国家大学科技园: the body's name is part of a place's
        if suf == "中心" and (
            t.word in _DOWNTOWN
            or (idx + 1 < len(toks) and _org_suffix(toks[idx + 1].word) == toks[idx + 1].word)
        ):
            continue  # 某市|市中心|支行: "central" of a body's kind after it, or the city's centre
        if idx and toks[idx - 1].flag == "m" and toks[idx - 1].word.endswith(("届", "次")):
            continue  # 十四届人大常委会: the body's full name is written elsewhere
        if t.word == "人大" and idx + 1 < len(toks) and toks[idx + 1].word in ("工委", "常委会", "常委"):
            continue  # 街道人大|工委: one body, found on its last word
        if (
            t.word != suf
            and abbreviated is None
            and freq.get(t.word, 0) < _NT_MIN_FREQ
            and word_tag.get(t.word[: -len(suf)]) == "v"
        ):
            continue  # 歌唱党: a verb and its object run together, not a body
        j = org_chunk_start(toks, idx + 1, 30)
        if suf in _PAPER and t.word != suf:
            j = idx  # 人民日报: a paper's whole title jieba knows, not a place's paper (某省|人民日报)
        if abbreviated is not None:
            j = min(j, abbreviated)
        elif place_unit:
            j = idx - 1  # the body's name is the place's and the unit's (折射出|某县|县委)
            while j > 0 and _is_place_tok(toks[j - 1]) and _all_cjk(toks[j - 1].word):
                j -= 1
        elif j == idx + 1:
            j = idx
            if idx and ((t.word == suf and t.flag == "zg") or t.flag in ("i", "l")):
                # 某地飞机|厂: jieba tags a lone 厂 zg; 某地卫生|专科学校: a set phrase tagged l
                j = org_chunk_start(toks, idx, 30)
        if (
            t.flag in ("i", "l")
            and suf not in _COMPANY
            and (
                t.word.startswith(_QUANT_START)
                or not any(_is_place_tok(x) or x.flag == "nt" for x in toks[j:idx])
            )
        ):
            continue  # 成群结队, 专科学校: a set phrase, a body only after a place (某地专科学校)
        if (
            j < idx
            and toks[j].flag in ("v", "vn", "a")
            and (_is_place_tok(toks[j + 1]) or toks[j + 1].word.startswith(_LEVEL_PREFIX))
            and not _is_place_tok(toks[j])
        ):
            j += 1  # 发展|中国某党, 尊重|某地政府: what is done to the body, before its name
        elif (
            j < idx
            and toks[j].flag == "n"
            and len(toks[j].word) == 2
            and toks[j].word not in GAZ
            and _org_suffix(toks[j].word) is None
            and (toks[j + 1].word in GAZ or toks[j + 1].flag == "ns")
            and (j == 0 or not _cjk(toks[j - 1].word[-1]) or toks[j - 1].flag[0] in "mv")
        ):
            j += 1  # 3比1|战胜|某镇某中学队: a verb jieba tags a noun, before the place that starts the name
        if suf in _COMPANY:
            # company names hold odd words (康星笑动物药业): walk back to a place that starts them
            k = idx
            place = None
            while k > 0 and t.end - toks[k - 1].start <= 20:
                p = toks[k - 1]
                if not all(_cjk(c) or c.isalnum() or c in "（）()" for c in p.word) or p.word in _CUT_TOKENS:
                    break
                if p.flag in _NOT_IN_COMPANY_FLAGS or (
                    p.flag in ("v", "d", "ad")
                    and k >= 2
                    and (toks[k - 2].flag == "nt" or _org_suffix(toks[k - 2].word))
                ):
                    break  # 某中学|正式|组成|教育集团, 某公司|联合|某集团: what a body does, not a name
                k -= 1
                stem = toks[k - 1] if k else None
                if p.word in _UNIT_WORDS and stem and stem.flag in _STEM_FLAGS and len(stem.word) == 2:
                    place = k - 1  # 某石|县|某达|鞋业有限公司: a county the gazetteer lacks starts it
                    break
                if (p.word in GAZ and len(p.word) >= 2) or p.flag == "ns":  # (not 新 of 新疆)
                    place = k
                    if p.word in GAZ or k == 0 or toks[k - 1].word in _CLAUSE_MARKS:
                        break
                    # a word jieba tags a place inside the name (某某|路桥|工程有限公司): the
                    # name may start further back, at a place the gazetteer knows
            if place is not None:
                j = min(j, place)
            elif (
                # a brand at a clause's start (多氟多新材料股份有限公司): the clause's first words,
                # when none of them is a verb or a function word
                k < j
                and (k == 0 or toks[k - 1].word in _CLAUSE_MARKS)
                and t.end - toks[k].start <= 20
                and not any(
                    (x.flag[0] in "vpcudrq" and not (x.flag == "v" and x is not toks[k] and _brand_char(x)))
                    or x.flag in _STOP_FLAGS
                    or (x.flag == "m" and len(x.word) > 1)
                    for x in toks[k:j]
                )
                and toks[k].word[0] not in "（("
                and (suf not in ("公司", "集团") or t.start - toks[k].start >= 3)
            ):
                j = k  # (not 建筑|三个|公司, 伙同|公司, 局|（|公司）)
        j = _after_kind_noun(toks, j, idx)
        j = _after_acting_body(toks, j, idx)
        # allow 与 / 和 joined heads when the chunk starts with a place or level prefix
        chunk_start = toks[j].start
        k = j
        while (
            k > 1
            and toks[k - 1].word in ("与", "和", "及")
            # (某开发区|与|某地某某有限公司, 某村|与|市|农业科学院: the part after 与 names a body
            # of its own, from its own place, level or name jieba knows; two parties, not one)
            and not _own_place_start(toks[k])
            and toks[k - 2].flag in _NOMINAL | {"v", "l"}  # (自然资源|和|规划局: jieba's l)
            and not toks[k - 2].flag.startswith("nr")  # 某会会长某某|和|委员会: a person joined
            and not toks[k - 2].word.endswith(_ORG_SUFFIX)
            and not _is_place_tok(toks[k - 2])
        ):  # 行政审批与大数据管理局, not 教育局和应急管理局 nor 解放区与某中心
            k2 = k - 1
            while (
                k2 > 0
                and (
                    toks[k2 - 1].flag in _NOMINAL
                    or toks[k2 - 1].flag in ("v", "l")
                    or toks[k2 - 1].word in _COUNTED_LEVELS
                )
                and toks[k2 - 1].word not in _HEAD_POSTS
            ):  # (a head's post ends the body before it: 某会副主任委员|某某|和|委员会)
                k2 -= 1
                if toks[k2].word in GAZ or toks[k2].flag == "ns" or toks[k2].word in _COUNTED_LEVELS:
                    break  # (北山|县|发展|和|改革|委员会: jieba's 县 is no noun)
            if (
                toks[k2].word in GAZ
                or toks[k2].flag == "ns"
                or toks[k2].word.startswith(_LEVEL_PREFIX)
                or (
                    k2 == k - 2
                    and (k2 == 0 or not _cjk(toks[k2 - 1].word[-1]))
                    and suf in _BUREAU
                    and toks[k2].flag in ("n", "vn")
                    and all(x.flag in ("n", "vn") for x in toks[k:idx])
                )
            ):  # 、人力资源和社会保障局: a standard two-part name of a bureau, alone after punctuation
                chunk_start = toks[k2].start
                k = k2
            break
        cand_end = t.end
        cand = text[chunk_start:cand_end]
        # parentheses must balance
        while _closes_first(cand):  # 某厂）某某（某公司: the chunk ran back over a roster's entry
            cut = _first_close(cand) + 1
            cand = cand[cut:]
            chunk_start += cut
        if (
            cand.count("（") > cand.count("）")
            and "）" not in cand[cand.rindex("（") :]
            # (某局（分公司）: a body's second name, which closes after the suffix)
            and not (text.startswith("）", cand_end) and _org_suffix(cand[: cand.rindex("（")]))
        ):
            cut = cand.rindex("（") + 1
            cand = cand[cut:]
            chunk_start += cut
        while cand.count("（") != cand.count("）") and cand:
            if cand.startswith("（") or cand.startswith("）"):
                cand = cand[1:]
                chunk_start += 1
            else:
                break
        if cand.count("（") == cand.count("）") + 1 and text.startswith("）", cand_end):
            cand_end += 1  # 某市烟草专卖局（分公司）: the body's second name closes after the suffix
            cand = text[chunk_start:cand_end]
        mm = _ORG_LEFT_TRIM.match(cand)
        if mm and len(cand) - mm.end() >= 2:
            cand = cand[mm.end() :]
            chunk_start += mm.end()
        if (mm := _PARTY_BEFORE_GOVERNMENT.search(cand)) is not None:
            cand = cand[mm.end() :]  # (某)市委|市政府: two bodies, each found on its own
            chunk_start += mm.end()
        if (mm := _TOWN_THEN_COUNTY.search(cand)) is not None and len(cand) - mm.end(1) >= 6:
            cand = cand[mm.end(1) :]  # 在某县某乡|某县某某合作社: where it is, then its own name
            chunk_start += mm.end(1)
        if (cut := _clause_before_name(toks, tok_at[chunk_start], idx + 1, word_tag)) is not None:
            chunk_start = toks[cut].start
            cand = text[chunk_start:cand_end]
        if len(cand) > 30 or len(cand) < 2 or _generic_org(cand) or _any_country(text, chunk_start):
            continue
        if suf == "政府" and not (
            cand.startswith(_LEVEL_PREFIX)
            or any(_is_place_tok(x) or x.word in _LONE_LEVELS for x in toks[j:idx])
        ):
            continue  # 热议|政府: a government is a place's or a level's (某县人民政府, 市政府)
        if _COUNTED_KIND.search(cand):
            continue  # 某区|两个|医疗集团, 某区|部分|幼儿园: how many of a kind, no body named
        if suf == "政府" and cand[:-2] in GAZ and GAZ[cand[:-2]] == "country":
            continue  # 中国政府: the country is the place; a national government is not named as a body here
        if cand == suf and (suf in _WEAK_ORG or suf not in _BARE_BODIES):
            continue  # 银行, 中心: a kind of body, not one named
        if len(cand) <= 2 and word_tag.get(cand) not in ("nt", None):
            continue
        tag = word_tag.get(cand)
        # 该区文化局: the body named before, by its kind (resolved to its full name later)
        referred = j > 0 and (
            _REFERRED_PLACE.fullmatch(toks[j - 1].word) is not None
            or (
                toks[j - 1].word == "、" and t.flag in ("n", "nt", "j")
            )  # 某局、教育局: one of a list of bodies
        )
        if tag is not None and tag not in ("nt", "nz", "ns") and len(cand) <= 3 and not referred:
            continue
        # a weak suffix needs a proper head: place, level prefix or jieba nt
        if (
            suf in _WEAK_ORG
            and not referred
            and (
                len(cand) < (4 if suf in ("局", "厅", "委", "办") else 6)
                # 中心 at any length: 乡村旅游服务中心, 现代化区域中心 are kinds without a place
                or (
                    suf == "中心"
                    and not any(
                        _is_place_tok(x) or x.word.endswith(_UNIT_PLACE_END) for x in toks[min(j, k) : idx]
                    )
                )
            )
            and not (
                cand.startswith(_LEVEL_PREFIX)
                or any(
                    x.word in GAZ
                    or x.flag in ("nt", "nz", "j")
                    or (x.flag == "ns" and x.word not in word_tag)
                    for x in toks[min(j, k) : idx]  # (from a head joined by 和: 某国|统计|和|人口研究中心)
                )
                # the suffix's own word is evidence only as a body jieba knows (nt) or a name
                # it tags nz with more than the suffix before it (某某队), not a set phrase
                # that ends like one (和平共处, 照本宣科, 新事新办)
                or t.flag == "nt"
                or (t.flag == "nz" and t.word[-1] not in "处科办部")
            )
        ):
            continue
        if cand[-1] in ("所", "处", "部", "科") and len(cand) <= 3:
            continue
        if suf == "党校" and not (cand[:-2].endswith("委") or cand[:-2] in GAZ):
            continue  # 某市委党校, 某县党校; not 基层党校, 集团党校: a party committee's or a place's
        if (
            t.word == suf
            and suf in _PLACE_MODIFIER_SUFFIX
            and j < idx
            and all(_is_place_tok(x) for x in toks[j:idx])
        ):
            continue  # 某市|中心城区, 某区|科|创局: a place and a word that is not a body's name
        col.add(Mention(ORGANISATION, cand, chunk_start, cand_end, method="suffix", confidence=0.6))

    # Party and people's congresses by their ordinal: 第十五次全国代表大会, 十五大.
    for m in _CONGRESS.finditer(text) if "代表大会" in text or _NUMBER_BIG.search(text) else ():
        s0 = m.start()
        if m.group().startswith("第") and s0 in tok_end:
            prev = toks[tok_end[s0]]
            if (
                prev.flag in ("nt", "j")
                or prev.word in ORGS
                or prev.word.endswith(("党", "学社", "建国会", "促进会"))
            ):
                s0 = prev.start
        if s0 == m.start() and m.group().startswith("第") and "全国" not in m.group():
            continue  # 某协会第三次代表大会: a meeting of a body, not a body named by its congress
        col.add(Mention(ORGANISATION, text[s0 : m.end()], s0, m.end(), method="congress", confidence=0.6))

    # A party's central committee and its congress by ordinal: 某党|中央, 某党|十大.
    parties = (
        [x for x in col.items.values() if x.type == ORGANISATION and x.text.endswith(_PARTY_END)]
        if "中央" in text or _NUMBER_BIG.search(text)
        else ()
    )
    for m in parties:
        after = _PARTY_AFTER.match(text, m.end)
        if after is not None:
            e = after.end()
            col.add(Mention(ORGANISATION, text[m.start : e], m.start, e, method="congress", confidence=0.6))
            col.items.pop((ORGANISATION, m.end, e), None)  # 十大 alone: the party's congress, named whole

    # Short forms standing as a body (市委, 省政府); not when a post follows (then the title rule has it).
    for m in _SHORT_ORG.finditer(text):
        if m.start() > 0 and _cjk(text[m.start() - 1]) and m.start() not in starts:
            # part of a longer name (某市人大常委会): the suffix rule has it
            continue
        col.add(Mention(ORGANISATION, m.group(), m.start(), m.end(), method="short", confidence=0.65))

    if lexicon is not None:
        for names, typ in ((lexicon.known_organisations, ORGANISATION), (lexicon.known_places, PLACE)):
            rx = _names_rx(names)
            if rx is not None:
                for m in rx.finditer(text):
                    col.add(Mention(typ, m.group(), m.start(), m.end(), method="lexicon", confidence=0.95))


def run(
    text: str,
    lexicon: Lexicon | None = None,
    exclude: frozenset[str] = frozenset(),
    stems: frozenset[str] = frozenset(),
) -> Extraction:
    from .events import find_events

    mentions, toks, credits = extract_entities(text, lexicon, exclude, stems)
    bounds = frozenset(t.start for t in toks).union((toks[-1].end,) if toks else ())
    events = find_events(text, mentions, bounds)
    return Extraction(tuple(mentions), tuple(events), tuple(credits))
