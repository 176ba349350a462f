"""Several officers on one store: who is importing into it now, and whether an import has committed since a look.

Both are cheap reads meant to be polled every few seconds by an open window (off the UI thread).

- :func:`importing` — on PostgreSQL, the connections holding the store's import lock (``pg_locks``), each named by
  the ``application_name`` an import sets when it takes the lock (``desktop.exchange.importer``): who, and since when
  the run started. On SQLite it is always empty, and that is the truth rather than a gap: a SQLite store has one
  writer at a time, held by a file lock for as long as a window or command has it open for writing, so while this
  app has the store open no other process can import into it (it is refused at open), and this app's own import
  shows its progress dialog. A row written by the import itself would not help either: it is invisible to everyone
  else until the import commits.
- :func:`store_generation` — a value that changes whenever an import (or an undo) commits into the store: the
  number of ledger rows and the newest import time. A dashboard compares it with the one it last showed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.models import PackageLedger
from db.store import Store
from desktop.exchange.importer import IMPORT_LOCK, parse_application_name


@dataclass(frozen=True)
class Importer:
    """One import under way: who runs it (the user name it was started with) and since when (UTC)."""

    who: str
    since: dt.datetime | None


def importing(store: Store) -> list[Importer]:
    """Who is importing into this store now (an undo of an import counts too). Always empty on SQLite (see the
    module's note)."""
    if store.is_sqlite:
        return []
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT a.application_name, a.usename, a.xact_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %(high)s AND l.objid = %(low)s "
            "AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            {"high": IMPORT_LOCK >> 32, "low": IMPORT_LOCK & 0xFFFFFFFF}).all()
    out = []
    for name, role, started in rows:
        parsed = parse_application_name(name)
        # Another role's session shows its application name only to a role allowed to read every session's
        # statistics (pg_read_all_stats, docs/headquarters.md): then the database role's name says who.
        who, since = parsed if parsed is not None else (role or "?", None)
        out.append(Importer(who, since or started))
    return out


def store_generation(store: Store) -> tuple[int, str]:
    """Changes whenever an import or an undo of one commits into the store: (ledger rows, newest import time)."""
    table = PackageLedger.__table__
    with store.engine.connect() as conn:
        count, newest = conn.execute(select(func.count(), func.max(table.c.imported_at))).one()
    return int(count), newest.isoformat() if newest is not None else ""
