"""Help ▸ About Fieldbook says which Fieldbook this is, the package format and store schema it writes, and the open
data file's own schema version and path."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from db.migrate import head_revision
from desktop import __version__
from desktop.exchange.format import FORMAT_VERSION
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, answer_message_box


def _help_menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == window.tr("&Help")]
    [action] = [a for a in help_menu.actions() if a.text() == text]
    return action


def test_help_about_shows_the_three_versions_and_the_data_files_own_schema_and_path(qtbot,
                                                                                     demo_window: MainWindow) -> None:
    shown: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, on_shown=lambda box: shown.append(box.text()))
    _help_menu_action(demo_window, "&About Fieldbook").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    schema = head_revision()
    assert shown[0].splitlines() == [
        f"Fieldbook {__version__}",
        f"Package format: {FORMAT_VERSION}",
        f"Store schema: {schema}",
        "",
        f"Data file in use (schema {schema}):",
        str(demo_window.tasks.store.path),  # type: ignore[union-attr]
    ]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT_MS)  # OK closed it
