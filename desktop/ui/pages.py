"""The main window's pages: the record lists, the beneficiary grid, funding lines, the office summary, history."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (QByteArray, QCoreApplication, QIdentityProxyModel, QItemSelection, QLocale, QPoint, QSettings,
                            Qt, QTimer, Signal, Slot)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import reference
from desktop.core import i18n, records
from desktop.core.progress import Cancelled
from desktop.core.money import format_amount, format_money
from desktop.core.periods import half_year_of, parse_period
from desktop.ui import models
from desktop.ui.operations import Operations
from desktop.ui.widgets import CodeCombo, tr_rules, ui_locale
from desktop.ui.worker import TaskManager, TaskProgress, TaskProgressDialog

SEARCH_DELAY_MS = 150


@dataclass
class AppContext:
    """What every page shares: the worker, the actions with their undo stack, and the settings file.

    ``entry_allowed`` is False on a store that is not the office's own data file (a headquarters store): records are
    read there — lists, dashboard, consolidate — but entered only in the office's file, so the pages disable what
    writes records and say why (:func:`entry_refused_text`)."""

    tasks: TaskManager
    operations: Operations
    settings: QSettings
    office: dict[str, Any] | None = None
    entry_allowed: bool = True


def entry_refused_text() -> str:
    """Why New, Edit, Delete, Save counts and Export package are disabled on a headquarters store."""
    return QCoreApplication.translate("Pages", "Records are entered in the office's own data file; this is a "
                                      "headquarters store")


def allow_entry(context: AppContext, *buttons: Any) -> bool:
    """On a headquarters store, ``buttons`` are disabled and their tooltip says why; returns whether entry is
    allowed (the caller enables them as usual when it is)."""
    if context.entry_allowed:
        return True
    for button in buttons:
        button.setEnabled(False)
        button.setToolTip(entry_refused_text())
    return False


def current_period(today: dt.date | None = None) -> str:
    """The reporting period under way: the half-year containing today (2026-H2 on 2026-12-01)."""
    return half_year_of(today or dt.date.today())


def period_choices(today: dt.date | None = None) -> list[str]:
    """Half-years and years, newest first, from the one under way back to 2016 (none in the future)."""
    today = today or dt.date.today()
    out = []
    for year in range(today.year, 2015, -1):
        out += [p for p in (f"{year}-H2", f"{year}-H1", str(year)) if parse_period(p).start <= today]
    return out


def parse_period_or_none(text: str) -> str | None:
    try:
        return parse_period(text).code
    except ValueError:
        return None


def ask_unsaved(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for work not saved yet (Save is the default: Enter keeps the work)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Pages", "Unsaved changes"),
                      QCoreApplication.translate("Pages", "{what} have changes that are not saved yet.").format(
                          what=what),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unsavedChanges")
    box.setInformativeText(QCoreApplication.translate("Pages", "Save them, discard them, or go back to them?"))
    box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("Pages", "&Save"))
    box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("Pages", "&Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Pages", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    before = QApplication.focusWidget()
    answer = QMessageBox.StandardButton(box.exec())
    parent.window().activateWindow()  # the keyboard goes back where it was, as after any question
    if before is not None and before.isVisible():
        before.setFocus(Qt.FocusReason.OtherFocusReason)
    return answer


class RecordTable(QTableView):
    """A table view with the habits every list shares: whole-row selection, remembered columns, Del to delete."""

    delete_requested = Signal()
    open_requested = Signal()

    def __init__(self, settings_key: str, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self.context = context
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(self.save_columns)
        header.sectionResized.connect(self._schedule_save)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_columns)
        delete = QAction(self.tr("Delete"), self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_requested)
        self.addAction(delete)
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    @Slot()
    def _schedule_save(self) -> None:
        self._save_timer.start()

    def restore_columns(self, default_widths: dict[int, int] | None = None, hidden: tuple[int, ...] = ()) -> None:
        """The user's column choices from the settings file, or the defaults (widths; columns shown on request)."""
        state = self.context.settings.value(f"columns/{self.settings_key}")
        if not (isinstance(state, QByteArray) and not state.isEmpty() and self.horizontalHeader().restoreState(state)):
            for column, width in (default_widths or {}).items():
                self.setColumnWidth(column, width)
            for column in hidden:
                self.setColumnHidden(column, True)
        # Wide enough for its title in this language ("Город или населенный пункт"), within reason: widths kept
        # from another language, or the English defaults, would cut it.
        bold = self.horizontalHeader().font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            wanted = min(260, metrics.horizontalAdvance(title) + 24)
            if self.columnWidth(column) < wanted:
                self.setColumnWidth(column, wanted)

    @Slot()
    def save_columns(self) -> None:
        self.context.settings.setValue(f"columns/{self.settings_key}", self.horizontalHeader().saveState())

    @Slot(QPoint)
    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        model = self.model()
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.horizontalHeader().setSectionHidden(column, not visible)
        self.save_columns()


