"""Full-text search after a real import of the seed pages: a person's name finds every article
that names them and no other; the index follows edits; the command and the admin use it."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from articles.models import Article, Credit
from articles.search import search, search_ids, segment
from people.models import STATUS_REJECTED, Mention, Person

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class SearchTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
        cls.user = get_user_model().objects.create_superuser("reader", password="x-long-pass-123")
        cls.names = sorted(
            set(
                Person.objects.filter(mentions__isnull=False)
                .exclude(mentions__status=STATUS_REJECTED)
                .values_list("name", flat=True)
            )
        )

    def naming(self, name: str) -> set[int]:
        """Articles that name `name`, found by reading every article (and its bylines)."""
        credited = set(Credit.objects.filter(name=name).values_list("article_id", flat=True))
        return {a.pk for a in Article.objects.all() if name in a.text} | credited

    def test_it_finds_every_article_that_names_a_person_and_no_other(self) -> None:
        self.assertGreater(len(self.names), 20)
        for name in self.names:
            with self.subTest(name):
                found = {pk for pk, _ in search_ids(name, limit=10_000)}
                self.assertEqual(found, self.naming(name))
                mentioned = set(
                    Mention.objects.filter(person__name=name, surface=name)
                    .exclude(status=STATUS_REJECTED)
                    .values_list("article_id", flat=True)
                )
                self.assertTrue(mentioned <= found)

    def test_it_finds_reporters_by_their_bylines(self) -> None:
        name, _ = Credit.objects.values_list("name", "article_id").first()
        found = {pk for pk, _ in search_ids(name, limit=10_000)}
        self.assertTrue(set(Credit.objects.filter(name=name).values_list("article_id", flat=True)) <= found)

    def test_it_needs_every_term_of_a_query(self) -> None:
        a, b = self.names[0], self.names[-1]
        both = self.naming(a) & self.naming(b)
        self.assertEqual({pk for pk, _ in search_ids(f"{a} {b}", limit=10_000)}, both)

    def test_it_ranks_and_highlights(self) -> None:
        article = Article.objects.exclude(headline="").order_by("pk").first()
        word = max(segment(article.headline), key=len)
        hits = search(word)
        self.assertIn(article.pk, [h.article_id for h in hits])
        self.assertEqual(hits, sorted(hits, key=lambda h: -h.rank))
        for h in hits:
            self.assertIn(f"【{word}】", h.snippet)
            self.assertIn(f"<mark>{word}</mark>", h.snippet_html)

    def test_it_ranks_only_the_newest_matches(self) -> None:
        every = search_ids("焦作", limit=10_000)
        self.assertGreater(len(every), 5)
        # spread the matches over thirty years and leave two undated, so that PostgreSQL searches
        # back period by period and reaches the undated ones
        for i, (pk, _) in enumerate(every):
            day = None if i in (1, 2) else dt.date(2025 - (7 * i) % 31, 1 + i % 12, 1)
            Article.objects.filter(pk=pk).update(report_date=day)
        for candidates in (3, len(every) - 1):
            with self.subTest(candidates=candidates):
                self.check_newest_ranked(candidates)

    def check_newest_ranked(self, candidates: int) -> None:
        every = search_ids("焦作", limit=10_000)
        dates = dict(Article.objects.filter(pk__in=[pk for pk, _ in every]).values_list("pk", "report_date"))
        newest = sorted(dates, key=lambda pk: (dates[pk] is not None, dates[pk] or dt.date.min, pk))[
            -candidates:
        ]
        found = search_ids("焦作", limit=10_000, candidates=candidates)
        self.assertEqual({pk for pk, _ in found}, set(newest))
        self.assertEqual(
            found,
            sorted(
                found,
                key=lambda r: (r[1], dates[r[0]] is not None, dates[r[0]] or dt.date.min, r[0]),
                reverse=True,
            ),
        )

    def test_it_treats_a_hostile_query_as_words(self) -> None:
        before = Article.objects.count()
        self.assertEqual(search("' OR 1=1; DROP TABLE articles_article; --"), [])
        self.assertEqual(search("   "), [])
        self.assertEqual(search("<script>"), [])
        self.assertEqual(Article.objects.count(), before)

    def test_it_keeps_the_index_current_on_edit(self) -> None:
        article = Article.objects.order_by("pk").first()
        self.assertEqual(search("鲲鹏展翅计划"), [])
        article.headline = "鲲鹏展翅计划启动"
        article.save()
        self.assertEqual([h.article_id for h in search("鲲鹏展翅计划")], [article.pk])

    def test_it_moves_an_article_with_its_edition_date(self) -> None:
        article = Article.objects.filter(page__edition__isnull=False).order_by("pk").first()
        Article.objects.filter(pk=article.pk).update(date=None)
        edition = article.page.edition
        edition.date = dt.date(1999, 5, 4)
        edition.save()
        article.refresh_from_db()
        self.assertEqual((article.report_date, article.report_month), (dt.date(1999, 5, 4), "1999-05"))

    def test_it_answers_from_the_command_line(self) -> None:
        name = self.names[0]
        out = io.StringIO()
        call_command("search", name, "--format", "json", stdout=out)
        records = json.loads(out.getvalue())
        self.assertEqual({r["article"] for r in records}, self.naming(name))
        for r in records:
            self.assertEqual(set(r), {"article", "date", "headline", "snippet", "rank"})
            self.assertIn(f"【{name}】", r["snippet"])
        out = io.StringIO()
        call_command("search", name, stdout=out)
        self.assertIn(f"({len(records)} articles)", out.getvalue())

    def test_it_is_the_admin_search_box_for_articles(self) -> None:
        self.client.force_login(self.user)
        name = self.names[0]
        response = self.client.get(reverse("admin:articles_article_changelist"), {"q": name})
        self.assertEqual(response.status_code, 200)
        shown = {a.pk for a in response.context["cl"].result_list}
        self.assertEqual(shown, self.naming(name))


def test_search_words_keep_every_word_with_a_word_character_and_drop_the_rest() -> None:
    text = "市委书记在“2024年度”会上说：5G、a_b、Ⅻ号、③项，——要落实！  x-y 100%。"
    words = segment(text)
    # what jieba's search cut gives, filtered by the definition: a word holds a word character
    from people.extraction.fastpos import cut_for_search

    expected = [w for w in cut_for_search(text) if re.search(r"\w", w)]
    assert words == expected
    # kept by the word characters only the pattern sees (the underscore, a word with a sign)
    assert {"书记", "5G", "_", "100%", "③"} <= set(words)
    assert not [w for w in words if not re.search(r"\w", w)]  # no punctuation or spaces
