"""The real command in real processes against a real database (not the test transaction).

- Killing an import with SIGKILL after its first page is committed, then running it again, gives
  exactly what one clean run gives: no duplicate, no half-imported page.
- Two imports of the same files at once (PostgreSQL) both finish, without duplicates or errors.
- The exit status says whether a file failed.

Each test works on a database of its own, cloned from one migrated here: a file next to the test
on SQLite, a database named jzrobust_<pid>_<label> on the PostgreSQL server of DATABASE_URL.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TABLES = (
    "articles_page",
    "articles_article",
    "articles_credit",
    "people_mention",
    "people_person",
    "people_organisation",
    "people_event",
    "people_tenure",
)


def is_postgresql() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


class RealDatabase:
    """A database outside the test transaction, that subprocesses and the test both see."""

    def __init__(self, label: str, tmp: Path, template: RealDatabase | None = None) -> None:
        self.label = label
        if is_postgresql():
            import psycopg

            cfg = settings.DATABASES["default"]
            self.conninfo = {
                "host": cfg.get("HOST") or "127.0.0.1",
                "port": cfg.get("PORT") or 5432,
                "user": cfg.get("USER") or "postgres",
                "password": cfg.get("PASSWORD") or None,
            }
            self.name = f"jzrobust_{os.getpid()}_{label}"
            with psycopg.connect(dbname="postgres", autocommit=True, **self.conninfo) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
                extra = f' TEMPLATE "{template.name}"' if template else ""
                conn.execute(f'CREATE DATABASE "{self.name}"{extra}')
            info = self.conninfo
            auth = info["user"] + (f":{info['password']}" if info["password"] else "")
            self.url = f"postgres://{auth}@{info['host']}:{info['port']}/{self.name}"
        else:
            self.path = tmp / f"{label}.sqlite3"
            if template:
                shutil.copy(template.path, self.path)
            self.url = f"sqlite:///{self.path}"

    def env(self) -> dict[str, str]:
        env = dict(os.environ, DATABASE_URL=self.url, DJANGO_DEBUG="1", PYTHONUNBUFFERED="1")
        env.pop("DJANGO_SECRET_KEY", None)
        return env

    def query(self, sql: str) -> list[tuple]:
        if is_postgresql():
            import psycopg

            with psycopg.connect(dbname=self.name, autocommit=True, **self.conninfo) as conn:
                return conn.execute(sql).fetchall()
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def count(self, table: str) -> int:
        return self.query(f"SELECT count(*) FROM {table}")[0][0]

    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in TABLES}

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
        return result

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def export(self) -> str:
        return self.manage("export_articles", "--format", "jsonl").stdout

    def drop(self) -> None:
        if is_postgresql():
            import psycopg

            with psycopg.connect(dbname="postgres", autocommit=True, **self.conninfo) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class RealProcessTest(SimpleTestCase):
    """One migrated database and one clean import of the seed pages, cloned for every test."""

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.tmp = Path(tempfile.mkdtemp(prefix="jzrobust-"))
        cls.pages = cls.tmp / "pages"
        shutil.copytree(SEEDS, cls.pages)
        cls.databases_made: list[RealDatabase] = []
        cls.template = cls.database("template")
        cls.template.manage("migrate", "--noinput", "-v0")
        cls.clean = cls.database("clean", template=cls.template)
        cls.clean.manage("import_seeds", str(cls.pages))
        cls.clean_counts = cls.clean.counts()
        cls.clean_export = cls.clean.export()

    @classmethod
    def tearDownClass(cls) -> None:
        for db in cls.databases_made:
            db.drop()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        super().tearDownClass()

    @classmethod
    def database(cls, label: str, template: RealDatabase | None = None) -> RealDatabase:
        db = RealDatabase(label, cls.tmp, template)
        cls.databases_made.append(db)
        return db

    def test_it_leaves_no_duplicate_and_no_half_page_after_a_sigkill(self) -> None:
        self.kill_and_rerun("killed")

    def test_a_backlog_committed_in_groups_of_pages_is_as_safe(self) -> None:
        # a backlog commits several whole pages a transaction (--group): killed between commits,
        # each page present is whole and the rerun ends with the clean run's archive
        self.kill_and_rerun("killed_grouped", "--group", "2")

    def kill_and_rerun(self, label: str, *options: str) -> None:
        db = self.database(label, template=self.template)
        proc = db.start("import_seeds", *options, str(self.pages))
        deadline = time.monotonic() + 120
        committed = 0
        while time.monotonic() < deadline and proc.poll() is None:
            committed = db.count("articles_page")
            if committed >= 1:
                break
            time.sleep(0.02)
        self.assertIsNone(proc.poll(), "the import finished before a page was seen: nothing was killed")
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, -signal.SIGKILL)

        pages = db.count("articles_page")
        self.assertGreaterEqual(pages, 1)
        self.assertLess(pages, 5, "the import was not interrupted mid-way")
        # every page that is there is whole: its articles and its line of the import log
        half = db.query(
            "SELECT p.source_name FROM articles_page p WHERE NOT EXISTS "
            "(SELECT 1 FROM articles_article a WHERE a.page_id = p.id) OR NOT EXISTS "
            "(SELECT 1 FROM articles_importfile f WHERE f.page_id_value = p.id)"
        )
        self.assertEqual(half, [])
        # the killed run is in the log, unfinished
        self.assertEqual(
            db.query("SELECT count(*) FROM articles_importrun WHERE finished_at IS NULL"), [(1,)]
        )

        rerun = db.manage("import_seeds", *options, str(self.pages))
        self.assertIn(f"pages: {5 - pages} new, 0 updated, {pages} unchanged, 0 failed", rerun.stdout)
        self.assertEqual(db.counts(), self.clean_counts)
        self.assertEqual(db.export(), self.clean_export)

    def test_it_runs_two_imports_at_once_without_duplicates_or_errors(self) -> None:
        if not is_postgresql():
            self.skipTest(
                "concurrent imports are a PostgreSQL matter: SQLite has a single writer "
                "(run the suite with DATABASE_URL=postgres://... to test them)"
            )
        db = self.database("concurrent", template=self.template)
        procs = [db.start("import_seeds", str(self.pages)) for _ in range(2)]
        outputs = [p.communicate(timeout=300) for p in procs]
        for proc, (out, err) in zip(procs, outputs, strict=True):
            self.assertEqual(proc.returncode, 0, f"{out}\n{err}")
            self.assertNotIn("deadlock", err.lower())
            self.assertIn("0 failed", out)
        # between them they imported each page exactly once
        news = [int(out.split("pages: ")[1].split(" new")[0]) for out, _ in outputs]
        self.assertEqual(sum(news), 5, outputs)
        self.assertEqual(db.counts(), self.clean_counts)
        duplicates = db.query("SELECT name FROM people_person GROUP BY name HAVING count(*) > 1")
        self.assertEqual(duplicates, [])
        self.assertEqual(db.export(), self.clean_export)
        self.assertEqual(
            db.query("SELECT count(*) FROM articles_importrun WHERE finished_at IS NULL"), [(0,)]
        )

    def test_it_exits_non_zero_when_a_file_fails_and_zero_otherwise(self) -> None:
        db = self.database("status", template=self.template)
        bad = self.tmp / "bad"
        bad.mkdir()
        (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
        failed = db.manage("import_seeds", str(bad), check=False)
        self.assertEqual(failed.returncode, 1)
        self.assertIn("binary.txt", failed.stderr)
        self.assertIn("1 of 1 files failed", failed.stderr)
        self.assertEqual(
            db.query("SELECT outcome FROM articles_importfile WHERE path LIKE '%binary.txt'"), [("failed",)]
        )
        ok = db.manage("import_seeds", str(self.pages / "000_6e573eb3e4a04526.txt"), check=False)
        self.assertEqual(ok.returncode, 0, ok.stderr)
