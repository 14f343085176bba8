"""The synthetic archive is deterministic, varied, and reads back like the real pages."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from articles import synthetic
from articles.models import Page
from articles.reading import read_page

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
