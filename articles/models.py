"""Newspaper side of the warehouse: editions, pages, articles, credits, import runs.

Each index is commented with the query that uses it.
"""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from articles.reading.types import article_text


class Edition(models.Model):
    """One issue of one paper on one day."""

    PRECISION_CHOICES = [("day", "日"), ("month", "月"), ("year", "年"), ("none", "未知")]

    paper = models.CharField("报纸", max_length=100, default="焦作日报")
    date = models.DateField("出版日期", null=True, blank=True)
    date_precision = models.CharField("日期精度", max_length=8, choices=PRECISION_CHOICES, default="none")
    date_evidence = models.TextField("日期依据", blank=True)

    class Meta:
        verbose_name = "期次"
        verbose_name_plural = "期次"
        ordering = ["-date", "paper"]
        constraints = [
            # One edition per paper and day; undated pages have no edition.
            models.UniqueConstraint(fields=["paper", "date"], name="edition_paper_date_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.paper} {self.date.isoformat() if self.date else '日期不详'}"


class Page(models.Model):
    """One page file as imported: raw text kept verbatim, identified by the hash of its bytes."""

    edition = models.ForeignKey(
        Edition, verbose_name="期次", null=True, blank=True, on_delete=models.SET_NULL, related_name="pages"
    )
    source_name = models.CharField("文件名", max_length=255, unique=True)
    source_path = models.TextField("来源路径", blank=True)
    # Import identity: "have we seen these bytes already, under any name?"
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    encoding = models.CharField("编码", max_length=32)
    raw_text = models.TextField("原文")
    page_label = models.CharField("版次", max_length=16, blank=True, db_index=True)
    size_bytes = models.PositiveIntegerField("字节数", default=0)
    warnings = models.JSONField("警告", default=list, blank=True)
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "版面"
        verbose_name_plural = "版面"
        ordering = ["source_name"]

    def __str__(self) -> str:
        return self.source_name


class Article(models.Model):
    KIND_CHOICES = [
        ("news", "消息"),
        ("xinhua", "新华社稿"),
        ("feature", "通讯/特写"),
        ("photo", "图片新闻"),
        ("notice", "公告"),
        ("column", "专栏"),
        ("continuation", "转版续文"),
        ("brief", "简讯"),
        ("other", "其他"),
    ]

    page = models.ForeignKey(Page, verbose_name="版面", on_delete=models.CASCADE, related_name="articles")
    n = models.PositiveIntegerField("版内顺序")
    kind = models.CharField("体裁", max_length=16, choices=KIND_CHOICES, default="news", db_index=True)
    headline = models.TextField("标题", blank=True)
    kicker = models.TextField("引题", blank=True)
    subheadline = models.TextField("副题", blank=True)
    section = models.CharField("栏目", max_length=100, blank=True)
    source = models.CharField("稿源", max_length=50, blank=True)
    body = models.TextField("正文")
    dateline = models.CharField("消息日期（原文）", max_length=100, blank=True)
    # report "what happened in March 1998": range scans on the resolved news date
    date = models.DateField("消息日期", null=True, blank=True, db_index=True)
    continued_from_label = models.CharField("上接版次", max_length=32, blank=True)
    continued_to_label = models.CharField("下转版次", max_length=32, blank=True)
    continued_from = models.ForeignKey(
        "self",
        verbose_name="上接文章",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="continuations",
    )
    related = models.ManyToManyField("self", verbose_name="相关文章", blank=True, symmetrical=True)
    duplicated = models.BooleanField("重复刊登", default=False)
    start = models.PositiveIntegerField("起始位置", default=0)
    end = models.PositiveIntegerField("结束位置", default=0)
    # Fields a curator edited: a re-import leaves them as the curator set them.
    locked_fields = models.JSONField("人工锁定字段", default=list, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["page__source_name", "n"]
        constraints = [models.UniqueConstraint(fields=["page", "n"], name="article_page_n_uniq")]
        indexes = [
            # export / page view: articles of a page in reading order (covered by the unique constraint)
            # admin changelist filtered by kind and ordered by date
            models.Index(fields=["kind", "date"], name="article_kind_date_idx"),
        ]

    def __str__(self) -> str:
        return self.headline or (self.body[:30] + "…")

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
        ("reporter", "记者"),
        ("trainee_reporter", "见习记者"),
        ("correspondent", "通讯员"),
        ("photographer", "摄影"),
    ]

    article = models.ForeignKey(
        Article, verbose_name="文章", on_delete=models.CASCADE, related_name="credits"
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name="人物",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="credits",
    )
    role = models.CharField("角色", max_length=20, choices=ROLE_CHOICES)
    name = models.CharField("署名", max_length=50)
    order = models.PositiveSmallIntegerField("顺序", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "署名"
        verbose_name_plural = "署名"
        ordering = ["article", "order"]
        indexes = [
            # reporter_output: "what did reporter X write" by name, then by role
            models.Index(fields=["name", "role"], name="credit_name_role_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.name}"


class ImportRun(models.Model):
    """One run of import_seeds. No foreign keys, so the log outlives purged pages."""

    started_at = models.DateTimeField("开始时间", auto_now_add=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    command = models.TextField("命令", blank=True)
    dry_run = models.BooleanField("试运行", default=False)
    pages_new = models.PositiveIntegerField("新版面", default=0)
    pages_updated = models.PositiveIntegerField("更新版面", default=0)
    pages_unchanged = models.PositiveIntegerField("未变版面", default=0)
    pages_failed = models.PositiveIntegerField("失败文件", default=0)
    articles = models.PositiveIntegerField("文章数", default=0)
    mentions = models.PositiveIntegerField("提及数", default=0)

    class Meta:
        verbose_name = "导入批次"
        verbose_name_plural = "导入批次"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"导入 #{self.pk} {self.started_at:%Y-%m-%d %H:%M}"


class ImportFile(models.Model):
    """The outcome for one file in one run: the import log and its idempotency key (sha256)."""

    OUTCOME_CHOICES = [
        ("new", "新导入"),
        ("updated", "已更新"),
        ("unchanged", "未变化"),
        ("failed", "失败"),
    ]

    run = models.ForeignKey(
        ImportRun, verbose_name="导入批次", on_delete=models.CASCADE, related_name="files"
    )
    path = models.TextField("路径")
    sha256 = models.CharField("SHA-256", max_length=64, blank=True, db_index=True)
    outcome = models.CharField("结果", max_length=10, choices=OUTCOME_CHOICES)
    message = models.TextField("说明", blank=True)
    page_id_value = models.BigIntegerField("版面ID", null=True, blank=True)  # plain id: survives purges
    articles = models.PositiveIntegerField("文章数", default=0)
    seconds = models.FloatField("耗时（秒）", default=0)

    class Meta:
        verbose_name = "导入文件记录"
        verbose_name_plural = "导入文件记录"
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return f"{self.path}: {self.get_outcome_display()}"
