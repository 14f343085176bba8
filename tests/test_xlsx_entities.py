"""An uploaded XLSX roster is XML inside a zip: openpyxl parses it with defusedxml (a requirement),
so a workbook that declares XML entities (the way to an entity-expansion bomb) is refused with
the file named as unreadable, and nothing is imported."""

from __future__ import annotations

import io
import zipfile

import tablib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

from people.models import Person

XLSX = "1"  # position in settings.IMPORT_FORMATS


def roster_xlsx(entity: bool) -> bytes:
    """A two-line roster; with `entity`, the second name comes from an entity declared in a DTD."""
    data = tablib.Dataset(headers=["name", "notes"])
    data.append(["秦守业", "温县县长"])
    data.append(["卫青禾", "温县副县长"])
    source = zipfile.ZipFile(io.BytesIO(data.export("xlsx")))
    out, declared = io.BytesIO(), False
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if entity and "卫青禾".encode() in content:  # the sheet (or the shared strings)
                text = content.decode("utf-8")
                head, sep, rest = text.rpartition("?>")  # after the XML declaration, if any
                root = rest.lstrip()[1:].split(" ", 1)[0].split(">", 1)[0]
                doctype = f'<!DOCTYPE {root} [<!ENTITY who "卫青禾">]>'
                content = (head + sep + doctype + rest.replace("卫青禾", "&who;")).encode("utf-8")
                declared = True
            target.writestr(item, content)
    assert declared or not entity
    return out.getvalue()


class XlsxEntityTest(TestCase):
    def setUp(self) -> None:
        curator = get_user_model().objects.create_user("curator", password="curator-pass-2025", is_staff=True)
        curator.groups.add(Group.objects.get(name="curators"))
        self.client.force_login(curator)

    def upload(self, content: bytes):
        return self.client.post(
            reverse("admin:people_person_import"),
            {"resource": "0", "format": XLSX, "import_file": SimpleUploadedFile("roster.xlsx", content)},
        )

    def test_it_reads_a_plain_xlsx_roster(self) -> None:
        preview = self.upload(roster_xlsx(entity=False))
        self.assertContains(preview, "卫青禾")
        self.assertContains(preview, 'name="import_file_name"')  # ready to confirm

    def test_it_refuses_a_workbook_that_declares_xml_entities(self) -> None:
        preview = self.upload(roster_xlsx(entity=True))
        self.assertEqual(preview.status_code, 200)
        # openpyxl reports defusedxml's EntitiesForbidden as a ValueError; the form names the file
        self.assertContains(preview, "encountered while trying to read file")
        self.assertNotContains(preview, "卫青禾")
        self.assertNotContains(preview, 'name="import_file_name"')  # nothing to confirm
        self.assertEqual(Person.objects.count(), 0)
