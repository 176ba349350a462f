"""Entry widgets: searchable code dropdowns, optional dates, money, SDG targets, partner links, and the form that
asks the rules module as the user types and shows each problem beside its field."""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import re
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QCollator, QCoreApplication, QDate, QEvent, QLocale, QSize, QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCalendarWidget,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTabWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import reference
from desktop.core import i18n, records, rules
from desktop.core.money import MoneyError, format_amount, parse_money


def activate_when_shown(window: QWidget) -> None:
    """Give a dialog the keyboard as soon as it shows, whatever the window manager does (and offscreen)."""
    QTimer.singleShot(0, window.activateWindow)


class _Quoted(str):
    """A typed value in a message: ``{value!r}`` shows it in quotation marks (“abc”), not as Python writes it."""

    def __repr__(self) -> str:
        return f"\u201c{self}\u201d"


def tr_rules(problem: rules.Problem) -> str:
    """A rules problem in the user's language (templates are translated in the "rules" context)."""
    return problem.render(quote=_Quoted)  # its words ("reached", a field's label) translated with it


def tr_money(error: MoneyError) -> str:
    """Why typed text is not an amount, in the user's language (templates are translated in the "money" context)."""
    return QCoreApplication.translate("money", error.template).format(**error.params)


def ui_locale() -> str:
    return QLocale().name()


class ChoiceListModel(QAbstractListModel):
    """The items of a dropdown as one Python list: (value, text). Filling it is one reset, not one call per item,
    so an initiative dropdown over a 100k-initiative office opens at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[Any, str]] = []

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, text = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def row_of(self, value: Any) -> int:
        for n, (item_value, _text) in enumerate(self.items):
            if item_value == value:
                return n
        return -1


class CodeCombo(QComboBox):
    """A searchable dropdown over a reference list: type any part of a code or label (QCompleter MatchContains)."""

    value_changed = Signal()

    def __init__(self, list_name: str | None = None, *, optional: bool = False,
                 items: Sequence[tuple[Any, str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.optional = optional
        self.choices = ChoiceListModel(self)
        self.setModel(self.choices)
        self.set_items(items if items is not None else self.reference_items(list_name or ""))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Tab must leave the field even while the suggestions are open (taking the highlighted one, if any).
        completer.popup().installEventFilter(self)
        self.currentTextChanged.connect(self.value_changed)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    @staticmethod
    def reference_items(list_name: str) -> list[tuple[str, str]]:
        show_code = list_name in ("currencies", "flagship_programmes", "subprogrammes", "flagship_outcomes",
                                  "sdg_targets", "languages", "regions")
        out = []
        for item in reference.code_list(list_name).items:
            label = i18n.code_label(list_name, item.code)
            out.append((item.code, f"{item.code} — {label}" if show_code else label))
        if list_name == "countries":  # in the order of the language's alphabet, as people look for them
            collator = QCollator(QLocale())
            out.sort(key=functools.cmp_to_key(lambda a, b: collator.compare(a[1], b[1])))
        return out

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.choices.set_items(([("", "")] if self.optional else []) + list(items))
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        """The chosen code (or id); typed text that matches no item comes back as typed, for the rules to refuse.

        Typed text stands for the item whose code, whole label or name it is ("MOZ", "mozambique"); failing that,
        the one item whose label contains it ("metical"). A code wins over a contained match: "IND" is India even
        though "British Indian Ocean Territory" contains it.
        """
        if not hasattr(self, "choices"):
            return None
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        items = self.choices.items
        if 0 <= index < len(items) and items[index][1] == self.currentText():
            return items[index][0] or None
        folded = text.casefold()
        contains: list[Any] = []
        starts: list[Any] = []
        for data, item_text in items:
            if data == "":
                continue
            lowered = item_text.casefold()
            name = lowered.split(" — ", 1)[-1]
            if str(data).casefold() == folded or lowered == folded or name == folded:
                return data
            if folded in lowered:
                contains.append(data)
                # A label (or a word of it) that begins with the text: "com" is Commitment, although "Incoming"
                # contains it too.
                if name.startswith(folded) or lowered.startswith(folded):
                    starts.append(data)
        if len(contains) == 1:
            return contains[0]
        if len(starts) == 1:
            return starts[0]
        return text

    def commit_typed_text(self) -> None:
        """Make the item the typed text stands for the current one and show it whole ("MZN" → "MZN — Mozambique
        Metical"), so the user sees what will be saved; text that stands for no item stays as typed."""
        value = self.value()
        row = self.choices.row_of(value) if value is not None else -1
        if row >= 0 and (row != self.currentIndex() or self.choices.items[row][1] != self.currentText()):
            self.setCurrentIndex(row)
            self.setEditText(self.choices.items[row][1])  # setCurrentIndex keeps typed text when the row is unchanged

    def _popup_width(self) -> int:
        """Wide enough for the longest items (within the screen), so a list is never cut to the field's width."""
        texts = heapq.nlargest(40, (text for _value, text in self.choices.items), key=len)
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        extra = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4 * metrics.averageCharWidth()
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1366
        return min(widest + extra, screen - 20)

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self._popup_width())
        super().showPopup()

    def keyPressEvent(self, event: Any) -> None:
        line = self.lineEdit()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_typed_text()
        elif line is not None and event.text() and event.text().isprintable() and not line.hasSelectedText() and \
                not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier) \
                and 0 <= self.currentIndex() < self.choices.rowCount() and \
                line.text() == self.choices.items[self.currentIndex()][1]:
            # The field shows a chosen item (the cursor was put in it by a click): typing looks for another item
            # rather than appending to this one's label ("KES — Kenyan ShillingMZN").
            line.selectAll()
        super().keyPressEvent(event)

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.setCurrentIndex(0 if self.optional else -1)
            if not self.optional:
                self.setEditText("")
            return
        row = self.choices.row_of(value)
        if row >= 0:
            self.setCurrentIndex(row)
        else:
            self.setEditText(str(value))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        popup = self.completer().popup() if self.completer() else None
        if watched is popup and event.type() == QEvent.Type.Show:
            popup.setMinimumWidth(self._popup_width())
        if watched is popup and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The highlighted suggestion if there is one, else what the typed text stands for ("MZN", "metical").
            index = popup.currentIndex()
            row = self.findText(index.data()) if index.isValid() else -1
            popup.hide()
            if row >= 0:
                self.setCurrentIndex(row)
                self.setEditText(self.choices.items[row][1])
            else:
                self.commit_typed_text()
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab while the suggestions are open: the completer swallows the focus-out, so take the typed item here.
        popup = self.completer().popup() if self.completer() else None
        if popup is not None and popup.isVisible():
            popup.hide()
        self.commit_typed_text()
        return super().focusNextPrevChild(next_)

    def focusOutEvent(self, event: Any) -> None:
        # Leaving by Tab or a click shows the item the typed text stands for ("ken" → "Kenya").
        self.commit_typed_text()
        super().focusOutEvent(event)


