"""The importer writes articles, credits and mentions below the ORM (COPY on PostgreSQL), with
their report dates and search words computed on the way (the search words segmented by the
reading process). What it stores must be what the ORM and articles.search would have stored."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase, TransactionTestCase
from django.test.utils import CaptureQueriesContext

from articles.analysis import search_words
from articles.models import Article, Credit, ImportFile, Page
from articles.reading import hints_from_filename
from articles.search import derived_text, index_page, segment
from articles.services import importer
from articles.services.bulk import new_ids
from articles.services.export import export_string
from people.models import STATUS_MACHINE, Event, Mention, Organisation, Person, Place
from people.services.pinyin import pinyin_of
from people.services.resolve import build_lexicon

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def derived(pk: int) -> tuple:
    a = Article.objects.get(pk=pk)
    return a.report_date, a.report_month, a.search_text


class FastPathTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())

    def test_it_stores_the_search_words_and_report_dates_that_index_page_computes(self) -> None:
        stored = {a.pk: derived(a.pk) for a in Article.objects.all()}
        self.assertEqual(len(stored), 50)
        self.assertTrue(all(text for _, _, text in stored.values()))
        for page_id in {a.page_id for a in Article.objects.all()}:
            index_page(Article.objects.filter(page_id=page_id).first().page)
        self.assertEqual({pk: derived(pk) for pk in stored}, stored)

    def test_it_segments_the_search_words_as_the_search_module_does(self) -> None:
        for a in Article.objects.all():
            text = derived_text(a.kicker, a.headline, a.subheadline, a.body)
            self.assertEqual(search_words(a.kicker, a.headline, a.subheadline, a.body), segment(text))

    def test_it_writes_every_field_of_a_mention_as_the_orm_reads_it(self) -> None:
        titled = Mention.objects.filter(type="person").exclude(titles=[]).first()
        self.assertIsNotNone(titled)
        self.assertTrue(all(isinstance(t, str) for t in titled.titles))
        self.assertEqual(titled.status, STATUS_MACHINE)
        self.assertIsNotNone(titled.created_at)
        self.assertEqual(titled.article.text[titled.start : titled.end].replace("\n", ""), titled.surface)
        # the post's supporting mentions point at mention rows that exist
        self.assertIn(titled, Mention.objects.filter(tenures__person=titled.person))
        self.assertTrue(Mention.objects.filter(type="place", place__isnull=False).exists())
        self.assertTrue(Credit.objects.filter(person__isnull=False).exists())

    def test_it_gives_every_new_person_the_pinyin_of_their_name(self) -> None:
        people = list(Person.objects.all())
        self.assertGreater(len(people), 50)
        for person in people:
            self.assertEqual(person.name_pinyin, pinyin_of(person.name), person.name)

    def test_it_takes_ids_after_every_id_given_so_far(self) -> None:
        last = Mention.objects.order_by("-pk").values_list("pk", flat=True).first()
        ids = new_ids(Mention, 3)
        self.assertEqual(len(set(ids)), 3)
        self.assertGreater(min(ids), last)
        person = Person.objects.create(name="甲乙丙")  # the ORM's next id is not one of ours
        self.assertNotIn(person.pk, new_ids(Person, 2))


def comparable_export() -> list[dict]:
    """The export, with each event's participants sorted by name: the export lists them in the
    order of their rows, and a group creates the people it names in another order (same names,
    other ids) than pages stored one by one."""
    records = [json.loads(line) for line in export_string().splitlines()]
    for record in records:
        for event in record["events"]:
            event["participants"] = sorted(event["participants"])
    return records


def page_fields() -> dict[str, dict]:
    """Every stored page's fields by file name (not its id; its time stamps only as present)."""
    return {
        page.source_name: {
            f.attname: getattr(page, f.attname) is not None
            if f.attname.endswith("_at")
            else getattr(page, f.attname)
            for f in Page._meta.concrete_fields
            if f.attname != "id"
        }
        for page in Page.objects.all()
    }


