"""The same store on a real PostgreSQL server: migrations, exact money, bookkeeping."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from db.models import Base, BeneficiaryCount, FundingLine, Initiative, Tombstone, is_model_object
from db.store import open_store
from desktop.core.demo import build_demo

pytestmark = pytest.mark.postgres


def test_migrates_to_head_matching_the_models(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert store.engine.dialect.name == "postgresql"
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn, opts={"include_name": is_model_object}),
                                    Base.metadata) == []
            assert conn.scalar(text("select data_type from information_schema.columns "
                                    "where table_name = 'funding_line' and column_name = 'amount'")) == "numeric"


def test_demo_office_and_exact_money(pg_url: str) -> None:
    big = Decimal("12345678901234567.89")
    with open_store(pg_url) as store:
        build_demo(store, "MEX-MEX")
        with store.session() as session:
            line = session.scalars(select(FundingLine).limit(1)).one()
            line.amount, line.usd_rate, line.amount_usd, line.currency = big, Decimal(1), big, "USD"
        with store.read_session() as session:
            stored = session.get(FundingLine, line.id)
            assert (stored.amount, stored.amount_usd, stored.revision) == (big, big, 2)
            assert session.scalar(select(func.count()).select_from(Initiative)) == 4


def test_delete_cascades_and_leaves_tombstones(pg_url: str) -> None:
    with open_store(pg_url) as store:
        build_demo(store, "KEN-NBO")
        with store.session() as session:
            initiative = session.scalars(select(Initiative).where(Initiative.code == "KEN-001")).one()
            children = len(initiative.beneficiary_counts) + len(initiative.funding_lines)
            session.delete(initiative)
        with store.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Tombstone)) >= children + 1
            assert session.scalar(select(func.count()).select_from(BeneficiaryCount).where(
                BeneficiaryCount.initiative_id == initiative.id)) == 0
