"""Identity bookkeeping at flush: revisions grow, times are UTC, deletions leave tombstones, history is kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from db.models import BeneficiaryCount, ChangeLog, FundingLine, Initiative, Partner, Tombstone
from db.store import Store


def _new_initiative(store: Store) -> Initiative:
    with store.session() as session:
        initiative = Initiative(code="T-1", title="First title", status="pipeline", country="KEN", crisis_context="none")
        initiative.set_sdg_targets(["11.1"])
        session.add(initiative)
    return initiative


def test_new_record_gets_revision_1_times_and_office(store: Store) -> None:
    initiative = _new_initiative(store)
    with store.read_session() as session:
        stored = session.get(Initiative, initiative.id)
    assert stored.revision == 1
    assert stored.office_code == "TST-01"
    assert stored.created_at == stored.updated_at
    assert stored.created_at.tzinfo == dt.timezone.utc


def test_every_save_that_changes_a_field_bumps_the_revision_and_logs_old_and_new(store: Store) -> None:
    initiative = _new_initiative(store)
    with store.session(user="amina") as session:
        stored = session.get(Initiative, initiative.id)
        stored.title = "Second title"
        stored.status = "active"
    with store.session() as session:
        stored = session.get(Initiative, initiative.id)
        stored.title = "Second title"  # same value: not a change
    with store.read_session() as session:
        stored = session.get(Initiative, initiative.id)
        history = session.scalars(
            select(ChangeLog).where(ChangeLog.record_id == initiative.id, ChangeLog.action == "update")
        ).all()
    assert stored.revision == 2
    assert stored.updated_at > stored.created_at
    changes = {(h.field, h.old_value, h.new_value, h.changed_by, h.revision) for h in history}
    assert changes == {
        ("title", "First title", "Second title", "amina", 2),
        ("status", "pipeline", "active", "amina", 2),
    }


def test_changing_sdg_targets_is_a_change_of_the_initiative(store: Store) -> None:
    initiative = _new_initiative(store)
    with store.session() as session:
        session.get(Initiative, initiative.id).set_sdg_targets(["11.1", "11.3", "6.2"])
    with store.session() as session:
        session.get(Initiative, initiative.id).set_sdg_targets(["11.3"])
    with store.read_session() as session:
        stored = session.get(Initiative, initiative.id)
        history = session.scalars(
            select(ChangeLog).where(ChangeLog.field == "sdg_targets").order_by(ChangeLog.id)
        ).all()
        assert stored.sdg_targets == ["11.3"]
    assert stored.revision == 3
    assert [(h.old_value, h.new_value) for h in history] == [("11.1", "11.1 11.3 6.2"), ("11.1 11.3 6.2", "11.3")]


def test_delete_leaves_tombstones_for_the_record_and_its_cascaded_children(store: Store) -> None:
    initiative = _new_initiative(store)
    with store.session() as session:
        parent = session.get(Initiative, initiative.id)
        parent.beneficiary_counts.append(
            BeneficiaryCount(period="2023-H2", group_code="residents", reach_type="direct", targeted_total=10)
        )
        parent.funding_lines.append(
            FundingLine(source_type="bilateral", modality="core", transaction_type="pledge",
                        transaction_date=dt.date(2023, 8, 1), currency="USD", amount=Decimal(5),
                        usd_rate=Decimal(1), amount_usd=Decimal(5))
        )
    with store.session() as session:
        session.delete(session.get(Initiative, initiative.id))
    with store.read_session() as session:
        tombstones = {t.entity: t for t in session.scalars(select(Tombstone))}
        assert session.scalars(select(BeneficiaryCount)).all() == []
        deletions = session.scalars(select(ChangeLog).where(ChangeLog.action == "delete")).all()
    assert set(tombstones) == {"initiative", "beneficiary_count", "funding_line"}
    assert tombstones["initiative"].record_id == initiative.id
    assert tombstones["initiative"].revision == 2  # the deletion is a newer revision than the last save
    assert tombstones["initiative"].office_code == "TST-01"
    assert len(deletions) == 3


def test_keep_identity_stores_travelled_revision_and_times(store: Store) -> None:
    at = dt.datetime(2023, 9, 1, 10, 0, tzinfo=dt.timezone.utc)
    with store.session(keep_identity=True) as session:
        session.add(Partner(name="P", partner_type="ngo", revision=7, created_at=at, updated_at=at,
                            office_code="KEN-NBO"))
    with store.session(keep_identity=True) as session:
        partner = session.scalars(select(Partner)).one()
        partner.name = "P2"
        partner.revision = 8
        partner.updated_at = at + dt.timedelta(days=1)
    with store.read_session() as session:
        partner = session.scalars(select(Partner)).one()
        assert (partner.revision, partner.updated_at, partner.office_code) == (8, at + dt.timedelta(days=1), "KEN-NBO")
        assert session.scalars(select(ChangeLog).where(ChangeLog.record_id == partner.id)).all() == []


def test_removing_a_child_from_its_parent_leaves_a_tombstone(store: Store) -> None:
    """Orphans are deleted during the flush itself; their deletion must travel too."""
    initiative = _new_initiative(store)
    with store.session() as session:
        count = BeneficiaryCount(period="2023-H2", group_code="residents", reach_type="direct", targeted_total=10)
        parent = session.get(Initiative, initiative.id)
        parent.beneficiary_counts.append(count)
    with store.session() as session:
        parent = session.get(Initiative, initiative.id)
        parent.beneficiary_counts.clear()
    with store.read_session() as session:
        tombstone = session.get(Tombstone, ("beneficiary_count", count.id))
    assert tombstone is not None and tombstone.revision == 2