class GroupedImportTest(TransactionTestCase):
    """A backlog is stored GROUP_PAGES new pages a transaction: it must store exactly what storing
    the pages one by one stores, and a group that cannot go in whole goes in page by page."""

    def test_it_stores_the_same_archive_in_groups_as_page_by_page(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            call_command("make_archive", pages=30, out=tmp, seed=11, stdout=io.StringIO())
            grouped = importer.import_paths([tmp], workers=1, group=8)
            self.assertEqual(grouped.count("new"), 30)
            self.assertEqual(ImportFile.objects.filter(outcome="new").count(), 30)
            expected = comparable_export()
            pages = page_fields()
            for model in (Mention, Event, Page, Person, Organisation, Place):
                model.objects.all().delete()
            importer.import_paths([tmp], workers=1, group=1)
            self.assertEqual(comparable_export(), expected)
            self.assertEqual(page_fields(), pages)  # the group's COPY of pages, the single page's save()

    def test_it_stores_a_group_page_by_page_when_two_of_its_files_share_a_name(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            first, second = Path(tmp) / "a", Path(tmp) / "b"
            call_command("make_archive", pages=30, out=str(first), seed=12, stdout=io.StringIO())
            last = sorted(first.glob("*.txt"))[-1]
            other = sorted(first.glob("*.txt"))[0].read_bytes()
            second.mkdir()
            (second / last.name).write_bytes(other + "\n本报讯 另一版本。\n".encode())
            summary = importer.import_paths([first, second], workers=1, group=16)
        # the second group held both files of that name: the first is new, the second re-reads it
        self.assertEqual(
            (summary.count("new"), summary.count("updated"), summary.count("failed")), (30, 1, 0)
        )
        page = Page.objects.get(source_name=last.name)
        self.assertEqual(page.source_path, str(second / last.name))
        self.assertEqual(Page.objects.count(), 30)
        self.assertEqual(ImportFile.objects.count(), 31)

    def test_it_takes_sqlite_ids_only_inside_a_transaction(self) -> None:
        if connection.vendor == "sqlite":
            with self.assertRaises(RuntimeError):
                new_ids(Mention, 2)  # outside a transaction another writer could take the same ids
        else:
            self.assertEqual(len(set(new_ids(Mention, 2))), 2)  # PostgreSQL's sequence: anywhere
        with transaction.atomic():
            self.assertEqual(len(set(new_ids(Mention, 2))), 2)


class PlannerStatisticsTest(TestCase):
    """A backlog refreshes the planner's statistics as it grows (PostgreSQL): the summary triggers'
    statements keep the plan made on the first, near-empty tables until the statistics change."""

    def setUp(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("PostgreSQL's planner statistics")

    def analyses(self) -> int:
        """ANALYZEs of the importer's tables during an import of the seeds."""
        statement = f"ANALYZE {', '.join(importer.ANALYSED)}"
        with CaptureQueriesContext(connection) as queries:
            call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
        return sum(q["sql"] == statement for q in queries.captured_queries)

    def test_it_analyses_the_tables_each_time_the_run_has_doubled_its_mentions(self) -> None:
        with mock.patch.object(importer, "ANALYSE_FROM", 100):
            n = self.analyses()
        mentions = Mention.objects.count()
        self.assertGreater(mentions, 400)
        # after 100 mentions, then at each doubling of the run's mentions
        self.assertGreaterEqual(n, 2)
        self.assertLessEqual(n, (mentions // 100).bit_length())

    def test_it_leaves_them_alone_for_a_small_run(self) -> None:
        self.assertEqual(self.analyses(), 0)  # far below ANALYSE_FROM mentions


class LongTextCompressionTest(TestCase):
    """Migration articles 0011: a page's text and an article's long columns are compressed with
    LZ4 on PostgreSQL (cheaper for the server to write and read back than pglz), and read back
    unchanged."""

    def test_long_text_is_stored_with_lz4_and_reads_back_whole(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("column compression is PostgreSQL's")
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
        page = Page.objects.order_by("source_name").first()
        article = max(Article.objects.filter(page=page), key=lambda a: len(a.search_text))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_column_compression(raw_text) FROM articles_page WHERE id = %s", [page.pk]
            )
            self.assertEqual(cursor.fetchone()[0], "lz4")
            cursor.execute(
                "SELECT pg_column_compression(search_text), pg_column_compression(search_vector)"
                " FROM articles_article WHERE id = %s",
                [article.pk],
            )
            self.assertEqual(cursor.fetchone(), ("lz4", "lz4"))
        self.assertEqual(page.raw_text, (SEEDS / page.source_name).read_text("utf-8").replace("\r\n", "\n"))


class BoundedCachesTest(TestCase):
    """The importer's caches of ids are bounded (PageImporter.MAX_CACHED): over thirty years of
    pages its memory stays flat, and an event whose id left the cache is found again in the
    database, not written twice."""

    def test_it_keeps_at_most_its_bound_of_events_and_finds_the_others_again(self) -> None:
        seeds = sorted(SEEDS.glob("*.txt"))
        with tempfile.TemporaryDirectory() as tmp:
            # the first page again under another name, one character different: the same events
            again = Path(tmp) / "again.txt"
            again.write_text(seeds[0].read_text("utf-8") + "。", encoding="utf-8")
            paths = [*seeds, again]
            page_importer = importer.PageImporter(build_lexicon())
            page_importer.MAX_CACHED = 3
            for path in paths:
                begun = page_importer.begin(path, hints_from_filename(path.name), None)
                self.assertEqual(page_importer.finish(*begun).outcome, importer.NEW)
                per_page = len(
                    {
                        (e.name, e.date_text)
                        for e in Event.objects.filter(articles__page__source_name=path.name)
                    }
                )
                self.assertLessEqual(len(page_importer.events), page_importer.MAX_CACHED + per_page)
        first = Event.objects.filter(articles__page__source_name=seeds[0].name).distinct()
        self.assertGreater(first.count(), page_importer.MAX_CACHED)
        for event in first:
            pages = set(event.articles.values_list("page__source_name", flat=True))
            self.assertEqual(pages, {seeds[0].name, "again.txt"}, event.name)
        names = list(Event.objects.values_list("name", "date_text"))
        self.assertEqual(len(names), len(set(names)))
