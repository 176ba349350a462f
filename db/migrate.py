"""Alembic migrations run from code, safely on SQLite.

SQLite cannot ALTER most things, so Alembic's batch mode copies the table: create new, copy rows, DROP old, rename.
With ``foreign_keys=ON`` that DROP deletes every ``ON DELETE CASCADE`` child row — silently. So migrations run on a
connection with foreign keys OFF (it must be switched outside a transaction), and ``PRAGMA foreign_key_check`` must
come back empty before the migration commits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from desktop.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Alembic is imported where it is used: a process that only reads packages for an import (a reader process) imports
# db.store for its types, and has no schema to look at.


def alembic_config(extra_locations: list[str] | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    locations = [str(MIGRATIONS_DIR / "versions"), *(extra_locations or [])]
    config.set_main_option("version_locations", " ".join(locations))
    config.set_main_option("path_separator", "space")
    return config


def head_revision(extra_locations: list[str] | None = None) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(extra_locations)).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str, extra_locations: list[str] | None = None) -> bool:
    """Whether this version of Fieldbook has the migration ``revision`` (a store at an unknown one was written by a
    newer version: it must be refused, not "upgraded")."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(extra_locations)).get_revision(revision) is not None
    except CommandError:  # alembic's "Can't locate revision"
        return False


#: The PostgreSQL advisory lock a schema upgrade holds to its commit ("fbschema" in ASCII).
MIGRATION_LOCK = 0x6662736368656D61


class ForeignKeyViolation(RuntimeError):
    pass


def upgrade(engine: Engine, extra_locations: list[str] | None = None, revision: str = "head") -> None:
    """Upgrade to ``revision`` in one transaction; on SQLite with foreign keys off and checked afterwards."""
    from alembic import command

    config = alembic_config(extra_locations)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _set_foreign_keys(connection, False)
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # Two officers opening a fresh (or older) store at the same moment: the second waits here, then
                    # finds the schema at head and has nothing to do, instead of failing on half-created types.
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ForeignKeyViolation(
                            translate("store", "{count} rows would break foreign keys, first in table {table}").format(
                                count=len(broken), table=broken[0][0])
                        )
        finally:
            if sqlite:
                _set_foreign_keys(connection, True)


def _set_foreign_keys(connection: Connection, on: bool) -> None:
    # Outside any transaction (SQLite ignores this pragma inside one), so on the driver connection itself.
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
