"""The canonical digest of a package's data: the same records give the same sha256, whenever and however written.

The digest covers the typed values only — not cell styles, row order, export time or the manifest — so a package
that was re-saved by Excel still matches, and one whose data was edited by hand does not.

Canonical form (docs/package-format.md, "Digest"): for each entity, in sorted entity-name order, one header line
``["#columns", entity, key, …]`` and then one line per record, sorted by record id, holding the JSON list of the
canonical values in column order; then one header line for deletions and one line per tombstone, sorted by
(entity, record id). Lines are compact JSON (``ensure_ascii=False``), joined by ``\\n``, encoded as UTF-8.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import operator
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from db.files import scratch_sqlite
from db.types import canonical_decimal
from desktop.core.rules import Kind
from desktop.exchange.format import DELETION_COLUMNS, columns

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def canonical_decimal_value(value: Decimal) -> str:
    """The value, not the places it was written with: ``100.50`` and ``100.5`` are the same amount."""
    if value == 0:
        return "0"
    return canonical_decimal(value.normalize())


def _datetime(value: dt.datetime | str) -> str:
    if value.__class__ is str:  # already package text (the exporter reads it so from SQLite)
        return value  # type: ignore[return-value]
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # type: ignore[union-attr]


def _codes(value: Any) -> list[str]:
    return sorted(value.split() if isinstance(value, str) else value)


#: Canonical form by kind; kinds not listed (text, code, whole numbers) are canonical as they are.
_CANONICAL: dict[Kind, Callable[[Any], Any]] = {
    Kind.DECIMAL: canonical_decimal_value,
    Kind.DATE: dt.date.isoformat,
    Kind.DATETIME: _datetime,
    Kind.UUID: str,
    Kind.CODES: _codes,
}


def canonicalizer(entity: str) -> Callable[[Sequence[Any]], str]:
    """A function from one record's values, in :func:`columns` order, to its canonical line.

    Ids and times may be given as their package text, a set of codes as space-separated text. ``None`` stays
    ``null`` (distinct from ``""``); an empty set of codes is ``[]``.
    """
    convert = [(i, _CANONICAL[column.kind]) for i, column in enumerate(columns(entity)) if column.kind in _CANONICAL]
    codes_at = [i for i, column in enumerate(columns(entity)) if column.kind is Kind.CODES]

    def line(values: Sequence[Any]) -> str:
        out = list(values)
        for i in codes_at:
            if out[i] is None:
                out[i] = ()
        for i, fn in convert:
            value = out[i]
            if value is not None:
                out[i] = fn(value)
        return _dumps(out)

    return line


def canonical_columns(entity: str, values: Sequence[list[Any]]) -> list[list[Any]]:
    """:func:`canonicalizer`'s conversions done column by column, on the values of many records given as columns in
    :func:`columns` order: a row of the result, dumped as it is (``add_entity(…, converted=True)``), is the record's
    canonical line. A column of ids or times that is all text already (as written in a package) is kept as it is."""
    out = list(values)
    for i, column in enumerate(columns(entity)):
        convert = _CANONICAL.get(column.kind)
        if convert is None:
            continue
        cells = out[i]
        if column.kind is Kind.CODES:
            cells = [() if value is None else value for value in cells]
        elif column.kind in (Kind.UUID, Kind.DATETIME) and set(map(type, cells)) == {str}:
            continue  # str(text) and _datetime(text) are the text itself
        out[i] = [None if value is None else convert(value) for value in cells]
    return out


def _line_of(entity: str, converted: bool) -> Callable[[Sequence[Any]], str]:
    return _dumps if converted else canonicalizer(entity)


class DigestBuilder:
    """Collects canonical lines in any order and hashes them in canonical order."""

    def __init__(self) -> None:
        self._lines: dict[str, list[tuple[str, str]]] = {}
        self._deletions: list[tuple[str, str, str]] = []
        self.rows = RowsDigest()  # format version 2: what a signature covers beside this digest

    def add_entity(self, entity: str, converted: bool = False) -> Callable[[Sequence[Any]], str]:
        """Declare an entity (even with no rows) and get the function that adds one record's values (and returns
        its canonical line, which merge and import compare versions by); ``converted``: values already in canonical
        form (:func:`canonical_columns`), as a list or tuple."""
        line = _line_of(entity, converted)
        lines = self._lines.setdefault(entity, [])
        id_index = [c.key for c in columns(entity)].index("id")

        def add(values: Sequence[Any]) -> str:
            text = line(values)
            lines.append((str(values[id_index]), text))
            return text

        return add

    def add_deletion(self, entity: str, record_id: uuid.UUID, revision: int, deleted_at: dt.datetime,
                     office_code: str) -> None:
        row = [entity, str(record_id), revision, _datetime(deleted_at), office_code]
        self._deletions.append((entity, str(record_id), _dumps(row)))
        self.rows.add_deletion(entity, record_id, revision, deleted_at, office_code)

    def hexdigest(self) -> str:
        return data_digest(((entity, (line for _id, line in sorted(self._lines[entity])))
                            for entity in sorted(self._lines)),
                           (line for *_key, line in sorted(self._deletions)))


def data_digest(entities: Iterable[tuple[str, Iterable[str]]], deletions: Iterable[str]) -> str:
    """The data digest of canonical lines already in canonical order: each entity, in sorted name order, with its
    records' lines (sorted by record id, then line), then the deletions' lines (sorted by entity, record id)."""
    digest = hashlib.sha256()
    for entity, lines in entities:
        digest.update(_dumps(["#columns", entity, *(c.key for c in columns(entity))]).encode())
        for line in lines:
            digest.update(b"\n")
            digest.update(line.encode())
        digest.update(b"\n")
    digest.update(_dumps(["#columns", "deletion", *(key for key, _, _ in DELETION_COLUMNS)]).encode())
    for line in deletions:
        digest.update(b"\n")
        digest.update(line.encode())
    return digest.hexdigest()


def records_digest(records: Mapping[str, Iterable[Mapping[str, Any]]],
                   deletions: Iterable[Mapping[str, Any]] = ()) -> str:
    """The digest of records given as mappings (``Record.as_dict()`` or what the reader returns)."""
    builder = DigestBuilder()
    for entity, rows in records.items():
        add = builder.add_entity(entity)
        keys = [c.key for c in columns(entity)]
        for row in rows:
            add([row.get(key) for key in keys])
    for tomb in deletions:
        builder.add_deletion(tomb["entity"], tomb["record_id"], tomb["revision"], tomb["deleted_at"],
                             tomb["office_code"])
    return builder.hexdigest()


def row_line(entity: str, record_id: Any, fingerprint: str) -> str:
    return f"row {entity} {record_id} {fingerprint}"


def edit_line(entity: str, record_id: Any, revision: int, fingerprint: str, edited_by: str) -> str:
    return f"edit {entity} {record_id} {revision} {fingerprint} {edited_by}"


def deletion_line(entity: str, record_id: Any, revision: int, deleted_at: dt.datetime | str, office_code: str) -> str:
    return f"deleted {entity} {record_id} {revision} {_datetime(deleted_at)} {office_code}"


class RowsDigest:
    """What a signature covers beside the data digest (format version 2): every row's fingerprint *as written in its
    cell*, every deletion and every accepted hand edit, as sorted lines. A row edited since signing keeps its
    fingerprint cell (so this still matches, and the row is found edited by its content); a row added, removed or
    re-fingerprinted, or a deletion changed, makes it differ."""

    def __init__(self) -> None:
        self._lines: list[str] = []

    def add_row(self, entity: str, record_id: Any, fingerprint: str) -> None:
        self._lines.append(row_line(entity, record_id, fingerprint))

    def add_deletion(self, entity: str, record_id: Any, revision: int, deleted_at: dt.datetime | str,
                     office_code: str) -> None:
        self._lines.append(deletion_line(entity, record_id, revision, deleted_at, office_code))

    def add_edit(self, entity: str, record_id: Any, revision: int, fingerprint: str, edited_by: str) -> None:
        self._lines.append(edit_line(entity, record_id, revision, fingerprint, edited_by))

    def lines(self) -> list[str]:
        """The lines, sorted: what a merged package carries of each signed source (its Provenance sheet), so the
        source's signature can be checked again, and each of its rows against it."""
        return sorted(self._lines)

    def hexdigest(self) -> str:
        return lines_digest(self.lines())


