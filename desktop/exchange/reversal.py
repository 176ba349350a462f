"""An import's recorded reversal: what undoing exactly one imported package needs, on SQLite and PostgreSQL alike.

While a package is imported (in its own savepoint), :class:`Reversal` notes what the package replaced: each record
it updated or revived and each it deleted — by its own tombstone, by the database's cascade from a deleted parent,
or a reference the database set to NULL — as the store held it before (row values with SDG targets, tombstone,
record's provenance), in ``import_reversal_row``. Records the package *created* get no row: each record row names
the package its current version came from (``source``, a digest), so an import of new records — the bulk of a
headquarters import — writes one ``import_reversal`` row per package and nothing per record.

:func:`undo_package` plays one package's reversal backwards inside the caller's transaction, refusing (one line,
:class:`UndoRefused`) as soon as something else has touched the same records since: an edit (a ``change_log`` row
newer than the import), a later import (a record's source or revision that is no longer the one the import left), or
a record added since that depends on one the import created. The caller rolls back on a refusal, so a store is
never half undone.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Date, Table, Uuid, bindparam, delete, func, insert, select, update

from db.bulk import Bulk, chunks
from db.counting import refresh_counted
from db.models import (
    ENTITY_TYPES,
    ChangeLog,
    ImportReversal,
    ImportReversalRow,
    InitiativeSdgTarget,
    PROVENANCE,
    PackageLedger,
    Tombstone,
    record_columns,
)
from db.types import DecimalText, MinorUnits, UTCDateTime
from desktop.core.i18n import translate
from desktop.exchange.errors import ExchangeError, exchange

#: Parents before children, as an import writes them (the importer's order too).
ENTITY_ORDER: tuple[str, ...] = tuple(ENTITY_TYPES)


class UndoRefused(ExchangeError):
    """Undoing would lose or break what happened after the import: nothing is undone."""


def record_table(entity: str) -> Table:
    """The table of an entity's records."""
    return ENTITY_TYPES[entity].__table__  # type: ignore[return-value]


def _referrers(entity: str, ondelete: str | None = None) -> list[tuple[str, str]]:
    """(entity, column) of every record table whose foreign key points at ``entity``'s table — read from the schema,
    so it stays true when the schema changes. ``ondelete`` keeps only the keys with that rule (CASCADE, SET NULL)."""
    parent = record_table(entity)
    out = []
    for child in ENTITY_ORDER:
        for fk in record_table(child).foreign_keys:
            if fk.column.table is parent and (ondelete is None or (fk.ondelete or "").upper() == ondelete):
                out.append((child, fk.parent.key))
    return out


# -- values as JSON -----------------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


#: How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).
_PLAIN_BY_TYPE: dict[type, Any] = {uuid.UUID: str, Decimal: str, dt.date: dt.date.isoformat,
                                   dt.datetime: dt.datetime.isoformat, frozenset: sorted, set: sorted}


def _plain_default(value: Any) -> Any:
    plain = _PLAIN_BY_TYPE.get(type(value))
    if plain is not None:
        return plain(value)
    plain = _plain(value)
    if plain is value:
        raise TypeError(f"{type(value).__name__} is not kept in a reversal")
    return plain


def encode(values: Mapping[str, Any] | None) -> str | None:
    """A row's values as JSON (JSON's own types pass through its C encoder; ids, dates, decimals and sets as text)."""
    if values is None:
        return None
    return json.dumps(dict(values), default=_plain_default, ensure_ascii=False)


def decode(entity: str, text: str | None) -> dict[str, Any] | None:
    """A row written by :func:`encode`, with each column's value as its type takes it again."""
    if text is None:
        return None
    data = json.loads(text)
    columns = record_table(entity).columns
    out: dict[str, Any] = {}
    for key, value in data.items():
        column = columns.get(key)
        if value is None or column is None:
            out[key] = value
        elif isinstance(column.type, Uuid):
            out[key] = uuid.UUID(value)
        elif isinstance(column.type, UTCDateTime):
            out[key] = dt.datetime.fromisoformat(value)
        elif isinstance(column.type, Date):
            out[key] = dt.date.fromisoformat(value)
        elif isinstance(column.type, (DecimalText, MinorUnits)):
            out[key] = Decimal(value)
        else:
            out[key] = value
    return out


def _tombstone_text(revision: int, deleted_at: dt.datetime, office_code: str) -> str:
    return json.dumps({"revision": revision, "deleted_at": deleted_at.isoformat(), "office_code": office_code})