class ListPage(QWidget):
    """A searchable, filterable list of one entity, with New / Edit / Delete.

    A list of up to ``records.LIST_IN_MEMORY_MAX`` records (an office's own) is read whole into ``model`` and
    searched, filtered and sorted in memory by ``proxy``. A longer one (a headquarters store) is read a page at a
    time into ``lazy``: the database searches it through its index, filters and sorts it
    (``records.list_window``). The table shows either through ``view_model``, so that its columns, selection and
    keyboard stay the same whichever it is; ``large`` says which.
    """

    selection_changed = Signal(str, object)  # entity, record id or None
    new_requested = Signal(str)
    edit_requested = Signal(str, object)
    delete_requested = Signal(str, object)
    loaded = Signal()

    def __init__(self, entity: str, title: str, context: AppContext, model: models.RowTableModel,
                 loader: Callable[..., list[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity, self.title, self.context, self.loader = entity, title, context, loader
        self.model = model
        self.model.setParent(self)
        self.proxy = models.RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.lazy = models.LazyRowModel(model.columns, model.search_fields, self, locale=model.locale,
                                        page_size=records.LIST_PAGE)
        self.view_model = QIdentityProxyModel(self)
        self.view_model.setSourceModel(self.proxy)
        self.large = False
        self.progress: TaskProgressDialog | None = None
        self._task_progress: TaskProgress | None = None
        self._reselect: uuid.UUID | None = None
        # A long list: the values of the filters, its order for the current sort while the records stay the same,
        # the index's last answers, and which request the list shows (a slower, older answer is dropped).
        self._filter_values: dict[str, Any] = {}
        self._order: tuple[records.ListQuery, list[Any]] | None = None
        self._search_cache: dict[Any, Any] = {}
        self._asked = 0
        self._shown = 0
        self._asked_for: records.ListQuery | None = None  # what the last request asked for
        self.lazy.page_wanted.connect(self._fetch_page)
        self.lazy.sort_wanted.connect(self._sort_large)

        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)…"))
        self.search.setAccessibleName(self.tr("Search {what}").format(what=title))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        bar.addWidget(self.search, 1)
        self.filters_bar = QHBoxLayout()
        self.filters_bar.setSpacing(6)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New {what}").format(what=title))
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected record (Enter)"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected record"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected record (Del)"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected record"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        layout.addLayout(self.filters_bar)
        self.table = RecordTable(entity, context, self)
        self.table.setModel(self.view_model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("List of {what}").format(what=title))
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Rows shown"))
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.entity))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.open_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view_model.rowsInserted.connect(self._update_count)
        self.view_model.rowsRemoved.connect(self._update_count)
        self.view_model.modelReset.connect(self._update_count)
        # A filter change resets the proxy; the selected record stays selected while it is still shown.
        self._kept: uuid.UUID | None = None
        self.view_model.modelAboutToBeReset.connect(self._keep_selection)
        self.view_model.modelReset.connect(self._restore_selection)
        self.view_model.layoutChanged.connect(self._update_count)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        self._reselect = select or self.selected_id()
        # The records may have changed: a long list asks again for its order, and the index again.
        self._order = None
        self._search_cache = {}
        progress = TaskProgress()
        self._task_progress = progress
        self._asked += 1
        asked = self._asked
        query, reselect = self._list_query(), self._reselect
        self._asked_for = query

        def loaded(result: Any) -> None:
            self._loaded(result, asked)

        if self.entity == "initiative" and self.model.rowCount() == 0 and not self.large:
            # The first load of a big office can take a while: show progress, allow cancelling. Later refreshes
            # (after a save) run quietly while the list stays usable.
            self.progress = TaskProgressDialog(self.tr("Loading initiatives…"), self.tr("Cancel"), self.tr("Loading"),
                                               progress, self)
            self.context.tasks.run(self._load, query, reselect, progress=progress, writes=False, on_done=loaded,
                                   on_error=self._load_failed)
        else:
            self.context.tasks.run(self._load, query, reselect, writes=False, on_done=loaded,
                                   on_error=self._load_failed)

    def _load(self, store: Any, query: records.ListQuery | None = None, reselect: uuid.UUID | None = None,
              **kwargs: Any) -> tuple[list[Any], list[tuple[Any, str]]] | records.ListWindow:
        """Worker task: a short list's rows, and their search text built there too; or a long list's first window."""
        if query is not None and records.list_size(store, self.entity) > records.LIST_IN_MEMORY_MAX:
            return records.list_window(store, query, None, reselect, self._search_cache)
        rows = self.loader(store, **kwargs)
        return rows, models.build_haystack(rows, self.model.search_fields)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _loaded(self, result: tuple[list[Any], list[tuple[Any, str]]] | records.ListWindow,
                asked: int | None = None) -> None:
        self._close_progress()
        if isinstance(result, records.ListWindow):
            self._set_large(True)
            self._window_arrived(self._asked if asked is None else asked, result, reloading=True)
            return
        self._set_large(False)
        rows, haystack = result
        self.model.set_rows(rows, haystack)
        if self.proxy.sort_column() >= 0:
            self.model.sort(self.proxy.sort_column(), self.table.horizontalHeader().sortIndicatorOrder())
        if self._reselect is not None:
            self.select_id(self._reselect)
        self._update_count()
        self.loaded.emit()

    # -- a long list ---------------------------------------------------------------------------------------------
    def _set_large(self, large: bool) -> None:
        """Show the long list's model (read a page at a time) or the short list's (read whole)."""
        if large == self.large:
            return
        self.large = large
        header = self.table.horizontalHeader()
        if large:
            self.model.set_rows([])
            self.view_model.setSourceModel(self.lazy)
        else:
            self.lazy.set_window([], {}, 0)
            self.view_model.setSourceModel(self.proxy)
            if header.sortIndicatorSection() >= 0:
                self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _list_query(self) -> records.ListQuery:
        """What the list shows now, as the database is asked for it when the list is long."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        sort, labels = None, ()
        if 0 <= column < len(self.lazy.columns):
            sort = self.lazy.columns[column].key
            labels = tuple(sorted(self.lazy.sort_labels(column).items()))
        return records.ListQuery(self.entity, self.search.text().strip(),
                                 tuple((name, value) for name, value in self._filter_values.items() if value),
                                 sort, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, labels)

    def _query_large(self, reselect: uuid.UUID | None = None, reloading: bool = False) -> None:
        """Ask the database for the long list's window: after a keystroke, a filter, a sort or a change of records.
        While the records and the sort stay the same, the order already read is reused (only the index is asked)."""
        query = self._list_query()
        order = None
        if self._order is not None:
            before, keys = self._order
            if (before.entity, before.sort, before.descending, before.labels) == (
                    query.entity, query.sort, query.descending, query.labels):
                order = keys
        self._asked += 1
        asked = self._asked
        self._asked_for = query
        reselect = reselect or self.selected_id()
        self.context.tasks.run(records.list_window, query, order, reselect, self._search_cache, writes=False,
                               on_done=lambda window: self._window_arrived(asked, window, reloading),
                               on_error=self._load_failed)

    def _window_arrived(self, asked: int, window: records.ListWindow, reloading: bool = False) -> None:
        if asked != self._asked:
            return  # the person typed on: a newer answer is on its way
        self._order = (window.query, window.order)
        self._shown = asked
        wanted = self._reselect if reloading else window.reselect
        self.lazy.set_window(window.keys, window.rows, window.total)
        if window.position >= 0 and wanted == window.reselect:
            self._select_row(window.position)
        elif wanted is not None:
            self.select_id(wanted)
        self._update_count()
        if reloading:
            self.loaded.emit()

    @Slot(int, list)
    def _fetch_page(self, page: int, keys: list[Any]) -> None:
        generation = self.lazy.generation
        self.context.tasks.run(records.list_rows, self.entity, keys, writes=False,
                               on_done=lambda rows: self.lazy.put_rows(generation, page, rows))

    @Slot(int, Qt.SortOrder)
    def _sort_large(self, _column: int, _order: Qt.SortOrder) -> None:
        # The header already shows the new sort: the query reads it there. QTableView.sortByColumn sorts twice (once
        # through the header's signal, once itself): the second would read and sort every record again.
        if self._list_query() != self._asked_for:
            self._query_large()

    def _select_row(self, row: int) -> None:
        index = self.view_model.index(row, 0)
        self.table.selectRow(row)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def is_searching(self) -> bool:
        """Whether a long list still waits for the database's answer to the last search, filter or sort."""
        return self.large and self._asked != self._shown

    def _load_failed(self, error: BaseException) -> None:
        self._close_progress()
        self._shown = self._asked  # no answer is coming
        self._asked_for = None
        if isinstance(error, Cancelled):
            self.count_label.setText(self.tr("Loading cancelled; press F5 to load the list."))
            return
        self.count_label.setText(self.tr("The list could not be loaded: {error}").format(error=str(error)))

    # -- search and filters ---------------------------------------------------------------------------------
    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_search(self.search.text())
        if self.large:
            self._query_large()
        self._update_count()

    def add_filter(self, name: str, label: str, combo: QComboBox,
                   predicate: Callable[[Any], Callable[[Any], bool] | None]) -> None:
        """A filter dropdown; ``predicate(value)`` gives the row test for the chosen value (None: no filter)."""
        text = QLabel(label, self)
        text.setBuddy(combo)
        combo.setAccessibleName(label)
        if isinstance(combo, CodeCombo):
            combo.setMinimumContentsLength(min(combo.minimumContentsLength(), 10))
        if self.filters_bar.count():
            self.filters_bar.takeAt(self.filters_bar.count() - 1)  # the stretch stays last
            self.filters_bar.addSpacing(12)
        self.filters_bar.addWidget(text)
        self.filters_bar.addWidget(combo, 1)
        self.filters_bar.addStretch(1)

        def changed() -> None:
            value = combo.value() if hasattr(combo, "value") else combo.currentData()
            self._filter_values[name] = value
            self.proxy.set_predicate(name, predicate(value) if value else None)
            if self.large:
                self._query_large()
            self._update_count()

        signal = getattr(combo, "value_changed", None) or combo.currentIndexChanged
        signal.connect(changed)

    # -- selection --------------------------------------------------------------------------------------------
    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return index.data(models.IdRole)

    def select_id(self, record_id: uuid.UUID) -> bool:
        if self.large:
            # A long list: the record's row is known when its page was read; else its key is asked for.
            row = self.lazy.row_of_id(record_id)
            if row >= 0:
                self._select_row(row)
                return True
            asked = self._asked

            def found(key: Any) -> None:
                if asked == self._asked and key is not None and (shown := self.lazy.row_of_key(key)) >= 0:
                    self._select_row(shown)

            self.context.tasks.run(records.list_key, self.entity, record_id, writes=False, on_done=found)
            return False
        row = self.model.row_of_id(record_id)
        if row < 0:
            return False
        index = self.view_model.mapFromSource(self.proxy.mapFromSource(self.model.index(row, 0)))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @Slot()
    def _keep_selection(self) -> None:
        # A long list keeps its selection through the database's answer (``_window_arrived``).
        self._kept = None if self.large else self.selected_id()

    @Slot()
    def _restore_selection(self) -> None:
        if self._kept is not None:
            kept, self._kept = self._kept, None
            # If it is no longer shown (filtered out, or just deleted), the history panel keeps showing it.
            self.select_id(kept)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()
        self.selection_changed.emit(self.entity, self.selected_id())

    def _update_buttons(self) -> None:
        if not allow_entry(self.context, self.new_button, self.edit_button, self.delete_button):
            return
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    @Slot()
    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.context.entry_allowed:
            self.edit_requested.emit(self.entity, record_id)

    @Slot()
    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.context.entry_allowed:
            self.delete_requested.emit(self.entity, record_id)

    @Slot()
    def _update_count(self) -> None:
        shown = self.view_model.rowCount()
        total = self.lazy.total if self.large else self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%Ln record(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} records shown").format(shown=QLocale().toString(shown),
                                                                                         total=QLocale().toString(total)))
        self._update_buttons()


