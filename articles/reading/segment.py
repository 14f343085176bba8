"""Cut a page's raw text into units: leads, bylines, body blocks, headline groups, credits.

A unit is a run of physical lines with its span in the raw text. Classification looks at a *key*
of each line: stray spaces removed and half-width punctuation mapped to full width, so that one set
of rules serves OCR text, PDF text and markdown alike.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from itertools import pairwise

from .bylines import BYLINE_LINE, COLUMN_CREDIT, CREDIT_HEAD, CREDIT_TAIL, PHOTO_CREDIT, TEXT_PHOTO_CREDIT
from .reflow import TERMINAL, clean_text, ends_sentence

_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"})
_HALF_PUNCT = re.compile(r"[,;:!?()]")  # the characters _PUNCT maps

# A lead opens a story: 本报讯, 新华社北京4月10日电, 中新社…电, （上接A01版）.
LEAD_RE = re.compile(r"^(?:本报讯|新华社|[\u3400-\u9fff]{2,6}社[\u3400-\u9fff]{0,8}\d{1,2}月\d{1,2}日电)")
CONT_FROM_RE = re.compile(r"^（上接([^）]{1,12})）")
CONT_TO_RE = re.compile(r"[（(]下转\s*([^）)]{1,12}?)\s*[）)]")
END_MARK_RE = re.compile(r"[①-⑳][0-9]{0,2}$")
QR_RE = re.compile(r"扫码|扫一扫|二维码")
# A line that signs a piece: an official's post and name (…局局长张静), printed after a column entry.
SIGNATURE_RE = re.compile(
    r"(?:局长|部长|主任|书记|县长|区长|市长|乡长|镇长|校长|院长|所长|处长|科长|站长|行长|经理|董事长|主席|读者)"
    # (not 某某主任会议: a meeting; nor 读者来信: a column's label; nor 在主席台就座: where one sat)
    r"(?!会议|会$|工作|讲话|一行|同志|来信|来稿|来电|之声|台)[\u3400-\u9fff]{2,3}$"
)
_INLINE_LEAD = re.compile(
    r"[ \t\u3000]+(?=本报讯|新华社[\u3400-\u9fff]{0,8}\d{1,2}月\d{1,2}日电)|(?=[（(]上接)"
)
_BAD_IN_TITLE = re.compile(r"[。，；：]")
# A masthead line: the paper's name, its date with the weekday, its page label, its publisher, its
# editor (某市日报　2024年5月6日　星期一　第4版　要闻　责任编辑：某某). Matched on the key (no
# blanks), and only on lines without a sentence's punctuation.
_MASTHEAD_PARTS = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日星期[一二三四五六日天]|农历[\u3400-\u9fff]{2,4}年"
    r"|机关报|出版物号|邮发代号|责任编辑|今日[\d一二三四五六七八九十]{1,2}版|总第\d+期"
)
# (第4版, A04版, or in words on older pages: 第二版, 第十二版)
_PAGE_LABEL_LINE = re.compile(
    r"^(?:第?[A-Z]?\d{1,2}|第[一二三四五六七八九十]{1,3})版(?:[：:]?[\u3400-\u9fff·]{0,8})$"
)
# A page's number and its name set apart (A03　两会特刊, 05　文化旅游): the page label, without 版.
_PAGE_NUMBER_LINE = re.compile(r"^[A-Z]?\d{1,2}[ \u3000]+[\u3400-\u9fff·]{2,8}$")
_PAPER_LINE = re.compile(r"^\**[\u3400-\u9fff]{2,6}(?:日报|晚报|都市报)(?:·[\u3400-\u9fff]{2,6})?\**$")
# A short column's item opened by a bullet (■某日，某区…（记者 某某）): an article of its own.
_BULLETS = "■●◆▲★□◇△▪►"
BULLET_RE = re.compile(f"^[{_BULLETS}]\\s*(?=[\\u3400-\\u9fff\\d“])")
_BULLET_MIN = 12  # characters: a bullet before a name alone (□ 某某) signs a commentary
# A commentary's author line without a name (本报评论员, 本报特约评论员): its byline.
_COMMENTATOR = re.compile(r"^(?:本报)?(?:特约)?评论员$")
# A column's label: in 【】 (【民生访谈】), or after a bullet (■ 读者来信); a bullet before a name
# alone (□ 某某) signs a commentary.
_BRACKET_LABEL = re.compile(r"^【[^】]{2,10}】$")
_BULLET_NAME = re.compile(f"^[{_BULLETS}][\\u3400-\\u9fff]{{2,3}}$")
# A numbered item of a column of short items (1.近日，…　2.12月1日，…): its number, like a bullet,
# opens it (only under the column's label, and only counting up from 1: a list inside a story
# stays in the story).
ITEM_NUMBER = re.compile(r"^(\d{1,2})[ \t\u3000]*[.．、][ \t\u3000]*(?=[\u3400-\u9fff\d“])")
# A box's label printed alone on its line (记者手记, 编者按, 相关链接): a section over its own piece.
_BOX_LABEL = re.compile(
    r"^(?:记者手记|采访手记|编辑手记|编者按|编后|编后语|短评|快评|述评|记者观察|新闻链接|相关链接|延伸阅读|背景链接|小贴士"
    r"|读者来信|读者来稿|来信选登|读者之声|人民来信|群众来信|来信摘登|来信照登)$"
    r"|^[\u3400-\u9fff]{2,4}(?:小贴士|小常识|小知识)$"  # (a trade's tips: 安全小贴士, 健康小常识)
)


_MASTHEAD_HINT = re.compile("[年版报编期]")


# The paper's name in pinyin or English under the Chinese one (某某 RIBAO, 某某 DAILY).
_LATIN_PAPER = re.compile(r"^[A-Z]{2,}(?:RIBAO|WANBAO|DUSHIBAO|CHENBAO|SHIBAO|DAILY|EVENINGNEWS)$")


def masthead_line(key: str) -> bool:
    """Whether a line (its key) is part of the page's masthead, not of any article."""
    if key[-1] in "OYS" and _LATIN_PAPER.match(key.replace(" ", "").replace("\u3000", "")):
        return True
    if "，" in key or "。" in key or _MASTHEAD_HINT.search(key) is None:
        return False  # (every masthead line holds one of 年版报编期: most lines are spared the rest)
    return bool(_MASTHEAD_PARTS.search(key) or _PAGE_LABEL_LINE.match(key) or _PAPER_LINE.match(key))


