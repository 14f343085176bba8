"""What operators feed the importer besides clean UTF-8 pages: other encodings, other line ends,
damaged bytes, files that are not pages, paths that cannot be read, new versions of known pages.

Each case runs the real `import_seeds` command and checks what an operator sees: the message (which
names the file and the reason), the counts, the import log (ImportRun / ImportFile) and the exit
status (CommandError, exit status 1). tests/test_import_seeds.py::BadInputTest covers the first few
(an empty and a binary file among good ones, a missing path, an oversized file, a dry run, the same
bytes under another name); this file covers the rest.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase

from articles.models import Article, Credit, ImportFile, ImportRun, Page
from people.models import Mention, Person

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_6e573eb3e4a04526.txt"

# A short page of two stories, small enough that each import takes a fraction of a second.
PAGE = """市委召开常委会议

本报讯（记者孔维舟 通讯员钱若兰）4月10日，市委召开常委会议。市委书记程立远主持会议并讲话。市长方明川出席。

会议强调，要推进基层治理。①5

高新区优化营商环境

本报讯（记者赵文涛）昨日，记者从高新区获悉，该区推出“智能帮办代办”服务。
"""


def stories(page: Page) -> list[tuple]:
    return [
        (a.headline, a.body, tuple(a.credits.values_list("role", "name")))
        for a in page.articles.order_by("n")
    ]


class ImportCase(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def write(self, name: str, data: bytes) -> Path:
        path = self.tmp / name
        path.write_bytes(data)
        return path

    def run_import(self, *paths: Path | str) -> tuple[str, str]:
        """(stdout, stderr) of a run that must succeed."""
        out, err = io.StringIO(), io.StringIO()
        call_command("import_seeds", *map(str, paths), stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def run_failing(self, *paths: Path | str, failed: int, total: int) -> tuple[str, str]:
        """(stdout, stderr) of a run where `failed` of `total` files fail: the command exits 1."""
        out, err = io.StringIO(), io.StringIO()
        with self.assertRaisesMessage(CommandError, f"{failed} of {total} files failed"):
            call_command("import_seeds", *map(str, paths), stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def logged(self, name: str) -> ImportFile:
        return ImportFile.objects.filter(path__endswith=name).latest("id")


class EncodingTest(ImportCase):
    def test_it_imports_every_supported_encoding_with_the_same_text(self) -> None:
        variants = {
            "utf8.txt": (PAGE.encode("utf-8"), "utf-8"),
            "utf8-bom.txt": (PAGE.encode("utf-8-sig"), "utf-8-sig"),
            "utf16-le-bom.txt": (b"\xff\xfe" + PAGE.encode("utf-16-le"), "utf-16"),
            "utf16-be-bom.txt": (b"\xfe\xff" + PAGE.encode("utf-16-be"), "utf-16"),
            "gbk.txt": (PAGE.encode("gbk"), "gb18030"),
            "gb18030.txt": ((PAGE + "㐀䶵").encode("gb18030"), "gb18030"),  # beyond GBK
        }
        for name, (data, _) in variants.items():
            self.write(name, data)
        out, _ = self.run_import(self.tmp)
        self.assertIn("pages: 6 new, 0 updated, 0 unchanged, 0 failed", out)
        reference = stories(Page.objects.get(source_name="utf8.txt"))
        self.assertEqual(len(reference), 2)
        self.assertEqual(reference[0][2], (("reporter", "孔维舟"), ("correspondent", "钱若兰")))
        for name, (_, encoding) in variants.items():
            page = Page.objects.get(source_name=name)
            with self.subTest(name):
                self.assertEqual(page.encoding, encoding)
                self.assertEqual(page.raw_text.removesuffix("㐀䶵"), PAGE)  # no BOM, no mojibake
                self.assertEqual(page.warnings, [])
                if name != "gb18030.txt":
                    self.assertEqual(stories(page), reference)
        self.assertEqual(ImportFile.objects.filter(outcome="new").count(), 6)

    def test_it_reads_crlf_and_mixed_line_ends_like_lf(self) -> None:
        self.write("lf.txt", PAGE.encode())
        self.write("crlf.txt", PAGE.replace("\n", "\r\n").encode())
        mixed = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(PAGE.split("\n")))
        self.write("mixed.txt", mixed.encode("gb18030"))
        out, _ = self.run_import(self.tmp)
        self.assertIn("3 new", out)
        reference = stories(Page.objects.get(source_name="lf.txt"))
        for name in ("crlf.txt", "mixed.txt"):
            page = Page.objects.get(source_name=name)
            self.assertEqual(stories(page), reference, name)
            self.assertNotIn("\r", "".join(a.body + a.headline for a in page.articles.all()))
        # the raw text is kept as it was, line ends included
        self.assertIn("\r\n", Page.objects.get(source_name="crlf.txt").raw_text)

    def test_it_reads_full_width_and_half_width_mixes(self) -> None:
        half = PAGE.replace("（", "(").replace("）", ")").replace("，", ",").replace("4月10日", "４月１０日")
        self.write("full.txt", PAGE.encode())
        self.write("half.txt", half.encode())
        self.run_import(self.tmp)
        full_page, half_page = (Page.objects.get(source_name=n) for n in ("full.txt", "half.txt"))
        # the same stories, headlines and bylines whatever the width of brackets, commas and digits
        self.assertEqual(
            [(h, c) for h, _, c in stories(half_page)], [(h, c) for h, _, c in stories(full_page)]
        )
        self.assertEqual(
            set(Credit.objects.filter(article__page=half_page).values_list("name", flat=True)),
            {"孔维舟", "钱若兰", "赵文涛"},
        )
        self.assertIn("４月１０日", half_page.raw_text)  # raw text verbatim

    def test_it_imports_a_page_with_a_few_undecodable_bytes_and_says_so(self) -> None:
        for name, data in (
            ("damaged-utf8.txt", SEED.read_bytes()),
            ("damaged-gb.txt", SEED.read_text(encoding="utf-8").encode("gb18030")),
        ):
            at = data.index("本报讯".encode("utf-8" if "utf8" in name else "gb18030"))
            self.write(name, data[:at] + b"\xff" + data[at:])
        out, _ = self.run_import(self.tmp)
        self.assertIn("pages: 2 new, 0 updated, 0 unchanged, 0 failed", out)
        for name in ("damaged-utf8.txt", "damaged-gb.txt"):
            page = Page.objects.get(source_name=name)
            self.assertIn("\ufffd", page.raw_text)
            self.assertTrue(any("undecodable" in w for w in page.warnings), page.warnings)
            self.assertGreater(page.articles.count(), 3)
            self.assertIn(f"new: {self.tmp / name}: ", out)  # the warning is shown, with the file
            self.assertIn("undecodable", self.logged(name).message)
        utf8 = Page.objects.get(source_name="damaged-utf8.txt")
        self.assertEqual(utf8.encoding, "utf-8")
        seed = SEED.read_text(encoding="utf-8")
        self.assertEqual(utf8.raw_text.replace("\ufffd", ""), seed)  # one bad byte, no mojibake

    def test_it_refuses_a_page_that_is_mostly_undecodable(self) -> None:
        data = PAGE.encode("utf-8")
        self.write("garbled.txt", b"\xff\xfe\xfd".join(data[i : i + 9] for i in range(0, len(data), 9)))
        _, err = self.run_failing(self.tmp, failed=1, total=1)
        self.assertIn("garbled.txt", err)
        self.assertIn("cannot decode", err)


class NotAPageTest(ImportCase):
    def assert_refused(self, name: str, data: bytes, reason: str) -> None:
        self.write(name, data)
        _, err = self.run_failing(self.tmp / name, failed=1, total=1)
        self.assertIn(f"failed: {self.tmp / name}: ", err)
        self.assertIn(reason, err)
        log = self.logged(name)
        self.assertEqual(log.outcome, "failed")
        self.assertIn(reason, log.message)
        self.assertFalse(Page.objects.exists())
        self.assertEqual(ImportRun.objects.latest("id").pages_failed, 1)

    def test_it_refuses_a_png_named_txt(self) -> None:
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8
        self.assert_refused("scan.txt", png, "binary file")

    def test_it_refuses_a_pdf_named_txt(self) -> None:
        pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 /Filter /FlateDecode >>\nstream\n"
        pdf += bytes((i * 37) % 256 for i in range(4000))
        self.assert_refused("page.txt", pdf, "binary file")

    def test_it_refuses_utf16_without_a_bom(self) -> None:
        self.assert_refused("utf16.txt", PAGE.encode("utf-16-le"), "binary file")

    def test_it_refuses_an_empty_file(self) -> None:
        self.assert_refused("empty.txt", b"", "empty file")

    def test_it_refuses_a_file_of_ideographic_spaces_and_line_ends(self) -> None:
        self.assert_refused("blank.txt", "\u3000\u3000\r\n\t \n\u3000".encode(), "no text")

    def test_it_refuses_a_bom_and_nothing_else(self) -> None:
        self.assert_refused("bom.txt", b"\xef\xbb\xbf", "no text")

    def test_it_refuses_a_file_one_byte_over_the_limit_and_takes_one_at_the_limit(self) -> None:
        data = PAGE.encode()
        self.write("at-limit.txt", data)
        self.write("over-limit.txt", data + b"\n")
        with self.settings(JZARCHIVE_MAX_PAGE_BYTES=len(data)):
            out, err = self.run_failing(self.tmp, failed=1, total=2)
        self.assertIn("1 new", out)
        self.assertIn(
            f"over-limit.txt: file is {len(data) + 1:,} bytes, over the {len(data):,}-byte limit", err
        )
        self.assertIn("JZARCHIVE_MAX_PAGE_BYTES", self.logged("over-limit.txt").message)
        self.assertEqual(list(Page.objects.values_list("source_name", flat=True)), ["at-limit.txt"])


@contextlib.contextmanager
def as_unprivileged_user():
    """Root reads any file whatever its mode: drop to `nobody` for the time of the import."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


