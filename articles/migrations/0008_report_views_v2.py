"""Report views, version 2 of four: the same rows, the mentions they pair or count filtered before
the joins (articles/reporting/sql/*.v2.sql). The reverse puts version 1 back."""

from django.db import migrations

V2 = (
    ("person_appearances", 2),
    ("person_cooccurrence", 2),
    ("organisation_cooccurrence", 2),
    ("person_organisation_links", 2),
)
V1 = tuple((name, 1) for name, _ in V2)


def create_v2(apps, schema_editor):
    from articles.reporting import create_views

    create_views(schema_editor, V2)


def create_v1(apps, schema_editor):
    from articles.reporting import create_views

    create_views(schema_editor, V1)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_statement_level_insert_triggers"),
        ("people", "0005_mention_indexes_without_twins"),
    ]

    operations = [migrations.RunPython(create_v2, create_v1)]
