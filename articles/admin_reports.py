"""报表 in the admin: each report view as a read-only list with filters, search, a CSV download of
what is shown, and a chart drawn on the server as inline SVG (no JavaScript, nothing fetched).

Anyone who may read articles may read the reports. The admin index shows them in a section of
their own (报表), apart from the tables they are computed from.
"""

from __future__ import annotations

import csv
import datetime as dt

from django.contrib import admin
from django.db.models import Max, Min, Sum
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from articles.reporting.summaries import SUMMARY_OF, refresh_if_dirty
from articles.reports import (
    EventTimeline,
    OrganisationCooccurrence,
    PersonAppearances,
    PersonCooccurrence,
    PersonOrganisationLinks,
    PersonTenures,
    ReporterOutput,
)

REPORT_MODELS = (
    PersonAppearances,
    PersonCooccurrence,
    OrganisationCooccurrence,
    PersonOrganisationLinks,
    PersonTenures,
    EventTimeline,
    ReporterOutput,
)
BAR = "#417690"  # the admin's own blue
CHART_ROWS = 30


# --- charts (inline SVG) -------------------------------------------------------------------------


def num(value: float) -> str:
    return f"{value:.1f}"


def svg(width: int, height: int, body) -> str:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="report-chart" width="{}" height="{}" '
        'viewBox="0 0 {} {}" role="img" style="font: 11px sans-serif; max-width: 100%">{}</svg>',
        width,
        height,
        width,
        height,
        body,
    )


def column_chart(points: list[tuple[str, int]], title: str) -> str:
    """Counts over time: one column a month (label 'YYYY-MM'), the years marked below."""
    if not points:
        return ""
    width, height, left, bottom = 900, 220, 40, 30
    top = max(v for _, v in points) or 1
    step = (width - left - 10) / len(points)
    bars, labels = [], []
    for i, (label, value) in enumerate(points):
        h = (height - bottom - 20) * value / top
        x = left + i * step
        bars.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>',
                num(x),
                num(height - bottom - h),
                num(max(step - 1, 1)),
                num(h),
                BAR,
                label,
                value,
            )
        )
        if i == 0 or label[:4] != points[i - 1][0][:4] or len(points) <= 12:
            labels.append(
                format_html(
                    '<text x="{}" y="{}">{}</text>',
                    num(x),
                    height - bottom + 14,
                    label if len(points) <= 12 else label[:4],
                )
            )
    body = format_html(
        '<text x="{}" y="12" font-weight="bold">{}</text>'
        '<text x="2" y="{}">{}</text><text x="2" y="{}">0</text>{}{}',
        left,
        title,
        24,
        top,
        height - bottom,
        mark_safe("".join(bars)),  # each piece built by format_html
        mark_safe("".join(labels)),
    )
    return svg(width, height, body)


def bar_list(rows: list[tuple[str, int]], title: str) -> str:
    """A ranked list as horizontal bars (who appears with whom, most first)."""
    if not rows:
        return ""
    width, row_h, label_w = 900, 18, 260
    top = max(v for _, v in rows) or 1
    height = 24 + row_h * len(rows)
    parts = []
    for i, (label, value) in enumerate(rows):
        y = 20 + i * row_h
        w = (width - label_w - 60) * value / top
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
                '<text x="{}" y="{}">{}</text>',
                label_w - 6,
                y + 12,
                label,
                label_w,
                y + 2,
                num(w),
                row_h - 4,
                BAR,
                num(label_w + w + 4),
                y + 12,
                value,
            )
        )
    body = format_html('<text x="0" y="12" font-weight="bold">{}</text>{}', title, mark_safe("".join(parts)))
    return svg(width, height, body)


