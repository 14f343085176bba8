# ruff: noqa: E501  (long lines are SQL statements and word lists, clearer unbroken)
"""python manage.py benchmark_reports [--fill N] [--runs 20] [--explain]

Times each report (for one person, for one month) and each search on PostgreSQL: the median of
--runs runs of the very call `manage.py report`, the admin and `manage.py search` make
(run_report, search_ids), printed with EXPLAIN (ANALYZE) of its statement to show the indexes used
(for search, the first period it searches). A report read from a summary table is also timed on
its live view (three runs), and the two answers compared. Last, the cost of keeping the summary
tables current: a refresh for everyone named in the newest day's articles, three times.

--fill N first fills the (migrated, empty) database with N synthetic articles by bulk
INSERT ... SELECT inside PostgreSQL: editions one a day from 1995 on, eight pages a day, articles
whose headline and body recombine real paragraphs of the seed pages (segmented once by jieba,
so the search words are what the importer would store) with names drawn from a pool of 5,000
people (a skewed draw: a few are named very often, most rarely), 240 organisations and 300
reporters; three person mentions and two organisation mentions an article (one in forty
rejected), a byline each, posts (tenures) with their supporting mentions, and an event every
twenty articles with its participants. Takes some minutes for a million articles; the summary
tables are then filled from the views (about a minute more).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from articles.reporting import build_query, run_report
from articles.reporting.summaries import SUMMARY_OF, refresh_report_summaries
from articles.search import WINDOW_DAYS, search_ids, segment, window_sql

USING = re.compile(r"(?:using|Bitmap Index Scan on) (\S+)")

VERBS = ["调研", "主持召开专题会议", "会见客商", "出席开工仪式", "督导检查", "座谈交流", "考察项目", "宣讲"]
TITLES = ["书记", "市长", "副市长", "主任", "局长", "副局长", "区长", "县长", "党组书记", "董事长", "秘书长"]
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞宇浩凯欣怡晨雪梅琳婷倩颖佳俊峰海波宁"
ORG_STEMS = [
    "市委",
    "市政府",
    "发改委",
    "教育局",
    "财政局",
    "住建局",
    "交通运输局",
    "农业农村局",
    "商务局",
    "文广旅局",
    "卫健委",
    "应急管理局",
    "市场监管局",
    "统计局",
    "人大常委会",
    "政协",
    "团委",
    "妇联",
    "总工会",
    "科技局",
]
PLACES = [
    "焦作",
    "解放区",
    "山阳区",
    "中站区",
    "马村区",
    "修武县",
    "博爱县",
    "武陟县",
    "温县",
    "沁阳市",
    "孟州市",
    "示范区",
]
KINDS = ["news", "news", "news", "news", "feature", "photo", "brief", "xinhua", "notice", "column"]
ROLES = ["reporter", "reporter", "reporter", "correspondent", "photographer", "trainee_reporter"]


class Command(BaseCommand):
    help = "Benchmark the report views and search on PostgreSQL (optionally filling a synthetic archive)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--fill", type=int, default=0, help="first insert this many synthetic articles")
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of each query")

    def handle(self, *args, **options) -> None:
        if connection.vendor != "postgresql":
            raise CommandError("the benchmark runs on PostgreSQL (set DATABASE_URL)")
        if options["fill"]:
            with transaction.atomic():
                self.fill(options["fill"])
            started = time.perf_counter()
            refresh_report_summaries(full=True)
            self.sql("analyze", "ANALYZE")
            self.stdout.write(f"  summary tables: {time.perf_counter() - started:.1f} s")
        self.bench(options["runs"], options["explain"])
        self.bench_refresh()

    # --- filling ----------------------------------------------------------------------------

    def sql(self, label: str, statement: str) -> None:
        # statements without parameters (numbers are formatted in as ints): '%' is SQL's modulo here
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(statement)
        self.stdout.write(f"  {label}: {time.perf_counter() - started:.1f} s")

    def fill(self, n: int) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles_article")
            if cursor.fetchone()[0]:
                raise CommandError("--fill wants an empty (freshly migrated) database")
        rng = random.Random(6)
        paragraphs = self.paragraphs()
        self.stdout.write(f"filling {n:,} articles from {len(paragraphs)} seed paragraphs")
        surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
        names: set[str] = set()
        while len(names) < 5300:
            names.add(rng.choice(surnames) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))))
        names = sorted(names)
        rng.shuffle(names)
        persons, reporters = names[:5000], names[5000:5300]
        orgs = sorted({f"{p}{s}" for p in PLACES for s in ORG_STEMS})
        days = max(1, n // 88)  # ~88 articles a day, eight pages
        with connection.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE bench_par (i int PRIMARY KEY, body text, seg text)")
            cursor.executemany(
                "INSERT INTO bench_par VALUES (%s, %s, %s)",
                [(i, p, " ".join(segment(p))) for i, p in enumerate(paragraphs)],
            )
            cursor.execute(
                "CREATE TEMP TABLE bench_arr (verbs text[], verb_segs text[], titles text[], kinds text[], roles text[])"
            )
            cursor.execute(
                "INSERT INTO bench_arr VALUES (%s, %s, %s, %s, %s)",
                [VERBS, [" ".join(segment(v)) for v in VERBS], TITLES, KINDS, ROLES],
            )
            cursor.execute(
                "CREATE TEMP TABLE bench_name (pool text, i int, name text, PRIMARY KEY (pool, i))"
            )
            cursor.executemany(
                "INSERT INTO bench_name VALUES (%s, %s, %s)",
                [("person", i, x) for i, x in enumerate(persons, 1)]
                + [("org", i, x) for i, x in enumerate(orgs, 1)]
                + [("reporter", i, x) for i, x in enumerate(reporters, 1)],
            )
        npar = len(paragraphs)
        n = int(n)
        self.sql(
            "persons",
            "INSERT INTO people_person (id, name, name_pinyin, gender, review_note, status, locked_fields, notes,"
            " created_at, updated_at) SELECT i, name, '', '', '', 'machine', '[]', '', now(), now()"
            " FROM bench_name WHERE pool = 'person'",
        )
        self.sql(
            "organisations",
            "INSERT INTO people_organisation (id, name, kind, status, locked_fields, notes, created_at, updated_at)"
            " SELECT i, name, 'government', 'machine', '[]', '', now(), now()"
            " FROM bench_name WHERE pool = 'org'",
        )
        self.sql(
            "editions and pages",
            "INSERT INTO articles_edition (id, paper, date, date_precision, date_evidence)"
            f" SELECT d + 1, '焦作日报', DATE '1995-01-01' + d, 'day', 'synthetic' FROM generate_series(0, {days}) d;"
            " INSERT INTO articles_page (id, edition_id, source_name, source_path, sha256, encoding, raw_text,"
            " page_label, size_bytes, warnings, imported_at, updated_at)"
            f" SELECT d * 8 + k + 1, d + 1, 'bench_' || d || '_A0' || (k + 1) || '.txt', '', md5(d || ':' || k), 'utf-8',"
            f" '', 'A0' || (k + 1), 0, '[]', now(), now() FROM generate_series(0, {days}) d, generate_series(0, 7) k",
        )
        # Names of an article's slots: person slot s of article g is p(g, s), skewed towards low ids.
        pick = "1 + floor({P} * power(((({g}) * 2654435761::bigint + {s} * 40503) % 1000003) / 1000003.0, 2.5))::int"
        p0, p1, p2 = (pick.format(P=len(persons), g="g", s=s) for s in (1, 2, 3))
        org = f"1 + ((g * 7919) % {len(orgs)})"
        org2 = f"1 + ((g * 104729 + g / 1000) % {len(orgs)})"
        self.sql(
            "articles",
            f"""
            INSERT INTO articles_article (id, page_id, n, kind, headline, kicker, subheadline, section, source, body,
                dateline, date, continued_from_label, continued_to_label, duplicated, start, "end", locked_fields,
                report_date, report_month, search_text)
            SELECT g, x.page_id, x.n, ar.kinds[1 + g % 10],
                pa.name || ar.verbs[1 + g % 8],
                '', '', '', '本报讯',
                o.name || ar.titles[1 + g % 11] || pa.name || ar.verbs[1 + g % 8] || '。' || b1.body
                    || pb.name || '、' || pc.name || '参加活动。' || o2.name || '有关负责人介绍情况。' || b2.body,
                '', CASE WHEN g % 2 = 0 THEN x.day END, '', '', false, 0, 0, '[]',
                x.day, to_char(x.day, 'YYYY-MM'),
                pa.name || ' ' || ar.verb_segs[1 + g % 8] || ' ' || o.name || ' ' || ar.titles[1 + g % 11] || ' '
                    || pa.name || ' ' || ar.verb_segs[1 + g % 8] || ' ' || b1.seg || ' ' || pb.name || ' ' || pc.name
                    || ' 参加 活动 ' || o2.name || ' 有关 负责人 介绍 情况 ' || b2.seg || ' ' || o.name || ' ' || o2.name
            FROM generate_series(1::bigint, {n}) g
            CROSS JOIN bench_arr ar
            CROSS JOIN LATERAL (
                SELECT 1 + ((g - 1) / 11) AS page_id, 1 + (g - 1) % 11 AS n,
                       DATE '1995-01-01' + ((g - 1) / 88)::int AS day
            ) x
            JOIN people_person pa ON pa.id = {p0}
            JOIN people_person pb ON pb.id = {p1}
            JOIN people_person pc ON pc.id = {p2}
            JOIN people_organisation o ON o.id = {org}
            JOIN people_organisation o2 ON o2.id = {org2}
            JOIN bench_par b1 ON b1.i = (g * 31) % {npar}
            JOIN bench_par b2 ON b2.i = (g * 17 + 5) % {npar}
            """,
        )
        self.sql(
            "mentions",
            f"""
            INSERT INTO people_mention (article_id, type, surface, start, "end", person_id, titles, organisation_text,
                method, confidence, status, created_at, updated_at)
            SELECT g, 'person', p.name, 0, 0, p.id, CASE WHEN s = 1 THEN jsonb_build_array(ar.titles[1 + g % 11]) ELSE '[]'::jsonb END,
                '', 'bench', 0.9, CASE WHEN (g + s) % 40 = 0 THEN 'rejected' ELSE 'machine' END, now(), now()
            FROM generate_series(1::bigint, {n}) g CROSS JOIN generate_series(1, 3) s CROSS JOIN bench_arr ar
            JOIN people_person p ON p.id = 1 + floor({len(persons)} * power(((g * 2654435761::bigint + s * 40503)
                % 1000003) / 1000003.0, 2.5))::int;
            INSERT INTO people_mention (article_id, type, surface, start, "end", organisation_id, titles,
                organisation_text, method, confidence, status, created_at, updated_at)
            SELECT g, 'organisation', o.name, 0, 0, o.id, '[]', '', 'bench', 0.9, 'machine', now(), now()
            FROM generate_series(1::bigint, {n}) g JOIN people_organisation o ON o.id = {org};
            INSERT INTO people_mention (article_id, type, surface, start, "end", organisation_id, titles,
                organisation_text, method, confidence, status, created_at, updated_at)
            SELECT g, 'organisation', o.name, 0, 0, o.id, '[]', '', 'bench', 0.9, 'machine', now(), now()
            FROM generate_series(1::bigint, {n}) g JOIN people_organisation o ON o.id = {org2} AND o.id <> {org}
            """,
        )
        self.sql(
            "credits",
            f"""
            INSERT INTO articles_credit (article_id, role, name, "order")
            SELECT g, ar.roles[1 + (g / 7) % 6], r.name, 0
            FROM generate_series(1::bigint, {n}) g CROSS JOIN bench_arr ar
            JOIN bench_name r ON r.pool = 'reporter' AND r.i = 1 + (g * 13 + g / 500) % 300
            """,
        )
        self.sql(
            "tenures",
            f"""
            INSERT INTO people_tenure (person_id, organisation_id, title, first_seen, last_seen, mention_count, status)
            SELECT m.person_id, min(a.id % {len(orgs)}) + 1, m.titles ->> 0, min(a.report_date), max(a.report_date),
                count(*), 'machine'
            FROM people_mention m JOIN articles_article a ON a.id = m.article_id
            WHERE m.type = 'person' AND m.titles <> '[]'
            GROUP BY m.person_id, m.titles ->> 0;
            INSERT INTO people_tenure_mentions (tenure_id, mention_id)
            SELECT t.id, m.id FROM people_mention m
            JOIN people_tenure t ON t.person_id = m.person_id AND t.title = m.titles ->> 0
            WHERE m.type = 'person' AND m.titles <> '[]'
            """,
        )
        self.sql(
            "events",
            """
            INSERT INTO people_event (id, name, type, date_text, date, location, status, locked_fields, created_at)
            SELECT a.id, o.name || '工作会议', 'meeting', '', a.report_date, '焦作', 'machine', '[]', now()
            FROM articles_article a JOIN people_organisation o ON o.id = 1 + ((a.id * 7919) % 240)
            WHERE a.id % 20 = 0;
            INSERT INTO people_event_articles (event_id, article_id) SELECT id, id FROM people_event;
            INSERT INTO people_eventparticipant (event_id, person_id, role)
            SELECT DISTINCT m.article_id, m.person_id, '出席' FROM people_mention m
            JOIN people_event e ON e.id = m.article_id WHERE m.type = 'person'
            """,
        )
        with connection.cursor() as cursor:
            for table in (
                "people_person",
                "people_organisation",
                "articles_edition",
                "articles_page",
                "articles_article",
                "people_event",
            ):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
        self.sql("analyze", "ANALYZE")

    def paragraphs(self) -> list[str]:
        from articles import synthetic

        sources = synthetic.load_sources(sorted((settings.BASE_DIR / "seeds").glob("*.txt")))
        out = []
        for s in sources:
            for p in s.paragraphs:
                p = p.strip()
                # paragraphs without the seeds' own person names, so a pool name is the only name
                if 20 <= len(p) <= 300 and not any(name in p for name in s.names):
                    out.append(p)
        return sorted(set(out))

    # --- timing -------------------------------------------------------------------------------

    def cases(self) -> list[tuple[str, object, str, list]]:
        """(label, the call the report command / admin / search makes, its SQL and parameters)."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles_article")
            total = cursor.fetchone()[0]
            # a typical person (the median of those named), the busiest one, a busy reporter, a month
            cursor.execute(
                "SELECT p.name, count(*) FROM people_mention m JOIN people_person p ON p.id = m.person_id"
                " GROUP BY p.name ORDER BY count(*) DESC"
            )
            ranked = cursor.fetchall()
            cursor.execute(
                "SELECT name, count(*) FROM articles_credit GROUP BY name ORDER BY count(*) DESC LIMIT 1"
            )
            reporter = cursor.fetchone()[0]
            cursor.execute(
                "SELECT report_month FROM articles_article WHERE report_month IS NOT NULL"
                " ORDER BY report_month DESC LIMIT 1 OFFSET %s",
                [total // 2],
            )
            month = cursor.fetchone()[0]
            cursor.execute("SELECT max(report_date) FROM articles_article")
            newest = cursor.fetchone()[0]
        typical, busiest = ranked[len(ranked) // 2], ranked[0]
        self.stdout.write(
            f"{total:,} articles; typical person {typical[0]} ({typical[1]:,} mentions), busiest {busiest[0]}"
            f" ({busiest[1]:,}), reporter {reporter}, month {month}"
        )
        first = f"{month}-01"
        last = f"{month}-28"
        out = []
        for label, name, kw in [
            ("person_appearances, typical person", "person_appearances", {"person": typical[0]}),
            ("person_appearances, busiest person", "person_appearances", {"person": busiest[0]}),
            ("person_appearances, one month", "person_appearances", {"date_from": first, "date_to": last}),
            ("person_cooccurrence, typical person", "person_cooccurrence", {"person": typical[0]}),
            ("person_cooccurrence, busiest person", "person_cooccurrence", {"person": busiest[0]}),
            (
                "person_organisation_links, typical person",
                "person_organisation_links",
                {"person": typical[0]},
            ),
            (
                "person_organisation_links, busiest person",
                "person_organisation_links",
                {"person": busiest[0]},
            ),
            (
                "organisation_cooccurrence, one organisation",
                "organisation_cooccurrence",
                {"person": "焦作市委"},
            ),
            ("person_tenures, typical person", "person_tenures", {"person": typical[0]}),
            ("person_tenures, busiest person", "person_tenures", {"person": busiest[0]}),
            ("event_timeline, one month", "event_timeline", {"date_from": first, "date_to": last}),
            ("reporter_output, one reporter", "reporter_output", {"person": reporter}),
            ("reporter_output, one month", "reporter_output", {"date_from": first, "date_to": last}),
        ]:
            sql, params = build_query(name, **kw)
            out.append((label, lambda name=name, kw=kw: run_report(name, **kw)[1], sql, params))
            if name in SUMMARY_OF:
                # the live view, for comparison (same rows, counted now)
                sql, params = build_query(name, live=True, **kw)
                out.append(
                    (
                        f"{label} (live view)",
                        lambda name=name, kw=kw: run_report(name, live=True, **kw)[1],
                        sql,
                        params,
                    )
                )
        for label, query in [
            ("search, typical person", typical[0]),
            ("search, busiest person", busiest[0]),
            ("search, a word and a person", f"调研 {typical[0]}"),
            ("search, a common word and the busiest person", f"调研 {busiest[0]}"),
            ("search, a rare phrase", "飞地经济"),
        ]:
            # EXPLAIN shows the first query search_ids makes (the newest year; older ones follow if needed)
            sql, params = window_sql(
                query, newest - dt.timedelta(days=WINDOW_DAYS), newest + dt.timedelta(days=1)
            )
            out.append((label, lambda query=query: search_ids(query, 20), sql, params))
        return out

    def bench(self, runs: int, explain: bool) -> None:
        rows = []
        answers = {}
        for label, call, sql, params in self.cases():
            times = []
            live = label.endswith(" (live view)")
            with connection.cursor() as cursor:
                for _ in range(min(runs, 3) if live else runs):
                    started = time.perf_counter()
                    got = call()
                    times.append((time.perf_counter() - started) * 1000)
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql, params)
                plan = [r[0] for r in cursor.fetchall()]
            median = statistics.median(times)
            rows.append((label, median, max(times), len(got)))
            self.stdout.write(
                f"{label:<48} median {median:8.1f} ms  max {max(times):8.1f} ms  rows {len(got)}"
            )
            if live:
                same = sorted(map(repr, got)) == sorted(
                    map(repr, answers[label.removesuffix(" (live view)")])
                )
                self.stdout.write(f"    the summary table gives the same rows: {'yes' if same else 'NO'}")
            answers[label] = got
            if explain:
                self.stdout.write("\n".join("    " + line for line in plan))
            else:
                used = sorted({m for line in plan for m in USING.findall(line)})
                self.stdout.write(f"    indexes: {', '.join(used) or '-'}")
        self.stdout.write("")
        self.stdout.write("| query | median ms | max ms | rows |")
        self.stdout.write("| --- | ---: | ---: | ---: |")
        for label, median, worst, count in rows:
            self.stdout.write(f"| {label} | {median:.1f} | {worst:.1f} | {count} |")

    def bench_refresh(self) -> None:
        """What keeping the summary tables current costs: a refresh for everyone named in one
        day's articles (what an import run of that day's pages leaves to recompute), three times."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT max(report_date) FROM articles_article")
            last = cursor.fetchone()[0]
            times = []
            for _ in range(3):
                cursor.execute(
                    "INSERT INTO report_summary_dirty (kind, entity_id)"
                    " SELECT CASE WHEN m.person_id IS NULL THEN 'organisation' ELSE 'person' END,"
                    " COALESCE(m.person_id, m.organisation_id) FROM people_mention m"
                    " JOIN articles_article a ON a.id = m.article_id WHERE a.report_date = %s",
                    [last],
                )
                started = time.perf_counter()
                done = refresh_report_summaries()
                times.append(time.perf_counter() - started)
        self.stdout.write(
            f"refresh after one day's articles ({last}): {', '.join(f'{t:.1f}' for t in times)} s"
            f" ({done.get('person_appearances', 0)} people, {done.get('organisation_cooccurrence', 0)}"
            " organisations)"
        )
