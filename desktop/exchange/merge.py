"""Merging packages, for regional officers: many offices' packages in, one valid package out, nothing dropped silently.

For each record the version ordering of :mod:`desktop.exchange.versions` picks the winner; identical copies are one
record; a different version at the same revision is a conflict, listed field by field in the report; an older
revision is listed as superseded. Invalid packages are left out and listed with their problems (or, with
``strict``, fail the whole merge). The output's manifest lists every source package — and the sources of merged
inputs — so merges of merges work.

Memory does not grow with the number of packages: each package's versions go to a SQLite file in the merge's
scratch folder as it is read (:class:`KeptVersions`), then each record is resolved from there and the winners are
written to the merged store a batch at a time, in the order one write of them all would take; the merged package is
written from that store as an office's is, its digests made from a scratch file too (export ``bounded``). What
stays in memory is what the report lists. The package and the report are the very ones the merge made when it held
every version in memory (tests/exchange/test_merge_memory.py compares the two).
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import pickle
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
import xlsxwriter.exceptions
from sqlalchemy import Connection, event

from db.errors import StoreError
from db.files import LEGACY_PART_SECONDS, disk_reason, output_file, scratch_folder, scratch_sqlite, what_to_do
from db.store import Store, open_store
from desktop import __version__
from desktop.exchange import format as fmt
from desktop.exchange.errors import ExchangeError, exchange
from desktop.core.i18n import translate
from desktop.exchange.export import export_package
from desktop.exchange.importer import (
    ENTITY_ORDER,
    ImportSummary,
    apply_versions,
    default_readers,
    package_versions,
    read_for_import,
    read_in_processes,
)
from desktop.core import rules
from desktop.core.collector import collecting_less
from desktop.core.progress import NO_PROGRESS, Cancelled, Part, Progress
from desktop.exchange.read import Package
from desktop.exchange.digest import canonical_decimal_value
from desktop.exchange.versions import Conflict, Version, resolve, variant


class MergeFailed(ExchangeError):
    pass


#: What a merged package keeps of each source's manifest: its signature and what it signed, so headquarters can
#: check each source against the office that made it (desktop.exchange.trust.check_sources).
SIGNATURE_KEYS = ("format_version", "signed_statement", "signature", "signer_key", "signer_fingerprint")


@dataclass
class Source:
    file: str
    office_code: str
    period: str
    sequence: int | None
    digest: str
    records: int = 0
    valid: bool = True
    problems: list[str] = field(default_factory=list)
    signature: dict[str, Any] = field(default_factory=dict)
    hand_edited: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"file": Path(self.file).name, "office_code": self.office_code, "period": self.period,
                "sequence": self.sequence, "digest": self.digest, **self.signature}


@dataclass
class MergeResult:
    out: Path | None
    sources: list[Source]
    left_out: list[Source]
    conflicts: list[Conflict]
    superseded: list[Version]
    duplicates: int
    records: int
    deletions: int
    digest: str = ""
    seconds: float = 0.0
    #: The winners the report names — of records with a superseded version, and the hand edits found by this merge —
    #: not every winner (those are in the package), by record, in the order the records first came.
    winners: dict[Any, Version] = field(default_factory=dict, repr=False)
    twice: list[tuple[str, str]] = field(default_factory=list)  # (file, the earlier file with the same content)
    signed_by: str = ""  # the key that signed the merged package

    @property
    def hand_edited(self) -> list[Version]:
        """The hand-edited versions in the output that were found by this merge: the edit was found in the file the
        version came from (an edit accepted earlier keeps its attribution, naming the file it was found in then)."""
        return [v for v in self.winners.values() if _found_here(v)]

    def line(self) -> str:
        packages, records, deletions = len(self.sources), self.records, self.deletions
        conflicts, superseded, duplicates = len(self.conflicts), len(self.superseded), self.duplicates
        text = translate("exchange", "{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, "
                         "{duplicates}").format(
            out=self.out,
            packages=exchange.tr("{count} package(s)", None, packages).format(count=f"{packages:,}"),
            records=exchange.tr("{count} record(s)", None, records).format(count=f"{records:,}"),
            deletions=exchange.tr("{count} deletion(s)", None, deletions).format(count=f"{deletions:,}"),
            conflicts=exchange.tr("{count} conflict(s)", None, conflicts).format(count=f"{conflicts:,}"),
            superseded=exchange.tr("{count} superseded", None, superseded).format(count=f"{superseded:,}"),
            duplicates=exchange.tr("{count} duplicate(s)", None, duplicates).format(count=f"{duplicates:,}"))
        edited = len(self.hand_edited)
        if edited:
            text += "; " + exchange.tr("%n hand-edited row(s) accepted as new versions", None, edited)
        for file, first in self.twice:
            text += "; " + translate("exchange", "{file} is the same package as {first} (one file given "
                                     "twice)").format(file=Path(file).name, first=Path(first).name)
        if self.left_out:
            invalid = len(self.left_out)
            text += "; " + exchange.tr("left out %n invalid: {files}", None, invalid).format(
                files=", ".join(Path(s.file).name for s in self.left_out))
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out), "digest": self.digest, "records": self.records, "deletions": self.deletions,
            "duplicates": self.duplicates, "sources": [s.as_json() for s in self.sources],
            "left_out": [{"file": s.file, "problems": s.problems} for s in self.left_out],
            "hand_edited": [{"entity": v.entity, "id": str(v.record_id), "revision": v.revision, **dict(v.edit or {})}
                            for v in self.hand_edited],
            "given_twice": [{"file": Path(a).name, "same_as": Path(b).name} for a, b in self.twice],
            "conflicts": [{"entity": c.winner.entity, "id": str(c.winner.record_id), "winner": c.winner.file,
                           "loser": c.loser.file, "winner_digest": c.winner.source, "loser_digest": c.loser.source,
                           "fields": [{"field": f, "winner": _text(a), "loser": _text(b)} for f, a, b in c.differences()]}
                          for c in self.conflicts],
            "superseded": [{"entity": v.entity, "id": str(v.record_id), "revision": v.revision, "source": v.source}
                           for v in self.superseded],
        }


def _source_of(package: Package) -> Source:
    m = package.manifest
    sequence = m.get("sequence")
    signature = {key: m[key] for key in SIGNATURE_KEYS if key in m} if m.get("signature") else {}
    return Source(str(package.path), str(m.get("office_code") or ""), str(m.get("period") or ""),
                  sequence if isinstance(sequence, int) else None, package.report.digest or "",
                  package.report.records, signature=signature, hand_edited=package.report.hand_edited)


@collecting_less()  # reading and resolving every record version is bulk work
def merge_packages(
    paths: list[str | Path],
    out: str | Path,
    *,
    report: str | Path | None = None,
    strict: bool = False,
    period: str | None = None,
    label: str = "MERGED",
    progress: Progress | None = None,
    readers: int | None = None,
    editor: str | None = None,
    signer: Any = None,
) -> MergeResult:
    """Merge the packages into one (``out``: a file, or a folder for the standard name), optionally writing the
    report workbook. Reading the packages is the first 40 % of the progress (by reader processes, ``readers`` of
    them, by default one per processor, while the packages before are taken in), the merged store 10 %, writing
    the merged package the rest. Cancelling raises ``Cancelled`` and writes nothing.

    Rows edited by hand become new versions attributed to ``editor`` (:func:`importer.package_versions`); the
    output is signed with ``signer`` (the region's key), and keeps each source's own signature."""
    started = time.perf_counter()
    progress = progress or NO_PROGRESS
    paths = [Path(p) for p in paths]
    out = Path(out)
    when = fmt.timestamp_text(dt.datetime.now(dt.timezone.utc))
    folder = out if out.suffix.lower() != ".xlsx" else out.parent  # a folder: the package gets its standard name
    _sweep_legacy_scratch()
    count = len(paths)
    sources: list[Source] = []
    left_out: list[Source] = []
    nested: list[dict[str, Any]] = []
    provenance: dict[str, list[str]] = {}  # what each signed source signed, carried so it can be checked later
    with ExitStack() as stack:
        # Everything the merge writes before the package — the versions read, the merged store — is kept in a
        # private scratch folder beside the output (not in the system's temporary folder, which may be small and is
        # shared), removed when done, and — left by a killed merge — by the next merge or export into that folder
        # (db.files).
        with _writing_in(folder):
            folder.mkdir(parents=True, exist_ok=True)
            scratch = stack.enter_context(scratch_folder(folder, "merge"))
            kept = stack.enter_context(closing(KeptVersions(scratch / "versions.sqlite")))
            store = stack.enter_context(open_store(scratch / "merge.sqlite", user="merge"))
            _throwaway(store)
        # The readers do not prepare the rows for the merged store (importer.prepare): on two processors they are
        # what a merge waits for while it reads, and a winner's row is made here as quickly from its values.
        with closing(_read_all(paths, default_readers(count) if readers is None else readers)) as packages:
            for n, (path, package) in enumerate(packages):
                if progress.cancelled():
                    raise Cancelled()
                if isinstance(package, str):
                    if strict:
                        raise MergeFailed(translate("exchange", "{problem} (--strict: nothing merged)").format(
                            problem=package))
                    left_out.append(Source(str(path), "", "", None, "", valid=False, problems=[package]))
                else:
                    with _writing_in(folder):
                        _take(package, strict, sources, left_out, nested, kept, editor, when)
                    if package.report.valid:
                        provenance.update(package.provenance)
                del package  # its versions are on disk now
                progress.set_value(4 * (n + 1), 10 * count)
        if not sources:
            if left_out:
                raise MergeFailed(translate("exchange", "no valid package to merge ({problem})").format(
                    problem=left_out[0].problems[0]))
            raise MergeFailed(translate("exchange", "no valid package to merge"))

        periods = sorted({s.period for s in sources if s.period})
        out_period = period or (periods[-1] if periods else None)
        unique_sources = list({(s["digest"], s.get("office_code")): s for s in nested}.values())
        twice = _given_twice(sources)
        signed = {str(s.get("digest")) for s in unique_sources}
        with _writing_in(folder):
            outcome, out_path = _write_merged(kept, store, out, label, out_period, unique_sources, progress, signer,
                                              {digest: lines for digest, lines in provenance.items()
                                               if digest in signed})
    result = MergeResult(
        out=out_path.path, sources=sources, left_out=left_out, conflicts=outcome.conflicts,
        superseded=outcome.superseded, duplicates=outcome.duplicates, records=outcome.records,
        deletions=outcome.deletions, digest=out_path.digest, winners=outcome.winners, twice=twice,
        signed_by=signer.fingerprint if signer is not None else "",
    )
    if report is not None:
        write_merge_report(result, Path(report))
    result.seconds = time.perf_counter() - started
    progress.set_value(1, 1)
    return result


def _given_twice(sources: list[Source]) -> list[tuple[str, str]]:
    """Packages given more than once (the same data, whatever the file is called): (the later file, the first)."""
    first: dict[str, str] = {}
    out = []
    for source in sources:
        if source.digest in first:
            out.append((source.file, first[source.digest]))
        else:
            first[source.digest] = source.file
    return out


def _read_all(paths: list[Path], readers: int) -> Iterator[tuple[Path, Package | str]]:
    """Each package, read (or the one line that refuses it), in order: by reader processes when there are any."""
    if readers > 0:
        yield from read_in_processes(paths, readers)
        return
    for path in paths:
        yield path, read_for_import(str(path))


def _take(package: Package, strict: bool, sources: list[Source], left_out: list[Source],
          nested: list[dict[str, Any]], kept: KeptVersions, editor: str | None = None,
          when: str | None = None) -> None:
    """One package read: its versions taken in (kept on disk), or — invalid — left out and listed (or the merge
    failed)."""
    source = _source_of(package)
    if not package.report.valid:
        source.valid = False
        source.problems = [p.line() for p in package.report.errors[:50]]
        if strict:
            errors = len(package.report.errors)
            raise MergeFailed(exchange.tr("{path}: %n errors, first: {problem} (--strict: nothing merged)", None,
                                          errors).format(path=package.path, problem=package.report.errors[0].line()))
        left_out.append(source)
        return
    sources.append(source)
    nested.extend(fmt.manifest_sources(package.manifest) or [source.as_json()])
    kept.add(package_versions(package, editor=editor, when=when))


def _write_merged(kept: KeptVersions, store: Store, out: Path, label: str, period: str | None,
                  sources: list[dict[str, Any]], progress: Progress = NO_PROGRESS, signer: Any = None,
                  provenance: dict[str, list[str]] | None = None) -> tuple[Resolved, Any]:
    """Resolve every record and write the winning versions as one package, through the merged store (a temporary
    one, in the scratch folder) and the ordinary exporter (the last 60 % of a merge's progress: the store a tenth,
    the package the rest)."""
    with store.engine.begin() as conn:
        outcome = kept.resolve_into(conn, Part(progress, 4, 10))
    kept.close()  # the export needs neither its file nor its cache
    return outcome, export_package(store, out, period=period, merged_as=label, sources=sources,
                                   progress=Part(progress, 5, 10, width=5), signer=signer, provenance=provenance,
                                   bounded=True)


#: The page cache of the merged store (a store's own is 64 MiB): it is written once, in the order of its indexes'
#: first columns mostly, and read once, by the export.
MERGED_CACHE_KIB = 24 * 1024


def _throwaway(store: Store) -> None:
    """The merged store is scratch, written in one transaction and read once: no journal to write twice (WAL), no
    syncing to disk (a merge that fails is thrown away whole), and a smaller page cache than a store's."""
    def configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:  # after the store's own settings
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{MERGED_CACHE_KIB}"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(store.engine, "connect", configure)
    store.engine.dispose()  # a connection made before is made again, with these


@contextmanager
def _writing_in(folder: Path) -> Iterator[None]:
    """The merge's scratch files and the package on a full disk, in a read-only folder: one readable line."""
    try:
        yield
    except (StoreError, OSError, sqlite3.Error) as exc:
        cause = getattr(exc, "orig", None) or exc
        if isinstance(cause, (OSError, sqlite3.Error)):
            reason, todo = disk_reason(cause), what_to_do(cause)
        elif "disk is full" in str(exc):
            reason = translate("exchange", "the disk is full")
            todo = translate("exchange", "free some space on that disk and try again")
        else:
            reason, todo = str(exc), translate("exchange", "check the folder and try again")
        raise MergeFailed(translate("exchange", "the merged package could not be written in {folder} ({reason}); "
                                    "nothing was written: {todo}").format(folder=folder, reason=reason,
                                                                           todo=todo)) from None


def _found_here(version: Version) -> bool:
    """A hand edit found by this merge: the edit was found in the file the version came from."""
    return bool(version.hand_edited and version.edit and version.edit.get("file") == version.file)


#: Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory
#: of the records it writes, whatever the number of packages.
WRITE_BATCH = 5_000
#: The page cache of the file of kept versions: enough for its index, which is what adding a version searches.
KEPT_CACHE_KIB = 16 * 1024


@dataclass
class Resolved:
    """A merge's outcome, record by record (versions.resolve), without the winners it wrote."""

    conflicts: list[Conflict] = field(default_factory=list)
    superseded: list[Version] = field(default_factory=list)
    duplicates: int = 0
    records: int = 0
    deletions: int = 0
    winners: dict[tuple[str, uuid.UUID], Version] = field(default_factory=dict)  # those the report names


class KeptVersions:
    """Every record version a merge reads, kept in a SQLite file while the packages are read, so that memory does
    not grow with their number.

    Of one record's versions only the first of each variant (versions.variant: its place in the order and its
    content) is kept; a later one is only counted, as the duplicate it is. Each kept version carries its arrival
    number, so every record is resolved from its kept versions in the order they came, and the report lists
    conflicts and superseded versions in the order a resolve over every version in memory would. Everything is in
    the file (in the merge's scratch folder), the sorting too: its index is made as the versions come."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = scratch_sqlite(path, KEPT_CACHE_KIB)
        self.db.execute("CREATE TABLE version (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, record_id BLOB NOT NULL, "
                        "variant BLOB NOT NULL, origin INTEGER NOT NULL, payload BLOB NOT NULL)")
        self.db.execute("CREATE UNIQUE INDEX version_variant ON version (entity, record_id, variant)")
        self.db.execute("CREATE INDEX version_entity ON version (entity)")  # each entity's, in the order they came
        # The winners that are deletions, applied after every record as one apply_versions call orders them: children
        # first (the entity's place in ENTITY_ORDER, negated), then in the order the records first came.
        self.db.execute("CREATE TABLE buried (after INTEGER NOT NULL, first INTEGER NOT NULL, seq INTEGER NOT NULL, "
                        "PRIMARY KEY (after, first)) WITHOUT ROWID")
        self.origins: list[tuple[str, str]] = []  # (source, file) of the versions, by number
        self._origin: dict[tuple[str, str], int] = {}
        self.layouts: list[tuple[str, ...]] = []  # the keys of the records' values, in their order, by number
        self._layout: dict[tuple[str, ...], int] = {}
        self.offered = 0  # versions given
        self.kept = 0  # versions kept: the first of each variant of each record

    def add(self, versions: Iterable[Version]) -> None:
        """Keep these versions (one package's), on disk."""
        rows = []
        for v in versions:
            origin = self._origin.get((v.source, v.file))
            if origin is None:
                origin = self._origin[(v.source, v.file)] = len(self.origins)
                self.origins.append((v.source, v.file))
            values = v.values
            if values is None:
                layout, packed = -1, None
                identity = [_packed(v.record_id), _packed(v.revision), _packed(v.updated_at), _packed(v.office_code)]
            else:
                keys = tuple(values)
                layout = self._layout.get(keys)
                if layout is None:
                    layout = self._layout[keys] = len(self.layouts)
                    self.layouts.append(keys)
                packed = [x if x.__class__ in _PLAIN else _packed(x) for x in values.values()]
                # A record's id, revision, time and office are the very values it holds: kept once.
                identity = [... if values.get(key, _ABSENT) is mine else _packed(mine) for key, mine in
                            zip(_IDENTITY, (v.record_id, v.revision, v.updated_at, v.office_code))]
            edit = None if v.edit is None else {k: _packed(x) for k, x in v.edit.items()}
            payload = marshal.dumps((layout, packed, identity, v.content, v.hand_edited, edit))
            rows.append((v.entity, v.record_id.bytes, variant(v), origin, payload))
        before = self.db.total_changes
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR IGNORE INTO version (entity, record_id, variant, origin, payload) "
                            "VALUES (?, ?, ?, ?, ?)", rows)
        self.db.execute("COMMIT")
        self.offered += len(rows)
        self.kept += self.db.total_changes - before

    def resolve_into(self, conn: Connection, progress: Progress = NO_PROGRESS) -> Resolved:
        """Resolve every record from its kept versions (versions.resolve) and write the winners into the merged
        store, ``WRITE_BATCH`` at a time, in the order one importer.apply_versions call of every winner (today's
        in-memory merge) writes them: records entity by entity, parents first, each entity's in the order the
        records first came; then deletions children first, in that order too. Only what the report lists stays in
        memory: which version won a contested record is kept in the file."""
        out = Resolved(duplicates=self.offered - self.kept)
        # (the record's first arrival, ...): sorted by it at the end, to list them in the order resolve() would.
        conflicts: list[tuple[int, list[Conflict]]] = []
        superseded: list[tuple[int, list[Version]]] = []
        named: list[tuple[int, Version]] = []
        self.db.execute("BEGIN")
        # A record with more than one version kept (where offices' packages overlap) is resolved first: its winner
        # takes the place of the record's first version (``won``), its other versions are left out (``lost``).
        self.db.execute("CREATE TABLE won (first INTEGER PRIMARY KEY, seq INTEGER NOT NULL)")
        self.db.execute("CREATE TABLE lost (seq INTEGER PRIMARY KEY)")
        contested = self.db.execute("SELECT entity, record_id FROM version GROUP BY entity, record_id "
                                    "HAVING count(*) > 1")
        for entity, record_id in contested:
            rows = self.db.execute("SELECT seq, origin, payload FROM version INDEXED BY version_variant "
                                   "WHERE entity = ? AND record_id = ? ORDER BY seq", (entity, record_id)).fetchall()
            versions = [self._version(entity, record_id, origin, payload) for _, origin, payload in rows]
            outcome = resolve(versions)
            [winner] = outcome.winners.values()
            first = rows[0][0]
            out.duplicates += outcome.duplicates
            if outcome.conflicts:
                conflicts.append((first, outcome.conflicts))
            if outcome.superseded:
                superseded.append((first, outcome.superseded))
            if outcome.superseded or _found_here(winner):
                named.append((first, winner))
            [seq] = [seq for (seq, _, _), version in zip(rows, versions) if version is winner]
            self.db.execute("INSERT INTO won VALUES (?, ?)", (first, seq))
            self.db.executemany("INSERT INTO lost VALUES (?)", [(row[0],) for row in rows[1:]])
        del contested

        summary = ImportSummary(file="merge")
        batch: list[Version] = []
        done = 0

        # The records whose winner is a deletion, by entity: parents come first, so a row that points at one of
        # them is known to be stale (or, where the database would set the reference to NULL, detached) when written.
        gone: dict[str, set[uuid.UUID]] = {}

        def write(versions: list[Version]) -> None:
            if progress.cancelled():
                raise Cancelled()
            if versions:
                apply_versions(conn, versions, summary, digest="merge", refresh_counts=False, gone=gone)
            progress.set_value(done, self.kept)

        entities = [row[0] for row in self.db.execute("SELECT DISTINCT entity FROM version")]
        for entity in sorted(entities, key=ENTITY_ORDER.index):
            # Each record at its first version's place, as the version that won it (itself, when uncontested).
            rows = self.db.execute(
                "SELECT v.seq, x.seq, w.seq IS NOT NULL, x.record_id, x.origin, x.payload FROM version v "
                "LEFT JOIN won w ON w.first = v.seq JOIN version x ON x.seq = coalesce(w.seq, v.seq) "
                "WHERE v.entity = ? AND v.seq NOT IN (SELECT seq FROM lost) ORDER BY v.seq", (entity,))
            for first, seq, was_contested, record_id, origin, payload in rows:
                done += 1
                winner = self._version(entity, record_id, origin, payload)
                if not was_contested and _found_here(winner):  # a contested one was named as it was resolved
                    named.append((first, winner))
                if winner.is_tombstone:
                    out.deletions += 1
                    gone.setdefault(entity, set()).add(winner.record_id)
                    self.db.execute("INSERT INTO buried VALUES (?, ?, ?)",
                                    (-ENTITY_ORDER.index(entity), first, seq))
                    continue
                out.records += 1
                batch.append(winner)
                if len(batch) >= WRITE_BATCH:
                    write(batch)
                    batch = []
        write(batch)
        batch = []
        rows = self.db.execute("SELECT v.entity, v.record_id, v.origin, v.payload FROM buried b "
                               "JOIN version v ON v.seq = b.seq ORDER BY b.after, b.first")
        for row in rows:
            batch.append(self._version(*row))
            if len(batch) >= WRITE_BATCH:
                write(batch)
                batch = []
        write(batch)
        self.db.execute("COMMIT")
        out.conflicts = [c for _, found in sorted(conflicts, key=_first) for c in found]
        out.superseded = [v for _, found in sorted(superseded, key=_first) for v in found]
        out.winners = {v.key: v for _, v in sorted(named, key=_first)}
        return out

    def _version(self, entity: str, record_id: bytes, origin: int, payload: bytes) -> Version:
        """A kept version as it was given: the same values, of the same types, in the same order."""
        layout, packed, identity, content, hand_edited, edit = marshal.loads(payload)
        if packed is None:
            values, fields = None, [_unpacked(x) for x in identity]
        else:
            values = dict(zip(self.layouts[layout], [_UNPACK[x[0]](x[1]) if x.__class__ is tuple else x
                                                     for x in packed]))
            fields = [values[key] if x is ... else _unpacked(x) for key, x in zip(_IDENTITY, identity)]
        record_id, revision, updated_at, office_code = fields
        source, file = self.origins[origin]
        if edit is not None:
            edit = {key: _unpacked(x) for key, x in edit.items()}
        return Version(entity=entity, record_id=record_id, revision=revision, updated_at=updated_at,
                       office_code=office_code, values=values, content=content, source=source,
                       hand_edited=hand_edited, edit=edit, file=file)

    def close(self) -> None:
        """Close and remove the file (it is in the scratch folder, which goes too)."""
        if self.db is not None:
            self.db.close()
            self.db = None  # type: ignore[assignment]
            self.path.unlink(missing_ok=True)


def _first(item: tuple[int, Any]) -> int:
    return item[0]


# A value kept on disk, as marshal writes it: plain values as they are; ids, times, amounts, dates and sets of codes
# as a (kind, data) pair that gives the same value back — times and dates as the state their pickling uses, which
# their constructors take back; anything else pickled (it is the merge's own file, read back by the same process).
_UUID, _UTC_TIME, _TIME, _DECIMAL, _DATE, _CODES, _PICKLED = range(7)
_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})


