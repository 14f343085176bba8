"""Summary tables for the report views that are slow for a busy person, the triggers that record
whose rows a change touches, and their first filling (see articles/reporting/summaries.py and
docs/reports.md "Summary tables").

The DDL is frozen here (not read from the code) so this migration does the same thing forever.
"""

from django.db import migrations

from articles.reporting.triggers import create_triggers, drop_triggers

SUMMARIES = {
    # table: (view, columns with their SQL types, indexed columns)
    "summary_person_appearances": (
        "report_person_appearances",
        "id BIGINT PRIMARY KEY, person_id BIGINT NOT NULL, person_name TEXT NOT NULL, month VARCHAR(7),"
        " articles BIGINT NOT NULL, mentions BIGINT NOT NULL, first_date DATE, last_date DATE",
        ("person_id", "person_name", "month"),
    ),
    "summary_person_cooccurrence": (
        "report_person_cooccurrence",
        "id TEXT PRIMARY KEY, person_id BIGINT NOT NULL, person_name TEXT NOT NULL, other_id BIGINT NOT NULL,"
        " other_name TEXT NOT NULL, articles BIGINT NOT NULL, first_date DATE, last_date DATE",
        ("person_id", "person_name", "other_id"),
    ),
    "summary_organisation_cooccurrence": (
        "report_organisation_cooccurrence",
        "id TEXT PRIMARY KEY, organisation_id BIGINT NOT NULL, organisation_name TEXT NOT NULL,"
        " other_id BIGINT NOT NULL, other_name TEXT NOT NULL, articles BIGINT NOT NULL, first_date DATE,"
        " last_date DATE",
        ("organisation_id", "organisation_name", "other_id"),
    ),
    "summary_person_tenures": (
        "report_person_tenures",
        "id BIGINT PRIMARY KEY, person_id BIGINT NOT NULL, person_name TEXT NOT NULL, organisation_id BIGINT,"
        " organisation_name TEXT, title TEXT NOT NULL, first_date DATE, last_date DATE,"
        " mentions BIGINT NOT NULL, articles BIGINT NOT NULL",
        ("person_id", "person_name"),
    ),
}


def mark(kind: str, expr: str) -> str:
    return (
        f"INSERT INTO report_summary_dirty (kind, entity_id) SELECT '{kind}', {expr} WHERE {expr} IS NOT NULL"
    )


def mark_query(kind: str, select: str) -> str:
    return f"INSERT INTO report_summary_dirty (kind, entity_id) {select.replace('{kind}', kind)}"


TENURE_PERSONS_OF_MENTION = (
    "SELECT '{kind}', t.person_id FROM people_tenure_mentions tm JOIN people_tenure t ON t.id = tm.tenure_id"
    " WHERE tm.mention_id = NEW.id"
)

