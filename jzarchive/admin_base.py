"""What every admin page of a big table shares: no full COUNT(*), pages of 50, and the list's
table-wide lookups (filter choices, date-hierarchy years, the count of a filtered list) computed
once per change of the data instead of on every page view.

Why: on a 100,000-article archive each of those lookups scans the whole table (a `SELECT DISTINCT`
of a filter's values 50-80 ms, the date hierarchy's years 95 ms, a filtered count 20-60 ms), and a
list page paid for all of them on every view, for answers that change only when pages are imported
or a curator edits something.

The data version of a list is one query: the newest primary key of each table whose rows the
lookups read (the model, its history table, the import log, the admin's log), one index probe each.
An import adds ImportFile rows (one a page, also for pages re-read in place); a curator's edit adds
a history row or an admin log entry; so any change gives a new version and the next page view
recomputes. Nothing needs to call anything after an import (`forget_cached_lookups()` exists for
changes that bypass both, e.g. a raw SQL fix), and every cached value also expires after
LOOKUP_TTL seconds. The values live in their own cache (settings.CACHES["lookups"]), so that
culling them never drops a login lock-out from the default cache; the generation counter of
forget_cached_lookups() lives in the default cache, which every worker process shares.
"""

from __future__ import annotations

import hashlib

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.filters import AllValuesFieldListFilter
from django.contrib.admin.templatetags.admin_list import date_hierarchy
from django.contrib.admin.utils import get_fields_from_path
from django.core.cache import cache, caches
from django.core.paginator import Paginator
from django.db import connection, models
from django.utils.functional import cached_property

LOOKUP_TTL = 600  # seconds: a backstop, the version key normally decides
CACHE_PREFIX = "jz-admin-lookup"
# A list of at most this many rows is counted exactly on every view (a LIMITed count reads at most
# this many index entries) and its date hierarchy read from its rows; a longer one uses the cache.
EXACT_COUNT_LIMIT = 1000
# A page starting at or after this row is found by its primary keys first.
DEEP_OFFSET = 1000


def exact_count_limit() -> int:
    return getattr(settings, "JZARCHIVE_ADMIN_EXACT_COUNT", EXACT_COUNT_LIMIT)


def deep_offset() -> int:
    return getattr(settings, "JZARCHIVE_ADMIN_DEEP_OFFSET", DEEP_OFFSET)


# Tables whose change may change any list: the import log (a row per page imported or re-read) and
# the admin's own log (every add, change and delete through the admin).
ALWAYS_VERSIONED = ("articles.ImportFile", "admin.LogEntry")


def lookups_cache():
    """The cache of the lookups (settings.CACHES["lookups"], apart from the login counts)."""
    return caches["lookups"] if "lookups" in settings.CACHES else cache


def forget_cached_lookups() -> None:
    """Make every cached list lookup stale (for changes made outside the importer and the admin)."""
    try:
        cache.incr(f"{CACHE_PREFIX}:generation")
    except ValueError:
        cache.set(f"{CACHE_PREFIX}:generation", 1, None)


