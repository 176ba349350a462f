"""Export package from the window (File ▸ Export package…, Ctrl+E), and nothing lost without asking."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from db.store import open_store
from desktop.core import records
from desktop.exchange.read import validate_package
from desktop.exchange.signing import key_path_for, load_key
from desktop.ui.export_dialog import FOLDER_KEY, ExportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import current_period, period_choices
from tests.ui.conftest import WAIT_MS, answer_message_box, focused, wait_active, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus


def open_export(qtbot, window: MainWindow) -> ExportDialog:  # type: ignore[no-untyped-def]
    window.export_dialog = None
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.export_dialog is not None, timeout=WAIT_MS)
    dialog = window.export_dialog
    assert dialog is not None
    wait_active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    return dialog


def type_folder(qtbot, dialog: ExportDialog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.folder.setFocus()
    qtbot.keyClick(dialog.folder, Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, str(folder))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Tab)


def test_ctrl_e_exports_the_period_with_data_into_the_chosen_folder_and_checks_it(
        qtbot, demo_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    dialog = open_export(qtbot, window)
    plan = dialog.plan
    assert plan is not None and plan.office_code == "KEN-NBO" and plan.blocker is None
    # The default period is the newest one with data (not an empty future one).
    assert dialog.period.currentText() == plan.default_period == "2025-H1"
    assert "4 initiatives" in dialog.counts.text() and "22 funding lines" in dialog.counts.text()
    folder = tmp_path / "to send"
    type_folder(qtbot, dialog, folder)
    assert dialog.file_name.text() == "KEN-NBO_2025-H1_001.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT_MS)
    written = folder / "KEN-NBO_2025-H1_001.xlsx"
    assert written.is_file()
    assert dialog.report is not None and dialog.report.valid
    checked = validate_package(written)  # what `fieldbook validate` runs
    assert checked.valid
    # signed with the office's key, beside its data file; Settings shows the fingerprint to read out to headquarters
    key = load_key(key_path_for(window.tasks.store.path))
    assert checked.signature.valid and checked.signature.fingerprint == key.fingerprint
    assert "KEN-NBO_2025-H1_001.xlsx" in dialog.outcome.text() and "valid" in dialog.outcome.text()
    assert dialog.show_button.isVisible() and not dialog.export_button.isVisible()
    assert window.settings.value(FOLDER_KEY) == str(folder)  # remembered
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    # The keyboard is back in the main window, where it was before Ctrl+E.
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)

    again = open_export(qtbot, window)  # the folder is remembered, and the next package is number 2
    assert again.folder.text() == str(folder)
    assert again.sequence.value() == 2 and again.file_name.text() == "KEN-NBO_2025-H1_002.xlsx"
    again.reject()


def test_export_is_on_the_file_menu(demo_window: MainWindow) -> None:
    window = demo_window
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_action in file_menu.actions()
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_the_office_summary_has_an_export_button(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_page("summary")
    window.export_dialog = None
    qtbot.mouseClick(window.summary.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.plan is not None,
                    timeout=WAIT_MS)
    window.export_dialog.reject()


def export_behind_busy_worker(qtbot, window: MainWindow, out: Path) -> tuple[ExportDialog, threading.Event]:  # type: ignore[no-untyped-def]
    """Ctrl+E, a folder typed, and Export pressed while the worker is busy (until the event is set)."""
    dialog = open_export(qtbot, window)
    type_folder(qtbot, dialog, out)
    hold = threading.Event()
    window.tasks.run(lambda _store: hold.wait(10), writes=False)  # the worker is busy when Export is pressed
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog, hold


def test_cancelling_an_export_writes_nothing(qtbot, demo_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    out = tmp_path / "out"
    dialog, hold = export_behind_busy_worker(qtbot, window, out)
    qtbot.waitUntil(lambda: isinstance(dialog.progress, QProgressDialog) and dialog.progress.isVisible(),
                    timeout=WAIT_MS)
    assert dialog.progress is not None
    cancel = dialog.progress.findChild(type(dialog.export_button))
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    hold.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.outcome.text(), timeout=WAIT_MS)
    assert not out.exists() or list(out.iterdir()) == []  # no package, no partial file
    assert dialog.export_button.isEnabled()  # it can be tried again
    dialog.reject()


def test_a_store_with_other_offices_records_says_why_it_cannot_be_exported(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    store = window.tasks.store
    from desktop.core.demo import build_demo

    build_demo(store, "MEX-MEX")  # now two offices in one file, as a headquarters store has
    dialog = open_export(qtbot, window)
    assert dialog.plan is not None and dialog.plan.blocker
    assert "MEX-MEX" in dialog.outcome.text() and "Merge" in dialog.outcome.text()
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_a_problem_listed_before_export_opens_its_record(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    store = window.tasks.store
    initiative = records.initiative_rows(store)[0]
    # A record the rules now question (its end date before its start): stored by an older version, say.
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE initiative SET end_date = '2001-01-01' WHERE code = ?", (initiative.code,))
    dialog = open_export(qtbot, window)
    assert dialog.plan is not None and dialog.plan.errors
    assert not dialog.export_button.isEnabled()  # the regional check would refuse it
    assert "error" in dialog.problems_title.text()
    first = dialog.problems.item(0)
    assert initiative.code in first.text()
    assert QApplication.focusWidget() is dialog.problems
    window.editor = None
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
    assert window.editor.entity == "initiative" and window.editor.record_id == initiative.id
    window.editor.reject()


def test_quitting_with_unsaved_counts_asks_and_cancel_keeps_them(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.beneficiaries
    _type_a_count(qtbot, window, "123")
    assert "Unsaved" in window.save_label.text()
    answer_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.close()  # still open, counts kept
    assert window.isVisible() and page.has_unsaved()

    answer_message_box(QMessageBox.StandardButton.Save)
    store = window.tasks.store
    initiative, period = page.model.initiative_id, page.model.period
    group = next(row.group_code for row in page.model.dirty_rows())
    assert window.close()
    saved = {r.group_code: r.count("targeted_total") for r in records.beneficiary_rows(store, initiative, period)}
    assert saved.get(group) == 123


def test_leaving_the_grid_with_unsaved_counts_asks_first(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.beneficiaries
    _type_a_count(qtbot, window, "77")
    answer_message_box(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)  # to Initiatives: refused, back to the grid
    assert window.current_key() == "beneficiary_count" and page.has_unsaved()
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)  # back in the grid
    answer_message_box(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    assert window.current_key() == "initiative"
    wait_idle(qtbot, window)
    assert not page.has_unsaved()
    assert window.save_label.text() == "All changes saved"


def _type_a_count(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    page = window.beneficiaries
    qtbot.waitUntil(lambda: page.initiative.value() is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    empty = next(n for n, row in enumerate(page.model.grid_rows()) if row.empty)  # a group not counted yet
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(page.model.row_of(empty, "targeted"), page.model.column_of("total")))
    type_into_focus(qtbot, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.has_unsaved, timeout=WAIT_MS)


def test_the_grid_opens_on_the_latest_period_with_counts(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_page("beneficiary_count")
    page = window.beneficiaries
    qtbot.waitUntil(lambda: page.initiative.value() is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    latest = records.latest_period(window.tasks.store, page.initiative.value())
    assert latest is not None
    assert page.current_period() == latest == page.model.period
    assert any(row.record_id is not None for row in page.model.grid_rows())  # saved counts shown, not lost


def test_the_current_period_is_the_half_year_containing_today() -> None:
    assert current_period(dt.date(2026, 12, 1)) == "2026-H2"
    choices = period_choices(dt.date(2026, 12, 1))
    assert choices[0] == "2026-H2" and "2027-H2" not in choices and "2027" not in choices
    assert period_choices(dt.date(2026, 3, 1))[0] == "2026-H1"


@pytest.mark.parametrize("column", ["children", "youth", "adults", "older"])
def test_age_bands_are_explained_in_the_grid_header(demo_window: MainWindow, column: str) -> None:
    model = demo_window.beneficiaries.model
    tip = model.headerData(model.column_of(column), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "years" in tip and any(ch.isdigit() for ch in tip)


def test_export_from_the_command_line_while_the_app_has_the_file_open(tmp_path: Path) -> None:
    from desktop.cli import main
    from desktop.core.demo import build_demo

    store = open_store(tmp_path / "office.sqlite")  # holds the file's lock, as the open app does
    try:
        build_demo(store, "KEN-NBO")
        assert main(["export", "--db", str(tmp_path / "office.sqlite"), "--out", str(tmp_path / "out") + "/",
                     "--period", "2025-H1"]) == 0
    finally:
        store.close()
    assert validate_package(tmp_path / "out" / "KEN-NBO_2025-H1_001.xlsx").valid


def test_settings_show_the_signing_key_to_read_out_to_headquarters(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.open_settings()
    dialog = window.settings_dialog
    key = load_key(key_path_for(window.tasks.store.path))  # made once the office is set up
    assert dialog.key_label.text().startswith(key.fingerprint)
    assert "Back it up with the data file" in dialog.key_label.text()
    dialog.reject()
