"""Frozen results of reading one page. Pure Python: no Django import anywhere in this package.

Offsets (`start`, `end`) are always character offsets into the page's raw text as decoded
(``ParsedPage.text``), so every article can be shown in its original context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jzarchive.pickling import by_fields

# Credit roles, as the export and the database name them.
REPORTER = "reporter"
TRAINEE = "trainee_reporter"
CORRESPONDENT = "correspondent"
PHOTOGRAPHER = "photographer"
CREDIT_ROLES = (REPORTER, TRAINEE, CORRESPONDENT, PHOTOGRAPHER)

# Article kinds (gold/SCHEMA.md).
KINDS = ("news", "xinhua", "feature", "photo", "notice", "column", "continuation", "brief", "other")


@by_fields
@dataclass(frozen=True, slots=True)
class PageHints:
    """What an operator's manifest or the file name says about a page, before reading it."""

    date: dt.date | None = None
    page_label: str | None = None  # A01 ...
    paper: str | None = None
    # where the hints came from, used as the edition date's evidence: "manifest" or "file name"
    origin: str = "manifest"


@by_fields
@dataclass(frozen=True, slots=True)
class Credit:
    role: str  # one of CREDIT_ROLES
    name: str


@by_fields
@dataclass(frozen=True, slots=True)
class ParsedArticle:
    n: int  # reading order in the page, from 1
    kind: str  # one of KINDS
    headline: str | None
    kicker: str | None
    subheadline: str | None
    source: str | None  # 本报讯, 新华社, ... as printed
    body: str  # reflowed body, lead (本报讯（…）), end marks and photo credits removed
    credits: tuple[Credit, ...] = ()
    dateline: str | None = None  # the news date as printed: 4月10日, 5月11日、12日
    filed_from: str | None = None  # where an agency's dispatch was filed, from its lead (北京)
    date: dt.date | None = None  # dateline resolved when the year is known
    continued_from: str | None = None  # page label: A01版
    continued_to: str | None = None
    start: int = 0  # span in the raw page text
    end: int = 0
    duplicated: bool = False  # printed twice on the page (notices)
    section: str | None = None  # section label printed above it (政务要闻, 一周动态)
    # raw-text offset of every body character (len(body_map) == len(body)), so that a mention
    # found in the reflowed body can be shown at its place in the page
    body_map: tuple[int, ...] = ()

    def names(self, role: str) -> list[str]:
        return [c.name for c in self.credits if c.role == role]


@by_fields
@dataclass(frozen=True, slots=True)
class EditionDate:
    date: dt.date | None
    precision: str  # "day", "month", "year" or "none"
    evidence: str  # where it came from: file name, manifest, or the words in the text


@by_fields
@dataclass(frozen=True, slots=True)
class ParsedPage:
    source_name: str  # file name
    text: str  # raw text as decoded, verbatim
    sha256: str  # of the file's bytes
    encoding: str
    articles: tuple[ParsedArticle, ...]
    edition: EditionDate
    page_label: str | None = None  # A01 ...
    paper: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def article_text(kicker: str | None, headline: str | None, subheadline: str | None, body: str) -> str:
    """The text entity extraction runs on: kicker, headline, sub-title and body, one per line.

    Mention spans are offsets into it, so the admin can show each mention in its sentence.
    """
    return "\n".join(part for part in (kicker, headline, subheadline, body) if part)
