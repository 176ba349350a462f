"""The app on a headquarters store: File ▸ Open headquarters store… opens a SQLite file or a PostgreSQL database
(driven by keys and clicks), the window says which store is open, the lists, the Dashboard and Consolidate work on
it, entry stays on the office's own data file, a store that does not open says why in one line, the recent stores
keep no password (the keyring does, when there is one), and ``fieldbook --db URL`` opens the app on a store.

No test touches the machine's keyring: every test sets keyring's "fail" backend (no keyring) or an in-memory one.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QMessageBox
from sqlalchemy.engine import make_url

from db.store import Store, open_store
from desktop.core import records
from desktop.core.demo import build_demo, build_headquarters
from desktop.core.kpi import compute_kpis
from desktop.exchange.export import export_package
from desktop.exchange.importer import ledger
from desktop.ui.app import current_window
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import entry_refused_text
from desktop.ui.store_dialog import KEYRING_SERVICE, RECENT_KEY, StoreDialog
from tests.ui.conftest import (
    WAIT_MS,
    answer_message_box,
    close_window,
    focused,
    wait_active,
    wait_idle,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this test only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """No system keyring (as on this headless machine), whatever the machine has; restored afterwards."""
    import keyring.core

    before = getattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.core._keyring_backend = before  # type: ignore[attr-defined]


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def new_windows() -> Iterator[list[MainWindow]]:
    """Windows a test switched to: closed, with their stores, at the end."""
    import shiboken6

    made: list[MainWindow] = []
    yield made
    for window in made:
        if not shiboken6.isValid(window):
            continue
        if not window.retired:
            window.close()
        store = window.tasks.store
        if store is not None:
            store.close()
        window.retired = True  # never taken for the window shown by a later test
        window.deleteLater()


@pytest.fixture
def demo_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The demo office KEN-NBO on its own data file; a window a test switched away from is gone already."""
    import shiboken6

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    window = MainWindow(store, data_dir)  # not handed to qtbot: a switch deletes it
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.start()
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() > 0 and window.tasks.is_idle, timeout=WAIT_MS)
    yield window
    if shiboken6.isValid(window) and not window.retired:
        close_window(qtbot, window)
        window.retired = True  # never taken for the window shown by a later test
        window.deleteLater()
    store.close()


@pytest.fixture
def hq_file(tmp_path: Path) -> Path:
    """A headquarters SQLite store holding three offices' portfolios."""
    path = tmp_path / "hq" / "headquarters.sqlite"
    with open_store(path, user="hq.analyst") as store:
        build_headquarters(store, 3)
    return path


def _package(tmp_path: Path, office: str) -> Path:
    with open_store(tmp_path / f"{office}.sqlite") as store:
        build_demo(store, office)
        return export_package(store, tmp_path / f"{office}.xlsx", period="2023-H2").path


