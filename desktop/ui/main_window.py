"""The main window: navigation between the pages, the history panel, menus and shortcuts, the status bar."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from dataclasses import dataclass, field

from db.store import Store, default_store_path
from desktop.core import records
from desktop.ui import pages
from desktop.ui.consolidate import ConsolidatePage
from desktop.ui.dashboard import DashboardPage
from desktop.ui.dialogs import OfficeWizard, SettingsDialog, WelcomeDialog
from desktop.ui.editors import RecordEditor, new_initiative_values
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.operations import Operations, entity_title
from desktop.ui.worker import TaskManager


def settings_for(data_dir: Path) -> QSettings:
    """Window and column settings live in the data folder, beside the data file (portable installs, tests)."""
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def open_office_file(path: Path, progress: Any = None) -> Store:
    """A job: the office's own data file, made if it is not there yet (as at the first start)."""
    from db.store import open_store

    return open_store(path)


def is_office_file(store: Store, data_dir: Path) -> bool:
    """Whether ``store`` is the office's own data file (the one in its data folder), where records are entered."""
    if store.path is None:
        return False
    try:
        return Path(store.path).resolve() == default_store_path(Path(data_dir)).resolve()
    except OSError:
        return False


@dataclass
class WindowState:
    """What a rebuilt window (another language, another store) takes over from the one it replaces."""

    store: Store
    page: str
    initiative: uuid.UUID | None
    unsaved_counts: tuple[Any, ...] | None  # (initiative, period, reach, {group: counts}) typed and not saved
    undo: list[tuple[list[records.Change], str]] = field(default_factory=list)
    settings_tab: int | None = None  # Settings was open on this tab


