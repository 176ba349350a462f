"""Record bookkeeping done at flush time, so no caller can forget it.

On every flush: new records get revision 1 and their times; changed records get revision + 1 and a new ``updated_at``;
deleted records leave a ``Tombstone`` (also
when deleted by cascade or as an orphan); every change is written to ``ChangeLog`` (who, when, field, old → new).

``session.info`` carries the context: ``user`` (who is editing), ``office_code`` (the owner given to new records) and
``keep_identity`` — set by the package importer, which must store records with the revision and times they travelled
with, and keeps its own ledger instead of field history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, delete, event, insert, inspect
from sqlalchemy.orm import ColumnProperty, Session, object_session

from db.models import ChangeLog, Initiative, InitiativeSdgTarget, Office, Record, Tombstone
from db.types import canonical_decimal, utcnow

_IDENTITY_FIELDS = frozenset({"id", "revision", "created_at", "updated_at"})


def display_value(value: Any) -> str | None:
    """How a value is written in the change history."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return canonical_decimal(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


def changed_fields(obj: Record) -> dict[str, tuple[Any, Any]]:
    """Column attributes whose value changed in this session: name → (old, new)."""
    state = inspect(obj)
    changes: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _IDENTITY_FIELDS or not isinstance(attr, ColumnProperty):
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[attr.key] = (old, new)
    return changes


@event.listens_for(Session, "before_flush")
def _bookkeeping(session: Session, _flush_context: object, _instances: object) -> None:
    now = utcnow()
    user = str(session.info.get("user") or "unknown")
    office_code = session.info.get("office_code")
    keep = bool(session.info.get("keep_identity"))
    log: list[ChangeLog] = []

    for obj in list(session.new):
        if isinstance(obj, Record):
            if isinstance(obj, Office) and not obj.office_code:
                obj.office_code = obj.code
            if not obj.office_code and office_code:
                obj.office_code = office_code
            if obj.id is None:
                obj.id = uuid.uuid4()
            if not keep or obj.revision is None:
                obj.revision = obj.revision or 1
                obj.created_at = obj.created_at or now
                obj.updated_at = obj.updated_at or obj.created_at
            if not keep:
                log.append(_entry(obj, "create", None, None, None, now, user))

    sdg_touched: dict[uuid.UUID, tuple[set[str], set[str]]] = {}
    for obj in list(session.new) + list(session.deleted):
        if isinstance(obj, InitiativeSdgTarget):
            added, removed = sdg_touched.setdefault(_sdg_parent_id(obj), (set(), set()))
            (removed if obj in session.deleted else added).add(obj.target_code)

    for obj in list(session.dirty):
        if not isinstance(obj, Record) or obj in session.deleted:
            continue
        changes = changed_fields(obj)
        if not changes:
            continue
        if not keep:
            obj.revision = (obj.revision or 0) + 1
            obj.updated_at = now
            for field, (old, new) in changes.items():
                log.append(_entry(obj, "update", field, old, new, now, user))

    if not keep:
        for initiative_id, (added, removed) in sdg_touched.items():
            initiative = session.get(Initiative, initiative_id)
            if initiative is None or initiative in session.new or initiative in session.deleted:
                continue
            current = set(initiative.sdg_targets)
            previous = (current - added) | removed
            if previous == current:
                continue
            if not changed_fields(initiative):  # not already bumped above
                initiative.revision = (initiative.revision or 0) + 1
                initiative.updated_at = now
            log.append(_entry(initiative, "update", "sdg_targets", sorted(previous), sorted(current), now, user))

    session.add_all(log)


@event.listens_for(Record, "before_delete", propagate=True)
def _leave_tombstone(_mapper: object, connection: Connection, target: Record) -> None:
    """Every deleted row leaves a tombstone — explicit deletes, cascades and orphans alike.

    A mapper event, not ``before_flush``: orphans are only found during the flush itself.
    """
    session = object_session(target)
    info = session.info if session is not None else {}
    now = utcnow()
    revision = (target.revision or 0) + 1
    tombstones = Tombstone.__table__
    connection.execute(
        delete(tombstones).where(tombstones.c.entity == target.entity, tombstones.c.record_id == target.id)
    )
    connection.execute(
        insert(tombstones).values(
            entity=target.entity, record_id=target.id, revision=revision, deleted_at=now,
            office_code=target.office_code,
        )
    )
    if not info.get("keep_identity"):
        entry = _entry(target, "delete", None, None, None, now, str(info.get("user") or "unknown"), revision=revision)
        values = {c.key: getattr(entry, c.key) for c in ChangeLog.__table__.columns if c.key != "id"}
        connection.execute(insert(ChangeLog.__table__).values(**values))


def _sdg_parent_id(link: InitiativeSdgTarget) -> uuid.UUID:
    if link.initiative_id is not None:
        return link.initiative_id
    history = inspect(link).attrs.initiative.history
    parent = (history.deleted or history.unchanged or history.added or [None])[0]
    return parent.id if parent is not None else link.initiative_id


def _entry(
    obj: Record,
    action: str,
    field: str | None,
    old: Any,
    new: Any,
    now: dt.datetime,
    user: str,
    revision: int | None = None,
) -> ChangeLog:
    return ChangeLog(
        changed_at=now,
        changed_by=user,
        entity=obj.entity,
        record_id=obj.id,
        action=action,
        field=field,
        old_value=display_value(old),
        new_value=display_value(new),
        revision=revision if revision is not None else obj.revision,
    )
