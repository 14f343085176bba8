"""python manage.py make_archive --pages N --out DIR [--seed S] [--from PATH ...]

Writes N synthetic page files (named YYYY-MM-DD_A0k_index.txt, so the importer takes the edition
date and page label from the name) built from real pages; see articles/synthetic.py."""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles import synthetic


class Command(BaseCommand):
    help = "Generate a deterministic synthetic archive of page files for timing imports."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--pages", type=int, required=True)
        parser.add_argument("--out", required=True, help="folder to write (created if missing)")
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument(
            "--from", dest="sources", nargs="*", help="real page files to recombine (default: seeds/)"
        )

    def handle(self, *args, **options) -> None:
        if options["pages"] < 1:
            raise CommandError("--pages must be at least 1")
        paths = [Path(p) for p in options["sources"] or sorted((settings.BASE_DIR / "seeds").glob("*.txt"))]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"no such page file: {', '.join(missing)}")
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        sources = synthetic.load_sources(paths)
        chars = 0
        for page in synthetic.generate(sources, options["pages"], options["seed"]):
            (out / page.name).write_text(page.text, encoding="utf-8")
            chars += len(page.text)
        self.stdout.write(
            f"{options['pages']} pages, {chars:,} characters from {len(sources)} articles written to {out} "
            f"in {time.perf_counter() - started:.1f} s"
        )
