"""Assemble units into articles: reading order, headlines, credits, bodies, spans.

An article starts at a lead (本报讯…, 新华社…电, （上接…）), a byline line (本报记者 A), a standalone
photo caption, or, for lead-less pieces, at a markdown heading or headline followed by text.
Headline groups found between two stories are shared out by layout (column-wrapped PDF text prints
a headline after its story, blank-line text before it) and by wording: a headline repeats its own
story's words, so the share of its character pairs found in each neighbour decides close calls
(``affinity``). Within an article's headline groups, the kicker ends with a verb of speech
(…强调) or is the shorter topical line over a headline whose subject is a place or body; a
sub-title starts with ——. Nothing here knows any page's wording.
"""

from __future__ import annotations

import hashlib
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from . import bylines, dates
from .decode import decode
from .reflow import Mapped, clean_span, clean_text, clean_title, ends_sentence, join
from .segment import (
    BODY,
    BULLET_RE,
    BYLINE,
    COLCREDIT,
    CONT_FROM_RE,
    CONT_TO_RE,
    CREDIT,
    END_MARK_RE,
    ITEM_NUMBER,
    LABELLED_NAMES,
    LEAD,
    NOTICE_TITLE,
    SOURCE,
    SPEAKER_LINE,
    TITLE,
    Unit,
    briefs_label,
    signature_lines,
    units,
)
from .types import PHOTOGRAPHER, REPORTER, Credit, PageHints, ParsedArticle, ParsedPage

# A kicker ends with the verb that introduces the main headline (王建国在…会上强调 / 夯实…).
KICKER_END = re.compile(r"(?:强调|指出|表示|要求|提出|寄语|希望|说|倡议|呼吁)$")
# A headline whose subject is a place or body (高新区推出… / 解放区…) is a main headline.
PLACE_START = re.compile(r"^(?:[\u3400-\u9fff]{1,5}?(?:省|市|县|区|镇|乡|街道)|我市|我省|全市|全省|市|省)")
# A sub-title gives the figures (总投资25亿元, 新增学位4000个) of the news its headline reports.
# Figures: digits, or an amount in Chinese numerals with its unit (百万元, 三千吨), or doubling (翻番).
_FIGURES = re.compile(
    r"[0-9０-９]|[一二三四五六七八九十两]*[百千万亿][一二三四五六七八九十百千万亿两]*[元吨人个家件项次倍户亩台辆所名]|翻番"
)  # (not 两所, 一个: a count of a few is no figure)
# A round figure in words with 余 or 多 and what it counts (一万八千余起, 三百多名): older pages' figures.
_ABOUT_FIGURE = re.compile(
    "[一二三四五六七八九十两]*[百千万亿][一二三四五六七八九十百千万亿两]*[余多][\u3400-\u9fff]"
)
# A main headline that reports an event done: it ends with the verb that says so.
_DONE = re.compile(
    r"(?:落幕|闭幕|开幕|举行|召开|举办|投用|投产|开工|竣工|落户|揭牌|启动|签约|成立|通车|开通|完成|发布|合龙)$"
    r"|(?:召开|举行|举办)[\u3400-\u9fff]{1,12}(?:会议|会)$"  # (某县政协举行主席会议: a meeting held)
)
# A line ending with 召开, 举行 or 举办 with no meeting, festival or match before it (某区召开 /
# 某某工作推进会): what is held follows on the next line, one headline wrapped.
_HOLDS_WHAT = re.compile(r"(?<!会|节|赛|展|式|礼|议)(?:召开|举行|举办)$")
PHOTO_REF = re.compile(r"^(?:[左右上下]图|图为|图[①-⑩1-9]|[（(]?图)")
_BIGRAM_SKIP = re.compile(r"[\s\W\d_a-zA-Z]")


@dataclass
class Art:
    start_kind: str  # lead / byline / contfrom / photo / leadless / source (a digital edition's)
    lead: Unit | None = None
    units: list[Unit] = field(default_factory=list)  # body units in order
    subheads: set[int] = field(default_factory=set)  # ids of title units kept in the body
    before: list[Unit] = field(default_factory=list)
    after: list[Unit] = field(default_factory=list)
    sections: list[Unit] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    extra_units: list[Unit] = field(default_factory=list)  # credits etc., for the span
    column: bool = False
    signed: bool = False  # its last body unit is a signature line
    source_credits: list[Credit] = field(default_factory=list)  # a digital edition's 作者: field
    _pair_text: str | None = None  # lead + body as _title_bigrams() reads a headline, for affinity()

    def all_units(self) -> list[Unit]:
        out = [*self.before, *self.after, *self.units, *self.extra_units]
        if self.lead:
            out.append(self.lead)
        return out


@lru_cache(maxsize=1024)
def _title_bigrams(key: str) -> frozenset[str]:
    """A headline's character pairs, once spaces, punctuation, digits and Latin letters are dropped;
    cached, since each headline is weighed against several stories."""
    t = _BIGRAM_SKIP.sub("", key)
    return frozenset(map(operator.add, t, t[1:]))


def affinity(title: Unit, art: Art | None, raw: str) -> float:
    """Share of a headline's character pairs found in an article's text: a headline repeats its story."""
    if art is None:
        return 0.0
    if art._pair_text is None:
        # (not cleaned first: cleaning only drops or replaces runs of blanks, all skipped here anyway)
        parts = "\n".join(raw[u.start : u.end] for u in ([art.lead] if art.lead else []) + art.units)
        art._pair_text = _BIGRAM_SKIP.sub("", parts)
    tb = _title_bigrams(title.key)
    if not tb:
        return 0.0
    # a pair is one of the story's pairs exactly when it occurs in the story's text
    return sum(map(art._pair_text.__contains__, tb)) / len(tb)


# A section's label is short (要闻, 一周动态, 经济·农村); a headline's line is longer.
_LABEL_MAX = 9


def _briefs_label(group: Unit) -> bool:
    """The label of a column of short items (简讯, ■ 某某简讯): a section, never a headline or a kicker."""
    return len(group.lines) == 1 and briefs_label(group.key)


def _closes(group: Unit) -> bool:
    """A sub-title (——…) closes a headline complex."""
    return group.lines[-1].key.startswith(("——", "—", "--"))


def _title_complex(group: Unit, raw: str) -> bool:
    """A headline's whole complex in one group: three lines or more, or one line in parts set apart
    by spaces (kicker, headline, sub-title)."""
    return len(group.lines) >= 3 or (len(group.lines) == 1 and len(raw[group.start : group.end].split()) >= 2)