def initiative_page(context: AppContext, parent: QWidget | None = None) -> ListPage:
    page = ListPage("initiative", QCoreApplication.translate("Pages", "Initiatives"), context,
                    models.initiative_model(), records.initiative_rows, parent)
    status = CodeCombo("initiative_statuses", optional=True, parent=page)
    status.setObjectName("filter_status")
    page.add_filter("status", QCoreApplication.translate("page", "Status"), status, lambda v: lambda row: row.status == v)
    programmes = CodeCombo.reference_items("flagship_programmes") + CodeCombo.reference_items("subprogrammes")
    programme = CodeCombo(items=programmes, optional=True, parent=page)
    programme.setObjectName("filter_programme")
    page.add_filter("programme", QCoreApplication.translate("page", "Programme"), programme,
                    lambda v: lambda row: row.flagship_code == v or row.subprogramme_code == v)
    period = CodeCombo(items=[(p, p) for p in period_choices()], optional=True, parent=page)
    period.setObjectName("filter_period")
    period.setMinimumContentsLength(8)

    def in_period(value: str) -> Callable[[Any], bool] | None:
        try:
            parsed = parse_period(value)
        except ValueError:
            return None
        return lambda row: records.initiative_in_period(row, parsed.start, parsed.end)

    page.add_filter("period", QCoreApplication.translate("page", "Period"), period, in_period)
    country = CodeCombo("countries", optional=True, parent=page)
    country.setObjectName("filter_country")
    country.setMinimumContentsLength(12)
    page.add_filter("country", QCoreApplication.translate("page", "Country"), country, lambda v: lambda row: row.country == v)
    page.filters = {"status": status, "programme": programme, "period": period, "country": country}
    # Subprogramme and end date are a right-click on the header away; the rest fits a laptop screen.
    page.table.restore_columns({0: 85, 1: 330, 2: 80, 3: 90, 4: 120, 5: 70, 6: 95, 7: 85, 8: 85}, hidden=(6, 8))
    return page


