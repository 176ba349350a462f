"""Consolidate: the regional officer's and headquarters' screen for packages.

Drop packages on the window (or add them); see each one's office, period, sequence, validity and counts; open its
problems; merge them to a file; or import them into the open store — a dry run first, then, after confirming, the
import itself — and undo the last import. Reading and merging files runs on the thread pool (:mod:`desktop.ui.jobs`);
importing and undoing write to the store, so they go through the store worker like every other write. Long work
shows progress and can be cancelled.

On a headquarters store on PostgreSQL the page also says who is importing into it now (polled every few seconds on
the thread pool while the page is shown), and on a store the database role may not write to, import and undo are
disabled, saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.store import Store, default_store_path, read_only_text
from desktop.exchange.activity import Importer, importing
from desktop.exchange.errors import ExchangeError
from desktop.exchange.importer import ImportSummary, LedgerEntry, import_packages, last_import, undo_last_import
from desktop.exchange.merge import MergeResult, merge_packages
from desktop.exchange.trust import KeyClaim, Policy
from desktop.exchange.signing import key_path_for, load_or_create_key
from desktop.ui.export_dialog import office_key
from desktop.core.progress import Cancelled
from desktop.exchange.read import read_package
from desktop.ui import jobs
from desktop.ui.models import Column, RowTableModel, attr
from desktop.ui.worker import TaskProgress


@dataclass
class PackageInfo:
    """One package on the screen: what its manifest says and what checking it found."""

    id: str  # the path, as text
    file: str
    office: str = ""
    period: str = ""
    sequence: int | None = None
    status: str = ""
    records: int = 0
    errors: int = 0
    warnings: int = 0
    problems: list[str] = field(default_factory=list)
    valid: bool = False


def check_package(path: str, progress: Any = None) -> PackageInfo:
    """Read and validate one file (any file: a broken one comes back as invalid, with its one-line reason)."""
    info = PackageInfo(id=path, file=Path(path).name)
    try:
        package = read_package(path, progress)
    except ExchangeError as exc:
        info.status = QCoreApplication.translate("Consolidate", "Unreadable")
        info.problems = [str(exc)]
        info.errors = 1
        return info
    report, manifest = package.report, package.manifest
    info.office = str(manifest.get("office_code") or "")
    info.period = str(manifest.get("period") or "")
    info.sequence = manifest.get("sequence") if isinstance(manifest.get("sequence"), int) else None
    info.records = report.records
    info.errors, info.warnings = len(report.errors), len(report.warnings)
    info.problems = [p.line() for p in report.problems]
    info.valid = report.valid
    info.status = (QCoreApplication.translate("Consolidate", "Valid") if report.valid
                   else QCoreApplication.translate("Consolidate", "Rejected"))
    return info


def check_packages(paths: list[str], progress: Any) -> list[PackageInfo]:
    out = []
    for n, path in enumerate(paths):
        if progress.cancelled():
            raise Cancelled()
        progress.set_value(n, len(paths))
        out.append(check_package(path))
    progress.set_value(len(paths), len(paths))
    return out


def import_all(store: Store, paths: list[str], dry_run: bool, progress: Any, heard: list[ImportSummary],
               policy: Policy | None = None) -> list[ImportSummary]:
    """Worker task: the packages imported in batches (read here, on the worker: no processes from inside the app).
    ``heard`` gets each package as it is committed, so a cancelled import can still say what it kept."""
    return import_packages(store, paths, dry_run=dry_run, progress=progress, readers=0, on_summary=heard.append,
                           policy=policy)


def _local(when: Any) -> QDateTime:
    """A UTC time from the store as the person's clock shows it."""
    return QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))


def undo_candidate(store: Store) -> tuple[list[LedgerEntry], str]:
    """Worker task: the packages "Undo last import" would take back (the last imported first), or why there is
    nothing to undo (one line)."""
    try:
        return last_import(store), ""
    except ExchangeError as exc:
        return [], str(exc)


def merge_signer(store: Store, data_dir: Path | None) -> Any:
    """The key a merge made on this page signs with, as ``fieldbook merge`` chooses it: the key beside the open
    SQLite store, else — a PostgreSQL store has no file to keep a key beside — the data folder's own key (beside the
    office's data file). None (unsigned) only when there is no data folder either."""
    if store.path is not None:
        return office_key(store)[0]
    if data_dir is None:
        return None
    return load_or_create_key(key_path_for(default_store_path(data_dir)))


