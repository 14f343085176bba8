"""Two article indexes that others cover: page_id (the unique (page, n) starts with it) and kind with
its LIKE twin (the (kind, date) index starts with it); the history table's kind indexes go too.
Each was written for every article of a backlog; no query needs them.

The database side is plain DROP INDEX: Django's own AlterField would also drop and re-validate
the page foreign key, a scan of every article on a large archive.
"""

import django.db.models.deletion
from django.db import migrations, models

DROPPED = (
    ("articles_article_kind_a9277a78", "articles_article", "kind"),
    ("articles_article_page_id_cb806e30", "articles_article", "page_id"),
    ("articles_historicalarticle_kind_50f43699", "articles_historicalarticle", "kind"),
)
LIKE_TWINS = ("articles_article_kind_a9277a78", "articles_historicalarticle_kind_50f43699")


def drop_covered(apps, schema_editor) -> None:
    for name, _, _ in DROPPED:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')
        if name in LIKE_TWINS:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}_like"')


def create_covered(apps, schema_editor) -> None:
    for name, table, column in DROPPED:
        schema_editor.execute(f'CREATE INDEX "{name}" ON "{table}" ("{column}")')
        if name in LIKE_TWINS and schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'CREATE INDEX "{name}_like" ON "{table}" ("{column}" varchar_pattern_ops)')


def kind_field():  # no index of its own (the model's field as of this migration)
    return models.CharField(
        choices=[
            ("news", "消息"),
            ("xinhua", "新华社稿"),
            ("feature", "通讯/特写"),
            ("photo", "图片新闻"),
            ("notice", "公告"),
            ("column", "专栏"),
            ("continuation", "转版续文"),
            ("brief", "简讯"),
            ("other", "其他"),
        ],
        default="news",
        max_length=16,
        verbose_name="体裁",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_deferrable_summary_triggers"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="article",
                    name="kind",
                    field=kind_field(),
                ),
                migrations.AlterField(
                    model_name="article",
                    name="page",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="articles",
                        to="articles.page",
                        verbose_name="版面",
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalarticle",
                    name="kind",
                    field=kind_field(),
                ),
            ],
            database_operations=[migrations.RunPython(drop_covered, create_covered)],
        )
    ]
