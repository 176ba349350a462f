"""What the rules say, and where: the cell most likely wrong, the code most likely meant, one problem for one bad
cell, counts in correct English."""

from __future__ import annotations

import uuid
from pathlib import Path

import openpyxl
import pytest

from db import reference
from db.store import Store
from desktop.core import rules
from desktop.core.rules import Severity

# A row of the demo package (Beneficiaries row 6): both breakdowns add up to the total of each kind.
GOOD = dict(targeted_total=7340, targeted_female=3592, targeted_male=3712, targeted_other=36,
            targeted_children=2884, targeted_youth=1631, targeted_adults=2301, targeted_older=524, targeted_pwd=353,
            reached_total=6600, reached_female=3243, reached_male=3324, reached_other=33,
            reached_children=2536, reached_youth=1649, reached_adults=1916, reached_older=499, reached_pwd=776)


def counts(**kw: object) -> dict[str, object]:
    values: dict[str, object] = dict(initiative_id=uuid.uuid4(), period="2023-H2", group_code="refugees",
                                     reach_type="direct", **GOOD)
    values.update(kw)
    return values


def found(problems: list[rules.Problem]) -> list[tuple[str | None, str, str]]:
    return [(p.field, p.code, p.message) for p in problems]


def test_the_demo_row_has_no_problem() -> None:
    assert rules.check("beneficiary_count", counts()) == []


# -- the sum rules point at the cell most likely wrong --------------------------------------------------------------

@pytest.mark.parametrize("total", [6660, 6500])
def test_a_total_that_both_agreeing_breakdowns_contradict_is_the_one_problem(total: int) -> None:
    [problem] = rules.check("beneficiary_count", counts(reached_total=total))
    assert (problem.field, problem.code, problem.severity) == ("reached_total", "total_mismatch", Severity.ERROR)
    assert problem.message == (f"The reached total {total} differs from female + male + other = 6600 (and from the "
                               "age groups, also 6600): correct the total")
    assert problem.template.format(**problem.params) == problem.message  # what the UI translates, then formats


def test_a_targeted_total_typed_wrong_is_reported_on_the_targeted_total() -> None:
    assert [(p.field, p.code) for p in rules.check("beneficiary_count", counts(targeted_total=7000))] == [
        ("targeted_total", "total_mismatch")]


def test_a_part_typed_wrong_is_reported_on_its_breakdown_saying_which_to_correct() -> None:
    # female 3300 instead of 3243: the age groups still add up to the total, so the counts by sex are wrong.
    assert found(rules.check("beneficiary_count", counts(reached_female=3300))) == [
        ("reached_female", "sum_above", "The reached counts by sex add up to 6657, but the total and the counts by "
         "age band are 6600: correct the counts by sex")]
    assert found(rules.check("beneficiary_count", counts(reached_older=400))) == [
        ("reached_children", "sum_mismatch", "The reached counts by age band add up to 6501, but the total and the "
         "counts by sex are 6600: correct the counts by age band")]


def test_breakdowns_that_disagree_with_each_other_and_the_total_are_each_reported() -> None:
    problems = rules.check("beneficiary_count", counts(reached_female=3300, reached_older=400))
    assert found(problems) == [
        ("reached_female", "sum_above", "The reached counts by sex add up to 6657, more than the total 6600"),
        ("reached_children", "sum_mismatch", "The reached counts by age band add up to 6501, not the total 6600")]


def test_a_breakdown_given_in_part_is_never_taken_as_agreeing() -> None:
    # The age groups are not all given: nothing says the counts by sex are right, so they carry the problem.
    record = counts(reached_total=6660, reached_older=None)
    assert [(p.field, p.code) for p in rules.check("beneficiary_count", record)] == [
        ("reached_female", "sum_mismatch")]


def test_a_missing_total_is_asked_for_once() -> None:
    assert found(rules.check("beneficiary_count", counts(reached_total=None))) == [
        ("reached_total", "total_missing", "Give the reached total: its parts by sex and age band are given")]
    # Neither total: each is asked for once, and "give a targeted or a reached total" is not said a third time.
    problems = rules.check("beneficiary_count", counts(targeted_total=None, reached_total=None))
    assert [(p.field, p.code) for p in problems] == [("targeted_total", "total_missing"),
                                                     ("reached_total", "total_missing")]
    bare = {k: v for k, v in counts().items() if not k.startswith(("targeted_", "reached_"))}
    assert [(p.field, p.code) for p in rules.check("beneficiary_count", bare)] == [("targeted_total", "no_counts")]


# -- a code not in its list: the nearest code -----------------------------------------------------------------------