# unit kinds
LEAD = "lead"  # 本报讯 / 新华社 / 上接 and the lines of its block
BYLINE = "byline"  # 本报记者 A on its own line (features)
BODY = "body"
TITLE = "title"  # a candidate headline group (one block of short unpunctuated lines)
CREDIT = "credit"  # photo credit
COLCREDIT = "colcredit"  # a column's collective credit
DROP = "drop"  # QR-code captions and the like
SOURCE = "source"  # a digital edition's line over each piece: 来源：… | 作者：… | 发布时间：…

# A page saved from a paper's digital edition (数字报): each piece under a line of where it came
# from, who wrote it and when it was posted, its titles in 【】, and the site's own lines around
# them (首页 > 日期 > 版面, 【打印本页】【关闭窗口】, 版权所有) that belong to no piece.
WEB_SOURCE = re.compile(r"^来源：[^|｜]{0,20}[|｜]作者：[^|｜]{0,40}[|｜]发布时间：")
_WEB_CHROME = re.compile(
    r"^首页[>＞›]|^版权所有|^(?:【[^【】]{0,12}(?:打印|关闭|字体|收藏|分享|返回|大中小)[^【】]{0,12}】)+$"
    r"|^[\u3400-\u9fff]{2,6}(?:日报|晚报)(?:数字报|电子版|数字版)$"
)
WEB_TITLE = re.compile(r"^(?:【[^【】]{2,40}】)+$")


@dataclass(slots=True)
class Line:
    start: int
    end: int
    key: str  # stray spaces removed, punctuation normalised; for classification only
    cleaned: str  # the text as reflow.clean() gives it (stray spaces removed), for the body
    cls: str = "text"


@dataclass
class Unit:
    kind: str
    lines: list[Line] = field(default_factory=list)
    heading: bool = False  # a markdown heading
    signature: bool = False  # an official's name signing a column entry (kept in the body)
    roster: bool = False  # lines of a notice's list of names (某某　某村种植户), one entry a line
    masthead: bool = False  # a masthead line (paper, date, page label): no article's title
    label: bool = False  # a column's label (【民生访谈】, ■ 读者来信): a section, no headline
    stacked: bool = False  # title lines set one under another in unwrapped text (_merge_title_lines)
    web: bool = False  # a digital edition's title in 【】 under its source line
    box: bool = False  # the title of a box of figures (数读某某): it heads the rows under it
    item: bool = False  # an item's headline in a column of short items: it heads the paragraph under it
    numbered: bool = False  # a numbered item of such a column (1.近日，…): its number opens it
    brief: bool = False  # an unmarked item of such a column, closed by its credit (…。（通讯员某某）)
    # filled by the caption pass
    caption: int = -1  # index of the standalone photo group this body unit is a caption of
    story_credit: bool = False

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def key(self) -> str:
        return "".join(ln.key for ln in self.lines)

    def ends_story(self) -> bool:
        last = self.lines[-1].key
        return bool(END_MARK_RE.search(last) or CONT_TO_RE.search(last))


def _line(text: str, start: int, end: int) -> Line:
    """The line text[start:end], cleaned and keyed."""
    cleaned = clean_text(text, start, end)
    # most lines hold no half-width punctuation, and translate() is slow on Chinese text
    key = cleaned.translate(_PUNCT) if _HALF_PUNCT.search(cleaned) else cleaned
    return Line(start, end, key, cleaned)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of text[start:end] without its leading and trailing whitespace."""
    rest = text[start:end].lstrip()
    start = end - len(rest)
    return start, start + len(rest.rstrip())


def _split_leads(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of one line, cut before each lead that follows other text on it."""
    pieces: list[tuple[int, int]] = []
    cut = start
    for m in _INLINE_LEAD.finditer(text, start, end):
        if m.start() > cut and text[cut : m.start()].strip():
            pieces.append((cut, m.start()))
            cut = m.end()
    pieces.append((cut, end))
    return pieces


_BOLD_RUN_IN = re.compile(r"\*\*[^*\n]{2,30}\*\*(?=[ \t\u3000]*[^ \t\u3000*])")


def physical_lines(text: str) -> list[Line]:
    """Lines with their spans, split where a lead or a photo credit shares a line with other text."""
    out: list[Line] = []
    pos = 0
    for raw_line in text.splitlines(keepends=True):
        # the line without its break and its leading and trailing whitespace, and its span
        body = raw_line.lstrip()
        s = pos + len(raw_line) - len(body)
        line = body.rstrip()
        e = s + len(line)
        pos += len(raw_line)
        # (only a line holding a lead's opening words can hold a lead after other text)
        if "本报讯" in line or "新华社" in line or "上接" in line:
            pieces = _split_leads(text, s, e)
        else:
            pieces = [(s, e)]
        # a caption and its photo credit on one line: …之约。本报记者 A 摄
        last_s, last_e = pieces[-1]
        # (a photo credit ends with 摄: the search is slow, so only lines that hold one try it)
        m = PHOTO_CREDIT.search(text, last_s, last_e) if "摄" in text[last_s:last_e] else None
        if m and m.start() > last_s and ends_sentence(text[last_s : m.start()]):
            pieces[-1:] = [(last_s, m.start()), (m.start(), last_e)]
        elif m is None and text[last_e - 1 : last_e] in "）)" and "摄" in text[last_s:last_e]:
            # …疏果。（本报记者 某某 摄）: the credit in brackets
            o = max(text.rfind("（", last_s, last_e), text.rfind("(", last_s, last_e))
            if (
                o > last_s
                and ends_sentence(text[last_s:o])
                and PHOTO_CREDIT.fullmatch(text, o + 1, last_e - 1) is not None
            ):
                pieces[-1:] = [(last_s, o), (o, last_e)]
        if text.startswith("**", s) and "摄" in line:
            # **某某挂满枝** 8月19日，…（本报记者 某某 摄）: a photo's title set in bold before its
            # caption on one line
            first_s, first_e = pieces[0]
            bold = _BOLD_RUN_IN.match(text, first_s, first_e)
            if bold is not None and bold.end() < first_e:
                pieces[:1] = [(first_s, bold.end()), (bold.end(), first_e)]
        if len(pieces) == 1:
            out.append(_line(text, s, e))  # most lines: one piece, already stripped
            continue
        for ps, pe in pieces:
            ps, pe = _strip(text, ps, pe)
            out.append(_line(text, ps, pe))
    return out


