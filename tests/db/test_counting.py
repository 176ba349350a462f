"""The counted-beneficiaries table always equals the counting rule computed from scratch."""

from __future__ import annotations

from sqlalchemy import select

from db.counting import refresh_counted, spans_of
from db.models import BeneficiaryCount, CountedBeneficiary, Initiative


def _table(store) -> set[tuple]:
    with store.engine.connect() as conn:
        return set(conn.execute(select(CountedBeneficiary.__table__)).all())


def _from_scratch(store) -> set[tuple]:
    with store.engine.connect() as conn:
        transaction = conn.begin()
        refresh_counted(conn, None)
        rows = set(conn.execute(select(CountedBeneficiary.__table__)).all())
        transaction.rollback()
    return rows


def test_spans_of_a_period() -> None:
    assert spans_of("2023") == ["all", "2023"]
    assert spans_of("2023-H2") == ["all", "2023", "2023-H2"]
    assert spans_of("2023-Q3") == ["all", "2023", "2023-H2", "2023-Q3"]
    assert spans_of("2024-Q2") == ["all", "2024", "2024-H1", "2024-Q2"]


def test_the_table_follows_every_kind_of_save(demo_store) -> None:
    assert _table(demo_store) and _table(demo_store) == _from_scratch(demo_store)
    with demo_store.session() as session:
        rows = session.scalars(select(BeneficiaryCount).order_by(BeneficiaryCount.id)).all()
        rows[0].reached_total, rows[0].reached_female = 999_999, None  # now the largest of its periods
        rows[1].targeted_total = None
        session.delete(rows[2])
    assert _table(demo_store) == _from_scratch(demo_store)
    assert 999_999 in {row.total for row in _table(demo_store)}  # the edited row now counts for its spans
    with demo_store.session() as session:
        initiative = session.scalars(select(Initiative).where(Initiative.code == "KEN-002")).one()
        initiative.beneficiary_counts.pop()  # an orphan, deleted at flush
    assert _table(demo_store) == _from_scratch(demo_store)
    with demo_store.session() as session:
        session.delete(session.scalars(select(Initiative).where(Initiative.code == "KEN-001")).one())
    assert _table(demo_store) == _from_scratch(demo_store)


def test_the_database_ranks_rows_as_the_rule_says(demo_store) -> None:
    """The SQL that fills the table agrees with the rule written out in Python (spans_of + highest total, then
    latest period)."""
    best: dict[tuple, tuple] = {}
    with demo_store.read_session() as session:
        rows = session.scalars(select(BeneficiaryCount)).all()
        for row in rows:
            for kind in ("targeted", "reached"):
                total = getattr(row, f"{kind}_total")
                if total is None:
                    continue
                for span in spans_of(row.period):
                    key = (kind, span, row.initiative_id, row.group_code, row.reach_type)
                    if key not in best or (total, row.period) > best[key][0]:
                        best[key] = ((total, row.period), row.id)
    expected = {key + (row_id,) for key, (_rank, row_id) in best.items()}
    assert {tuple(r[:5]) + (r.row_id,) for r in _table(demo_store)} == expected
