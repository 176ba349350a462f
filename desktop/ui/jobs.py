"""Background jobs that do not touch the open store (reading, checking and merging package files).

Store work goes through the one serialized worker (:mod:`desktop.ui.worker`); file work needs no serializing and
runs on Qt's thread pool. A job is a plain function taking a ``progress`` keyword — the small object of
:mod:`desktop.exchange.progress` (``set_value``, ``cancelled()``) — and reports back by signal on the UI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class Job(QObject):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self._cancelled = False
        self.finished = False
        self.on_done: Callable[[Any], None] | None = None  # what its page does with the result (ConsolidatePage)

    # the progress protocol the exchange functions take
    def set_value(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancelled

    @Slot()
    def cancel(self) -> None:
        self._cancelled = True

    def _run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.finished = True
            self.failed.emit(exc)
            return
        self.finished = True
        self.done.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


_running: set[Job] = set()


def start(job: Job) -> Job:
    """Run ``job`` on the thread pool; the job is kept alive until it has reported."""
    _running.add(job)
    job.done.connect(lambda _result, j=job: _running.discard(j))
    job.failed.connect(lambda _error, j=job: _running.discard(j))
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


class Poller(QObject):
    """Asks ``fn(store)`` on the thread pool every ``interval_ms`` while started, one question at a time (a slow
    server never gets a queue of them), and emits each answer as ``answered``. A failure (a dropped connection) is
    let go: the next tick asks again. ``store_of`` gives the store to ask about (None: nothing is asked)."""

    answered = Signal(object)

    def __init__(self, fn: Callable[[Any], Any], store_of: Callable[[], Any], interval_ms: int,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.fn, self.store_of = fn, store_of
        self.asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def poll(self) -> None:
        store = self.store_of()
        if store is None or self.asking:
            return
        self.asking = True
        job = Job(lambda of, progress: self.fn(of), store)
        job.done.connect(self._answered)
        job.failed.connect(self._failed)
        start(job)

    @Slot(object)
    def _answered(self, result: Any) -> None:
        self.asking = False
        self.answered.emit(result)

    @Slot(object)
    def _failed(self, _error: BaseException) -> None:
        self.asking = False
