"""A new version of a report view (articles/reporting/sql/NAME.vN.sql) gives exactly the rows of the
versions before it, on an archive with merges and rejections, on PostgreSQL and SQLite."""

from __future__ import annotations

import io
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from articles.reporting import REPORTS, SQL_DIR, VIEW_VERSIONS, _view_sql_for
from people.models import STATUS_REJECTED, Mention, Organisation, Person
from people.services import curation

from .test_report_summaries import most_named, rows

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def version_rows(name: str, version: int) -> list[tuple]:
    """The rows of a view's given version, read from its file as a subquery."""
    sql = _view_sql_for(connection, name, version)
    select = sql.split(" AS\n", 1)[1]  # after "CREATE VIEW report_x AS"
    return rows(f"({select}) v", REPORTS[name].columns)


class ViewVersionsTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
        first, second = most_named("person", 2)
        curation.merge(Person.objects.get(pk=first), [Person.objects.get(pk=second)])
        org_first, org_second = most_named("organisation", 2)
        curation.merge(Organisation.objects.get(pk=org_first), [Organisation.objects.get(pk=org_second)])
        for type_ in ("person", "organisation"):
            mention = Mention.objects.filter(**{f"{type_}__isnull": False}).order_by("id").first()
            curation.set_status([mention], STATUS_REJECTED)

    def test_every_version_gives_the_rows_of_the_first(self) -> None:
        newer = [(name, v) for name, v in VIEW_VERSIONS if v > 1]
        self.assertTrue(newer, "no view has a second version")
        for name, newest in newer:
            first = version_rows(name, 1)
            self.assertTrue(first, f"{name} is empty: nothing compared")
            for version in range(2, newest + 1):
                with self.subTest(view=name, version=version):
                    self.assertEqual(version_rows(name, version), first)

    def test_the_database_holds_the_newest_version(self) -> None:
        for name, newest in VIEW_VERSIONS:
            with self.subTest(view=name):
                self.assertTrue((SQL_DIR / f"{name}.v{newest}.sql").exists())
                self.assertEqual(rows(REPORTS[name].view, REPORTS[name].columns), version_rows(name, newest))
