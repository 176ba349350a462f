"""The one rules module: each rule, by the problem it reports."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from desktop.core import rules
from desktop.core.rules import Severity


def initiative(**kw):
    values = dict(code="KEN-9", title="Nairobi River", status="active", country="KEN", crisis_context="none",
                  start_date=dt.date(2023, 1, 1), flagship_code="FP1", sdg_targets=frozenset({"11.1"}))
    values.update(kw)
    return values


def counts(**kw):
    values = dict(initiative_id=uuid.uuid4(), period="2023-H2", group_code="refugees", reach_type="direct",
                  targeted_total=100, reached_total=80)
    values.update(kw)
    return values


def funding(**kw):
    values = dict(initiative_id=uuid.uuid4(), funder_id=uuid.uuid4(), source_type="bilateral", modality="earmarked",
                  transaction_type="commitment", transaction_date=dt.date(2023, 9, 1), currency="EUR",
                  amount=Decimal("1000.00"), usd_rate=Decimal("1.087"), amount_usd=Decimal("1087.00"))
    values.update(kw)
    return values


def codes(problems, severity=None):
    return {(p.field, p.code) for p in problems if severity is None or p.severity is severity}


def test_a_good_record_of_each_kind_has_no_problem() -> None:
    assert rules.check("initiative", initiative()) == []
    assert rules.check("beneficiary_count", counts()) == []
    assert rules.check("funding_line", funding()) == []
    assert rules.check("partner", dict(name="Sida", partner_type="bilateral", country="SWE")) == []
    assert rules.check("office", dict(code="KEN-NBO", name="Kenya", country="KEN", region="AF", currency="KES",
                                      language="en")) == []


def test_problems_are_structured_and_name_the_record() -> None:
    record_id = uuid.uuid4()
    [problem] = rules.check("initiative", initiative(id=record_id, title=""))
    assert (problem.entity, problem.record_id, problem.field, problem.code, problem.severity) == (
        "initiative", str(record_id), "title", "required", Severity.ERROR)
    assert problem.message == "Title is required"
    assert problem.template == "{label} is required"  # the UI translates the template, then formats


def test_required_fields() -> None:
    found = codes(rules.check("initiative", {}))
    assert {("code", "required"), ("title", "required"), ("status", "required"), ("country", "required")} <= found
    assert ("description", "required") not in found


@pytest.mark.parametrize(("field", "value"), [("status", "ongoing"), ("country", "KE"), ("flagship_code", "FP9"),
                                              ("crisis_context", "war")])
def test_code_lists(field: str, value: str) -> None:
    assert (field, "code") in codes(rules.check("initiative", initiative(**{field: value})))


def test_unknown_sdg_targets_are_named() -> None:
    [problem] = rules.check("initiative", initiative(sdg_targets=frozenset({"11.1", "11.9", "18.1"})))
    assert problem.code == "code" and problem.params["codes"] == "11.9 18.1"


def test_end_before_start_is_an_error() -> None:
    found = rules.check("initiative", initiative(start_date=dt.date(2024, 1, 1), end_date=dt.date(2023, 1, 1)))
    assert codes(found, Severity.ERROR) == {("end_date", "date_order")}


def test_text_longer_than_the_column_is_an_error() -> None:
    assert ("title", "too_long") in codes(rules.check("initiative", initiative(title="x" * 501)))


def test_wrong_kind_of_value_is_an_error_not_a_crash() -> None:
    assert ("start_date", "type") in codes(rules.check("initiative", initiative(start_date="soon")))
    assert ("targeted_total", "type") in codes(rules.check("beneficiary_count", counts(targeted_total="many")))


def test_counts_cannot_be_negative() -> None:
    assert ("reached_female", "negative") in codes(rules.check("beneficiary_count", counts(reached_female=-1)))


def test_disaggregation_by_sex_must_equal_the_total_when_all_parts_are_given() -> None:
    found = rules.check("beneficiary_count", counts(targeted_female=50, targeted_male=40, targeted_other=0))
    assert codes(found) == {("targeted_female", "sum_mismatch")}
    assert rules.check("beneficiary_count", counts(targeted_female=60, targeted_male=40, targeted_other=0)) == []


def test_partial_disaggregation_may_be_below_but_never_above_the_total() -> None:
    assert rules.check("beneficiary_count", counts(reached_children=30, reached_youth=20)) == []
    found = rules.check("beneficiary_count", counts(reached_children=60, reached_youth=30))
    assert codes(found) == {("reached_children", "sum_above")}


def test_age_bands_are_checked_separately_from_sex() -> None:
    found = rules.check("beneficiary_count", counts(
        targeted_female=50, targeted_male=50, targeted_other=0,
        targeted_children=10, targeted_youth=10, targeted_adults=10, targeted_older=10))
    assert codes(found) == {("targeted_children", "sum_mismatch")}


def test_parts_without_a_total_and_pwd_above_total() -> None:
    assert ("reached_total", "total_missing") in codes(
        rules.check("beneficiary_count", counts(reached_total=None, reached_female=3)))
    assert ("targeted_pwd", "sum_above") in codes(rules.check("beneficiary_count", counts(targeted_pwd=101)))


def test_reached_above_targeted_is_a_warning_only() -> None:
    found = rules.check("beneficiary_count", counts(targeted_total=100, reached_total=150))
    assert codes(found, Severity.WARNING) == {("reached_total", "reached_above_target")}
    assert rules.errors(found) == []


def test_a_count_needs_a_targeted_or_a_reached_total() -> None:
    assert ("targeted_total", "no_counts") in codes(
        rules.check("beneficiary_count", counts(targeted_total=None, reached_total=None)))


@pytest.mark.parametrize("period", ["2023-H3", "2023-Q5", "23-H1", "H1-2023", "2023-h1"])
def test_periods_must_be_written_canonically(period: str) -> None:
    assert ("period", "period") in codes(rules.check("beneficiary_count", counts(period=period)))


def test_period_outside_the_initiative_dates_is_a_warning() -> None:
    record = counts(period="2021-H1")
    context = rules.Context(initiative_dates={record["initiative_id"]: (dt.date(2023, 1, 1), None)})
    assert codes(rules.check("beneficiary_count", record, context=context)) == {("period", "outside_dates")}


@pytest.mark.parametrize(("currency", "amount", "ok"), [
    ("XOF", Decimal("1000"), True), ("XOF", Decimal("1000.5"), False),
    ("USD", Decimal("10.25"), True), ("USD", Decimal("10.255"), False),
    ("KWD", Decimal("10.255"), True), ("KWD", Decimal("10.2555"), False),
    ("USD", Decimal("10.2500"), True),  # trailing zeros are not extra precision
])
def test_currency_precision(currency: str, amount: Decimal, ok: bool) -> None:
    rate = Decimal(1) if currency == "USD" else Decimal("0.5")
    record = funding(currency=currency, amount=amount, usd_rate=rate, amount_usd=rules.usd_amount(amount, rate))
    assert (("amount", "precision") not in codes(rules.check("funding_line", record))) is ok


def test_usd_amount_must_equal_amount_times_rate_within_a_cent() -> None:
    assert rules.check("funding_line", funding(amount_usd=Decimal("1087.01"))) == []
    assert ("amount_usd", "usd_mismatch") in codes(rules.check("funding_line", funding(amount_usd=Decimal("1088"))))


def test_usd_rate_rules() -> None:
    assert ("usd_rate", "rate") in codes(rules.check("funding_line", funding(usd_rate=Decimal(0))))
    assert ("usd_rate", "rate") in codes(rules.check("funding_line", funding(
        currency="USD", usd_rate=Decimal("1.1"), amount_usd=Decimal("1100.00"))))


def test_allowed_transaction_types_and_negative_amounts() -> None:
    assert ("transaction_type", "code") in codes(rules.check("funding_line", funding(transaction_type="grant")))
    negative = funding(amount=Decimal(-10), amount_usd=Decimal("-10.87"))
    assert ("amount", "negative") in codes(rules.check("funding_line", negative), Severity.ERROR)
    correction = rules.check("funding_line", {**negative, "transaction_type": "expenditure"})
    assert codes(correction, Severity.WARNING) == {("amount", "negative")} and rules.errors(correction) == []


def test_references_are_checked_when_known_ids_are_given() -> None:
    record = funding()
    context = rules.Context(known_ids={"initiative": {record["initiative_id"]}, "partner": set()})
    assert codes(rules.check("funding_line", record, context=context)) == {("funder_id", "reference")}


def test_identity_fields_when_asked() -> None:
    found = codes(rules.check("partner", dict(name="P", partner_type="ngo", revision=0), identity=True))
    assert {("id", "required"), ("revision", "range"), ("updated_at", "required")} <= found


def test_coerce_turns_cell_text_into_typed_values_and_reports_bad_ones() -> None:
    values, problems = rules.coerce("funding_line", {
        "amount": "1234.50", "transaction_date": "2023-08-01", "initiative_id": "not-a-uuid", "currency": "EUR"})
    assert values["amount"] == Decimal("1234.50") and values["transaction_date"] == dt.date(2023, 8, 1)
    assert codes(problems) == {("initiative_id", "type")}
    values, _ = rules.coerce("initiative", {"sdg_targets": "11.1, 11.3 6.2", "description": ""})
    assert values == {"sdg_targets": frozenset({"11.1", "11.3", "6.2"}), "description": None}


def test_coerce_keeps_spreadsheet_floats_exact() -> None:
    values, _ = rules.coerce("funding_line", {"amount": 0.1, "usd_rate": 1.087})
    assert values == {"amount": Decimal("0.1"), "usd_rate": Decimal("1.087")}


@pytest.mark.parametrize("raw", [Decimal("Infinity"), Decimal("-Infinity"), Decimal("NaN"), Decimal("sNaN")])
def test_a_whole_number_field_refuses_an_infinite_or_undefined_decimal(raw: Decimal) -> None:
    spec = rules.field_spec("beneficiary_count", "reached_total")
    with pytest.raises(rules.CoercionError):
        rules.coerce_value(spec, raw)


MZN_RATES = [Decimal("0.0156"), Decimal("0.0157"), Decimal("0.0155"), Decimal("0.0158")]  # USD per MZN


def test_a_rate_typed_the_wrong_way_round_is_a_warning_against_the_earlier_lines() -> None:
    problem = rules.rate_outlier(Decimal("63.9"), MZN_RATES, currency="MZN")  # MZN per USD, stored as USD per MZN
    assert problem is not None
    assert (problem.field, problem.code, problem.severity) == ("usd_rate", "rate_outlier", Severity.WARNING)
    assert problem.message == "Over 5× the office's usual MZN rate (1 MZN = 0.01565 USD): typed the wrong way round?"
    assert problem.params["rate"] == "63.90"


def test_a_rate_far_below_the_earlier_lines_is_a_warning_too() -> None:
    problem = rules.rate_outlier(Decimal("0.0001"), MZN_RATES, currency="MZN")
    assert problem is not None and problem.code == "rate_outlier" and not problem.is_error
    assert problem.message == ("Under 1/5 of the office's usual MZN rate (1 MZN = 0.01565 USD): typed the wrong way "
                               "round?")


@pytest.mark.parametrize("rate", ["0.0156494523", "0.0782", "0.00314"])  # the usual rate, up to 5 times either way
def test_a_rate_within_five_times_of_the_earlier_median_passes(rate: str) -> None:
    assert rules.rate_outlier(Decimal(rate), MZN_RATES, currency="MZN") is None


def test_the_median_decides_so_one_wrong_earlier_line_does_not_move_the_usual_rate() -> None:
    earlier = [*MZN_RATES, Decimal("63.9")]  # one line already saved the wrong way round
    assert rules.rate_outlier(Decimal("0.0157"), earlier, currency="MZN") is None
    assert rules.rate_outlier(Decimal("63.9"), earlier, currency="MZN") is not None


@pytest.mark.parametrize("rate, earlier", [
    (Decimal("63.9"), []),  # no earlier line in the currency: nothing to compare with
    (None, MZN_RATES),  # no rate yet
    (Decimal("0"), MZN_RATES),  # no rate at all: the field rules say so
    ("63.9", MZN_RATES),  # text that is no number: the field rules say so
    (Decimal("63.9"), [Decimal("0"), None, Decimal("NaN")]),  # earlier values that are no rates are left out
])
def test_no_rate_warning_without_a_rate_and_earlier_rates_to_compare(rate, earlier) -> None:  # type: ignore[no-untyped-def]
    assert rules.rate_outlier(rate, earlier, currency="MZN") is None