def partner_page(context: AppContext, parent: QWidget | None = None) -> ListPage:
    page = ListPage("partner", QCoreApplication.translate("Pages", "Partners"), context, models.partner_model(),
                    records.partner_rows, parent)
    kind = CodeCombo("partner_types", optional=True, parent=page)
    page.add_filter("partner_type", QCoreApplication.translate("page", "Type"), kind, lambda v: lambda row: row.partner_type == v)
    page.table.restore_columns({0: 330, 1: 80, 2: 150, 3: 110, 4: 80})
    return page


def knowledge_page(context: AppContext, parent: QWidget | None = None) -> ListPage:
    page = ListPage("knowledge_product", QCoreApplication.translate("Pages", "Knowledge products"), context,
                    models.knowledge_model(), records.knowledge_product_rows, parent)
    kind = CodeCombo("knowledge_product_types", optional=True, parent=page)
    page.add_filter("product_type", QCoreApplication.translate("page", "Type"), kind, lambda v: lambda row: row.product_type == v)
    page.table.restore_columns({0: 340, 1: 110, 2: 90, 3: 85, 4: 240})
    return page


class InitiativePicker(QWidget):
    """An initiative dropdown shared by the beneficiary and funding pages."""

    changed = Signal(object)
    #: The person chose an initiative (from the list, or typed and confirmed), not the program.
    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Initiative"), self)
        self.combo = CodeCombo(items=[], parent=self)
        self.combo.setMinimumContentsLength(40)
        self.combo.setAccessibleName(self.tr("Initiative"))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._changed)
        self.combo.activated.connect(lambda _row: self.picked.emit(self.value()))

    def set_choices(self, choices: list[records.Choice]) -> None:
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.set_items([(c.id, c.label) for c in choices])
        row = self.combo.choices.row_of(current) if current is not None else -1
        if row >= 0:
            self.combo.setCurrentIndex(row)
        elif choices:
            self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self._changed()

    def value(self) -> uuid.UUID | None:
        value = self.combo.value()
        return value if isinstance(value, uuid.UUID) else None

    def set_value(self, record_id: uuid.UUID) -> None:
        row = self.combo.choices.row_of(record_id)
        if row >= 0:
            self.combo.setCurrentIndex(row)

    @Slot()
    def _changed(self) -> None:
        self.changed.emit(self.value())


