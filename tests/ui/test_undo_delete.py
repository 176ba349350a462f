"""Undo and redo re-save through the worker; delete asks first, leaves a tombstone, and shows in the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core import records
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, answer_message_box, focused, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def edit_title_by_keyboard(qtbot, window: MainWindow, new_title: str) -> None:  # type: ignore[no-untyped-def]
    table = window.initiatives.table
    table.setFocus()
    table.selectRow(0)
    window.editor = None
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter opens the selected record
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.isAncestorOf(focused()), timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # code → title
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, new_title)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)


def stored_title(window: MainWindow, record_id) -> str:  # type: ignore[no-untyped-def]
    return records.get_record(window.tasks.store, "initiative", record_id)["title"]


def test_undo_and_redo_an_edit(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.initiatives.table.selectRow(0)
    record_id = window.initiatives.selected_id()
    original = stored_title(window, record_id)
    edit_title_by_keyboard(qtbot, window, "Nairobi Rivers regeneration (phase 2)")
    assert stored_title(window, record_id) == "Nairobi Rivers regeneration (phase 2)"
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Edit initiative"

    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: stored_title(window, record_id) == original, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    row = window.initiatives.model.row_of_id(record_id)
    assert window.initiatives.model.row_at(row).title == original  # the list shows it too

    qtbot.keyClick(focused(), Qt.Key.Key_Y, CTRL)
    qtbot.waitUntil(lambda: stored_title(window, record_id) == "Nairobi Rivers regeneration (phase 2)",
                    timeout=WAIT_MS)
    wait_idle(qtbot, window)
    # Each step is a real save: three revisions after the first, each in the history.
    entries = [e for e in records.history(window.tasks.store, "initiative", record_id) if e.field == "title"]
    assert [e.new_value for e in entries] == ["Nairobi Rivers regeneration (phase 2)", original,
                                             "Nairobi Rivers regeneration (phase 2)"]


def test_undo_a_new_record_deletes_it_again(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = office_window
    window.operations.save("initiative", None, {"code": "U-1", "title": "Undo me", "status": "pipeline",
                                                "country": "KEN", "crisis_context": "none", "flagship_code": "FP1"})
    wait_idle(qtbot, window)
    record_id = records.initiative_rows(window.tasks.store)[0].id
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert records.initiative_rows(window.tasks.store) == []
    assert records.tombstone(window.tasks.store, "initiative", record_id) is not None
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    assert [r.id for r in records.initiative_rows(window.tasks.store)] == [record_id]
    assert records.tombstone(window.tasks.store, "initiative", record_id) is None


def test_delete_asks_first_and_keep_leaves_the_record(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    table = window.initiatives.table
    table.setFocus()
    table.selectRow(0)
    record_id = window.initiatives.selected_id()
    answer_message_box(QMessageBox.StandardButton.No)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert records.get_record(window.tasks.store, "initiative", record_id)
    assert records.tombstone(window.tasks.store, "initiative", record_id) is None


def test_delete_leaves_a_tombstone_shows_in_history_and_can_be_undone(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    table = window.initiatives.table
    table.setFocus()
    table.selectRow(1)
    record_id = window.initiatives.selected_id()
    shown = []
    answer_message_box(QMessageBox.StandardButton.Yes, on_shown=lambda box: shown.append(box.text()))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.initiatives.model.row_of_id(record_id) < 0, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert shown and "Delete this initiative?" in shown[0]
    revision, _when = records.tombstone(window.tasks.store, "initiative", record_id)
    assert revision > 1
    assert window.history.model.rows()[0].action == "delete"
    assert "tombstone kept" in window.history.caption.text()
    assert "3 initiatives" in window.count_label.text()

    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.initiatives.model.row_of_id(record_id) >= 0, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert records.tombstone(window.tasks.store, "initiative", record_id) is None
    assert records.beneficiary_rows(window.tasks.store, record_id), "its beneficiary counts came back too"
