"""Importing packages: exact, all-or-nothing, idempotent, never letting a stale record win; SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import RECORD_TYPES, BeneficiaryCount, FundingLine, Initiative, PackageLedger, Partner, Tombstone
from db.store import Store, open_store
from desktop.core.demo import build_demo
from desktop.exchange.export import export_package
from desktop.exchange.importer import import_package, import_packages, ledger, undo_last_import


def snapshot(store: Store) -> dict[str, list[dict]]:
    with store.read_session() as session:
        return {cls.entity: sorted((o.as_dict() for o in session.scalars(select(cls))), key=lambda d: str(d["id"]))
                for cls in RECORD_TYPES}


def tombstones(store: Store) -> set[tuple]:
    with store.read_session() as session:
        return {(t.entity, t.record_id, t.revision) for t in session.scalars(select(Tombstone))}


def export(store: Store, folder: Path, **kw) -> Path:
    folder.mkdir(exist_ok=True)
    return export_package(store, folder, period="2023-H2", **kw).path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hq(request, tmp_path: Path) -> Store:
    target = tmp_path / "hq.sqlite" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with open_store(target, user="hq") as store:
        yield store


def test_import_gives_back_every_record_exactly_and_twice_changes_nothing(office, hq, tmp_path) -> None:
    package = export(office, tmp_path / "out")
    first = import_package(hq, package)
    assert first.status == "imported" and first.created == sum(len(v) for v in snapshot(office).values())
    assert snapshot(hq) == snapshot(office)
    second = import_package(hq, package)
    assert second.status == "already imported"
    assert second.counts() == {**second.counts(), "created": 0, "updated": 0, "deleted": 0, "conflicts": 0}
    assert second.unchanged == first.created
    assert snapshot(hq) == snapshot(office)
    assert [e.digest for e in ledger(hq)] == [first.digest]


def test_a_later_package_updates_and_deletes(office, hq, tmp_path) -> None:
    import_package(hq, export(office, tmp_path / "out"))
    with office.session() as session:
        initiative = session.scalars(select(Initiative).where(Initiative.code == "KEN-004")).one()
        session.delete(initiative)
        partner = session.scalars(select(Partner).where(Partner.acronym == "UoN")).one()
        partner.name = "University of Nairobi (UoN)"
    summary = import_package(hq, export(office, tmp_path / "out"))
    assert (summary.updated, summary.conflicts, summary.stale) == (1, 0, 0)
    assert summary.deleted == len(tombstones(office))
    assert summary.gaps == []
    assert snapshot(hq) == snapshot(office)
    assert tombstones(hq) == tombstones(office)


def test_a_stale_package_never_overwrites_a_newer_record(office, hq, tmp_path) -> None:
    old = export(office, tmp_path / "old")
    with office.session() as session:
        session.scalars(select(Partner).where(Partner.acronym == "UoN")).one().name = "Newer name"
    import_package(hq, export(office, tmp_path / "new"))
    summary = import_package(hq, old)
    assert summary.stale == 1 and summary.updated == 0
    with hq.read_session() as session:
        assert session.scalars(select(Partner.name).where(Partner.acronym == "UoN")).one() == "Newer name"


def test_a_deletion_wins_over_an_older_package(office, hq, tmp_path) -> None:
    old = export(office, tmp_path / "old")
    with office.session() as session:
        session.delete(session.scalars(select(Initiative).where(Initiative.code == "KEN-003")).one())
    import_package(hq, export(office, tmp_path / "new"))
    summary = import_package(hq, old)
    assert summary.stale > 0 and summary.created == 0
    with hq.read_session() as session:
        assert session.scalar(select(func.count()).where(Initiative.code == "KEN-003")) == 0


def test_same_revision_other_content_is_a_conflict_with_a_deterministic_winner(office, hq, tmp_path) -> None:
    import_package(hq, export(office, tmp_path / "a"))
    with hq.session() as session:  # someone at headquarters edits the same record to revision 2
        session.scalars(select(Partner).where(Partner.acronym == "UoN")).one().name = "Edited at HQ"
    with office.session() as session:
        session.scalars(select(Partner).where(Partner.acronym == "UoN")).one().name = "Edited at the office"
    summary = import_package(hq, export(office, tmp_path / "b"))
    assert summary.conflicts == 1
    with hq.read_session() as session:  # the office's edit is later, so it wins
        assert session.scalars(select(Partner.name).where(Partner.acronym == "UoN")).one() == "Edited at the office"


def test_dry_run_counts_but_writes_nothing(office, hq, tmp_path) -> None:
    summary = import_package(hq, export(office, tmp_path / "out"), dry_run=True)
    assert summary.status == "dry run" and summary.created > 0
    assert all(not rows for rows in snapshot(hq).values()) and ledger(hq) == []


def test_a_missing_sequence_is_reported_as_a_gap(office, hq, tmp_path) -> None:
    import_package(hq, export(office, tmp_path / "out", sequence=1))
    with office.session() as session:
        session.scalars(select(Partner).where(Partner.acronym == "UoN")).one().name = "Changed"
    summary = import_package(hq, export(office, tmp_path / "out", sequence=3))
    assert summary.gaps == [2] and "sequence 2 never imported" in summary.line()


def test_an_invalid_package_imports_nothing(office, hq, tmp_path) -> None:
    import openpyxl

    package = export(office, tmp_path / "out")
    book = openpyxl.load_workbook(package)
    sheet = book["Beneficiaries"]
    sheet.cell(row=5, column=[c.value for c in sheet[1]].index("reached_total") + 1, value=-5)
    book.save(package)
    summary = import_package(hq, package)
    assert summary.status == "rejected" and summary.rejected == 1
    assert "Beneficiaries" in summary.problems[0]
    assert all(not rows for rows in snapshot(hq).values())


def test_a_broken_file_is_rejected_with_one_line(hq, tmp_path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    summary = import_package(hq, bad)
    assert summary.status == "rejected" and str(bad) in summary.problems[0]
    assert "\n" not in summary.line()


def test_the_store_refusing_a_row_rolls_back_the_whole_package(office, tmp_path) -> None:
    """A package whose rows the database refuses halfway (here: an office code already taken by another office
    record) leaves the store exactly as it was."""
    package = export(office, tmp_path / "out")
    with open_store(tmp_path / "hq.sqlite") as hq:
        build_demo(hq, "MEX-MEX")
        with hq.session() as session:  # a different office record that claims the code KEN-NBO
            from db.models import Office

            session.add(Office(code="KEN-NBO", name="Impostor", country="KEN", region="AF", currency="KES"))
        before = snapshot(hq)
        summary = import_package(hq, package)
        assert summary.status == "rejected" and "nothing was imported" in summary.problems[0]
        assert snapshot(hq) == before and ledger(hq) == []


def test_the_last_import_can_be_undone_from_its_snapshot(office, tmp_path) -> None:
    package = export(office, tmp_path / "out")
    path = tmp_path / "hq.sqlite"
    with open_store(path) as hq:
        build_demo(hq, "UKR-KYI")
        before = snapshot(hq)
        summary = import_package(hq, package)
        assert summary.snapshot and Path(summary.snapshot).exists()
        undone = undo_last_import(hq)
    assert [entry.digest for entry in undone] == [summary.digest]
    with open_store(path) as hq:
        assert snapshot(hq) == before and ledger(hq) == []
        with hq.read_session() as session:
            assert session.scalar(select(func.count()).select_from(BeneficiaryCount)) > 0
            assert session.scalar(select(func.count()).select_from(PackageLedger)) == 0


def test_every_imported_record_names_the_package_its_version_came_from_and_a_deleted_one_is_gone(office,
                                                                                                   tmp_path) -> None:
    from db.models import ENTITY_TYPES

    with open_store(tmp_path / "hq.sqlite") as hq:
        first = import_package(hq, export(office, tmp_path / "a"))
        with office.session() as session:
            gone = session.scalars(select(Initiative).where(Initiative.code == "KEN-004")).one()
            session.delete(gone)
            renamed = session.scalars(select(Initiative).where(Initiative.code == "KEN-001")).one()
            renamed.title = "Renamed"
        second = import_package(hq, export(office, tmp_path / "b"))
        with hq.engine.connect() as conn:
            sources = {row.id: row.source for cls in ENTITY_TYPES.values()
                       for row in conn.execute(select(cls.__table__.c.id, cls.__table__.c.source))}
        assert gone.id not in sources
        assert sources[renamed.id] == second.digest  # updated by the second package
        assert set(sources.values()) == {first.digest, second.digest}  # every record came from one of them


def test_the_records_behind_a_figure_name_the_package_they_came_from(office, tmp_path) -> None:
    """The Dashboard's drill-down traces each record to the imported package its version came from (its row's
    source), and a record entered at headquarters to the store itself."""
    from desktop.core.kpi import records_behind

    with open_store(tmp_path / "hq.sqlite", user="hq") as hq:
        summary = import_package(hq, export(office, tmp_path / "a"))
        traced = records_behind(hq, "reached")
        assert traced and {r.package for r in traced} == {f"KEN-NBO #1 ({summary.digest[:12]}…)"}
        with hq.session() as session:  # entered at headquarters
            initiative_id = session.scalars(select(Initiative.id).order_by(Initiative.code)).first()
            session.add(FundingLine(initiative_id=initiative_id, office_code="KEN-NBO", source_type="bilateral",
                                    modality="earmarked", transaction_type="incoming",
                                    transaction_date=dt.date(2023, 9, 1), currency="USD", amount=Decimal("5"),
                                    usd_rate=Decimal("1"), amount_usd=Decimal("5")))
        packages = {r.package for r in records_behind(hq, "funds:incoming")}
        assert packages == {f"KEN-NBO #1 ({summary.digest[:12]}…)", "entered in this store"}


def test_several_packages_read_in_another_process_import_as_one_by_one(office, tmp_path) -> None:
    """import_packages reads the next packages in a reader process while one is written: the store, the summaries
    and their order are what importing each package in turn gives; a broken file among them is refused with its
    line and the others still import."""
    first = export(office, tmp_path / "out", sequence=1)
    with office.session() as session:
        initiative = session.scalars(select(Initiative).order_by(Initiative.code)).first()
        initiative.title = "Renamed in the second half"
    second = export(office, tmp_path / "out", sequence=2)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    heard = []
    with open_store(tmp_path / "one-by-one.sqlite") as one, open_store(tmp_path / "pooled.sqlite") as pooled:
        expected = [import_package(one, path, snapshot=False) for path in (first, broken, second)]
        got = import_packages(pooled, [first, broken, second], readers=1, snapshot=False, on_summary=heard.append)
        assert [(s.file, s.status, s.counts()) for s in got] == [(s.file, s.status, s.counts()) for s in expected]
        assert [s.status for s in got] == ["imported", "rejected", "imported"] and got[2].updated == 1
        assert str(broken) in got[1].problems[0]
        assert heard == got
        assert snapshot(pooled) == snapshot(one) == snapshot(office)


def _abort_reading(path: str, dialect=None):
    import os

    if path.endswith("crash.xlsx"):
        os._exit(3)  # as python-calamine does when it cannot allocate a sheet
    from desktop.exchange.importer import read_for_import

    return read_for_import(path, dialect)


def test_a_reader_process_that_dies_refuses_only_its_package(office, tmp_path, monkeypatch) -> None:
    import desktop.exchange.importer as importer

    monkeypatch.setattr(importer, "read_for_import", _abort_reading)
    good = export(office, tmp_path / "out")
    crash = tmp_path / "crash.xlsx"
    crash.write_bytes(good.read_bytes())
    with open_store(tmp_path / "hq.sqlite") as hq:
        got = import_packages(hq, [crash, good], readers=1, snapshot=False)
        assert [s.status for s in got] == ["rejected", "imported"]
        assert str(crash) in got[0].problems[0] and "stopped abruptly" in got[0].problems[0]
        assert snapshot(hq) == snapshot(office)


def test_reader_processes_run_at_a_lower_priority() -> None:
    """The process writing the store keeps a processor: readers take what is left."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from desktop.exchange.importer import reader_priority

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=reader_priority) as pool:
        assert pool.submit(os.nice, 0).result() >= min(os.nice(0) + 10, 19)
