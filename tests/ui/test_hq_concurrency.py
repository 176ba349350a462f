"""Several officers on one headquarters store, in the app: Consolidate's "Undo last import…" names the import, runs
on the worker and refreshes the page and the Dashboard; the page says who else is importing (PostgreSQL); a Dashboard
open while another officer's import commits refreshes itself; an analyst's read-only store disables import and undo,
saying why; a merge from the page on PostgreSQL is signed with the data folder's key. Clicks and keys, not setters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.store import Store, open_store, read_only_text
from desktop.core import records
from desktop.core.demo import build_demo
from desktop.exchange.export import export_package
from desktop.exchange.importer import _take_import_lock, import_packages, ledger
from desktop.exchange.read import read_package
from desktop.exchange.trust import Policy
from desktop.ui.main_window import MainWindow
from tests.db.test_roles import hq_roles  # noqa: F401  (the documented roles, as a fixture)
from tests.ui.conftest import WAIT_MS, _open_window, answer_message_box, close_window, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def _package(folder: Path, office: str, sequence: int = 1) -> Path:
    (folder / "out").mkdir(parents=True, exist_ok=True)
    with open_store(folder / f"{office}.sqlite") as store:
        build_demo(store, office)
        return export_package(store, folder / "out", period="2023-H2", sequence=sequence).path


@pytest.fixture
def hq_window(qtbot, request, tmp_path: Path, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A window on a headquarters store (not the office's own data file): a SQLite file, or PostgreSQL."""
    target = getattr(request, "param", "sqlite")
    url = tmp_path / "hq" / "headquarters.sqlite" if target == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url, user="maria")
    window = _open_window(qtbot, store, data_dir)
    yield window
    close_window(qtbot, window)
    (window.tasks.store or store).close()


def _show(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """View ▸ Dashboard (Ctrl+7) or Consolidate (Ctrl+8), once the window has the keyboard (after a message box)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)
    assert window.current_key() == {Qt.Key.Key_7: "dashboard", Qt.Key.Key_8: "consolidate"}[key]
    wait_idle(qtbot, window)


def _initiatives(window: MainWindow) -> int:
    return len(records.initiative_rows(window.tasks.store))


@pytest.mark.parametrize("hq_window", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_undo_last_import_names_it_and_refreshes_the_page_and_dashboard(
        qtbot, hq_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = hq_window, hq_window.consolidate
    _show(qtbot, window, Qt.Key.Key_8)
    assert page.import_button.text() == "&Import into this store…"  # not "data file": this is a store
    assert not page.undo_button.isEnabled()  # nothing imported yet
    qtbot.waitUntil(lambda: "no import to undo" in page.undo_button.toolTip(), timeout=WAIT_MS)

    page.add_files([str(_package(tmp_path, "UKR-KYI")), str(_package(tmp_path, "MEX-MEX"))])  # as dropped
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=WAIT_MS)
    answer_message_box(QMessageBox.StandardButton.Yes)  # after the dry run: import for real
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS * 3):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    imported = _initiatives(window)
    assert imported > 0 and len(ledger(window.tasks.store)) == 2

    _show(qtbot, window, Qt.Key.Key_7)  # the Dashboard shows the imported portfolio
    qtbot.waitUntil(lambda: window.dashboard.kpis is not None and window.dashboard.kpis.initiatives == imported,
                    timeout=WAIT_MS)
    _show(qtbot, window, Qt.Key.Key_8)
    qtbot.waitUntil(lambda: page.undo_button.isEnabled(), timeout=WAIT_MS)
    assert "UKR-KYI_2023-H2_001.xlsx" in page.undo_button.toolTip()

    asked: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, on_shown=lambda box: asked.append(box.text()))
    with qtbot.waitSignal(page.undone, timeout=WAIT_MS * 3) as undone:
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    said = asked[0]  # the files, the offices, when and by whom
    for part in ("UKR-KYI_2023-H2_001.xlsx", "MEX-MEX_2023-H2_001.xlsx", "MEX-MEX, UKR-KYI", "by maria",
                 "2 packages imported"):
        assert part in said, (part, said)
    assert len(undone.args[0]) == 2 and ledger(window.tasks.store) == []
    assert page.result_label.text().startswith("Undid the import of 2 packages")
    qtbot.waitUntil(lambda: not page.undo_button.isEnabled(), timeout=WAIT_MS)
    _show(qtbot, window, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: window.dashboard.kpis is not None and window.dashboard.kpis.initiatives == 0,
                    timeout=WAIT_MS)


@pytest.mark.parametrize("hq_window", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_dashboard_open_while_another_import_commits_refreshes_itself(
        qtbot, hq_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Another officer (PostgreSQL: another Store on the same database; SQLite: another connection to the file)
    imports while the Dashboard is shown: it shows the new figures a few seconds after the commit."""
    window = hq_window
    _show(qtbot, window, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: window.dashboard.kpis is not None and window.dashboard.generation is not None,
                    timeout=WAIT_MS)
    assert window.dashboard.kpis.initiatives == 0
    package = _package(tmp_path, "KEN-NBO")
    store = window.tasks.store
    other = open_store(store.url, user="ali") if not store.is_sqlite else store  # SQLite: one writer per file
    try:
        got = import_packages(other, [package], readers=0, policy=Policy(by="ali", accept_unsigned=True))
    finally:
        if other is not store:
            other.close()
    assert got[0].status == "imported"
    expected = _initiatives(window)
    qtbot.waitUntil(lambda: window.dashboard.kpis.initiatives == expected > 0,
                    timeout=window.dashboard.GENERATION_POLL_MS * 3)


@pytest.mark.postgres
@pytest.mark.parametrize("hq_window", ["postgresql"], indirect=True)
def test_consolidate_says_who_is_importing_into_the_store_while_it_is_shown(
        qtbot, hq_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window, page = hq_window, hq_window.consolidate
    _show(qtbot, window, Qt.Key.Key_8)
    assert not page.activity_label.isVisible()
    since = dt.datetime.now(dt.timezone.utc).replace(hour=14, minute=2)
    with open_store(window.tasks.store.url, user="anna") as other, other.engine.connect() as conn:
        with conn.begin():  # anna's import holds the lock, as an import's batch does
            _take_import_lock(conn, "anna", None, since)
            qtbot.waitUntil(lambda: page.activity_label.isVisible(), timeout=page.ACTIVITY_POLL_MS * 3)
            shown = page.activity_label.text()
            local = since.astimezone().strftime("%H:%M").lstrip("0")
            assert shown.startswith("anna is importing into this store since") and local in shown, shown
        qtbot.waitUntil(lambda: not page.activity_label.isVisible(), timeout=page.ACTIVITY_POLL_MS * 3)
    _show(qtbot, window, Qt.Key.Key_7)  # not shown: not asked
    assert not page.activity.timer.isActive()


@pytest.mark.postgres
def test_an_analysts_window_disables_import_and_undo_and_says_why(  # type: ignore[no-untyped-def]
        qtbot, hq_roles, tmp_path: Path, data_dir: Path) -> None:  # noqa: F811
    with open_store(hq_roles["importer"], user="maria") as importer:
        import_packages(importer, [_package(tmp_path, "KEN-NBO")], readers=0,
                        policy=Policy(by="maria", accept_unsigned=True))
    store = open_store(hq_roles["analyst"], user="ali")
    window = _open_window(qtbot, store, data_dir)
    try:
        page = window.consolidate
        why = read_only_text(store)
        assert "(read-only)" in window.windowTitle()
        _show(qtbot, window, Qt.Key.Key_8)
        page.add_files([str(_package(tmp_path, "UKR-KYI"))])  # checking a package still works
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.merge_button.isEnabled(), timeout=WAIT_MS)
        assert not page.import_button.isEnabled() and page.import_button.toolTip() == why
        assert not page.undo_button.isEnabled() and page.undo_button.toolTip() == why
        assert page.read_only_label.isVisible() and page.read_only_label.text() == why
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)  # a click on it does nothing
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        assert page.progress is None and len(ledger(store)) == 1
    finally:
        close_window(qtbot, window)
        store.close()


