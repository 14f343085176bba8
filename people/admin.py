"""Admin for people, organisations, places, events and their evidence (mentions)."""

from django.contrib import admin
from django.db.models import Count
from import_export.admin import ImportExportModelAdmin

from people.models import Alias, Event, EventParticipant, Mention, Organisation, Person, Place, Tenure
from people.resources import EventResource, OrganisationResource, PersonResource


class BigTableAdmin(admin.ModelAdmin):
    show_full_result_count = False
    list_per_page = 50


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


class PersonMentionInline(admin.TabularInline):
    model = Mention
    fk_name = "person"
    fields = ("article", "surface", "titles", "status", "method", "confidence")
    readonly_fields = ("article", "surface", "method", "confidence")
    extra = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


class EntityAdmin(ImportExportModelAdmin, BigTableAdmin):
    list_filter = ("status",)
    search_fields = ("name", "aliases__name")
    autocomplete_fields = ("merged_into",)

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            qs = qs.annotate(n_mentions=Count("mentions"))
        return qs

    @admin.display(description="提及次数", ordering="n_mentions")
    def mention_count(self, obj) -> int:
        return getattr(obj, "n_mentions", 0)


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    resource_classes = [PersonResource]
    list_display = ("name", "name_pinyin", "status", "mention_count", "merged_into")
    list_select_related = ("merged_into",)
    search_fields = ("name", "name_pinyin", "aliases__name")
    inlines = [AliasInline, TenureInline, PersonMentionInline]


@admin.register(Organisation)
class OrganisationAdmin(EntityAdmin):
    resource_classes = [OrganisationResource]
    list_display = ("name", "kind", "parent", "status", "mention_count")
    list_select_related = ("parent",)
    list_filter = ("kind", "status")
    autocomplete_fields = ("merged_into", "parent")
    inlines = [AliasInline]


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
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
class EventAdmin(ImportExportModelAdmin, BigTableAdmin):
    resource_classes = [EventResource]
    list_display = ("name", "type", "date", "date_text", "location", "status")
    list_filter = ("type", "status")
    date_hierarchy = "date"
    search_fields = ("name", "location")
    autocomplete_fields = ("place", "articles")
    inlines = [ParticipantInline]


@admin.register(Mention)
class MentionAdmin(BigTableAdmin):
    list_display = ("surface", "type", "titles", "entity_link", "article", "method", "confidence", "status")
    list_select_related = ("article", "person", "organisation", "place", "event")
    list_filter = ("type", "status", "method")
    search_fields = ("surface",)
    autocomplete_fields = ("article", "person", "organisation", "place", "event")
    readonly_fields = ("start", "end", "method", "confidence", "created_at", "updated_at")
    actions = ["confirm", "reject"]

    @admin.display(description="实体")
    def entity_link(self, obj: Mention) -> str:
        return str(obj.entity or "")

    @admin.action(description="确认所选提及", permissions=["change"])
    def confirm(self, request, queryset):
        n = queryset.update(status="confirmed")
        self.message_user(request, f"已确认 {n} 条提及")

    @admin.action(description="驳回所选提及", permissions=["change"])
    def reject(self, request, queryset):
        n = queryset.update(status="rejected")
        self.message_user(request, f"已驳回 {n} 条提及")


@admin.register(Alias)
class AliasAdmin(BigTableAdmin):
    list_display = ("name", "person", "organisation", "place", "source")
    list_select_related = ("person", "organisation", "place")
    search_fields = ("name",)
    autocomplete_fields = ("person", "organisation", "place")


@admin.register(Tenure)
class TenureAdmin(BigTableAdmin):
    list_display = ("person", "title", "organisation", "first_seen", "last_seen", "mention_count", "status")
    list_select_related = ("person", "organisation")
    list_filter = ("status",)
    search_fields = ("person__name", "title", "organisation__name")
    autocomplete_fields = ("person", "organisation")
    filter_horizontal = ()
    readonly_fields = ("mentions",)
