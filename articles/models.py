"""Newspaper side of the warehouse: editions, pages, articles, credits, import runs.

Each index is commented with the query that uses it.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from articles.reading.types import article_text


class Edition(models.Model):
    """One issue of one paper on one day."""

    PRECISION_CHOICES = [("day", _("日")), ("month", _("月")), ("year", _("年")), ("none", _("未知"))]

    paper = models.CharField(_("报纸"), max_length=100, default="焦作日报")
    date = models.DateField(_("出版日期"), null=True, blank=True)
    date_precision = models.CharField(_("日期精度"), max_length=8, choices=PRECISION_CHOICES, default="none")
    date_evidence = models.TextField(_("日期依据"), blank=True)

    class Meta:
        verbose_name = _("期次")
        verbose_name_plural = pgettext_lazy("plural", "期次")
        ordering = ["-date", "paper"]
        constraints = [
            # One edition per paper and day; undated pages have no edition.
            models.UniqueConstraint(fields=["paper", "date"], name="edition_paper_date_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.paper} {self.date.isoformat() if self.date else '日期不详'}"

    def save(self, *args, **kwargs) -> None:
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:  # a corrected edition date moves its articles in the reports
            from articles.search import refresh_report_dates

            refresh_report_dates(Page.objects.filter(edition_id=self.pk).values_list("pk", flat=True))


class Page(models.Model):
    """One page file as imported: raw text kept verbatim, identified by the hash of its bytes."""

    edition = models.ForeignKey(
        Edition,
        verbose_name=_("期次"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pages",
    )
    source_name = models.CharField(_("文件名"), max_length=255, unique=True)
    source_path = models.TextField(_("来源路径"), blank=True)
    # Import identity: "have we seen these bytes already, under any name?"
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    encoding = models.CharField(_("编码"), max_length=32)
    raw_text = models.TextField(_("原文"))
    page_label = models.CharField(_("版次"), max_length=16, blank=True, db_index=True)
    size_bytes = models.PositiveIntegerField(_("字节数"), default=0)
    warnings = models.JSONField(_("警告"), default=list, blank=True)
    imported_at = models.DateTimeField(_("导入时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("版面")
        verbose_name_plural = pgettext_lazy("plural", "版面")
        ordering = ["source_name"]

    def __str__(self) -> str:
        return self.source_name

    def save(self, *args, **kwargs) -> None:
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:  # the page may have moved to another edition (date)
            from articles.search import refresh_report_dates

            refresh_report_dates([self.pk])


class Article(models.Model):
    KIND_CHOICES = [
        ("news", _("消息")),
        ("xinhua", _("新华社稿")),
        ("feature", _("通讯/特写")),
        ("photo", _("图片新闻")),
        ("notice", _("公告")),
        ("column", _("专栏")),
        ("continuation", _("转版续文")),
        ("brief", _("简讯")),
        ("other", _("其他")),
    ]

    # no index of their own: the unique (page, n) serves a page's articles, the (kind, date) index
    # a filter by kind (each index is written for every article of a backlog)
    page = models.ForeignKey(
        Page, verbose_name=_("版面"), on_delete=models.CASCADE, related_name="articles", db_index=False
    )
    n = models.PositiveIntegerField(_("版内顺序"))
    kind = models.CharField(_("体裁"), max_length=16, choices=KIND_CHOICES, default="news")
    headline = models.TextField(_("标题"), blank=True)
    kicker = models.TextField(_("引题"), blank=True)
    subheadline = models.TextField(_("副题"), blank=True)
    section = models.CharField(_("栏目"), max_length=100, blank=True)
    source = models.CharField(_("稿源"), max_length=50, blank=True)
    body = models.TextField(_("正文"))
    dateline = models.CharField(_("消息日期（原文）"), max_length=100, blank=True)
    # report "what happened in March 1998": range scans on the resolved news date
    date = models.DateField(_("消息日期"), null=True, blank=True, db_index=True)
    continued_from_label = models.CharField(_("上接版次"), max_length=32, blank=True)
    continued_to_label = models.CharField(_("下转版次"), max_length=32, blank=True)
    continued_from = models.ForeignKey(
        "self",
        verbose_name=_("上接文章"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="continuations",
    )
    related = models.ManyToManyField("self", verbose_name=_("相关文章"), blank=True, symmetrical=True)
    duplicated = models.BooleanField(_("重复刊登"), default=False)
    start = models.PositiveIntegerField(_("起始位置"), default=0)
    end = models.PositiveIntegerField(_("结束位置"), default=0)
    # Fields a curator edited: a re-import leaves them as the curator set them.
    locked_fields = models.JSONField(_("人工锁定字段"), default=list, blank=True)
    # Derived, kept current by articles.search.index_articles (import) and save() (admin edits):
    # the article's date for reports, its own date else its edition's; the month of that date as
    # 'YYYY-MM' (report views group and filter on it through its index); and the jieba-segmented
    # words of the text, bylines and entity names that search uses (on PostgreSQL a generated
    # tsvector column search_vector with a GIN index is computed from it, see migration 0004).
    report_date = models.DateField(_("报表日期"), null=True, blank=True, editable=False)
    report_month = models.CharField(_("报表月份"), max_length=7, null=True, blank=True, editable=False)  # noqa: DJ001
    search_text = models.TextField(_("检索分词"), blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["report_date", "report_month", "search_text"])

    class Meta:
        verbose_name = _("文章")
        verbose_name_plural = pgettext_lazy("plural", "文章")
        ordering = ["page__source_name", "n"]
        constraints = [models.UniqueConstraint(fields=["page", "n"], name="article_page_n_uniq")]
        indexes = [
            # export / page view: articles of a page in reading order (covered by the unique constraint)
            # admin changelist filtered by kind and ordered by date
            models.Index(fields=["kind", "date"], name="article_kind_date_idx"),
            # reports for a period: "articles of March 1998" (report --from/--to, event and month reports)
            models.Index(fields=["report_date"], name="article_report_date_idx"),
            # reports for one month: person_appearances / reporter_output WHERE month = '1998-03'
            models.Index(fields=["report_month"], name="article_report_month_idx"),
        ]

    def __str__(self) -> str:
        return self.headline or (self.body[:30] + "…")

    def save(self, *args, **kwargs) -> None:
        # An edit in the admin keeps the report date and the search words current.
        from articles.search import fill_derived

        fill_derived(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "report_date", "report_month", "search_text"}
        super().save(*args, **kwargs)

    @property
    def text(self) -> str:
        """kicker, headline, sub-title and body: what mention spans point into."""
        return article_text(self.kicker, self.headline, self.subheadline, self.body)

    @property
    def edition_date(self):
        edition = self.page.edition
        return edition.date if edition else None


class Credit(models.Model):
    """A byline: who reported, photographed or corresponded for an article."""

    ROLE_CHOICES = [
        ("reporter", _("记者")),
        ("trainee_reporter", _("见习记者")),
        ("correspondent", _("通讯员")),
        ("photographer", _("摄影")),
    ]

    article = models.ForeignKey(
        Article, verbose_name=_("文章"), on_delete=models.CASCADE, related_name="credits"
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("人物"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="credits",
    )
    role = models.CharField(_("角色"), max_length=20, choices=ROLE_CHOICES)
    name = models.CharField(_("署名"), max_length=50)
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("署名")
        verbose_name_plural = pgettext_lazy("plural", "署名")
        ordering = ["article", "order"]
        indexes = [
            # reporter_output: "what did reporter X write" by name, then by role
            models.Index(fields=["name", "role"], name="credit_name_role_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.name}"


class ImportRun(models.Model):
    """One run of import_seeds. No foreign keys, so the log outlives purged pages."""

    started_at = models.DateTimeField(_("开始时间"), auto_now_add=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    command = models.TextField(_("命令"), blank=True)
    dry_run = models.BooleanField(_("试运行"), default=False)
    pages_new = models.PositiveIntegerField(_("新版面"), default=0)
    pages_updated = models.PositiveIntegerField(_("更新版面"), default=0)
    pages_unchanged = models.PositiveIntegerField(_("未变版面"), default=0)
    pages_failed = models.PositiveIntegerField(_("失败文件"), default=0)
    articles = models.PositiveIntegerField(_("文章数"), default=0)
    mentions = models.PositiveIntegerField(_("提及数"), default=0)

    class Meta:
        verbose_name = _("导入批次")
        verbose_name_plural = pgettext_lazy("plural", "导入批次")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"导入 #{self.pk} {self.started_at:%Y-%m-%d %H:%M}"


class ImportFile(models.Model):
    """The outcome for one file in one run: the import log and its idempotency key (sha256)."""

    OUTCOME_CHOICES = [
        ("new", _("新导入")),
        ("updated", _("已更新")),
        ("unchanged", _("未变化")),
        ("failed", _("失败")),
    ]

    run = models.ForeignKey(
        ImportRun, verbose_name=_("导入批次"), on_delete=models.CASCADE, related_name="files"
    )
    path = models.TextField(_("路径"))
    sha256 = models.CharField("SHA-256", max_length=64, blank=True, db_index=True)
    outcome = models.CharField(_("结果"), max_length=10, choices=OUTCOME_CHOICES)
    message = models.TextField(_("说明"), blank=True)
    page_id_value = models.BigIntegerField(_("版面ID"), null=True, blank=True)  # plain id: survives purges
    articles = models.PositiveIntegerField(_("文章数"), default=0)
    seconds = models.FloatField(_("耗时（秒）"), default=0)

    class Meta:
        verbose_name = _("导入文件记录")
        verbose_name_plural = pgettext_lazy("plural", "导入文件记录")
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return f"{self.path}: {self.get_outcome_display()}"


# Read-only models over the SQL report views (articles/reporting/sql).
from articles.reports import *  # noqa: E402, F403
