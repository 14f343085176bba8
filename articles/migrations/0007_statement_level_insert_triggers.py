"""On PostgreSQL, the triggers that record new mentions and new post evidence for the summary
refresh fire once a statement instead of once a row.

An import writes mentions and post evidence with COPY, thousands of rows a page group; a row
trigger wrote two `report_summary_dirty` rows for every mention. A statement trigger with a
transition table writes each person and organisation a statement touches once. SQLite has no
statement triggers: its row triggers from 0005 stay.
"""

from django.db import migrations

from articles.reporting.triggers import create_triggers, drop_triggers

# (trigger, table, the rows' statement): each writes the distinct ids of `new_rows`.
STATEMENT_TRIGGERS = (
    (
        "mention_ins",
        "people_mention",
        "INSERT INTO report_summary_dirty (kind, entity_id)"
        " SELECT DISTINCT 'person', person_id FROM new_rows WHERE person_id IS NOT NULL"
        " UNION SELECT DISTINCT 'organisation', organisation_id FROM new_rows"
        " WHERE organisation_id IS NOT NULL",
    ),
    (
        "tenure_mention_ins",
        "people_tenure_mentions",
        "INSERT INTO report_summary_dirty (kind, entity_id)"
        " SELECT DISTINCT 'person', t.person_id FROM people_tenure t"
        " WHERE t.id IN (SELECT tenure_id FROM new_rows)",
    ),
    (
        # an organisation named in an article links it to every person of that article
        "links_mention_ins",
        "people_mention",
        "INSERT INTO report_summary_dirty (kind, entity_id)"
        " SELECT DISTINCT 'person', m.person_id FROM people_mention m"
        " WHERE m.article_id IN (SELECT article_id FROM new_rows WHERE organisation_id IS NOT NULL)"
        " AND m.person_id IS NOT NULL",
    ),
)

# The row triggers these replace, as 0005 made them (for the way back).
ROW_TRIGGERS = (
    (
        "mention_ins",
        "people_mention",
        "INSERT",
        "",
        [
            "INSERT INTO report_summary_dirty (kind, entity_id) SELECT 'person', NEW.person_id"
            " WHERE NEW.person_id IS NOT NULL",
            "INSERT INTO report_summary_dirty (kind, entity_id) SELECT 'organisation', NEW.organisation_id"
            " WHERE NEW.organisation_id IS NOT NULL",
        ],
    ),
    (
        "tenure_mention_ins",
        "people_tenure_mentions",
        "INSERT",
        "",
        [
            "INSERT INTO report_summary_dirty (kind, entity_id)"
            " SELECT 'person', t.person_id FROM people_tenure t WHERE t.id = NEW.tenure_id"
        ],
    ),
    (
        "links_mention_ins",
        "people_mention",
        "INSERT",
        "NEW.organisation_id IS NOT NULL",
        [
            "INSERT INTO report_summary_dirty (kind, entity_id) SELECT 'person', m.person_id"
            " FROM people_mention m WHERE m.article_id = NEW.article_id AND m.person_id IS NOT NULL"
        ],
    ),
)


def to_statement_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    drop_triggers(schema_editor, ROW_TRIGGERS)
    for name, table, statement in STATEMENT_TRIGGERS:
        schema_editor.execute(
            f"CREATE FUNCTION report_dirty_{name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            f"    {statement};\n    RETURN NULL;\nEND\n$$"
        )
        schema_editor.execute(
            f"CREATE TRIGGER report_dirty_{name} AFTER INSERT ON {table}"
            f" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_{name}()"
        )


def to_row_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    drop_triggers(schema_editor, ROW_TRIGGERS)  # same names and tables as the statement triggers
    create_triggers(schema_editor, ROW_TRIGGERS)


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_person_organisation_links_summary")]

    operations = [migrations.RunPython(to_statement_triggers, to_row_triggers)]
