"""Entities in the warehouse: curators teach the next import, namesakes with conflicting posts are
kept apart and flagged, organisations get the parent the text shows, posts become a timeline.
Pages here are invented, in the layout of the real ones."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from people.models import Mention, Organisation, Person, Tenure

PAGE = """镇里来了新书社

本报讯（记者石磊）{date}，{body}

本版编辑 张三
"""


class PagesTestCase(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        self.manifest = self.tmp / "manifest.csv"
        self.manifest.write_text("file,date,page_label,paper\n", encoding="utf-8")

    def page(self, name: str, day: str, body: str, date_text: str = "3月2日") -> Path:
        path = self.tmp / name
        path.write_text(PAGE.format(date=date_text, body=body), encoding="utf-8")
        with self.manifest.open("a", encoding="utf-8") as fh:
            fh.write(f"{name},{day},A02,焦作日报\n")
        return path

    def load(self, *paths: Path) -> None:
        call_command(
            "import_seeds",
            *map(str, paths),
            "--manifest",
            str(self.manifest),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )


class LearningFromCuratorsTest(PagesTestCase):
    def test_it_finds_what_a_curator_confirmed_and_drops_what_a_curator_rejected(self) -> None:
        # 和煦 (gentle) before 说 reads as a name to the machine
        body = "这次活动由青禾书社发起，老乡们围着马长河问个不停，和煦说不出的温暖，居民踊跃参与。"
        first = self.page("2021-03-02_A02.txt", "2021-03-02", body)
        self.load(first)
        found = set(Mention.objects.values_list("type", "surface"))
        self.assertNotIn(("person", "马长河"), found)  # the machine missed him ...
        wrong = Mention.objects.filter(type="person").exclude(surface__in=["马长河"]).first()
        self.assertIsNotNone(wrong, "the machine proposed some person")

        # ... a curator adds him and his book club, and rejects the wrong person
        Person.objects.create(name="马长河", status="confirmed")
        Organisation.objects.create(name="青禾书社", status="confirmed")
        wrong.status = "rejected"
        wrong.save()

        second = self.page("2021-03-09_A02.txt", "2021-03-09", body, date_text="3月9日")
        self.load(second)
        found = set(
            Mention.objects.filter(article__page__source_name=second.name).values_list("type", "surface")
        )
        self.assertIn(("person", "马长河"), found)
        self.assertIn(("organisation", "青禾书社"), found)
        self.assertNotIn(("person", wrong.surface), found)
        self.assertEqual(Person.objects.filter(name="马长河").count(), 1, "resolved to the curated record")


class NamesakesTest(PagesTestCase):
    def test_it_keeps_apart_two_people_of_one_name_holding_posts_in_two_places_at_once(self) -> None:
        a = self.page("2021-03-02_A02.txt", "2021-03-02", "温县科技局局长周志强到沁阳市调研。")
        b = self.page("2021-03-03_A02.txt", "2021-03-03", "孟州市教育局局长周志强到学校检查。", "3月3日")
        c = self.page("2021-04-10_A02.txt", "2021-04-10", "温县科技局局长周志强主持座谈会。", "4月10日")
        self.load(a, b, c)
        people = list(Person.objects.filter(name="周志强").order_by("id"))
        self.assertEqual(len(people), 2)
        first, second = people
        self.assertEqual(first.review_note, "")
        self.assertIn("孟州市教育局", second.review_note)
        # the third page names the first man again: resolved to him, his tenure spans both dates
        tenure = Tenure.objects.get(person=first, title="温县科技局局长")
        self.assertEqual((str(tenure.first_seen), str(tenure.last_seen)), ("2021-03-02", "2021-04-10"))
        self.assertEqual(tenure.mention_count, 2)
        self.assertTrue(Tenure.objects.filter(person=second, title="孟州市教育局局长").exists())

    def test_one_name_in_one_article_is_one_person_whatever_the_bodies_its_posts_name(self) -> None:
        # the short and the full name of one bank in one story: one man, not a namesake to review
        body = (
            "东湖区区长与农行南岭支行行长邝远华座谈。"
            "邝远华表示，中国农业银行南岭支行行长邝远华将加大信贷投放。"
        )
        self.load(self.page("2021-03-02_A02.txt", "2021-03-02", body, "3月2日"))
        self.assertEqual(
            list(Person.objects.filter(name="邝远华").values_list("review_note", flat=True)), [""]
        )

    def test_it_takes_the_same_post_years_apart_as_one_career(self) -> None:
        a = self.page("2019-05-06_A02.txt", "2019-05-06", "温县科技局局长周志强到沁阳市调研。", "5月6日")
        b = self.page("2021-05-06_A02.txt", "2021-05-06", "孟州市教育局局长周志强到学校检查。", "5月6日")
        self.load(a, b)
        self.assertEqual(Person.objects.filter(name="周志强").count(), 1)


class HierarchyTest(PagesTestCase):
    def test_it_records_the_parent_the_name_shows(self) -> None:
        self.load(self.page("2021-03-02_A02.txt", "2021-03-02", "温县人大常委会办公室主任钱晓东陪同调研。"))
        office = Organisation.objects.get(name="温县人大常委会办公室")
        self.assertEqual(office.parent.name, "温县人大常委会")


class DeclaredShortFormsTest(PagesTestCase):
    """A short form the article declares (（以下简称某某）) is stored as printed and linked to the body
    it stands for: one record, every use of the short form in the body's mentions, and the export
    names the body once."""

    def test_the_short_form_links_to_the_full_record(self) -> None:
        body = "南川市人力资源和社会保障局（以下简称“市人社局”）发布通知。市人社局提醒，补贴申领截至月底。"
        self.load(self.page("2021-03-02_A02.txt", "2021-03-02", body))
        bureau = Organisation.objects.get(name="南川市人力资源和社会保障局")
        self.assertFalse(Organisation.objects.filter(name="市人社局").exists())
        surfaces = sorted(Mention.objects.filter(organisation=bureau).values_list("surface", flat=True))
        self.assertEqual(surfaces, ["南川市人力资源和社会保障局", "市人社局", "市人社局"])
        out = io.StringIO()
        call_command("export_articles", "--format", "jsonl", stdout=out)
        self.assertIn('"organisations": ["南川市人力资源和社会保障局"]', out.getvalue())


class ParticularsTest(PagesTestCase):
    """A notice of appointment prints each person's particulars (某某，男，…，现任某职): the person,
    and the posts held now as tenures at the notice's date."""

    def test_the_posts_a_notice_says_are_held_now_are_tenures(self) -> None:
        body = "任前公示如下：\n郝强华，男，1965年出生，现任北山县教育局局长、党组书记，拟任北山县副县长。\n"
        self.load(self.page("2021-03-02_A02.txt", "2021-03-02", body))
        person = Person.objects.get(name="郝强华")
        held = dict(Tenure.objects.filter(person=person).values_list("title", "first_seen"))
        self.assertEqual(set(held), {"北山县教育局局长", "党组书记"})  # not the post proposed (拟任)
        self.assertEqual(str(held["北山县教育局局长"]), "2021-03-02")
