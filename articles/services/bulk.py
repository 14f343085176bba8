"""Bulk row writes for the importer, below the ORM: the ORM prepares every field of every object
in Python (half the time of storing a page, measured), where these write plain tuples.

- `new_ids(model, n)`: n fresh primary keys, taken before the rows are written, so that rows that
  point at each other (mentions at articles, posts at mentions) go in without reading ids back.
  PostgreSQL: the table's own identity sequence (`nextval`), one query. SQLite: the transaction
  holds the write lock from its start (settings: transaction_mode IMMEDIATE), so the ids after the
  highest ever given (`sqlite_sequence`, AUTOINCREMENT) are ours until it commits.
- `insert_rows(model, columns, rows)`: PostgreSQL `COPY ... FROM STDIN` through psycopg;
  SQLite `executemany`. Must run inside a transaction (the importer's per-page one).

Values are given as the database stores them: JSON fields as `json.dumps` text, dates as dates.
Rows go in as given: no defaults are filled, no signals are sent, no history is written (as with
bulk_create), so callers name every NOT NULL column.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import JSONField
from django.utils import timezone


def json_text(value) -> str:
    """A JSON field's value as Django writes it (json.dumps with its defaults)."""
    return json.dumps(value)


def _table(model) -> str:
    return model._meta.db_table


def new_ids(model, n: int) -> list[int]:
    if n <= 0:
        return []
    table = _table(model)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n]
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
            with cursor.cursor.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)
    return len(rows)


def insert_objects(model, objs: list) -> list:
    """Write new model instances (every concrete field as set on them, auto_now fields stamped now,
    JSON fields as JSON text) and give them their ids: bulk_create without the ORM's per-field
    preparation. No signals, no history, as with bulk_create."""
    if not objs:
        return objs
    fields = model._meta.concrete_fields
    now = timezone.now()
    stamped = [
        f.attname for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    pk = model._meta.pk.attname
    for obj, new_id in zip(objs, new_ids(model, len(objs)), strict=True):
        setattr(obj, pk, new_id)
        for name in stamped:
            setattr(obj, name, now)
        obj._state.adding = False
        obj._state.db = connection.alias
    names = [f.attname for f in fields]
    rows = [
        tuple(
            json_text(v) if n in as_json else v
            for n, v in zip(names, map(obj.__dict__.get, names), strict=True)
        )
        for obj in objs
    ]
    insert_rows(model, [f.column for f in fields], rows)
    return objs
