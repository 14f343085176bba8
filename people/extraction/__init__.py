"""Pure entity extraction (no Django): persons with titles, organisations, places, events.

from people.extraction import extract, entity_names
result = extract(article_text, exclude=frozenset({"记者名"}))
"""

from __future__ import annotations

from .core import place_stems, run
from .tokenizer import tokenizer_for, user_words
from .types import (
    ENTITY_TYPES,
    EVENT,
    ORGANISATION,
    PERSON,
    PLACE,
    EventMention,
    Extraction,
    Lexicon,
    Mention,
    Participant,
)

__all__ = [
    "ENTITY_TYPES",
    "EVENT",
    "ORGANISATION",
    "PERSON",
    "PLACE",
    "EventMention",
    "Extraction",
    "Lexicon",
    "Mention",
    "Participant",
    "entity_names",
    "extract",
    "place_stems",
    "tokenizer_for",
    "user_words",
]


def extract(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    exclude: frozenset[str] = frozenset(),
    stems: frozenset[str] = frozenset(),
) -> Extraction:
    """Find persons, organisations, places and events in one article. Deterministic.

    `stems`: short names of cities and counties the rest of the page names in full (place_stems
    of its other articles' mentions), places where this article prints them bare."""
    if not text or not text.strip():
        return Extraction()
    return run(text, lexicon, frozenset(exclude), frozenset(stems))


def entity_names(extraction: Extraction) -> dict[str, list[str]]:
    """Distinct names per type, in order of first appearance; the people the text credits (its
    reporters, photographers) among the persons."""
    out: dict[str, list[str]] = {"persons": [], "organisations": [], "places": []}
    key = {PERSON: "persons", ORGANISATION: "organisations", PLACE: "places"}
    seen: set[tuple[str, str]] = set()
    for m in sorted(extraction.mentions + extraction.credits, key=lambda m: (m.start, m.end)):
        k = key.get(m.type)
        if k and (k, m.text) not in seen:
            seen.add((k, m.text))
            out[k].append(m.text)
    return out
