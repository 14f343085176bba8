"""Turn extracted names into Person / Organisation / Place rows.

Curated decisions win: an alias or a merge made by a curator sends a name to the surviving
record, and a confirmed record is preferred over machine-made ones of the same name. Lookups are
cached for the life of one Resolver (one import run), so a page costs a handful of queries, not one
per mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from articles.services.bulk import insert_new, select_in
from people.extraction.kinds import organisation_kind, place_kind
from people.extraction.types import Lexicon
from people.models import (
    STATUS_CONFIRMED,
    STATUS_REJECTED,
    Alias,
    Mention,
    Organisation,
    Person,
    Place,
    Tenure,
)
from people.services.pinyin import pinyin_of  # curation and the roster import take it from here

# Two posts in different organisations seen this close together belong to two people of one name.
SAME_TIME = dt.timedelta(days=180)

MODELS = {"person": Person, "organisation": Organisation, "place": Place}
KIND_OF = {"organisation": organisation_kind, "place": place_kind}


def survivor(obj):
    """Follow merged_into to the record that survived curator merges (cycles are not allowed)."""
    seen = set()
    while obj.merged_into_id and obj.pk not in seen:
        seen.add(obj.pk)
        obj = obj.merged_into
    return obj


def organisations_compatible(a: str, b: str) -> bool:
    """One body, or one inside the other's name (市委 / 焦作市委, 市人大常委会 / 市人大常委会办公室)."""
    return a == b or a in b or b in a


def _rank(status: str, merged_into_id: int | None, pk: int) -> tuple[int, int]:
    """Which of several records of one name a new mention goes to: confirmed, then unmerged, then oldest."""
    if merged_into_id is None:
        return (0 if status == STATUS_CONFIRMED else 1, pk)
    return (2, pk)


