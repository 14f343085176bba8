"""On PostgreSQL, every trigger that records whose report summary rows a change touches skips its
statements in a transaction that has deferred them (`summaries.summary_ids_deferred`): the groups
of a first load of back issues, whose refresh at the end rebuilds every summary table whole
anyway. Such a transaction records one 'whole' row instead of the ids of everything it wrote; the
refresh that takes that row rebuilds the whole tables. Any other transaction is unchanged. SQLite
has no such setting; its triggers stay.
"""

import importlib

from django.db import migrations

from articles.reporting.triggers import function_sql

_report_summaries = importlib.import_module("articles.migrations.0005_report_summaries")
_links = importlib.import_module("articles.migrations.0006_person_organisation_links_summary")
_statement_level = importlib.import_module("articles.migrations.0007_statement_level_insert_triggers")

# trigger name -> its statements, as 0005 and 0006 made them (row triggers) and 0007 replaced
# some of them (statement triggers)
TRIGGERS = {
    **{name: statements for name, _, _, _, statements in _report_summaries.TRIGGERS},
    **{name: statements for name, _, _, _, statements in _links.TRIGGERS},
    **{name: [statement] for name, _, statement in _statement_level.STATEMENT_TRIGGERS},
}


def _replace(schema_editor, deferrable: bool) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, statements in TRIGGERS.items():
        schema_editor.execute(function_sql(name, statements, deferrable=deferrable))


def deferrable(apps, schema_editor):
    _replace(schema_editor, True)


def always(apps, schema_editor):
    _replace(schema_editor, False)


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_report_views_v2")]

    operations = [migrations.RunPython(deferrable, always)]