def code_problem(entity: str, field: str, value: str) -> rules.Problem:
    record = {"initiative": dict(code="KEN-9", title="Nairobi River", status="active", country="KEN",
                                 crisis_context="none", flagship_code="FP1", start_date=None),
              "office": dict(code="KEN-NBO", name="Kenya", country="KEN", region="AF", currency="KES",
                             language="en")}[entity]
    problems = [p for p in rules.check(entity, {**record, field: value}) if p.code == "code"]
    assert len(problems) == 1
    return problems[0]


@pytest.mark.parametrize(("value", "message"), [
    ("Kenya", "'Kenya' is not a country code; did you mean KEN (Kenya)?"),  # the label typed for the code
    ("kenya", "'kenya' is not a country code; did you mean KEN (Kenya)?"),
    ("ken", "'ken' is not a country code; did you mean KEN (Kenya)?"),  # the code in the wrong case
    ("Kenia", "'Kenia' is not a country code; did you mean KEN (Kenya)?"),  # spelt nearly alike
    ("Tanzania", "'Tanzania' is not a country code; did you mean TZA (Tanzania, United Republic of)?"),
    ("Cote d'Ivoire", "\"Cote d'Ivoire\" is not a country code; did you mean CIV (Côte d'Ivoire)?"),
    ("ZZZ", "'ZZZ' is not a country code"),  # nothing near: no guess
    ("KEM", "'KEM' is not a country code"),  # KEN, KHM, YEM, TKM are as near: no guess
    ("UK", "'UK' is not a country code"),  # too short to guess (UKR would be wrong)
    ("Korea", "'Korea' is not a country code"),  # two Koreas
])
def test_an_unknown_country_suggests_the_nearest_code(value: str, message: str) -> None:
    problem = code_problem("office", "country", value)
    assert (problem.field, problem.severity, problem.message) == ("country", Severity.ERROR, message)


def test_the_suggestion_is_a_template_with_parameters_the_ui_can_translate() -> None:
    problem = code_problem("office", "country", "Kenya")
    assert problem.template == "{value!r} is not {noun}; did you mean {code} ({meaning})?"
    assert problem.params == {"value": "Kenya", "noun": "a country code", "label": "Country", "code": "KEN",
                              "meaning": "Kenya", "code_list": "countries"}  # the list: its label in any language
    assert problem.template.format(**problem.params) == problem.message
    plain = code_problem("office", "country", "ZZZ")
    assert plain.template == "{value!r} is not {noun}" and plain.template.format(**plain.params) == plain.message


@pytest.mark.parametrize(("entity", "field", "value", "message"), [
    ("initiative", "status", "Active", "'Active' is not an initiative status; did you mean active (Active)?"),
    ("initiative", "status", "canceled", "'canceled' is not an initiative status; did you mean cancelled "
     "(Cancelled)?"),
    ("initiative", "status", "ongoing", "'ongoing' is not an initiative status"),
    ("initiative", "flagship_code", "fp1", "'fp1' is not a flagship programme code; did you mean FP1 (Inclusive "
     "communities, thriving cities (urban regeneration))?"),
    ("initiative", "flagship_code", "FP9", "'FP9' is not a flagship programme code"),  # FP1 to FP5 all as near
    ("office", "currency", "Kenyan shilling", "'Kenyan shilling' is not a currency code; did you mean KES (Kenyan "
     "Shilling)?"),
    ("office", "language", "English", "'English' is not a language code; did you mean en (English)?"),
])
def test_other_lists_suggest_their_nearest_code(entity: str, field: str, value: str, message: str) -> None:
    assert code_problem(entity, field, value).message == message


def test_every_code_list_of_a_field_has_a_name_for_its_codes() -> None:
    lists = {spec.code_list for specs in rules.FIELDS.values() for spec in specs if spec.code_list}
    assert lists <= set(rules._CODE_NOUNS)
    assert all(name in reference.list_names() for name in rules._CODE_NOUNS)


# -- one problem for one bad cell -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("field", "label"), [("reached_total", "Reached: total"),
                                              ("targeted_total", "Targeted: total")])
def test_a_negative_total_is_one_problem(field: str, label: str) -> None:
    # Before: the negative total, both breakdowns "more than the total", persons with disabilities "more than the
    # total" (and, for the targeted total, reached "more than targeted"): four errors and a warning for one cell.
    record = counts(**{field: -GOOD[field]})
    assert found(rules.check("beneficiary_count", record)) == [(field, "negative", f"{label} cannot be negative")]


def test_a_negative_part_is_one_problem_and_the_other_breakdown_is_still_checked() -> None:
    assert [(p.field, p.code) for p in rules.check("beneficiary_count", counts(reached_female=-3243))] == [
        ("reached_female", "negative")]
    problems = rules.check("beneficiary_count", counts(reached_female=-3243, reached_older=400))
    assert [(p.field, p.code) for p in problems] == [("reached_female", "negative"),
                                                     ("reached_children", "sum_mismatch")]