class UnreadablePathTest(ImportCase):
    def test_it_names_a_file_it_may_not_read(self) -> None:
        self.tmp.chmod(0o755)
        self.write("good.txt", PAGE.encode())
        secret = self.write("secret.txt", PAGE.encode() + b"\n")
        secret.chmod(0)
        with as_unprivileged_user():
            out, err = self.run_failing(self.tmp / "good.txt", secret, failed=1, total=2)
        self.assertIn("1 new", out)
        self.assertIn(f"{secret}: cannot read: Permission denied", err)
        self.assertEqual(self.logged("secret.txt").outcome, "failed")

    def test_it_refuses_a_fifo_instead_of_waiting_for_it(self) -> None:
        fifo = self.tmp / "pipe.txt"
        os.mkfifo(fifo)
        _, err = self.run_failing(fifo, failed=1, total=1)
        self.assertIn(f"{fifo}: not a regular file", err)

    def test_it_names_a_broken_symbolic_link(self) -> None:
        link = self.tmp / "link.txt"
        link.symlink_to(self.tmp / "gone.txt")
        _, err = self.run_failing(link, failed=1, total=1)
        self.assertIn(f"{link}: broken symbolic link", err)

    def test_it_names_a_path_too_long_for_the_system(self) -> None:
        path = self.tmp / ("版" * 200 + ".txt")
        _, err = self.run_failing(path, failed=1, total=1)
        self.assertIn("cannot read: File name too long", err)
        self.assertEqual(self.logged(".txt").outcome, "failed")


