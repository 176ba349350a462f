"""Opening the store: where the file lives, how every connection is set up, one instance per file, migrations.

SQLite is the office store (one file in the per-user data folder); PostgreSQL serves headquarters at scale. Both
are opened with :func:`open_store`, which leaves the schema at the newest migration or raises a ``StoreError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

import db.counting  # noqa: F401  (keeps the counted beneficiaries fresh at flush)
import db.session  # noqa: F401  (registers the flush bookkeeping)
from db.errors import (
    BackupFailed,
    MigrationFailed,
    NotAStore,
    ServerUnavailable,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreNeedsMigration,
    StoreTooNew,
    StoreUnwritable,
)
from db.files import disk_reason, is_disk_full, output_file, replace_durably, scratch_folder, sweep_scratch, sync_file
from db.migrate import current_revision, head_revision, is_known_revision, upgrade
from desktop.core.i18n import translate

APP_NAME = "Fieldbook"
STORE_FILENAME = "fieldbook.sqlite"
BUSY_TIMEOUT_MS = 10_000


#: A file of this name beside the executable of a built copy makes it portable (a USB stick).
PORTABLE_MARKER = "portable"
#: The data folder of a portable copy, beside the executable.
PORTABLE_DATA = "data"


def portable_data_dir(executable: str | Path) -> Path | None:
    """``<folder>/data`` when a file named ``portable`` sits in the executable's folder, else None: a copy on a USB
    stick keeps its data file, backups, keys and settings with it, from one computer to the next."""
    folder = Path(executable).resolve().parent
    return folder / PORTABLE_DATA if (folder / PORTABLE_MARKER).is_file() else None


def default_data_dir() -> Path:
    """Where the data file lives unless ``--data-dir`` says otherwise: beside a built copy marked portable, else the
    per-user data folder. Only a built (frozen) copy looks for the marker: from the source tree the executable is
    the Python of a virtualenv, and ``--data-dir`` does the same job there."""
    if getattr(sys, "frozen", False):
        portable = portable_data_dir(sys.executable)
        if portable is not None:
            return portable
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_store_path(data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()) / STORE_FILENAME


def shipped_schema() -> str:
    """The store schema this copy of Fieldbook brings its data files to: the head of its own migrations, read from
    the migration scripts without opening any store."""
    return head_revision(None) or "none"


def store_schema(store: Store) -> str | None:
    """The schema an open store is at (its ``alembic_version``): the file's own version, as opposed to this copy's."""
    with store.engine.connect() as conn:
        return current_revision(conn)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return "unknown"


def store_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a file path or a URL (``postgresql+psycopg://…``)."""
    text_target = str(target)
    if "://" in text_target:
        return text_target
    return f"sqlite:///{Path(text_target).expanduser().resolve()}"


CACHE_KIB = 64 * 1024


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The sqlite3 module would open transactions itself, and only before INSERT/UPDATE/DELETE, leaving DDL in
    # autocommit; take that over so that a migration or an import is one real transaction (SQLAlchemy's recipe).
    dbapi_connection.isolation_level = None
    # Set on every connection, not once: SQLite forgets these per connection (foreign_keys is off by default!).
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    # 64 MiB of page cache instead of SQLite's 2 MiB: a headquarters import touches index pages all over a large
    # store, and re-reading them from the operating system made writing it 1.7× slower. Taken only as pages are used.
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


#: PostgreSQL's port when a URL names none.
POSTGRES_PORT = 5432


