"""First kinds for places and bodies stored before the importer gave new records one.

Only records no curator has touched are changed: the machine's (status machine) whose kind is still
the default, 'other'. Their kind comes from the name as for a new record (people.extraction.kinds).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from django.db import transaction

from people.models import STATUS_MACHINE
from people.services.resolve import KIND_OF, MODELS

_BATCH = 2000


def classify_kinds(*, write: bool = True) -> dict[str, Counter]:
    """{"place": Counter(kind -> records), "organisation": ...}: the kinds given (with write=False,
    the kinds that would be given)."""
    out: dict[str, Counter] = {}
    for label in ("place", "organisation"):
        model, kind_of = MODELS[label], KIND_OF[label]
        by_kind: dict[str, list[int]] = defaultdict(list)
        rows = model.objects.filter(status=STATUS_MACHINE, kind="other").values_list("pk", "name")
        for pk, name in rows.iterator(chunk_size=_BATCH):
            kind = kind_of(name)
            if kind != "other":
                by_kind[kind].append(pk)
        if write:
            with transaction.atomic():
                for kind, pks in by_kind.items():
                    for start in range(0, len(pks), _BATCH):
                        # still the machine's and still 'other': a curator's edit made meanwhile stays
                        model.objects.filter(
                            pk__in=pks[start : start + _BATCH], status=STATUS_MACHINE, kind="other"
                        ).update(kind=kind)
        out[label] = Counter({kind: len(pks) for kind, pks in by_kind.items()})
    return out
