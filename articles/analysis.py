"""Reading and entity extraction of one page, with nothing but the page in and frozen results out.

Pure Python: no Django import, so that worker processes (started with "spawn") can run it without
a settings module or a database connection; the importer stores the results in its own process.
"""

from __future__ import annotations

from dataclasses import replace

from articles.reading import PageError, PageHints, ParsedPage, read_page
from articles.reading.types import article_text
from people.extraction import extract
from people.extraction.tokenizer import tokenizer_for
from people.extraction.types import Extraction, Lexicon

_LEXICON: Lexicon | None = None


def analyse(
    data: bytes, name: str, hints: PageHints | None, lexicon: Lexicon | None
) -> tuple[ParsedPage, list]:
    """read_page, then extract on every article (byline names excluded from persons)."""
    parsed = read_page(data, name, hints)
    extractions: list[Extraction] = [
        extract(
            article_text(a.kicker, a.headline, a.subheadline, a.body),
            lexicon=lexicon,
            exclude=frozenset(c.name for c in a.credits),
        )
        for a in parsed.articles
    ]
    # The per-character offset map is not stored; dropping it keeps what crosses processes small.
    parsed = replace(parsed, articles=tuple(replace(a, body_map=()) for a in parsed.articles))
    return parsed, extractions


def init_worker(lexicon: Lexicon | None) -> None:
    """Runs once in each worker: keep the lexicon and build its tokenizer before the first page."""
    global _LEXICON
    _LEXICON = lexicon
    tokenizer_for(lexicon)


def analyse_job(job: tuple[bytes, str, PageHints | None]) -> tuple[str, object]:
    """In a worker: ("ok", (parsed, extractions)) or ("error", message); never raises for a page."""
    data, name, hints = job
    try:
        return "ok", analyse(data, name, hints, _LEXICON)
    except PageError as exc:
        return "error", str(exc)
