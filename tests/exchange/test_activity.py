"""Who is importing into a store, and whether an import has committed since a look: two Store objects (two officers)
on one PostgreSQL database, and a writer and a read-only reader on one SQLite file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db.store import open_store
from desktop.core.demo import build_demo
from desktop.exchange.activity import Importer, importing, store_generation
from desktop.exchange.export import export_package
from desktop.exchange.importer import _take_import_lock, import_package, undo_last_import


def _package(tmp_path: Path, office: str) -> Path:
    (tmp_path / "out").mkdir(exist_ok=True)
    with open_store(tmp_path / f"{office}.sqlite") as store:
        build_demo(store, office)
        return export_package(store, tmp_path / "out", period="2023-H2").path


@pytest.mark.postgres
def test_another_officers_store_sees_who_imports_and_since_when(pg_url: str) -> None:
    since = dt.datetime(2026, 12, 1, 14, 2, 7, tzinfo=dt.timezone.utc)
    with open_store(pg_url, user="maria") as maria, open_store(pg_url, user="ali") as ali:
        assert importing(ali) == []
        with maria.engine.connect() as conn:
            with conn.begin():  # maria's import batch holds the store's lock
                _take_import_lock(conn, "maria", None, since)
                assert importing(ali) == [Importer("maria", since)]
            assert importing(ali) == []  # committed: the lock is gone with the transaction


@pytest.mark.postgres
def test_an_import_and_its_undo_change_the_generation_another_store_sees(pg_url: str,
                                                                                         tmp_path: Path) -> None:
    package = _package(tmp_path, "KEN-NBO")
    with open_store(pg_url, user="maria") as maria, open_store(pg_url, user="ali") as ali:
        empty = store_generation(ali)
        assert empty == (0, "")
        heard = []

        def look(_summary) -> None:  # the package's batch has committed when a summary is heard
            heard.append(store_generation(ali))

        from desktop.exchange.importer import import_packages

        import_packages(maria, [package], readers=0, on_summary=look)
        assert heard and heard[0][0] == 1 and heard[0] != empty
        undo_last_import(maria)
        assert store_generation(ali) == (0, "")


def test_on_sqlite_a_reader_sees_the_writers_imports_and_no_importer_is_named(tmp_path: Path) -> None:
    path = tmp_path / "hq.sqlite"
    with open_store(path, user="maria") as writer:
        with open_store(path, read_only=True) as reader:  # a second connection to the file
            before = store_generation(reader)
            import_package(writer, _package(tmp_path, "KEN-NBO"))
            after = store_generation(reader)
            assert after[0] == before[0] + 1 and after != before
            assert importing(reader) == [] and importing(writer) == []  # one writer per file: see activity.py