def data_version(tables) -> str:
    """The newest primary key of each model's table, and the generation, in one query."""
    parts = []
    for model in tables:
        opts = model._meta
        quote = connection.ops.quote_name
        parts.append(f"(SELECT MAX({quote(opts.pk.column)}) FROM {quote(opts.db_table)})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    generation = cache.get(f"{CACHE_PREFIX}:generation", 0)
    return f"{generation}:" + ",".join(str(v) for v in row)


def cached_lookup(version: str, what: str, compute):
    """compute() once per (version, what); `what` names the lookup, e.g. the SQL it runs."""
    digest = hashlib.sha1(f"{connection.alias}\0{version}\0{what}".encode()).hexdigest()
    key = f"{CACHE_PREFIX}:{digest}"
    store = lookups_cache()
    found = store.get(key)
    if found is not None:
        return found[0]
    value = compute()
    store.set(key, (value,), LOOKUP_TTL)
    return value


def query_key(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    return f"{sql}\0{params!r}"


class CachedCountPaginator(Paginator):
    """Counts a short list exactly (a LIMITed count), a long one once per data version; a page deep
    in a long list is found by its primary keys first (OFFSET over an index of narrow rows), then
    its rows are read (at page 1,000 of the articles: 5 ms instead of 50)."""

    version = ""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if bottom < deep_offset() or not hasattr(self.object_list, "values_list"):
            return super().page(number)
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        return self._get_page(self.object_list.filter(pk__in=ids), number, self)

    @cached_property
    def count(self) -> int:
        if not hasattr(self.object_list, "query"):
            return super().count
        queryset = self.object_list.order_by()
        limit = exact_count_limit()
        head = queryset[: limit + 1].count()
        if head <= limit or not self.version:
            return head if head <= limit else queryset.count()
        return cached_lookup(self.version, "count\0" + query_key(queryset), queryset.count)


class CachedValuesFilter(AllValuesFieldListFilter):
    """The admin's all-values filter (every distinct value of a column), its choices cached."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        choices = self.lookup_choices  # the unevaluated SELECT DISTINCT
        version = model_admin.data_version(request) if hasattr(model_admin, "data_version") else ""
        if version:
            self.lookup_choices = cached_lookup(
                version, "values\0" + query_key(choices), lambda: list(choices)
            )


class CachedDates:
    """A list's queryset as the date hierarchy sees it: min / max and the distinct years, months or
    days, each cached per data version (the list's own filters are part of the key)."""

    def __init__(self, queryset, version: str) -> None:
        self.queryset, self.version = queryset, version

    def _cached(self, what: str, compute):
        return cached_lookup(self.version, what + query_key(self.queryset), compute)

    def aggregate(self, **aggregates):
        what = "aggregate\0" + repr(sorted((k, repr(v)) for k, v in aggregates.items()))
        return self._cached(what, lambda: self.queryset.aggregate(**aggregates))

    def dates(self, field_name, kind, order="ASC"):
        what = f"dates\0{field_name}\0{kind}\0{order}\0"
        return self._cached(what, lambda: list(self.queryset.dates(field_name, kind, order)))

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        what = f"datetimes\0{field_name}\0{kind}\0{order}\0{tzinfo}\0"
        return self._cached(what, lambda: list(self.queryset.datetimes(field_name, kind, order, tzinfo)))


class FewDates:
    """A short list's queryset as the date hierarchy sees it: the dates of its rows read once (one
    query over at most exact_count_limit() rows), min / max and distinct periods taken from them.
    (Asked in SQL, MIN(date) over a search's thousand matches walks the date index: 50 ms.)"""

    def __init__(self, queryset, field_name: str) -> None:
        self.queryset, self.field_name = queryset, field_name

    @cached_property
    def values(self) -> list:
        rows = self.queryset.order_by().values_list(self.field_name, flat=True)
        return [v for v in rows if v is not None]

    def aggregate(self, **aggregates):
        out = {}
        for name, aggregate in aggregates.items():
            pick = {"Min": min, "Max": max}.get(type(aggregate).__name__)
            if pick is None:
                return self.queryset.aggregate(**aggregates)
            out[name] = pick(self.values, default=None)
        return out

    def dates(self, field_name, kind, order="ASC"):
        if field_name != self.field_name or kind not in ("year", "month", "day"):
            return self.queryset.dates(field_name, kind, order)
        periods = {
            d.replace(month=1, day=1) if kind == "year" else d.replace(day=1) if kind == "month" else d
            for d in self.values
        }
        return sorted(periods, reverse=order == "DESC")


class _DateHierarchyView:
    """The change list as the date_hierarchy tag reads it: a short list's dates read once, a long
    list's lookups cached per data version."""

    def __init__(self, cl) -> None:
        self._cl = cl
        field = get_fields_from_path(cl.model, cl.date_hierarchy)[-1]
        if cl.result_count <= exact_count_limit() and not isinstance(field, models.DateTimeField):
            self.queryset = FewDates(cl.queryset, cl.date_hierarchy)
        elif getattr(cl, "data_version", ""):
            self.queryset = CachedDates(cl.queryset, cl.data_version)
        else:
            self.queryset = cl.queryset

    def __getattr__(self, name):
        return getattr(self._cl, name)


def cached_date_hierarchy(cl) -> dict | None:
    """Django's date hierarchy, its queries answered from the cache (see jzarchive/admin_tags.py)."""
    return date_hierarchy(_DateHierarchyView(cl))


class BigTableAdmin(admin.ModelAdmin):
    """No full COUNT(*) under the list (slow on millions of rows), pages of 50, and the list's
    table-wide lookups cached per data version (see the module's docstring).

    Use `("field", CachedValuesFilter)` in list_filter for a column with few distinct values.
    `version_models` names more tables ("app.Model") whose changes change this list's lookups.
    """

    show_full_result_count = False
    list_per_page = 50
    paginator = CachedCountPaginator
    version_models: tuple[str, ...] = ()
    # the change list with the cached date hierarchy (django-import-export's lists extend it)
    change_list_template = "admin/jz_change_list.html"

    def versioned_models(self) -> list:
        models = [self.model]
        history = getattr(self.model, "history", None)
        if history is not None and hasattr(history, "model"):
            models.append(history.model)
        models += [apps.get_model(name) for name in (*self.version_models, *ALWAYS_VERSIONED)]
        return list(dict.fromkeys(models))

    def data_version(self, request) -> str:
        memo = request.__dict__.setdefault("_jz_data_versions", {})
        key = id(self)
        if key not in memo:
            memo[key] = data_version(self.versioned_models())
        return memo[key]

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)
        if isinstance(paginator, CachedCountPaginator):
            paginator.version = self.data_version(request)
        return paginator

    def get_changelist_instance(self, request):
        cl = super().get_changelist_instance(request)
        cl.data_version = self.data_version(request)
        return cl
