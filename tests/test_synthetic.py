"""The synthetic archive is deterministic, varied, and reads back like the real pages."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import SimpleTestCase, TestCase, TransactionTestCase

from articles import synthetic
from articles.models import Article, Page
from articles.reading import read_page
from articles.services.importer import read_only
from people.extraction.types import Lexicon
from people.models import Mention

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


class SyntheticPagesTest(SimpleTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.sources = synthetic.load_sources(SEEDS)

    def test_it_makes_the_same_pages_from_the_same_seed(self) -> None:
        a = [p.text for p in synthetic.generate(self.sources, 5, seed=7)]
        b = [p.text for p in synthetic.generate(self.sources, 5, seed=7)]
        c = [p.text for p in synthetic.generate(self.sources, 5, seed=8)]
        self.assertEqual(a, b)
        self.assertNotEqual(a, c)

    def test_it_replaces_every_name_it_knows_and_spreads_dates_over_the_years(self) -> None:
        pages = list(synthetic.generate(self.sources, 40, seed=1))
        names = {n for s in self.sources for n in s.names}
        text = "".join(p.text for p in pages)
        self.assertFalse({n for n in names if len(n) >= 2 and n in text}, "an original name survived")
        self.assertGreater(len({p.date.year for p in pages}), 10)
        self.assertEqual(len({p.name for p in pages}), 40)

    def test_it_writes_pages_the_reader_splits_into_articles(self) -> None:
        for page in synthetic.generate(self.sources, 12, seed=3):
            parsed = read_page(page.text.encode("utf-8"), page.name)
            self.assertGreaterEqual(len(parsed.articles), 2, page.name)


class MakeArchiveCommandTest(TestCase):
    def test_it_writes_pages_that_import_with_their_dates(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            call_command("make_archive", pages=6, out=tmp, seed=2, stdout=io.StringIO())
            self.assertEqual(len(list(Path(tmp).glob("*.txt"))), 6)
            call_command("import_seeds", tmp, stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(Page.objects.count(), 6)
        for page in Page.objects.select_related("edition"):
            self.assertEqual(page.edition.date.isoformat(), page.source_name[:10])
            self.assertEqual(page.page_label, page.source_name[11:14])


class BenchmarkCommandTest(TestCase):
    """benchmark_import prints its figures as one JSON object (what they measure is not tested:
    a benchmark, never a timed test); --no-database reads the same pages and stores nothing."""

    def run_benchmark(self, folder: str, *options: str) -> dict:
        out = io.StringIO()
        call_command(
            "benchmark_import",
            "--pages",
            "4",
            "--dir",
            folder,
            "--workers",
            "1",
            "--json",
            *options,
            stdout=out,
            stderr=io.StringIO(),
        )
        return json.loads(out.getvalue())

    def test_it_reads_the_pages_the_import_stores_and_stores_nothing_without_the_database(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            alone = self.run_benchmark(tmp, "--no-database")
            self.assertFalse(Page.objects.exists())
            imported = self.run_benchmark(tmp)
            files = sorted(Path(tmp).glob("*.txt"))
            counted = read_only(files, 2, Lexicon())  # the worker processes, as --workers 2
        self.assertEqual(Page.objects.count(), 4)
        self.assertEqual(
            (counted.pages, counted.articles, counted.mentions, counted.failed),
            (4, Article.objects.count(), Mention.objects.count(), []),
        )
        self.assertEqual((alone["pages"], alone["database"]), (4, None))
        self.assertEqual((imported["pages"], imported["database"]), (4, connection.vendor))
        self.assertEqual(alone["chars"], imported["chars"])
        for figures in (alone, imported):
            self.assertGreater(figures["mentions_per_s"], 0)
            # one worker: this process read the pages itself
            self.assertEqual(figures["readers_cpu_s"], 0)
            self.assertGreater(figures["main_cpu_s"], 0)
            self.assertGreater(figures["jieba_posseg_chars_per_s"], 0)
            self.assertAlmostEqual(
                figures["ratio"], figures["chars_per_s"] / figures["jieba_posseg_chars_per_s"], delta=0.01
            )

    def test_it_names_the_pages_it_cannot_read_and_reads_the_others(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            empty, binary = Path(tmp) / "empty.txt", Path(tmp) / "binary.txt"
            empty.write_bytes(b"")
            binary.write_bytes(b"\x00\x01" * 100)
            counted = read_only([empty, SEEDS[0], binary], 1, Lexicon())
        self.assertEqual(counted.pages, 1)
        self.assertGreater(counted.articles, 0)
        self.assertEqual([line.split(": ")[0] for line in counted.failed], [str(empty), str(binary)])
        self.assertIn("empty", counted.failed[0])


class BenchmarkResetTest(TransactionTestCase):
    """--reset empties the archive with TRUNCATE, which PostgreSQL refuses inside a transaction
    that still holds deferred checks: committed pages, as an operator's database has."""

    run_benchmark = BenchmarkCommandTest.run_benchmark

    def test_it_will_not_import_into_an_archive_that_holds_pages(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            self.run_benchmark(tmp)
            with self.assertRaisesMessage(CommandError, "--reset"):
                self.run_benchmark(tmp)
            self.assertEqual(self.run_benchmark(tmp, "--reset")["pages"], 4)
        self.assertEqual(Page.objects.count(), 4)
