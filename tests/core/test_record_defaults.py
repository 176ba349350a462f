"""What the app offers before the person types: the grid's period, a new funding line, an office's currency and
language, and where a record is shown."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from db.store import Store, open_store
from desktop.core import records

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def ken(demo_store: Store) -> Store:
    """The demo office KEN-NBO (tests/conftest.py)."""
    return demo_store


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Store]:
    """A new office in Kenya (shillings) with two initiatives, two partners and no funding lines yet."""
    with open_store(tmp_path / "x.sqlite", user="tester") as store:
        records.create_office(store, {"code": "TST-01", "name": "Test office", "country": "KEN", "region": "AF",
                                      "currency": "KES", "language": "en"})
        for code in ("TST-001", "TST-002"):
            records.save_record(store, "initiative", {"code": code, "title": f"Initiative {code}", "status": "active",
                                                      "country": "KEN", "start_date": "2023-01-01",
                                                      "flagship_code": "FP1", "crisis_context": "none"})
        for name, kind in (("Swedish International Development Cooperation Agency", "bilateral"),
                           ("European Union", "multilateral")):
            records.save_record(store, "partner", {"name": name, "partner_type": kind})
        yield store


def _initiative(store: Store, code: str) -> uuid.UUID:
    return next(row.id for row in records.initiative_rows(store) if row.code == code)


def _partner(store: Store, name: str) -> uuid.UUID:
    return next(row.id for row in records.partner_rows(store) if row.name == name)


def _line(store: Store, initiative: uuid.UUID, **values: object) -> uuid.UUID:
    base = {"initiative_id": initiative, "source_type": "bilateral", "modality": "earmarked",
            "transaction_type": "pledge", "transaction_date": "2024-01-10", "currency": "KES", "amount": "1000000",
            "usd_rate": "0.0069"}
    return records.save_record(store, "funding_line", {**base, **values}).record_id


# -- the grid's period -----------------------------------------------------------------------------------------


def test_latest_period_of_a_demo_initiative_is_its_newest_counted_half_year(ken: Store) -> None:
    # KEN-003 (Bosaso, from 2023-01-15) is counted in the demo's three periods, 2023-H1 to 2024-H1.
    assert records.latest_period(ken, _initiative(ken, "KEN-003")) == "2024-H1"


def test_latest_period_is_none_for_an_initiative_without_counts(ken: Store) -> None:
    # KEN-004 is in the pipeline: nobody counted yet.
    assert records.latest_period(ken, _initiative(ken, "KEN-004")) is None
    assert records.latest_period(ken, None) is None


def test_latest_period_compares_periods_by_date_not_by_text(ken: Store) -> None:
    initiative = _initiative(ken, "KEN-003")
    records.save_record(ken, "beneficiary_count", {"initiative_id": initiative, "period": "2024-Q1",
                                                   "group_code": "idps", "reach_type": "direct", "targeted_total": 10})
    # "2024-Q1" sorts after "2024-H1" as text, but ends three months before it.
    assert records.latest_period(ken, initiative) == "2024-H1"


# -- a new funding line ----------------------------------------------------------------------------------------


def test_the_first_funding_line_of_an_office_is_a_pledge_today_in_the_office_currency(office: Store) -> None:
    values = records.new_funding_values(office, _initiative(office, "TST-001"), "KES", today=TODAY)
    assert values == {"transaction_type": "pledge", "transaction_date": TODAY, "currency": "KES",
                      "source_type": "bilateral", "modality": "earmarked"}
    assert values.get("usd_rate") is None and values.get("funder_id") is None


def test_the_next_line_of_an_initiative_copies_its_latest_line(office: Store) -> None:
    initiative = _initiative(office, "TST-001")
    sida = _partner(office, "Swedish International Development Cooperation Agency")
    eu = _partner(office, "European Union")
    _line(office, initiative, funder_id=sida, currency="SEK", usd_rate="0.0927", amount="500000")
    _line(office, initiative, funder_id=eu, source_type="multilateral", modality="softly_earmarked",
          transaction_type="incoming", transaction_date="2024-06-30", currency="EUR", usd_rate="1.0870",
          amount="250000")
    values = records.new_funding_values(office, initiative, "KES", today=TODAY)
    assert {k: values.get(k) for k in ("funder_id", "source_type", "modality", "currency", "usd_rate")} == {
        "funder_id": eu, "source_type": "multilateral", "modality": "softly_earmarked", "currency": "EUR",
        "usd_rate": Decimal("1.0870")}
    # A new transaction, dated today: the type and date are not copied.
    assert values["transaction_type"] == "pledge" and values["transaction_date"] == TODAY
    assert "amount" not in values and "reference" not in values


def test_the_first_line_of_a_new_initiative_takes_the_office_rate_but_no_funder(office: Store) -> None:
    first, second = _initiative(office, "TST-001"), _initiative(office, "TST-002")
    sida = _partner(office, "Swedish International Development Cooperation Agency")
    _line(office, first, funder_id=sida, usd_rate="0.0069")
    _line(office, first, funder_id=sida, usd_rate="0.0071", transaction_date="2024-03-01")  # the latest KES rate
    _line(office, first, funder_id=sida, currency="SEK", usd_rate="0.0927")  # newest line, another currency
    values = records.new_funding_values(office, second, "KES", today=TODAY)
    assert values["usd_rate"] == Decimal("0.0071")
    assert values["currency"] == "KES" and values.get("funder_id") is None
    assert (values["transaction_type"], values["source_type"], values["modality"]) == ("pledge", "bilateral",
                                                                                       "earmarked")


# -- an office's currency and language -------------------------------------------------------------------------


@pytest.mark.parametrize(("country", "expected"), [
    ("MOZ", {"currency": "MZN", "language": "pt"}),
    ("MEX", {"currency": "MXN", "language": "es"}),  # Spanish is Mexico's main language in fact, none in law
    ("UKR", {"currency": "UAH", "language": "en"}),  # Ukrainian is not a package language; never Russian
    ("KEN", {"currency": "KES", "language": "en"}),
])
def test_office_defaults_offer_the_country_currency_and_package_language(country: str, expected: dict[str, str]
                                                                         ) -> None:
    assert records.office_defaults(country) == expected


@pytest.mark.parametrize("country", ["XXX", "", None, "KE"])
def test_office_defaults_of_an_unknown_country_are_empty(country: str | None) -> None:
    assert records.office_defaults(country) == {}


# -- where a record is shown -----------------------------------------------------------------------------------


def test_record_place_of_a_count_is_its_initiative_period_and_reach(ken: Store) -> None:
    initiative = _initiative(ken, "KEN-003")
    count = records.save_record(ken, "beneficiary_count", {
        "initiative_id": initiative, "period": "2023-H2", "group_code": "host", "reach_type": "indirect",
        "targeted_total": 500})
    assert records.record_place(ken, "beneficiary_count", count.record_id) == {
        "initiative_id": initiative, "period": "2023-H2", "reach_type": "indirect"}


def test_record_place_of_a_funding_line_is_its_initiative(ken: Store) -> None:
    initiative = _initiative(ken, "KEN-002")
    line = next(row for row in records.funding_rows(ken, initiative))
    assert records.record_place(ken, "funding_line", line.id) == {"initiative_id": initiative}


def test_record_place_of_a_missing_record_is_empty(ken: Store) -> None:
    assert records.record_place(ken, "funding_line", uuid.uuid4()) == {}
