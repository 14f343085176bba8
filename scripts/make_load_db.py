"""Fill a database with a big synthetic archive for load runs: editions, pages, articles, credits,
people, organisations and mentions, written with bulk_create (no reading, no extraction).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jzload .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jzload .venv/bin/python scripts/make_load_db.py \\
        --articles 100000 --curators 20

Text is varied: article bodies are sentences of the real seed pages, shuffled, with the names of
generated people and organisations put in, so searches find some rows and not all. Curators
load01..loadNN (group `curators`, password from --password) are created for scripts/loadtest.py.
Refuses to write into a database that already holds pages unless --append is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jzarchive.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import transaction  # noqa: E402

from articles.models import Article, Credit, Edition, Page  # noqa: E402
from articles.search import derived_text, month_of, search_text_for  # noqa: E402
from people.models import Mention, Organisation, Person  # noqa: E402

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰亦博民生松奇倩娇树勋惠子宁晓"
ORG_HEADS = [
    "焦作市",
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
]
ORG_TAILS = [
    "委",
    "人民政府",
    "人大常委会",
    "政协",
    "发展和改革委员会",
    "教育局",
    "公安局",
    "卫生健康委员会",
    "税务局",
]
TITLES = ["书记", "副书记", "市长", "副市长", "主任", "局长", "主席", "区长", "县长"]
KINDS = ["news"] * 6 + ["feature", "brief", "photo", "notice", "column", "xinhua"]
SOURCES = ["本报讯"] * 8 + ["新华社", "焦作日报记者", "人民网"]
ROLES = ["reporter", "reporter", "correspondent", "photographer", "trainee_reporter"]


def sentences() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = re.sub(r"\s+", "", path.read_text(encoding="utf-8-sig"))
        out.extend(s + "。" for s in text.split("。") if 8 <= len(s) <= 160)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-page", type=int, default=10)
    parser.add_argument("--people", type=int, default=8000)
    parser.add_argument("--organisations", type=int, default=600)
    parser.add_argument("--curators", type=int, default=20)
    parser.add_argument("--password", default="load-test-pass-2025")
    parser.add_argument("--seed", type=int, default=20250411)
    parser.add_argument("--append", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    if Page.objects.exists() and not args.append:
        sys.exit("this database already holds pages: use a fresh one, or --append")
    pool = sentences()

    names = set()
    while len(names) < args.people:
        names.add(rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2)))))
    people = Person.objects.bulk_create(
        [Person(name=n, name_pinyin="") for n in sorted(names)], batch_size=2000
    )
    orgs = Organisation.objects.bulk_create(
        [
            Organisation(name=f"{rng.choice(ORG_HEADS)}{rng.choice(ORG_TAILS)}{i if i >= 99 else ''}")
            for i in range(args.organisations)
        ],
        batch_size=2000,
    )
    print(f"{len(people)} people, {len(orgs)} organisations", flush=True)

    n_pages = -(-args.articles // args.per_page)
    first_day = dt.date(1985, 1, 1)
    made = 0
    for chunk_start in range(0, n_pages, 500):
        with transaction.atomic():
            pages_here = range(chunk_start, min(n_pages, chunk_start + 500))
            editions = {}
            for p in pages_here:
                day = first_day + dt.timedelta(days=p // 8)
                editions.setdefault(day, Edition(paper="焦作日报", date=day, date_precision="day"))
            Edition.objects.bulk_create(editions.values(), ignore_conflicts=True)
            by_date = dict(Edition.objects.filter(date__in=list(editions)).values_list("date", "id"))
            pages = []
            for p in pages_here:
                day = first_day + dt.timedelta(days=p // 8)
                label = f"A{p % 8 + 1:02d}"
                pages.append(
                    Page(
                        edition_id=by_date[day],
                        source_name=f"{day:%Y-%m-%d}_{label}_{p}.txt",
                        sha256=f"{rng.getrandbits(256):064x}",
                        encoding="utf-8",
                        raw_text="".join(rng.choices(pool, k=12)),
                        page_label=label,
                        size_bytes=0,
                    )
                )
            pages = Page.objects.bulk_create(pages)
            articles, texts = [], []
            for page in pages:
                for n in range(1, args.per_page + 1):
                    if made >= args.articles:
                        break
                    made += 1
                    who = rng.sample(people, 3)
                    org = rng.choice(orgs)
                    body_parts = rng.choices(pool, k=rng.randint(3, 12))
                    body_parts.insert(
                        1, f"{org.name}{rng.choice(TITLES)}{who[0].name}出席并讲话，{who[1].name}参加。"
                    )
                    body = "".join(body_parts)
                    headline = rng.choice(pool)[: rng.randint(8, 24)].rstrip("，。")
                    day = page_date(page, by_date)
                    articles.append(
                        Article(
                            page=page,
                            n=n,
                            kind=rng.choice(KINDS),
                            headline=headline,
                            source=rng.choice(SOURCES),
                            body=body,
                            date=day,
                            start=0,
                            end=len(body),
                            # what articles.search.index_page computes on import: report date and
                            # month, and the search words (text, byline, entity names)
                            report_date=day,
                            report_month=month_of(day),
                            search_text=search_text_for(
                                derived_text("", headline, "", body),
                                [who[0].name, who[1].name, who[2].name, org.name],
                            ),
                        )
                    )
                    texts.append((headline, body, who, org))
            articles = Article.objects.bulk_create(articles)
            credits, mentions = [], []
            for article, (headline, body, who, org) in zip(articles, texts, strict=True):
                credits.append(
                    Credit(article=article, role=rng.choice(ROLES), name=who[2].name, person=who[2])
                )
                text = f"{headline}\n{body}"
                for person in who[:2]:
                    at = text.find(person.name)
                    mentions.append(
                        Mention(
                            article=article,
                            type="person",
                            surface=person.name,
                            start=max(at, 0),
                            end=max(at, 0) + len(person.name),
                            person=person,
                            method="synthetic",
                            confidence=0.9,
                        )
                    )
                at = text.find(org.name)
                mentions.append(
                    Mention(
                        article=article,
                        type="organisation",
                        surface=org.name,
                        start=max(at, 0),
                        end=max(at, 0) + len(org.name),
                        organisation=org,
                        method="synthetic",
                        confidence=0.9,
                    )
                )
            Credit.objects.bulk_create(credits)
            Mention.objects.bulk_create(mentions)
        print(f"{made} articles ({time.perf_counter() - started:.0f} s)", flush=True)
        if made >= args.articles:
            break

    group = Group.objects.get(name="curators")
    User = get_user_model()
    for i in range(1, args.curators + 1):
        user, _ = User.objects.get_or_create(username=f"load{i:02d}", defaults={"is_staff": True})
        user.is_staff = True
        user.set_password(args.password)
        user.save()
        user.groups.add(group)
    print(
        f"done in {time.perf_counter() - started:.0f} s: {Article.objects.count()} articles, "
        f"{Mention.objects.count()} mentions, {Person.objects.count()} people; "
        f"curators load01..load{args.curators:02d}"
    )


def page_date(page: Page, by_date: dict) -> dt.date | None:
    for day, edition_id in by_date.items():
        if edition_id == page.edition_id:
            return day
    return None


if __name__ == "__main__":
    main()
