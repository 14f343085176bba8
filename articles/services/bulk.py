"""Bulk row writes for the importer, below the ORM: the ORM prepares every field of every object
in Python (half the time of storing a page, measured), where these write plain tuples.

- `new_ids(model, n)`: n fresh primary keys, taken before the rows are written, so that rows that
  point at each other (mentions at articles, posts at mentions) go in without reading ids back.
  PostgreSQL: the table's own identity sequence (`nextval`), one query. SQLite: the transaction
  holds the write lock from its start (settings: transaction_mode IMMEDIATE), so the ids after the
  highest ever given (`sqlite_sequence`, AUTOINCREMENT) are ours until it commits.
- `insert_rows(model, columns, rows)`: PostgreSQL `COPY ... FROM STDIN` through psycopg;
  SQLite `executemany`. Must run inside a transaction (the importer's per-page one).
- `insert_new(model, names, rows)`: new records from the values of a few fields, every other field
  at its default (auto_now fields stamped now, JSON fields as JSON text): bulk_create without a
  model instance a row, and without the ORM's per-field preparation. Returns the new ids.
- `stamp(now)`: a datetime for many rows of insert_rows(), dumped once (PostgreSQL).
- `select_in(sql, column, values)`: the rows of a query whose `{in}` is `column IN values`, as one
  array parameter on PostgreSQL (`= ANY(%s)`: one value to adapt and a query text that does not
  grow with the list), a list of placeholders on SQLite.
- `insert_ignoring(model, columns, types, rows)` (PostgreSQL): bulk_create(ignore_conflicts=True)
  as one INSERT from arrays.

Values are given as the database stores them: JSON fields as `json.dumps` text, dates as dates.
Rows go in as given: no defaults are filled, no signals are sent, no history is written (as with
bulk_create), so callers name every NOT NULL column.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import JSONField
from django.utils import timezone


def json_text(value) -> str:
    """A JSON field's value as Django writes it (json.dumps with its defaults)."""
    return json.dumps(value)


def stamp(value: dt.datetime) -> dt.datetime | str:
    """A datetime that insert_rows() is to write in many rows (a run's "now"), as the very text
    COPY writes for it: on PostgreSQL psycopg's dumper runs once here instead of once a value (most
    of the cost of a row of mentions, measured); on SQLite the value itself."""
    if connection.vendor != "postgresql":
        return value
    from psycopg.adapt import PyFormat, Transformer

    with connection.cursor() as cursor:
        dumper = Transformer(cursor.cursor).get_dumper(value, PyFormat.TEXT)
        return bytes(dumper.dump(value)).decode()


def _table(model) -> str:
    return model._meta.db_table


def new_ids(model, n: int) -> list[int]:
    if n <= 0:
        return []
    table = _table(model)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # the sequence looked up once (MATERIALIZED): in the select list pg_get_serial_sequence
            # runs for every row, 9 of the 10 us an id took (measured: 150,000 ids 510 -> 56 ms)
            cursor.execute(
                "WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(%s, 'id')::regclass AS seq)"
                " SELECT nextval(s.seq) FROM s, generate_series(1, %s)",
                [table, n],
            )
            return sorted(r[0] for r in cursor.fetchall())
        if not connection.in_atomic_block:  # the ids are ours only while we hold the write lock
            raise RuntimeError("new_ids() on SQLite must run inside a transaction")
        cursor.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0),"
            f' coalesce((SELECT max(id) FROM "{table}"), 0))',
            [table],
        )
        first = cursor.fetchone()[0] + 1
    return list(range(first, first + n))


def insert_rows(model, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write `rows` (tuples in the order of `columns`, database column names) into model's table."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return 0
    table = _table(model)
    cols = ", ".join(f'"{c}"' for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # psycopg's own cursor, below Django's: its errors become Django's here (IntegrityError,
            # DataError...), which the importer catches to store a group page by page
            with (
                connection.wrap_database_errors,
                cursor.cursor.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)
    return len(rows)


def insert_new(model, names: Sequence[str], rows: Sequence[Sequence]) -> list[int]:
    """Write new records given the values of fields `names` (attnames; JSON fields as Python values),
    every other concrete field at its default and auto_now fields stamped now, and return their ids
    in the order of `rows`: the rows bulk_create([model(**dict(zip(names, row))), ...]) writes.
    No signals, no history, as with bulk_create."""
    if not rows:
        return []
    fields = model._meta.concrete_fields
    now = stamp(timezone.now())
    # columns: the primary key, the given fields in the order of `names`, then the others (the
    # order of the columns of a COPY or an INSERT does not change the rows)
    by_name = {f.attname: f for f in fields}
    given = [by_name[name] for name in names]
    if any(
        f.primary_key or getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) for f in given
    ):
        raise ValueError("insert_new() sets the primary key and the auto_now fields itself")
    as_json = [isinstance(f, JSONField) for f in given]
    columns = [model._meta.pk.column, *(f.column for f in given)]
    fixed = []
    for f in fields:
        if f.primary_key or f.attname in names:
            continue
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            fixed.append(now)
        else:
            value = f.get_default()
            fixed.append(json_text(value) if isinstance(f, JSONField) else value)
        columns.append(f.column)
    if any(as_json):
        rows = [tuple(json_text(v) if j else v for v, j in zip(row, as_json, strict=True)) for row in rows]
    ids = new_ids(model, len(rows))
    tail = tuple(fixed)
    insert_rows(model, columns, [(new_id, *row, *tail) for new_id, row in zip(ids, rows, strict=True)])
    return ids


def in_list(column: str, values: Sequence) -> tuple[str, list]:
    """`column IN values` as SQL and its parameters: one array on PostgreSQL, a list on SQLite."""
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", [list(values)]
    if not values:
        return "0 = 1", []
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def select_in(sql: str, column: str, values: Sequence, after: Sequence = (), chunk: int = 500) -> list[tuple]:
    """Rows of `sql` with `{in}` standing for `column IN values` and `after` the parameters of the
    placeholders that follow it; on SQLite `chunk` values a query (its limit on parameters)."""
    values = list(values)
    if not values:
        return []
    step = len(values) if connection.vendor == "postgresql" else chunk
    out: list[tuple] = []
    with connection.cursor() as cursor:
        for i in range(0, len(values), step):
            where, params = in_list(column, values[i : i + step])
            cursor.execute(sql.replace("{in}", where), [*params, *after])
            out += cursor.fetchall()
    return out


def insert_ignoring(model, columns: Sequence[str], types: Sequence[str], rows: Sequence[Sequence]) -> None:
    """PostgreSQL: `rows` inserted as bulk_create(ignore_conflicts=True) inserts them (one statement,
    ON CONFLICT DO NOTHING, ids drawn in the order of `rows`), the columns as arrays of `types`."""
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    arrays = ", ".join(f"%s::{t}[]" for t in types)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{_table(model)}" ({cols}) SELECT * FROM unnest({arrays}) ON CONFLICT DO NOTHING',
            [list(column) for column in zip(*rows, strict=True)],
        )