def classify(text: str, lines: list[Line]) -> None:
    web = "发布时间" in text  # (a digital edition's page: its titles are printed in 【】)
    for ln in lines:
        k = ln.key
        raw = text[ln.start : ln.end]
        credit = "摄" in raw  # (every photo credit holds 摄: the credit patterns are tried only then)
        if not k:
            ln.cls = "blank"
        elif k[0] == "来" and WEB_SOURCE.match(k):
            ln.cls = "source"
        elif (k[0] in "首版【" or len(k) <= 12) and _WEB_CHROME.match(k):
            ln.cls = "drop"  # a digital edition's own lines: 首页 > …, 【打印本页】, 版权所有
        elif k[0] == "【" and web and WEB_TITLE.match(k) and not _BRACKET_LABEL.match(k):
            ln.cls = "webtitle"  # 【某某推介会举行】 under a digital edition's source line
        elif raw.startswith("#"):
            # (## 读者来信: a box's label set as a heading heads no piece; the title under it does)
            ln.cls = "label" if _BOX_LABEL.match(k.lstrip("#")) else "heading"
        elif LEAD_RE.match(k) or CONT_FROM_RE.match(k):
            ln.cls = "lead"
        elif k[0] in _BULLETS and BYLINE_LINE.match(raw.lstrip(_BULLETS + " \u3000")):
            ln.cls = "byline"  # □本报记者 某某 通讯员 某某: a feature's byline behind a box
        elif k[0] in _BULLETS and len(k) >= _BULLET_MIN and BULLET_RE.match(k):
            ln.cls = "bullet"
        elif k[0] in _BULLETS and _BULLET_NAME.match(k) and not briefs_label(k):
            ln.cls = "byline"
        elif (
            (k[0] == "【" and _BRACKET_LABEL.match(k))
            or (k[0] in _BULLETS and BULLET_RE.match(k))
            or (len(k) <= 7 and _BOX_LABEL.match(k))
        ):
            ln.cls = "label"
        elif (len(k) <= 60 and masthead_line(k)) or (len(k) <= 12 and _PAGE_NUMBER_LINE.match(raw.strip())):
            ln.cls = "masthead"
        elif k[-1] == "员" and _COMMENTATOR.match(k):
            ln.cls = "byline"
        elif (
            credit
            and len(k) <= 30
            and PHOTO_CREDIT.fullmatch(raw.strip("（）()"))
            and not CREDIT_TAIL.fullmatch(raw)
        ):
            ln.cls = "credit"
        elif credit and CREDIT_TAIL.fullmatch(raw):
            ln.cls = "credit_tail"
        elif len(k) <= 24 and k[0] in "文图" and TEXT_PHOTO_CREDIT.match(raw.strip().strip("（）()")):
            ln.cls = "credit"  # 文/图 某某: a photo story's writer and photographer
        elif COLUMN_CREDIT.match(k):
            ln.cls = "colcredit"
        elif len(k) <= 16 and QR_RE.search(k):
            ln.cls = "drop"
        elif len(k) <= 20 and BYLINE_LINE.match(raw):
            ln.cls = "byline"
        else:
            ln.cls = "text"
    # A photo credit broken over two lines (本报记者 翟 / 鹏程 摄): the head joins the tail.
    split: list[tuple[int, Line]] = []  # (line, the credit's head cut from its end)
    for i, ln in enumerate(lines):
        if ln.cls != "credit_tail":
            continue
        j = i - 1
        while j >= 0 and lines[j].cls == "blank" and i - j <= 3:
            j -= 1
        if j >= 0 and CREDIT_HEAD.match(text[lines[j].start : lines[j].end]):
            lines[j].cls = "credit_head"
        elif (
            j == i - 1
            and lines[j].cls == "text"
            and (m := _CREDIT_HEAD_END.search(text, lines[j].start, lines[j].end))
        ):
            # …在采收板栗。　通讯员　某某 / 某　摄: the credit's head ends the caption's line
            cut = m.start()
            head = _line(text, cut, lines[j].end)
            head.cls = "credit_head"
            lines[j] = _line(text, lines[j].start, cut)
            split.append((j, head))
        ln.cls = "credit"
    for j, head in reversed(split):
        lines.insert(j + 1, head)


_ANY_PUNCT = re.compile(r"[，。、；：！？“”（）《》]")
# A photo credit's head at the end of a caption's line: …果。　通讯员　某某
_CREDIT_HEAD_END = re.compile(
    r"(?<=[。！？ \t\u3000])[ \t\u3000]*(?:本报)?(?:摄影)?(?:记者|通讯员)"
    r"[ \t\u3000]*[\u3400-\u9fff]{1,3}[ \t\u3000]*$"
)


def wrapped(lines: list[Line]) -> bool:
    """Column-wrapped text: short lines, most of them broken mid-sentence."""
    keys: list[str] = []
    broken = 0
    for i, ln in enumerate(lines):
        if ln.cls != "text":
            continue
        k = ln.key
        if not _ANY_PUNCT.search(k):
            # an unpunctuated line says nothing by itself (a headline looks the same) unless text
            # runs on below it in the same block
            if i + 1 < len(lines) and lines[i + 1].cls == "text":
                keys.append(k)
                broken += 1
            continue
        keys.append(k)
        # a line that ends a story (①5) or a dated signature is not broken, however it ends
        if not ends_sentence(k) and not END_MARK_RE.search(k) and not k.endswith("日"):
            broken += 1
    if len(keys) < 8:
        return False
    width = statistics.median(len(k) for k in keys)
    # a page of paragraphs one line each, with short titles and a notice's list among them, is no
    # column: a column's lines are never two or three times its width
    paragraphs = sum(len(k) > 60 for k in keys)
    return width <= 30 and broken / len(keys) > 0.5 and paragraphs < max(3, len(keys) // 5)


# A numbered section inside a piece (一、招聘岗位, 2. 报名方式): the piece's own heading.
_SECTION_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)")


