"""Datelines and the edition date.

The edition date is taken, in order of trust, from: the operator's hints (manifest, file name); a
masthead line (a full date with 星期X); or inference from the text, which needs both the page's
year (from the full dates printed on it, or where there are none, from the one year its news is
named by: 2024年冬季…演练) and either a story that states the issue's day (今天（9月26日）, 明天（…）:
one day, wherever it is stated) or one that reports its news as 昨日 (the issue is then the day after
the latest news date on the page). Anything less gives no date: never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .types import EditionDate, PageHints

_SP = r"[ \t\u3000]*"
FULL_DATE = re.compile(rf"(\d{{4}}){_SP}年{_SP}(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}[日号]")
# A date expression as a dateline gives it: 4月10日, 5月11日、12日, 2025年4月9日, or a relative word.
DATE_EXPR = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[、至和](?:\d{1,2}月)?\d{1,2}日)*|昨日|昨天|今日|今天|近日|前日"
)
MONTH_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
MASTHEAD = re.compile(
    rf"(\d{{4}}){_SP}年{_SP}(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日{_SP}[，,]?{_SP}星期[一二三四五六日天]"
)
# The same line with the date in Chinese numerals, as papers printed it into the 1990s
# (一九八八年五月十二日　星期四).
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
MASTHEAD_CN = re.compile(
    rf"([〇零○一二三四五六七八九]{{4}}){_SP}年{_SP}([一二三四五六七八九十]{{1,2}}){_SP}月{_SP}"
    rf"([一二三四五六七八九十]{{1,3}}){_SP}日{_SP}[，,]?{_SP}星期[一二三四五六日天]"
)


def _cn_number(s: str) -> int | None:
    """一 .. 三十一 in Chinese numerals (a month's or a day's number); None for anything else."""
    if "十" not in s:
        return _CN_DIGIT.get(s) if len(s) == 1 else None
    tens, _, units = s.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    t = _CN_DIGIT.get(tens, -1) if tens else 1
    u = _CN_DIGIT.get(units, -1) if units else 0
    return t * 10 + u if t > 0 and u >= 0 else None


def _masthead_cn_date(m: re.Match) -> dt.date | None:
    year = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
    month, day = _cn_number(m.group(2)), _cn_number(m.group(3))
    return safe_date(year, month, day) if month and day else None


# A digital edition's path to the page (首页 > 2024年05月14日 > 第05版：经济): the day.
WEB_PATH = re.compile(
    rf"(\d{{4}}){_SP}年{_SP}(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日{_SP}[>＞›]{_SP}第?[A-Z]?\d{{1,2}}版"
)
RELATIVE_DAYS = {"昨日": -1, "昨天": -1, "前日": -2, "今日": 0, "今天": 0}


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def first_sentence(body: str) -> str:
    # an opening quotation (“…！”4月8日，在…) is not the lead sentence: skip it
    body = re.sub(r"^[“\"「][^”\"」]{0,200}[”\"」]", "", body)
    m = re.search(r"[。！？!?\n]", body)
    return body[: m.start()] if m else body


def first_paragraph(body: str) -> str:
    body = re.sub(r"^[“\"「][^”\"」]{0,200}[”\"」]", "", body)
    return body.split("\n", 1)[0]


def dateline_of(body: str, kind: str) -> str | None:
    """The date the piece gives for its news, as printed."""
    if kind == "continuation" or not body:
        return None
    if kind == "notice":
        # a notice is dated by its signature: the last full date
        dates = list(FULL_DATE.finditer(body))
        return re.sub(r"\s+", "", dates[-1].group(0)) if dates else None
    if kind == "feature":
        # a feature opens with a scene; the news date is the first calendar date of its opening
        paras = [p for p in body.split("\n") if p.strip()][:2]
        m = MONTH_DAY.search("\n".join(paras))
        return m.group(0) if m else None
    m = DATE_EXPR.search(first_paragraph(body))
    return m.group(0) if m else None


# An agency's lead dates its dispatch: 新华社北京4月10日电, 中新社香港5月3日电.
_DISPATCH = re.compile(r"(\d{1,2}月\d{1,2}日)电")


def dispatch_date(lead: str) -> str | None:
    """The day an agency's dispatch was filed, from its lead: the news date the paper gives it."""
    m = _DISPATCH.search(re.sub(r"\s+", "", lead))
    return m.group(1) if m else None


# Where it was filed: the words between the agency and the day (新华社|北京|4月10日电).
_DISPATCH_PLACE = re.compile(r"社([\u3400-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日电")


def dispatch_place(lead: str) -> str | None:
    """Where an agency's dispatch was filed, from its lead (新华社北京4月10日电 -> 北京), as printed."""
    m = _DISPATCH_PLACE.search(re.sub(r"\s+", "", lead))
    return m.group(1) if m else None


def resolve(dateline: str | None, year: int | None, edition: dt.date | None) -> dt.date | None:
    """A dateline as a calendar date, when the year (or the edition, for 昨日) is known."""
    if not dateline:
        return None
    if dateline in RELATIVE_DAYS:
        return edition + dt.timedelta(days=RELATIVE_DAYS[dateline]) if edition else None
    m = MONTH_DAY.match(dateline)
    if not m:
        return None
    y = int(m.group(1)) if m.group(1) else year
    if y is None:
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if not m.group(1) and edition and (month, day) > (edition.month, edition.day) and edition.month == 1:
        y -= 1  # a January issue reporting December news
    return safe_date(y, month, day)


