"""Nobody let in: production settings, login throttling, upload limits, escaped page text and who may
do what in the admin (anonymous, viewers, curators)."""

from __future__ import annotations

import io
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse

from articles.models import Article, Page
from people.models import Mention, Person

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "x-long-pass-123"

EVIL_PAGE = (
    '<script>alert("headline")</script>市委召开常委会议\n\n'
    "本报讯（记者孔维舟）4月10日，市委召开常委会议。"
    '<script>alert("body")</script><img src=x onerror=alert(1)>市委书记程立远主持会议。\n\n'
    "会议强调，要推进基层治理。\n"
)


def production_env(**extra: str) -> dict[str, str]:
    env = dict(
        os.environ,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="archive.example.org",
        JZARCHIVE_CACHE_DIR=tempfile.gettempdir() + "/jzarchive-test-cache",
    )
    env.update(extra)
    # set by other tests in this process (browser tests); never part of a deployment
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


class ProductionSettingsTest(TestCase):
    def test_it_passes_the_deployment_checklist_with_production_variables(self) -> None:
        result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_it_refuses_to_start_in_production_without_a_secret_key(self) -> None:
        env = production_env()
        del env["DJANGO_SECRET_KEY"]
        result = manage("check", env=env)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("DJANGO_SECRET_KEY must be set", result.stderr)

    def test_it_sends_secure_cookies_hsts_and_csrf_in_production(self) -> None:
        code = (
            "from django.conf import settings as s; "
            "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
            "s.SECURE_HSTS_SECONDS >= 31536000, "
            "s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_HTTPONLY, s.ALLOWED_HOSTS, "
            "'django.middleware.csrf.CsrfViewMiddleware' in s.MIDDLEWARE, s.CACHES['default']['BACKEND'])"
        )
        result = manage("shell", "-c", code, env=production_env())
        self.assertEqual(
            result.stdout.strip().splitlines()[-1],
            "False True True True True True ['archive.example.org'] True "
            "django.core.cache.backends.filebased.FileBasedCache",
            result.stderr,
        )


class LoginThrottleTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.user = get_user_model().objects.create_user("curator", password=PASSWORD, is_staff=True)

    def setUp(self) -> None:
        cache.clear()
        self.addCleanup(cache.clear)

    def login(self, password: str, username: str = "curator", address: str = "10.0.0.1"):
        return self.client.post(
            reverse("admin:login"),
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR=address,
        )

    def assert_logged_in(self, response) -> None:
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.client.logout()

    @override_settings(JZARCHIVE_LOGIN_MAX_FAILURES=3, JZARCHIVE_LOGIN_LOCK_MINUTES=15)
    def test_it_locks_a_user_name_and_address_after_repeated_failures(self) -> None:
        for _ in range(2):
            response = self.login("wrong")
            self.assertEqual(response.status_code, 200)
            self.assertNotContains(response, "登录失败次数过多")
        response = self.login("wrong")
        self.assertContains(response, "登录失败次数过多，已暂时锁定，请 15 分钟后再试。")
        # locked: even the right password is refused, with the reason
        response = self.login(PASSWORD)
        self.assertContains(response, "登录失败次数过多")
        self.assertNotIn("_auth_user_id", self.client.session)
        # another address, or another user name from this address, is not locked
        self.assert_logged_in(self.login(PASSWORD, address="10.0.0.2"))
        self.assertNotContains(self.login("wrong", username="someone-else"), "登录失败次数过多")

    @override_settings(JZARCHIVE_LOGIN_MAX_FAILURES=3)
    def test_it_forgets_failures_after_a_successful_login(self) -> None:
        self.login("wrong")
        self.login("wrong")
        self.assert_logged_in(self.login(PASSWORD))
        self.login("wrong")
        self.login("wrong")
        self.assert_logged_in(self.login(PASSWORD))

    @override_settings(JZARCHIVE_LOGIN_MAX_FAILURES=2)
    def test_it_counts_user_names_whatever_their_case(self) -> None:
        self.login("wrong", username="CURATOR")
        response = self.login("wrong", username="Curator")
        self.assertContains(response, "登录失败次数过多")

    @override_settings(JZARCHIVE_LOGIN_MAX_FAILURES=2, JZARCHIVE_PROXY_COUNT=1)
    def test_it_uses_the_address_the_trusted_proxy_saw(self) -> None:
        def login(password: str, forwarded: str):
            return self.client.post(
                reverse("admin:login"),
                {"username": "curator", "password": password, "next": "/admin/"},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=forwarded,
            )

        login("wrong", "1.1.1.1, 203.0.113.9")
        # a client forging the left of the header is still the same address to us
        response = login("wrong", "8.8.8.8, 203.0.113.9")
        self.assertContains(response, "登录失败次数过多")
        self.assertRedirects(login(PASSWORD, "203.0.113.10"), "/admin/", fetch_redirect_response=False)


class UploadLimitTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.user = get_user_model().objects.create_superuser("boss", password=PASSWORD)

    def setUp(self) -> None:
        self.client.force_login(self.user)

    @override_settings(JZARCHIVE_MAX_UPLOAD_BYTES=10_000)
    def test_it_refuses_an_upload_over_the_limit_before_reading_it(self) -> None:
        roster = SimpleUploadedFile("roster.csv", ("name\n" + "张三\n" * 4000).encode(), "text/csv")
        response = self.client.post(
            reverse("admin:people_person_import"), {"format": "0", "resource": "0", "import_file": roster}
        )
        self.assertEqual(response.status_code, 413)
        self.assertIn("JZARCHIVE_MAX_UPLOAD_BYTES", response.content.decode())
        self.assertFalse(Person.objects.filter(name="张三").exists())

    @override_settings(JZARCHIVE_MAX_UPLOAD_BYTES=10_000)
    def test_it_accepts_a_roster_under_the_limit(self) -> None:
        roster = SimpleUploadedFile("roster.csv", "name,gender\n张三,男\n".encode(), "text/csv")
        response = self.client.post(
            reverse("admin:people_person_import"), {"format": "0", "resource": "0", "import_file": roster}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "张三")  # the preview

    def test_it_offers_only_csv_and_xlsx_for_imports(self) -> None:
        response = self.client.get(reverse("admin:people_person_import"))
        formats = response.context["form"].fields["format"].choices
        self.assertEqual(sorted(label.lower() for _, label in formats if label and _ != ""), ["csv", "xlsx"])


class EscapingTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        tmp = Path(tempfile.mkdtemp())
        try:
            (tmp / "evil.txt").write_text(EVIL_PAGE, encoding="utf-8")
            call_command("import_seeds", str(tmp), stdout=io.StringIO(), stderr=io.StringIO())
        finally:
            shutil.rmtree(tmp)
        cls.user = get_user_model().objects.create_superuser("boss", password=PASSWORD)

    def setUp(self) -> None:
        self.client.force_login(self.user)

    def assert_shown_as_text(self, url: str) -> None:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        html = response.content.decode()
        self.assertNotIn('<script>alert("', html, url)
        self.assertNotIn("<img src=x", html, url)
        self.assertIn("&lt;script&gt;alert(", html, url)

    def test_it_shows_script_tags_from_a_page_as_text_in_the_admin(self) -> None:
        page = Page.objects.get()
        self.assertIn('<script>alert("body")</script>', page.raw_text)  # stored verbatim
        article = Article.objects.filter(body__contains="<script>").first()
        self.assertIsNotNone(article)
        self.assert_shown_as_text(reverse("admin:articles_article_change", args=[article.pk]))
        self.assert_shown_as_text(reverse("admin:articles_page_change", args=[page.pk]))
        self.assert_shown_as_text(reverse("admin:articles_article_changelist") + "?q=script")
        mention = Mention.objects.filter(article=article).first()
        if mention is not None:
            self.assert_shown_as_text(reverse("admin:people_mention_change", args=[mention.pk]))


