"""Editor dialogs for each entity. The form asks the rules as the user types; Save (Ctrl+S) goes through the worker."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import records, rules
from desktop.core.money import format_amount
from desktop.ui.operations import Operations, entity_title
from desktop.ui.widgets import (
    CodeCombo,
    DecimalField,
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


INITIATIVE_FIELDS = ("code", "title", "status", "country", "admin1", "locality", "start_date", "end_date",
                     "flagship_code", "subprogramme_code", "outcome_code", "crisis_context", "description")
PARTNER_FIELDS = ("name", "acronym", "partner_type", "country")
KNOWLEDGE_FIELDS = ("title", "product_type", "published_on", "initiative_id", "link")
FUNDING_FIELDS = ("transaction_type", "transaction_date", "funder_id", "source_type", "modality", "currency",
                  "amount", "usd_rate", "amount_usd", "reference", "notes")
OFFICE_FIELDS = ("code", "name", "country", "region", "currency", "language")


class RecordEditor(QDialog):
    """Create or edit one record. ``values`` are the stored values (empty for a new record)."""

    def __init__(self, operations: Operations, entity: str, record_id: uuid.UUID | None, values: dict[str, Any],
                 *, partners: list[records.Choice] | None = None, initiatives: list[records.Choice] | None = None,
                 fixed: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations, self.entity, self.record_id = operations, entity, record_id
        self.result_: records.SaveResult | None = None
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
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.form.problems_changed.connect(self._update_state)
        self.form.set_values(values)
        if isinstance(self.form.widgets.get("currency"), CodeCombo):
            self._currency_changed()
        first = next(iter(self.form.widgets.values()))
        first.setFocus()
        self.resize(720, 640 if entity == "initiative" else 520)

    def _build_form(self, entity: str, partners: list[records.Choice], initiatives: list[records.Choice],
                    fixed: dict[str, Any]) -> RecordForm:
        if entity == "initiative":
            self.links = PartnerLinksEditor(self)
            self.links.set_partners(partners)
            return RecordForm(entity, [(self.tr("Details"), INITIATIVE_FIELDS), (self.tr("SDG targets"),
                              ("sdg_targets",))], extras={"partner_links": (self.tr("Partners"), self.links)},
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
            form = RecordForm(entity, FUNDING_FIELDS, overrides={
                "funder_id": lambda parent, _form: CodeCombo(items=funders, optional=True, parent=parent),
                "amount": lambda parent, _form: MoneyEdit(parent),
                "usd_rate": lambda parent, _form: DecimalField(parent),
                "amount_usd": lambda parent, form_: UsdField(form_.widgets["amount"], form_.widgets["usd_rate"],
                                                             parent),
            }, fixed=fixed, parent=self)
            form.widgets["currency"].value_changed.connect(self._currency_changed)  # type: ignore[attr-defined]
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
            if currency == "USD" and not rate.text():  # type: ignore[attr-defined]
                rate.setText("1")  # type: ignore[attr-defined]

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
            self.status.setText(self.tr("%n problem(s) to fix before saving.", "", len(errors)))
            self.status.setProperty("problem", "error")
        elif warnings:
            self.status.setText(self.tr("Can be saved; %n warning(s) to check.", "", len(warnings)))
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
