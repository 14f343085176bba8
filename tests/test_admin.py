"""Every model is usable in the admin after a real import: list, search, change pages, in Chinese,
with a bounded number of queries whatever the number of rows."""

from __future__ import annotations

import io
from pathlib import Path

import tablib
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.http import urlencode

from articles.admin import RUN_FILES_SHOWN, ImportRunAdmin
from articles.models import Article, ImportFile, ImportRun
from people.models import Mention, Person, Tenure
from people.resources import PersonResource

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# A changelist costs a fixed number of queries (session, user, count, rows, filters...), never one
# per row: 50 rows per page must stay under this bound.
MAX_QUERIES = 20
# A change page with its inlines (mentions, credits, events, tenures, aliases) likewise.
MAX_CHANGE_QUERIES = 40


def related_rows(obj) -> int:
    managers = (getattr(obj, name, None) for name in ("mentions", "credits", "participants", "articles"))
    return sum(m.count() for m in managers if hasattr(m, "count") and callable(m.count))


class AdminTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
        cls.user = get_user_model().objects.create_superuser("curator", password="x-long-pass-123")

    def setUp(self) -> None:
        self.client.force_login(self.user)

    def get(self, url: str):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertLessEqual(len(queries), MAX_QUERIES, f"{url}: {len(queries)} queries")
        return response

    def test_it_lists_every_registered_model_within_the_query_bound(self) -> None:
        for model in admin.site._registry:
            opts = model._meta
            self.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))

    def test_it_opens_the_busiest_change_page_of_every_model_within_the_query_bound(self) -> None:
        for model in admin.site._registry:
            # the record with the most related rows: a per-row query would show there first
            obj = max(model.objects.all()[:200], key=related_rows, default=None)
            if obj is None:
                continue
            opts = model._meta
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertLessEqual(len(queries), MAX_CHANGE_QUERIES, f"{url}: {len(queries)} queries")

    def test_it_speaks_chinese(self) -> None:
        response = self.get(reverse("admin:index"))
        self.assertContains(response, "焦作日报档案库")
        self.assertContains(response, "文章")
        self.assertContains(response, "人物")

    def test_it_speaks_english_to_a_browser_that_asks_for_it(self) -> None:
        response = self.client.get(reverse("admin:index"), headers={"accept-language": "en"})
        self.assertContains(response, "Jiaozuo Daily archive")
        self.assertContains(response, "Articles")
        self.assertContains(response, "People")
        self.assertNotContains(response, "焦作日报档案库")
        response = self.client.get(
            reverse("admin:people_mention_changelist"), headers={"accept-language": "en"}
        )
        self.assertContains(response, "Confirm selected mentions")

    def test_it_finds_an_article_and_a_person_by_chinese_search(self) -> None:
        article = Article.objects.exclude(headline="").first()
        word = article.headline[:4]
        response = self.get(reverse("admin:articles_article_changelist") + f"?q={word}")
        self.assertContains(response, article.headline[:4])
        person = Person.objects.first()
        response = self.get(reverse("admin:people_person_changelist") + f"?q={person.name}")
        self.assertContains(response, person.name)

    def test_it_filters_people_by_post_and_by_organisation(self) -> None:
        tenure = Tenure.objects.exclude(organisation=None).select_related("person", "organisation").first()
        url = reverse("admin:people_person_changelist")
        by_post = self.get(url + "?" + urlencode({"post": tenure.title}))
        self.assertContains(by_post, tenure.person.name)
        by_org = self.get(url + f"?organisation={tenure.organisation_id}")
        self.assertContains(by_org, tenure.person.name)
        listed = set(by_org.context["cl"].queryset.values_list("pk", flat=True))
        holders = set(
            Tenure.objects.filter(organisation=tenure.organisation).values_list("person", flat=True)
        )
        self.assertEqual(listed, holders)

    def test_it_confirms_and_rejects_mentions_in_bulk(self) -> None:
        ids = list(Mention.objects.order_by("pk").values_list("pk", flat=True)[:3])
        url = reverse("admin:people_mention_changelist")
        self.client.post(url, {"action": "confirm", "_selected_action": ids[:2]})
        self.client.post(url, {"action": "reject", "_selected_action": ids[2:]})
        statuses = dict(Mention.objects.filter(pk__in=ids).values_list("pk", "status"))
        self.assertEqual([statuses[i] for i in ids], ["confirmed", "confirmed", "rejected"])

    def test_it_updates_people_from_a_roster_without_duplicating(self) -> None:
        existing = Person.objects.order_by("pk").first()
        roster = tablib.Dataset(headers=["name", "gender", "notes"])
        roster.append([existing.name, "女", "名册导入"])
        roster.append(["名册新人", "男", ""])
        before = Person.objects.count()
        preview = PersonResource().import_data(roster, dry_run=True)
        self.assertFalse(preview.has_errors())
        self.assertEqual(Person.objects.count(), before)
        result = PersonResource().import_data(roster, dry_run=False)
        self.assertFalse(result.has_errors())
        self.assertEqual(Person.objects.count(), before + 1)
        existing.refresh_from_db()
        self.assertEqual((existing.gender, existing.notes), ("女", "名册导入"))
        self.assertTrue(Person.objects.get(name="名册新人").name_pinyin.startswith("ming ce xin ren"))

    def test_it_exports_people_from_the_admin_as_csv(self) -> None:
        response = self.client.post(
            reverse("admin:people_person_export"),
            {"format": "0", "resource": "0", **{f"personresource_{f}": "on" for f in ("id", "name")}},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/csv", response["Content-Type"])
        self.assertIn(Person.objects.first().name, response.content.decode("utf-8-sig"))


class ImportRunPageTest(TestCase):
    """A backlog's run logs a line per file: its page counts them by outcome and lists only the
    files that need a look, each count a link to those files in their own (paged) list."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.user = get_user_model().objects.create_superuser("operator", password="x-long-pass-123")
        cls.backlog = ImportRun.objects.create(command="import_seeds /backlog")
        files = [ImportFile(run=cls.backlog, path=f"/backlog/{i:05d}.txt", outcome="new") for i in range(290)]
        files += [
            ImportFile(run=cls.backlog, path=f"/backlog/bad-{i}.txt", outcome="failed", message=f"坏文件 {i}")
            for i in range(7)
        ]
        files += [
            ImportFile(
                run=cls.backlog, path=f"/backlog/copy-{i}.txt", outcome="unchanged", message="same content"
            )
            for i in range(3)
        ]
        other = ImportRun.objects.create(command="import_seeds /today")
        files.append(ImportFile(run=other, path="/today/bad.txt", outcome="failed", message="坏文件"))
        ImportFile.objects.bulk_create(files)

    def setUp(self) -> None:
        self.client.force_login(self.user)

    def add_files(self, name: str, outcome: str, message: str, n: int) -> None:
        ImportFile.objects.bulk_create(
            ImportFile(
                run=self.backlog, path=f"/backlog/{name}-{i:03d}.txt", outcome=outcome, message=message
            )
            for i in range(n)
        )

    def run_page(self):
        return self.client.get(reverse("admin:articles_importrun_change", args=[self.backlog.pk]))

    def test_it_counts_the_files_and_lists_only_those_to_check(self) -> None:
        url = reverse("admin:articles_importrun_change", args=[self.backlog.pk])
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertLessEqual(len(queries), MAX_CHANGE_QUERIES)
        self.assertContains(response, "全部: 300")
        self.assertContains(response, "新导入: 290")
        self.assertContains(response, "失败: 7")
        self.assertContains(response, "未变化: 3")
        for i in range(7):
            self.assertContains(response, f"/backlog/bad-{i}.txt")
        self.assertContains(response, "/backlog/copy-0.txt")
        self.assertNotContains(response, "/backlog/00001.txt")
        self.assertNotContains(response, "/today/bad.txt")

    def test_the_failed_count_opens_this_runs_failed_files(self) -> None:
        url = reverse("admin:articles_importrun_change", args=[self.backlog.pk])
        link = ImportRunAdmin.files_url(self.backlog, outcome="failed")
        self.assertContains(self.client.get(url), link.replace("&", "&amp;"))
        response = self.client.get(link)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            sorted(f.path for f in response.context["cl"].result_list),
            [f"/backlog/bad-{i}.txt" for i in range(7)],
        )

    def test_a_long_list_of_failures_is_cut_with_a_link_to_all_of_them(self) -> None:
        self.add_files("broken", "failed", "空文件", 80)
        response = self.run_page()
        self.assertContains(response, "失败: 87")
        self.assertContains(response, "<tr><td>/backlog/", count=RUN_FILES_SHOWN)
        self.assertContains(response, "全部失败文件")

    def test_a_long_list_of_notes_links_to_the_runs_files(self) -> None:
        # past the cut there are no more failures, only notes: the link opens all the run's files
        self.add_files("dup", "unchanged", "same", 60)
        response = self.run_page()
        self.assertContains(response, "本批全部文件")
        self.assertNotContains(response, "全部失败文件")
        self.assertContains(response, ImportRunAdmin.files_url(self.backlog).replace("&", "&amp;"))
