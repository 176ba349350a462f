"""One set of figures: the Office summary, the Funding page, the Dashboard and ``fieldbook report`` agree on a store.

Money must be the same everywhere, to the cent, per transaction type. People differ on purpose, and the tests say
how: the summary adds up each period's counts, the Dashboard counts each initiative's group once (the period with
the highest figure, docs/counting-rule.md); both are computed here from the rows a person sees on the Beneficiaries
page, and each must equal its own rule.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from db.models import Office
from db.store import Store, open_store
from desktop.cli import main
from desktop.core import records
from desktop.core.kpi import TRANSACTION_FIGURES, KpiFilters, compute_kpis

#: Funding lines of the synthetic office: (initiative, transaction type, currency, amount, UN rate to USD).
LINES = [
    ("A", "pledge", "SEK", "18000000", "0.0951"),
    ("A", "commitment", "EUR", "1234567.89", "1.0873"),
    ("A", "incoming", "KES", "2500000", "0.0065"),
    ("A", "expenditure", "KES", "1000001", "0.0077"),
    ("B", "pledge", "USD", "250000.00", "1"),
    ("B", "incoming", "JPY", "3000000", "0.0067"),
    ("B", "incoming", "EUR", "0.10", "1.1"),  # 0.11: a figure made only of cents
    ("B", "expenditure", "USD", "12345.67", "1"),
]
#: Direct beneficiary counts: (initiative, period, group, targeted, reached); one indirect row is added apart.
COUNTS = [
    ("A", "2023-H1", "residents", 300, 100),
    ("A", "2023-H2", "residents", 300, 150),
    ("A", "2024-H1", "residents", 320, 120),
    ("A", "2023-H2", "refugees", 50, 40),
    ("B", "2023-H2", "residents", 600, 500),
    ("B", "2024-H1", "residents", 650, 700),
]


def _usd(amount: str, rate: str) -> Decimal:
    return (Decimal(amount) * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


#: What the synthetic office's USD totals are, worked out here from the lines, not by the store.
EXPECTED_USD = {kind: sum((_usd(amount, rate) for _i, k, _c, amount, rate in LINES if k == kind), Decimal("0.00"))
                for kind in ("pledge", "commitment", "incoming", "expenditure")}


def _build_synthetic(store: Store) -> None:
    """An office entered as a person would, through records.save_record and the rules."""
    with store.session() as session:
        session.add(Office(code="TST-01", name="Test office", country="KEN", region="AF", currency="KES"))
    store.office_code = "TST-01"
    funder = records.save_record(store, "partner", {"name": "Sida", "partner_type": "bilateral",
                                                    "country": "SWE"}).record_id
    initiatives = {}
    for code, country in (("A", "KEN"), ("B", "SOM")):
        initiatives[code] = records.save_record(store, "initiative", {
            "code": code, "title": f"Initiative {code}", "status": "active", "country": country,
            "start_date": "2022-01-01", "flagship_code": "FP1", "crisis_context": "none"}).record_id
    for n, (code, kind, currency, amount, rate) in enumerate(LINES):
        records.save_record(store, "funding_line", {
            "initiative_id": initiatives[code], "funder_id": funder, "source_type": "bilateral",
            "modality": "earmarked", "transaction_type": kind, "transaction_date": dt.date(2023, 3 + n, 1),
            "currency": currency, "amount": amount, "usd_rate": rate, "reference": f"L{n}"})
    for code, period, group, targeted, reached in COUNTS:
        records.save_record(store, "beneficiary_count", {
            "initiative_id": initiatives[code], "period": period, "group_code": group, "reach_type": "direct",
            "targeted_total": targeted, "reached_total": reached})
    records.save_record(store, "beneficiary_count", {
        "initiative_id": initiatives["B"], "period": "2023-H2", "group_code": "idps", "reach_type": "indirect",
        "targeted_total": 2000, "reached_total": 1000})


def _build_demo(store: Store) -> None:
    from desktop.core.demo import build_demo

    build_demo(store, "KEN-NBO")


@pytest.fixture(params=["demo", "synthetic"])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A closed office store (the demo office KEN-NBO, or one entered line by line), so the CLI can open it too."""
    path = tmp_path / f"{request.param}.sqlite"
    with open_store(path, user="tester") as store:
        (_build_demo if request.param == "demo" else _build_synthetic)(store)
    yield request.param, path


def _funding_page_totals(store: Store) -> dict[str, Decimal]:
    """What the Funding page shows, initiative after initiative, added up over the office's initiatives."""
    totals: dict[str, Decimal] = {}
    for choice in records.initiative_choices(store):
        for code, usd in records.usd_totals(records.funding_rows(store, choice.id)).items():
            totals[code] = totals.get(code, Decimal("0.00")) + usd
    return totals


