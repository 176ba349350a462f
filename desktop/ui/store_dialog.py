"""File ▸ Open headquarters store…: a SQLite file or a PostgreSQL server, opened off the UI thread.

The password of a server is kept in the system keyring (``keyring``: service "Fieldbook", key
``user@host:port/database``) when the person asks for it, never in the settings file; the settings keep the recent
stores as URLs without any password. On a computer with no keyring (a headless server) nothing is remembered and the
dialog says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from db.store import POSTGRES_PORT, Store, open_store, server_name
from desktop.ui import jobs

#: The keyring service a server's password is kept under.
KEYRING_SERVICE = "Fieldbook"
#: The settings key of the recent stores (URLs or paths, never a password), most recent first.
RECENT_KEY = "stores/recent"
RECENT_MAX = 8
DEFAULT_PORT = POSTGRES_PORT
#: Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging.
CONNECT_TIMEOUT_S = 10
DRIVER = "postgresql+psycopg"


# -- the keyring --------------------------------------------------------------------------------------------------
def keyring_backend() -> Any | None:
    """The system keyring, or None where there is none (keyring's "fail" and "null" backends): then no password is
    remembered, and nothing fails."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring setup must never stop the app
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return backend


def saved_password(key: str) -> str | None:
    backend = keyring_backend()
    if backend is None:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, key)
    except Exception:  # noqa: BLE001 - a locked or refusing keyring: as if nothing were saved
        return None


def remember_password(key: str, password: str) -> bool:
    backend = keyring_backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, key, password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(key: str) -> None:
    backend = keyring_backend()
    if backend is None:
        return
    try:
        if backend.get_password(KEYRING_SERVICE, key) is not None:
            backend.delete_password(KEYRING_SERVICE, key)
    except Exception:  # noqa: BLE001
        pass


# -- what a store is called ---------------------------------------------------------------------------------------
def _server(target: str) -> URL | None:
    """The URL of a PostgreSQL store, or None for a SQLite one (a path or a sqlite:/// URL)."""
    if "://" not in target:
        return None
    url = make_url(target)
    return url if url.get_backend_name() == "postgresql" else None


def _sqlite_file(target: str) -> str:
    if "://" in target:
        return make_url(target).database or target
    return target


def recent_entry(target: str) -> str:
    """How a store is kept in the recent list: a file's absolute path, a server's URL without password or options."""
    url = _server(target)
    if url is None:
        return str(Path(_sqlite_file(target)).expanduser().resolve())
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port, database=url.database)
    return bare.render_as_string(hide_password=True)


def store_label(target: str) -> str:
    """What a person reads: a file's path; a server's user@host:port/database (no password)."""
    url = _server(target)
    if url is None:
        return _sqlite_file(target)
    return server_name(url)


def with_saved_password(target: str) -> str:
    """The URL to open: a server URL without a password gets the one remembered in the keyring, if any, and a
    connect timeout; a file is left as it is."""
    url = _server(target)
    if url is None:
        return target
    if url.password is None:
        password = saved_password(server_name(url))
        if password:
            url = url.set(password=password)
    if "connect_timeout" not in url.query:
        url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return url.render_as_string(hide_password=False)


def same_store(a: str, b: str) -> bool:
    return recent_entry(a) == recent_entry(b)


# -- the recent stores --------------------------------------------------------------------------------------------
def recent_stores(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [], type=list)
    return [str(v) for v in value or [] if str(v).strip()][:RECENT_MAX]


def remember_store(settings: QSettings, target: str) -> None:
    """``target`` first in the recent list, without its password; at most :data:`RECENT_MAX`."""
    entry = recent_entry(target)
    kept = [entry] + [s for s in recent_stores(settings) if s != entry]
    settings.setValue(RECENT_KEY, kept[:RECENT_MAX])
    settings.sync()


def open_target(target: str, *, progress: Any = None) -> Store:
    """A job: open the store. A file must exist (a mistyped path is said, not made); a server's empty database is
    given the schema, as an import into it would."""
    return open_store(target, create=_server(target) is not None)