def allocate(groups: list[Unit], a: Art | None, b: Art | None, after_mode: bool, raw: str) -> None:
    """Share the title groups printed between the body of a and the start of b."""
    if not groups:
        return
    m = len(groups)
    if a is None and b is None:
        return
    if a is None:
        assert b is not None
        # page top: in headline-after layouts these are section labels; otherwise b's headline,
        # with anything beyond kicker + headline a section label
        if after_mode and not any(g.heading for g in groups):
            # section labels (一周动态), unless the last group plainly names b's story, or is a
            # headline's lines (no label's few words) right over b's lead and names it in part
            own = [
                g
                for g in groups[-1:]
                if affinity(g, b, raw) >= 0.6
                or (b.lead is not None and len(g.key) >= _LABEL_MAX and affinity(g, b, raw) >= 0.3)
            ]
            b.sections.extend(g for g in groups if g not in own)
            b.before.extend(own)
        else:
            # the masthead's lines are no headline; of the rest, the last two are kicker and
            # headline, or the last three when the first of them is a headline's line, not a
            # section's label (引题 / 主题 / 副题 over the page's lead story)
            rest = [g for g in groups if not (g.masthead or g.label)]
            k = 3 if len(rest) >= 3 and len(rest[-3].key) >= _LABEL_MAX and not _closes(rest[-3]) else 2
            if len(rest) >= 2 and len(rest[-2].key) <= 6 and _title_complex(rest[-1], raw):
                k = 1  # 法治时空 / 某某陷阱　某地警方捣毁某团伙　…: the headline has its parts
            b.sections.extend(g for g in groups if g not in rest[-k:])
            b.before.extend(rest[-k:])
        return
    # after a subtitle nothing more belongs to a
    limit = m
    for i, g in enumerate(groups):
        if _closes(g):
            limit = i + 1
            break
    if b is None:
        if after_mode:
            a.after.extend(groups[:limit])
            a.sections.extend(groups[limit:])
        else:
            take = [g for g in groups[:limit] if affinity(g, a, raw) >= 0.5] if not a.before else []
            a.after.extend(take)
            a.sections.extend(g for g in groups if g not in take)
        return
    prior = 0.3 if after_mode and not a.before else -0.3  # (a's headline printed over it already)
    if any(g.heading or g.box or g.item for g in groups):
        # a markdown heading starts the next article, as a box's title heads its rows (whose figures
        # repeat no headline's words) and a short item's headline its paragraph
        first = next(i for i, g in enumerate(groups) if g.heading or g.box or g.item)
        limit = min(limit, first)
        prior = -0.3
    best_k, best = 0, float("-inf")
    score = 0.0
    for k in range(0, limit + 1):
        if k > 0:
            g = groups[k - 1]
            score += affinity(g, a, raw) - affinity(g, b, raw)
        total = score + prior * k
        if total > best + 1e-9:
            best_k, best = k, total
    a.after.extend(groups[:best_k])
    rest = groups[best_k:]
    b.sections.extend(rest[:-3])
    b.before.extend(rest[-3:])


def _title_lines(groups: list[Unit], raw: str) -> list[list[str]]:
    out = []
    for g in groups:
        lines = []
        for ln in g.lines:
            t = raw[ln.start : ln.end].lstrip("#").strip()
            lines.append(clean_title(t))
        out.append([t for t in lines if t])
    return [ls for ls in out if ls]


def _join_lines(lines: list[str]) -> str:
    if len(lines) == 2 and len(lines[0]) == len(lines[1]):
        return " ".join(lines)  # a couplet: 高效集聚创新资源 / 助力产业上档升级
    return "".join(lines)


_QUOTED = re.compile(r"[“「\"]([^”」\"]{2,60})[”」\"]")


def _slogan_prefix(parts: list[str], body: str) -> int:
    """How many leading parts of a one-line headline are a slogan the story quotes (a kicker):
    ``为民办实事 服务暖人心 社区食堂开张`` over a story about the “为民办实事 服务暖人心” campaign."""
    quoted = [re.sub(r"\s+", "", q) for q in _QUOTED.findall(body)]
    for i in range(len(parts) - 1, 0, -1):
        prefix = "".join(parts[:i])
        if len(prefix) >= 4 and any(prefix in q for q in quoted):
            return i
    return 0


# A column's label: two short names joined by a middle dot (蹲点调研·一线见闻, 民生·关注).
_COLUMN_LABEL = re.compile(
    r"[\u3400-\u9fff]{2,6}[·•・][\u3400-\u9fff]{2,6}"
    # a series' name over its pieces (某某风采, 某某进行时, 某某故事)
    r"|[\u3400-\u9fff]{2,10}(?:风采|纪事|见闻|故事|群英谱|进行时|在行动|面对面)"
)
_SLOGAN_PART = re.compile(r"[\u3400-\u9fff“”]{4,}")


def _slogan(line: str) -> bool:
    """Phrases of four characters or more set apart by spaces (稳住基本盘　跑出加速度)."""
    parts = line.split()
    return len(parts) >= 2 and all(_SLOGAN_PART.fullmatch(p) for p in parts)


def _figures_line(x: str, y: str) -> bool:
    """y, under the headline x, gives the figures of its news: a sub-title, not x wrapped on."""
    return (
        len(y) >= 6
        and len(x) >= 6
        and bool(_FIGURES.search(y) or _ABOUT_FIGURE.search(y))
        and not _FIGURES.search(x)
    )


def _spaced_figures(line: str) -> bool:
    """Two or more phrases set apart by a space, each with its figure (新建校舍12栋　新增学位3000个):
    the facts of the news beside its headline, never a headline wrapped in two."""
    parts = line.split()
    return len(parts) >= 2 and all(len(p) >= 4 and _FIGURES.search(p) for p in parts)


# A line that names only where the news is, down to a town, village or community (某区某街道某社区):
# a kicker; the line under it does not open with a place's name of its own (stricter than
# PLACE_START, whose one to five characters before a level also match 板栗富了全|乡).
_PLACE_UNIT_START = re.compile(r"[\u3400-\u9fff]{2,4}?(?:省|市|县|区|镇|乡|街道|村|社区)")
_PLACE_ONLY = re.compile(
    r"(?:[\u3400-\u9fff]{2,4}?(?:省|市|县|区|镇|乡|街道)){1,3}[\u3400-\u9fff]{2,4}?(?:镇|乡|街道|村|社区)"
)


def _two_titles(x: str, y: str) -> tuple[str | None, str, str | None] | None:
    """Two headline lines of one block that are two titles, not one wrapped: (kicker, headline,
    sub-title), or None when the lines read as one headline broken in two."""
    if " " in x or " " in y:
        if _spaced_figures(y) and " " not in x:
            return None, x, y  # 某县新建三所学校 / 新建校舍12栋　新增学位3000个
        if _spaced_figures(x) and " " not in y:
            return x, y, None  # 投资8亿元　用地300亩 / 某县某产业园开工
    if _PLACE_ONLY.fullmatch(x) and not _PLACE_UNIT_START.match(y):
        return x, y, None  # 某区某街道某社区 / 某某队调解邻里纠纷
    if _DONE.search(x) and _DONE.search(y) and PLACE_START.match(y) and len(x) >= 8:
        return None, x, y  # 某动员会召开 / 某县某步道同日投用: two pieces of news done
    return None


def _set_apart(lines: list[str], width: int) -> bool:
    """Title lines of a column-wrapped page set one under another, not a headline the column
    wrapped: every line but the last well short of the column's width, or parted by a space."""
    return width > 0 and all(len(t) <= width * 0.75 or " " in t for t in lines[:-1])


