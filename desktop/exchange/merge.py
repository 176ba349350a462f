"""Merging packages, for regional officers: many offices' packages in, one valid package out, nothing dropped silently.

For each record the version ordering of :mod:`desktop.exchange.versions` picks the winner; identical copies are one
record; a different version at the same revision is a conflict, listed field by field in the report; an older
revision is listed as superseded. Invalid packages are left out and listed with their problems (or, with
``strict``, fail the whole merge). The output's manifest lists every source package — and the sources of merged
inputs — so merges of merges work.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
import xlsxwriter.exceptions

from db.errors import StoreError
from db.files import LEGACY_PART_SECONDS, disk_reason, output_file, scratch_folder, what_to_do
from db.store import open_store
from desktop import __version__
from desktop.exchange import format as fmt
from desktop.exchange.errors import ExchangeError, exchange
from desktop.core.i18n import translate
from desktop.exchange.export import export_package
from desktop.exchange.importer import (
    ImportSummary,
    apply_versions,
    default_readers,
    package_versions,
    read_for_import,
    read_in_processes,
)
from desktop.core.collector import collecting_less
from desktop.core.progress import NO_PROGRESS, Cancelled, Part, Progress
from desktop.exchange.read import Package
from desktop.exchange.digest import canonical_decimal_value
from desktop.exchange.versions import Conflict, Version, resolve


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
    winners: dict[Any, Version] = field(default_factory=dict, repr=False)
    twice: list[tuple[str, str]] = field(default_factory=list)  # (file, the earlier file with the same content)
    signed_by: str = ""  # the key that signed the merged package

    @property
    def hand_edited(self) -> list[Version]:
        """The hand-edited versions in the output that were found by this merge: the edit was found in the file the
        version came from (an edit accepted earlier keeps its attribution, naming the file it was found in then)."""
        return [v for v in self.winners.values() if v.hand_edited and v.edit and v.edit.get("file") == v.file]

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
    count = len(paths)
    sources: list[Source] = []
    left_out: list[Source] = []
    versions: list[Version] = []
    nested: list[dict[str, Any]] = []
    provenance: dict[str, list[str]] = {}  # what each signed source signed, carried so it can be checked later
    when = fmt.timestamp_text(dt.datetime.now(dt.timezone.utc))
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
                _take(package, strict, sources, left_out, nested, versions, editor, when)
                if package.report.valid:
                    provenance.update(package.provenance)
            progress.set_value(4 * (n + 1), 10 * count)
    if not sources:
        if left_out:
            raise MergeFailed(translate("exchange", "no valid package to merge ({problem})").format(
                problem=left_out[0].problems[0]))
        raise MergeFailed(translate("exchange", "no valid package to merge"))

    outcome = resolve(versions)
    winners = list(outcome.winners.values())
    periods = sorted({s.period for s in sources if s.period})
    out_period = period or (periods[-1] if periods else None)
    unique_sources = list({(s["digest"], s.get("office_code")): s for s in nested}.values())
    twice = _given_twice(sources)
    kept = {str(s.get("digest")) for s in unique_sources}
    out_path = _write_merged(winners, Path(out), label, out_period, unique_sources, progress, signer,
                             {digest: lines for digest, lines in provenance.items() if digest in kept})
    result = MergeResult(
        out=out_path.path, sources=sources, left_out=left_out, conflicts=outcome.conflicts,
        superseded=outcome.superseded, duplicates=outcome.duplicates,
        records=sum(1 for v in winners if not v.is_tombstone), deletions=sum(1 for v in winners if v.is_tombstone),
        digest=out_path.digest, winners=outcome.winners, twice=twice,
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
          nested: list[dict[str, Any]], versions: list[Version], editor: str | None = None,
          when: str | None = None) -> None:
    """One package read: its versions taken in, or — invalid — left out and listed (or the merge failed)."""
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
    versions.extend(package_versions(package, editor=editor, when=when))


def _write_merged(winners: list[Version], out: Path, label: str, period: str | None,
                  sources: list[dict[str, Any]], progress: Progress = NO_PROGRESS, signer: Any = None,
                  provenance: dict[str, list[str]] | None = None) -> Any:
    """Write the winning versions as one package, through a temporary store and the ordinary exporter (the last
    60 % of a merge's progress: the store a tenth, the package the rest).

    The temporary store holds every merged office's data: it is kept in a private scratch folder beside the output
    (not in the system's temporary folder, which may be small and is shared), removed when done, and — left by a
    killed merge — by the next merge or export into that folder (db.files)."""
    folder = out if out.suffix.lower() != ".xlsx" else out.parent  # a folder: the package gets its standard name
    _sweep_legacy_scratch()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with scratch_folder(folder, "merge") as scratch:
            with open_store(scratch / "merge.sqlite", user="merge") as store:
                with store.engine.begin() as conn:
                    apply_versions(conn, winners, ImportSummary(file="merge"), digest="merge",
                                   progress=Part(progress, 4, 10), refresh_counts=False)
                return export_package(store, out, period=period, merged_as=label, sources=sources,
                                      progress=Part(progress, 5, 10, width=5), signer=signer,
                                      provenance=provenance)
    except (StoreError, OSError, sqlite3.Error) as exc:  # the scratch store on a full disk, a read-only folder
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
