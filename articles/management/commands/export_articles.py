"""python manage.py export_articles --format jsonl|csv|json [--output FILE]"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.services.export import FORMATS, iter_records, write


class Command(BaseCommand):
    help = "Export every article, one record each, in the archive's contract format."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=FORMATS, default="jsonl")
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args, **options) -> None:
        fmt, output = options["format"], options["output"]
        if not output:
            self.stdout.ending = ""  # records carry their own line ends
            with contextlib.suppress(BrokenPipeError):  # `| head`: the reader has seen enough
                write(iter_records(), fmt, self.stdout)
            return
        target = Path(output)
        if not target.parent.exists():
            raise CommandError(f"{output}: folder {target.parent} does not exist")
        # Write beside the target and rename: a failed export never leaves half a file behind.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                n = write(iter_records(), fmt, fh)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.stderr.write(f"{n} articles written to {output}")