# -- recording ----------------------------------------------------------------------------------------------------
class Reversal:
    """What undoing one package needs, noted while it is imported (in its savepoint; :meth:`write` at its end)."""

    def __init__(self, conn: Connection, digest: str, run: str, position: int) -> None:
        self.conn, self.digest, self.run, self.position = conn, digest, run, position
        self.rows: list[dict[str, Any]] = []
        self.sources = 0  # records whose row names the package as its source once it is written (sources_of)
        self.log_ids: list[int] = []  # change_log rows it writes (hand edits)
        self.log_mark = conn.scalar(select(func.coalesce(func.max(ChangeLog.__table__.c.id), 0))) or 0

    def _add(self, entity: str, record_id: uuid.UUID, action: str, revision: int, *, before: str | None = None,
             tombstone: str | None = None, source: str | None = None) -> None:
        self.rows.append({"digest": self.digest, "step": len(self.rows) + 1, "entity": entity, "record_id": record_id,
                          "action": action, "revision": revision, "before": before, "tombstone": tombstone,
                          "source": source})

    def replaced(self, entity: str, updates: Sequence[Mapping[str, Any]], revived: Sequence[uuid.UUID],
                 current: Mapping[uuid.UUID, Any], buried: Mapping[uuid.UUID, Any], incoming: Iterable[Any]) -> None:
        """The records of one entity the package is about to update (``updates``: the importer's statement
        parameters) or revive (inserted again over a tombstone), as the store holds them now."""
        if not updates and not revived:
            return
        sources = _sources(self.conn, entity, [u["_id"] for u in updates] + list(revived))
        for values in updates:
            record_id = values["_id"]
            self._add(entity, record_id, "update", values["_revision"], before=encode(current[record_id].values),
                      source=sources.get(record_id))
        if revived:
            wanted = set(revived)
            revisions = {v.record_id: v.revision for v in incoming if v.record_id in wanted}
            for record_id in revived:
                tomb = buried[record_id]
                self._add(entity, record_id, "revive", revisions[record_id],
                          tombstone=_tombstone_text(tomb.revision, tomb.updated_at, tomb.office_code),
                          source=sources.get(record_id))

    def deleting(self, version: Any, have: Any, tomb: Any) -> None:
        """A tombstone of the package is about to delete ``have`` (the store's version, or None when only the
        tombstone is replaced): the record, what the database takes with it (children, references set to NULL)."""
        conn, entity, record_id = self.conn, version.entity, version.record_id
        if have is not None:
            for child, column in _referrers(entity, "CASCADE"):  # buried with it: a tombstone at revision + 1
                table = record_table(child)
                rows = conn.execute(select(*record_columns(table)).where(table.c[column] == record_id)).mappings().all()
                ids = [row["id"] for row in rows]
                tombs = _tombstones(conn, child, ids)
                sources = _sources(conn, child, ids)
                for row in rows:
                    self._add(child, row["id"], "bury", row["revision"] + 1, before=encode(row),
                              tombstone=tombs.get(row["id"]), source=sources.get(row["id"]))
            for referrer, column in _referrers(entity, "SET NULL"):
                table = record_table(referrer)
                for row in conn.execute(select(table.c.id, table.c.revision).where(table.c[column] == record_id)):
                    self._add(referrer, row.id, "unlink", row.revision, before=json.dumps({column: str(record_id)}))
        self._add(entity, record_id, "delete", version.revision,
                  before=encode(have.values) if have is not None else None,
                  tombstone=_tombstone_text(tomb.revision, tomb.updated_at, tomb.office_code)
                  if tomb is not None else None,
                  source=_sources(conn, entity, [record_id]).get(record_id) if have is not None else None)

    def write(self) -> None:
        """The package's reversal, in its savepoint: it commits (or rolls back) with the package."""
        conn = self.conn
        conn.execute(insert(ImportReversal.__table__).values(
            digest=self.digest, run=self.run, position=self.position, sources=self.sources, log_mark=self.log_mark,
            log_ids=json.dumps(self.log_ids)))
        if self.rows:  # executemany with the column types' own conversions (an update of many records: many rows)
            bulk = Bulk(conn, ImportReversalRow.__table__)  # type: ignore[arg-type]
            bulk.insert([bulk.row(row) for row in self.rows])


