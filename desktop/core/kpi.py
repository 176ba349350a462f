"""Portfolio KPIs (report HSP/EB.2024/6, paragraph 18), computed by the database, never by Python loops.

The counting rule for beneficiaries is in docs/counting-rule.md and :func:`beneficiary_rows_counted`. Every figure
can be traced: :func:`records_behind` lists the records a figure is made of, with the package each came from.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, String, and_, cast, distinct, func, literal, or_, select
from sqlalchemy.sql import ColumnElement

from desktop.core.i18n import Context
from db.models import (
    AGE_PARTS,
    ENTITY_TYPES,
    SEX_PARTS,
    BeneficiaryCount,
    CountedBeneficiary,
    FundingLine,
    Initiative,
    InitiativePartner,
    InitiativeSdgTarget,
    KnowledgeProduct,
    Office,
    PackageLedger,
    Partner,
)
from db.counting import KINDS, kind_bit, level_of, periods_inside
from db.store import Store
from desktop.core.periods import parse_period

TRANSACTION_FIGURES = {"pledge": "pledged", "commitment": "committed", "incoming": "received", "expenditure": "spent"}


@dataclass(frozen=True)
class KpiFilters:
    period: str | None = None  # 2023-H2, 2023-Q3, 2023
    region: str | None = None
    country: str | None = None
    flagship: str | None = None
    subprogramme: str | None = None
    office: str | None = None

    @property
    def everything(self) -> bool:
        """No filter: the whole portfolio."""
        return not any(vars(self).values())

    def describe(self) -> str:
        parts = [f"{k}={v}" for k, v in vars(self).items() if v]
        return ", ".join(parts) or core.tr("all")


@dataclass
class Kpis:
    filters: KpiFilters
    initiatives_by_status: dict[str, int] = field(default_factory=dict)
    countries: int = 0
    cities: int = 0
    beneficiaries: dict[str, dict[str, int]] = field(default_factory=dict)  # targeted/reached → part → people
    beneficiaries_by_group: dict[str, dict[str, int]] = field(default_factory=dict)  # group → targeted/reached
    indirect: dict[str, int] = field(default_factory=dict)  # targeted/reached → people reached indirectly
    funds_by_transaction: dict[str, Decimal] = field(default_factory=dict)
    funds_by_source: dict[str, Decimal] = field(default_factory=dict)  # received (incoming) by source type
    funds_by_modality: dict[str, Decimal] = field(default_factory=dict)  # received (incoming) by modality
    partners: int = 0
    partners_by_type: dict[str, int] = field(default_factory=dict)
    partner_countries: int = 0
    knowledge_products: int = 0
    sdg_goals: int = 0
    sdg_targets: int = 0
    scope: str = ""  # whose store: "Nairobi office (KEN-NBO)", "Headquarters: 150 offices"; never a file path

    @property
    def initiatives(self) -> int:
        return sum(self.initiatives_by_status.values())

    def as_json(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, Decimal):
                return str(value)
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, KpiFilters):
                return {k: v for k, v in vars(value).items() if v}
            return value

        out = {k: plain(v) for k, v in vars(self).items()}
        out["initiatives"] = self.initiatives
        return out


def _initiative_conditions(filters: KpiFilters) -> list[ColumnElement[bool]]:
    i = Initiative.__table__.c
    conditions: list[ColumnElement[bool]] = []
    if filters.country:
        conditions.append(i.country == filters.country)
    if filters.flagship:
        conditions.append(i.flagship_code == filters.flagship)
    if filters.subprogramme:
        conditions.append(i.subprogramme_code == filters.subprogramme)
    if filters.office:
        conditions.append(i.office_code == filters.office)
    if filters.region:
        offices = select(Office.__table__.c.code).where(Office.__table__.c.region == filters.region)
        conditions.append(i.office_code.in_(offices))
    if filters.period:
        period = parse_period(filters.period)
        conditions.append(or_(i.start_date.is_(None), i.start_date <= period.end))
        conditions.append(or_(i.end_date.is_(None), i.end_date >= period.start))
    return conditions


def selected_initiatives(filters: KpiFilters) -> Select[Any]:
    """The ids of the initiatives a set of filters selects (a subquery every figure starts from)."""
    return select(Initiative.__table__.c.id).where(*_initiative_conditions(filters))


def _period_bounds(filters: KpiFilters) -> tuple[dt.date, dt.date] | None:
    if not filters.period:
        return None
    period = parse_period(filters.period)
    return period.start, period.end


def _has_initiative_filter(filters: KpiFilters) -> bool:
    return bool(filters.country or filters.flagship or filters.subprogramme or filters.office or filters.region
                or filters.period)


def _in_selection(column: Any, filters: KpiFilters, *, by_dates: bool = True) -> ColumnElement[bool]:
    """``column`` (an initiative id) is one of the selected initiatives; no subquery when nothing is filtered.

    ``by_dates=False`` leaves out the period's test on the initiative's dates, for records that carry their own
    date or period (funding lines, beneficiary counts): a transaction dated in the period counts, whatever the
    initiative's planned dates say, and the test would cost a subquery per row on a large store.
    """
    if not by_dates and filters.period:
        filters = replace(filters, period=None)
    if not _has_initiative_filter(filters):
        return literal(True)
    return column.in_(selected_initiatives(filters))


def _joined(query: Select[Any], table: Any, filters: KpiFilters) -> Select[Any]:
    """``query`` over ``table`` limited to the selected initiatives by a join, not an IN (subquery): SQLite walks the
    selected initiatives by index instead of testing every row (3× faster on a million records). The period's test
    on the initiative's dates is left out: these records carry their own date or period."""
    filters = replace(filters, period=None)
    if not _has_initiative_filter(filters):
        return query
    i = Initiative.__table__
    return query.select_from(table.join(i, i.c.id == table.c.initiative_id)).where(*_initiative_conditions(filters))


