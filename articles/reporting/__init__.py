"""SQL reports: views kept as versioned .sql files (sql/NAME.vN.sql), created by migrations, each
behind a read-only unmanaged model (articles/reports.py), queried by `manage.py report`, the admin
(报表) and analysts directly. See docs/reports.md.

Every value from a user (dates, a person's name) reaches the database as a bound parameter; the
only names put into SQL text are the view and column names of the REPORTS table below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from django.db import connection

SQL_DIR = Path(__file__).resolve().parent / "sql"


@dataclass(frozen=True)
class Report:
    name: str
    view: str
    title: str
    description: str
    columns: tuple[str, ...]
    person_columns: tuple[str, ...] = ()  # --person NAME matches any of these (exact name)
    month_column: str | None = None  # --from/--to keep the months in the period
    date_column: str | None = None  # --from/--to keep the rows dated in the period
    overlap: tuple[str, str] | None = None  # --from/--to keep rows whose [first, last] overlaps it
    order_by: str = ""

    @property
    def source(self) -> str:
        """What reports read: the stored copy of the view when there is one (summaries.py)."""
        from articles.reporting.summaries import SUMMARY_OF

        summary = SUMMARY_OF.get(self.name)
        return summary.table if summary else self.view


REPORTS: dict[str, Report] = {
    r.name: r
    for r in (
        Report(
            "person_appearances",
            "report_person_appearances",
            "人物见报次数（按月）",
            "person, month, number of articles and mentions, first and last date",
            ("person_id", "person_name", "month", "articles", "mentions", "first_date", "last_date"),
            person_columns=("person_name",),
            month_column="month",
            order_by="month, articles DESC, person_name",
        ),
        Report(
            "person_cooccurrence",
            "report_person_cooccurrence",
            "人物共现",
            "pairs of people named in the same article (both directions), articles, first and last date",
            ("person_id", "person_name", "other_id", "other_name", "articles", "first_date", "last_date"),
            person_columns=("person_name",),
            overlap=("first_date", "last_date"),
            order_by="articles DESC, person_name, other_name",
        ),
        Report(
            "organisation_cooccurrence",
            "report_organisation_cooccurrence",
            "机构共现",
            "pairs of organisations named in the same article (both directions)",
            (
                "organisation_id",
                "organisation_name",
                "other_id",
                "other_name",
                "articles",
                "first_date",
                "last_date",
            ),
            person_columns=("organisation_name",),
            overlap=("first_date", "last_date"),
            order_by="articles DESC, organisation_name, other_name",
        ),
        Report(
            "person_organisation_links",
            "report_person_organisation_links",
            "人物—机构关联",
            "a person and an organisation named in the same article",
            (
                "person_id",
                "person_name",
                "organisation_id",
                "organisation_name",
                "articles",
                "first_date",
                "last_date",
            ),
            person_columns=("person_name",),
            overlap=("first_date", "last_date"),
            order_by="articles DESC, person_name, organisation_name",
        ),
        Report(
            "person_tenures",
            "report_person_tenures",
            "任职时间线",
            "person, organisation, title, first and last date seen, mentions (a career timeline)",
            (
                "person_id",
                "person_name",
                "organisation_id",
                "organisation_name",
                "title",
                "first_date",
                "last_date",
                "mentions",
                "articles",
            ),
            person_columns=("person_name",),
            overlap=("first_date", "last_date"),
            order_by="person_name, first_date, title",
        ),
        Report(
            "event_timeline",
            "report_event_timeline",
            "事件时间线",
            "events by date: type, location, participants, articles",
            ("id", "date", "name", "type", "location", "participants", "articles", "first_article_date"),
            date_column="date",
            order_by="date, name",
        ),
        Report(
            "reporter_output",
            "report_reporter_output",
            "记者发稿量（按月）",
            "reporter / correspondent / photographer, month, articles in all and by kind",
            (
                "reporter",
                "role",
                "month",
                "articles",
                "news",
                "xinhua",
                "feature",
                "photo",
                "brief",
                "other",
                "first_date",
                "last_date",
            ),
            person_columns=("reporter",),
            month_column="month",
            order_by="month, articles DESC, reporter",
        ),
    )
}

# The versions the latest migration created: (report name, version).
# The newest version of every view (the one its latest migration creates).
NEWEST = {
    "person_appearances": 2,
    "person_cooccurrence": 2,
    "organisation_cooccurrence": 2,
    "person_organisation_links": 2,
}
VIEW_VERSIONS: tuple[tuple[str, int], ...] = tuple((name, NEWEST.get(name, 1)) for name in REPORTS)


def create_views(schema_editor, versions=VIEW_VERSIONS) -> None:
    """Drop and create the report views (used by migrations, given the versions they pin)."""
    for name, version in versions:
        view = REPORTS[name].view
        schema_editor.execute(f"DROP VIEW IF EXISTS {view}")
        sql = _view_sql_for(schema_editor.connection, name, version)
        schema_editor.execute(sql)


def drop_views(schema_editor, versions=VIEW_VERSIONS) -> None:
    for name, _ in versions:
        schema_editor.execute(f"DROP VIEW IF EXISTS {REPORTS[name].view}")


def _view_sql_for(conn, name: str, version: int) -> str:
    vendor = SQL_DIR / f"{name}.v{version}.{conn.vendor}.sql"
    path = vendor if vendor.exists() else SQL_DIR / f"{name}.v{version}.sql"
    # comments stripped: the statement goes to the database as one command
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("--")]
    return "\n".join(lines).strip().rstrip(";")


class ReportError(ValueError):
    pass


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ReportError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_query(
    name: str,
    *,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    person: str | None = None,
    limit: int | None = None,
    live: bool = False,
) -> tuple[str, list]:
    """SELECT on the report's stored copy (live=True: on its view) with its filters as placeholders;
    returns (sql, params)."""
    report = REPORTS.get(name)
    if report is None:
        raise ReportError(f"no such report: {name!r} (see --list)")
    start, end = parse_date(date_from), parse_date(date_to)
    where, params = [], []
    if person:
        if not report.person_columns:
            raise ReportError(f"{name} has no person filter")
        where.append("(" + " OR ".join(f"{c} = %s" for c in report.person_columns) + ")")
        params += [person] * len(report.person_columns)
    if start or end:
        if report.month_column:
            if start:
                where.append(f"{report.month_column} >= %s")
                params.append(start.isoformat()[:7])
            if end:
                where.append(f"{report.month_column} <= %s")
                params.append(end.isoformat()[:7])
        elif report.date_column:
            if start:
                where.append(f"{report.date_column} >= %s")
                params.append(start)
            if end:
                where.append(f"{report.date_column} <= %s")
                params.append(end)
        elif report.overlap:
            first, last = report.overlap
            if start:
                where.append(f"{last} >= %s")
                params.append(start)
            if end:
                where.append(f"{first} <= %s")
                params.append(end)
    sql = f"SELECT {', '.join(report.columns)} FROM {report.view if live else report.source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if report.order_by:
        sql += f" ORDER BY {report.order_by}"
    if limit:
        sql += " LIMIT %s"
        params.append(int(limit))
    return sql, params


def run_report(name: str, **filters) -> tuple[tuple[str, ...], list[tuple]]:
    from articles.reporting.summaries import SUMMARY_OF, refresh_if_dirty

    if name in SUMMARY_OF and not filters.get("live"):
        refresh_if_dirty()
    sql, params = build_query(name, **filters)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return REPORTS[name].columns, rows
