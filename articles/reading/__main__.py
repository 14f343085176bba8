"""python -m articles.reading FILE_OR_DIR... : one JSON line per article, in the export shape."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import PageError, hints_from_filename, read_page
from .types import CORRESPONDENT, PHOTOGRAPHER, REPORTER, TRAINEE


def _files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out.extend(
            sorted(q for q in p.iterdir() if q.is_file() and q.suffix == ".txt") if p.is_dir() else [p]
        )
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for path in _files(argv):
        hints = hints_from_filename(path.name)
        try:
            page = read_page(path.read_bytes(), path.name, hints)
        except PageError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
            continue
        edition = page.edition.date.isoformat() if page.edition.date else None
        for a in page.articles:
            row = {
                "source_file": path.name,
                "n": a.n,
                "edition_date": edition,
                "headline": a.headline,
                "kicker": a.kicker,
                "subheadline": a.subheadline,
                "kind": a.kind,
                "source": a.source,
                "body": a.body,
                "reporters": a.names(REPORTER),
                "trainee_reporters": a.names(TRAINEE),
                "correspondents": a.names(CORRESPONDENT),
                "photographers": a.names(PHOTOGRAPHER),
                "dateline": a.dateline,
                "date": a.date.isoformat() if a.date else None,
                "continued_from": a.continued_from,
                "continued_to": a.continued_to,
                "persons": [],
                "organisations": [],
                "places": [],
                "events": [],
            }
            print(json.dumps(row, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