class KnownPagesTest(ImportCase):
    def test_it_recognises_the_same_bytes_twice_in_one_run(self) -> None:
        self.write("a.txt", PAGE.encode())
        self.write("b.txt", PAGE.encode())
        out, _ = self.run_import(self.tmp)
        self.assertIn("pages: 1 new, 0 updated, 1 unchanged, 0 failed", out)
        self.assertIn("b.txt: same content as a.txt, already imported", out)
        self.assertEqual(Page.objects.count(), 1)
        self.assertEqual(ImportFile.objects.get(path__endswith="b.txt").outcome, "unchanged")

    def test_it_rereads_a_page_saved_in_another_encoding_without_duplicating(self) -> None:
        page_file = self.write("2025-04-11_A01.txt", PAGE.encode("utf-8"))
        self.run_import(page_file)
        counts = (
            Article.objects.count(),
            Credit.objects.count(),
            Mention.objects.count(),
            Person.objects.count(),
        )
        mention = Mention.objects.filter(type="person").order_by("id").first()
        mention.status = "confirmed"
        mention.save()

        page_file.write_bytes(PAGE.replace("\n", "\r\n").encode("gb18030"))  # new bytes, same text
        out, _ = self.run_import(page_file)
        self.assertIn("pages: 0 new, 1 updated, 0 unchanged, 0 failed", out)
        page = Page.objects.get()
        self.assertEqual(page.encoding, "gb18030")
        self.assertEqual(
            (
                Article.objects.count(),
                Credit.objects.count(),
                Mention.objects.count(),
                Person.objects.count(),
            ),
            counts,
        )
        self.assertEqual(Mention.objects.get(pk=mention.pk).status, "confirmed")
        self.assertEqual(ImportRun.objects.latest("id").pages_updated, 1)

    def test_it_rereads_a_shorter_version_and_drops_the_story_that_went(self) -> None:
        page_file = self.write("page.txt", PAGE.encode())
        self.run_import(page_file)
        self.assertEqual(Article.objects.count(), 2)
        page_file.write_text(PAGE.split("高新区优化营商环境")[0], encoding="utf-8")
        out, _ = self.run_import(page_file)
        self.assertIn("1 updated", out)
        self.assertEqual(list(Article.objects.values_list("headline", flat=True)), ["市委召开常委会议"])
        self.assertFalse(Credit.objects.filter(name="赵文涛").exists())
        self.assertEqual(Page.objects.count(), 1)

    def test_it_logs_every_outcome_of_a_mixed_run(self) -> None:
        self.write("a.txt", PAGE.encode())
        self.run_import(self.tmp / "a.txt")
        (self.tmp / "a.txt").write_text(PAGE + "更正。\n", encoding="utf-8")  # a new version
        self.write("b.txt", (PAGE + "更正。\n").encode())  # the same bytes as the new a.txt
        self.write("c.txt", PAGE.encode("gb18030") + "附记。\n".encode("gb18030"))
        self.write("d.txt", b"")
        out, err = self.run_failing(self.tmp, self.tmp / "missing.txt", failed=2, total=5)
        self.assertIn("pages: 1 new, 1 updated, 1 unchanged, 2 failed", out)
        run = ImportRun.objects.latest("id")
        self.assertEqual(
            (run.pages_new, run.pages_updated, run.pages_unchanged, run.pages_failed), (1, 1, 1, 2)
        )
        self.assertIsNotNone(run.finished_at)
        outcomes = {Path(f.path).name: f.outcome for f in run.files.all()}
        self.assertEqual(
            outcomes,
            {
                "a.txt": "updated",
                "b.txt": "unchanged",
                "c.txt": "new",
                "d.txt": "failed",
                "missing.txt": "failed",
            },
        )
        self.assertIn("d.txt: empty file", err)
        self.assertIn("missing.txt: no such file or folder", err)
