"""Properties of the rules, over generated records."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from db.models import AGE_PARTS, SEX_PARTS
from db.types import canonical_decimal
from desktop.core import rules

anything = st.one_of(
    st.none(), st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.booleans(), st.dates(),
    st.decimals(allow_nan=True, allow_infinity=True), st.uuids(), st.frozensets(st.text(max_size=5), max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(entity=st.sampled_from(rules.ENTITIES), data=st.data())
def test_check_never_crashes_whatever_it_is_given(entity: str, data: st.DataObject) -> None:
    names = [spec.name for spec in (*rules.IDENTITY_FIELDS, *rules.FIELDS[entity])]
    record = data.draw(st.dictionaries(st.sampled_from(names), anything))
    problems = rules.check(entity, record, identity=True)
    assert all(isinstance(p, rules.Problem) and p.message for p in problems)


@settings(max_examples=150, deadline=None)
@given(entity=st.sampled_from(rules.ENTITIES), data=st.data())
def test_coerce_never_crashes_on_cell_text(entity: str, data: st.DataObject) -> None:
    names = [spec.name for spec in rules.FIELDS[entity]]
    raw = data.draw(st.dictionaries(st.sampled_from(names), st.one_of(st.text(max_size=30), st.floats(), st.none())))
    values, problems = rules.coerce(entity, raw)
    assert set(values) == set(raw)
    assert {p.field for p in problems} <= set(raw)


parts = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))


@settings(max_examples=300, deadline=None)
@given(total=st.integers(min_value=0, max_value=30_000), sex=st.tuples(parts, parts, parts),
       age=st.tuples(parts, parts, parts, parts))
@example(total=6660, sex=(3243, 3324, 33), age=(2536, 1649, 1916, 499))  # the total typed wrong
@example(total=6500, sex=(3243, 3324, 33), age=(2536, 1649, 1916, 499))
def test_disaggregation_rule(total: int, sex: tuple, age: tuple) -> None:
    record = dict(initiative_id=uuid.uuid4(), period="2023-H2", group_code="residents", reach_type="direct",
                  reached_total=total)
    record.update({f"reached_{p}": v for p, v in zip(SEX_PARTS, sex, strict=True)})
    record.update({f"reached_{p}": v for p, v in zip(AGE_PARTS, age, strict=True)})
    found = {(p.field, p.code) for p in rules.check("beneficiary_count", record)}
    # Both breakdowns whole and agreeing with each other, not with the total: the total is the one problem.
    total_wrong = None not in sex and None not in age and sum(sex) == sum(age) != total
    assert (("reached_total", "total_mismatch") in found) is total_wrong
    for values, first in ((sex, "reached_female"), (age, "reached_children")):
        given_ = [v for v in values if v is not None]
        above = not total_wrong and sum(given_) > total
        mismatch = not total_wrong and not above and len(given_) == len(values) and sum(given_) != total
        assert ((first, "sum_above") in found) is above
        assert ((first, "sum_mismatch") in found) is mismatch


currencies = st.sampled_from(["XOF", "JPY", "USD", "EUR", "KES", "KWD", "BHD"])


@settings(max_examples=200, deadline=None)
@given(currency=currencies, data=st.data(), rate=st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(5),
                                                                 places=6))
def test_usd_amount_at_the_rate_is_always_accepted_and_a_wrong_one_never(currency: str, data: st.DataObject,
                                                                         rate: Decimal) -> None:
    from db.reference import currency_precision

    places = currency_precision(currency)
    amount = data.draw(st.decimals(min_value=0, max_value=Decimal("1e12"), places=places))
    rate = Decimal(1) if currency == "USD" else rate
    record = dict(initiative_id=uuid.uuid4(), funder_id=uuid.uuid4(), source_type="bilateral", modality="core",
                  transaction_type="commitment", transaction_date=dt.date(2023, 8, 1), currency=currency,
                  amount=amount, usd_rate=rate, amount_usd=rules.usd_amount(amount, rate))
    assert rules.errors(rules.check("funding_line", record)) == []
    wrong = {**record, "amount_usd": record["amount_usd"] + Decimal("0.02")}
    assert "usd_mismatch" in {p.code for p in rules.check("funding_line", wrong)}


@settings(max_examples=300, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimal_text_round_trips(number: Decimal) -> None:
    """A decimal within 28 digits before and after the point reads back from its canonical text; one beyond is
    refused, whatever its form (written out, 1E+300 cannot be, and 1E-999999999999 needs a terabyte)."""
    spec = rules.field_spec("funding_line", "amount")
    digits = rules.MAX_DECIMAL_DIGITS
    if number.as_tuple().exponent < -digits or (number and number.adjusted() >= digits):
        for raw in (number, str(number)):
            with pytest.raises(rules.CoercionError, match="out of range"):
                rules.coerce_value(spec, raw)
        return
    assert rules.coerce_value(spec, canonical_decimal(number)) == number