def _comma_sub(line: str) -> bool:
    """A sub-title that holds one comma (群众就近看病，少跑腿; 抓获嫌疑人17名，冻结资金286万元)."""
    if len(line) > 40 or line.count("，") != 1:
        return False
    return not any(ch in TERMINAL or ch in "；：" for ch in line)


def _headline_over_lead(text: str, unit: Unit, nxt: Unit | None, wrap: bool) -> bool:
    """A headline and a sub-title that holds a comma (某县推进某某下沉，群众就近看病), right
    over a lead (本报讯…): two lines, the first a title's, the second no sentence; or one line whose
    parts are set apart by spaces, the last of them such a sub-title (某某陷阱 某地警方捣毁某团伙
    抓获嫌疑人17名，冻结资金286万元)."""
    if nxt is None or nxt.kind != LEAD:
        return False
    if len(unit.lines) == 1:
        ln = unit.lines[0]
        parts = text[ln.start : ln.end].split()
        return (
            len(parts) >= 2
            and _comma_sub(parts[-1])
            and all(_title_like(Unit(BODY, [Line(0, 0, p, p)]), wrap) for p in parts[:-1])
        )
    if len(unit.lines) != 2:
        return False
    first, second = unit.lines[0].key, unit.lines[1].key
    return _title_like(Unit(BODY, unit.lines[:1]), wrap) and _comma_sub(second) and "，" not in first


def _over_dash_sub(unit: Unit) -> bool:
    """A headline with a comma over its ——sub-title (年终讨薪，劳动者如何维权？ / ——访某律师): a title,
    the comma its own."""
    if len(unit.lines) != 2 or not unit.lines[1].key.startswith("——"):
        return False
    first = unit.lines[0].key
    return (
        len(first) <= 30
        and first.count("，") == 1
        and not any(ch in "。；：" for ch in first)
        and not any(ch in TERMINAL for ch in first[:-1])
    )


_DATED_START = re.compile(r"^\d{1,2}月\d{1,2}日")
SPEAKER_LINE = re.compile(
    r"^(?!记者|主持人|问|答)[\u3400-\u9fff·0-9]{2,12}(?<!地址)(?<!电话)(?<!邮箱)(?<!时间)(?<!地点)[：:]"
    r"(?=[^\u3400-\u9fff]*[\u3400-\u9fff])[^。，；：！？,;:]{4,24}[！？!?]?$"
)  # (not an interview's 记者：…, 问：…, nor a notice's 咨询电话：6218855 or 来信地址：某路9号: no words said)


def _speaker_headline(unit: Unit, nxt: Unit | None, wrap: bool) -> bool:
    """A headline that gives the words of the person or the body it is about (某某：我们的路修
    通了, 某某热线：诉求件件有回音), one line of a title group right over its byline or lead, the other
    lines titles too: the colon is the headline's own."""
    if nxt is None or not 1 <= len(unit.lines) <= 3:
        return False
    if nxt.kind not in (BYLINE, LEAD) and not (
        nxt.kind == BODY and len(nxt.lines) == 1 and _title_like(nxt, wrap)
    ):
        return False  # (or over the sub-title line under it, in one-line paragraphs)
    said = [i for i, ln in enumerate(unit.lines) if SPEAKER_LINE.match(ln.key)]
    return len(said) == 1 and all(
        _title_like(Unit(BODY, [ln]), wrap) for i, ln in enumerate(unit.lines) if i != said[0]
    )


def _under_label(unit: Unit, prev: Unit | None) -> bool:
    """A line right under a column's label (读者来信 / 小区停车难，何时能缓解？): the entry's title,
    a question or a phrase with a comma as it may be, when it is short and no sentence."""
    return (
        prev is not None
        and prev.label
        and len(unit.lines) == 1
        and len(unit.key) <= _UNDER_LABEL_MAX
        and not unit.key.endswith(("。", "：", ":", "；"))
        and "。" not in unit.key
    )


_UNDER_LABEL_MAX = 30


_BOLD_SUB_MAX = 40  # characters of a bold sub-title, its ** included


def _bold_under_heading(text: str, unit: Unit, prev: Unit | None) -> bool:
    """A line set in bold right under a markdown headline (## 某区两所社区医院投用 / **新增床位600张,
    缓解某片看病远**): its sub-title, a phrase with a comma as it may be, when it is short and no sentence."""
    if prev is None or not prev.heading or len(unit.lines) != 1:
        return False
    raw = text[unit.lines[0].start : unit.lines[0].end].strip()
    return (
        len(raw) > 4
        and raw.startswith("**")
        and raw.endswith("**")
        and len(unit.key) <= _BOLD_SUB_MAX
        and not any(ch in TERMINAL for ch in unit.key[:-1])
        and not unit.key.endswith(("。", "：", ":", "；"))
    )


def _indented(text: str, ln: Line) -> bool:
    """The line opens a paragraph with an indent (two full-width or four plain spaces)."""
    head = text[text.rfind("\n", 0, ln.start) + 1 : ln.start] + text[ln.start : ln.start + 4]
    return head.startswith(("\u3000\u3000", "    "))


# A markdown list's entry: a hyphen, plus or single asterisk before the text (not ** of bold).
_MD_ITEM = re.compile(r"[-+]|\*(?!\*)")


def _title_like(unit: Unit, wrap: bool) -> bool:
    keys = [ln.key for ln in unit.lines]
    if len(keys) > 3 or sum(len(k) for k in keys) < 2:
        return False
    limit = 40 if len(keys) > 1 else 64
    if any(len(k) > limit for k in keys):
        return False
    joined = "".join(keys)
    if _BAD_IN_TITLE.search(joined) or joined.endswith(("、", "…")):
        return False
    if any(_MD_ITEM.match(k) for k in keys):
        return False  # - 某某（某公司董事长）: a markdown list's entries, never a headline
    if (
        joined[0] in "（(【["
        or END_MARK_RE.search(joined)
        or _SECTION_NUMBER.match(joined.lstrip("*"))  # (**二、开设专业**: a markdown section in bold)
    ):
        return False  # (二、报名条件: a section of the piece above, never a piece's headline)
    # a terminal mark is allowed only at the very end (a headline may end with ！ or ？)
    return not any(ch in TERMINAL for ch in joined[:-1])