def first_date_in(text: str | None, year: int | None) -> dt.date | None:
    """The first y年m月d日 / m月d日 in `text` (spaces ignored) as a date, `year` when it gives
    none (an event's date as the extractor read it, the year of its page)."""
    m = MONTH_DAY.search(text.replace(" ", "")) if text else None
    if not m:
        return None
    y = int(m.group(1)) if m.group(1) else year
    return safe_date(y, int(m.group(2)), int(m.group(3))) if y is not None else None


# What joins the two ends of a span (2025—2027年, 至2026年3月31日): a year or date after it ends one.
_SPAN_JOIN = "至到—－~～"


def page_year(text: str) -> tuple[int | None, str]:
    """The year fixed by full dates printed on the page, with the evidence.

    The most frequent year wins (a page may cite an old date or announce a future one), the later
    year on a tie; the evidence is the latest full date of that year. A date that ends a span
    (至2026年3月31日) does not count.
    """
    found: list[tuple[dt.date, str]] = []
    for m in FULL_DATE.finditer(text):
        if m.start() and text[m.start() - 1] in _SPAN_JOIN:
            continue  # 持续至2026年3月31日: the end of a span, often ahead of the issue
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and 1900 <= d.year <= 2100:
            found.append((d, re.sub(r"\s+", "", m.group(0))))
    if not found:
        return None, ""
    counts: dict[int, int] = {}
    for d, _ in found:
        counts[d.year] = counts.get(d.year, 0) + 1
    year = max(counts, key=lambda y: (counts[y], y))
    return year, max(f for f in found if f[0].year == year)[1]


# A year the page's own news is named by, where no full date prints it (2024年冬季…演练, 开展
# 2025年“安全生产月”): not one of a range (2025—2027年), nor a year looked back on or ahead to
# (2019年，…; 2020年以来; 2030年前; 2024年度).
_NEWS_YEAR = re.compile(rf"(?<![\d\-{_SPAN_JOIN}])((?:19|20)\d\d)年(?![以前底末起度\-{_SPAN_JOIN}，,、])")


def named_year(flat: str) -> tuple[int | None, str]:
    """The year the page's news names when it prints no full date: the one year named most often
    (a tie names none), with the evidence. `flat`: the page's text without white space."""
    ranked = Counter(int(m.group(1)) for m in _NEWS_YEAR.finditer(flat)).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None, ""
    year, times = ranked[0]
    return year, f"{year}年 named {times} time(s), no full date"


# The issue's own day as a story states it, in parentheses after the word: 今天（9月26日）, 明天（…）.
_STATED_DAY = re.compile(r"(今天|今日|明天|明日|昨天|昨日)[（(](\d{1,2})月(\d{1,2})日[）)]")
_STATED_OFFSET = {"今天": 0, "今日": 0, "明天": -1, "明日": -1, "昨天": 1, "昨日": 1}


def edition_date(
    text: str, hints: PageHints | None, datelines: list[tuple[str, str]]
) -> tuple[EditionDate, int | None]:
    """(edition date, year) from hints or the text; datelines are (kind, dateline) of the articles."""
    year, year_evidence = page_year(text)
    if hints is not None and hints.date is not None:
        return EditionDate(hints.date, "day", hints.origin or "manifest"), hints.date.year
    for m in MASTHEAD.finditer(text):
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return EditionDate(d, "day", f"masthead: {m.group(0)}"), d.year
    for m in MASTHEAD_CN.finditer(text) if "星期" in text else ():
        d = _masthead_cn_date(m)
        if d:
            return EditionDate(d, "day", f"masthead: {m.group(0)}"), d.year
    for m in WEB_PATH.finditer(text) if ">" in text or "＞" in text or "›" in text else ():
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return EditionDate(d, "day", f"digital edition's path: {m.group(0)}"), d.year
    flat = re.sub(r"\s+", "", text)
    if year is None:
        year, year_evidence = named_year(flat)
        if year is None:
            return EditionDate(None, "none", "no full date on the page fixes the year"), None
    stated = {
        d + dt.timedelta(days=_STATED_OFFSET[m.group(1)])
        for m in _STATED_DAY.finditer(flat)
        if (d := safe_date(year, int(m.group(2)), int(m.group(3))))
    }
    if len(stated) == 1:
        (day,) = stated
        return EditionDate(day, "day", f"the day stated in the text; year from {year_evidence}"), year
    news = [(k, dl) for k, dl in datelines if k not in ("notice", "continuation")]
    yesterday = [dl for _, dl in news if dl in ("昨日", "昨天")]
    dated = []
    for _, dl in news:
        m = MONTH_DAY.match(dl or "")
        if m and not m.group(1):
            d = safe_date(year, int(m.group(2)), int(m.group(3)))
            if d:
                dated.append((d, m.group(0)))
    if yesterday and dated:
        latest, words = max(dated)
        return (
            EditionDate(
                latest + dt.timedelta(days=1),
                "day",
                f"a story dated {yesterday[0]}; latest news date {words}; year from {year_evidence}",
            ),
            year,
        )
    return EditionDate(None, "none", f"year {year} from {year_evidence}, but nothing fixes the day"), year
