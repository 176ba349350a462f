"""Editor dialogs for each entity. The form asks the rules as the user types; Save (Ctrl+S) goes through the worker.

A partner that does not exist yet is created from the editor that needs it (a nested partner editor), a funding line's
rate is typed the way it is quoted and shown both ways, and typed work is never dropped without asking.
"""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import reference
from desktop.core import records, rules
from desktop.core.money import MoneyError, babel_locale, format_amount, parse_money
from desktop.ui.operations import Operations, entity_title
from desktop.ui.widgets import (
    CodeCombo,
    MoneyEdit,
    PartnerLinksEditor,
    RecordForm,
    activate_when_shown,
    tr_rules,
    ui_locale,
)


class UsdField(QLineEdit):
    """The USD amount: amount × rate, to the cent, by ``rules.usd_amount``; read-only."""

    def __init__(self, amount: MoneyEdit, rate: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount, self.rate = amount, rate
        amount.value_changed.connect(self._refresh)
        rate.value_changed.connect(self._refresh)

    def value(self) -> Decimal | None:
        amount, rate = self.amount.value(), self.rate.value()
        if isinstance(amount, Decimal) and isinstance(rate, Decimal) and rate > 0:
            return rules.usd_amount(amount, rate)
        return None

    def set_value(self, _value: Any) -> None:
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        value = self.value()
        self.setText(format_amount(value, "USD", ui_locale()) if value is not None else "")


#: Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD.
USD_PER_UNIT, UNITS_PER_USD = "usd_per_unit", "units_per_usd"
#: Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN).
QUOTED_IN_USD = frozenset({"EUR", "GBP", "AUD", "NZD"})
#: The places FundingLine.usd_rate keeps (DecimalText(24, 10)).
RATE_QUANTUM = Decimal(1).scaleb(-10)


def usd_per_unit(typed: Decimal, direction: str) -> Decimal:
    """The rate to store for a number typed the given way: USD per one unit, to the column's 10 places. A number
    that is no rate (zero, negative) comes back as typed, for the rules to say why."""
    if typed <= 0:
        return typed
    with localcontext() as context:
        context.prec = 60
        rate = typed if direction == USD_PER_UNIT else 1 / typed
        try:
            return rate.quantize(RATE_QUANTUM, rounding=ROUND_HALF_UP)
        except InvalidOperation:
            return rate


def quoted_rate(stored: Decimal, direction: str) -> Decimal | None:
    """The number to show for a stored rate the given way: for units per USD, the shortest number that gives the
    stored rate back exactly (0.0156494523 → 63.9), so that opening and saving a line never changes its rate;
    ``None`` when there is none."""
    if direction == USD_PER_UNIT:
        return stored
    if stored <= 0:
        return None
    with localcontext() as context:
        context.prec = 60
        inverse = 1 / stored
        for digits in range(1, 25):
            candidate = inverse.quantize(Decimal(1).scaleb(inverse.adjusted() - digits + 1), rounding=ROUND_HALF_UP)
            if candidate > 0 and usd_per_unit(candidate, UNITS_PER_USD) == stored:
                return candidate
    return None


def rate_text(number: Decimal, locale: str) -> str:
    """A rate to read: two places, or four significant digits below 1 (63.90, 0.01565)."""
    places = 2 if number >= 1 else max(2, 3 - number.adjusted())
    return format_decimal(number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP),
                          format="#,##0." + "0" * places, locale=babel_locale(locale))


