"""Admin for pages and articles, safe for big tables: related rows selected in the same query,
no full counts, autocomplete instead of huge drop-downs."""

from django.contrib import admin
from django.db.models import Case, Count, Q, When
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
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


# Files of a run listed on its page: those that need a look (failed, or with a note), at most this
# many; the others are counted by outcome, each count a link to the run's files in their own list.
RUN_FILES_SHOWN = 50


@admin.register(ImportRun)
class ImportRunAdmin(BigTableAdmin):
    """A backlog's run logs hundreds of thousands of files: its page shows counts by outcome
    (one grouped query) and the files that need a look, never every file."""

    list_display = (
        "started_at",
        "finished_at",
        "dry_run",
        "pages_new",
        "pages_updated",
        "pages_unchanged",
        "pages_failed",
        "articles",
        "mentions",
    )
    list_filter = ("dry_run",)
    readonly_fields = [*(f.name for f in ImportRun._meta.fields), "file_outcomes", "files_to_check"]

    def has_add_permission(self, request) -> bool:
        return False

    @staticmethod
    def files_url(run: ImportRun, **filters: str) -> str:
        query = urlencode({"run__id__exact": run.pk, **filters})
        return f"{reverse('admin:articles_importfile_changelist')}?{query}"

    @admin.display(description=_("文件"))
    def file_outcomes(self, run: ImportRun):
        """Counted as they are logged: a run still going (no end time) shows how far it has come."""
        counts = dict(run.files.order_by().values_list("outcome").annotate(n=Count("id")))
        links = [(self.files_url(run), _("全部"), f"{sum(counts.values()):,}")]
        links += [
            (self.files_url(run, outcome=key), label, f"{counts[key]:,}")
            for key, label in ImportFile.OUTCOME_CHOICES
            if counts.get(key)
        ]
        return format_html_join(" · ", '<a href="{}">{}: {}</a>', links)

    @admin.display(description=_("需要查看的文件"))
    def files_to_check(self, run: ImportRun):
        """Failed files first, then those with a note (same content as another file...)."""
        noted = run.files.filter(Q(outcome="failed") | ~Q(message="")).order_by(
            Case(When(outcome="failed", then=0), default=1), "id"
        )
        shown = list(noted.values_list("path", "outcome", "message")[: RUN_FILES_SHOWN + 1])
        if not shown:
            return _("无")
        labels = dict(ImportFile.OUTCOME_CHOICES)
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (path, labels.get(outcome, outcome), message)
                for path, outcome, message in shown[:RUN_FILES_SHOWN]
            ),
        )
        more = ""
        if len(shown) > RUN_FILES_SHOWN:
            # failed files come first: past the cut there are more of them, or only noted files
            if shown[RUN_FILES_SHOWN][1] == "failed":
                rest = (self.files_url(run, outcome="failed"), _("全部失败文件"))
            else:
                rest = (self.files_url(run), _("本批全部文件"))
            more = format_html(
                '<p>{} <a href="{}">{}</a></p>', _("只列出前 %(n)d 个。") % {"n": RUN_FILES_SHOWN}, *rest
            )
        return format_html("<table>{}</table>{}", rows, more)


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
