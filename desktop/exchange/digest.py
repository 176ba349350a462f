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
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

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


class DigestBuilder:
    """Collects canonical lines in any order and hashes them in canonical order."""

    def __init__(self) -> None:
        self._lines: dict[str, list[tuple[str, str]]] = {}
        self._deletions: list[tuple[str, str, str]] = []
        self.rows = RowsDigest()  # format version 2: what a signature covers beside this digest

    def add_entity(self, entity: str) -> Callable[[Sequence[Any]], str]:
        """Declare an entity (even with no rows) and get the function that adds one record's values (and returns
        its canonical line, which merge and import compare versions by)."""
        line = canonicalizer(entity)
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
        digest = hashlib.sha256()
        for entity in sorted(self._lines):
            keys = [c.key for c in columns(entity)]
            digest.update(_dumps(["#columns", entity, *keys]).encode())
            for _id, line in sorted(self._lines[entity]):
                digest.update(b"\n")
                digest.update(line.encode())
            digest.update(b"\n")
        digest.update(_dumps(["#columns", "deletion", *(key for key, _, _ in DELETION_COLUMNS)]).encode())
        for *_key, line in sorted(self._deletions):
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
        self._lines.append(f"edit {entity} {record_id} {revision} {fingerprint} {edited_by}")

    def lines(self) -> list[str]:
        """The lines, sorted: what a merged package carries of each signed source (its Provenance sheet), so the
        source's signature can be checked again, and each of its rows against it."""
        return sorted(self._lines)

    def hexdigest(self) -> str:
        return lines_digest(self.lines())


def lines_digest(sorted_lines: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted_lines).encode()).hexdigest()