class MainWindow(QMainWindow):
    PAGES = ("initiative", "beneficiary_count", "funding_line", "partner", "knowledge_product", "summary",
             "dashboard", "consolidate")
    #: Keys that belong to the window even while a text field has the keyboard (see eventFilter).
    CLAIMED_KEYS = (QKeySequence("Ctrl+E"),)
    #: Pages with no single selected record: the history panel makes room for them.
    NO_HISTORY = ("beneficiary_count", "summary", "dashboard", "consolidate")

    def __init__(self, store: Store, data_dir: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings or settings_for(data_dir)
        self.tasks = TaskManager(store, self)
        self.operations = Operations(self.tasks, self)
        # Records are entered only in the office's own data file; any other store (headquarters') is read here.
        self.on_office_file = is_office_file(store, data_dir)
        self.context = pages.AppContext(self.tasks, self.operations, self.settings,
                                        entry_allowed=self.on_office_file)
        self.office: dict[str, Any] | None = None
        self.editor: RecordEditor | None = None
        self.welcome: WelcomeDialog | None = None
        self.wizard: OfficeWizard | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.store_dialog: Any = None  # File ▸ Open headquarters store… (desktop.ui.store_dialog.StoreDialog)
        self._stale: set[str] = set()
        self._choices_stale = True
        self._history_wanted = True
        self._current_initiative: uuid.UUID | None = None
        self._loading_choices = False
        self.retired = False  # replaced by a window in another language or on another store
        self.setWindowTitle(self.tr("Fieldbook"))
        self.setObjectName("mainWindow")

        self.initiatives = pages.initiative_page(self.context, self)
        self.beneficiaries = pages.BeneficiaryPage(self.context, self)
        self.funding = pages.FundingPage(self.context, self)
        self.partners = pages.partner_page(self.context, self)
        self.knowledge = pages.knowledge_page(self.context, self)
        self.summary = pages.SummaryPage(self.context, self)
        self.dashboard = DashboardPage(self.context, self)
        self.consolidate = ConsolidatePage(self.context, self, data_dir=data_dir)
        self.consolidate.imported.connect(lambda _summaries: self.reload_all())
        self.consolidate.undone.connect(lambda _entries: self.reload_all())
        self.pages: dict[str, QWidget] = dict(zip(self.PAGES, (
            self.initiatives, self.beneficiaries, self.funding, self.partners, self.knowledge, self.summary,
            self.dashboard, self.consolidate)))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        titles = (self.tr("Initiatives"), self.tr("Beneficiaries"), self.tr("Funding"), self.tr("Partners"),
                  self.tr("Knowledge products"), self.tr("Office summary"), self.tr("Dashboard"),
                  self.tr("Consolidate"))
        for key, title in zip(self.PAGES, titles):
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(160, 36))
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        body = QWidget(self)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        # As wide as the longest section name in this language ("Produtos de conhecimento"), within reason.
        self.nav.ensurePolished()  # the style sheet's font, not the default one
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        nav_width = min(300, max(200, widest + 40))
        self.nav.setMinimumWidth(nav_width)  # after polishing: the style sheet's min-width would win otherwise
        self.nav.setMaximumWidth(max(240, nav_width))
        splitter.setSizes([nav_width, 1000])
        splitter.setChildrenCollapsible(False)
        body_layout.addWidget(splitter)
        self.setCentralWidget(body)

        self.history = pages.HistoryPanel(self.context, self)
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.history.setMinimumWidth(280)
        self.history_dock.setAccessibleName(self.tr("History of the selected record"))
        self.history_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(self._history_area(), self.history_dock)
        self.resizeDocks([self.history_dock], [330], Qt.Orientation.Horizontal)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Record counts"))
        self.save_label = QLabel(self.tr("All changes saved"), self)
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.file_label = QLabel(self)
        self.file_label.setAccessibleName(self.tr("Data file in use"))
        self.show_store()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.file_label)

        self._build_actions()
        self.nav.currentRowChanged.connect(self._page_changed)
        for key in ("initiative", "partner", "knowledge_product"):
            page = self.pages[key]
            page.new_requested.connect(self.new_record)  # type: ignore[attr-defined]
            page.edit_requested.connect(self.edit_record)  # type: ignore[attr-defined]
            page.delete_requested.connect(self.delete_record)  # type: ignore[attr-defined]
            page.selection_changed.connect(self._selection_changed)  # type: ignore[attr-defined]
        self.beneficiaries.dirty_changed.connect(self._grid_dirty)
        for picker in (self.beneficiaries.initiative, self.funding.initiative):
            picker.picked.connect(self._picked_initiative)
            picker.changed.connect(self._picker_changed)
        self.summary.export_requested.connect(self.open_export)
        self.funding.new_requested.connect(self.new_record)
        self.funding.edit_requested.connect(self.edit_record)
        self.funding.delete_requested.connect(self.delete_record)
        self.funding.selection_changed.connect(self._selection_changed)
        self.operations.changed.connect(self._store_changed)
        self.operations.undo_failed.connect(self._undo_failed)
        self.tasks.busy_changed.connect(self._busy_changed)
        self.tasks.failed.connect(self._task_failed)
        self.nav.setCurrentRow(0)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        # 1280×800, or less on a smaller screen (a 1366×768 laptop keeps the status bar in view).
        room = self.screen().availableGeometry()
        self.resize(min(1280, room.width() - 40), min(800, room.height() - 60))
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        # On X11 a text field takes Ctrl+E for "end of line" (Emacs keys), so Export package would not answer while
        # the keyboard is in the search or a dropdown: the window's own keys come first in its widgets.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QWidget) \
                and watched.window() is self and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) in self.CLAIMED_KEYS:
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _history_area(self) -> Qt.DockWidgetArea:
        # The history sits at the trailing edge: right in left-to-right, left in right-to-left (the navigation
        # is at the leading edge, mirrored by the splitter itself).
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange and hasattr(self, "history_dock"):
            if self.dockWidgetArea(self.history_dock) != self._history_area():
                self.addDockWidget(self._history_area(), self.history_dock)
        super().changeEvent(event)

    def show_data_file(self, path: str) -> None:
        """The data file in the status bar, shortened in the middle when long (the whole path in the tooltip)."""
        self.file_label.setMaximumWidth(340)  # the counts beside it are longer in some languages
        text = self.file_label.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, 320)
        self.file_label.setText(text)
        self.file_label.setToolTip(self.tr("Data file in use: {path}").format(path=path))
        self.file_label.setAccessibleDescription(path)

    def store_name(self) -> str:
        """The open store as a person reads it: a file's path, a server's user@host:port/database (no password)."""
        store = self.tasks.store
        return "" if store is None else store.display_name

    def show_store(self) -> None:
        """Which store is open, in the status bar and (on a headquarters store) the title."""
        where = self.store_name()
        if self.on_office_file:
            self.show_data_file(where)
            return
        store = self.tasks.store
        if store is not None and store.read_only:  # an analyst's role: said in the title and the status bar
            where = self.tr("{store} (read-only)").format(store=where)
        self.setWindowTitle(self.tr("Fieldbook — headquarters store {store}").format(store=where))
        self.file_label.setMaximumWidth(420)
        shown = self.tr("Headquarters store: {store}").format(store=where)
        self.file_label.setText(self.file_label.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideMiddle, 400))
        self.file_label.setToolTip(self.tr("Headquarters store in use: {store}").format(store=where))
        self.file_label.setAccessibleName(self.tr("Headquarters store in use"))
        self.file_label.setAccessibleDescription(where)

    # -- actions ------------------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_store_action = QAction(self.tr("&Open headquarters store…"), self)
        self.open_store_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_store_action.setStatusTip(self.tr("Read every office's records in a headquarters store: a SQLite "
                                                    "file or a PostgreSQL database"))
        self.open_store_action.triggered.connect(lambda _checked=False: self.open_store_dialog())
        file_menu.addAction(self.open_store_action)
        self.recent_menu = QMenu(self.tr("&Recent stores"), self)
        self.recent_menu.setObjectName("recentStores")
        file_menu.addMenu(self.recent_menu)
        self.fill_recent_menu()
        self.back_action = QAction(self.tr("&Back to my office data file"), self)
        self.back_action.setStatusTip(self.tr("Close the headquarters store and open this office's own data file "
                                              "again"))
        self.back_action.triggered.connect(self.back_to_office_file)
        self.back_action.setVisible(not self.on_office_file)
        file_menu.addAction(self.back_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export package…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Write this period's package for the regional office"))
        self.export_action.triggered.connect(self.open_export)
        if not self.on_office_file:
            self.export_action.setEnabled(False)
            self.export_action.setToolTip(pages.entry_refused_text())
            self.export_action.setStatusTip(pages.entry_refused_text())
        file_menu.setToolTipsVisible(True)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.operations.undo_stack
        # Undo and redo change the store under the grid: unsaved counts are asked about first (Save / Discard /
        # Cancel), so the actions are our own, following the stack's text and state.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        for action, can, text, prefix, step in (
                (self.undo_action, stack.canUndoChanged, stack.undoTextChanged, self.tr("&Undo"), stack.undo),
                (self.redo_action, stack.canRedoChanged, stack.redoTextChanged, self.tr("&Redo"), stack.redo)):
            can.connect(action.setEnabled)
            text.connect(lambda what, a=action, p=prefix: a.setText(f"{p} {what}" if what else p))
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, go=step: self._unless_counts_unsaved(go))
        # Ctrl+Y everywhere, and the platform's own keys too (Ctrl+Shift+Z); a key listed twice would be ambiguous.
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.new_action = QAction(self.tr("&New record"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_in_current_page)
        self.new_action.setEnabled(self.on_office_file)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save_current_page)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self.tr("&Reload"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.reload_current)
        for action in (self.new_action, self.save_action, self.find_action, self.refresh_action):
            edit_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for n in range(len(self.PAGES)):
            action = QAction(self.nav.item(n).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _checked=False, row=n: self.nav.setCurrentRow(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        help_menu_action = QAction(self.tr("&User guide"), self)
        help_menu_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_menu_action.triggered.connect(self.open_help)
        self.help_action = help_menu_action
        history_action = self.history_dock.toggleViewAction()
        history_action.triggered.connect(lambda on: setattr(self, "_history_wanted", on))
        view_menu.addAction(history_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About Fieldbook"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        help_menu.addAction(self.about_action)

    # -- start ----------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the office profile; with none yet, welcome the user (first run)."""
        self.tasks.run(records.office_profile, writes=False, on_done=self._office_loaded)

    def _office_loaded(self, office: dict[str, Any] | None) -> None:
        self.office = office
        self.context.office = office
        if office is None and self.on_office_file:
            self.show_welcome()
            return
        self._show_title()
        self.reload_all()
        if QApplication.activeModalWidget() is None:
            # After the welcome or the wizard, the keyboard is in the window: Ctrl+N starts the first record.
            self.activateWindow()
            if QApplication.focusWidget() is None or not self.isAncestorOf(QApplication.focusWidget()):
                getattr(self.current_page(), "table", self.nav).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_welcome(self) -> None:
        self.welcome = WelcomeDialog(self.tasks.store.path if self.tasks.store else None, self)
        self.welcome.finished.connect(self._welcome_done)
        self.welcome.open()

    @Slot(int)
    def _welcome_done(self, _result: int) -> None:
        choice = self.welcome.choice if self.welcome else None
        if choice is None:
            # Closing the welcome leaves no office to record for: Fieldbook closes, and asks again next time.
            self.close()
            return
        if choice == "demo":
            dialog = QProgressDialog(self.tr("Building the demo office…"), "", 0, 0, self)
            dialog.setCancelButton(None)
            dialog.setWindowTitle(self.tr("Demo office"))
            dialog.setMinimumDuration(300)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.tasks.run(records.build_demo_office, on_done=lambda _code: (dialog.close(), self.start()),
                           on_error=lambda e: (dialog.close(), self._task_failed(str(e))))
        elif choice == "office":
            self.wizard = OfficeWizard(self)
            self.wizard.finished.connect(self._wizard_done)
            self.wizard.open()

    @Slot(int)
    def _wizard_done(self, result: int) -> None:
        if self.wizard is None or result != OfficeWizard.DialogCode.Accepted:
            self.show_welcome()
            return
        self.tasks.run(records.create_office, self.wizard.values(), on_done=lambda _r: self.start(),
                       on_error=lambda e: (self._task_failed(str(e)), self.show_welcome()))

    # -- pages ------------------------------------------------------------------------------------------------
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "initiative"

    def current_page(self) -> QWidget:
        return self.pages[self.current_key()]

    @Slot(int)
    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.stack.currentWidget() is self.beneficiaries and self.PAGES[row] != "beneficiary_count" \
                and not self.beneficiaries.confirm_leave():
            self.nav.blockSignals(True)  # the person chose to go back to the unsaved counts
            self.nav.setCurrentRow(self.PAGES.index("beneficiary_count"))
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        key = self.PAGES[row]
        # The grid and the summary have no single record to show the history of: give them the room.
        self.history_dock.setVisible(self._history_wanted and key not in self.NO_HISTORY)
        if key in self._stale:
            self._reload_page(key)
        if not (key in ("beneficiary_count", "funding_line") and self._choices_stale):
            self._follow_initiative(key)
        page = self.pages[key]
        selected = getattr(page, "selected_id", None)
        self.history.show_for(key, selected() if selected else None)

    @Slot(str, object)
    def _selection_changed(self, entity: str, record_id: uuid.UUID | None) -> None:
        if entity == self.current_key():  # pages in the background reload too; only the visible one counts
            self.history.show_for(entity, record_id)
            if entity == "initiative" and record_id is not None:
                # The initiative the person works on: Beneficiaries and Funding open on it.
                self._current_initiative = record_id

    @Slot(object)
    def _picked_initiative(self, record_id: uuid.UUID | None) -> None:
        # The initiative chosen on the grid or the funding page is the one the other page opens on, too.
        if record_id is not None:
            self._current_initiative = record_id

    @Slot(object)
    def _picker_changed(self, record_id: uuid.UUID | None) -> None:
        # A choice typed and confirmed with Enter while the suggestions are open arrives as a new current item only
        # (no "activated"): every change but the one made by loading the choices is the person's.
        if not self._loading_choices:
            self._picked_initiative(record_id)

    def _follow_initiative(self, key: str) -> None:
        picker = {"beneficiary_count": self.beneficiaries.initiative, "funding_line": self.funding.initiative}.get(key)
        if picker is not None and self._current_initiative is not None \
                and picker.value() != self._current_initiative:
            picker.set_value(self._current_initiative)

    def select_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.PAGES.index(key))

    def reload_all(self) -> None:
        self._stale = set(self.PAGES)
        self._choices_stale = True
        self._reload_page(self.current_key())
        self.refresh_counts()

    def _initiative_choices(self, choices: list[records.Choice]) -> None:
        # Setting the choices reloads both pages (their initiative may change).
        self._loading_choices = True
        try:
            self.beneficiaries.set_initiatives(choices)
            self.funding.set_initiatives(choices)
        finally:
            self._loading_choices = False
        self._follow_initiative(self.current_key())

    def _reload_page(self, key: str) -> None:
        if key == "beneficiary_count" and self.beneficiaries.has_unsaved():
            return  # typed counts are never dropped by a refresh; the grid reloads once they are saved or discarded
        self._stale.discard(key)
        if key in ("beneficiary_count", "funding_line") and self._choices_stale:
            # The initiative dropdowns are loaded when first needed: a big office opens on its list at once.
            self._choices_stale = False
            self.tasks.run(records.initiative_choices, writes=False, on_done=self._initiative_choices)
        else:
            self.pages[key].reload()  # type: ignore[attr-defined]

    @Slot()
    def reload_current(self) -> None:
        self._reload_page(self.current_key())

    def refresh_counts(self) -> None:
        self.tasks.run(records.summary, writes=False, on_done=self._show_counts)

    def _show_counts(self, summary: records.Summary) -> None:
        c = summary.counts
        self.count_label.setText(self.tr(
            "{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · "
            "{partner} partners · {knowledge_product} knowledge products").format(
            **{k: QLocale().toString(v) for k, v in c.items()}))
        if self.current_key() == "summary":
            self.summary.show_summary(summary)

    @Slot(object)
    def _store_changed(self, entities: set[str]) -> None:
        if "*" in entities:  # a restored backup: everything may differ (typed counts were of the replaced file)
            self.beneficiaries.model.revert()
            self.start()
            return
        affected = set(entities)
        if "initiative" in affected:
            affected |= {"beneficiary_count", "funding_line", "knowledge_product", "partner"}
            self._choices_stale = True
        if "office" in affected:
            self.tasks.run(records.office_profile, writes=False, on_done=self._office_refreshed)
        affected.add("summary")
        if "partner" in entities:
            affected.add("funding_line")
        for key in affected & set(self.PAGES):
            self._stale.add(key)
        if self.current_key() in self._stale:
            self._reload_page(self.current_key())
        self.history.refresh()
        self.refresh_counts()

    def _office_refreshed(self, office: dict[str, Any] | None) -> None:
        self.office = office
        self.context.office = office
        self._show_title()

    def _show_title(self) -> None:
        """The office's name on its own data file; on any other store, which store it is."""
        if not self.on_office_file:
            self.show_store()
        elif self.office:
            self.setWindowTitle(self.tr("Fieldbook — {name} ({code})").format(name=self.office["name"],
                                                                              code=self.office["code"]))

    # -- editing ------------------------------------------------------------------------------------------------
    @Slot()
    def new_in_current_page(self) -> None:
        key = self.current_key()
        if not self.context.entry_allowed:
            return
        if key in ("initiative", "partner", "knowledge_product", "funding_line"):
            self.new_record(key)

    @Slot(str)
    def new_record(self, entity: str) -> None:
        self.open_editor(entity, None)

    @Slot(str, object)
    def edit_record(self, entity: str, record_id: uuid.UUID) -> None:
        self.open_editor(entity, record_id)

    def open_editor(self, entity: str, record_id: uuid.UUID | None) -> None:
        """Load what the editor needs on the worker, then open it (window-modal, never blocking the event loop)."""
        fixed: dict[str, Any] = {}
        if entity == "funding_line" and record_id is None:
            initiative = self.funding.initiative.value()
            if initiative is None:
                return
            fixed["initiative_id"] = initiative

        def load(store: Store) -> dict[str, Any]:
            out: dict[str, Any] = {"values": records.get_record(store, entity, record_id) if record_id else {}}
            if entity == "funding_line" and record_id is not None:
                fixed["initiative_id"] = out["values"]["initiative_id"]  # a stored line keeps its initiative
            if entity in ("initiative", "funding_line"):
                out["partners"] = records.partner_choices(store)
            if entity == "knowledge_product":
                out["initiatives"] = records.initiative_choices(store)
            if entity == "funding_line":  # a rate far from the usual ones is questioned as it is typed
                out["usd_rates"] = records.usd_rates_by_currency(store, exclude=record_id)
                if record_id is None:
                    out["values"] = records.new_funding_values(store, fixed["initiative_id"],
                                                               (self.office or {}).get("currency"))
            return out

        def loaded(data: dict[str, Any]) -> None:
            values = data["values"]
            if record_id is None:
                if entity == "initiative":
                    values = new_initiative_values(self.office)
            values.update(fixed)
            self.editor = RecordEditor(self.operations, entity, record_id, values,
                                       partners=data.get("partners"), initiatives=data.get("initiatives"),
                                       fixed=fixed, usd_rates=data.get("usd_rates"), settings=self.settings,
                                       parent=self)
            self.editor.accepted.connect(lambda: self._editor_saved(entity))
            self.editor.finished.connect(lambda _r, w=QApplication.focusWidget(): self._return_focus(w))
            self.editor.open()

        self.tasks.run(load, writes=False, on_done=loaded)

    def _return_focus(self, widget: QWidget | None) -> None:
        """Back to where the user was before the dialog, so keyboard work goes on (Ctrl+Z, Del, arrows)."""
        self.activateWindow()
        page = self.current_page()
        target = widget if widget is not None and widget.isVisible() else getattr(page, "table", page)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_saved(self, entity: str) -> None:
        editor = self.editor
        if editor is None or editor.result_ is None:
            return
        page = self.pages.get(entity)
        if isinstance(page, pages.ListPage):
            page._reselect = editor.result_.record_id
        for problem in editor.result_.warnings[:1]:
            self.statusBar().showMessage(self.tr("Saved with a warning: {message}").format(
                message=pages.tr_rules(problem)), 8000)

    @Slot()
    def save_current_page(self) -> None:
        if self.current_key() == "beneficiary_count":
            self.beneficiaries.save()

    @Slot()
    def focus_search(self) -> None:
        search = getattr(self.current_page(), "search", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def confirm_delete(self, entity: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), self.tr(
            "Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the "
            "next package.").format(what=entity_title(entity)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        before = QApplication.focusWidget()
        answer = box.exec()
        self._return_focus(before)
        return answer == QMessageBox.StandardButton.Yes

    @Slot(str, object)
    def delete_record(self, entity: str, record_id: uuid.UUID) -> None:
        if not self.confirm_delete(entity):
            return
        self.operations.delete(entity, record_id, on_done=lambda _c: self.history.show_for(entity, record_id))

    # -- status ---------------------------------------------------------------------------------------------------
    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        if busy and self.tasks.writes_pending:
            self.save_label.setText(self.tr("Saving…"))
        elif not busy:
            self._show_save_state()

    @Slot(bool)
    def _grid_dirty(self, _dirty: bool) -> None:
        if self.tasks.is_idle or not self.tasks.writes_pending:
            self._show_save_state()

    def _show_save_state(self) -> None:
        """The truth about unsaved work: counts typed in the grid are not saved until Save counts (Ctrl+S)."""
        if self.beneficiaries.has_unsaved():
            self.save_label.setText(self.tr("Unsaved beneficiary counts (Ctrl+S saves)"))
            self.save_label.setProperty("problem", "warning")
        else:
            self.save_label.setText(self.tr("All changes saved"))
            self.save_label.setProperty("problem", "")
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)

    @Slot(str)
    def _task_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved"))
        self.statusBar().showMessage(self.tr("Something went wrong: {message}").format(message=message), 15000)

    @Slot(str)
    def _undo_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Undo or redo could not be applied: {message}").format(
            message=message), 15000)

    @Slot()
    def open_settings(self) -> None:
        store = self.tasks.store
        # On a headquarters store there is no office profile of this office to edit (saving stays disabled).
        office = self.office if self.on_office_file else None
        self.settings_dialog = SettingsDialog(self.operations, self.data_dir, store.path if store else None,
                                              office, self)
        self.settings_dialog.open()

    def _unless_counts_unsaved(self, step: Any) -> None:
        """Undo or redo, once unsaved counts are saved or discarded (or not at all: Cancel)."""
        if self.beneficiaries.confirm_leave():
            step()

    # -- export and help ---------------------------------------------------------------------------------------
    @Slot()
    def open_export(self) -> None:
        """File ▸ Export package… (Ctrl+E): unsaved counts first, then the dialog."""
        if not self.context.entry_allowed:
            return
        if self.current_key() == "beneficiary_count" and not self.beneficiaries.confirm_leave():
            return
        if self.export_dialog is not None:
            if self.export_dialog.running():
                self.export_dialog.open()  # the export under way, shown again
                return
            self.export_dialog.deleteLater()
        self.export_dialog = ExportDialog(self.tasks, self.settings, self)
        self.export_dialog.open_record.connect(self.open_problem_record)
        self.export_dialog.exported.connect(lambda result: self.statusBar().showMessage(
            self.tr("Exported {file}").format(file=str(result.path)), 15000))
        self.export_dialog.finished.connect(lambda _r, w=QApplication.focusWidget(): self._return_focus(w))
        self.export_dialog.open()

    @Slot(str, object)
    def open_problem_record(self, entity: str, record_id: uuid.UUID | None) -> None:
        """A problem the export dialog listed: its record, where the person fixes it."""
        if record_id is None:
            return

        def found(where: dict[str, Any]) -> None:
            initiative = where.get("initiative_id")
            if initiative is not None:
                self._current_initiative = initiative  # the page opens on it, once its choices are there
            if entity == "beneficiary_count":
                self.select_page("beneficiary_count")
                self.beneficiaries.show_record(initiative, where.get("period"), where.get("reach_type"))
            elif entity == "funding_line":
                self.select_page("funding_line")
                self._follow_initiative("funding_line")  # the page was on already: it shows the line's initiative
                self.open_editor(entity, record_id)
            elif entity in ("initiative", "initiative_partner"):
                self.select_page("initiative")
                self.open_editor("initiative", initiative if entity == "initiative_partner" else record_id)
            elif entity in ("partner", "knowledge_product"):
                self.select_page(entity)
                self.open_editor(entity, record_id)
            elif entity == "office":
                self.open_settings()

        self.tasks.run(records.record_place, entity, record_id, writes=False, on_done=found)

    @Slot()
    def open_help(self) -> None:
        from desktop.ui.help import show_help

        show_help(self, self.current_key())

    @Slot()
    def open_about(self) -> None:
        """Help ▸ About Fieldbook: the versions, read on the worker (the data file's own schema is in the store)."""
        from desktop.ui.help import about_facts, show_about

        self.tasks.run(about_facts, writes=False, on_done=lambda facts: show_about(self, facts))

    # -- stores ---------------------------------------------------------------------------------------------------
    def fill_recent_menu(self) -> None:
        """File ▸ Recent stores: the stores opened last (never with a password), the open one left out."""
        from desktop.ui.store_dialog import recent_stores, same_store, store_label

        self.recent_menu.clear()
        current = self.tasks.store.url if self.tasks.store is not None else None
        shown = [s for s in recent_stores(self.settings) if current is None or not same_store(s, current)]
        for n, target in enumerate(shown):
            label = store_label(target).replace("&", "&&")  # an ampersand in a path is shown, not a shortcut
            action = QAction(f"&{n + 1} {label}", self.recent_menu)
            action.setData(target)
            action.triggered.connect(lambda _checked=False, t=target: self.open_store_dialog(t, start=True))
            self.recent_menu.addAction(action)
        if not shown:
            empty = QAction(self.tr("No recent stores"), self.recent_menu)
            empty.setEnabled(False)
            self.recent_menu.addAction(empty)

    def open_store_dialog(self, preset: str | None = None, start: bool = False) -> None:
        """File ▸ Open headquarters store… (or a recent one, opened at once: ``start``). Unsaved counts are asked
        about first; the window switches only once the store is open."""
        from desktop.ui.store_dialog import StoreDialog

        if not self.beneficiaries.confirm_leave():
            return
        if self.store_dialog is not None and self.store_dialog.job is None:
            self.store_dialog.deleteLater()  # one still opening a store it was cancelled from closes that store
        current = self.tasks.store.url if self.tasks.store is not None else None
        self.store_dialog = StoreDialog(self.settings, current=current, preset=preset, parent=self)
        self.store_dialog.opened.connect(self._store_opened)
        self.store_dialog.finished.connect(lambda _r, w=QApplication.focusWidget(): self._return_focus(w))
        self.store_dialog.open()
        if start:
            self.store_dialog.open_chosen()

    @Slot(object, str)
    def _store_opened(self, store: Store, target: str) -> None:
        from desktop.ui.store_dialog import remember_store

        if not is_office_file(store, self.data_dir):
            remember_store(self.settings, target)  # without its password
        self.switch_to(store)

    @Slot()
    def back_to_office_file(self) -> None:
        """File ▸ Back to my office data file: the office's own store, opened (and checked) off the UI thread."""
        from desktop.ui import jobs

        if not self.beneficiaries.confirm_leave():
            return
        job = jobs.Job(open_office_file, default_store_path(self.data_dir))
        self.back_action.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        job.done.connect(self._office_file_opened)
        job.failed.connect(self._office_file_failed)
        jobs.start(job)

    @Slot(object)
    def _office_file_opened(self, store: Store) -> None:
        QApplication.restoreOverrideCursor()
        self.switch_to(store)

    @Slot(object)
    def _office_file_failed(self, error: BaseException) -> None:
        from desktop.ui.app import start_failure_text

        QApplication.restoreOverrideCursor()
        self.back_action.setEnabled(True)
        QMessageBox.warning(self, self.tr("Back to my office data file"), start_failure_text(error))

    def switch_to(self, store: Store) -> Any:
        """A new window on ``store``; this one's store is closed once its worker has stopped."""
        from desktop.ui.app import switch_store

        return switch_store(self, store)

    # -- language ---------------------------------------------------------------------------------------------------
    def change_language(self, lang: str) -> None:
        """Settings ▸ Language: the window is rebuilt in ``lang`` (empty: the system's), nothing typed lost."""
        from desktop.ui.app import change_language

        change_language(self, lang)

    def hand_over(self) -> WindowState:
        """Everything a window in another language takes over: the data file, the page and initiative, the counts
        typed and not saved, the undo history. The queued saves finish first; then this window's worker stops."""
        grid = self.beneficiaries
        unsaved = None
        if grid.has_unsaved():
            unsaved = (grid.model.initiative_id, grid.model.period, grid.model.reach_type,
                       {row.group_code: dict(row.values) for row in grid.model.dirty_rows()})
            grid.model.revert()  # carried over: closing this window must not ask about them
        stack = self.operations.undo_stack
        undo = [(stack.command(i).changes, stack.command(i).text()) for i in range(stack.index())]
        tab = None
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            tab = self.settings_dialog.tabs.currentIndex()
            self.settings_dialog.close()
        store = self.tasks.store
        self.tasks.shutdown()
        return WindowState(store, self.current_key(), self._current_initiative, unsaved, undo, tab)  # type: ignore[arg-type]

    def take_over(self, state: WindowState) -> None:
        """Continue where the window in the other language was (see :meth:`hand_over`)."""
        from desktop.ui.operations import ChangeCommand

        for changes, text in state.undo:
            self.operations.undo_stack.push(ChangeCommand(self.operations, changes, text))  # done already
        self._current_initiative = state.initiative
        self.select_page(state.page)
        if state.unsaved_counts is not None:
            initiative, period, reach, counts = state.unsaved_counts
            self.select_page("beneficiary_count")
            self.beneficiaries.restore_unsaved(initiative, period, reach, counts)
        self.start()
        if state.settings_tab is not None:
            self.open_settings()
            assert self.settings_dialog is not None
            self.settings_dialog.tabs.setCurrentIndex(state.settings_tab)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.retired:  # its work went to the window that replaced it
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            super().closeEvent(event)
            return
        if not self.beneficiaries.confirm_leave():
            event.ignore()  # the person went back to the unsaved counts
            return
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.settings.setValue("window/geometry", self.saveGeometry())
        for page in (self.initiatives, self.partners, self.knowledge):
            page.table.save_columns()
        self.funding.table.save_columns()
        self.settings.sync()
        self.tasks.shutdown()
        super().closeEvent(event)