def server_name(url: URL) -> str:
    """A server store as a person reads it, and as the keyring knows its password: user@host:port/database."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or POSTGRES_PORT}/{url.database or ''}"


@dataclass
class Store:
    """An open store: an engine, a session factory and, for a file, the lock that keeps other instances out."""

    url: str
    engine: Engine
    user: str
    office_code: str | None = None
    path: Path | None = None
    _lock: FileLock | None = field(default=None, repr=False)
    #: Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).
    read_only: bool = False
    read_only_role: bool = False  # read-only because the role has no INSERT right on the tables (an analyst)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        """The store as a person reads it (title, status bar, messages): a file's path; a server's
        user@host:port/database (:func:`server_name`), never its password."""
        return str(self.path) if self.path is not None else server_name(self.engine.url)

    @contextlib.contextmanager
    def session(self, *, keep_identity: bool = False, user: str | None = None) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error, always closes."""
        session = self._sessions()
        session.info.update(user=user or self.user, office_code=self.office_code, keep_identity=keep_identity)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read_session(self) -> Session:
        session = self._sessions()
        session.info.update(user=self.user, office_code=self.office_code, keep_identity=False)
        return session

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(
    target: str | Path,
    *,
    user: str | None = None,
    create: bool = True,
    migrate: bool = True,
    backup_dir: Path | None = None,
    extra_migrations: list[str] | None = None,
    read_only: bool = False,
) -> Store:
    """Open (and create, and migrate) a store at a SQLite path or a SQLAlchemy URL.

    For SQLite: takes the per-file lock, checks integrity, backs the file up before any migration and restores the
    backup if the migration fails. Raises ``StoreError`` subclasses with a readable message.

    ``read_only`` opens an existing store for reading only (export, info, report): no lock, so it works while the
    app has the file open (WAL lets readers see the last committed state while a writer works); every connection
    refuses writes, and a store not at the newest schema is refused rather than migrated.
    """
    url = store_url(target)
    sqlite_path = _sqlite_path(url)
    lock = None
    if read_only:
        with _server_errors(url):
            return _open_read_only(url, sqlite_path, user)
    if sqlite_path is not None:
        if not sqlite_path.exists() and not create:
            raise StoreError(translate("store", "{path}: no such data file").format(path=sqlite_path))
        # Not thread-local: the desktop app opens the store on one thread and may close it on its worker thread.
        lock = FileLock(str(sqlite_path) + ".lock", thread_local=False)
        try:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire(timeout=0)
        except Timeout:
            raise StoreLocked(
                translate("store", "{path} is already open in another Fieldbook window or process; close it there "
                          "first").format(path=sqlite_path)
            ) from None
        except OSError as exc:  # a read-only folder or medium, no permission, a full disk
            raise _unwritable(sqlite_path, exc) from None
    try:
        engine = make_engine(url)
        new_file = sqlite_path is not None and not sqlite_path.exists()
        if sqlite_path is not None:
            if not new_file:
                _refuse_not_a_store(sqlite_path, empty_ok=create)
            try:
                _check_integrity(engine, sqlite_path)
            except StoreError:
                if new_file:  # not a damaged store: one that could not be made (a full disk); leave no file
                    _discard_new_file(engine, sqlite_path)
                raise
            # Scratch of a snapshot whose process was killed (db.files): the next open of the store removes it.
            sweep_scratch(backups_dir(sqlite_path, backup_dir))
        with _server_errors(url):
            if migrate:
                _migrate(engine, sqlite_path, backup_dir, extra_migrations, create=create, new_file=new_file)
            store = Store(url=url, engine=engine, user=user or current_user(), path=sqlite_path, _lock=lock)
            store.office_code = _office_code(store)
            if sqlite_path is None and not role_can_write(engine):  # an analyst's role: read, never write
                event.listen(engine, "connect", _postgres_read_only)
                engine.dispose()  # the connections made so far were not read-only
                store.read_only = store.read_only_role = True
        return store
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_read_only(url: str, sqlite_path: Path | None, user: str | None) -> Store:
    if sqlite_path is not None and not sqlite_path.is_file():
        raise StoreError(translate("store", "{path}: no such data file").format(path=sqlite_path))
    if sqlite_path is not None:
        _refuse_not_a_store(sqlite_path, empty_ok=False)
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda dbapi, _r: dbapi.execute("PRAGMA query_only = ON"))
    else:  # PostgreSQL: every transaction of these sessions is read-only too
        event.listen(engine, "connect", _postgres_read_only)
    try:
        if sqlite_path is not None:
            _check_integrity(engine, sqlite_path)
        with engine.connect() as conn:
            current = current_revision(conn)
        if current != head_revision(None):
            where = sqlite_path or url
            _refuse_newer(current, str(sqlite_path) if sqlite_path is not None else _safe_url(engine), None)
            schema = current or translate("store", "empty", "a store with no schema yet")
            raise StoreNeedsMigration(translate("store", "{where} is not at this version's schema ({schema}); open it "
                                                "once in Fieldbook (or with a command that writes) to bring it up to "
                                                "date").format(where=where, schema=schema))
        store = Store(url=url, engine=engine, user=user or current_user(), path=sqlite_path, read_only=True)
        store.office_code = _office_code(store)
        store.read_only_role = sqlite_path is None and not role_can_write(engine)
        return store
    except BaseException:
        engine.dispose()
        raise