def open_dialog(qtbot, window: MainWindow) -> StoreDialog:  # type: ignore[no-untyped-def]
    """File ▸ Open headquarters store… by its keys (Ctrl+Shift+O)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_O, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.store_dialog is not None and window.store_dialog.isVisible(), timeout=WAIT_MS)
    dialog = window.store_dialog
    wait_active(qtbot, dialog)
    return dialog


def type_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        qtbot.keyClicks(focused(), char)


def fill_server(qtbot, dialog: StoreDialog, url: str, password: str = "", remember: bool = False) -> None:  # type: ignore[no-untyped-def]
    """The PostgreSQL choice clicked, then every field typed, going from one to the next with Tab."""
    parsed = make_url(url)
    choice = dialog.server_choice
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))  # on its circle
    assert choice.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_H, ALT)
    assert focused() is dialog.host
    type_keys(qtbot, parsed.host or "")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.port
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_keys(qtbot, str(parsed.port))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_keys(qtbot, parsed.database or "")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_keys(qtbot, parsed.username or "")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.password
    type_keys(qtbot, password)
    if remember:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.remember
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        assert dialog.remember.isChecked()


def switched(qtbot, old: MainWindow, made: list[MainWindow]) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window that replaced ``old``, once its store is loaded and it has the keyboard."""
    qtbot.waitUntil(lambda: old.retired, timeout=WAIT_MS)
    new = current_window()
    assert new is not None and new is not old and new.isVisible() and new not in made
    made.append(new)
    qtbot.waitUntil(lambda: new.tasks.is_idle, timeout=WAIT_MS)
    new.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is new, timeout=WAIT_MS)
    return new


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:  # type: ignore[no-untyped-def]
    """A key to the window, once it has the keyboard again (after a message box, say)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def press_menu(qtbot, window: MainWindow, *keys: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+F, then each key to the menu that has popped up (File ▸ Recent stores ▸ 1, …)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)
    for key in keys:
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
        qtbot.keyClick(QApplication.activePopupWidget(), key)


# -- SQLite --------------------------------------------------------------------------------------------------------
def test_a_sqlite_headquarters_store_opened_through_the_dialog_shows_its_records_in_the_lists_and_dashboard(
        qtbot, demo_window: MainWindow, hq_file: Path, data_dir: Path,  # type: ignore[no-untyped-def]
        new_windows: list[MainWindow]) -> None:
    office_store = demo_window.tasks.store
    dialog = open_dialog(qtbot, demo_window)
    assert not dialog.remember.isEnabled() and dialog.keyring_note.isVisible()  # no keyring here: said, not failed
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)  # &File
    assert focused() is dialog.path
    type_keys(qtbot, str(hq_file))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter opens

    window = switched(qtbot, demo_window, new_windows)
    assert not window.on_office_file and window.tasks.store.path == hq_file.resolve()
    assert window.windowTitle() == f"Fieldbook — headquarters store {hq_file.resolve()}"
    assert str(hq_file.resolve()) in window.file_label.toolTip()
    assert window.file_label.text().startswith("Headquarters store:")
    assert window.back_action.isVisible()
    # The office's file was closed once its worker stopped: it opens again (its lock is free).
    with open_store(data_dir / "fieldbook.sqlite"):
        pass
    assert office_store is not window.tasks.store

    expected = compute_kpis(window.tasks.store)
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() == expected.initiatives, timeout=WAIT_MS)
    offices = {row.code.split("-")[0] for row in window.initiatives.model.rows()}
    assert len(offices) == 3  # every office's records, not one office's
    qtbot.keyClick(focused(), Qt.Key.Key_4, CTRL)  # View ▸ Partners
    qtbot.waitUntil(lambda: window.partners.model.rowCount() == expected.partners, timeout=WAIT_MS)

    qtbot.keyClick(focused(), Qt.Key.Key_7, CTRL)  # View ▸ Dashboard
    page = window.dashboard
    qtbot.waitUntil(lambda: page.kpis is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert page.tiles["initiatives"].value.text() == str(expected.initiatives)
    page.tiles["initiatives"].setFocus()
    qtbot.keyClick(page.tiles["initiatives"], Qt.Key.Key_Return)  # drill-down
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert page.dialog.model.rowCount() == expected.initiatives
    page.dialog.close()


def test_entry_actions_are_disabled_on_a_headquarters_store_and_say_why(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow, hq_file: Path, new_windows: list[MainWindow]) -> None:
    dialog = open_dialog(qtbot, demo_window)
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)
    type_keys(qtbot, str(hq_file))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    window = switched(qtbot, demo_window, new_windows)
    page = window.initiatives
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    why = entry_refused_text()
    assert why == "Records are entered in the office's own data file; this is a headquarters store"

    rect = page.table.visualRect(page.proxy.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_id() is not None  # the list is read as usual
    for button in (page.new_button, page.edit_button, page.delete_button):
        assert not button.isEnabled() and button.toolTip() == why
    from sqlalchemy import func, select

    from db.models import Tombstone

    def tombstones() -> int:
        with window.tasks.store.read_session() as session:
            return session.scalar(select(func.count()).select_from(Tombstone)) or 0

    deleted_before = tombstones()
    for key, modifiers in ((Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Delete,
                           Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_N, CTRL), (Qt.Key.Key_E, CTRL)):
        qtbot.keyClick(page.table, key, modifiers)
        wait_idle(qtbot, window)
        assert window.editor is None and window.export_dialog is None
        assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert not window.export_action.isEnabled() and window.export_action.toolTip() == why
    assert not window.new_action.isEnabled()

    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)  # the beneficiary grid: read, never typed in
    grid = window.beneficiaries
    wait_idle(qtbot, window)
    assert grid.grid.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not grid.save_button.isEnabled() and grid.save_button.toolTip() == why
    qtbot.keyClick(focused(), Qt.Key.Key_3, CTRL)
    wait_idle(qtbot, window)
    funding = window.funding
    assert not any(b.isEnabled() for b in (funding.new_button, funding.edit_button, funding.delete_button))
    assert funding.new_button.toolTip() == why
    assert not window.summary.export_button.isEnabled() and window.summary.export_button.toolTip() == why
    assert tombstones() == deleted_before  # nothing was deleted by any of those keys

    # File ▸ Back to my office data file: entry is back.
    press_menu(qtbot, window, Qt.Key.Key_B)
    office = switched(qtbot, window, new_windows)
    assert office.on_office_file and office.context.entry_allowed
    qtbot.waitUntil(lambda: "Kenya" in office.windowTitle() or "KEN" in office.windowTitle(), timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    assert office.initiatives.new_button.isEnabled() and office.export_action.isEnabled()
    assert not office.back_action.isVisible()


def test_a_file_that_is_not_there_is_one_line_in_the_dialog_and_the_window_stays(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow, tmp_path: Path) -> None:
    office_store = demo_window.tasks.store
    dialog = open_dialog(qtbot, demo_window)
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)
    missing = tmp_path / "nowhere" / "hq.sqlite"
    type_keys(qtbot, str(missing))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "no such data file" in dialog.status.text(), timeout=WAIT_MS)
    assert "\n" not in dialog.status.text() and str(missing) in dialog.status.text()
    assert dialog.isVisible() and not missing.exists()  # said, not made
    assert shown_windows() == [demo_window] and demo_window.tasks.store is office_store
    dialog.reject()


# -- PostgreSQL ----------------------------------------------------------------------------------------------------
def test_an_unreachable_server_is_one_line_in_the_dialog_and_the_window_stays_on_its_store(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow) -> None:
    office_store = demo_window.tasks.store
    port = free_port()
    dialog = open_dialog(qtbot, demo_window)
    fill_server(qtbot, dialog, f"postgresql+psycopg://hq@127.0.0.1:{port}/fieldbook", password="wrong")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cannot reach" in dialog.status.text(), timeout=WAIT_MS * 2)
    text = dialog.status.text()
    assert text.startswith(f"cannot reach the PostgreSQL server at 127.0.0.1:{port}")
    assert "\n" not in text and "Traceback" not in text and "wrong" not in text
    assert dialog.isVisible() and dialog.open_button.isEnabled()  # fix a field and try again
    assert shown_windows() == [demo_window] and demo_window.tasks.store is office_store
    assert demo_window.on_office_file and demo_window.initiatives.new_button.isEnabled()
    dialog.reject()
    assert demo_window.settings.value(RECENT_KEY, [], type=list) == []  # a store that did not open is not recent


@pytest.mark.postgres
def test_a_missing_database_or_unknown_user_is_one_line_in_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow, pg_url: str) -> None:
    parsed = make_url(pg_url)
    dialog = open_dialog(qtbot, demo_window)
    fill_server(qtbot, dialog, parsed.set(database="no_such_db").render_as_string(hide_password=False),
                password="pw")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.status.text().startswith("database no_such_db does not exist on the PostgreSQL server")
    dialog.reject()

    dialog = open_dialog(qtbot, demo_window)
    fill_server(qtbot, dialog, parsed.set(username="nobody").render_as_string(hide_password=False), password="pw")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "refused user nobody" in dialog.status.text(), timeout=WAIT_MS)
    assert "\n" not in dialog.status.text()
    assert shown_windows() == [demo_window] and demo_window.on_office_file
    dialog.reject()


@pytest.mark.postgres
def test_a_postgresql_store_through_the_dialog_checks_merges_dry_runs_and_imports(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow, pg_url: str, tmp_path: Path, new_windows: list[MainWindow],
        memory_keyring: MemoryKeyring) -> None:
    parsed = make_url(pg_url)
    dialog = open_dialog(qtbot, demo_window)
    fill_server(qtbot, dialog, pg_url, password="s3cret-Pa55", remember=True)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    window = switched(qtbot, demo_window, new_windows)
    where = f"{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}"
    assert window.tasks.store.engine.dialect.name == "postgresql" and not window.on_office_file
    assert window.windowTitle() == f"Fieldbook — headquarters store {where}"
    assert where in window.file_label.toolTip() and "s3cret" not in window.file_label.toolTip()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, where): "s3cret-Pa55"}

    qtbot.keyClick(focused(), Qt.Key.Key_8, CTRL)  # View ▸ Consolidate
    page = window.consolidate
    assert window.current_key() == "consolidate"
    page.add_files([str(_package(tmp_path, "UKR-KYI")), str(_package(tmp_path, "MEX-MEX"))])  # as dropped
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.import_button.isEnabled(), timeout=WAIT_MS)
    assert all(row.valid for row in page.model.rows())  # checked

    out = tmp_path / "merged"
    out.mkdir()
    with qtbot.waitSignal(page.merged, timeout=WAIT_MS * 3) as merged:
        page.merge_to(out, label="RO-MIX")  # the folder a person picks in the file dialog
    assert merged.args[0].out.exists()

    answer_message_box(QMessageBox.StandardButton.No)  # the dry run, then "not for real"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in page.result_label.text(), timeout=WAIT_MS * 3)
    wait_idle(qtbot, window)
    assert ledger(window.tasks.store) == []

    shown: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, on_shown=lambda box: shown.append(box.text()))
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS * 3) as imported:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "dry run" in shown[0]
    assert [s.status for s in imported.args[0]] == ["imported", "imported"]
    assert len(ledger(window.tasks.store)) == 2

    press(qtbot, window, Qt.Key.Key_1)  # the lists show what was imported
    expected = len(records.initiative_rows(window.tasks.store))
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() == expected > 0, timeout=WAIT_MS)
    press(qtbot, window, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: window.dashboard.kpis is not None and window.dashboard.kpis.initiatives == expected,
                    timeout=WAIT_MS)


@pytest.mark.postgres
def test_recent_stores_keep_no_password_and_reopen_with_the_keyrings(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow, pg_url: str, data_dir: Path, new_windows: list[MainWindow],
        memory_keyring: MemoryKeyring) -> None:
    parsed = make_url(pg_url)
    dialog = open_dialog(qtbot, demo_window)
    fill_server(qtbot, dialog, pg_url, password="s3cret-Pa55", remember=True)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    window = switched(qtbot, demo_window, new_windows)
    window.settings.sync()
    saved = (data_dir / "settings.ini").read_text(encoding="utf-8")
    bare = f"postgresql+psycopg://{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}"
    assert bare in saved
    assert "s3cret" not in saved and "***" not in saved and "connect_timeout" not in saved
    assert window.settings.value(RECENT_KEY, [], type=list) == [bare]

    press_menu(qtbot, window, Qt.Key.Key_B)  # File ▸ Back to my office data file
    office = switched(qtbot, window, new_windows)
    assert office.on_office_file
    assert [a.data() for a in office.recent_menu.actions()] == [bare]
    press_menu(qtbot, office, Qt.Key.Key_R, Qt.Key.Key_1)  # File ▸ Recent stores ▸ 1: opens at once
    again = switched(qtbot, office, new_windows)
    assert again.tasks.store.engine.url.password == "s3cret-Pa55"  # from the keyring, not the settings
    assert not again.on_office_file


# -- no keyring ----------------------------------------------------------------------------------------------------
def test_without_a_keyring_remembering_is_disabled_with_a_note_and_nothing_fails(  # type: ignore[no-untyped-def]
        qtbot, demo_window: MainWindow) -> None:
    from desktop.ui.store_dialog import forget_password, remember_password, saved_password, with_saved_password

    dialog = open_dialog(qtbot, demo_window)
    assert not dialog.remember.isEnabled()
    assert "no system keyring" in dialog.keyring_note.text() and dialog.keyring_note.isVisible()
    dialog.reject()
    assert remember_password("hq@db.example:5432/fieldbook", "pw") is False
    assert saved_password("hq@db.example:5432/fieldbook") is None
    forget_password("hq@db.example:5432/fieldbook")
    assert with_saved_password("postgresql+psycopg://hq@db.example/fieldbook") == \
        "postgresql+psycopg://hq@db.example/fieldbook?connect_timeout=10"


def test_the_dialog_is_reachable_by_tab_with_accelerators(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, demo_window)
    seen = []
    for _ in range(14):
        seen.append(focused())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for field in (dialog.path, dialog.browse, dialog.host, dialog.port, dialog.database, dialog.user,
                  dialog.password, dialog.open_button):
        assert field in seen, field.accessibleName()
    for key, field in ((Qt.Key.Key_F, dialog.path), (Qt.Key.Key_H, dialog.host), (Qt.Key.Key_T, dialog.port),
                       (Qt.Key.Key_D, dialog.database), (Qt.Key.Key_U, dialog.user),
                       (Qt.Key.Key_W, dialog.password)):
        qtbot.keyClick(focused(), key, ALT)
        assert focused() is field
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- the command line ----------------------------------------------------------------------------------------------
def test_fieldbook_db_opens_the_app_on_that_store(qtbot, hq_file: Path, data_dir: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import cli
    import desktop.ui.app as app_module

    asked: list[dict[str, Any]] = []
    monkeypatch.setattr(app_module, "run_app", lambda **kwargs: asked.append(kwargs) or 0)
    url = "postgresql+psycopg://hq@db.example:5432/fieldbook"
    assert cli.main(["--data-dir", str(data_dir), "--db", url]) == 0
    assert asked[-1]["db"] == url and asked[-1]["data_dir"] == data_dir
    assert cli.main(["--db", str(hq_file), "KEN-NBO_2023-H2_001.xlsx"]) == 0  # packages to Consolidate too
    assert asked[-1]["db"] == str(hq_file) and asked[-1]["packages"] == ["KEN-NBO_2023-H2_001.xlsx"]
    # A command's own --db is untouched by the app's.
    args = cli._parser().parse_args(["import", "--db", str(hq_file), "a.xlsx"])
    assert args.db == str(hq_file) and args.app_db is None
    assert cli.main(["--db", str(hq_file), "info"]) == cli.EXIT_USAGE  # before the command: said, not guessed


def test_fieldbook_db_runs_the_real_app_on_that_store(qtbot, hq_file: Path, data_dir: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      new_windows: list[MainWindow]) -> None:
    from desktop import cli

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)  # the event loop returns at once
    before = set(QApplication.topLevelWidgets())
    assert cli.main(["--data-dir", str(data_dir), "--lang", "en", "--db", str(hq_file)]) == 0
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before]
    new_windows.append(window)
    assert window.windowTitle() == f"Fieldbook — headquarters store {hq_file.resolve()}"
    assert not window.context.entry_allowed
    assert window.settings.value(RECENT_KEY, [], type=list) == [str(hq_file.resolve())]
    wait_idle(qtbot, window)
