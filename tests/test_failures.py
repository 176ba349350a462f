"""Every failure of the environment is one line (which file, what is wrong, what to do), never a traceback, and
leaves nothing behind: a store in a read-only folder, a full disk during a snapshot, an export or a merge, an
unreachable PostgreSQL server or a missing database, a store written by a newer Fieldbook, an empty or foreign file.

Tests run as root, where chmod does not stop writes: failures are simulated by making the call that fails raise what
the operating system raises (EROFS, EACCES, ENOSPC). Where the machine lets a test make a private mount namespace
(``unshare -m``, root), the same failures are also produced for real, on a read-only bind mount and a tiny tmpfs.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from filelock import FileLock
from sqlalchemy import text

from db.errors import BackupFailed, NotAStore, ServerUnavailable, StoreTooNew, StoreUnwritable
from db.files import (
    SCRATCH_PREFIX,
    host_name,
    output_file,
    replace_durably,
    sweep_scratch,
)
from db.migrate import head_revision
from db.store import backup_sqlite, open_store, restore_sqlite
from desktop.cli import main
from desktop.core.demo import build_demo
from desktop.exchange.errors import ExportError
from desktop.exchange.export import export_package
from desktop.exchange.merge import MergeFailed, merge_packages

ROOT = Path(__file__).resolve().parents[1]
FUTURE = "9999_from_the_future"


def one_line(err: str) -> str:
    """The whole of what a failed command printed: one line, no traceback."""
    assert "Traceback" not in err, err
    lines = [line for line in err.strip().splitlines() if not line.startswith(("importing ", "merging "))]
    assert len(lines) == 1, err
    assert lines[0].startswith("fieldbook: "), err
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    """Partial files and scratch folders in a folder (and its subfolders)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.startswith(SCRATCH_PREFIX) or p.name.endswith(".part"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ken(tmp_path: Path) -> Path:
    path = tmp_path / "ken.sqlite"
    with open_store(path, user="amina") as store:
        build_demo(store, "KEN-NBO")
    return path


@pytest.fixture
def package(ken: Path, tmp_path: Path) -> Path:
    with open_store(ken, read_only=True) as store:
        return export_package(store, tmp_path / "out" / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path


@pytest.fixture
def mex_package(tmp_path: Path) -> Path:
    with open_store(tmp_path / "mex.sqlite", user="luis") as store:
        build_demo(store, "MEX-MEX")
        return export_package(store, tmp_path / "out" / "MEX-MEX_2023-H2_001.xlsx", period="2023-H2").path


# --- 1. a store in a read-only folder --------------------------------------------------------------------------


@pytest.mark.parametrize("error", [OSError(errno.EROFS, "Read-only file system"),
                                   PermissionError(errno.EACCES, "Permission denied")], ids=["erofs", "eacces"])
def test_a_store_in_a_read_only_folder_is_one_line_for_every_writing_command(
        error: OSError, ken: Path, package: Path, monkeypatch, capsys) -> None:
    def refuse(self, *args, **kwargs):
        raise type(error)(error.errno, error.strerror, self.lock_file)

    monkeypatch.setattr(FileLock, "acquire", refuse)
    for argv in (["import", str(package), "--db", str(ken)], ["import", "--undo-last", "--db", str(ken)],
                 ["demo", "--db", str(ken)]):
        assert main(argv) == 1
        line = one_line(capsys.readouterr().err)
        assert str(ken) in line and "cannot write in its folder" in line
        assert "copy the file to a folder you can write to" in line
    with pytest.raises(StoreUnwritable):
        open_store(ken)


def test_reading_a_store_in_a_read_only_folder_is_one_line(ken: Path, monkeypatch, capsys) -> None:
    """info, export and report open read-only (no lock), but SQLite still needs its -shm file beside the store."""
    from sqlalchemy import create_engine

    import db.store

    real_access = os.access

    def cannot_open(url: str):
        def fail():
            raise sqlite3.OperationalError("unable to open database file")

        return create_engine(url, creator=fail)

    monkeypatch.setattr(db.store, "make_engine", cannot_open)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == ken.parent else real_access(p, mode))
    for argv in (["info", "--db", str(ken)], ["report", "--db", str(ken)],
                 ["export", "--db", str(ken), "--out", str(ken.parent / "out") + "/"]):
        assert main(argv) == 1
        line = one_line(capsys.readouterr().err)
        assert str(ken) in line and "cannot write in its folder" in line


def test_the_app_says_in_one_line_why_it_cannot_start_in_a_read_only_folder(tmp_path: Path, monkeypatch,
                                                                              capsys) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import app

    def refuse(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", self.lock_file)

    shown: list[str] = []
    monkeypatch.setattr(FileLock, "acquire", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert app.run_app(data_dir=tmp_path) == 1
    line = one_line(capsys.readouterr().err)
    assert shown == [line.removeprefix("fieldbook: ")]
    assert "fieldbook.sqlite" in line and "read-only file system" in line


def test_the_app_says_in_one_line_that_its_data_file_is_from_a_newer_version(tmp_path: Path, monkeypatch,
                                                                             capsys) -> None:
    from PySide6.QtWidgets import QMessageBox

    from db.store import default_store_path
    from desktop.ui import app

    path = default_store_path(tmp_path)
    open_store(path).close()
    _from_the_future(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert app.run_app(data_dir=tmp_path) == 1
    assert shown and "newer version of Fieldbook" in shown[0]
    assert one_line(capsys.readouterr().err) == f"fieldbook: {shown[0]}"


# --- 2. a full disk: snapshot, export, merge ---------------------------------------------------------------------


def _disk_fills_at_the_snapshot(monkeypatch) -> None:
    """The snapshot's file gets some pages written, then the disk is full (what sqlite3's backup raises)."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if f"{SCRATCH_PREFIX}snapshot." in str(target):
            partial = real_connect(target)
            partial.execute("CREATE TABLE half_written (x)")
            partial.execute("INSERT INTO half_written VALUES (randomblob(50000))")
            partial.commit()
            partial.close()
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_full_disk_at_the_snapshot_before_an_import_is_one_line_and_leaves_no_snapshot(
        ken: Path, mex_package: Path, monkeypatch, capsys) -> None:
    _disk_fills_at_the_snapshot(monkeypatch)
    assert main(["import", str(mex_package), "--db", str(ken)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line == (f"fieldbook: {ken}: the snapshot taken before an import could not be written to "
                    f"{ken.parent / 'backups'} (the disk is full), so nothing was changed: free some space on that "
                    "disk and try again")
    assert list((ken.parent / "backups").iterdir()) == [], "no 0-byte or half-written snapshot, no scratch"
    monkeypatch.undo()
    with open_store(ken) as store, store.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM package_ledger")) == 0
        assert conn.scalar(text("SELECT count(*) FROM initiative WHERE office_code = 'MEX-MEX'")) == 0


def test_a_full_disk_at_a_backup_before_a_migration_changes_nothing(ken: Path, monkeypatch) -> None:
    _disk_fills_at_the_snapshot(monkeypatch)
    with open_store(ken) as store:
        with pytest.raises(BackupFailed, match="the disk is full"):
            backup_sqlite(store.engine, ken, reason="before-migration-from-0005")
    assert list((ken.parent / "backups").iterdir()) == []


def _disk_full_while_zipping(monkeypatch) -> None:
    real_write = zipfile.ZipFile.write

    def write(self, *args, **kwargs):
        real_write(self, *args, **kwargs)  # some of the file is on the disk
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", write)


def test_a_full_disk_during_an_export_is_one_line_and_leaves_no_partial_file(ken: Path, tmp_path: Path,
                                                                              monkeypatch, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _disk_full_while_zipping(monkeypatch)
    assert main(["export", "--db", str(ken), "--out", f"{out}/", "--period", "2023-H2"]) == 1
    line = one_line(capsys.readouterr().err)
    assert f"{out / 'KEN-NBO_2023-H2_001.xlsx'} could not be written (the disk is full)" in line
    assert "free some space on that disk" in line
    assert list(out.iterdir()) == [], "no package, no partial file, no scratch folder"
    with open_store(ken, read_only=True) as store, pytest.raises(ExportError, match="the disk is full"):
        export_package(store, out / "x.xlsx", period="2023-H2")


def test_a_full_disk_during_a_merge_is_one_line_and_leaves_nothing(package: Path, mex_package: Path,
                                                                   tmp_path: Path, monkeypatch, capsys) -> None:
    merged = tmp_path / "merged"
    _disk_full_while_zipping(monkeypatch)
    assert main(["merge", str(package), str(mex_package), "--out", str(merged)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "could not be written (the disk is full)" in line and "free some space" in line
    assert list(merged.iterdir()) == []


def test_a_full_disk_for_the_merge_scratch_store_is_one_line_and_leaves_nothing(
        package: Path, mex_package: Path, tmp_path: Path, monkeypatch) -> None:
    import db.store

    def disk_full(engine, extra=None, revision="head"):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db.store, "upgrade", disk_full)
    merged = tmp_path / "merged"
    with pytest.raises(MergeFailed) as failed:
        merge_packages([package, mex_package], merged, readers=0)
    assert str(failed.value) == (f"the merged package could not be written in {merged} (the disk is full); nothing "
                                 "was written: free some space on that disk and try again")
    assert list(merged.iterdir()) == []


def test_a_full_disk_for_the_merge_report_keeps_the_merged_package_and_says_so(
        package: Path, mex_package: Path, tmp_path: Path, monkeypatch) -> None:
    from desktop.exchange import merge

    real = merge._write_merge_report

    def full(result, partial, scratch):
        real(result, partial, scratch)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(merge, "_write_merge_report", full)
    with pytest.raises(MergeFailed, match="merge report .* could not be written \\(the disk is full\\)"):
        merge_packages([package, mex_package], tmp_path / "merged", report=tmp_path / "reports" / "r.xlsx", readers=0)
    assert list((tmp_path / "reports").iterdir()) == []
    assert [p.name for p in (tmp_path / "merged").iterdir()] == ["MERGED_2023-H2_001.xlsx"]


def test_a_restore_that_fails_midway_leaves_the_data_file_as_it_was(ken: Path, tmp_path: Path,
                                                                    monkeypatch) -> None:
    with open_store(ken) as store:
        backup = backup_sqlite(store.engine, ken)
    before = digest(ken)

    def half_copy(source, target, **kwargs):
        Path(target).write_bytes(Path(source).read_bytes()[:4096])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", half_copy)
    with pytest.raises(BackupFailed, match="the data file was left as it was"):
        restore_sqlite(backup, ken)
    assert digest(ken) == before
    assert leftovers(ken.parent) == []


# --- 3. PostgreSQL: unreachable server, missing database ---------------------------------------------------------


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the test connects


def test_an_unreachable_postgresql_server_is_one_line(package: Path, capsys) -> None:
    port = _closed_port()
    url = f"postgresql+psycopg://fieldbook:secret@127.0.0.1:{port}/hq"
    for argv in (["info", "--db", url], ["import", str(package), "--db", url], ["report", "--db", url]):
        assert main(argv) == 1
        line = one_line(capsys.readouterr().err)
        assert line.startswith(f"fieldbook: cannot reach the PostgreSQL server at 127.0.0.1:{port}: ")
        assert line.endswith("; check the address and that the server runs")
        assert "secret" not in line


@pytest.mark.postgres
def test_a_missing_postgresql_database_is_one_line(postgres_admin_url: str, package: Path, capsys) -> None:
    base = postgres_admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}/no_such_database"
    for argv in (["info", "--db", url], ["import", str(package), "--db", url]):
        assert main(argv) == 1
        line = one_line(capsys.readouterr().err)
        assert line.startswith("fieldbook: database no_such_database does not exist on the PostgreSQL server at ")
    with pytest.raises(ServerUnavailable):
        open_store(url)


# --- 4. a store written by a newer Fieldbook ---------------------------------------------------------------------


def _from_the_future(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    conn.close()


def test_a_store_from_a_newer_version_is_refused_untouched_and_never_backed_up(ken: Path, package: Path,
                                                                                capsys) -> None:
    _from_the_future(ken)
    before = digest(ken)
    for _ in range(3):
        with pytest.raises(StoreTooNew) as refused:
            open_store(ken)
        assert str(refused.value) == (f"{ken} was written by a newer version of Fieldbook (schema {FUTURE}); this "
                                      f"version knows up to {head_revision()}: install the newer version to open it")
    for argv in (["import", str(package), "--db", str(ken)], ["info", "--db", str(ken)],
                 ["report", "--db", str(ken)], ["export", "--db", str(ken), "--out", str(ken.parent / "o") + "/"]):
        assert main(argv) == 1
        assert "written by a newer version of Fieldbook" in one_line(capsys.readouterr().err)
    assert digest(ken) == before, "left untouched"
    assert not (ken.parent / "backups").exists() or list((ken.parent / "backups").iterdir()) == [], "no backups"


@pytest.mark.postgres
def test_a_postgresql_store_from_a_newer_version_is_refused_not_created(pg_url: str, capsys) -> None:
    open_store(pg_url).close()
    with open_store(pg_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    for argv in (["info", "--db", pg_url], ["import", "--db", pg_url, str(ROOT / "no.xlsx")]):
        assert main(argv) == 1
        line = one_line(capsys.readouterr().err)
        assert "written by a newer version of Fieldbook" in line and "creating the store" not in line
    with pytest.raises(StoreTooNew):
        open_store(pg_url)


# --- 5. an empty or foreign file ----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"hello, this is not a database\n" * 40,
                                     "foreign"], ids=["empty", "text", "foreign-sqlite"])
def test_reading_commands_refuse_a_file_that_is_not_a_store_and_leave_it_as_it_was(
        content, tmp_path: Path, capsys) -> None:
    path = tmp_path / "hq.db"
    if content == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, taken TEXT)")
        conn.close()
    else:
        path.write_bytes(content)
    before = digest(path)
    for argv in (["info", "--db", str(path)], ["report", "--db", str(path)],
                 ["export", "--db", str(path), "--out", f"{tmp_path / 'out'}/"]):
        assert main(argv) == 1
        line = one_line(capsys.readouterr().err)
        assert f"{path} is not a " in line and "Fieldbook data file" in line
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "hq.db.lock") == ["hq.db"]


def test_a_foreign_sqlite_database_is_never_turned_into_a_store(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(NotAStore, match="other tables: photos"):
        open_store(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["photos"]
    conn.close()


def test_an_empty_file_named_to_be_created_still_becomes_a_store(tmp_path: Path) -> None:
    """`mktemp` then `fieldbook demo --db FILE`: creating a store is what was asked; only reading refuses it."""
    path = tmp_path / "new.db"
    path.touch()
    with pytest.raises(NotAStore, match="it is empty"):
        open_store(path, create=False)
    open_store(path).close()
    assert path.stat().st_size > 0


# --- 6. durable replace, scratch folders -----------------------------------------------------------------------


def test_outputs_are_synced_before_and_after_they_are_moved_into_place(ken: Path, package: Path, mex_package: Path,
                                                                       tmp_path: Path, monkeypatch) -> None:
    import db.files

    moved: list[str] = []
    real = db.files.replace_durably

    def recording(partial: Path, target: Path) -> None:
        moved.append(target.name)
        real(partial, target)

    monkeypatch.setattr(db.files, "replace_durably", recording)
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    merge_packages([package, mex_package], tmp_path / "merged", report=tmp_path / "merged" / "r.xlsx", readers=0)
    with open_store(ken) as store:
        backup_sqlite(store.engine, ken, reason="before-import")
    assert moved[-3:-1] == ["MERGED_2023-H2_001.xlsx", "r.xlsx"] and moved[-1].endswith("before-import.sqlite")
    assert len(synced) >= 2 * len(moved), "the file, then its folder, each time"
    assert leftovers(tmp_path) == []


def test_replace_durably_syncs_the_file_then_its_folder(tmp_path: Path, monkeypatch) -> None:
    partial, target = tmp_path / "a.part", tmp_path / "a.xlsx"
    partial.write_bytes(b"complete")
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (order.append("dir" if os.path.isdir(f"/proc/self/fd/{fd}")
                                                              else "file"), real_fsync(fd)))
    monkeypatch.setattr(os, "replace", lambda a, b: (order.append("rename"), real_replace(a, b)))
    replace_durably(partial, target)
    assert order == ["file", "rename", "dir"] and target.read_bytes() == b"complete"


def test_scratch_of_a_gone_process_is_swept_and_a_running_ones_kept(tmp_path: Path) -> None:
    import time

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    host = host_name()
    stale = tmp_path / f"{SCRATCH_PREFIX}export.{gone.pid}@{host}.abc123"
    mine = tmp_path / f"{SCRATCH_PREFIX}merge.{os.getpid()}@{host}.def456"
    elsewhere = tmp_path / f"{SCRATCH_PREFIX}export.{gone.pid}@another-machine.ghi789"
    for folder in (stale, mine, elsewhere):
        folder.mkdir()
        (folder / "merge.sqlite").write_bytes(b"office data")
    old_part, new_part = tmp_path / ".KEN-NBO_2023-H2_001.xlsx.part", tmp_path / ".MEX-MEX_2023-H2_001.xlsx.part"
    old_part.write_bytes(b"x")
    new_part.write_bytes(b"x")
    os.utime(old_part, (time.time() - 3 * 86400,) * 2)
    assert sweep_scratch(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, elsewhere.name, new_part.name])


def test_output_file_leaves_nothing_when_the_writer_fails(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), output_file(tmp_path / "p.xlsx", "export") as scratch:
        scratch.partial.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


# --- the same failures for real, in a private mount namespace ---------------------------------------------------


def _namespace_script(script: str) -> subprocess.CompletedProcess[str]:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a read-only folder or a tiny disk")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.decode().strip()}")
    return subprocess.run(["unshare", "-m", "sh", "-ec", script], capture_output=True, text=True, timeout=300,
                          cwd=ROOT)


def test_for_real_a_read_only_folder_and_a_full_disk(ken: Path, package: Path, mex_package: Path,
                                                     tmp_path: Path) -> None:
    """A read-only bind mount and a 400 KiB tmpfs, in a mount namespace of their own (gone with the process)."""
    fb = f"{sys.executable} -m desktop"
    ro, small, tiny = tmp_path / "ro", tmp_path / "small", tmp_path / "tiny"
    for folder in (ro, small, tiny):
        folder.mkdir()
    shutil.copy(ken, ro / "hq.db")
    result = _namespace_script(f"""
        mount --bind {ro} {ro} && mount -o remount,ro,bind {ro}
        mount -t tmpfs -o size=400k tmpfs {small} && cp {ken} {small}/hq.db
        mount -t tmpfs -o size=20k tmpfs {tiny}
        for args in "info --db {ro}/hq.db" "import {mex_package} --db {ro}/hq.db" \
                    "import {mex_package} --db {small}/hq.db" \
                    "export --db {ken} --out {tiny}/ --period 2023-H2" \
                    "merge {package} {mex_package} --out {tiny}/"; do
            echo "== $args"; {fb} $args 2>&1 || echo "exit $?"
        done
        echo "== left"; ls -A {small}/backups {tiny}
    """)
    assert result.returncode == 0, result.stderr
    blocks = {b.split("\n", 1)[0]: b.split("\n", 1)[1] for b in result.stdout.split("== ")[1:]}
    for args, out in blocks.items():
        if args == "left":
            assert out.split() == [f"{small}/backups:", f"{tiny}:"], out
            continue
        assert "Traceback" not in out and out.strip().endswith("exit 1"), (args, out)
        lines = [line for line in out.strip().splitlines()[:-1] if not line.startswith(("importing", "merging"))]
        assert len(lines) == 1, out
        assert ("cannot write in its folder" in lines[0] if "/ro/" in args else "the disk is full" in lines[0]), out