def _split_trailing_titles(out: list[Unit], wrap: bool) -> list[Unit]:
    """A headline printed right under its story's last line, with no blank line between, is cut off
    from the body block: a complete sentence (or a brief's closing credit), then 1-3 unpunctuated
    lines, then the next lead."""
    result: list[Unit] = []
    for i, u in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            u.kind in (BODY, LEAD)
            and len(u.lines) >= 2
            and (
                nxt is None
                or nxt.kind in (LEAD, BYLINE, TITLE)
                # (…（通讯员某某） / 某区某中心挂牌 / 公告: a notice's title line opens the next piece)
                or (len(nxt.lines) == 1 and NOTICE_TITLE.match(nxt.lines[0].key) is not None)
            )
        ):
            for cut in range(max(1, len(u.lines) - 3), len(u.lines)):
                head, tail = u.lines[:cut], u.lines[cut:]
                if (ends_sentence(head[-1].key) or _credit_closed(head)) and _title_like(
                    Unit(BODY, tail), wrap
                ):
                    result.append(Unit(u.kind, head))
                    u = Unit(BODY, tail)
                    break
        result.append(u)
    return result


def _merge_title_lines(text: str, out: list[Unit]) -> list[Unit]:
    """Without column wrapping each line is its own block, but the lines of a headline printed with
    no blank line between are still one headline group (marked `stacked`: not a headline the
    column wrapped, but lines set one under another: headline_parts tells their parts)."""
    result: list[Unit] = []
    for u in out:
        prev = result[-1] if result else None
        if (
            prev is not None
            and u.kind == BODY
            and prev.kind == BODY
            and not (u.roster or prev.roster)
            and len(prev.lines) < 3
            and text.count("\n", prev.end, u.start) == 1
            and _title_like(u, False)
            and (_title_like(prev, False) or _over_dash_sub(Unit(BODY, prev.lines + u.lines)))
        ):
            prev.lines.extend(u.lines)
            prev.stacked = True
            continue
        result.append(u)
    return result


_DATE_END = re.compile(r"\d+日$")


_CLOSING_CREDIT = re.compile(r"[（(](?:本报)?(?:见习|实习|特约)?(?:记者|通讯员|实习生)[^（）()]{1,30}[）)]$")


NOTICE_TITLE = re.compile(r"^.{0,20}(?:公告|通告|公示|启事|声明|通知)$")
# A short bracket right after a sentence's end closes a brief: its office's credit (…万元。（某法宣）).
_OFFICE_CREDIT = re.compile(r"[。！？”][（(][\u3400-\u9fff \t\u3000·•・]{2,15}[）)]$")


def _credit_closed(lines: list[Line]) -> bool:
    """The lines end with a brief's closing credit, maybe broken over the last two (…。（某公 / 宣）)."""
    last = lines[-1].key
    if _CLOSING_CREDIT.search(last) or _OFFICE_CREDIT.search(last):
        return True
    if len(lines) < 2:
        return False
    joined = lines[-2].key + last  # (…。（通讯员 / 某某·某某）: a credit a line break parted)
    return (len(last) <= 8 and _OFFICE_CREDIT.search(joined) is not None) or (
        len(last) <= 16 and _CLOSING_CREDIT.search(joined) is not None
    )


_SIGNING_BODY = re.compile(
    r"^[\u3400-\u9fff（）]{3,20}(?:局|委员会|政府|办公室|中心|公司|医院|学校|指挥部|管委会|委|院|所|站|厅|社|馆|支队|大队"
    r"|联合会|协会|学会|商会)$"
)
_PHONE_END = re.compile(r"(?:电话|热线|手机|联系方式)[：]?[\d\-—、（）]{7,}$")


def _open_end(unit: Unit, wrap: bool) -> bool:
    """Does the unit stop mid-sentence, so that the next block must continue it?"""
    last = unit.lines[-1].key
    if unit.ends_story() or ends_sentence(last) or _credit_closed(unit.lines):
        return False  # (…管理。（通讯员 某某）: a brief closed by its credit)
    if last.endswith(("，", "、", "；", "：", "—")):
        return True
    if _PHONE_END.search("".join(ln.key for ln in unit.lines[-2:])):
        return False  # 联系电话：1395912…(broken)…71: a notice's contact line ends it
    if (
        len(unit.lines) >= 3
        and _SIGNING_BODY.match(last)
        and (ends_sentence(unit.lines[-2].key) or unit.lines[-2].key[-1:].isdigit())
    ):
        return False  # …电话：12345 / 某市某某局: a notice signed by its body
    if not wrap:
        # blank-line paragraphs: only an explicit mid-sentence mark says the paragraph goes on
        return False
    # a signature date (…办公室 2025年4月9日) or a title ends a block without a full stop
    return not (_DATE_END.search(last) or (unit.kind == BODY and _title_like(unit, wrap)))


def signature_lines(prev: str, line: str) -> bool:
    """Two lines of a notice's signature, one under the other: a body that signs it, then another
    body or the date (某市某局 / 某市公安局某支队, 某市某局 / 2024年5月6日)."""
    return _SIGNING_BODY.match(prev) is not None and (
        _SIGNING_BODY.match(line) is not None or _SIGNED_DATE.match(line) is not None
    )


def _signed_date_after(u: Unit, out: list[Unit], i: int) -> bool:
    """The date of a notice's signature follows the unit out[i]: right after it, or after a second
    body that signs with it, a line of its own (某市某局 / 某市公安局某支队 / 2024年5月6日)."""
    lines: list[Line] = []
    for x in out[i + 1 : i + 3]:
        if x.kind != BODY:
            break
        lines += x.lines
    lines = lines[:2]
    if lines and _SIGNED_DATE.match(lines[0].key):
        return True
    return (
        len(lines) == 2
        and signature_lines(u.key, lines[0].key)
        and _SIGNED_DATE.match(lines[1].key) is not None
    )