@pytest.mark.postgres
@pytest.mark.parametrize("hq_window", ["postgresql"], indirect=True)
def test_a_merge_from_consolidate_on_postgresql_is_signed(
        qtbot, hq_window: MainWindow, tmp_path: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page = hq_window.consolidate
    _show(qtbot, hq_window, Qt.Key.Key_8)
    page.add_files([str(_package(tmp_path, "UKR-KYI")), str(_package(tmp_path, "MEX-MEX"))])
    qtbot.waitUntil(lambda: page.merge_button.isEnabled() and page.model.rowCount() == 2, timeout=WAIT_MS)
    out = tmp_path / "merged"
    out.mkdir()
    with qtbot.waitSignal(page.merged, timeout=WAIT_MS * 3) as merged:
        page.merge_to(out, label="RO-MIX")  # the folder a person picks in the file dialog
    signature = read_package(merged.args[0].out).report.signature
    assert signature is not None and signature.valid
    assert (data_dir / "fieldbook.signing-key.pem").exists()  # the key beside the office's own data file


def test_an_undo_refused_says_why_in_one_line_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, hq_window: MainWindow, tmp_path: Path) -> None:
    window, page = hq_window, hq_window.consolidate
    store = window.tasks.store
    import_packages(store, [_package(tmp_path, "KEN-NBO")], readers=0, policy=Policy(by="maria", accept_unsigned=True))
    row = records.initiative_rows(store)[0]  # then someone fixes an imported record in the store
    records.save_record(store, "initiative", {**records.get_record(store, "initiative", row.id), "title": "Fixed"},
                        row.id)
    _show(qtbot, window, Qt.Key.Key_8)
    qtbot.waitUntil(lambda: page.undo_button.isEnabled(), timeout=WAIT_MS)
    warned: list[str] = []
    # "Undo the last import?" Yes; then the warning that says why it was refused, OK.
    answer_message_box(QMessageBox.StandardButton.Yes, on_shown=lambda _box: answer_message_box(
        QMessageBox.StandardButton.Ok, on_shown=lambda box: warned.append(box.text())))
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT_MS)
    assert "\n" not in warned[0] and "edited since it was imported" in warned[0] and "KEN-NBO" in warned[0]
    assert page.result_label.text() == warned[0]
    assert len(ledger(store)) == 1 and records.get_record(store, "initiative", row.id)["title"] == "Fixed"
