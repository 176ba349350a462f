"""First-run welcome, the office profile wizard, and Settings (office profile, language, data folder, backups)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Qt, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.store import Store
from desktop import translations
from desktop.core import records
from desktop.exchange.signing import KeyFileError, key_path_for, load_or_create_key
from desktop.ui.editors import OFFICE_FIELDS
from desktop.ui.operations import Operations
from desktop.ui.widgets import RecordForm, activate_when_shown, tr_rules


def explain_language(form: RecordForm) -> None:
    """The office's language says what its packages are written in; the window's own language is chosen
    apart (Settings ▸ Language), per user, and the field says so."""
    text = QCoreApplication.translate("form", "The language of the packages this office exports: their README sheet and the row of column "
                   "names are written in it, with English beside. The language of Fieldbook's windows is chosen "
                   "in Settings ▸ Language.")
    form.widget("language").setToolTip(text)
    form.widget("language").setWhatsThis(text)


class WelcomeDialog(QDialog):
    """Shown while the data file holds no office: set up my office, or explore the demo office."""

    def __init__(self, data_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to Fieldbook"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        title = QLabel(self.tr("Welcome to Fieldbook"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Fieldbook keeps your office's portfolio — initiatives, beneficiaries, funding, partners and knowledge "
            "products — on this computer, and works without a connection. Each reporting period you send one "
            "package to your regional office."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.office_button = QCommandLinkButton(self.tr("Set up my office"), self.tr(
            "Enter your office's code, name, country, region, currency and language, then start recording."), self)
        self.office_button.setAccessibleName(self.tr("Set up my office"))
        self.demo_button = QCommandLinkButton(self.tr("Explore the demo office"), self.tr(
            "Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try "
            "Fieldbook out. You can set up your own office later in a new data folder."), self)
        self.demo_button.setAccessibleName(self.tr("Explore the demo office"))
        layout.addWidget(self.office_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
        if data_file is not None:
            where = QLabel(self.tr("Data file: {path}").format(path=str(data_file)), self)
            where.setObjectName("muted")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.office_button.clicked.connect(lambda: self._choose("office"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        self.office_button.setFocus()
        self.resize(620, 420)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        activate_when_shown(self)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class _OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("These details go into every package the office sends. Fields marked * are "
                                 "required."))
        layout = QVBoxLayout(self)
        self.form = RecordForm("office", OFFICE_FIELDS, parent=self)
        explain_language(self.form)
        layout.addWidget(self.form)
        self.form.problems_changed.connect(self.completeChanged)
        self.form.set_values({"language": "en"})
        self._offered: dict[str, Any] = {"language": "en"}
        self.form.widget("country").value_changed.connect(self._country_chosen)

    @Slot()
    def _country_chosen(self) -> None:
        """The country's currency and language are offered (babel's CLDR data), where the person has not chosen."""
        for name, value in records.office_defaults(self.form.widget("country").value()).items():
            widget = self.form.widget(name)
            if widget.value() in (None, "", self._offered.get(name)):
                widget.set_value(value)
                self._offered[name] = value
        self.form.revalidate()

    def isComplete(self) -> bool:
        return not self.form.has_errors()


class OfficeWizard(QWizard):
    """The office profile: code, name, country, region, currency, language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up my office"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.page_ = _OfficePage(self)
        self.addPage(self.page_)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start recording"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(780, 520)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        activate_when_shown(self)

    def values(self) -> dict[str, Any]:
        return self.page_.form.raw_values()


