"""Importing packages into a store — an office's, or headquarters' on SQLite or PostgreSQL.

Each package imports all-or-nothing: a package that fails leaves nothing behind. Records keep the identity they
travelled with; for each record the version ordering of :mod:`desktop.exchange.versions` decides (the same as
merging does): a stale record never overwrites a newer one, a tombstone deletes what it is newer than, and a
conflict (same revision, other content) is won deterministically and counted. A ledger of imported packages makes a
second import of the same package change nothing; a missing sequence number of an office is reported as a gap. On
SQLite a snapshot (a backup) is taken before each import (one per run of several packages). Each package also records
its reversal (:mod:`desktop.exchange.reversal`), so the last import run can be undone on SQLite and PostgreSQL alike.

The packages of a run are committed in batches — one transaction, one savepoint per package — because at
headquarters scale writing each index page out once per package was most of the cost of an import.

Rows go in with SQLAlchemy Core ``executemany`` — never one ORM object per row — so headquarters can import
hundreds of thousands of records quickly.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import operator
import os
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Uuid, delete, func, insert, select
from sqlalchemy.engine import Dialect

from db.models import (
    ChangeLog,
    ImportReversal,
    InitiativeSdgTarget,
    PackageLedger,
    Tombstone,
    record_columns,
)
from db.bulk import Binder, Bulk, chunks
from db.counting import counted_of, insert_counted, refresh_counted
from db.files import process_alive
from db.errors import StoreUnwritable
from db.store import CACHE_KIB, Store, backup_sqlite, read_only_text
from db.types import UTCDateTime, utcnow
from desktop.exchange import format as fmt
from desktop.exchange.errors import ExchangeError, exchange
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.collector import collect_less, collecting_less
from desktop.core.progress import NO_PROGRESS, Cancelled, Part, Progress
from desktop.exchange.read import Package, PackageRow, read_package
from desktop.exchange.reversal import (
    ENTITY_ORDER,
    Reversal,
    guarded_update,
    packages_of_run,
    record_table,
    run_of,
    sources_of,
    undo_packages,
)
from desktop.exchange.trust import Policy, Untrusted, admit, check_sources
from desktop.exchange.versions import (
    Version,
    field_differences,
    hand_edited_version,
    record_version,
    tombstone_version,
    wins_over,
)

#: Parents before children: the order rows are written in.


class ImportRejected(ExchangeError):
    pass


class ForeignRecords(ImportRejected):
    """Rows that would change, take over or delete another office's records: the whole package is refused."""

    def __init__(self, lines: list[str]) -> None:
        shown = "; ".join(lines[:5])
        more = len(lines) - 5
        if more > 0:
            shown += "; " + exchange.tr("and %n more", None, more)
        count = len(lines)
        super().__init__(exchange.tr("%n row(s) would change records another office owns ({rows})", None, count)
                         .format(rows=shown))


#: Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure).
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "initiative_partner": (("initiative_id", "initiative"), ("partner_id", "partner")),
    "beneficiary_count": (("initiative_id", "initiative"),),
    "funding_line": (("initiative_id", "initiative"), ("funder_id", "partner")),
    "knowledge_product": (("initiative_id", "initiative"),),
}
#: What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too.
CASCADES: dict[str, tuple[tuple[str, str], ...]] = {
    "initiative": (("initiative_partner", "initiative_id"), ("beneficiary_count", "initiative_id"),
                   ("funding_line", "initiative_id")),
    "partner": (("initiative_partner", "partner_id"),),
}


#: What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).
STATUS_LABELS = {
    "imported": QT_TRANSLATE_NOOP("exchange", "imported"),
    "already imported": QT_TRANSLATE_NOOP("exchange", "already imported"),
    "rejected": QT_TRANSLATE_NOOP("exchange", "rejected"),
    "dry run": QT_TRANSLATE_NOOP("exchange", "dry run"),
}


@dataclass
class ImportSummary:
    """What one package did to the store, counted like DHIS2's import summaries."""

    file: str
    office_code: str = ""
    period: str = ""
    sequence: int | None = None
    digest: str = ""
    status: str = "imported"  # imported, already imported, rejected, dry run
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    deleted: int = 0
    conflicts: int = 0
    rejected: int = 0
    gaps: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    snapshot: str | None = None
    seconds: float = 0.0
    hand_edited: int = 0  # rows edited in a spreadsheet, taken in as new, attributed versions
    edits: list[str] = field(default_factory=list)  # each of them, for people: where, what, by whom
    trust: str = ""  # what the signature proved (or that an unsigned package was let in, and by whom)

    @property
    def records(self) -> int:
        return self.created + self.updated + self.unchanged + self.stale + self.conflicts

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("created", "updated", "unchanged", "stale", "deleted", "conflicts",
                                              "rejected")}

    def line(self) -> str:
        created, updated, unchanged, stale = self.created, self.updated, self.unchanged, self.stale
        deleted, conflicts, rejected = self.deleted, self.conflicts, self.rejected
        counts = ", ".join([
            exchange.tr("%n created", None, created),
            exchange.tr("%n updated", None, updated),
            exchange.tr("%n unchanged", None, unchanged),
            exchange.tr("%n stale", None, stale),
            exchange.tr("%n deleted", None, deleted),
            exchange.tr("%n conflicts", None, conflicts),  # English says "1 conflicts", as it always has
            exchange.tr("%n rejected", None, rejected),
        ])
        status = translate("exchange", STATUS_LABELS.get(self.status, self.status))
        text = f"{self.file}: {status}: {counts}"
        edited = self.hand_edited
        if edited:
            text += "; " + exchange.tr("%n hand-edited row(s) accepted", None, edited)
        if self.gaps:
            text += "; " + translate("exchange", "gap: {office} sequence {numbers} never imported").format(
                office=self.office_code, numbers=", ".join(map(str, self.gaps)))
        if self.problems:
            text += f"; {self.problems[0]}"
        return text

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


#: An import run commits its packages in batches: one transaction holds up to this many records (each package still
#: all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and
#: not once per package — at headquarters scale that is most of an import's cost. The batch also ends after
#: BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit).
BATCH_RECORDS = 50_000
BATCH_SECONDS = 30.0
#: ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache
#: of 64 per connection; past it, every other session's snapshot must look them up on disk (a known slowdown), so a
#: batch of many small packages ends before it.
BATCH_PACKAGES = 50
#: The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in
#: memory until its commit instead of spilling to the write-ahead log one package at a time.
BATCH_CACHE_KIB = 512 * 1024


def import_package(
    store: Store,
    source: str | Path | Package,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    snapshot: bool = True,
    policy: Policy | None = None,
    editor: str | None = None,
) -> ImportSummary:
    """Import one package (a path, or a package already read). Never raises for a bad package: it is rejected.
    ``policy`` says how signatures are treated (default: only packages signed by keys the store trusts);
    ``editor`` is who hand edits found in it are attributed to."""
    run = _Run(store, dry_run=dry_run, snapshot=snapshot, policy=policy, editor=editor)
    try:
        run.add(source, progress or NO_PROGRESS)
        run.finish()
    finally:
        run.close()
    return run.summaries[0]


