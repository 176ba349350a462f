"""What the review of the export and grid work found, pinned with key events on the real main window: undo with
unsaved counts asks first, a listed problem opens its own record, closing the export dialog cancels the export,
one export dialog is kept, the period is taken when confirmed, the chosen initiative follows from page to page, the
office code cannot change, and the default period is never one in the future."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import records
from desktop.ui.dialogs import SettingsDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, answer_message_box, focused, wait_active, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus
from tests.ui.test_export import _type_a_count, export_behind_busy_worker, open_export

Button = QMessageBox.StandardButton


class MessageBoxes:
    """Answers every message box shown while it is on (not only the next one) and counts them: a question asked
    twice is seen twice, and never left waiting."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.shown: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.shown.append(box.objectName())
            box.button(self.answer).click()

    def stop(self) -> None:
        self._timer.stop()


def _initiative(window: MainWindow, code: str) -> uuid.UUID:
    return next(row.id for row in records.initiative_rows(window.tasks.store) if row.code == code)


def _title(window: MainWindow, record_id: uuid.UUID) -> str:
    return records.get_record(window.tasks.store, "initiative", record_id)["title"]


# -- undo with unsaved counts -------------------------------------------------------------------------------------


def _renamed_then_counts_typed(qtbot, window: MainWindow) -> tuple[uuid.UUID, str, str]:  # type: ignore[no-untyped-def]
    """A step to undo (KEN-004 renamed), then a count typed and not saved: (initiative, its first title, group)."""
    renamed = _initiative(window, "KEN-004")
    original = _title(window, renamed)
    window.operations.save("initiative", renamed, {"title": "Mathare upgrading, renamed"})
    wait_idle(qtbot, window)
    assert window.undo_action.isEnabled()
    _type_a_count(qtbot, window, "123")
    return renamed, original, window.beneficiaries.model.dirty_rows()[0].group_code


def test_ctrl_z_with_unsaved_counts_asks_first_cancel_keeps_them_and_undoes_nothing(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    renamed, original, typed = _renamed_then_counts_typed(qtbot, window)
    page = window.beneficiaries

    asked: list[str] = []
    answer_message_box(Button.Cancel, on_shown=lambda box: asked.append(box.objectName()))
    try:
        qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda: asked == ["unsavedChanges"], timeout=WAIT_MS)
        wait_idle(qtbot, window)
        assert _title(window, renamed) == "Mathare upgrading, renamed"  # nothing was undone
        assert window.undo_action.isEnabled()
        assert page.has_unsaved()
        row = next(r for r in page.model.grid_rows() if r.group_code == typed)
        assert row.values["targeted_total"] == 123  # the typed count is still there
        assert "Unsaved" in window.save_label.text()
    finally:
        page.model.revert()  # closing the window would ask about them
    assert _title(window, renamed) != original


def test_ctrl_z_with_unsaved_counts_discarded_undoes_and_leaves_the_grid_clean(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    renamed, original, typed = _renamed_then_counts_typed(qtbot, window)
    page = window.beneficiaries

    asked: list[str] = []
    answer_message_box(Button.Discard, on_shown=lambda box: asked.append(box.objectName()))
    try:
        qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda: _title(window, renamed) == original, timeout=WAIT_MS)  # the undo happened
        wait_idle(qtbot, window)
    finally:
        if page.has_unsaved():
            page.model.revert()
    assert asked == ["unsavedChanges"]
    assert not page.has_unsaved()
    row = next(r for r in page.model.grid_rows() if r.group_code == typed)
    assert row.values["targeted_total"] is None  # the discarded count is gone from the grid...
    assert all(r.group_code != typed for r in records.beneficiary_rows(  # ...and was never saved
        window.tasks.store, page.model.initiative_id, page.model.period))
    assert window.save_label.text() == "All changes saved"


# -- a listed problem opens its own record ------------------------------------------------------------------------


def _count_problem(window: MainWindow) -> tuple[uuid.UUID, uuid.UUID]:
    """A stored count the rules now refuse (more women reached than reached in all), of KEN-003's indirect reach in
    2023-H1: none of it is what the grid opens on. Returns (count id, initiative id)."""
    store = window.tasks.store
    initiative = _initiative(window, "KEN-003")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE beneficiary_count SET reach_type = 'indirect', reached_female = reached_total + 1"
                             " WHERE initiative_id = ? AND period = '2023-H1' AND group_code = 'idps'",
                             (initiative.hex,))
    count = next(r for r in records.beneficiary_rows(store, initiative, "2023-H1") if r.group_code == "idps")
    assert count.reach_type == "indirect"
    return count.id, initiative


