"""Read one page of 焦作日报 back-issue text into articles. Pure Python: no Django here.

    read_page(data, source_name, hints) -> ParsedPage

The flow: decode (UTF-8 with/without BOM, UTF-16 with BOM, GB18030) -> segment the raw lines into
units (leads, bylines, body blocks, headline groups, photo credits) -> assemble articles in reading
order, placing each headline group before or after its story by layout and by how much of its
wording the story repeats -> reflow bodies (lines rejoined, stray spaces dropped, every character
mapped back to the raw text) -> credits, datelines, edition date.

Hints come from an operator's manifest or from the file name. A manifest is a UTF-8 CSV file with
the header ``file,date,page_label,paper``, one row per page file::

    file,date,page_label,paper
    2025-04-11_A01.txt,2025-04-11,A01,焦作日报

``file`` is the file's name (no directory); ``date`` is ISO (YYYY-MM-DD) or empty; ``page_label``
and ``paper`` may be empty. File names such as ``2025-04-11_A01.txt``, ``20250411-A03.txt`` or
``jzrb_20250411_A01.txt`` give the date and the page label by themselves.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from .decode import PageError
from .page import read
from .types import (
    CREDIT_ROLES,
    KINDS,
    Credit,
    EditionDate,
    PageHints,
    ParsedArticle,
    ParsedPage,
)

__all__ = [
    "CREDIT_ROLES",
    "KINDS",
    "Credit",
    "EditionDate",
    "PageError",
    "PageHints",
    "ParsedArticle",
    "ParsedPage",
    "hints_from_filename",
    "load_manifest",
    "read_page",
]


def read_page(data: bytes, source_name: str, hints: PageHints | None = None) -> ParsedPage:
    """Read one page file's bytes. Raises PageError only for input that is not a text page."""
    return read(data, source_name, hints)


# date as 2025-04-11, 2025_04_11 or 20250411, bounded by non-digits; then an optional page label
_NAME_RE = re.compile(
    r"(?:^|(?<=[^0-9]))(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![0-9])"
    r"(?:[-_ ]*(?P<label>[A-Za-z]{1,2}\d{1,3}))?"
)


def hints_from_filename(name: str) -> PageHints:
    """Date, page label and paper code from a file name; nothing from names that hold none."""
    stem = Path(name).name
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    for m in _NAME_RE.finditer(stem):
        try:
            date = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        label = m.group("label").upper() if m.group("label") else None
        # a prefix such as jzrb_ is a code, not the paper's name: the manifest names the paper
        return PageHints(date=date, page_label=label, origin="file name")
    return PageHints(origin="file name")


def load_manifest(path: str | Path) -> dict[str, PageHints]:
    """file name -> hints, from a CSV manifest (see the module docstring for the format)."""
    out: dict[str, PageHints] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"file", "date"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"manifest {path}: missing column(s) {', '.join(sorted(missing))}")
        for i, row in enumerate(reader, 2):
            name = (row.get("file") or "").strip()
            if not name:
                continue
            raw_date = (row.get("date") or "").strip()
            try:
                date = dt.date.fromisoformat(raw_date) if raw_date else None
            except ValueError as exc:
                raise ValueError(f"manifest {path}, line {i}: bad date {raw_date!r}") from exc
            out[Path(name).name] = PageHints(
                date=date,
                page_label=(row.get("page_label") or "").strip() or None,
                paper=(row.get("paper") or "").strip() or None,
                origin="manifest",
            )
    return out
