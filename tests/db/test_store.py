"""Opening the store: connection settings, one instance per file, integrity, the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import StoreCorrupt, StoreError, StoreLocked
from db.store import default_store_path, open_store


def test_every_connection_has_foreign_keys_wal_full_sync_and_busy_timeout(store) -> None:
    # Several pooled connections: the settings must be on each, not just the first.
    connections = [store.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") >= 5000
    finally:
        for conn in connections:
            conn.close()


def test_a_second_instance_on_the_same_file_is_refused(store_path: Path) -> None:
    with open_store(store_path):
        with pytest.raises(StoreLocked, match="already open"):
            open_store(store_path)
    with open_store(store_path):  # released on close
        pass


def test_a_file_that_is_not_a_database_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreCorrupt) as error:
        open_store(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_a_damaged_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    with open_store(path) as store:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE filler (x TEXT)")
            for _ in range(200):
                conn.exec_driver_sql("INSERT INTO filler VALUES (?)", ("x" * 2000,))
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 5):  # overwrite the header of many b-tree pages
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt, match="damaged|not a readable"):
        open_store(path)


def test_missing_file_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such data file"):
        open_store(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_default_store_lives_in_the_data_folder_and_can_be_overridden(tmp_path: Path) -> None:
    assert default_store_path(tmp_path) == tmp_path / "fieldbook.sqlite"
    assert "ieldbook" in str(default_store_path())
