"""The summary tables (stored copies of four report views, articles/reporting/summaries.py) hold
exactly the rows of their views after a real import of the seed pages and after each curation
action, on PostgreSQL and SQLite; edits made outside those paths are caught up before a read."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections import Counter
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test import TestCase, TransactionTestCase

from articles.reporting import run_report, summaries
from articles.reporting.summaries import SUMMARIES, refresh_report_summaries
from articles.services.importer import import_paths
from people.models import STATUS_REJECTED, Mention, Organisation, Person
from people.services import curation

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def rows(relation: str, columns: tuple[str, ...]) -> list[tuple]:
    """Every row, sorted; dates as text (SQLite gives a view's dates as text, a DATE column's as dates)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM {relation}")
        got = [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in r) for r in cursor.fetchall()]
    return sorted(got, key=repr)


def report(name: str, **filters) -> list[tuple]:
    return [
        tuple(v.isoformat() if isinstance(v, dt.date) else v for v in r)
        for r in run_report(name, **filters)[1]
    ]


def dirty() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM report_summary_dirty")
        return cursor.fetchone()[0]


def most_named(type_: str, n: int) -> list[int]:
    counts = Counter(
        Mention.objects.filter(**{f"{type_}__isnull": False})
        .exclude(status=STATUS_REJECTED)
        .values_list(f"{type_}_id", flat=True)
    )
    return [pk for pk, _ in counts.most_common(n)]


class SummaryTablesTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        # the import run ends by refreshing the summary tables for whom it touched
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())

    def assert_tables_equal_views(self) -> None:
        for s in SUMMARIES:
            with self.subTest(s.table):
                self.assertEqual(rows(s.table, s.columns), rows(s.view, s.columns))

    def appearances(self, person_id: int) -> list[tuple]:
        return rows(
            f"summary_person_appearances WHERE person_id = {int(person_id)}",
            ("month", "articles", "mentions"),
        )

    def test_it_equals_the_views_after_an_import(self) -> None:
        self.assertEqual(dirty(), 0)
        for s in SUMMARIES:
            with self.subTest(s.table):
                self.assertTrue(rows(s.table, s.columns), f"{s.table} is empty after the seed import")
        self.assert_tables_equal_views()

    def test_it_follows_a_page_read_again_in_a_new_version(self) -> None:
        person_id = most_named("person", 1)[0]
        name = Person.objects.get(pk=person_id).name
        before = self.appearances(person_id)
        page = next(p for p in sorted(SEEDS.glob("*.txt")) if name in p.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            changed = Path(tmp) / page.name
            changed.write_text(page.read_text(encoding="utf-8").replace(name, "某某"), encoding="utf-8")
            call_command("import_seeds", str(changed), stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(dirty(), 0)
        self.assertNotEqual(self.appearances(person_id), before)
        self.assert_tables_equal_views()

    def test_it_follows_a_merge(self) -> None:
        survivor_id, other_id = most_named("person", 2)
        before = self.appearances(survivor_id)
        curation.merge(Person.objects.get(pk=survivor_id), [Person.objects.get(pk=other_id)])
        self.assertEqual(dirty(), 0)
        self.assertNotEqual(self.appearances(survivor_id), before)
        self.assertEqual(self.appearances(other_id), [])
        self.assert_tables_equal_views()

    def test_it_follows_an_organisation_merge(self) -> None:
        survivor_id, other_id = most_named("organisation", 2)
        curation.merge(Organisation.objects.get(pk=survivor_id), [Organisation.objects.get(pk=other_id)])
        self.assertFalse(rows(f"summary_organisation_cooccurrence WHERE other_id = {int(other_id)}", ("id",)))
        self.assert_tables_equal_views()

    def test_it_follows_a_rejection(self) -> None:
        person_id = most_named("person", 1)[0]
        before = self.appearances(person_id)
        mention = Mention.objects.filter(person_id=person_id).order_by("id").first()
        curation.set_status([mention], STATUS_REJECTED)
        self.assertNotEqual(self.appearances(person_id), before)
        self.assert_tables_equal_views()
        curation.set_status([Mention.objects.get(pk=mention.pk)], "confirmed")
        self.assertEqual(self.appearances(person_id), before)
        self.assert_tables_equal_views()

    def test_it_follows_an_organisation_mention_rejected_and_an_organisation_renamed(self) -> None:
        organisation_id = most_named("organisation", 1)[0]

        def links() -> list[tuple]:
            return rows(
                f"summary_person_organisation_links WHERE organisation_id = {int(organisation_id)}",
                ("person_id", "organisation_name", "articles"),
            )

        before = links()
        self.assertTrue(before)
        curation.set_status(
            Mention.objects.filter(organisation_id=organisation_id).exclude(status=STATUS_REJECTED),
            STATUS_REJECTED,
        )
        self.assertEqual(links(), [])
        self.assert_tables_equal_views()
        curation.set_status(Mention.objects.filter(organisation_id=organisation_id), "machine")
        self.assertEqual(links(), before)
        Organisation.objects.filter(pk=organisation_id).update(name="改名测试局")
        refresh_report_summaries()
        self.assertEqual({name for _, name, _ in links()}, {"改名测试局"})
        self.assert_tables_equal_views()

    def test_it_follows_a_split_and_a_relink(self) -> None:
        person_id, other_id = most_named("person", 2)
        person = Person.objects.get(pk=person_id)
        moved = list(Mention.objects.filter(person=person).exclude(status=STATUS_REJECTED).order_by("id")[:1])
        new = curation.split_person(person, moved, "拆分测试人")
        self.assertTrue(self.appearances(new.pk))
        self.assert_tables_equal_views()
        curation.relink(Mention.objects.get(pk=moved[0].pk), Person.objects.get(pk=other_id))
        self.assertEqual(self.appearances(new.pk), [])
        self.assert_tables_equal_views()

    def test_it_catches_up_with_edits_made_outside_curation_before_a_read(self) -> None:
        person_id = most_named("person", 1)[0]
        name = Person.objects.get(pk=person_id).name
        before = self.appearances(person_id)
        Mention.objects.filter(person_id=person_id).update(status=STATUS_REJECTED)
        Person.objects.filter(pk=person_id).update(name="改名测试")
        self.assertGreater(dirty(), 0)
        self.assertEqual(self.appearances(person_id), before)  # stale until someone reads or refreshes
        self.assertEqual(run_report("person_appearances", person=name)[1], [])
        self.assertEqual(dirty(), 0)
        self.assertEqual(self.appearances(person_id), [])
        self.assert_tables_equal_views()

    def test_it_rebuilds_every_row_on_request(self) -> None:
        with connection.cursor() as cursor:
            for s in SUMMARIES:
                cursor.execute(f"DELETE FROM {s.table}")
        self.assertEqual(refresh_report_summaries(full=True), {s.report: -1 for s in SUMMARIES})
        self.assert_tables_equal_views()

    def test_many_ids_are_refreshed_by_id_or_whole_by_their_share_of_the_table(self) -> None:
        people = most_named("person", 30)
        with mock.patch.object(summaries, "FULL_ABOVE", 5):
            for share, whole in ((0.9, False), (0.01, True)):
                with self.subTest(share=share), mock.patch.object(summaries, "WHOLE_SHARE", share):
                    # a rename in SQL marks each person for the next refresh (the triggers)
                    with connection.cursor() as cursor:
                        cursor.execute(
                            "UPDATE people_person SET name = name || '甲' WHERE id IN ("
                            + ", ".join(str(int(pk)) for pk in people)
                            + ")"
                        )
                    done = refresh_report_summaries()
                    per_id = connection.vendor == "postgresql" and not whole
                    self.assertEqual(done["person_appearances"], len(people) if per_id else -1)
                    self.assert_tables_equal_views()

    def test_a_whole_rebuild_keeps_each_tables_columns_indexes_and_grants(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the rebuild beside the old table and the swap are PostgreSQL's")

        def shape(table: str) -> tuple:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute"
                    " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                    [table],
                )
                columns = cursor.fetchall()
                cursor.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s ORDER BY 1", [table]
                )
                indexes = cursor.fetchall()
                cursor.execute(
                    "SELECT conname, contype FROM pg_constraint WHERE conrelid = %s::regclass ORDER BY 1",
                    [table],
                )
                constraints = cursor.fetchall()
                cursor.execute(
                    "SELECT grantee, privilege_type FROM information_schema.role_table_grants"
                    " WHERE table_name = %s ORDER BY 1, 2",
                    [table],
                )
                return columns, indexes, constraints, cursor.fetchall()

        with connection.cursor() as cursor:  # an analysts' role (rolled back with the test)
            cursor.execute("CREATE ROLE jz_test_analyst")
            for s in SUMMARIES:
                cursor.execute(f"GRANT SELECT ON {s.table} TO jz_test_analyst")
        before = {s.table: shape(s.table) for s in SUMMARIES}
        self.assertTrue(all(grants for *_, grants in before.values()))
        refresh_report_summaries(full=True)
        for s in SUMMARIES:
            with self.subTest(s.table):
                self.assertEqual(shape(s.table), before[s.table])
        self.assert_tables_equal_views()
        # and the per-id refresh still finds its table and indexes
        survivor_id, other_id = most_named("person", 2)
        curation.merge(Person.objects.get(pk=survivor_id), [Person.objects.get(pk=other_id)])
        self.assertEqual(dirty(), 0)
        self.assert_tables_equal_views()

    def test_it_reads_the_stored_copy_unless_asked_for_the_view(self) -> None:
        person_id = most_named("person", 1)[0]
        name = Person.objects.get(pk=person_id).name
        live = report("person_cooccurrence", person=name, live=True)
        self.assertTrue(live)
        self.assertEqual(report("person_cooccurrence", person=name), live)
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM summary_person_cooccurrence")
        self.assertEqual(report("person_cooccurrence", person=name), [])
        self.assertEqual(report("person_cooccurrence", person=name, live=True), live)


def assert_full_tables_equal_views(test) -> None:
    for s in SUMMARIES:
        with test.subTest(s.table):
            test.assertTrue(rows(s.view, s.columns))
            test.assertEqual(rows(s.table, s.columns), rows(s.view, s.columns))


def queued() -> list[tuple[str, int]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT kind, entity_id FROM report_summary_dirty")
        return sorted(cursor.fetchall())


class FirstLoadTest(TestCase):
    """A backlog at least as large as the archive: its groups defer the summaries' ids (PostgreSQL)
    and the refresh rebuilds every table whole."""

    def import_backlog(self) -> None:
        # four seed pages onto an empty archive, two a transaction
        import_paths(sorted(SEEDS.glob("*.txt"))[:4], group=2)

    assert_tables_equal_views = assert_full_tables_equal_views

    def test_the_run_ends_with_every_table_equal_to_its_view(self) -> None:
        self.import_backlog()
        self.assertEqual(dirty(), 0)
        self.assert_tables_equal_views()

    def test_a_run_killed_before_its_refresh_leaves_a_whole_rebuild_for_the_next_read(self) -> None:
        with mock.patch("articles.services.importer.refresh_report_summaries"):  # killed before it
            self.import_backlog()
        if connection.vendor == "postgresql":
            # the groups recorded that the tables are to be rebuilt, not the ids of everyone they named
            self.assertEqual(queued(), [(summaries.WHOLE, 0)])
        else:
            self.assertGreater(dirty(), 0)  # SQLite's row triggers record every id
        person_id = most_named("person", 1)[0]
        name = Person.objects.get(pk=person_id).name
        self.assertTrue(report("person_appearances", person=name))  # the read catches up first
        self.assertEqual(dirty(), 0)
        self.assert_tables_equal_views()

    def test_a_batch_onto_a_larger_archive_records_the_ids_it_touches(self) -> None:
        pages = sorted(SEEDS.glob("*.txt"))
        import_paths(pages[:3], group=2)  # a first load of three pages
        self.assertEqual(dirty(), 0)
        with mock.patch("articles.services.importer.refresh_report_summaries"):
            import_paths(pages[3:], group=2)  # then two more: not a first load
        kinds = {kind for kind, _ in queued()}
        self.assertIn("person", kinds)
        self.assertNotIn(summaries.WHOLE, kinds)
        refresh_report_summaries()
        self.assert_tables_equal_views()


class RebuildApartTest(TransactionTestCase):
    """A refresh called outside a transaction (as at the end of an import run) rebuilds whole
    tables in transactions of their own, two at a time (PostgreSQL)."""

    def setUp(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("SQLite rebuilds in the refresh's own transaction")

    def tearDown(self) -> None:  # the summary tables are not the test runner's to empty
        with connection.cursor() as cursor:
            for s in SUMMARIES:
                cursor.execute(f"DELETE FROM {s.table}")
            cursor.execute("DELETE FROM report_summary_dirty")

    assert_tables_equal_views = assert_full_tables_equal_views

    def test_the_tables_rebuilt_apart_equal_the_views(self) -> None:
        import_paths(sorted(SEEDS.glob("*.txt"))[:4], group=2)  # a first load: every table whole
        self.assertEqual(dirty(), 0)
        self.assert_tables_equal_views()

    def test_a_table_that_fails_leaves_the_queue_for_the_next_refresh(self) -> None:
        with mock.patch("articles.services.importer.refresh_report_summaries"):
            import_paths(sorted(SEEDS.glob("*.txt"))[:4], group=2)
        rebuild = summaries._rebuild

        def tenures_fail(cursor, s) -> None:
            if s.report == "person_tenures":
                raise DatabaseError("the server went away")
            rebuild(cursor, s)

        with mock.patch.object(summaries, "_rebuild", tenures_fail), self.assertRaises(DatabaseError):
            refresh_report_summaries()
        self.assertEqual(queued(), [(summaries.WHOLE, 0)])
        self.assertEqual(refresh_report_summaries(), {s.report: -1 for s in SUMMARIES})
        self.assertEqual(dirty(), 0)
        self.assert_tables_equal_views()
