"""Import page files into the warehouse.

    read (pure: articles.reading) -> extract (pure: people.extraction) -> persist (here)

One page, one transaction. A page's key is the SHA-256 of its bytes: the same bytes under any
name are recognised and skipped; a new version of a page under a known file name is re-read in
place, keeping what curators decided (confirmed and rejected mentions, locked fields).
Every outcome is written to the import log (ImportRun / ImportFile).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import re
import stat
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone

from articles import analysis
from articles.models import Article, Credit, Edition, ImportFile, ImportRun, Page
from articles.reading import (
    PageError,
    PageHints,
    ParsedArticle,
    ParsedPage,
    hints_from_filename,
    load_manifest,
)
from articles.search import index_page
from people.extraction.types import Extraction, Lexicon
from people.models import (
    STATUS_MACHINE,
    Event,
    EventParticipant,
    Mention,
    Organisation,
    Person,
    Tenure,
)
from people.services.resolve import Resolver, build_lexicon

NEW, UPDATED, UNCHANGED, FAILED = "new", "updated", "unchanged", "failed"
# Below this many files the workers' start-up (loading jieba's dictionary) costs more than it saves.
PARALLEL_MIN_FILES = 24
PAGE_SUFFIXES = {".txt", ".text", ".md"}
# PostgreSQL advisory lock key ("jzar") taken by every page's write transaction, see import_lock().
IMPORT_LOCK_KEY = 0x6A7A6172


@dataclass
class FileOutcome:
    path: str
    outcome: str
    message: str = ""
    page_id: int | None = None
    articles: int = 0
    mentions: int = 0
    seconds: float = 0.0
    sha256: str = ""
    logged: bool = False  # its ImportFile row is already written (in the page's own transaction)


@dataclass
class ImportSummary:
    """Counts of one run, and the outcomes worth telling (failures, warnings): memory stays flat
    however many pages a run imports."""

    run_id: int | None
    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)
    notable: list[FileOutcome] = field(default_factory=list)
    articles: int = 0
    mentions: int = 0
    created: dict[str, int] = field(default_factory=dict)  # new persons, organisations, events, ...

    def add(self, outcome: FileOutcome) -> None:
        self.counts[outcome.outcome] = self.counts.get(outcome.outcome, 0) + 1
        if outcome.outcome in (NEW, UPDATED):
            self.articles += outcome.articles
            self.mentions += outcome.mentions
        if outcome.outcome == FAILED or outcome.message:
            self.notable.append(outcome)

    def count(self, outcome: str) -> int:
        return self.counts.get(outcome, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.notable if f.outcome == FAILED]


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Page files named by `paths` (files as given, folders searched for *.txt / *.md), sorted.

    A path that does not exist is a failure of its own, so the others still import.
    """
    files: list[Path] = []
    missing: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                files.extend(
                    sorted(
                        p
                        for p in path.rglob("*")
                        if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES and not p.name.startswith(".")
                    )
                )
            elif path.exists():
                files.append(path)
            elif path.is_symlink():
                missing.append(FileOutcome(str(path), FAILED, f"{path}: broken symbolic link"))
            else:
                missing.append(FileOutcome(str(path), FAILED, f"{path}: no such file or folder"))
        except OSError as exc:  # a name too long, a folder we may not enter...
            missing.append(FileOutcome(str(path), FAILED, f"{path}: cannot read: {exc.strerror or exc}"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def read_bytes(path: Path) -> bytes:
    limit = settings.JZARCHIVE_MAX_PAGE_BYTES
    info = path.stat()
    # A FIFO or a device named on the command line would block the import or never end.
    if not stat.S_ISREG(info.st_mode):
        raise PageError("not a regular file")
    if info.st_size > limit:
        raise PageError(
            f"file is {info.st_size:,} bytes, over the {limit:,}-byte limit (JZARCHIVE_MAX_PAGE_BYTES)"
        )
    with path.open("rb") as f:
        data = f.read(limit + 1)  # never more than the limit in memory, even if the file grows
    if len(data) > limit:
        raise PageError(f"file is over the {limit:,}-byte limit (JZARCHIVE_MAX_PAGE_BYTES)")
    return data


def import_lock() -> None:
    """Serialise page writes of concurrent import runs (PostgreSQL; SQLite has one writer anyway).

    Inside a page's transaction, before its first write. Pages share people, organisations, events
    and tenures, which the resolver finds or creates by name: two runs writing at once would both
    create the same person, or deadlock on the rows they both touch. Reading and extraction, the
    expensive part, still run in parallel; the lock is released when the page commits.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_KEY])


def log_file(run: ImportRun, f: FileOutcome) -> None:
    ImportFile.objects.create(
        run=run,
        path=f.path,
        outcome=f.outcome,
        message=f.message,
        page_id_value=f.page_id,
        articles=f.articles,
        seconds=round(f.seconds, 4),
        sha256=f.sha256,
    )
    f.logged = True


def import_paths(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    manifest: str | Path | None = None,
    progress: Callable[[int, int, FileOutcome], None] | None = None,
    command: str = "",
    workers: int | None = None,
) -> ImportSummary:
    """Import every page file under `paths`. Never raises for a bad file: it is logged and skipped.

    Each page is committed in its own transaction, with its line of the import log: a run that is
    killed keeps the pages it finished (its ImportRun stays without finished_at) and the next run
    picks up the rest. A dry run does all the work inside one transaction and rolls it back: the
    figures are real, nothing is kept.
    """
    files, missing = collect_files(paths)
    hints_by_name = load_manifest(manifest) if manifest else {}
    summary = ImportSummary(run_id=None, dry_run=dry_run)
    workers = settings.JZARCHIVE_IMPORT_WORKERS if workers is None else workers
    if dry_run:
        with transaction.atomic():
            _import(files, missing, hints_by_name, summary, progress, command, workers)
            transaction.set_rollback(True)
    else:
        _import(files, missing, hints_by_name, summary, progress, command, workers)
    return summary


class _Done:
    """A finished analysis, shaped like a Future, for the in-process path."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


def _outcomes(
    importer: PageImporter, files: list[Path], hints_by_name: dict, workers: int
) -> Iterator[FileOutcome]:
    """Outcomes in file order. With workers, pages are read and their entities extracted in worker
    processes while this process stores the pages before them; at most 2 x workers pages are in
    flight, so memory does not grow with the number of pages."""
    parallel = workers > 1 and len(files) >= PARALLEL_MIN_FILES
    pool = None
    if parallel:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),  # no inherited database connections
            initializer=analysis.init_worker,
            initargs=(importer.lexicon,),
        )
    try:
        pending: deque = deque()
        for path in files:
            hints = hints_by_name.get(path.name) or hints_from_filename(path.name)
            pending.append(importer.begin(path, hints, pool))
            while len(pending) > 2 * max(workers, 1):
                yield importer.finish(*pending.popleft())
        while pending:
            yield importer.finish(*pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _import(
    files, missing, hints_by_name, summary: ImportSummary, progress, command: str, workers: int
) -> None:
    before = entity_counts()
    run = ImportRun.objects.create(command=command[:2000], dry_run=summary.dry_run)
    summary.run_id = None if summary.dry_run else run.pk
    importer = PageImporter(build_lexicon(), run=run)
    total = len(files) + len(missing)
    for i, outcome in enumerate(missing, 1):
        log_file(run, outcome)
        summary.add(outcome)
        if progress:
            progress(i, total, outcome)
    for i, outcome in enumerate(_outcomes(importer, files, hints_by_name, workers), len(missing) + 1):
        if not outcome.logged:
            log_file(run, outcome)
        summary.add(outcome)
        if progress:
            progress(i, total, outcome)
    after = entity_counts()
    summary.created = {k: after[k] - before[k] for k in after}
    run.pages_new = summary.count(NEW)
    run.pages_updated = summary.count(UPDATED)
    run.pages_unchanged = summary.count(UNCHANGED)
    run.pages_failed = summary.count(FAILED)
    run.articles = summary.articles
    run.mentions = summary.mentions
    run.finished_at = timezone.now()
    run.save()
    from articles.reporting.summaries import refresh_report_summaries

    refresh_report_summaries()  # the report summary tables, for whom this run touched


def entity_counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "articles": Article.objects.count(),
        "persons": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "events": Event.objects.count(),
    }


