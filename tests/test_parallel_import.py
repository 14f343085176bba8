"""Reading pages in worker processes stores exactly what reading them in-process stores."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TransactionTestCase

from articles.models import Page
from articles.services import importer
from articles.services.export import export_string
from people.models import Event, Mention, Organisation, Person, Place


class ParallelImportTest(TransactionTestCase):
    def test_it_stores_the_same_archive_with_two_workers_as_with_one(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            call_command(
                "make_archive", pages=importer.PARALLEL_MIN_FILES + 2, out=tmp, seed=5, stdout=io.StringIO()
            )
            summary = importer.import_paths([tmp], workers=2)
            self.assertEqual(summary.count("new"), importer.PARALLEL_MIN_FILES + 2)
            parallel = export_string()
            for model in (Mention, Event, Page, Person, Organisation, Place):
                model.objects.all().delete()
            importer.import_paths([Path(tmp)], workers=1)
            self.assertEqual(export_string(), parallel)

    def test_it_reports_a_bad_page_read_by_a_worker_and_imports_the_rest(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            call_command(
                "make_archive", pages=importer.PARALLEL_MIN_FILES, out=tmp, seed=6, stdout=io.StringIO()
            )
            (Path(tmp) / "zz-binary.txt").write_bytes(bytes(range(256)) * 8)
            summary = importer.import_paths([tmp], workers=2)
        self.assertEqual(summary.count("new"), importer.PARALLEL_MIN_FILES)
        self.assertEqual([Path(f.path).name for f in summary.failed], ["zz-binary.txt"])
        self.assertIn("zz-binary.txt", summary.failed[0].message)
