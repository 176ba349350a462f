"""A reader process prepares each package for the store — its rows in the driver's form and the counting rule's
rows — so the writing process only writes: what it prepares must be exactly what the writer would have made."""

from __future__ import annotations

import pickle
from concurrent.futures import Executor, Future
from pathlib import Path

import pytest
import desktop.exchange.importer as importer
from db.bulk import Bulk
from db.store import open_store
from desktop.exchange.importer import Prepared, import_packages, read_for_import
from tests.exchange.test_import import export, snapshot
from tests.exchange.test_import_batches import counted, recounted


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request, tmp_path: Path) -> str | Path:
    return tmp_path / "hq.sqlite" if request.param == "sqlite" else request.getfixturevalue("pg_url")


def test_the_rows_a_reader_prepares_are_those_the_writer_would_make(office, target, tmp_path) -> None:
    path = export(office, tmp_path / "out")
    with open_store(target) as hq, hq.engine.connect() as conn:
        package = read_for_import(str(path), type(conn.dialect))
        assert isinstance(package.prepared, Prepared)
        assert package.prepared.rows.keys() == package.records.keys()
        for entity, rows in package.records.items():
            bulk = Bulk(conn, importer.record_table(entity))
            assert package.prepared.rows[entity] == [bulk.row(row.values) for row in rows], entity
        assert len(package.prepared.counted) > 0
        assert package.columns == {}  # prepare let the columns go
    from desktop.exchange.read import read_package

    assert read_package(path).columns == {}  # validation and merge keep no columns
    assert read_package(path, keep_columns=True).columns.keys() == package.records.keys()


def _with_an_unreadable_partner_id(office, folder: Path) -> Path:
    """A package of the office whose first partner's id cell reads "not an id"."""
    import openpyxl

    from desktop.exchange.format import HEADER_ROWS

    path = export(office, folder)
    book = openpyxl.load_workbook(path)
    sheet = book["Partners"]
    column = next(c.column for c in sheet[1] if c.value == "id")
    sheet.cell(HEADER_ROWS + 1, column).value = "not an id"
    book.save(path)
    return path


def test_an_invalid_package_is_not_prepared(office, tmp_path) -> None:
    path = _with_an_unreadable_partner_id(office, tmp_path / "out")
    with open_store(tmp_path / "hq.sqlite") as hq:
        package = read_for_import(str(path), type(hq.engine.dialect))
    assert not package.report.valid and package.prepared is None


class Spy:
    """Which way apply_versions filled the counted table for each package."""

    def __init__(self, monkeypatch) -> None:
        self.ways: list[str] = []
        real_insert, real_refresh = importer.insert_counted, importer.refresh_counted

        def insert_counted(conn, rows):
            self.ways.append("prepared")
            real_insert(conn, rows)

        def refresh_counted(conn, ids=None, new=()):
            self.ways.append("recounted")
            real_refresh(conn, ids, new)

        monkeypatch.setattr(importer, "insert_counted", insert_counted)
        monkeypatch.setattr(importer, "refresh_counted", refresh_counted)


@pytest.mark.parametrize("readers", [0, 1], ids=["read by the writer", "read by a reader process"])
def test_prepared_counted_rows_are_used_only_for_new_initiatives_and_equal_a_recount(
        packages, target, tmp_path, monkeypatch, readers) -> None:
    spy = Spy(monkeypatch)
    with open_store(target) as hq:
        got = import_packages(hq, [packages["first"], packages["other"]], readers=readers, snapshot=False)
        assert [s.status for s in got] == ["imported", "imported"]
        assert spy.ways == ["prepared", "prepared"]  # every initiative and beneficiary row was new
        assert counted(hq) == recounted(hq) and len(counted(hq)) > 0

        # The office's second package holds records the store already has: their initiatives are counted again.
        spy.ways.clear()
        got = import_packages(hq, [packages["second"]], readers=readers, snapshot=False)
        assert [s.status for s in got] == ["imported"] and spy.ways == ["recounted"]
        assert counted(hq) == recounted(hq)


def test_an_import_through_reader_processes_gives_the_same_store(packages, target, tmp_path) -> None:
    order = [packages["first"], packages["other"], packages["second"]]
    with open_store(tmp_path / "one.sqlite") as one, open_store(target) as pooled:
        import_packages(one, order, readers=0, snapshot=False)
        import_packages(pooled, order, readers=2, snapshot=False)
        assert snapshot(pooled) == snapshot(one)
        assert counted(pooled) == counted(one) == recounted(pooled)


@pytest.mark.parametrize("prepared", [True, False], ids=["prepared: values from the driver rows",
                                                     "not prepared: packed column by column"])