def _span(filters: KpiFilters) -> str:
    """The span a period filter selects (``all`` without one).

    The counting rule itself lives in ``db.counting``: per initiative × group × reach type, of the periods inside the
    span, only the row with the highest total counts (ties: the latest period). A period filter is the span.
    """
    return parse_period(filters.period).code if filters.period else "all"


def _counting(span: str, kinds: tuple[str, ...]) -> tuple[list[ColumnElement[bool]], list[int]]:
    """The conditions that keep the ``counted_beneficiary`` rows counting for some of ``kinds`` in ``span``, and the
    bit of ``counted`` that says a row counts for each kind there."""
    c = CountedBeneficiary.__table__.c
    level = level_of(span)
    bits = [kind_bit(kind, level) for kind in kinds]
    where = [] if level == 0 else [c.period.in_(periods_inside(span))]
    where.append(c.counted.op("&")(sum(bits)) != 0)
    return where, bits


def beneficiary_rows_counted(filters: KpiFilters, kind: str) -> Select[Any]:
    """The ids of the beneficiary rows that count for ``kind`` (targeted or reached) under these filters."""
    c = CountedBeneficiary.__table__.c
    where, _bits = _counting(_span(filters), (kind,))
    return select(c.row_id).where(*where, _in_selection(c.initiative_id, filters, by_dates=False))


@dataclass
class People:
    """The people figures under the counting rule: each initiative × group × direct/indirect counts once, with the
    period of its highest total (ties: the later period); initiatives are added up; direct and indirect apart."""

    direct: dict[str, dict[str, int]]  # targeted/reached → part (total, sex, age, pwd) → people
    by_group: dict[str, dict[str, int]]  # group → targeted/reached → people (direct)
    indirect: dict[str, int]  # targeted/reached → people (indirect)


def people_counted(conn: Connection, filters: KpiFilters | None = None) -> People:
    """The beneficiary figures of the Dashboard, the report and the Office summary's headline: one query.

    The rule is applied when counts are saved (``db.counting`` keeps each row that counts in
    ``counted_beneficiary``, with the spans it counts for); here it is a plain sum of the chosen rows.
    """
    filters = filters or KpiFilters()
    c = CountedBeneficiary.__table__.c
    parts = ("total", *SEX_PARTS, *AGE_PARTS, "pwd")
    kinds = KINDS
    where, bits = _counting(_span(filters), kinds)
    # Grouped in the covering index's order (period, reach type, group, where it counts): one streamed pass, no sort.
    # Each group's bits say here which kind its figures count for (both, mostly).
    query = _joined(select(c.reach_type, c.group_code, c.counted,
                           *(func.sum(c[f"{kind}_{part}"]) for kind in kinds for part in parts))
                    .where(*where).group_by(c.period, c.reach_type, c.group_code, c.counted),
                    CountedBeneficiary.__table__, filters)
    out = People({kind: dict.fromkeys(parts, 0) for kind in kinds}, {}, dict.fromkeys(kinds, 0))
    for reach, group, counted, *values in conn.execute(query):
        for n, kind in enumerate(kinds):
            if not counted & bits[n]:
                continue
            figures = values[n * len(parts) : (n + 1) * len(parts)]
            if reach != "direct":
                out.indirect[kind] += int(figures[0] or 0)
                continue
            sums = out.direct[kind]
            for part, value in zip(parts, figures, strict=True):
                sums[part] += int(value or 0)
            out.by_group.setdefault(group, {"targeted": 0, "reached": 0})[kind] += int(figures[0] or 0)
    return out