def timeline(rows: list[tuple[str, dt.date | None, dt.date | None, int]], title: str) -> str:
    """Posts as bars from the first to the last date seen (a career timeline)."""
    rows = [r for r in rows if r[1] and r[2]]
    if not rows:
        return ""
    width, row_h, label_w = 900, 18, 300
    start = min(r[1] for r in rows)
    end = max(r[2] for r in rows)
    span = max((end - start).days, 1)
    plot = width - label_w - 20
    height = 40 + row_h * len(rows)
    parts = []
    for i, (label, first, last, mentions) in enumerate(rows):
        y = 20 + i * row_h
        x = label_w + plot * (first - start).days / span
        w = max(plot * (last - first).days / span, 3)
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                "<title>{}: {} – {}, {} mentions</title></rect>",
                label_w - 6,
                y + 12,
                label,
                num(x),
                y + 2,
                num(w),
                row_h - 4,
                BAR,
                label,
                first,
                last,
                mentions,
            )
        )
    axis = format_html(
        '<text x="{}" y="{}">{}</text><text x="{}" y="{}" text-anchor="end">{}</text>',
        label_w,
        height - 4,
        start,
        width - 20,
        height - 4,
        end,
    )
    body = format_html(
        '<text x="0" y="12" font-weight="bold">{}</text>{}{}', title, mark_safe("".join(parts)), axis
    )
    return svg(width, height, body)


def as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# --- filters ---------------------------------------------------------------------------------------


class YearFilter(admin.SimpleListFilter):
    """Years of the archive (from the article dates' index), applied to the report's own dates."""

    title = _("年份")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        span = Article.objects.aggregate(first=Min("report_date"), last=Max("report_date"))
        if not span["first"]:
            return []
        return [(str(y), str(y)) for y in range(span["last"].year, span["first"].year - 1, -1)]

    def queryset(self, request, queryset):
        value = self.value()
        if not value or not value.isdigit():
            return queryset
        year = int(value)
        model = queryset.model
        names = {f.name for f in model._meta.fields}
        if "month" in names:  # monthly reports: the months of that year (report_month's index)
            return queryset.filter(month__gte=f"{year:04d}-01", month__lte=f"{year:04d}-12")
        if model is EventTimeline:
            return queryset.filter(date__gte=dt.date(year, 1, 1), date__lte=dt.date(year, 12, 31))
        # first..last overlaps the year
        return queryset.filter(last_date__gte=dt.date(year, 1, 1), first_date__lte=dt.date(year, 12, 31))


# --- admin -----------------------------------------------------------------------------------------


class ReportAdmin(admin.ModelAdmin):
    change_list_template = "admin/articles/report_change_list.html"
    show_full_result_count = False
    list_per_page = 100
    list_display_links = None
    list_filter = (YearFilter,)
    actions = None
    chart_title = ""

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.has_perm("articles.view_article")

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "csv/",
                self.admin_site.admin_view(self.csv_view),
                name=f"{opts.app_label}_{opts.model_name}_csv",
            ),
            *super().get_urls(),
        ]

    def csv_view(self, request):
        """What the list shows (same filters and search), every row, as CSV."""
        if not self.has_view_permission(request):
            return HttpResponse(status=403)
        self.refresh()
        cl = self.get_changelist_instance(request)
        fields = [f.name for f in self.model._meta.fields]

        class Echo:
            def write(self, value):
                return value

        writer = csv.writer(Echo())

        def rows():
            yield "\ufeff"  # so that Excel reads UTF-8
            yield writer.writerow(fields)
            for values in cl.queryset.values_list(*fields).iterator(chunk_size=2000):
                yield writer.writerow(["" if v is None else v for v in values])

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.model.report_name}.csv"'
        return response

    def refresh(self) -> None:
        # a report read from a summary table shows edits made since the last refresh too
        if self.model.report_name in SUMMARY_OF:
            refresh_if_dirty()

    def changelist_view(self, request, extra_context=None):
        self.refresh()
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None)
        if context and "cl" in context:
            context["report_chart"] = self.chart(context["cl"].queryset)
            context["csv_query"] = request.GET.urlencode()
        return response

    def chart(self, queryset) -> str:
        return ""


def monthly(queryset, field: str = "articles", limit: int = 240) -> list[tuple[str, int]]:
    rows = (
        queryset.exclude(month__isnull=True)
        .order_by()
        .values("month")
        .annotate(n=Sum(field))
        .order_by("-month")[:limit]
    )
    return sorted((r["month"], r["n"] or 0) for r in rows)


@admin.register(PersonAppearances)
class PersonAppearancesAdmin(ReportAdmin):
    list_display = ("person_name", "month", "articles", "mentions", "first_date", "last_date", "person_id")
    search_fields = ("=person_name",)
    ordering = ("-month", "-articles", "person_name")

    def chart(self, queryset) -> str:
        return column_chart(monthly(queryset), "见报文章数（按月）")