def test_a_package_sent_to_the_writing_process_comes_back_equal(office, tmp_path, prepared) -> None:
    """Packages travel from reader processes by pickle. Prepared for a store, the records leave their values behind
    and the writer reads them back from the driver rows (importer.BoundValues); otherwise they are packed column by
    column with ids as integers. Either way what arrives is equal to what was read — every value, of the same type,
    ids as UUIDs, row numbers, contents — and a second trip too."""
    import pickle
    import uuid

    from desktop.exchange.importer import BoundValues

    path = export(office, tmp_path / "out")
    with open_store(tmp_path / "hq.sqlite") as hq:
        package = read_for_import(str(path), type(hq.engine.dialect) if prepared else None)
    sent = package.__getstate__()["records"].values()
    assert all(isinstance(packed, dict if prepared else tuple) for packed in sent)
    arrived = pickle.loads(pickle.dumps(package))
    assert all((row.values.__class__ is BoundValues) is prepared
               for rows in arrived.records.values() for row in rows)
    assert arrived == package
    assert pickle.loads(pickle.dumps(arrived)) == package
    for entity, rows in package.records.items():
        assert [r.row for r in arrived.records[entity]] == [r.row for r in rows]
        for sent, got in zip(rows, arrived.records[entity], strict=True):
            assert {k: type(v) for k, v in got.values.items()} == {k: type(v) for k, v in sent.values.items()}
    initiative = arrived.records["initiative"][0].values
    assert isinstance(initiative["id"], uuid.UUID) and str(initiative["id"]) == str(package.records["initiative"][0]
                                                                                     .values["id"])
    assert initiative["id"] in {r.values["id"] for r in package.records["initiative"]}  # hash and equality hold


def test_a_package_with_unreadable_cells_comes_back_equal(office, tmp_path) -> None:
    """A column whose ids did not all read (None where a cell was unreadable) and rows marked unreadable travel as
    they are; so do rows that do not share one set of keys."""
    import pickle

    from desktop.exchange.read import PackageRow, read_package

    package = read_package(_with_an_unreadable_partner_id(office, tmp_path / "out"))
    partners = package.records["partner"]
    assert partners[0].values["id"] is None and "id" in partners[0].unreadable
    assert pickle.loads(pickle.dumps(package)) == package
    partners.append(PackageRow(partners[0].sheet, 999, {"id": None}))  # keys unlike the others: sent as they are
    assert pickle.loads(pickle.dumps(package)) == package


class _ReaderForSQLite(Executor):
    """A reader that prepares every package for SQLite, whatever store it is for, and sends it as a reader process
    does (pickled): the writer meets rows prepared for another store."""

    def submit(self, fn, path, dialect):  # type: ignore[override]
        from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

        future: Future = Future()
        future.set_result(pickle.loads(pickle.dumps(read_for_import(path, SQLiteDialect_pysqlite))))
        return future


@pytest.mark.postgres
def test_a_package_prepared_for_another_store_is_prepared_again_and_imported_whole(office, pg_url, tmp_path) -> None:
    """A package whose rows were prepared for SQLite reaches a PostgreSQL store: its values are read from those rows
    and prepared again for PostgreSQL — every record arrives as it was read."""
    from desktop.exchange.read import read_package
    from tests.exchange.helpers import package_records, store_records

    path = export(office, tmp_path / "out")
    with open_store(pg_url) as hq:
        [summary] = import_packages(hq, [path], readers=1, executor=_ReaderForSQLite(), snapshot=False)
        assert summary.status == "imported" and summary.created == read_package(path).report.records
        stored = store_records(hq)
    assert {entity: records for entity, records in stored.items() if records} == package_records(read_package(path))


@pytest.mark.parametrize("sheet, key, value", [
    ("Partners", "office_code", "UGA-KLA"),  # a row of another office
    ("Initiatives", "office_code", "UGA-KLA"),
    ("Funding", "initiative_id", "00000000-0000-4000-8000-000000000000"),  # a reference to no initiative
    ("Beneficiaries", "period", "2031-H7"),  # a value the rules refuse
    ("Partners", "id", "not an id"),  # a cell that cannot be read
    (None, None, None),  # nothing wrong
])
def test_the_import_reader_finds_exactly_the_problems_the_validator_finds(office, tmp_path, sheet, key,
                                                                          value) -> None:
    """The import's reader checks the records from the columns it keeps (owners, known ids, the rules over each
    sheet), the validator from the rows: the same problems, in the same order, either way."""
    import openpyxl

    from desktop.exchange.format import HEADER_ROWS
    from desktop.exchange.read import read_package

    path = export(office, tmp_path / "out")
    if sheet is not None:
        book = openpyxl.load_workbook(path)
        cells = book[sheet]
        column = next(c.column for c in cells[1] if c.value == key)
        cells.cell(HEADER_ROWS + 2, column).value = value
        book.save(path)
    validated = read_package(path).report.problems
    assert read_package(path, keep_columns=True).report.problems == validated
    assert bool(validated) == (sheet is not None)
