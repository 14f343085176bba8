"""Bytes to text: the encodings back issues come in, and refusal of what is not a page."""

from __future__ import annotations

import codecs
import re


class PageError(ValueError):
    """The file cannot be read as a page (binary, empty, undecodable). The caller adds the file name."""


# A few bad bytes in a long page are OCR/transfer noise; more than this share means a wrong encoding.
_MAX_BAD_SHARE = 0.01
_MAX_CONTROL_SHARE = 0.05
# control characters other than the line and page breaks and tabs (\n \r \t \f \v) that text holds
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _bad_share(text: str) -> float:
    return text.count("\ufffd") / max(1, len(text))


def _control_share(text: str) -> float:
    controls = len(_CONTROL.findall(text))
    return controls / max(1, len(text))


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Return (text, encoding, warnings). Raise PageError for input that is not a text page."""
    if not data:
        raise PageError("empty file")
    warnings: list[str] = []
    text: str | None = None
    encoding = ""
    # A BOM is the only reliable signal; UTF-16 without one is not supported (it would look binary).
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    if encoding:
        text = data.decode(encoding, errors="replace")
    else:
        if b"\x00" in data:
            raise PageError("binary file (NUL bytes), not a text page")
        for enc in ("utf-8", "gb18030"):
            try:
                text = data.decode(enc)
                encoding = enc
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            # Neither decodes cleanly: keep whichever loses fewer bytes, if that is only a few.
            best = min(
                ((data.decode(enc, errors="replace"), enc) for enc in ("utf-8", "gb18030")),
                key=lambda pair: _bad_share(pair[0]),
            )
            text, encoding = best
    bad = text.count("\ufffd")
    if bad:
        if _bad_share(text) > _MAX_BAD_SHARE:
            raise PageError(f"cannot decode the text ({bad} undecodable characters as {encoding})")
        warnings.append(f"{bad} undecodable byte sequence(s) replaced with U+FFFD ({encoding})")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _control_share(text) > _MAX_CONTROL_SHARE or "\x00" in text:
        raise PageError("binary file (control characters), not a text page")
    if not text.strip():
        raise PageError("the page holds no text (empty or whitespace only)")
    return text, encoding, warnings