def _stacked_pair(x: str, y: str) -> tuple[str | None, str, str | None] | None:
    """Two title lines set one under another that are not a headline and its sub-title: one
    headline broken after a measure word or a body's name over 关于…的通告; a catchword in quotes, or a
    district's news under its aim, the headline under a kicker. None: the usual reading decides."""
    if x[-1] in _NO_TITLE_END or (y.startswith("关于") and NOTICE_TITLE.match(y)):
        return None, x + y, None  # 某小学第十五届 / 秋季运动会闭幕, 某局 / 关于某事的通告
    if y[0] == "“" and "“" not in x:
        return x, y, None  # 法律服务下基层 / “流动调解室”搬进农家
    if (
        PLACE_START.match(y)
        and len(y) > len(x)
        and not _DONE.search(x)
        and not _FIGURES.search(x)
        and not _FIGURES.search(y[-6:])  # (某村合作社…户均增收1.2万元: figures, a sub-title)
    ):
        return x, y, None  # 促进某某共享 / 某区8家医院组建医疗联合体
    return None


# A title line that ends with a place or a time leaves its verb to the next line (某调研组到某区 /
# 调研某工作, 自明年起 / 全市…): one headline.
_OPEN_PHRASE_END = frozenset("省市县区镇乡村起时后前中")


def _place_news_under(x: str, y: str) -> bool:
    """A title line, then a longer one that opens with a place and tells its news: two titles (the
    first no broken phrase, no news done of its own)."""
    return (
        x[-1] not in _NO_TITLE_END
        and x[-1] not in _OPEN_PHRASE_END
        and PLACE_START.match(y) is not None
        and len(y) > len(x)
        and not _DONE.search(x)
    )


def _news_done_over(x: str, y: str) -> bool:
    """A title line of news done (某展览开幕), over one that is not: two titles, not one wrapped."""
    return _DONE.search(x) is not None and not _HOLDS_WHAT.search(x) and not _DONE.search(y)


def headline_parts(
    groups: list[Unit], raw: str, body: str = "", width: int = 0
) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subheadline) from the title groups of one article (width: the page's
    column width, 0 where nothing wraps)."""
    texts = _title_lines(groups, raw)
    if not texts:
        return None, None, None
    if groups and all(g.web for g in groups):
        # a digital edition's titles in 【】: the headline, then its sub-title
        flat = [_join_lines(t).strip("【】").replace("】【", "") for t in texts]
        return None, flat[0], " ".join(flat[1:]) or None  # (【某项目】【公开招标公告】: one title)
    heads = [i for i, g in enumerate(groups) if g.heading]
    if (
        heads == [0]
        and len(groups) > 1
        and len(texts) == len(groups)
        and all(raw.startswith("**", g.start) for g in groups[1:])
    ):
        # a markdown heading, then bold lines under it: the headline and its sub-title
        return None, _join_lines(texts[0]), " ".join(_join_lines(t) for t in texts[1:])
    if heads and heads[0] > 0 and len(texts) == len(groups):
        h = heads[0]
        kicker = " ".join(_join_lines(t) for t in texts[:h]) or None
        sub = " ".join(_join_lines(t) for t in texts[h + 1 :]) or None
        return kicker, _join_lines(texts[h]), sub
    kicker = sub = None
    if len(texts) == 1:
        lines = texts[0]
        if len(lines) > 1 and lines[-1].startswith("—"):
            sub, lines = lines[-1], lines[:-1]
        if len(lines) > 1 and KICKER_END.search(lines[0]):
            kicker, lines = lines[0], lines[1:]
        if kicker is None and sub is None and len(lines) == 2 and SPEAKER_LINE.match(lines[1]):
            return lines[0], lines[1], None  # 某某二十年 / 某某：我们的路修通了: kicker, words
        if (
            kicker is None
            and (len(lines) >= 3 or (sub is not None and len(lines) == 2))
            and (groups[0].stacked or _set_apart(lines, width))
            and lines[0][-1] not in _NO_TITLE_END
        ):
            # three title lines set one under another, or two over a ——sub-title: kicker and headline
            return _from_lines(lines, sub)
        if kicker is None and sub is None and len(lines) == 2 and groups[0].stacked:
            got = _stacked_pair(lines[0], lines[1])
            if got is not None:
                return got
        if (
            sub is None
            and kicker is None
            and len(lines) == 2
            and (_figures_line(lines[0], lines[1]) or ("，" in lines[1] and "，" not in lines[0]))
        ):
            # 某厂新建生产线 / 年产值可达3亿元; 某医院专家下乡坐诊 / 某县推进某建设，群众…: the sub-title
            return None, lines[0], lines[1]
        two = _two_titles(lines[0], lines[1]) if kicker is None and len(lines) == 2 else None
        if two is not None and (sub is None or two[2] is None):
            return two[0], two[1], two[2] or sub
        if (
            kicker is None
            and sub is None
            and len(lines) == 2
            and _set_apart(lines, width)
            and (" " in lines[0]) != (" " in lines[1])
            and not _meeting_sub(lines[1])
        ):
            # a column-wrapped page's two title lines, well short of its width, one of two phrases
            # set apart by a space: no headline wrapped in two (a wrapped one has no space inside
            # a line); the kicker over the headline (某某二百余株　林下某某 / 两被告人某某获刑,
            # 山洪突至 / 某某被困半山腰　救援队连夜转移); the facts with their figures under it
            # are its sub-title (某所半月破获电诈案5起 / 三人落网　挽回损失20余万元)
            if " " in lines[1] and _FIGURES.search(lines[1]):
                return None, lines[0], lines[1]
            return lines[0], lines[1], None
        if (
            kicker is None
            and sub is None
            and len(lines) == 2
            and _set_apart(lines, width)
            and (_place_news_under(lines[0], lines[1]) or _news_done_over(lines[0], lines[1]))
        ):
            # a column-wrapped page's two title lines, the first well short of its width: no headline
            # wrapped in two, but a headline and its sub-title where the second, longer, tells a
            # place's news (某某技术再上台阶 / 某医院完成首例某手术) or the first is news done and the
            # second not (某展览开幕 / 三百件藏品首次亮相; 某某节启动, 某某馆开馆)
            return None, lines[0], lines[1]
        if kicker is None and sub is None and len(lines) == 2 and groups[0].stacked:
            # two title lines set one under another where nothing wraps: the headline and its
            # sub-title (某区举办人才交流大会 / 500余家企业提供岗位1.2万个)
            return None, lines[0], lines[1]
        if (
            kicker is None
            and len(lines) == 2
            and _COLUMN_LABEL.fullmatch(lines[0])
            and not _COLUMN_LABEL.search(lines[1])
        ):
            kicker, lines = lines[0], lines[1:]  # 蹲点调研·一线见闻 / 某地某某红: a column's label over it
        head = _join_lines(lines)
        if kicker is None and len(lines) == 1 and " " in head:
            return _one_line_parts(head.split(" "), body, sub)
        return kicker, head, sub
    if len(texts[-1]) > 1 and texts[-1][-1].startswith("—"):
        sub, texts = texts[-1][-1], [*texts[:-1], texts[-1][:-1]]  # a headline's group, its ——sub-title
    flat = [_join_lines(t) for t in texts]
    if sub is None and flat[-1].startswith("—"):
        sub, flat = flat[-1], flat[:-1]
        if len(flat) == 1:
            return None, flat[0], sub
    return _from_lines(flat, sub)


# Who chaired or spoke, closing a meeting's headline (某某主持并讲话, 某某出席, 某某作政府工作报告).
# (one name or several, 某某某某出席, but not what was said: 学习某某重要讲话)
_PRESIDED = re.compile(
    r"[\u3400-\u9fff、]{2,10}?(?<!重要)(?:主持(?:并讲话|会议|大会)?|出席(?:并讲话)?|讲话|致辞|作[\u3400-\u9fff]{0,8}报告)"
)
# A meeting held, opening a lead's headline line (某常委会召开会议暨某中心组集体学习).
_HELD = re.compile("召开|举行|举办|开幕|闭幕")


# What a meeting did, opening a part of the line under its headline (审议通过…, 听取…报告, 研究…工作).
_AGENDA = re.compile("审议|表决|听取|研究|传达|选举")


def _meeting_sub(line: str) -> bool:
    """A line of parts set apart by spaces that says what a meeting did and who chaired it (研究某某
    工作　某某主持, 审议通过某决议　表决某某任免): a sub-title, never a slogan."""
    parts = line.split()
    return len(parts) >= 2 and all(_PRESIDED.fullmatch(p) or _AGENDA.match(p) for p in parts)


def _one_line_parts(
    parts: list[str], body: str, sub: str | None
) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subheadline) of a headline printed on one line, its parts set apart by
    spaces: who chaired the meeting at its end is the sub-title (某某主持并讲话); what someone stressed
    (某某在某会上强调), a meeting held before the slogans of what it decided (某会召开 / 某某 某某), a
    slogan the story quotes, or short set phrases over a body's or place's news (校地携手 链动未来 /
    某大学与某县共办某论坛) are the kicker."""
    n = len(parts)
    while n > 1 and _PRESIDED.fullmatch(parts[n - 1]):
        n -= 1
    if sub is None and n < len(parts):
        sub, parts = " ".join(parts[n:]), parts[:n]
    if sub is None and len(parts) >= 2 and "，" in parts[-1]:
        # the facts in a clause with a comma close the line (抓获嫌疑人17名，冻结资金286万元): the
        # sub-title; two parts before it are kicker and headline
        sub, parts = parts[-1], parts[:-1]
        if len(parts) == 2:
            return parts[0], parts[1], sub
    for i, p in enumerate(parts[:-1]):
        if KICKER_END.search(p):
            return " ".join(parts[: i + 1]), " ".join(parts[i + 1 :]), sub
    k = _slogan_prefix(parts, body)
    if (
        not k
        and len(parts) >= 2
        and (len(parts) >= 3 or sub is not None)
        and _HELD.search(parts[0])
        and not any(_HELD.search(p) for p in parts[1:])
    ):
        k = 1  # 某常委会召开会议 / 传达学习某某精神 推动某某 / 某某主持
    if len(parts) >= 3 and all(4 <= len(p) <= 6 for p in parts[:-1]):
        last = parts[-1]
        if len(last) >= 10 and (PLACE_START.match(last) or _BODY_START.match(last)):
            k = len(parts) - 1  # 校地携手 链动未来 / 某大学与某县共办某论坛 (the quoted slogan's too)
    if not k and len(parts) == 2 and _FIGURES.search(parts[0]) and not _FIGURES.search(parts[1]):
        k = 1 if len(parts[1]) >= 8 else 0  # 开工项目9个计56亿元 / 某区举行项目集中开工仪式
    if k:
        return " ".join(parts[:k]), " ".join(parts[k:]), sub
    return None, " ".join(parts), sub