def compute_kpis(store: Store, filters: KpiFilters | None = None) -> Kpis:
    filters = filters or KpiFilters()
    out = Kpis(filters)
    i, f = Initiative.__table__.c, FundingLine.__table__.c
    chosen = _initiative_conditions(filters)  # on the initiative table itself: no subquery
    with store.engine.connect() as conn:
        out.scope = _scope(conn, filters)
        out.initiatives_by_status = dict(conn.execute(
            select(i.status, func.count()).where(*chosen).group_by(i.status).order_by(i.status)).all())
        out.countries = conn.scalar(select(func.count(distinct(i.country))).where(*chosen)) or 0
        cities = select(i.country, func.lower(i.locality)).where(*chosen, i.locality != "").distinct()
        out.cities = conn.scalar(select(func.count()).select_from(cities.subquery())) or 0

        people = people_counted(conn, filters)
        out.beneficiaries, out.beneficiaries_by_group, out.indirect = people.direct, people.by_group, people.indirect

        bounds = _period_bounds(filters)
        dated = [f.transaction_date.between(*bounds)] if bounds else []
        # One pass over the funding lines, grouped finely; the three breakdowns are added up from its few rows.
        # Sums of integer cents (db.types.MinorUnits) come back as exact Decimals.
        by_type: dict[str, Decimal] = {}
        by_source: dict[str, Decimal] = {}
        by_modality: dict[str, Decimal] = {}
        grouped = _joined(select(f.transaction_type, f.source_type, f.modality, func.sum(f.amount_usd))
                          .where(*dated).group_by(f.transaction_type, f.source_type, f.modality),
                          FundingLine.__table__, filters)
        for kind, source, modality, usd in conn.execute(grouped):
            usd = usd or Decimal("0.00")
            by_type[kind] = by_type.get(kind, Decimal("0.00")) + usd
            if kind == "incoming":
                by_source[source] = by_source.get(source, Decimal("0.00")) + usd
                by_modality[modality] = by_modality.get(modality, Decimal("0.00")) + usd
        out.funds_by_transaction = {name: by_type.get(code, Decimal("0.00")) for code, name in
                                    TRANSACTION_FIGURES.items()}
        out.funds_by_source = dict(sorted(by_source.items(), key=lambda item: (-item[1], item[0])))
        out.funds_by_modality = dict(sorted(by_modality.items(), key=lambda item: (-item[1], item[0])))

        p = Partner.__table__.c
        # One pass over the engaged partners (a few thousand rows even at headquarters), counted here.
        engaged = conn.execute(select(p.partner_type, p.country).where(_engaged_partners(filters))).all()
        out.partners = len(engaged)
        by_type: dict[str, int] = {}
        for partner_type, _country in engaged:
            by_type[partner_type] = by_type.get(partner_type, 0) + 1
        out.partners_by_type = dict(sorted(by_type.items(), key=lambda item: (-item[1], item[0])))
        out.partner_countries = len({country for _type, country in engaged if country})

        k = KnowledgeProduct.__table__.c
        products = [or_(_in_selection(k.initiative_id, filters),
                        and_(k.initiative_id.is_(None), _office_products(filters)))]
        if bounds:
            products.append(k.published_on.between(*bounds))
        out.knowledge_products = conn.scalar(select(func.count()).where(*products)) or 0

        s = InitiativeSdgTarget.__table__.c
        targets = select(s.target_code).where(_in_selection(s.initiative_id, filters)).distinct().subquery()
        out.sdg_targets = conn.scalar(select(func.count()).select_from(targets)) or 0
        codes = conn.scalars(select(targets.c.target_code)).all()
        out.sdg_goals = len({code.split(".")[0] for code in codes})
    return out


