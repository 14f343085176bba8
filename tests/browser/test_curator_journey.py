"""A curator's day in a real browser (Playwright driving Debian's chromium):
log in, find a person, merge two people, confirm and reject mentions, link a continuation,
see the change in history, re-import, and find every decision still there.

CHROMIUM (default /usr/bin/chromium) names the browser. Without it the test is skipped locally
with the reason; CI sets JZARCHIVE_REQUIRE_BROWSER=1 so a missing browser fails instead.
JZARCHIVE_SCREENSHOTS=docs/screenshots saves screenshots of the main pages for the README.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.management import call_command
from django.db.models import Count

from articles.models import Article, ImportRun
from people.models import Alias, Mention, Person

# Playwright's sync API runs an event loop in this thread; the ORM calls below are ordinary sync code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
SHOTS = os.environ.get("JZARCHIVE_SCREENSHOTS")

pytestmark = pytest.mark.browser


def browser_missing() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return None


class CuratorJourneyTest(StaticLiveServerTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        reason = browser_missing()
        if reason:
            if os.environ.get("JZARCHIVE_REQUIRE_BROWSER") == "1":
                raise RuntimeError(f"browser tests required: {reason}")
            raise pytest.skip.Exception(reason, _use_item_location=False)
        super().setUpClass()
        from playwright.sync_api import sync_playwright

        cls.pw = sync_playwright().start()
        cls.browser = cls.pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])

    @classmethod
    def tearDownClass(cls) -> None:
        cls.browser.close()
        cls.pw.stop()
        super().tearDownClass()

    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        for seed in SEEDS.iterdir():
            shutil.copy(seed, self.tmp / seed.name)
        call_command("import_seeds", str(self.tmp), stdout=io.StringIO(), stderr=io.StringIO())
        user = get_user_model().objects.create_user("curator", password="curator-pass-2025", is_staff=True)
        user.groups.add(Group.objects.get(name="curators"))
        self.context = self.browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)

    def tearDown(self) -> None:
        self.context.close()

    def go(self, path: str) -> None:
        self.page.goto(self.live_server_url + path)

    def shot(self, name: str) -> None:
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)

    def run_action(self, action: str) -> None:
        self.page.select_option("select[name=action]", action)
        self.page.click("button[name=index]")

    def test_it_keeps_a_curators_work_through_a_reimport(self) -> None:
        page = self.page
        # log in
        self.go("/admin/")
        page.fill("#id_username", "curator")
        page.fill("#id_password", "curator-pass-2025")
        page.click("input[type=submit]")
        page.wait_for_selector("#content-main")
        assert "焦作日报档案库" in page.content()
        self.shot("admin-index")

        # find a person by name
        # the two most-mentioned people: the top of the list ordered by mentions, opened below
        a, b = Person.objects.annotate(n=Count("mentions")).order_by("-n", "id")[:2]
        self.go("/admin/people/person/")
        page.fill("#searchbar", a.name)
        page.press("#searchbar", "Enter")
        page.wait_for_selector("#result_list")
        assert page.locator("#result_list tbody tr").count() >= 1
        assert a.name in page.inner_text("#result_list")
        self.go(f"/admin/people/person/{a.pk}/change/")
        assert page.locator(".mention-context mark").count() >= 1
        self.shot("person-change")

        # merge two people through the preview page
        self.go("/admin/people/person/?o=-4")
        page.check(f"input[name=_selected_action][value='{a.pk}']")
        page.check(f"input[name=_selected_action][value='{b.pk}']")
        self.run_action("merge_selected")
        page.wait_for_selector("#merge-preview")
        assert b.name in page.inner_text("#merge-preview")
        self.shot("merge-preview")
        page.check(f"#survivor-{a.pk}")
        page.click("#merge-form input[type=submit]")
        page.wait_for_selector(".messagelist")
        assert "合并到" in page.inner_text(".messagelist")

        # confirm two mentions and reject one
        # the list shows the newest first: take mentions from its first page
        confirm = list(Mention.objects.filter(type="organisation", status="machine").order_by("-id")[:2])
        reject = Mention.objects.filter(type="place", status="machine").order_by("-id").first()
        self.go("/admin/people/mention/?status__exact=machine&type__exact=organisation")
        for m in confirm:
            page.check(f"input[name=_selected_action][value='{m.pk}']")
        self.run_action("confirm")
        page.wait_for_selector(".messagelist")
        self.go("/admin/people/mention/?status__exact=machine&type__exact=place")
        page.check(f"input[name=_selected_action][value='{reject.pk}']")
        self.run_action("reject")
        page.wait_for_selector(".messagelist")
        assert "已驳回 1 条提及" in page.inner_text(".messagelist")
        self.shot("mentions")

        # link a continuation to the story it continues
        cont = Article.objects.filter(kind="continuation").order_by("id").first()
        target = Article.objects.exclude(headline="").exclude(pk=cont.pk).order_by("id").first()
        self.go(f"/admin/articles/article/{cont.pk}/change/")
        self.shot("article-change")
        page.click(".field-continued_from .select2-selection")
        page.fill(".select2-search--dropdown .select2-search__field", target.headline[:6])
        page.wait_for_selector(f".select2-results__option--highlighted:has-text('{target.headline[:6]}')")
        page.keyboard.press("Enter")
        page.click("input[name=_save]")
        page.wait_for_selector(".messagelist")

        # the change is in the article's history
        self.go(f"/admin/articles/article/{cont.pk}/history/")
        assert "curator" in page.inner_text("#content-main")
        self.shot("article-history")

        # re-import: the same pages, then a corrected version of one of them
        call_command("import_seeds", str(self.tmp), stdout=io.StringIO(), stderr=io.StringIO())
        page_file = self.tmp / Article.objects.get(pk=cont.pk).page.source_name
        page_file.write_text(page_file.read_text(encoding="utf-8") + "\n（校对后重发）\n", encoding="utf-8")
        call_command("import_seeds", str(self.tmp), stdout=io.StringIO(), stderr=io.StringIO())

        # ... and everything the curator did is still there, in the admin
        self.go(f"/admin/people/person/{b.pk}/change/")
        assert page.input_value("#id_merged_into") == str(a.pk)
        self.go(f"/admin/people/alias/?q={b.name}")
        assert a.name in page.inner_text("#result_list")
        for m in confirm:
            self.go(f"/admin/people/mention/{m.pk}/change/")
            assert page.input_value("#id_status") == "confirmed"
        self.go(f"/admin/people/mention/{reject.pk}/change/")
        assert page.input_value("#id_status") == "rejected"
        self.go(f"/admin/articles/article/{cont.pk}/change/")
        assert page.input_value("#id_continued_from") == str(target.pk)
        assert Alias.objects.filter(name=b.name, person=a).exists()

        # the last run's page: its files counted by outcome, each count opening those files
        run = ImportRun.objects.order_by("-id").first()
        self.go(f"/admin/articles/importrun/{run.pk}/change/")
        outcomes = page.inner_text(".field-file_outcomes")
        assert "全部: 5" in outcomes and "已更新: 1" in outcomes and "未变化: 4" in outcomes, outcomes
        self.shot("import-run")
        page.click(".field-file_outcomes a:has-text('已更新')")
        page.wait_for_selector("#result_list")
        assert page.locator("#result_list tbody tr").count() == 1
        assert page_file.name in page.inner_text("#result_list")
