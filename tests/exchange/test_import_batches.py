"""An import run commits its packages in batches (one transaction, a savepoint per package): each package is still
all-or-nothing, a package is reported only once it is committed, cancelling keeps what is finished, one snapshot
covers the run, and the counting rule's table ends up as a full recount would make it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

import desktop.exchange.importer as importer
from db.counting import refresh_counted
from db.models import CountedBeneficiary, Office, PackageLedger
from db.store import Store, open_store
from desktop.core.progress import Cancelled
from desktop.exchange.importer import import_packages, ledger, undo_last_import
from tests.exchange.test_import import snapshot


def counted(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return sorted(tuple(map(str, row)) for row in conn.execute(select(CountedBeneficiary.__table__)))


def recounted(store: Store) -> list[tuple]:
    with store.engine.begin() as conn:
        refresh_counted(conn, None)
    return counted(store)


def claim_mexico(store: Store) -> None:
    """An office record of the store's own that takes the code MEX-MEX: the store refuses the Mexico package."""
    with store.session() as session:
        session.add(Office(code="MEX-MEX", name="Impostor", country="MEX", region="LAC", currency="MXN"))


def ours(records: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The records, but the store's own impostor office (its id differs from store to store)."""
    return {**records, "office": [r for r in records["office"] if r["name"] != "Impostor"]}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def batched_target(request, tmp_path: Path) -> str | Path:
    """Where the batched import goes: a SQLite file, or a fresh database on the throwaway PostgreSQL server (a
    refusal there aborts the transaction until the package's savepoint is rolled back)."""
    return tmp_path / "batched.sqlite" if request.param == "sqlite" else request.getfixturevalue("pg_url")


@pytest.mark.parametrize("batch_records", [1, 1_000_000], ids=["a batch per package", "one batch"])
def test_a_refused_package_in_a_batch_leaves_the_others_as_one_by_one(packages, tmp_path, monkeypatch,
                                                                      batch_records, batched_target) -> None:
    order = [packages["first"], packages["other"], packages["second"]]
    with open_store(tmp_path / "one.sqlite") as one, open_store(batched_target) as batched:
        claim_mexico(one)
        claim_mexico(batched)
        monkeypatch.setattr(importer, "BATCH_RECORDS", 1)
        expected = [importer.import_package(one, path, snapshot=False) for path in order]
        monkeypatch.setattr(importer, "BATCH_RECORDS", batch_records)
        got = import_packages(batched, order, readers=0, snapshot=False)
        assert [s.status for s in got] == ["imported", "rejected", "imported"]
        assert "refused" in got[1].problems[0] and got[2].updated == 1
        assert [(s.file, s.status, s.counts(), s.gaps) for s in got] == [
            (s.file, s.status, s.counts(), s.gaps) for s in expected]
        assert ours(snapshot(batched)) == ours(snapshot(one))
        assert [e.digest for e in ledger(batched)] == [e.digest for e in ledger(one)]
        assert counted(batched) == counted(one) == recounted(batched)
        assert len(counted(batched)) > 0


def test_a_package_is_reported_only_once_it_is_committed(packages, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "BATCH_RECORDS", 1_000_000)
    target = tmp_path / "hq.sqlite"
    committed_when_heard = []

    def heard(summary) -> None:
        other = sqlite3.connect(target)  # another connection sees committed data only
        try:
            digests = {row[0] for row in other.execute(f"SELECT digest FROM {PackageLedger.__tablename__}")}
        finally:
            other.close()
        committed_when_heard.append(summary.digest in digests)

    with open_store(target) as hq:
        got = import_packages(hq, [packages["first"], packages["other"]], readers=0, snapshot=False,
                              on_summary=heard)
    assert [s.status for s in got] == ["imported", "imported"]
    assert committed_when_heard == [True, True]


def test_the_same_package_twice_in_one_batch_is_already_imported(packages, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "BATCH_RECORDS", 1_000_000)
    with open_store(tmp_path / "hq.sqlite") as hq:
        got = import_packages(hq, [packages["first"], packages["first"], packages["second"]], readers=0,
                              snapshot=False)
    assert [s.status for s in got] == ["imported", "already imported", "imported"]
    assert got[2].gaps == []  # sequence 1 of the office was seen earlier in the same batch


class CancelAfter:
    """Progress that asks to stop once a package is finished (``finished`` lists them as the run adds them)."""

    def __init__(self, finished: list) -> None:
        self.finished = finished

    def set_value(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return len(self.finished) >= 1


def test_cancelling_keeps_the_packages_finished_before_it(packages, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "BATCH_RECORDS", 1_000_000)
    heard: list = []
    finished: list = []
    real_add = importer._Run.add

    def add(run, source, progress):
        real_add(run, source, progress)
        finished.append(source)

    monkeypatch.setattr(importer._Run, "add", add)
    with open_store(tmp_path / "hq.sqlite") as hq:
        with pytest.raises(Cancelled):
            import_packages(hq, [packages["first"], packages["other"], packages["second"]], readers=0,
                            snapshot=False, progress=CancelAfter(finished), on_summary=heard.append)
        assert [s.status for s in heard] == ["imported"]
        assert [e.digest for e in ledger(hq)] == [heard[0].digest]
        with hq.read_session() as session:
            assert session.scalars(select(Office.code)).all() == ["KEN-NBO"]


def test_one_snapshot_covers_a_run_and_undo_takes_back_the_whole_run(packages, tmp_path) -> None:
    path = tmp_path / "hq.sqlite"
    with open_store(path) as hq:
        importer.import_package(hq, packages["first"])
        before = snapshot(hq)
        got = import_packages(hq, [packages["other"], packages["second"]], readers=0)
        assert got[0].snapshot and got[0].snapshot == got[1].snapshot and Path(got[0].snapshot).exists()
        undone = undo_last_import(hq)
    assert sorted(e.digest for e in undone) == sorted(s.digest for s in got)
    with open_store(path) as hq:
        assert snapshot(hq) == before
        assert len(ledger(hq)) == 1


def test_a_failed_batch_commit_refuses_every_package_of_the_batch(packages, tmp_path, monkeypatch) -> None:
    """The commit of a batch fails (a full disk): its packages are refused with the cause — the second copy of a
    package in it too, since nothing of the first reached the store — and the run goes on with the next batch."""
    monkeypatch.setattr(importer, "BATCH_RECORDS", 1_000_000)
    real_finish = importer._Run.finish
    failed = []

    def finish(run) -> None:
        if not failed and run.conn is not None and run.conn.in_transaction():
            real_commit = run.conn.commit

            def commit() -> None:
                failed.append(True)
                raise sqlite3.OperationalError("database or disk is full")

            run.conn.commit = commit
            try:
                real_finish(run)
            finally:
                run.conn.commit = real_commit
        else:
            real_finish(run)

    monkeypatch.setattr(importer._Run, "finish", finish)
    with open_store(tmp_path / "hq.sqlite") as hq:
        got = import_packages(hq, [packages["first"], packages["first"]], readers=0, snapshot=False)
        assert failed
        assert [s.status for s in got] == ["rejected", "rejected"]
        assert all("disk is full" in s.problems[0] for s in got)
        assert ledger(hq) == []
        again = import_packages(hq, [packages["first"]], readers=0, snapshot=False)
        assert [s.status for s in again] == ["imported"]


def test_an_error_that_ends_the_whole_transaction_refuses_the_batch_with_its_cause(packages, tmp_path,
                                                                                   monkeypatch) -> None:
    """An error after which SQLite rolls back the whole transaction (I/O, a full disk, out of memory; here a trigger
    that says ROLLBACK) takes every savepoint with it: the packages of that batch are refused with the real cause,
    none is reported imported, and the run goes on in a fresh transaction."""
    monkeypatch.setattr(importer, "BATCH_RECORDS", 1_000_000)
    with open_store(tmp_path / "hq.sqlite") as hq:
        with hq.engine.begin() as conn:
            conn.exec_driver_sql(
                f"CREATE TRIGGER lose_all BEFORE INSERT ON {Office.__tablename__} WHEN NEW.code = 'MEX-MEX' "
                "BEGIN SELECT RAISE(ROLLBACK, 'disk I/O error (simulated)'); END")
        got = import_packages(hq, [packages["first"], packages["first"], packages["other"], packages["second"]],
                              readers=0, snapshot=False)
        assert [s.status for s in got] == ["rejected", "rejected", "rejected", "imported"]
        assert all("disk I/O error (simulated)" in s.problems[0] for s in got[:3])
        assert [e.digest for e in ledger(hq)] == [got[3].digest]
        with hq.read_session() as session:
            assert session.scalars(select(Office.code)).all() == ["KEN-NBO"]
        assert counted(hq) == recounted(hq)


def test_a_batch_ends_after_its_number_of_packages(packages, tmp_path, monkeypatch) -> None:
    """However small the packages, a batch holds at most BATCH_PACKAGES written ones (PostgreSQL's savepoint cache)."""
    monkeypatch.setattr(importer, "BATCH_RECORDS", 1_000_000)
    monkeypatch.setattr(importer, "BATCH_SECONDS", 1_000_000.0)
    monkeypatch.setattr(importer, "BATCH_PACKAGES", 2)
    target = tmp_path / "hq.sqlite"
    committed_when_heard = []

    def heard(summary) -> None:
        other = sqlite3.connect(target)
        try:
            count = other.execute(f"SELECT count(*) FROM {PackageLedger.__tablename__}").fetchone()[0]
            committed_when_heard.append(count)
        finally:
            other.close()

    with open_store(target) as hq:
        got = import_packages(hq, [packages["first"], packages["other"], packages["second"]], readers=0,
                              snapshot=False, on_summary=heard)
    assert [s.status for s in got] == ["imported", "imported", "imported"]
    # the first two were committed together, before the third was read: both heard with two in the ledger
    assert committed_when_heard == [2, 2, 3]
