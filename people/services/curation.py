"""What curators do: confirm, reject, re-link, merge, split. Each action is one transaction, and
each record it changes is saved one by one so that django-simple-history records who changed what.

Every decision is kept in a form the importer honours on the next import:
- confirmed / rejected mentions are never replaced by machine output;
- a merged record points to its survivor (merged_into) and its names become aliases of the survivor,
  so new mentions of them resolve to the survivor;
- mentions moved by a split or a re-link are confirmed, so they stay where the curator put them.

Each action ends by bringing the report summary tables up to date for the people and
organisations it touched (articles/reporting/summaries.py), in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from articles.models import Credit
from articles.reporting.summaries import refresh_report_summaries
from people.models import (
    STATUS_CONFIRMED,
    STATUS_MACHINE,
    STATUS_REJECTED,
    Alias,
    Entity,
    Event,
    EventParticipant,
    Mention,
    Organisation,
    Person,
    Place,
    Tenure,
)
from people.services.resolve import pinyin_of

TYPE_OF = {Person: "person", Organisation: "organisation", Place: "place"}


class CurationError(ValueError):
    """An action that cannot be done as asked; the message says why, in the curator's language."""


def _save(obj, reason: str) -> None:
    obj._change_reason = reason  # shown in the history view
    obj.save()


@transaction.atomic
def set_status(records: Iterable, status: str) -> int:
    """Confirm, reject or reset mentions or entity records, one save each so history records it."""
    if status not in (STATUS_MACHINE, STATUS_CONFIRMED, STATUS_REJECTED):
        raise CurationError(f"未知状态：{status}")
    n = 0
    reason = {"confirmed": "确认", "rejected": "驳回", "machine": "恢复为机器识别"}[status]
    for record in records:
        if record.status != status:
            record.status = status
            _save(record, reason)
            n += 1
    refresh_report_summaries()
    return n


@transaction.atomic
def relink(mention: Mention, entity: Entity) -> Mention:
    """Point a mention at another person / organisation / place; the decision is confirmed."""
    type_ = TYPE_OF.get(type(entity))
    if type_ is None:
        raise CurationError("只能关联到人物、机构或地点")
    entity = follow(entity)
    for other in TYPE_OF.values():
        setattr(mention, f"{other}_id", None)
    mention.type = type_
    setattr(mention, type_, entity)
    mention.status = STATUS_CONFIRMED
    _save(mention, f"改为关联 {entity.name}")
    if type_ == "person":
        recompute_tenures(entity)
    refresh_report_summaries()
    return mention


def follow(entity: Entity) -> Entity:
    seen = set()
    while entity.merged_into_id and entity.pk not in seen:
        seen.add(entity.pk)
        entity = entity.merged_into
    return entity


@dataclass(frozen=True)
class MergeResult:
    survivor: Entity
    merged: tuple[Entity, ...]
    mentions_moved: int
    aliases_added: int


@transaction.atomic
def merge(survivor: Entity, others: Sequence[Entity]) -> MergeResult:
    """Merge `others` into `survivor`: their mentions, credits, posts, event roles and aliases move
    to the survivor, their names become its aliases, and they point to it (merged_into)."""
    model = type(survivor)
    type_ = TYPE_OF.get(model)
    if type_ is None:
        raise CurationError("只能合并人物、机构或地点")
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise CurationError("请至少选择两条记录")
    if any(type(o) is not model for o in others):
        raise CurationError("只能合并同一类记录")
    if survivor.merged_into_id:
        raise CurationError(f"“{survivor.name}”已合并到其他记录，不能作为保留记录")
    ids = [o.pk for o in others]
    moved = Mention.objects.filter(**{f"{type_}_id__in": ids}).update(**{type_: survivor})
    Alias.objects.filter(**{f"{type_}_id__in": ids}).update(**{type_: survivor})
    if model is Person:
        Credit.objects.filter(person_id__in=ids).update(person=survivor)
        for part in EventParticipant.objects.filter(person_id__in=ids):
            if EventParticipant.objects.filter(
                event_id=part.event_id, person=survivor, role=part.role
            ).exists():
                part.delete()
            else:
                part.person = survivor
                part.save()
        move_tenures(Tenure.objects.filter(person_id__in=ids), survivor)
    else:
        model.objects.filter(parent_id__in=ids).exclude(pk=survivor.pk).update(parent=survivor)
        if model is Organisation:
            Tenure.objects.filter(organisation_id__in=ids).update(organisation=survivor)
        else:
            Event.objects.filter(place_id__in=ids).update(place=survivor)
    known = set(Alias.objects.filter(**{type_: survivor}).values_list("name", flat=True)) | {survivor.name}
    added = 0
    for other in others:
        if other.name not in known:
            Alias.objects.create(name=other.name, source="merge", **{type_: survivor})
            known.add(other.name)
            added += 1
        other.merged_into = survivor
        _save(other, f"合并到 {survivor.name}（#{survivor.pk}）")
    survivor.status = STATUS_CONFIRMED
    _save(survivor, "合并：" + "、".join(f"{o.name}（#{o.pk}）" for o in others))
    refresh_report_summaries()
    return MergeResult(survivor, tuple(others), moved, added)


