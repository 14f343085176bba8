"""Who and what the articles talk about: people, organisations, places, events, and the evidence
(mentions) that ties them to articles.

Two layers: rows the importer made (status "machine") are replaceable; what a curator decided
(status confirmed / rejected, merges, aliases, edited fields listed in locked_fields) is never
overwritten by a re-import.
"""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

STATUS_MACHINE = "machine"
STATUS_CONFIRMED = "confirmed"
STATUS_REJECTED = "rejected"
STATUS_CHOICES = [(STATUS_MACHINE, "机器识别"), (STATUS_CONFIRMED, "已确认"), (STATUS_REJECTED, "已驳回")]


class Entity(models.Model):
    """Common fields of Person, Organisation and Place."""

    name = models.CharField("名称", max_length=200, db_index=True)
    status = models.CharField("状态", max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    # Set when a curator merged this record into another one; the importer then resolves to the survivor.
    merged_into = models.ForeignKey(
        "self", verbose_name="已合并到", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    locked_fields = models.JSONField("人工锁定字段", default=list, blank=True)
    notes = models.TextField("备注", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    # who changed what, when, before and after; revertible from the admin
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name


class Person(Entity):
    name_pinyin = models.CharField("拼音", max_length=200, blank=True, db_index=True)
    gender = models.CharField("性别", max_length=4, blank=True)

    class Meta:
        verbose_name = "人物"
        verbose_name_plural = "人物"
        ordering = ["name", "id"]


class Organisation(Entity):
    KIND_CHOICES = [
        ("party", "党委/党组织"),
        ("government", "政府及部门"),
        ("congress", "人大"),
        ("cppcc", "政协"),
        ("company", "企业"),
        ("university", "高校"),
        ("school", "学校"),
        ("association", "协会/社团"),
        ("media", "媒体"),
        ("other", "其他"),
    ]

    kind = models.CharField("类型", max_length=16, choices=KIND_CHOICES, default="other", db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级机构",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    class Meta:
        verbose_name = "机构"
        verbose_name_plural = "机构"
        ordering = ["name", "id"]


class Place(Entity):
    KIND_CHOICES = [
        ("country", "国家"),
        ("province", "省级"),
        ("city", "地级市"),
        ("county", "县/区/县级市"),
        ("town", "乡镇/街道"),
        ("village", "村/社区"),
        ("park", "园区/公园"),
        ("road", "道路"),
        ("other", "其他"),
    ]

    kind = models.CharField("类型", max_length=16, choices=KIND_CHOICES, default="other", db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级区划",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    class Meta:
        verbose_name = "地点"
        verbose_name_plural = "地点"
        ordering = ["name", "id"]


class Alias(models.Model):
    """Another name of a person, organisation or place (a merged duplicate, a short form)."""

    name = models.CharField("别名", max_length=200)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="aliases"
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="aliases"
    )
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.CASCADE, related_name="aliases")
    source = models.CharField("来源", max_length=20, default="curator")  # curator, merge, import
    history = HistoricalRecords()

    class Meta:
        verbose_name = "别名"
        verbose_name_plural = "别名"
        indexes = [
            # resolution: "which entity does this surface name?"
            models.Index(fields=["name"], name="alias_name_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                name="alias_exactly_one_target",
                condition=(
                    models.Q(person__isnull=False, organisation__isnull=True, place__isnull=True)
                    | models.Q(person__isnull=True, organisation__isnull=False, place__isnull=True)
                    | models.Q(person__isnull=True, organisation__isnull=True, place__isnull=False)
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def target(self):
        return self.person or self.organisation or self.place


class Event(models.Model):
    TYPE_CHOICES = [
        ("meeting", "会议"),
        ("conference", "大会"),
        ("forum", "论坛"),
        ("summit", "峰会"),
        ("ceremony", "仪式"),
        ("competition", "竞赛"),
        ("inspection", "调研/检查"),
        ("visit", "考察/访问"),
        ("signing", "签约"),
        ("campaign", "活动/行动"),
        ("exhibition", "展览"),
        ("other", "其他"),
    ]

    name = models.CharField("名称", max_length=300, db_index=True)
    type = models.CharField("类型", max_length=16, choices=TYPE_CHOICES, default="other", db_index=True)
    date_text = models.CharField("日期（原文）", max_length=100, blank=True)
    # event_timeline: events by date
    date = models.DateField("日期", null=True, blank=True, db_index=True)
    location = models.CharField("地点", max_length=200, blank=True)
    place = models.ForeignKey(
        Place, verbose_name="地点实体", null=True, blank=True, on_delete=models.SET_NULL
    )
    articles = models.ManyToManyField(
        "articles.Article", verbose_name="相关文章", related_name="events", blank=True
    )
    status = models.CharField("状态", max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    locked_fields = models.JSONField("人工锁定字段", default=list, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "事件"
        verbose_name_plural = "事件"
        ordering = ["-date", "name"]

    def __str__(self) -> str:
        return self.name


class EventParticipant(models.Model):
    ROLE_CHOICES = [(r, r) for r in ("主持", "出席", "讲话", "参加", "陪同", "致辞", "主讲", "其他")]

    event = models.ForeignKey(
        Event, verbose_name="事件", on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        Person, verbose_name="人物", on_delete=models.CASCADE, related_name="event_participations"
    )
    role = models.CharField("角色", max_length=8, choices=ROLE_CHOICES, default="参加")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "事件参与者"
        verbose_name_plural = "事件参与者"
        constraints = [
            models.UniqueConstraint(fields=["event", "person", "role"], name="participant_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.role}"


class Mention(models.Model):
    """One place in one article where an entity is named: the evidence for everything else.

    A mention keeps its surface text and span even when the entity it was resolved to goes away
    (the FK is set to null, the mention stays).
    """

    TYPE_CHOICES = [("person", "人物"), ("organisation", "机构"), ("place", "地点"), ("event", "事件")]

    article = models.ForeignKey(
        "articles.Article", verbose_name="文章", on_delete=models.CASCADE, related_name="mentions"
    )
    type = models.CharField("类型", max_length=12, choices=TYPE_CHOICES)
    surface = models.CharField("原文", max_length=300)
    # character span in the article's text (headline lines + body, see services.importer.article_text)
    start = models.PositiveIntegerField("起始")
    end = models.PositiveIntegerField("结束")
    person = models.ForeignKey(
        Person, verbose_name="人物", null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="机构",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentions",
    )
    place = models.ForeignKey(
        Place, verbose_name="地点", null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    event = models.ForeignKey(
        Event, verbose_name="事件", null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    titles = models.JSONField("职务", default=list, blank=True)
    organisation_text = models.CharField("职务所属机构（原文）", max_length=200, blank=True)
    method = models.CharField("识别方法", max_length=30, default="rule")
    confidence = models.FloatField("置信度", default=0.5)
    status = models.CharField(
        "状态", max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE, db_index=True
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "提及"
        verbose_name_plural = "提及"
        ordering = ["article", "start"]
        indexes = [
            # person page / person_appearances: mentions of one person
            models.Index(fields=["person", "article"], name="mention_person_article_idx"),
            models.Index(fields=["organisation", "article"], name="mention_org_article_idx"),
            # curation queue: unreviewed mentions of a type
            models.Index(fields=["type", "status"], name="mention_type_status_idx"),
            # re-applying decisions on re-import: same surface in the same article
            models.Index(fields=["article", "type", "surface"], name="mention_article_surface_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()}：{self.surface}"

    @property
    def entity(self):
        return self.person or self.organisation or self.place or self.event


class Tenure(models.Model):
    """A post held, as the articles show it: first and last date seen, with supporting mentions."""

    person = models.ForeignKey(Person, verbose_name="人物", on_delete=models.CASCADE, related_name="tenures")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="机构",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tenures",
    )
    title = models.CharField("职务", max_length=200)
    first_seen = models.DateField("最早见于", null=True, blank=True)
    last_seen = models.DateField("最近见于", null=True, blank=True)
    mention_count = models.PositiveIntegerField("提及次数", default=0)
    mentions = models.ManyToManyField(Mention, verbose_name="依据", blank=True, related_name="tenures")
    status = models.CharField("状态", max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "任职"
        verbose_name_plural = "任职"
        ordering = ["person", "first_seen"]
        constraints = [
            models.UniqueConstraint(fields=["person", "title"], name="tenure_person_title_uniq"),
        ]
        indexes = [
            # person_tenures report: "who held post X when"
            models.Index(fields=["title", "first_seen"], name="tenure_title_first_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.title}"
