"""Static word lists shipped with the extractor (see the header of each file in data/)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# Suffixes of administrative units: the loader adds the bare form (河南省 -> 河南, 焦作市 -> 焦作).
_STRIP = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def places() -> dict[str, str]:
    """name -> kind, with suffix-less forms of provinces and cities added."""
    out: dict[str, str] = {}
    for line in _lines("places.txt"):
        name, _, rest = line.partition("\t")
        kind, _, flag = rest.partition("\t")
        kind = kind.strip() or "other"
        out[name] = kind
        if kind in ("province", "city", "county") and flag.strip() != "whole":
            for suf in _STRIP:
                if name.endswith(suf) and len(name) - len(suf) >= 2:
                    out.setdefault(name[: -len(suf)], kind)
                    break
    return out


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = {w for line in _lines("surnames.txt") for w in line.split()}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@cache
def common_surnames(n: int) -> frozenset[str]:
    """The n most common single-character surnames (surnames.txt lists them by frequency first)."""
    return frozenset([w for line in _lines("surnames.txt") for w in line.split() if len(w) == 1][:n])


@cache
def organisations() -> frozenset[str]:
    return frozenset(_lines("organisations.txt"))
