"""Errors of the store, each with a message a person can act on (no tracebacks for users)."""

from __future__ import annotations


class StoreError(Exception):
    """A problem opening or changing the store; ``str(error)`` is one readable line."""


class StoreLocked(StoreError):
    pass


class StoreCorrupt(StoreError):
    pass


class MigrationFailed(StoreError):
    pass


class StoreNeedsMigration(StoreError):
    """A read-only open found a store at another schema version: it must be opened for writing to be migrated."""


class StoreUnwritable(StoreError):
    """The store's folder cannot be written (read-only, no permission, full): nothing can be opened for writing."""


class StoreTooNew(StoreError):
    """The store was written by a newer Fieldbook, at a schema this version does not know: refused, left untouched."""


class NotAStore(StoreCorrupt):
    """The file is empty, or a database that is not Fieldbook's: refused, left untouched."""


class ServerUnavailable(StoreError):
    """The PostgreSQL server cannot be reached, refuses the user, or has no such database."""


class BackupFailed(StoreError):
    """A backup or snapshot could not be written (a full disk, a read-only folder); nothing was changed."""
