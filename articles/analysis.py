"""Reading and entity extraction of one page, with nothing but the page in and frozen results out.

Worker processes (started with "spawn") run it without a settings module or a database
connection (articles.search is imported for its pure segmenter only); the importer stores the
results in its own process.
"""

from __future__ import annotations

from dataclasses import replace

import jieba

from articles.reading import PageError, PageHints, ParsedPage, read_page
from articles.reading.types import article_text
from articles.search import derived_text, segment  # pure parts of the search module; no Django use
from people.extraction import extract, place_stems
from people.extraction.tokenizer import tokenizer_for
from people.extraction.types import PERSON, PLACE, Extraction, Lexicon, Mention
from people.services.pinyin import pinyin_of

_LEXICON: Lexicon | None = None


def analyse(
    data: bytes, name: str, hints: PageHints | None, lexicon: Lexicon | None
) -> tuple[ParsedPage, list[Extraction], list[str], dict[str, str]]:
    """read_page, then extract on every article (byline names excluded from persons), and the
    search words of every article (as articles.search.segment, space-separated) and the pinyin of
    the person names: the importer stores them instead of computing them in the writing process."""
    parsed = read_page(data, name, hints)
    texts = [article_text(a.kicker, a.headline, a.subheadline, a.body) for a in parsed.articles]
    excluded = [frozenset(c.name for c in a.credits) for a in parsed.articles]
    extractions: list[Extraction] = [
        extract(text, lexicon=lexicon, exclude=exclude) for text, exclude in zip(texts, excluded, strict=True)
    ]
    # A city or county the page names in full (某某市, 某某县人民医院) and another piece prints bare:
    # read that piece again knowing the short name (only for names the gazetteer lacks).
    stems = place_stems((m for e in extractions for m in e.mentions), lexicon)
    for i, text in enumerate(texts):
        if stems and any(s in text for s in stems - place_stems(extractions[i].mentions, lexicon)):
            extractions[i] = extract(text, lexicon=lexicon, exclude=excluded[i], stems=stems)
    for i, a in enumerate(parsed.articles):
        if a.filed_from:
            extractions[i] = with_filing_place(extractions[i], a.filed_from, lexicon)
    words = [" ".join(search_words(a.kicker, a.headline, a.subheadline, a.body)) for a in parsed.articles]
    # The per-character offset map is not stored; dropping it keeps what crosses processes small.
    parsed = replace(parsed, articles=tuple(replace(a, body_map=()) for a in parsed.articles))
    return parsed, extractions, words, person_pinyin(parsed, extractions, lexicon)


def with_filing_place(extraction: Extraction, filed_from: str, lexicon: Lexicon | None) -> Extraction:
    """The place an agency's dispatch was filed from (新华社北京4月10日电) among the article's places:
    its lead is not part of the text, so the mention has no span in it (0, 0). Only a name the
    extractor reads as a place on its own (北京, not 联合国, a body)."""
    alone = extract(filed_from, lexicon=lexicon).mentions
    if len(alone) != 1 or alone[0].type != PLACE or alone[0].text != filed_from:
        return extraction
    if any(m.type == PLACE and m.text == filed_from for m in extraction.mentions):
        return extraction
    place = Mention(PLACE, filed_from, 0, 0, method="dateline", confidence=0.7)
    return replace(extraction, mentions=(place, *extraction.mentions))


def person_pinyin(
    parsed: ParsedPage, extractions: list[Extraction], lexicon: Lexicon | None
) -> dict[str, str]:
    """Pinyin of every person name the page may add to the archive (bylines, persons named,
    event participants, under the name they resolve to): the importer gives it to new records."""
    aliases = lexicon.aliases if lexicon else {}
    names = {c.name for a in parsed.articles for c in a.credits}
    for e in extractions:
        names.update(aliases.get(m.text, m.text) for m in e.mentions if m.type == PERSON)
        names.update(aliases.get(p.name, p.name) for ev in e.events for p in ev.participants)
    return {n: pinyin_of(n) for n in names if n}


def search_words(kicker: str | None, headline: str | None, subheadline: str | None, body: str) -> list[str]:
    """The search words of an article, as index_page computes them (tests/test_import_fast_path.py
    compares the stored results)."""
    return segment(derived_text(kicker or "", headline or "", subheadline or "", body))


def init_worker(lexicon: Lexicon | None) -> None:
    """Runs once in each worker: keep the lexicon and build its tokenizer before the first page."""
    global _LEXICON
    _LEXICON = lexicon
    tokenizer_for(lexicon)
    jieba.initialize()  # the dictionary of the search words (articles.search.segment)


def analyse_job(job: tuple[bytes, str, PageHints | None]) -> tuple[str, object]:
    """In a worker: ("ok", (parsed, extractions)) or ("error", message); never raises for a page."""
    data, name, hints = job
    try:
        return "ok", analyse(data, name, hints, _LEXICON)
    except PageError as exc:
        return "error", str(exc)