def date_formats(locale: QLocale) -> list[str]:
    """The Qt formats a date may be typed in besides ISO: the locale's short format, with the year of two or four
    digits and the day and month with or without a leading zero ("dd/MM/yyyy" also reads "1/3/24")."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    years = [short, short.replace("yyyy", "yy")] if "yyyy" in short else [short, short.replace("yy", "yyyy")]
    out: list[str] = []
    for form in years:
        for variant in (form, re.sub(r"(?<!M)MM(?!M)", "M", re.sub(r"(?<!d)dd(?!d)", "d", form))):
            if variant not in out:
                out.append(variant)
    return out


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date in ``text`` typed as 2024-03-01 (ISO, what packages write) or in the locale's short format; ``None``
    when it is neither. A two-digit year is the one within 80 years before and 20 after today ("3/1/24" → 2024)."""
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)  # "2024-3-1" too
    if iso:
        try:
            return dt.date(*(int(part) for part in iso.groups()))
        except ValueError:
            return None
    locale = locale or QLocale()
    base_year = dt.date.today().year - 80
    for form in date_formats(locale):
        date = locale.toDate(text, form, base_year)
        if date.isValid():
            return dt.date(date.year(), date.month(), date.day())
    return None


class _CalendarPopup(QWidget):
    """The month of a date field, under it: click or Enter picks a day, Esc closes it without a change."""

    picked = Signal(QDate)
    closed = Signal()

    def __init__(self, parent: QWidget, start: QDate) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.calendar.setAccessibleName(QCoreApplication.translate("OptionalDateEdit", "Calendar"))
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self.picked)
        self.calendar.activated.connect(self.picked)
        self.setFocusProxy(self.calendar)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        super().closeEvent(event)
        self.closed.emit()