def _sources(conn: Connection, entity: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The provenance of each of these records that came from a package (its source digest, who edited it by hand),
    as JSON."""
    table = record_table(entity)
    out: dict[uuid.UUID, str] = {}
    for chunk in chunks(list(ids)):
        for row in conn.execute(select(table.c.id, table.c.source, table.c.edited_by)
                                .where(table.c.id.in_(chunk), table.c.source.is_not(None))):
            out[row.id] = json.dumps({"digest": row.source, "edited_by": row.edited_by}, ensure_ascii=False)
    return out


def sources_of(conn: Connection, digest: str) -> int:
    """How many records' current version came from this package (their row's ``source``): one index count per
    record table."""
    return sum(conn.scalar(select(func.count()).select_from(table).where(table.c.source == digest)) or 0
               for table in map(record_table, ENTITY_ORDER))


def _tombstones(conn: Connection, entity: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    t = Tombstone.__table__.c
    out: dict[uuid.UUID, str] = {}
    for chunk in chunks(list(ids)):
        for row in conn.execute(select(Tombstone.__table__).where(t.entity == entity, t.record_id.in_(chunk))):
            out[row.record_id] = _tombstone_text(row.revision, row.deleted_at, row.office_code)
    return out


# -- undoing ------------------------------------------------------------------------------------------------------
def run_of(conn: Connection, digest: str) -> str | None:
    r = ImportReversal.__table__.c
    return conn.scalar(select(r.run).where(r.digest == digest))


def packages_of_run(conn: Connection, run: str) -> list[str]:
    """The digests of a run's packages, the last imported first (the order they are undone in)."""
    r = ImportReversal.__table__.c
    return list(conn.scalars(select(r.digest).where(r.run == run).order_by(r.position.desc())))


def undo_packages(conn: Connection, digests: Sequence[str], file_names: Mapping[str, str],
                  progress: Any = None) -> None:
    """Undo these packages, in the order given (the last imported first), inside the caller's transaction; then
    the counting rule's rows of every initiative they touched are recomputed. Raises :class:`UndoRefused`."""
    touched: set[uuid.UUID] = set()
    for n, digest in enumerate(digests):
        if progress is not None:
            if progress.cancelled():
                from desktop.core.progress import Cancelled

                raise Cancelled()
            progress.set_value(n, len(digests) + 1)
        touched |= undo_package(conn, digest, file_names.get(digest, digest[:12]))
    if touched:
        refresh_counted(conn, touched)
    if progress is not None:
        progress.set_value(len(digests) + 1, len(digests) + 1)


def undo_package(conn: Connection, digest: str, file: str) -> set[uuid.UUID]:
    """Play one package's reversal backwards: first what its tombstones deleted comes back (parents before
    children), then, child entities before parents, each record it updated gets its previous values again and each
    it created (or revived) goes (a revived one gets its tombstone back). Returns the initiatives whose beneficiary
    rows changed."""
    header = conn.execute(select(ImportReversal.__table__).where(ImportReversal.__table__.c.digest == digest)).one()
    r = ImportReversalRow.__table__.c
    steps = conn.execute(select(ImportReversalRow.__table__).where(r.digest == digest).order_by(r.step.desc())).all()
    deleted_here = _refuse_edited_since(conn, digest, header, steps, file)
    written = sources_of(conn, digest)
    if written != header.sources:
        changed = abs(header.sources - (written or 0))
        if deleted_here:  # records it brought in are gone, and records were deleted here since: deleted here
            raise UndoRefused(exchange.tr("cannot undo {file}: %n record(s) it wrote edited since it was imported; "
                                          "nothing was undone", None, changed).format(file=file))
        raise UndoRefused(exchange.tr("cannot undo {file}: %n record(s) it brought in changed by a later import "
                                      "since; nothing was undone", None, changed).format(file=file))
    touched: set[uuid.UUID] = set()
    for step in steps:  # what its tombstones took away, last first: a parent before the children buried with it
        if step.action in ("delete", "bury"):
            _restore_deleted(conn, step, file, touched)
        elif step.action == "unlink":
            _restore_link(conn, step, file)
    for entity in reversed(ENTITY_ORDER):  # children before parents: a parent goes only once its children have
        updated = [s for s in steps if s.entity == entity and s.action == "update"]
        if updated:
            _restore_updated(conn, entity, digest, updated, file, touched)
        _delete_created(conn, entity, digest, file, touched)
        for step in steps:
            if step.entity == entity and step.action == "revive":
                _put_tombstone(conn, entity, step.record_id, step.tombstone)
                _put_source(conn, entity, step.record_id, step.source)
    own = json.loads(header.log_ids or "[]")
    log = ChangeLog.__table__
    for chunk in chunks(own):
        conn.execute(delete(log).where(log.c.id.in_(chunk)))
    conn.execute(delete(ImportReversalRow.__table__).where(r.digest == digest))
    conn.execute(delete(ImportReversal.__table__).where(ImportReversal.__table__.c.digest == digest))
    conn.execute(delete(PackageLedger.__table__).where(PackageLedger.__table__.c.digest == digest))
    return touched