class RateField(QWidget):
    """The USD rate of a funding line, typed the way it is quoted, with a choice of which way it goes ("MZN per 1 USD"
    or "USD per 1 MZN") and a line showing it both ways. ``value()`` is always USD per one unit, as stored."""

    value_changed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.currency: str | None = None
        self.locale_name = ui_locale()
        # The stored rate the text was written from, until the user types: it is the value, exactly.
        self._shown_from: Decimal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.direction = QComboBox(self)
        self.direction.setAccessibleName(self.tr("Which way the rate goes"))
        self.direction.setToolTip(self.tr("How the rate you type is read: units of the currency for one US dollar, "
                                          "or US dollars for one unit of the currency"))
        self.direction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for direction in (UNITS_PER_USD, USD_PER_UNIT):
            self.direction.addItem("", direction)
        row.addWidget(self.edit, 1)
        row.addWidget(self.direction)
        layout.addLayout(row)
        self.both_ways = QLabel(self)
        self.both_ways.setObjectName("rateBothWays")
        self.both_ways.setAccessibleName(self.tr("The rate both ways"))
        self.both_ways.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.both_ways)
        self.setFocusProxy(self.edit)
        self.input_widget = self.edit  # the form's keyboard order and problem highlight (widgets.field_input)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._changed)
        self.direction.activated.connect(self._direction_chosen)
        self._update_labels()

    # -- what the form asks -------------------------------------------------------------------------------------
    def value(self) -> Any:
        """USD per one unit (a Decimal), ``None`` when empty, or the text as typed when it is no number."""
        try:
            typed = parse_money(self.edit.text(), self.locale_name)
        except MoneyError:
            return self.edit.text()
        if typed is None:
            return None
        if self._shown_from is not None:
            return self._shown_from
        return usd_per_unit(typed, self.way())

    def set_value(self, value: Any) -> None:
        if isinstance(value, Decimal) and value.is_finite() and value > 0:
            self._show(value)
        else:
            self._shown_from = None
            self.edit.setText("" if value is None else str(value))

    def way(self) -> str:
        return str(self.direction.currentData())

    def set_currency(self, currency: str | None) -> None:
        """Labels for the currency; a field not typed in yet goes the way this currency is quoted."""
        known = currency if isinstance(currency, str) and currency in reference.currencies() else None
        if known != self.currency:
            previous, self.currency = self.currency, known
            if previous is not None and self._shown_from is not None:
                # The rate shown was another currency's (the line this one started from): not this one's.
                self._shown_from = None
                self.edit.clear()
            if not self.edit.text().strip() or self._shown_from is not None:
                self._set_way(self._usual_way(known))
                if self._shown_from is not None:
                    self._show(self._shown_from)
        self.direction.setEnabled(self.currency != "USD")
        if self.currency == "USD" and not self.edit.text().strip():
            self.edit.setText("1")
        self._update_labels()

    def setAccessibleName(self, name: str) -> None:  # type: ignore[override]
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:  # type: ignore[override]
        super().setAccessibleDescription(description)
        self.edit.setAccessibleDescription(description)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab goes from the number to which way it goes, then on through the form.
        focus = QApplication.focusWidget()
        if next_ and focus is self.edit and self.direction.isEnabled():
            self.direction.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if not next_ and focus is self.direction:
            self.edit.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next_)

    # -- inside -------------------------------------------------------------------------------------------------
    def _usual_way(self, currency: str | None) -> str:
        remembered = self.settings.value(f"funding/rate_direction/{currency}") if self.settings and currency else None
        if remembered in (USD_PER_UNIT, UNITS_PER_USD):
            return str(remembered)
        return USD_PER_UNIT if currency in QUOTED_IN_USD else UNITS_PER_USD

    def _set_way(self, way: str) -> None:
        self.direction.setCurrentIndex(self.direction.findData(way))

    def _show(self, stored: Decimal) -> None:
        shown = quoted_rate(stored, self.way())
        if shown is None:  # no short number gives it back: show it as stored
            self._set_way(USD_PER_UNIT)
            shown = stored
        self._shown_from = stored
        self.edit.setText(format(shown, "f"))

    @Slot()
    def _typed(self) -> None:
        self._shown_from = None

    @Slot()
    def _direction_chosen(self) -> None:
        self._shown_from = None  # the typed number is read the other way now
        if self.settings is not None and self.currency:
            self.settings.setValue(f"funding/rate_direction/{self.currency}", self.way())
        self._update_labels()
        self.value_changed.emit()

    @Slot()
    def _changed(self) -> None:
        self._update_labels()
        self.value_changed.emit()

    def _update_labels(self) -> None:
        currency = self.currency or "…"
        texts = (self.tr("{currency} per 1 USD").format(currency=currency),
                 self.tr("USD per 1 {currency}").format(currency=currency))
        for n, text in enumerate(texts):
            self.direction.setItemText(n, text)
        self.direction.setMinimumContentsLength(max(len(text) for text in texts) + 1)  # never cut short
        rate = self.value()
        if self.currency is None or self.currency == "USD" or not isinstance(rate, Decimal) or rate <= 0:
            self.both_ways.setText(self.tr("1 USD = … {currency} · 1 {currency} = … USD").format(currency=currency)
                                   if self.currency != "USD" else "")
            return
        typed = parse_money(self.edit.text(), self.locale_name)  # a number: value() said so
        with localcontext() as context:
            context.prec = 60
            units = typed if self.way() == UNITS_PER_USD and typed is not None and typed > 0 else 1 / rate
        self.both_ways.setText(self.tr("1 USD = {units} {currency} · 1 {currency} = {usd} USD").format(
            units=rate_text(units, self.locale_name), usd=rate_text(rate, self.locale_name), currency=currency))


