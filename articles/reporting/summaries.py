"""Summary tables: stored copies of the report views that are slow for a busy person.

Counting live is fine for most people, but a person named in one article in ten (100,000 articles
in a million) costs 0.5-3 s in `report_person_appearances`, `report_person_cooccurrence` and
`report_person_tenures`, and an organisation in every thirtieth article 0.3 s in
`report_organisation_cooccurrence`. Each of those views has a table of the same name with
`summary_` for `report_` (same columns, same rows), which `manage.py report`, the admin (报表) and
`benchmark_reports` read. The views stay the reference: a test proves table == view after an
import, a merge, a split, a re-link and a rejection.

Kept current by whom a change touches, not by a timer:
- triggers (migration 0005, on PostgreSQL and SQLite; 0007 makes the insert triggers on mentions
  and post evidence statement triggers on PostgreSQL) on mentions, people, organisations, posts
  (tenures and their supporting mentions) and articles' report dates write the id of every person
  and organisation whose rows may have changed to `report_summary_dirty` (a plain append: it never
  blocks a concurrent import);
- `refresh_report_summaries()` takes those ids and recomputes, from the views, the rows of each
  (and of the record it is merged into); co-occurrence rows of the other side are mirrored. It
  runs at the end of every import run (articles/services/importer.py) and of every curation action
  (people/services/curation.py), and from `manage.py report --refresh` after hand edits in SQL.
  When the ids are a large part of the table (`_whole`: a first load of back issues) it recomputes
  the whole table instead (on PostgreSQL beside the old one, then swapped in: `_rebuild_and_swap`;
  after an import run, two tables at a time, each in a transaction of its own: `_rebuild_apart`);
- a first load of back issues on PostgreSQL does not record ids at all (`summary_ids_deferred`):
  each of its transactions queues one 'whole' row, and the refresh that takes it rebuilds every
  table whole.

The cost of a refresh is the cost of the live view for the people it names: a day's pages name a
few hundred people and take seconds on a million articles, the busiest person being most of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction

from articles.reporting import REPORTS
from articles.reporting.triggers import DEFER_SETTING
from articles.services.bulk import in_list

# The queue's kind for "rebuild every table whole" (summary_ids_deferred)
WHOLE = "whole"
# PostgreSQL advisory lock key ("jzsu"): refreshes take turns, so two never interleave a
# delete and an insert of the same rows.
REFRESH_LOCK_KEY = 0x6A7A7375
# More ids than this in one refresh: recompute the whole table (one pass over the view is then
# cheaper than one lookup per id, and the id list stays within SQLite's parameter limit).
FULL_ABOVE = 400
# PostgreSQL: more ids than this share of the people (organisations): recompute the whole table.
WHOLE_SHARE = 0.1


@dataclass(frozen=True)
class Summary:
    report: str  # name in articles.reporting.REPORTS
    kind: str  # 'person' or 'organisation': which dirty ids drive it
    key: str  # the column holding the person / organisation id
    other: str | None = None  # pair tables: the other side's id column (both directions stored)

    @property
    def view(self) -> str:  # the live view (the reference)
        return REPORTS[self.report].view

    @property
    def table(self) -> str:  # the stored copy
        return "summary_" + self.view.removeprefix("report_")

    @property
    def columns(self) -> tuple[str, ...]:  # every column of the view
        return ("id", *REPORTS[self.report].columns)


SUMMARIES: tuple[Summary, ...] = (
    Summary("person_appearances", "person", "person_id"),
    Summary("person_cooccurrence", "person", "person_id", "other_id"),
    Summary("organisation_cooccurrence", "organisation", "organisation_id", "other_id"),
    Summary("person_tenures", "person", "person_id"),
    # kept per person: a change to an organisation's mention or record marks the people it links
    # (migration 0006)
    Summary("person_organisation_links", "person", "person_id"),
)
SUMMARY_OF = {s.report: s for s in SUMMARIES}
# the tables the summarised views read
SOURCE_TABLES = (
    "people_mention",
    "people_person",
    "people_organisation",
    "people_tenure",
    "people_tenure_mentions",
    "articles_article",
)


def _rebuild(cursor, s: Summary) -> None:
    if connection.vendor == "postgresql":
        _rebuild_and_swap(cursor, s)
        return
    cols = ", ".join(s.columns)
    cursor.execute(f"DELETE FROM {s.table}")
    cursor.execute(f"INSERT INTO {s.table} ({cols}) SELECT {cols} FROM {s.view}")


def _rebuild_and_swap(cursor, s: Summary) -> None:
    """The whole table computed beside the old one and put in its place (PostgreSQL).

    Rewriting the table in place (DELETE, then INSERT ... SELECT) updates every index row by row,
    and the SELECT cannot use parallel workers. Here the rows go into a new table without indexes
    (CREATE TABLE AS, which can), its indexes are built once, in bulk, and it takes the old table's
    name, indexes, primary key and grants. Readers keep reading the old table until the swap, which
    holds its exclusive lock only for the renames, at the end of the refresh's transaction.
    About half the time of the rewrite for the two largest tables."""
    table, new = s.table, f"{s.table}__rebuilt"
    cursor.execute(
        "SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute"
        " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
        [table],
    )
    columns = cursor.fetchall()
    cursor.execute(
        "SELECT i.indexname, i.indexdef, c.conname IS NOT NULL FROM pg_indexes i"
        " LEFT JOIN pg_constraint c ON c.conindid = (quote_ident(i.schemaname) || '.' ||"
        " quote_ident(i.indexname))::regclass AND c.contype = 'p'"
        " WHERE i.schemaname = current_schema() AND i.tablename = %s ORDER BY i.indexname",
        [table],
    )
    indexes = cursor.fetchall()
    cursor.execute(
        "SELECT grantee, privilege_type FROM information_schema.role_table_grants"
        " WHERE table_schema = current_schema() AND table_name = %s AND grantee <> current_user",
        [table],
    )
    grants = cursor.fetchall()

    cursor.execute(f"DROP TABLE IF EXISTS {new}")
    select = ", ".join(f"CAST({name} AS {sql_type}) AS {name}" for name, sql_type, _ in columns)
    cursor.execute(f"CREATE TABLE {new} AS SELECT {select} FROM {s.view}")
    not_null = [f"ALTER COLUMN {name} SET NOT NULL" for name, _, required in columns if required]
    if not_null:
        cursor.execute(f"ALTER TABLE {new} {', '.join(not_null)}")
    for name, definition, _ in indexes:
        unique = "UNIQUE " if definition.startswith("CREATE UNIQUE ") else ""
        method_and_keys = definition.split(" USING ", 1)[1]
        cursor.execute(f"CREATE {unique}INDEX {name}__rebuilt ON {new} USING {method_and_keys}")

    cursor.execute(f"DROP TABLE {table}")
    cursor.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for name, _, primary in indexes:
        if primary:
            cursor.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {name} PRIMARY KEY USING INDEX {name}__rebuilt"
            )
        else:
            cursor.execute(f"ALTER INDEX {name}__rebuilt RENAME TO {name}")
    for grantee, privilege in grants:
        cursor.execute(f'GRANT {privilege} ON {table} TO "{grantee}"')
    cursor.execute(f"ANALYZE {table}")


def _refresh_ids(cursor, s: Summary, ids: list[int]) -> None:
    cols = ", ".join(s.columns)
    key_in, key_params = in_list(s.key, ids)
    if s.other is None:
        cursor.execute(f"DELETE FROM {s.table} WHERE {key_in}", key_params)
        cursor.execute(
            f"INSERT INTO {s.table} ({cols}) SELECT {cols} FROM {s.view} WHERE {key_in}", key_params
        )
        return
    other_in, other_params = in_list(s.other, ids)
    cursor.execute(f"DELETE FROM {s.table} WHERE {key_in} OR {other_in}", key_params + other_params)
    cursor.execute(f"INSERT INTO {s.table} ({cols}) SELECT {cols} FROM {s.view} WHERE {key_in}", key_params)
    # The same pairs seen from the other side, when that side was not recomputed itself: a pair
    # counts the articles naming both, so its mirror has the same counts and dates.
    a_name = s.key.removesuffix("_id") + "_name"
    cursor.execute(
        f"INSERT INTO {s.table} ({cols})"
        f" SELECT CAST(other_id AS TEXT) || ':' || CAST({s.key} AS TEXT), other_id, other_name, {s.key},"
        f" {a_name}, articles, first_date, last_date FROM {s.table} WHERE {key_in} AND NOT {other_in}",
        key_params + other_params,
    )


@contextmanager
def summary_ids_deferred(defer: bool = True) -> Iterator[None]:
    """Around the writes of a group of a first load of back issues, inside its transaction
    (PostgreSQL): the triggers on what an import inserts do not record the ids of every person and
    organisation the group names (the statements of migration 0009 return at once); the
    transaction records one 'whole' row instead, and the refresh that takes it rebuilds every
    summary table whole, as the refresh at the end of such a run would anyway. The row commits or
    rolls back with the group: a run killed midway leaves the rows of the groups it committed, and
    the next refresh (the next import's, a curation action's, or `refresh_if_dirty` before a
    report) rebuilds. Measured: ~0.6 ms of the server's time a page (the triggers' statements and
    ~50 rows a page in the queue).

    The setting lasts until the block ends (a transaction's setting would otherwise outlive a
    savepoint, when the caller holds a transaction); on an exception the rollback restores it."""
    if not defer or connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL {DEFER_SETTING} = 'deferred'")
        cursor.execute("INSERT INTO report_summary_dirty (kind, entity_id) VALUES (%s, 0)", [WHOLE])
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL {DEFER_SETTING} = ''")


def _take_dirty(cursor) -> dict[str, set[int]]:
    """The ids the triggers recorded since the last refresh (each once), removed from the queue;
    under WHOLE, {0} when a transaction deferred its ids (summary_ids_deferred)."""
    if connection.vendor == "postgresql":
        # deletes only the rows this transaction sees: ids written by a page still being
        # imported stay for the next refresh
        cursor.execute(
            "WITH taken AS (DELETE FROM report_summary_dirty RETURNING kind, entity_id)"
            " SELECT DISTINCT kind, entity_id FROM taken"
        )
        rows = cursor.fetchall()
    else:
        cursor.execute("SELECT max(id) FROM report_summary_dirty")
        last = cursor.fetchone()[0] or 0
        cursor.execute("SELECT DISTINCT kind, entity_id FROM report_summary_dirty WHERE id <= %s", [last])
        rows = cursor.fetchall()
        cursor.execute("DELETE FROM report_summary_dirty WHERE id <= %s", [last])
    out: dict[str, set[int]] = {"person": set(), "organisation": set(), WHOLE: set()}
    for kind, entity_id in rows:
        if entity_id is not None and kind in out:
            out[kind].add(int(entity_id))
    return out


def _with_survivors(cursor, table: str, ids: set[int]) -> list[int]:
    """The ids and the records they are merged into: a merged record counts under its survivor."""
    if not ids or (connection.vendor != "postgresql" and len(ids) > FULL_ABOVE):
        return sorted(ids)  # (SQLite recomputes the whole tables above FULL_ABOVE ids)
    where, params = in_list("id", sorted(ids))
    cursor.execute(f"SELECT merged_into_id FROM {table} WHERE {where} AND merged_into_id IS NOT NULL", params)
    return sorted(ids | {r[0] for r in cursor.fetchall()})


def _whole(cursor, kind: str, n_ids: int) -> bool:
    """Whether recomputing the whole table is cheaper than recomputing these ids' rows.

    PostgreSQL: when they are more than WHOLE_SHARE of the records. Measured after 10,000 pages
    (180,477 people): the rows of 500 random people took 0.4 s, 3,000 people 2.3 s, 20,000 people
    16.3 s, the whole tables 14.7 s; so a batch of back issues onto a large archive refreshes
    what it touched, and the first load of an archive rebuilds. SQLite: above FULL_ABOVE ids (its
    id lists are written out as parameters)."""
    if n_ids <= FULL_ABOVE:
        return False
    if connection.vendor != "postgresql":
        return True
    cursor.execute(f"SELECT count(*) FROM people_{kind}")
    return n_ids > cursor.fetchone()[0] * WHOLE_SHARE


def refresh_report_summaries(*, full: bool = False) -> dict[str, int]:
    """Bring the summary tables up to date with the views; returns the number of ids recomputed
    per summary (-1: the whole table). One transaction (joins the caller's if there is one)."""
    done: dict[str, int] = {}
    # PostgreSQL, called outside a transaction: whole tables may be rebuilt in transactions of
    # their own, two at a time (_rebuild_apart)
    apart_allowed = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK_KEY])
        dirty = _take_dirty(cursor)
        ids = {
            "person": _with_survivors(cursor, "people_person", dirty["person"]),
            "organisation": _with_survivors(cursor, "people_organisation", dirty["organisation"]),
        }
        full = full or bool(dirty[WHOLE])
        whole = [s for s in SUMMARIES if full or _whole(cursor, s.kind, len(ids[s.kind]))]
        apart = apart_allowed and len(whole) > 1
        if whole and connection.vendor == "postgresql" and not apart:
            _analyse_sources(cursor)
        for s in SUMMARIES:
            chosen = ids[s.kind]
            if s in whole:
                if not apart:
                    _rebuild(cursor, s)
                done[s.report] = -1
            elif chosen:
                _refresh_ids(cursor, s, chosen)
                done[s.report] = len(chosen)
        if apart:
            _rebuild_apart(whole)
    return done