class CountGrid(QTableView):
    """The beneficiary grid: Tab and Shift+Tab go from count to count only, from the end of the targeted row to the
    reached row's total, never through the group, kind and check columns."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> Any:
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model, current = self.model(), self.currentIndex()
        if not current.isValid():
            return super().moveCursor(action, modifiers)
        step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
        cells = model.rowCount() * model.columnCount()
        position = current.row() * model.columnCount() + current.column()
        for _ in range(cells):
            position = (position + step) % cells
            index = model.index(*divmod(position, model.columnCount()))
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return index
        return current


class BeneficiaryPage(QWidget):
    """Targeted and reached counts of one initiative in one period: a row per group, live sum checks."""

    saved = Signal()
    #: Unsaved counts appeared or went away (the status bar tells the truth).
    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = "beneficiary_count"
        self._dirty = False
        #: What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled.
        self._shown: tuple[Any, str, str] = (None, current_period(), "direct")
        #: A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the
        #: export dialog.
        self._pending: tuple[Any, str | None, str | None] | None = None
        self.context = context
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Beneficiaries"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        bar = QHBoxLayout()
        self.initiative = InitiativePicker(self)
        bar.addWidget(self.initiative, 3)
        period_label = QLabel(self.tr("&Period"), self)
        self.period = QComboBox(self)
        self.period.setEditable(True)
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period.addItems(period_choices())
        self.period.setCompleter(None)  # typed as it is ("2023-H2"), never completed to another period on the way
        self.period.setCurrentText(current_period())
        self.period.setAccessibleName(self.tr("Reporting period"))
        self.period.setToolTip(self.tr("A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the "
                                       "latest period with counts for the initiative"))
        period_label.setBuddy(self.period)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        reach_label = QLabel(self.tr("&Reach"), self)
        self.reach = CodeCombo("reach_types", parent=self)
        self.reach.setMinimumContentsLength(8)
        self.reach.set_value("direct")
        self.reach.setAccessibleName(self.tr("Direct or indirect"))
        reach_label.setBuddy(self.reach)
        bar.addWidget(reach_label)
        bar.addWidget(self.reach)
        layout.addLayout(bar)
        self.model = models.BeneficiaryGridModel(self)
        self.grid = CountGrid(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Beneficiary counts by group"))
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.setTabKeyNavigation(True)
        if not context.entry_allowed:  # a headquarters store: the counts are read, never typed
            self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.grid.horizontalHeader()
        header.setDefaultSectionSize(64)  # six digits; the check column takes the rest
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.setColumnWidth(models.BeneficiaryGridModel.GROUP, 215)
        self.grid.setColumnWidth(models.BeneficiaryGridModel.KIND, 72)
        header.setStretchLastSection(True)
        bold = self.grid.font()
        bold.setBold(True)  # the current column's title is bold: it must fit then too
        for column in range(models.BeneficiaryGridModel.FIRST_PART, models.BeneficiaryGridModel.CHECK):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.grid.setColumnWidth(column, max(64, QFontMetrics(bold).horizontalAdvance(title) + 16))
        self.grid.setWordWrap(False)
        layout.addWidget(self.grid, 1)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setObjectName("gridProblems")
        self.problems.setAccessibleName(self.tr("Problems in the counts"))
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.totals = QLabel(self)
        self.totals.setAccessibleName(self.tr("Totals"))
        buttons.addWidget(self.totals, 1)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setAccessibleName(self.tr("Revert unsaved counts"))
        self.save_button = QPushButton(self.tr("&Save counts"), self)
        self.save_button.setToolTip(self.tr("Save the changed rows (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save counts"))
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.initiative.changed.connect(self._initiative_changed)
        # A period picked from the list, or typed and confirmed (Enter, Tab): not every key on the way.
        self.period.activated.connect(self._period_changed)
        self.period.lineEdit().editingFinished.connect(self._period_changed)
        self.reach.value_changed.connect(self._period_changed)
        self.model.dataChanged.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        self.model.modelReset.connect(self._fit_groups)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self._update_state()

    def set_initiatives(self, choices: list[records.Choice]) -> None:
        self.initiative.set_choices(choices)

    def current_period(self) -> str:
        return self.period.currentText().strip().upper()

    def has_unsaved(self) -> bool:
        return bool(self.model.dirty_rows())

    def restore_unsaved(self, initiative: uuid.UUID | None, period: str, reach: str,
                        counts: dict[str, dict[str, Any]]) -> None:
        """Counts typed in another window (the one a change of language replaced), put back unsaved into this grid
        once it shows their initiative, period and reach."""

        def loaded() -> None:
            model = self.model
            if (model.initiative_id, model.period, model.reach_type) != (initiative, period, reach):
                return  # another load on the way; wait for the one that shows them
            self.model.modelReset.disconnect(loaded)
            model.put_values(counts)

        self.model.modelReset.connect(loaded)
        self.show_record(initiative, period, reach)

    @Slot()
    def _fit_groups(self) -> None:
        """The group and kind columns as wide as their longest text (a bold unsaved one included): nothing is cut
        off."""
        bold = self.grid.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        # The group and the targeted/reached columns: their words are longer in some languages ("تم الوصول إليهم").
        for column in (models.BeneficiaryGridModel.GROUP, models.BeneficiaryGridModel.KIND):
            widest = max((metrics.horizontalAdvance(str(self.model.index(r, column).data() or ""))
                          for r in range(self.model.rowCount())), default=0)
            self.grid.setColumnWidth(column, max(self.grid.columnWidth(column), widest + 24))

    def confirm_leave(self) -> bool:
        """Before the grid shows something else (another page, initiative or period, or the app closes): unsaved
        counts are saved, discarded or kept by the person's choice. False: stay where you are."""
        if not self.has_unsaved():
            return True
        answer = ask_unsaved(self, self.tr("The beneficiary counts of {period}").format(period=self.model.period))
        if answer == QMessageBox.StandardButton.Save:
            if self.model.has_errors():
                self.problems.setFocus()
                return False
            self.save()
            return True
        if answer == QMessageBox.StandardButton.Discard:
            self.model.revert()
            return True
        return False

    def _go_back(self) -> None:
        """A move the person cancelled: the pickers show what the grid shows again."""
        self._pending = None
        initiative, period, reach = self._shown
        for widget in (self.initiative.combo, self.period, self.reach):
            widget.blockSignals(True)
        if initiative is not None:
            self.initiative.set_value(initiative)
        self.period.setCurrentText(period)
        self.reach.set_value(reach)
        for widget in (self.initiative.combo, self.period, self.reach):
            widget.blockSignals(False)

    @Slot()
    def _initiative_changed(self, *_args: Any) -> None:
        if not self.confirm_leave():
            self._go_back()
            return
        initiative = self.initiative.value()
        if initiative is None:
            self.reload()
            return

        asked_with = self.period.currentText()

        def opened(period: str | None) -> None:
            # The grid opens on the newest period with counts (saved counts never look lost after a restart),
            # unless the person chose a period meanwhile, or a record's own period was asked for.
            if self.initiative.value() != initiative:
                return
            reach = None
            if self._pending is not None and self._pending[0] == initiative:
                _initiative, period, reach = self._pending
                self._pending = None
            elif self.period.currentText() != asked_with:
                return
            self.show_period(period or current_period(), reach)

        self.context.tasks.run(records.latest_period, initiative, writes=False, on_done=opened)

    def show_period(self, period: str, reach: str | None = None) -> None:
        """Show this period (and reach) of the chosen initiative."""
        for widget in (self.period, self.reach):
            widget.blockSignals(True)
        self.period.setCurrentText(period)
        if reach:
            self.reach.set_value(reach)
        for widget in (self.period, self.reach):
            widget.blockSignals(False)
        self.reload()

    def show_record(self, initiative: uuid.UUID | None, period: str | None, reach: str | None) -> None:
        """The grid where one record is (a problem the export dialog listed): its initiative, period and reach."""
        if initiative is None:
            return
        if self.initiative.combo.choices.row_of(initiative) >= 0 and self.initiative.value() == initiative:
            if self.confirm_leave():
                self.show_period(period or current_period(), reach)
            return
        self._pending = (initiative, period, reach)  # applied when the initiative is chosen (now, or once loaded)
        if self.initiative.combo.choices.row_of(initiative) >= 0:
            self.initiative.set_value(initiative)


    @Slot()
    def _period_changed(self, *_args: Any) -> None:
        if self.reach.value() is None or not parse_period_or_none(self.current_period()):
            return  # half typed ("2026-"): the grid keeps what it shows until the period is one
        if (self.initiative.value(), self.current_period(), self.reach.value()) == self._shown:
            return  # confirmed without a change (the field left, Enter again)
        if not self.confirm_leave():
            self._go_back()
            return
        self.reload()

    @Slot()
    def reload(self, *_args: Any) -> None:
        initiative, period = self.initiative.value(), self.current_period()
        reach = self.reach.value() or "direct"
        self._shown = (initiative, period, reach)
        if initiative is None:
            self.model.load(None, period, reach, [])
            return
        self.context.tasks.run(records.beneficiary_rows, initiative, period, writes=False,
                               on_done=lambda rows: self.model.load(initiative, period, reach, rows))

    @Slot()
    def _update_state(self, *_args: Any) -> None:
        problems = self.model.problems()
        lines = [f"{group}: {tr_rules(p)}" for group, p in problems]
        self.problems.setText("\n".join(lines[:6]) + ("\n…" if len(lines) > 6 else ""))
        self.problems.setProperty("problem", "error" if any(p.is_error for _g, p in problems) else
                                  "warning" if problems else "")
        self.problems.style().unpolish(self.problems)
        self.problems.style().polish(self.problems)
        dirty = self.model.dirty_rows()
        if bool(dirty) != self._dirty:
            self._dirty = bool(dirty)
            self.dirty_changed.emit(self._dirty)
        self.save_button.setEnabled(bool(dirty) and not self.model.has_errors())
        self.revert_button.setEnabled(bool(dirty))
        allow_entry(self.context, self.save_button, self.revert_button)
        targeted = sum(r.values["targeted_total"] or 0 for r in self.model.grid_rows())
        reached = sum(r.values["reached_total"] or 0 for r in self.model.grid_rows())
        self.totals.setText(self.tr("Targeted {targeted} · reached {reached}").format(
            targeted=QLocale().toString(targeted), reached=QLocale().toString(reached)))

    @Slot()
    def save(self) -> None:
        if self.model.has_errors() or not self.context.entry_allowed:
            return
        items = []
        for row in self.model.dirty_rows():
            # A counted group the user emptied is deleted (a tombstone stays); the others are saved.
            values = None if row.empty else self.model.record_values(row)
            items.append(("beneficiary_count", row.record_id, values))
        if not items:
            return
        self.save_button.setEnabled(False)
        self.context.operations.save_many(
            items, self.tr("Edit beneficiary counts"), on_done=lambda _r: (self.reload(), self.saved.emit()),
            on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, records.ValidationFailed):
            self.problems.setText("\n".join(tr_rules(p) for p in error.problems if p.is_error))
        else:
            self.problems.setText(self.tr("Not saved: {error}").format(error=str(error).splitlines()[0]))
        self._update_state()


