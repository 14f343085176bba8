"""Admin for pages and articles, safe for big tables: related rows selected in the same query,
no full counts, autocomplete instead of huge drop-downs."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Article, Credit, Edition, ImportFile, ImportRun, Page
from articles.resources import ArticleResource
from articles.search import search_ids
from jzarchive.admin_base import BigTableAdmin, CachedValuesFilter
from people.admin import mention_context
from people.models import Event, Mention

SEARCH_LIMIT = 1000  # the article search box shows the best matches, at most this many


@admin.register(Edition)
class EditionAdmin(BigTableAdmin):
    list_display = ("paper", "date", "date_precision")
    list_filter = ("paper", "date_precision")
    date_hierarchy = "date"
    search_fields = ("paper", "date_evidence")


class ArticleInline(admin.TabularInline):
    model = Article
    fields = ("n", "kind", "headline", "source", "dateline")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False


@admin.register(Page)
class PageAdmin(BigTableAdmin):
    list_display = ("source_name", "page_label", "edition", "encoding", "imported_at")
    list_select_related = ("edition",)
    list_filter = ("encoding", "page_label")
    search_fields = ("source_name", "sha256")
    readonly_fields = (
        "sha256",
        "encoding",
        "size_bytes",
        "warnings",
        "imported_at",
        "updated_at",
        "raw_text",
    )
    autocomplete_fields = ("edition",)
    inlines = [ArticleInline]


class CreditInline(admin.TabularInline):
    model = Credit
    fields = ("order", "role", "name", "person")
    autocomplete_fields = ("person",)
    extra = 0


class MentionInline(admin.TabularInline):
    """An article's mentions in reading order, each in its sentence. Status is edited here; re-linking
    happens on the mention's own page (one autocomplete per row would cost a query per row)."""

    model = Mention
    fields = ("context", "type", "entity", "titles", "status", "method")
    readonly_fields = ("context", "type", "entity", "titles", "method")
    extra = 0
    ordering = ("start",)
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article", "person", "organisation", "place", "event")
        )

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("上下文"))
    def context(self, obj: Mention) -> str:
        return mention_context(obj) if obj.pk else "—"

    @admin.display(description=_("实体"))
    def entity(self, obj: Mention) -> str:
        return str(obj.entity or "—")


class EventInline(admin.TabularInline):
    model = Event.articles.through
    verbose_name = _("相关事件")
    verbose_name_plural = _("相关事件")
    autocomplete_fields = ("event",)
    extra = 0


@admin.register(Article)
class ArticleAdmin(ImportExportModelAdmin, SimpleHistoryAdmin, BigTableAdmin):
    resource_classes = [ArticleResource]
    list_display = ("title", "kind", "source", "page", "n", "date", "reporters")
    list_select_related = ("page",)
    # the distinct sources and papers are read once per change of the data (jzarchive/admin_base.py)
    list_filter = ("kind", ("source", CachedValuesFilter), ("page__edition__paper", CachedValuesFilter))
    # newest first by primary key: the model's ordering (page file name, reading order) sorts the
    # whole table through a join on every page of the list
    ordering = ("-id",)
    date_hierarchy = "date"
    search_fields = ("headline", "kicker", "subheadline", "body", "credits__name")
    autocomplete_fields = ("page", "continued_from", "related")
    readonly_fields = ("start", "end", "locked_fields")
    inlines = [CreditInline, EventInline, MentionInline]
    fieldsets = (
        (None, {"fields": ("page", "n", "kind", "section", "source")}),
        (_("标题"), {"fields": ("kicker", "headline", "subheadline")}),
        (_("正文"), {"fields": ("dateline", "date", "body")}),
        (
            "转版与关联",
            {"fields": ("continued_from_label", "continued_to_label", "continued_from", "related")},
        ),
        (
            _("原文位置"),
            {"fields": ("start", "end", "duplicated", "locked_fields"), "classes": ("collapse",)},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("credits")

    def get_search_results(self, request, queryset, search_term):
        # The search box is the archive's full-text search (articles/search.py): jieba words with a
        # GIN index on PostgreSQL, substrings on SQLite; the best SEARCH_LIMIT matches.
        if not search_term.strip():
            return queryset, False
        ids = [pk for pk, _ in search_ids(search_term, limit=SEARCH_LIMIT)]
        return queryset.filter(pk__in=ids), False

    def has_delete_permission(self, request, obj=None) -> bool:
        # Imported articles are removed by re-importing their page, not by hand.
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def save_model(self, request, obj: Article, form, change) -> None:
        # What a curator edits is locked: a re-import of the page leaves it as the curator set it.
        if change:
            editable = {f.name for f in Article._meta.fields}
            obj.locked_fields = sorted(set(obj.locked_fields) | (set(form.changed_data) & editable))
        super().save_model(request, obj, form, change)

    @admin.display(description=_("标题"), ordering="headline")
    def title(self, obj: Article) -> str:
        return obj.headline or format_html("<i>{}</i>", obj.body[:30] + "…")

    @admin.display(description=_("署名"))
    def reporters(self, obj: Article) -> str:
        return "、".join(c.name for c in obj.credits.all())


class ImportFileInline(admin.TabularInline):
    model = ImportFile
    fields = ("path", "outcome", "message", "articles", "seconds")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(ImportRun)
class ImportRunAdmin(BigTableAdmin):
    list_display = (
        "started_at",
        "dry_run",
        "pages_new",
        "pages_updated",
        "pages_unchanged",
        "pages_failed",
        "articles",
        "mentions",
    )
    list_filter = ("dry_run",)
    readonly_fields = [f.name for f in ImportRun._meta.fields]
    inlines = [ImportFileInline]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ImportFile)
class ImportFileAdmin(BigTableAdmin):
    list_display = ("path", "outcome", "message", "run", "articles", "seconds")
    list_select_related = ("run",)
    list_filter = ("outcome",)
    search_fields = ("path", "sha256", "message")
    readonly_fields = [f.name for f in ImportFile._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


# 报表: the report views, read-only (articles/admin_reports.py)
from articles import admin_reports  # noqa: E402, F401
