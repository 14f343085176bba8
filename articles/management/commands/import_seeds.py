"""python manage.py import_seeds [PATH ...]: import page files (default: seeds/)."""

from __future__ import annotations

import shlex
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.services.importer import FAILED, NEW, UNCHANGED, UPDATED, FileOutcome, import_paths


class Progress:
    """A one-line progress bar on a terminal; nothing when output is piped or logged."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, i: int, total: int, outcome: FileOutcome) -> None:
        if not self.enabled:
            return
        width = 30
        done = int(width * i / total) if total else width
        name = outcome.path[-40:]
        self.stream.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{total} {name:<40}")
        if i == total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Import newspaper page files (plain text, one file a page) into the archive."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", help="page files or folders (default: seeds/)")
        parser.add_argument("--dry-run", action="store_true", help="read and report, write nothing")
        parser.add_argument(
            "--workers",
            type=int,
            help="processes reading pages in parallel for large imports (default JZARCHIVE_IMPORT_WORKERS)",
        )
        parser.add_argument(
            "--manifest", help="CSV with columns file,date,page_label,paper giving each file's edition"
        )
        parser.add_argument(
            "--group",
            type=int,
            help="new pages committed together, each still all or nothing (default: JZARCHIVE_IMPORT_GROUP "
            "for a backlog of 24 files or more, else 1: one transaction a page)",
        )

    def handle(self, *args, **options) -> None:
        for option in ("workers", "group"):
            if options[option] is not None and options[option] < 1:
                raise CommandError(f"--{option} must be at least 1, not {options[option]}")
        paths = options["paths"] or [settings.BASE_DIR / "seeds"]
        summary = import_paths(
            paths,
            dry_run=options["dry_run"],
            manifest=options["manifest"],
            progress=Progress(sys.stderr),
            workers=options["workers"],
            group=options["group"],
            command=shlex.join(["import_seeds", *map(str, options["paths"])]),
        )
        for f in summary.notable:
            if f.outcome == FAILED:
                self.stderr.write(self.style.ERROR(f"failed: {f.message}"))
            elif f.message:
                self.stdout.write(f"{f.outcome}: {f.path}: {f.message}")
        created = summary.created
        prefix = "dry run, nothing written: " if summary.dry_run else ""
        self.stdout.write(
            f"{prefix}pages: {summary.count(NEW)} new, {summary.count(UPDATED)} updated, "
            f"{summary.count(UNCHANGED)} unchanged, {summary.count(FAILED)} failed"
        )
        self.stdout.write(
            f"{prefix}articles: {summary.articles} read; new records: {created.get('articles', 0)} articles, "
            f"{created.get('persons', 0)} people, {created.get('organisations', 0)} organisations, "
            f"{created.get('events', 0)} events; {summary.mentions} mentions"
        )
        if not summary.total:
            raise CommandError(f"no page files found in {', '.join(map(str, paths))}")
        if summary.count(NEW) + summary.count(UPDATED) == 0 and not summary.failed:
            self.stdout.write("nothing changed: every page was already imported")
        if summary.failed:
            raise CommandError(f"{len(summary.failed)} of {summary.total} files failed (see above)")