class FundingPage(QWidget):
    """The funding lines of one initiative, with USD totals per transaction type."""

    selection_changed = Signal(str, object)
    new_requested = Signal(str)
    edit_requested = Signal(str, object)
    delete_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = "funding_line"
        self.context = context
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Funding"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        bar = QHBoxLayout()
        self.initiative = InitiativePicker(self)
        bar.addWidget(self.initiative, 1)
        self.new_button = QPushButton(self.tr("&New line"), self)
        self.new_button.setToolTip(self.tr("New funding line (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New funding line"))
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected funding line"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected funding line"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = models.funding_model(self, ui_locale())
        self.proxy = models.RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable("funding_line", context, self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Funding lines"))
        self.table.restore_columns({0: 125, 1: 85, 2: 170, 3: 120, 4: 100, 5: 65, 6: 115, 7: 80, 8: 115, 9: 130},
                                   hidden=(3, 4))
        layout.addWidget(self.table, 1)
        totals_box = QGroupBox(self.tr("Totals in USD"), self)
        self.totals_layout = QHBoxLayout(totals_box)
        self.total_labels: dict[str, QLabel] = {}
        for item in reference.code_list("transaction_types").items:
            label = QLabel(totals_box)
            label.setAccessibleName(i18n.code_label("transaction_types", item.code))
            label.setTextFormat(Qt.TextFormat.RichText)
            self.totals_layout.addWidget(label, 1)
            self.total_labels[item.code] = label
        layout.addWidget(totals_box)
        self.initiative.changed.connect(self.reload)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.entity))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.open_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_totals([])
        allow_entry(context, self.new_button, self.edit_button, self.delete_button)

    def set_initiatives(self, choices: list[records.Choice]) -> None:
        self.initiative.set_choices(choices)

    @Slot()
    def reload(self, *_args: Any) -> None:
        initiative = self.initiative.value()
        if initiative is None:
            self.model.set_rows([])
            self._show_totals([])
            return
        self.context.tasks.run(records.funding_rows, initiative, writes=False, on_done=self._loaded)

    def _loaded(self, rows: list[records.FundingRow]) -> None:
        self.model.set_rows(rows)
        self._show_totals(rows)
        self._selection_changed()

    def _show_totals(self, rows: list[records.FundingRow]) -> None:
        totals = records.usd_totals(rows)
        for code, label in self.total_labels.items():
            name = i18n.code_label("transaction_types", code)
            label.setText(f"{name}<br><b>{format_money(totals.get(code, Decimal(0)), 'USD', ui_locale())}</b>")

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(models.IdRole) if rows else None

    @Slot()
    def _selection_changed(self, *_args: Any) -> None:
        if allow_entry(self.context, self.new_button, self.edit_button, self.delete_button):
            has = self.selected_id() is not None
            self.edit_button.setEnabled(has)
            self.delete_button.setEnabled(has)
        self.selection_changed.emit(self.entity, self.selected_id())

    @Slot()
    def edit_selected(self) -> None:
        if (record_id := self.selected_id()) is not None and self.context.entry_allowed:
            self.edit_requested.emit(self.entity, record_id)

    @Slot()
    def delete_selected(self) -> None:
        if (record_id := self.selected_id()) is not None and self.context.entry_allowed:
            self.delete_requested.emit(self.entity, record_id)


