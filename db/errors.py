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
