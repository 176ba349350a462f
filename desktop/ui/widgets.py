"""Entry widgets: searchable code dropdowns, optional dates, money, SDG targets, partner links, and the form that
asks the rules module as the user types and shows each problem beside its field."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QCoreApplication, QDate, QLocale, QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import reference
from desktop.core import records, rules
from desktop.core.money import MoneyError, format_amount, parse_money

EMPTY_DATE = QDate(1900, 1, 1)


def activate_when_shown(window: QWidget) -> None:
    """Give a dialog the keyboard as soon as it shows, whatever the window manager does (and offscreen)."""
    QTimer.singleShot(0, window.activateWindow)


def tr_rules(problem: rules.Problem) -> str:
    """A rules problem in the user's language (templates are translated in the "rules" context)."""
    return QCoreApplication.translate("rules", problem.template).format(**problem.params)


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
            label = QCoreApplication.translate("reference", item.label)
            out.append((item.code, f"{item.code} — {label}" if show_code else label))
        return out

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.choices.set_items(([("", "")] if self.optional else []) + list(items))
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        """The chosen code (or id); typed text that matches no item comes back as typed, for the rules to refuse."""
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
        contains = []
        for data, item_text in items:
            if data == "":
                continue
            lowered = item_text.casefold()
            if str(data).casefold() == folded or lowered == folded or lowered.split(" — ", 1)[-1] == folded:
                return data
            if folded in lowered:
                contains.append(data)
                if len(contains) > 1:
                    break
        if len(contains) == 1:
            return contains[0]
        return text

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
        from PySide6.QtCore import QEvent

        popup = self.completer().popup() if self.completer() else None
        if watched is popup and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            index = popup.currentIndex()
            if index.isValid():
                self.setCurrentIndex(self.findText(index.data()))
            popup.hide()
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: Any) -> None:
        # Show the item the typed text stands for ("ken" → "Kenya"), so the user sees what will be saved.
        value = self.value()
        row = self.choices.row_of(value) if value is not None else -1
        if row >= 0 and self.choices.items[row][1] != self.currentText():
            self.setCurrentIndex(row)
        super().focusOutEvent(event)


class DateEdit(QDateEdit):
    """Tab leaves the field (arrow keys move between day, month and year), as in every other field of a form."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class OptionalDateEdit(QWidget):
    """A date with a calendar popup that may also be left empty (a clear button, or Delete on the field)."""

    value_changed = Signal()

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(self.tr("Not set") if optional else "")
        self.edit.dateChanged.connect(self.value_changed)
        layout.addWidget(self.edit, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Leave the date empty"))
        self.clear_button.setAccessibleName(self.tr("Clear date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete on the field does it by keyboard
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self.clear()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if self.optional and watched is self.edit and event.type() == QEvent.Type.KeyPress and \
                event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.clear()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def clear(self) -> None:
        if self.optional:
            self.edit.setDate(EMPTY_DATE)
        else:
            self.edit.setDate(QDate.currentDate())

    def value(self) -> dt.date | None:
        date = self.edit.date()
        if self.optional and date == EMPTY_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

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

    def value(self) -> Decimal | None:
        raw = self.raw()
        return raw if isinstance(raw, Decimal) else None

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_amount(value, self.currency, self.locale_name) if value is not None else "")

    @Slot()
    def _reformat(self) -> None:
        value = self.value()
        if value is not None:
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
        goals = {g.code: QCoreApplication.translate("reference", g.label) for g in reference.sdg_goals().items}
        for item in reference.sdg_targets().items:
            row = QStandardItem(f"{item.code}  {QCoreApplication.translate('reference', item.label)}")
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
        self.model.itemChanged.connect(self._changed)
        self._update_summary()

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
    """The partners of an initiative, each with its role: pick a partner and a role, Add; select a row, Remove."""

    value_changed = Signal()

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
        row.addWidget(self.partner, 3)
        row.addWidget(self.role, 2)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        if isinstance(partner, uuid.UUID) and isinstance(role, str) and (partner, role) not in self._links:
            self._links.append((partner, role))
            self._refresh()
            self.value_changed.emit()

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
        try:
            return parse_money(self.text(), ui_locale())
        except MoneyError:
            return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else format(value, "f"))


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
            layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for name in names:
                widget = self._add_field(layout, page, name, overrides)
                target = widget.edit if isinstance(widget, OptionalDateEdit) else widget
                self._order.append(target)
                if previous is not None:
                    QWidget.setTabOrder(previous, target)
                previous = target
            if self.tabs is not None:
                self.tabs.addTab(page, title)
            else:
                outer.addWidget(page)
        for name, (title, widget) in (extras or {}).items():
            self.extras[name] = widget
            assert self.tabs is not None
            self.tabs.addTab(widget, title)
            signal = getattr(widget, "value_changed", None)
            if signal is not None:
                signal.connect(self.revalidate)

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
        widget.setAccessibleName(label_text.rstrip(" *"))
        widget.setObjectName(f"field_{name}")
        message = QLabel(page)
        message.setObjectName("problemMessage")
        message.setWordWrap(True)
        message.setVisible(False)
        message.setAccessibleName(self.tr("Problem with {field}").format(
            field=QCoreApplication.translate("rules", spec.label)))
        box = QWidget(page)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(message)
        layout.addRow(label, box)
        self.widgets[name] = widget
        self.messages[name] = message
        signal = getattr(widget, "value_changed", None)
        if signal is not None:
            signal.connect(lambda n=name: self._touch(n, revalidate=False))
            signal.connect(self.revalidate)
        target = widget.edit if isinstance(widget, OptionalDateEdit) else widget
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
            target = widget.edit if isinstance(widget, OptionalDateEdit) else widget
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
        return tr_rules(problem)