def _packed(value: Any) -> Any:
    kind = value.__class__
    if kind in _PLAIN:
        return value
    if kind is uuid.UUID:
        return (_UUID, value.int)
    if kind is dt.datetime:
        if value.tzinfo is dt.timezone.utc:
            return (_UTC_TIME, value.__reduce_ex__(4)[1][0])
        if value.tzinfo is None:
            return (_TIME, value.__reduce_ex__(4)[1][0])
    if kind is Decimal:
        return (_DECIMAL, str(value))
    if kind is dt.date:
        return (_DATE, value.__reduce_ex__(4)[1][0])
    if kind is frozenset and all(code.__class__ is str for code in value):
        return (_CODES, tuple(value))
    return (_PICKLED, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


_UNPACK: dict[int, Callable[[Any], Any]] = {
    _UUID: rules.uuid_of, _UTC_TIME: lambda state: dt.datetime(state, dt.timezone.utc),
    _TIME: dt.datetime, _DECIMAL: Decimal, _DATE: dt.date, _CODES: frozenset, _PICKLED: pickle.loads}


def _unpacked(value: Any) -> Any:
    if value.__class__ is tuple:
        kind, data = value
        return _UNPACK[kind](data)
    return value


#: The values a version's own fields are, for a record: Version.record_id is values["id"], and so on.
_IDENTITY = ("id", "revision", "updated_at", "office_code")
_ABSENT = object()


def _sweep_legacy_scratch() -> None:
    """Merges before scratch folders kept their temporary store in the system's temporary folder, where a killed
    merge left it (with every merged office's data): this user's, a day old, are removed."""
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        try:
            if (entry.name.startswith("fieldbook-merge-") and entry.is_dir(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_uid == os.getuid()
                    and time.time() - entry.stat(follow_symlinks=False).st_mtime > LEGACY_PART_SECONDS):
                shutil.rmtree(entry.path, ignore_errors=True)
        except (OSError, AttributeError):  # AttributeError: no getuid() on Windows
            continue


def write_merge_report(result: MergeResult, path: Path) -> Path:
    """A workbook a regional officer can read: sources, packages left out, conflicts field by field, superseded."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written in a scratch folder beside it (xlsxwriter's temporary files too), moved into place when complete.
        with output_file(path, "report") as scratch:
            _write_merge_report(result, scratch.partial, scratch.folder)
    except (OSError, xlsxwriter.exceptions.XlsxWriterException) as exc:
        raise MergeFailed(translate("exchange", "the merge report {path} could not be written ({reason}); the "
                                    "merged package {out} was written; {todo}")
                          .format(path=path, reason=disk_reason(exc), out=result.out, todo=what_to_do(exc))) from None
    return path


def _write_merge_report(result: MergeResult, partial: Path, scratch: Path) -> None:
    book = xlsxwriter.Workbook(str(partial), {"strings_to_formulas": False, "strings_to_urls": False,
                                              "tmpdir": str(scratch)})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    title = book.add_format({"bold": True, "font_size": 14})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})

    def sheet(name: str, heading: str, headers: list[str], widths: list[int]) -> Any:
        ws = book.add_worksheet(name)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(2)
        ws.write(0, 0, heading, title)
        ws.write_row(2, 0, headers, head)
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        ws.freeze_panes(3, 0)
        return ws

    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    # Sheet names stay as they are (a person, or a program, finds the sheets by them); headings are translated.
    ws = sheet("Sources", translate("exchange", "Merged into {file} · {time} · Fieldbook {version}").format(
                   file=Path(str(result.out)).name, time=generated, version=__version__),
               [translate("exchange", "File"), translate("exchange", "Office"), translate("exchange", "Period"),
                translate("exchange", "Sequence"), translate("exchange", "Records"),
                translate("exchange", "Digest (SHA-256)"), translate("exchange", "Status")],
               [34, 12, 10, 10, 10, 68, 30])
    row = 3
    merged, left_out = translate("exchange", "merged"), translate("exchange", "LEFT OUT: invalid (sheet Left out)")
    for s in result.sources + result.left_out:
        ws.write_row(row, 0, [Path(s.file).name, s.office_code, s.period, s.sequence, s.records, s.digest,
                              merged if s.valid else left_out])
        row += 1
    ws.merge_range(row + 1, 0, row + 2, 5, translate(
        "exchange", "{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} "
        "superseded versions, {duplicates} identical copies merged, {left_out} packages left out.").format(
            records=result.records, deletions=result.deletions, conflicts=len(result.conflicts),
            superseded=len(result.superseded), duplicates=result.duplicates, left_out=len(result.left_out)), wrap)

    ws = sheet("Left out", translate("exchange", "Packages left out of the merge, and why"),
               [translate("exchange", "File"), translate("exchange", "Problem")], [34, 120])
    row = 3
    for s in result.left_out:
        for problem in s.problems or [translate("exchange", "invalid")]:
            ws.write_row(row, 0, [Path(s.file).name, problem], wrap)
            row += 1

    ws = sheet("Conflicts", translate("exchange", "Same revision, different content: the winner is in the output, "
                                      "the loser only here"),
               [translate("exchange", "Entity"), translate("exchange", "Record"), translate("exchange", "Record id"),
                translate("exchange", "Revision"), translate("exchange", "Field"), translate("exchange", "Kept value"),
                translate("exchange", "Other value"), translate("exchange", "Kept from"),
                translate("exchange", "Other from")], [18, 30, 38, 9, 18, 36, 36, 22, 22])
    row = 3
    names = {s.digest: f"{s.office_code} #{s.sequence}" for s in result.sources}
    for conflict in result.conflicts:
        for name, kept, other in conflict.differences():
            if name == "(deleted)":  # a record against its deletion (versions.field_differences)
                name = translate("exchange", "(deleted)")
            ws.write_row(row, 0, [conflict.winner.entity, _describe(conflict.winner),
                                  str(conflict.winner.record_id), conflict.winner.revision, name, _text(kept),
                                  _text(other), _from(conflict.winner, names), _from(conflict.loser, names)])
            row += 1

    ws = sheet("Superseded", translate("exchange", "Older revisions replaced by a newer one (kept out of the "
                                       "output)"),
               [translate("exchange", "Entity"), translate("exchange", "Record"), translate("exchange", "Record id"),
                translate("exchange", "Revision"), translate("exchange", "From package"),
                translate("exchange", "Kept revision"), translate("exchange", "Kept from")],
               [18, 30, 38, 9, 22, 13, 22])
    row = 3
    for version in result.superseded:
        newer = result.winners.get(version.key)
        ws.write_row(row, 0, [version.entity, _describe(newer or version), str(version.record_id), version.revision,
                              _from(version, names), newer.revision if newer else "",
                              _from(newer, names) if newer else ""])
        row += 1
    book.close()


def _from(version: Version, names: dict[str, str]) -> str:
    """Which file a version came from, as a person names it: the file, with the package it is."""
    package = names.get(version.source, version.source[:12])
    if version.hand_edited:
        package = translate("exchange", "{package} (hand-edited)").format(package=package)
    return f"{version.file} — {package}" if version.file else package


def _describe(version: Version) -> str:
    """A name a person recognises: the title, name or code of the record, or its period and group."""
    values = version.values or {}
    for key in ("title", "name", "code", "reference"):
        if values.get(key):
            return str(values[key])
    if values.get("period"):
        return f"{values['period']} {values.get('group_code', '')} {values.get('reach_type', '')}".strip()
    return translate("exchange", "(deleted)") if version.is_tombstone else ""


def _text(value: Any) -> str:
    """A value as a person reads it: an amount as its digits (1200000, not '1200000.0'), a set of codes spaced."""
    if value is None:
        return ""
    if isinstance(value, (set, frozenset)):
        return " ".join(sorted(value))
    if isinstance(value, Decimal):
        return canonical_decimal_value(value)
    return str(value)
