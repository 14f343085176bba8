"""New places and bodies get a first kind from their names, so that the admin's kind filters sort
what the machine found; a curator's kind is never changed by a later import."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from people.models import Organisation, Place

PAGE = """本报讯（记者 钱立新） 3月5日上午，南川市委书记孙明远到东关镇王家村调研，
并在解放中路与建设南路交叉口察看道路改造工程。市住建局、南川日报社有关负责人陪同。
"""


def import_page(directory: Path, text: str) -> None:
    (directory / "2025-03-06_A01_page.txt").write_text(text, encoding="utf-8")
    call_command("import_seeds", str(directory), stdout=io.StringIO(), stderr=io.StringIO())


class EntityKindsTest(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)

    def test_new_places_and_bodies_get_the_kind_their_names_show(self) -> None:
        import_page(self.tmp, PAGE)
        places = dict(Place.objects.values_list("name", "kind"))
        self.assertEqual(places.get("东关镇"), "town")
        self.assertEqual(places.get("王家村"), "village")
        self.assertEqual(places.get("解放中路"), "road")
        bodies = dict(Organisation.objects.values_list("name", "kind"))
        self.assertEqual(bodies.get("南川市委"), "party")
        self.assertEqual(bodies.get("市住建局"), "government")
        self.assertEqual(bodies.get("南川日报社"), "media")

    def test_a_curators_kind_stays_when_the_page_is_read_again(self) -> None:
        import_page(self.tmp, PAGE)
        village = Place.objects.get(name="王家村")
        village.kind = "other"  # a curator's decision, whatever the name says
        village.save()
        import_page(self.tmp, PAGE + "\n本版编辑补记。\n")
        self.assertEqual(Place.objects.get(pk=village.pk).kind, "other")
        self.assertEqual(Place.objects.filter(name="王家村").count(), 1)


class ClassifyKindsTest(TestCase):
    """Records stored before the importer gave kinds get one; curated records keep theirs."""

    def setUp(self) -> None:
        Place.objects.bulk_create(
            [
                Place(name="东关镇"),  # machine, default kind
                Place(name="王家村", status="confirmed"),  # a curator confirmed it as it is
                Place(name="解放中路", kind="park"),  # a curator's kind, however odd
                Place(name="太行山"),  # nothing in the name: stays 'other'
            ]
        )
        Organisation.objects.bulk_create([Organisation(name="南川市委"), Organisation(name="南川日报社")])

    def run_command(self, *args: str) -> str:
        out = io.StringIO()
        call_command("classify_kinds", *args, stdout=out)
        return out.getvalue()

    def test_a_dry_run_counts_and_changes_nothing(self) -> None:
        output = self.run_command("--dry-run")
        self.assertIn("place: 1 would get a kind (town 1)", output)
        self.assertIn("organisation: 2 would get a kind", output)
        self.assertEqual(Place.objects.get(name="东关镇").kind, "other")

    def test_it_gives_machine_records_their_kind_and_leaves_curated_ones(self) -> None:
        self.assertIn("place: 1 got a kind (town 1)", self.run_command())
        kinds = dict(Place.objects.values_list("name", "kind"))
        self.assertEqual(kinds, {"东关镇": "town", "王家村": "other", "解放中路": "park", "太行山": "other"})
        bodies = dict(Organisation.objects.values_list("name", "kind"))
        self.assertEqual(bodies, {"南川市委": "party", "南川日报社": "media"})
        # a second run finds nothing more to do
        self.assertIn("place: 0 got a kind", self.run_command())


class PlaceParentsTest(TestCase):
    """A place printed right after a larger one belongs to it: the village to its town, the town
    to its county. A curator's parent stays."""

    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)

    def test_the_text_gives_each_place_the_larger_place_before_it(self) -> None:
        import_page(self.tmp, "本报讯 3月5日，检查组来到北山县东关镇王家村，察看村容村貌。\n")
        town = Place.objects.get(name="东关镇")
        self.assertEqual(town.parent.name, "北山县")
        self.assertEqual(Place.objects.get(name="王家村").parent_id, town.pk)
        self.assertIsNone(Place.objects.get(name="北山县").parent_id)

    def test_a_curators_parent_stays(self) -> None:
        import_page(self.tmp, "本报讯 检查组来到北山县东关镇王家村。\n")
        village = Place.objects.get(name="王家村")
        other = Place.objects.create(name="西关镇", kind="town")
        village.parent = other
        village.save()
        import_page(self.tmp, "本报讯 检查组来到北山县东关镇王家村。\n本版编辑补记。\n")
        self.assertEqual(Place.objects.get(pk=village.pk).parent_id, other.pk)
