"""Rosters of officials uploaded in the admin (django-import-export): a preview that changes
nothing, row-level errors, CSV and XLSX, and records updated by name instead of duplicated."""

from __future__ import annotations

import io
import re

import tablib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

from people.models import Organisation, Person

CSV, XLSX = "0", "1"  # positions in settings.IMPORT_FORMATS


class RosterUploadTest(TestCase):
    def setUp(self) -> None:
        curator = get_user_model().objects.create_user("curator", password="curator-pass-2025", is_staff=True)
        curator.groups.add(Group.objects.get(name="curators"))
        self.client.force_login(curator)
        self.known = Person.objects.create(name="秦守业", notes="")
        Organisation.objects.create(name="温县人民政府")

    def upload(self, content: bytes, name: str, fmt: str):
        return self.client.post(
            reverse("admin:people_person_import"),
            {"resource": "0", "format": fmt, "import_file": SimpleUploadedFile(name, content)},
        )

    def confirm(self, preview) -> None:
        html = preview.content.decode()
        fields = dict(
            re.findall(
                r'name="(import_file_name|original_file_name|format|resource)"[^>]*value="([^"]*)"', html
            )
        )
        response = self.client.post(reverse("admin:people_person_process_import"), fields)
        self.assertEqual(response.status_code, 302)

    def roster(self) -> tablib.Dataset:
        data = tablib.Dataset(headers=["name", "gender", "notes"])
        data.append(["秦守业", "男", "温县县长"])
        data.append(["卫青禾", "女", "温县副县长"])
        return data

    def test_it_previews_a_csv_roster_without_writing_then_updates_by_name(self) -> None:
        preview = self.upload(self.roster().export("csv").encode("utf-8"), "roster.csv", CSV)
        self.assertEqual(preview.status_code, 200)
        self.assertContains(preview, "卫青禾")
        self.assertEqual(Person.objects.count(), 1, "the preview is a dry run")
        self.confirm(preview)
        self.assertEqual(Person.objects.filter(name="秦守业").count(), 1)
        self.known.refresh_from_db()
        self.assertEqual(self.known.notes, "温县县长")
        self.assertTrue(Person.objects.filter(name="卫青禾", gender="女").exists())

    def test_it_takes_an_xlsx_roster(self) -> None:
        preview = self.upload(self.roster().export("xlsx"), "roster.xlsx", XLSX)
        self.assertContains(preview, "卫青禾")
        self.confirm(preview)
        self.assertEqual(set(Person.objects.values_list("name", flat=True)), {"秦守业", "卫青禾"})

    def test_it_shows_row_errors_and_imports_nothing(self) -> None:
        bad = tablib.Dataset(headers=["name", "gender"])
        bad.append(["", "男"])  # a roster line without a name
        bad.append(["卫青禾", "女性别写得太长了"])  # longer than the column
        preview = self.upload(bad.export("csv").encode("utf-8"), "bad.csv", CSV)
        self.assertEqual(preview.status_code, 200)
        self.assertContains(preview, "errors")
        self.assertNotContains(preview, 'name="import_file_name"')  # nothing to confirm
        self.assertEqual(Person.objects.count(), 1)

    def test_it_exports_organisations_as_xlsx_and_json(self) -> None:
        url = reverse("admin:people_organisation_export")
        fields = {f"organisationresource_{f}": "on" for f in ("id", "name", "kind")}
        xlsx = self.client.post(url, {"format": "1", "resource": "0", **fields})
        self.assertEqual(xlsx.status_code, 200)
        names = [row[1] for row in tablib.Dataset().load(io.BytesIO(xlsx.content).read(), format="xlsx")]
        self.assertIn("温县人民政府", names)
        as_json = self.client.post(url, {"format": "2", "resource": "0", **fields})
        self.assertIn("温县人民政府", as_json.content.decode("utf-8"))
