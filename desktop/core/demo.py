"""Demo offices: deterministic, realistic portfolios built from the initiatives of report HSP/EB.2024/6.

The same call always gives the same records (ids are UUID5 of stable keys, times are fixed, numbers come from a
seeded generator), so demo packages have the same digest on every machine.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from db.models import (
    BeneficiaryCount,
    FundingLine,
    Initiative,
    InitiativePartner,
    KnowledgeProduct,
    Office,
    Partner,
)
from db.store import Store
from desktop.core.rules import usd_amount

NAMESPACE = uuid.UUID("6f1c1d1e-3b1a-4d7e-9a53-f1e1d0b00c01")
EPOCH = dt.datetime(2023, 7, 3, 8, 0, tzinfo=dt.timezone.utc)
PERIODS = ("2023-H1", "2023-H2", "2024-H1")

#: UN operational rates of exchange, USD per unit, rounded (mid-2023).
USD_RATES = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.0870"),
    "KES": Decimal("0.006900"),
    "MXN": Decimal("0.05850"),
    "SEK": Decimal("0.09270"),
    "JPY": Decimal("0.006950"),
    "SAR": Decimal("0.26670"),
    "UAH": Decimal("0.027100"),
    "VND": Decimal("0.0000412"),
    "GBP": Decimal("1.2650"),
    "NOK": Decimal("0.09350"),
    "KWD": Decimal("3.2500"),
    "CHF": Decimal("1.1320"),
    "XOF": Decimal("0.001657"),
}


@dataclass(frozen=True)
class DemoInitiative:
    code: str
    title: str
    description: str
    country: str
    admin1: str
    locality: str
    flagship: str | None
    subprogramme: str
    outcome: str | None
    crisis: str
    status: str
    start: dt.date
    end: dt.date | None
    sdg_targets: tuple[str, ...]
    groups: tuple[str, ...]
    scale: int  # people targeted per group and period, roughly
    partners: tuple[tuple[str, str], ...]  # (partner key, role)
    funding: tuple[tuple[str, str, str, str, int], ...]  # (funder key, source, modality, currency, pledged amount)


@dataclass(frozen=True)
class DemoPartner:
    key: str
    name: str
    acronym: str
    partner_type: str
    country: str | None


@dataclass(frozen=True)
class DemoOffice:
    code: str
    name: str
    country: str
    region: str
    currency: str
    language: str
    partners: tuple[DemoPartner, ...]
    initiatives: tuple[DemoInitiative, ...]
    knowledge_products: tuple[tuple[str, str, dt.date, str | None, str], ...]


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


KENYA = DemoOffice(
    code="KEN-NBO",
    name="UN-Habitat Kenya Country Office",
    country="KEN",
    region="AF",
    currency="KES",
    language="en",
    partners=(
        DemoPartner("nms", "Nairobi City County Government", "NCCG", "gov_local", "KEN"),
        DemoPartner("turkana", "Turkana County Government", "", "gov_local", "KEN"),
        DemoPartner("unhcr", "United Nations High Commissioner for Refugees", "UNHCR", "un_entity", None),
        DemoPartner("sida", "Swedish International Development Cooperation Agency", "Sida", "bilateral", "SWE"),
        DemoPartner("eu", "European Union", "EU", "multilateral", None),
        DemoPartner("jica", "Japan International Cooperation Agency", "JICA", "bilateral", "JPN"),
        DemoPartner("uon", "University of Nairobi", "UoN", "academic", "KEN"),
        DemoPartner("mathare", "Mathare Environmental Conservation Youth Group", "MECYG", "community", "KEN"),
        DemoPartner("puntland", "Puntland Ministry of Public Works", "MoPWT", "gov_regional", "SOM"),
        DemoPartner("slum", "Slum Dwellers International", "SDI", "ngo", "ZAF"),
    ),
    initiatives=(
        DemoInitiative(
            "KEN-001", "Nairobi River regeneration",
            "Nature-based open and public spaces along the Nairobi River; riparian restoration, walkways and "
            "community-managed green spaces in informal settlements.",
            "KEN", "Nairobi", "Nairobi", "FP1", "SP3", "FO3", "none", "active", _d("2022-03-01"), _d("2026-12-31"),
            ("11.1", "11.3", "11.7", "6.3", "13.1", "15.1"), ("residents", "vulnerable"), 48_000,
            (("nms", "government"), ("uon", "academic"), ("mathare", "community"), ("sida", "funding")),
            (("sida", "bilateral", "earmarked", "SEK", 24_000_000), ("nms", "gov_local", "earmarked", "KES", 150_000_000)),
        ),
        DemoInitiative(
            "KEN-002", "Kakuma-Kalobeyei area-based regeneration",
            "Area-based regeneration and spatial planning for refugee and host communities in Kakuma and Kalobeyei.",
            "KEN", "Turkana", "Kakuma", "FP3", "SP1", "FO3", "displacement", "active", _d("2021-07-01"), _d("2025-06-30"),
            ("1.4", "10.7", "11.1", "11.3", "16.7"), ("refugees", "host"), 36_000,
            (("turkana", "government"), ("unhcr", "implementing"), ("eu", "funding")),
            (("eu", "multilateral", "earmarked", "EUR", 3_500_000), ("jica", "bilateral", "softly_earmarked", "JPY", 180_000_000)),
        ),
        DemoInitiative(
            "KEN-003", "Bosaso participatory urban planning",
            "Participatory urban planning and land governance with displaced and host communities in Bosaso.",
            "SOM", "Bari", "Bosaso", "FP3", "SP4", "FO2", "displacement", "active", _d("2023-01-15"), _d("2025-12-31"),
            ("11.3", "11.a", "16.7", "1.4"), ("idps", "host"), 12_000,
            (("puntland", "government"), ("slum", "implementing"), ("eu", "funding")),
            (("eu", "multilateral", "earmarked", "EUR", 1_200_000),),
        ),
        DemoInitiative(
            "KEN-004", "Mathare informal settlement upgrading pipeline",
            "Preparation of a slum upgrading programme with the residents of Mathare.",
            "KEN", "Nairobi", "Mathare", "FP2", "SP1", "FO1", "none", "pipeline", _d("2025-01-01"), None,
            ("11.1", "6.2"), ("residents",), 20_000,
            (("nms", "government"), ("slum", "implementing")),
            (("jica", "bilateral", "earmarked", "USD", 750_000),),
        ),
    ),
    knowledge_products=(
        ("Nairobi River regeneration: spatial framework", "report", _d("2023-09-12"), "KEN-001",
         "https://unhabitat.org/nairobi-river-framework"),
        ("Kalobeyei settlement profile 2023", "dataset", _d("2023-11-02"), "KEN-002",
         "https://unhabitat.org/kalobeyei-profile-2023"),
        ("Participatory planning in displacement settings: lessons from Bosaso", "case_study", _d("2024-02-20"),
         "KEN-003", "https://unhabitat.org/bosaso-lessons"),
    ),
)

MEXICO = DemoOffice(
    code="MEX-MEX",
    name="ONU-Habitat Oficina para México y Cuba",
    country="MEX",
    region="LAC",
    currency="MXN",
    language="es",
    partners=(
        DemoPartner("qroo", "Gobierno del Estado de Quintana Roo", "", "gov_regional", "MEX"),
        DemoPartner("cancun", "Municipio de Benito Juárez (Cancún)", "", "gov_local", "MEX"),
        DemoPartner("sannicolas", "Municipio de San Nicolás de los Garza", "", "gov_local", "MEX"),
        DemoPartner("sedatu", "Secretaría de Desarrollo Agrario, Territorial y Urbano", "SEDATU", "gov_national", "MEX"),
        DemoPartner("gcf", "Green Climate Fund", "GCF", "climate_fund", None),
        DemoPartner("cuba", "Instituto de Planificación Física de Cuba", "IPF", "gov_national", "CUB"),
        DemoPartner("bcie", "Banco Centroamericano de Integración Económica", "BCIE", "multilateral", "HND"),
        DemoPartner("unam", "Universidad Nacional Autónoma de México", "UNAM", "academic", "MEX"),
        DemoPartner("femsa", "Fundación FEMSA", "", "foundation", "MEX"),
    ),
    initiatives=(
        DemoInitiative(
            "MEX-001", "Parque de la Equidad, Cancún",
            "Equity Park: 16 km of cycle and footpaths and 61 recreation facilities for about 200,000 people "
            "living in its area of influence.",
            "MEX", "Quintana Roo", "Cancún", "FP1", "SP1", "FO3", "none", "completed", _d("2020-05-01"), _d("2023-10-31"),
            ("11.2", "11.7", "3.4", "10.2", "16.1"), ("residents", "vulnerable"), 200_000,
            (("qroo", "government"), ("cancun", "government"), ("sedatu", "funding"), ("unam", "academic")),
            (("sedatu", "gov_national", "earmarked", "MXN", 95_000_000), ("qroo", "gov_regional", "earmarked", "MXN", 40_000_000)),
        ),
        DemoInitiative(
            "MEX-002", "San Nicolás 2030 city vision",
            "A city vision for 2030 with the municipality of San Nicolás de los Garza.",
            "MEX", "Nuevo León", "San Nicolás de los Garza", "FP4", "SP2", "FO1", "none", "active", _d("2022-09-01"),
            _d("2024-12-31"), ("11.3", "11.a", "17.17"), ("residents",), 60_000,
            (("sannicolas", "government"), ("femsa", "funding")),
            (("sannicolas", "gov_local", "earmarked", "MXN", 18_000_000), ("femsa", "foundation", "softly_earmarked", "USD", 250_000)),
        ),
        DemoInitiative(
            "MEX-003", "Cuba: energy-efficient and climate-resilient neighbourhoods (GCF)",
            "Green Climate Fund project on energy efficiency and climate resilience of neighbourhoods.",
            "CUB", "La Habana", "La Habana", "FP1", "SP3", "FO3", "none", "active", _d("2023-04-01"), _d("2028-03-31"),
            ("7.3", "13.1", "13.2", "11.1", "11.b"), ("residents", "vulnerable"), 30_000,
            (("cuba", "government"), ("gcf", "funding")),
            (("gcf", "climate_fund", "earmarked", "USD", 4_300_000),),
        ),
        DemoInitiative(
            "MEX-004", "Integrated urban operations in four Central American neighbourhoods",
            "Slum upgrading and integrated urban operations in El Salvador, Honduras, Guatemala and Costa Rica.",
            "HND", "Francisco Morazán", "Tegucigalpa", "FP2", "SP1", "FO3", "none", "active", _d("2022-01-01"),
            _d("2025-12-31"), ("1.4", "11.1", "6.2", "10.2"), ("residents", "returnees"), 16_000,
            (("bcie", "funding"), ("unam", "academic")),
            (("bcie", "multilateral", "earmarked", "USD", 2_600_000),),
        ),
    ),
    knowledge_products=(
        ("Parque de la Equidad: lessons for inclusive public space", "case_study", _d("2023-12-05"), "MEX-001",
         "https://onuhabitat.org.mx/parque-equidad"),
        ("San Nicolás 2030: visión de ciudad", "report", _d("2024-03-18"), "MEX-002",
         "https://onuhabitat.org.mx/san-nicolas-2030"),
    ),
)

UKRAINE = DemoOffice(
    code="UKR-KYI",
    name="UN-Habitat Ukraine Office",
    country="UKR",
    region="EU",
    currency="UAH",
    language="en",
    partners=(
        DemoPartner("kyiv", "Kyiv City State Administration", "KCSA", "gov_local", "UKR"),
        DemoPartner("borodyanka", "Borodyanka Settlement Council", "", "gov_local", "UKR"),
        DemoPartner("makariv", "Makariv Settlement Council", "", "gov_local", "UKR"),
        DemoPartner("minrestore", "Ministry for Restoration of Ukraine", "", "gov_national", "UKR"),
        DemoPartner("norway", "Norwegian Ministry of Foreign Affairs", "MFA Norway", "bilateral", "NOR"),
        DemoPartner("undp", "United Nations Development Programme", "UNDP", "un_entity", None),
    ),
    initiatives=(
        DemoInitiative(
            "UKR-001", "Kyiv urban lab",
            "An urban lab in Kyiv for recovery planning, data and capacity for municipalities.",
            "UKR", "Kyiv", "Kyiv", "FP4", "SP4", "FO2", "conflict", "active", _d("2023-02-01"), _d("2025-01-31"),
            ("11.3", "11.b", "16.6", "17.9"), ("officials",), 900,
            (("kyiv", "government"), ("minrestore", "government"), ("norway", "funding")),
            (("norway", "bilateral", "earmarked", "NOK", 30_000_000),),
        ),
        DemoInitiative(
            "UKR-002", "Recovery planning in Borodyanka and Makariv",
            "Comprehensive recovery plans for two settlements damaged in 2022.",
            "UKR", "Kyiv Oblast", "Borodyanka", "FP1", "SP4", "FO3", "recovery", "active", _d("2023-05-01"),
            _d("2024-12-31"), ("11.1", "11.5", "11.b", "1.5"), ("residents", "idps", "returnees"), 14_000,
            (("borodyanka", "government"), ("makariv", "government"), ("undp", "implementing")),
            (("undp", "un_entity", "softly_earmarked", "USD", 1_100_000), ("norway", "bilateral", "earmarked", "NOK", 8_000_000)),
        ),
    ),
    knowledge_products=(
        ("Borodyanka recovery plan", "report", _d("2023-12-14"), "UKR-002", "https://unhabitat.org/borodyanka-plan"),
    ),
)

ARAB_STATES = DemoOffice(
    code="ROAS",
    name="UN-Habitat Regional Office for Arab States",
    country="EGY",
    region="AS",
    currency="USD",
    language="ar",
    partners=(
        DemoPartner("riyadh", "Royal Commission for Riyadh City", "RCRC", "gov_local", "SAU"),
        DemoPartner("kuwait", "Kuwait Fund for Arab Economic Development", "KFAED", "bilateral", "KWT"),
        DemoPartner("derna", "Derna Municipality", "", "gov_local", "LBY"),
        DemoPartner("ocha", "UN Office for the Coordination of Humanitarian Affairs", "OCHA", "un_entity", None),
        DemoPartner("aleppo", "Aleppo City Council", "", "gov_local", "SYR"),
    ),
    initiatives=(
        DemoInitiative(
            "ROAS-001", "Riyadh regeneration and housing",
            "Neighbourhood regeneration and housing that minimizes displacement and gentrification.",
            "SAU", "Riyadh", "الرياض", "FP1", "SP2", "FO1", "none", "active", _d("2022-06-01"), _d("2026-05-31"),
            ("11.1", "11.3", "11.7"), ("residents",), 80_000,
            (("riyadh", "government"),),
            (("riyadh", "gov_local", "earmarked", "SAR", 12_000_000),),
        ),
        DemoInitiative(
            "ROAS-002", "Derna floods: urban recovery",
            "Crisis response after the September 2023 floods in Derna: damage assessment and recovery planning.",
            "LBY", "Derna", "درنة", None, "SP4", "FO3", "disaster", "active", _d("2023-09-20"), _d("2025-03-31"),
            ("11.5", "11.b", "13.1", "1.5"), ("idps", "residents"), 25_000,
            (("derna", "government"), ("ocha", "implementing"), ("kuwait", "funding")),
            (("kuwait", "bilateral", "earmarked", "KWD", 450_000),),
        ),
        DemoInitiative(
            "ROAS-003", "Syria earthquake response, Aleppo",
            "Shelter and neighbourhood recovery after the February 2023 earthquake.",
            "SYR", "Aleppo", "حلب", None, "SP4", "FO3", "disaster", "completed", _d("2023-02-15"), _d("2023-12-31"),
            ("11.5", "1.5"), ("idps", "returnees"), 18_000,
            (("aleppo", "government"), ("ocha", "implementing")),
            (("ocha", "un_entity", "softly_earmarked", "USD", 900_000),),
        ),
    ),
    knowledge_products=(
        ("Derna rapid urban damage assessment", "dataset", _d("2023-11-10"), "ROAS-002",
         "https://unhabitat.org/derna-assessment"),
    ),
)

ASIA_PACIFIC = DemoOffice(
    code="ROAP",
    name="UN-Habitat Regional Office for Asia and the Pacific",
    country="JPN",
    region="AP",
    currency="JPY",
    language="en",
    partners=(
        DemoPartner("moc", "Ministry of Construction of Viet Nam", "MOC", "gov_national", "VNM"),
        DemoPartner("herat", "Herat Municipality", "", "gov_local", "AFG"),
        DemoPartner("japan", "Government of Japan", "", "bilateral", "JPN"),
        DemoPartner("adb", "Asian Development Bank", "ADB", "multilateral", "PHL"),
    ),
    initiatives=(
        DemoInitiative(
            "ROAP-001", "Viet Nam urban regeneration capacity building",
            "Institutional and capacity building for urban regeneration, with three pilot projects.",
            "VNM", "Hà Nội", "Hà Nội", "FP1", "SP2", "FO2", "none", "active", _d("2022-10-01"), _d("2025-09-30"),
            ("11.3", "11.a", "17.9"), ("officials", "residents"), 5_000,
            (("moc", "government"), ("adb", "funding")),
            (("adb", "multilateral", "earmarked", "USD", 1_500_000), ("moc", "gov_national", "earmarked", "VND", 9_000_000_000)),
        ),
        DemoInitiative(
            "ROAP-002", "Herat earthquake shelter response",
            "Crisis response after the October 2023 earthquakes in Herat province.",
            "AFG", "Herat", "Herat", None, "SP4", "FO3", "disaster", "active", _d("2023-10-15"), _d("2024-10-14"),
            ("11.5", "1.5", "11.1"), ("residents", "idps"), 22_000,
            (("herat", "government"), ("japan", "funding")),
            (("japan", "bilateral", "earmarked", "JPY", 300_000_000),),
        ),
    ),
    knowledge_products=(),
)

DEMO_OFFICES: dict[str, DemoOffice] = {o.code: o for o in (KENYA, MEXICO, UKRAINE, ARAB_STATES, ASIA_PACIFIC)}
DEFAULT_DEMO = KENYA.code


def demo_id(*key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(key))


class _Clock:
    """Fixed, increasing record times, so that a demo is the same on every machine."""

    def __init__(self) -> None:
        self.tick = 0

    def __call__(self) -> dt.datetime:
        self.tick += 1
        return EPOCH + dt.timedelta(minutes=17 * self.tick)


def build_demo(store: Store, office_code: str = DEFAULT_DEMO) -> Office:
    """Fill an empty store with a demo office. Raises ``ValueError`` if the store already holds that office."""
    spec = DEMO_OFFICES.get(office_code)
    if spec is None:
        raise ValueError(f"no demo office {office_code!r}; choose one of {', '.join(DEMO_OFFICES)}")
    clock = _Clock()
    rng = random.Random(f"fieldbook-demo-{spec.code}")
    code = spec.code

    def stamp(obj: object) -> None:
        at = clock()
        obj.created_at = at  # type: ignore[attr-defined]
        obj.updated_at = at  # type: ignore[attr-defined]
        obj.office_code = code  # type: ignore[attr-defined]

    with store.session(user="demo") as session:
        if session.scalar(select(Office).where(Office.code == code)) is not None:
            raise ValueError(f"this store already holds office {code}")
        office = Office(id=demo_id(code), code=code, name=spec.name, country=spec.country, region=spec.region,
                        currency=spec.currency, language=spec.language)
        stamp(office)
        session.add(office)
        partners: dict[str, Partner] = {}
        for p in spec.partners:
            partner = Partner(id=demo_id(code, "partner", p.key), name=p.name, acronym=p.acronym,
                              partner_type=p.partner_type, country=p.country)
            stamp(partner)
            partners[p.key] = partner
            session.add(partner)
        initiatives: dict[str, Initiative] = {}
        for i in spec.initiatives:
            initiative = Initiative(
                id=demo_id(code, "initiative", i.code), code=i.code, title=i.title, description=i.description,
                status=i.status, start_date=i.start, end_date=i.end, country=i.country, admin1=i.admin1,
                locality=i.locality, flagship_code=i.flagship, subprogramme_code=i.subprogramme,
                outcome_code=i.outcome, crisis_context=i.crisis,
            )
            stamp(initiative)
            initiative.set_sdg_targets(i.sdg_targets)
            initiatives[i.code] = initiative
            session.add(initiative)
            for key, role in i.partners:
                link = InitiativePartner(id=demo_id(code, "link", i.code, key, role), initiative=initiative,
                                         partner=partners[key], role=role)
                stamp(link)
                session.add(link)
            for period in _periods_for(i):
                for group in i.groups:
                    session.add(_beneficiaries(code, i, period, group, rng, stamp))
            for n, line in enumerate(_funding(code, i, partners, rng)):
                stamp(line)
                line.id = demo_id(code, "funding", i.code, str(n))
                session.add(line)
        for title, kind, day, initiative_code, link in spec.knowledge_products:
            product = KnowledgeProduct(
                id=demo_id(code, "product", title), title=title, product_type=kind, published_on=day,
                initiative=initiatives.get(initiative_code) if initiative_code else None, link=link,
            )
            stamp(product)
            session.add(product)
    store.office_code = code
    return office


def _periods_for(i: DemoInitiative) -> list[str]:
    from desktop.core.periods import parse_period

    out = []
    for code in PERIODS:
        period = parse_period(code)
        if period.overlaps(i.start, i.end) and i.status != "pipeline":
            out.append(code)
    return out


def _beneficiaries(code: str, i: DemoInitiative, period: str, group: str, rng: random.Random, stamp) -> BeneficiaryCount:
    targeted = int(i.scale * rng.uniform(0.35, 0.65)) // 10 * 10
    reached = int(targeted * rng.uniform(0.55, 1.0)) // 10 * 10
    row = BeneficiaryCount(id=demo_id(code, "beneficiaries", i.code, period, group, "direct"), initiative_id=demo_id(
        code, "initiative", i.code), period=period, group_code=group, reach_type="direct")
    for kind, total in (("targeted", targeted), ("reached", reached)):
        female = int(total * rng.uniform(0.48, 0.56))
        children = int(total * rng.uniform(0.25, 0.40))
        youth = int(total * rng.uniform(0.15, 0.25))
        older = int(total * rng.uniform(0.05, 0.10))
        values = {
            "total": total, "female": female, "male": total - female - (total // 200), "other": total // 200,
            "children": children, "youth": youth, "adults": total - children - youth - older, "older": older,
            "pwd": int(total * rng.uniform(0.04, 0.12)),
        }
        for part, value in values.items():
            setattr(row, f"{kind}_{part}", value)
    stamp(row)
    return row


def _funding(code: str, i: DemoInitiative, partners: dict[str, Partner], rng: random.Random) -> list[FundingLine]:
    lines = []
    started = max(i.start, dt.date(2021, 1, 1))
    for key, source, modality, currency, pledged in i.funding:
        rate = USD_RATES[currency]
        stages = [("pledge", Decimal(1)), ("commitment", Decimal(1))]
        if i.status != "pipeline":
            received = Decimal(rng.choice((40, 50, 60, 75))) / 100
            spent = received * Decimal(rng.choice((55, 70, 85))) / 100
            stages += [("incoming", received), ("expenditure", spent)]
        for n, (kind, share) in enumerate(stages):
            amount = (Decimal(pledged) * share).quantize(Decimal(1))
            lines.append(FundingLine(
                initiative_id=demo_id(code, "initiative", i.code), funder=partners[key], source_type=source,
                modality=modality, transaction_type=kind, transaction_date=started + dt.timedelta(days=45 * n),
                currency=currency, amount=amount, usd_rate=rate, amount_usd=usd_amount(amount, rate),
                reference=f"{i.code}-{key.upper()}-{n + 1}",
            ))
    return lines


# ---------------------------------------------------------------------------------------------------------------
# A headquarters demo: many offices' portfolios in one store, as after importing every office's package.

_HQ_COUNTRIES = {
    "AF": ("KEN", "SOM", "ETH", "MOZ", "NGA", "SEN", "CMR", "GHA", "UGA", "TZA", "COD", "MWI", "ZMB", "ZAF", "EGY"),
    "AS": ("SAU", "LBY", "SYR", "IRQ", "JOR", "LBN", "TUN", "MAR", "SDN", "YEM", "PSE"),
    "AP": ("AFG", "VNM", "PHL", "IDN", "BGD", "PAK", "MMR", "NPL", "LKA", "FJI", "MNG", "LAO", "IND", "THA", "KHM"),
    "LAC": ("MEX", "CUB", "COL", "SLV", "HND", "GTM", "CRI", "BRA", "PER", "ECU", "HTI", "BOL", "CHL", "ARG"),
    "EU": ("UKR", "MDA", "GEO", "ARM", "BIH", "SRB", "ALB", "MKD", "KOS"),
}
_HQ_CURRENCY = {"KEN": "KES", "MEX": "MXN", "UKR": "UAH", "SAU": "SAR", "VNM": "VND", "SEN": "XOF", "CMR": "XAF"}
_HQ_WORDS = ("Urban regeneration of", "Resilient settlements in", "Inclusive public space for", "Housing recovery in",
             "Participatory planning in", "Climate adaptation of", "Basic services for", "Smart city lab in")


def build_headquarters(store: Store, offices: int = 150, initiatives_per_office: int = 6, seed: int = 2024) -> int:
    """Fill a store with ``offices`` synthetic but plausible office portfolios (regions, countries, programmes,
    groups, periods, funding in several currencies), written in bulk. Returns the number of records."""
    from sqlalchemy import insert

    from db.counting import refresh_counted
    from db.models import InitiativeSdgTarget
    from db.reference import countries, currency_precision, sdg_targets

    rng = random.Random(seed)
    clock = _Clock()
    known_countries = countries()
    targets = [t.code for t in sdg_targets().items if t.parent in ("1", "6", "10", "11", "13", "16", "17")]
    regions = list(_HQ_COUNTRIES)
    rows: dict[str, list[dict[str, object]]] = {k: [] for k in (
        "office", "partner", "initiative", "sdg", "initiative_partner", "beneficiary_count", "funding_line",
        "knowledge_product")}

    def ident(office: str, *key: str) -> dict[str, object]:
        at = clock()
        return {"id": demo_id("hq", office, *key), "revision": rng.randint(1, 4), "created_at": at,
                "updated_at": at, "office_code": office}

    for n in range(offices):
        region = regions[n % len(regions)]
        country = _HQ_COUNTRIES[region][(n // len(regions)) % len(_HQ_COUNTRIES[region])]
        if country not in known_countries:
            country = _HQ_COUNTRIES[region][0]
        code = f"{country}-{n + 1:03d}"
        currency = _HQ_CURRENCY.get(country, "USD")
        rows["office"].append({**ident(code, "office"), "code": code, "currency": currency, "language": "en",
                               "name": f"UN-Habitat office {n + 1} ({known_countries.label(country)})",
                               "country": country, "region": region})
        partners = []
        for p in range(4):
            partner_type = rng.choice(("gov_local", "gov_national", "bilateral", "multilateral", "un_entity", "ngo",
                                       "private", "foundation", "academic", "climate_fund"))
            row = {**ident(code, "partner", str(p)), "name": f"{partner_type.replace('_', ' ').title()} partner "
                   f"{p + 1} of {code}", "acronym": "", "partner_type": partner_type,
                   "country": rng.choice((None, country, "SWE", "JPN", "DEU", "NOR", "USA"))}
            partners.append(row)
        rows["partner"] += partners
        for i in range(initiatives_per_office):
            start = dt.date(2021 + rng.randint(0, 2), rng.choice((1, 4, 7, 10)), 1)
            status = rng.choices(("active", "completed", "pipeline", "suspended"), (70, 15, 12, 3))[0]
            crisis = rng.choices(("none", "disaster", "conflict", "displacement", "recovery"), (70, 8, 8, 8, 6))[0]
            initiative = {**ident(code, "initiative", str(i)), "code": f"{code}-{i + 1:02d}",
                          "title": f"{rng.choice(_HQ_WORDS)} {known_countries.label(country)} ({i + 1})",
                          "description": "", "status": status, "start_date": start,
                          "end_date": start + dt.timedelta(days=365 * rng.randint(2, 5)), "country": country,
                          "admin1": "", "locality": f"City {rng.randint(1, 5)}",
                          "flagship_code": rng.choice(("FP1", "FP2", "FP3", "FP4", "FP5", None)),
                          "subprogramme_code": rng.choice(("SP1", "SP2", "SP3", "SP4")),
                          "outcome_code": rng.choice(("FO1", "FO2", "FO3")), "crisis_context": crisis}
            rows["initiative"].append(initiative)
            rows["sdg"] += [{"initiative_id": initiative["id"], "target_code": t}
                            for t in rng.sample(targets, rng.randint(1, 4))]
            for p in rng.sample(partners, 2):
                rows["initiative_partner"].append({**ident(code, "link", str(i), str(p["id"])),
                                                   "initiative_id": initiative["id"], "partner_id": p["id"],
                                                   "role": rng.choice(("implementing", "funding", "government"))})
            if status == "pipeline":
                continue
            groups = rng.sample(("residents", "vulnerable", "refugees", "host", "idps", "migrants", "returnees"), 2)
            scale = rng.choice((500, 2_000, 8_000, 30_000))
            for period in PERIODS:
                for group in groups:
                    row = {**ident(code, "count", str(i), period, group), "initiative_id": initiative["id"],
                           "period": period, "group_code": group, "reach_type": "direct"}
                    for kind, total in (("targeted", scale), ("reached", int(scale * rng.uniform(0.4, 1.0)))):
                        female = total * rng.randint(48, 56) // 100
                        children, youth, older = total * 30 // 100, total * 20 // 100, total * 8 // 100
                        row.update({f"{kind}_total": total, f"{kind}_female": female, f"{kind}_male": total - female,
                                    f"{kind}_other": 0, f"{kind}_children": children, f"{kind}_youth": youth,
                                    f"{kind}_adults": total - children - youth - older, f"{kind}_older": older,
                                    f"{kind}_pwd": total * 6 // 100})
                    rows["beneficiary_count"].append(row)
            funder = rng.choice(partners)
            rate = USD_RATES.get(currency, Decimal(1))
            pledged = Decimal(rng.randrange(100, 5_000)) * 1000
            for stage, (kind, share) in enumerate((("pledge", 100), ("commitment", 100), ("incoming", 60),
                                                    ("expenditure", 40))):
                usd = pledged * share / 100
                amount = (usd / rate).quantize(Decimal(1).scaleb(-currency_precision(currency)))
                rows["funding_line"].append({
                    **ident(code, "funding", str(i), kind), "initiative_id": initiative["id"],
                    "funder_id": funder["id"], "source_type": rng.choice(("bilateral", "multilateral", "gov_national",
                                                                          "un_entity", "private", "climate_fund")),
                    "modality": rng.choice(("earmarked", "earmarked", "softly_earmarked", "core")),
                    "transaction_type": kind, "transaction_date": start + dt.timedelta(days=60 * stage),
                    "currency": currency, "amount": amount, "usd_rate": rate, "amount_usd": usd_amount(amount, rate),
                    "reference": f"{initiative['code']}-{stage + 1}", "notes": ""})
        rows["knowledge_product"].append({**ident(code, "product"), "title": f"Lessons from {code}",
                                          "product_type": rng.choice(("report", "guide", "case_study")),
                                          "published_on": dt.date(2023, rng.randint(1, 12), 1), "initiative_id": None,
                                          "link": f"https://unhabitat.org/{code.lower()}"})
    tables = {"office": Office, "partner": Partner, "initiative": Initiative, "sdg": InitiativeSdgTarget,
              "initiative_partner": InitiativePartner, "beneficiary_count": BeneficiaryCount,
              "funding_line": FundingLine, "knowledge_product": KnowledgeProduct}
    with store.engine.begin() as conn:
        for name, cls in tables.items():
            if rows[name]:
                conn.execute(insert(cls.__table__), rows[name])
        refresh_counted(conn, None)  # bulk inserts bypass the hooks that keep it fresh
    return sum(len(v) for k, v in rows.items() if k != "sdg")
