"""jieba.posseg, faster, with exactly the same output.

`jieba.posseg.POSTokenizer.cut` (HMM on) does two things per run of Chinese text:
1. the dictionary route (DAG + max-probability path), in Python;
2. for each run of characters the route leaves as unknown single characters, a POS-tagging
   Viterbi over ~250 (BMES, tag) states, in Python. On news text this is ~90 % of the time.

`FastPOSTokenizer` keeps the algorithm and the model and changes only how they are computed:
- the route comes from jieba-rs (the `rjieba` binding) with HMM off, over a dictionary holding the
  same words and frequencies (jieba's default dictionary plus the same user words), so it is the
  same max-probability path;
- the Viterbi scans, for each state, only the predecessors that have a transition into it (the
  others add log(0) and can never win), falling back to the full scan when there are none, and it
  evaluates every candidate with the same floating-point expression, so ties break as in jieba;
- that Viterbi runs in C (`_viterbi.c`, built by `make venv`; `viterbi_py` stays the reference and
  the fallback), with the same IEEE arithmetic and ties, so the same states bit for bit;
- the tags of an unknown run depend on nothing but the run, so they are memoised: a newspaper
  names the same people every day.

jieba stays the reference: `tests/extraction/test_fastpos.py` compares the two on real and
generated text, token for token and tag for tag. Without `rjieba` installed, `fast_tokenizer`
returns jieba's own tokenizer unchanged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import jieba
import jieba.posseg as posseg
from jieba import finalseg, re_han_default, re_skip_default
from jieba.posseg import (
    pair,
    re_eng,
    re_han_detail,
    re_han_internal,
    re_num,
    re_skip_detail,
    re_skip_internal,
)

try:  # the accelerated route; optional
    import rjieba
except ImportError:  # pragma: no cover - exercised on machines without the wheel
    rjieba = None

# JZARCHIVE_FAST_SEGMENTER=0 uses jieba itself for the search words too.
FAST_SEARCH = os.environ.get("JZARCHIVE_FAST_SEGMENTER", "1") != "0"
_TOTAL_FILLER = "\U000f0000"
_RUN_BREAK = "\n"  # outside re_han_internal and jieba-rs's Chinese runs: cut as a word of its own
# One or two characters repeated three times or more (学学学, 哈哈哈): such a run can be cut into the
# same words in two orders (学|学学, 学学|学), whose route probabilities are equal but for rounding,
# and jieba and jieba-rs round the sums differently (学学学0: each picks another order). Text
# holding one goes to jieba itself; no article of the synthetic archive does.
_TIES = re.compile(r"([\u3400-\u9fff]{1,2})\1\1")
MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")

_STATES, _START, _TRANS, _EMIT = posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P
_ALL_STATES = _TRANS.keys()
_HAS_NEXT = {x for x, targets in _TRANS.items() if targets}


def viterbi_py(obs: str) -> list:
    """jieba.posseg.viterbi.viterbi(obs, ...)[1] with the model above, computed faster; the reference
    of the C version (`viterbi`) and its fallback.

    jieba keeps, at each character, the states the character can take (char_state_tab) that some
    previous state has a transition into, and scores each against every previous state. Here each
    of the character's states is scored against the previous states that have a transition into it,
    found by one dict look-up each (~10 previous states against ~32 ways into a state); a state no
    previous state leads to is dropped, as jieba's intersection drops it."""
    first = obs[0]
    V = {y: _START[y] + _EMIT[y].get(first, MIN_FLOAT) for y in _STATES.get(first, _ALL_STATES)}
    path = [dict.fromkeys(V, "")]
    for t in range(1, len(obs)):
        ch = obs[t]
        prev = [(x, _TRANS[x], v) for x, v in V.items() if x in _HAS_NEXT]
        newV, back = {}, {}
        for y in _STATES.get(ch, _ALL_STATES):
            em = _EMIT[y].get(ch, MIN_FLOAT)
            cands = [(v + tp[y] + em, y0) for y0, tp, v in prev if y in tp]
            if cands:
                newV[y], back[y] = max(cands)
        if not newV:  # none of the character's states can follow: jieba's fallback
            newV, back = _fallback(ch, V, prev)
        V = newV
        path.append(back)
    _, state = max((V[y], y) for y in path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = path[i][state]
    return route


def _fallback(ch: str, V: dict, prev: list) -> tuple[dict, dict]:
    """jieba's step when no state of the character follows a previous state: every state some
    previous state leads to, else every state (each term log(0) where there is no transition)."""
    prev_states = [x for x, _, _ in prev]
    expect_next = {y for _, tp, _ in prev for y in tp}
    newV, back = {}, {}
    for y in expect_next or _ALL_STATES:
        em = _EMIT[y].get(ch, MIN_FLOAT)
        newV[y], back[y] = max((V[y0] + _TRANS[y0].get(y, MIN_INF) + em, y0) for y0 in prev_states)
    return newV, back


# --- the same Viterbi in C (_viterbi.c), when built (`make venv`); JZARCHIVE_C_VITERBI=0 turns it off --
# The states are ranked in Python's tuple order, so C breaks ties on ranks as max() does on tuples.
_RANKED = tuple(sorted(_TRANS))
_RANK = {y: i for i, y in enumerate(_RANKED)}

try:
    from people.extraction import _viterbi
except ImportError:  # not built (no compiler): the Python Viterbi
    _viterbi = None
C_VITERBI = _viterbi is not None and os.environ.get("JZARCHIVE_C_VITERBI", "1") != "0"
if C_VITERBI:
    _viterbi.init(
        _RANKED,
        [_START[y] for y in _RANKED],
        [(_RANK[x], _RANK[y], p) for x, targets in _TRANS.items() for y, p in targets.items()],
    )


# a few hundred bytes for a character the model knows, ~4 KB for one it doesn't (all 256 states)
@lru_cache(maxsize=10_000)
def _char_model(ch: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """The states ch can take (in jieba's order) as ranks, and their emission log-probabilities."""
    states = _STATES.get(ch, _ALL_STATES)
    return tuple(_RANK[y] for y in states), tuple(_EMIT[y].get(ch, MIN_FLOAT) for y in states)


def viterbi(obs: str) -> list:
    """viterbi_py(obs), in C when built: the same states, bit for bit (tests/extraction/test_c_viterbi.py).
    C leaves the rare characters no state of which can follow the previous ones to Python."""
    if C_VITERBI:
        route = _viterbi.viterbi([_char_model(ch) for ch in obs])
        if route is not None:
            return route
    return viterbi_py(obs)


def _cut_han(sentence: str) -> list[tuple[str, str]]:
    """POSTokenizer.__cut: BMES states to (word, tag)."""
    pos_list = viterbi(sentence)
    out = []
    begin = nexti = 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((sentence[begin : i + 1], pos_list[i][1]))
            nexti = i + 1
        elif pos == "S":
            out.append((char, pos_list[i][1]))
            nexti = i + 1
    if nexti < len(sentence):
        out.append((sentence[nexti:], pos_list[nexti][1]))
    return out


@lru_cache(maxsize=200_000)
def _cut_detail(sentence: str) -> tuple[tuple[str, str], ...]:
    """POSTokenizer.__cut_detail, as (word, tag): the tags of a run the dictionary route leaves as
    unknown single characters depend on nothing but the run, so they are memoised (a newspaper
    names the same people every day)."""
    out: list[tuple[str, str]] = []
    for blk in re_han_detail.split(sentence):
        if re_han_detail.match(blk):
            out += _cut_han(blk)
        else:
            for x in re_skip_detail.split(blk):
                if x:
                    if re_num.match(x):
                        out.append((x, "m"))
                    elif re_eng.match(x):
                        out.append((x, "eng"))
                    else:
                        out.append((x, "x"))
    return tuple(out)


@lru_cache(maxsize=4096)
def _between_runs(blk: str) -> tuple[tuple[str, str], ...]:
    """POSTokenizer.cut of the text between two Chinese runs (punctuation, spaces, symbols): the
    same few strings over and over in any text, so memoised."""
    out: list[tuple[str, str]] = []
    for x in re_skip_internal.split(blk):
        if not x:
            continue
        if re_skip_internal.match(x):
            out.append((x, "x"))
        else:
            for xx in x:
                if re_num.match(xx):
                    out.append((xx, "m"))
                elif re_eng.match(x):
                    out.append((xx, "eng"))
                else:
                    out.append((xx, "x"))
    return tuple(out)


def route_runs(route, freq: dict, blk: str) -> list[tuple[str, bool]]:
    """The max-probability route of jieba-rs (HMM off) as jieba's own route cuts it, with each run
    of one-character words joined: (run, True), as jieba's __cut_DAG buffers them before deciding
    what to do with the run; other words (word, False)."""
    out: list[tuple[str, bool]] = []
    buf = ""
    for w in route.cut(blk, False):
        # jieba-rs joins consecutive single ASCII characters that jieba's route keeps apart:
        # they are one-character words of the run
        if len(w) == 1 or (w.isascii() and not freq.get(w)):
            buf += w
            continue
        if buf:
            out.append((buf, True))
            buf = ""
        out.append((w, False))
    if buf:
        out.append((buf, True))
    return out


class FastPOSTokenizer:
    """Drop-in for the parts of jieba.posseg.POSTokenizer the extractor uses: cut(), tokenizer,
    word_tag_tab. Built from a (loaded) POSTokenizer and the user words added to it."""

    def __init__(self, reference: posseg.POSTokenizer, user_words: list[tuple[str, int, str]]) -> None:
        reference.makesure_userdict_loaded()
        self.reference = reference
        self.tokenizer = reference.tokenizer
        self.word_tag_tab = reference.word_tag_tab
        self._route = rjieba.Jieba()
        default = jieba.dt
        default.check_initialized()
        # jieba adds a re-added word's frequency to the dictionary total; jieba-rs first subtracts the
        # old one. Route probabilities depend on the total, so make up the difference with a word no
        # text can contain (a private-use character, outside both libraries' Chinese-run pattern).
        seen: dict[str, int] = {}
        missing_total = 0
        for word, freq, tag in user_words:
            missing_total += seen.get(word, default.FREQ.get(word, 0))
            seen[word] = freq
            self._route.add_word(word, freq, tag)
        if missing_total:
            self._route.add_word(_TOTAL_FILLER, missing_total, "x")

    def tag(self, sentence: str) -> list[tuple[str, str]]:
        """POSTokenizer.cut(sentence) with HMM on, as (word, tag) pairs."""
        if _TIES.search(sentence):
            return [(p.word, p.flag) for p in self.reference.cut(sentence)]
        out: list[tuple[str, str]] = []
        append, flush = out.append, self._flush
        tag_of, freq = self.word_tag_tab.get, self.tokenizer.FREQ
        # split() with a group alternates: text between Chinese runs at even places, runs at odd
        parts = re_han_internal.split(sentence)
        between = iter(parts[::2])
        if blk := next(between):
            out += _between_runs(blk)
        # POSTokenizer.__cut_DAG of every run, as route_runs gives it, in one loop over one call of
        # jieba-rs: the runs joined by a line break, which no run holds and which jieba-rs's own
        # pattern of Chinese runs leaves out, are cut each on its own (the line break comes back
        # as a word between them). Calls and loops per run were a large part of the time.
        buf = ""  # the run of one-character words jieba buffers before deciding what to do with it
        for w in self._route.cut(_RUN_BREAK.join(parts[1::2]), False) if len(parts) > 1 else ():
            if len(w) == 1:
                if w != _RUN_BREAK:
                    buf += w
                    continue
                if buf:
                    flush(buf, out)
                    buf = ""
                if blk := next(between):
                    out += _between_runs(blk)
            elif w.isascii() and not freq.get(w):
                buf += w  # ASCII jieba-rs joins: one-character words to jieba (see route_runs)
            else:
                if buf:
                    flush(buf, out)
                    buf = ""
                append((w, tag_of(w, "x")))
        if buf:
            flush(buf, out)
        if blk := next(between, ""):
            out += _between_runs(blk)
        return out

    def _flush(self, buf: str, out: list[tuple[str, str]]) -> None:
        tag_of = self.word_tag_tab.get
        if len(buf) == 1:
            out.append((buf, tag_of(buf, "x")))
        elif not self.tokenizer.FREQ.get(buf):
            out += _cut_detail(buf)
        else:
            out += [(e, tag_of(e, "x")) for e in buf]

    def cut(self, sentence: str) -> list[pair]:
        """POSTokenizer.cut(sentence) with HMM on (as a list)."""
        return [pair(w, t) for w, t in self.tag(sentence)]


def tag(tokenizer, sentence: str) -> list[tuple[str, str]]:
    """(word, tag) of every token of tokenizer.cut(sentence), for jieba's tokenizer or this one
    (this one without building jieba's pair objects)."""
    if isinstance(tokenizer, FastPOSTokenizer):
        return tokenizer.tag(sentence)
    return [(p.word, p.flag) for p in tokenizer.cut(sentence)]


def fast_tokenizer(reference: posseg.POSTokenizer, user_words: list[tuple[str, int, str]]):
    """The accelerated tokenizer when rjieba is installed, else the reference itself."""
    if rjieba is None:
        return reference
    return FastPOSTokenizer(reference, user_words)


# --- jieba.cut_for_search (the search index's words), faster, with the same output ------------------


@lru_cache(maxsize=200_000)
def _finalseg(buf: str) -> tuple[str, ...]:
    """jieba.finalseg.cut(buf): the HMM for a run the dictionary route leaves as single characters;
    it depends on nothing but the run, so it is memoised (names recur from page to page)."""
    return tuple(finalseg.cut(buf))


# Where jieba-rs's own cut_for_search (HMM on) and jieba's part ways, measured on the synthetic
# archive, the seeds, the held-out news text and random text:
# - jieba-rs's Chinese runs also take CJK extension A and beyond, the compatibility ideographs and
#   U+9FD6-U+9FFF, which jieba leaves as single symbols (㐀㐁 is one unknown run there, two symbols here);
# - inside a run, its HMM splits ASCII joined by a connector its own way (9.6.5%, a-b-c, x_y).
# Everywhere else the two give the same words, and jieba-rs computes them ~6x faster.
_RS_ONLY = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_CONNECTOR = re.compile(r"[+#&._%\-]")


class FastSearchCutter:
    """jieba.cut_for_search(text) (jieba's default tokenizer, HMM on). Jieba-rs cuts the text
    (`_route.cut_for_search`) except where it is known to differ (above); there, as for every text
    holding a character of the wider ranges, the cut is jieba's own: the dictionary route from
    jieba-rs with HMM off, jieba's HMM for unknown runs and jieba's n-gram expansion.
    `tests/extraction/test_fastpos.py` compares it with jieba, word for word."""

    def __init__(self) -> None:
        self.dt = jieba.dt
        self.dt.check_initialized()
        self._route = rjieba.Jieba()
        # the default dictionary as loaded: if anyone adds words to jieba's default tokenizer later,
        # the two would differ, and cut_for_search() falls back to jieba itself
        self._fingerprint = (len(self.dt.FREQ), self.dt.total)

    def _flush(self, buf: str) -> Iterator[str]:
        if len(buf) == 1:
            yield buf
        elif not self.dt.FREQ.get(buf):
            yield from _finalseg(buf)
        else:
            yield from buf

    def _cut_dag(self, blk: str) -> Iterator[str]:
        """Tokenizer.__cut_DAG (HMM on)."""
        for w, single in route_runs(self._route, self.dt.FREQ, blk):
            if single:
                yield from self._flush(w)
            else:
                yield w

    def cut(self, sentence: str) -> Iterator[str]:
        """Tokenizer.cut(sentence) with HMM on."""
        for blk in re_han_default.split(sentence):
            if not blk:
                continue
            if re_han_default.match(blk):
                yield from self._cut_dag(blk)
                continue
            for x in re_skip_default.split(blk):
                if re_skip_default.match(x):
                    yield x
                else:
                    yield from x

    def jieba_cut_for_search(self, sentence: str) -> Iterator[str]:
        """Tokenizer.cut_for_search(sentence), computed here in Python but for the route."""
        freq = self.dt.FREQ
        for w in self.cut(sentence):
            n = len(w)
            if n > 2:
                for i in range(n - 1):
                    if freq.get(w[i : i + 2]):
                        yield w[i : i + 2]
            if n > 3:
                for i in range(n - 2):
                    if freq.get(w[i : i + 3]):
                        yield w[i : i + 3]
            yield w

    def cut_for_search(self, sentence: str) -> list[str]:
        if (len(self.dt.FREQ), self.dt.total) != self._fingerprint or _TIES.search(sentence):
            return list(self.dt.cut_for_search(sentence))
        if _RS_ONLY.search(sentence):
            return list(self.jieba_cut_for_search(sentence))
        if not _CONNECTOR.search(sentence):
            return self._route.cut_for_search(sentence, True)
        # jieba cuts every run of re_han_default on its own, so the text between the runs holding a
        # connector can go to jieba-rs in one piece
        out: list[str] = []
        start = 0
        for run in re_han_default.finditer(sentence):
            if _CONNECTOR.search(run.group()):
                if start < run.start():
                    out += self._route.cut_for_search(sentence[start : run.start()], True)
                out += self.jieba_cut_for_search(run.group())
                start = run.end()
        if start < len(sentence):
            out += self._route.cut_for_search(sentence[start:], True)
        return out


_SEARCH: FastSearchCutter | None = None


def cut_for_search(text: str) -> Iterable[str]:
    """jieba.cut_for_search(text), accelerated when rjieba is installed."""
    global _SEARCH
    if rjieba is None or not FAST_SEARCH:
        return jieba.cut_for_search(text)
    if _SEARCH is None:
        _SEARCH = FastSearchCutter()
    return _SEARCH.cut_for_search(text)