class Resolver:
    """Name -> record id, for one import run. Works a page at a time (prefetch) so that a page costs
    a few queries whatever the number of its mentions; the caches are bounded, so memory stays flat
    over an archive of any size."""

    MAX_CACHE = 200_000

    def __init__(self) -> None:
        # name -> pinyin, computed by the reading processes for the names of the pages in hand
        self.pinyin: dict[str, str] = {}
        self._cache: dict[tuple[str, str], int] = {}
        # person id -> [(organisation name, first seen, last seen)], loaded once per person per run
        self._posts: dict[int, list[tuple[str, dt.date | None, dt.date | None]]] = {}
        self._namesakes_of: dict[str, list[int]] = {}

    def _trim(self) -> None:
        if len(self._cache) > self.MAX_CACHE:
            self._cache.clear()
        if len(self._posts) > self.MAX_CACHE:
            self._posts.clear()
            self._namesakes_of.clear()

    def _survivors(self, model, ids: set[int]) -> dict[int, int]:
        """id -> id of the record it was (transitively) merged into."""
        out = {i: i for i in ids}
        pending = set(ids)
        for _ in range(20):  # merge chains are short; this bounds a corrupt cycle
            if not pending:
                break
            rows = dict(model.objects.filter(pk__in=pending).values_list("pk", "merged_into_id"))
            pending = set()
            for origin, current in list(out.items()):
                nxt = rows.get(current)
                if nxt and nxt != current:
                    out[origin] = nxt
                    pending.add(nxt)
        return out

    def prefetch(self, type_: str, names) -> None:
        """Resolve (and create where absent) every name of one type in a handful of queries."""
        self.prefetch_many({type_: names})

    def prefetch_many(self, names_by_type: dict[str, Iterable[str]]) -> None:
        """prefetch() for several types at once: one alias query for all of them, one query per
        type for the records, the merge chains only when a record found is merged or came by an
        alias, and one insert per type for the names never seen."""
        self._trim()
        todo = {
            t: sorted({n for n in names if n and (t, n) not in self._cache})
            for t, names in names_by_type.items()
        }
        todo = {t: names for t, names in todo.items() if names}
        if not todo:
            return
        every = sorted({n for names in todo.values() for n in names})
        found: dict[str, dict[str, int]] = {t: {} for t in todo}
        follow: dict[str, set[int]] = {t: set() for t in todo}  # ids whose merge chain is to be followed
        # Raw SQL, names as one array on PostgreSQL: what the ORM's filter(name__in=...).order_by("id")
        # asks, without compiling and adapting hundreds of parameters a query.
        targets_sql = ", ".join(f'"{t}_id"' for t in todo)
        wanted = {t: set(names) for t, names in todo.items()}
        aliases = select_in(
            f'SELECT "name", {targets_sql} FROM "{Alias._meta.db_table}" WHERE {{in}} ORDER BY "id"',
            '"name"',
            every,
        )
        for name, *targets in aliases:
            for t, target in zip(todo, targets, strict=True):
                if target is not None and name in wanted[t] and name not in found[t]:
                    found[t][name] = target
                    follow[t].add(target)
        for t, names in todo.items():
            model = MODELS[t]
            found_t = found[t]
            rest = [n for n in names if n not in found_t]
            best: dict[str, tuple] = {}
            rows = select_in(
                f'SELECT "name", "id", "status", "merged_into_id" FROM "{model._meta.db_table}"'
                ' WHERE {in} AND NOT ("status" = %s)',
                '"name"',
                rest,
                [STATUS_REJECTED],
            )
            for name, pk, status, merged in rows:
                key = _rank(status, merged, pk)
                if name not in best or key < best[name][0]:
                    best[name] = (key, pk, merged)
            for name, (_, pk, merged) in best.items():
                found_t[name] = pk
                if merged is not None:
                    follow[t].add(pk)
            survivors = self._survivors(model, follow[t]) if follow[t] else {}
            for name, pk in found[t].items():
                self._cache[(t, name)] = survivors.get(pk, pk)
            missing = [n for n in names if n not in found_t]
            if missing:
                if t == "person":
                    pinyin = self._pinyin
                    ids = insert_new(model, ("name", "name_pinyin"), [(n, pinyin(n)) for n in missing])
                    for pk in ids:
                        self._posts[pk] = []  # new: no posts yet, nothing to look up
                else:
                    kind_of = KIND_OF[t]  # a first kind from the name; curators may change it
                    ids = insert_new(model, ("name", "kind"), [(n, kind_of(n)) for n in missing])
                cache = self._cache
                for n, pk in zip(missing, ids, strict=True):
                    cache[(t, n)] = pk

    def prefetch_posts(self, names) -> None:
        """Namesakes and their posts for the names about to be resolved with a post (one query each)."""
        todo = sorted({n for n in names if n not in self._namesakes_of})
        if not todo:
            return
        for name in todo:
            self._namesakes_of[name] = []
        # Raw SQL (names as one array on PostgreSQL) for what the ORM asked:
        # Person.objects.filter(name__in=todo, merged_into__isnull=True).exclude(status=REJECTED)
        # .order_by("id"), then Tenure.objects.filter(person_id__in=.., organisation__isnull=False)
        # in Tenure's ordering (person, first_seen).
        rows = select_in(
            f'SELECT "name", "id" FROM "{Person._meta.db_table}"'
            ' WHERE {in} AND "merged_into_id" IS NULL AND NOT ("status" = %s) ORDER BY "id"',
            '"name"',
            todo,
            [STATUS_REJECTED],
        )
        namesakes_of = self._namesakes_of
        for name, pk in rows:
            namesakes_of[name].append(pk)
        # the names of earlier pages had their namesakes' posts loaded then: only these names' count
        pids = {pk for name in todo for pk in namesakes_of[name]} - self._posts.keys()
        posts = self._posts
        for pid in pids:
            posts[pid] = []
        tenures = select_in(
            f'SELECT t."person_id", o."name", t."first_seen", t."last_seen" FROM "{Tenure._meta.db_table}" t'
            f' INNER JOIN "{Organisation._meta.db_table}" o ON (t."organisation_id" = o."id")'
            ' WHERE {in} AND t."organisation_id" IS NOT NULL ORDER BY t."person_id" ASC, t."first_seen" ASC',
            't."person_id"',
            sorted(pids),
        )
        for pid, org, first, last in tenures:
            posts[pid].append((org, first, last))

    def resolve_person(self, name: str, organisation: str | None, when: dt.date | None) -> int:
        """Like resolve("person", name), but a namesake who holds a post in another organisation at the
        same time is not silently merged: the mention goes to a separate person flagged for review."""
        default = self.resolve("person", name)
        if not organisation or when is None:
            return default
        candidates = [default, *self._namesakes(name, exclude=default)]
        for pid in candidates:
            if not self._conflicts(pid, organisation, when):
                self._note_post(pid, organisation, when)
                return pid
        flagged = Person.objects.create(
            name=name,
            name_pinyin=self._pinyin(name),
            review_note=f"同名人物 #{default} 同期在其他机构任职；本条职务属于“{organisation}”，请核查",
        )
        self._namesakes_of.setdefault(name, []).append(flagged.pk)
        self._posts[flagged.pk] = []  # new: no posts yet, nothing to look up
        self._note_post(flagged.pk, organisation, when)
        return flagged.pk

    def _namesakes(self, name: str, exclude: int) -> list[int]:
        if name not in self._namesakes_of:
            self.prefetch_posts([name])
        return [pk for pk in self._namesakes_of[name] if pk != exclude]

    def _load_posts(self, pid: int) -> list[tuple[str, dt.date | None, dt.date | None]]:
        if pid not in self._posts:
            self._posts[pid] = [
                (org, first, last)
                for org, first, last in Tenure.objects.filter(
                    person_id=pid, organisation__isnull=False
                ).values_list("organisation__name", "first_seen", "last_seen")
            ]
        return self._posts[pid]

    def _note_post(self, pid: int, organisation: str, when: dt.date) -> None:
        self._load_posts(pid).append((organisation, when, when))

    def _conflicts(self, pid: int, organisation: str, when: dt.date) -> bool:
        for org, first, last in self._load_posts(pid):
            if organisations_compatible(org, organisation) or first is None:
                continue
            if first - SAME_TIME <= when <= (last or first) + SAME_TIME:
                return True
        return False

    def _pinyin(self, name: str) -> str:
        return self.pinyin.get(name) or pinyin_of(name)

    def resolve(self, type_: str, name: str) -> int:
        """Id of the record named `name` (following aliases and merges), created when absent."""
        key = (type_, name)
        if key not in self._cache:
            self.prefetch(type_, [name])
        return self._cache[key]


