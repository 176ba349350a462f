"""Record services: lists as DTOs, saving through the rules, delete with tombstones, undo states, history, summary."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from db.store import Store
from desktop.core import records
from desktop.core.progress import Cancelled
from desktop.core.records import Filters, ValidationFailed

INITIATIVE = {"code": "KEN-001", "title": "Nairobi River regeneration", "status": "active", "country": "KEN",
              "start_date": "2023-01-01", "flagship_code": "FP1", "crisis_context": "none"}


def test_lists_are_plain_dataclasses_not_orm_objects(demo_store: Store) -> None:
    rows = records.initiative_rows(demo_store)
    assert rows and all(type(row) is records.InitiativeRow for row in rows)
    assert not hasattr(rows[0], "_sa_instance_state")
    assert records.partner_rows(demo_store) and records.funding_rows(demo_store) and records.beneficiary_rows(demo_store)


def test_initiative_filters_narrow_the_list(demo_store: Store) -> None:
    everything = records.initiative_rows(demo_store)
    active = records.initiative_rows(demo_store, Filters(status="active"))
    assert active and all(row.status == "active" for row in active) and len(active) < len(everything)
    fp1 = records.initiative_rows(demo_store, Filters(programme="FP1"))
    assert all("FP1" in (row.flagship_code, row.subprogramme_code) for row in fp1)
    in_2023 = records.initiative_rows(demo_store, Filters(period="2023-H2"))
    assert all(records.initiative_in_period(row, dt.date(2023, 7, 1), dt.date(2023, 12, 31)) for row in in_2023)


def test_save_creates_a_record_and_returns_warnings(store: Store) -> None:
    result = records.save_record(store, "initiative", {**INITIATIVE, "flagship_code": ""})
    assert result.created and result.revision == 1
    assert [w.code for w in result.warnings] == ["unlinked"]
    assert records.get_record(store, "initiative", result.record_id)["title"] == INITIATIVE["title"]


def test_errors_block_saving(store: Store) -> None:
    with pytest.raises(ValidationFailed) as failure:
        records.save_record(store, "initiative", {**INITIATIVE, "end_date": "2022-01-01"})
    assert [p.code for p in failure.value.problems if p.is_error] == ["date_order"]
    assert records.initiative_rows(store) == []


def test_update_bumps_the_revision_and_writes_history(store: Store) -> None:
    first = records.save_record(store, "initiative", INITIATIVE)
    second = records.save_record(store, "initiative", {"title": "Nairobi Rivers"}, first.record_id)
    assert not second.created and second.revision == 2
    assert second.before is not None and second.before["title"] == INITIATIVE["title"]
    entries = records.history(store, "initiative", first.record_id)
    assert (entries[0].action, entries[0].field, entries[0].old_value, entries[0].new_value) == (
        "update", "title", INITIATIVE["title"], "Nairobi Rivers")
    assert entries[-1].action == "create" and entries[0].changed_by == "tester"


def test_sdg_targets_and_partner_links_are_saved_with_the_initiative(demo_store: Store) -> None:
    partner = records.partner_rows(demo_store)[0]
    result = records.save_record(demo_store, "initiative", {**INITIATIVE, "code": "NEW-1", "sdg_targets": "11.1 11.3",
                                                            "partner_links": [(partner.id, "implementing")]})
    saved = records.get_record(demo_store, "initiative", result.record_id)
    assert saved["sdg_targets"] == frozenset({"11.1", "11.3"})
    assert saved["partner_links"] == ((partner.id, "implementing"),)
    with pytest.raises(ValidationFailed):
        records.save_record(demo_store, "initiative", {"partner_links": [(uuid.uuid4(), "implementing")]},
                            result.record_id)


def test_delete_leaves_a_tombstone_and_undo_brings_the_record_back(demo_store: Store) -> None:
    row = records.initiative_rows(demo_store)[0]
    changes = records.delete_record(demo_store, "initiative", row.id)
    assert changes[0].after is None and len(changes) > 1  # the initiative's counts and funding went with it
    revision, _when = records.tombstone(demo_store, "initiative", row.id)
    assert revision >= 2
    for change in changes:
        records.apply_state(demo_store, change.entity, change.record_id, change.before)
    assert records.tombstone(demo_store, "initiative", row.id) is None
    restored = records.get_record(demo_store, "initiative", row.id)
    assert restored["code"] == row.code
    assert len(records.beneficiary_rows(demo_store, row.id)) == sum(c.entity == "beneficiary_count" for c in changes)


def test_funding_line_usd_is_computed_with_the_rules(demo_store: Store) -> None:
    initiative = records.initiative_rows(demo_store)[0]
    partner = records.partner_rows(demo_store)[0]
    result = records.save_record(demo_store, "funding_line", {
        "initiative_id": initiative.id, "funder_id": partner.id, "source_type": "bilateral", "modality": "earmarked",
        "transaction_type": "pledge", "transaction_date": "2024-01-10", "currency": "EUR", "amount": "1000.50",
        "usd_rate": "1.0870"})
    line = records.get_record(demo_store, "funding_line", result.record_id)
    assert line["amount_usd"] == Decimal("1087.54")
    totals = records.usd_totals(records.funding_rows(demo_store, initiative.id))
    assert list(totals)[:2] == ["pledge", "commitment"]


def test_beneficiary_sum_check_blocks_a_save(demo_store: Store) -> None:
    initiative = records.initiative_rows(demo_store)[0]
    with pytest.raises(ValidationFailed) as failure:
        records.save_record(demo_store, "beneficiary_count", {
            "initiative_id": initiative.id, "period": "2024-H2", "group_code": "residents", "reach_type": "direct",
            "targeted_total": 100, "targeted_female": 60, "targeted_male": 60})
    assert "sum_above" in {p.code for p in failure.value.problems}


def test_summary_counts_what_the_store_holds(demo_store: Store) -> None:
    summary = records.summary(demo_store)
    assert summary.office_code == "KEN-NBO"
    assert summary.counts["initiative"] == len(records.initiative_rows(demo_store))
    assert summary.usd_by_transaction["pledge"] > 0


def test_long_lists_report_progress_and_can_be_cancelled(store: Store) -> None:
    records.bulk_initiatives(store, 12_000)

    class Progress:
        stop = False
        seen: list[int] = []

        def set_value(self, done: int, total: int) -> None:
            self.seen.append(done)
            if done >= 10_000:
                self.stop = True

        def cancelled(self) -> bool:
            return self.stop

    progress = Progress()
    with pytest.raises(Cancelled):
        records.initiative_rows(store, progress=progress)
    assert progress.seen[:2] == [5_000, 10_000]
    assert len(records.initiative_rows(store)) == 12_000


def test_deleting_a_partner_unlinks_its_funding_and_undo_restores_everything(demo_store: Store) -> None:
    partner = next(p for p in records.partner_rows(demo_store) if p.initiatives > 0)
    funded = [f.id for f in records.funding_rows(demo_store) if f.funder_id == partner.id]
    assert funded
    changes = records.delete_record(demo_store, "partner", partner.id)
    assert all(f.funder_id is None for f in records.funding_rows(demo_store) if f.id in funded)
    assert records.history(demo_store, "funding_line", funded[0])[0].field == "funder_id"  # a real, recorded change
    assert any(c.entity == "initiative_partner" for c in changes)
    for change in changes:
        records.apply_state(demo_store, change.entity, change.record_id, change.before)
    assert {f.id for f in records.funding_rows(demo_store) if f.funder_id == partner.id} == set(funded)
    assert next(p for p in records.partner_rows(demo_store) if p.id == partner.id).initiatives == partner.initiatives


def test_deleting_an_initiative_unlinks_its_knowledge_products(demo_store: Store) -> None:
    product = next(k for k in records.knowledge_product_rows(demo_store) if k.initiative_id is not None)
    changes = records.delete_record(demo_store, "initiative", product.initiative_id)
    assert records.get_record(demo_store, "knowledge_product", product.id)["initiative_id"] is None
    for change in changes:
        records.apply_state(demo_store, change.entity, change.record_id, change.before)
    assert records.get_record(demo_store, "knowledge_product", product.id)["initiative_id"] == product.initiative_id


def test_empty_optional_text_is_saved_as_empty_text_on_create_and_update(store: Store) -> None:
    result = records.save_record(store, "initiative", {**INITIATIVE, "admin1": "", "locality": "Kibera"})
    records.save_record(store, "initiative", {"locality": "", "description": ""}, result.record_id)
    saved = records.get_record(store, "initiative", result.record_id)
    assert (saved["admin1"], saved["locality"], saved["description"]) == ("", "", "")


def test_back_up_and_restore_bring_the_data_back(demo_store: Store) -> None:
    backup = records.back_up(demo_store)
    assert records.list_backups(demo_store.path) == [backup]
    first = records.initiative_rows(demo_store)[0]
    records.delete_record(demo_store, "initiative", first.id)
    restored = records.restore_backup(demo_store, backup)
    assert restored is demo_store and restored.office_code == "KEN-NBO"
    assert records.get_record(demo_store, "initiative", first.id)["code"] == first.code
    assert len(records.list_backups(demo_store.path)) == 2  # what was there before restoring, kept too


def test_a_damaged_backup_is_refused_and_the_data_file_kept(demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    before = len(records.initiative_rows(demo_store))
    with pytest.raises(Exception):
        records.restore_backup(demo_store, bad)
    assert len(records.initiative_rows(demo_store)) == before