class SummaryPage(QScrollArea):
    """The office at a glance: what the report measures (initiatives, people, money, partners, knowledge)."""

    export_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = "summary"
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.heading = QLabel(self.tr("Office summary"), body)
        self.heading.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.export_button = QPushButton(self.tr("E&xport package… (Ctrl+E)"), body)
        self.export_button.setObjectName("summaryExport")
        self.export_button.setAccessibleName(self.tr("Export this period's package for the regional office"))
        self.export_button.clicked.connect(self.export_requested)
        allow_entry(context, self.export_button)
        top.addWidget(self.export_button)
        self.layout_.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)
        self.cards: dict[str, QLabel] = {}
        titles = [
            ("initiatives", self.tr("Initiatives"), 0, 0), ("people", self.tr("People (direct)"), 0, 1),
            ("funding", self.tr("Funding (USD)"), 0, 2), ("records", self.tr("Records"), 1, 0),
            ("status", self.tr("Initiatives by status"), 1, 1), ("deleted", self.tr("Deleted records"), 1, 2),
        ]
        for key, title, row, column in titles:
            box = QGroupBox(title, body)
            box.setObjectName("summaryCard")
            box_layout = QVBoxLayout(box)
            label = QLabel(box)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            label.setAccessibleName(title)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            box_layout.addWidget(label)
            self.grid.addWidget(box, row, column)
            self.cards[key] = label
        for column in range(3):
            self.grid.setColumnStretch(column, 1)

    def reload(self) -> None:
        self.context.tasks.run(records.summary, writes=False, on_done=self.show_summary)

    def show_summary(self, summary: records.Summary) -> None:
        locale = ui_locale()
        if summary.office_code:
            self.heading.setText(self.tr("Office summary — {name} ({code})").format(name=summary.office_name,
                                                                                   code=summary.office_code))
        c = summary.counts
        self.cards["initiatives"].setText(
            f"<span style='font-size:28pt;font-weight:600'>{QLocale().toString(c['initiative'])}</span><br>"
            + self.tr("{active} active · {pipeline} in the pipeline").format(
                active=summary.initiatives_by_status.get("active", 0),
                pipeline=summary.initiatives_by_status.get("pipeline", 0)))
        self.cards["people"].setText(self.people_text(summary, locale))
        labels = models.code_labels("transaction_types")
        funding = [f"{labels.get(code, code)}: <b>{format_amount(summary.usd_by_transaction.get(code, Decimal(0)), 'USD', locale)}</b>"
                   for code in labels]
        self.cards["funding"].setText("<br>".join(funding))
        names = {"initiative": self.tr("Initiatives"), "partner": self.tr("Partners"),
                 "beneficiary_count": self.tr("Beneficiary counts"), "funding_line": self.tr("Funding lines"),
                 "knowledge_product": self.tr("Knowledge products")}
        self.cards["records"].setText("<br>".join(f"{names[k]}: <b>{QLocale().toString(v)}</b>" for k, v in c.items()))
        statuses = models.code_labels("initiative_statuses")
        self.cards["status"].setText("<br>".join(
            f"{statuses.get(k, k)}: <b>{QLocale().toString(summary.initiatives_by_status.get(k, 0))}</b>" for k in statuses))
        self.cards["deleted"].setText(
            f"<span style='font-size:20pt'>{QLocale().toString(summary.tombstones)}</span><br>"
            + self.tr("Deletions are kept as tombstones so that they travel in the next package."))

    def people_text(self, summary: records.Summary, locale: str) -> str:
        """The Dashboard's figure (each initiative's group counted once), then each period as reported, and why
        the periods do not add up to the figure."""
        from desktop.ui.dashboard import format_whole

        periods = sorted(set(summary.targeted_by_period) | set(summary.reached_by_period))
        if not periods:
            return self.tr("No counts yet")
        added = sum(summary.reached_by_period.values())
        lines = [
            f"<span style='font-size:28pt;font-weight:600'>{format_whole(summary.people_reached, locale)}</span><br>"
            + self.tr("reached of {targeted} targeted, each initiative's group counted once (as on the Dashboard)"
                      ).format(targeted=format_whole(summary.people_targeted, locale)),
            "<br><b>" + self.tr("As reported, per period") + "</b>",
        ]
        lines += [self.tr("{period}: {reached} reached of {targeted} targeted").format(
            period=period, reached=format_whole(summary.reached_by_period.get(period, 0), locale),
            targeted=format_whole(summary.targeted_by_period.get(period, 0), locale)) for period in periods]
        if len(periods) > 1:
            lines.append("<br><span style='color:#606060'>" + self.tr(
                "The periods are not added up: the same people are often reported again in the next period "
                "(added up, the periods would give {added}). The figure above takes, for each initiative and group, "
                "the period with the highest figure (of two equal periods, the later one) and adds those up, so a "
                "person counted in two periods is counted once.").format(added=format_whole(added, locale))
                + "</span>")
        return "<br>".join(lines)