@pytest.mark.parametrize("visited", [False, True], ids=["grid-never-visited", "grid-visited"])
def test_enter_on_a_count_problem_opens_the_grid_on_its_initiative_period_and_reach(
        qtbot, demo_window: MainWindow, visited: bool) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.beneficiaries
    record_id, initiative = _count_problem(window)
    if visited:  # the grid shows another initiative, period and reach first
        qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
        qtbot.waitUntil(lambda: page.model.initiative_id is not None, timeout=WAIT_MS)
        wait_idle(qtbot, window)
        assert (page.model.initiative_id, page.model.period, page.model.reach_type) != (initiative, "2023-H1",
                                                                                         "indirect")
        qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
        assert window.current_key() == "initiative"
    dialog = open_export(qtbot, window)
    assert dialog.plan is not None and [(p.entity, p.record_id) for p in dialog.plan.errors] == [
        ("beneficiary_count", record_id)]
    assert "KEN-003" in dialog.problems.currentItem().text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the problem list has the keyboard
    qtbot.waitUntil(lambda: (page.model.initiative_id, page.model.period, page.model.reach_type)
                    == (initiative, "2023-H1", "indirect"), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert not dialog.isVisible()
    assert window.current_key() == "beneficiary_count"
    assert (page.initiative.value(), page.current_period(), page.reach.value()) == (initiative, "2023-H1",
                                                                                    "indirect")
    assert (page.model.initiative_id, page.model.period, page.model.reach_type) == (initiative, "2023-H1",
                                                                                     "indirect")
    assert record_id in [row.record_id for row in page.model.grid_rows()]  # the record itself is on the grid
    assert any(p.code == "sum_above" for _group, p in page.model.problems())


@pytest.mark.parametrize("visited", [False, True], ids=["funding-never-visited", "funding-on-another-initiative"])
def test_enter_on_a_funding_line_problem_opens_its_editor_with_its_own_initiative(
        qtbot, demo_window: MainWindow, visited: bool) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    store = window.tasks.store
    initiative = _initiative(window, "KEN-003")
    with store.engine.begin() as conn:  # amount × rate is no longer the USD amount
        conn.exec_driver_sql("UPDATE funding_line SET amount_usd = amount_usd + 1000 WHERE reference = 'KEN-003-EU-1'")
    line = next(r for r in records.funding_rows(store, initiative) if r.reference == "KEN-003-EU-1")
    if visited:
        qtbot.keyClick(focused(), Qt.Key.Key_3, CTRL)
        qtbot.waitUntil(lambda: window.funding.initiative.value() is not None, timeout=WAIT_MS)
        wait_idle(qtbot, window)
        assert window.funding.initiative.value() != initiative
    dialog = open_export(qtbot, window)
    assert dialog.plan is not None and [(p.entity, p.record_id) for p in dialog.plan.errors] == [
        ("funding_line", line.id)]
    window.editor = None
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
    editor = window.editor
    assert (editor.entity, editor.record_id) == ("funding_line", line.id)
    assert editor.form.raw_values()["initiative_id"] == initiative  # the line's own, not the page's
    assert editor.form.raw_values()["reference"] == "KEN-003-EU-1"
    wait_idle(qtbot, window)
    assert window.current_key() == "funding_line"
    assert window.funding.initiative.value() == initiative  # the page behind it shows the line's initiative
    editor.reject()


# -- the export dialog: closing cancels, one dialog, the default period ------------------------------------------


def test_esc_on_the_export_dialog_while_its_export_waits_for_the_worker_writes_no_package(
        qtbot, demo_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    out = tmp_path / "out"
    dialog, hold = export_behind_busy_worker(qtbot, window, out)
    try:
        assert dialog.running()  # queued behind the busy worker
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        hold.set()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=WAIT_MS)
    assert dialog.result_ is None
    assert not out.exists() or list(out.iterdir()) == []  # no package, no partial file


def _export_dialogs(window: MainWindow) -> list[ExportDialog]:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return window.findChildren(ExportDialog)


def test_ctrl_e_again_and_again_keeps_one_export_dialog(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.initiatives.table.setFocus()
    for _round in range(3):  # Ctrl+E, look, Esc: three times
        qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL)
        qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(),
                        timeout=WAIT_MS)
        dialog = window.export_dialog
        wait_active(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
        assert len(_export_dialogs(window)) <= 1
    target = focused()
    for _press in range(3):  # three presses in a row, as fast as keys come
        qtbot.keyClick(target, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    alive = _export_dialogs(window)
    assert alive == [window.export_dialog]
    window.export_dialog.reject()


def test_the_export_dialog_never_defaults_to_a_period_not_begun_though_it_has_counts(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    future = f"{dt.date.today().year + 2}-H1"  # a count typed with the wrong year, say
    records.save_record(window.tasks.store, "beneficiary_count", {
        "initiative_id": _initiative(window, "KEN-001"), "period": future, "group_code": "residents",
        "reach_type": "direct", "targeted_total": 100})
    dialog = open_export(qtbot, window)
    listed = [dialog.period.itemText(n) for n in range(dialog.period.count())]
    assert listed[0] == future  # listed, newest first...
    assert dialog.period.currentText() == dialog.plan.default_period == "2025-H1"  # ...but not the default
    assert dialog.file_name.text().startswith("KEN-NBO_2025-H1_")
    dialog.reject()


# -- the period is taken when confirmed ---------------------------------------------------------------------------


def test_typing_a_period_key_by_key_with_unsaved_counts_asks_once_and_keeps_the_text(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.beneficiaries
    _type_a_count(qtbot, window, "55")
    shown_before = (page.model.initiative_id, page.model.period)
    assert shown_before[1] != "2023-H2"
    typed_group = page.model.dirty_rows()[0].group_code
    page.period.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    boxes = MessageBoxes(Button.Cancel)  # a question on the way would go back to the period shown
    try:
        typed = ""
        for char in "2023-H2":
            qtbot.keyClicks(focused(), char)
            typed += char
            assert page.period.currentText() == typed  # never completed, never put back, never garbled
        assert boxes.shown == []  # nothing asked while typing
        assert page.has_unsaved() and (page.model.initiative_id, page.model.period) == shown_before
        boxes.answer = Button.Save
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # confirmed: now it asks (and Save saves them)
        qtbot.waitUntil(lambda: page.model.period == "2023-H2", timeout=WAIT_MS)
        wait_idle(qtbot, window)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # and leaving the field does not ask again
        wait_idle(qtbot, window)
    finally:
        boxes.stop()
        if page.has_unsaved():
            page.model.revert()  # closing the window would ask about them
    assert boxes.shown == ["unsavedChanges"]
    assert page.period.currentText() == "2023-H2" and page.model.period == "2023-H2"
    assert not page.has_unsaved()
    saved = {r.group_code: r.count("targeted_total")
             for r in records.beneficiary_rows(window.tasks.store, *shown_before)}
    assert saved[typed_group] == 55  # saved in the period they were typed in


def test_confirming_the_period_shown_with_unsaved_counts_asks_nothing(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.beneficiaries
    _type_a_count(qtbot, window, "55")
    shown = page.model.period
    page.period.setFocus()
    boxes = MessageBoxes(Button.Cancel)
    try:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter on the period shown
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # and on, out of the field
        wait_idle(qtbot, window)
        assert boxes.shown == []
        assert page.has_unsaved() and page.model.period == page.current_period() == shown
    finally:
        boxes.stop()
        page.model.revert()  # closing the window would ask about them


# -- the chosen initiative follows from page to page --------------------------------------------------------------


def test_the_initiative_typed_on_the_beneficiaries_page_is_the_one_the_funding_page_shows(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    chosen = _initiative(window, "KEN-003")
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    page = window.beneficiaries
    qtbot.waitUntil(lambda: page.initiative.value() is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert page.initiative.value() != chosen
    page.initiative.combo.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "KEN-003")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.initiative_id == chosen, timeout=WAIT_MS)
    wait_idle(qtbot, window)

    qtbot.keyClick(focused(), Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.current_key() == "funding_line", timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert window.funding.initiative.value() == chosen
    assert window.funding.initiative.combo.currentText().startswith("KEN-003")
    assert {row.initiative_id for row in window.funding.model.rows()} == {chosen}

    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    wait_idle(qtbot, window)
    assert window.current_key() == "beneficiary_count"
    assert page.initiative.value() == chosen and page.model.initiative_id == chosen


# -- the office code ----------------------------------------------------------------------------------------------


def test_the_office_code_cannot_be_changed_in_settings(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = office_window
    window.settings_action.trigger()
    dialog = window.settings_dialog
    wait_active(qtbot, dialog)
    code = dialog.office_form.widget("code")
    assert code.isReadOnly()
    code.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "XYZ-99")
    assert code.text() == "TST-01"
    name = dialog.office_form.widget("name")
    name.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Test office, renamed")
    dialog.office_save.click()
    qtbot.waitUntil(lambda: dialog.office_status.text() == "Office profile saved.", timeout=WAIT_MS)
    profile = records.office_profile(window.tasks.store)
    assert (profile["code"], profile["name"]) == ("TST-01", "Test office, renamed")
    dialog.reject()
    # Before the office is set up (no profile yet), the code is there to be typed.
    unset = SettingsDialog(window.operations, window.data_dir, None, None, window)
    assert not unset.office_form.widget("code").isReadOnly()
    unset.deleteLater()
