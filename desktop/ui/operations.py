"""User actions that change the store, each one function (after Anki's ``aqt/operations``), and their undo commands.

Every change runs on the worker (``TaskManager``) through ``desktop.core.records``; when it is done, a
``ChangeCommand`` holding each record's values before and after goes on the ``QUndoStack``. Undo re-saves the
previous values through the same worker and the same rules (a deleted record comes back with its id; a created one
is deleted again, leaving a tombstone).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.store import Store
from desktop.core import records
from desktop.ui.worker import TaskManager


def _apply_all(store: Store, states: Sequence[tuple[str, uuid.UUID, dict[str, Any] | None]]) -> None:
    for entity, record_id, values in states:
        records.apply_state(store, entity, record_id, values)


class Operations(QObject):
    """The actions of one window: they share its worker and its undo stack."""

    #: A change reached the store (saved, deleted, undone or redone): entities touched.
    changed = Signal(object)
    #: An undo or redo failed: the message to show.
    undo_failed = Signal(str)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.undo_stack = QUndoStack(self)

    def save(self, entity: str, record_id: uuid.UUID | None, raw: dict[str, Any], *,
             on_done: Callable[[records.SaveResult], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        def done(result: records.SaveResult) -> None:
            verb = QCoreApplication.translate("Operations", "Add") if result.created else \
                QCoreApplication.translate("Operations", "Edit")
            if result.before != result.after:  # saving unchanged values is not a step to undo
                self.undo_stack.push(ChangeCommand(
                    self, [records.Change(entity, result.record_id, result.before, result.after)],
                    f"{verb} {entity_title(entity)}"))
            self.changed.emit({entity})
            if on_done is not None:
                on_done(result)

        self.tasks.run(records.save_record, entity, raw, record_id, on_done=done, on_error=on_error)

    def save_many(self, items: list[tuple[str, uuid.UUID | None, dict[str, Any] | None]], text: str, *,
                  on_done: Callable[[list[records.SaveResult]], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None) -> None:
        def done(results: list[records.SaveResult]) -> None:
            changes = [records.Change(r.entity, r.record_id, r.before, r.after) for r in results
                       if r.before != r.after]
            if changes:
                self.undo_stack.push(ChangeCommand(self, changes, text))
            self.changed.emit({r.entity for r in results})
            if on_done is not None:
                on_done(results)

        self.tasks.run(records.save_records, items, on_done=done, on_error=on_error)

    def delete(self, entity: str, record_id: uuid.UUID, *, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        def done(changes: list[records.Change]) -> None:
            self.undo_stack.push(ChangeCommand(
                self, changes, QCoreApplication.translate("Operations", "Delete {what}").format(
                    what=entity_title(entity))))
            self.changed.emit({c.entity for c in changes})
            if on_done is not None:
                on_done(changes)

        self.tasks.run(records.delete_record, entity, record_id, on_done=done, on_error=on_error)

    def apply(self, states: list[tuple[str, uuid.UUID, dict[str, Any] | None]]) -> None:
        def failed(error: BaseException) -> None:
            self.undo_failed.emit(str(error))
            self.changed.emit({s[0] for s in states})

        self.tasks.run(_apply_all, states, on_done=lambda _r: self.changed.emit({s[0] for s in states}),
                       on_error=failed)


class ChangeCommand(QUndoCommand):
    """Records before → after. Pushed once the change is in the store, so the first ``redo`` does nothing."""

    def __init__(self, operations: Operations, changes: list[records.Change], text: str) -> None:
        super().__init__(text)
        self.operations = operations
        self.changes = changes
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.operations.apply([(c.entity, c.record_id, c.after) for c in self.changes])

    def undo(self) -> None:
        # Parents first: an initiative comes back before its beneficiary counts and funding lines.
        self.operations.apply([(c.entity, c.record_id, c.before) for c in self.changes])


def entity_title(entity: str) -> str:
    titles = {
        "office": QCoreApplication.translate("Operations", "office profile"),
        "initiative": QCoreApplication.translate("Operations", "initiative"),
        "partner": QCoreApplication.translate("Operations", "partner"),
        "beneficiary_count": QCoreApplication.translate("Operations", "beneficiary counts"),
        "funding_line": QCoreApplication.translate("Operations", "funding line"),
        "knowledge_product": QCoreApplication.translate("Operations", "knowledge product"),
        "initiative_partner": QCoreApplication.translate("Operations", "partner link"),
    }
    return titles.get(entity, entity)
