"""Pinyin of a person's name for the admin's search. Pure (no Django), so that the processes that
read pages compute it for the names they find, and the writing process does not have to."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=100_000)
def pinyin_of(name: str) -> str:
    """Toneless pinyin with and without spaces, so the admin search finds 'li yi bo' and 'liyibo'."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return f"{' '.join(syllables)} {''.join(syllables)}"