def _report(path: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict, dict[str, Decimal]]:
    """``fieldbook report --json --out``: the figures it prints, and the USD table of the workbook's Funds sheet."""
    assert main(["report", "--db", str(path), "--json", "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    sheet = openpyxl.load_workbook(out)["Funds"]
    table = {row[0]: Decimal(str(row[1])) for row in sheet.iter_rows(min_row=3, max_row=6, values_only=True)}
    return printed, table


def test_summary_funding_page_dashboard_and_report_show_the_same_usd_per_transaction_type(
        office: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name, path = office
    with open_store(path, user="tester") as store:
        summary = records.summary(store).usd_by_transaction
        funding_page = _funding_page_totals(store)
        dashboard = compute_kpis(store).funds_by_transaction
    printed, workbook = _report(path, tmp_path / "kpis.xlsx", capsys)
    for code, figure in TRANSACTION_FIGURES.items():
        seen = {"summary": summary[code], "funding page": funding_page[code], "dashboard": dashboard[figure],
                "report": Decimal(printed["funds_by_transaction"][figure]),
                "workbook": workbook[figure.capitalize()]}
        assert len(set(seen.values())) == 1, f"{name}, {code}: {seen}"
        if name == "synthetic":
            assert summary[code] == EXPECTED_USD[code], code
    if name == "demo":  # the figures of the issue: the summary showed 1/100 of these
        assert summary["incoming"] == Decimal("6213675.00")
        assert summary["expenditure"] == Decimal("4175861.25")


def _direct_rows(store: Store) -> list[records.BeneficiaryRow]:
    """The rows of the Beneficiaries page (every initiative, every period), direct ones only."""
    return [row for row in records.beneficiary_rows(store) if row.reach_type == "direct"]


def _counted_once(rows: list[records.BeneficiaryRow], kind: str) -> int:
    """The counting rule worked out by hand from the visible rows: per initiative × group, the highest period's
    figure (which of two equal periods wins cannot change the total), and those added up."""
    highest: dict[tuple[object, str], int] = {}
    for row in rows:
        value = row.count(f"{kind}_total")
        if value is not None:
            key = (row.initiative_id, row.group_code)
            highest[key] = max(highest.get(key, 0), value)
    return sum(highest.values())


def test_summary_people_per_period_are_each_periods_direct_counts_added_up(office: tuple[str, Path]) -> None:
    name, path = office
    with open_store(path, user="tester") as store:
        summary = records.summary(store)
        rows = _direct_rows(store)
    for kind, shown in (("reached", summary.reached_by_period), ("targeted", summary.targeted_by_period)):
        by_hand: dict[str, int] = {}
        for row in rows:
            by_hand[row.period] = by_hand.get(row.period, 0) + (row.count(f"{kind}_total") or 0)
        assert shown == by_hand, kind
    if name == "synthetic":
        assert summary.reached_by_period == {"2023-H1": 100, "2023-H2": 690, "2024-H1": 820}
        assert summary.targeted_by_period == {"2023-H1": 300, "2023-H2": 950, "2024-H1": 970}


def test_people_reached_counts_each_initiatives_group_once_on_the_dashboard_the_summary_and_the_report(
        office: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Dashboard's figure is not the sum of the summary's periods: it is what the counting rule makes of the
    same rows. It lies between the largest period and the sum of all periods."""
    name, path = office
    with open_store(path, user="tester") as store:
        summary = records.summary(store)
        kpis = compute_kpis(store)
        rows = _direct_rows(store)
    printed, _table = _report(path, tmp_path / "kpis.xlsx", capsys)
    sheet = openpyxl.load_workbook(tmp_path / "kpis.xlsx")["Summary"]
    tiles = {row[0]: row[1] for row in sheet.iter_rows(min_row=4, max_row=15, values_only=True)}
    for kind, per_period in (("reached", summary.reached_by_period), ("targeted", summary.targeted_by_period)):
        rule = _counted_once(rows, kind)
        assert kpis.beneficiaries[kind]["total"] == rule, kind
        assert getattr(summary, f"people_{kind}") == rule, kind
        assert printed["beneficiaries"][kind]["total"] == rule, kind
        assert tiles[f"Beneficiaries {kind} (direct)"] == rule, kind
        assert max(per_period.values()) <= rule <= sum(per_period.values()), kind
    if name == "synthetic":
        # A's residents: 2023-H2's 150 (not 100 + 150 + 120); A's refugees 40; B's residents: 2024-H1's 700.
        assert (summary.people_reached, summary.people_targeted) == (150 + 40 + 700, 320 + 50 + 650)
        assert sum(summary.reached_by_period.values()) == 1610  # what adding the periods would have claimed
        assert kpis.indirect == {"targeted": 2000, "reached": 1000}  # never inside the direct figures
    else:
        assert rule < sum(per_period.values())  # the demo office's people are counted in several periods


def test_the_dashboard_filtered_to_a_period_counts_that_periods_rows(office: tuple[str, Path]) -> None:
    """With a half-year chosen, the rule has one period to pick from: the Dashboard equals the summary's line."""
    _name, path = office
    with open_store(path, user="tester") as store:
        summary = records.summary(store)
        for period, reached in summary.reached_by_period.items():
            kpis = compute_kpis(store, KpiFilters(period=period))
            assert kpis.beneficiaries["reached"]["total"] == reached, period
            assert kpis.beneficiaries["targeted"]["total"] == summary.targeted_by_period[period], period
