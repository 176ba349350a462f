"""Screenshots of every main screen, for the README and for looking at what people see.

``python -m desktop.ui.screenshots OUTDIR`` builds the Nairobi demo office in a temporary folder, opens the real
windows offscreen and saves PNGs with ``widget.grab()``: each list, an initiative editor (and one with a problem),
the beneficiary grid, funding lines, the summary, settings, the welcome dialog and the whole window right-to-left.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

WINDOW_SIZE = (1280, 800)


def _settle(condition: Callable[[], bool] = lambda: True, timeout_s: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if condition() or time.perf_counter() > deadline:
            break
    for _ in range(5):  # let layouts and repaints catch up
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _save(widget: QWidget, folder: Path, name: str, saved: list[Path]) -> None:
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    saved.append(path)


def take_screenshots(outdir: Path) -> list[Path]:
    from db.store import open_store
    from desktop.core import records
    from desktop.core.demo import build_demo
    from desktop.ui.app import configure
    from desktop.ui.dialogs import WelcomeDialog
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app, "en")  # type: ignore[arg-type]  # en_GB numbers and dates
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    # A fixed folder name, so that the path shown in the status bar is the same from one run to the next.
    folder = Path(tempfile.gettempdir()) / "fieldbook-demo"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        store = open_store(folder / "fieldbook.sqlite", user="amina.kariuki")
        build_demo(store, "KEN-NBO")
        first = records.initiative_rows(store)[0]
        # One real edit, so the history panel has more to show than the demo's creation.
        records.save_record(store, "initiative", {"locality": "Nairobi (Mathare to Dandora)"}, first.id)
        records.save_record(store, "initiative", {"outcome_code": "FO2"}, first.id)
        try:
            window = MainWindow(store, folder)
            window.resize(*WINDOW_SIZE)
            window.show()
            window.start()
            _settle(lambda: window.initiatives.model.rowCount() > 0 and window.tasks.is_idle)
            window.initiatives.select_id(first.id)
            _settle(lambda: window.tasks.is_idle and window.history.model.rowCount() > 0)
            _save(window, outdir, "01-initiatives", saved)

            window.select_page("beneficiary_count")
            _settle(lambda: window.tasks.is_idle and window.beneficiaries.initiative.value() is not None)
            window.beneficiaries.show_period("2023-H2")
            _settle(lambda: window.tasks.is_idle)
            # A typing mistake, to show the live sum check.
            grid = window.beneficiaries.model
            grid.setData(grid.index(0, grid.column_of("male")), str((grid.grid_rows()[0].values["targeted_male"] or 0) + 500))
            _settle()
            _save(window, outdir, "02-beneficiary-grid", saved)
            grid.revert()  # the mistake was for the picture: leaving with it would ask Save / Discard / Cancel

            window.select_page("funding_line")
            _settle(lambda: window.tasks.is_idle and window.funding.model.rowCount() > 0)
            window.funding.table.selectRow(2)
            _settle(lambda: window.tasks.is_idle)
            _save(window, outdir, "03-funding-lines", saved)

            window.select_page("partner")
            _settle(lambda: window.tasks.is_idle and window.partners.model.rowCount() > 0)
            window.partners.table.selectRow(0)
            _settle(lambda: window.tasks.is_idle)
            _save(window, outdir, "04-partners", saved)

            window.select_page("knowledge_product")
            _settle(lambda: window.tasks.is_idle and window.knowledge.model.rowCount() > 0)
            window.knowledge.table.selectRow(0)
            _settle(lambda: window.tasks.is_idle)
            _save(window, outdir, "05-knowledge-products", saved)

            window.select_page("summary")
            _settle(lambda: window.tasks.is_idle)
            _save(window, outdir, "06-summary", saved)

            window.select_page("initiative")
            _settle(lambda: window.tasks.is_idle)
            window.open_editor("initiative", first.id)
            _settle(lambda: window.editor is not None and window.editor.isVisible())
            editor = window.editor
            assert editor is not None
            _save(editor, outdir, "07-initiative-editor", saved)
            assert editor.form.tabs is not None
            editor.form.tabs.setCurrentIndex(1)
            editor.form.widget("sdg_targets").search.setText("11.")
            _settle()
            _save(editor, outdir, "08-initiative-editor-sdg-targets", saved)
            editor.form.tabs.setCurrentIndex(0)
            editor.form.widget("end_date").set_value(first.start_date.replace(year=first.start_date.year - 1))
            editor.form.widget("code").setText("")
            editor.form.revalidate()
            _settle()
            _save(editor, outdir, "09-initiative-editor-problems", saved)
            editor.reject()
            _settle()

            window.select_page("funding_line")
            _settle(lambda: window.tasks.is_idle)
            window.funding.table.selectRow(0)
            window.funding.edit_selected()
            _settle(lambda: window.editor is not None and window.editor.isVisible() and window.editor is not editor)
            _save(window.editor, outdir, "10-funding-line-editor", saved)  # type: ignore[arg-type]
            window.editor.reject()  # type: ignore[union-attr]
            _settle()
            previous = window.editor
            window.open_editor("funding_line", None)
            _settle(lambda: window.editor is not None and window.editor.isVisible() and window.editor is not previous)
            rate = window.editor.form.widget("usd_rate")  # type: ignore[union-attr]
            window.editor.form.widget("amount").setText("12,950,000")  # type: ignore[union-attr]
            rate.edit.selectAll()
            QTest.keyClicks(rate.edit, "129.5")  # typed as the shilling is quoted: KES per 1 USD
            _settle()
            _save(window.editor, outdir, "19-funding-line-rate-both-ways", saved)  # type: ignore[arg-type]
            window.editor.reject()  # type: ignore[union-attr]
            _settle()

            window.open_export()
            export = window.export_dialog
            assert export is not None
            _settle(lambda: export.plan is not None and export.isVisible())
            export.folder.setText(str(folder / "Fieldbook packages"))
            export._folder_changed()
            _settle()
            _save(export, outdir, "18-export-dialog", saved)
            export.export()
            _settle(lambda: export.result_ is not None or "not" in export.outcome.text())
            _save(export, outdir, "18b-export-done", saved)
            export.reject()
            _settle()

            window.open_settings()
            dialog = window.settings_dialog
            assert dialog is not None
            _settle(lambda: dialog.isVisible())
            _save(dialog, outdir, "11-settings-office", saved)
            dialog.tabs.setCurrentIndex(2)
            dialog.back_up()
            _settle(lambda: window.tasks.is_idle and dialog.backup_list.count() > 0)
            _save(dialog, outdir, "12-settings-backups", saved)
            dialog.reject()
            _settle()

            window.select_page("dashboard")
            _settle(lambda: window.dashboard.kpis is not None and window.tasks.is_idle)
            _save(window, outdir, "15-dashboard-office", saved)

            window.select_page("consolidate")
            window.consolidate.add_files([str(p) for p in _packages(folder)])
            _settle(lambda: window.consolidate.model.rowCount() == 3)
            window.consolidate.table.selectRow(2)
            _save(window, outdir, "16-consolidate", saved)

            welcome = WelcomeDialog(folder / "fieldbook.sqlite")
            welcome.show()
            _settle()
            _save(welcome, outdir, "13-welcome", saved)
            welcome.close()

            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            window.select_page("initiative")
            _settle(lambda: window.tasks.is_idle)
            _save(window, outdir, "14-initiatives-right-to-left", saved)
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            window.close()
            _settle()
        finally:
            store.close()
        _headquarters_dashboard(folder, outdir, saved)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return saved


def _packages(folder: Path) -> list[Path]:
    """Two offices' packages and one broken file, for the Consolidate screen."""
    from db.store import open_store
    from desktop.core.demo import build_demo
    from desktop.exchange.export import export_package

    out = []
    for office in ("MEX-MEX", "UKR-KYI"):
        with open_store(folder / f"{office}.sqlite") as store:
            build_demo(store, office)
            out.append(export_package(store, folder / f"{office}_2023-H2_001.xlsx", period="2023-H2").path)
    broken = folder / "ROAS_2023-H2_001.xlsx"
    broken.write_bytes(b"PK\x03\x04 this file was cut short in an e-mail")
    return [*out, broken]


