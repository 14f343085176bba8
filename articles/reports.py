"""Read-only models over the report views (articles/reporting/sql/*.sql, created by migrations).

Five of them read the stored copy of their view (summary_*, articles/reporting/summaries.py): the
same rows, kept current after every import and curation action, fast for a busy person.

managed = False: Django never creates, alters or writes these tables; the admin shows them
read-only (articles/admin_reports.py). Columns are documented in docs/reports.md.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = [
    "EventTimeline",
    "OrganisationCooccurrence",
    "PersonAppearances",
    "PersonCooccurrence",
    "PersonOrganisationLinks",
    "PersonTenures",
    "ReporterOutput",
]


class ReportModel(models.Model):
    report_name = ""

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return " ".join(str(getattr(self, f.attname)) for f in self._meta.concrete_fields[1:4])

    def save(self, *args, **kwargs):
        raise NotImplementedError("report views are read-only")

    def delete(self, *args, **kwargs):
        raise NotImplementedError("report views are read-only")


class PersonAppearances(ReportModel):
    report_name = "person_appearances"
    id = models.BigIntegerField(primary_key=True)
    person_id = models.BigIntegerField(_("人物ID"))
    person_name = models.CharField(_("人物"), max_length=200)
    month = models.CharField(_("月份"), max_length=7, null=True)  # noqa: DJ001
    articles = models.IntegerField(_("文章数"))
    mentions = models.IntegerField(_("提及数"))
    first_date = models.DateField(_("最早日期"), null=True)
    last_date = models.DateField(_("最近日期"), null=True)

    class Meta:
        managed = False
        db_table = "summary_person_appearances"  # the stored copy of report_person_appearances
        verbose_name = _("人物见报次数（按月）")
        verbose_name_plural = _("人物见报次数（按月）")
        ordering = ["-month", "-articles"]


class PairReport(ReportModel):
    id = models.CharField(primary_key=True, max_length=50)
    other_id = models.BigIntegerField(_("共现对象ID"))
    other_name = models.CharField(_("共现对象"), max_length=200)
    articles = models.IntegerField(_("共同文章数"))
    first_date = models.DateField(_("最早日期"), null=True)
    last_date = models.DateField(_("最近日期"), null=True)

    class Meta:
        abstract = True


class PersonCooccurrence(PairReport):
    report_name = "person_cooccurrence"
    person_id = models.BigIntegerField(_("人物ID"))
    person_name = models.CharField(_("人物"), max_length=200)

    class Meta:
        managed = False
        db_table = "summary_person_cooccurrence"  # the stored copy of report_person_cooccurrence
        verbose_name = _("人物共现")
        verbose_name_plural = _("人物共现")
        ordering = ["-articles"]


class OrganisationCooccurrence(PairReport):
    report_name = "organisation_cooccurrence"
    organisation_id = models.BigIntegerField(_("机构ID"))
    organisation_name = models.CharField(_("机构"), max_length=200)

    class Meta:
        managed = False
        db_table = "summary_organisation_cooccurrence"  # the stored copy of report_organisation_cooccurrence
        verbose_name = _("机构共现")
        verbose_name_plural = _("机构共现")
        ordering = ["-articles"]


class PersonOrganisationLinks(ReportModel):
    report_name = "person_organisation_links"
    id = models.CharField(primary_key=True, max_length=50)
    person_id = models.BigIntegerField(_("人物ID"))
    person_name = models.CharField(_("人物"), max_length=200)
    organisation_id = models.BigIntegerField(_("机构ID"))
    organisation_name = models.CharField(_("机构"), max_length=200)
    articles = models.IntegerField(_("共同文章数"))
    first_date = models.DateField(_("最早日期"), null=True)
    last_date = models.DateField(_("最近日期"), null=True)

    class Meta:
        managed = False
        db_table = "summary_person_organisation_links"  # the stored copy of report_person_organisation_links
        verbose_name = _("人物—机构关联")
        verbose_name_plural = _("人物—机构关联")
        ordering = ["-articles"]


class PersonTenures(ReportModel):
    report_name = "person_tenures"
    id = models.BigIntegerField(primary_key=True)
    person_id = models.BigIntegerField(_("人物ID"))
    person_name = models.CharField(_("人物"), max_length=200)
    organisation_id = models.BigIntegerField(_("机构ID"), null=True)
    organisation_name = models.CharField(_("机构"), max_length=200, null=True)  # noqa: DJ001
    title = models.CharField(_("职务"), max_length=200)
    first_date = models.DateField(_("最早见于"), null=True)
    last_date = models.DateField(_("最近见于"), null=True)
    mentions = models.IntegerField(_("提及数"))
    articles = models.IntegerField(_("文章数"))

    class Meta:
        managed = False
        db_table = "summary_person_tenures"  # the stored copy of report_person_tenures
        verbose_name = _("任职时间线")
        verbose_name_plural = _("任职时间线")
        ordering = ["person_name", "first_date"]


class EventTimeline(ReportModel):
    report_name = "event_timeline"
    id = models.BigIntegerField(primary_key=True)
    date = models.DateField(_("日期"), null=True)
    name = models.CharField(_("名称"), max_length=300)
    type = models.CharField(_("类型"), max_length=16)
    location = models.CharField(_("地点"), max_length=200)
    participants = models.IntegerField(_("参与人数"))
    articles = models.IntegerField(_("文章数"))
    first_article_date = models.DateField(_("最早报道"), null=True)

    class Meta:
        managed = False
        db_table = "report_event_timeline"
        verbose_name = _("事件时间线")
        verbose_name_plural = _("事件时间线")
        ordering = ["-date", "name"]


class ReporterOutput(ReportModel):
    report_name = "reporter_output"
    id = models.BigIntegerField(primary_key=True)
    reporter = models.CharField(_("署名"), max_length=50)
    role = models.CharField(_("角色"), max_length=20)
    month = models.CharField(_("月份"), max_length=7, null=True)  # noqa: DJ001
    articles = models.IntegerField(_("文章数"))
    news = models.IntegerField(_("消息"))
    xinhua = models.IntegerField(_("新华社稿"))
    feature = models.IntegerField(_("通讯/特写"))
    photo = models.IntegerField(_("图片新闻"))
    brief = models.IntegerField(_("简讯"))
    other = models.IntegerField(_("其他"))
    first_date = models.DateField(_("最早日期"), null=True)
    last_date = models.DateField(_("最近日期"), null=True)

    class Meta:
        managed = False
        db_table = "report_reporter_output"
        verbose_name = _("记者发稿量（按月）")
        verbose_name_plural = _("记者发稿量（按月）")
        ordering = ["-month", "-articles"]