# A notice's list: a name, a space, who the person is (某某　某县某镇某村种植户), a line each.
# (the entry may give the sex first: 某某 女，某社区党委书记)
# (a two-character name may be padded to three with a space: 卜　珂)
_ROSTER_LINE = re.compile(
    r"^(?:[-*•][ \t]*)?(?:[\u3400-\u9fff][ \u3000][\u3400-\u9fff]|[\u3400-\u9fff·]{2,5})(?:[（(][男女][）)])?"
    r"[ \t\u3000]+[\u3400-\u9fff（）()，,、]{2,40}$"
)
# The date under a notice's signature (某某办公室 / 2025年1月16日): no headline ends so.
# (a court's or an office's date may be in Chinese numerals: 二〇二四年三月五日)
_SIGNED_DATE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)
_ROSTER_MIN = 3  # lines in a run: two name-and-space lines can be a headline and its kicker


# A list's line of names under its label and colon (一等奖：某某　某某, 评委：某某　某某　某某).
LABELLED_NAMES = re.compile(
    r"^[\u3400-\u9fff]{2,12}[：:][\u3400-\u9fff·]{2,10}(?:[ \t\u3000]+[\u3400-\u9fff·]{2,10})+$"
)


def _roster_line(text: str, ln: Line) -> bool:
    line = text[ln.start : ln.end].strip()
    return _ROSTER_LINE.match(line) is not None or LABELLED_NAMES.match(line) is not None


def _split_rosters(text: str, out: list[Unit]) -> list[Unit]:
    """A column-wrapped block holding a list of names (three or more entry lines in a row, between
    the notice's opening sentence and what follows it) is cut around the list, which becomes a
    block of its own: the wrapping joined lines that are each an entry."""
    result: list[Unit] = []
    for u in out:
        if u.kind != BODY or len(u.lines) <= _ROSTER_MIN:
            result.append(u)
            continue
        marks = [_roster_line(text, ln) for ln in u.lines]
        cuts: list[int] = [0]
        k = 0
        while k < len(marks):
            if not marks[k]:
                k += 1
                continue
            e = k
            while e < len(marks) and marks[e]:
                e += 1
            if e - k >= _ROSTER_MIN:
                cuts += [k, e]
            k = e
        if len(cuts) == 1:
            result.append(u)
            continue
        cuts.append(len(u.lines))
        for a, b in pairwise(cuts):
            if b > a:
                result.append(Unit(BODY, u.lines[a:b]))
    return result


# A list's own heading (最美志愿者（4名）, 优秀志愿服务组织（3个）) and an entry that is a body
# alone (某村党支部): lines of a list of names when they stand among its entries.
_LIST_COUNT = re.compile(r"^[\u3400-\u9fff、·“”]{2,30}[（(]\d{1,3}[名个人家位项][）)]$")
_LIST_BODY = re.compile(
    r"^[\u3400-\u9fff（）()]{4,30}(?:党委|党组|党支部|党总支|支部|委员会|公司|局|院|中心|学校|小学|中学|协会|办|站|所|队|科|处|室)$"
)


def _mark_lists(text: str, out: list[Unit]) -> None:
    """One line a block (no column wrapping): a run of lines of a list (name and who, three or
    more; its count headings; entries that are bodies alone) is marked `roster`, so that no two of
    its lines are read as a headline and its kicker."""
    i = 0
    while i < len(out):
        j, names = i, 0
        while j < len(out) and out[j].kind == BODY and len(out[j].lines) == 1:
            if _roster_line(text, out[j].lines[0]):
                names += 1
            elif not (_LIST_COUNT.match(out[j].key) or (j > i and _LIST_BODY.match(out[j].key))):
                break
            j += 1
        counted = j > i and _LIST_COUNT.match(out[i].key) is not None and j - i > _ROSTER_MIN
        if names >= _ROSTER_MIN or counted:
            for u in out[i:j]:
                u.roster = True
            i = j
        else:
            i += 1


def _roster_units(text: str, out: list[Unit]) -> set[int]:
    """Indexes of the units that are lines of a list of names (three or more in a row)."""
    found: set[int] = {i for i, u in enumerate(out) if u.roster}
    run: list[int] = []
    for i, u in enumerate([*out, None]):
        if u is not None and u.kind == BODY and all(_roster_line(text, ln) for ln in u.lines):
            run.append(i)
            continue
        if sum(len(out[k].lines) for k in run) >= _ROSTER_MIN:
            found.update(run)
        run = []
    return found