def _analyse_sources(cursor) -> None:
    """Before a whole rebuild: after a backlog the planner's statistics describe a much smaller
    archive (and autovacuum may be off): a whole rebuild after 10,000 pages took 19.3 s on them,
    14.7 s (and 1.1 s for this) on fresh ones."""
    cursor.execute(f"ANALYZE {', '.join(SOURCE_TABLES)}")


# The summaries from the longest whole rebuild to the shortest (after 10,000 pages: 6.7, 6.5, 2.9,
# 1.9 and 1.7 s), the order _rebuild_apart hands them out in
LONGEST_FIRST = (
    "person_organisation_links",
    "person_cooccurrence",
    "organisation_cooccurrence",
    "person_appearances",
    "person_tenures",
)
# Tables rebuilt at once: two. Each one's joins already plan parallel workers of their own
# (max_parallel_workers_per_gather), so more at once would share the same cores.
APART = 2


def _in_own_transaction(work: Callable[..., None]) -> Callable[..., None]:
    """work(cursor, *args) in a thread, in a transaction of its own on that thread's connection."""

    def run(*args) -> None:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                work(cursor, *args)
        finally:
            connection.close()

    return run


def _rebuild_apart(whole: list[Summary]) -> None:
    """Whole tables rebuilt (_rebuild_and_swap) each in a transaction of its own on a connection of
    its own, APART at a time, the longest first (PostgreSQL). One after another in one transaction,
    each table's serial steps (the inserts, index builds, swap and ANALYZE) left a core idle; two
    at a time, the rebuild after 10,000 pages took 19.4 s instead of 21.2, after 1,000 pages 2.1 s
    instead of 2.7-3.0. The caller holds the refresh lock meanwhile and has taken the
    queue in its own transaction: a table swapped in is committed whatever happens to the others,
    and if any fails, the caller's transaction rolls back and leaves the queue for the next refresh.
    The statistics go first, committed, so that the rebuilds plan with them."""
    with ThreadPoolExecutor(APART) as pool:
        pool.submit(_in_own_transaction(_analyse_sources)).result()
        ordered = sorted(whole, key=lambda s: LONGEST_FIRST.index(s.report))
        list(pool.map(_in_own_transaction(_rebuild), ordered))


def refresh_if_dirty() -> None:
    """Before reading the summary tables: recompute what changed since the last refresh (an edit
    made outside the import and the curation actions, in the admin's forms or in SQL). One cheap
    query when nothing did."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM report_summary_dirty LIMIT 1")
        if cursor.fetchone() is None:
            return
    refresh_report_summaries()
