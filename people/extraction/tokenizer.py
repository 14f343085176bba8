"""Private jieba tokenizers: the gazetteer and curator-confirmed names as user words.

The global default jieba tokenizer is never touched: other code in the process may use it.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache

import jieba
import jieba.posseg

from .fastpos import fast_tokenizer
from .resources import organisations, places
from .types import Lexicon

jieba.setLogLevel(logging.WARNING)
_LOCK = threading.Lock()
_BASE: jieba.posseg.POSTokenizer | None = None

# JZARCHIVE_FAST_SEGMENTER=0 turns the accelerated (identical) tokenizer off.
FAST = os.environ.get("JZARCHIVE_FAST_SEGMENTER", "1") != "0"

# High enough that a confirmed name wins over the dictionary's own segmentation.
_FREQ = 200_000


def user_words(lexicon: Lexicon | None) -> list[tuple[str, str]]:
    """(word, POS) pairs a lexicon adds to jieba: persons nr, organisations nt, places ns."""
    if lexicon is None:
        return []
    out: list[tuple[str, str]] = []
    for names, pos in (
        (lexicon.known_persons, "nr"),
        (lexicon.known_organisations, "nt"),
        (lexicon.known_places, "ns"),
    ):
        out.extend((w, pos) for w in sorted(names) if w and not w.isspace())
    typ = {"nr": "person", "nt": "organisation", "ns": "place"}
    out.extend(
        (alias, "nr") for alias, canon in sorted(lexicon.aliases.items()) if canon in lexicon.known_persons
    )
    return [(w, p) for w, p in out if not lexicon.is_rejected(typ[p], w)]


def _base_words() -> list[tuple[str, int, str]]:
    """The gazetteer and the organisation list, as jieba user words (word, freq, tag)."""
    words = [(name, _FREQ, "ns") for name in places() if len(name) >= 2]
    words += [(name, _FREQ, "nt") for name in organisations()]
    return words


def _new(words: list[tuple[str, str]]) -> jieba.posseg.POSTokenizer:
    global _BASE
    with _LOCK:
        if _BASE is None:
            tok = jieba.Tokenizer()
            tok.initialize()
            base = jieba.posseg.POSTokenizer(tok)
            for name, freq, tag in _base_words():
                tok.add_word(name, freq, tag)
            base.makesure_userdict_loaded()
            _BASE = base
        if not words:
            return _BASE
        tok = jieba.Tokenizer()
        tok.FREQ = dict(_BASE.tokenizer.FREQ)
        tok.total = _BASE.tokenizer.total
        tok.initialized = True
        pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        pos.tokenizer = tok
        pos.word_tag_tab = dict(_BASE.word_tag_tab)
        for w, p in words:
            tok.add_word(w, _FREQ, p)
        pos.makesure_userdict_loaded()
        return pos


@lru_cache(maxsize=16)
def _cached(words: tuple[tuple[str, str], ...], fast: bool) -> jieba.posseg.POSTokenizer:
    reference = _new(list(words))
    if not fast:
        return reference
    return fast_tokenizer(reference, _base_words() + [(w, _FREQ, p) for w, p in words])


# The last lexicon asked for and its tokenizers: the extractor asks once per article, always with
# the run's one lexicon, whose words would otherwise be listed and sorted again every time
# (thousands of curated names). A Lexicon is frozen, so the same object has the same words.
_LAST: tuple[Lexicon | None, dict[bool, jieba.posseg.POSTokenizer]] = (None, {})


def tokenizer_for(lexicon: Lexicon | None = None, *, reference: bool = False) -> jieba.posseg.POSTokenizer:
    """A POS tokenizer with the gazetteer and the lexicon's names; cached by lexicon content.

    The accelerated tokenizer (fastpos) gives jieba.posseg's exact output faster; `reference=True`
    returns jieba's own, which tests compare it with.
    """
    global _LAST
    fast = not reference and FAST
    last, built = _LAST
    if last is not lexicon:
        built = {}
        _LAST = (lexicon, built)
    if fast not in built:
        built[fast] = _cached(tuple(user_words(lexicon)), fast)
    return built[fast]


def word_tag(word: str) -> str | None:
    """The dictionary POS of a word (None when jieba does not know it)."""
    return tokenizer_for(None).word_tag_tab.get(word)
