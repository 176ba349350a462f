"""What the export dialog is told before writing (``plan_export``): counts, periods, the default, blockers, problems.

No Qt: the plan is a plain function over the store.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert

from db.models import Tombstone
from db.store import Store, open_store
from desktop.core import records
from desktop.core.demo import build_demo
from desktop.exchange.export import plan_export

#: The demo office KEN-NBO has counts in 2023-H1, 2023-H2 and 2024-H1, and funding lines dated from 2021-H2 to
#: 2025-H1 (KEN-004's pledge and commitment are dated 2025).
DEMO_DATA_PERIODS = ["2025-H1", "2024-H1", "2023-H2", "2023-H1", "2022-H2", "2022-H1", "2021-H2"]


@pytest.fixture
def ken(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "x.sqlite", user="tester") as store:
        build_demo(store, "KEN-NBO")
        yield store


def _initiative_id(store: Store, code: str) -> uuid.UUID:
    return next(row.id for row in records.initiative_rows(store) if row.code == code)


def test_plan_counts_every_entity_and_the_deletions(ken: Store) -> None:
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    assert plan.office_code == "KEN-NBO" and plan.blocker is None
    assert plan.counts == {"initiative": 4, "partner": 10, "initiative_partner": 12, "beneficiary_count": 18,
                           "funding_line": 22, "knowledge_product": 3, "deletion": 0}
    product = records.knowledge_product_rows(ken)[0]
    records.delete_record(ken, "knowledge_product", product.id)
    after = plan_export(ken, today=dt.date(2026, 12, 1))
    assert after.counts["knowledge_product"] == 2 and after.counts["deletion"] == 1
    assert after.blocker is None  # the office's own deletion goes in its package


def test_periods_are_newest_first_with_the_current_half_year_in_its_sorted_place(ken: Store) -> None:
    # 2024-H2 (today's half-year) has no data and lies between 2025-H1 and 2024-H1: it is not put first.
    plan = plan_export(ken, today=dt.date(2024, 9, 1))
    assert plan.periods == ["2025-H1", "2024-H2", "2024-H1", "2023-H2", "2023-H1", "2022-H2", "2022-H1", "2021-H2"]
    later = plan_export(ken, today=dt.date(2026, 12, 1))
    assert later.periods == ["2026-H2", *DEMO_DATA_PERIODS]


def test_the_default_period_is_the_newest_begun_period_with_data(ken: Store) -> None:
    assert plan_export(ken, today=dt.date(2026, 12, 1)).default_period == "2025-H1"
    # On 1 March 2024, 2025-H1 (KEN-004's lines dated 2025) has not begun: its data is not the default.
    early = plan_export(ken, today=dt.date(2024, 3, 1))
    assert "2025-H1" in early.periods
    assert early.default_period == "2024-H1"
    # On 1 September 2024 the half-year under way has no data: the newest begun period with data is the default.
    assert plan_export(ken, today=dt.date(2024, 9, 1)).default_period == "2024-H1"


def test_with_only_future_data_the_default_is_the_current_half_year(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.sqlite") as store:
        records.create_office(store, {"code": "TST-01", "name": "Test office", "country": "KEN", "region": "AF",
                                      "currency": "KES", "language": "en"})
        initiative = records.save_record(store, "initiative", {
            "code": "TST-001", "title": "Test", "status": "pipeline", "country": "KEN", "crisis_context": "none",
            "flagship_code": "FP1"}).record_id
        records.save_record(store, "beneficiary_count", {
            "initiative_id": initiative, "period": "2027-H1", "group_code": "residents", "reach_type": "direct",
            "targeted_total": 100})
        plan = plan_export(store, today=dt.date(2026, 12, 1))
    assert plan.periods == ["2027-H1", "2026-H2"]
    assert plan.default_period == "2026-H2"


def test_another_offices_record_blocks_the_export_and_says_merge(ken: Store) -> None:
    partner = records.partner_rows(ken)[0]
    with ken.engine.begin() as conn:  # as a headquarters store holds it
        conn.exec_driver_sql("UPDATE partner SET office_code = 'UGA-KLA' WHERE id = ?", (partner.id.hex,))
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    assert plan.blocker is not None
    assert "UGA-KLA" in plan.blocker and "Merge" in plan.blocker
    assert plan.problems == []


def test_another_offices_tombstone_blocks_the_export_too(ken: Store) -> None:
    with ken.engine.begin() as conn:  # a deletion imported from another office's package
        conn.execute(insert(Tombstone.__table__).values(entity="partner", record_id=uuid.uuid4(), revision=2,
                                                        deleted_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                                                        office_code="UGA-KLA"))
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    assert plan.counts["deletion"] == 1
    assert plan.blocker is not None
    assert "UGA-KLA" in plan.blocker and "Merge" in plan.blocker


def test_a_second_office_profile_blocks_the_export(ken: Store) -> None:
    build_demo(ken, "MEX-MEX")
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    assert plan.office_code is None
    assert plan.blocker is not None and "MEX-MEX" in plan.blocker and "Merge" in plan.blocker


def test_a_store_without_an_office_is_blocked(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.sqlite") as store:
        plan = plan_export(store, today=dt.date(2026, 12, 1))
    assert plan.office_code is None
    assert plan.blocker is not None and "office" in plan.blocker
    assert plan.problems == []


def test_the_demo_office_has_no_problems(ken: Store) -> None:
    assert plan_export(ken, today=dt.date(2026, 12, 1)).problems == []


def test_a_stored_initiative_ending_before_it_starts_is_an_error_named_by_its_code(ken: Store) -> None:
    with ken.engine.begin() as conn:  # stored by an older version, say: the rules now question it
        conn.exec_driver_sql("UPDATE initiative SET end_date = '2001-01-01' WHERE code = 'KEN-003'")
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    assert len(plan.errors) == 1
    item = plan.errors[0]
    assert (item.entity, item.record_id, item.problem.code) == ("initiative", _initiative_id(ken, "KEN-003"),
                                                                "date_order")
    assert item.label == "KEN-003 — Bosaso participatory urban planning"


def test_problems_of_counts_and_funding_lines_are_labelled_with_their_initiative(ken: Store) -> None:
    initiative = _initiative_id(ken, "KEN-003")
    with ken.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE beneficiary_count SET reached_total = targeted_total + 10, reached_female = NULL,"
                             " reached_male = NULL, reached_other = NULL WHERE initiative_id = ? AND period = '2023-H1'"
                             " AND group_code = 'idps'", (initiative.hex,))
        conn.exec_driver_sql("UPDATE funding_line SET amount_usd = amount_usd + 1000 WHERE reference = 'KEN-003-EU-1'")
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    labels = {(p.entity, p.problem.code): p.label for p in plan.problems}
    assert labels[("beneficiary_count", "reached_above_target")] == \
        "KEN-003 — Bosaso participatory urban planning: 2023-H1 idps"
    assert labels[("funding_line", "usd_mismatch")] == \
        "KEN-003 — Bosaso participatory urban planning: pledge EUR 1200000"


def test_errors_are_listed_before_warnings(ken: Store) -> None:
    with ken.engine.begin() as conn:
        # A warning on an initiative (earlier in the entity order than funding lines): linked to no programme.
        conn.exec_driver_sql("UPDATE initiative SET flagship_code = NULL, subprogramme_code = NULL "
                             "WHERE code = 'KEN-002'")
        # An error on a funding line: its USD amount disagrees with amount × rate.
        conn.exec_driver_sql("UPDATE funding_line SET amount_usd = amount_usd + 1000 WHERE reference = 'KEN-003-EU-1'")
    plan = plan_export(ken, today=dt.date(2026, 12, 1))
    assert [(p.entity, p.problem.code, p.problem.is_error) for p in plan.problems] == [
        ("funding_line", "usd_mismatch", True), ("initiative", "unlinked", False)]
    assert plan.errors == plan.problems[:1]
