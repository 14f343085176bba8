"""Property tests of the whole pipeline on random and mutated pages.

    bytes -> articles.reading.read_page -> per article people.extraction.extract -> (database)

For any bytes: read_page returns a page or raises PageError (never anything else); articles are
numbered 1..n with spans inside the page; the extractor never fails on what the reader gives it, its
spans point at the text they name, and both are deterministic. The import of a mutated page either
stores it whole or fails that one file with a message: never a database error.

The suite runs a short profile. A longer run (thousands of pages, a few minutes):

    HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest tests/test_fuzz.py      # or scripts/fuzz.sh
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from articles.models import ImportFile, Page
from articles.reading import PageError, ParsedPage, read_page
from articles.reading.types import article_text
from people.extraction import ORGANISATION, extract

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8-sig") for p in SEEDS]
KINDS = {"news", "xinhua", "feature", "photo", "notice", "column", "continuation", "brief", "other"}

_common = {"deadline": None, "suppress_health_check": list(HealthCheck)}
settings.register_profile("jz-ci", max_examples=int(os.environ.get("JZ_FUZZ_EXAMPLES", "25")), **_common)
settings.register_profile(
    "jz-fuzz",
    max_examples=int(os.environ.get("JZ_FUZZ_EXAMPLES", "3000")),
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    **_common,
)
# HYPOTHESIS_PROFILE=fuzz selects the long run for this file only (other files keep their settings)
PROFILE = settings.get_profile("jz-fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "jz-ci")
LONG = PROFILE.max_examples > 100

# page furniture, so that random text goes through the interesting paths of the reader
PIECES = [
    "本报讯（记者孔维舟 通讯员钱若兰）",
    "本报讯(记者赵文涛)",
    "新华社北京4月10日电 ",
    "本报记者 李 亦博",
    "（上接A01版）",
    "（下转A04版）",
    "①5",
    "# ",
    "## ",
    "公告",
    "4月10日，",
    "２０２５年４月１１日",
    "市委书记程立远主持会议并讲话。",
    "焦作市人大常委会召开会议",
    "——副题",
    "<script>alert(1)</script>",
    "\u3000",
    "\ufeff",
    "\ufffd",
    "。",
    "，",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
]


@st.composite
def mutated_page(draw) -> bytes:
    """A seed page (whole in the long run, an excerpt in the suite), damaged in a few ways."""
    text = draw(st.sampled_from(SEED_TEXTS))
    if not LONG or draw(st.booleans()):
        start = draw(st.integers(0, len(text) - 1))
        text = text[start : start + draw(st.integers(1, 1500))]
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "swap_lines", "crlf", "spaces"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 300)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            piece = draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)))
            text = text[:i] + piece + text[i:]
        elif op == "swap_lines":
            lines = text.split("\n")
            text = "\n".join(draw(st.permutations(lines))) if len(lines) < 200 else text
        elif op == "crlf":
            text = text.replace("\n", "\r\n")
        else:  # OCR's stray spaces between characters
            text = text[:i] + " ".join(text[i:j]) + text[j:]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 4)) == 0 and data:  # a few damaged bytes
        for _ in range(draw(st.integers(1, 3))):
            k = draw(st.integers(0, len(data) - 1))
            data = data[:k] + bytes([draw(st.integers(0x80, 0xFF))]) + data[k + 1 :]
    return data


random_page = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=80).map(
        lambda parts: "".join(parts).encode("utf-8", errors="replace")
    ),
)


def read_and_extract(data: bytes) -> tuple[ParsedPage | None, list]:
    try:
        page = read_page(data, "2025-04-11_A01.txt")
    except PageError as exc:
        assert str(exc), "a refusal says why"
        return None, []
    assert isinstance(page, ParsedPage)
    assert [a.n for a in page.articles] == list(range(1, len(page.articles) + 1))
    extractions = []
    for a in page.articles:
        assert 0 <= a.start <= a.end <= len(page.text)
        assert a.kind in KINDS
        assert len(a.body_map) == len(a.body)
        text = article_text(a.kicker, a.headline, a.subheadline, a.body)
        ex = extract(text)
        for m in ex.mentions:
            assert 0 <= m.start < m.end <= len(text), m
            # the span is what the page prints; an organisation named there by its kind alone
            # (该局, 管委会) carries the full name the text gave it, which ends with the span
            surface = text[m.start : m.end]
            assert m.text == surface or (m.type == ORGANISATION and m.text.endswith(surface)), m
            assert 0 < m.confidence <= 1, m
        for e in ex.events:
            assert 0 <= e.start <= e.end <= len(text), e
        extractions.append(ex)
    return page, extractions


@PROFILE
@given(mutated_page())
def test_it_reads_and_extracts_any_mutated_page(data: bytes) -> None:
    page, extractions = read_and_extract(data)
    # deterministic: the same bytes give the same articles and the same mentions
    again, again_extractions = read_and_extract(data)
    assert page == again
    assert extractions == again_extractions


@PROFILE
@given(random_page)
def test_it_reads_and_extracts_random_bytes_and_text(data: bytes) -> None:
    read_and_extract(data)


class ImportFuzzTest(HypothesisTestCase):
    """Mutated pages through the real command and database: stored whole, or refused by name."""

    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp, True)

    @settings(PROFILE, max_examples=max(5, PROFILE.max_examples // 5))
    @given(mutated_page())
    def test_it_imports_a_mutated_page_or_refuses_it_by_name(self, data: bytes) -> None:
        path = self.tmp / "2025-04-11_A01.txt"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("import_seeds", str(path), stdout=out, stderr=err)
        except CommandError:
            self.assertIn(f"failed: {path}: ", err.getvalue())
            self.assertNotIn("could not be stored", err.getvalue())  # no database error
            self.assertFalse(Page.objects.exists())
            return
        finally:
            self.assertEqual(ImportFile.objects.filter(path=str(path)).count(), 1)
        page = Page.objects.get()
        self.assertEqual(page.articles.count(), len(read_page(data, path.name).articles))