def _refused_changed(file: str, entity: str, record_id: Any) -> UndoRefused:
    return UndoRefused(translate("exchange", "cannot undo {file}: the {entity} {id} it wrote has changed since it "
                                 "was imported; nothing was undone").format(entity=entity, id=record_id, file=file))


def _refuse_edited_since(conn: Connection, digest: str, header: Any, steps: Sequence[Any], file: str) -> bool:
    """An edit made since the import (any change_log row newer than it but its own) to a record it wrote. Returns
    whether records edited since are gone from the store (deleted here: their rows no longer say where they came
    from, so only the count of the package's records can tell whether they were its own)."""
    log = ChangeLog.__table__.c
    own = set(json.loads(header.log_ids or "[]"))
    later: dict[str, set[uuid.UUID]] = {}
    for row in conn.execute(select(log.id, log.entity, log.record_id).where(log.id > header.log_mark)):
        if row.id not in own:
            later.setdefault(row.entity, set()).add(row.record_id)
    if not later:
        return False
    mine = {(s.entity, s.record_id) for s in steps}
    hits = []
    gone = False
    for entity, ids in later.items():
        hits += [i for i in ids if (entity, i) in mine]
        if entity not in ENTITY_TYPES:
            continue
        table = record_table(entity)
        for chunk in chunks(list(ids)):
            found = conn.execute(select(table.c.id, table.c.source).where(table.c.id.in_(chunk))).all()
            hits += [row.id for row in found if row.source == digest]
            gone = gone or len(found) < len(chunk)
    if hits:
        raise UndoRefused(exchange.tr("cannot undo {file}: %n record(s) it wrote edited since it was imported; "
                                      "nothing was undone", None, len(set(hits))).format(file=file))
    return gone


def _put_tombstone(conn: Connection, entity: str, record_id: uuid.UUID, text: str | None) -> None:
    if text is None:
        return
    data = json.loads(text)
    conn.execute(insert(Tombstone.__table__).values(
        entity=entity, record_id=record_id, revision=data["revision"],
        deleted_at=dt.datetime.fromisoformat(data["deleted_at"]), office_code=data["office_code"]))


def _provenance(text: str | None) -> dict[str, Any]:
    """A record's provenance columns from what the reversal kept of them (:func:`_sources`): NULL when it had none."""
    data = json.loads(text) if text is not None else {}
    return {"source": data.get("digest"), "edited_by": data.get("edited_by")}


def _put_source(conn: Connection, entity: str, record_id: uuid.UUID, text: str | None) -> None:
    table = record_table(entity)
    conn.execute(update(table).where(table.c.id == record_id).values(_provenance(text)))


def _put_targets(conn: Connection, initiative_id: uuid.UUID, codes: Iterable[str]) -> None:
    links = InitiativeSdgTarget.__table__
    rows = [{"initiative_id": initiative_id, "target_code": code} for code in codes]
    if rows:
        conn.execute(insert(links), rows)


def _restore_deleted(conn: Connection, step: Any, file: str, touched: set[uuid.UUID]) -> None:
    """A record the package deleted (or the database buried with a parent it deleted) comes back, with the
    tombstone and provenance it had; the package's tombstone must still be the one it left."""
    t = Tombstone.__table__.c
    gone = conn.execute(delete(Tombstone.__table__).where(t.entity == step.entity, t.record_id == step.record_id,
                                                          t.revision == step.revision))
    if gone.rowcount != 1:
        raise _refused_changed(file, step.entity, step.record_id)
    values = decode(step.entity, step.before)
    if values is not None:
        targets = values.pop("sdg_targets", None) or ()
        conn.execute(insert(record_table(step.entity)).values(values))
        if step.entity == "initiative":
            _put_targets(conn, step.record_id, targets)
            touched.add(step.record_id)
        if step.entity == "beneficiary_count":
            touched.add(values["initiative_id"])
        _put_source(conn, step.entity, step.record_id, step.source)
    _put_tombstone(conn, step.entity, step.record_id, step.tombstone)


