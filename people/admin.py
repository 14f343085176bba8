"""Admin for people, organisations, places, events and their evidence (mentions).

Built for big tables: related rows selected in the changelist query, no full counts, autocomplete
instead of drop-downs, a person's mentions shown as a capped list rather than an unbounded inline.
Every change a curator makes is kept in history (django-simple-history: who, when, before, after,
revert).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from jzarchive.admin_base import BigTableAdmin, CachedValuesFilter, cached_lookup
from people.models import (
    STATUS_CONFIRMED,
    STATUS_REJECTED,
    Alias,
    Event,
    EventParticipant,
    Mention,
    Organisation,
    Person,
    Place,
    Tenure,
)
from people.resources import EventResource, OrganisationResource, PersonResource
from people.services import curation

SENTENCE_ENDS = "。！？!?\n"


def mention_context(mention: Mention, text: str | None = None, width: int = 60) -> str:
    """The sentence around a mention, the mention itself highlighted (all page text escaped)."""
    text = text if text is not None else mention.article.text
    start, end = mention.start, mention.end
    if not (0 <= start <= end <= len(text)) or text[start:end] != mention.surface:
        found = text.find(mention.surface)
        if found < 0:
            return format_html("<mark>{}</mark>", mention.surface)
        start, end = found, found + len(mention.surface)
    left = max((text.rfind(c, 0, start) for c in SENTENCE_ENDS), default=-1) + 1
    left = max(left, start - width)
    rights = [i for i in (text.find(c, end) for c in SENTENCE_ENDS) if i >= 0]
    right = min([*rights, end + width, len(text)])
    if right < len(text) and text[right] in SENTENCE_ENDS:
        right += 1
    return format_html(
        '<span class="mention-context">{}<mark>{}</mark>{}</span>',
        text[left:start],
        text[start:end],
        text[end:right],
    )


class HistoryAdmin(SimpleHistoryAdmin, BigTableAdmin):
    """Keeps who changed what; the 历史 button shows the changes and reverts them."""


class AliasInline(admin.TabularInline):
    model = Alias
    fields = ("name", "source")
    extra = 0


class TenureInline(admin.TabularInline):
    model = Tenure
    fields = ("title", "organisation", "first_seen", "last_seen", "mention_count", "status")
    readonly_fields = ("mention_count",)
    autocomplete_fields = ("organisation",)
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


class EntityAdmin(ImportExportModelAdmin, HistoryAdmin):
    list_filter = ("status",)
    search_fields = ("name", "aliases__name")
    autocomplete_fields = ("merged_into",)
    actions = ["merge_selected", "confirm_selected", "reject_selected"]
    readonly_fields = ("recent_mentions",)
    mention_fk = ""  # "person", "organisation" or "place"

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        match = request.resolver_match
        if match and match.url_name and match.url_name.endswith("changelist"):
            qs = qs.annotate(n_mentions=Count("mentions"))
        return qs

    @admin.display(description=_("提及次数"), ordering="n_mentions")
    def mention_count(self, obj) -> int:
        return getattr(obj, "n_mentions", 0)

    @admin.display(description=_("最近提及（原文）"))
    def recent_mentions(self, obj) -> str:
        if not obj.pk:
            return "—"
        mentions = list(obj.mentions.select_related("article__page").order_by("-article__date", "-id")[:30])
        if not mentions:
            return "—"
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> · {} · {}</li>',
            (
                (
                    reverse("admin:articles_article_change", args=[m.article_id]),
                    m.article.headline or m.article.page.source_name,
                    m.get_status_display(),
                    mention_context(m),
                )
                for m in mentions
            ),
        )
        url = reverse("admin:people_mention_changelist") + f"?{self.mention_fk}__id__exact={obj.pk}"
        return format_html('<ul class="recent-mentions">{}</ul><a href="{}">全部提及…</a>', rows, url)

    @admin.action(description=_("确认所选记录"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        self.message_user(request, f"已确认 {curation.set_status(queryset, STATUS_CONFIRMED)} 条记录")

    @admin.action(description=_("驳回所选记录（不再识别为此类）"), permissions=["change"])
    def reject_selected(self, request, queryset):
        self.message_user(request, f"已驳回 {curation.set_status(queryset, STATUS_REJECTED)} 条记录")

    @admin.action(description=_("合并所选记录…"), permissions=["change"])
    def merge_selected(self, request, queryset):
        records = list(queryset.order_by("id"))
        if len(records) < 2:
            self.message_user(request, "请至少选择两条记录再合并", messages.WARNING)
            return None
        if request.POST.get("confirm") == "yes":
            survivor = next((r for r in records if str(r.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                self.message_user(request, "请选择要保留的记录", messages.ERROR)
            else:
                try:
                    result = curation.merge(survivor, [r for r in records if r.pk != survivor.pk])
                except curation.CurationError as exc:
                    self.message_user(request, str(exc), messages.ERROR)
                    return None
                self.message_user(
                    request,
                    f"已将 {len(result.merged)} 条记录合并到“{survivor.name}”，"
                    f"移动 {result.mentions_moved} 条提及，新增 {result.aliases_added} 个别名",
                )
                return HttpResponseRedirect(
                    reverse(f"admin:people_{self.mention_fk}_change", args=[survivor.pk])
                )
        return TemplateResponse(
            request,
            "admin/people/merge_preview.html",
            {
                **self.admin_site.each_context(request),
                "title": f"合并{self.model._meta.verbose_name}",
                "opts": self.model._meta,
                "records": [self.merge_card(r) for r in records],
                "queryset": records,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "action": "merge_selected",
            },
        )

    def merge_card(self, record) -> dict:
        """What a curator needs to decide a merge: posts, dates, sample mentions."""
        mentions = list(
            record.mentions.select_related("article__page__edition").order_by("article__date")[:5]
        )
        dates = [m.article.date or getattr(m.article.page.edition, "date", None) for m in mentions]
        dates = [d for d in dates if d]
        tenures = list(record.tenures.all()[:10]) if hasattr(record, "tenures") else []
        return {
            "obj": record,
            "mention_count": record.mentions.count(),
            "aliases": [a.name for a in record.aliases.all()],
            "tenures": tenures,
            "first": min(dates) if dates else None,
            "last": max(dates) if dates else None,
            "samples": [mention_context(m) for m in mentions[:3]],
        }


class TopValuesFilter(admin.SimpleListFilter):
    """A filter offering the most common values only: a full list of every post or organisation in
    a big archive would be a drop-down of thousands."""

    limit = 40
    path = ""  # lookup from Person to the value, e.g. tenures__title

    def lookups(self, request, model_admin):
        # counted over every tenure: once per change of the data (jzarchive/admin_base.py)
        return cached_lookup(
            model_admin.data_version(request), f"top-values\0{type(self).__name__}", self.top_values
        )

    def top_values(self) -> list[tuple[str, str]]:
        rows = (
            Tenure.objects.exclude(**{self.value_field: None})
            .values(self.value_field)
            .annotate(n=Count("person", distinct=True))
            .order_by("-n", self.value_field)[: self.limit]
        )
        return [(str(r[self.value_field]), str(r[self.value_field])) for r in rows]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{self.path: self.value()}).distinct()
        return queryset


class PostFilter(TopValuesFilter):
    title = _("职务")
    parameter_name = "post"
    value_field = "title"
    path = "tenures__title"


class OrganisationFilter(TopValuesFilter):
    title = _("机构")
    parameter_name = "organisation"
    value_field = "organisation_id"
    path = "tenures__organisation_id"

    def top_values(self) -> list[tuple[str, str]]:
        pairs = super().top_values()
        names = dict(Organisation.objects.filter(pk__in=[int(v) for v, _ in pairs]).values_list("pk", "name"))
        return [(v, names.get(int(v), v)) for v, _ in pairs]


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("待核查")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("yes", _("同名冲突，待核查"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(review_note="")
        return queryset


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    resource_classes = [PersonResource]
    mention_fk = "person"
    list_display = ("name", "name_pinyin", "status", "mention_count", "posts", "merged_into", "review_note")
    list_filter = ("status", NeedsReviewFilter, PostFilter, OrganisationFilter)
    version_models = ("people.Tenure", "people.HistoricalTenure", "people.Organisation")
    list_select_related = ("merged_into",)
    search_fields = ("name", "name_pinyin", "aliases__name")
    readonly_fields = ("recent_mentions", "co_mentioned", "split_link")
    inlines = [AliasInline, TenureInline]
    fieldsets = (
        (
            None,
            {"fields": ("name", "name_pinyin", "gender", "status", "merged_into", "review_note", "notes")},
        ),
        (_("提及与关系"), {"fields": ("split_link", "recent_mentions", "co_mentioned")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tenures")

    @admin.display(description=_("职务"))
    def posts(self, obj: Person) -> str:
        return "、".join(t.title for t in obj.tenures.all()[:3])

    @admin.display(description=_("同文出现的人物"))
    def co_mentioned(self, obj: Person) -> str:
        if not obj.pk:
            return "—"
        rows = curation.co_mentioned(obj)
        if not rows:
            return "—"
        return format_html_join(
            "、",
            '<a href="{}">{}</a>（{}）',
            ((reverse("admin:people_person_change", args=[p.pk]), p.name, n) for p, n in rows),
        )

    @admin.display(description=_("拆分"))
    def split_link(self, obj: Person) -> str:
        if not obj.pk:
            return "—"
        url = reverse("admin:people_person_split", args=[obj.pk])
        return format_html('<a class="button" href="{}">拆分为两个人物…</a>', url)

    def get_urls(self):
        return [
            path("<int:pk>/split/", self.admin_site.admin_view(self.split_view), name="people_person_split"),
            *super().get_urls(),
        ]

    def split_view(self, request: HttpRequest, pk: int):
        person = get_object_or_404(Person, pk=pk)
        if not self.has_change_permission(request, person):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        mentions = list(person.mentions.select_related("article__page").order_by("article__date", "id")[:500])
        if request.method == "POST":
            chosen = [m for m in mentions if str(m.pk) in request.POST.getlist("mention")]
            try:
                new = curation.split_person(person, chosen, request.POST.get("new_name"))
            except curation.CurationError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                self.message_user(
                    request, f"已拆分出新人物“{new.name}”（#{new.pk}），移动 {len(chosen)} 条提及"
                )
                return HttpResponseRedirect(reverse("admin:people_person_change", args=[new.pk]))
        return TemplateResponse(
            request,
            "admin/people/split_person.html",
            {
                **self.admin_site.each_context(request),
                "title": f"拆分人物：{person.name}",
                "opts": Person._meta,
                "original": person,
                "rows": [(m, mention_context(m)) for m in mentions],
            },
        )


@admin.register(Organisation)
class OrganisationAdmin(EntityAdmin):
    resource_classes = [OrganisationResource]
    mention_fk = "organisation"
    list_display = ("name", "kind", "parent", "status", "mention_count")
    list_select_related = ("parent",)
    list_filter = ("kind", "status")
    autocomplete_fields = ("merged_into", "parent")
    inlines = [AliasInline]


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    mention_fk = "place"
    list_display = ("name", "kind", "parent", "status", "mention_count")
    list_select_related = ("parent",)
    list_filter = ("kind", "status")
    autocomplete_fields = ("merged_into", "parent")
    inlines = [AliasInline]


class ParticipantInline(admin.TabularInline):
    model = EventParticipant
    fields = ("person", "role")
    autocomplete_fields = ("person",)
    extra = 0


@admin.register(Event)
class EventAdmin(ImportExportModelAdmin, HistoryAdmin):
    resource_classes = [EventResource]
    list_display = ("name", "type", "date", "date_text", "location", "status")
    list_filter = ("type", "status")
    date_hierarchy = "date"
    search_fields = ("name", "location")
    autocomplete_fields = ("place", "articles")
    inlines = [ParticipantInline]


@admin.register(Mention)
class MentionAdmin(HistoryAdmin):
    # newest first by primary key: the model's ordering (article, then page file name) would sort
    # every mention of the archive through two joins on each page of the list
    ordering = ("-id",)
    list_display = ("surface", "type", "titles", "entity_link", "context", "method", "confidence", "status")
    list_select_related = ("article", "person", "organisation", "place", "event")
    # the distinct methods are read once per change of the data (jzarchive/admin_base.py)
    list_filter = ("status", "type", ("method", CachedValuesFilter))
    # a merge or split moves mentions with one UPDATE and records itself in the entities' history
    version_models = ("people.HistoricalPerson", "people.HistoricalOrganisation", "people.HistoricalPlace")
    search_fields = ("surface",)
    autocomplete_fields = ("article", "person", "organisation", "place", "event")
    readonly_fields = ("context", "start", "end", "method", "confidence", "created_at", "updated_at")
    fields = (
        "article",
        "context",
        "type",
        "surface",
        "titles",
        "organisation_text",
        "person",
        "organisation",
        "place",
        "event",
        "status",
        "start",
        "end",
        "method",
        "confidence",
    )
    actions = ["confirm", "reject"]

    @admin.display(description=_("实体"))
    def entity_link(self, obj: Mention) -> str:
        return str(obj.entity or "")

    @admin.display(description=_("上下文"))
    def context(self, obj: Mention) -> str:
        return mention_context(obj) if obj.pk else "—"

    def save_model(self, request, obj: Mention, form, change) -> None:
        # Pointing a mention at another record by hand is a curator's decision: keep it.
        if change and {"person", "organisation", "place", "type"} & set(form.changed_data):
            obj.status = STATUS_CONFIRMED
        super().save_model(request, obj, form, change)

    @admin.action(description=_("确认所选提及"), permissions=["change"])
    def confirm(self, request, queryset):
        n = curation.set_status(queryset, STATUS_CONFIRMED)
        self.message_user(request, f"已确认 {n} 条提及")

    @admin.action(description=_("驳回所选提及"), permissions=["change"])
    def reject(self, request, queryset):
        n = curation.set_status(queryset, STATUS_REJECTED)
        self.message_user(request, f"已驳回 {n} 条提及")


@admin.register(Alias)
class AliasAdmin(HistoryAdmin):
    list_display = ("name", "person", "organisation", "place", "source")
    list_select_related = ("person", "organisation", "place")
    search_fields = ("name",)
    autocomplete_fields = ("person", "organisation", "place")


@admin.register(Tenure)
class TenureAdmin(HistoryAdmin):
    list_display = ("person", "title", "organisation", "first_seen", "last_seen", "mention_count", "status")
    list_select_related = ("person", "organisation")
    list_filter = ("status",)
    search_fields = ("person__name", "title", "organisation__name")
    autocomplete_fields = ("person", "organisation")
    readonly_fields = ("mentions",)
