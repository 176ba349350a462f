"""Money stays exact and times stay UTC through the store."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from db import reference
from db.models import FundingLine, Initiative, Partner
from db.store import Store

BIG = Decimal("12345678901234567.89")


def _initiative(session) -> Initiative:
    initiative = Initiative(code="T-1", title="Test", status="active", country="KEN", crisis_context="none")
    session.add(initiative)
    return initiative


def _line(initiative: Initiative, **kw) -> FundingLine:
    values = dict(
        source_type="bilateral", modality="earmarked", transaction_type="pledge", transaction_date=dt.date(2023, 8, 1),
        currency="USD", amount=BIG, usd_rate=Decimal("1"), amount_usd=BIG,
    )
    values.update(kw)
    return FundingLine(initiative=initiative, **values)


def test_large_amount_round_trips_exactly(store: Store) -> None:
    with store.session() as session:
        line = _line(_initiative(session))
        session.add(line)
        line_id = line.id
    with store.read_session() as session:
        stored = session.get(FundingLine, line_id)
        assert stored.amount == BIG and str(stored.amount) == "12345678901234567.89"
        assert stored.amount_usd == BIG and str(stored.amount_usd) == "12345678901234567.89"
        # A plain float would have come back as 12345678901234568.0: prove the file holds the exact digits.
        raw = session.execute(text("select amount, amount_usd from funding_line")).one()
        assert raw == ("12345678901234567.89", 1234567890123456789)


def test_usd_amounts_add_up_exactly_in_sql(store: Store) -> None:
    """Integer cents make SUM exact: a float sum of 0.10 ten times is not 1.00."""
    from sqlalchemy import func

    with store.session() as session:
        initiative = _initiative(session)
        for _ in range(10):
            session.add(_line(initiative, amount=Decimal("0.10"), amount_usd=Decimal("0.10")))
    with store.read_session() as session:
        total = session.scalar(select(func.sum(FundingLine.amount_usd)))
        cents = session.scalar(text("select sum(amount_usd) from funding_line"))
    assert cents == 100 and isinstance(cents, int)
    assert total == Decimal("1.00")


def test_float_money_is_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="float"):
        with store.session() as session:
            session.add(_line(_initiative(session), amount=0.1))


def test_usd_with_more_than_two_places_is_refused_not_rounded(store: Store) -> None:
    with pytest.raises(StatementError, match="decimal places"):
        with store.session() as session:
            session.add(_line(_initiative(session), amount_usd=Decimal("1.005")))


def test_naive_datetime_is_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="naive"):
        with store.session() as session:
            session.add(Partner(name="P", partner_type="ngo", updated_at=dt.datetime(2023, 1, 1)))


def test_times_come_back_as_utc(store: Store) -> None:
    at = dt.datetime(2023, 7, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    with store.session() as session:
        partner = Partner(name="P", partner_type="ngo", created_at=at, updated_at=at)
        session.add(partner)
    with store.read_session() as session:
        stored = session.get(Partner, partner.id)
    assert stored.created_at == at and stored.created_at.tzinfo == dt.timezone.utc
    assert stored.created_at.hour == 9


@pytest.mark.parametrize(("currency", "places"), [("XOF", 0), ("JPY", 0), ("USD", 2), ("EUR", 2), ("KWD", 3)])
def test_currency_precision_comes_from_babel(currency: str, places: int) -> None:
    assert reference.currency_precision(currency) == places


def test_uuid_ids_are_kept(store: Store) -> None:
    fixed = uuid.UUID("12345678-1234-5678-1234-567812345678")
    with store.session() as session:
        session.add(Partner(id=fixed, name="P", partner_type="ngo"))
    with store.read_session() as session:
        assert session.get(Partner, fixed).name == "P"
