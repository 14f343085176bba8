"""The importer's raw writes store what the ORM calls they stand for would store."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.db import IntegrityError, transaction
from django.test import TestCase

from articles.models import Page
from articles.services.bulk import insert_new, insert_rows, new_ids, select_in, stamp
from articles.services.importer import PAGE_FIELDS, PageImporter
from people.models import Event, Organisation, Person, Tenure
from people.services.resolve import Resolver

SKIP = {"id", "created_at", "updated_at"}


def fields_of(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields if f.attname not in SKIP}


class InsertNewTest(TestCase):
    def test_rows_equal_those_of_model_instances(self) -> None:
        with transaction.atomic():
            ids = insert_new(Person, ("name", "name_pinyin"), [("甲乙", "jia yi"), ("丙丁", "bing ding")])
        self.assertEqual(len(ids), 2)
        for pk, (name, pinyin) in zip(ids, [("甲乙", "jia yi"), ("丙丁", "bing ding")], strict=True):
            stored = Person.objects.get(pk=pk)
            self.assertEqual(fields_of(stored), fields_of(Person(name=name, name_pinyin=pinyin)))
            self.assertIsNotNone(stored.created_at)
        with transaction.atomic():
            (event_id,) = insert_new(
                Event, ("name", "type", "date_text", "date", "location"), [("大会", "meeting", "", None, "")]
            )
        expected = Event(name="大会", type="meeting", date_text="", date=None, location="")
        self.assertEqual(fields_of(Event.objects.get(pk=event_id)), fields_of(expected))

    def test_ids_follow_the_rows_and_later_records_get_later_ids(self) -> None:
        with transaction.atomic():
            first = insert_new(Organisation, ("name",), [("一局",), ("二局",)])
            second = insert_new(Organisation, ("name",), [("三局",)])
        self.assertEqual(first[1], first[0] + 1)
        self.assertGreater(second[0], first[1])
        names = dict(Organisation.objects.values_list("pk", "name"))
        self.assertEqual([names[i] for i in first + second], ["一局", "二局", "三局"])

    def test_it_refuses_the_fields_it_sets_itself(self) -> None:
        with self.assertRaises(ValueError):
            insert_new(Organisation, ("name", "created_at"), [("一局", None)])

    def test_rows_that_break_a_constraint_raise_djangos_error_and_write_nothing(self) -> None:
        # the importer catches Django's errors to store a group of pages page by page
        row = (None, "same-name.txt", "/x/same-name.txt", "0" * 64, "utf-8", "本报讯", "A01", 9, [])
        with self.assertRaises(IntegrityError), transaction.atomic():
            insert_new(Page, PAGE_FIELDS, [row, row])
        self.assertFalse(Page.objects.exists())


class StampTest(TestCase):
    def test_a_stamped_datetime_is_stored_as_the_datetime(self) -> None:
        moments = [
            dt.datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=dt.UTC),
            dt.datetime(2024, 3, 1, 7, 0, 0, 1, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai")),
        ]
        with transaction.atomic():
            ids = new_ids(Person, len(moments))
            insert_rows(
                Person,
                (
                    "id",
                    "name",
                    "status",
                    "locked_fields",
                    "notes",
                    "name_pinyin",
                    "gender",
                    "review_note",
                    "created_at",
                    "updated_at",
                ),
                [
                    (i, "甲", "machine", "[]", "", "", "", "", stamp(m), m)
                    for i, m in zip(ids, moments, strict=True)
                ],
            )
        for i, moment in zip(ids, moments, strict=True):
            person = Person.objects.get(pk=i)
            self.assertEqual((person.created_at, person.updated_at), (moment, moment))


class SelectInTest(TestCase):
    def test_it_finds_what_the_orm_filter_finds_over_many_chunks(self) -> None:
        names = [f"人{i}" for i in range(1200)]
        Person.objects.bulk_create([Person(name=n) for n in names[::3]])
        rows = select_in('SELECT "name", "id" FROM "people_person" WHERE {in} ORDER BY "id"', '"name"', names)
        expected = list(Person.objects.filter(name__in=names).order_by("id").values_list("name", "pk"))
        self.assertEqual(sorted(rows), sorted(expected))
        self.assertEqual(select_in('SELECT "id" FROM "people_person" WHERE {in}', '"name"', []), [])


class TenureUpdateTest(TestCase):
    def test_update_tenures_writes_what_bulk_update_writes(self) -> None:
        person = Person.objects.create(name="甲乙")
        org = Organisation.objects.create(name="一局")
        a = Tenure.objects.create(person=person, title="局长")
        b = Tenure.objects.create(
            person=person, title="书记", first_seen=dt.date(2001, 1, 1), mention_count=2
        )
        PageImporter.update_tenures(
            [
                (a.pk, dt.date(2002, 3, 4), dt.date(2003, 5, 6), 7, org.pk),
                (b.pk, None, None, 3, None),
            ]
        )
        a.refresh_from_db()
        b.refresh_from_db()
        self.assertEqual(
            (a.first_seen, a.last_seen, a.mention_count, a.organisation_id),
            (dt.date(2002, 3, 4), dt.date(2003, 5, 6), 7, org.pk),
        )
        self.assertEqual(
            (b.first_seen, b.last_seen, b.mention_count, b.organisation_id), (None, None, 3, None)
        )
        PageImporter.update_tenures([])  # nothing to write, no query


class ResolverTest(TestCase):
    def test_a_new_namesake_is_not_looked_up_for_posts(self) -> None:
        resolver = Resolver()
        with transaction.atomic():
            resolver.prefetch_many({"person": ["甲乙"], "organisation": ["一局", "二局"]})
        first = resolver.resolve("person", "甲乙")
        resolver.prefetch_posts(["甲乙"])
        when = dt.date(2001, 1, 1)
        self.assertEqual(resolver.resolve_person("甲乙", "一局", when), first)
        with self.assertNumQueries(2):  # the new person and its history row: no query for its posts
            flagged = resolver.resolve_person("甲乙", "二局", when)
        self.assertNotEqual(flagged, first)
        self.assertEqual(resolver.resolve_person("甲乙", "二局", when), flagged)