def dry_run_policy(user: str, claims: list[KeyClaim]) -> Policy:
    """The dry run lets in what a person may then choose to trust — new keys (collected in ``claims``) and unsigned
    packages (their summaries say so) — so the question before the real import can name them all."""
    def note(claim: KeyClaim) -> bool:
        claims.append(claim)
        return True
    return Policy(by=user, accept_unsigned=True, confirm_new_key=note)


def import_policy(user: str, approved: list[KeyClaim], unsigned: bool) -> Policy:
    """The real import: exactly the new keys the person confirmed, and unsigned packages only if they agreed."""
    keys = {(claim.holder, claim.fingerprint) for claim in approved}
    return Policy(by=user, accept_unsigned=unsigned,
                  confirm_new_key=lambda claim: (claim.holder, claim.fingerprint) in keys)


COLUMNS = [
    Column("file", QT_TRANSLATE_NOOP("Consolidate", "File"), attr("file"), context="Consolidate"),
    Column("office", QT_TRANSLATE_NOOP("Consolidate", "Office"), attr("office"), context="Consolidate"),
    Column("period", QT_TRANSLATE_NOOP("Consolidate", "Period"), attr("period"), context="Consolidate"),
    Column("sequence", QT_TRANSLATE_NOOP("Consolidate", "Sequence"), attr("sequence"), align_right=True, context="Consolidate"),
    Column("status", QT_TRANSLATE_NOOP("Consolidate", "Status"), attr("status"), context="Consolidate"),
    Column("records", QT_TRANSLATE_NOOP("Consolidate", "Records"), attr("records"), align_right=True, context="Consolidate"),
    Column("errors", QT_TRANSLATE_NOOP("Consolidate", "Errors"), attr("errors"), align_right=True, context="Consolidate"),
    Column("warnings", QT_TRANSLATE_NOOP("Consolidate", "Warnings"), attr("warnings"), align_right=True, context="Consolidate"),
]


