"""The real import command on the five real seed pages: stored, idempotent, exported by contract."""

from __future__ import annotations

import io
import json
import shutil
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.core.management.base import OutputWrapper
from django.test import SimpleTestCase, TestCase

from articles.management.commands.import_seeds import Progress
from articles.models import Article, Credit, ImportFile, ImportRun, Page
from articles.services.export import FIELDS
from articles.services.importer import FileOutcome
from people.models import Mention, Person

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def export(fmt: str = "jsonl") -> str:
    return run("export_articles", "--format", fmt)


class ImportSeedsTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.first_output = run("import_seeds", str(SEEDS))

    def test_it_stores_every_seed_page_byte_for_byte(self) -> None:
        self.assertEqual(Page.objects.count(), 5)
        for page in Page.objects.all():
            data = (SEEDS / page.source_name).read_bytes()
            self.assertEqual(page.raw_text, data.decode("utf-8-sig"))
        self.assertIn("pages: 5 new, 0 updated, 0 unchanged, 0 failed", self.first_output)

    def test_it_splits_pages_into_articles_with_spans_inside_the_page(self) -> None:
        for page in Page.objects.prefetch_related("articles"):
            articles = list(page.articles.all())
            self.assertGreaterEqual(len(articles), 3, page.source_name)
            self.assertEqual([a.n for a in articles], list(range(1, len(articles) + 1)))
            for a in articles:
                self.assertTrue(0 <= a.start <= a.end <= len(page.raw_text))
                self.assertTrue(a.body.strip())

    def test_it_reads_bylines_into_credits_not_persons(self) -> None:
        self.assertTrue(Credit.objects.filter(role="reporter").exists())
        reporters = set(Credit.objects.values_list("name", flat=True))
        for line in export().splitlines():
            record = json.loads(line)
            names = {p["name"] for p in record["persons"]}
            bylined = set(record["reporters"] + record["photographers"])
            self.assertFalse(names & bylined, record["headline"])
        self.assertTrue(all(1 < len(n) <= 4 for n in reporters), reporters)

    def test_it_finds_people_and_logs_the_run(self) -> None:
        self.assertGreater(Person.objects.count(), 10)
        self.assertGreater(Mention.objects.filter(type="person").count(), 10)
        run_ = ImportRun.objects.get()
        self.assertEqual((run_.pages_new, run_.pages_failed), (5, 0))
        self.assertEqual(ImportFile.objects.filter(run=run_, outcome="new").count(), 5)

    def test_it_changes_nothing_on_a_second_run(self) -> None:
        before = export()
        counts = (Article.objects.count(), Person.objects.count(), Mention.objects.count())
        output = run("import_seeds", str(SEEDS))
        self.assertIn("pages: 0 new, 0 updated, 5 unchanged, 0 failed", output)
        self.assertIn("nothing changed", output)
        self.assertEqual(export(), before)
        self.assertEqual((Article.objects.count(), Person.objects.count(), Mention.objects.count()), counts)

    def test_it_exports_valid_jsonl_with_every_contract_key(self) -> None:
        lines = export("jsonl").splitlines()
        self.assertEqual(len(lines), Article.objects.count())
        for line in lines:
            record = json.loads(line)
            self.assertEqual(tuple(record), FIELDS)
            self.assertIsInstance(record["n"], int)
            for key in ("reporters", "trainee_reporters", "correspondents", "photographers"):
                self.assertIsInstance(record[key], list)
            for person in record["persons"]:
                self.assertEqual(set(person), {"name", "titles"})
            for event in record["events"]:
                self.assertEqual(set(event), {"name", "type", "date", "location", "participants"})

    def test_it_exports_json_and_csv_with_the_same_records(self) -> None:
        as_jsonl = [json.loads(line) for line in export("jsonl").splitlines()]
        self.assertEqual(json.loads(export("json")), as_jsonl)
        import csv

        rows = list(csv.DictReader(io.StringIO(export("csv"))))
        self.assertEqual(len(rows), len(as_jsonl))
        self.assertEqual(json.loads(rows[0]["persons"]), as_jsonl[0]["persons"])

    def test_it_writes_the_export_to_a_file(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "out.jsonl"
            call_command(
                "export_articles", "--format", "jsonl", "--output", str(target), stderr=io.StringIO()
            )
            self.assertEqual(target.read_text(encoding="utf-8"), export("jsonl"))
            self.assertEqual(sorted(p.name for p in Path(tmp).iterdir()), ["out.jsonl"])


class BadInputTest(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)

    def test_it_refuses_a_group_or_worker_count_below_one_and_writes_nothing(self) -> None:
        for option in ("--group", "--workers"):
            with self.assertRaisesMessage(CommandError, f"{option} must be at least 1, not 0"):
                call_command("import_seeds", option, "0", str(SEEDS), stdout=io.StringIO())
        self.assertFalse(Page.objects.exists())
        self.assertFalse(ImportRun.objects.exists())

    def test_it_imports_the_good_files_and_fails_on_the_bad_one(self) -> None:
        shutil.copy(SEEDS / "000_6e573eb3e4a04526.txt", self.tmp / "good.txt")
        (self.tmp / "empty.txt").write_bytes(b"  \n\n ")
        (self.tmp / "binary.txt").write_bytes(bytes(range(256)) * 4)
        err = io.StringIO()
        with self.assertRaisesMessage(CommandError, "2 of 3 files failed"):
            call_command("import_seeds", str(self.tmp), stdout=io.StringIO(), stderr=err)
        self.assertEqual(list(Page.objects.values_list("source_name", flat=True)), ["good.txt"])
        self.assertIn("empty.txt", err.getvalue())
        self.assertIn("binary.txt", err.getvalue())
        failed = ImportFile.objects.filter(outcome="failed")
        self.assertEqual(failed.count(), 2)
        self.assertTrue(all(f.message for f in failed))

    def test_it_names_a_missing_path(self) -> None:
        err = io.StringIO()
        with self.assertRaises(CommandError):
            call_command("import_seeds", str(self.tmp / "nope.txt"), stdout=io.StringIO(), stderr=err)
        self.assertIn("nope.txt: no such file", err.getvalue())

    def test_it_refuses_an_oversized_file(self) -> None:
        (self.tmp / "big.txt").write_text("很长的版面。\n" * 100, encoding="utf-8")
        err = io.StringIO()
        with self.settings(JZARCHIVE_MAX_PAGE_BYTES=100), self.assertRaises(CommandError):
            call_command("import_seeds", str(self.tmp), stdout=io.StringIO(), stderr=err)
        self.assertIn("big.txt", err.getvalue())
        self.assertIn("limit", err.getvalue())
        self.assertFalse(Page.objects.exists())

    def test_it_writes_nothing_on_a_dry_run(self) -> None:
        output = run("import_seeds", "--dry-run", str(SEEDS))
        self.assertIn("dry run, nothing written: pages: 5 new", output)
        self.assertFalse(Page.objects.exists())
        self.assertFalse(Person.objects.exists())
        self.assertFalse(ImportRun.objects.exists())

    def test_it_recognises_the_same_content_under_another_name(self) -> None:
        shutil.copy(SEEDS / "000_6e573eb3e4a04526.txt", self.tmp / "a.txt")
        run("import_seeds", str(self.tmp / "a.txt"))
        shutil.copy(SEEDS / "000_6e573eb3e4a04526.txt", self.tmp / "b.txt")
        output = run("import_seeds", str(self.tmp / "b.txt"))
        self.assertIn("1 unchanged", output)
        self.assertIn("same content as a.txt", output)
        self.assertEqual(Page.objects.count(), 1)


class RereadKeepsCurationTest(TestCase):
    """A new version of a page under the same name replaces machine output, never curators' work."""

    def test_it_keeps_confirmed_and_rejected_mentions_and_locked_fields(self) -> None:
        tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, tmp)
        page_file = tmp / "page.txt"
        shutil.copy(SEEDS / "000_6e573eb3e4a04526.txt", page_file)
        run("import_seeds", str(page_file))
        persons = Mention.objects.filter(type="person").order_by("id")
        confirmed = persons[0]
        rejected = persons.exclude(surface=confirmed.surface)[0]
        confirmed.status, rejected.status = "confirmed", "rejected"
        confirmed.save()
        rejected.save()
        article = Article.objects.get(pk=confirmed.article_id)
        article.headline = "馆员改过的标题"
        article.locked_fields = ["headline"]
        article.save()

        # a corrected version of the same page: one more paragraph at the end
        page_file.write_text(page_file.read_text(encoding="utf-8") + "\n\n本版编辑补记。\n", encoding="utf-8")
        output = run("import_seeds", str(page_file))
        self.assertIn("1 updated", output)
        self.assertEqual(Page.objects.count(), 1)
        self.assertEqual(Mention.objects.get(pk=confirmed.pk).status, "confirmed")
        self.assertEqual(Mention.objects.get(pk=rejected.pk).status, "rejected")
        # the rejected surface is not proposed again by the machine in that article
        self.assertFalse(
            Mention.objects.filter(
                article_id=rejected.article_id, surface=rejected.surface, type="person", status="machine"
            ).exists()
        )
        self.assertEqual(Article.objects.get(pk=article.pk).headline, "馆员改过的标题")
        exported = [json.loads(line) for line in export().splitlines()]
        self.assertNotIn(rejected.surface, {p["name"] for r in exported for p in r["persons"]})