class FunderField(QWidget):
    """The funder of a funding line: a partner picked by any part of its name, and "New partner…" (Alt+N, or Enter
    on a name that matches no partner) to create one without leaving the line."""

    value_changed = Signal()
    #: Create a partner: the name typed, if it matches none.
    new_partner_requested = Signal(str)

    def __init__(self, funders: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = CodeCombo(items=funders, optional=True, parent=self)
        self.new = QPushButton(self.tr("&New partner…"), self)
        self.new.setAccessibleName(self.tr("Create a new partner as the funder"))
        self.new.setToolTip(self.tr("Create a partner that is not in the list yet (Alt+N)"))
        # Reached with Alt+N or Enter: Tab keeps going from field to field, as everywhere in the form.
        self.new.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new)
        self.setFocusProxy(self.combo)
        self.input_widget = self.combo  # the form's keyboard order and problem highlight (widgets.field_input)
        self.combo.value_changed.connect(self.value_changed)
        self.combo.installEventFilter(self)
        self.new.clicked.connect(self._new_clicked)

    def value(self) -> Any:
        return self.combo.value()

    def set_value(self, value: Any) -> None:
        self.combo.set_value(value)

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        self.combo.set_items(items)

    def typed_name(self) -> str:
        """What was typed, when it names no partner yet."""
        value = self.combo.value()
        return value.strip() if isinstance(value, str) else ""

    def setAccessibleName(self, name: str) -> None:  # type: ignore[override]
        super().setAccessibleName(name)
        self.combo.setAccessibleName(name)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.combo and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.combo.completer().popup()
            if popup.isVisible():  # Enter picks the suggestion
                index = popup.currentIndex()
                if index.isValid():
                    self.combo.setCurrentIndex(self.combo.findText(index.data()))
                popup.hide()
                return True
            name = self.typed_name()
            if name and not any(name.casefold() in text.casefold() for _v, text in self.combo.choices.items):
                self.new_partner_requested.emit(name)
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _new_clicked(self) -> None:
        self.new_partner_requested.emit(self.typed_name())


class FundingForm(RecordForm):
    """The funding line's form: its funder is picked from a list, and is said so when the name is in none."""

    def _message(self, widget: QWidget, problem: rules.Problem) -> str:
        return super()._message(widget.combo if isinstance(widget, FunderField) else widget, problem)


INITIATIVE_FIELDS = ("code", "title", "status", "country", "admin1", "locality", "start_date", "end_date",
                     "flagship_code", "subprogramme_code", "outcome_code", "crisis_context", "description")
PARTNER_FIELDS = ("name", "acronym", "partner_type", "country")
KNOWLEDGE_FIELDS = ("title", "product_type", "published_on", "initiative_id", "link")
FUNDING_FIELDS = ("transaction_type", "transaction_date", "funder_id", "source_type", "modality", "currency",
                  "amount", "usd_rate", "amount_usd", "reference", "notes")
OFFICE_FIELDS = ("code", "name", "country", "region", "currency", "language")


