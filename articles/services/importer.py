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
import os
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
from articles.reading.dates import first_date_in
from articles.reporting.summaries import refresh_report_summaries, summary_ids_deferred
from articles.search import index_page, month_of, with_names
from articles.services.bulk import (
    in_list,
    insert_ignoring,
    insert_new,
    insert_rows,
    json_text,
    new_ids,
    select_in,
    stamp,
)
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
from people.services.resolve import MODELS, Resolver, build_lexicon

NEW, UPDATED, UNCHANGED, FAILED = "new", "updated", "unchanged", "failed"
# Below this many files the workers' start-up (loading jieba's dictionary) costs more than it saves.
PARALLEL_MIN_FILES = 24
PAGE_SUFFIXES = {".txt", ".text", ".md"}
# New pages stored per transaction in a backlog (PARALLEL_MIN_FILES files or more; each page still
# all or nothing with its log line, see finish_many): a page alone costs some thirty queries, most
# of which a group shares (names resolved, rows copied, once a group).
GROUP_PAGES = int(os.environ.get("JZARCHIVE_IMPORT_GROUP", "16"))
# PageImporter.note_written: statistics refreshed after this many mentions, then at each doubling
ANALYSE_FROM = 20_000
ANALYSED = (
    "people_mention",
    "people_person",
    "people_organisation",
    "people_place",
    "people_event",
    "people_tenure",
    "people_tenure_mentions",
    "articles_article",
    "articles_credit",
    "articles_page",
)
# The fields of a page PageImporter._fill_page sets (the others: id, auto_now stamps)
PAGE_FIELDS = (
    "edition_id",
    "source_name",
    "source_path",
    "sha256",
    "encoding",
    "raw_text",
    "page_label",
    "size_bytes",
    "warnings",
)
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


def backlog_commit() -> None:
    """A backlog group's transaction does not wait at COMMIT for its WAL to reach the disk
    (PostgreSQL's synchronous_commit = off, for this transaction only; ~30 ms a group on this
    machine's disk, with the writer idle meanwhile). Atomicity is unchanged: a crash of the
    database server itself (not of the import run) may lose the groups committed in its last
    fraction of a second, each whole with its log lines, and the next run imports them again. A
    day's pages (one page a transaction) keep the default."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def is_first_load(n_files: int) -> bool:
    """Whether a backlog of n_files is a first load of the archive: at least as many files as the
    archive has pages. Its refresh at the end will rebuild the summary tables whole (the people it
    names are far more than summaries._whole's share), so its groups do not record their ids one
    by one (summaries.summary_ids_deferred). PostgreSQL only."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*) FROM "{Page._meta.db_table}"')
        return n_files >= cursor.fetchone()[0]


def page_with_sha(sha: str) -> tuple[int, str] | None:
    """(id, file name) of a stored page with these bytes: the first in Page's ordering (file name),
    as Page.objects.filter(sha256=sha).values_list("pk", "source_name").first() finds it, without
    compiling that query for every page."""
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT "id", "source_name" FROM "{Page._meta.db_table}" WHERE "sha256" = %s'
            ' ORDER BY "source_name" ASC LIMIT 1',
            [sha],
        )
        row = cursor.fetchone()
    return tuple(row) if row is not None else None


def stored(
    path: Path, outcome: str, page: Page, parsed: ParsedPage, extractions: list[Extraction], sha: str, started
) -> FileOutcome:
    """The outcome of a page just written."""
    return FileOutcome(
        str(path),
        outcome,
        "; ".join(parsed.warnings),
        page_id=page.pk,
        articles=len(parsed.articles),
        mentions=sum(len(e.mentions) for e in extractions),
        sha256=sha,
        seconds=time.perf_counter() - started,
    )


class _Retry(Exception):
    """A group of pages is to be stored page by page instead."""


def log_files(run: ImportRun, outcomes: list[FileOutcome]) -> None:
    ImportFile.objects.bulk_create(
        [
            ImportFile(
                run=run,
                path=f.path,
                outcome=f.outcome,
                message=f.message,
                page_id_value=f.page_id,
                articles=f.articles,
                seconds=round(f.seconds, 4),
                sha256=f.sha256,
            )
            for f in outcomes
        ]
    )
    for f in outcomes:
        f.logged = True


def log_file(run: ImportRun, f: FileOutcome) -> None:
    log_files(run, [f])