def build_lexicon() -> Lexicon:
    """What curators taught the extractor: confirmed names and aliases, and rejected surfaces."""
    known = {
        t: set(
            m.objects.filter(status=STATUS_CONFIRMED, merged_into__isnull=True).values_list("name", flat=True)
        )
        for t, m in MODELS.items()
    }
    aliases: dict[str, str] = {}
    for alias in Alias.objects.select_related("person", "organisation", "place"):
        target = alias.target
        if target is None:
            continue
        type_ = "person" if alias.person_id else "organisation" if alias.organisation_id else "place"
        aliases[alias.name] = survivor(target).name
        known[type_].add(alias.name)  # an alias is a name a curator vouched for
    rejected = set(Mention.objects.filter(status=STATUS_REJECTED).values_list("type", "surface").distinct())
    for t, m in MODELS.items():
        rejected.update(
            (t, name) for name in m.objects.filter(status=STATUS_REJECTED).values_list("name", flat=True)
        )
    # A name a curator confirmed as an entity is not blanket-rejected by one rejected mention elsewhere.
    rejected = {(t, name) for t, name in rejected if name not in known.get(t, ())}
    return Lexicon(
        known_persons=frozenset(known["person"]),
        known_organisations=frozenset(known["organisation"]),
        known_places=frozenset(known["place"]),
        rejected=frozenset(rejected),
        aliases=aliases,
    )
