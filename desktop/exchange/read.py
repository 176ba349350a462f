"""Reading and validating a package: container safety, structure, every row through the one rules module, digest.

:func:`read_package` returns the records it found (typed, as ``Record.as_dict()`` gives them) with a
:class:`ValidationReport`; :func:`validate_package` returns just the report. A file that is not a readable
Fieldbook package at all (broken, hostile, someone else's workbook, a newer format) raises ``PackageError`` with one
line naming the file. Everything else — a bad value, a missing column, a changed digest — is a ``PackageProblem``
located by file, sheet, row and column, so a person can find and fix it.
"""

from __future__ import annotations

import itertools
import operator
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from desktop.core import rules
from desktop.core.rules import Kind, Severity
from desktop.exchange import format as fmt
from desktop.exchange.container import inspect_container
from desktop.exchange import trust
from desktop.exchange.digest import DigestBuilder, RowsDigest, canonical_columns as digest_columns
from desktop.exchange.errors import PackageError, exchange, one_line
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress import NO_PROGRESS, Cancelled, Progress

PROGRESS_EVERY = 2000
#: At most this many problems are kept per file; a package with more is rejected anyway.
MAX_PROBLEMS = 10_000

#: A problem's severity as a person reads it (the value itself is a code, in JSON and in tests).
SEVERITY_LABELS = {Severity.ERROR: QT_TRANSLATE_NOOP("exchange", "error"),
                   Severity.WARNING: QT_TRANSLATE_NOOP("exchange", "warning")}


def plural_form(n: int) -> int:
    """A number a file says (any integer) as a count ``translate`` chooses a plural form by: Qt takes a 32-bit
    count, and a count below 0 says none. Past a billion, or below 0, the form follows the last two digits, as plural
    rules do for large numbers (English: "s" whenever the number is not 1)."""
    return n if 0 <= n < 1_000_000_000 else 1_000_000_000 + abs(n) % 100


def severity_label(severity: Severity) -> str:
    """"error" or "warning", in the chosen language."""
    return translate("exchange", SEVERITY_LABELS.get(severity, severity.value))


@dataclass(frozen=True, slots=True)
class PackageProblem:
    file: str
    sheet: str | None
    row: int | None  # as Excel numbers rows (1-based); None for the whole sheet or file
    column: str | None  # column letter
    key: str | None  # the column's machine key
    code: str
    severity: Severity
    message: str
    record_id: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def cell(self) -> str:
        return f"{self.column or ''}{self.row or ''}"

    def line(self) -> str:
        where = self.sheet or translate("exchange", "(file)")
        if self.row or self.column:
            where += f"!{self.cell}"
        if self.key:
            where += f" ({self.key})"
        return f"{where}: {severity_label(self.severity)} [{self.code}] {self.message}"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


