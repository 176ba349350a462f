"""Entering records with the keyboard alone, as a country office does it: the real widgets, driven by key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import records
from desktop.ui.editors import RecordEditor
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, focused, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def open_new_editor(qtbot, window: MainWindow) -> RecordEditor:  # type: ignore[no-untyped-def]
    window.editor = None
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
    assert window.editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and window.editor.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
    return window.editor


def type_into_focus(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Each key goes where the keyboard focus is at that moment, as when a person types (the first key pressed on
    a grid cell opens its editor, and the next keys go to that editor)."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def tab(qtbot, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_create_an_initiative_by_keyboard_only(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = office_window
    editor = open_new_editor(qtbot, window)
    assert editor.form.widget("code").hasFocus(), "the editor opens on its first field"
    type_into_focus(qtbot, "TST-100")
    tab(qtbot)
    type_into_focus(qtbot, "Bosaso participatory urban planning")
    tab(qtbot)  # status: type part of the label, the completer finds it
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Active")
    tab(qtbot)  # country
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "SOM")
    tab(qtbot, 5)  # admin area, locality, start date, end date → flagship programme
    assert focused() is editor.form.widget("flagship_code")
    type_into_focus(qtbot, "FP1")
    tab(qtbot)
    assert editor.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)

    rows = records.initiative_rows(window.tasks.store)
    assert [(r.code, r.title, r.status, r.country, r.flagship_code) for r in rows] == [
        ("TST-100", "Bosaso participatory urban planning", "active", "SOM", "FP1")]
    qtbot.waitUntil(lambda: window.initiatives.proxy.rowCount() == 1, timeout=WAIT_MS)
    assert window.initiatives.selected_id() == rows[0].id
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=WAIT_MS)
    assert window.history.model.rows()[0].action == "create"
    assert "1 initiatives" in window.count_label.text()


def test_validation_error_appears_as_you_type_blocks_saving_and_clears_when_fixed(
        qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = office_window
    editor = open_new_editor(qtbot, window)
    tab(qtbot)
    type_into_focus(qtbot, "Nairobi River regeneration")
    code_field, code_message = editor.form.widget("code"), editor.form.messages["code"]
    assert code_field.property("problem") == "error"
    assert code_message.isVisibleTo(editor) and code_message.text() == "Code is required"
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # refused: nothing reaches the store
    wait_idle(qtbot, window)
    assert editor.isVisible() and records.initiative_rows(window.tasks.store) == []

    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    type_into_focus(qtbot, "KEN-900")
    assert code_field.property("problem") == ""
    assert not code_message.isVisibleTo(editor)
    # A warning (no programme linked) is shown but does not block.
    assert editor.form.widget("subprogramme_code").property("problem") == "warning"
    assert editor.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    assert [r.code for r in records.initiative_rows(window.tasks.store)] == ["KEN-900"]


def test_a_country_that_is_not_in_the_list_is_an_error(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, office_window)
    country = editor.form.widget("country")
    country.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Atlantis")
    assert country.property("problem") == "error"
    assert editor.form.messages["country"].text() == "“Atlantis” is not in the list; type part of a name and pick one"
    assert not editor.save_button.isEnabled()


def test_a_code_already_in_use_is_refused_with_a_readable_message(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, demo_window)
    type_into_focus(qtbot, "KEN-001")  # the demo's first initiative has it
    tab(qtbot)
    type_into_focus(qtbot, "A second Nairobi River initiative")
    editor.form.widget("flagship_code").set_value("FP1")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=WAIT_MS)
    assert editor.status.text() == "Not saved: another record already has this code or these keys."
    assert editor.isVisible() and editor.save_button.isEnabled()
    assert sum(r.code == "KEN-001" for r in records.initiative_rows(demo_window.tasks.store)) == 1


def test_a_new_form_does_not_shout_required_until_a_field_is_left_or_save_is_tried(
        qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, office_window)
    assert not editor.form.messages["code"].isVisibleTo(editor)
    assert not editor.form.messages["title"].isVisibleTo(editor)
    assert not editor.save_button.isEnabled()
    assert editor.status.text() == "Fill in the fields marked * to save."
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # trying to save says what is missing
    assert editor.form.messages["code"].text() == "Code is required"
    assert editor.form.messages["title"].text() == "Title is required"
    assert editor.status.text() == "2 problems to fix before saving."
