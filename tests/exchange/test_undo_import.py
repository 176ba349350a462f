"""Undoing the last import from its recorded reversal, on SQLite and PostgreSQL alike: the store comes back exactly
as it was before the run (records, SDG targets, tombstones, record sources, the counting rule's rows, history,
ledger), and an undo that would lose or break something done since is refused in one line with nothing undone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from db.errors import StoreUnwritable
from db.models import (
    ENTITY_TYPES,
    ChangeLog,
    CountedBeneficiary,
    FundingLine,
    ImportReversal,
    ImportReversalRow,
    Initiative,
    KnowledgeProduct,
    PackageLedger,
    Partner,
    Tombstone,
)
from db.store import Store, open_store
from desktop.core import records
from desktop.core.demo import build_demo
from desktop.exchange.errors import ExchangeError
from desktop.exchange.importer import ImportRejected, import_package, import_packages, last_import, ledger, \
    undo_last_import
from tests.exchange.test_import import export, snapshot


def state(store: Store) -> dict[str, Any]:
    """Everything an import may change, as plain values."""
    with store.engine.connect() as conn:
        def rows(table: Any, *order: Any) -> list[tuple]:
            return [tuple(r) for r in conn.execute(select(table).order_by(*order))]

        t, c = Tombstone.__table__, CountedBeneficiary.__table__
        return {
            "records": snapshot(store),
            "tombstones": rows(t, t.c.entity, t.c.record_id),
            "sources": sorted((entity, *row) for entity, cls in ENTITY_TYPES.items() for row in conn.execute(
                select(cls.__table__.c.id, cls.__table__.c.source, cls.__table__.c.edited_by))),
            "counted": rows(c, c.c.row_id),
            "history": rows(ChangeLog.__table__, ChangeLog.__table__.c.id),
            "ledger": sorted(conn.scalars(select(PackageLedger.__table__.c.digest))),
        }


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hq(request, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "hq.sqlite" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with open_store(target, user="hq") as store:
        yield store


def _second_half(office: Store) -> None:
    """What an office does between two packages: renames an initiative and changes its SDG targets, deletes an
    initiative (its partners, counts and funding go with it, its knowledge product loses its link) and a partner that
    funds a line (the line keeps no funder)."""
    with office.session() as session:
        renamed = session.scalars(select(Initiative).order_by(Initiative.code)).first()
        renamed.title = "Renamed in the second half"
        renamed.set_sdg_targets(["11.1", "11.3"])
        gone = session.scalars(select(Initiative).where(Initiative.code == "KEN-004")).one()
        product = session.scalars(select(KnowledgeProduct)).first()
        product.initiative_id = gone.id
    with office.session() as session:
        session.delete(session.scalars(select(Initiative).where(Initiative.code == "KEN-004")).one())
        funder = session.scalars(select(Partner).where(Partner.id.in_(
            select(FundingLine.funder_id).where(FundingLine.funder_id.is_not(None))))).first()
        session.delete(funder)


def _funding_line(initiative_id: Any) -> FundingLine:
    return FundingLine(initiative_id=initiative_id, office_code="KEN-NBO", source_type="bilateral",
                       modality="earmarked", transaction_type="incoming", transaction_date=dt.date(2023, 9, 1),
                       currency="USD", amount=1, usd_rate=1, amount_usd=1)


def test_undo_takes_back_creates_updates_deletions_and_cascades_exactly(office, hq, tmp_path) -> None:
    """Run 1 creates everything; run 2 updates, deletes with cascades and unlinks. Undoing run 2 gives back the store
    as run 1 left it, to the last tombstone, record source, counted row and ledger row; undoing run 1 is refused while
    a line headquarters added hangs under one of its initiatives, and without it gives back the store as it was
    before. The ledger and the reversal tables are empty again."""
    build_demo(hq, "MEX-MEX")  # another office's records, untouched throughout
    empty = state(hq)
    first = import_package(hq, export(office, tmp_path / "a", sequence=1))
    with hq.session() as session:  # a line only headquarters has: the office's deletion buries it by cascade
        doomed = session.scalars(select(Initiative.id).where(Initiative.code == "KEN-004")).one()
        line = _funding_line(doomed)
        session.add(line)
    after_first = state(hq)
    _second_half(office)
    second = import_packages(hq, [export(office, tmp_path / "b", sequence=2)], readers=0)[0]
    assert second.status == "imported" and second.updated and second.deleted >= 1
    assert state(hq) != after_first
    with hq.engine.connect() as conn:  # each kind of change was recorded (cascades and SET NULL included)
        actions = set(conn.scalars(select(ImportReversalRow.action)))
    assert {"update", "delete", "bury", "unlink"} <= actions

    assert [e.digest for e in last_import(hq)] == [second.digest]
    undone = undo_last_import(hq)
    assert [e.digest for e in undone] == [second.digest]
    assert state(hq) == after_first

    with pytest.raises(ExchangeError, match="added since under them"):  # the line headquarters added
        undo_last_import(hq)
    assert state(hq) == after_first
    with hq.engine.begin() as conn:  # without it (and its history), the first run undoes to the empty store
        conn.execute(FundingLine.__table__.delete().where(FundingLine.__table__.c.id == line.id))
        conn.execute(ChangeLog.__table__.delete().where(ChangeLog.__table__.c.record_id == line.id))
    undone = undo_last_import(hq)
    assert [e.digest for e in undone] == [first.digest]
    assert state(hq) == empty and ledger(hq) == []
    with hq.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ImportReversal)) == 0
        assert conn.scalar(select(func.count()).select_from(ImportReversalRow)) == 0
    with pytest.raises(ImportRejected, match="no import to undo"):
        undo_last_import(hq)


def test_a_run_of_several_packages_is_undone_together(packages, hq) -> None:
    before = state(hq)
    got = import_packages(hq, [packages["first"], packages["other"], packages["second"]], readers=0)
    assert [s.status for s in got] == ["imported"] * 3
    assert len({e.run for e in ledger(hq)}) == 1
    undone = undo_last_import(hq)
    assert [e.digest for e in undone] == [got[2].digest, got[1].digest, got[0].digest]  # the last imported first
    assert state(hq) == before


def test_a_record_revived_by_an_import_is_buried_again(office, hq, tmp_path) -> None:
    """headquarters had deleted a record (a tombstone); a newer version of it comes in and revives it: undoing puts
    the tombstone back and takes the row away."""
    import_package(hq, export(office, tmp_path / "a", sequence=1))
    with hq.read_session() as session:
        partner_id = session.scalars(select(Partner.id).order_by(Partner.name)).first()
    records.delete_record(hq, "partner", partner_id)  # deleted at headquarters: a tombstone
    with office.session() as session:
        partner = session.get(Partner, partner_id)
        partner.name, partner.acronym = "Renamed twice", "R1"
    with office.session() as session:
        session.get(Partner, partner_id).acronym = "R2"
    before = state(hq)
    summary = import_package(hq, export(office, tmp_path / "b", sequence=2))
    assert summary.status == "imported"
    with hq.read_session() as session:
        assert session.get(Partner, partner_id).acronym == "R2"
    undo_last_import(hq)
    assert state(hq) == before
    with hq.read_session() as session:
        assert session.get(Partner, partner_id) is None and session.get(Tombstone, ("partner", partner_id))


def test_an_edit_since_the_import_refuses_the_undo_with_one_line_and_nothing_undone(office, hq, tmp_path) -> None:
    summary = import_package(hq, export(office, tmp_path / "a"))
    with hq.read_session() as session:
        initiative = session.scalars(select(Initiative).order_by(Initiative.code)).first()
        values = records.get_record(hq, "initiative", initiative.id)
    records.save_record(hq, "initiative", {**values, "title": "Fixed at headquarters"}, initiative.id)
    before = state(hq)
    with pytest.raises(ExchangeError) as refused:
        undo_last_import(hq)
    line = str(refused.value)
    assert "edited since it was imported" in line and Path(summary.file).name in line and "\n" not in line
    assert state(hq) == before


def test_a_record_it_brought_in_deleted_here_since_refuses_the_undo_as_an_edit(office, hq, tmp_path) -> None:
    """Its row is gone, so it no longer says it came from the package: the package's count of its records tells,
    and the history names a record deleted since."""
    summary = import_package(hq, export(office, tmp_path / "a"))
    with hq.read_session() as session:
        product = session.scalars(select(KnowledgeProduct)).first()
    records.save_records(hq, [("knowledge_product", product.id, None)])
    before = state(hq)
    with pytest.raises(ExchangeError) as refused:
        undo_last_import(hq)
    line = str(refused.value)
    assert "1 record it wrote edited since it was imported" in line and Path(summary.file).name in line
    assert state(hq) == before


def test_a_record_added_since_under_an_imported_one_refuses_the_undo(office, hq, tmp_path) -> None:
    """Undoing would delete the imported initiative and, with it, the funding line entered under it since."""
    import_package(hq, export(office, tmp_path / "a"))
    with hq.read_session() as session:
        initiative_id = session.scalars(select(Initiative.id).order_by(Initiative.code)).first()
    with hq.session() as session:
        session.add(_funding_line(initiative_id))
    before = state(hq)
    with pytest.raises(ExchangeError, match="added since under them"):
        undo_last_import(hq)
    assert state(hq) == before


def test_a_later_import_that_touched_the_same_records_refuses_the_undo(packages, hq) -> None:
    """Two runs whose batches interleaved (PostgreSQL, two officers): the newest run is the first one, but the other
    updated records it brought since. Undoing it would lose that update: refused, nothing undone."""
    first = import_package(hq, packages["first"])
    second = import_package(hq, packages["second"])  # another run: renames an initiative the first brought
    with hq.engine.begin() as conn:  # the first run's last batch committed after the second run
        ledger_table = PackageLedger.__table__
        conn.execute(update(ledger_table).where(ledger_table.c.digest == first.digest)
                     .values(imported_at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=1)))
    before = state(hq)
    assert [e.digest for e in last_import(hq)] == [first.digest]
    with pytest.raises(ExchangeError, match="changed by a later import"):
        undo_last_import(hq)
    assert state(hq) == before
    assert second.digest in {e.digest for e in ledger(hq)}


def test_an_import_from_before_reversals_were_recorded_is_refused_with_its_snapshot(office, tmp_path) -> None:
    with open_store(tmp_path / "hq.sqlite", user="hq") as hq:
        summary = import_package(hq, export(office, tmp_path / "a"))
        with hq.engine.begin() as conn:  # as a store upgraded from schema 0007 has it
            conn.execute(ImportReversal.__table__.delete())
        with pytest.raises(ImportRejected) as refused:
            undo_last_import(hq)
    line = str(refused.value)
    assert "did not record how to undo" in line and summary.snapshot in line and "\n" not in line


def test_an_import_of_new_records_writes_one_reversal_row_per_package_and_none_per_record(office, hq,
                                                                                           tmp_path) -> None:
    """The bulk of a headquarters import is new records: their rows already name the package (source)."""
    summary = import_package(hq, export(office, tmp_path / "a"))
    assert summary.created > 20
    with hq.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ImportReversal)) == 1
        assert conn.scalar(select(func.count()).select_from(ImportReversalRow)) == 0


def test_a_read_only_store_refuses_import_and_undo(office, tmp_path) -> None:
    path = tmp_path / "hq.sqlite"
    with open_store(path, user="hq") as hq:
        import_package(hq, export(office, tmp_path / "a"))
    with open_store(path, read_only=True) as reader:
        with pytest.raises(StoreUnwritable, match="read-only"):
            undo_last_import(reader)
        with pytest.raises(StoreUnwritable, match="read-only"):
            import_package(reader, export(office, tmp_path / "b"), dry_run=True)
        assert len(ledger(reader)) == 1


def test_undoing_an_import_of_hand_edited_rows_takes_their_history_rows_back(hq, tmp_path) -> None:
    """A row edited in a spreadsheet comes in as a new, attributed version with history rows: undone, the record, its
    source (no longer "edited by maria") and its history are as before."""
    from desktop.exchange.format import FIRST_DATA_ROW
    from tests.exchange.test_hand_edits import _edit_count

    (tmp_path / "out").mkdir()
    with open_store(tmp_path / "ken.sqlite") as office:
        build_demo(office, "KEN-NBO")
        original = export(office, tmp_path / "out")
    edited = tmp_path / "edited.xlsx"
    _edit_count(original, edited, FIRST_DATA_ROW, delta=60)
    import_package(hq, original)
    before = state(hq)
    summary = import_packages(hq, [edited], editor="maria", readers=0)[0]
    assert summary.status == "imported" and summary.hand_edited == 1
    assert len(state(hq)["history"]) > len(before["history"])
    undo_last_import(hq)
    assert state(hq) == before