class RecordEditor(QDialog):
    """Create or edit one record. ``values`` are the stored values (empty for a new record).

    ``usd_rates`` are the rates of the funding lines already stored, per currency (``records.usd_rates_by_currency``):
    a rate far from them is questioned (``rules.rate_outlier``). ``settings`` remember which way rates are typed.
    Esc, Cancel and the close button ask before dropping changes.
    """

    def __init__(self, operations: Operations, entity: str, record_id: uuid.UUID | None, values: dict[str, Any],
                 *, partners: list[records.Choice] | None = None, initiatives: list[records.Choice] | None = None,
                 fixed: dict[str, Any] | None = None, usd_rates: dict[str, list[Decimal]] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations, self.entity, self.record_id = operations, entity, record_id
        self.result_: records.SaveResult | None = None
        self.usd_rates = usd_rates or {}
        self.settings = settings
        self.partner_editor: RecordEditor | None = None  # a partner being created from this editor
        self._asking: QMessageBox | None = None
        what = entity_title(entity)
        self.setWindowTitle(self.tr("New {what}").format(what=what) if record_id is None
                            else self.tr("Edit {what}").format(what=what))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.form = self._build_form(entity, partners or [], initiatives or [], fixed or {})
        layout.addWidget(self.form, 1)
        self.status = QLabel(self)
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.form.problems_changed.connect(self._update_state)
        self.form.set_values(values)
        if isinstance(self.form.widgets.get("currency"), CodeCombo):
            self._currency_changed()
        # The keyboard starts in the first field: for a new record opened with some values given (a partner named
        # in another editor), in the first required field still empty.
        first = next(iter(self.form.widgets.values()))
        if record_id is None and entity == "partner" and values:
            first = next((w for name, w in self.form.widgets.items()
                          if rules.field_spec(entity, name).required and values.get(name) in (None, "")), first)
        first.setFocus()
        self.resize(*{"initiative": (720, 640), "partner": (560, 340)}.get(entity, (720, 560)))
        # What the form opened with: anything else is work that closing would lose.
        self._opened_with = self.form.raw_values()

    def _build_form(self, entity: str, partners: list[records.Choice], initiatives: list[records.Choice],
                    fixed: dict[str, Any]) -> RecordForm:
        if entity == "initiative":
            self.links = PartnerLinksEditor(self)
            self.links.set_partners(partners)
            self.links.new_partner_requested.connect(self.new_partner)
            return RecordForm(entity, [(self.tr("&Details"), INITIATIVE_FIELDS), (self.tr("SD&G targets"),
                              ("sdg_targets",))], extras={"partner_links": (self.tr("&Partners"), self.links)},
                              fixed=fixed, parent=self)
        if entity == "partner":
            return RecordForm(entity, PARTNER_FIELDS, fixed=fixed, parent=self)
        if entity == "office":
            return RecordForm(entity, OFFICE_FIELDS, fixed=fixed, parent=self)
        if entity == "knowledge_product":
            choices = [(c.id, c.label) for c in initiatives]
            return RecordForm(entity, KNOWLEDGE_FIELDS, overrides={
                "initiative_id": lambda parent, _form: CodeCombo(items=choices, optional=True, parent=parent)},
                fixed=fixed, parent=self)
        if entity == "funding_line":
            funders = [(c.id, c.label) for c in partners]
            form = FundingForm(entity, FUNDING_FIELDS, overrides={
                "funder_id": lambda parent, _form: FunderField(funders, parent),
                "amount": lambda parent, _form: MoneyEdit(parent),
                "usd_rate": lambda parent, _form: RateField(self.settings, parent),
                "amount_usd": lambda parent, form_: UsdField(form_.widgets["amount"], form_.widgets["usd_rate"],
                                                             parent),
            }, fixed=fixed, parent=self)
            form.extra_check = self._rate_warning
            form.widgets["currency"].value_changed.connect(self._currency_changed)  # type: ignore[attr-defined]
            form.widgets["funder_id"].new_partner_requested.connect(self.new_partner)  # type: ignore[attr-defined]
            return form
        raise KeyError(entity)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        activate_when_shown(self)

    @Slot()
    def _currency_changed(self) -> None:
        currency = self.form.widgets["currency"].value()  # type: ignore[attr-defined]
        amount = self.form.widgets.get("amount")
        if isinstance(amount, MoneyEdit):
            value = amount.value()
            amount.set_currency(currency if isinstance(currency, str) else None)
            if value is not None and not amount.hasFocus():
                amount.set_value(value)
            rate = self.form.widgets["usd_rate"]
            if isinstance(rate, RateField):
                rate.set_currency(currency if isinstance(currency, str) else None)

    def _rate_warning(self, raw: dict[str, Any]) -> list[rules.Problem]:
        """The rules' word on the rate against the office's earlier lines in the same currency."""
        currency = raw.get("currency")
        if not isinstance(currency, str):
            return []
        problem = rules.rate_outlier(raw.get("usd_rate"), self.usd_rates.get(currency, ()), currency=currency,
                                     record_id=str(self.record_id) if self.record_id else None)
        return [problem] if problem is not None else []

    # -- a partner created on the way ----------------------------------------------------------------------------
    @Slot(str)
    def new_partner(self, name: str) -> None:
        """Create a partner (the name as typed) in a short editor over this one; once saved, it is linked (an
        initiative) or chosen as the funder (a funding line). Nothing typed here is touched."""
        if self.partner_editor is not None and self.partner_editor.isVisible():
            return
        origin = QApplication.focusWidget()
        values: dict[str, Any] = {"name": name} if name else {}
        source = self.form.widgets["source_type"].value() if "source_type" in self.form.widgets else None  # type: ignore[attr-defined]
        if source in reference.code_list("partner_types").codes():
            values["partner_type"] = source  # a funder's type is, most often, the kind of source it is
        editor = RecordEditor(self.operations, "partner", None, values, settings=self.settings, parent=self)
        self.partner_editor = editor
        editor.accepted.connect(lambda: self._partner_saved(editor))
        editor.finished.connect(lambda _r: self._back_from_partner(origin))
        editor.open()

    def _partner_saved(self, editor: RecordEditor) -> None:
        if editor.result_ is None:
            return
        partner_id = editor.result_.record_id
        self.operations.tasks.run(records.partner_choices, writes=False,
                                  on_done=lambda choices: self._use_partner(choices, partner_id))

    def _use_partner(self, choices: list[records.Choice], partner_id: uuid.UUID) -> None:
        if self.entity == "initiative":
            self.links.link_new(choices, partner_id)
        funder = self.form.widgets.get("funder_id")
        if isinstance(funder, FunderField):
            funder.set_items([(c.id, c.label) for c in choices])
            funder.set_value(partner_id)

    def _back_from_partner(self, origin: QWidget | None) -> None:
        self.activateWindow()
        if origin is not None and self.isAncestorOf(origin):
            origin.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- nothing lost without asking -----------------------------------------------------------------------------
    def has_changes(self) -> bool:
        return self.form.raw_values() != self._opened_with

    @Slot()
    def cancel(self) -> None:
        """Esc, Cancel or the close button: close at once when nothing was changed; otherwise ask Save / Discard /
        Cancel (back to the form). ``reject()`` stays the plain close that drops the changes."""
        if not self.has_changes():
            self.reject()
            return
        if self._asking is not None and self._asking.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Save the changes to this {what}?").format(what=entity_title(self.entity)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmClose")
        box.setInformativeText(self.tr("Discard closes the editor and loses what was typed; Cancel goes back to it."))
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._answered(box))
        self._asking = box
        box.open()  # window-modal: the event loop runs on (the worker keeps reporting)

    def _answered(self, box: QMessageBox) -> None:
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() is not None \
            else QMessageBox.StandardButton.Cancel
        box.deleteLater()
        self._asking = None
        if answer == QMessageBox.StandardButton.Save:
            self.save()  # closes once saved; a form with errors stays open and says what to fix
        elif answer == QMessageBox.StandardButton.Discard:
            self.reject()
        else:
            self.activateWindow()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        # Closing through done() (Save, Discard, reject()) sends no close event; this is the window's close button.
        if self.isVisible() and self.has_changes():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)

    @Slot()
    def _update_state(self) -> None:
        errors = [p for p in self.form.problems if p.is_error]
        warnings = [p for p in self.form.problems if not p.is_error]
        self.save_button.setEnabled(not errors)
        hidden = self.form.hidden_errors()
        if errors and hidden == len(errors):
            self.status.setText(self.tr("Fill in the fields marked * to save."))
            self.status.setProperty("problem", "")
        elif errors:
            self.status.setText(self.tr("%Ln problem(s) to fix before saving.", "", len(errors)))
            self.status.setProperty("problem", "error")
        elif warnings:
            self.status.setText(self.tr("Can be saved; %Ln warning(s) to check.", "", len(warnings)))
            self.status.setProperty("problem", "warning")
        else:
            self.status.setText("")
            self.status.setProperty("problem", "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    @Slot()
    def save(self) -> None:
        self.form.revalidate()
        if self.form.has_errors():
            self.form.reveal_all()  # say which fields are missing
        if self.form.has_errors() or not self.save_button.isEnabled() and self.status.text() == self.tr("Saving…"):
            return
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.operations.save(self.entity, self.record_id, self.form.raw_values(), on_done=self._saved,
                             on_error=self._failed)

    def _saved(self, result: records.SaveResult) -> None:
        self.result_ = result
        self.record_id = result.record_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, records.ValidationFailed):
            self.form.show_problems(error.problems)
            self.status.setText("\n".join(tr_rules(p) for p in error.problems if p.is_error))
        elif isinstance(error, records.Conflict):
            self.status.setText(self.tr("Not saved: another record already has this code or these keys."))
        else:
            self.status.setText(self.tr("Not saved: {error}").format(error=str(error).splitlines()[0]))
        self.status.setProperty("problem", "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)


def new_initiative_values(office: dict[str, Any] | None) -> dict[str, Any]:
    return {"status": "pipeline", "crisis_context": "none", "country": (office or {}).get("country")}
