"""python manage.py benchmark_import --pages N [--workers W] [--seed S] [--json] [--reset]

Generates (or reuses) N synthetic pages, imports them into the configured database, which must be
empty (or emptied with --reset), and prints the figures as one JSON object:

    pages, chars, seconds, chars_per_s, pages_per_s, articles_per_s, mentions_per_s, peak_rss_mb,
    jieba_posseg_chars_per_s, ratio

and, to see where the time went, main_cpu_s and readers_cpu_s: the CPU seconds of this process
(which stores the pages) and of the reading worker processes (0 when this process reads the
pages itself: --workers 1, or fewer pages than the importer starts workers for).

`jieba_posseg_chars_per_s` is plain `jieba.posseg` in this one process over a sample of at least
2 million characters of the same pages (all of them when there are fewer), measured in the same
run after the import; `ratio` = chars_per_s / jieba_posseg_chars_per_s. A benchmark, never a test:
it prints figures and asserts nothing.

With --no-database the pages are only read and their entities extracted, by the import's own
worker processes, and nothing is stored or even connected to: what the reading part of an import
costs without the database, the ceiling it sets on the whole, and what one reading machine would
give an import scaled out over several (docs/scaling.md).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.models import Article, Edition, ImportFile, ImportRun, Page
from articles.services.importer import import_paths, read_only
from people.extraction.types import Lexicon
from people.models import Alias, Event, Mention, Organisation, Person, Place, Tenure

SAMPLE_CHARS = 2_000_000


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished worker processes, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)  # Linux reports KiB


def cpu_seconds() -> tuple[float, float]:
    """CPU (user + system) of this process and of its finished child processes (the readers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def posseg_chars_per_s(files: list[Path]) -> tuple[float, int]:
    import jieba
    import jieba.posseg

    jieba.initialize()
    sample, size = [], 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    started = time.perf_counter()
    for text in sample:
        for _ in jieba.posseg.cut(text):
            pass
    return size / (time.perf_counter() - started), size


def _derived_tables() -> list[str]:
    """Tables computed from the archive (report summaries and their queue), when present."""
    names = connection.introspection.table_names()
    return [t for t in names if t.startswith("summary_") or t == "report_summary_dirty"]


def empty_database() -> None:
    if connection.vendor == "postgresql":
        tables = [m._meta.db_table for m in (Mention, Tenure, Alias, Event, Person, Organisation, Place)]
        tables += [m._meta.db_table for m in (Article, Page, Edition, ImportFile, ImportRun)]
        tables += _derived_tables()
        with connection.cursor() as cur:
            cur.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        return
    for model in (Mention, Tenure, Alias, Event, Article, Page, Edition, Person, Organisation, Place):
        model.objects.all().delete()
    with connection.cursor() as cur:
        for table in _derived_tables():
            cur.execute(f'DELETE FROM "{table}"')


class Command(BaseCommand):
    help = "Time a whole import of N synthetic pages and compare it with plain jieba.posseg."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--pages", type=int, required=True)
        parser.add_argument(
            "--workers", type=int, default=None, help="reading processes (default: the importer's)"
        )
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--dir", help="where the pages are generated or reused (default var/bench/...)")
        parser.add_argument("--json", action="store_true", help="print only the JSON object")
        parser.add_argument("--reset", action="store_true", help="empty the archive tables first")
        parser.add_argument(
            "--no-database",
            action="store_true",
            help="only read the pages and extract their entities: store nothing, use no database",
        )

    def handle(self, *args, **options) -> None:
        n, seed = options["pages"], options["seed"]
        folder = Path(options["dir"] or settings.VAR_DIR / "bench" / f"pages-{n}-seed-{seed}")
        if not options["no_database"] and Page.objects.exists():
            if not options["reset"]:
                raise CommandError(
                    "the database already holds pages; the benchmark imports into an empty archive. Pass "
                    "--reset to empty it (deletes every page, article, person) or use another DATABASE_URL."
                )
            empty_database()
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if len(files) != n:
            log = sys.stderr if options["json"] else self.stdout
            call_command("make_archive", pages=n, out=str(folder), seed=seed, stdout=log)
            files = sorted(folder.glob("*.txt"))
        chars = sum(len(f.read_text(encoding="utf-8")) for f in files)

        workers = settings.JZARCHIVE_IMPORT_WORKERS if options["workers"] is None else options["workers"]
        cpu_before = cpu_seconds()
        started = time.perf_counter()
        if options["no_database"]:
            # an empty archive's lexicon, as the import into an empty database has
            counts = read_only(files, workers, Lexicon())
            if counts.failed:
                raise CommandError(f"{len(counts.failed)} pages could not be read: {counts.failed[0]}")
            articles, mentions = counts.articles, counts.mentions
        else:
            summary = import_paths([folder], workers=workers)
            if summary.failed:
                raise CommandError(f"{len(summary.failed)} pages failed: {summary.failed[0].message}")
            articles, mentions = summary.articles, summary.mentions
        seconds = time.perf_counter() - started
        (main_after, readers_after), (main_before, readers_before) = cpu_seconds(), cpu_before
        main_cpu, readers_cpu = main_after - main_before, readers_after - readers_before
        rss = peak_rss_mb()
        jieba_rate, sample = posseg_chars_per_s(files)
        result = {
            "pages": len(files),
            "chars": chars,
            "seconds": round(seconds, 2),
            # where the CPU went: this process (handing out pages, storing them) and the reading
            # processes; the database server's is not seen from here
            "main_cpu_s": round(main_cpu, 2),
            "readers_cpu_s": round(readers_cpu, 2),
            "chars_per_s": round(chars / seconds),
            "pages_per_s": round(len(files) / seconds, 2),
            "articles_per_s": round(articles / seconds, 1),
            "mentions_per_s": round(mentions / seconds, 1),
            "peak_rss_mb": rss,
            "jieba_posseg_chars_per_s": round(jieba_rate),
            "jieba_sample_chars": sample,
            "ratio": round(chars / seconds / jieba_rate, 2),
            "workers": workers,
            "database": None if options["no_database"] else connection.vendor,
        }
        self.stdout.write(json.dumps(result, ensure_ascii=False))
