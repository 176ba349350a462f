"""Consolidate: packages dropped in are checked; valid ones merge to a file or import after a dry run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPushButton

from db.store import open_store
from desktop.core.demo import build_demo
from desktop.exchange.export import export_package
from desktop.exchange.importer import ledger
from desktop.ui.consolidate import ConsolidatePage
from tests.ui.conftest import WAIT_MS, answer_message_box, wait_idle


def _package(tmp_path: Path, office: str) -> Path:
    with open_store(tmp_path / f"{office}.sqlite") as store:
        build_demo(store, office)
        return export_package(store, tmp_path / f"{office}.xlsx", period="2023-H2").path


def _page_with(qtbot, office_window, tmp_path: Path, *offices: str) -> ConsolidatePage:
    """The Consolidate screen with a demo package of each office added and checked."""
    page = ConsolidatePage(office_window.context)
    qtbot.addWidget(page)
    page.add_files([str(_package(tmp_path, office)) for office in offices])
    qtbot.waitUntil(lambda: page.model.rowCount() == len(offices), timeout=WAIT_MS)
    return page


def _page_with_files(qtbot, office_window, paths: list[Path]) -> ConsolidatePage:
    page = ConsolidatePage(office_window.context)
    qtbot.addWidget(page)
    page.add_files([str(p) for p in paths])
    qtbot.waitUntil(lambda: page.model.rowCount() == len(paths), timeout=WAIT_MS)
    return page


def _drop(page: ConsolidatePage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def test_dropped_packages_are_checked_and_listed(qtbot, office_window, tmp_path) -> None:
    page = ConsolidatePage(office_window.context)
    qtbot.addWidget(page)
    page.show()
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a package")
    _drop(page, [_package(tmp_path, "KEN-NBO"), bad])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    rows = {row.file: row for row in page.model.rows()}
    assert rows["KEN-NBO.xlsx"].valid and rows["KEN-NBO.xlsx"].office == "KEN-NBO" and rows["KEN-NBO.xlsx"].records
    assert not rows["bad.xlsx"].valid and "bad.xlsx" in rows["bad.xlsx"].problems[0]
    assert page.merge_button.isEnabled()


def test_merge_to_a_folder(qtbot, office_window, tmp_path) -> None:
    page = _page_with(qtbot, office_window, tmp_path, "KEN-NBO", "MEX-MEX")
    out = tmp_path / "merged"
    out.mkdir()
    with qtbot.waitSignal(page.merged, timeout=WAIT_MS) as signal:
        page.merge_to(out, label="RO-MIX")
    assert signal.args[0].out.exists() and (out / "merge-report.xlsx").exists()
    assert "Merged into" in page.result_label.text()


def test_import_runs_a_dry_run_first_and_imports_only_after_yes(qtbot, office_window, tmp_path) -> None:
    page = _page_with(qtbot, office_window, tmp_path, "UKR-KYI")

    answer_message_box(QMessageBox.StandardButton.No)
    page.start_import()
    qtbot.waitUntil(lambda: "cancelled" in page.result_label.text(), timeout=WAIT_MS)
    wait_idle(qtbot, office_window)
    assert ledger(office_window.tasks.store) == []

    shown: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, on_shown=lambda box: shown.append(box.text()))
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as signal:
        page.start_import()
    assert "dry run" in shown[0]
    assert "Not signed" in shown[0] and "UKR-KYI.xlsx" in shown[0].split("Not signed")[1]
    assert signal.args[0][0].status == "imported" and signal.args[0][0].created > 0
    assert len(ledger(office_window.tasks.store)) == 1
    assert signal.args[0][0].trust.startswith("UNSIGNED (package format 2), accepted with --accept-unsigned by")


def test_a_new_signing_key_is_named_in_the_question_and_trusted_only_after_yes(qtbot, office_window,
                                                                             tmp_path) -> None:
    from sqlalchemy import select

    from db.models import SigningKeyEntry
    from desktop.core.demo import build_demo
    from desktop.exchange.export import export_package
    from desktop.exchange.signing import load_or_create_key

    key = load_or_create_key(tmp_path / "mex.pem")
    with open_store(tmp_path / "mex.sqlite") as store:
        build_demo(store, "MEX-MEX")
        package = export_package(store, tmp_path / "in" / "MEX-MEX_2023-H2_001.xlsx", period="2023-H2",
                                 signer=key).path
    page = _page_with_files(qtbot, office_window, [package])
    shown: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, on_shown=lambda box: shown.append(box.text()))
    page.start_import()
    qtbot.waitUntil(lambda: "cancelled" in page.result_label.text(), timeout=WAIT_MS)
    wait_idle(qtbot, office_window)
    assert f"MEX-MEX: {key.fingerprint}" in shown[0]
    with office_window.tasks.store.read_session() as session:
        assert session.scalars(select(SigningKeyEntry)).all() == []  # the dry run trusted nothing
    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as signal:
        page.start_import()
    assert signal.args[0][0].status == "imported" and "trusted on first use" in signal.args[0][0].trust
    wait_idle(qtbot, office_window)
    with office_window.tasks.store.read_session() as session:
        assert [k.fingerprint for k in session.scalars(select(SigningKeyEntry))] == [key.fingerprint]


def test_package_table_model(qtmodeltester, tmp_path) -> None:
    from desktop.ui.consolidate import COLUMNS, check_package
    from desktop.ui.models import RowTableModel

    model = RowTableModel(COLUMNS)
    model.set_rows([check_package(str(_package(tmp_path, "KEN-NBO")))])
    qtmodeltester.check(model)


def test_an_import_shows_progress_and_cancel_keeps_the_packages_finished_before_it(qtbot, office_window, tmp_path,
                                                                                   monkeypatch) -> None:
    import threading

    import desktop.exchange.importer as importer

    monkeypatch.setattr(importer, "BATCH_RECORDS", 1)  # each package committed as it is finished
    first_done, go_on = threading.Event(), threading.Event()
    real_add = importer._Run.add

    def add(run, source, progress) -> None:  # on the worker: hold after the first package until Cancel is pressed
        real_add(run, source, progress)
        if not run.dry_run and not first_done.is_set():
            first_done.set()
            go_on.wait(WAIT_MS / 1000)

    monkeypatch.setattr(importer._Run, "add", add)
    page = _page_with(qtbot, office_window, tmp_path, "UKR-KYI", "MEX-MEX")
    answer_message_box(QMessageBox.StandardButton.Yes)
    page.start_import()
    qtbot.waitUntil(first_done.is_set, timeout=WAIT_MS)
    assert page.progress is not None and page.progress.labelText() == "Importing packages…"
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(page.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        go_on.set()
    assert [s.status for s in signal.args[0]] == ["imported"]
    assert page.result_label.text().startswith("Cancelled. One package was imported before it; the others were not.")
    wait_idle(qtbot, office_window)
    assert [e.office_code for e in ledger(office_window.tasks.store)] == ["UKR-KYI"]


def test_an_error_that_ends_an_import_names_the_packages_committed_before_it(qtbot, office_window, tmp_path,
                                                                             monkeypatch) -> None:
    import desktop.exchange.importer as importer

    monkeypatch.setattr(importer, "BATCH_RECORDS", 1)  # each package committed as it is finished
    real_add = importer._Run.add
    added: list = []

    def add(run, source, progress) -> None:  # the second package of the import meets an error no package causes
        if not run.dry_run and added:
            raise OSError("the store's disk went away")
        real_add(run, source, progress)
        if not run.dry_run:
            added.append(source)

    monkeypatch.setattr(importer._Run, "add", add)
    page = _page_with(qtbot, office_window, tmp_path, "UKR-KYI", "MEX-MEX")
    warned: list[str] = []  # the warning is recorded, not shown: its modal loop would hold the test's wait
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *rest: warned.append(text)))
    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as signal:
        page.start_import()
    assert [s.status for s in signal.args[0]] == ["imported"]
    assert warned == ["the store's disk went away"]
    lines = page.result_label.text().splitlines()
    assert lines[:2] == ["the store's disk went away", "One package was imported before it; the others were not."]
    assert "UKR-KYI" in lines[2]
    wait_idle(qtbot, office_window)
    assert [e.office_code for e in ledger(office_window.tasks.store)] == ["UKR-KYI"]


def test_a_merge_shows_progress_and_cancel_writes_nothing(qtbot, office_window, tmp_path, monkeypatch) -> None:
    import threading

    import desktop.exchange.merge as merge

    first_taken, go_on = threading.Event(), threading.Event()
    real_take = merge._take

    def take(package, *args) -> None:  # on the job's thread: hold at the second package (the first one's progress
        if first_taken.is_set():  # is shown) until Cancel is pressed
            go_on.wait(WAIT_MS / 1000)
        first_taken.set()
        real_take(package, *args)

    monkeypatch.setattr(merge, "_take", take)
    page = _page_with(qtbot, office_window, tmp_path, "KEN-NBO", "MEX-MEX")
    out = tmp_path / "merged"
    out.mkdir()
    page.merge_to(out)
    qtbot.waitUntil(first_taken.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.progress is not None and page.progress.value() > 0, timeout=WAIT_MS)
    assert page.progress.value() < page.progress.maximum()
    qtbot.mouseClick(page.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: page.result_label.text() == "Cancelled; nothing was written.", timeout=WAIT_MS)
    assert list(out.iterdir()) == []


def test_packages_opened_with_fieldbook_are_checked_on_the_consolidate_page(qtbot, demo_window, tmp_path) -> None:
    from desktop.ui.app import open_packages

    package = _package(tmp_path, "MEX-MEX")
    open_packages(demo_window, [package])
    page = demo_window.consolidate
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert demo_window.stack.currentWidget() is page
    assert page.model.rows()[0].valid and page.model.rows()[0].office == "MEX-MEX"
    wait_idle(qtbot, demo_window)