def role_can_write(engine: Engine) -> bool:
    """Whether the database role may add rows to every table of the store (PostgreSQL's ``has_table_privilege``);
    always True on SQLite, where the file's folder decides (and opening for writing says so)."""
    if engine.dialect.name == "sqlite":
        return True
    from db.models import Base

    names = [table.name for table in Base.metadata.sorted_tables]
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT bool_and(has_table_privilege(quote_ident(t), 'INSERT')) FROM unnest(%(names)s::text[]) AS t",
            {"names": names}).scalar())


def read_only_text(store: Store) -> str:
    """Why nothing can be written to this store, in one line (Consolidate's tooltips, the command line)."""
    if store.read_only_role:
        return translate("store", "this store is open read-only: your database role cannot write to it")
    return translate("store", "this store is open read-only")


def _postgres_read_only(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.close()
    dbapi_connection.commit()  # type: ignore[attr-defined]


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_integrity(engine: Engine, path: Path) -> None:
    # quick_check finds the corruption integrity_check does, minus index/table cross-checks, in a fraction of the time.
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except Exception as exc:
        if isinstance(exc, OperationalError) and not os.access(path.parent, os.W_OK):
            # SQLite in WAL mode keeps a small index file (-shm) beside the data file, even to read it
            raise _unwritable(path, OSError(errno.EROFS, _first_line(exc))) from None
        if isinstance(exc, OperationalError) and _disk_full(path.parent):  # SQLite says "disk I/O error"
            raise _unwritable(path, OSError(errno.ENOSPC, _first_line(exc))) from None
        raise StoreCorrupt(translate("store", "{path} is not a readable Fieldbook data file ({reason})").format(
            path=path, reason=_first_line(exc))) from None
    if rows != ["ok"]:
        raise StoreCorrupt(translate("store", "{path} is damaged ({problem}); restore a backup from Settings › "
                                     "Backups").format(path=path, problem=rows[0]))


def _migrate(engine: Engine, sqlite_path: Path | None, backup_dir: Path | None, extra: list[str] | None, *,
             create: bool = True, new_file: bool = False) -> None:
    with engine.connect() as conn:
        current = current_revision(conn)
        tables = inspect(conn).get_table_names() if current is None and sqlite_path is not None else []
    if current == head_revision(extra) and current is not None:
        return
    where = str(sqlite_path) if sqlite_path is not None else _safe_url(engine)
    # Refused before any backup or change: an upgrade cannot succeed, and a failed one would restore (and back up)
    # the file again at every open.
    _refuse_newer(current, where, extra)
    if current is None and tables:
        raise NotAStore(translate("store", "{path} is not a Fieldbook data file (a database with other tables: "
                                  "{tables}); check the path").format(path=where, tables=", ".join(sorted(tables)[:3])))
    if current is None and not create:
        raise NotAStore(translate("store", "{path} holds no Fieldbook store; check the path, or import into it to "
                                  "create one").format(path=where))
    backup = None
    if sqlite_path is not None and current is not None:
        backup = backup_sqlite(engine, sqlite_path, backup_dir, reason=f"before-migration-from-{current}")
    try:
        upgrade(engine, extra)
    except Exception as exc:
        if backup is not None:
            engine.dispose()
            restore_sqlite(backup, sqlite_path)  # type: ignore[arg-type]
            raise MigrationFailed(
                translate("store", "updating {path} failed ({reason}); the file was restored from {backup}").format(
                    path=sqlite_path, reason=_first_line(exc), backup=backup)
            ) from exc
        if current is None:
            message = translate("store", "creating the store at {where} failed ({reason}); nothing was changed")
        else:
            message = translate("store", "updating the store from schema {schema} at {where} failed ({reason}); "
                                "nothing was changed")
        if new_file:
            _discard_new_file(engine, sqlite_path)  # type: ignore[arg-type]
        raise MigrationFailed(message.format(where=where, reason=_reason(exc), schema=current)) from exc


def backups_dir(sqlite_path: Path, backup_dir: Path | None = None) -> Path:
    return backup_dir or sqlite_path.parent / "backups"


def backup_sqlite(engine: Engine, sqlite_path: Path, backup_dir: Path | None = None, reason: str = "manual") -> Path:
    """A consistent copy of the live file (SQLite's online backup, safe while WAL is in use)."""
    folder = backups_dir(sqlite_path, backup_dir)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{sqlite_path.stem}-{stamp}-{reason}.sqlite"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written in a scratch folder and moved into place when complete: a full disk or a killed process never
        # leaves a truncated (or 0-byte) snapshot that an undo would put in place of the store.
        with output_file(target, "snapshot") as scratch:
            raw = engine.raw_connection()
            try:
                destination = sqlite3.connect(scratch.partial)
                try:
                    raw.driver_connection.backup(destination)  # type: ignore[union-attr]
                finally:
                    destination.close()
            finally:
                raw.close()
    except (OSError, sqlite3.Error) as exc:
        if reason == "before-import":
            message = translate("store", "{path}: the snapshot taken before an import could not be written to "
                                "{folder} ({reason}), so nothing was changed: {todo}")
        elif reason.startswith("before-migration"):
            message = translate("store", "{path}: the backup taken before updating it could not be written to "
                                "{folder} ({reason}), so nothing was changed: {todo}")
        else:
            message = translate("store", "{path}: the backup could not be written to {folder} ({reason}), so nothing "
                                "was changed: {todo}")
        todo = (translate("store", "free some space on that disk and try again") if is_disk_full(exc)
                else translate("store", "make that folder writable and try again"))
        raise BackupFailed(message.format(path=sqlite_path, folder=folder, reason=disk_reason(exc),
                                          todo=todo)) from None
    return target


def restore_sqlite(backup: Path, sqlite_path: Path) -> None:
    """Put a backup in place of the data file. The caller must have closed every connection to it.

    The copy is made beside the file and moved into place when complete: a full disk or a kill midway leaves the
    data file as it was, never half a copy. The old write-ahead log goes first: left beside the restored file it
    would be replayed into it."""
    try:
        with scratch_folder(sqlite_path.parent, "restore") as folder:
            partial = folder / sqlite_path.name
            shutil.copyfile(backup, partial)
            sync_file(partial)
            for suffix in ("-wal", "-shm"):
                Path(str(sqlite_path) + suffix).unlink(missing_ok=True)
            replace_durably(partial, sqlite_path)
    except OSError as exc:
        raise BackupFailed(translate("store", "{path}: restoring {backup} failed ({reason}); the data file was left "
                                     "as it was").format(path=sqlite_path, backup=backup,
                                                         reason=disk_reason(exc))) from None


def _office_code(store: Store) -> str | None:
    from db.models import Office

    with store.read_session() as session:
        codes = session.scalars(Office.__table__.select().with_only_columns(Office.code).limit(2)).all()
    return codes[0] if len(codes) == 1 else None


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text_[0] if text_ else type(exc).__name__


def _unwritable(path: Path, exc: OSError) -> StoreError:
    """One line for a store whose folder cannot be written: which file, what is wrong, what to do."""
    if is_disk_full(exc):
        return StoreUnwritable(translate("store", "{path}: the disk is full; free some space on it and try "
                                         "again").format(path=path))
    return StoreUnwritable(translate("store", "{path}: Fieldbook cannot write in its folder {folder} ({reason}); it "
                                     "keeps a lock and a small index beside the data file: copy the file to a folder "
                                     "you can write to, or make this one writable").format(
        path=path, folder=path.parent, reason=disk_reason(exc)))


def _refuse_not_a_store(path: Path, *, empty_ok: bool) -> None:
    """Looked at before Fieldbook's own connection touches the file (which would switch it to WAL): an empty file
    is not a store (reading it would quietly make a new one in its place), nor is someone else's SQLite database."""
    try:
        empty = path.stat().st_size == 0
    except OSError:
        return
    if empty:
        if empty_ok:  # asked to create the store, in a file made for it (mktemp)
            return
        raise NotAStore(translate("store", "{path} is not a Fieldbook data file (it is empty); check the path, or "
                                  "restore a backup").format(path=path))
    try:
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                return  # not SQLite at all: the integrity check says so
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except (OSError, sqlite3.Error):
        return  # unreadable, damaged, or a read-only folder: the integrity check says which
    if tables and "alembic_version" not in tables:
        raise NotAStore(translate("store", "{path} is not a Fieldbook data file (a database with other tables: "
                                  "{tables}); check the path").format(path=path, tables=", ".join(sorted(tables)[:3])))


def _refuse_newer(current: str | None, where: str, extra: list[str] | None) -> None:
    if current is not None and not is_known_revision(current, extra):
        raise StoreTooNew(translate("store", "{where} was written by a newer version of Fieldbook (schema {schema}); "
                                    "this version knows up to {head}: install the newer version to open it").format(
            where=where, schema=current, head=head_revision(extra)))


def _discard_new_file(engine: Engine, path: Path) -> None:
    """A store that could not be created (a full disk) is not left behind as a file that looks like one."""
    engine.dispose()
    try:
        empty = path.stat().st_size == 0
        if not empty:
            with contextlib.closing(sqlite3.connect(path)) as conn:
                empty = not conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        if empty:
            for suffix in ("-wal", "-shm", ""):
                Path(str(path) + suffix).unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        pass


def _disk_full(folder: Path) -> bool:
    """Too little room left for SQLite's index and log files beside a data file."""
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return disk_reason(orig) if isinstance(orig, (OSError, sqlite3.Error)) else _first_line(exc)


@contextlib.contextmanager
def _server_errors(url: str) -> Iterator[None]:
    """A PostgreSQL server that cannot be reached, refuses the user, or has no such database: one line."""
    try:
        yield
    except OperationalError as exc:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            raise
        where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        text = _first_line(exc)
        reason = text.rsplit(" failed: ", 1)[-1].strip()
        if reason.startswith("FATAL:"):
            reason = reason.removeprefix("FATAL:").strip()
        state = getattr(getattr(exc, "orig", None), "sqlstate", None)
        if state == "3D000" or ("database" in reason and "does not exist" in reason):
            raise ServerUnavailable(translate("store", "database {database} does not exist on the PostgreSQL server "
                                              "at {where}; check the name, or create it (createdb {database})").format(
                database=parsed.database, where=where)) from None
        if state in ("28000", "28P01") or "authentication failed" in reason or reason.startswith("role "):
            raise ServerUnavailable(translate("store", "the PostgreSQL server at {where} refused user {user} "
                                              "({reason}); check the user name and password").format(
                where=where, user=parsed.username, reason=reason)) from None
        raise ServerUnavailable(translate("store", "cannot reach the PostgreSQL server at {where}: {reason}; check "
                                          "the address and that the server runs").format(
            where=where, reason=reason)) from None
