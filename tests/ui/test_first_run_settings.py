"""First run (welcome, office wizard, demo), Settings (office profile, backups), right-to-left, accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QMessageBox, QWizard

from desktop.core import records
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, answer_message_box, focused, wait_active, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus


def test_first_run_welcomes_and_sets_up_the_office_by_keyboard(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.welcome)
    assert focused() is window.welcome.office_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.wizard)
    wizard = window.wizard
    form = wizard.page_.form
    form.widget("code").setFocus()
    for text in ("SOM-BOS", "\tUN-Habitat Somalia, Bosaso", "\tSomalia", "\tAfrica", "\tUSD"):
        if text.startswith("\t"):
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            text = text[1:]
        type_into_focus(qtbot, text)
    assert not form.has_errors(), [p.message for p in form.problems]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.office is not None, timeout=WAIT_MS)
    assert (window.office["code"], window.office["country"], window.office["region"], window.office["currency"]) == (
        "SOM-BOS", "SOM", "AF", "USD")
    assert "SOM-BOS" in window.windowTitle()


def test_the_wizard_will_not_finish_with_a_bad_office_code(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.welcome)
    window.welcome.office_button.click()
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.wizard)
    form = window.wizard.page_.form
    form.widget("code").setFocus()
    type_into_focus(qtbot, "bosaso office")
    assert "An office code has 2–16 capital letters" in form.messages["code"].text()
    assert not window.wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_first_run_can_explore_the_demo_office(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.welcome)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.welcome.demo_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.office is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() > 0, timeout=WAIT_MS)
    assert window.office["code"] == "KEN-NBO"
    assert window.file_label.accessibleDescription() == str(window.tasks.store.path)  # the data file in use


def test_closing_the_welcome_closes_fieldbook(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.welcome)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert records.office_profile(window.tasks.store) is None


def test_settings_edit_the_office_profile(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = office_window
    window.settings_action.trigger()
    dialog = window.settings_dialog
    wait_active(qtbot, dialog)
    name = dialog.office_form.widget("name")
    name.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "UN-Habitat Kenya")
    dialog.office_save.click()
    qtbot.waitUntil(lambda: dialog.office_status.text() == "Office profile saved.", timeout=WAIT_MS)
    assert records.office_profile(window.tasks.store)["name"] == "UN-Habitat Kenya"
    qtbot.waitUntil(lambda: "UN-Habitat Kenya" in window.windowTitle(), timeout=WAIT_MS)


def test_back_up_now_then_restore_after_confirming(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.open_settings()
    dialog = window.settings_dialog
    dialog.tabs.setCurrentIndex(2)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 1, timeout=WAIT_MS)
    before = len(records.initiative_rows(window.tasks.store))
    records.delete_record(window.tasks.store, "initiative", records.initiative_rows(window.tasks.store)[0].id)
    dialog.backup_list.setCurrentRow(0)

    answer_message_box(QMessageBox.StandardButton.No)  # asked first; "Cancel" leaves everything as it is
    dialog.restore_button.click()
    wait_idle(qtbot, window)
    assert len(records.initiative_rows(window.tasks.store)) == before - 1

    answer_message_box(QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.backup_status.text() == "The backup was restored.", timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert len(records.initiative_rows(window.tasks.store)) == before
    assert dialog.backup_list.count() == 2  # the data as it was before restoring was backed up too
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() == before, timeout=WAIT_MS)


def test_the_layout_holds_right_to_left(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = demo_window
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.nav.mapTo(window, window.nav.rect().topLeft()).x() > window.width() // 2,
                        timeout=WAIT_MS)  # navigation moves to the right edge
        search = window.initiatives.search
        new = window.initiatives.new_button
        assert search.mapTo(window, search.rect().topLeft()).x() > new.mapTo(window, new.rect().topLeft()).x()
        assert window.dockWidgetArea(window.history_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_input_widgets_have_accessible_names(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.open_editor("initiative", window.initiatives.model.rows()[0].id)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
    unnamed = []
    for root in (window, window.editor):
        for widget in root.findChildren(QLineEdit) + root.findChildren(QComboBox) + root.findChildren(QAbstractButton):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue  # the editable part of a combo box: the combo carries the name
            if widget.objectName() == "qt_spinbox_lineedit" or not widget.isVisibleTo(root):
                continue
            if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_counts_are_worded_in_english_plurals() -> None:
    """"%n record(s)" reads "1 record" and "4 records", never "(s)", while no translation file has plural forms."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Pages", "%n record(s)", "", 1) == "1 record"
    assert QCoreApplication.translate("Pages", "%n record(s)", "", 4) == "4 records"
    assert QCoreApplication.translate("Pages", "Office summary") == "Office summary"  # other texts untouched
