"""The faster forms of extraction steps give what the plain forms give (invented texts only)."""

from __future__ import annotations

import random
import re

from people.extraction import core, events
from people.extraction.types import ORGANISATION, PERSON, PLACE, Mention

_PIECES = (
    "工作",
    "推进会",
    "会议",
    "，",
    "。",
    "座谈会",
    "市",
    "论坛",
    "活动",
    "“",
    "”",
    "开幕式",
    "的",
    "了",
    "区",
    "12",
)


def _texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def test_event_matches_equal_finditer() -> None:
    for text in [*_texts(2000), "甲" * 100 + "大会", "甲" * 39 + "乙会议" + "丙" * 50 + "峰会"]:
        got = [(m.span(), m.group()) for m in events._event_matches(text)]
        assert got == [(m.span(), m.group()) for m in events.EVENT_RE.finditer(text)], text


def _drop_overlaps_plainly(ms: list[Mention]) -> list[Mention]:
    """_drop_overlaps as first written: every mention against every other."""

    def inside(m: Mention, x: Mention, longer: bool = True) -> bool:
        return x.start <= m.start and m.end <= x.end and (not longer or x.end - x.start > m.end - m.start)

    out = []
    for m in ms:
        bodies = [x for x in ms if x.type in (ORGANISATION, PLACE) and x.end - x.start >= 3]
        if m.type == PERSON and m.method in ("jieba", "repeat") and any(inside(m, x) for x in bodies):
            continue
        if m.type == PERSON and any(x.type == PERSON and inside(m, x) for x in ms):
            continue
        orgs = [x for x in ms if x.type == ORGANISATION]
        if m.type == ORGANISATION and m.method == "jieba" and any(inside(m, x) for x in orgs):
            continue
        if (
            m.type == ORGANISATION
            and m.method == "suffix"
            and any(x.end == m.end and x.start < m.start for x in orgs)
        ):
            continue
        if m.type == PLACE and m.method != "suffix":
            if any(x.type == PLACE and x.method == "suffix" and inside(m, x) for x in ms):
                continue
            if any(x.type == ORGANISATION and inside(m, x) for x in ms):
                continue
        if m.type == PLACE and any(
            x.type == PERSON and x.method != "jieba" and inside(m, x, False) for x in ms
        ):
            continue
        if (
            m.type == PLACE
            and m.method == "suffix"
            and any(
                x.type == PLACE and x.method == "suffix" and x.start == m.start and x.end > m.end for x in ms
            )
        ):
            continue
        out.append(m)
    return out


def test_drop_overlaps_equal_pairwise() -> None:
    rng = random.Random(5)
    methods = ("jieba", "repeat", "suffix", "title", "gazetteer")
    for _ in range(3000):
        ms = []
        for _ in range(rng.randint(0, 14)):
            s = rng.randint(0, 12)
            t = rng.choice((PERSON, ORGANISATION, PLACE))
            ms.append(Mention(t, "名", s, s + rng.randint(1, 6), method=rng.choice(methods)))
        ms.sort(key=lambda x: (x.start, -x.end))
        assert core._drop_overlaps(ms) == _drop_overlaps_plainly(ms), ms


def test_name_spans_equal_alternation() -> None:
    rng = random.Random(9)
    for _ in range(2000):
        text = "".join(rng.choice("甲乙丙丁，") for _ in range(rng.randint(0, 40)))
        names = {
            "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 6))
        }
        rx = core._names_rx(frozenset(names))
        assert core._name_spans(text, names) == [m.span() for m in rx.finditer(text)], (text, names)


def test_token_at_answers_as_a_dict_of_characters() -> None:
    rng = random.Random(11)
    for _ in range(300):
        lengths = [rng.choice((0, 1, 1, 2, 3)) for _ in range(rng.randint(1, 30))]
        bounds = [0]
        for n in lengths:
            bounds.append(bounds[-1] + n)
        plain = {c: k for k, n in enumerate(lengths) for c in range(bounds[k], bounds[k] + n)}
        tok_at = core._TokenAt(bounds)
        for c in range(-3, bounds[-1] + 3):
            assert (c in tok_at) == (c in plain)
            assert tok_at.get(c) == plain.get(c)
            if c in plain:
                assert tok_at[c] == plain[c]


def test_trie_pattern_matches_as_the_alternation_longest_first() -> None:
    rng = random.Random(13)
    for _ in range(300):
        words = {
            "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 8))
        }
        plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        trie = re.compile(core._trie_pattern(words))
        for _ in range(20):
            text = "".join(rng.choice("甲乙丙丁，") for _ in range(rng.randint(0, 30)))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert bool(trie.fullmatch(text)) == bool(plain.fullmatch(text))
    sample = "副市长、常务副市长和主任委员，党支部书记兼村党支部书记"
    assert [m.group() for m in core.POST_RE.finditer(sample)] == [
        "副市长",
        "常务副市长",
        "主任委员",
        "党支部书记",
        "村党支部书记",
    ]


def test_list_runs_near_commas_equal_finditer() -> None:
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(("甲", "乙丙", "、", "，", "丁戊己")) for _ in range(rng.randint(0, 40)))
        near = [m.span() for m in core.finditer_near(core._LIST_RUN, core._LIST_COMMA, 6, text)]
        assert near == [m.span() for m in core._LIST_RUN.finditer(text)], text
