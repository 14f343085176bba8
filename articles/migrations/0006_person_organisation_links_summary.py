"""A summary table for report_person_organisation_links too (a busy person took 1.8 s live), and
the triggers that mark whose rows a change touches: the view is kept per person, so a change to an
organisation's mention marks the people named in the same article, and a renamed or merged
organisation marks the people linked to it. See articles/reporting/summaries.py.

The DDL is frozen here (not read from the code) so this migration does the same thing forever.
"""

from django.db import migrations

from articles.reporting.triggers import create_triggers, drop_triggers

TABLE = "summary_person_organisation_links"
VIEW = "report_person_organisation_links"
COLUMNS = (
    "id TEXT PRIMARY KEY, person_id BIGINT NOT NULL, person_name TEXT NOT NULL,"
    " organisation_id BIGINT NOT NULL, organisation_name TEXT NOT NULL, articles BIGINT NOT NULL,"
    " first_date DATE, last_date DATE"
)
NAMES = "id, person_id, person_name, organisation_id, organisation_name, articles, first_date, last_date"


def people_of_article(article: str) -> str:
    return (
        "INSERT INTO report_summary_dirty (kind, entity_id) SELECT 'person', m.person_id"
        f" FROM people_mention m WHERE m.article_id = {article} AND m.person_id IS NOT NULL"
    )


def people_linked_to(organisations: str) -> str:
    return (
        "INSERT INTO report_summary_dirty (kind, entity_id) SELECT DISTINCT 'person', s.person_id"
        f" FROM {TABLE} s WHERE s.organisation_id IN ({organisations})"
    )


# (trigger name, table, event, condition on NEW / OLD (PostgreSQL spelling), statements)
TRIGGERS = (
    (
        "links_mention_ins",
        "people_mention",
        "INSERT",
        "NEW.organisation_id IS NOT NULL",
        [people_of_article("NEW.article_id")],
    ),
    (
        "links_mention_del",
        "people_mention",
        "DELETE",
        "OLD.organisation_id IS NOT NULL",
        [people_of_article("OLD.article_id")],
    ),
    (
        "links_mention_upd",
        "people_mention",
        "UPDATE",
        "(OLD.organisation_id IS NOT NULL OR NEW.organisation_id IS NOT NULL) AND ("
        "OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.status IS DISTINCT FROM NEW.status"
        " OR OLD.article_id IS DISTINCT FROM NEW.article_id)",
        [people_of_article("OLD.article_id"), people_of_article("NEW.article_id")],
    ),
    (
        "links_organisation_upd",
        "people_organisation",
        "UPDATE",
        "OLD.name IS DISTINCT FROM NEW.name OR OLD.merged_into_id IS DISTINCT FROM NEW.merged_into_id",
        [people_linked_to("NEW.id, OLD.merged_into_id")],
    ),
    ("links_organisation_del", "people_organisation", "DELETE", "", [people_linked_to("OLD.id")]),
)


def create(apps, schema_editor):
    pg = schema_editor.connection.vendor == "postgresql"
    run = schema_editor.execute
    run(f"CREATE TABLE {TABLE} ({COLUMNS})")
    for column in ("person_id", "person_name", "organisation_id"):
        run(f"CREATE INDEX {TABLE}_{column}_idx ON {TABLE} ({column})")
    create_triggers(schema_editor, TRIGGERS)
    run(f"INSERT INTO {TABLE} ({NAMES}) SELECT {NAMES} FROM {VIEW}")
    if pg:
        run(f"ANALYZE {TABLE}")


def drop(apps, schema_editor):
    drop_triggers(schema_editor, TRIGGERS)
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_report_summaries"),
    ]

    operations = [
        migrations.RunPython(create, drop),
        migrations.AlterModelTable(name="personorganisationlinks", table=TABLE),
    ]