core = Context("core")


def _scope(conn: Connection, filters: KpiFilters) -> str:
    """The store named by its office (an office store, or one office chosen) or as headquarters' store."""
    o = Office.__table__.c
    if filters.office:
        office = conn.execute(select(o.code, o.name).where(o.code == filters.office)).first()
        return f"{office[1]} ({office[0]})" if office else filters.office
    offices = conn.execute(select(o.code, o.name).order_by(o.code).limit(2)).all()
    if len(offices) == 1:
        return f"{offices[0][1]} ({offices[0][0]})"
    if not offices:
        return ""
    n = conn.scalar(select(func.count()).select_from(Office.__table__)) or 0
    return core.tr("Headquarters: %n office(s)", None, n)


def _engaged_partners(filters: KpiFilters) -> ColumnElement[bool]:
    """Partners linked to a selected initiative, or funding one of them within the period.

    Two EXISTS tests per partner, each one index probe (initiative_partner.partner_id, funding_line.funder_id):
    four times faster on a headquarters store than collecting every linked and funding partner id first."""
    p, link, f = Partner.__table__.c, InitiativePartner.__table__.c, FundingLine.__table__.c
    i = Initiative.__table__
    linked = select(literal(1)).where(link.partner_id == p.id)
    if _has_initiative_filter(filters):
        linked = linked.select_from(InitiativePartner.__table__.join(i, i.c.id == link.initiative_id)).where(
            *_initiative_conditions(filters))
    bounds = _period_bounds(filters)
    funded = _joined(select(literal(1)).where(f.funder_id == p.id,
                                              *([f.transaction_date.between(*bounds)] if bounds else [])),
                     FundingLine.__table__, filters)
    return or_(linked.exists(), funded.exists())


def _office_products(filters: KpiFilters) -> ColumnElement[bool]:
    """Products not tied to an initiative count for their office, when no initiative-only filter is set."""
    k = KnowledgeProduct.__table__.c
    if filters.country or filters.flagship or filters.subprogramme:
        return literal(False)
    conditions: list[ColumnElement[bool]] = []
    if filters.office:
        conditions.append(k.office_code == filters.office)
    if filters.region:
        conditions.append(k.office_code.in_(select(Office.__table__.c.code).where(
            Office.__table__.c.region == filters.region)))
    return and_(literal(True), *conditions)


@dataclass(frozen=True)
class SourcedRecord:
    """One record behind a figure, described as a person knows it: an initiative by its code and title, a partner
    or a product by its name, a funding line by its funder, amount and date. The id is there to open the record,
    not to be read. Codes (status, group, type) are reference-list codes for the UI to put into words."""

    entity: str
    record_id: uuid.UUID
    label: str  # the record: "code — title" (an initiative and what belongs to it), a partner's or product's name
    value: str  # what it brings to the figure, as plain text: people, "EUR 1000.00", a status or type code
    office_code: str
    package: str  # "KEN-NBO #3 (ab12cd34…)" or "entered in this store"
    initiative: str = ""  # "code — title" of its initiative ("" for a partner or a product tied to none)
    code: str = ""  # status, beneficiary group, transaction type, partner type or product type
    country: str = ""
    period: str = ""  # a count's reporting period; a funding line's or product's date (ISO)
    people: int | None = None
    currency: str = ""
    amount: Decimal | None = None
    amount_usd: Decimal | None = None
    funder: str = ""
    reference: str = ""

    @property
    def id(self) -> uuid.UUID:
        return self.record_id