def _restore_link(conn: Connection, step: Any, file: str) -> None:
    """A reference the database set to NULL when the package deleted what it pointed at."""
    ((column, value),) = json.loads(step.before).items()
    table = record_table(step.entity)
    done = conn.execute(update(table).where(table.c.id == step.record_id, table.c.revision == step.revision,
                                            table.c[column].is_(None)).values({column: uuid.UUID(value)}))
    if done.rowcount != 1:
        raise _refused_changed(file, step.entity, step.record_id)


def _restore_updated(conn: Connection, entity: str, digest: str, steps: Sequence[Any], file: str,
                     touched: set[uuid.UUID]) -> None:
    """The records of one entity the package updated get their previous values, SDG targets and provenance —
    if each still holds the revision the package left and still comes from it."""
    table = record_table(entity)
    keys = [c.key for c in record_columns(table)]
    ids = [s.record_id for s in steps]
    for chunk in chunks(ids):
        still = set(conn.scalars(select(table.c.id).where(table.c.source == digest, table.c.id.in_(chunk))))
        missing = [i for i in chunk if i not in still]
        if missing:
            raise _refused_changed(file, entity, missing[0])
    if entity == "beneficiary_count":  # the initiatives they point at now, as well as before
        for chunk in chunks(ids):
            touched.update(conn.scalars(select(table.c.initiative_id).where(table.c.id.in_(chunk))))
    params = []
    targets: dict[uuid.UUID, Any] = {}
    for step in steps:
        values = decode(entity, step.before) or {}
        if entity == "initiative":
            targets[step.record_id] = values.get("sdg_targets") or ()
        if entity == "beneficiary_count":
            touched.add(values["initiative_id"])
        params.append({**{f"_{k}": values.get(k) for k in keys}, "_seen": step.revision,
                       **{f"_{k}": v for k, v in _provenance(step.source).items()}})
    done = conn.execute(guarded_update(table), params)
    if done.rowcount is not None and 0 <= done.rowcount < len(params):
        raise UndoRefused(exchange.tr("cannot undo {file}: %n {entity} record(s) it updated changed since it was "
                                      "imported; nothing was undone", None, len(params) - done.rowcount)
                          .format(entity=entity, file=file))
    if targets:
        links = InitiativeSdgTarget.__table__
        for chunk in chunks(list(targets)):
            conn.execute(delete(links).where(links.c.initiative_id.in_(chunk)))
        rows = [{"initiative_id": key, "target_code": code} for key, codes in targets.items() for code in codes]
        if rows:
            conn.execute(insert(links), rows)


def guarded_update(table: Table) -> Any:
    """An UPDATE of a record row's values and provenance, given per row as ``_<key>`` parameters, that changes the
    row only if it still has the revision read (``_seen``): a row another writer changed meanwhile is left as it is
    (the caller counts the rows changed)."""
    keys = [c.key for c in record_columns(table)]
    return update(table).where(table.c.id == bindparam("_id"), table.c.revision == bindparam("_seen")).values(
        {k: bindparam(f"_{k}") for k in (*keys, *PROVENANCE) if k != "id"})


def _delete_created(conn: Connection, entity: str, digest: str, file: str, touched: set[uuid.UUID]) -> None:
    """The records of one entity the package created (or revived): those whose source is still the package (its
    updates have got theirs back already). Refused when a record added since depends on one."""
    table = record_table(entity)
    created = select(table.c.id).where(table.c.source == digest)
    count = conn.scalar(select(func.count()).select_from(created.subquery())) or 0
    if not count:
        return
    for child, column in _referrers(entity):
        referrer = record_table(child)
        depending = conn.scalar(select(func.count()).select_from(referrer).where(referrer.c[column].in_(created)))
        if depending:
            raise UndoRefused(exchange.tr("cannot undo {file}: records it created have %n {child} record(s) "
                                          "added since under them; nothing was undone", None, depending).format(child=child, file=file))
    if entity == "beneficiary_count":
        touched.update(conn.scalars(select(table.c.initiative_id).where(table.c.id.in_(created)).distinct()))
    gone = conn.execute(delete(table).where(table.c.source == digest))
    if gone.rowcount != count:
        raise UndoRefused(exchange.tr("cannot undo {file}: %n record(s) it created no longer in the store; "
                                      "nothing was undone", None, count - gone.rowcount).format(file=file))
