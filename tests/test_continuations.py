"""A story continued on another page is linked to its second half when both pages are in the
archive, whichever page is imported first. The pages are invented, in the real layout."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article

FRONT = """春耕备耕正当时

本报讯（记者石磊）3月2日，记者走进温县田间地头，看到农机来回穿梭，农民忙着平整土地、检修水渠，一派繁忙景象。

县农业农村局组织技术人员分片包村，指导种植户科学施肥、合理密植，确保春播顺利开展。（下转A04版）

城区新添三座口袋公园

本报讯（记者田野）近日，三座口袋公园建成开放，市民在家门口就能休闲健身。
"""

INSIDE = """（上接A01版）今年，全县计划推广优良品种二十万亩，建设高标准农田五万亩，
农业社会化服务覆盖率进一步提高。

种植大户表示，有了技术指导和农机服务，今年的收成更有盼头。

社区开展消防演练

本报讯（记者林木）3月1日，社区组织居民开展消防演练，提高自救互救能力。
"""


class ContinuationTest(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        (self.tmp / "2021-03-03_A01.txt").write_text(FRONT, encoding="utf-8")
        (self.tmp / "2021-03-03_A04.txt").write_text(INSIDE, encoding="utf-8")

    def load(self, name: str) -> None:
        call_command("import_seeds", str(self.tmp / name), stdout=io.StringIO(), stderr=io.StringIO())

    def assert_linked(self) -> None:
        first = Article.objects.get(page__page_label="A01", continued_to_label__startswith="A04")
        second = Article.objects.get(page__page_label="A04", continued_from_label__startswith="A01")
        self.assertEqual(second.continued_from_id, first.pk)
        self.assertEqual(second.kind, "continuation")
        self.assertEqual(list(first.continuations.all()), [second])

    def test_it_links_the_second_half_imported_after_the_first(self) -> None:
        self.load("2021-03-03_A01.txt")
        self.load("2021-03-03_A04.txt")
        self.assert_linked()

    def test_it_links_the_first_half_imported_after_the_second(self) -> None:
        self.load("2021-03-03_A04.txt")
        self.load("2021-03-03_A01.txt")
        self.assert_linked()