def import_paths(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    manifest: str | Path | None = None,
    progress: Callable[[int, int, FileOutcome], None] | None = None,
    command: str = "",
    workers: int | None = None,
    group: int | None = None,
) -> ImportSummary:
    """Import every page file under `paths`. Never raises for a bad file: it is logged and skipped.

    Each page is all or nothing, with its line of the import log: a day's pages are committed one
    transaction each; new pages of a backlog (PARALLEL_MIN_FILES files or more, or `group` given)
    `group` whole pages a transaction. A run that is killed keeps the pages it committed (its
    ImportRun stays without finished_at) and the next run picks up the rest. A dry run does all
    the work inside one transaction and rolls it back: the figures are real, nothing is kept.
    """
    files, missing = collect_files(paths)
    hints_by_name = load_manifest(manifest) if manifest else {}
    summary = ImportSummary(run_id=None, dry_run=dry_run)
    workers = settings.JZARCHIVE_IMPORT_WORKERS if workers is None else workers
    if group is None:  # a backlog goes in groups; a day's pages one transaction each
        group = GROUP_PAGES if len(files) >= PARALLEL_MIN_FILES else 1
    if dry_run:
        with transaction.atomic():
            _import(files, missing, hints_by_name, summary, progress, command, workers, group)
            transaction.set_rollback(True)
    else:
        _import(files, missing, hints_by_name, summary, progress, command, workers, group)
    return summary