MONTH_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def resolve_date(text: str | None, default_year: int | None) -> dt.date | None:
    """First y年m月d日 / m月d日 in `text`, with the year from the page when the text has none."""
    if not text:
        return None
    m = MONTH_DAY.search(text.replace(" ", ""))
    if not m:
        return None
    year = int(m.group(1)) if m.group(1) else default_year
    if year is None:
        return None
    try:
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class PageImporter:
    """Imports pages one by one; holds the caches of one run."""

    def __init__(self, lexicon: Lexicon, run: ImportRun | None = None) -> None:
        self.lexicon = lexicon
        self.run = run
        self.resolver = Resolver()
        self.events: dict[tuple[str, str], int] = {}
        self.parents_set: set[tuple[int, str]] = set()

    def forget(self) -> None:
        """Drop the caches after a page's transaction rolled back: the ids it created are gone."""
        self.resolver = Resolver()
        self.events = {}

    def begin(self, path: Path, hints: PageHints, pool) -> tuple:
        """Read the file and check its hash here; hand the reading and extraction to `pool` (or do
        them now when there is none). Returns what finish() needs."""
        started = time.perf_counter()
        name = path.name
        try:
            data = read_bytes(path)
        except PageError as exc:
            return path, started, "", FileOutcome(str(path), FAILED, f"{path}: {exc}")
        except OSError as exc:
            return (
                path,
                started,
                "",
                FileOutcome(str(path), FAILED, f"{path}: cannot read: {exc.strerror or exc}"),
            )
        sha = hashlib.sha256(data).hexdigest()
        same = Page.objects.filter(sha256=sha).values_list("pk", "source_name").first()
        if same:
            note = "" if same[1] == name else f"same content as {same[1]}, already imported"
            return path, started, sha, FileOutcome(str(path), UNCHANGED, note, page_id=same[0], sha256=sha)
        if pool is not None:
            return path, started, sha, pool.submit(analysis.analyse_job, (data, name, hints))
        try:
            return path, started, sha, _Done(("ok", analysis.analyse(data, name, hints, self.lexicon)))
        except PageError as exc:
            return path, started, sha, _Done(("error", str(exc)))

    def finish(self, path: Path, started: float, sha: str, state) -> FileOutcome:
        """Store what begin() prepared: one page, one transaction."""
        if isinstance(state, FileOutcome):
            state.seconds = time.perf_counter() - started
            return state
        status, payload = state.result()
        if status == "error":
            return FileOutcome(str(path), FAILED, f"{path}: {payload}", sha256=sha)
        parsed, extractions = payload
        outcome = self._store(path, sha, parsed, extractions, started)
        outcome.seconds = time.perf_counter() - started
        return outcome

    def _store(
        self, path: Path, sha: str, parsed: ParsedPage, extractions: list[Extraction], started: float
    ) -> FileOutcome:
        try:
            # One page, one transaction: the page, its articles, mentions and its log line.
            with transaction.atomic():
                import_lock()
                # These bytes may have been stored while we were reading them (by another run, or by
                # this one under another name).
                same = Page.objects.filter(sha256=sha).values_list("pk", "source_name").first()
                if same is not None:
                    note = "" if same[1] == path.name else f"same content as {same[1]}, already imported"
                    return FileOutcome(str(path), UNCHANGED, note, page_id=same[0], sha256=sha)
                page, outcome = self.persist(path, parsed, extractions)
                result = FileOutcome(
                    str(path),
                    outcome,
                    "; ".join(parsed.warnings),
                    page_id=page.pk,
                    articles=len(parsed.articles),
                    mentions=sum(len(e.mentions) for e in extractions),
                    sha256=sha,
                    seconds=time.perf_counter() - started,
                )
                if self.run is not None:
                    log_file(self.run, result)
        except IntegrityError:
            self.forget()
            # Another import stored the same page between our check and our write: nothing to do.
            same = Page.objects.filter(sha256=sha).values_list("pk", flat=True).first()
            if same is None:
                return FileOutcome(str(path), FAILED, f"{path}: could not be stored (conflict)", sha256=sha)
            return FileOutcome(
                str(path), UNCHANGED, "imported concurrently by another run", page_id=same, sha256=sha
            )
        except DatabaseError as exc:
            # e.g. a value longer than its column: this page is rolled back, the others go on.
            self.forget()
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return FileOutcome(str(path), FAILED, f"{path}: could not be stored: {reason}", sha256=sha)
        return result

    # --- persistence -------------------------------------------------------------------------

    def persist(self, path: Path, parsed: ParsedPage, extractions: list[Extraction]) -> tuple[Page, str]:
        edition = None
        if parsed.edition.date is not None:
            edition, _ = Edition.objects.get_or_create(
                paper=parsed.paper or "焦作日报",
                date=parsed.edition.date,
                defaults={
                    "date_precision": parsed.edition.precision,
                    "date_evidence": parsed.edition.evidence,
                },
            )
        page = Page.objects.select_for_update().filter(source_name=parsed.source_name).first()
        outcome = UPDATED if page else NEW
        if page is None:
            page = Page(source_name=parsed.source_name)
        page.edition = edition
        page.source_path = str(path)
        page.sha256 = parsed.sha256
        page.encoding = parsed.encoding
        page.raw_text = parsed.text
        page.page_label = parsed.page_label or ""
        page.size_bytes = len(parsed.text.encode("utf-8"))
        page.warnings = list(parsed.warnings)
        page.save()
        articles = self.save_articles(page, parsed.articles, replace=outcome == UPDATED)
        edition_date = edition.date if edition else None
        self.save_credits(articles, parsed.articles)
        self.save_entities(articles, extractions, edition_date)
        index_page(page)  # report dates and search words, two UPDATEs a page (articles/search.py)
        return page, outcome

    def save_articles(self, page: Page, parsed: tuple[ParsedArticle, ...], *, replace: bool) -> list[Article]:
        existing = {a.n: a for a in page.articles.all()} if replace else {}
        out: list[Article] = []
        new: list[Article] = []
        for pa in parsed:
            values = {
                "kind": pa.kind,
                "headline": pa.headline or "",
                "kicker": pa.kicker or "",
                "subheadline": pa.subheadline or "",
                "section": pa.section or "",
                "source": pa.source or "",
                "body": pa.body,
                "dateline": pa.dateline or "",
                "date": pa.date,
                "continued_from_label": pa.continued_from or "",
                "continued_to_label": pa.continued_to or "",
                "duplicated": pa.duplicated,
                "start": pa.start,
                "end": pa.end,
            }
            article = existing.pop(pa.n, None)
            if article is None:
                article = Article(page=page, n=pa.n, **values)
                new.append(article)
            else:
                for key, value in values.items():
                    if key not in article.locked_fields:  # a curator's edit wins over the machine
                        setattr(article, key, value)
                article._change_reason = "重新导入版面"  # history tells machine re-reads from curators
                article.save()
                # machine output of the old reading goes; curated mentions stay
                article.credits.all().delete()
                article.mentions.filter(status=STATUS_MACHINE).delete()
                article.events.clear()
            out.append(article)
        if existing:
            Article.objects.filter(pk__in=[a.pk for a in existing.values()]).delete()
        Article.objects.bulk_create(new)
        link_continuations(page, out)
        return out

    def save_credits(self, articles: list[Article], parsed: tuple[ParsedArticle, ...]) -> None:
        self.resolver.prefetch("person", (c.name for pa in parsed for c in pa.credits))
        credits = [
            Credit(
                article=article,
                role=c.role,
                name=c.name,
                order=i,
                person_id=self.resolver.resolve("person", c.name),
            )
            for article, pa in zip(articles, parsed, strict=True)
            for i, c in enumerate(pa.credits)
        ]
        Credit.objects.bulk_create(credits)

    def save_entities(
        self, articles: list[Article], extractions: list[Extraction], edition_date: dt.date | None
    ) -> None:
        """Mentions, tenures, organisation parents and events of one page, in a fixed number of
        queries whatever the number of mentions (names are resolved a page at a time)."""
        # What curators already decided on these articles (kept across re-reads) is not proposed again.
        curated = set(
            Mention.objects.filter(article__in=articles)
            .exclude(status=STATUS_MACHINE)
            .values_list("article_id", "type", "surface")
        )
        keep: list[tuple[Article, object, str, str, dt.date | None]] = []
        for article, extraction in zip(articles, extractions, strict=True):
            when = article.date or edition_date
            text = article.text
            for m in extraction.mentions:
                # The surface is what the page prints; m.text is the name it stands for (an alias of a
                # curated record is already mapped to that record's name by the extractor).
                surface = text[m.start : m.end] or m.text
                if (article.pk, m.type, surface) in curated or self.lexicon.is_rejected(m.type, surface):
                    continue
                keep.append((article, m, surface, self.lexicon.aliases.get(m.text, m.text), when))
        names: dict[str, set[str]] = {"person": set(), "organisation": set(), "place": set()}
        for _, m, _, name, _ in keep:
            names[m.type].add(name)
            if m.type == "organisation" and m.parent:
                names["organisation"].add(m.parent)
            if m.type == "person" and m.organisation:
                names["organisation"].add(m.organisation)
        for ev in (ev for e in extractions for ev in e.events):
            names["person"].update(p.name for p in ev.participants)
        for type_, found in names.items():
            self.resolver.prefetch(type_, found)
        self.resolver.prefetch_posts(
            name for _, m, _, name, when in keep if m.type == "person" and m.organisation
        )

        mentions: list[Mention] = []
        titled: list[tuple[Mention, tuple[str, ...], str | None, dt.date | None]] = []
        for article, m, surface, name, when in keep:
            mention = Mention(
                article=article,
                type=m.type,
                surface=surface[:300],
                start=m.start,
                end=m.end,
                titles=list(m.titles),
                organisation_text=m.organisation or "",
                method=m.method,
                confidence=m.confidence,
                status=STATUS_MACHINE,
            )
            if m.type == "person":
                mention.person_id = self.resolver.resolve_person(name, m.organisation, when)
            else:
                setattr(mention, f"{m.type}_id", self.resolver.resolve(m.type, name))
            if m.type == "organisation" and m.parent:
                self.set_parent(mention.organisation_id, m.parent)
            mentions.append(mention)
            if m.type == "person" and m.titles:
                titled.append((mention, m.titles, m.organisation, when))
        Mention.objects.bulk_create(mentions)
        self.save_tenures(titled)
        self.save_events(articles, extractions, edition_date)

    def save_events(self, articles: list[Article], extractions: list[Extraction], edition_date) -> None:
        """Events are known by (name, date as printed); one row however many articles report it."""
        found = [(a, ev) for a, e in zip(articles, extractions, strict=True) for ev in e.events]
        if not found:
            return
        keys = {(ev.name[:300], (ev.date or "")[:100]) for _, ev in found} - self.events.keys()
        if keys:
            existing = Event.objects.filter(name__in={k[0] for k in keys}).order_by("id")
            for pk, name, date_text in existing.values_list("pk", "name", "date_text"):
                if (name, date_text) in keys:
                    self.events.setdefault((name, date_text), pk)
            new = {}
            for article, ev in found:
                key = (ev.name[:300], (ev.date or "")[:100])
                if key in self.events or key in new:
                    continue
                day = article.date or edition_date
                new[key] = Event(
                    name=key[0],
                    type=ev.type,
                    date_text=key[1],
                    date=resolve_date(ev.date, day.year if day else None)
                    or (article.date if ev.date else None),
                    location=(ev.location or "")[:200],
                )
            for key, event in zip(new, Event.objects.bulk_create(new.values()), strict=True):
                self.events[key] = event.pk
        links, participants = set(), set()
        for article, ev in found:
            event_id = self.events[(ev.name[:300], (ev.date or "")[:100])]
            links.add((event_id, article.pk))
            for p in ev.participants:
                if not self.lexicon.is_rejected("person", p.name):
                    person_id = self.resolver.resolve("person", self.lexicon.aliases.get(p.name, p.name))
                    participants.add((event_id, person_id, p.role))
        through = Event.articles.through
        through.objects.bulk_create(
            [through(event_id=e, article_id=a) for e, a in sorted(links)], ignore_conflicts=True
        )
        EventParticipant.objects.bulk_create(
            [EventParticipant(event_id=e, person_id=p, role=r) for e, p, r in sorted(participants)],
            ignore_conflicts=True,
        )

    def set_parent(self, org_id: int, parent_name: str) -> None:
        """The text shows the hierarchy (某局办公室 under 某局): record it unless someone already did."""
        if (org_id, parent_name) in self.parents_set:
            return
        if len(self.parents_set) > 100_000:
            self.parents_set.clear()
        self.parents_set.add((org_id, parent_name))
        parent_id = self.resolver.resolve("organisation", parent_name)
        if parent_id != org_id:
            Organisation.objects.filter(pk=org_id, parent__isnull=True, status=STATUS_MACHINE).update(
                parent_id=parent_id
            )

    def save_tenures(self, titled) -> None:
        """Posts seen on this page, merged into the career rows (person, title) in a few queries."""
        if not titled:
            return
        seen: dict[tuple[int, str], dict] = {}
        for mention, titles, org_name, when in titled:
            org_id = self.resolver.resolve("organisation", org_name) if org_name else None
            for title in titles:
                row = seen.setdefault(
                    (mention.person_id, title[:200]), {"org": None, "dates": [], "mentions": []}
                )
                row["org"] = row["org"] or org_id
                if when is not None:
                    row["dates"].append(when)
                row["mentions"].append(mention.pk)
        existing = {
            (t.person_id, t.title): t
            for t in Tenure.objects.filter(person_id__in={k[0] for k in seen}, title__in={k[1] for k in seen})
        }
        changed, new = [], []
        for (person_id, title), row in seen.items():
            tenure = existing.get((person_id, title))
            if tenure is None:
                tenure = Tenure(person_id=person_id, title=title)
                new.append(tenure)
            else:
                changed.append(tenure)
            dates = [d for d in (tenure.first_seen, tenure.last_seen, *row["dates"]) if d]
            tenure.first_seen, tenure.last_seen = (min(dates), max(dates)) if dates else (None, None)
            tenure.mention_count += len(row["mentions"])
            tenure.organisation_id = tenure.organisation_id or row["org"]
        # bulk writes leave history alone: it is for curators' changes, not the importer's counters
        Tenure.objects.bulk_create(new)
        Tenure.objects.bulk_update(changed, ["first_seen", "last_seen", "mention_count", "organisation"])
        through = Tenure.mentions.through
        by_key = {(t.person_id, t.title): t.pk for t in (*new, *changed)}
        through.objects.bulk_create(
            [
                through(tenure_id=by_key[key], mention_id=mid)
                for key, row in seen.items()
                for mid in row["mentions"]
            ],
            ignore_conflicts=True,
        )


def link_continuations(page: Page, articles: list[Article]) -> None:
    """Link a continuation (上接A01版) to the story it continues when that page is in the archive.

    Pages of one edition are linked by page label; a curator's link is never replaced.
    """
    if page.edition_id is None:
        return
    for article in articles:
        label = (article.continued_from_label or "").removesuffix("版").split("①")[0].strip()
        if not label or article.continued_from_id:
            continue
        candidates = Article.objects.filter(page__edition_id=page.edition_id, page__page_label=label)
        if page.page_label:
            candidates = candidates.filter(continued_to_label__startswith=page.page_label)
        source = candidates.exclude(continued_to_label="").order_by("n").first()
        if source is not None:
            Article.objects.filter(pk=article.pk).update(continued_from=source)
    # and the other way round: this page's stories continued on pages already imported
    for article in articles:
        label = (article.continued_to_label or "").removesuffix("版").strip()
        if not label:
            continue
        targets = Article.objects.filter(
            page__edition_id=page.edition_id, page__page_label=label, continued_from__isnull=True
        ).exclude(continued_from_label="")
        if page.page_label:
            targets = targets.filter(continued_from_label__startswith=page.page_label)
        targets.update(continued_from=article)