class ProblemsDialog(QDialog):
    def __init__(self, info: PackageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in {file}").format(file=info.file))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Problems"))
        text.setPlainText("\n".join(info.problems) or self.tr("No problems."))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ConsolidatePage(QWidget):
    """Packages in, checked; merged to a file or imported into the open store."""

    merged = Signal(object)  # MergeResult
    imported = Signal(object)  # list[ImportSummary]
    undone = Signal(object)  # list[LedgerEntry]: the packages an undo took back

    #: How often the page asks who is importing into a PostgreSQL store, while it is shown.
    ACTIVITY_POLL_MS = 3000

    def __init__(self, context: Any, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.entity = "consolidate"
        self.context = context
        self.data_dir = data_dir
        self.undo_entries: list[LedgerEntry] = []
        # The office's own data file is called so; any other store (headquarters', SQLite or PostgreSQL) a store.
        self.on_data_file = bool(getattr(context, "entry_allowed", True))
        self.setAcceptDrops(True)
        self.progress: QProgressDialog | None = None
        self.job: jobs.Job | None = None
        self._task_progress: TaskProgress | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Consolidate packages"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.hint = QLabel(self.tr("Drop package files (.xlsx) here, or add them. Each is checked at once: merge "
                                   "the valid ones into one package, or import them into this data file.")
                           if self.on_data_file else
                           self.tr("Drop package files (.xlsx) here, or add them. Each is checked at once: merge "
                                   "the valid ones into one package, or import them into this store."), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.model = RowTableModel(COLUMNS, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Packages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.show_problems)
        layout.addWidget(self.table, 3)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Problems of the selected package"))
        self.details.setPlaceholderText(self.tr("Select a package to see its problems here."))
        layout.addWidget(self.details, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add packages…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.problems_button = QPushButton(self.tr("Show &problems"), self)
        self.merge_button = QPushButton(self.tr("&Merge to file…"), self)
        self.import_button = QPushButton(self.tr("&Import into this data file…") if self.on_data_file
                                         else self.tr("&Import into this store…"), self)
        self.undo_button = QPushButton(self.tr("&Undo last import…"), self)
        self.undo_button.setObjectName("undoImport")
        for button in (self.add_button, self.remove_button, self.problems_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)
        # Who else is importing into this store now, and whether this person may write to it at all.
        self.activity_label = QLabel(self)
        self.activity_label.setObjectName("importActivity")
        self.activity_label.setWordWrap(True)
        self.activity_label.setAccessibleName(self.tr("Imports under way"))
        self.activity_label.setVisible(False)
        layout.addWidget(self.activity_label)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnlyStore")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(False)
        layout.addWidget(self.read_only_label)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Last result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.problems_button.clicked.connect(self.show_problems)
        self.merge_button.clicked.connect(self.choose_merge_target)
        self.import_button.clicked.connect(self.start_import)
        self.undo_button.clicked.connect(self.ask_undo)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Who is importing now: asked on the thread pool, each time on its own short connection.
        self.activity = jobs.Poller(importing, self.store, self.ACTIVITY_POLL_MS, self)
        self.activity.answered.connect(self._show_activity)
        self._update_buttons()

    def store(self) -> Store | None:
        return self.context.tasks.store

    def read_only(self) -> bool:
        store = self.store()
        return bool(store is not None and store.read_only)

    def reload(self) -> None:
        """The packages are files; of the store, only what "Undo last import" would take back is shown."""
        self.refresh_undo()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh_undo()
        store = self.store()
        if store is not None and not store.is_sqlite:  # on SQLite nobody else can be importing (the file lock)
            self.activity.poll()
            self.activity.start()

    def hideEvent(self, event: Any) -> None:
        self.activity.stop()
        super().hideEvent(event)

    # -- packages in -----------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    @Slot()
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add packages"), "",
                                                self.tr("Fieldbook packages (*.xlsx);;All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        have = {row.id for row in self.model.rows()}
        new = [str(Path(p)) for p in paths if str(Path(p)) not in have]
        if new:
            self._run_job(self.tr("Checking packages…"), check_packages, new, on_done=self._checked)

    def _checked(self, infos: list[PackageInfo]) -> None:
        self.model.set_rows(self.model.rows() + infos)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> list[PackageInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def valid_paths(self) -> list[str]:
        return [row.id for row in self.model.rows() if row.valid]

    @Slot()
    def remove_selected(self) -> None:
        gone = {row.id for row in self.selected()}
        self.model.set_rows([row for row in self.model.rows() if row.id not in gone])
        self._update_buttons()

    @Slot()
    def show_problems(self, *_args: Any) -> None:
        chosen = self.selected()
        if chosen:
            self.dialog = ProblemsDialog(chosen[0], self)
            self.dialog.show()

    def _update_buttons(self, *_args: Any) -> None:
        chosen = self.selected()
        if chosen:
            info = chosen[0]
            head = self.tr("{file}: {status}, {errors} errors, {warnings} warnings").format(
                file=info.file, status=info.status, errors=info.errors, warnings=info.warnings)
            self.details.setPlainText("\n".join([head, *info.problems[:200]]))
        else:
            self.details.clear()
        has_selection = bool(chosen)
        self.remove_button.setEnabled(has_selection)
        self.problems_button.setEnabled(has_selection)
        any_valid = bool(self.valid_paths())
        self.merge_button.setEnabled(any_valid)
        store = self.store()
        if store is not None and store.read_only:  # an analyst's role: reading and merging only
            why = read_only_text(store)
            for button in (self.import_button, self.undo_button):
                button.setEnabled(False)
                button.setToolTip(why)
            self.read_only_label.setText(why)
            self.read_only_label.setVisible(True)
            return
        self.import_button.setEnabled(any_valid)
        self.import_button.setToolTip("")
        self.undo_button.setEnabled(bool(self.undo_entries))

    # -- merge -----------------------------------------------------------------------------------------------
    @Slot()
    def choose_merge_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Merge into which folder?"))
        if folder:
            self.merge_to(Path(folder))

    def merge_to(self, folder: Path, label: str = "MERGED") -> None:
        paths = self.valid_paths()
        report = folder / "merge-report.xlsx"
        # Read on the job's thread, as the import does: no processes started from inside the app.
        signer = merge_signer(self.context.tasks.store, self.data_dir)  # the region's key: this data folder's
        self._run_job(self.tr("Merging packages…"), merge_packages, paths, folder, report=report, label=label,
                      readers=0, on_done=self._merged, signer=signer)

    def _merged(self, result: MergeResult) -> None:
        self.result_label.setText(self.tr("Merged into {file}: {records} records, {conflicts} conflicts, "
                                          "{superseded} superseded. Report: merge-report.xlsx beside it.").format(
            file=result.out, records=result.records, conflicts=len(result.conflicts),
            superseded=len(result.superseded)))
        self.merged.emit(result)

    # -- import ----------------------------------------------------------------------------------------------
    @Slot()
    def start_import(self) -> None:
        """A dry run first; the import itself only after the person has seen what it would do and confirmed."""
        paths = self.valid_paths()
        claims: list[KeyClaim] = []
        policy = dry_run_policy(self.context.tasks.store.user, claims)
        self._run_import(self.tr("Checking what the import would change…"), paths, dry_run=True,
                         on_done=lambda summaries: self._confirm_import(paths, summaries, claims), policy=policy)

    def _confirm_import(self, paths: list[str], summaries: list[ImportSummary],
                        claims: list[KeyClaim] | None = None) -> None:
        self._close_progress()
        claims = claims or []
        lines = "\n".join(s.line() for s in summaries)
        unsigned = [s for s in summaries if s.trust.startswith("UNSIGNED")]
        trust = ""
        if claims:
            trust += "\n\n" + (self.tr("Signing keys new to this data file — confirm each fingerprint with its "
                                        "office (by phone) before you answer Yes:") if self.on_data_file else
                                self.tr("Signing keys new to this store — confirm each fingerprint with its office "
                                        "(by phone) before you answer Yes:")) + "".join(
                f"\n  {c.holder}: {c.fingerprint}" for c in claims)
        if unsigned:
            trust += "\n\n" + self.tr("Not signed (anyone could have written them); importing records your name "
                                       "in the ledger:") + "".join(f"\n  {Path(s.file).name}" for s in unsigned)
        store = self.store()
        if store is not None and store.path is not None:
            question = self.tr("A dry run of the import found:\n\n{lines}{trust}\n\nImport for real? A backup of the "
                               "data file is taken first, and the last import can be undone.")
        else:  # PostgreSQL: no file to back up, the server's own backups apply
            question = self.tr("A dry run of the import found:\n\n{lines}{trust}\n\nImport for real? The last "
                               "import can be undone.")
        answer = QMessageBox.question(
            self, self.tr("Import packages?"), question.format(lines=lines, trust=trust),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.result_label.setText(self.tr("Import cancelled; nothing was changed."))
            return
        policy = import_policy(self.context.tasks.store.user, claims, bool(unsigned))
        self._run_import(self.tr("Importing packages…"), paths, dry_run=False, on_done=self._imported, policy=policy)

    def _run_import(self, text: str, paths: list[str], dry_run: bool, on_done: Any,
                    policy: Policy | None = None) -> None:
        """Import (or dry-run) on the store's worker, with progress and Cancel: cancelling keeps the packages
        already committed, and says which."""
        progress = TaskProgress()
        heard: list[ImportSummary] = []
        self._open_progress(text, cancellable=True)
        assert self.progress is not None
        progress.changed.connect(self._progressed)
        self.progress.canceled.connect(progress.cancel)
        self._task_progress = progress  # kept alive while the task runs

        def failed(error: BaseException) -> None:
            kept = [s for s in heard if s.status == "imported"] if not dry_run else []
            if isinstance(error, Cancelled) and not dry_run:
                self._close_progress()
                said = (self.tr("Cancelled; nothing was imported.") if not kept else
                        self.tr("Cancelled.") + " " + self._kept_before(kept))
                self.result_label.setText(said + "".join(f"\n{s.line()}" for s in heard))
                if kept:
                    self.imported.emit(heard)
                return
            self._failed(error)
            if kept:  # an error ended the run: the batches committed before it stay, and are named
                self.result_label.setText(self.result_label.text() + "\n" + self._kept_before(kept)
                                          + "".join(f"\n{s.line()}" for s in heard))
                self.imported.emit(heard)

        self.context.tasks.run(import_all, paths, dry_run, progress, heard, policy, writes=not dry_run,
                               label="import dry run" if dry_run else "import", on_done=on_done, on_error=failed)

    def _kept_before(self, kept: list[ImportSummary]) -> str:
        if len(kept) == 1:
            return self.tr("One package was imported before it; the others were not.")
        return self.tr("{n} packages were imported before it; the others were not.").format(n=len(kept))

    def _imported(self, summaries: list[ImportSummary]) -> None:
        self._close_progress()
        self.result_label.setText("\n".join(s.line() for s in summaries))
        self.imported.emit(summaries)
        self.refresh_undo()

    # -- undo ------------------------------------------------------------------------------------------------
    def refresh_undo(self) -> None:
        """Ask the store (on the worker) what "Undo last import" would take back; the button says it."""
        if self.store() is None or self.read_only():
            self._update_buttons()
            return
        self.context.tasks.run(undo_candidate, writes=False, label="last import", on_done=self._show_undo)

    def _show_undo(self, found: tuple[list[LedgerEntry], str]) -> None:
        entries, why_not = found
        self.undo_entries = entries
        self._update_buttons()
        if not self.read_only():
            self.undo_button.setToolTip(self.describe_import(entries) if entries else why_not)

    def describe_import(self, entries: list[LedgerEntry]) -> str:
        """The import run as a person recognises it: its files, offices, when and by whom."""
        files = [e.file_name for e in entries[::-1]]  # in the order they were imported
        shown = ", ".join(files[:8])
        if len(files) > 8:
            shown += " " + self.tr("and %n more", None, len(files) - 8)
        offices = ", ".join(sorted({e.office_code for e in entries if e.office_code}))
        who = ", ".join(sorted({e.imported_by for e in entries}))
        when = QLocale().toString(_local(entries[0].imported_at), QLocale.FormatType.ShortFormat)
        return self.tr("%n package(s) imported {when} by {who} — {offices}: {files}", None, len(entries)).format(
            when=when, who=who, offices=offices or "?", files=shown)

    @Slot()
    def ask_undo(self) -> None:
        """The newest import run, named, and the question; the undo itself runs on the worker with progress."""
        if self.read_only() or not self.undo_entries:
            return
        entries = self.undo_entries
        answer = QMessageBox.question(
            self, self.tr("Undo last import?"),
            self.tr("Undo the last import?\n\n{what}\n\nWhat these packages created is removed and what they changed "
                    "or deleted comes back as it was; their ledger entries go, so they can be imported again. It is "
                    "refused, with nothing undone, if records they wrote were edited or imported again since.")
            .format(what=self.describe_import(entries)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        progress = TaskProgress()
        self._open_progress(self.tr("Undoing the last import…"), cancellable=True)
        assert self.progress is not None
        progress.changed.connect(self._progressed)
        self.progress.canceled.connect(progress.cancel)
        self._task_progress = progress
        self.undo_button.setEnabled(False)
        self.context.tasks.run(undo_last_import, progress, label="undo import", on_done=self._undone,
                               on_error=self._undo_failed)

    def _undone(self, entries: list[LedgerEntry]) -> None:
        self._close_progress()
        files = ", ".join(e.file_name for e in entries[::-1])
        self.result_label.setText(self.tr("Undid the import of %n package(s): {files}", None, len(entries))
                                  .format(files=files))
        self.undone.emit(entries)
        self.refresh_undo()

    def _undo_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.refresh_undo()

    # -- who else is importing ----------------------------------------------------------------------------------
    @Slot(object)
    def _show_activity(self, importers: list[Importer]) -> None:
        lines = []
        for importer in importers:
            if importer.since is not None:
                since = QLocale().toString(_local(importer.since).time(), QLocale.FormatType.ShortFormat)
                lines.append(self.tr("{who} is importing into this store since {time}").format(who=importer.who,
                                                                                           time=since))
            else:
                lines.append(self.tr("{who} is importing into this store").format(who=importer.who))
        self.activity_label.setText("\n".join(lines))
        self.activity_label.setVisible(bool(lines))

    # -- progress --------------------------------------------------------------------------------------------
    def _run_job(self, text: str, fn: Any, *args: Any, on_done: Any, **kwargs: Any) -> None:
        job = jobs.Job(fn, *args, **kwargs)
        self.job = job
        self._open_progress(text, cancellable=True)
        assert self.progress is not None
        job.progressed.connect(self._progressed)
        self.progress.canceled.connect(job.cancel)
        job.on_done = on_done
        job.done.connect(self._job_done)  # bound to the page: a job that ends after the page is gone calls nothing
        job.failed.connect(self._failed)
        jobs.start(job)

    @Slot(object)
    def _job_done(self, result: Any) -> None:
        job = self.sender()
        assert isinstance(job, jobs.Job) and job.on_done is not None  # only _run_job connects here
        self._close_progress()
        job.on_done(result)

    def _open_progress(self, text: str, cancellable: bool) -> None:
        self._close_progress()
        self.progress = QProgressDialog(text, self.tr("Cancel") if cancellable else "", 0, 0, self)
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.result_label.setText(self.tr("Cancelled; nothing was written."))
            return
        self.result_label.setText(str(error).splitlines()[0] if str(error) else type(error).__name__)
        QMessageBox.warning(self, self.tr("Consolidate"), str(error).splitlines()[0] if str(error) else
                            type(error).__name__)
