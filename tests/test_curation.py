"""Curator decisions (confirm, reject, merge, split, relink, edit, link) survive every re-import:
the same pages again, and a corrected version of a page. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article
from people.models import Alias, Mention, Person, Tenure
from people.services import curation

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAGE = "000_6e573eb3e4a04526.txt"


def export() -> list[dict]:
    out = io.StringIO()
    call_command("export_articles", "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def exported_persons() -> set[str]:
    return {p["name"] for r in export() for p in r["persons"]}


class ReimportKeepsCurationTest(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        self.page = self.tmp / PAGE
        shutil.copy(SEEDS / PAGE, self.page)
        self.import_page()

    def import_page(self) -> str:
        out = io.StringIO()
        call_command("import_seeds", str(self.page), stdout=out, stderr=io.StringIO())
        return out.getvalue()

    def reimport_both_ways(self) -> None:
        """Same bytes (skipped), then a corrected version of the page (re-read in place)."""
        self.assertIn("1 unchanged", self.import_page())
        text = self.page.read_text(encoding="utf-8")
        self.page.write_text(text.replace("\n\n", "\n\n\n", 1) + "\n（本版校对后重发）\n", encoding="utf-8")
        self.assertIn("1 updated", self.import_page())

    def person_with_mentions(self, min_mentions: int = 2) -> Person:
        for person in Person.objects.all():
            if (
                person.mentions.count() >= min_mentions
                and person.mentions.values("article").distinct().count() >= 1
            ):
                return person
        raise AssertionError("the seed page names nobody twice")

    def test_it_keeps_a_confirmation(self) -> None:
        mention = Mention.objects.filter(type="person").order_by("id").first()
        curation.set_status([mention], "confirmed")
        self.reimport_both_ways()
        kept = Mention.objects.filter(article_id=mention.article_id, surface=mention.surface, type="person")
        self.assertTrue(kept.filter(status="confirmed").exists())
        self.assertEqual(kept.filter(start=mention.start).count(), 1, "no machine duplicate beside it")
        self.assertIn(mention.surface, exported_persons())

    def test_it_keeps_a_rejection_and_does_not_propose_it_again(self) -> None:
        mention = Mention.objects.filter(type="place").order_by("id").first()
        curation.set_status(Mention.objects.filter(type="place", surface=mention.surface), "rejected")
        self.reimport_both_ways()
        self.assertFalse(
            Mention.objects.filter(type="place", surface=mention.surface, status="machine").exists()
        )
        self.assertTrue(
            Mention.objects.filter(type="place", surface=mention.surface, status="rejected").exists()
        )
        self.assertNotIn(mention.surface, {p for r in export() for p in r["places"]})

    def test_it_keeps_a_merge_and_resolves_new_mentions_to_the_survivor(self) -> None:
        a, b = Person.objects.filter(mentions__isnull=False).distinct().order_by("id")[:2]
        curation.merge(a, [b])
        self.reimport_both_ways()
        b.refresh_from_db()
        self.assertEqual(b.merged_into_id, a.pk)
        self.assertTrue(Alias.objects.filter(name=b.name, person=a).exists())
        self.assertFalse(
            Mention.objects.filter(person=b).exists(), "new mentions of the alias go to the survivor"
        )
        self.assertTrue(Mention.objects.filter(person=a, surface=b.name).exists())
        names = exported_persons()
        self.assertIn(a.name, names)
        self.assertNotIn(b.name, names - {a.name})

    def test_it_keeps_a_split(self) -> None:
        person = self.person_with_mentions(2)
        moved = person.mentions.order_by("id").last()
        new = curation.split_person(person, [moved], new_name=person.name)
        self.reimport_both_ways()
        moved.refresh_from_db()
        self.assertEqual(moved.person_id, new.pk)
        self.assertEqual(moved.status, "confirmed")
        self.assertTrue(Mention.objects.filter(person=person).exists())
        self.assertEqual(Person.objects.filter(name=person.name, merged_into__isnull=True).count(), 2)

    def test_it_keeps_a_relink(self) -> None:
        mention, other = Mention.objects.filter(type="person").order_by("id")[:1][0], None
        other = Person.objects.exclude(pk=mention.person_id).order_by("id").first()
        curation.relink(mention, other)
        self.reimport_both_ways()
        mention.refresh_from_db()
        self.assertEqual((mention.person_id, mention.status), (other.pk, "confirmed"))

    def test_it_keeps_edited_fields(self) -> None:
        article = Article.objects.exclude(headline="").order_by("n").first()
        article.headline = "馆员修订的标题"
        article.locked_fields = ["headline"]
        article.save()
        person = Person.objects.order_by("id").first()
        person.name, person.locked_fields = "馆员修订的姓名", ["name"]
        person.save()
        self.reimport_both_ways()
        self.assertEqual(Article.objects.get(pk=article.pk).headline, "馆员修订的标题")
        self.assertEqual(Person.objects.get(pk=person.pk).name, "馆员修订的姓名")
        self.assertIn("馆员修订的标题", {r["headline"] for r in export()})

    def test_it_keeps_links_between_articles(self) -> None:
        first, second, third = Article.objects.order_by("n")[:3]
        second.continued_from = first
        second.save()
        third.related.add(first)
        self.reimport_both_ways()
        self.assertEqual(Article.objects.get(pk=second.pk).continued_from_id, first.pk)
        self.assertIn(first.pk, set(Article.objects.get(pk=third.pk).related.values_list("pk", flat=True)))


class CurationServiceTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        call_command("import_seeds", str(SEEDS / PAGE), stdout=io.StringIO(), stderr=io.StringIO())

    def test_it_records_who_changed_what_in_history(self) -> None:
        mention = Mention.objects.order_by("id").first()
        curation.set_status([mention], "rejected")
        latest = mention.history.latest()
        self.assertEqual(latest.status, "rejected")
        self.assertEqual(latest.history_change_reason, "驳回")
        self.assertEqual(latest.prev_record.status, "machine")
        latest.prev_record.instance.save()  # revert
        mention.refresh_from_db()
        self.assertEqual(mention.status, "machine")

    def test_it_refuses_to_merge_one_record_or_different_kinds(self) -> None:
        person = Person.objects.first()
        with self.assertRaises(curation.CurationError):
            curation.merge(person, [person])

    def test_it_refuses_to_split_off_every_mention(self) -> None:
        person = next(p for p in Person.objects.all() if p.mentions.exists())
        with self.assertRaises(curation.CurationError):
            curation.split_person(person, list(person.mentions.all()))

    def test_it_combines_posts_when_merging(self) -> None:
        a, b = Person.objects.order_by("id")[:2]
        Tenure.objects.create(person=a, title="测试职务", mention_count=1)
        Tenure.objects.create(person=b, title="测试职务", mention_count=2)
        curation.merge(a, [b])
        tenure = Tenure.objects.get(person=a, title="测试职务")
        self.assertEqual(tenure.mention_count, 3)
