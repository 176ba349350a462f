"""The small progress object every long job takes (lists, exports, imports, merges): it reports how far the job is
and tells it to stop. One protocol for core and exchange alike (after Orange3's ``concurrent`` helpers).

The UI implements :class:`Progress` (a signal-emitting adapter, off the UI thread); the command line and tests pass
nothing, which means :data:`NO_PROGRESS`. A job checks ``cancelled()`` every few hundred rows and raises
:class:`Cancelled`, leaving nothing half-written behind.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The person cancelled the job; nothing was written."""


class Progress(Protocol):
    def set_value(self, done: int, total: int) -> None:
        """``done`` of ``total`` units (rows) are finished."""

    def cancelled(self) -> bool:
        """True once the person asked to stop."""


class _NoProgress:
    def set_value(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


NO_PROGRESS: Progress = _NoProgress()