class PairAdmin(ReportAdmin):
    ordering = ("-articles",)

    def chart(self, queryset) -> str:
        left, right = self.pair
        rows = queryset.order_by("-articles", left, right).values_list(left, right, "articles")[:CHART_ROWS]
        return bar_list([(f"{a} — {b}", n) for a, b, n in rows], "共现最多（共同文章数）")


@admin.register(PersonCooccurrence)
class PersonCooccurrenceAdmin(PairAdmin):
    list_display = (
        "person_name",
        "other_name",
        "articles",
        "first_date",
        "last_date",
        "person_id",
        "other_id",
    )
    search_fields = ("=person_name",)
    pair = ("person_name", "other_name")


@admin.register(OrganisationCooccurrence)
class OrganisationCooccurrenceAdmin(PairAdmin):
    list_display = (
        "organisation_name",
        "other_name",
        "articles",
        "first_date",
        "last_date",
        "organisation_id",
        "other_id",
    )
    search_fields = ("=organisation_name",)
    pair = ("organisation_name", "other_name")


@admin.register(PersonOrganisationLinks)
class PersonOrganisationLinksAdmin(PairAdmin):
    list_display = (
        "person_name",
        "organisation_name",
        "articles",
        "first_date",
        "last_date",
        "person_id",
        "organisation_id",
    )
    search_fields = ("=person_name", "=organisation_name")
    pair = ("person_name", "organisation_name")


@admin.register(PersonTenures)
class PersonTenuresAdmin(ReportAdmin):
    list_display = (
        "person_name",
        "title",
        "organisation_name",
        "first_date",
        "last_date",
        "mentions",
        "articles",
    )
    search_fields = ("=person_name", "title")
    ordering = ("person_name", "first_date", "title")

    def chart(self, queryset) -> str:
        rows = queryset.values_list(
            "person_name", "title", "organisation_name", "first_date", "last_date", "mentions"
        )
        data = [
            (f"{p} {t}" + (f"（{o}）" if o else ""), as_date(f), as_date(last), n)
            for p, t, o, f, last, n in rows[:CHART_ROWS]
        ]
        return timeline(data, "任职时间线（最早至最近见报）")


@admin.register(EventTimeline)
class EventTimelineAdmin(ReportAdmin):
    list_display = ("date", "name", "type", "location", "participants", "articles", "first_article_date")
    list_filter = (YearFilter, "type")
    search_fields = ("name", "location")
    ordering = ("-date", "name")

    def chart(self, queryset) -> str:
        counts: dict[str, int] = {}
        for day in queryset.exclude(date__isnull=True).values_list("date", flat=True)[:5000]:
            key = str(day)[:7]
            counts[key] = counts.get(key, 0) + 1
        return column_chart(sorted(counts.items())[-240:], "事件数（按月）")


@admin.register(ReporterOutput)
class ReporterOutputAdmin(ReportAdmin):
    list_display = (
        "reporter",
        "role",
        "month",
        "articles",
        "news",
        "xinhua",
        "feature",
        "photo",
        "brief",
        "other",
    )
    list_filter = (YearFilter, "role")
    search_fields = ("=reporter",)
    ordering = ("-month", "-articles", "reporter")

    def chart(self, queryset) -> str:
        rows = (
            queryset.order_by().values("reporter").annotate(n=Sum("articles")).order_by("-n", "reporter")
        )[:CHART_ROWS]
        return bar_list([(r["reporter"], r["n"]) for r in rows], "发稿最多（文章数）")


# --- the 报表 section of the admin index ------------------------------------------------------------

_get_app_list = admin.site.get_app_list


def get_app_list(request, app_label=None):
    apps = _get_app_list(request, app_label)
    names = {m.__name__ for m in REPORT_MODELS}
    reports = []
    for app in apps:
        if app["app_label"] == "articles":
            reports = [m for m in app["models"] if m["object_name"] in names]
            app["models"] = [m for m in app["models"] if m["object_name"] not in names]
    apps = [a for a in apps if a["models"]]
    if reports:
        order = [m.__name__ for m in REPORT_MODELS]
        reports.sort(key=lambda m: order.index(m["object_name"]))
        apps.append(
            {
                "name": _("报表"),
                "app_label": "articles",
                "app_url": reports[0]["admin_url"],
                "has_module_perms": True,
                "models": reports,
            }
        )
    return apps


admin.site.get_app_list = get_app_list
