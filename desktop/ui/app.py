"""Starting the desktop app: the QApplication, translations, style, the data file, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps"}


def style_sheet() -> str:
    path = RESOURCES / "styles" / "fieldbook.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


class EnglishPlurals(QTranslator):
    """Counts in English words: "%n record(s)" is "1 record", "4 records" — until the .qm files of the languages
    issue bring real plural forms. Installed first, so any real translation is asked before it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        if n >= 0 and "(s)" in source:
            return source.replace("(s)", "" if n == 1 else "s")
        return None  # type: ignore[return-value]  # a null string: not ours, Qt asks the next one


def install_translations(app: QApplication, locale: QLocale) -> None:
    """Qt's own strings and Fieldbook's, when a translation for the locale exists (resources/i18n/*.qm)."""
    if not any(isinstance(t, EnglishPlurals) for t in app.findChildren(QTranslator)):
        app.installTranslator(EnglishPlurals(app))
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    if ours.load(locale, "fieldbook", "_", str(RESOURCES / "i18n")):
        app.installTranslator(ours)


def configure(app: QApplication, locale: QLocale | None = None) -> None:
    QCoreApplication.setOrganizationName("Fieldbook")
    QCoreApplication.setApplicationName("Fieldbook")
    locale = locale or QLocale()
    install_translations(app, locale)
    if locale.name().split("_")[0] in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the process; say so in one line instead."""
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def start_failure_text(exc: BaseException) -> str:
    """The one line that says why the app cannot start: which file, what is wrong, what to do."""
    from db.errors import StoreError
    from db.files import disk_reason, what_to_do

    if isinstance(exc, StoreError):
        return str(exc)
    where = f"{getattr(exc, 'filename', None)}: " if getattr(exc, "filename", None) else ""
    return f"{where}{disk_reason(exc)}; {what_to_do(exc)}"


def show_start_failure(exc: BaseException) -> None:
    """On the terminal that started the app (if any) and in a message box."""
    text = start_failure_text(exc)
    print(f"fieldbook: {text}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("App", "Fieldbook"), text)


def open_packages(window: Any, paths: Sequence[str | Path]) -> None:
    """Packages given to the app ("Open with Fieldbook", ``fieldbook FILE.xlsx``): added to Consolidate, checked at
    once, and that page shown."""
    window.consolidate.add_files([str(Path(p).resolve()) for p in paths])
    window.nav.setCurrentRow(window.PAGES.index("consolidate"))


def run_app(data_dir: Path | None = None, packages: Sequence[str | Path] = ()) -> int:
    """Open the main window on the data file in ``data_dir`` (the per-user data folder by default); ``packages``
    are shown on the Consolidate page, checked."""
    from db.errors import StoreError
    from db.store import default_data_dir, default_store_path, open_store
    from desktop.ui.main_window import MainWindow

    if _no_display():
        print("fieldbook: no display to open a window on (set DISPLAY, run under Xvfb, or use a command: "
              "fieldbook --help)", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    configure(app)  # type: ignore[arg-type]
    folder = Path(data_dir) if data_dir else default_data_dir()
    try:
        store = open_store(default_store_path(folder))
    except (StoreError, OSError) as exc:  # a read-only or full data folder, a damaged or newer data file
        show_start_failure(exc)
        return 1
    window = MainWindow(store, folder)
    window.show()
    window.start()
    if packages:
        open_packages(window, packages)
    code = app.exec()
    store_now = window.tasks.store
    if store_now is not None:
        store_now.close()
    return code