def records_behind(store: Store, figure: str, filters: KpiFilters | None = None, limit: int = 1000) -> list[
        SourcedRecord]:
    """The records a figure is made of: ``initiatives``, ``reached``, ``targeted``, ``funds:<transaction type>``,
    ``partners`` or ``knowledge_products`` — each with the package it came from.

    For ``reached`` and ``targeted`` these are the rows the counting rule chose (one per initiative × group), so
    that the listed people add up to the figure."""
    filters = filters or KpiFilters()
    i, b, f = Initiative.__table__.c, BeneficiaryCount.__table__.c, FundingLine.__table__.c
    chosen = selected_initiatives(filters)
    named = (i.code + literal(" — ") + i.title)
    if figure == "initiatives":
        entity = "initiative"
        query = select(i.id, named.label("label"), i.status.label("value"), i.office_code,
                       named.label("initiative"), i.status.label("code"), i.country.label("country")
                       ).where(i.id.in_(chosen)).order_by(i.code)
    elif figure in ("reached", "targeted"):
        entity = "beneficiary_count"
        query = (select(b.id, named.label("label"), cast(b[f"{figure}_total"], String).label("value"), b.office_code,
                        named.label("initiative"), b.group_code.label("code"), i.country.label("country"),
                        b.period.label("period"), b[f"{figure}_total"].label("people"))
                 .join_from(BeneficiaryCount.__table__, Initiative.__table__, b.initiative_id == i.id)
                 .where(b.id.in_(beneficiary_rows_counted(filters, figure)), b.reach_type == "direct")
                 .order_by(i.code, b.group_code))
    elif figure.startswith("funds:"):
        entity = "funding_line"
        p = Partner.__table__.c
        conditions = [_in_selection(f.initiative_id, filters, by_dates=False),
                      f.transaction_type == figure.split(":", 1)[1]]
        bounds = _period_bounds(filters)
        if bounds:
            conditions.append(f.transaction_date.between(*bounds))
        query = (select(f.id, named.label("label"), (f.currency + literal(" ") + cast(f.amount, String)).label("value"),
                        f.office_code, named.label("initiative"), f.transaction_type.label("code"),
                        i.country.label("country"), f.transaction_date.label("period"), f.currency.label("currency"),
                        f.amount.label("amount"), f.amount_usd.label("amount_usd"),
                        func.coalesce(p.name, "").label("funder"), f.reference.label("reference"))
                 .join_from(FundingLine.__table__, Initiative.__table__, f.initiative_id == i.id)
                 .outerjoin(Partner.__table__, p.id == f.funder_id)
                 .where(*conditions).order_by(i.code, f.transaction_date))
    elif figure == "partners":
        p = Partner.__table__.c
        entity = "partner"
        query = select(p.id, p.name.label("label"), p.partner_type.label("value"), p.office_code,
                       p.partner_type.label("code"), func.coalesce(p.country, "").label("country")
                       ).where(_engaged_partners(filters)).order_by(p.name)
    elif figure == "knowledge_products":
        k = KnowledgeProduct.__table__.c
        entity = "knowledge_product"
        query = (select(k.id, k.title.label("label"), k.product_type.label("value"), k.office_code,
                        func.coalesce(named, "").label("initiative"), k.product_type.label("code"),
                        k.published_on.label("period"))
                 .outerjoin(Initiative.__table__, i.id == k.initiative_id)
                 .where(or_(k.initiative_id.in_(chosen), and_(k.initiative_id.is_(None), _office_products(filters))))
                 .order_by(k.title))
    else:
        raise KeyError(f"no figure {figure!r}")
    ledger = PackageLedger.__table__.c
    record = ENTITY_TYPES[entity].__table__.alias("traced_record")  # its row says which package it came from
    sub = query.limit(limit).subquery()
    cols = list(sub.c)
    traced = (select(*cols, ledger.office_code.label("ledger_office"), ledger.sequence.label("ledger_sequence"),
                     ledger.digest.label("ledger_digest"))
              .select_from(sub)
              .outerjoin(record, record.c.id == cols[0])
              .outerjoin(PackageLedger.__table__, ledger.digest == record.c.source)
              .order_by(cols[1], *(sub.c[name] for name in ("period", "code") if name in sub.c)))
    extras = [c.name for c in cols[4:]]
    with store.engine.connect() as conn:
        rows = conn.execute(traced).all()
    out = []
    for row in rows:
        values = row._mapping
        package = (f"{values['ledger_office']} #{values['ledger_sequence']} ({values['ledger_digest'][:12]}…)"
                   if values["ledger_digest"] else "entered in this store")
        more: dict[str, Any] = {name: values[name] for name in extras}
        if isinstance(more.get("period"), dt.date):
            more["period"] = more["period"].isoformat()
        out.append(SourcedRecord(entity, row[0], str(row[1]), str(row[2]), str(row[3]), package,
                                 **{k: ("" if v is None and k not in ("people", "amount", "amount_usd") else v)
                                    for k, v in more.items()}))
    return out