class _Done:
    """A finished analysis, shaped like a Future, for the in-process path."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


def reading_pool(workers: int, lexicon: Lexicon) -> ProcessPoolExecutor:
    """Worker processes that read pages and extract their entities (analysis.analyse_job)."""
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),  # no inherited database connections
        initializer=analysis.init_worker,
        initargs=(lexicon,),
    )


@dataclass
class ReadCounts:
    """What read_only() read: pages, their articles and mentions, and the files it could not
    read ("path: reason")."""

    pages: int = 0
    articles: int = 0
    mentions: int = 0
    failed: list[str] = field(default_factory=list)

    def count(self, path: Path, result: tuple[str, object]) -> None:
        status, payload = result
        if status != "ok":
            self.failed.append(f"{path}: {payload}")
            return
        parsed, extractions, _, _ = payload
        self.pages += 1
        self.articles += len(parsed.articles)
        self.mentions += sum(len(e.mentions) for e in extractions)


def read_only(files: list[Path], workers: int, lexicon: Lexicon) -> ReadCounts:
    """Read and extract `files` as an import's worker processes do, storing nothing. What the
    reading part of an import costs on its own (benchmark_import --no-database), with a bound on
    the pages in flight as in an import."""
    counts = ReadCounts()

    def jobs() -> Iterator[tuple[Path, tuple]]:
        for f in files:
            try:
                yield f, (read_bytes(f), f.name, hints_from_filename(f.name))
            except (PageError, OSError) as exc:
                counts.failed.append(f"{f}: {exc}")

    if workers <= 1:
        analysis.init_worker(lexicon)  # this process is the one worker
        for path, job in jobs():
            counts.count(path, analysis.analyse_job(job))
        return counts
    with reading_pool(workers, lexicon) as pool:
        pending: deque = deque()
        for path, job in jobs():
            pending.append((path, pool.submit(analysis.analyse_job, job)))
            if len(pending) >= 4 * workers:
                path, future = pending.popleft()
                counts.count(path, future.result())
        for path, future in pending:
            counts.count(path, future.result())
    return counts


def _outcomes(
    importer: PageImporter, files: list[Path], hints_by_name: dict, workers: int, group: int = 1
) -> Iterator[FileOutcome]:
    """Outcomes in file order. With workers, pages are read and their entities extracted in worker
    processes while this process stores the pages before them, `group` new pages a transaction;
    at most 2 x max(workers, group) pages are in flight, so memory does not grow with the number
    of pages."""
    parallel = workers > 1 and len(files) >= PARALLEL_MIN_FILES
    pool = reading_pool(workers, importer.lexicon) if parallel else None
    try:
        pending: deque = deque()
        # pages in flight: a group being stored, and as many again being read
        group = max(group, 1)
        in_flight = max(2 * group, 2 * max(workers, 1))
        for path in files:
            hints = hints_by_name.get(path.name) or hints_from_filename(path.name)
            pending.append(importer.begin(path, hints, pool))
            if len(pending) >= in_flight:
                done = importer.finish_many([pending.popleft() for _ in range(group)])
                importer.note_written(done)
                yield from done
        while pending:
            done = importer.finish_many([pending.popleft() for _ in range(min(group, len(pending)))])
            importer.note_written(done)
            yield from done
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _import(
    files, missing, hints_by_name, summary: ImportSummary, progress, command: str, workers: int, group: int
) -> None:
    before = entity_counts()
    run = ImportRun.objects.create(command=command[:2000], dry_run=summary.dry_run)
    summary.run_id = None if summary.dry_run else run.pk
    importer = PageImporter(build_lexicon(), run=run, first_load=group > 1 and is_first_load(len(files)))
    total = len(files) + len(missing)
    for i, outcome in enumerate(missing, 1):
        log_file(run, outcome)
        summary.add(outcome)
        if progress:
            progress(i, total, outcome)
    for i, outcome in enumerate(_outcomes(importer, files, hints_by_name, workers, group), len(missing) + 1):
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

    refresh_report_summaries()  # the report summary tables, for whom this run touched


def entity_counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "articles": Article.objects.count(),
        "persons": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "events": Event.objects.count(),
    }


ARTICLE_COLUMNS = (
    "id",
    "page_id",
    "n",
    "kind",
    "headline",
    "kicker",
    "subheadline",
    "section",
    "source",
    "body",
    "dateline",
    "date",
    "continued_from_label",
    "continued_to_label",
    "continued_from_id",
    "duplicated",
    "start",
    "end",
    "locked_fields",
    "report_date",
    "report_month",
    "search_text",
)
MENTION_COLUMNS = (
    "id",
    "article_id",
    "type",
    "surface",
    "start",
    "end",
    "person_id",
    "organisation_id",
    "place_id",
    "titles",
    "organisation_text",
    "method",
    "confidence",
    "status",
    "created_at",
    "updated_at",
)


def _article_values(pa: ParsedArticle) -> dict:
    return {
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


def _article_row(a: Article) -> tuple:
    return (
        a.pk,
        a.page_id,
        a.n,
        a.kind,
        a.headline,
        a.kicker,
        a.subheadline,
        a.section,
        a.source,
        a.body,
        a.dateline,
        a.date,
        a.continued_from_label,
        a.continued_to_label,
        a.continued_from_id,
        a.duplicated,
        a.start,
        a.end,
        json_text(a.locked_fields),
        a.report_date,
        a.report_month,
        a.search_text,
    )


class PageImporter:
    """Imports pages one by one; holds the caches of one run."""

    # Entries each cache of ids (editions, events, parents set) holds before it starts again: a
    # miss costs one query a group, and memory stays flat over thirty years of pages (the events
    # alone are ~4 a page of the synthetic archive, ~340 bytes each).
    MAX_CACHED = 100_000

    def __init__(self, lexicon: Lexicon, run: ImportRun | None = None, first_load: bool = False) -> None:
        self.lexicon = lexicon
        self.run = run
        self.resolver = Resolver()
        self.events: dict[tuple[str, str], int] = {}
        self.editions: dict[tuple[str, dt.date], int] = {}
        self.parents_set: set[tuple[str, int, str]] = set()
        self.mentions_written = 0  # by this run, for note_written()
        self.analyse_at = ANALYSE_FROM
        # a backlog at least as large as the archive (is_first_load): its groups defer the
        # summaries' ids
        self.first_load = first_load

    def note_written(self, outcomes: list[FileOutcome]) -> None:
        """Refresh the planner's statistics each time this run has doubled the mentions it wrote
        (from ANALYSE_FROM on; PostgreSQL).

        The summary triggers' statements (migration articles 0007) are planned once per connection
        and kept until the tables' statistics change. Planned on the near-empty tables of a first
        load, their plan scans every mention of the archive for each COPY: with autovacuum off
        (as on this machine's server) the COPY of a group's mentions went from 21 ms at the start
        of a 10,000-page run to 99 ms at its end. ANALYZE gives them, and the writer's own look-ups,
        plans for the tables as they are: a few ANALYZEs a run (log2 of its size)."""
        if connection.vendor != "postgresql":
            return
        self.mentions_written += sum(o.mentions for o in outcomes if o.outcome in (NEW, UPDATED))
        if self.mentions_written < self.analyse_at:
            return
        self.analyse_at = 2 * self.mentions_written
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {', '.join(ANALYSED)}")

    def forget(self) -> None:
        """Drop the caches after a page's transaction rolled back: the ids it created are gone."""
        self.resolver = Resolver()
        self.events = {}
        self.editions = {}
        self.parents_set = set()

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
        same = page_with_sha(sha)
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
        return self.finish_many([(path, started, sha, state)])[0]

    def finish_many(self, begun: list[tuple]) -> list[FileOutcome]:
        """Store what begin() prepared for several pages, in file order. New pages go in groups
        of one transaction (store_new); each page is still all or nothing with its log line:
        a group that fails is rolled back and its pages stored one by one, so that only a page
        that cannot be stored fails."""
        outcomes: list[FileOutcome | None] = [None] * len(begun)
        ready = []  # (index, path, started, sha, (parsed, extractions, words))
        self.resolver.pinyin = {}  # of the names of these pages only
        for i, (path, started, sha, state) in enumerate(begun):
            if isinstance(state, FileOutcome):
                state.seconds = time.perf_counter() - started
                outcomes[i] = state
                continue
            status, payload = state.result()
            if status == "error":
                outcomes[i] = FileOutcome(str(path), FAILED, f"{path}: {payload}", sha256=sha)
            else:
                parsed, extractions, words, pinyin = payload
                self.resolver.pinyin.update(pinyin)
                ready.append((i, path, started, sha, (parsed, extractions, words)))
        # Pages new to the archive (name and bytes unknown, bytes once in the group) go in one
        # group; the others are stored one by one, where their own cases are handled.
        names = {item[1].name for item in ready}
        shas = [item[3] for item in ready]
        known = set(Page.objects.filter(source_name__in=names).values_list("source_name", flat=True))
        group, single = [], []
        for item in ready:
            simple = item[1].name not in known and shas.count(item[3]) == 1
            (group if simple and len(ready) > 1 else single).append(item)
        if group:
            stored = self.store_new(group)
            if stored is None:  # the group could not be stored whole: page by page
                single = sorted(single + group, key=lambda item: item[0])
            else:
                for (i, *_), outcome in zip(group, stored, strict=True):
                    outcomes[i] = outcome
        for i, path, started, sha, (parsed, extractions, words) in single:
            outcomes[i] = self._store(path, sha, parsed, extractions, words, started)
        for outcome, (_, started, _, _) in zip(outcomes, begun, strict=True):
            outcome.seconds = time.perf_counter() - started
        return outcomes

    def store_new(self, group: list[tuple]) -> list[FileOutcome] | None:
        """New pages in one transaction with their log lines; None (and nothing written) when any
        of them is not new any more or cannot be stored."""
        try:
            with transaction.atomic(), summary_ids_deferred(self.first_load):
                import_lock()
                backlog_commit()
                # stored by another run while we were reading them?
                shas = [item[3] for item in group]
                names = [item[1].name for item in group]
                if (
                    Page.objects.filter(sha256__in=shas).exists()
                    or Page.objects.filter(source_name__in=names).exists()
                ):
                    raise _Retry
                pages = self.persist_new(
                    [
                        (path, parsed, extractions, words)
                        for _, path, _, _, (parsed, extractions, words) in group
                    ]
                )
                outcomes = [
                    stored(path, NEW, page, parsed, extractions, sha, started)
                    for page, (_, path, started, sha, (parsed, extractions, _)) in zip(
                        pages, group, strict=True
                    )
                ]
                if self.run is not None:
                    log_files(self.run, outcomes)
        except (_Retry, DatabaseError):
            self.forget()
            return None
        return outcomes

    def _store(
        self,
        path: Path,
        sha: str,
        parsed: ParsedPage,
        extractions: list[Extraction],
        words: list[str],
        started: float,
    ) -> FileOutcome:
        try:
            # One page, one transaction: the page, its articles, mentions and its log line.
            with transaction.atomic():
                import_lock()
                # These bytes may have been stored while we were reading them (by another run, or by
                # this one under another name).
                same = page_with_sha(sha)
                if same is not None:
                    note = "" if same[1] == path.name else f"same content as {same[1]}, already imported"
                    return FileOutcome(str(path), UNCHANGED, note, page_id=same[0], sha256=sha)
                page, outcome = self.persist(path, parsed, extractions, words)
                result = stored(path, outcome, page, parsed, extractions, sha, started)
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

    def edition_id(self, parsed: ParsedPage) -> tuple[int | None, dt.date | None]:
        """The page's edition (created when new); ids are kept for the run, one query a new day."""
        if parsed.edition.date is None:
            return None, None
        key = (parsed.paper or "焦作日报", parsed.edition.date)
        if key not in self.editions:
            if len(self.editions) > self.MAX_CACHED:
                self.editions.clear()
            edition, _ = Edition.objects.get_or_create(
                paper=key[0],
                date=key[1],
                defaults={
                    "date_precision": parsed.edition.precision,
                    "date_evidence": parsed.edition.evidence,
                },
            )
            self.editions[key] = edition.pk
        return self.editions[key], key[1]

    def prefetch_editions(self, pages: list[ParsedPage]) -> None:
        """The editions of several pages in two queries (found, then the new ones created); each new
        one takes its date's precision and evidence from the first of the pages that names it."""
        if len(self.editions) > self.MAX_CACHED:
            self.editions.clear()
        todo: dict[tuple[str, dt.date], ParsedPage] = {}
        for parsed in pages:
            if parsed.edition.date is not None:
                key = (parsed.paper or "焦作日报", parsed.edition.date)
                if key not in self.editions:
                    todo.setdefault(key, parsed)
        if not todo:
            return
        found = Edition.objects.filter(date__in={k[1] for k in todo}, paper__in={k[0] for k in todo})
        for pk, paper, date in found.values_list("pk", "paper", "date"):
            if (paper, date) in todo:
                self.editions[(paper, date)] = pk
                del todo[(paper, date)]
        new = [
            Edition(
                paper=paper,
                date=date,
                date_precision=parsed.edition.precision,
                date_evidence=parsed.edition.evidence,
            )
            for (paper, date), parsed in todo.items()
        ]
        for edition in Edition.objects.bulk_create(new):
            self.editions[(edition.paper, edition.date)] = edition.pk

    def persist(
        self, path: Path, parsed: ParsedPage, extractions: list[Extraction], words: list[str]
    ) -> tuple[Page, str]:
        """One page: a new one goes through persist_new(); a known file name is re-read in place."""
        page = Page.objects.select_for_update().filter(source_name=parsed.source_name).first()
        if page is None:
            return self.persist_new([(path, parsed, extractions, words)])[0], NEW
        edition_id, edition_date = self.edition_id(parsed)
        self._fill_page(page, path, parsed, edition_id)
        page.save()
        articles = self.reread_articles(page, parsed.articles)
        kept = self.kept_mentions(articles, extractions, edition_date, new=False)
        link_continuations(page, articles)
        self.prefetch([parsed], [extractions], kept)
        self.save_credits(articles, parsed.articles)
        self.save_entities(articles, extractions, kept, [edition_date] * len(articles))
        index_page(page)  # report dates and search words, curated mentions included (articles/search.py)
        return page, UPDATED

    @staticmethod
    def _fill_page(page: Page, path: Path, parsed: ParsedPage, edition_id: int | None) -> None:
        """Sets PAGE_FIELDS."""
        page.edition_id = edition_id
        page.source_path = str(path)
        page.sha256 = parsed.sha256
        page.encoding = parsed.encoding
        page.raw_text = parsed.text
        page.page_label = parsed.page_label or ""
        page.size_bytes = len(parsed.text.encode("utf-8"))
        page.warnings = list(parsed.warnings)

    def persist_new(self, items: list[tuple[Path, ParsedPage, list[Extraction], list[str]]]) -> list[Page]:
        """Pages whose file names are not in the archive, in file order, in a fixed number of queries
        whatever their number: the caller's transaction holds them (and their log lines)."""
        pages, editions = [], []
        self.prefetch_editions([parsed for _, parsed, _, _ in items])
        for path, parsed, _, _ in items:
            edition_id, edition_date = self.edition_id(parsed)
            page = Page(source_name=parsed.source_name)
            self._fill_page(page, path, parsed, edition_id)
            pages.append(page)
            editions.append(edition_date)
        # COPY (insert_new) instead of bulk_create's INSERT with each page's text as an array item
        # in the query: 7 -> ~1 ms of the server's time a group of 16 pages
        page_ids = insert_new(Page, PAGE_FIELDS, [tuple(getattr(p, f) for f in PAGE_FIELDS) for p in pages])
        for page, page_id in zip(pages, page_ids, strict=True):
            page.pk = page_id
            page._state.adding, page._state.db = False, connection.alias
        ids = iter(new_ids(Article, sum(len(parsed.articles) for _, parsed, _, _ in items)))
        all_articles, all_parsed, all_extractions, all_kept, days = [], [], [], [], []
        per_page = []
        for page, edition_date, (_, parsed, extractions, words) in zip(pages, editions, items, strict=True):
            articles = [
                Article(pk=next(ids), page=page, n=pa.n, **_article_values(pa)) for pa in parsed.articles
            ]
            kept = self.kept_mentions(articles, extractions, edition_date, new=True)
            # Report date and search words go in with the row (what index_page would compute:
            # tests/test_import_fast_path.py compares), the search words segmented by the worker.
            surfaces: dict[int, list[str]] = {}
            for article, _, surface, _, _ in kept:
                surfaces.setdefault(article.pk, []).append(surface[:300])
            for article, pa, text in zip(articles, parsed.articles, words, strict=True):
                article.report_date = article.date or edition_date
                article.report_month = month_of(article.report_date)
                article.search_text = with_names(
                    text, [c.name for c in pa.credits] + surfaces.get(article.pk, [])
                )
            per_page.append((page, articles))
            all_articles += articles
            all_parsed += parsed.articles
            all_extractions += extractions
            all_kept += kept
            days += [edition_date] * len(articles)
        insert_rows(Article, ARTICLE_COLUMNS, [_article_row(a) for a in all_articles])
        # in file order, each page seeing only the pages before it, as if stored one by one
        later = [p.pk for p in pages]
        for page, articles in per_page:
            later.remove(page.pk)
            link_continuations(page, articles, not_yet=later)
        self.prefetch([parsed for _, parsed, _, _ in items], [e for _, _, e, _ in items], all_kept)
        self.save_credits(all_articles, tuple(all_parsed))
        self.save_entities(all_articles, all_extractions, all_kept, days)
        return pages

    def reread_articles(self, page: Page, parsed: tuple[ParsedArticle, ...]) -> list[Article]:
        """A new version of a known page: articles updated in place (curators' locked fields kept)."""
        existing = {a.n: a for a in page.articles.all()}
        out: list[Article] = []
        new: list[Article] = []
        for pa in parsed:
            values = _article_values(pa)
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
        for article, pk in zip(new, new_ids(Article, len(new)), strict=True):
            article.pk = pk
        insert_rows(Article, ARTICLE_COLUMNS, [_article_row(a) for a in new])
        return out

    def prefetch(self, pages: list[ParsedPage], extractions: list[list[Extraction]], keep: list) -> None:
        """Every name the pages' rows will point at, resolved (or created) in a few queries."""
        names: dict[str, set[str]] = {"person": set(), "organisation": set(), "place": set()}
        names["person"].update(c.name for parsed in pages for pa in parsed.articles for c in pa.credits)
        for _, m, _, name, _ in keep:
            names[m.type].add(name)
            if m.type in ("organisation", "place") and m.parent:
                names[m.type].add(m.parent)
            if m.type == "person" and m.organisation:
                names["organisation"].add(m.organisation)
        for ev in (ev for page in extractions for e in page for ev in e.events):
            names["person"].update(
                self.lexicon.aliases.get(p.name, p.name)
                for p in ev.participants
                if not self.lexicon.is_rejected("person", p.name)
            )
        self.resolver.prefetch_many(names)
        self.resolver.prefetch_posts(
            name for _, m, _, name, _ in keep if m.type == "person" and m.organisation
        )

    def save_credits(self, articles: list[Article], parsed: tuple[ParsedArticle, ...]) -> None:
        resolve = self.resolver.resolve
        rows = [
            (article.pk, resolve("person", c.name), c.role, c.name, i)
            for article, pa in zip(articles, parsed, strict=True)
            for i, c in enumerate(pa.credits)
        ]
        insert_rows(Credit, ("article_id", "person_id", "role", "name", "order"), rows)

    def kept_mentions(
        self,
        articles: list[Article],
        extractions: list[Extraction],
        edition_date: dt.date | None,
        *,
        new: bool,
    ) -> list[tuple[Article, object, str, str, dt.date | None]]:
        """(article, mention, surface, name, date) of the mentions to store: not rejected by a
        curator, not already decided by one on this article (kept across re-reads)."""
        curated = set()
        if not new:
            curated = set(
                Mention.objects.filter(article__in=articles)
                .exclude(status=STATUS_MACHINE)
                .values_list("article_id", "type", "surface")
            )
        rejected, aliases = self.lexicon.rejected, self.lexicon.aliases
        keep = []
        for article, extraction in zip(articles, extractions, strict=True):
            when = article.date or edition_date
            text = article.text
            for m in extraction.mentions:
                # The surface is what the page prints; m.text is the name it stands for (an alias of a
                # curated record is already mapped to that record's name by the extractor).
                surface = text[m.start : m.end] or m.text
                if (m.type, surface) in rejected or (curated and (article.pk, m.type, surface) in curated):
                    continue
                keep.append((article, m, surface, aliases.get(m.text, m.text), when))
        return keep

    def save_entities(
        self,
        articles: list[Article],
        extractions: list[Extraction],
        keep: list[tuple[Article, object, str, str, dt.date | None]],
        days: list[dt.date | None],
    ) -> None:
        """Mentions, tenures, organisation parents and events of one page, in a fixed number of
        queries whatever the number of mentions (names resolved beforehand by prefetch())."""
        ids = new_ids(Mention, len(keep))
        now = stamp(timezone.now())
        resolver = self.resolver
        rows = []
        titled: list[tuple[int, int, tuple[str, ...], str | None, dt.date | None]] = []
        # one name in one article is one person, whatever the bodies its posts are printed with
        # (某行焦作分行 and its full name 中国某银行焦作分行): a namesake is told apart across articles
        in_article: dict[tuple[int, str], int] = {}
        for pk, (article, m, surface, name, when) in zip(ids, keep, strict=True):
            person_id = organisation_id = place_id = None
            if m.type == "person":
                person_id = in_article.get((article.pk, name))
                if person_id is None:
                    person_id = resolver.resolve_person(name, m.organisation, when)
                    in_article[(article.pk, name)] = person_id
                if m.titles:
                    titled.append((pk, person_id, m.titles, m.organisation, when))
            elif m.type == "organisation":
                organisation_id = resolver.resolve("organisation", name)
                if m.parent:
                    self.set_parent("organisation", organisation_id, m.parent)
            else:
                place_id = resolver.resolve(m.type, name)
                if m.parent:
                    self.set_parent("place", place_id, m.parent)
            rows.append(
                (
                    pk,
                    article.pk,
                    m.type,
                    surface[:300],
                    m.start,
                    m.end,
                    person_id,
                    organisation_id,
                    place_id,
                    json_text(list(m.titles)) if m.titles else "[]",
                    m.organisation or "",
                    m.method,
                    m.confidence,
                    STATUS_MACHINE,
                    now,
                    now,
                )
            )
        insert_rows(Mention, MENTION_COLUMNS, rows)
        self.save_tenures(titled)
        self.save_events(articles, extractions, days)

    def save_events(
        self, articles: list[Article], extractions: list[Extraction], days: list[dt.date | None]
    ) -> None:
        """Events are known by (name, date as printed); one row however many articles report it.
        `days`: each article's edition date."""
        found = [
            (a, ev, day) for a, e, day in zip(articles, extractions, days, strict=True) for ev in e.events
        ]
        if not found:
            return
        if len(self.events) > self.MAX_CACHED:
            self.events.clear()
        keys = {(ev.name[:300], (ev.date or "")[:100]) for _, ev, _ in found} - self.events.keys()
        if keys:
            existing = select_in(
                f'SELECT "id", "name", "date_text" FROM "{Event._meta.db_table}" WHERE {{in}} ORDER BY "id"',
                '"name"',
                sorted({k[0] for k in keys}),
            )
            for pk, name, date_text in existing:
                if (name, date_text) in keys:
                    self.events.setdefault((name, date_text), pk)
            new = {}
            for article, ev, edition_date in found:
                key = (ev.name[:300], (ev.date or "")[:100])
                if key in self.events or key in new:
                    continue
                day = article.date or edition_date
                new[key] = (
                    key[0],
                    ev.type,
                    key[1],
                    first_date_in(ev.date, day.year if day else None) or (article.date if ev.date else None),
                    (ev.location or "")[:200],
                )
            ids = insert_new(Event, ("name", "type", "date_text", "date", "location"), list(new.values()))
            for key, pk in zip(new, ids, strict=True):
                self.events[key] = pk
        links, participants = set(), set()
        resolve, aliases, is_rejected = self.resolver.resolve, self.lexicon.aliases, self.lexicon.is_rejected
        for article, ev, _ in found:
            event_id = self.events[(ev.name[:300], (ev.date or "")[:100])]
            links.add((event_id, article.pk))
            for p in ev.participants:
                if not is_rejected("person", p.name):
                    participants.add((event_id, resolve("person", aliases.get(p.name, p.name)), p.role))
        through = Event.articles.through
        if connection.vendor == "postgresql":
            # what bulk_create(ignore_conflicts=True) writes (one statement, ids in this order),
            # without a model instance a row
            insert_ignoring(through, ("event_id", "article_id"), ("bigint", "bigint"), sorted(links))
            insert_ignoring(
                EventParticipant,
                ("event_id", "person_id", "role"),
                ("bigint", "bigint", "text"),
                sorted(participants),
            )
            return
        through.objects.bulk_create(
            [through(event_id=e, article_id=a) for e, a in sorted(links)], ignore_conflicts=True
        )
        EventParticipant.objects.bulk_create(
            [EventParticipant(event_id=e, person_id=p, role=r) for e, p, r in sorted(participants)],
            ignore_conflicts=True,
        )

    def set_parent(self, type_: str, record_id: int, parent_name: str) -> None:
        """The text shows the hierarchy (某局办公室 under 某局, 某镇某村 in the town): record it
        unless someone already did (a curator's parent, or a record a curator took over)."""
        key = (type_, record_id, parent_name)
        if key in self.parents_set:
            return
        if len(self.parents_set) > self.MAX_CACHED:
            self.parents_set.clear()
        self.parents_set.add(key)
        parent_id = self.resolver.resolve(type_, parent_name)
        if parent_id != record_id:
            # Model.objects.filter(pk=.., parent__isnull=True, status=..).update(parent_id=..)
            table = MODELS[type_]._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute(
                    f'UPDATE "{table}" SET "parent_id" = %s'
                    ' WHERE "id" = %s AND "parent_id" IS NULL AND "status" = %s',
                    [parent_id, record_id, STATUS_MACHINE],
                )

    def save_tenures(self, titled) -> None:
        """Posts seen on this page, merged into the career rows (person, title) in a few queries."""
        if not titled:
            return
        seen: dict[tuple[int, str], dict] = {}
        for mention_id, person_id, titles, org_name, when in titled:
            org_id = self.resolver.resolve("organisation", org_name) if org_name else None
            for title in titles:
                key = (person_id, title[:200])
                row = seen.get(key)
                if row is None:
                    row = seen[key] = {"org": None, "dates": [], "mentions": []}
                row["org"] = row["org"] or org_id
                if when is not None:
                    row["dates"].append(when)
                row["mentions"].append(mention_id)
        # (id, first seen, last seen, mention count, organisation) of the rows already there
        where_person, person_params = in_list('"person_id"', sorted({k[0] for k in seen}))
        where_title, title_params = in_list('"title"', sorted({k[1] for k in seen}))
        with connection.cursor() as cursor:
            cursor.execute(
                'SELECT "person_id", "title", "id", "first_seen", "last_seen", "mention_count",'
                f' "organisation_id" FROM "{Tenure._meta.db_table}" WHERE {where_person} AND {where_title}',
                [*person_params, *title_params],
            )
            existing = {(person_id, title): rest for person_id, title, *rest in cursor.fetchall()}
        changed, new, new_keys = [], [], []
        by_key = {}
        for key, row in seen.items():
            old = existing.get(key)
            tenure_id, first, last, count, org_id = old if old is not None else (None, None, None, 0, None)
            dates = [d for d in (first, last, *row["dates"]) if d]
            first, last = (min(dates), max(dates)) if dates else (None, None)
            values = (first, last, count + len(row["mentions"]), org_id or row["org"])
            if old is None:
                new.append((*key, *values))
                new_keys.append(key)
            else:
                changed.append((tenure_id, *values))
                by_key[key] = tenure_id
        # bulk writes leave history alone: it is for curators' changes, not the importer's counters
        ids = insert_new(
            Tenure, ("person_id", "title", "first_seen", "last_seen", "mention_count", "organisation_id"), new
        )
        self.update_tenures(changed)
        # the mentions are new rows: no link can exist yet
        by_key.update(zip(new_keys, ids, strict=True))
        links = {(by_key[key], mid) for key, row in seen.items() for mid in row["mentions"]}
        insert_rows(Tenure.mentions.through, ("tenure_id", "mention_id"), sorted(links))

    @staticmethod
    def update_tenures(changed: list[tuple]) -> None:
        """(id, first_seen, last_seen, mention_count, organisation_id) written over those tenures:
        Tenure.objects.bulk_update(..., ["first_seen", "last_seen", "mention_count", "organisation"]),
        on PostgreSQL one UPDATE from arrays instead of a CASE expression built row by row."""
        if not changed:
            return
        if connection.vendor != "postgresql":
            Tenure.objects.bulk_update(
                [
                    Tenure(id=i, first_seen=f, last_seen=last, mention_count=c, organisation_id=o)
                    for i, f, last, c, o in changed
                ],
                ["first_seen", "last_seen", "mention_count", "organisation"],
            )
            return
        with connection.cursor() as cursor:
            cursor.execute(
                f'UPDATE "{Tenure._meta.db_table}" AS t SET "first_seen" = v.first_seen,'
                ' "last_seen" = v.last_seen, "mention_count" = v.mention_count,'
                ' "organisation_id" = v.organisation_id'
                " FROM unnest(%s::bigint[], %s::date[], %s::date[], %s::integer[], %s::bigint[])"
                " AS v(id, first_seen, last_seen, mention_count, organisation_id) WHERE t.id = v.id",
                [list(column) for column in zip(*changed, strict=True)],
            )


def link_continuations(page: Page, articles: list[Article], not_yet: Iterable[int] = ()) -> None:
    """Link a continuation (上接A01版) to the story it continues when that page is in the archive.

    Pages of one edition are linked by page label; a curator's link is never replaced. `not_yet`:
    pages written in the same transaction but after this one in file order, left out so that a
    batch links exactly as pages stored one by one.
    """
    if page.edition_id is None:
        return
    not_yet = list(not_yet)
    for article in articles:
        label = (article.continued_from_label or "").removesuffix("版").split("①")[0].strip()
        if not label or article.continued_from_id:
            continue
        candidates = Article.objects.filter(page__edition_id=page.edition_id, page__page_label=label)
        if not_yet:
            candidates = candidates.exclude(page_id__in=not_yet)
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
        if not_yet:
            targets = targets.exclude(page_id__in=not_yet)
        if page.page_label:
            targets = targets.filter(continued_from_label__startswith=page.page_label)
        targets.update(continued_from=article)
