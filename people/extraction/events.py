"""Events: named meetings, forums, ceremonies ... and visits or inspections led by a person."""

from __future__ import annotations

import re

from .types import PERSON, PLACE, EventMention, Mention, Participant

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
    ("座谈会", "meeting"),
    ("会议", "meeting"),
    ("会", "meeting"),
    ("仪式", "ceremony"),
    ("典礼", "ceremony"),
    ("大赛", "competition"),
    ("竞赛", "competition"),
    ("比赛", "competition"),
    ("锦标赛", "competition"),
    ("运动会", "competition"),
    ("签约", "signing"),
    ("演练", "other"),
    ("培训", "other"),
    ("活动", "campaign"),
    ("节", "other"),
    ("调研", "inspection"),
    ("考察", "inspection"),
    ("视察", "inspection"),
    ("参观", "visit"),
)
_ENDINGS = (
    "部长级会议|峰会|论坛|研讨会|座谈会|推进会|交流会|培训会|发布会|博览会|展览会|洽谈会|动员会|部署会|调度会|观摩会|表彰会|"
    "报告会|见面会|推介会|联席会议|常务会议|工作会议|全体会议|会议|大会|全会|启动仪式|签约仪式|揭牌仪式|开幕式|闭幕式|仪式|典礼|"
    "大赛|竞赛|锦标赛|运动会|展览会|展览|演练|活动|文化节|艺术节|旅游节|油菜花节|博览会"
)
EVENT_RE = re.compile(rf"[\u3400-\u9fff“”\"（）()0-9a-zA-Z+]{{2,40}}?(?:{_ENDINGS})")
_CUT = re.compile(
    r".*(?:召开|举行|举办|参加|出席|落实|贯彻|学习|传达|围绕|通过|开展|组织|筹备|主持|在|于|到|了|是|为|向|对|将|并|和|与|及|后|前|中|上|"
    r"作为|以|据|从|即|就|等)"
)
_BAD_START = ("的", "等", "各", "该", "此", "本次", "这次", "这", "那", "其")
_DATE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[、至到-]\d{1,2}日)?(?:上午|下午|晚上|晚)?|(?:\d{4}年)?\d{1,2}月(?:上旬|中旬|下旬)|"
    r"今年(?:年初|以来)?|近日|昨日|昨天|今天|当天|日前"
)
_SENT = re.compile(r"[^。！？\n]+[。！？\n]?")
_ROLE = re.compile(r"(主持|出席|讲话|致辞|参加|陪同|主讲)")
_VISIT = re.compile(
    r"(?:到|赴|莅临|深入)([\u3400-\u9fff（）]{2,30}?)(调研|考察|视察|参观考察|参观|检查|走访)"
)


def _etype(name: str) -> str:
    for suf, typ in _TYPES:
        if name.endswith(suf):
            return typ
    return "other"


def find_events(text: str, mentions: list[Mention]) -> list[EventMention]:
    persons = [m for m in mentions if m.type == PERSON]
    places = [m for m in mentions if m.type == PLACE]
    out: list[EventMention] = []
    seen: set[str] = set()
    for sent in _SENT.finditer(text):
        s0, stext = sent.start(), sent.group()
        dates = list(_DATE.finditer(stext))
        sp = [p for p in persons if s0 <= p.start < sent.end()]
        for m in EVENT_RE.finditer(stext):
            raw = m.group()
            cut = _CUT.match(raw)
            name = raw[cut.end() :] if cut else raw
            off = m.start() + (cut.end() if cut else 0)
            while name.startswith(_BAD_START):
                k = next(len(b) for b in _BAD_START if name.startswith(b))
                name, off = name[k:], off + k
            name = name.lstrip("”）)")
            core = re.sub(rf"(?:{_ENDINGS})$", "", name)
            if len(core) < 2 or name in seen:
                continue
            # generic words (会议, 活动, 专题会议 are kept only with a qualifier of 2+ characters)
            if re.fullmatch(r"[\d]+", core):
                continue
            seen.add(name)
            date = None
            before = [d for d in dates if d.end() <= m.end()]
            if before:
                date = before[-1].group()
            loc = next((p.text for p in places if s0 <= p.start < s0 + m.start()), None)
            parts = _participants(stext, s0, sp)
            out.append(
                EventMention(name, _etype(name), s0 + off, s0 + m.end(), date, loc, tuple(parts), "rule", 0.6)
            )
        for m in _VISIT.finditer(stext):
            who = [p for p in sp if p.end <= s0 + m.start()]
            if not who:
                continue
            first = who[0]
            name = text[first.start : s0 + m.end()]
            if len(name) > 50 or name in seen:
                continue
            seen.add(name)
            before = [d for d in dates if d.end() <= m.start()]
            out.append(
                EventMention(
                    name,
                    "visit" if "参观" in m.group(2) else "inspection",
                    first.start,
                    s0 + m.end(),
                    before[-1].group() if before else None,
                    m.group(1),
                    tuple(_participants(stext, s0, sp)),
                    "rule",
                    0.5,
                )
            )
    return out


def _participants(stext: str, s0: int, persons: list[Mention]) -> list[Participant]:
    out: list[Participant] = []
    seen: set[tuple[str, str]] = set()
    for p in persons:
        rest = stext[p.end - s0 :]
        m = _ROLE.search(rest)
        role = m.group(1) if m else "其他"
        key = (p.text, role)
        if key not in seen:
            seen.add(key)
            out.append(Participant(p.text, role))
    return out