class Clock:
    """A clock the test moves by hand (Progress takes its clock as a parameter)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def outcome(i: int, failed: bool = False) -> FileOutcome:
    return FileOutcome(f"/backlog/{i:06d}.txt", "failed" if failed else "new")


class ProgressTest(SimpleTestCase):
    """An operator follows a backlog of hours: its log says how far it is, how fast it goes and
    how long is left; a terminal shows the same in a bar."""

    def test_a_log_gets_a_line_every_interval_and_one_at_the_end(self) -> None:
        log, clock = io.StringIO(), Clock()
        progress = Progress(OutputWrapper(log), every=30, clock=clock)
        for i in range(1, 601):
            clock.now += 0.125  # 8 files a second
            progress(i, 600, outcome(i, failed=i in (7, 400)))
        lines = log.getvalue().splitlines()
        self.assertEqual(len(lines), 3)  # at 30 s, 60 s, and the end (75 s)
        self.assertEqual(
            lines[0], "import: 240 of 600 files (40.0 %), 8.0 files/s, 0:30 so far, 0:45 left, 1 failed"
        )
        self.assertEqual(lines[-1], "import: 600 of 600 files (100.0 %), 8.0 files/s, 1:15 so far, 2 failed")

    def test_hours_left_are_written_as_hours(self) -> None:
        log, clock = io.StringIO(), Clock()
        progress = Progress(OutputWrapper(log), every=30, clock=clock)
        clock.now += 40
        progress(1000, 300_000, outcome(1000))
        self.assertIn(
            "1,000 of 300,000 files (0.3 %), 25.0 files/s, 0:40 so far, 3:19:20 left", log.getvalue()
        )

    def test_a_terminal_gets_a_bar_redrawn_in_place(self) -> None:
        screen, clock = Terminal(), Clock()
        progress = Progress(OutputWrapper(screen), every=30, clock=clock)
        for i in range(1, 5):
            clock.now += 2
            progress(i, 4, outcome(i))
        text = screen.getvalue()
        self.assertEqual(text.count("\r"), 4)
        self.assertEqual(text.count("\n"), 1)  # the bar ends its line once, at the end
        self.assertIn("[###############...............] 2/4 0.5/s, 0:04 left", text)
        self.assertTrue(text.rstrip().endswith("000004.txt"))
        self.assertNotIn("\x1b[", text)  # plain text, not the error colour of stderr