def field_input(widget: QWidget) -> QWidget:
    """Where a form field takes the keyboard and shows its problem: the field itself, or the input inside a field
    made of several widgets (a date with its calendar button, a rate with its direction, a funder with New…), which
    names it ``input_widget``."""
    return getattr(widget, "input_widget", None) or widget


class OptionalDateEdit(QWidget):
    """A date typed as 2024-03-01 or as the locale writes dates short, or picked from a calendar (the button, or
    Alt+Down / F4 on the field); Up and Down move it a day. An optional date may be left empty ("Not set") and
    emptied again (the × button, or Ctrl+Delete on the field).

    ``value()`` is the date, ``None`` when empty, or the text as typed when it is no date: the rules module then
    reports it (a "type" problem), as it does for a date in a package.
    """

    value_changed = Signal()

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.neighbour: OptionalDateEdit | None = None
        self._calendar: _CalendarPopup | None = None
        self._forwarding = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText("2024-03-01")
        short = QLocale().toString(QDate(2024, 3, 1), QLocale.FormatType.ShortFormat)
        self.edit.setToolTip(self.tr("Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, "
                                     "Up and Down move it a day").format(short=short))
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._tidy)
        layout.addWidget(self.edit, 1)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down on the field does it by keyboard
        self.calendar_button.clicked.connect(self.open_calendar)
        layout.addWidget(self.calendar_button)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Leave the date empty (Ctrl+Delete)"))
        self.clear_button.setAccessibleName(self.tr("Clear date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Delete on the field does it by keyboard
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.input_widget = self.edit  # the form's keyboard order and problem highlight (field_input)
        self.edit.installEventFilter(self)
        self.clear()

    # -- "Not set": what an empty optional date shows while the user is not typing in it ----------------------
    def _not_set_text(self) -> str:
        return self.tr("Not set")

    def _showing_not_set(self) -> bool:
        return self.optional and self.edit.property("notSet") is True

    def _show_not_set(self, shown: bool) -> None:
        if shown == self._showing_not_set():
            return
        self.edit.blockSignals(True)
        self.edit.setText(self._not_set_text() if shown else "")
        self.edit.blockSignals(False)
        self.edit.setProperty("notSet", shown)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _rest(self) -> None:
        """Not being typed in: an empty optional date says "Not set"."""
        if self.optional and not self.edit.hasFocus() and not self.edit.text().strip():
            self._show_not_set(True)

    def set_neighbour(self, other: OptionalDateEdit | None) -> None:
        """The other date of the record (an end date's start): the calendar of an empty field opens at it."""
        self.neighbour = other

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.edit:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self._show_not_set(False)
            elif kind == QEvent.Type.FocusOut:
                self._rest()
            elif kind == QEvent.Type.KeyPress:
                return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: Any) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if self.optional and key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.clear()
            return True
        if (key == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
            self.open_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            value = self.value()
            if isinstance(value, dt.date):
                self.set_value(value + dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            return True
        self._show_not_set(False)  # keys may come before the focus does
        return False

    def keyPressEvent(self, event: Any) -> None:
        # Keys sent to the field as a whole are meant for its text (once: what the text ignores comes back here).
        if not self.edit.hasFocus() and not self._forwarding:
            self._forwarding = True
            try:
                QApplication.sendEvent(self.edit, event)
            finally:
                self._forwarding = False
            if event.isAccepted():
                return
        super().keyPressEvent(event)

    @Slot()
    def _text_changed(self) -> None:
        self.value_changed.emit()

    @Slot()
    def _tidy(self) -> None:
        """A typed date is shown as it is stored, 2024-03-01, once the field is left."""
        value = self.value()
        if isinstance(value, dt.date) and self.edit.text() != value.isoformat():
            self.edit.blockSignals(True)
            self.edit.setText(value.isoformat())
            self.edit.blockSignals(False)

    @Slot()
    def clear(self) -> None:
        if self.optional:
            if not self._showing_not_set():
                self.edit.clear()
            self._rest()
        else:
            self.set_value(dt.date.today())

    def value(self) -> dt.date | str | None:
        if self._showing_not_set():
            return None
        text = self.edit.text().strip()
        if not text:
            return None
        date = parse_date(text)
        return date if date is not None else text

    def set_value(self, value: dt.date | None) -> None:
        if value is None or value == "":
            self.clear()
            return
        self._show_not_set(False)
        self.edit.setText(value.isoformat() if isinstance(value, dt.date) else str(value))
        self._rest()

    @Slot()
    def open_calendar(self) -> None:
        """The calendar at this date; when empty, at the neighbouring date of the record, or today."""
        value = self.value()
        near = self.neighbour.value() if self.neighbour is not None else None
        start = value if isinstance(value, dt.date) else near if isinstance(near, dt.date) else dt.date.today()
        if self._calendar is not None:
            self._calendar.close()
        self._calendar = popup = _CalendarPopup(self, QDate(start.year, start.month, start.day))
        popup.picked.connect(self._picked)
        popup.closed.connect(self._calendar_closed)
        popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        x = min(max(below.x(), screen.left()), screen.right() - popup.width())
        y = below.y() if below.y() + popup.height() <= screen.bottom() else \
            self.mapToGlobal(self.rect().topLeft()).y() - popup.height()
        popup.move(x, y)
        popup.show()
        popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        if self._calendar is not None:
            self._calendar.close()

    @Slot()
    def _calendar_closed(self) -> None:
        """Picked or not, the keyboard goes back to the field."""
        self._calendar = None
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def setAccessibleName(self, name: str) -> None:  # type: ignore[override]
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class MoneyEdit(QLineEdit):
    """An amount typed as the user's locale writes it; shown with the currency's places once the field is left."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency: str | None = None
        self.locale_name = ui_locale()
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self.value_changed)
        self.editingFinished.connect(self._reformat)

    def set_currency(self, currency: str | None) -> None:
        self.currency = currency
        self.setPlaceholderText(format_amount(Decimal(0), currency, self.locale_name))

    def raw(self) -> Any:
        """A Decimal, or the text as typed when it is no amount (the rules then say why)."""
        try:
            return parse_money(self.text(), self.locale_name, self.currency)
        except MoneyError:
            return self.text()

    def value(self) -> Decimal | str | None:
        """The amount; ``None`` when empty; the text as typed when it is no amount, so that the rules report it
        ("“abc” is not a number") rather than call the field empty."""
        return self.raw()

    def explain(self) -> str | None:
        """Why the text is no amount, in the user's language ("“1,5”: “,” separates thousands here…")."""
        try:
            parse_money(self.text(), self.locale_name, self.currency)
        except MoneyError as error:
            return tr_money(error)
        return None

    def set_value(self, value: Decimal | str | None) -> None:
        if isinstance(value, Decimal):
            self.setText(format_amount(value, self.currency, self.locale_name))
        else:
            self.setText("" if value is None else str(value))

    @Slot()
    def _reformat(self) -> None:
        value = self.value()
        if isinstance(value, Decimal):
            self.blockSignals(True)
            self.setText(format_amount(value, self.currency, self.locale_name))
            self.blockSignals(False)


class SdgPicker(QWidget):
    """Multi-select of SDG targets: a filter field and a checkable list (Space toggles the current target)."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a target: 11.1, housing, slum…"))
        self.search.setAccessibleName(self.tr("Find an SDG target"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = QStandardItemModel(self)
        goals = {g.code: i18n.code_label("sdg_goals", g.code) for g in reference.sdg_goals().items}
        for item in reference.sdg_targets().items:
            row = QStandardItem(f"{item.code}  {i18n.code_label('sdg_targets', item.code)}")
            row.setData(item.code, Qt.ItemDataRole.UserRole)
            row.setToolTip(self.tr("Goal {goal}: {label}").format(goal=item.parent, label=goals.get(item.parent, "")))
            row.setCheckable(True)
            row.setEditable(False)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("SDG targets"))
        self.view.setUniformItemSizes(True)
        layout.addWidget(self.view, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.setFocusProxy(self.search)  # the tab opens on the search: type 11.1, Tab, Space ticks it
        self.view.installEventFilter(self)
        self.model.itemChanged.connect(self._changed)
        self._update_summary()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.view and event.type() == QEvent.Type.FocusIn and not self.view.currentIndex().isValid() \
                and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))  # Space ticks the first target found at once
        return super().eventFilter(watched, event)

    @Slot()
    def _changed(self) -> None:
        self._update_summary()
        self.value_changed.emit()

    def _update_summary(self) -> None:
        codes = sorted(self.value(), key=lambda c: [int(p) if p.isdigit() else p for p in c.split(".")])
        self.summary.setText(self.tr("Selected: {codes}").format(codes=" ".join(codes)) if codes
                             else self.tr("No target selected"))

    def value(self) -> frozenset[str]:
        return frozenset(self.model.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.model.rowCount())
                         if self.model.item(n).checkState() == Qt.CheckState.Checked)

    def set_value(self, codes: Sequence[str] | frozenset[str] | None) -> None:
        wanted = set(codes or ())
        self.model.blockSignals(True)
        for n in range(self.model.rowCount()):
            item = self.model.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self.view.viewport().update()
        self._update_summary()


class PartnerLinksEditor(QWidget):
    """The partners of an initiative, each with its role: pick a partner and a role, Add; select a row, Remove.

    A name that matches no partner is not dropped: Add (or Enter in the partner box) asks for the partner to be
    created (``new_partner_requested``, with the typed name); the dialog that creates it calls :meth:`link_new`.
    """

    value_changed = Signal()
    #: Add was pressed on a name that matches no partner: the typed name.
    new_partner_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.partner = CodeCombo(items=[], parent=self)
        self.partner.setAccessibleName(self.tr("Partner to link"))
        self.role = CodeCombo("partner_roles", parent=self)
        self.role.setAccessibleName(self.tr("Role of the partner"))
        self.role.set_value("implementing")
        self.add = QPushButton(self.tr("&Add partner"), self)
        self.add.setAccessibleName(self.tr("Add the partner with this role"))
        self.add.setToolTip(self.tr("Add the partner with this role (Enter in the partner box); a name that is not "
                                    "in the list creates a new partner"))
        row.addWidget(self.partner, 3)
        row.addWidget(self.role, 2)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Linked partners"))
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.remove = QPushButton(self.tr("&Remove selected"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected partner link"))
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.partner.installEventFilter(self)
        self.role.installEventFilter(self)
        # On a real screen the suggestions list has the keyboard while it is open: Enter goes to it, not to the box.
        self._popups = {self.partner.completer().popup(): self.partner, self.role.completer().popup(): self.role}
        for popup in self._popups:
            popup.installEventFilter(self)
        self.setFocusProxy(self.partner)  # the tab opens with the keyboard in the partner box
        self._names: dict[uuid.UUID, str] = {}
        self._roles = dict(CodeCombo.reference_items("partner_roles"))
        self._links: list[tuple[uuid.UUID, str]] = []

    def set_partners(self, choices: Sequence[records.Choice]) -> None:
        self._names = {c.id: c.label for c in choices}
        self.partner.set_items([(c.id, c.label) for c in choices])
        self._refresh()

    @Slot()
    def _add(self) -> None:
        partner, role = self.partner.value(), self.role.value()
        if isinstance(partner, str) and partner.strip():
            folded = partner.strip().casefold()
            if any(folded in text.casefold() for value, text in self.partner.choices.items if value != ""):
                # Several partners match what was typed: offer them rather than create another.
                self.partner.completer().setCompletionPrefix(partner.strip())
                self.partner.completer().complete()
            else:
                self.new_partner_requested.emit(partner.strip())
            return
        if isinstance(partner, uuid.UUID) and isinstance(role, str) and (partner, role) not in self._links:
            self._links.append((partner, role))
            self._refresh()
            self.value_changed.emit()
            # Ready for the next partner: an empty box with the keyboard in it, the role back to the usual one.
            self.partner.setCurrentIndex(-1)
            self.partner.setEditText("")
            self.role.set_value("implementing")
            self.partner.setFocus(Qt.FocusReason.OtherFocusReason)

    def link_new(self, choices: Sequence[records.Choice], partner_id: uuid.UUID) -> None:
        """A partner was just created for the typed name: the list as it now is, and the new partner linked with the
        role chosen."""
        self.set_partners(choices)
        self.partner.set_value(partner_id)
        self._add()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        popups = getattr(self, "_popups", {})
        if watched in popups and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched = popups[watched]
        if watched in (self.partner, self.role) and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = watched.completer().popup()
            if popup.isVisible():  # Enter picks the suggestion and adds the partner (Tab picks and goes on)
                index = popup.currentIndex()
                if index.isValid():
                    watched.setCurrentIndex(watched.findText(index.data()))
                popup.hide()
                self._add()
            else:
                self._add()  # and not the dialog's default button
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._links[row]
        if rows:
            self._refresh()
            self.value_changed.emit()

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._links))
        for n, (partner, role) in enumerate(self._links):
            self.table.setItem(n, 0, QTableWidgetItem(self._names.get(partner, str(partner))))
            self.table.setItem(n, 1, QTableWidgetItem(self._roles.get(role, role)))

    def value(self) -> tuple[tuple[uuid.UUID, str], ...]:
        return tuple(self._links)

    def set_value(self, links: Sequence[tuple[uuid.UUID, str]] | None) -> None:
        self._links = list(links or ())
        self._refresh()


class PlainText(QPlainTextEdit):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # keyboard users leave the field with Tab
        self.textChanged.connect(self.value_changed)
        self.setMaximumHeight(90)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class TextField(QLineEdit):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.value_changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class DecimalField(TextField):
    """A plain decimal (an exchange rate), typed as the locale writes numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Any:
        """The number; ``None`` when empty; the text as typed when it is no number (the rules report it)."""
        try:
            return parse_money(self.text(), ui_locale())
        except MoneyError:
            return self.text()

    def explain(self) -> str | None:
        """Why the text is no number, in the user's language."""
        try:
            parse_money(self.text(), ui_locale())
        except MoneyError as error:
            return tr_money(error)
        return None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else format(value, "f") if isinstance(value, Decimal) else str(value))


def _input_line_height() -> int:
    """The height of one line of input (a dropdown, the tallest single-line field): a label is as tall, so its text
    is level with the input's even when the field has more below (a problem line, a second row)."""
    combo = QComboBox()
    combo.setEditable(True)
    return max(QLineEdit().sizeHint().height(), combo.sizeHint().height())


class ProblemMessage(QLabel):
    """The line under a field that says what is wrong with it. It always keeps its one line of room, shown or not,
    so the fields below never move when a problem appears or goes (a click meant for the next field lands there);
    text longer than the line ends in "…" and is whole in the tooltip and the field's accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemMessage")
        self.setWordWrap(False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(0)

    def sizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def shown_text(self) -> str:
        """What the line shows: every problem on one line, cut with "…" where it is too long for the field."""
        return self.fontMetrics().elidedText("  ·  ".join(self.text().splitlines()), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft |
                                  Qt.AlignmentFlag.AlignVCenter), self.palette(), self.isEnabled(),
                                  self.shown_text(), QPalette.ColorRole.WindowText)


class RecordForm(QWidget):
    """A form over one entity's fields, built from the rules' field specs, that validates as the user types.

    Each field shows its problems beneath it and is highlighted (property ``problem`` = error / warning, styled by
    the application style sheet). ``problems_changed`` tells the dialog whether saving is allowed.
    """

    problems_changed = Signal()

    def __init__(self, entity: str, fields: Sequence[str] | Sequence[tuple[str, Sequence[str]]], *,
                 overrides: dict[str, Callable[[QWidget, RecordForm], QWidget]] | None = None,
                 fixed: dict[str, Any] | None = None, extras: dict[str, tuple[str, QWidget]] | None = None, parent: QWidget | None = None) -> None:
        """``fields`` is a list of names, or of (tab title, names) to spread a long record over tabs; ``extras``
        are widgets that are not rules fields (an initiative's partner links): name → (tab title, widget)."""
        super().__init__(parent)
        self.entity = entity
        self.fixed = dict(fixed or {})
        self.widgets: dict[str, QWidget] = {}
        self.extras: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.problems: list[rules.Problem] = []
        self.extra_check: Callable[[dict[str, Any]], list[rules.Problem]] | None = None
        self.tabs: QTabWidget | None = None
        self._order: list[QWidget] = []  # the fields in reading order: what Tab and Shift+Tab follow
        # "Required" is shown once a field has been visited (or on saving), not on a form the user has not begun.
        self._touched: set[str] = set()
        self._field_of: dict[QWidget, str] = {}
        self._line_height = _input_line_height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        groups: list[tuple[str, Sequence[str]]] = (
            [("", list(fields))] if fields and isinstance(fields[0], str) else list(fields))  # type: ignore[arg-type]
        extra_tabs = {title for title, _w in (extras or {}).values()}
        if len(groups) > 1 or extra_tabs:
            self.tabs = QTabWidget(self)
            self.tabs.setAccessibleName(self.tr("Parts of the record"))
            outer.addWidget(self.tabs)
        overrides = overrides or {}
        previous: QWidget | None = None
        for title, names in groups:
            page = QWidget(self)
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(6, 6, 6, 6)
            layout = QFormLayout()
            page_layout.addLayout(layout)
            page_layout.addStretch(1)  # rows keep their height; spare room goes below the form
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            # Each label sits level with its input, above the field's problem line (see _add_field).
            layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            layout.setVerticalSpacing(2)  # the problem line under each field already parts the rows
            for name in names:
                widget = self._add_field(layout, page, name, overrides)
                target = field_input(widget)
                self._order.append(target)
                if previous is not None:
                    QWidget.setTabOrder(previous, target)
                previous = target
            if self.tabs is not None:
                self.tabs.addTab(page, title)
            else:
                outer.addWidget(page)
        dates = [w for w in self.widgets.values() if isinstance(w, OptionalDateEdit)]
        for n, date in enumerate(dates):  # an end date's calendar opens near the start date, and the other way
            date.set_neighbour(dates[n - 1] if n else dates[1] if len(dates) > 1 else None)
        for name, (title, widget) in (extras or {}).items():
            self.extras[name] = widget
            assert self.tabs is not None
            self.tabs.addTab(widget, title)
            signal = getattr(widget, "value_changed", None)
            if signal is not None:
                signal.connect(self.revalidate)
        if self.tabs is not None:
            self.tabs.currentChanged.connect(self._tab_shown)

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        """A tab opened (its Alt key, Ctrl+PageDown or a click): the keyboard goes to its first field."""
        assert self.tabs is not None
        page = self.tabs.widget(index)
        first = next((w for w in self._order if page is w or page.isAncestorOf(w)), page)
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Qt's focus chain is easily reordered by reparenting; the form's own order is the one people read.
        focus = QApplication.focusWidget()
        order = [w for w in self._order if w.isVisible() and w.isEnabled()]
        for n, target in enumerate(order):
            if focus is not None and (target is focus or target.isAncestorOf(focus)):
                step = n + (1 if next_ else -1)
                if 0 <= step < len(order):
                    order[step].setFocus(Qt.FocusReason.TabFocusReason if next_ else Qt.FocusReason.BacktabFocusReason)
                    return True
                break
        return super().focusNextPrevChild(next_)

    def _add_field(self, layout: QFormLayout, page: QWidget, name: str,
                   overrides: dict[str, Callable[[QWidget, RecordForm], QWidget]]) -> QWidget:
        spec = rules.field_spec(self.entity, name)
        override = overrides.get(name)
        # Created here, under their page, in reading order: the focus chain (Tab) then follows the form.
        widget = override(page, self) if callable(override) else override or self._widget_for(spec)
        widget.setParent(page)
        # A record id is picked by name in the form: "Funder", not "Funder id".
        plain = {"funder_id": QCoreApplication.translate("RecordForm", "Funder"),
                 "initiative_id": QCoreApplication.translate("RecordForm", "Initiative")}
        label_text = plain.get(name) or QCoreApplication.translate("rules", spec.label)
        label_text += " *" if spec.required else ""
        label = QLabel(label_text, page)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setFixedHeight(min(widget.sizeHint().height(), self._line_height))
        widget.setAccessibleName(label_text.rstrip(" *"))
        widget.setObjectName(f"field_{name}")
        message = ProblemMessage(page)
        message.setVisible(False)
        message.setAccessibleName(self.tr("Problem with {field}").format(
            field=QCoreApplication.translate("rules", spec.label)))
        box = QWidget(page)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(0)
        box_layout.addWidget(widget)
        box_layout.addWidget(message)
        layout.addRow(label, box)
        self.widgets[name] = widget
        self.messages[name] = message
        signal = getattr(widget, "value_changed", None)
        if signal is not None:
            signal.connect(lambda n=name: self._touch(n, revalidate=False))
            signal.connect(self.revalidate)
        target = field_input(widget)
        self._field_of[target] = name
        target.installEventFilter(self)
        return widget

    def _widget_for(self, spec: rules.FieldSpec) -> QWidget:
        if spec.kind is rules.Kind.CODE and spec.code_list:
            return CodeCombo(spec.code_list, optional=not spec.required, parent=self)
        if spec.kind is rules.Kind.DATE:
            return OptionalDateEdit(optional=not spec.required, parent=self)
        if spec.kind is rules.Kind.CODES:
            return SdgPicker(self)
        if spec.kind is rules.Kind.DECIMAL:
            return DecimalField(self)
        if spec.name in ("description", "notes"):
            return PlainText(self)
        field = TextField(self)
        if spec.max_length:
            field.setMaxLength(spec.max_length)
        return field

    def widget(self, name: str) -> Any:
        return self.widgets[name]

    def raw_values(self) -> dict[str, Any]:
        values = {name: widget.value() for name, widget in self.widgets.items()}  # type: ignore[attr-defined]
        values.update({name: widget.value() for name, widget in self.extras.items()})  # type: ignore[attr-defined]
        return {**values, **self.fixed}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, widget in {**self.widgets, **self.extras}.items():
            if name in values:
                widget.blockSignals(True)
                widget.set_value(values[name])  # type: ignore[attr-defined]
                widget.blockSignals(False)
        # A stored record shows all its problems at once; a new one waits for the user.
        self._touched.update(name for name in self.widgets if values.get(name) not in (None, "", frozenset()))
        self.revalidate()

    @Slot()
    def revalidate(self) -> None:
        raw = self.raw_values()
        _typed, problems = records.validate(self.entity, {k: v for k, v in raw.items() if k not in self.extras})
        if self.extra_check is not None:
            problems += self.extra_check(raw)
        self.show_problems(problems)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut and watched in self._field_of:
            self._touch(self._field_of[watched])
        return super().eventFilter(watched, event)

    def _touch(self, name: str, revalidate: bool = True) -> None:
        if name not in self._touched:
            self._touched.add(name)
            if revalidate:
                self.show_problems(self.problems)

    def reveal_all(self) -> None:
        """Show every problem, required fields included (the user tried to save)."""
        self._touched.update(self.widgets)
        self.show_problems(self.problems)

    def hidden_errors(self) -> int:
        return sum(1 for p in self.problems if p.is_error and not self._shown(p))

    def _shown(self, problem: rules.Problem) -> bool:
        return not (problem.code == "required" and problem.field in self.widgets and problem.field not in self._touched)

    def show_problems(self, problems: list[rules.Problem]) -> None:
        self.problems = problems
        by_field: dict[str | None, list[rules.Problem]] = {}
        for problem in problems:
            if self._shown(problem):
                by_field.setdefault(problem.field if problem.field in self.widgets else None, []).append(problem)
        for name, widget in self.widgets.items():
            found = by_field.get(name, [])
            state = "error" if any(p.is_error for p in found) else "warning" if found else ""
            target = field_input(widget)
            if target.property("problem") != state:
                target.setProperty("problem", state)
                target.style().unpolish(target)
                target.style().polish(target)
            message = self.messages[name]
            message.setProperty("problem", state)
            message.style().unpolish(message)
            message.style().polish(message)
            message.setText("\n".join(self._message(widget, p) for p in found))
            message.setVisible(bool(found))
            widget.setAccessibleDescription(message.text())
        self.problems_changed.emit()

    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    def _message(self, widget: QWidget, problem: rules.Problem) -> str:
        if isinstance(widget, CodeCombo) and problem.code in ("type", "code"):
            # The user picks from a list: say so, rather than "not a UUID".
            return self.tr("“{text}” is not in the list; type part of a name and pick one").format(
                text=widget.currentText())
        if isinstance(widget, OptionalDateEdit) and problem.code == "type":
            # The rules refused the text; say how this field reads a date (the locale's way too).
            example = QDate(2024, 3, 1)
            short = QLocale().toString(example, QLocale.FormatType.ShortFormat)
            ways = "2024-03-01" if short == "2024-03-01" else self.tr("2024-03-01 or {short}").format(short=short)
            return self.tr("“{text}” is not a date; type it as {ways}").format(text=widget.edit.text().strip(),
                                                                               ways=ways)
        if isinstance(widget, (MoneyEdit, DecimalField)) and problem.code == "type":
            return widget.explain() or tr_rules(problem)  # the reason, in the words of the user's locale
        return tr_rules(problem)
