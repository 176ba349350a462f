"""UI fixtures: a real main window over a temporary-file store (never :memory:: the worker thread must see it).

Everything that waits on the worker uses ``qtbot.waitUntil`` with a timeout; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.store import Store, open_store
from desktop.ui.main_window import MainWindow

WAIT_MS = 10_000


@pytest.fixture(autouse=True, scope="session")
def _configured_app(qapp: QApplication) -> QApplication:
    from desktop.ui.app import configure

    configure(qapp, "en")  # whatever the machine's language: the tests read English
    return qapp


def wait_idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.tasks.is_idle, timeout=WAIT_MS)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def answer_message_box(button: QMessageBox.StandardButton, on_shown: Callable[[QMessageBox], None] | None = None
                       ) -> None:
    """Press ``button`` of the next message box as soon as it is shown (it runs its own event loop)."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if on_shown is not None:
                on_shown(box)
            box.button(button).click()
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def close_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Close at the end of a test; counts a test left unsaved are dropped first (closing would ask about them)."""
    if window.beneficiaries.has_unsaved():
        window.beneficiaries.model.load(None, "", "direct", [])
    window.close()


def _open_window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.start()
    wait_idle(qtbot, window)
    return window


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def demo_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from desktop.core.demo import build_demo

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    window = _open_window(qtbot, store, data_dir)
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() > 0, timeout=WAIT_MS)
    yield window
    close_window(qtbot, window)
    (window.tasks.store or store).close()


@pytest.fixture
def office_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A new office, TST-01, with no records yet."""
    from desktop.core import records

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    records.create_office(store, {"code": "TST-01", "name": "Test office", "country": "KEN", "region": "AF",
                                  "currency": "KES", "language": "en"})
    window = _open_window(qtbot, store, data_dir)
    yield window
    close_window(qtbot, window)
    (window.tasks.store or store).close()


@pytest.fixture
def empty_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """First run: a data file with no office profile."""
    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    window = _open_window(qtbot, store, data_dir)
    yield window
    close_window(qtbot, window)
    (window.tasks.store or store).close()


def wait_active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait until ``window`` is shown and has the keyboard, as a person waits for a dialog to appear."""
    qtbot.waitUntil(lambda: window.isVisible() and QApplication.activeWindow() is window, timeout=WAIT_MS)
