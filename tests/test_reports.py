"""The SQL report views after a real import of the seed pages: every report returns rows, and its
counts equal what this test computes itself from the base tables (mentions, credits, tenures,
events), with rejected mentions left out and merged people counted under their survivor."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter, defaultdict
from itertools import permutations
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from articles.admin_reports import REPORT_MODELS
from articles.models import Article, Credit
from articles.reporting import REPORTS, build_query, run_report
from articles.reporting.summaries import refresh_report_summaries
from articles.reports import PersonAppearances, ReporterOutput
from people.models import STATUS_REJECTED, Event, Mention, Organisation, Person, Tenure

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def article_days() -> dict[int, dt.date | None]:
    """Each article's date for reports, from the base tables: its own, else its edition's."""
    return {
        pk: own or edition
        for pk, own, edition in Article.objects.values_list("pk", "date", "page__edition__date")
    }


def survivors(model) -> dict[int, int]:
    return {pk: merged or pk for pk, merged in model.objects.values_list("pk", "merged_into_id")}


def kept_mentions(type_: str):
    """(article, survivor id) of every mention that counts: not rejected, resolved."""
    field = f"{type_}_id"
    alive = survivors(Person if type_ == "person" else Organisation)
    rows = (
        Mention.objects.filter(type=type_, **{f"{type_}__isnull": False})
        .exclude(status=STATUS_REJECTED)
        .values_list("id", "article_id", field)
    )
    return [(mid, article, alive[entity]) for mid, article, entity in rows]


def report(name: str, **filters) -> list[dict]:
    columns, rows = run_report(name, **filters)
    return [dict(zip(columns, row, strict=True)) for row in rows]


class ReportsTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        call_command("import_seeds", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
        # Curators' decisions the reports must respect: one person merged into another (only
        # merged_into set, as a hand edit leaves it), and a mention rejected.
        counts = Counter(
            Mention.objects.filter(type="person", person__isnull=False).values_list("person_id", flat=True)
        )
        (cls.top_id, _), (cls.merged_id, _) = counts.most_common(2)
        Person.objects.filter(pk=cls.merged_id).update(merged_into_id=cls.top_id)
        cls.rejected = Mention.objects.filter(person_id=cls.top_id).order_by("id").first()
        Mention.objects.filter(pk=cls.rejected.pk).update(status=STATUS_REJECTED)
        # hand edits (not curation actions): bring the summary tables up to date, as
        # `manage.py report --refresh` does
        refresh_report_summaries()
        cls.user = get_user_model().objects.create_superuser("analyst", password="x-long-pass-123")

    def test_it_returns_rows_for_every_report(self) -> None:
        for name in REPORTS:
            with self.subTest(name):
                self.assertGreater(len(report(name)), 0, name)

    def test_it_counts_person_appearances_as_the_base_tables_do(self) -> None:
        days = article_days()
        expected: dict[tuple[int, str | None], dict] = {}
        for _, article, person in kept_mentions("person"):
            when = days[article]
            key = (person, when.isoformat()[:7] if when else None)
            row = expected.setdefault(key, {"articles": set(), "mentions": 0, "dates": []})
            row["articles"].add(article)
            row["mentions"] += 1
            if when:
                row["dates"].append(when)
        got = {(r["person_id"], r["month"]): r for r in report("person_appearances")}
        self.assertEqual(set(got), set(expected))
        for key, row in expected.items():
            self.assertEqual(got[key]["articles"], len(row["articles"]), key)
            self.assertEqual(got[key]["mentions"], row["mentions"], key)
            self.assertEqual(day(got[key]["first_date"]), min(row["dates"], default=None), key)
            self.assertEqual(day(got[key]["last_date"]), max(row["dates"], default=None), key)

    def test_it_names_the_people_who_appear_in_the_most_articles(self) -> None:
        per_person: dict[int, set[int]] = defaultdict(set)
        for _, article, person in kept_mentions("person"):
            per_person[person].add(article)
        by_hand = sorted(((len(a), p) for p, a in per_person.items()), reverse=True)[:5]
        totals: Counter = Counter()
        for row in PersonAppearances.objects.all():
            totals[row.person_id] += row.articles
        top = sorted(((n, p) for p, n in totals.items()), reverse=True)[:5]
        self.assertEqual(top, by_hand)
        # the merged person's mentions count for the survivor; the rejected one does not
        self.assertEqual(totals[self.top_id], len(per_person[self.top_id]))
        self.assertNotIn(self.merged_id, totals)
        self.assertFalse(PersonAppearances.objects.filter(person_id=self.merged_id).exists())
        merged_articles = set(
            Mention.objects.filter(person_id=self.merged_id)
            .exclude(status=STATUS_REJECTED)
            .values_list("article_id", flat=True)
        )
        self.assertTrue(merged_articles <= per_person[self.top_id])

    def test_it_names_the_reporters_who_wrote_the_most(self) -> None:
        by_hand: dict[tuple[str, str], set[int]] = defaultdict(set)
        for name, role, article in Credit.objects.values_list("name", "role", "article_id"):
            by_hand[(name, role)].add(article)
        totals: Counter = Counter()
        for row in ReporterOutput.objects.all():
            totals[(row.reporter, row.role)] += row.articles
        self.assertEqual(totals, Counter({k: len(v) for k, v in by_hand.items()}))
        best = max(by_hand.items(), key=lambda kv: (len(kv[1]), kv[0]))
        self.assertEqual(max(totals.items(), key=lambda kv: (kv[1], kv[0])), (best[0], len(best[1])))
        # and by kind: every article counted once, in its kind's column
        kinds = dict(Article.objects.values_list("pk", "kind"))
        columns = ("news", "xinhua", "feature", "photo", "brief")
        for row in ReporterOutput.objects.all():
            parts = sum(getattr(row, c) for c in (*columns, "other"))
            self.assertEqual(parts, row.articles)
        news = sum(1 for articles in by_hand.values() for a in articles if kinds[a] == "news")
        self.assertEqual(sum(r.news for r in ReporterOutput.objects.all()), news)

    def pairs_by_hand(self, left: str, right: str) -> dict[tuple[int, int], dict]:
        days = article_days()
        by_article: dict[str, dict[int, set[int]]] = {left: defaultdict(set), right: defaultdict(set)}
        for type_ in {left, right}:
            for _, article, entity in kept_mentions(type_):
                by_article[type_][article].add(entity)
        out: dict[tuple[int, int], dict] = {}
        for article in set(by_article[left]) & set(by_article[right]):
            if left == right:
                pairs = permutations(sorted(by_article[left][article]), 2)
            else:
                pairs = ((a, b) for a in by_article[left][article] for b in by_article[right][article])
            for pair in pairs:
                row = out.setdefault(pair, {"articles": 0, "dates": []})
                row["articles"] += 1
                if days[article]:
                    row["dates"].append(days[article])
        return out

    def check_pairs(self, name: str, left: str, right: str, a_col: str, b_col: str) -> None:
        expected = self.pairs_by_hand(left, right)
        got = {(r[a_col], r[b_col]): r for r in report(name)}
        self.assertEqual(set(got), set(expected))
        for key, row in expected.items():
            self.assertEqual(got[key]["articles"], row["articles"], key)
            self.assertEqual(day(got[key]["first_date"]), min(row["dates"], default=None))
            self.assertEqual(day(got[key]["last_date"]), max(row["dates"], default=None))

    def test_it_counts_people_named_together_as_the_base_tables_do(self) -> None:
        self.check_pairs("person_cooccurrence", "person", "person", "person_id", "other_id")

    def test_it_counts_organisations_named_together_and_with_people(self) -> None:
        self.check_pairs(
            "organisation_cooccurrence", "organisation", "organisation", "organisation_id", "other_id"
        )
        self.check_pairs(
            "person_organisation_links", "person", "organisation", "person_id", "organisation_id"
        )

    def test_it_gives_each_post_its_dates_and_mentions(self) -> None:
        days = article_days()
        alive = survivors(Person)
        expected: dict[tuple[int, str], dict] = {}
        for tenure in Tenure.objects.exclude(status=STATUS_REJECTED).prefetch_related("mentions"):
            row = expected.setdefault(
                (alive[tenure.person_id], tenure.title), {"mentions": set(), "dates": []}
            )
            for m in tenure.mentions.all():
                if m.status != STATUS_REJECTED:
                    row["mentions"].add(m.pk)
                    if days[m.article_id]:
                        row["dates"].append(days[m.article_id])
        expected = {k: v for k, v in expected.items() if v["mentions"]}
        got = {(r["person_id"], r["title"]): r for r in report("person_tenures")}
        self.assertEqual(set(got), set(expected))
        for key, row in expected.items():
            self.assertEqual(got[key]["mentions"], len(row["mentions"]), key)
            self.assertEqual(day(got[key]["first_date"]), min(row["dates"], default=None), key)
            self.assertEqual(day(got[key]["last_date"]), max(row["dates"], default=None), key)

    def test_it_lists_events_with_their_participants_and_articles(self) -> None:
        alive = survivors(Person)
        got = {r["id"]: r for r in report("event_timeline")}
        events = Event.objects.exclude(status=STATUS_REJECTED).prefetch_related("participants", "articles")
        self.assertEqual(set(got), {e.pk for e in events})
        for event in events:
            row = got[event.pk]
            self.assertEqual(row["participants"], len({alive[p.person_id] for p in event.participants.all()}))
            self.assertEqual(row["articles"], event.articles.count())
            self.assertEqual(day(row["date"]), event.date)
            self.assertEqual(row["type"], event.type)

    def test_it_filters_by_person_and_period(self) -> None:
        name = Person.objects.get(pk=self.top_id).name
        rows = report("person_appearances", person=name)
        self.assertTrue(rows)
        self.assertEqual({r["person_name"] for r in rows}, {name})
        months = sorted(r["month"] for r in report("person_appearances") if r["month"])
        first = months[0]
        rows = report("person_appearances", date_from=f"{first}-01", date_to=f"{first}-28")
        self.assertEqual({r["month"] for r in rows}, {first})
        self.assertEqual(report("person_cooccurrence", date_from="1900-01-01", date_to="1900-12-31"), [])

    def test_it_binds_a_malicious_person_name_as_data(self) -> None:
        evil = "x' OR '1'='1'; DROP TABLE people_person; --"
        sql, params = build_query("person_appearances", person=evil)
        self.assertNotIn(evil, sql)
        self.assertIn(evil, params)
        before = Person.objects.count()
        out = io.StringIO()
        call_command("report", "person_appearances", "--person", evil, "--format", "json", stdout=out)
        self.assertEqual(json.loads(out.getvalue()), [])
        self.assertEqual(Person.objects.count(), before)
        # the same quote in a real name is found as that name
        quoted = Person.objects.create(name="O'Brien")
        Mention.objects.create(
            article=Article.objects.first(), type="person", surface="O'Brien", start=0, end=7, person=quoted
        )
        rows = report("person_appearances", person="O'Brien")
        self.assertEqual([r["person_name"] for r in rows], ["O'Brien"])

    def test_it_runs_from_the_command_line_in_every_format(self) -> None:
        out = io.StringIO()
        call_command("report", "--list", stdout=out)
        for name in REPORTS:
            self.assertIn(name, out.getvalue())
        name = Person.objects.get(pk=self.top_id).name
        out = io.StringIO()
        call_command("report", "person_tenures", "--person", name, stdout=out)
        self.assertIn(name, out.getvalue())
        self.assertIn("rows)", out.getvalue())
        out = io.StringIO()
        call_command("report", "reporter_output", "--format", "csv", stdout=out)
        lines = out.getvalue().splitlines()
        self.assertEqual(lines[0].split(",")[:3], ["reporter", "role", "month"])
        self.assertEqual(len(lines) - 1, ReporterOutput.objects.count())
        out = io.StringIO()
        call_command("report", "event_timeline", "--format", "json", stdout=out)
        self.assertEqual(len(json.loads(out.getvalue())), len(report("event_timeline")))

    # --- admin -------------------------------------------------------------------------------

    def test_it_shows_every_report_in_the_admin_with_a_chart_and_a_csv(self) -> None:
        self.client.force_login(self.user)
        index = self.client.get(reverse("admin:index"))
        self.assertContains(index, "报表")
        name = Person.objects.get(pk=self.top_id).name
        for model in REPORT_MODELS:
            opts = model._meta
            with self.subTest(model.__name__):
                url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                self.assertContains(index, url)
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "<svg")
                self.assertNotContains(response, '<script src="http')
                csv_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_csv")
                data = b"".join(self.client.get(csv_url).streaming_content).decode("utf-8-sig")
                self.assertEqual(len(data.strip().splitlines()) - 1, model.objects.count())
                self.assertEqual(self.client.get(url + "add/").status_code, 403)  # read-only
        url = reverse("admin:articles_personappearances_changelist")
        response = self.client.get(url, {"q": name})
        self.assertContains(response, name)
        csv_data = b"".join(
            self.client.get(reverse("admin:articles_personappearances_csv"), {"q": name}).streaming_content
        ).decode("utf-8-sig")
        self.assertEqual(
            len(csv_data.strip().splitlines()) - 1, PersonAppearances.objects.filter(person_name=name).count()
        )
