"""Files Fieldbook writes beside the user's own: packages, merge reports, snapshots of the store.

Each is written in a scratch folder of its own beside the destination and moved into place only when complete, with
its data and then its folder entry synced to the disk, so a power cut or a killed process leaves the old file or the
new one, never a truncated one. A scratch folder is named for the process that owns it (``pid@host``): one left by a
killed process is removed by the next run that writes in that folder (:func:`sweep_scratch`), and never one whose
owner still runs, on this machine or another one sharing the folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import socket
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.i18n import translate

#: Every scratch folder's name starts so; then its purpose, its owner (pid@host) and mkdtemp's random part.
SCRATCH_PREFIX = ".fieldbook-"
_SCRATCH_NAME = re.compile(r"\.fieldbook-[a-z]+\.(?P<pid>\d+)@(?P<host>[A-Za-z0-9_-]*)\..+")
#: Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old.
LEGACY_PART_SECONDS = 24 * 3600


def host_name() -> str:
    """This machine's name as it goes into scratch names (letters, digits, _ and - only)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname())[:40]


def owner_tag() -> str:
    return f"{os.getpid()}@{host_name()}"


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (a zombie, killed and not yet reaped, does not)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    try:  # Linux: a zombie has exited
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2] != "Z"
    except (OSError, ValueError, IndexError):
        return True


def sweep_scratch(folder: Path) -> int:
    """Remove the scratch folders in ``folder`` whose owning process is gone (killed, or the machine restarted),
    and partial files of older versions a day old. Returns how many were removed; never raises."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    host = host_name()
    for entry in entries:
        name = entry.name
        try:
            if name.startswith(SCRATCH_PREFIX):
                match = _SCRATCH_NAME.fullmatch(name)
                if match and match["host"] == host and not process_alive(int(match["pid"])):
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed += 1
            elif (name.startswith(".") and name.endswith(".part") and entry.is_file(follow_symlinks=False)
                  and time.time() - entry.stat(follow_symlinks=False).st_mtime > LEGACY_PART_SECONDS):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def scratch_folder(beside: Path, purpose: str) -> Iterator[Path]:
    """A private folder (0700) in ``beside`` for work in progress, removed afterwards whatever happens; stale ones of
    killed processes in ``beside`` are removed first."""
    sweep_scratch(beside)
    folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{purpose}.{owner_tag()}.", dir=beside))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def scratch_sqlite(path: Path, cache_kib: int) -> sqlite3.Connection:
    """A SQLite file for one process's work in progress (a merge's versions, the lines a digest sorts), in a scratch
    folder: no journal, no syncing, no other connection; ``cache_kib`` of page cache, which is also what it sorts in
    memory before it spills to its temporary files."""
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE", f"cache_size = -{cache_kib}",
                   "temp_store = FILE"):
        db.execute(f"PRAGMA {pragma}")
    return db


@dataclass
class Scratch:
    folder: Path  # private, for the writer's own temporary files
    partial: Path  # where the writer writes the file; moved into place when complete


@contextlib.contextmanager
def output_file(path: Path, purpose: str = "write") -> Iterator[Scratch]:
    """Write ``path`` all or nothing: the caller writes ``scratch.partial``; when the block ends without an error the
    file is moved into place durably (:func:`replace_durably`), otherwise nothing is left behind. The destination's
    folder must exist."""
    with scratch_folder(path.parent, purpose) as folder:
        scratch = Scratch(folder, folder / path.name)
        yield scratch
        replace_durably(scratch.partial, path)


def sync_file(path: Path) -> None:
    """Wait until the file's data is on the disk."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Wait until the folder's entries (a file renamed into it) are on the disk. Windows cannot open a folder to
    sync it (and its renames are written through by NTFS); some file systems refuse, which is no error here."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def replace_durably(partial: Path, target: Path) -> None:
    """Move a complete file into place: its data reaches the disk before the rename, and the rename after it, so a
    power cut leaves either the old file or the new one at ``target``, never a truncated one."""
    sync_file(partial)
    os.replace(partial, target)
    sync_folder(target.parent)


#: What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system's words).
DISK_FULL, READ_ONLY, NO_PERMISSION = "full", "read-only", "permission"


def _disk_problem(exc: BaseException) -> tuple[str | None, str]:
    """(the kind of failure, or None; the system's own words for it, used when the kind is None)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
            return DISK_FULL, ""
        if code == sqlite3.SQLITE_READONLY:
            return READ_ONLY, ""
        return None, str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    inner = exc.args[0] if not isinstance(exc, OSError) and exc.args and isinstance(exc.args[0], OSError) else exc
    if isinstance(inner, OSError):
        if inner.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DISK_FULL, ""
        if inner.errno == errno.EROFS:
            return READ_ONLY, ""
        if inner.errno in (errno.EACCES, errno.EPERM):
            return NO_PERMISSION, ""
        if inner.strerror:
            return None, inner.strerror[0].lower() + inner.strerror[1:]
    text = str(inner).strip().splitlines()
    return None, text[0] if text else type(inner).__name__


def disk_reason(exc: BaseException) -> str:
    """What went wrong writing a file, in words: the disk is full, the folder is read-only, …"""
    kind, words = _disk_problem(exc)
    if kind == DISK_FULL:
        return translate("store", "the disk is full")
    if kind == READ_ONLY:
        return translate("store", "read-only file system")
    if kind == NO_PERMISSION:
        return translate("store", "permission denied")
    return words


def is_disk_full(exc: BaseException) -> bool:
    return _disk_problem(exc)[0] == DISK_FULL


def what_to_do(exc: BaseException) -> str:
    """The advice that goes with :func:`disk_reason`."""
    kind, _words = _disk_problem(exc)
    if kind == DISK_FULL:
        return translate("store", "free some space on that disk and try again")
    if kind in (READ_ONLY, NO_PERMISSION):
        return translate("store", "choose a folder you can write to")
    return translate("store", "check the folder and try again")
