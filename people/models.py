"""Who and what the articles talk about: people, organisations, places, events, and the evidence
(mentions) that ties them to articles.

Two layers: rows the importer made (status "machine") are replaceable; what a curator decided
(status confirmed / rejected, merges, aliases, edited fields listed in locked_fields) is never
overwritten by a re-import.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

STATUS_MACHINE = "machine"
STATUS_CONFIRMED = "confirmed"
STATUS_REJECTED = "rejected"
STATUS_CHOICES = [(STATUS_MACHINE, "机器识别"), (STATUS_CONFIRMED, "已确认"), (STATUS_REJECTED, "已驳回")]


class Entity(models.Model):
    """Common fields of Person, Organisation and Place."""

    name = models.CharField(_("名称"), max_length=200, db_index=True)
    status = models.CharField(_("状态"), max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    # Set when a curator merged this record into another one; the importer then resolves to the survivor.
    merged_into = models.ForeignKey(
        "self", verbose_name=_("已合并到"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    locked_fields = models.JSONField(_("人工锁定字段"), default=list, blank=True)
    notes = models.TextField(_("备注"), blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    # who changed what, when, before and after; revertible from the admin
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name


class Person(Entity):
    name_pinyin = models.CharField(_("拼音"), max_length=200, blank=True, db_index=True)
    gender = models.CharField(_("性别"), max_length=4, blank=True)
    # Set by the importer when a namesake held another post at the same time: a curator decides.
    review_note = models.CharField(_("待核查"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("人物")
        verbose_name_plural = pgettext_lazy("plural", "人物")
        ordering = ["name", "id"]


class Organisation(Entity):
    KIND_CHOICES = [
        ("party", _("党委/党组织")),
        ("government", _("政府及部门")),
        ("congress", _("人大")),
        ("cppcc", _("政协")),
        ("company", _("企业")),
        ("university", _("高校")),
        ("school", _("学校")),
        ("association", _("协会/社团")),
        ("media", _("媒体")),
        ("other", _("其他")),
    ]

    kind = models.CharField(_("类型"), max_length=16, choices=KIND_CHOICES, default="other", db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级机构"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    class Meta:
        verbose_name = _("机构")
        verbose_name_plural = pgettext_lazy("plural", "机构")
        ordering = ["name", "id"]


class Place(Entity):
    KIND_CHOICES = [
        ("country", _("国家")),
        ("province", _("省级")),
        ("city", _("地级市")),
        ("county", _("县/区/县级市")),
        ("town", _("乡镇/街道")),
        ("village", _("村/社区")),
        ("park", _("园区/公园")),
        ("road", _("道路")),
        ("other", _("其他")),
    ]

    kind = models.CharField(_("类型"), max_length=16, choices=KIND_CHOICES, default="other", db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级区划"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    class Meta:
        verbose_name = _("地点")
        verbose_name_plural = pgettext_lazy("plural", "地点")
        ordering = ["name", "id"]


class Alias(models.Model):
    """Another name of a person, organisation or place (a merged duplicate, a short form)."""

    name = models.CharField(_("别名"), max_length=200)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="aliases"
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="aliases"
    )
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.CASCADE, related_name="aliases")
    source = models.CharField(_("来源"), max_length=20, default="curator")  # curator, merge, import
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("别名")
        verbose_name_plural = pgettext_lazy("plural", "别名")
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
        ("meeting", _("会议")),
        ("conference", _("大会")),
        ("forum", _("论坛")),
        ("summit", _("峰会")),
        ("ceremony", _("仪式")),
        ("competition", _("竞赛")),
        ("inspection", _("调研/检查")),
        ("visit", _("考察/访问")),
        ("signing", _("签约")),
        ("campaign", _("活动/行动")),
        ("exhibition", _("展览")),
        ("other", _("其他")),
    ]

    name = models.CharField(_("名称"), max_length=300, db_index=True)
    type = models.CharField(_("类型"), max_length=16, choices=TYPE_CHOICES, default="other", db_index=True)
    date_text = models.CharField(_("日期（原文）"), max_length=100, blank=True)
    # event_timeline: events by date
    date = models.DateField(_("日期"), null=True, blank=True, db_index=True)
    location = models.CharField(_("地点"), max_length=200, blank=True)
    place = models.ForeignKey(
        Place, verbose_name=_("地点实体"), null=True, blank=True, on_delete=models.SET_NULL
    )
    articles = models.ManyToManyField(
        "articles.Article", verbose_name=_("相关文章"), related_name="events", blank=True
    )
    status = models.CharField(_("状态"), max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    locked_fields = models.JSONField(_("人工锁定字段"), default=list, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("事件")
        verbose_name_plural = pgettext_lazy("plural", "事件")
        ordering = ["-date", "name"]

    def __str__(self) -> str:
        return self.name


class EventParticipant(models.Model):
    ROLE_CHOICES = [(r, r) for r in ("主持", "出席", "讲话", "参加", "陪同", "致辞", "主讲", "其他")]

    event = models.ForeignKey(
        Event, verbose_name=_("事件"), on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("人物"), on_delete=models.CASCADE, related_name="event_participations"
    )
    role = models.CharField(_("角色"), max_length=8, choices=ROLE_CHOICES, default="参加")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("事件参与者")
        verbose_name_plural = pgettext_lazy("plural", "事件参与者")
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

    TYPE_CHOICES = [
        ("person", _("人物")),
        ("organisation", _("机构")),
        ("place", _("地点")),
        ("event", _("事件")),
    ]

    # person, organisation and article have no index of their own: each leads a composite index
    # below, which serves the same look-ups (and the cascades); one index less to write per mention
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("文章"),
        on_delete=models.CASCADE,
        related_name="mentions",
        db_index=False,
    )
    type = models.CharField(_("类型"), max_length=12, choices=TYPE_CHOICES)
    surface = models.CharField(_("原文"), max_length=300)
    # character span in the article's text (headline lines + body, see services.importer.article_text)
    start = models.PositiveIntegerField(_("起始"))
    end = models.PositiveIntegerField(_("结束"))
    person = models.ForeignKey(
        Person,
        verbose_name=_("人物"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentions",
        db_index=False,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("机构"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentions",
        db_index=False,
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("地点"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentions",
    )
    event = models.ForeignKey(
        Event,
        verbose_name=_("事件"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentions",
    )
    titles = models.JSONField(_("职务"), default=list, blank=True)
    organisation_text = models.CharField(_("职务所属机构（原文）"), max_length=200, blank=True)
    method = models.CharField(_("识别方法"), max_length=30, default="rule")
    confidence = models.FloatField(_("置信度"), default=0.5)
    status = models.CharField(_("状态"), max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("提及")
        verbose_name_plural = pgettext_lazy("plural", "提及")
        ordering = ["article", "start"]
        indexes = [
            # person page / person_appearances: mentions of one person
            models.Index(fields=["person", "article"], name="mention_person_article_idx"),
            models.Index(fields=["organisation", "article"], name="mention_org_article_idx"),
            # curation queue: unreviewed mentions of a type
            models.Index(fields=["type", "status"], name="mention_type_status_idx"),
            # the rejected surfaces the extractor is taught (no LIKE on status: a plain index)
            models.Index(fields=["status"], name="mention_status_idx"),
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

    person = models.ForeignKey(
        Person, verbose_name=_("人物"), on_delete=models.CASCADE, related_name="tenures"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("机构"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tenures",
    )
    title = models.CharField(_("职务"), max_length=200)
    first_seen = models.DateField(_("最早见于"), null=True, blank=True)
    last_seen = models.DateField(_("最近见于"), null=True, blank=True)
    mention_count = models.PositiveIntegerField(_("提及次数"), default=0)
    mentions = models.ManyToManyField(Mention, verbose_name=_("依据"), blank=True, related_name="tenures")
    status = models.CharField(_("状态"), max_length=10, choices=STATUS_CHOICES, default=STATUS_MACHINE)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("任职")
        verbose_name_plural = pgettext_lazy("plural", "任职")
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
