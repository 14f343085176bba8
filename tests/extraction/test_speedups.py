"""The faster forms of extraction steps give what the plain forms give (invented texts only)."""

from __future__ import annotations

import random

from people.extraction import events

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
