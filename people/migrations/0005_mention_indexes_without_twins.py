"""Mentions lose four indexes nothing needs: the single-column person, organisation and article
indexes (each column leads a composite index that serves the same look-ups and cascades) and the
LIKE twin of the status index (no query matches status by pattern); status keeps a plain index.
The history table's status indexes go too. Every import writes one index less per mention.

The database side is plain DROP INDEX: Django's own AlterField would also drop and re-validate
the foreign keys, a scan of every mention on a large archive.
"""

import django.db.models.deletion
from django.db import migrations, models

DROPPED = (
    "people_mention_article_id_b44c269c",
    "people_mention_organisation_id_3347dc60",
    "people_mention_person_id_3092e309",
    "people_mention_status_4437c60d",
    "people_mention_status_4437c60d_like",
    "people_historicalmention_status_d89260a1",
    "people_historicalmention_status_d89260a1_like",
)


def drop_twins(apps, schema_editor) -> None:
    for name in DROPPED:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')
    schema_editor.execute('CREATE INDEX "mention_status_idx" ON "people_mention" ("status")')


def create_twins(apps, schema_editor) -> None:
    schema_editor.execute('DROP INDEX IF EXISTS "mention_status_idx"')
    for name, table, column in (
        ("people_mention_article_id_b44c269c", "people_mention", "article_id"),
        ("people_mention_organisation_id_3347dc60", "people_mention", "organisation_id"),
        ("people_mention_person_id_3092e309", "people_mention", "person_id"),
        ("people_mention_status_4437c60d", "people_mention", "status"),
        ("people_historicalmention_status_d89260a1", "people_historicalmention", "status"),
    ):
        schema_editor.execute(f'CREATE INDEX "{name}" ON "{table}" ("{column}")')
        if column == "status" and schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'CREATE INDEX "{name}_like" ON "{table}" ("{column}" varchar_pattern_ops)')


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_statement_level_insert_triggers"),
        ("people", "0004_person_review_note"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="historicalmention",
                    name="status",
                    field=models.CharField(
                        choices=[("machine", "机器识别"), ("confirmed", "已确认"), ("rejected", "已驳回")],
                        default="machine",
                        max_length=10,
                        verbose_name="状态",
                    ),
                ),
                migrations.AlterField(
                    model_name="mention",
                    name="article",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="mentions",
                        to="articles.article",
                        verbose_name="文章",
                    ),
                ),
                migrations.AlterField(
                    model_name="mention",
                    name="organisation",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="mentions",
                        to="people.organisation",
                        verbose_name="机构",
                    ),
                ),
                migrations.AlterField(
                    model_name="mention",
                    name="person",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="mentions",
                        to="people.person",
                        verbose_name="人物",
                    ),
                ),
                migrations.AlterField(
                    model_name="mention",
                    name="status",
                    field=models.CharField(
                        choices=[("machine", "机器识别"), ("confirmed", "已确认"), ("rejected", "已驳回")],
                        default="machine",
                        max_length=10,
                        verbose_name="状态",
                    ),
                ),
                migrations.AddIndex(
                    model_name="mention",
                    index=models.Index(fields=["status"], name="mention_status_idx"),
                ),
            ],
            database_operations=[migrations.RunPython(drop_twins, create_twins)],
        ),
    ]