def move_tenures(tenures, survivor: Person) -> None:
    """Give the survivor the merged records' posts; a post both held becomes one row, widest dates."""
    own = {t.title: t for t in Tenure.objects.filter(person=survivor)}
    for tenure in tenures.order_by("id"):
        keep = own.get(tenure.title)
        if keep is None:
            tenure.person = survivor
            tenure.save()
            own[tenure.title] = tenure
            continue
        keep.first_seen = min(filter(None, (keep.first_seen, tenure.first_seen)), default=None)
        keep.last_seen = max(filter(None, (keep.last_seen, tenure.last_seen)), default=None)
        keep.mention_count += tenure.mention_count
        keep.organisation_id = keep.organisation_id or tenure.organisation_id
        keep.save()
        keep.mentions.add(*tenure.mentions.all())
        tenure.delete()


@transaction.atomic
def split_person(person: Person, mentions: Iterable[Mention], new_name: str | None = None) -> Person:
    """Move the chosen mentions of `person` to a new person (a namesake), both confirmed."""
    chosen = [m for m in mentions if m.person_id == person.pk]
    if not chosen:
        raise CurationError("请选择要拆分出去的提及")
    if len(chosen) == person.mentions.count():
        raise CurationError("不能移走全部提及：至少保留一条给原人物")
    name = (new_name or person.name).strip()
    new = Person(
        name=name, name_pinyin=pinyin_of(name), status=STATUS_CONFIRMED, notes=f"从 #{person.pk} 拆分"
    )
    _save(new, f"从 {person.name}（#{person.pk}）拆分")
    for mention in chosen:
        mention.person = new
        mention.status = STATUS_CONFIRMED
        _save(mention, f"拆分到 #{new.pk}")
    # The mentions the curator left behind are confirmed too: a re-import must not blur the split.
    for mention in person.mentions.filter(status=STATUS_MACHINE):
        mention.status = STATUS_CONFIRMED
        _save(mention, "拆分时保留")
    person.status = STATUS_CONFIRMED
    _save(person, f"拆分出 #{new.pk}")
    recompute_tenures(person)
    recompute_tenures(new)
    refresh_report_summaries()
    return new


def recompute_tenures(person: Person) -> None:
    """Machine tenures of a person rebuilt from its mentions; tenures a curator confirmed stay."""
    Tenure.objects.filter(person=person, status=STATUS_MACHINE).delete()
    curated = set(Tenure.objects.filter(person=person).values_list("title", flat=True))
    rows: dict[str, dict] = {}
    mentions = (
        Mention.objects.filter(person=person)
        .exclude(status=STATUS_REJECTED)
        .select_related("article__page__edition")
    )
    for m in mentions:
        when: dt.date | None = m.article.date or (
            m.article.page.edition.date if m.article.page.edition else None
        )
        for title in m.titles:
            if title in curated:
                continue
            row = rows.setdefault(
                title, {"first": None, "last": None, "mentions": [], "org": m.organisation_text}
            )
            if when:
                row["first"] = min(filter(None, (row["first"], when)))
                row["last"] = max(filter(None, (row["last"], when)))
            row["mentions"].append(m)
    for title, row in rows.items():
        org = (
            Organisation.objects.filter(name=row["org"], merged_into__isnull=True).first()
            if row["org"]
            else None
        )
        tenure = Tenure.objects.create(
            person=person,
            title=title,
            organisation=org,
            first_seen=row["first"],
            last_seen=row["last"],
            mention_count=len(row["mentions"]),
        )
        tenure.mentions.set(row["mentions"])


def co_mentioned(person: Person, limit: int = 20) -> list[tuple[Person, int]]:
    """People named in the same articles as `person`, most shared articles first (one query)."""
    from django.db.models import Count

    articles = Mention.objects.filter(person=person).exclude(status=STATUS_REJECTED).values("article_id")
    rows = (
        Person.objects.filter(Q(mentions__article_id__in=articles) & ~Q(mentions__status=STATUS_REJECTED))
        .exclude(pk=person.pk)
        .annotate(shared=Count("mentions__article", distinct=True))
        .order_by("-shared", "name")[:limit]
    )
    return [(p, p.shared) for p in rows]
