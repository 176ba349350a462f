"""KPIs: every figure checked against a portfolio small enough to count by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.models import BeneficiaryCount, FundingLine, Initiative, InitiativePartner, KnowledgeProduct, Partner
from desktop.core.kpi import KpiFilters, compute_kpis, records_behind


def _count(period: str, group: str, reached: int, reach_type: str = "direct", **parts) -> BeneficiaryCount:
    return BeneficiaryCount(period=period, group_code=group, reach_type=reach_type, reached_total=reached,
                            targeted_total=reached * 2, **parts)


def _line(kind: str, amount: str, currency: str = "USD", rate: str = "1", usd: str | None = None,
          day: dt.date = dt.date(2023, 8, 1), funder: Partner | None = None, source: str = "bilateral",
          modality: str = "earmarked") -> FundingLine:
    return FundingLine(source_type=source, modality=modality, transaction_type=kind, transaction_date=day,
                       currency=currency, amount=Decimal(amount), usd_rate=Decimal(rate),
                       amount_usd=Decimal(usd or amount), funder=funder)


@pytest.fixture
def portfolio(store):
    with store.session() as session:
        sida = Partner(name="Sida", partner_type="bilateral", country="SWE")
        county = Partner(name="Nairobi County", partner_type="gov_local", country="KEN")
        idle = Partner(name="Not engaged", partner_type="ngo", country="FRA")
        river = Initiative(code="A", title="River", status="active", country="KEN", locality="Nairobi",
                           crisis_context="none", flagship_code="FP1", start_date=dt.date(2022, 1, 1))
        river.set_sdg_targets(["11.1", "11.7", "6.3"])
        river.beneficiary_counts += [
            _count("2023-H1", "residents", 100, reached_female=60, reached_male=40, reached_other=0),
            _count("2023-H2", "residents", 150, reached_female=80, reached_male=70, reached_other=0),
        ]
        river.funding_lines += [
            _line("pledge", "1000", "EUR", "1.1", "1100.00", funder=sida),
            _line("incoming", "500", funder=sida, day=dt.date(2023, 3, 1)),
        ]
        river.partner_links.append(InitiativePartner(partner=county, role="government"))
        camp = Initiative(code="B", title="Camp", status="completed", country="KEN", locality="nairobi",
                          crisis_context="displacement", subprogramme_code="SP4", start_date=dt.date(2023, 1, 1),
                          end_date=dt.date(2023, 12, 31))
        camp.set_sdg_targets(["11.1", "10.7"])
        camp.beneficiary_counts += [_count("2023-H2", "refugees", 40), _count("2023-H2", "host", 1000, "indirect")]
        camp.funding_lines += [_line("incoming", "0.10", source="un_entity", modality="core") for _ in range(3)]
        session.add_all([sida, county, idle, river, camp])
        session.add(KnowledgeProduct(title="Guide", product_type="guide", published_on=dt.date(2023, 9, 1),
                                     initiative=river))
        session.add(KnowledgeProduct(title="Office report", product_type="report", published_on=dt.date(2022, 5, 1)))
    return store


def test_headline_figures(portfolio) -> None:
    k = compute_kpis(portfolio)
    assert k.initiatives_by_status == {"active": 1, "completed": 1} and k.initiatives == 2
    assert (k.countries, k.cities) == (1, 1)  # Nairobi and nairobi are one city
    assert (k.sdg_goals, k.sdg_targets) == (3, 4)
    assert (k.partners, k.partner_countries) == (2, 2)
    assert k.partners_by_type == {"bilateral": 1, "gov_local": 1}
    assert k.knowledge_products == 2


def test_beneficiaries_of_one_initiative_are_not_added_across_periods(portfolio) -> None:
    k = compute_kpis(portfolio)
    assert k.beneficiaries["reached"]["total"] == 150 + 40  # the larger period of River, plus Camp
    assert k.beneficiaries["reached"]["female"] == 80  # the parts of the row that counted
    assert k.beneficiaries["targeted"]["total"] == 300 + 80
    assert k.beneficiaries_by_group == {"residents": {"targeted": 300, "reached": 150},
                                        "refugees": {"targeted": 80, "reached": 40}}
    assert k.indirect == {"targeted": 2000, "reached": 1000}  # never added to the direct figure


def test_period_filter(portfolio) -> None:
    h1 = compute_kpis(portfolio, KpiFilters(period="2023-H1"))
    assert h1.beneficiaries["reached"]["total"] == 100
    assert h1.funds_by_transaction["received"] == Decimal("500.00")
    assert h1.knowledge_products == 0
    year = compute_kpis(portfolio, KpiFilters(period="2023"))
    assert year.beneficiaries["reached"]["total"] == 190
    assert compute_kpis(portfolio, KpiFilters(period="2021")).initiatives == 0


def test_funds_are_exact_usd_sums(portfolio) -> None:
    k = compute_kpis(portfolio)
    assert k.funds_by_transaction == {"pledged": Decimal("1100.00"), "committed": Decimal("0.00"),
                                      "received": Decimal("500.30"), "spent": Decimal("0.00")}
    assert k.funds_by_source == {"bilateral": Decimal("500.00"), "un_entity": Decimal("0.30")}
    assert k.funds_by_modality == {"earmarked": Decimal("500.00"), "core": Decimal("0.30")}


def test_filters_by_programme_and_subprogramme(portfolio) -> None:
    assert compute_kpis(portfolio, KpiFilters(flagship="FP1")).beneficiaries["reached"]["total"] == 150
    camp = compute_kpis(portfolio, KpiFilters(subprogramme="SP4"))
    assert camp.initiatives == 1 and camp.funds_by_transaction["received"] == Decimal("0.30")
    assert compute_kpis(portfolio, KpiFilters(office="ELSEWHERE")).initiatives == 0
    assert compute_kpis(portfolio, KpiFilters(region="AF")).initiatives == 2  # the office TST-01 is in Africa
    assert compute_kpis(portfolio, KpiFilters(region="EU")).initiatives == 0


def test_records_behind_a_figure(portfolio) -> None:
    reached = records_behind(portfolio, "reached")
    assert sorted(r.value for r in reached) == ["150", "40"]
    assert all(r.package == "entered in this store" for r in reached)
    assert len(records_behind(portfolio, "funds:incoming")) == 4
    assert {r.label for r in records_behind(portfolio, "partners")} == {"Sida", "Nairobi County"}