@collecting_less()
def import_packages(
    store: Store,
    sources: Sequence[str | Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    snapshot: bool = True,
    readers: int | None = None,
    executor: Executor | None = None,
    on_summary: Callable[[ImportSummary], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    policy: Policy | None = None,
    editor: str | None = None,
) -> list[ImportSummary]:
    """Import several packages, in the order given, each all-or-nothing as :func:`import_package` does.

    Writers on one store take turns: on PostgreSQL each batch takes the store's import lock first (an advisory lock;
    ``on_wait`` hears, once, whose import it waits for), and every update or deletion is guarded by the revision it
    replaces, so two imports at once never lose an update.

    The packages are committed in batches (BATCH_RECORDS): ``on_summary`` hears of each package once its batch is
    committed, and on SQLite one snapshot (a backup) is taken before the run's first write. The packages share a
    run: undoing the last import undoes the whole run (:func:`undo_last_import`). Cancelling keeps the packages finished so far. Reading and checking a package is independent of
    the store, so while one package is written the next ones are read in other processes (``readers`` of them, by
    default :func:`default_readers`). At most ``readers + 1`` packages wait in memory. ``executor`` may be given to
    reuse a process pool (give its processes :func:`reader_priority` as initializer).
    """
    progress = progress or NO_PROGRESS
    paths = [Path(source) for source in sources]
    if readers is None:
        readers = default_readers(len(paths))
    run = _Run(store, dry_run=dry_run, snapshot=snapshot, on_summary=on_summary, on_wait=on_wait, policy=policy,
               editor=editor)
    try:
        if readers == 0 and executor is None:
            for n, path in enumerate(paths):
                if progress.cancelled():
                    raise Cancelled()
                run.add(path, Part(progress, n, len(paths)))
        elif paths:
            _pooled(run, paths, readers, executor, progress)
        run.finish()
        progress.set_value(len(paths), len(paths))
    except Cancelled:
        run.finish()  # keep what is done
        raise
    finally:
        run.close()
    return run.summaries


def default_policy(store: Store) -> Policy:
    """What an import without a policy trusts: only packages signed by keys the store already trusts."""
    return Policy(by=store.user)


def default_readers(packages: int) -> int:
    """Reader processes for a run: one per processor (at most 4), none for a single package. Readers run at a lower
    priority (:func:`reader_priority`), so they only take what the writing process leaves (on two processors, 150
    packages: 33 s with two readers, 35 s with one; two readers at normal priority took 44 s)."""
    return min(os.cpu_count() or 2, 4) if packages > 1 else 0


def _pooled(run: _Run, paths: list[Path], readers: int, executor: Executor | None, progress: Progress) -> None:
    dialect = type(run.store.engine.dialect)  # the readers prepare each package's rows for it
    with closing(read_in_processes(paths, readers, executor, dialect)) as packages:
        for n, (path, read) in enumerate(packages):
            if progress.cancelled():
                raise Cancelled()
            part = Part(progress, n, len(paths))
            if isinstance(read, Package):
                run.add(read, part)
            else:
                said = translate("exchange", "{reason}; nothing was imported from it").format(reason=read)
                run.rejected(ImportSummary(file=str(path), status="rejected", problems=[said], rejected=1))


def read_in_processes(paths: Sequence[Path], readers: int, executor: Executor | None = None,
                      dialect: type[Dialect] | None = None) -> Iterator[tuple[Path, Package | str]]:
    """Each package read and checked by a reader process (:func:`read_for_import`), in the order given, while the
    caller works on the one before: (path, the package or the one line that refuses it). At most ``readers + 1``
    packages wait in memory. A reader that dies (a hostile file can crash the parser) refuses only its package.
    Close the generator (``contextlib.closing``) to stop the readers early."""
    own = executor is None

    def new_pool() -> Executor:
        return ProcessPoolExecutor(max_workers=max(readers, 1), mp_context=multiprocessing.get_context("spawn"),
                                   initializer=reader_priority, initargs=(os.getpid(),))

    pool = executor or new_pool()
    ahead = max(readers, 1) + 1
    pending: list[Any] = []
    try:
        pending = [pool.submit(read_for_import, str(path), dialect) for path in paths[:ahead]]
        for n, path in enumerate(paths):
            read: Package | str
            try:
                read = pending[n].result()
                pending[n] = None  # a done future keeps its package: let it go once the caller is done with it
            except BrokenProcessPool:
                if not own:
                    raise
                read = translate("exchange", "{path}: the process reading it stopped abruptly (a damaged or hostile "
                                 "file?)").format(path=path)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()  # the packages after it are read again by a fresh reader
                pending[n + 1 :] = [pool.submit(read_for_import, str(p), dialect) for p in paths[n + 1 : len(pending)]]
            if n + ahead < len(paths):
                pending.append(pool.submit(read_for_import, str(paths[n + ahead]), dialect))
            yield path, read
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            for future in pending:
                if future is not None:
                    future.cancel()


class _Run:
    """The packages of one import, written in batches: one transaction per batch, one savepoint per package.

    Summaries are held until their batch commits, then reported in order."""

    def __init__(self, store: Store, *, dry_run: bool, snapshot: bool,
                 on_summary: Callable[[ImportSummary], None] | None = None,
                 on_wait: Callable[[str], None] | None = None, policy: Policy | None = None,
                 editor: str | None = None) -> None:
        if store.read_only:  # refused before anything is read: a dry run writes too (in a savepoint it rolls back)
            raise StoreUnwritable(read_only_text(store))
        self.store = store
        self.policy = policy or default_policy(store)
        self.editor = editor
        self.when = fmt.timestamp_text(dt.datetime.now(dt.timezone.utc))
        self.on_wait = on_wait
        self.dry_run = dry_run
        self.wants_snapshot = snapshot and not dry_run and store.is_sqlite and store.path is not None
        self.snapshot: str | None = None
        self.on_summary = on_summary
        self.summaries: list[ImportSummary] = []
        self.held: list[ImportSummary] = []
        self.conn: Connection | None = None
        self.records = 0
        self.written: set[str] = set()  # digests of the packages written in the open batch
        self.opened = 0.0
        self.run = str(uuid.uuid4())  # undoing the last import takes back every package of its run
        self.started = dt.datetime.now(dt.timezone.utc)
        self.position = 0

    def add(self, source: str | Path | Package, progress: Progress) -> None:
        """Import one package into the open batch (a path is read here first)."""
        started = time.perf_counter()
        try:
            package = (source if isinstance(source, Package)
                       else read_package(source, Part(progress, 0, 2), keep_columns=True))
        except ExchangeError as exc:
            self.rejected(ImportSummary(file=str(source), status="rejected", problems=[str(exc)], rejected=1))
            return
        manifest, report = package.manifest, package.report
        summary = ImportSummary(
            file=str(package.path), office_code=str(manifest.get("office_code") or ""),
            period=str(manifest.get("period") or ""), sequence=_int(manifest.get("sequence")),
            digest=report.digest or "",
        )
        if not report.valid:
            summary.status = "rejected"
            summary.rejected = len({(p.sheet, p.row) for p in report.errors})
            summary.problems = [p.line() for p in report.errors[:20]]
            self.rejected(summary)
            return
        # Said with the outcome: data changed since export (edited rows are also counted as hand edits).
        summary.problems = [p.line() for p in report.warnings if p.code == "digest"]
        conn = self._connection()
        known = conn.scalar(select(func.count()).select_from(PackageLedger.__table__).where(
            PackageLedger.__table__.c.digest == summary.digest))
        summary.gaps = _gaps(conn, summary.office_code, summary.sequence)
        if known:
            summary.status = "already imported"
            summary.unchanged = report.records + len(package.deletions)
        else:
            conn = self._before_writing()
            summary.snapshot = self.snapshot
            prepared = package.prepared
            if not (isinstance(prepared, Prepared) and prepared.dialect == _dialect_key(conn.dialect)):
                prepared = prepare(package, conn.dialect)  # read here, not by a reader process
            try:
                summary.trust = "; ".join([admit(conn, manifest, report.signature, self.policy, package.path.name),
                                           *check_sources(conn, manifest, self.policy, package.path.name)])
            except Untrusted as exc:
                summary.status, summary.rejected = "rejected", report.records + len(package.deletions)
                summary.problems = [translate("exchange", "{reason}; nothing was imported from it").format(reason=exc)]
                summary.seconds = time.perf_counter() - started
                self.held.append(summary)
                return
            versions = package_versions(package, prepared, editor=self.editor, when=self.when)
            savepoint = conn.begin_nested()
            try:
                self.position += 1
                reversal = None if self.dry_run else Reversal(conn, summary.digest, self.run, self.position)
                apply_versions(conn, versions, summary, summary.digest, Part(progress, 1, 2), counted=prepared.counted,
                               where=_places(package), reversal=reversal)
                if reversal is not None:
                    reversal.write()
                    _write_ledger(conn, summary, package, self.store.user)
            except Cancelled:
                savepoint.rollback()
                raise
            except Exception as exc:  # a database refusal (a broken reference, a constraint): nothing was imported
                _refused(summary, report.records, exc)
                try:
                    savepoint.rollback()
                except Exception:  # the error ended the whole transaction (SQLite: I/O, full disk, out of memory)
                    self._lose_batch(exc)
            else:
                if self.dry_run:
                    savepoint.rollback()
                    summary.status = "dry run"
                else:
                    savepoint.commit()
                    self.records += len(versions)
                    self.written.add(summary.digest)
        summary.seconds = time.perf_counter() - started
        self.held.append(summary)
        if (self.records >= BATCH_RECORDS or len(self.written) >= BATCH_PACKAGES
                or time.perf_counter() - self.opened >= BATCH_SECONDS):
            self.finish()

    def rejected(self, summary: ImportSummary) -> None:
        """A package refused before it reached the store."""
        self.held.append(summary)
        if self.conn is None or not self.conn.in_transaction():
            self._report()

    def finish(self) -> None:
        """Commit the open batch and report its packages."""
        conn = self.conn
        if conn is not None and conn.in_transaction():
            try:
                if self.dry_run:
                    conn.rollback()
                else:
                    conn.commit()
            except Exception as exc:  # the batch's commit failed (a full disk?): none of its packages is in the store
                self._lose_batch(exc)
        self.records = 0
        self.written.clear()
        self._report()

    def _lose_batch(self, exc: Exception) -> None:
        """The open batch is gone (its commit failed, or an error made the database roll it all back): every
        package it holds is refused with that cause — a copy found "already imported" in it too, since the first
        never reached the store — and the run goes on in a fresh transaction."""
        assert self.conn is not None
        try:
            self.conn.rollback()
        except Exception:  # nothing left to roll back on the server's side
            pass
        for summary in self.held:
            if summary.status == "imported" or (summary.status == "already imported"
                                                and summary.digest in self.written):
                _refused(summary, summary.records, exc)
        self.records = 0
        self.written.clear()

    def close(self) -> None:
        """Let the connection go; a batch still open (after an error) is rolled back, its packages not reported."""
        if self.conn is not None:
            if self.conn.in_transaction():
                self.conn.rollback()
            if self.store.is_sqlite:  # the pooled connection goes back to the everyday cache, freeing the rest
                self.conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
                self.conn.commit()
            self.conn.close()
            self.conn = None

    def _connection(self) -> Connection:
        if self.conn is None:
            self.conn = self.store.engine.connect()
            if self.store.is_sqlite:
                self.conn.exec_driver_sql(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")
                self.conn.commit()
        if not self.conn.in_transaction():
            self.conn.begin()
            if not self.store.is_sqlite:  # SQLite's file lock serializes its writers already
                _take_import_lock(self.conn, self.store.user, self.on_wait, self.started)
            self.opened = time.perf_counter()
        return self.conn

    def _before_writing(self) -> Connection:
        """The batch's connection, once the run's snapshot is taken (before its first write, outside any
        transaction, so it holds everything committed before the run)."""
        if self.wants_snapshot and self.snapshot is None:
            assert self.conn is not None
            if self.conn.in_transaction():
                self.conn.commit()  # nothing is written yet in this run: only the ledger was read
            self.snapshot = str(backup_sqlite(self.store.engine, self.store.path,  # type: ignore[arg-type]
                                              reason="before-import"))
        return self._connection()

    def _report(self) -> None:
        for summary in self.held:
            self.summaries.append(summary)
            if self.on_summary is not None:
                self.on_summary(summary)
        self.held = []


#: The PostgreSQL advisory lock every import into a store takes per batch ("fieldbk" in ASCII).
IMPORT_LOCK = 0x6669656C64626B


#: What an import's connection calls itself while it holds the lock (``application_name``): who, and since when
#: (the run's start, in seconds since 1970, so that a run of several batches shows one time).
IMPORT_APPLICATION = "fieldbook import by {user} @{since}"
_IMPORTER_NAME = re.compile(r"^fieldbook import by (?P<user>.*?)(?: @(?P<since>\d+))?$")


def import_application_name(user: str, since: dt.datetime) -> str:
    return IMPORT_APPLICATION.format(user=_sql_text(user)[:24], since=int(since.timestamp()))


def parse_application_name(name: str | None) -> tuple[str, dt.datetime | None] | None:
    """(who, since) from an importing connection's application name; None for any other connection."""
    found = _IMPORTER_NAME.match(name or "")
    if found is None:
        return None
    since = found["since"]
    return found["user"], (dt.datetime.fromtimestamp(int(since), dt.timezone.utc) if since else None)


def _take_import_lock(conn: Connection, user: str, on_wait: Callable[[str], None] | None,
                      since: dt.datetime | None = None) -> None:
    """The store's import lock, held to the end of the batch's transaction: the ledger check, the reads and the
    writes of one import never interleave with another's. A second import waits, and says for whom."""
    name = import_application_name(user, since or dt.datetime.now(dt.timezone.utc))
    conn.exec_driver_sql(f"SET LOCAL application_name = '{name}'")
    if conn.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({IMPORT_LOCK})").scalar():
        return
    holder = conn.exec_driver_sql(
        "SELECT a.application_name, a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        f"WHERE l.locktype = 'advisory' AND l.granted AND l.objid = {IMPORT_LOCK & 0xFFFFFFFF} LIMIT 1").first()
    if on_wait is not None:
        who = (holder[0].split(" @")[0] if holder and holder[0] else None) or translate("exchange", "another import")
        if holder and holder[1]:
            on_wait(translate("exchange", "waiting: {who} is writing to this store since {time}; this import goes on "
                              "when it has committed").format(who=who, time=f"{holder[1]:%H:%M:%S}"))
        else:
            on_wait(translate("exchange", "waiting: {who} is writing to this store; this import goes on when it has "
                              "committed").format(who=who))
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK})")


def _sql_text(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum() or ch in " .-_@")[:40]


class ChangedMeanwhile(ImportRejected):
    """A record changed between reading it and writing it (another writer): nothing of the package is written."""


def _refused(summary: ImportSummary, records: int, exc: Exception) -> None:
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    summary.status = "rejected"
    summary.created = summary.updated = summary.unchanged = summary.stale = summary.deleted = 0
    summary.conflicts = 0
    summary.rejected = records
    reason = first[0] if first else type(exc).__name__
    if isinstance(exc, ImportRejected):  # refused by the import's own rules, not by the database
        summary.problems = [translate("exchange", "{reason}; nothing was imported").format(reason=reason)]
        return
    summary.problems = [translate("exchange", "the store refused the package ({reason}); nothing was imported")
                        .format(reason=reason)]


def _places(package: Package) -> Callable[[Version], str]:
    """Where each version of a package came from, for messages: "Initiatives row 6 (KEN-001)". The rows are looked
    through only when a message needs one (most packages never do)."""
    at: dict[tuple[str, Any], str] = {}

    def place(v: Version) -> str:
        if not at:
            labelled = translate("exchange", "{sheet} row {row} ({label})")
            plain = translate("exchange", "{sheet} row {row}")
            for entity, rows in package.records.items():
                sheet = fmt.ENTITY_SHEETS.get(entity, entity)
                for row in rows:
                    label = row.values.get("code") or row.values.get("name") or ""
                    at[(entity, row.values.get("id"))] = (labelled if label else plain).format(
                        sheet=sheet, row=row.row, label=label)
        return (None if v.is_tombstone else at.get((v.entity, v.record_id))) or \
            f"{fmt.DELETIONS_SHEET if v.is_tombstone else fmt.ENTITY_SHEETS.get(v.entity, v.entity)} ({v.record_id})"

    return place


def reader_priority(parent: int | None = None) -> None:
    """Run in each reader process: a lower scheduling priority, so the process writing the store — the one that
    cannot be split — always has a processor, and readers use whatever is left; and fewer garbage collector runs
    (desktop.core.collector), as the process does nothing but bulk work. The reader dies with ``parent`` (the
    process that started it; by default the reader's parent now): see :func:`_die_with_parent`."""
    _die_with_parent(os.getppid() if parent is None else parent)
    try:
        os.nice(10)
    except (AttributeError, OSError):  # Windows has no nice(); the readers then share evenly
        pass
    collect_less()


#: prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """A reader never outlives the process it reads for. Killed with SIGKILL, that process cannot shut its pool down,
    and an orphaned reader would wait for work forever (holding memory and the packages' data). On Linux the kernel
    kills the reader when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere, or when that is refused, a thread
    checks for the parent every second. A parent already gone before either was in place is caught here."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if not _parent_alive(parent):
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), name="fieldbook-watch-parent", daemon=True).start()


def _parent_alive(parent: int) -> bool:
    if sys.platform == "win32":  # Windows keeps the parent's id in a child: ask whether that process still runs
        return process_alive(parent)
    return os.getppid() == parent  # an orphan is adopted by init (or a subreaper)


def _watch_parent(parent: int) -> None:
    while _parent_alive(parent):
        time.sleep(1.0)
    os._exit(1)


def read_for_import(path: str, dialect: type[Dialect] | None = None) -> Package | str:
    """Read and check one package (run in a reader process): the package, or the one line that refuses it. Given
    the store's dialect, a valid package's rows are also prepared for it (:func:`prepare`), so that work is done
    here, beside the writing process, not by it."""
    try:
        package = read_package(path, keep_columns=dialect is not None)
    except ExchangeError as exc:
        return str(exc)
    if dialect is not None and package.report.valid:
        package.prepared = prepare(package, dialect())
    return package


@dataclass
class Prepared:
    """A package's rows as a store's driver takes them, and the counting rule's rows for them."""

    dialect: str  # what they were made for (_dialect_key)
    rows: dict[str, list[tuple[Any, ...]]]  # entity -> one driver row per record, in the package's order
    counted: list[tuple[Any, ...]]  # db.counting.counted_of all the package's beneficiary rows

    # The package's records travel to the writing process with these rows (read.Package.__getstate__). Their typed
    # values are left out: the driver rows hold the same values, and the writer needs most of them only as rows.
    # Building and pickling the values both ways was a quarter of the processor time of a pooled import.
    def packed(self, entity: str, rows: list[PackageRow]) -> dict[str, Any] | None:
        """An entity's records without their values, or None to send them as they are: a row edited by hand, or
        one with an unreadable cell, keeps its values (they are not all in its driver row)."""
        bound = self.rows.get(entity)
        if not rows or bound is None or len(bound) != len(rows):
            return None
        sheet, keys = rows[0].sheet, tuple(rows[0].values)
        codec = _codec(self.dialect, entity)
        extra = tuple(key for key in keys if key not in codec.at)
        width = len(keys)
        if any(r.sheet != sheet or r.edited or r.accepted_edit or r.unreadable or len(r.values) != width
               for r in rows):
            return None
        return {"sheet": sheet, "keys": keys, "numbers": [r.row for r in rows], "contents": [r.content for r in rows],
                "extra": {key: [r.values[key] for r in rows] for key in extra}}

    def unpacked(self, entity: str, packed: dict[str, Any]) -> list[PackageRow]:
        """The records :meth:`packed` sent, each with :class:`BoundValues` over its driver row."""
        codec = _codec(self.dialect, entity, packed["keys"])
        bound = self.rows[entity]
        at, decode = codec.id_at, codec.decoders[codec.id_at]
        ids = [decode(row[at]) for row in bound]  # every version needs its id
        extra = packed["extra"]
        extras = list(zip(*extra.values(), strict=True)) if extra else [()] * len(bound)
        sheet = packed["sheet"]
        return [PackageRow(sheet, number, BoundValues(row, codec, {"id": record_id, **dict(zip(extra, more))}),
                           frozenset(), content)
                for row, record_id, number, content, more in zip(bound, ids, packed["numbers"], packed["contents"],
                                                                 extras, strict=True)]


class _Codec:
    """How one entity's driver rows, made for one dialect, read back into values (db.bulk.Binder.decoders)."""

    def __init__(self, dialect: Dialect, entity: str, keys: tuple[str, ...] | None) -> None:
        binder = Binder(record_table(entity), dialect)
        self.at = {key: i for i, key in enumerate(binder.keys)}
        self.decoders = binder.decoders
        self.id_at = self.at["id"]
        self.keys = keys if keys is not None else tuple(binder.keys)  # the values' keys, in the reader's order

    def column(self, rows: Sequence[tuple[Any, ...]], key: str) -> list[Any]:
        """One column's values of these driver rows."""
        at = self.at[key]
        decode = self.decoders[at]
        if decode is None:
            return [row[at] for row in rows]
        return [None if row[at] is None else decode(row[at]) for row in rows]


_CODECS: dict[tuple[str, str, tuple[str, ...] | None], _Codec] = {}


def _codec(dialect: str, entity: str, keys: tuple[str, ...] | None = None) -> _Codec:
    codec = _CODECS.get((dialect, entity, keys))
    if codec is None:
        from sqlalchemy.dialects import registry

        codec = _CODECS[(dialect, entity, keys)] = _Codec(registry.load(dialect.replace("+", "."))(), entity, keys)
    return codec


class BoundValues(Mapping[str, Any]):
    """A record's values read from its driver row when asked for: one value for a key (kept once read), or all of
    them when iterated — what loading the row back from the store would give. Values not in the row (an
    initiative's SDG targets) are given with it."""

    __slots__ = ("_row", "_codec", "_known", "_complete")

    def __init__(self, row: tuple[Any, ...], codec: _Codec, known: dict[str, Any]) -> None:
        self._row, self._codec, self._known, self._complete = row, codec, known, False

    @property
    def codec(self) -> _Codec:
        return self._codec

    @property
    def row(self) -> tuple[Any, ...]:
        """The driver row the values are read from (made for the codec's dialect)."""
        return self._row

    def __getitem__(self, key: str) -> Any:
        known = self._known
        if key in known or self._complete:
            return known[key]
        at = self._codec.at[key]  # KeyError: no such column
        value = self._row[at]
        decode = self._codec.decoders[at]
        if value is not None and decode is not None:
            value = decode(value)
        known[key] = value
        return value

    def _all(self) -> dict[str, Any]:
        if not self._complete:
            self._known = {key: self[key] for key in self._codec.keys}
            self._complete = True
        return self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._codec.keys)

    def __repr__(self) -> str:
        return repr(self._all())


