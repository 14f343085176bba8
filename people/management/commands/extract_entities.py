"""python manage.py extract_entities IN.jsonl --output OUT.jsonl

Runs the importer's extractor over arbitrary text: each input line {"id", "text"} gives one output
line {"id", "persons", "organisations", "places"} (distinct names), so extraction can be measured on
any annotated text.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from people.extraction import entity_names, extract
from people.services.resolve import build_lexicon


class Command(BaseCommand):
    help = "Extract persons, organisations and places from JSON lines of text."

    def add_arguments(self, parser) -> None:
        parser.add_argument("input", help='JSON lines with "id" and "text"')
        parser.add_argument("--output", help="file to write (default: standard output)")
        parser.add_argument(
            "--no-lexicon",
            action="store_true",
            help="ignore what curators taught (confirmed and rejected names)",
        )

    def handle(self, *args, **options) -> None:
        src = Path(options["input"])
        if not src.is_file():
            raise CommandError(f"{src}: no such file")
        lexicon = None if options["no_lexicon"] else build_lexicon()
        rows = []
        with src.open(encoding="utf-8-sig") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    text = row["text"]
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise CommandError(
                        f"{src}:{lineno}: expected a JSON object with id and text ({exc})"
                    ) from exc
                out = {"id": row.get("id", lineno)}
                out.update(entity_names(extract(text or "", lexicon=lexicon)))
                rows.append(json.dumps(out, ensure_ascii=False))
        payload = "\n".join(rows) + ("\n" if rows else "")
        if not options["output"]:
            sys.stdout.write(payload)
            return
        target = Path(options["output"])
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, target)
        self.stderr.write(f"{len(rows)} documents written to {target}")