# (trigger name, table, event, columns whose change fires an UPDATE trigger, statements).
# Each statement records the id of a person or organisation whose summary rows may have changed.
TRIGGERS = (
    (
        "mention_ins",
        "people_mention",
        "INSERT",
        (),
        [mark("person", "NEW.person_id"), mark("organisation", "NEW.organisation_id")],
    ),
    (
        "mention_del",
        "people_mention",
        "DELETE",
        (),
        [mark("person", "OLD.person_id"), mark("organisation", "OLD.organisation_id")],
    ),
    (
        "mention_upd",
        "people_mention",
        "UPDATE",
        ("person_id", "organisation_id", "status", "article_id"),
        [
            mark("person", "OLD.person_id"),
            mark("organisation", "OLD.organisation_id"),
            mark("person", "NEW.person_id"),
            mark("organisation", "NEW.organisation_id"),
            mark_query("person", TENURE_PERSONS_OF_MENTION),
        ],
    ),
    (
        "person_upd",
        "people_person",
        "UPDATE",
        ("name", "merged_into_id"),
        [
            mark("person", "NEW.id"),
            mark("person", "OLD.merged_into_id"),
            mark("person", "NEW.merged_into_id"),
        ],
    ),
    ("person_del", "people_person", "DELETE", (), [mark("person", "OLD.id")]),
    (
        "organisation_upd",
        "people_organisation",
        "UPDATE",
        ("name", "merged_into_id"),
        [
            mark("organisation", "NEW.id"),
            mark("organisation", "OLD.merged_into_id"),
            mark("organisation", "NEW.merged_into_id"),
            # posts name the organisation (its survivor): their people's career rows change
            mark_query(
                "person",
                "SELECT '{kind}', t.person_id FROM people_tenure t WHERE t.organisation_id = NEW.id"
                " OR t.organisation_id IN"
                " (SELECT o.id FROM people_organisation o WHERE o.merged_into_id = NEW.id)",
            ),
        ],
    ),
    (
        "organisation_del",
        "people_organisation",
        "DELETE",
        (),
        [
            mark("organisation", "OLD.id"),
            mark_query(
                "person", "SELECT '{kind}', t.person_id FROM people_tenure t WHERE t.organisation_id = OLD.id"
            ),
        ],
    ),
    ("tenure_ins", "people_tenure", "INSERT", (), [mark("person", "NEW.person_id")]),
    ("tenure_del", "people_tenure", "DELETE", (), [mark("person", "OLD.person_id")]),
    (
        "tenure_upd",
        "people_tenure",
        "UPDATE",
        ("person_id", "organisation_id", "title", "status", "first_seen", "last_seen"),
        [mark("person", "OLD.person_id"), mark("person", "NEW.person_id")],
    ),
    (
        "tenure_mention_ins",
        "people_tenure_mentions",
        "INSERT",
        (),
        [
            mark_query(
                "person", "SELECT '{kind}', t.person_id FROM people_tenure t WHERE t.id = NEW.tenure_id"
            )
        ],
    ),
    (
        "tenure_mention_del",
        "people_tenure_mentions",
        "DELETE",
        (),
        [
            mark_query(
                "person", "SELECT '{kind}', t.person_id FROM people_tenure t WHERE t.id = OLD.tenure_id"
            )
        ],
    ),
    (
        "article_date_upd",
        "articles_article",
        "UPDATE",
        ("report_date", "report_month"),
        [
            mark_query(
                "person",
                "SELECT '{kind}', m.person_id FROM people_mention m"
                " WHERE m.article_id = NEW.id AND m.person_id IS NOT NULL",
            ),
            mark_query(
                "organisation",
                "SELECT '{kind}', m.organisation_id FROM people_mention m"
                " WHERE m.article_id = NEW.id AND m.organisation_id IS NOT NULL",
            ),
            mark_query(
                "person",
                "SELECT '{kind}', t.person_id FROM people_mention m"
                " JOIN people_tenure_mentions tm ON tm.mention_id = m.id"
                " JOIN people_tenure t ON t.id = tm.tenure_id"
                " WHERE m.article_id = NEW.id",
            ),
        ],
    ),
)


def create(apps, schema_editor):
    pg = schema_editor.connection.vendor == "postgresql"
    run = schema_editor.execute
    if pg:
        run(
            "CREATE TABLE report_summary_dirty (id BIGSERIAL PRIMARY KEY, kind VARCHAR(12) NOT NULL,"
            " entity_id BIGINT NOT NULL)"
        )
    else:
        run(
            "CREATE TABLE report_summary_dirty (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " kind VARCHAR(12) NOT NULL, entity_id BIGINT NOT NULL)"
        )
    for table, (_, columns, indexed) in SUMMARIES.items():
        run(f"CREATE TABLE {table} ({columns})")
        for column in indexed:
            run(f"CREATE INDEX {table}_{column}_idx ON {table} ({column})")
    create_triggers(
        schema_editor,
        [
            (
                name,
                table,
                event,
                " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in changed),
                statements,
            )
            for name, table, event, changed, statements in TRIGGERS
        ],
    )
    # the first filling: every row of every view
    for table, (view, columns, _) in SUMMARIES.items():
        names = ", ".join(c.strip().split(" ")[0] for c in columns.split(","))
        run(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
    if pg:
        for table in SUMMARIES:
            run(f"ANALYZE {table}")


def drop(apps, schema_editor):
    pg = schema_editor.connection.vendor == "postgresql"
    run = schema_editor.execute
    drop_triggers(schema_editor, TRIGGERS)
    if pg:
        # an index this migration made in its first version (search no longer uses it)
        run("DROP INDEX IF EXISTS article_report_date_id_idx")
    for table in SUMMARIES:
        run(f"DROP TABLE IF EXISTS {table}")
    run("DROP TABLE IF EXISTS report_summary_dirty")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_reporting_and_search"),
        ("people", "0004_person_review_note"),
    ]

    operations = [
        migrations.RunPython(create, drop),
        migrations.AlterModelTable(name="personappearances", table="summary_person_appearances"),
        migrations.AlterModelTable(name="personcooccurrence", table="summary_person_cooccurrence"),
        migrations.AlterModelTable(
            name="organisationcooccurrence", table="summary_organisation_cooccurrence"
        ),
        migrations.AlterModelTable(name="persontenures", table="summary_person_tenures"),
    ]
