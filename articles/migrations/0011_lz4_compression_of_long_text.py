"""Long text compressed with LZ4 instead of PostgreSQL's default pglz (PostgreSQL 14 and later,
built with LZ4): a page's text, an article's body, its search words and their tsvector, which
are stored out of line (TOAST) for most articles. LZ4 compresses a little less but costs the
server far less CPU, when a backlog is written and whenever a search or the admin reads them
back: about 0.4 s of the server's CPU per 1,000 pages imported (docs/scaling.md, round 5).

Only rows written from now on are compressed the new way; existing rows are read as they are.
Nothing to do on SQLite, or on a server without LZ4.
"""

from django.db import migrations

COLUMNS = (
    ("articles_page", "raw_text"),
    ("articles_article", "body"),
    ("articles_article", "search_text"),
    ("articles_article", "search_vector"),
    ("articles_historicalarticle", "body"),
)


def lz4_available(schema_editor) -> bool:
    if schema_editor.connection.vendor != "postgresql":
        return False
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")
        row = cursor.fetchone()
    return bool(row) and "lz4" in (row[0] or [])


def set_compression(method: str):
    def run(apps, schema_editor) -> None:
        if not lz4_available(schema_editor):
            return
        for table, column in COLUMNS:
            schema_editor.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET COMPRESSION {method}')

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_article_indexes_covered_by_others")]

    operations = [migrations.RunPython(set_compression("lz4"), set_compression("pglz"), elidable=False)]