def units(text: str) -> tuple[list[Unit], bool]:
    """The page as units in printed order, and whether it is column-wrapped."""
    lines = physical_lines(text)
    classify(text, lines)
    wrap = wrapped(lines)
    out: list[Unit] = []
    cur: Unit | None = None  # the open text block (body, title or lead)

    def close() -> None:
        nonlocal cur
        cur = None

    for li, ln in enumerate(lines):
        c = ln.cls
        if c == "blank":
            close()
        elif c == "heading":
            close()
            out.append(Unit(TITLE, [ln], heading=True))
        elif c == "source":
            close()
            out.append(Unit(SOURCE, [ln]))
        elif c == "webtitle":
            close()
            out.append(Unit(TITLE, [ln], web=True))
        elif c == "masthead":
            close()
            out.append(Unit(TITLE, [ln], masthead=True))
        elif c == "label":
            close()
            out.append(Unit(TITLE, [ln], label=True))
        elif c in ("lead", "bullet"):
            close()
            cur = Unit(LEAD, [ln])
            out.append(cur)
            if not wrap and ln.key.count("（") <= ln.key.count("）"):
                close()  # one paragraph a line, unless the byline's bracket runs on
        elif c in ("credit", "credit_head"):
            if c == "credit" and out and out[-1].kind == CREDIT and out[-1].lines[-1].cls == "credit_head":
                out[-1].lines.append(ln)
            else:
                close()
                out.append(Unit(CREDIT, [ln]))
            close()
        elif c == "byline":
            if out and out[-1].kind == BYLINE and cur is None and out[-1].lines[-1] is not ln:
                out[-1].lines.append(ln)
            else:
                close()
                out.append(Unit(BYLINE, [ln]))
        elif c == "colcredit":
            close()
            out.append(Unit(COLCREDIT, [ln]))
        elif c == "drop":
            close()
            out.append(Unit(DROP, [ln]))
        elif wrap and len(ln.key) <= 12 and briefs_label(ln.key):
            # 简讯 on a line of its own over a wrapped column: the label, never a line of the
            # first item's headline or paragraph
            close()
            out.append(Unit(BODY, [ln]))
        else:
            if (
                cur is not None
                and wrap
                and len(cur.lines) == 1
                and cur.kind == BODY
                and (
                    # 关于某某的公告 / 　　因…: a title line right over an indented paragraph
                    (_indented(text, ln) and not _indented(text, cur.lines[0]))
                    # 某某热议民生事 / 2月15日，…: a short title line (at most two thirds of the line
                    # under it) over a dated paragraph
                    or (
                        _DATED_START.match(ln.key) is not None
                        and len(cur.lines[0].key) >= 4
                        and 3 * len(cur.lines[0].key) <= 2 * len(ln.key)
                    )
                )
                and _title_like(cur, wrap)
            ):
                close()
            # a column of briefs run together: an item's credit, then the next item's headline
            # line (…完成。（某交宣） / 某镇开展消防演练 / 3月2日，…)
            # (the column's first item right under its label: ■　某某简讯 / 某法院… / 11月21日，…)
            brief_head = (
                wrap
                and "，" not in ln.key
                and li + 1 < len(lines)
                and lines[li + 1].cls == "text"
                and (
                    (cur is not None and _credit_closed(cur.lines))
                    or (cur is None and ((out and out[-1].label) or NOTICE_TITLE.match(ln.key) is not None))
                )
                and _title_like(Unit(BODY, [ln]), wrap)
            )
            if brief_head:
                close()
            if cur is None:
                cur = Unit(BODY, [ln])
                out.append(cur)
            else:
                cur.lines.append(ln)
            if not wrap or brief_head:
                close()  # without column wrapping a line is a paragraph, blank line or not
    out = _split_trailing_titles(out, wrap)
    if not wrap:
        _mark_lists(text, out)
        out = _merge_title_lines(text, out)
    # text blocks become titles when they look like one and do not continue an unfinished sentence
    # (nor are a notice's list of names or its dated signature)
    prev: Unit | None = None
    if wrap:
        out = _split_rosters(text, out)
    roster = _roster_units(text, out)
    for i, u in enumerate(out):
        u.roster = i in roster
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            u.kind == BODY
            and (
                _title_like(u, wrap)
                or _headline_over_lead(text, u, nxt, wrap)
                or _speaker_headline(u, nxt, wrap)
                or _over_dash_sub(u)
                or _under_label(u, prev)
                or _bold_under_heading(text, u, prev)
            )
            and i not in roster
            and not _SIGNED_DATE.match(u.lines[-1].key)
        ):
            continues = prev is not None and prev.kind in (BODY, LEAD) and _open_end(prev, wrap)
            # a notice's signature: the body that signs it, then the date (某市档案馆 / 2024年5月6日)
            signs = prev is not None and prev.kind in (BODY, LEAD) and _signed_date_after(u, out, i)
            if not continues and not signs:
                u.kind = TITLE
                if len(u.lines) == 1 and SIGNATURE_RE.search(u.key) and not u.key.startswith("—"):
                    u.kind = BODY
                    u.signature = True
        if u.kind != DROP:
            prev = u
    return _briefs_items(text, _figure_boxes(text, [u for u in out if u.kind != DROP])), wrap


# The label over a column of short items (简讯, 快讯, 某某简讯, 某某短波): a section, no headline.
_BRIEFS_LABEL = re.compile(
    r"^[\u3400-\u9fff]{0,6}(?:简讯|快讯|短讯|短波|简报|速递|简明新闻|一句话新闻|新闻速览)$"
)


def briefs_label(key: str) -> bool:
    """Whether a line's key is the label of a column of short items (■ 简讯, 某某简讯)."""
    return _BRIEFS_LABEL.match(re.sub(r"\s", "", key).lstrip(_BULLETS + "*#")) is not None


# An item's own headline in such a column (某区：网格员集中“充电”, 某县某比赛开拍): short, no
# sentence's punctuation, a colon after the place or body it is about at most.
_ITEM_HEAD = re.compile(r"^[^。，；！？,;!?：:]{2,12}[：:]?[^。，；！？,;!?：:]{4,24}$")


def _briefs_items(text: str, out: list[Unit]) -> list[Unit]:
    """In a column of short items under its label, an item's headline line over its paragraph is
    its headline: a title unit of its own (the column's wrapping may have run it into the paragraph:
    it is then shorter than the line under it, or names what the item is about before a colon)."""
    result: list[Unit] = []
    in_briefs = False
    number = 0  # the last numbered item's number in this column
    for i, u in enumerate(out):
        if in_briefs and u.kind == BODY and (items := _numbered_items(u, number)):
            result += items
            number += len(items)
            continue
        if u.kind == TITLE and len(u.lines) == 1:
            number = 0
            # (a notice after the column, 关于某事的公告, is no item of it)
            u.item = in_briefs and _ITEM_HEAD.match(u.key) is not None and not NOTICE_TITLE.match(u.key)
            in_briefs = u.item or briefs_label(u.key)
        elif u.kind in (LEAD, BYLINE, SOURCE) or u.heading:
            in_briefs = False
        elif (
            in_briefs
            and u.kind == BODY
            and not (result and result[-1].item)  # (the item's headline is over it already)
            and _ITEM_HEAD.match(first := u.lines[0].key)
        ):
            nxt = out[i + 1] if i + 1 < len(out) else None
            if len(u.lines) == 1 and nxt is not None and nxt.kind == BODY:
                u.kind, u.item = TITLE, True
            elif len(u.lines) > 1 and ("：" in first or len(first) + 3 <= len(u.lines[1].key)):
                result += [Unit(TITLE, u.lines[:1], item=True), Unit(BODY, u.lines[1:])]
                continue
        if (
            in_briefs
            and u.kind == BODY
            and not (result and result[-1].item)  # (an item under its own headline: that heads it)
            and (
                items := _credited_items(
                    _items_run_together(text, u),
                    open_before=bool(result) and _open_item(result[-1]),
                    tail_after=i + 1 < len(out)
                    and _CREDIT_TAIL_LINE.match(out[i + 1].lines[0].key) is not None,
                )
            )
        ):
            result += items
            continue
        result.append(u)
    return result