def lines_digest(sorted_lines: Iterable[str]) -> str:
    """The digest of sorted lines joined by line feeds (the rows digest)."""
    digest = hashlib.sha256()
    separator = b""
    for line in sorted_lines:
        digest.update(separator)
        digest.update(line.encode())
        separator = b"\n"
    return digest.hexdigest()


# -- in bounded memory (a merge's export) ----------------------------------------------------------------------


class SpilledDigest(DigestBuilder):
    """:class:`DigestBuilder`'s two digests — the data digest and the rows digest (``rows``) — of any number of
    records in the same memory: the lines go to a SQLite file a batch at a time, and SQLite sorts them (spilling to
    its temporary files) into the order the digests hash them in. SQLite compares text as UTF-8 bytes, which orders
    as Python orders the strings (by code point), so the digests are the very ones DigestBuilder gives."""

    BATCH = 5_000
    CACHE_KIB = 16 * 1024  # the page cache, and so what SQLite sorts in memory before it spills

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = scratch_sqlite(path, self.CACHE_KIB)
        self.db.execute("CREATE TABLE data (entity TEXT NOT NULL, id TEXT NOT NULL, line TEXT NOT NULL)")
        self.db.execute("CREATE TABLE deletion (entity TEXT NOT NULL, id TEXT NOT NULL, line TEXT NOT NULL)")
        self.db.execute("CREATE TABLE row_line (line TEXT NOT NULL)")
        self._entities: set[str] = set()
        self._data: list[tuple[str, str, str]] = []
        self._deletions: list[tuple[str, str, str]] = []  # type: ignore[assignment]
        self.rows = _SpilledRows(self)

    def add_entity(self, entity: str, converted: bool = False) -> Callable[[Any], str]:
        line = _line_of(entity, converted)
        self._entities.add(entity)
        id_index = [c.key for c in columns(entity)].index("id")
        data, flush, batch = self._data, self._flush, self.BATCH

        def add(values: Any) -> str:
            text = line(values)
            data.append((entity, str(values[id_index]), text))
            if len(data) >= batch:
                flush()
            return text

        return add

    def add_deletion(self, entity: str, record_id: Any, revision: int, deleted_at: Any, office_code: str) -> None:
        super().add_deletion(entity, record_id, revision, deleted_at, office_code)  # into self._deletions, rows
        if len(self._deletions) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        assert self.db is not None
        self.db.execute("BEGIN")
        if self._data:
            self.db.executemany("INSERT INTO data VALUES (?, ?, ?)", self._data)
            self._data.clear()
        if self._deletions:
            self.db.executemany("INSERT INTO deletion VALUES (?, ?, ?)", self._deletions)
            self._deletions.clear()
        if self.rows.pending:
            self.db.executemany("INSERT INTO row_line VALUES (?)", ((line,) for line in self.rows.pending))
            self.rows.pending.clear()
        self.db.execute("COMMIT")

    def hexdigest(self) -> str:
        self._flush()
        assert self.db is not None
        lines = self.db.execute("SELECT entity, line FROM data ORDER BY entity, id, line")
        deletions = self.db.execute("SELECT line FROM deletion ORDER BY entity, id, line")
        return data_digest(_by_entity(sorted(self._entities), lines), (line for (line,) in deletions))

    def close(self) -> None:
        """Close and remove the file."""
        if self.db is not None:
            self.db.close()
            self.db = None
            self.path.unlink(missing_ok=True)


