"""python manage.py report --list
python manage.py report NAME [--from DATE] [--to DATE] [--person NAME] [--format table|csv|json]
    [--limit N] [--live]
python manage.py report --refresh [--full]

Runs one of the SQL report views (docs/reports.md). Filters are bound parameters, never pasted
into the SQL: --person matches the person's (organisation's, reporter's) exact name; --from/--to
keep the months in the period (monthly reports), the rows dated in it (event_timeline), or the
rows whose first..last dates overlap it (the others).

Four reports read the stored copy of their view (summary tables, docs/reports.md); --live reads
the view itself; --refresh [--full] brings the copies up to date after edits made in SQL."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.reporting import REPORTS, ReportError, run_report
from articles.reporting.summaries import refresh_report_summaries


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def width(text: str) -> int:
    # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


class Command(BaseCommand):
    help = "Run an SQL report (see --list)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name", nargs="?")
        parser.add_argument("--list", action="store_true", help="list the reports and their columns")
        parser.add_argument("--from", dest="date_from", help="YYYY-MM-DD")
        parser.add_argument("--to", dest="date_to", help="YYYY-MM-DD")
        parser.add_argument("--person", help="exact name of the person (organisation, reporter)")
        parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
        parser.add_argument("--limit", type=int, default=None)
        parser.add_argument(
            "--live", action="store_true", help="read the view itself, not its stored copy (summary table)"
        )
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="bring the summary tables up to date (after edits made in SQL); with --full, all of them",
        )
        parser.add_argument("--full", action="store_true", help="with --refresh: recompute every row")

    def handle(self, *args, **options) -> None:
        out = self.stdout
        if options["refresh"]:
            done = refresh_report_summaries(full=options["full"])
            for name, n in done.items():
                out.write(f"{name}: {'every row' if n < 0 else f'{n} ids'} recomputed")
            if not done:
                out.write("the summary tables are up to date")
            return
        if options["list"] or not options["name"]:
            for r in REPORTS.values():
                filters = ["--from/--to"] + (["--person"] if r.person_columns else [])
                out.write(f"{r.name:<28}{r.title}  [{' '.join(filters)}]")
                out.write(f"{'':<28}{r.description}")
                out.write(f"{'':<28}view {r.view}: {', '.join(r.columns)}")
            return
        try:
            columns, rows = run_report(
                options["name"],
                date_from=options["date_from"],
                date_to=options["date_to"],
                person=options["person"],
                limit=options["limit"],
                live=options["live"],
            )
        except ReportError as exc:
            raise CommandError(str(exc)) from exc
        fmt = options["format"]
        if fmt == "json":
            records = [
                {
                    c: (v.isoformat() if isinstance(v, dt.date) else v)
                    for c, v in zip(columns, row, strict=True)
                }
                for row in rows
            ]
            out.write(json.dumps(records, ensure_ascii=False, indent=1))
        elif fmt == "csv":
            stream = out._out if hasattr(out, "_out") else sys.stdout
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([[cell(v) for v in row] for row in rows])
        else:
            table = [list(columns)] + [[cell(v) for v in row] for row in rows]
            widths = [max(width(r[i]) for r in table) for i in range(len(columns))]
            for n, r in enumerate(table):
                out.write(
                    "  ".join(v + " " * (w - width(v)) for v, w in zip(r, widths, strict=True)).rstrip()
                )
                if n == 0:
                    out.write("  ".join("-" * w for w in widths))
            out.write(f"({len(rows)} rows)")
