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


class Part:
    """Part ``n`` (from 0) of ``parts`` equal parts of a job — or ``width`` parts from ``n`` on: a step reports its
    own ``done`` of ``total`` and the job's progress moves through that part only (reading is the first half of an
    import; the third of five packages is the third fifth of the run)."""

    SCALE = 1000

    def __init__(self, progress: Progress, n: int, parts: int, width: int = 1) -> None:
        self.progress, self.n, self.parts, self.width = progress, n, parts, width

    def set_value(self, done: int, total: int) -> None:
        self.progress.set_value(self.n * self.SCALE + min(done, total) * self.SCALE * self.width // max(total, 1),
                                self.parts * self.SCALE)

    def cancelled(self) -> bool:
        return self.progress.cancelled()
