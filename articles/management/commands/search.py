"""python manage.py search QUERY [--format text|json] [--limit N]

Full-text search over headlines and bodies (articles/search.py): article id, date, headline and a
snippet with the matches in 【】."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from articles.search import search


class Command(BaseCommand):
    help = "Search articles by Chinese words."

    def add_arguments(self, parser) -> None:
        parser.add_argument("query", nargs="+")
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument("--limit", type=int, default=50)

    def handle(self, *args, **options) -> None:
        hits = search(" ".join(options["query"]), limit=options["limit"])
        if options["format"] == "json":
            records = [
                {
                    "article": h.article_id,
                    "date": h.date.isoformat() if h.date else None,
                    "headline": h.headline,
                    "snippet": h.snippet,
                    "rank": round(h.rank, 6),
                }
                for h in hits
            ]
            self.stdout.write(json.dumps(records, ensure_ascii=False, indent=1))
            return
        for h in hits:
            self.stdout.write(
                f"#{h.article_id}  {h.date.isoformat() if h.date else '日期不详'}  {h.headline}"
            )
            self.stdout.write(f"    {h.snippet}")
        self.stdout.write(f"({len(hits)} articles)")
