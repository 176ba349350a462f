"""Starting the desktop app: the QApplication, translations, style, the data file, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import translations
from desktop.core import collector, i18n

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
#: The settings key of the chosen language (settings.ini in the data folder); empty: the system's.
LANGUAGE_KEY = "language"


def style_sheet() -> str:
    path = RESOURCES / "styles" / "fieldbook.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


class EnglishPlurals(QTranslator):
    """Counts in English words: "%n record(s)" is "1 record", "4 records" — when fieldbook_en.qm (English's plural
    forms, built by make) is missing, as in a source tree before `make translations`. Installed first, so any real
    translation is asked before it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        if n >= 0 and "(s)" in source:
            return source.replace("(s)", "" if n == 1 else "s")
        return None  # type: ignore[return-value]  # a null string: not ours, Qt asks the next one


_installed: list[QTranslator] = []


def apply_language(app: QApplication, lang: str) -> None:
    """Speak ``lang``: Fieldbook's and Qt's translators, the locale of numbers, dates and money, the layout
    direction (Arabic right to left), and the language of the plain-Python layers' messages."""
    if not any(isinstance(t, EnglishPlurals) for t in app.findChildren(QTranslator)):
        app.installTranslator(EnglishPlurals(app))
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed[:] = translations.load(lang, app)
    for translator in reversed(_installed):  # the last installed is asked first: ours before Qt's
        app.installTranslator(translator)
    system = QLocale.system().name()
    QLocale.setDefault(QLocale(translations.locale_name(lang, system)))
    i18n.set_loader(translations.translator, lang)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in translations.RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)


def chosen_language(settings: Any = None, asked: str | None = None) -> str:
    """The window's language: asked for (``--lang``), else chosen in Settings ▸ Language, else the system's."""
    saved = settings.value(LANGUAGE_KEY, "") if settings is not None else ""
    return (translations.normalize(asked) or translations.normalize(str(saved or ""))
            or translations.system_language())


def configure(app: QApplication, lang: str | None = None) -> None:
    QCoreApplication.setOrganizationName("Fieldbook")
    QCoreApplication.setApplicationName("Fieldbook")
    apply_language(app, lang or translations.system_language())
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


def run_app(data_dir: Path | None = None, packages: Sequence[str | Path] = (), lang: str | None = None,
            db: str | None = None) -> int:
    """Open the main window on the data file in ``data_dir`` (the per-user data folder by default), or on the store
    ``db`` (``fieldbook --db PATH-OR-URL``: a headquarters store, its password from the keyring if remembered);
    ``packages`` are shown on the Consolidate page, checked; ``lang`` (``--lang``) before the language chosen in
    Settings."""
    from db.errors import StoreError
    from db.store import default_data_dir, default_store_path, open_store
    from desktop.ui.main_window import is_office_file, settings_for
    from desktop.ui.store_dialog import open_target, remember_store, with_saved_password

    if _no_display():
        print("fieldbook: no display to open a window on (set DISPLAY, run under Xvfb, or use a command: "
              "fieldbook --help)", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(data_dir) if data_dir else default_data_dir()
    configure(app, chosen_language(settings_for(folder), lang))  # type: ignore[arg-type]
    try:
        # A store named with --db must exist (a mistyped path is said, not made); the office's own file is made.
        store = open_target(with_saved_password(str(db))) if db else open_store(default_store_path(folder))
    except (StoreError, OSError) as exc:  # a read-only or full data folder, a damaged or newer data file
        show_start_failure(exc)
        return 1
    window = open_main_window(store, folder)
    if db and not is_office_file(store, folder):
        remember_store(window.settings, str(db))  # File ▸ Recent stores, without its password
        window.fill_recent_menu()
    if packages:
        open_packages(window, packages)
    code = app.exec()
    window = current_window() or window
    store_now = window.tasks.store
    if store_now is not None:
        store_now.close()
    return code


def open_main_window(store: Any, data_dir: Path) -> Any:
    """The main window on ``store``, shown and started: how the app opens (``run_app``; the ``ui`` benchmark opens
    through here too, so that it measures what a person gets). What start-up made and is still alive is then left
    out of the garbage collector's full runs (:func:`desktop.core.collector.freeze_long_lived`): otherwise one of
    them, 60-140 ms with a headquarters store open, lands on a keystroke in a search field now and then."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store, data_dir)
    window.show()
    window.start()
    collector.freeze_long_lived()
    return window


def _unfreeze_while_replacing(window: Any) -> None:
    """A window replaced (another language, another store): what start-up froze includes it. Back in the collector's
    sight, so that its cycles are freed once it is gone; then what lives is frozen again."""
    if not collector.is_frozen():
        return
    collector.thaw()
    window.destroyed.connect(lambda: QTimer.singleShot(0, lambda: collector.freeze_long_lived(full=True)))


def current_window() -> Any:
    """The main window now shown (a change of language rebuilds it)."""
    from desktop.ui.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and not w.retired]
    return shown[-1] if shown else None


def switch_store(window: Any, store: Any) -> Any:
    """File ▸ Open headquarters store… (or back to the office's own data file): a new main window on ``store``, on
    the page the person was on, and the old window's store closed once its worker has stopped (its queued saves
    done). Unsaved counts were saved or discarded before; the undo history belongs to the old store and stays
    behind."""
    from desktop.ui.main_window import MainWindow, WindowState

    state = window.hand_over()
    new = MainWindow(store, window.data_dir, window.settings)
    new.restoreGeometry(window.saveGeometry())
    new.show()
    new.take_over(WindowState(store, state.page, None, None))
    _unfreeze_while_replacing(window)
    window.retired = True
    window.close()
    window.deleteLater()
    if state.store is not None and state.store is not store:
        state.store.close()
    return new


def change_language(window: Any, lang: str) -> Any:
    """Settings ▸ Language: remember ``lang`` (empty: the system's), then rebuild the main window in it on the same
    data file — the page, the initiative and any unsaved beneficiary counts carried over — and return the new one."""
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    window.settings.setValue(LANGUAGE_KEY, lang)
    window.settings.sync()
    state = window.hand_over()  # stops the old window's worker once its queued saves are done
    apply_language(app, chosen_language(window.settings))  # type: ignore[arg-type]
    new = MainWindow(state.store, window.data_dir, window.settings)
    new.restoreGeometry(window.saveGeometry())
    new.show()
    new.take_over(state)
    _unfreeze_while_replacing(window)
    window.retired = True
    window.close()
    window.deleteLater()
    return new
