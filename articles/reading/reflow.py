"""Reflow column-wrapped text while remembering where every character came from.

PDF extraction of a multi-column page breaks lines at the column width (mid-sentence, mid-name)
and scatters spaces between Chinese characters (``付 凯明``, ``2 月6 日``). Reflowing joins the
pieces and drops those spaces; every output character keeps the offset of its source character in
the raw text, so spans found later in reflowed text map back to the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Sentence-final punctuation, with closing quotes/brackets that may follow it.
TERMINAL = "。！？!?…"
CLOSERS = "”’」』）)】》\"'"
_SPACE = " \t\u3000\u00a0"
_SPACE_OR_BREAK = _SPACE + "\r\n"


def is_cjk(ch: str) -> bool:
    """Chinese characters and full-width punctuation: between two of these a space is an artefact."""
    if not ch:
        return False
    o = ord(ch)
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF:
        return True
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2010 <= o <= 0x2027:
        return True
    # circled numbers, arrows and other symbols printed in Chinese text
    return unicodedata.east_asian_width(ch) in ("W", "F")


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence (possibly followed by a closing quote or bracket)."""
    t = text.rstrip(_SPACE_OR_BREAK)
    t = t.rstrip(CLOSERS)
    return bool(t) and t[-1] in TERMINAL


class Mapped:
    """A string under construction with the raw offset of every character."""

    __slots__ = ("chars", "offsets")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, ch: str, offset: int) -> None:
        self.chars.append(ch)
        self.offsets.append(offset)

    def text(self) -> str:
        return "".join(self.chars)

    def extend(self, other: Mapped) -> None:
        self.chars.extend(other.chars)
        self.offsets.extend(other.offsets)

    def __len__(self) -> int:
        return len(self.chars)

    def last(self) -> str:
        return self.chars[-1] if self.chars else ""


_BLANK_RUN = re.compile(r"[ \t\u3000\u00a0\r\n]+")


def clean(raw: str, start: int, end: int) -> Mapped:
    """Clean raw[start:end] as one run of text: line breaks joined, stray spaces dropped.

    A space (or line break) is kept as one space only between two Latin letters or digits, where
    it separates words; next to a Chinese character or full-width mark it is an artefact.
    (Copies the text between blank runs a piece at a time: the reader's hottest loop.)
    """
    out = Mapped()
    chars, offsets = out.chars, out.offsets
    pos = start
    for m in _BLANK_RUN.finditer(raw, start, end):
        s, e = m.span()
        if s > pos:
            chars.extend(raw[pos:s])
            offsets.extend(range(pos, s))
        pos = e
        # the run becomes one space between two non-CJK characters; dropped at either end
        if e < end and chars and not is_cjk(chars[-1]) and not is_cjk(raw[e]):
            chars.append(" ")
            offsets.append(s)
    if pos < end:
        chars.extend(raw[pos:end])
        offsets.extend(range(pos, end))
    return out


def clean_text(raw: str, start: int, end: int) -> str:
    """``clean(raw, start, end).text()`` without building the offsets: for keys and word pairs."""
    if not _BLANK_RUN.search(raw, start, end):
        return raw[start:end]
    parts: list[str] = []
    pos = start
    for m in _BLANK_RUN.finditer(raw, start, end):
        s, e = m.span()
        if s > pos:
            parts.append(raw[pos:s])
        pos = e
        # as in clean(): parts holds no empty string, so parts[-1][-1] is the last character kept
        if e < end and parts and not is_cjk(parts[-1][-1]) and not is_cjk(raw[e]):
            parts.append(" ")
    if pos < end:
        parts.append(raw[pos:end])
    return "".join(parts)


_MULTISPACE = re.compile(r"[ \t\u3000\u00a0]+")
_SPACED_OUT = re.compile(r"^(\S[ \u3000]+){3,}\S$")


def clean_title(text: str) -> str:
    """A headline keeps its meaningful spaces (``夯实基层基础 推进实践创新``) as single spaces,
    but a headline printed letter-spaced (``开 发 产 业``) is closed up."""
    t = _MULTISPACE.sub(" ", text.strip())
    if t.startswith("**") and t.endswith("**") and len(t) > 4:
        t = t[2:-2].strip()  # a markdown line in bold (a sub-title under its heading)
    if _SPACED_OUT.match(t):
        t = t.replace(" ", "")
    return t


def clean_span(raw: str, start: int, end: int, txt: str | None = None) -> tuple[str, Sequence[int]]:
    """``clean(raw, start, end)`` as (text, offsets); the offsets are a range when the span is
    kept whole (no stray space dropped), which is most lines of a page. txt, when given, is
    ``clean_text(raw, start, end)``, already known to the caller."""
    if txt is None:
        txt = clean_text(raw, start, end)
    if len(txt) == end - start:
        # every blank run was one character and became one space, at its own offset
        return txt, range(start, end)
    return txt, clean(raw, start, end).offsets


def _number_broken(chars: list[str], txt: str) -> bool:
    """A number the column broke (…资料20 / 00余份, 约1. / 70米): its digits join without a space."""
    if not txt[0].isdigit():
        return False
    last = chars[-1]
    return last.isdigit() or (last == "." and len(chars) > 1 and chars[-2].isdigit())


def join(pieces: list[tuple[str, Sequence[int]]], breaks: list[bool]) -> Mapped:
    """Join cleaned pieces, each (text, offsets) as clean_span() gives them; breaks[i] says
    whether a paragraph break goes before piece i."""
    out = Mapped()
    chars, offsets = out.chars, out.offsets
    for (txt, offs), brk in zip(pieces, breaks, strict=True):
        if not txt:
            continue
        if chars:
            if brk:
                out.add("\n", offs[0])
            elif not is_cjk(chars[-1]) and not is_cjk(txt[0]) and not _number_broken(chars, txt):
                out.add(" ", offs[0])
        chars.extend(txt)
        offsets.extend(offs)
    return out