def _headquarters_dashboard(folder: Path, outdir: Path, saved: list[Path]) -> None:
    """The dashboard of a headquarters store holding 150 offices' portfolios."""
    from db.store import open_store
    from desktop.core.demo import build_headquarters
    from desktop.ui.main_window import MainWindow

    hq_folder = folder / "headquarters"
    hq_folder.mkdir()
    store = open_store(hq_folder / "fieldbook.sqlite", user="hq.analyst")
    try:
        build_headquarters(store, 150)
        window = MainWindow(store, hq_folder)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.start()
        window.select_page("dashboard")
        _settle(lambda: window.dashboard.kpis is not None and window.tasks.is_idle)
        _save(window, outdir, "17-dashboard-headquarters", saved)
        window.close()
        _settle()
    finally:
        store.close()


def language_screenshots(outdir: Path, languages: tuple[str, ...] | None = None) -> list[Path]:
    """The main screens in each language (``<lang>-NN-name.png`` in ``outdir``), and pseudo-localised (``xx-…``):
    every string accented, about 40 % longer and bracketed, so a clipped label or a string that never went through a
    translation shows at once."""
    from desktop import translations
    from desktop.core import records
    from desktop.core.demo import build_demo
    from desktop.ui.app import apply_language, configure
    from desktop.ui.main_window import MainWindow
    from db.store import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app, "en")  # type: ignore[arg-type]
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-languages-"))
    pseudo_dir = folder / "pseudo"
    sys.path.insert(0, str(translations.i18n_dir()))
    import tool  # resources/i18n/tool.py: the pseudo-localised .qm

    tool.pseudo_qm(pseudo_dir)
    try:
        store = open_store(folder / "fieldbook.sqlite", user="amina.kariuki")
        build_demo(store, "KEN-NBO")
        first = records.initiative_rows(store)[0]
        for lang in (*(languages or translations.LANGUAGES), "xx"):
            translations.override_dir = pseudo_dir if lang == "xx" else None  # kept while the core layers load it
            apply_language(app, "en" if lang == "xx" else lang)  # type: ignore[arg-type]
            window = MainWindow(store, folder)
            window.resize(*WINDOW_SIZE)
            window.show()
            window.start()
            _settle(lambda: window.initiatives.model.rowCount() > 0 and window.tasks.is_idle)  # noqa: B023
            window.initiatives.select_id(first.id)
            _settle(lambda: window.tasks.is_idle)  # noqa: B023
            _save(window, outdir, f"{lang}-01-initiatives", saved)
            window.select_page("beneficiary_count")
            _settle(lambda: window.tasks.is_idle and window.beneficiaries.initiative.value() is not None)  # noqa: B023
            window.beneficiaries.show_period("2023-H2")
            _settle(lambda: window.tasks.is_idle)  # noqa: B023
            grid = window.beneficiaries.model
            grid.setData(grid.index(0, grid.column_of("male")),
                         str((grid.grid_rows()[0].values["targeted_male"] or 0) + 500))
            _settle()
            _save(window, outdir, f"{lang}-02-beneficiaries", saved)
            grid.revert()
            window.select_page("dashboard")
            _settle(lambda: window.dashboard.kpis is not None and window.tasks.is_idle)  # noqa: B023
            _save(window, outdir, f"{lang}-03-dashboard", saved)
            window.select_page("initiative")
            _settle(lambda: window.tasks.is_idle)  # noqa: B023
            window.open_editor("initiative", first.id)
            _settle(lambda: window.editor is not None and window.editor.isVisible())  # noqa: B023
            editor = window.editor
            assert editor is not None
            editor.form.widget("code").setText("")
            editor.form.revalidate()
            _settle()
            _save(editor, outdir, f"{lang}-04-initiative-editor", saved)
            editor.reject()
            _settle()
            window.open_settings()
            dialog = window.settings_dialog
            assert dialog is not None
            _settle(lambda: dialog.isVisible())  # noqa: B023
            dialog.tabs.setCurrentIndex(1)
            _settle()
            _save(dialog, outdir, f"{lang}-05-settings-language", saved)
            dialog.reject()
            window.close()
            _settle()
        store.close()
    finally:
        translations.override_dir = None
        apply_language(app, "en")  # type: ignore[arg-type]
        shutil.rmtree(folder, ignore_errors=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    outdir = Path(args[0] if args else "docs/screenshots")
    for path in take_screenshots(outdir):
        print(path)
    for path in language_screenshots(outdir / "languages"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
