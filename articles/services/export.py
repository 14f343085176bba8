"""Export articles in the contract format (one record per article), from the current curated state.

Keys and meanings follow ../shared/gold/SCHEMA.md: rejected mentions are left out, mentions of
merged records are named by the survivor, and byline names are never repeated as persons.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from django.db.models import Prefetch, QuerySet

from articles.models import Article, Credit
from people.models import STATUS_REJECTED, Event, EventParticipant, Mention

FIELDS = (
    "source_file",
    "n",
    "edition_date",
    "headline",
    "kicker",
    "subheadline",
    "kind",
    "source",
    "body",
    "reporters",
    "trainee_reporters",
    "correspondents",
    "photographers",
    "dateline",
    "date",
    "continued_from",
    "continued_to",
    "persons",
    "organisations",
    "places",
    "events",
)
CREDIT_KEYS = {
    "reporter": "reporters",
    "trainee_reporter": "trainee_reporters",
    "correspondent": "correspondents",
    "photographer": "photographers",
}
FORMATS = ("jsonl", "json", "csv")


def export_queryset() -> QuerySet[Article]:
    mentions = (
        Mention.objects.exclude(status=STATUS_REJECTED)
        .select_related("person__merged_into", "organisation__merged_into", "place__merged_into")
        .order_by("start", "id")
    )
    # every list in a fixed order: the export of the same archive is the same file on any database
    participants = EventParticipant.objects.select_related("person").order_by("id")
    events = Event.objects.prefetch_related(Prefetch("participants", queryset=participants)).order_by("id")
    return (
        Article.objects.select_related("page__edition")
        .prefetch_related(
            Prefetch("credits", queryset=Credit.objects.order_by("order", "id")),
            Prefetch("mentions", queryset=mentions),
            Prefetch("events", queryset=events),
        )
        .order_by("page__source_name", "n")
    )


def entity_name(mention: Mention) -> str:
    """The surviving record's name (curated merges and renames win), else the surface as printed."""
    entity = getattr(mention, mention.type, None)
    seen = set()
    while entity is not None and entity.merged_into_id and entity.pk not in seen:
        seen.add(entity.pk)
        entity = entity.merged_into
    return entity.name if entity is not None else mention.surface


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def article_record(article: Article) -> dict:
    page = article.page
    edition = page.edition
    record: dict = {
        "source_file": page.source_name,
        "n": article.n,
        "edition_date": edition.date.isoformat() if edition and edition.date else None,
        "headline": article.headline or None,
        "kicker": article.kicker or None,
        "subheadline": article.subheadline or None,
        "kind": article.kind,
        "source": article.source or None,
        "body": article.body,
    }
    credits = {key: [] for key in CREDIT_KEYS.values()}
    for credit in article.credits.all():
        credits[CREDIT_KEYS[credit.role]].append(credit.name)
    record.update({k: unique(v) for k, v in credits.items()})
    record["dateline"] = article.dateline or None
    record["date"] = article.date.isoformat() if article.date else None
    record["continued_from"] = article.continued_from_label or None
    record["continued_to"] = article.continued_to_label or None

    bylined = {c.name for c in article.credits.all()} | {
        c.person.name for c in article.credits.all() if c.person
    }
    persons: dict[str, list[str]] = {}
    organisations: list[str] = []
    places: list[str] = []
    for m in article.mentions.all():
        name = entity_name(m)
        if m.type == "person":
            if name in bylined or m.surface in bylined:
                continue
            titles = persons.setdefault(name, [])
            titles.extend(t for t in m.titles if t not in titles)
        elif m.type == "organisation":
            organisations.append(name)
        elif m.type == "place":
            places.append(name)
    record["persons"] = [{"name": n, "titles": t} for n, t in persons.items()]
    record["organisations"] = unique(organisations)
    record["places"] = unique(places)
    record["events"] = [
        {
            "name": e.name,
            "type": e.type,
            "date": e.date_text or (e.date.isoformat() if e.date else None),
            "location": e.location or None,
            "participants": unique(p.person.name for p in e.participants.all()),
        }
        for e in article.events.all()
    ]
    return record


def iter_records(queryset: QuerySet[Article] | None = None, chunk_size: int = 500) -> Iterator[dict]:
    qs = queryset if queryset is not None else export_queryset()
    for article in qs.iterator(chunk_size=chunk_size):
        yield article_record(article)


def write(records: Iterable[dict], fmt: str, out: TextIO) -> int:
    """Write records as jsonl, json or csv (lists and objects as JSON in a cell); returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    count = 0
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n") if fmt == "csv" else None
    if writer:
        writer.writeheader()
    elif fmt == "json":
        out.write("[")
    for record in records:
        if writer:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for k, v in record.items()
                }
            )
        elif fmt == "json":
            out.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    if fmt == "json":
        out.write("\n]\n" if count else "]\n")
    return count


def export_string(fmt: str = "jsonl") -> str:
    buf = io.StringIO()
    write(iter_records(), fmt, buf)
    return buf.getvalue()
