"""The one serialized worker every store access goes through (after Anki's ``taskman``).

A single ``QThread`` runs one task at a time, in the order they were asked for; each task is a plain function of
the store (``desktop.core.records``) that opens and closes its own short session, so no session ever crosses a
thread. Results and errors come back to the UI thread by signal and are handed to the callbacks given to
:meth:`TaskManager.run`. Long tasks get a :class:`TaskProgress` (``set_value(done, total)``, ``cancelled()``), the small
progress object of Orange3's ``concurrent`` helpers, which a ``QProgressDialog`` can watch.
"""

from __future__ import annotations

import itertools
import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.store import Store

log = logging.getLogger(__name__)


class TaskProgress(QObject):
    """The progress object of :mod:`desktop.core.progress` for a task on the worker: the task calls ``set_value``
    there and the value arrives here by signal; the UI's ``cancel`` is seen by the task's ``cancelled()``."""

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = False

    def set_value(self, done: int, total: int) -> None:
        self.changed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancelled

    @Slot()
    def cancel(self) -> None:
        self._cancelled = True


class TaskProgressDialog(QProgressDialog):
    """A window-modal progress dialog watching a :class:`TaskProgress`: it shows after ``delay_ms`` and its Cancel
    asks the task to stop. The task's reports reach it through its own slot, queued to the UI thread."""

    def __init__(self, text: str, cancel_text: str, title: str, progress: TaskProgress, parent: QWidget,
                 delay_ms: int = 700) -> None:
        super().__init__(text, cancel_text, 0, 0, parent)
        self.setWindowTitle(title)
        self.setMinimumDuration(delay_ms)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        progress.changed.connect(self.show_progress)
        self.canceled.connect(progress.cancel)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.setMaximum(total)
        self.setValue(done)

    def finish(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()


@dataclass
class _Task:
    id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    replaces_store: bool = False
    writes: bool = True
    label: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class _Worker(QObject):
    """Lives in the worker thread; queued signal calls run one at a time, in order."""

    finished = Signal(object, object, object)  # task, result, exception

    def __init__(self, manager: TaskManager) -> None:
        super().__init__()
        self._manager = manager

    @Slot(object)
    def execute(self, task: _Task) -> None:
        try:
            store = self._manager.store
            if store is None and not task.replaces_store:
                raise RuntimeError("no data file is open")
            result = task.fn(store, *task.args, **task.kwargs)
            if task.replaces_store:
                self._manager.store = result  # swapped here, so the next queued task already sees it
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI, never kill the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.finished.emit(task, None, exc)
            return
        self.finished.emit(task, result, None)


class TaskManager(QObject):
    """Runs store work on one background thread; ``run`` returns at once and calls back on the UI thread."""

    _submit = Signal(object)
    busy_changed = Signal(bool)
    #: After a task that writes, so that views can refresh and the status bar say "saved".
    saved = Signal()
    #: A task failed and had no ``on_error`` of its own: the message to show.
    failed = Signal(str)

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._ids = itertools.count(1)
        self._pending: dict[int, _Task] = {}
        self._thread = QThread()
        self._thread.setObjectName("fieldbook-store-worker")
        self._worker = _Worker(self)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._finished)
        self._thread.start()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        replaces_store: bool = False,
        writes: bool = True,
        label: str = "",
        **kwargs: Any,
    ) -> int:
        """Queue ``fn(store, *args, **kwargs)``. ``writes=False`` marks a read (no "saving…" in the status bar)."""
        task = _Task(next(self._ids), fn, args, kwargs, on_done, on_error, replaces_store, writes, label)
        was_idle = not self._pending
        self._pending[task.id] = task
        if was_idle:
            self.busy_changed.emit(True)
        self._submit.emit(task)
        return task.id

    @property
    def is_idle(self) -> bool:
        return not self._pending

    @property
    def writes_pending(self) -> bool:
        return any(task.writes for task in self._pending.values())

    @Slot(object, object, object)
    def _finished(self, task: _Task, result: Any, error: BaseException | None) -> None:
        self._pending.pop(task.id, None)
        try:
            if error is not None:
                if task.on_error is not None:
                    task.on_error(error)
                else:
                    log.error("task %s failed:\n%s", task.fn.__name__, getattr(error, "__traceback_text__", error))
                    self.failed.emit(str(error))
            else:
                if task.on_done is not None:
                    task.on_done(result)
                if task.writes:
                    self.saved.emit()
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Let queued work finish (a save still in the queue must not be lost), then stop the thread."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        self._thread.quit()
        self._thread.wait(max(0, int((deadline - time.monotonic()) * 1000)))