@dataclass
class ValidationReport:
    file: Path
    problems: list[PackageProblem] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)
    row_counts: dict[str, int] = field(default_factory=dict)
    digest: str | None = None  # computed from the data read
    digest_matches: bool | None = None
    truncated: bool = False  # more than MAX_PROBLEMS problems
    seconds: float = 0.0
    rows_digest: str | None = None  # format 2: fingerprints as written, deletions, accepted edits (what is signed)
    edited_rows: dict[str, list[int]] = field(default_factory=dict)  # sheet → rows edited by hand since export
    signature: Any = None  # signing.SignatureCheck of a signed package; None when unsigned

    @property
    def hand_edited(self) -> int:
        return sum(len(rows) for rows in self.edited_rows.values())

    def edited_text(self) -> str:
        """``Beneficiaries rows 6, 9; Funding row 12``."""
        parts = []
        for sheet, rows in self.edited_rows.items():
            shown = ", ".join(map(str, rows[:20]))
            if len(rows) > 20:
                shown = translate("exchange", "{rows} and {count} more").format(rows=shown, count=f"{len(rows) - 20:,}")
            count = len(rows)
            parts.append(exchange.tr("{sheet} row(s) {rows}", None, count).format(sheet=sheet, rows=shown))
        return "; ".join(parts)

    @property
    def errors(self) -> list[PackageProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[PackageProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def valid(self) -> bool:
        """Valid means no errors; warnings are allowed."""
        return not self.errors

    @property
    def records(self) -> int:
        return sum(n for sheet, n in self.row_counts.items() if sheet in fmt.SHEET_ENTITIES)

    def summary(self) -> str:
        records, errors, warnings = self.records, len(self.errors), len(self.warnings)
        counts = {
            "records": exchange.tr("{count} record(s)", None, records).format(count=f"{records:,}"),
            "errors": exchange.tr("{count} error(s)", None, errors).format(count=f"{errors:,}"),
            "warnings": exchange.tr("{count} warning(s)", None, warnings).format(count=f"{warnings:,}"),
        }
        if self.valid:
            text = translate("exchange", "{file}: valid: {records}, {errors}, {warnings}")
        else:
            text = translate("exchange", "{file}: rejected: {records}, {errors}, {warnings}")
        text = text.format(file=self.file, **counts)
        return text + (translate("exchange", " (more problems not listed)") if self.truncated else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "valid": self.valid,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "records": self.records,
            "row_counts": self.row_counts,
            "digest": self.digest,
            "digest_matches": self.digest_matches,
            "manifest": {k: v for k, v in self.manifest.items()},
            "hand_edited": {sheet: rows for sheet, rows in self.edited_rows.items()},
            "signature": self.signature.as_json() if self.signature is not None else None,
            "truncated": self.truncated,
            "problems": [p.as_json() for p in self.problems],
        }


@dataclass
class PackageRow:
    """One record as read: its typed values and where it came from."""

    sheet: str
    row: int
    values: dict[str, Any]
    unreadable: frozenset[str] = frozenset()  # fields whose cell could not be read as their type (already reported)
    content: str = ""  # the canonical line of the digest: merge and import compare versions by it
    edited: bool = False  # format 2: its content differs from its fingerprint (or it has none): edited by hand
    accepted_edit: dict[str, Any] | None = None  # format 2: a hand edit accepted before (HandEdits): who, when, where


@dataclass
class Package:
    path: Path
    manifest: dict[str, Any]
    records: dict[str, list[PackageRow]]  # entity → rows in sheet order
    deletions: list[dict[str, Any]]
    report: ValidationReport
    prepared: Any = None  # importer.Prepared: its rows in a store's driver form, made by the process that read it

    hand_edits: list[dict[str, Any]] = field(default_factory=list)  # the HandEdits sheet (format 2)
    #: Signed lines by source package (data digest): a signed office package's own, a merged package's Provenance.
    provenance: dict[str, list[str]] = field(default_factory=dict)
    #: Entity → column key → (typed values, the digest's values) of its records, column by column as read: the
    #: digest's values are canonical (digest.canonical_columns: an id or a time as its package text). Kept only for
    #: an import (``read_package(…, keep_columns=True)``), which prepares the store's rows from them and lets them
    #: go (importer.prepare); never pickled.
    columns: dict[str, dict[str, tuple[list[Any], list[Any]]]] = field(default_factory=dict, repr=False,
                                                                        compare=False)

    def as_dicts(self, entity: str) -> list[dict[str, Any]]:
        return [row.values for row in self.records.get(entity, [])]

    # A package read by a reader process is pickled to the process that writes the store. Pickled as they are, its
    # rows — a dict per record, a UUID object per id — cost more to pickle and unpickle than reading them took to
    # check; column by column, ids as integers, about half as much. Unpickled, the package is equal to the original.
    # Prepared for a store (importer.Prepared), the rows travel without their values at all: the writer reads them
    # back from the driver rows, and only where it needs them.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["columns"] = {}
        prepared = self.prepared
        state["records"] = {entity: (prepared.packed(entity, rows) if prepared is not None else None) or _packed(rows)
                            for entity, rows in self.records.items()}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        prepared = state.get("prepared")
        state["records"] = {entity: prepared.unpacked(entity, packed) if isinstance(packed, dict) else _unpacked(packed)
                            for entity, packed in state["records"].items()}
        self.__dict__.update(state)


_UUID = uuid.UUID


def _packed(rows: list[PackageRow]) -> Any:
    """An entity's rows, column by column (see Package.__getstate__); the rows as they are when they do not all have
    the same sheet and the same keys."""
    if not rows:
        return rows
    sheet, keys = rows[0].sheet, tuple(rows[0].values)
    width = len(keys)
    if width < 2 or any(r.sheet != sheet or len(r.values) != width for r in rows):
        return rows
    pick = operator.itemgetter(*keys)
    try:
        table = [pick(r.values) for r in rows]
    except KeyError:
        return rows
    columns: list[tuple[bool, Any]] = []
    for column in zip(*table, strict=True):
        if any(v.__class__ is _UUID for v in column) and all(v is None or v.__class__ is _UUID for v in column):
            columns.append((True, [None if v is None else v.int for v in column]))
        else:
            columns.append((False, column))
    return (sheet, keys, columns, [r.row for r in rows], [r.unreadable for r in rows], [r.content for r in rows],
            [(r.edited, r.accepted_edit) if r.edited or r.accepted_edit else None for r in rows])


def _unpacked(packed: Any) -> list[PackageRow]:
    if isinstance(packed, list):
        return packed
    sheet, keys, columns, numbers, unreadable, contents, edits = packed
    table = zip(*[rules.uuids_of(column) if ids else column for ids, column in columns], strict=True)
    return [PackageRow(sheet, number, dict(zip(keys, values, strict=True)), bad, content,
                       *(edit if edit is not None else (False, None)))
            for values, number, bad, content, edit in zip(table, numbers, unreadable, contents, edits, strict=True)]


def validate_package(path: str | Path, progress: Progress | None = None) -> ValidationReport:
    return read_package(path, progress).report


def read_package(path: str | Path, progress: Progress | None = None, *, keep_columns: bool = False) -> Package:
    started = time.perf_counter()
    path = Path(path)
    progress = progress or NO_PROGRESS
    inspect_container(path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine's own errors: broken XML, a missing part, …
        if not _parser_failed(exc):
            raise
        raise PackageError(path, translate("exchange", "cannot be read as a workbook ({reason}); the file is damaged "
                                           "or was changed by another program: ask for the package to be exported "
                                           "again").format(reason=_first_line(exc))) from None
    with book:
        reader = _Reader(path, book, progress, keep_columns)
        package = reader.read()
    package.report.seconds = time.perf_counter() - started
    return package


_SHEET_ORDER = {name: n for n, name in enumerate((fmt.MANIFEST_SHEET, *fmt.ENTITY_SHEETS.values(),
                                                  fmt.DELETIONS_SHEET, fmt.HAND_EDITS_SHEET))}


def _problem_order(problem: PackageProblem) -> tuple[Any, ...]:
    """Problems by sheet (in the workbook's order; the whole file first), row, then column (A … Z, AA …)."""
    column = problem.column or ""
    return (_SHEET_ORDER.get(problem.sheet or "", -1), problem.row or 0, len(column), column)


def _parser_failed(exc: BaseException) -> bool:
    """An error of python-calamine's: an exception, or a panic of its Rust code on a value it cannot convert (a
    date-formatted cell of -1e16), which pyo3 raises as PanicException — a BaseException, so ``except Exception``
    lets it through as a traceback."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__


#: Sheet name → its rows of cell values, streamed, from row 1 and column A.
RawSheets = dict[str, Iterator[list[Any]]]
# Up-conversion: each later format version adds an entry here that turns raw sheets of version N into version N + 1,
# so every earlier version is read by the same code.


def _header_only(columns: tuple[tuple[str, str, str], ...]) -> Iterator[list[Any]]:
    yield from ([list(texts) for texts in zip(*columns)])


def _from_version_1(raw: RawSheets) -> RawSheets:
    """Version 1 → 2: no row fingerprints (edits are found by the digest only, as version 1 did), no readable link
    columns (both are optional to the reader for a version 1 package) and no hand edits accepted yet."""
    raw = dict(raw)
    raw.setdefault(fmt.HAND_EDITS_SHEET, _header_only(fmt.HAND_EDIT_COLUMNS))
    return raw


UPCONVERTERS: dict[int, Callable[[RawSheets], RawSheets]] = {1: _from_version_1}


_HEX = "0123456789abcdef"


def _canonical_uuid(text: str) -> bool:
    """Already an id's canonical text (``str(uuid.UUID(text)) == text``), given that it parsed: 36 characters,
    lower-case hex, dashes where str() puts them (UUID() would also take braces, capitals, '+' or '_')."""
    return (len(text) == 36 and text[8] == "-" and text[13] == "-" and text[18] == "-" and text[23] == "-"
            and not text.replace("-", "").strip(_HEX))


def _canonical_datetime(text: str) -> bool:
    """Already a time's canonical text (``2023-07-01T09:30:00.000000Z``, as the digest writes it), given that it
    parsed: that exact shape, every separator in place, a four-digit year from 1000 (strftime writes fewer), an hour
    below 24 (newer Pythons read T24:00 as the next midnight)."""
    return (len(text) == 27 and text[26] == "Z" and text[4] == "-" and text[7] == "-" and text[10] == "T"
            and text[13] == ":" and text[16] == ":" and text[19] == "." and text[0] != "0" and text[11:13] <= "23"
            and text[:26].replace("-", "").replace(":", "").replace(".", "").replace("T", "").isdigit()
            and text[:26].isascii())


_DASHES = operator.itemgetter(8, 13, 18, 23)
_DATETIME_MARKS = operator.itemgetter(4, 7, 10, 13, 16, 19, 26)
_FIRST = operator.itemgetter(0)
_HOURS = operator.itemgetter(slice(11, 13))


def _all_canonical_uuids(cells: list[Any]) -> bool:
    """:func:`_canonical_uuid` of every cell, the column at once (every cell text, none empty)."""
    return (bool(cells) and set(map(type, cells)) == {str} and set(map(len, cells)) == {36}
            and set(map(_DASHES, cells)) == {("-", "-", "-", "-")}
            and not "".join(cells).replace("-", "").strip(_HEX))


def _all_canonical_datetimes(cells: list[Any]) -> bool:
    """:func:`_canonical_datetime` of every cell, the column at once (every cell text, none empty): one "Z" per
    cell, where the shape puts it, so that taking every "Z" out of the column takes out only those."""
    if not cells or set(map(type, cells)) != {str} or set(map(len, cells)) != {27}:
        return False
    if set(map(_DATETIME_MARKS, cells)) != {("-", "-", "T", ":", ":", ".", "Z")} or "0" in set(map(_FIRST, cells)):
        return False
    joined = "".join(cells)
    return (max(map(_HOURS, cells)) <= "23" and joined.count("Z") == len(cells) and joined.isascii()
            and joined.replace("-", "").replace(":", "").replace(".", "").replace("T", "").replace("Z", "").isdigit())


#: Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out
#: again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks
#: that text taken so is exactly what the typed value would have been written as.
_AS_WRITTEN: dict[Kind, Callable[[str], bool]] = {Kind.UUID: _canonical_uuid, Kind.DATETIME: _canonical_datetime}
#: The same, asked of a whole column at once.
_ALL_AS_WRITTEN: dict[Kind, Callable[[list[Any]], bool]] = {Kind.UUID: _all_canonical_uuids,
                                                            Kind.DATETIME: _all_canonical_datetimes}


def _column(rows: list[list[Any]], col: int) -> list[Any]:
    """The cells of one column, ``""`` where a row is shorter; any escaped text unescaped (format.escape_text)."""
    if rows and min(map(len, rows)) > col:
        cells = list(map(operator.itemgetter(col), rows))
    else:
        cells = [row[col] if col < len(row) else "" for row in rows]
    mark = fmt.ESCAPE
    classes = set(map(type, cells))
    if str not in classes:
        return cells
    if classes == {str}:
        escaped = mark in "".join(cells)
    else:
        escaped = any(value.__class__ is str and mark in value for value in cells)
    if escaped:
        unescape = fmt.unescape_text
        cells = [unescape(value) if value.__class__ is str and mark in value else value for value in cells]
    return cells


def _converted(spec: rules.FieldSpec, cells: list[Any], is_text: bool, convert: Callable[[Any], Any],
               as_written: Callable[[str], bool] | None) -> tuple[list[Any], list[Any]] | tuple[None, None]:
    """A column's typed values and the digest's values for them, converted at once; ``(None, None)`` when some
    cell cannot be read (the caller then goes cell by cell). Text is kept exactly as written."""
    if is_text and (not cells or set(map(type, cells)) == {str}):
        return cells, cells
    try:
        if is_text:
            typed = [value if value.__class__ is str else convert(value) for value in cells]
        else:
            typed = rules.coerce_column(spec, cells)
            if typed is None:
                typed = list(map(convert, cells))
    except rules.CoercionError:
        return None, None
    if as_written is None:
        return typed, typed
    if _ALL_AS_WRITTEN[spec.kind](cells):
        return typed, cells
    return typed, [value if value_typed is not None and value.__class__ is str and as_written(value) else value_typed
                   for value, value_typed in zip(cells, typed)]


class _Reader:
    def __init__(self, path: Path, book: python_calamine.CalamineWorkbook, progress: Progress,
                 keep_columns: bool = False) -> None:
        self.path = path
        self.file = str(path)
        self.book = book
        self.progress = progress
        self.report = ValidationReport(path)
        self.positions: dict[str, dict[str, int]] = {}  # entity → column key → index
        self.deletion_rows: list[int] = []  # the Excel row of each deletion read, for messages
        self.deletion_positions: dict[str, int] = {}
        self.version = fmt.FORMAT_VERSION
        self.rows_digest = RowsDigest()
        self.link_cells: dict[str, list[tuple[int, int, str, str, Any]]] = {}  # entity → (row, col, key, text, id)
        self.keep_columns = keep_columns
        self.columns: dict[str, dict[str, tuple[list[Any], list[Any]]]] = {}  # Package.columns

    # -- problems ---------------------------------------------------------------------------------------------

    def problem(self, sheet: str | None, row: int | None, col: int | None, key: str | None, code: str,
                severity: Severity, message: str, record_id: str | None = None) -> None:
        if len(self.report.problems) >= MAX_PROBLEMS:
            self.report.truncated = True
            return
        letter = fmt.column_letter(col) if col is not None else None
        # A problem is one line a person can read, whatever the cells it quotes hold.
        message, key = one_line(message), one_line(key) if key else key
        self.report.problems.append(
            PackageProblem(self.file, sheet, row, letter, key, code, severity, message, record_id))

    def error(self, sheet: str | None, row: int | None, col: int | None, key: str | None, code: str,
              message: str) -> None:
        self.problem(sheet, row, col, key, code, Severity.ERROR, message)

    def warning(self, sheet: str | None, row: int | None, col: int | None, key: str | None, code: str,
                message: str) -> None:
        self.problem(sheet, row, col, key, code, Severity.WARNING, message)

    # -- reading ----------------------------------------------------------------------------------------------

    def sheet_rows(self, name: str) -> Iterator[list[Any]]:
        """The rows of a sheet, streamed. The sheet is parsed when the first row is asked for and let go after the
        last, so only one sheet is held in memory at a time."""
        try:
            sheet = self.book.get_sheet_by_name(name)
            rows = sheet.iter_rows()
            # iter_rows starts at row 1 but at the first used column: put back the blank columns before it.
            pad = [""] * (sheet.start[1] if sheet.start else 0)
            del sheet
            # Cells are converted as rows are asked for: a date-formatted number out of range fails here (a panic,
            # or an OverflowError making the timedelta).
            for row in rows:
                yield pad + row if pad else row
        except BaseException as exc:
            if not _parser_failed(exc):
                raise  # GeneratorExit when the reader stops early, KeyboardInterrupt, …
            raise PackageError(self.path, translate("exchange", "sheet {name} cannot be read ({reason}); the file is "
                                                    "damaged or was changed by another program: ask for the package "
                                                    "to be exported again")
                               .format(name=name, reason=_first_line(exc))) from None

    def read(self) -> Package:
        names = set(self.book.sheet_names)
        if fmt.MANIFEST_SHEET not in names:
            raise PackageError(self.path, translate("exchange", "is not a Fieldbook package (it has no Manifest "
                                                    "sheet)"))
        manifest = self.read_manifest()
        version = manifest["format_version"]
        self.version = version
        raw: RawSheets = {}
        for sheet in (*fmt.ENTITY_SHEETS.values(), fmt.DELETIONS_SHEET, fmt.HAND_EDITS_SHEET, fmt.PROVENANCE_SHEET):
            if sheet in names:
                raw[sheet] = self.sheet_rows(sheet)
        for from_version in range(version, fmt.FORMAT_VERSION):
            raw = UPCONVERTERS[from_version](raw)

        # Progress counts rows against what the manifest says there are (sheets are streamed, not counted first).
        total = sum(v for k, v in manifest.items() if k.startswith("rows.") and isinstance(v, int)) or 1
        self.done, self.total = 0, total
        digest = DigestBuilder()
        self.rows_digest = digest.rows
        records: dict[str, list[PackageRow]] = {}
        for entity, sheet in fmt.ENTITY_SHEETS.items():
            add = digest.add_entity(entity, converted=True)  # read_entity gives canonical_columns' rows
            if sheet not in raw:
                self.error(sheet, None, None, None, "sheet_missing",
                           translate("exchange", "The sheet {sheet} is missing").format(sheet=sheet))
                continue
            records[entity] = self.read_entity(entity, sheet, raw.pop(sheet), add)
        deletions = self.read_deletions(raw.get(fmt.DELETIONS_SHEET), digest)
        hand_edits = self.read_hand_edits(raw.get(fmt.HAND_EDITS_SHEET), records, digest)
        provenance = self.read_provenance(raw.get(fmt.PROVENANCE_SHEET))
        self.check_records(records)
        self.check_owners(manifest, records, deletions)
        self.check_links(records)

        report = self.report
        report.manifest = manifest
        report.digest = digest.hexdigest()
        report.rows_digest = digest.rows.hexdigest() if version >= 2 else None
        for entity, rows in records.items():
            edited = [row.row for row in rows if row.edited]
            if edited:
                report.edited_rows[fmt.ENTITY_SHEETS[entity]] = edited
        claimed = manifest.get("data_sha256")
        report.digest_matches = claimed == report.digest
        if not report.digest_matches:
            if report.edited_rows:
                said = translate("exchange", "The data differs from what was exported (digest mismatch): edited by "
                                 "hand: {rows} (merge and import take each edit as a new version, attributed to the "
                                 "editor)").format(rows=report.edited_text())
            else:
                said = translate("exchange", "The data differs from what was exported (digest mismatch): it was "
                                 "changed by hand or damaged")
            self.warning(fmt.MANIFEST_SHEET, self.manifest_rows.get("data_sha256"), 1, "data_sha256", "digest", said)
        if "signature" in manifest:
            report.signature = trust.check_manifest(manifest, report.rows_digest)
            if not report.signature.valid:
                self.error(fmt.MANIFEST_SHEET, self.manifest_rows.get("signature"), 1, "signature", "signature",
                           report.signature.problem)
            elif not fmt.manifest_sources(manifest):
                provenance = {report.digest: digest.rows.lines()}  # what a merge carries of it
        if fmt.manifest_sources(manifest) and version >= 2:
            for found in trust.check_provenance(manifest, records, deletions, provenance, self.deletion_rows):
                col = self.positions.get(fmt.SHEET_ENTITIES.get(found.sheet, ""), {}).get(found.key or "")
                if found.sheet == fmt.DELETIONS_SHEET:
                    col = self.deletion_positions.get(found.key or "")
                self.error(found.sheet, found.row, col, found.key, "provenance", found.message)
        for sheet, count in report.row_counts.items():
            said = manifest.get(f"rows.{sheet}")
            if isinstance(said, int) and said != count:
                form = plural_form(said)  # the manifest may say any number
                self.warning(fmt.MANIFEST_SHEET, self.manifest_rows.get(f"rows.{sheet}"), 1, f"rows.{sheet}",
                             "row_count", exchange.tr("The manifest says {rows} row(s) in {sheet}; the sheet has "
                                                      "{count}", None, form)
                             .format(rows=f"{said:,}", sheet=sheet, count=count))
        self.progress.set_value(self.total, self.total)
        report.problems.sort(key=_problem_order)
        return Package(self.path, manifest, records, deletions, report, hand_edits=hand_edits, provenance=provenance,
                       columns=self.columns)

    def read_manifest(self) -> dict[str, Any]:
        manifest: dict[str, Any] = {}
        self.manifest_rows: dict[str, int] = {}
        for number, row in enumerate(self.sheet_rows(fmt.MANIFEST_SHEET), start=1):
            if number == 1:
                continue
            if len(row) < 2 or not isinstance(row[0], str) or not row[0]:
                continue
            value = row[1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            elif isinstance(value, str):
                value = fmt.unescape_text(value)
            manifest[row[0]] = value
            self.manifest_rows[row[0]] = number
        if manifest.get("format") != fmt.FORMAT_NAME:
            raise PackageError(self.path, translate("exchange", "is not a Fieldbook package (its Manifest does not "
                                                    "name the format {format})").format(format=fmt.FORMAT_NAME))
        version = manifest.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise PackageError(self.path, translate("exchange", "has an unreadable format version ({version!r}) in "
                                                    "its Manifest").format(version=version))
        if version > fmt.FORMAT_VERSION:
            raise PackageError(self.path, translate("exchange", "was written by a newer Fieldbook (package format "
                                                    "{version}; this Fieldbook reads up to {newest}); update "
                                                    "Fieldbook to read it")
                               .format(version=version, newest=fmt.FORMAT_VERSION))
        if version not in fmt.READABLE_VERSIONS:
            raise PackageError(self.path, translate("exchange", "has package format {version}, which this Fieldbook "
                                                    "cannot read").format(version=version))
        return manifest

    def header(self, sheet: str, rows: Iterator[list[Any]], expected: list[str],
               optional: tuple[str, ...] = ()) -> dict[str, int] | None:
        """Column key → index, from row 1 (the header rows are taken from ``rows``); None, with problems, if the
        sheet cannot be read."""
        header = list(itertools.islice(rows, fmt.HEADER_ROWS))
        if len(header) < fmt.HEADER_ROWS:
            self.error(sheet, fmt.KEY_ROW, None, None, "header",
                       translate("exchange", "The sheet {sheet} has lost its three header rows (keys, labels, HXL "
                                 "tags)").format(sheet=sheet))
            return None
        positions: dict[str, int] = {}
        for col, key in enumerate(header[fmt.KEY_ROW - 1]):
            if key == "" or key is None:
                continue
            key = str(key).strip()
            if key in positions:
                self.error(sheet, fmt.KEY_ROW, col, key, "column_duplicate",
                           translate("exchange", "The column {key} appears twice (also column {column})")
                           .format(key=key, column=fmt.column_letter(positions[key])))
            elif key not in expected and key not in optional:
                self.warning(sheet, fmt.KEY_ROW, col, key, "column_unknown",
                             translate("exchange", "The column {key} is not part of the package format; it is "
                                       "ignored").format(key=key))
            else:
                positions[key] = col
        missing = [key for key in expected if key not in positions]
        if missing:
            self.error(sheet, fmt.KEY_ROW, None, None, "column_missing",
                       translate("exchange", "Columns missing from row 1 of {sheet}: {columns}")
                       .format(sheet=sheet, columns=", ".join(missing)))
            return None
        return positions

    def data_rows(self, rows: Iterator[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
        """(Excel row number, cells) of each non-empty data row; ``rows`` is past the header rows."""
        for number, row in enumerate(rows, start=fmt.FIRST_DATA_ROW):
            if row.count("") != len(row):  # some cell not empty
                yield number, row
            self.done += 1
            if self.done % PROGRESS_EVERY == 0:
                if self.progress.cancelled():
                    raise Cancelled()
                self.progress.set_value(self.done, self.total)

    def read_entity(self, entity: str, sheet: str, rows: Iterator[list[Any]],
                    add_digest: Callable[[list[Any]], str]) -> list[PackageRow]:
        cols = fmt.columns(entity)
        keys = [c.key for c in cols]
        extra = tuple(c.key for c in fmt.sheet_columns(entity) if c.role != "field")
        # Version 2 requires the fingerprint (it finds hand edits row by row); the readable columns are for people.
        expected = keys + [fmt.FINGERPRINT_KEY] if self.version >= 2 else keys
        positions = self.header(sheet, rows, expected, extra)
        self.report.row_counts[sheet] = 0
        if positions is None:
            return []
        fingerprint_col = positions.get(fmt.FINGERPRINT_KEY)
        fingerprint, add_row = fmt.row_fingerprint, self.rows_digest.add_row
        links = [(c.key, positions[c.key], c.of) for c in fmt.sheet_columns(entity)
                 if c.role == "link" and c.key in positions]
        link_cells = self.link_cells.setdefault(entity, [])
        # Per column: where it is, and the rules' coercion of one cell (rules.coercer: the same as rules.coerce).
        # Text is kept exactly as written — an empty text cell is the empty text, never "not given" — and only a
        # number typed into a text column is coerced.
        specs = {c.key: rules.field_spec(entity, c.key) for c in cols}
        plan = [(c.key, positions[c.key], c.kind is Kind.TEXT, rules.coercer(specs[c.key]),
                 _AS_WRITTEN.get(c.kind)) for c in cols]
        id_col = positions["id"]
        data = list(self.data_rows(rows))
        cells_by_row = [row for _, row in data]
        # Column by column: each column's cells converted at once (a C loop over the column where the cells allow),
        # then the rows put together; a column with a cell that cannot be read goes cell by cell, as written here.
        typed_columns: list[list[Any]] = []
        canonical_columns: list[list[Any]] = []
        unread: dict[int, list[rules.Problem]] = {}  # row index → its unreadable cells, in column order
        for key, col, is_text, convert, as_written in plan:
            cells = _column(cells_by_row, col)
            typed, canonical = _converted(specs[key], cells, is_text, convert, as_written)
            if typed is None:
                typed, canonical = self.convert_cells(entity, key, cells, cells_by_row, id_col, is_text, convert,
                                                      as_written, unread)
            typed_columns.append(typed)
            canonical_columns.append(canonical)
        keys = [key for key, *_ in plan]
        canonical_columns = digest_columns(entity, canonical_columns)
        out: list[PackageRow] = []
        seen: dict[uuid.UUID, int] = {}
        for index, ((number, row), typed_row, canonical_row) in enumerate(
                zip(data, zip(*typed_columns), zip(*canonical_columns))):
            width = len(row)
            values = dict(zip(keys, typed_row))
            problems = unread.get(index, ())
            for problem in problems:
                self.rule_problem(sheet, number, positions, problem)
            record_id = values.get("id")
            if isinstance(record_id, uuid.UUID):
                if record_id in seen:
                    self.error(sheet, number, positions["id"], "id", "duplicate_id",
                               translate("exchange", "The record id {id} is also on row {row}")
                               .format(id=record_id, row=seen[record_id]))
                else:
                    seen[record_id] = number
            content = add_digest(canonical_row)
            unreadable = frozenset(p.field for p in problems if p.field) if problems else frozenset()
            edited = False
            if fingerprint_col is not None:
                cell = row[fingerprint_col] if fingerprint_col < width else ""
                if cell.__class__ is str and cell:
                    add_row(entity, record_id if record_id is not None else row[id_col] if id_col < width else "",
                            cell)
                    edited = cell != fingerprint(content)
                else:
                    edited = True  # a row added by hand: it has no fingerprint
            for key, col, of in links:
                text = row[col] if col < width else ""
                if text != "" and values.get(of) is not None:
                    link_cells.append((number, col, key, str(text), values[of]))
            out.append(PackageRow(sheet, number, values, unreadable, content, edited))
        self.report.row_counts[sheet] = len(out)
        self.positions[entity] = positions
        if self.keep_columns:
            self.columns[entity] = dict(zip(keys, zip(typed_columns, canonical_columns, strict=True), strict=True))
        return out

    def convert_cells(self, entity: str, key: str, cells: list[Any], rows: list[list[Any]], id_col: int,
                      is_text: bool, convert: Callable[[Any], Any], as_written: Callable[[str], bool] | None,
                      unread: dict[int, list[rules.Problem]]) -> tuple[list[Any], list[Any]]:
        """One column cell by cell: its typed values and the digest's, and a problem for each cell that cannot be
        read (added to ``unread`` by row index)."""
        typed: list[Any] = []
        canonical: list[Any] = []
        for index, value in enumerate(cells):
            if is_text and value.__class__ is str:
                typed.append(value)
                canonical.append(value)
                continue
            try:
                value_typed = convert(value)
            except rules.CoercionError as exc:
                typed.append(None)
                canonical.append(None)
                row = rows[index]
                record_id = row[id_col] if id_col < len(row) else None
                unread.setdefault(index, []).append(rules.Problem(
                    entity, str(record_id) if record_id not in (None, "") else None, key, "type", Severity.ERROR,
                    exc.template, {"value": value}))
                continue
            typed.append(value_typed)
            canonical.append(value if as_written is not None and value_typed is not None
                             and value.__class__ is str and as_written(value) else value_typed)
        return typed, canonical

    def typed_columns(self, entity: str) -> dict[str, list[Any]] | None:
        """An entity's typed values column by column, as read, when the reader keeps them (for an import)."""
        kept = self.columns.get(entity)
        return {key: typed for key, (typed, _) in kept.items()} if kept is not None else None

    def column_of(self, entity: str, key: str, rows: list[PackageRow]) -> list[Any]:
        """One column of these rows' typed values: as kept, else read from each row."""
        kept = self.columns.get(entity, {}).get(key)
        return kept[0] if kept is not None else [row.values.get(key) for row in rows]

    def rule_problem(self, sheet: str, row: int, positions: dict[str, int], problem: rules.Problem) -> None:
        col = positions.get(problem.field) if problem.field else None
        self.problem(sheet, row, col, problem.field, problem.code, problem.severity, problem.message,
                     problem.record_id)

    def check_owners(self, manifest: dict[str, Any], records: dict[str, list[PackageRow]],
                     deletions: list[dict[str, Any]]) -> None:
        """A package carries only its own office's records (and a merged one those of its sources): a row of any
        other office is an error, whatever else is right with it — it would change another office's data."""
        allowed = fmt.package_offices(manifest)
        if not allowed:
            return  # the manifest's own problem, reported there
        named = ", ".join(sorted(allowed))
        owners = set().union(*(self.column_of(entity, "office_code", rows) for entity, rows in records.items()))
        owners |= {tomb.get("office_code") for tomb in deletions}
        owners.discard(None)
        if owners and not owners & allowed and len(owners) == 1:
            # Every row is another office's: one error where the claim is made, not one per row.
            [owner] = owners
            self.error(fmt.MANIFEST_SHEET, self.manifest_rows.get("office_code"), 1, "office_code", "owner",
                       translate("exchange", "The Manifest names {offices}, but every row belongs to {owner}: the "
                                 "Manifest was changed, or this is {owner}'s package; ask {owner} for its own "
                                 "package").format(offices=named, owner=owner))
            return
        for entity, rows in records.items():
            if entity != "office" and owners <= allowed:
                continue  # every row of an allowed office: none to name (an office's own profile is looked at)
            positions = self.positions.get(entity, {})
            sheet = fmt.ENTITY_SHEETS[entity]
            for row in rows:
                owner = row.values.get("office_code")
                if isinstance(owner, str) and owner and owner not in allowed:
                    self.error(sheet, row.row, positions.get("office_code"), "office_code", "owner",
                               translate("exchange", "This row belongs to office {owner}; a package of {offices} may "
                                         "carry only its own records: remove the row, or ask that office for its own "
                                         "package").format(owner=owner, offices=named))
                elif entity == "office" and isinstance(row.values.get("code"), str) \
                        and row.values["code"] not in allowed:
                    self.error(sheet, row.row, positions.get("code"), "code", "owner",
                               translate("exchange", "The profile of office {office} cannot travel in a package of "
                                         "{offices}").format(office=row.values["code"], offices=named))
        column = self.deletion_positions.get("office_code")
        for number, tomb in zip(self.deletion_rows, deletions):
            owner = tomb.get("office_code")
            if isinstance(owner, str) and owner and owner not in allowed:
                self.error(fmt.DELETIONS_SHEET, number, column, "office_code", "owner",
                           translate("exchange", "This deletion is of a record of office {owner}; a package of "
                                     "{offices} may delete only its own records").format(owner=owner, offices=named))

    def read_hand_edits(self, rows: Iterator[list[Any]] | None, records: dict[str, list[PackageRow]],
                        digest: DigestBuilder) -> list[dict[str, Any]]:
        """The HandEdits sheet (format 2): edits accepted by an earlier merge or import, each attributed. A record
        row that is still that edited version (its content has the edit's fingerprint) carries the attribution on."""
        sheet = fmt.HAND_EDITS_SHEET
        if rows is None:
            if self.version >= 2:
                self.error(sheet, None, None, None, "sheet_missing",
                           translate("exchange", "The sheet {sheet} is missing").format(sheet=sheet))
            return []
        keys = [key for key, _, _ in fmt.HAND_EDIT_COLUMNS]
        positions = self.header(sheet, rows, keys)
        if positions is None:
            return []
        by_id: dict[tuple[str, Any], PackageRow] | None = None  # made at the first edit (most packages have none)
        out: list[dict[str, Any]] = []
        for number, row in self.data_rows(rows):
            if by_id is None:
                by_id = {(entity, r.values.get("id")): r for entity, rs in records.items() for r in rs}
            cells = {key: row[positions[key]] if positions[key] < len(row) else "" for key in keys}
            entity = str(cells["entity"])
            try:
                record_id = uuid.UUID(str(cells["record_id"]))
                revision = int(cells["revision"])
            except (ValueError, TypeError):
                self.error(sheet, number, positions["record_id"], "record_id", "type",
                           translate("exchange", "This hand edit names no valid record id and revision; it was "
                                     "changed after export"))
                continue
            edit = {key: fmt.unescape_text(str(cells[key])) for key in ("fingerprint", "edited_by", "edited_at",
                                                                        "file")}
            edit.update(entity=entity, record_id=record_id, revision=revision)
            digest.rows.add_edit(entity, record_id, revision, edit["fingerprint"], edit["edited_by"])
            out.append(edit)
            target = by_id.get((entity, record_id))
            if (target is not None and not target.edited and target.values.get("revision") == revision
                    and fmt.row_fingerprint(target.content) == edit["fingerprint"]):
                target.accepted_edit = {k: edit[k] for k in ("fingerprint", "edited_by", "edited_at", "file")}
        return out

    def read_provenance(self, rows: Iterator[list[Any]] | None) -> dict[str, list[str]]:
        """A merged package's Provenance sheet: each signed source's lines, by the source's data digest."""
        if rows is None:
            return {}
        keys = [key for key, _, _ in fmt.PROVENANCE_COLUMNS]
        positions = self.header(fmt.PROVENANCE_SHEET, rows, keys)
        if positions is None:
            return {}
        out: dict[str, list[str]] = {}
        source_at, line_at = positions["source"], positions["line"]
        for _, row in self.data_rows(rows):
            width = len(row)
            source = str(row[source_at]) if source_at < width else ""
            line = row[line_at] if line_at < width else ""
            out.setdefault(source, []).append(fmt.unescape_text(str(line)))
        return out

    def check_links(self, records: dict[str, list[PackageRow]]) -> None:
        """A readable link column is for people; when it names another record than its id does, say so (the id
        decides: it is what Fieldbook reads)."""
        texts: dict[str, dict[Any, str]] = {
            "initiative_id": {r.values.get("id"): fmt.initiative_text(r.values.get("code"), r.values.get("title"))
                              for r in records.get("initiative", [])},
            "partner_id": {r.values.get("id"): str(r.values.get("name") or "") for r in records.get("partner", [])},
        }
        texts["funder_id"] = texts["partner_id"]
        for entity, cells in self.link_cells.items():
            sheet = fmt.ENTITY_SHEETS[entity]
            link_of = {c.key: c.of for c in fmt.sheet_columns(entity) if c.role == "link"}
            for number, col, key, text, target in cells:
                of = link_of[key]
                expected = texts[of].get(target)
                if expected is not None and fmt.unescape_text(text).strip() != expected:
                    self.warning(sheet, number, col, key, "link_text",
                                 translate("exchange", "This row's {key} says {text!r}, but its {of} is "
                                           "{expected!r}; Fieldbook goes by the id: correct {of} if the row belongs "
                                           "to {text!r}").format(key=key, text=text, of=of, expected=expected))

    def check_records(self, records: dict[str, list[PackageRow]]) -> None:
        # References are checked against the sheets that could be read; a missing sheet is reported once, not as a
        # broken reference on every row that points into it.
        known = {entity: set(self.column_of(entity, "id", rows)) for entity, rows in records.items()
                 if entity in self.positions}
        dates = {r.values.get("id"): (r.values.get("start_date"), r.values.get("end_date"))
                 for r in records.get("initiative", [])}
        context = rules.Context(known_ids=known, initiative_dates=dates)
        for entity, rows in records.items():
            positions = self.positions.get(entity, {})
            sheet = fmt.ENTITY_SHEETS[entity]
            # The whole sheet at once, column by column: only the rows it cannot vouch for are checked one by one.
            found = rules.check_sheet(entity, [row.values for row in rows], identity=True, context=context,
                                      unreadable=[row.unreadable for row in rows], columns=self.typed_columns(entity))
            for index, problems in found:
                row = rows[index]
                for problem in problems:
                    if problem.field in row.unreadable:
                        continue  # its cell was reported as unreadable, with the value; no second problem for it
                    self.rule_problem(sheet, row.row, positions, problem)

    def read_deletions(self, rows: Iterator[list[Any]] | None, digest: DigestBuilder) -> list[dict[str, Any]]:
        sheet = fmt.DELETIONS_SHEET
        keys = [key for key, _, _ in fmt.DELETION_COLUMNS]
        if rows is None:
            self.error(sheet, None, None, None, "sheet_missing",
                       translate("exchange", "The sheet {sheet} is missing").format(sheet=sheet))
            return []
        positions = self.header(sheet, rows, keys)
        self.report.row_counts[sheet] = 0
        if positions is None:
            return []
        self.deletion_positions = positions
        specs = {
            "entity": rules.FieldSpec("entity", Kind.TEXT, required=True),
            "record_id": rules.FieldSpec("record_id", Kind.UUID, required=True),
            "revision": rules.FieldSpec("revision", Kind.INT, required=True),
            "deleted_at": rules.FieldSpec("deleted_at", Kind.DATETIME, required=True),
            "office_code": rules.FieldSpec("office_code", Kind.TEXT, required=True),
        }
        out: list[dict[str, Any]] = []
        for number, row in self.data_rows(rows):
            tomb: dict[str, Any] = {}
            for key in keys:
                col = positions[key]
                cell = row[col] if col < len(row) else ""
                if isinstance(cell, str):
                    cell = fmt.unescape_text(cell)
                try:
                    value = rules.coerce_value(specs[key], cell)
                except rules.CoercionError as exc:
                    # The rules' own message (translated there): the same words as a record's unreadable cell.
                    self.error(sheet, number, col, key, "type", rules.Problem(
                        "deletion", None, key, "type", Severity.ERROR, exc.template, exc.params).message)
                    value = None
                else:
                    if value is None:
                        self.error(sheet, number, col, key, "required",
                                   translate("exchange", "The deletion's {key} is required").format(key=key))
                tomb[key] = value
            if tomb.get("entity") is not None and tomb["entity"] not in fmt.ENTITY_SHEETS:
                self.error(sheet, number, positions["entity"], "entity", "code",
                           translate("exchange", "{entity!r} is not an entity of the package")
                           .format(entity=tomb["entity"]))
            if None not in tomb.values():
                digest.add_deletion(tomb["entity"], tomb["record_id"], tomb["revision"], tomb["deleted_at"],
                                    tomb["office_code"])
            out.append(tomb)
            self.deletion_rows.append(number)
        self.report.row_counts[sheet] = len(out)
        return out

