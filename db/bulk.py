"""Bulk statements for one table: plain DB-API ``executemany`` with the column types' own conversions.

SQLAlchemy Core's executemany builds and converts a parameter dictionary per row through several layers; for an
import of hundreds of thousands of rows that overhead was most of the writing time. Values here pass through exactly
the same conversions — each column type's bind processor for this dialect, so money, times and ids are stored as
everywhere else — and then straight to the driver: ``?`` placeholders for sqlite3, ``%s`` for psycopg.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect

from db.models import record_columns
from db.types import uuid_of

#: Values per ``IN (…)`` list: well under SQLite's and PostgreSQL's parameter limits.
CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


#: Array elements PostgreSQL reads as they are, with no quotes (what else an element may hold is quoted by psycopg).
_PLAIN_ELEMENT = re.compile(r"[A-Za-z0-9_.:-]+")


def _hex(value: uuid.UUID) -> str:
    return value.hex


def _uuid(text: str) -> uuid.UUID:
    """An id from its 32 hex digits, as both drivers take it here."""
    return uuid_of(int(text, 16))


def _decoder(column: Column[Any], dialect: Dialect, bind: Any) -> Callable[[Any], Any] | None:
    """The inverse of a column's bind conversion: the value a driver row's cell stands for, as reading it from the
    store gives it; None where the driver takes the value as it is."""
    kind = column.type
    if isinstance(kind, Uuid):
        return _uuid
    if bind is None:
        return None
    if isinstance(kind, TypeDecorator):
        return lambda value: kind.process_result_value(value, dialect)
    return kind._cached_result_processor(dialect, None)  # type: ignore[no-any-return]


class Binder:
    """One table's rows turned into the driver's parameters for a dialect. It needs no connection, so a reader
    process can prepare a package's rows for the store while the writing process writes the one before."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        # A record row's provenance (db.models.PROVENANCE) is not one of its values: Bulk.insert adds it per statement.
        columns = record_columns(table)
        self.keys = [c.key for c in columns]
        # The same processors SQLAlchemy applies to a bound parameter of each column's type (cached per dialect).
        processors = [c.type._cached_bind_processor(dialect) for c in columns]
        # ... but an id goes to psycopg as its hexadecimal text, which PostgreSQL reads into a uuid column as it would
        # the object: psycopg turns each UUID object into text through a Python function, a third of COPY's work.
        self.ids = {c.key for c in columns if isinstance(c.type, Uuid) and dialect.driver == "psycopg"}
        processors = [_hex if c.key in self.ids else p for c, p in zip(columns, processors, strict=True)]
        self.convert = [(i, p) for i, p in enumerate(processors) if p is not None]
        self.processor = dict(zip(self.keys, processors, strict=True))
        self._table, self._columns, self._dialect, self._processors = table, columns, dialect, processors

    def row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """The driver's parameters for one row given by column key (a missing key is NULL)."""
        return self.converted([values.get(key) for key in self.keys])

    def converted(self, row: list[Any]) -> tuple[Any, ...]:
        """The driver's parameters for one row given in column order."""
        for i, convert in self.convert:
            value = row[i]
            if value is not None:
                row[i] = convert(value)
        return tuple(row)

    def bind(self, key: str, value: Any) -> Any:
        convert = self.processor[key]
        return convert(value) if convert is not None and value is not None else value

    @functools.cached_property
    def decoders(self) -> list[Callable[[Any], Any] | None]:
        """And back: per column, what turns a driver row's cell into the value (None: the cell is the value)."""
        return [_decoder(c, self._dialect, p) for c, p in zip(self._columns, self._processors, strict=True)]


