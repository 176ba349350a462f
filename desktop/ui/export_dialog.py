"""Export package (File ▸ Export package…, Ctrl+E): the office's one duty each period, done in the window.

The dialog first asks :func:`desktop.exchange.export.plan_export` what would go (record counts, the periods with data,
the rules' problems with the stored records, each one a link to the record); the person picks the period, the
folder (remembered) and the sequence number; the export then runs on the store worker with progress and Cancel, and
the written file is checked by the package validator, as the regional office will check it. The result names the
file and offers to show it in its folder.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.periods import PeriodError, parse_period
from desktop.core.progress import Cancelled, Part
from desktop.exchange import format as fmt
from desktop.exchange.export import ExportPlan, ExportResult, export_package, plan_export
from desktop.exchange.signing import KeyFileError, carried_rotation, key_path_for, load_or_create_key
from desktop.exchange.read import ValidationReport, validate_package
from desktop.ui.operations import entity_title
from desktop.ui.widgets import activate_when_shown, tr_rules
from desktop.ui.worker import TaskManager, TaskProgress, TaskProgressDialog

FOLDER_KEY = "export/folder"
#: Problems listed in the dialog; the rest are counted.
SHOWN_PROBLEMS = 200


def default_folder() -> Path:
    return platformdirs.user_documents_path() / "Fieldbook packages"


def export_and_check(store: Any, folder: Path, period: str, sequence: int,
                     progress: Any = None) -> tuple[ExportResult, ValidationReport]:
    """Worker task: write the package, then read it back through the validator (what the regional office runs)."""
    signer, rotation = office_key(store)
    result = export_package(store, str(folder) + "/", period=period, sequence=sequence,
                            progress=Part(progress, 0, 5, 4) if progress else None, signer=signer, rotation=rotation)
    report = validate_package(result.path, progress=Part(progress, 4, 5) if progress else None)
    return result, report


def office_key(store: Any) -> tuple[Any, dict[str, Any] | None]:
    """The office's signing key, beside its data file (made on first use), and the rotation statement it carries
    when it replaced an earlier key. A store that is not a file (PostgreSQL) signs nothing."""
    if getattr(store, "path", None) is None:
        return None, None
    path = key_path_for(Path(store.path))
    key = load_or_create_key(path)
    try:
        return key, carried_rotation(path, key)
    except KeyFileError:  # an unreadable statement: the packages go signed, without it
        return key, None


class ExportDialog(QDialog):
    """Choose the period and folder, see what will go and what the rules say, export with progress."""

    #: The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).
    open_record = Signal(str, object)
    exported = Signal(object)  # ExportResult

    def __init__(self, tasks: TaskManager, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings = tasks, settings
        self.plan: ExportPlan | None = None
        self.result_: ExportResult | None = None
        self.report: ValidationReport | None = None
        self.progress: TaskProgressDialog | None = None
        self._task_progress: TaskProgress | None = None
        self.setWindowTitle(self.tr("Export package"))
        self.setAccessibleName(self.windowTitle())
        self.setObjectName("exportDialog")
        layout = QVBoxLayout(self)
        self.office = QLabel(self.tr("Checking the records…"), self)
        self.office.setObjectName("pageTitle")
        self.office.setWordWrap(True)
        layout.addWidget(self.office)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.period = QComboBox(self)
        self.period.setEditable(True)
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period.setAccessibleName(self.tr("Reporting period"))
        self.period.setMaximumWidth(160)
        self.period.setToolTip(self.tr("A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)"))
        form.addRow(self.tr("&Period"), self.period)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Destination folder"))
        self.folder.setText(str(self.settings.value(FOLDER_KEY) or default_folder()))
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        self.browse.setAccessibleName(self.tr("Choose the destination folder"))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.sequence = QSpinBox(self)
        self.sequence.setRange(1, 999)
        self.sequence.setMaximumWidth(90)
        self.sequence.setAccessibleName(self.tr("Sequence number"))
        self.sequence.setToolTip(self.tr("The office's packages are numbered 1, 2, 3… across periods: one more than "
                                         "the highest in the folder. Headquarters notices a gap."))
        form.addRow(self.tr("&Sequence"), self.sequence)
        self.file_name = QLabel(self)
        self.file_name.setAccessibleName(self.tr("File name"))
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("File"), self.file_name)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("What will go"))
        form.addRow(self.tr("What goes"), self.counts)
        layout.addLayout(form)

        self.problems_title = QLabel(self)
        self.problems_title.setWordWrap(True)
        layout.addWidget(self.problems_title)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found by the rules; Enter opens the record"))
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems, 1)

        self.outcome = QLabel(self)
        self.outcome.setObjectName("exportOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(self.tr("Export result"))
        layout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.show_button = self.buttons.addButton(self.tr("Show in f&older"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.show_button.setVisible(False)
        self.export_button.setEnabled(False)
        self.export_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.export_button.clicked.connect(self.export)
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button.clicked.connect(self.reject)
        self.browse.clicked.connect(self.choose_folder)
        self.folder.editingFinished.connect(self._folder_changed)
        self.period.currentTextChanged.connect(self._update_name)
        self.sequence.valueChanged.connect(self._update_name)
        self.problems.itemActivated.connect(self._problem_activated)
        self.resize(680, 560)
        self.tasks.run(plan_export, writes=False, on_done=self._planned, on_error=self._plan_failed)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        activate_when_shown(self)

    def running(self) -> bool:
        return self.progress is not None

    def reject(self) -> None:
        """Close (Esc, Close): an export under way is cancelled first, so nothing is written behind the person's back
        (a package written unseen would take this sequence number)."""
        if self._task_progress is not None and self.running():
            self._task_progress.cancel()
        super().reject()

    # -- the plan -------------------------------------------------------------------------------------------------
    def _planned(self, plan: ExportPlan) -> None:
        self.plan = plan
        if plan.blocker:
            self.office.setText(self.tr("This data file cannot be exported as an office package"))
            self.outcome.setText(plan.blocker)
            self.outcome.setProperty("problem", "error")
            self._repolish(self.outcome)
            return
        self.office.setText(self.tr("{name} ({code})").format(name=plan.office_name, code=plan.office_code))
        self.period.blockSignals(True)
        self.period.addItems(plan.periods)
        self.period.setCurrentText(plan.default_period)
        self.period.blockSignals(False)
        c = plan.counts.get
        names = [self.tr("%Ln initiative(s)", "", c("initiative", 0)),
                 self.tr("%Ln beneficiary count(s)", "", c("beneficiary_count", 0)),
                 self.tr("%Ln funding line(s)", "", c("funding_line", 0)),
                 self.tr("%Ln partner(s)", "", c("partner", 0)),
                 self.tr("%Ln partner link(s)", "", c("initiative_partner", 0)),
                 self.tr("%Ln knowledge product(s)", "", c("knowledge_product", 0)),
                 self.tr("%Ln deletion(s)", "", c("deletion", 0))]
        self.counts.setText(self.tr("The office profile and all its records: {list}.").format(
            list=", ".join(names)))
        errors, warnings = len(plan.errors), len(plan.problems) - len(plan.errors)
        if errors:
            self.problems_title.setText(self.tr(
                "{errors} to fix first: the regional office's check would refuse the package. Press Enter on a "
                "problem (or double-click it) to open its record.").format(
                errors=self.tr("%Ln error(s)", "", errors))
                + (" " + self.tr("And {warnings}.").format(
                    warnings=self.tr("%Ln warning(s)", "", warnings)) if warnings else ""))
            self.problems_title.setProperty("problem", "error")
        elif warnings:
            self.problems_title.setText(self.tr(
                "No errors. {warnings} to look at (the package can go as it is); Enter opens the record.").format(
                warnings=self.tr("%Ln warning(s)", "", warnings)))
            self.problems_title.setProperty("problem", "warning")
        else:
            self.problems_title.setText(self.tr("The rules find no problem in the records."))
            self.problems_title.setProperty("problem", "")
        self._repolish(self.problems_title)
        self.problems.setVisible(bool(plan.problems))
        for item in plan.problems[:SHOWN_PROBLEMS]:
            severity = self.tr("Error") if item.problem.is_error else self.tr("Warning")
            text = f"{severity} · {entity_title(item.entity)} · {item.label}: {tr_rules(item.problem)}"
            row = QListWidgetItem(text, self.problems)
            row.setData(Qt.ItemDataRole.UserRole, (item.entity, item.record_id))
            row.setToolTip(text)
        if len(plan.problems) > SHOWN_PROBLEMS:
            QListWidgetItem(self.tr("… and {n} more").format(n=len(plan.problems) - SHOWN_PROBLEMS), self.problems)
        self._folder_changed()
        self.export_button.setEnabled(not errors)
        (self.problems if errors else self.export_button).setFocus(Qt.FocusReason.OtherFocusReason)
        if errors:
            self.problems.setCurrentRow(0)

    def _plan_failed(self, error: BaseException) -> None:
        self.office.setText(self.tr("The records could not be read"))
        self.outcome.setText(str(error).splitlines()[0] if str(error) else type(error).__name__)

    # -- folder, period, sequence ----------------------------------------------------------------------------------
    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip() or str(default_folder())).expanduser()

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package"), str(self.chosen_folder()))
        if folder:
            self.folder.setText(folder)
            self._folder_changed()

    @Slot()
    def _folder_changed(self) -> None:
        if self.plan is None or self.plan.office_code is None:
            return
        self.sequence.blockSignals(True)
        self.sequence.setValue(fmt.next_sequence(self.chosen_folder(), self.plan.office_code))
        self.sequence.blockSignals(False)
        self._update_name()

    def period_code(self) -> str | None:
        try:
            return parse_period(self.period.currentText().strip().upper()).code
        except PeriodError:
            return None

    @Slot()
    def _update_name(self, *_args: Any) -> None:
        if self.plan is None or self.plan.office_code is None:
            return
        period = self.period_code()
        if period is None:
            self.file_name.setText(self.tr("“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026").format(
                text=self.period.currentText()))
            self.export_button.setEnabled(False)
            return
        self.file_name.setText(fmt.package_filename(self.plan.office_code, period, self.sequence.value()))
        self.export_button.setEnabled(not self.plan.errors and self.result_ is None)

    @Slot(QListWidgetItem)
    def _problem_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            entity, record_id = target
            self.reject()
            self.open_record.emit(entity, record_id if isinstance(record_id, uuid.UUID) else None)

    # -- export -------------------------------------------------------------------------------------------------------
    @Slot()
    def export(self) -> None:
        period = self.period_code()
        if self.plan is None or self.plan.errors or period is None or self.result_ is not None:
            return
        folder = self.chosen_folder()
        self.settings.setValue(FOLDER_KEY, str(folder))
        self.export_button.setEnabled(False)
        progress = TaskProgress()
        self._task_progress = progress
        self.progress = TaskProgressDialog(self.tr("Writing the package…"), self.tr("Cancel"),
                                           self.tr("Export package"), progress, self, delay_ms=400)
        self.outcome.setText(self.tr("Writing the package…"))
        self.tasks.run(export_and_check, folder, period, self.sequence.value(), progress=progress, writes=False,
                       on_done=self._exported, on_error=self._failed)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _exported(self, outcome: tuple[ExportResult, ValidationReport]) -> None:
        self._close_progress()
        self.result_, self.report = outcome
        result, report = outcome
        verdict = (self.tr("Checked as the regional office will check it: valid.") if report.valid else
                   self.tr("Checked as the regional office will check it: {errors}; open the file in "
                           "Consolidate to see them.").format(
                       errors=self.tr("%Ln error(s)", "", len(report.errors))))
        self.outcome.setText(self.tr("Exported {file} ({records} records) to {folder}.").format(
            file=result.path.name, records=result.records, folder=str(result.path.parent)) + " " + verdict
            + " " + self.tr("Send this file to your regional office."))
        self.outcome.setProperty("problem", "" if report.valid else "error")
        self._repolish(self.outcome)
        self.export_button.setVisible(False)
        self.show_button.setVisible(True)
        self.activateWindow()  # the progress window, if it showed, took the keyboard with it when it closed
        self.show_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.outcome.setText(self.tr("Export cancelled; nothing was written."))
            self.outcome.setProperty("problem", "")
        else:
            line = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.outcome.setText(self.tr("The package was not written: {error}").format(error=line))
            self.outcome.setProperty("problem", "error")
        self._repolish(self.outcome)
        self._update_name()

    @Slot()
    def show_in_folder(self) -> None:
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.path.parent)))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
