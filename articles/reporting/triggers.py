"""Row triggers that record in `report_summary_dirty` whose summary rows a change touches (see
summaries.py), written once for PostgreSQL (a PL/pgSQL function each) and SQLite. Used by the
migrations that create them; a trigger is (name, table, event, condition, statements), the
condition on OLD / NEW in PostgreSQL's spelling ('' for none)."""

from __future__ import annotations


def create_triggers(schema_editor, triggers) -> None:
    pg = schema_editor.connection.vendor == "postgresql"
    for name, table, event, condition, statements in triggers:
        body = "".join(f"    {s};\n" for s in statements)
        if pg:
            when = f"WHEN ({condition})" if condition else ""
            schema_editor.execute(
                f"CREATE FUNCTION report_dirty_{name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                f"{body}    RETURN NULL;\nEND\n$$"
            )
            schema_editor.execute(
                f"CREATE TRIGGER report_dirty_{name} AFTER {event} ON {table} FOR EACH ROW {when}"
                f" EXECUTE FUNCTION report_dirty_{name}()"
            )
        else:
            when = "WHEN " + condition.replace("IS DISTINCT FROM", "IS NOT") if condition else ""
            schema_editor.execute(
                f"CREATE TRIGGER report_dirty_{name} AFTER {event} ON {table} FOR EACH ROW {when}\n"
                f"BEGIN\n{body}END"
            )


def drop_triggers(schema_editor, triggers) -> None:
    pg = schema_editor.connection.vendor == "postgresql"
    for name, table, *_ in triggers:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS report_dirty_{name}" + (f" ON {table}" if pg else ""))
        if pg:
            schema_editor.execute(f"DROP FUNCTION IF EXISTS report_dirty_{name}()")