class Bulk(Binder):
    def __init__(self, conn: Connection, table: Table) -> None:
        dialect = conn.dialect
        super().__init__(table, dialect)
        self.conn = conn
        quote = dialect.identifier_preparer.quote
        self.mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.name = quote(table.name)
        self.columns = [quote(c.name) for c in self._columns]
        self.provenance = [c for c in table.columns if c.info.get("provenance")]  # a record table's: source, edited_by
        # psycopg's executemany sends one statement per row, with Python work for each: hundreds of thousands of
        # rows took longer than everything else an import does. COPY streams them (psycopg's C code formats them).
        self.types: dict[str, str] = {}
        if dialect.driver == "psycopg":
            self.types = {c.key: c.type.compile(dialect=dialect) for c in table.columns}
        self.insert_sql, self.copy_sql, self.unnest_sql = self._statements(self._columns)

    def _statements(self, columns: Sequence[Column[Any]]) -> tuple[str, str | None, str | None]:
        """INSERT of these columns; on PostgreSQL also their COPY, and their INSERT … unnest."""
        quote = self.conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(c.name) for c in columns)
        insert = f"INSERT INTO {self.name} ({names}) VALUES ({', '.join([self.mark] * len(columns))})"
        if not self.types:
            return insert, None, None
        # ... and COPY has no ON CONFLICT: then one INSERT of one array per column, unnested on the server.
        arrays = ", ".join(f"%s::{self.types[c.key]}[]" for c in columns)
        return (insert, f"COPY {self.name} ({names}) FROM STDIN",
                f"INSERT INTO {self.name} ({names}) SELECT * FROM unnest({arrays})")

    @functools.cached_property
    def _provenance_statements(self) -> tuple[str, str | None, str | None]:
        """:meth:`_statements` of a record's own columns and then its provenance columns."""
        return self._statements([*self._columns, *self.provenance])

    def insert(self, rows: list[tuple[Any, ...]], suffix: str = "", provenance: tuple[Any, ...] | None = None) -> None:
        """Insert converted rows; ``suffix`` is appended to the statement (an ``ON CONFLICT`` clause). Rows of a
        record table may be given their ``provenance`` (db.models.PROVENANCE: the source package's digest, who edited
        the version by hand), the same for every row; without it those columns stay NULL."""
        if not rows:
            return
        insert_sql, copy_sql, unnest_sql = self.insert_sql, self.copy_sql, self.unnest_sql
        keys = self.keys
        if provenance is not None:
            assert len(provenance) == len(self.provenance), (self.name, provenance)
            insert_sql, copy_sql, unnest_sql = self._provenance_statements
            keys = [*keys, *(c.key for c in self.provenance)]
            rows = [row + provenance for row in rows]
        if copy_sql is None or unnest_sql is None:
            self.conn.exec_driver_sql(insert_sql + suffix, rows)
        elif not suffix:
            raw = self.conn.connection.driver_connection  # the psycopg connection, in this transaction
            with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row(row)
        else:
            self.conn.exec_driver_sql(unnest_sql + suffix, tuple(self._array(key, column)
                                                                 for key, column in zip(keys, zip(*rows))))

    def _array(self, key: str, values: Sequence[Any]) -> Any:
        """One array parameter for PostgreSQL: ids, and texts that need no quoting (names, digests), as one array
        literal (psycopg would dump them one by one, in Python); anything else as a list."""
        if key in self.ids:
            return "{" + ",".join("NULL" if v is None else v for v in values) + "}"
        if values and all(v.__class__ is str for v in values):
            distinct = set(values)  # a few names and digests, each checked once
            if all(_PLAIN_ELEMENT.fullmatch(v) and v.upper() != "NULL" for v in distinct):
                return "{" + ",".join(values) + "}"
        return list(values)

    def column(self, key: str) -> str:
        """The column's name, quoted for this dialect, to write a condition or clause."""
        return self.columns[self.keys.index(key)]

    def present(self, key: str, values: Sequence[Any], where: str = "", params: tuple[Any, ...] = (),
                bound: Sequence[Any] | None = None) -> set[Any]:
        """Which of these values the column ``key`` holds, in rows matching ``where`` (a condition written with this
        dialect's placeholders, filled by ``params``). One query per chunk; no row is read back. ``bound`` are the
        values already in the driver's form (``bind``), in the same order, when the caller has them."""
        found: set[Any] = set()
        if not values:
            return found
        column = self.column(key)
        by_bound = (dict(zip(bound, values, strict=True)) if bound is not None
                    else {self.bind(key, value): value for value in values})
        if key in self.ids:  # PostgreSQL: all of them as one array (an IN list of hundreds of parameters is parsed, on
            # both sides, for every chunk: it was a quarter of a PostgreSQL import)
            sql = (f"SELECT {column} FROM {self.name} WHERE {where}{' AND ' if where else ''}"
                   f"{column} = ANY({self.mark}::{self.types[key]}[])")
            found.update(by_bound.get(value, value)
                         for (value,) in self.conn.exec_driver_sql(sql, (*params, self._array(key, list(by_bound)))))
            return found
        for chunk in chunks(list(by_bound)):
            sql = (f"SELECT {column} FROM {self.name} WHERE {where}{' AND ' if where else ''}"
                   f"{column} IN ({', '.join([self.mark] * len(chunk))})")
            found.update(by_bound.get(value, value) for (value,) in self.conn.exec_driver_sql(sql, (*params, *chunk)))
        return found
