"""python manage.py import_seeds [PATH ...]: import page files (default: seeds/)."""

from __future__ import annotations

import shlex
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, OutputWrapper

from articles.services.importer import FAILED, NEW, UNCHANGED, UPDATED, FileOutcome, import_paths


def clock_time(seconds: float) -> str:
    """1:03:45, 3:05: the time left, for people."""
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """How far an import is, with its speed and the time left: on a terminal a bar redrawn in
    place; otherwise (output piped to a log, a run under nohup or cron) a line every `every`
    seconds and one at the end, so that a backlog of hours can be followed from its log."""

    def __init__(self, stream: OutputWrapper, *, every: float = 30.0, clock=time.monotonic) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.every = every
        self.clock = clock
        self.started = self.last = clock()
        self.failed = 0

    def __call__(self, i: int, total: int, outcome: FileOutcome) -> None:
        self.failed += outcome.outcome == FAILED
        now = self.clock()
        elapsed = now - self.started
        rate = i / elapsed if elapsed > 0 else 0.0
        left = f", {clock_time((total - i) / rate)} left" if rate and i < total else ""
        failed = f", {self.failed} failed" if self.failed else ""
        if self.tty:
            width = 30
            done = int(width * i / total) if total else width
            name = outcome.path[-40:]
            line = f"\r[{'#' * done}{'.' * (width - done)}] {i}/{total} {rate:.1f}/s{left}{failed} {name:<40}"
            self._write(line + ("\n" if i == total else ""))
        elif i == total or now - self.last >= self.every:
            self.last = now
            share = 100 * i / total if total else 100.0
            self._write(
                f"import: {i:,} of {total:,} files ({share:.1f} %), {rate:.1f} files/s, "
                f"{clock_time(elapsed)} so far{left}{failed}\n"
            )

    def _write(self, text: str) -> None:
        self.stream.write(text, style_func=str, ending="")  # plain: no error colour on stderr
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
            progress=Progress(self.stderr),
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
