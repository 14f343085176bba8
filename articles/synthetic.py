"""A synthetic archive: deterministic page files in the seed pages' layouts, for timing imports.

Pure Python (no Django). Articles are taken from real pages (read with the archive's own reader),
then recombined and varied: every person and byline name is replaced by one drawn from a pool of
plausible names, dates move to the page's date across the years, and the articles are laid out
again in one of three layouts the real pages show:

- ``blank``: headline lines, then paragraphs separated by blank lines (the 000 layout);
- ``markdown``: ``##`` headlines over paragraphs (the 001 layout);
- ``columns``: text wrapped at a column width, lines broken mid-sentence, the headline printed
  after its story (the 002-004 layout).

Same sources, same seed, same pages: ``generate(sources, n, seed)`` is a pure function of its
arguments, and page ``i`` depends only on ``(seed, i)``, so any slice can be made on its own.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from articles.reading import read_page
from articles.reading.types import PHOTOGRAPHER, ParsedArticle
from people.extraction import extract
from people.extraction.resources import surnames

# Characters common in given names (general knowledge of naming practice, not from any text here).
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红"
    "建国志文斌辉鹏飞宇浩凯欣怡晨雪梅琳婷倩颖佳俊峰海波宁"
)
DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
LAYOUTS = ("blank", "markdown", "columns")
FIRST_YEAR, LAST_YEAR = 1995, 2025


@dataclass(frozen=True)
class SourceArticle:
    kind: str
    kicker: str | None
    headline: str | None
    subheadline: str | None
    source: str | None
    paragraphs: tuple[str, ...]
    credits: tuple[tuple[str, str], ...]  # (role, name)
    names: tuple[str, ...]  # persons named in the text, to be replaced


def load_sources(paths: list[Path]) -> list[SourceArticle]:
    """Articles of real pages, with the names to vary found by the archive's own extractor."""
    out = []
    for path in paths:
        page = read_page(path.read_bytes(), path.name)
        for a in page.articles:
            out.append(_source(a))
    return [s for s in out if s.paragraphs]


def _source(a: ParsedArticle) -> SourceArticle:
    text = "\n".join(p for p in (a.kicker, a.headline, a.subheadline, a.body) if p)
    credit_names = {c.name for c in a.credits}
    persons = {m.text for m in extract(text, exclude=frozenset(credit_names)).mentions if m.type == "person"}
    return SourceArticle(
        kind=a.kind,
        kicker=a.kicker,
        headline=a.headline,
        subheadline=a.subheadline,
        source=a.source,
        paragraphs=tuple(p for p in a.body.split("\n") if p.strip()),
        credits=tuple((c.role, c.name) for c in a.credits),
        names=tuple(sorted(persons | credit_names, key=len, reverse=True)),
    )


class Namer:
    """A consistent replacement name for every original name on one page."""

    def __init__(self, rng: random.Random, avoid: frozenset[str] = frozenset()) -> None:
        self.rng = rng
        self.avoid = avoid  # never hand out a real name from the source pages
        single, _compound = surnames()
        self.family = sorted(single)
        self.given: dict[str, str] = {}

    def __call__(self, original: str) -> str:
        if original not in self.given:
            length = 1 if len(original) <= 2 else 2
            name = original
            while name in self.avoid or name == original:
                name = self.rng.choice(self.family) + "".join(self.rng.choice(GIVEN) for _ in range(length))
            self.given[original] = name
        return self.given[original]


def _vary(text: str, names: tuple[str, ...], namer: Namer, day: dt.date, rng: random.Random) -> str:
    for name in names:
        if name in text:
            text = text.replace(name, namer(name))

    def redate(m: re.Match) -> str:
        when = day - dt.timedelta(days=rng.randint(0, 3))
        year = f"{when.year}年" if m.group(1) else ""
        return f"{year}{when.month}月{when.day}日"

    return DATE.sub(redate, text)


def _lead(article: SourceArticle, credits: list[tuple[str, str]]) -> str:
    reporters = "、".join(n for r, n in credits if r == "reporter")
    others = " ".join(
        f"{label}{n}"
        for r, n in credits
        for role, label in (("trainee_reporter", "见习记者"), ("correspondent", "通讯员"))
        if r == role
    )
    inside = " ".join(p for p in (f"记者{reporters}" if reporters else "", others) if p)
    return f"本报讯（{inside}）" if inside else ""


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def render(
    articles: list[SourceArticle], layout: str, day: dt.date, rng: random.Random, avoid: frozenset[str]
) -> str:
    namer = Namer(rng, avoid)
    known = tuple(sorted(avoid, key=lambda n: (-len(n), n)))  # a fixed order: same seed, same pages
    width = rng.randint(12, 24)
    blocks: list[str] = []
    for a in articles:

        def vary(s: str | None) -> str | None:
            # every name known in any source: a name found in one article may be printed in another
            return _vary(s, known, namer, day, rng) if s else s

        credits = [(r, namer(n)) for r, n in a.credits]
        paragraphs = [vary(p) for p in a.paragraphs]
        heads = [h for h in (vary(a.kicker), vary(a.headline), vary(a.subheadline)) if h]
        photo = [n for r, n in credits if r == PHOTOGRAPHER]
        lead = _lead(a, credits) if a.source == "本报讯" else ""
        if lead:
            paragraphs[0] = lead + paragraphs[0]
        if a.kind == "feature" and not lead and credits:
            paragraphs.insert(0, "本报记者 " + "、".join(n for r, n in credits if r != PHOTOGRAPHER))
        if photo:
            paragraphs.append(f"本报记者 {photo[0]} 摄")
        if layout == "blank":
            blocks.append("\n".join(heads) + "\n\n" + "\n\n".join(paragraphs))
        elif layout == "markdown":
            blocks.append(("## " + " ".join(heads) + "\n\n" if heads else "") + "\n\n".join(paragraphs))
        else:
            body = "\n\n".join("\n".join(_wrap(p, width)) for p in paragraphs)
            blocks.append(body + ("\n\n" + "\n".join(heads) if heads else ""))
    return "\n\n".join(blocks) + "\n"


@lru_cache(maxsize=4)
def _all_names(sources: tuple[SourceArticle, ...]) -> frozenset[str]:
    return frozenset(n for s in sources for n in s.names)


@dataclass(frozen=True)
class SyntheticPage:
    name: str
    text: str
    date: dt.date
    label: str


def page(sources: list[SourceArticle], seed: int, i: int) -> SyntheticPage:
    rng = random.Random(f"{seed}:{i}")
    start = dt.date(FIRST_YEAR, 1, 1).toordinal()
    day = dt.date.fromordinal(rng.randint(start, dt.date(LAST_YEAR, 12, 31).toordinal()))
    label = f"A{rng.randint(1, 8):02d}"
    chosen = rng.sample(sources, k=min(len(sources), rng.randint(3, 9)))
    text = render(chosen, rng.choice(LAYOUTS), day, rng, _all_names(tuple(sources)))
    # the index keeps names unique when two pages draw the same day and label
    return SyntheticPage(f"{day.isoformat()}_{label}_{i:07d}.txt", text, day, label)


def generate(sources: list[SourceArticle], n: int, seed: int = 0) -> Iterator[SyntheticPage]:
    for i in range(n):
        yield page(sources, seed, i)