# A headline that starts with a body's name (某某银行某分行, 某县人民医院): its subject, the news.
_BODY_START = re.compile(
    r"^[\u3400-\u9fff]{2,12}?(?:银行|分行|支行|公司|集团|医院|学校|学院|大学|中学|小学|法院|检察院|公安局|局|厂)"
)


# Characters no headline ends with (a measure, a preposition, a conjunction): a line ending so runs on.
_NO_TITLE_END = frozenset("届第的与和及在对向为将把暨之")


def _quoted_whole(line: str) -> bool:
    return len(line) > 4 and line[0] in '“「"' and line[-1] in '”」"' and line.count("“") <= 1


def _from_lines(flat: list[str], sub: str | None) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subheadline) from two or more headline lines, a sub-title maybe taken."""
    if len(flat) == 2 and sub is None and _quoted_whole(flat[1]) and not _quoted_whole(flat[0]):
        return flat[0], flat[1], None  # 委员聊民生 / “实事办到了群众心坎里”: the words, under their topic
    if len(flat) == 2 and sub is None and SPEAKER_LINE.match(flat[0]) and not SPEAKER_LINE.match(flat[1]):
        return None, flat[0], flat[1]  # 某某热线：诉求件件有回音 / 某月办结诉求若干件: headline, sub
    if KICKER_END.search(flat[0]):
        return flat[0], flat[1], (sub or (" ".join(flat[2:]) or None))
    x, y = flat[0], flat[1]
    if sub is None and len(flat) == 2 and _spaced_figures(y) and not _FIGURES.search(x):
        return None, x, y  # 某厂厂长押上全部家当 / 产值翻番　签下百万元订单: the facts, a sub-title
    if sub is None and len(flat) == 2 and _meeting_sub(y) and not _meeting_sub(x):
        return None, x, y  # 某常委会召开会议 / 研究某某工作　某某主持: what the meeting did and who chaired
    if sub is None and len(flat) == 2 and _slogan(y) and not _slogan(x):
        return x, y, None  # 某某主持召开某会议 / 稳住某某　跑出某某: the spaced slogan is the headline
    if sub is None and len(flat) == 2 and _DONE.search(y) and not _DONE.search(x) and not _figures_line(x, y):
        return x, y, None  # 某县持续优化营商环境 / 某中心新大厅投用: the second line is the news done
    if (
        sub is None
        and len(flat) == 2
        and PLACE_START.match(x)
        and not PLACE_START.match(y)
        and len(x) >= len(y)
    ):
        return None, x, " ".join(flat[1:])
    if sub is None and len(flat) == 2 and len(x) >= len(y) + 4 and _BODY_START.match(x):
        return None, x, y  # 某银行某分行上半年新增贷款… / 重点支持…: a body's news over what it adds
    if sub is None and len(flat) == 2 and (_figures_line(x, y) or (_DONE.search(x) and not _DONE.search(y))):
        # the headline reports the news, the line under it adds the figures (某区三所学校投用 /
        # 新增学位4000个), or the first line is an event done (某赛落幕 / 某队获团体第一)
        return None, x, y
    return x, y, (sub or (" ".join(flat[2:]) or None))


_CAPTION_START = re.compile(
    r"^[⬅➡⬆⬇←→↑↓▲▼◀▶]?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|昨日|近日|日前|图为|[左右上下]图)"
)
_OPEN_MARKS = ("，", "、", "；", "：", "—")
_CAPTION_MAX = 260  # characters: a caption is short; more text before a credit is a story


def _caption_pass(us: list[Unit], wrap: bool) -> None:
    """Mark photo captions: the body units before a photo credit, standalone or part of a story."""
    group = -1
    for i, u in enumerate(us):
        if u.kind != CREDIT:
            continue
        j = i - 1
        size = 0
        while (
            j >= 0 and us[j].kind == BODY and not us[j].signature and not (j < i - 1 and us[j].ends_story())
        ):
            size += len(us[j].key)
            if size > _CAPTION_MAX or (not wrap and j < i - 1):
                break  # blank-line layouts give a caption one paragraph
            if j < i - 1 and _CAPTION_START.match(us[j + 1].key) and ends_sentence(us[j].key):
                break  # a caption's own opening (9月19日，在…) after a paragraph that closed
            j -= 1
        caption = us[j + 1 : i]
        stop = us[j] if j >= 0 else None
        standalone = stop is None or stop.kind in (TITLE, CREDIT) or (stop.kind == BODY and stop.ends_story())
        if caption and stop is not None and stop.kind in (BODY, LEAD) and not stop.ends_story():
            # the credit follows running text: a standalone photo only if its caption opens like one
            standalone = bool(_CAPTION_START.match(caption[0].key)) and not stop.key.endswith(_OPEN_MARKS)
        if caption and PHOTO_REF.match(caption[0].key):
            standalone = False
        if not caption and stop is not None and stop.kind == CREDIT and stop.caption >= 0:
            standalone = True
        if standalone and caption:
            if not (stop is not None and stop.kind == CREDIT and stop.caption >= 0):
                group += 1
            for c in caption:
                c.caption = group
            u.caption = group
        else:
            u.story_credit = True


def assemble(raw: str) -> tuple[list[Art], int]:
    """Articles in reading order, and the column width (0 when the page is not column-wrapped).

    Column-wrapped PDF text usually prints a headline after its story, blank-line text before it;
    the first reading is checked against the wording: if the headline groups repeat the stories on
    the other side far more than their own, the page is read again the other way.
    """
    us, wrap = units(raw)
    has_heading = any(u.heading for u in us)
    after_mode = wrap and not has_heading
    _caption_pass(us, wrap)
    arts, gaps = _build(us, after_mode, raw)
    if not has_heading:
        vote, n = 0.0, 0
        for a, groups, b in gaps:
            if a is not None and b is not None:
                for g in groups:
                    if not g.box:
                        vote += affinity(g, a, raw) - affinity(g, b, raw)
                        n += 1
        margin = 0.2 if n >= 2 else 0.5  # one group must be decisive on its own
        if n and (vote / n < -margin if after_mode else vote / n > margin):
            after_mode = not after_mode
            arts, gaps = _build(us, after_mode, raw)
    for a, groups, b in gaps:
        allocate(groups, a, b, after_mode, raw)
    _spread_column_credits(arts)
    widths = sorted(len(ln.key) for u in us if u.kind in (BODY, LEAD) for ln in u.lines)
    return arts, (widths[len(widths) // 2] if wrap and widths else 0)


Gap = tuple["Art | None", list[Unit], "Art | None"]


def _build(us: list[Unit], after_mode: bool, raw: str) -> tuple[list[Art], list[Gap]]:
    """Articles with their body units, and the title groups left between them (the gaps)."""
    arts: list[Art] = []
    gaps: list[Gap] = []
    pending: list[Unit] = []
    cur: Art | None = None
    photo_group = -1

    def start(kind: str, lead: Unit | None = None) -> Art:
        nonlocal cur, pending
        art = Art(kind, lead=lead)
        gaps.append((cur, pending, art))
        pending = []
        arts.append(art)
        cur = art
        return art

    def fresh_source() -> bool:
        """The piece a digital edition's source line opened, its titles pending, no text yet."""
        return cur is not None and cur.start_kind == SOURCE and not cur.units and cur.lead is None

    def take_source_titles() -> None:
        """The titles under a source line: its 【】 titles head the piece, a column's label is a
        section, a plain line after them (项目概况) a heading inside the piece."""
        nonlocal pending
        assert cur is not None
        last = pending[-1] if pending else None
        if last is not None and last.label and last.key[:1] == "【" and not any(g.web for g in pending):
            last.web = True  # 【经济观察】 / 【为某某添把火】: the last of them a short title, no label
            last.label = False
        for g in pending:
            if g.web and not cur.units:
                cur.before.append(g)
            elif g.label and not cur.units:
                cur.sections.append(g)
            else:
                cur.units.append(g)
                cur.subheads.add(id(g))
        pending = []

    for u in us:
        if u.kind == TITLE:
            pending.append(u)
        elif u.kind == SOURCE:
            start(SOURCE)  # (the titles before it, if any, are the previous piece's)
            assert cur is not None
            cur.extra_units.append(u)
            cur.source_credits = bylines.web_source_credits(u.key)
            photo_group = -1
        elif u.kind in (LEAD, BYLINE) and fresh_source():
            # the piece's lead or byline under its source line and titles: the piece's own
            assert cur is not None
            take_source_titles()
            cur.lead = u
            cur.start_kind = (
                "byline" if u.kind == BYLINE else ("contfrom" if CONT_FROM_RE.match(u.key) else "lead")
            )
        elif u.kind == BODY and fresh_source() and u.caption < 0:
            assert cur is not None
            take_source_titles()
            cur.units.append(u)
            cur.signed = u.signature
        elif (
            u.kind == LEAD
            and cur is not None
            and cur.start_kind == "byline"
            and cur.lead is not None
            and not cur.units
            and not pending
            and u.key.startswith("本报讯")
        ):
            # a headline, its byline on a line of its own, then 本报讯 opening the text: one story,
            # credited by the byline (本报记者 某某 / 本报讯　11月19日，…)
            for b in (cur.lead, *(x for x in cur.extra_units if x.kind == BYLINE)):
                cur.credits.extend(bylines.byline_credits(clean_text(raw, b.start, b.end)))
            cur.extra_units.append(cur.lead)
            cur.lead, cur.start_kind = u, "lead"
            photo_group = -1
        elif u.kind == LEAD:
            bullet = u.numbered or u.brief or BULLET_RE.match(u.key)
            kind = "contfrom" if CONT_FROM_RE.match(u.key) else "bullet" if bullet else "lead"
            start(kind, u)
            photo_group = -1
        elif u.kind == BYLINE:
            if cur is not None and cur.start_kind == "byline" and not cur.units and not pending:
                cur.extra_units.append(u)  # a second byline line (本报通讯员 B)
            else:
                start("byline", u)
            photo_group = -1
        elif u.kind == BODY:
            if u.caption >= 0 and u.caption != photo_group:
                start("photo")
                photo_group = u.caption
            elif u.caption >= 0:
                assert cur is not None  # the group's first caption started it
                if pending:  # a title between captions of one group stays with the group
                    cur.units.extend(pending)
                    pending = []
            elif pending:
                if (
                    cur is None
                    or not after_mode
                    # (a box's label, 人民来信 over a letter, opens a piece in every layout)
                    or any(g.heading or g.item or g.label for g in pending)
                    or NOTICE_TITLE.match(pending[-1].key)
                ):
                    start("leadless")  # (关于某某的公告: a notice's title heads it in every layout)
                elif cur.signed:
                    # a column entry: signature, then its headline, then the next entry
                    gaps.append((cur, pending, None))
                    pending = []
                    start("leadless")
                else:
                    # a headline-after layout never puts a story's headline before more of its text:
                    # these are subheads inside the story, or a full-width column line that merely
                    # lacks punctuation (…给一名普通村 / 干部写信，…), which is plain text
                    width = sorted(len(ln.key) for ln in u.lines)[len(u.lines) // 2]
                    for g in pending:
                        cur.units.append(g)
                        if not (len(g.lines) == 1 and len(g.key) >= width * 0.8):
                            cur.subheads.add(id(g))
                    pending = []
                photo_group = -1
            elif cur is None:
                start("leadless")
            elif cur.start_kind == "photo" and u.caption < 0:
                start("leadless")
                photo_group = -1
            assert cur is not None  # start() set it when there was none
            cur.units.append(u)
            cur.signed = u.signature
        elif u.kind == CREDIT:
            target = cur
            if target is None:
                target = start("photo")
            target.credits.extend(bylines.photo_credits(raw[u.start : u.end]))
            target.extra_units.append(u)
        elif u.kind == COLCREDIT:
            creds = bylines.column_credits(u.key)
            if cur is not None:  # a collective credit before any entry has nothing to credit yet
                cur.extra_units.append(u)
                cur.credits.extend(creds)
                cur.column = True
    gaps.append((cur, pending, None))
    return arts, gaps


def _spread_column_credits(arts: list[Art]) -> None:
    """（本栏稿件均由本报记者A整理） credits every entry of the column: the run of lead-less pieces."""
    for i, art in enumerate(arts):
        if not art.column:
            continue
        creds = [c for c in art.credits if c.role != PHOTOGRAPHER]
        run = [art]
        j = i - 1
        while j >= 0 and arts[j].start_kind == "leadless":
            run.append(arts[j])
            j -= 1
        j = i + 1
        while j < len(arts) and arts[j].start_kind == "leadless":
            run.append(arts[j])
            j += 1
        for other in run:
            other.column = True
            for c in creds:
                if c not in other.credits:
                    other.credits.append(c)


_LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")


def _joined_lines(byline: str) -> str:
    """A byline's text with the lines it was broken over joined and its spaces kept: a space
    between two names parts them (记者陈某 郑某), where closing it up would run them into one (and
    so does one where the column broke the line: 记者陈某 / 郑某)."""
    return _LINE_BREAK.sub(lambda m: " " if m.group().strip("\r\n") else "", byline)


_LEAD_PARENS = re.compile(r"^[ \t\u3000]*[（(]([^（）()]{0,60})[）)][ \t\u3000]*")
_AGENCY_LEAD = re.compile(
    r"^((?:新华社|[\u3400-\u9fff]{2,6}社))([\u3400-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日)?电)?[ \t\u3000]*"
)


# An item's own headline after its bullet: run into the paragraph and set off by a space
# (●某区开展消防演练　3月2日，…), or the bullet's whole line over the paragraph (■ 某县启动某行动 /
# 近日，…). Short, with no sentence's punctuation, and no date opening a paragraph (■8月7日 某会…).
# (a colon inside: a place's item, ■ 某某区：农机手培训开班)
_RUN_IN_HEAD = re.compile(r"([^\s。，；！？,;!?（）()]{4,30})(?:[ \t\u3000]+(?=\S)|$)")
_RUN_IN_NOT = re.compile(r"^(?:\d{1,2}月|\d{4}年\d{1,2}月|近日|日前|连日来|今年|截至)")


def _run_in_headline(art: Art, raw: str, start: int) -> tuple[str, int] | None:
    """The headline of a column's item behind its bullet at `start`, and where its paragraph starts."""
    u = art.lead
    assert u is not None
    line = raw[start : u.lines[0].end]
    m = _RUN_IN_HEAD.match(line)
    if m is None or _RUN_IN_NOT.match(m.group(1)) or len(re.findall(r"[\u3400-\u9fff]", m.group(1))) < 4:
        return None
    if m.end() == len(line):
        # the whole line: a headline only when the paragraph is a block of its own under it
        if len(u.lines) > 1 or not art.units:
            return None
        return m.group(1), u.lines[0].end
    if not any(ch in "，。；,;" for ch in raw[start + m.end() : u.end]):
        return None  # (■ 某某 某某: no paragraph after the space)
    return m.group(1), start + m.end()


def _parse_lead(art: Art, raw: str) -> tuple[int, str | None, str | None, list[Credit], str | None]:
    """Where the body starts inside the lead unit, and the source, continuation label, credits and
    the headline a column's item runs into its paragraph."""
    u = art.lead
    assert u is not None
    s, e = u.start, u.end
    text = raw[s:e]
    m = CONT_FROM_RE.match(text.translate(str.maketrans({"(": "（", ")": "）"})))
    if m:
        label = re.sub(r"\s+", "", m.group(1))
        return s + m.end(), None, label, [], None
    if u.brief:
        return s, None, None, [], None  # an unmarked item of a column: its credit closes it
    bm = ITEM_NUMBER.match(text) if u.numbered else BULLET_RE.match(text)
    if bm:
        # a column's item: its credit closes it (_trailing_credit)
        run_in = None if u.numbered else _run_in_headline(art, raw, s + bm.end())
        if run_in is not None:
            return run_in[1], None, None, [], run_in[0]
        return s + bm.end(), None, None, [], None
    if text.startswith("本报讯"):
        pos = len("本报讯")
        rest = text[pos:]
        pm = _LEAD_PARENS.match(rest)
        creds: list[Credit] = []
        if pm:
            creds = bylines.byline_credits(_joined_lines(pm.group(1)))
            pos += pm.end()
        return s + pos, "本报讯", None, creds, None
    am = _AGENCY_LEAD.match(text)
    if am:
        pos = am.end()
        pm = _LEAD_PARENS.match(text[pos:])
        creds = []
        if pm and re.search(r"记者|通讯员", pm.group(1)):
            creds = bylines.byline_credits(_joined_lines(pm.group(1)))
            pos += pm.end()
        return s + pos, am.group(1), None, creds, None
    return s, None, None, [], None


def _body(art: Art, raw: str, body_start: int | None, width: int = 0) -> tuple[Mapped, str | None]:
    pieces: list[tuple[str, Sequence[int]]] = []
    breaks: list[bool] = []
    cont_to: str | None = None
    units_ = ([art.lead] if art.lead and art.start_kind != "byline" else []) + art.units
    prev_open = prev_bare = False
    prev_len, prev_txt = 0, ""
    for u in units_:
        # (start, end, cleaned text when the whole line is kept)
        lines: list[tuple[int, int, str | None]]
        if u is art.lead:
            lines = [
                (max(body_start or u.start, ln.start), ln.end, None)
                for ln in u.lines
                if ln.end > (body_start or 0)
            ]
        else:
            lines = [(ln.start, ln.end, ln.cleaned) for ln in u.lines]
        is_sub = id(u) in art.subheads
        # a line signing the piece (读者 某某, 某局局长某某) is a paragraph of its own
        signs = u.signature and not _ANY_PUNCT.search(u.key)
        for k, (ls, le, cleaned) in enumerate(lines):
            if u.roster:
                # one entry a line, the space between the name and who the person is kept
                pieces.append(_roster_entry(raw, ls, le))
                breaks.append(True)
                prev_open, prev_len, prev_bare = False, 0, False
                continue
            fields = le - ls <= _FIELD_LINE_MAX and _FIELD_LINE.match(raw, ls, le) is not None
            if fields and (cleaned is None or len(cleaned) != le - ls):
                txt, offs = _gapped(raw, ls, le)  # 联系人：某某　联系电话：…, 联系人：某某　某某
            else:
                txt, offs = clean_span(raw, ls, le, cleaned)
            # （下转A04版） notes and ①5 end marks are page furniture, not text
            cm = CONT_TO_RE.search(txt) if "下转" in txt else None
            if cm:
                cont_to = re.sub(r"\s+", "", cm.group(1))
                txt, offs = _cut(txt, offs, cm.start(), cm.end())
            em = END_MARK_RE.search(txt.rstrip())
            if em:
                txt, offs = _cut(txt, offs, em.start(), len(txt))
            if not txt.strip():
                continue
            # a unit's first line opens a paragraph unless the text before stopped mid-sentence;
            # inside a column block, a sentence ending on a short line ends its paragraph
            # a short line with no punctuation at all (a notice's signature: 某某报社 / 某某委员会)
            # is a line of its own, not the start of a sentence the next line goes on with
            # (blank-line pages only: a column's short line may break a name, 区领导何 / 丽华)
            short_bare = prev_bare and width == 0
            if k == 0:
                brk = is_sub or not prev_open or short_bare or signs or fields
            else:
                brk = (
                    is_sub
                    or fields  # (a line of fields is a line of its own: 七、联系方式 / 联系人：…)
                    or (width > 0 and not prev_open and prev_len < width * 0.8)
                    or short_bare
                    # (a column-wrapped notice's signature: short lines with no punctuation, one
                    # under another, 某市某局 / 某市公安局某支队 / 2024年5月6日)
                    or (width > 0 and prev_bare and signature_lines(prev_txt.strip(), txt.strip()))
                )
            pieces.append((txt, offs))
            breaks.append(brk)
            prev_open = not is_sub and not ends_sentence(txt)
            prev_len, prev_txt = len(txt), txt
            prev_bare = len(txt) <= _BARE_LINE_MAX and not _ANY_PUNCT.search(txt)
        if is_sub or signs:
            prev_open = False
    return join(pieces, breaks), cont_to


_ROSTER_GAP = re.compile(r"[ \t\u3000]+")
_ANY_PUNCT = re.compile(r"[，。、；：！？“”（）《》,.;:!?()]")
_BARE_LINE_MAX = 20  # characters: a signature's line, not a sentence's first half


# A line of a notice's fields, a label and its colon first, at most a few gaps between the fields
# (联系人：某某　联系电话：…, 报名地址：某路8号　邮编：…, 联系人：某某　某某, 联系方式:8372…): short,
# no sentence in it.
_FIELD_LINE = re.compile(
    r"[ \t\u3000]*[\u3400-\u9fff]{2,6}[：:][^ \t\u3000，。；！？“”]+"
    r"(?:[ \t\u3000]+[^ \t\u3000，。；！？“”]+){0,4}[ \t\u3000]*$"
)
_FIELD_LINE_MAX = 40  # characters


def _gapped(raw: str, start: int, end: int) -> tuple[str, Sequence[int]]:
    """The line's text with each gap inside it kept as its first character, where cleaning would
    run a name into the next name or field (一等奖：某某　某某, 联系人：某某　联系电话：…)."""
    while start < end and raw[start] in " \t\u3000":
        start += 1
    txt, offs, pos = "", [], start
    for g in _ROSTER_GAP.finditer(raw, start, end):
        if g.end() == end:
            break  # (a gap closing the line is dropped as cleaning drops it)
        piece, piece_offs = clean_span(raw, pos, g.start())
        txt, offs, pos = txt + piece + raw[g.start()], [*offs, *piece_offs, g.start()], g.end()
    piece, piece_offs = clean_span(raw, pos, end)
    return txt + piece, [*offs, *piece_offs]


def _roster_entry(raw: str, start: int, end: int) -> tuple[str, Sequence[int]]:
    """A list entry's text (某某　某村种植户) with its first gap kept as one space character of
    the page, where cleaning would run the name into who the person is."""
    while start < end and raw[start] in " \t\u3000":
        start += 1  # (the gap wanted is the one after the name, not an indent before it)
    if LABELLED_NAMES.match(raw[start:end].strip()):
        return _gapped(raw, start, end)  # 一等奖：某某　某某　某某: every gap parts two names
    m = _ROSTER_GAP.search(raw, start, end)
    if m is not None and m.start() == start + 1:
        m = _ROSTER_GAP.search(raw, m.end(), end)  # (a two-character name padded: 卜　珂　某局…)
    if m is None:  # (segment._ROSTER_LINE found one; kept safe for a line it did not check)
        return clean_span(raw, start, end)
    head, head_offs = clean_span(raw, start, m.start())
    tail, tail_offs = clean_span(raw, m.end(), end)
    return head + raw[m.start()] + tail, [*head_offs, m.start(), *tail_offs]


def _cut(txt: str, offs: Sequence[int], a: int, b: int) -> tuple[str, list[int]]:
    """A cleaned piece without its characters a to b."""
    return txt[:a] + txt[b:], [*offs[:a], *offs[b:]]


def _dedupe_paragraphs(body: Mapped) -> tuple[Mapped, bool]:
    """A notice printed twice is one article: keep the first copy (compared without whitespace)."""
    solid = "".join(body.text().split())  # split() drops exactly the characters isspace() names
    n = len(solid)
    if n < 20 or n % 2:
        return body, False
    half = n // 2
    if solid[:half] != solid[half:]:
        return body, False
    idx = [i for i, ch in enumerate(body.chars) if not ch.isspace()]
    cut = idx[half - 1] + 1
    out = Mapped()
    out.chars, out.offsets = body.chars[:cut], body.offsets[:cut]
    return out, True


def read(data: bytes, source_name: str, hints: PageHints | None = None) -> ParsedPage:
    text, encoding, warnings = decode(data)
    arts, width = assemble(text)
    built = []
    in_briefs = False  # inside a column of short items (简讯): its stories are briefs
    for art in arts:
        body_start = None
        source = cont_from = dispatched = filed_from = run_in = None
        credits: list[Credit] = []
        if art.lead is not None and art.start_kind != "byline":
            body_start, source, cont_from, credits, run_in = _parse_lead(art, text)
            if source not in (None, "本报讯"):
                dispatched = dates.dispatch_date(text[art.lead.start : body_start])
                filed_from = dates.dispatch_place(text[art.lead.start : body_start])
        elif art.lead is not None:
            # (the spaces kept: 本报记者　某甲　某乙 names two)
            credits = bylines.byline_credits(_joined_lines(text[art.lead.start : art.lead.end]))
            for u in art.extra_units:
                if u.kind == BYLINE:
                    credits += bylines.byline_credits(_joined_lines(text[u.start : u.end]))
        credits += art.credits
        if art.source_credits and not any(c.role != PHOTOGRAPHER for c in credits):
            credits += art.source_credits  # who the digital edition says wrote it, when the text does not
        body, cont_to = _body(art, text, body_start, width)
        body, duplicated = _dedupe_paragraphs(body)
        if source == "本报讯" or art.start_kind == "bullet":
            body, closing = _trailing_credit(body, text)
            credits += closing
        elif art.lead is None and not credits:
            # a piece with no lead that its credit closes (…。（记者 某某）): the role says so, or
            # the column of briefs it stands in (…。（某某）)
            briefs_here = in_briefs or any(_briefs_label(g) for g in [*art.before, *art.sections])
            body, closing = _trailing_credit(body, text, roles_only=not briefs_here)
            credits += closing
        full_text = body.text()
        if not full_text.strip() and not art.before and not art.after and not credits:
            continue
        # choose the headline side: after the body, before it, or both (then the better fit wins)
        groups = art.after or art.before
        sections = list(art.sections)
        if art.before and art.after:
            fit_b = sum(affinity(g, art, text) for g in art.before) / len(art.before)
            fit_a = sum(affinity(g, art, text) for g in art.after) / len(art.after)
            groups, other = (art.after, art.before) if fit_a >= fit_b else (art.before, art.after)
            sections = [*other, *sections]
        labels = [g for g in groups if _briefs_label(g) or g.label or g.masthead]
        if labels and (len(groups) > len(labels) or art.start_kind == "bullet"):
            groups = [g for g in groups if g not in labels]  # 简讯 over the column's first item
            sections = [*labels, *sections]
        # an item under its own headline in the column (简明新闻 / 某厂某机投产 / 　　某厂…)
        item = any(g.item for g in groups)
        if any(_briefs_label(g) for g in sections):
            in_briefs = True  # the column's items run on while they are short 本报讯 stories
        elif (source != "本报讯" and not item) or len(full_text) > _BRIEF_MAX:
            in_briefs = False
        if run_in is not None:
            # a column's item under its own headline: the titles around it head other pieces
            sections, groups = [*groups, *sections], []
        kicker, headline, sub = headline_parts(groups, text, full_text, width)
        if run_in is not None:
            headline = run_in
        brief = in_briefs and (source == "本报讯" or item)
        kind = _kind(art, source, headline, credits, brief)
        body_text = full_text.strip()
        lead = body_text
        if kind == "photo":
            dateline = _photo_dateline(body_text)
        else:
            dateline = dispatched or dates.dateline_of(lead, kind)
        span_units = art.all_units()
        start = min(u.start for u in span_units)
        end = max(u.end for u in span_units)
        built.append(
            dict(
                kind=kind,
                headline=headline,
                kicker=kicker,
                subheadline=sub,
                source=source,
                body=(body, full_text),
                credits=tuple(_dedupe(credits)),
                dateline=dateline,
                filed_from=filed_from,
                continued_from=cont_from,
                continued_to=cont_to,
                start=start,
                end=end,
                duplicated=duplicated,
                section=" ".join(
                    clean_title(text[g.start : g.end].lstrip("#")) for g in sections if not g.masthead
                )
                or None,
            )
        )
    edition, year = dates.edition_date(text, hints, [(b["kind"], b["dateline"]) for b in built])
    articles = []
    for n, b in enumerate(built, 1):
        body, btxt = b.pop("body")
        # trim the map to the stripped body
        lstrip = len(btxt) - len(btxt.lstrip())
        stripped = btxt.strip()
        bmap = tuple(body.offsets[lstrip : lstrip + len(stripped)])
        first_date = b["dateline"].split("、")[0] if b["dateline"] else None
        articles.append(
            ParsedArticle(
                n=n,
                body=stripped,
                body_map=bmap,
                date=dates.resolve(first_date, year, edition.date),
                **b,
            )
        )
    return ParsedPage(
        source_name=source_name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        articles=tuple(articles),
        edition=edition,
        page_label=hints.page_label if hints else None,
        paper=hints.paper if hints else None,
        warnings=tuple(warnings),
    )


# A credit closing a story's last paragraph (……。（记者 某某）, （通讯员 某某）) or, after a
# 本报讯 item or a column's item, a bare name in brackets (……。（某某）): the reporter's.
_TRAILING_CREDIT = re.compile(
    r"(?<=[。！？”])[ \t\u3000\n]*[（(][ \t\u3000]*"  # (or in a paragraph of its own)
    # (a bare name: of two to four characters, or a Uyghur or Kazakh one with its dot)
    r"((?:本报)?(?:见习|实习|特约)?(?:记者|通讯员|实习生)[^（）()摄]{1,40}?"
    r"|[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{2,8}[·•・][\u3400-\u9fff]{2,8})"
    r"[ \t\u3000]*[）)][ \t\u3000]*$"
)
# What a bracket closing a story holds that is no name: 完, 待续, a source.
_NOT_A_CLOSING_NAME = frozenset(
    {"待续", "未完", "续完", "全文完", "本报综合", "综合", "摘编", "供图", "据新华社"}
)
# A body's publicity office signing an item (某法宣, 某检宣, 某公宣, 某委办): no person.
_PUBLICITY_OFFICE = re.compile("[法检公警委政纪][宣办]$")
_BRIEF_MAX = 400  # characters: a brief is one short paragraph or two
_CREDIT_TAIL_MAX = 64  # characters at a body's end that can hold its closing credit


def _trailing_credit(body: Mapped, raw: str, roles_only: bool = False) -> tuple[Mapped, list[Credit]]:
    """The body without the credit that closes it, and that credit (its names read from the raw
    text, where a space parts two of them: （通讯员 某某 某某）); with `roles_only`, only a credit
    that names its role (a bare name in brackets closes a 本报讯 brief, not any piece)."""
    tail_at = max(0, len(body.chars) - _CREDIT_TAIL_MAX)
    tail = "".join(body.chars[tail_at:])  # (the credit closes the body: only its end is read)
    m = _TRAILING_CREDIT.search(tail) if tail.endswith(("）", ")")) else None
    if m is None:
        return body, []
    inner = m.group(1)
    if re.search(r"记者|通讯员|实习生", inner):
        first, last = body.offsets[tail_at + m.start(1)], body.offsets[tail_at + m.end(1) - 1]
        creds = bylines.byline_credits(_joined_lines(raw[first : last + 1]))
    elif inner not in _NOT_A_CLOSING_NAME and not roles_only and not _PUBLICITY_OFFICE.search(inner):
        creds = [Credit(REPORTER, inner)]
    else:
        creds = []
    if not creds:
        return body, []
    out = Mapped()
    cut = tail_at + m.start()
    out.chars, out.offsets = body.chars[:cut], body.offsets[:cut]
    return out, creds


def _photo_dateline(body: str) -> str | None:
    """A photo group gives one date per caption."""
    found = []
    for para in body.split("\n"):
        m = dates.DATE_EXPR.search(dates.first_sentence(para))
        if m and m.start() <= 3 and m.group(0) not in found:
            found.append(m.group(0))
    return "、".join(found) or None


def _dedupe(credits: list[Credit]) -> list[Credit]:
    seen: set[Credit] = set()
    out = []
    for c in credits:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


def _kind(
    art: Art, source: str | None, headline: str | None, credits: list[Credit], brief: bool = False
) -> str:
    if art.start_kind == "contfrom":
        return "continuation"
    if art.start_kind == "bullet" or brief:
        return "brief"
    if headline and not source and NOTICE_TITLE.match(headline):
        return "notice"  # a story about a notice (本报讯 … 发布通告) stays a story
    if art.start_kind == "photo":
        return "photo"
    if source == "新华社":
        return "xinhua"
    if source:
        return "news"
    if art.column:
        return "column"
    if art.start_kind == "byline":
        return "feature"
    if art.start_kind == "leadless" and any(c.role == REPORTER for c in credits):
        return "column"
    return "other"