def _by_entity(entities: list[str], rows: Iterable[tuple[str, str]]) -> Iterator[tuple[str, Iterator[str]]]:
    """Each of ``entities`` (sorted) with its lines, from (entity, line) rows sorted by entity; each entity's lines
    must be read before the next entity is asked for."""
    groups = itertools.groupby(rows, key=operator.itemgetter(0))
    group = next(groups, None)
    for entity in entities:
        if group is not None and group[0] == entity:
            yield entity, (line for _entity, line in group[1])
            group = next(groups, None)
        else:
            yield entity, iter(())
    assert group is None, "a line of an entity never declared"


class _SpilledRows(RowsDigest):
    """The rows digest of a :class:`SpilledDigest`: its lines kept in the same file."""

    def __init__(self, owner: SpilledDigest) -> None:
        self.owner = owner
        self.pending: list[str] = []

    def add_row(self, entity: str, record_id: Any, fingerprint: str) -> None:
        self.pending.append(row_line(entity, record_id, fingerprint))
        if len(self.pending) >= self.owner.BATCH:
            self.owner._flush()

    def add_deletion(self, entity: str, record_id: Any, revision: int, deleted_at: Any, office_code: str) -> None:
        self.pending.append(deletion_line(entity, record_id, revision, deleted_at, office_code))

    def add_edit(self, entity: str, record_id: Any, revision: int, fingerprint: str, edited_by: str) -> None:
        self.pending.append(edit_line(entity, record_id, revision, fingerprint, edited_by))

    def lines(self) -> list[str]:
        raise NotImplementedError("a spilled rows digest is only hashed (hexdigest), never listed in memory")

    def hexdigest(self) -> str:
        self.owner._flush()
        assert self.owner.db is not None
        return lines_digest(line for (line,) in self.owner.db.execute("SELECT line FROM row_line ORDER BY line"))