def test_a_total_that_is_no_number_is_one_problem() -> None:
    assert [(p.field, p.code) for p in rules.check("beneficiary_count", counts(reached_total="lots"))] == [
        ("reached_total", "type")]


def test_fields_already_reported_unreadable_get_no_problem_and_silence_the_rules_using_them() -> None:
    # The package reader and the forms coerce first: a cell that is no number is reported then, and reaches the
    # rules as None.
    record = counts(reached_total=None, targeted_total=None)
    assert rules.check("beneficiary_count", record, unreadable={"reached_total", "targeted_total"}) == []
    assert [(p.field, p.code) for p in rules.check("beneficiary_count", counts(targeted_total=None),
                                                   unreadable={"reached_total"})] == [
        ("targeted_total", "total_missing")]  # the targeted total is missing indeed: independent


def test_a_reference_of_the_wrong_kind_is_one_problem() -> None:
    context = rules.Context(known_ids={"initiative": set()})
    problems = rules.check("beneficiary_count", counts(initiative_id="not-an-id"), context=context)
    assert [(p.field, p.code) for p in problems] == [("initiative_id", "type")]


def test_independent_problems_of_one_record_are_all_kept() -> None:
    problems = rules.check("beneficiary_count", counts(reached_total=-6600, period="2023-H3", targeted_male=3000,
                                                       targeted_children=2172))
    assert [(p.field, p.code) for p in problems] == [("reached_total", "negative"), ("period", "period"),
                                                     ("targeted_total", "total_mismatch")]


# -- counts in correct English ---------------------------------------------------------------------------------------

def funding(currency: str, amount: str) -> dict[str, object]:
    from decimal import Decimal

    import datetime as dt

    rate = Decimal("0.5")
    return dict(initiative_id=uuid.uuid4(), funder_id=uuid.uuid4(), source_type="bilateral", modality="earmarked",
                transaction_type="commitment", transaction_date=dt.date(2023, 9, 1), currency=currency,
                amount=Decimal(amount), usd_rate=rate, amount_usd=rules.usd_amount(Decimal(amount), rate))


@pytest.mark.parametrize(("currency", "amount", "places", "message"), [
    ("XOF", "1000.5", 0, "XOF amounts are whole numbers, without decimal places"),
    ("EUR", "10.255", 2, "EUR amounts have 2 decimal places at most"),
    ("KWD", "10.2555", 3, "KWD amounts have 3 decimal places at most"),
])
def test_decimal_places_are_counted_in_correct_english(currency: str, amount: str, places: int,
                                                       message: str) -> None:
    [problem] = [p for p in rules.check("funding_line", funding(currency, amount)) if p.code == "precision"]
    assert problem.message == message and problem.params["places"] == places


def test_one_decimal_place_is_singular(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "_currency_places", lambda currency: 1)  # no ISO currency has one, today
    [problem] = [p for p in rules.check("funding_line", funding("EUR", "10.25")) if p.code == "precision"]
    assert problem.message == "EUR amounts have 1 decimal place at most"


# -- end to end: a package edited by hand --------------------------------------------------------------------------

def test_fieldbook_validate_points_at_the_cell_and_says_what_to_do(demo_store: Store, tmp_path: Path) -> None:
    from desktop.exchange.export import export_package
    from desktop.exchange.format import FIRST_DATA_ROW
    from desktop.exchange.read import validate_package

    package = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    book = openpyxl.load_workbook(package)
    counts_sheet, office = book["Beneficiaries"], book["Office"]
    column = {c.value: c.column_letter for c in counts_sheet[1]}
    first, second = FIRST_DATA_ROW, FIRST_DATA_ROW + 1
    total = counts_sheet[f"{column['reached_total']}{first}"].value
    counts_sheet[f"{column['reached_total']}{first}"] = total + 60  # a total typed wrong
    counts_sheet[f"{column['targeted_total']}{second}"] = -counts_sheet[f"{column['targeted_total']}{second}"].value
    country = next(c.column_letter for c in office[1] if c.value == "country")
    office[f"{country}{first}"] = "Kenya"
    book.save(package)

    lines = [p.line() for p in validate_package(package).problems if p.code != "digest"]
    assert lines == [
        f"Office!{country}{first} (country): error [code] 'Kenya' is not a country code; did you mean KEN (Kenya)?",
        f"Beneficiaries!{column['reached_total']}{first} (reached_total): error [total_mismatch] The reached total "
        f"{total + 60} differs from female + male + other = {total} (and from the age groups, also {total}): correct "
        "the total",
        f"Beneficiaries!{column['targeted_total']}{second} (targeted_total): error [negative] Targeted: total cannot "
        "be negative",
    ]