# -- the dialog ---------------------------------------------------------------------------------------------------
class StoreDialog(QDialog):
    """Two choices — a SQLite file, or a PostgreSQL server — and Open. Opening runs on the thread pool; a failure is
    the store's one readable line, shown here, and nothing changes."""

    #: The store is open: the store, and the target it was opened from (with any password).
    opened = Signal(object, str)

    def __init__(self, settings: QSettings, current: str | None = None, preset: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.current = current
        self.job: jobs.Job | None = None
        self.target: str | None = None
        self._abandoned = False
        self._cursor = False
        self.setWindowTitle(self.tr("Open headquarters store"))
        self.setAccessibleName(self.windowTitle())
        self.setObjectName("storeDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Headquarters reads every office's records in one store: a SQLite file, or a "
                               "PostgreSQL database that several officers share. Records are still entered in "
                               "each office's own data file."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.kind = QButtonGroup(self)
        self.sqlite_choice = QRadioButton(self.tr("&SQLite file"), self)
        self.server_choice = QRadioButton(self.tr("&PostgreSQL server"), self)
        self.kind.addButton(self.sqlite_choice)
        self.kind.addButton(self.server_choice)

        layout.addWidget(self.sqlite_choice)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        file_label = QLabel(self.tr("&File"), self)
        self.path = QLineEdit(self)
        self.path.setObjectName("storePath")
        self.path.setAccessibleName(self.tr("SQLite file of the store"))
        self.path.setPlaceholderText(self.tr("/path/to/headquarters.sqlite"))
        self.path.setMinimumWidth(360)
        file_label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAutoDefault(False)  # Enter opens the store, wherever the keyboard is
        self.browse.setAccessibleName(self.tr("Choose the SQLite file"))
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        layout.addLayout(file_row)

        layout.addWidget(self.server_choice)
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        self.host = QLineEdit(self)
        self.host.setObjectName("storeHost")
        self.host.setPlaceholderText(self.tr("db.example.org"))
        self.port = QLineEdit(str(DEFAULT_PORT), self)
        self.port.setObjectName("storePort")
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.port.setMaximumWidth(90)
        self.database = QLineEdit(self)
        self.database.setObjectName("storeDatabase")
        self.user = QLineEdit(self)
        self.user.setObjectName("storeUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("storePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        rows = ((self.tr("&Host"), self.host, self.tr("Server host name or address")),
                (self.tr("Por&t"), self.port, self.tr("Server port")),
                (self.tr("&Database"), self.database, self.tr("Database name")),
                (self.tr("&User"), self.user, self.tr("User name")),
                (self.tr("Pass&word"), self.password, self.tr("Password")))
        for row, (text, field, name) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1, 1, 1 if field is self.port else 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.remember = QCheckBox(self.tr("&Remember the password (in the system keyring, not in Fieldbook's "
                                          "settings)"), self)
        self.remember.setObjectName("rememberPassword")
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("keyringNote")
        remember_row = QVBoxLayout()
        remember_row.setContentsMargins(24, 0, 0, 0)
        remember_row.addWidget(self.remember)
        remember_row.addWidget(self.keyring_note)
        layout.addLayout(remember_row)
        self.has_keyring = keyring_backend() is not None
        if not self.has_keyring:
            self.remember.setEnabled(False)
            self.keyring_note.setText(self.tr("This computer has no system keyring: the password cannot be "
                                              "remembered and is asked for each time."))
        self.keyring_note.setVisible(not self.has_keyring)

        self.status = QLabel(self)
        self.status.setObjectName("storeStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Why the store did not open"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openStore")
        self.open_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        layout.addWidget(self.buttons)

        self.fields = (self.path, self.browse, self.host, self.port, self.database, self.user, self.password,
                       self.remember, self.sqlite_choice, self.server_choice)
        self.setTabOrder(self.sqlite_choice, self.path)
        self.setTabOrder(self.path, self.browse)
        self.setTabOrder(self.browse, self.server_choice)
        chain = [self.server_choice, self.host, self.port, self.database, self.user, self.password, self.remember,
                 self.open_button, cancel]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

        self.open_button.clicked.connect(self.open_chosen)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self.choose_file)
        self.path.textEdited.connect(lambda _t: self.sqlite_choice.setChecked(True))
        for field in (self.host, self.port, self.database, self.user, self.password):
            field.textEdited.connect(lambda _t: self.server_choice.setChecked(True))
        self.kind.buttonToggled.connect(self._kind_changed)
        self.sqlite_choice.setChecked(True)
        if preset:
            self.preset(preset)
        else:
            last_server = next((s for s in recent_stores(settings) if _server(s) is not None), None)
            if last_server:  # a new store is most often on the server used last
                self.preset(last_server, choose=False)

    # -- filling in ------------------------------------------------------------------------------------------
    def preset(self, target: str, choose: bool = True) -> None:
        """The fields filled in from a store (a recent one): its kind chosen, a remembered password put in."""
        url = _server(target)
        if url is None:
            self.path.setText(_sqlite_file(target))
            if choose:
                self.sqlite_choice.setChecked(True)
            return
        self.host.setText(url.host or "localhost")
        self.port.setText(str(url.port or DEFAULT_PORT))
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        saved = saved_password(server_name(url))
        self.password.setText(str(url.password or saved or ""))
        self.remember.setChecked(bool(saved))
        if choose:
            self.server_choice.setChecked(True)

    @Slot()
    def _kind_changed(self, *_args: Any) -> None:
        self.status.clear()

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the headquarters store"), self.path.text(),
                                              self.tr("Fieldbook stores (*.sqlite *.db);;All files (*)"))
        if path:
            self.path.setText(path)
            self.sqlite_choice.setChecked(True)

    def chosen_target(self) -> str | None:
        """The path or URL (with the password typed) the fields describe; None, with the reason shown, when
        something is missing."""
        if self.sqlite_choice.isChecked():
            path = self.path.text().strip()
            if not path:
                self._show_problem(self.tr("Choose the SQLite file of the store."), self.path)
                return None
            return str(Path(path).expanduser())
        missing = [field for field in (self.host, self.database, self.user) if not field.text().strip()]
        if missing:
            self._show_problem(self.tr("Fill in the host, the database and the user of the PostgreSQL server."),
                               missing[0])
            return None
        port = int(self.port.text()) if self.port.text().strip().isdigit() else DEFAULT_PORT
        url = URL.create(DRIVER, username=self.user.text().strip(), password=self.password.text() or None,
                         host=self.host.text().strip(), port=port, database=self.database.text().strip(),
                         query={"connect_timeout": str(CONNECT_TIMEOUT_S)})
        return url.render_as_string(hide_password=False)

    def _show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening ---------------------------------------------------------------------------------------------
    @Slot()
    def open_chosen(self) -> None:
        if self.job is not None:
            return  # already opening
        target = self.chosen_target()
        if target is None:
            return
        if self.current is not None and same_store(target, self.current):
            self.reject()  # open already: nothing to change
            return
        self.target = target
        self._busy(True)
        self.status.setProperty("problem", "")
        self.status.setText(self.tr("Opening {store}…").format(store=store_label(target)))
        job = jobs.Job(open_target, target)
        self.job = job
        job.done.connect(self._opened)
        job.failed.connect(self._failed)
        jobs.start(job)

    def _busy(self, busy: bool) -> None:
        for widget in (*self.fields, self.open_button):
            widget.setEnabled(not busy)
        if not self.has_keyring:
            self.remember.setEnabled(False)
        if busy and not self._cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif not busy and self._cursor:
            QApplication.restoreOverrideCursor()
        self._cursor = busy

    @Slot(object)
    def _opened(self, store: Store) -> None:
        self.job = None
        self._busy(False)
        if self._abandoned:  # the person cancelled while it opened: let it go
            store.close()
            return
        assert self.target is not None
        url = _server(self.target)
        if url is not None:
            self._keep_password(url)
        self.accept()
        self.opened.emit(store, self.target)

    def _keep_password(self, url: URL) -> None:
        key = server_name(url)
        if self.remember.isChecked() and url.password:
            remember_password(key, str(url.password))
        elif not self.remember.isChecked():
            forget_password(key)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._busy(False)
        if self._abandoned:
            return
        from desktop.ui.app import start_failure_text

        text = start_failure_text(error) if isinstance(error, OSError) else (
            str(error).splitlines()[0] if str(error) else type(error).__name__)
        self._show_problem(text, self.path if self.sqlite_choice.isChecked() else self.host)

    def reject(self) -> None:
        if self.job is not None:
            self._abandoned = True  # what it opens is closed when it comes
            self._busy(False)
        super().reject()