class FormValues(HTMLParser):
    """The values a browser would submit for the change form of an admin page."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[tuple[str, str]] = []
        self.textarea: str | None = None
        self.select: str | None = None
        self.in_form = False

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        if tag == "form" and a.get("id", "").endswith("_form"):
            self.in_form = True
        if not self.in_form or ("name" not in a and tag != "option"):
            return
        if tag == "input" and a.get("type") not in ("submit", "button", "file", "image"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.values.append((a["name"], a.get("value") or ""))
        elif tag == "textarea":
            self.textarea = a["name"]
            self.values.append((a["name"], ""))
        elif tag == "select":
            self.select = a["name"]
        elif tag == "option" and self.select and "selected" in a:
            self.values.append((self.select, a.get("value") or ""))

    def handle_data(self, data) -> None:
        if self.textarea:
            name, value = self.values[-1]
            self.values[-1] = (name, value + data)

    def handle_endtag(self, tag) -> None:
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.in_form = False


def form_values(html: str) -> dict[str, list[str]]:
    parser = FormValues()
    parser.feed(html)
    out: dict[str, list[str]] = {}
    for name, value in parser.values:
        out.setdefault(name, []).append(value.removeprefix("\n") if name else value)
    return out


class PermissionTest(TestCase):
    """Every admin changelist and add page, for anonymous users, viewers and curators."""

    @classmethod
    def setUpTestData(cls) -> None:
        tmp = Path(tempfile.mkdtemp())
        try:
            (tmp / "page.txt").write_text(EVIL_PAGE.replace("<script>", ""), encoding="utf-8")
            call_command("import_seeds", str(tmp), stdout=io.StringIO(), stderr=io.StringIO())
        finally:
            shutil.rmtree(tmp)
        User = get_user_model()
        cls.viewer = User.objects.create_user("viewer", password=PASSWORD, is_staff=True)
        cls.viewer.groups.add(Group.objects.get(name="viewers"))
        cls.curator = User.objects.create_user("curator", password=PASSWORD, is_staff=True)
        cls.curator.groups.add(Group.objects.get(name="curators"))
        cls.models = [m for m in admin.site._registry if m._meta.app_label in ("articles", "people")]

    def url(self, model, action: str, *args) -> str:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)

    def test_it_sends_anonymous_users_to_the_login_page(self) -> None:
        for model in admin.site._registry:
            for action in ("changelist", "add"):
                url = self.url(model, action)
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302, url)
                self.assertTrue(response["Location"].startswith("/admin/login/?next="), url)
            response = self.client.post(self.url(model, "add"), {"name": "x"})
            self.assertEqual(response.status_code, 302)
        self.assertFalse(Person.objects.filter(name="x").exists())

    def test_it_lets_viewers_see_every_archive_list_and_change_nothing(self) -> None:
        self.client.force_login(self.viewer)
        self.assertTrue(self.models)
        for model in self.models:
            with self.subTest(model._meta.model_name):
                self.assertEqual(self.client.get(self.url(model, "changelist")).status_code, 200)
                self.assertEqual(self.client.get(self.url(model, "add")).status_code, 403)
                self.assertEqual(self.client.post(self.url(model, "add"), {"name": "x"}).status_code, 403)
                obj = model.objects.order_by("pk").first()
                if obj is None:
                    continue
                change = self.url(model, "change", obj.pk)
                self.assertEqual(self.client.get(change).status_code, 200)  # read-only view
                self.assertEqual(self.client.post(change, {"name": "x"}).status_code, 403)
                self.assertEqual(self.client.get(self.url(model, "delete", obj.pk)).status_code, 403)
        self.assertEqual(self.client.get(reverse("admin:auth_user_changelist")).status_code, 403)
        self.assertFalse(Person.objects.filter(name="x").exists())

    def test_it_lets_curators_change_people_and_mentions(self) -> None:
        self.client.force_login(self.curator)
        for model in self.models:
            self.assertEqual(self.client.get(self.url(model, "changelist")).status_code, 200, model)
        person = Person.objects.order_by("pk").first()
        url = self.url(Person, "change", person.pk)
        data = form_values(self.client.get(url).content.decode())
        data["notes"] = ["馆员核对"]
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        person.refresh_from_db()
        self.assertEqual(person.notes, "馆员核对")

        mention = Mention.objects.order_by("pk").first()
        response = self.client.post(
            self.url(Mention, "changelist"), {"action": "confirm", "_selected_action": [mention.pk]}
        )
        self.assertEqual(response.status_code, 302)
        mention.refresh_from_db()
        self.assertEqual(mention.status, "confirmed")
        self.assertEqual(self.client.get(self.url(Person, "add")).status_code, 200)

    def test_it_never_lets_curators_delete_articles_or_pages(self) -> None:
        self.client.force_login(self.curator)
        article, page = Article.objects.first(), Page.objects.first()
        for model, obj in ((Article, article), (Page, page)):
            self.assertEqual(self.client.get(self.url(model, "delete", obj.pk)).status_code, 403)
            self.assertEqual(
                self.client.post(self.url(model, "delete", obj.pk), {"post": "yes"}).status_code, 403
            )
            self.assertEqual(self.client.get(self.url(model, "add")).status_code, 403)
        response = self.client.post(
            self.url(Article, "changelist"), {"action": "delete_selected", "_selected_action": [article.pk]}
        )
        self.assertIn(response.status_code, (200, 302, 403))
        self.assertTrue(Article.objects.filter(pk=article.pk).exists())
        self.assertTrue(Page.objects.filter(pk=page.pk).exists())