class SettingsDialog(QDialog):
    """Office profile, data folder and backups."""

    def __init__(self, operations: Operations, data_dir: Path, store_path: Path | None,
                 office: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.data_dir, self.store_path = data_dir, store_path
        self.office = office
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        layout.addWidget(self.tabs)

        # Office profile
        office_page = QWidget(self)
        office_layout = QVBoxLayout(office_page)
        self.office_form = RecordForm("office", OFFICE_FIELDS, parent=office_page)
        explain_language(self.office_form)
        office_layout.addWidget(self.office_form)
        office_layout.addStretch(1)
        row = QHBoxLayout()
        self.office_status = QLabel(office_page)
        self.office_status.setWordWrap(True)
        row.addWidget(self.office_status, 1)
        self.office_save = QPushButton(self.tr("&Save profile"), office_page)
        self.office_save.setAccessibleName(self.tr("Save the office profile"))
        row.addWidget(self.office_save)
        office_layout.addLayout(row)
        self.office_form.set_values(office or {})
        # The code names every record and package of the office: once set up, it does not change (headquarters
        # would see another office's records). A mistyped code means setting the office up again.
        code = self.office_form.widget("code")
        code.setReadOnly(office is not None)
        code.setToolTip(self.tr("The office code is in every record and package of the office, so it cannot be "
                                "changed once the office is set up."))
        self.office_form.problems_changed.connect(
            lambda: self.office_save.setEnabled(not self.office_form.has_errors()))
        self.office_save.setEnabled(office is not None and not self.office_form.has_errors())
        self.office_save.clicked.connect(self.save_office)
        self.tabs.addTab(office_page, self.tr("Office profile"))

        # Language
        language_page = QWidget(self)
        language_layout = QVBoxLayout(language_page)
        pick = QLabel(self.tr("&Language of Fieldbook's windows and messages:"), language_page)
        language_layout.addWidget(pick)
        self.language = QComboBox(language_page)
        self.language.setAccessibleName(self.tr("Language"))
        pick.setBuddy(self.language)
        system = translations.native_name(translations.system_language())
        self.language.addItem(self.tr("System default ({language})").format(language=system), "")
        for code in translations.LANGUAGES:
            self.language.addItem(translations.native_name(code), code)
        settings = getattr(parent, "settings", None)
        saved = str(settings.value("language", "") or "") if settings is not None else ""
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        language_layout.addWidget(self.language)
        note = QLabel(self.tr(
            "Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed "
            "and did not save yet stay as they are. The language of the packages your office exports is the "
            "office profile's."), language_page)
        note.setWordWrap(True)
        language_layout.addWidget(note)
        self.language_apply = QPushButton(self.tr("&Apply language"), language_page)
        self.language_apply.setEnabled(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_apply.setEnabled(self.language.currentData() != saved))
        self.language_apply.clicked.connect(self.apply_language)
        language_layout.addWidget(self.language_apply, 0, Qt.AlignmentFlag.AlignLeft)
        language_layout.addStretch(1)
        self.tabs.addTab(language_page, self.tr("Language"))

        # Data folder
        folder_page = QWidget(self)
        folder_layout = QVBoxLayout(folder_page)
        folder_layout.addWidget(QLabel(self.tr("<b>Data folder</b>"), folder_page))
        self.folder_label = QLabel(str(data_dir), folder_page)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setWordWrap(True)
        folder_layout.addWidget(self.folder_label)
        folder_layout.addWidget(QLabel(self.tr("<b>Data file</b>"), folder_page))
        file_label = QLabel(str(store_path or ""), folder_page)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_label.setWordWrap(True)
        folder_layout.addWidget(file_label)
        note = QLabel(self.tr(
            "The data file, its backups and these settings live in this folder. To keep them somewhere else — "
            "a shared drive or a USB stick — start Fieldbook with <code>fieldbook --data-dir FOLDER</code>."),
            folder_page)
        note.setWordWrap(True)
        folder_layout.addWidget(note)
        folder_layout.addWidget(QLabel(self.tr("<b>Signing key</b>"), folder_page))
        self.key_label = QLabel(self._key_text(), folder_page)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Signing key"))
        self.key_label.setWordWrap(True)
        folder_layout.addWidget(self.key_label)
        open_folder = QPushButton(self.tr("&Open data folder"), folder_page)
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        folder_layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        folder_layout.addStretch(1)
        self.tabs.addTab(folder_page, self.tr("Data folder"))

        # Backups
        backup_page = QWidget(self)
        backup_layout = QVBoxLayout(backup_page)
        explain = QLabel(self.tr(
            "Fieldbook backs the data file up before every update of its format and every import. Restoring a "
            "backup replaces all the data in the file; the current data is backed up first."), backup_page)
        explain.setWordWrap(True)
        backup_layout.addWidget(explain)
        self.backup_list = QListWidget(backup_page)
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        backup_layout.addWidget(self.backup_list, 1)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), backup_page)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.open_backups = QPushButton(self.tr("Open backups &folder"), backup_page)
        self.open_backups.setAccessibleName(self.tr("Open the backups folder"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"), backup_page)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        for button in (self.backup_button, self.open_backups, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backup_layout.addLayout(buttons)
        self.backup_status = QLabel(backup_page)
        self.backup_status.setWordWrap(True)
        backup_layout.addWidget(self.backup_status)
        self.backup_button.clicked.connect(self.back_up)
        self.open_backups.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backups_folder()))))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_list.currentRowChanged.connect(
            lambda row: self.restore_button.setEnabled(row >= 0))
        self.tabs.addTab(backup_page, self.tr("Backups"))
        self.refresh_backups()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 560)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        activate_when_shown(self)

    def _key_text(self) -> str:
        """The office's signing key: its file and the fingerprint to read out to headquarters (made here once the
        office is set up, if no export has made it yet)."""
        if self.store_path is None or self.office is None:
            return self.tr("Made when the office is set up: it signs every package the office exports.")
        path = key_path_for(self.store_path)
        try:
            key = load_or_create_key(path)
        except KeyFileError as exc:
            return str(exc)
        return self.tr("{fingerprint}\n{path}\nIt signs every package this office exports, so headquarters knows the "
                       "package is yours and unchanged. Back it up with the data file, and copy it with the data file "
                       "to a new computer; read this fingerprint out to headquarters when it asks.").format(
            fingerprint=key.fingerprint, path=str(path))

    @Slot()
    def apply_language(self) -> None:
        """The main window is rebuilt in the chosen language (and this dialog with it, on this tab)."""
        window = self.parent()
        if hasattr(window, "change_language"):
            window.change_language(self.language.currentData())

    def backups_folder(self) -> Path:
        return records.backups_folder(self.store_path) if self.store_path else self.data_dir / "backups"

    def refresh_backups(self) -> None:
        self.backup_list.clear()
        files = records.list_backups(self.store_path) if self.store_path else []
        for path in files:
            size = path.stat().st_size / 1024
            item = QListWidgetItem(self.tr("{name}  ({size} KB)").format(name=path.name, size=f"{size:,.0f}"))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.backup_list.addItem(item)
        if not files:
            self.backup_status.setText(self.tr("No backups yet."))
        self.restore_button.setEnabled(self.backup_list.currentRow() >= 0)

    @Slot()
    def save_office(self) -> None:
        if self.office is None:
            return
        self.office_status.setText(self.tr("Saving…"))
        self.operations.save("office", self.office["id"], self.office_form.raw_values(),
                             on_done=lambda _r: self.office_status.setText(self.tr("Office profile saved.")),
                             on_error=self._office_failed)

    def _office_failed(self, error: BaseException) -> None:
        if isinstance(error, records.ValidationFailed):
            self.office_form.show_problems(error.problems)
            self.office_status.setText("\n".join(tr_rules(p) for p in error.problems if p.is_error))
        else:
            self.office_status.setText(self.tr("Not saved: {error}").format(error=str(error).splitlines()[0]))

    @Slot()
    def back_up(self) -> None:
        self.backup_status.setText(self.tr("Backing up…"))
        self.operations.tasks.run(records.back_up, writes=False, on_done=self._backed_up,
                                  on_error=lambda e: self.backup_status.setText(str(e)))

    def _backed_up(self, path: Path) -> None:
        self.refresh_backups()
        self.backup_status.setText(self.tr("Backed up to {path}").format(path=str(path)))

    @Slot()
    def restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        backup = Path(item.data(Qt.ItemDataRole.UserRole))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), self.tr(
            "Replace all the data in the data file with the backup {name}?\n\nThe current data is backed up "
            "first, and the undo history is cleared.").format(name=backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.backup_status.setText(self.tr("Restoring…"))
        self.operations.tasks.run(records.restore_backup, backup, replaces_store=True, on_done=self._restored,
                                  on_error=lambda e: self.backup_status.setText(
                                      self.tr("Not restored: {error}").format(error=str(e))))

    def _restored(self, _store: Store) -> None:
        self.operations.undo_stack.clear()
        self.operations.changed.emit({"*"})
        self.refresh_backups()
        self.backup_status.setText(self.tr("The backup was restored."))