# Where the next item of a column run together starts in a line: a credit closes the one before,
# then the place or body the next is about and a colon (…。（通讯员　某某）某某县：4月3日，…).
_ITEM_AFTER_CREDIT = re.compile(r"[）)](?=[\u3400-\u9fff]{2,14}：)")


def _items_run_together(text: str, u: Unit) -> Unit:
    """A body unit of a briefs column whose items run on within a line, each closed by its credit and
    the next opened by what it is about (某某县：…): the line cut after each credit, so that each
    item ends a line and the credits cut the unit into items."""
    lines: list[Line] = []
    changed = False
    for j, ln in enumerate(u.lines):
        prev = u.lines[j - 1].key if j else ""
        start = ln.start
        # (the next item's head may go on in the next line: …（记者　某某）南岭 / 县：…)
        joined = ln.key + (u.lines[j + 1].key[:16] if j + 1 < len(u.lines) else "")
        for m in _ITEM_AFTER_CREDIT.finditer(joined):
            if m.end() >= len(ln.key):
                break  # (the credit ends the line: the line already ends the item)
            closing = prev + ln.key[: m.end()]
            if not (_CLOSING_CREDIT.search(closing) or _OFFICE_CREDIT.search(closing)):
                continue
            head = ln.key[m.end() : joined.index("：", m.end())]  # (its part in this line)
            at = re.compile(r"[）)][ \t\u3000]*(?=" + re.escape(head) + ")").search(text, start, ln.end)
            if at is None:
                continue
            lines.append(_line(text, start, at.start() + 1))
            start, changed = at.start() + 1, True
        lines.append(ln if start == ln.start else _line(text, start, ln.end))
    if not changed:
        return u
    return Unit(u.kind, lines)


# The tail of a closing credit that a column break parted from its item (…（通讯员 / 某某）).
_CREDIT_TAIL_LINE = re.compile(r"^[^（(）)]{1,16}[）)]$")


def _open_item(u: Unit) -> bool:
    """A column's text unit that no credit closes yet: a column break parted it from its end."""
    return (
        u.kind in (BODY, LEAD)
        and not _credit_closed(u.lines)
        and not _CREDIT_TAIL_LINE.match(u.lines[-1].key)
    )


def _credited_items(u: Unit, *, open_before: bool, tail_after: bool) -> list[Unit]:
    """A body unit of a briefs column cut into its unmarked items, each closed by its credit (…。（记者
    某某） / 10月16日，…。（通讯员某某）): each a LEAD of its own. Text that goes on with an item a
    column break left open (`open_before`) stays a body unit, as a line that only ends its credit
    (…（通讯员 / 某某）) does; lines after the last credit open the next item, as a whole unit does
    when the next unit ends its credit (`tail_after`). Empty when no credit closes an item."""
    lines = u.lines
    cuts = [
        j + 1
        for j in range(len(lines))
        if _credit_closed(lines[: j + 1])
        and (j + 1 == len(lines) or not _CREDIT_TAIL_LINE.match(lines[j + 1].key))
    ]
    if open_before and _CREDIT_TAIL_LINE.match(lines[0].key):
        cuts = [1, *(c for c in cuts if c > 1)]
    if not cuts and tail_after and not open_before:
        return [Unit(LEAD, lines, brief=True)]
    if not cuts or (open_before and len(cuts) == 1 and cuts[0] == len(lines)):
        return []
    out = [Unit(BODY, lines[: cuts[0]])] if open_before else []
    prev = cuts[0] if open_before else 0
    for c in cuts:
        if c > prev:
            out.append(Unit(LEAD, lines[prev:c], brief=True))
        prev = c
    if prev < len(lines):
        out.append(Unit(LEAD, lines[prev:], brief=True))  # the next item, its credit past a column break
    return out


def _numbered_items(u: Unit, last: int) -> list[Unit]:
    """A body unit of a briefs column cut into its numbered items (each a LEAD, numbered), when it
    opens with the item after the `last` one and any further item lines count on from it."""
    cuts: list[int] = []
    want = last + 1
    for j, ln in enumerate(u.lines):
        m = ITEM_NUMBER.match(ln.key)
        if m and int(m.group(1)) == want and (j == 0 or u.lines[j - 1].key.endswith(("。", "）", ")", "！"))):
            cuts.append(j)
            want += 1
    if not cuts or cuts[0] != 0:
        return []
    ends = [*cuts[1:], len(u.lines)]
    return [Unit(LEAD, u.lines[a:b], numbered=True) for a, b in zip(cuts, ends, strict=True)]


def _data_row(text: str, u: Unit) -> bool:
    """A row of a box of figures: a label, then values with figures (新增公交线路　5条　增长8%)."""
    if len(u.lines) != 1:
        return False
    parts = text[u.start : u.end].split()
    return (
        len(parts) >= 2
        and len(parts[0]) <= 12
        and not any(c.isdigit() for c in parts[0])
        and all(len(p) <= 12 and any(c.isdigit() for c in p) for p in parts[1:])
    )


_BOX_MIN_ROWS = 3


def _figure_boxes(text: str, out: list[Unit]) -> list[Unit]:
    """A box of figures under its title (图说某某 / 2024年某某账 / 新增公交线路　5条 …): the rows
    and the labels between them are the box's text, not a run of headlines. The box ends at its last
    row; a title after it heads the next piece."""
    i = 0
    while i < len(out):
        if out[i].kind != TITLE:
            i += 1
            continue
        j, last, rows = i + 1, i, 0
        while j < len(out):
            row = out[j].kind in (TITLE, BODY) and _data_row(text, out[j])  # (a row may look a title)
            if not row and out[j].kind != TITLE:
                break
            if row:
                rows, last = rows + 1, j
            j += 1
        if rows >= _BOX_MIN_ROWS and rows * 2 >= last - i:
            out[i].box = True
            for u in out[i + 1 : last + 1]:
                u.kind = BODY
            i = last + 1
        else:
            i += 1
    return out
