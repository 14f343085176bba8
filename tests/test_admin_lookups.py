"""The admin's table-wide lookups on big lists (filter choices, date-hierarchy years, counts of long
lists, deep pages: jzarchive/admin_base.py) are read once per change of the data, and stay right:
filters still filter, the hierarchy offers the years there are, a change shows at the next view."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Edition, Page
from jzarchive.admin_base import CachedCountPaginator, forget_cached_lookups, lookups_cache
from people.models import Mention, Person, Tenure
from people.services import curation

ARTICLES = reverse("admin:articles_article_changelist")
MENTIONS = reverse("admin:people_mention_changelist")
PEOPLE = reverse("admin:people_person_changelist")

# (date, kind, source, headline): 12 articles over three years, one without a date
ROWS = [
    (dt.date(1986, 3, 1), "news", "本报讯", "市委召开工作会议"),
    (dt.date(1986, 3, 2), "news", "本报讯", "全市春耕生产有序推进"),
    (dt.date(1986, 7, 9), "feature", "新华社", "黄河岸边的新村庄"),
    (dt.date(1987, 1, 5), "news", "本报讯", "焦作新建三座水厂"),
    (dt.date(1987, 2, 5), "brief", "本报讯", "简讯两则"),
    (dt.date(1987, 2, 6), "news", "新华社", "国务院召开常务会议"),
    (dt.date(1990, 5, 4), "news", "本报讯", "青年节表彰大会举行"),
    (dt.date(1990, 5, 5), "feature", "本报讯", "太行山下的果园"),
    (dt.date(1990, 6, 1), "news", "人民网", "儿童节活动丰富多彩"),
    (dt.date(1990, 6, 2), "news", "本报讯", "高新区项目签约"),
    (dt.date(1990, 6, 3), "brief", "本报讯", "天气预报"),
    (None, "notice", "", "启事"),
]


def filter_values(response, parameter: str) -> list[str]:
    """The values a list filter offers, without "All", sorted (the database's collation orders them
    on the page)."""
    cl = response.context["cl"]
    spec = next(s for s in cl.filter_specs if parameter in s.expected_parameters())
    return sorted(str(c["display"]) for c in list(spec.choices(cl))[1:])


def hierarchy_years(response) -> list[str]:
    content = response.content.decode()
    return sorted({y for y in ("1986", "1987", "1990") if f"date__year={y}" in content})


class AdminLookupsTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.user = get_user_model().objects.create_superuser("chief", password="x-long-pass-123")
        for i, (day, kind, source, headline) in enumerate(ROWS):
            edition = Edition.objects.get_or_create(paper="焦作日报", date=day or dt.date(1991, 1, 1))[0]
            page = Page.objects.create(
                edition=edition, source_name=f"p{i}.txt", sha256=f"{i:064x}", encoding="utf-8", raw_text="x"
            )
            Article.objects.create(
                page=page, n=1, kind=kind, source=source, headline=headline, body=headline + "。", date=day
            )

    def setUp(self) -> None:
        for store in (cache, lookups_cache()):
            store.clear()
            self.addCleanup(store.clear)
        self.client.force_login(self.user)

    def get(self, url: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response

    def test_it_offers_every_source_once_and_filters_by_it(self) -> None:
        response = self.get(ARTICLES)
        self.assertEqual(filter_values(response, "source"), sorted(["", "人民网", "新华社", "本报讯"]))
        self.assertEqual(filter_values(response, "page__edition__paper"), ["焦作日报"])
        response = self.get(ARTICLES + "?source=新华社")
        listed = {a.headline for a in response.context["cl"].result_list}
        self.assertEqual(listed, {"黄河岸边的新村庄", "国务院召开常务会议"})
        self.assertEqual(response.context["cl"].result_count, 2)

    @override_settings(JZARCHIVE_ADMIN_EXACT_COUNT=5)
    def test_it_reads_the_table_wide_lookups_once_per_change_of_the_data(self) -> None:
        with CaptureQueriesContext(connection) as first:
            self.get(ARTICLES)
        with CaptureQueriesContext(connection) as second:
            response = self.get(ARTICLES)
        first_sql = " ".join(q["sql"] for q in first.captured_queries)
        second_sql = " ".join(q["sql"] for q in second.captured_queries)
        self.assertIn("DISTINCT", first_sql)
        self.assertNotIn("DISTINCT", second_sql)  # no filter values, no years asked again
        self.assertNotIn("MIN(", second_sql)
        self.assertLess(len(second), len(first))
        self.assertEqual(response.context["cl"].result_count, 12)  # the cached full count
        self.assertEqual(hierarchy_years(response), ["1986", "1987", "1990"])

        # an import (here: one more article) is seen at the next view
        page = Page.objects.create(source_name="new.txt", sha256="f" * 64, encoding="utf-8", raw_text="x")
        Article.objects.create(
            page=page,
            n=1,
            kind="news",
            source="焦作晚报",
            headline="新稿",
            body="新稿。",
            date=dt.date(1995, 1, 1),
        )
        response = self.get(ARTICLES)
        self.assertEqual(
            filter_values(response, "source"), sorted(["", "人民网", "新华社", "本报讯", "焦作晚报"])
        )
        self.assertEqual(response.context["cl"].result_count, 13)
        self.assertIn("date__year=1995", response.content.decode())

    def test_a_curators_edit_shows_in_the_filter_at_the_next_view(self) -> None:
        self.assertIn("人民网", filter_values(self.get(ARTICLES), "source"))
        article = Article.objects.get(source="人民网")
        article.source = "光明日报"
        article.save()  # what the admin's change form does: a history row is written
        values = filter_values(self.get(ARTICLES), "source")
        self.assertIn("光明日报", values)
        self.assertNotIn("人民网", values)

    def test_a_change_behind_the_admins_back_shows_after_forget_cached_lookups(self) -> None:
        self.assertIn("人民网", filter_values(self.get(ARTICLES), "source"))
        Article.objects.filter(source="人民网").update(source="大河报")  # no history, no log
        self.assertIn("人民网", filter_values(self.get(ARTICLES), "source"))  # still the cached values
        forget_cached_lookups()
        values = filter_values(self.get(ARTICLES), "source")
        self.assertIn("大河报", values)
        self.assertNotIn("人民网", values)

    @override_settings(JZARCHIVE_ADMIN_EXACT_COUNT=5)
    def test_the_date_hierarchy_of_a_long_list_offers_the_years_of_its_own_rows(self) -> None:
        self.assertEqual(hierarchy_years(self.get(ARTICLES)), ["1986", "1987", "1990"])
        # the filter is part of the cached lookup: features only in 1986 and 1990
        self.assertEqual(hierarchy_years(self.get(ARTICLES + "?kind__exact=feature")), ["1986", "1990"])
        response = self.get(ARTICLES + "?kind__exact=news")
        self.assertEqual(hierarchy_years(response), ["1986", "1987", "1990"])
        months = self.get(ARTICLES + "?date__year=1990").content.decode()
        self.assertIn("date__month=5", months)
        self.assertIn("date__month=6", months)
        self.assertNotIn("date__month=3", months)

    def test_the_date_hierarchy_of_a_short_list_is_read_from_its_rows(self) -> None:
        # 12 rows: under the exact-count limit, the dates of the rows are read once
        with CaptureQueriesContext(connection) as queries:
            response = self.get(ARTICLES + "?kind__exact=feature")
        self.assertEqual(hierarchy_years(response), ["1986", "1990"])
        self.assertNotIn("MIN(", " ".join(q["sql"] for q in queries.captured_queries))
        # one year: the hierarchy opens at its months, as Django's does
        response = self.get(ARTICLES + "?kind__exact=brief&date__year=1987")
        self.assertIn("date__month=2", response.content.decode())
        self.assertEqual(response.context["cl"].result_count, 1)

    def test_a_search_still_finds_and_its_hierarchy_offers_the_years_of_the_matches(self) -> None:
        response = self.get(ARTICLES + "?q=会议")
        listed = {a.headline for a in response.context["cl"].result_list}
        self.assertEqual(listed, {"市委召开工作会议", "国务院召开常务会议"})
        self.assertEqual(hierarchy_years(response), ["1986", "1987"])

    @override_settings(JZARCHIVE_ADMIN_DEEP_OFFSET=3)
    def test_a_deep_page_holds_the_rows_plain_slicing_gives(self) -> None:
        for ordering in (["-id"], ["-date", "-id"], ["source", "-id"]):
            queryset = Article.objects.select_related("page").order_by(*ordering)
            expected = list(queryset.values_list("pk", flat=True))
            paginator = CachedCountPaginator(queryset, 4)
            self.assertEqual(paginator.count, 12)
            pages = [[a.pk for a in paginator.page(n).object_list] for n in paginator.page_range]
            self.assertEqual(pages, [expected[0:4], expected[4:8], expected[8:12]], ordering)

    def test_mentions_are_filtered_by_method(self) -> None:
        article = Article.objects.get(headline="市委召开工作会议")
        person = Person.objects.create(name="张三")
        for method in ("rule", "rule", "lexicon"):
            Mention.objects.create(
                article=article, type="person", surface="张三", start=0, end=2, person=person, method=method
            )
        response = self.get(MENTIONS)
        self.assertEqual(filter_values(response, "method"), ["lexicon", "rule"])
        response = self.get(MENTIONS + "?method=lexicon")
        self.assertEqual([m.method for m in response.context["cl"].result_list], ["lexicon"])
        Mention.objects.create(
            article=article, type="person", surface="张三", start=0, end=2, method="curator"
        )
        self.assertEqual(filter_values(self.get(MENTIONS), "method"), sorted(["curator", "lexicon", "rule"]))

    def test_the_post_filter_offers_a_new_post_at_the_next_view(self) -> None:
        person = Person.objects.create(name="李四")
        Tenure.objects.create(person=person, title="市长")
        self.assertEqual(filter_values(self.get(PEOPLE), "post"), ["市长"])
        Tenure.objects.create(person=person, title="书记")
        response = self.get(PEOPLE)
        self.assertEqual(filter_values(response, "post"), sorted(["书记", "市长"]))
        listed = self.get(PEOPLE + "?post=书记").context["cl"].result_list
        self.assertEqual([p.name for p in listed], ["李四"])

    @override_settings(JZARCHIVE_ADMIN_EXACT_COUNT=2)
    def test_a_merge_shows_in_the_count_of_a_persons_mentions_at_the_next_view(self) -> None:
        article = Article.objects.get(headline="市委召开工作会议")
        keep, other = Person.objects.create(name="王五"), Person.objects.create(name="王五")
        for person in (keep, keep, keep, other, other):
            Mention.objects.create(
                article=article, type="person", surface="王五", start=0, end=2, person=person
            )
        url = MENTIONS + f"?person__id__exact={keep.pk}"
        self.assertEqual(self.get(url).context["cl"].result_count, 3)  # counted, then cached
        curation.merge(keep, [other])  # moves the mentions with one UPDATE
        self.assertEqual(self.get(url).context["cl"].result_count, 5)