def _dialect_key(dialect: Dialect) -> str:
    return f"{dialect.name}+{dialect.driver}"


def prepare(package: Package, dialect: Dialect) -> Prepared:
    """Turn the package's records into the driver's rows for this dialect (the same conversions as
    :class:`db.bulk.Bulk`), and choose its counted beneficiary rows — what the store keeps for initiatives the
    package creates (apply_versions uses them only then)."""
    rows = {}
    read_columns, package.columns = package.columns, {}  # let them go with this call
    for entity, records in package.records.items():
        binder = Binder(record_table(entity), dialect)
        columns = read_columns.get(entity)
        if columns is not None and all(key in columns and len(columns[key][0]) == len(records)
                                       for key in binder.keys):
            rows[entity] = _driver_rows_of_columns(binder, columns, _text_conversions(entity, dialect))
        else:
            rows[entity] = _driver_rows(binder, [r.values for r in records])
    keys = Binder(record_table("beneficiary_count"), dialect).keys
    return Prepared(_dialect_key(dialect), rows, counted_of(rows.get("beneficiary_count", []), keys))


def _driver_rows(binder: Binder, records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """``[binder.row(values) for values in records]``, column by column: each column's conversion mapped over the
    whole column at once instead of looked up and called cell by cell (a third of preparing a package)."""
    if not records:
        return []
    keys = binder.keys
    try:
        table = list(map(operator.itemgetter(*keys), records))
    except KeyError:  # a record without some column: NULL there, as Binder.row gives it
        table = [tuple(values.get(key) for key in keys) for values in records]
    if len(keys) == 1:
        table = [(value,) for value in table]
    columns: list[Any] = list(zip(*table))
    for i, convert in binder.convert:
        columns[i] = _converted_column(columns[i], convert)
    return list(zip(*columns))


def _converted_column(column: Sequence[Any], convert: Callable[[Any], Any]) -> list[Any]:
    if type(None) in set(map(type, column)):
        return [None if value is None else convert(value) for value in column]
    return list(map(convert, column))


def _without_dashes(text: str) -> str:
    return text.replace("-", "")


def _as_written(text: str) -> str:
    return text


def _text_conversions(entity: str, dialect: Dialect) -> dict[str, Callable[[str], Any]]:
    """Column key → what turns the canonical text of a value (the digest's value, Package.columns) into the
    driver's value: an id's into its hex digits (both drivers take ids so here, db.bulk), a time's on SQLite into
    itself (db.types.UTCDateTime writes it so)."""
    out: dict[str, Callable[[str], Any]] = {}
    for column in record_table(entity).columns:
        if isinstance(column.type, Uuid):
            out[column.key] = _without_dashes
        elif isinstance(column.type, UTCDateTime) and dialect.name == "sqlite":
            out[column.key] = _as_written
    return out


def _driver_rows_of_columns(binder: Binder, columns: Mapping[str, tuple[list[Any], list[Any]]],
                            from_texts: Mapping[str, Callable[[str], Any]]) -> list[tuple[Any, ...]]:
    """The same rows as :func:`_driver_rows`, made from the columns as the reader read them (Package.columns): no
    row to take apart, and an id or a time is turned into the driver's value from its canonical text — an id is its
    hex digits without the dashes, a time on SQLite is that very text — not from the typed value."""
    out: list[Any] = []
    for key, convert in zip(binder.keys, binder.processor.values(), strict=True):
        typed, canonical = columns[key]
        if convert is None:
            out.append(typed)
            continue
        from_text = from_texts.get(key)
        if from_text is None or canonical is typed:
            out.append(_converted_column(typed, convert))
        elif set(map(type, canonical)) == {str}:
            out.append(list(map(from_text, canonical)))
        else:
            out.append([None if value is None else from_text(text) if text.__class__ is str else convert(value)
                        for value, text in zip(typed, canonical, strict=True)])
    return list(zip(*out))


#: Who a hand edit is attributed to when no editor is named (``--editor``).
ANONYMOUS_EDITOR = "spreadsheet edit"


def package_versions(package: Package, prepared: Prepared | None = None, *, editor: str | None = None,
                     when: str | None = None) -> list[Version]:
    """Every record version and tombstone of the package; with ``prepared``, each record carries its driver row.

    A row edited by hand since export (format 2: its fingerprint says so) becomes a new version, attributed to
    ``editor`` (or "spreadsheet edit") at ``when`` (default: now); a row that is an edit accepted before keeps its
    attribution (:mod:`desktop.exchange.versions`)."""
    source = package.report.digest or str(package.path)
    file = package.path.name
    editor = editor or ANONYMOUS_EDITOR
    when = when or fmt.timestamp_text(dt.datetime.now(dt.timezone.utc))
    out: list[Version] = []
    for entity in ENTITY_ORDER:
        rows = package.records.get(entity, [])
        bound_rows = prepared.rows.get(entity, []) if prepared is not None else [None] * len(rows)
        if rows and all(row.values.__class__ is BoundValues for row in rows):  # as Prepared.packed sent them
            out += _bound_versions(entity, rows, bound_rows, source, file)
            continue
        for row, bound in zip(rows, bound_rows, strict=True):
            if row.edited:
                out.append(hand_edited_version(entity, row.values, source, editor, file, when))
            else:
                out.append(record_version(entity, row.values, source, row.content or None, bound,
                                          edit=row.accepted_edit, file=file))
    out += [tombstone_version(t["entity"], t["record_id"], t["revision"], t["deleted_at"], t["office_code"], source,
                              file) for t in package.deletions]
    return out


def _bound_versions(entity: str, rows: list[PackageRow], bound_rows: list[tuple[Any, ...]], source: str,
                    file: str) -> list[Version]:
    """``record_version`` of each of these rows, none edited by hand, their values read from their driver rows
    (BoundValues): what a version is ordered by, decoded column by column."""
    codec = rows[0].values.codec  # type: ignore[attr-defined]
    own = [row.values.row for row in rows]  # type: ignore[attr-defined]  # (bound_rows may be for another store)
    revisions, times, offices = (codec.column(own, key) for key in ("revision", "updated_at", "office_code"))
    return [Version(entity=entity, record_id=row.values["id"], revision=revision, updated_at=time,
                    office_code=office, values=row.values, content=row.content, source=source, bound=bound,
                    file=file)
            for row, bound, revision, time, office in zip(rows, bound_rows, revisions, times, offices, strict=True)]


# ---------------------------------------------------------------------------------------------------------------


def _existing(conn: Connection, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, Version]:
    """The store's current version of each of these records."""
    table = record_table(entity)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(*record_columns(table)).where(table.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    if entity == "initiative" and found:
        links = InitiativeSdgTarget.__table__.c
        targets: dict[uuid.UUID, set[str]] = {key: set() for key in found}
        for chunk in chunks(list(found)):
            for initiative_id, code in conn.execute(
                select(links.initiative_id, links.target_code).where(links.initiative_id.in_(chunk))
            ):
                targets[initiative_id].add(code)
        for key, values in found.items():
            values["sdg_targets"] = frozenset(targets[key])
    return {key: record_version(entity, values) for key, values in found.items()}


def _existing_tombstones(conn: Connection, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, Version]:
    t = Tombstone.__table__.c
    out: dict[uuid.UUID, Version] = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(Tombstone.__table__).where(t.entity == entity, t.record_id.in_(chunk))):
            out[row.record_id] = tombstone_version(entity, row.record_id, row.revision, row.deleted_at,
                                                   row.office_code)
    return out


def apply_versions(
    conn: Connection, versions: Sequence[Version], summary: ImportSummary, digest: str, progress: Progress = NO_PROGRESS,
    *, refresh_counts: bool = True, counted: list[tuple[Any, ...]] | None = None,
    where: Callable[[Version], str] | None = None, reversal: Reversal | None = None,
    gone: Mapping[str, set[uuid.UUID]] | None = None,
) -> None:
    """Write the versions that win over what the store holds, counting what happened, inside the caller's
    transaction. Records in parent-to-child order, deletions last (children before parents).

    ``counted`` are the counting rule's rows of all these versions' beneficiary rows (:func:`prepare`): when every
    one of those rows was created here, for initiatives created here, they are what the store would choose, and are
    written as they are instead of reading the rows back to choose them again.

    Authority: a version may update, revive or delete a record only if it names the office that owns the record in
    the store (ownership never changes by import); otherwise :class:`ForeignRecords` refuses the whole package,
    naming each row (``where`` says where a version came from). A row whose parent the store has deleted is stale,
    never a broken reference. ``reversal`` notes what undoing these writes needs (:mod:`desktop.exchange.reversal`).
    ``gone``: records (entity -> ids) deleted by versions written in another call of the same write (a merge writes
    its deletions last), gone for the rows that point at them as this call's own deletions are."""
    place = where or (lambda v: f"{v.entity} {v.record_id}")
    foreign: list[str] = []
    by_entity: dict[str, list[Version]] = {entity: [] for entity in ENTITY_ORDER}
    deletions: list[Version] = []
    for version in versions:
        (deletions if version.is_tombstone else by_entity[version.entity]).append(version)
    gone_here: dict[str, set[uuid.UUID]] = {k: set(v) for k, v in (gone or {}).items()}  # parents deleted here
    for version in deletions:
        gone_here.setdefault(version.entity, set()).add(version.record_id)
    total = len(versions) or 1
    done = 0
    wrote: list[Version] = []  # the versions written (their rows now name this package as their source)
    tombstones = Bulk(conn, Tombstone.__table__)  # type: ignore[arg-type]
    new_initiatives: set[uuid.UUID] = set()
    previous: dict[uuid.UUID, Version] = {}  # the store's version of each record an incoming version met
    all_created = True  # every beneficiary row of these versions created here
    for entity, incoming in by_entity.items():
        if not incoming:
            continue
        table = record_table(entity)
        bulk = Bulk(conn, table)
        keys = bulk.keys  # the record's own columns (its provenance is written beside them)
        ids = [v.record_id for v in incoming]
        # Each id as the driver takes it (every id column has the same type): from the prepared row when there is one.
        at = keys.index("id")
        bound_ids = [v.bound[at] if v.bound is not None else bulk.bind("id", v.record_id) for v in incoming]
        # Most records of a package are new to the store: ask which ids exist before reading any row back.
        present = bulk.present("id", ids, bound=bound_ids)
        current = _existing(conn, entity, [i for i in ids if i in present]) if present else {}
        buried_ids = tombstones.present("record_id", ids, where=f"{tombstones.column('entity')} = {tombstones.mark}",
                                        params=(entity,), bound=bound_ids) if _any_tombstone(conn, entity) else set()
        buried = _existing_tombstones(conn, entity, list(buried_ids)) if buried_ids else {}
        for version in incoming if current or buried else ():  # (most packages meet no stored record)
            owned = current.get(version.record_id) or buried.get(version.record_id)
            if owned is not None and owned.office_code != version.office_code:
                foreign.append(translate("exchange", "{row}: owned by {owner}, not {office}").format(
                    row=place(version), owner=owned.office_code, office=version.office_code))
        if foreign:
            raise ForeignRecords(foreign)
        # A row pointing at a parent the store has deleted, or that these versions delete, is stale, new or not; a
        # reference the database would set to NULL (a product whose initiative is gone) is written NULL instead.
        orphans, detached = _orphans(conn, entity, incoming, gone_here)
        inserts: list[tuple[Any, ...]] = []
        edited_inserts: list[tuple[tuple[Any, ...], str | None]] = []  # (row, edited_by): new versions edited by hand
        updates: list[dict[str, Any]] = []
        revived: list[uuid.UUID] = []
        created_ids: list[uuid.UUID] = []
        # (Each lookup hashes a UUID, in Python: skipped where there is nothing to find, as in most packages.)
        for version in incoming:
            have = current.get(version.record_id) if current else None
            if orphans and version.record_id in orphans:
                summary.stale += 1  # its parent was deleted here: it has nothing to belong to
                continue
            values = version.values
            if detached and version.record_id in detached:
                values = {**values, **{column: None for column in detached[version.record_id]}}  # type: ignore[dict-item]
            if have is None:
                tomb = buried.get(version.record_id) if buried else None
                if tomb is not None and not wins_over(version, tomb):
                    summary.stale += 1  # deleted here later than this version was saved
                    continue
                if tomb is not None:
                    revived.append(version.record_id)
                created_ids.append(version.record_id)
                row = (version.bound if version.bound is not None and values is version.values
                       else bulk.row(values))  # type: ignore[arg-type]
                if version.edit is None:
                    inserts.append(row)
                else:
                    edited_inserts.append((row, _edit_text(version)))
                summary.created += 1
            elif have.content == version.content:
                summary.unchanged += 1
                continue
            elif wins_over(version, have := _marked(conn, have, version, previous)):
                updates.append({**{f"_{k}": values.get(k) for k in keys},  # type: ignore[union-attr]
                                "_seen": have.revision, "_source": digest, "_edited_by": _edit_text(version)})
                if have.revision == version.revision:
                    summary.conflicts += 1
                else:
                    summary.updated += 1
            else:
                if have.revision == version.revision:
                    summary.conflicts += 1
                else:
                    summary.stale += 1
                continue
            wrote.append(version)
            if version.edit is not None:
                _note_edit(summary, version, have)
        if reversal is not None:
            reversal.replaced(entity, updates, revived, current, buried, incoming)
        if revived:
            t = Tombstone.__table__.c
            for chunk in chunks(revived):
                conn.execute(delete(Tombstone.__table__).where(t.entity == entity, t.record_id.in_(chunk)))
        bulk.insert(inserts, provenance=(digest, None))
        for row, edited_by in edited_inserts:
            bulk.insert([row], provenance=(digest, edited_by))
        if entity == "beneficiary_count" and len(inserts) + len(edited_inserts) != len(incoming):
            all_created = False
        if updates:
            # Guarded by the revision read: a row another writer changed meanwhile is not overwritten blindly.
            result = conn.execute(guarded_update(table), updates)
            if result.rowcount is not None and 0 <= result.rowcount < len(updates):
                changed = len(updates) - result.rowcount
                raise ChangedMeanwhile(exchange.tr("%n {entity} record(s) changed in the store while this package "
                                                   "was imported; import it again", None, changed)
                                       .format(entity=entity))
        if entity == "initiative":
            new_initiatives = set(created_ids) - set(revived)  # nothing refers to these yet: no links, no counts
            if inserts or updates:
                written = set(created_ids) | {r["_id"] for r in updates}
                _write_sdg_targets(conn, {v.record_id: v for v in incoming if v.record_id in written},
                                   fresh=new_initiatives)
        done += len(incoming)
        if progress.cancelled():
            raise Cancelled()
        progress.set_value(done, total)

    # The counting rule's table follows every beneficiary row written or deleted here (db.counting).
    touched = _initiatives_of(conn, by_entity["beneficiary_count"])
    deleted: set[tuple[str, uuid.UUID]] = set()
    ordered = sorted(deletions, key=lambda v: -ENTITY_ORDER.index(v.entity))
    for version in ordered:  # authority first, for every deletion: the refusal names them all
        owned = (_existing(conn, version.entity, [version.record_id]).get(version.record_id)
                 or _existing_tombstones(conn, version.entity, [version.record_id]).get(version.record_id))
        if owned is not None and owned.office_code != version.office_code:
            foreign.append(translate("exchange", "{row}: deletes a record of {owner}, not of {office}").format(
                row=place(version), owner=owned.office_code, office=version.office_code))
    if foreign:
        raise ForeignRecords(foreign)
    for version in ordered:  # read again: an earlier deletion of this package may have changed what is stored
        gone = _apply_deletion(conn, version, summary, reversal)
        if gone is not None:
            deleted.add(version.key)
            if version.entity == "beneficiary_count" and gone:
                touched.add(gone["initiative_id"])
                all_created = False
    written = [version for version in wrote if not deleted or version.key not in deleted]
    if reversal is not None:
        reversal.sources = sources_of(conn, digest)  # what undo finds again (a row deleted since is gone from it)
    logged = _write_history(conn, [version for version in written
                                   if version.edit is not None and version.hand_edited], previous)
    if reversal is not None:
        reversal.log_ids = logged
    if refresh_counts:  # a merge's scratch store is only written out again: it needs no KPIs
        if counted is not None and all_created and touched <= new_initiatives:
            insert_counted(conn, counted)
        else:
            refresh_counted(conn, touched, new=new_initiatives)
    progress.set_value(total, total)


def _initiatives_of(conn: Connection, rows: Sequence[Version]) -> set[uuid.UUID]:
    """The initiatives of these beneficiary rows: from their driver rows where they have one, each distinct id
    read once."""
    codec = _codec(_dialect_key(conn.dialect), "beneficiary_count")
    at = codec.at["initiative_id"]
    decode = codec.decoders[at]
    bound = {v.bound[at] for v in rows if v.bound is not None}
    return ({v.values["initiative_id"] for v in rows if v.bound is None}  # type: ignore[index]
            | {None if value is None or decode is None else decode(value) for value in bound})


def _apply_deletion(conn: Connection, version: Version, summary: ImportSummary,
                    reversal: Reversal | None = None) -> Mapping[str, Any] | None:
    """Apply one tombstone. Returns the values of the row it deleted ({} when only the tombstone was recorded), or
    None when the store keeps what it has."""
    table = record_table(version.entity)
    have = _existing(conn, version.entity, [version.record_id]).get(version.record_id)
    if have is not None and not wins_over(version, have):
        summary.stale += 1  # the store holds a newer version than the deletion
        return None
    tomb = _existing_tombstones(conn, version.entity, [version.record_id]).get(version.record_id)
    if have is None and tomb is not None and not wins_over(version, tomb):
        summary.unchanged += 1  # already deleted, at the same or a later revision
        return None
    if reversal is not None:
        reversal.deleting(version, have, tomb)
    if have is not None:
        # The database cascades to children. Their own tombstones travel in the same package (applied before this
        # one); any child the package does not list still leaves a tombstone here, and no record source points at
        # a row that is gone — so a later package's row of it is stale, never a broken reference.
        _bury_children(conn, version)
        gone = conn.execute(delete(table).where(table.c.id == version.record_id,
                                                table.c.revision == have.revision))
        if gone.rowcount == 0:
            raise ChangedMeanwhile(translate("exchange", "the {entity} {id} changed in the store while this package "
                                             "was imported; import it again")
                                   .format(entity=version.entity, id=version.record_id))
    t = Tombstone.__table__.c
    conn.execute(delete(Tombstone.__table__).where(t.entity == version.entity, t.record_id == version.record_id))
    conn.execute(insert(Tombstone.__table__).values(
        entity=version.entity, record_id=version.record_id, revision=version.revision, deleted_at=version.updated_at,
        office_code=version.office_code))
    summary.deleted += 1
    return have.values if have is not None else {}


def _bury_children(conn: Connection, version: Version) -> None:
    """Tombstones (at the next revision, at the parent's deletion time) for the rows the database is about to
    cascade away with this parent."""
    t = Tombstone.__table__
    for child, column in CASCADES.get(version.entity, ()):
        table = record_table(child)
        rows = conn.execute(select(table.c.id, table.c.revision, table.c.office_code)
                            .where(table.c[column] == version.record_id)).all()
        for chunk in chunks(rows):
            ids = [row.id for row in chunk]
            conn.execute(delete(t).where(t.c.entity == child, t.c.record_id.in_(ids)))
            conn.execute(insert(t), [{"entity": child, "record_id": row.id, "revision": row.revision + 1,
                                      "deleted_at": version.updated_at, "office_code": row.office_code}
                                     for row in chunk])


def _orphans(conn: Connection, entity: str, incoming: Sequence[Version], gone_here: Mapping[str, set[uuid.UUID]]
             ) -> tuple[set[uuid.UUID], dict[uuid.UUID, list[str]]]:
    """The ids of these new rows whose parent the store has deleted (a tombstone, no row) or these versions delete,
    and the package does not bring back: stale; except where the database sets the reference to NULL when the parent
    goes (a knowledge product's initiative, a funding line's funder): those rows are kept, that reference NULL
    (id -> columns)."""
    out: set[uuid.UUID] = set()
    detached: dict[uuid.UUID, list[str]] = {}
    table_of = record_table(entity)
    for column, parent in PARENTS.get(entity, ()):
        if not gone_here.get(parent) and not _any_tombstone(conn, parent):  # nothing of that kind deleted (often so)
            continue
        wanted = {v.values.get(column) for v in incoming if v.values is not None} - {None}
        if not wanted:
            continue
        table = record_table(parent)
        present: set[Any] = set()
        for chunk in chunks(list(wanted)):
            present.update(conn.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        missing = wanted - present
        if not missing:
            continue
        buried = set(_existing_tombstones(conn, parent, list(missing))) | (missing & gone_here.get(parent, set()))
        if not buried:
            continue
        ids = {v.record_id for v in incoming if v.values is not None and v.values.get(column) in buried}
        if any((fk.ondelete or "").upper() == "SET NULL" for fk in table_of.c[column].foreign_keys):
            for record_id in ids:
                detached.setdefault(record_id, []).append(column)
        else:
            out |= ids
    return out, detached


def _any_tombstone(conn: Connection, entity: str) -> bool:
    """Whether the store holds any tombstone of this kind of record (one index probe)."""
    t = Tombstone.__table__.c
    return conn.scalar(select(t.record_id).where(t.entity == entity).limit(1)) is not None


def _write_sdg_targets(conn: Connection, initiatives: dict[uuid.UUID, Version], fresh: set[uuid.UUID]) -> None:
    """The SDG targets of these initiatives, replaced; ``fresh`` ones were just created and have none yet."""
    links = InitiativeSdgTarget.__table__
    replaced = [key for key in initiatives if key not in fresh]
    for chunk in chunks(replaced):
        conn.execute(delete(links).where(links.c.initiative_id.in_(chunk)))
    bulk = Bulk(conn, links)  # type: ignore[arg-type]
    bulk.insert([bulk.row({"initiative_id": key, "target_code": code}) for key, v in initiatives.items()
                 for code in sorted(v.values.get("sdg_targets") or ())])  # type: ignore[union-attr]


def _edit_text(version: Version) -> str | None:
    """A record row's edited_by: the attribution of a hand-edited version, as JSON (what the next export's HandEdits
    sheet carries on)."""
    return json.dumps(dict(version.edit), sort_keys=True, ensure_ascii=False) if version.edit is not None else None


def _marked(conn: Connection, have: Version, version: Version, previous: dict[uuid.UUID, Version]) -> Version:
    """The store's version an incoming one meets, remembered for the history, and — at the same revision, where a
    hand edit wins — marked as hand-edited if it was one."""
    if have.revision == version.revision and not have.hand_edited:
        have = _with_edit_mark(conn, have)
    previous[version.record_id] = have
    return have


def _with_edit_mark(conn: Connection, have: Version) -> Version:
    table = record_table(have.entity)
    edited = conn.scalar(select(table.c.edited_by).where(table.c.id == have.record_id))
    if edited is None:
        return have
    try:
        edit = json.loads(edited)
    except ValueError:
        edit = {"edited_by": str(edited)}
    return replace(have, hand_edited=True, edit=edit)


def _note_edit(summary: ImportSummary, version: Version, have: Version | None) -> None:
    """Count a hand-edited version taken in, and say what it changed, where and by whom."""
    if not version.hand_edited or version.edit is None:
        return
    summary.hand_edited += 1
    if len(summary.edits) >= 200:
        return
    sheet = fmt.ENTITY_SHEETS.get(version.entity, version.entity)
    if have is None or have.values is None or version.values is None:
        what = translate("exchange", "added")
    else:
        changes = [f"{key} {_said(old)} → {_said(new)}" for key, new, old in field_differences(version, have)
                   if key not in ("revision",)]
        what = ", ".join(changes) or translate("exchange", "no value changed")
    summary.edits.append(translate("exchange", "{sheet} {id}: {what} (edited by {editor} in {file}; now revision "
                                   "{revision})").format(sheet=sheet, id=version.record_id, what=what,
                                                         editor=version.edit.get("edited_by"),
                                                         file=version.edit.get("file"), revision=version.revision))


def _shown(value: Any) -> str:
    """A value as the record's history stores it (data: English, whatever the language of the import)."""
    if isinstance(value, (set, frozenset)):
        return " ".join(sorted(value)) or "(none)"
    return "(empty)" if value is None or value == "" else str(value)


def _said(value: Any) -> str:
    """A value as a person reads it in an import's summary, "(none)" and "(empty)" in the chosen language."""
    if isinstance(value, (set, frozenset)):
        return " ".join(sorted(value)) or translate("exchange", "(none)")
    return translate("exchange", "(empty)") if value is None or value == "" else str(value)


def _write_history(conn: Connection, versions: list[Version], previous: dict[uuid.UUID, Version]) -> list[int]:
    """Each hand-edited version taken in, in the record's history (change_log): field by field, by whom, from
    which file — so headquarters can tell a spreadsheet fix from the office's own entry. Returns the rows' ids."""
    if not versions:
        return []
    rows = []
    now = utcnow()
    for version in versions:
        edit = version.edit or {}
        by = f"{edit.get('edited_by', ANONYMOUS_EDITOR)} (spreadsheet edit in {edit.get('file', '?')})"[:100]
        have = previous.get(version.record_id)
        base = {"changed_at": now, "changed_by": by, "entity": version.entity, "record_id": version.record_id,
                "revision": version.revision}
        if have is None or have.values is None:
            rows.append({**base, "action": "create", "field": None, "old_value": None, "new_value": None})
            continue
        for key, new, old in field_differences(version, have):
            if key in ("revision",):
                continue
            rows.append({**base, "action": "update", "field": key, "old_value": _shown(old), "new_value": _shown(new)})
    if not rows:
        return []
    log = ChangeLog.__table__
    return [int(i) for i in conn.scalars(insert(log).returning(log.c.id), rows)]


def _gaps(conn: Connection, office: str, sequence: int | None) -> list[int]:
    if not office or sequence is None:
        return []
    ledger = PackageLedger.__table__.c
    seen = set(conn.scalars(select(ledger.sequence).where(ledger.office_code == office)))
    return [n for n in range(1, sequence) if n not in seen]


def _write_ledger(conn: Connection, summary: ImportSummary, package: Package, user: str) -> None:
    sources = package.manifest.get("sources")
    conn.execute(insert(PackageLedger.__table__).values(
        digest=summary.digest, office_code=summary.office_code, period=summary.period,
        sequence=summary.sequence or 0, file_name=Path(summary.file).name[:260], imported_at=utcnow(),
        imported_by=user, summary=json.dumps({**summary.counts(), "hand_edited": summary.hand_edited}),
        snapshot=summary.snapshot, sources=sources if isinstance(sources, str) else "[]", trust=summary.trust or None,
    ))


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------------------------


@dataclass
class LedgerEntry:
    digest: str
    office_code: str
    period: str
    sequence: int
    file_name: str
    imported_at: dt.datetime
    imported_by: str
    counts: dict[str, int]
    snapshot: str | None
    run: str | None = None  # the import run it came in (None: imported before runs were recorded)


def _entries(conn: Connection, where: Any = None) -> list[LedgerEntry]:
    table = PackageLedger.__table__
    reversal = ImportReversal.__table__
    query = (select(table, reversal.c.run).select_from(table.outerjoin(reversal, reversal.c.digest == table.c.digest))
             .order_by(table.c.imported_at.desc(), table.c.digest.desc()))
    if where is not None:
        query = query.where(where)
    return [LedgerEntry(r.digest, r.office_code, r.period, r.sequence, r.file_name, r.imported_at, r.imported_by,
                        json.loads(r.summary), r.snapshot, r.run) for r in conn.execute(query)]


def ledger(store: Store) -> list[LedgerEntry]:
    """Every imported package, newest first."""
    with store.engine.connect() as conn:
        return _entries(conn)


def _last_run(conn: Connection, store: Store) -> list[LedgerEntry]:
    """The packages of the newest import run, the last imported first; refused (one line) when there is none or it
    cannot be undone."""
    table = PackageLedger.__table__
    row = conn.execute(select(table.c.digest).order_by(table.c.imported_at.desc(), table.c.digest.desc())
                       .limit(1)).first()
    if row is None:
        raise ImportRejected(translate("exchange", "{path}: no import to undo").format(path=store.display_name))
    run = run_of(conn, row.digest)
    if run is None:
        last = _entries(conn, table.c.digest == row.digest)[0]
        said = translate("exchange", "{path}: {file} was imported by a version of Fieldbook that did not record how "
                         "to undo an import, so it cannot be undone here").format(path=store.display_name,
                                                                                 file=last.file_name)
        if last.snapshot and Path(last.snapshot).exists():
            said += "; " + translate("exchange", "the snapshot taken before it is {snapshot}").format(
                snapshot=last.snapshot)
        raise ImportRejected(said)
    digests = packages_of_run(conn, run)
    found = {e.digest: e for e in _entries(conn, table.c.digest.in_(digests))}
    return [found[d] for d in digests if d in found]


def last_import(store: Store) -> list[LedgerEntry]:
    """What "undo last import" would take back: the packages of the newest import run, the last imported first
    (a run of several packages is undone together, as the SQLite snapshot taken before it once restored it all).
    Raises :class:`ImportRejected` (one line) when there is nothing to undo, or it cannot be undone."""
    with store.engine.connect() as conn:
        return _last_run(conn, store)


def undo_last_import(store: Store, progress: Progress | None = None) -> list[LedgerEntry]:
    """Undo the newest import run, on SQLite or PostgreSQL, from its recorded reversal
    (:mod:`desktop.exchange.reversal`): what its packages created goes, what they updated or deleted comes back as
    it was, their ledger rows go. One transaction, holding the store's import lock (no import runs meanwhile):
    refused in one line, with nothing undone, when an edit or another import has touched the same records since.
    Returns the ledger entries of the packages undone; the store stays open."""
    if store.read_only:
        raise StoreUnwritable(read_only_text(store))
    with store.engine.connect() as conn:
        with conn.begin():
            if not store.is_sqlite:  # SQLite: this process is the file's only writer (its file lock)
                _take_import_lock(conn, store.user, None)
            entries = _last_run(conn, store)
            undo_packages(conn, [e.digest for e in entries], {e.digest: e.file_name for e in entries}, progress)
    return entries
