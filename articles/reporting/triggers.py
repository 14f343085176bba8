"""Row triggers that record in `report_summary_dirty` whose summary rows a change touches (see
summaries.py), written once for PostgreSQL (a PL/pgSQL function each) and SQLite. Used by the
migrations that create them; a trigger is (name, table, event, condition, statements), the
condition on OLD / NEW in PostgreSQL's spelling ('' for none)."""

from __future__ import annotations


def create_triggers(schema_editor, triggers) -> None:
    pg = schema_editor.connection.vendor == "postgresql"
    for name, table, event, condition, statements in triggers:
        if pg:
            when = f"WHEN ({condition})" if condition else ""
            schema_editor.execute(function_sql(name, statements))
            schema_editor.execute(
                f"CREATE TRIGGER report_dirty_{name} AFTER {event} ON {table} FOR EACH ROW {when}"
                f" EXECUTE FUNCTION report_dirty_{name}()"
            )
        else:
            when = "WHEN " + condition.replace("IS DISTINCT FROM", "IS NOT") if condition else ""
            body = "".join(f"    {s};\n" for s in statements)
            schema_editor.execute(
                f"CREATE TRIGGER report_dirty_{name} AFTER {event} ON {table} FOR EACH ROW {when}\n"
                f"BEGIN\n{body}END"
            )


# The setting a transaction gives to have the deferrable triggers skip their statements
# (summaries.summary_ids_deferred; migration 0009).
DEFER_SETTING = "jzarchive.summary_ids"


def function_sql(name: str, statements, *, deferrable: bool = False) -> str:
    """CREATE OR REPLACE the PL/pgSQL function of trigger `name`: its statements, then RETURN NULL.
    A deferrable one returns at once in a transaction that has set DEFER_SETTING to 'deferred'
    (that transaction records instead that every summary is to be rebuilt whole)."""
    body = "".join(f"    {s};\n" for s in statements)
    if deferrable:
        body = (
            f"    IF current_setting('{DEFER_SETTING}', true) = 'deferred' THEN\n"
            "        RETURN NULL;\n    END IF;\n" + body
        )
    return (
        f"CREATE OR REPLACE FUNCTION report_dirty_{name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body}    RETURN NULL;\nEND\n$$"
    )


def drop_triggers(schema_editor, triggers) -> None:
    pg = schema_editor.connection.vendor == "postgresql"
    for name, table, *_ in triggers:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS report_dirty_{name}" + (f" ON {table}" if pg else ""))
        if pg:
            schema_editor.execute(f"DROP FUNCTION IF EXISTS report_dirty_{name}()")