class HistoryPanel(QWidget):
    """Who changed what and when, for the record selected in the current page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: tuple[str, uuid.UUID] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.caption = QLabel(self.tr("Select a record to see its history."), self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.model = models.history_model(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)  # eliding would drop the second line
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Change history of the selected record"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Row heights follow the text once the column has its real width (the dock may have been hidden).
        self.view.horizontalHeader().sectionResized.connect(self._fit_rows)
        layout.addWidget(self.view, 1)

    def show_for(self, entity: str, record_id: uuid.UUID | None) -> None:
        if record_id is None:
            self.current = None
            self.caption.setText(self.tr("Select a record to see its history."))
            self.model.set_rows([])
            return
        self.current = (entity, record_id)
        self.context.tasks.run(records.history, entity, record_id, writes=False,
                               on_done=lambda rows, key=(entity, record_id): self._loaded(key, rows))

    @Slot()
    def _fit_rows(self, *_args: Any) -> None:
        # Qt's own fit leaves two-line entries a pixel or two short, and then elides their second line.
        self.view.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            self.view.setRowHeight(row, self.view.rowHeight(row) + 6)

    def refresh(self) -> None:
        if self.current is not None:
            self.show_for(*self.current)

    def _loaded(self, key: tuple[str, uuid.UUID], rows: list[records.HistoryEntry]) -> None:
        if key != self.current:
            return  # the selection moved on while this was loading
        self.model.set_rows(rows)
        QTimer.singleShot(0, self._fit_rows)
        deleted = bool(rows) and rows[0].action == "delete"
        self.caption.setText(self.tr("%Ln change(s) to this record; newest first.", "", len(rows))
                             + (" " + self.tr("The record is deleted (tombstone kept).") if deleted else ""))
