"""Export then read gives back exactly every record, for the demo offices and for hostile-looking values."""

from __future__ import annotations

import datetime as dt
import pickle
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from db.models import (
    COUNT_COLUMNS,
    RECORD_TYPES,
    BeneficiaryCount,
    FundingLine,
    Initiative,
    InitiativeSdgTarget,
    KnowledgeProduct,
    Office,
    Partner,
    Tombstone,
)
from db.store import Store, open_store
from desktop.core.demo import DEMO_OFFICES, build_demo
from desktop.core.rules import MAX_TEXT
from desktop.exchange.export import export_package
from desktop.exchange.format import decimal_as_number, escape_text
from desktop.exchange.importer import BoundValues, prepare
from desktop.exchange.read import read_package
from tests.exchange.helpers import package_records, sheet_xml, store_records, store_tombstones


@pytest.mark.parametrize("office", sorted(DEMO_OFFICES))
def test_every_demo_office_round_trips_exactly_and_validates(tmp_path: Path, office: str) -> None:
    with open_store(tmp_path / "demo.sqlite", user="tester") as store:
        build_demo(store, office)
        result = export_package(store, tmp_path, period="2023-H2")
        expected = store_records(store)
    assert result.path.name == f"{office}_2023-H2_001.xlsx"
    package = read_package(result.path)
    assert package.report.valid, [p.line() for p in package.report.errors]
    assert package.report.digest_matches is True
    assert package.report.digest == result.digest
    assert package_records(package) == expected
    assert package.report.records == sum(len(rows) for rows in expected.values())


def test_deletions_travel_as_tombstones(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.session() as session:
        product = session.query(KnowledgeProduct).first()
        session.delete(product)
    tombstones = store_tombstones(demo_store)
    assert len(tombstones) == 1
    result = export_package(demo_store, tmp_path / "out.xlsx", period="2023-H2")
    package = read_package(result.path)
    assert package.deletions == tombstones
    assert package.report.row_counts["Deletions"] == 1
    assert package.report.digest_matches is True


def test_the_digest_depends_on_the_data_not_on_when_it_was_exported(demo_store: Store, tmp_path: Path) -> None:
    first = export_package(demo_store, tmp_path / "a.xlsx", period="2023-H2")
    second = export_package(demo_store, tmp_path / "b.xlsx", period="2024-H1", sequence=7)
    assert first.digest == second.digest
    with demo_store.session() as session:
        session.query(Partner).first().acronym = "CHANGED"
    third = export_package(demo_store, tmp_path / "c.xlsx", period="2023-H2")
    assert third.digest != first.digest


def test_text_is_never_written_as_a_formula(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        session.add(Partner(name="=HYPERLINK(\"http://evil\",\"x\")", acronym="+1", partner_type="ngo",
                            country=None))
        session.add(Partner(name="@SUM(A1)", acronym="-2", partner_type="ngo", country=None))
    result = export_package(store, tmp_path / "p.xlsx", period="2023-H2")
    xml = sheet_xml(result.path, "Partners")
    assert b"<f>" not in xml and b"<f " not in xml
    names = {r["name"] for r in package_records(read_package(result.path))["partner"].values()}
    assert names == {"=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)"}


def test_amounts_are_numbers_when_exact_and_text_otherwise(store: Store, tmp_path: Path) -> None:
    """The number rule: ≤ 15 significant digits that survive a double are numbers; the rest are text, read exactly."""
    assert decimal_as_number(Decimal("1234567.89")) == 1234567.89
    assert decimal_as_number(Decimal("0.0000412")) == 0.0000412
    assert decimal_as_number(Decimal("12345678901234.56")) is None  # 16 digits
    assert decimal_as_number(Decimal("99999999999999999999.999")) is None
    with store.session() as session:
        initiative = Initiative(code="I-1", title="Test", status="active", country="KEN", crisis_context="none")
        session.add(initiative)
        session.flush()
        for amount in ("1234567.89", "12345678901234.56", "99999999999999999999.99"):
            session.add(FundingLine(initiative_id=initiative.id, source_type="bilateral", modality="earmarked",
                                    transaction_type="expenditure", transaction_date=dt.date(2023, 7, 1),
                                    currency="USD", amount=Decimal(amount), usd_rate=Decimal(1),
                                    amount_usd=Decimal("12.34")))
    result = export_package(store, tmp_path / "p.xlsx", period="2023-H2")
    xml = sheet_xml(result.path, "Funding")
    assert b"<v>1234567.89</v>" in xml  # a real number cell
    assert b"12345678901234.56</t>" in xml  # too many digits for a double: text
    amounts = sorted(r["amount"] for r in package_records(read_package(result.path))["funding_line"].values())
    assert [str(a) for a in amounts] == ["1234567.89", "12345678901234.56", "99999999999999999999.99"]


def test_dates_are_real_dates_and_times_are_exact_text(demo_store: Store, tmp_path: Path) -> None:
    result = export_package(demo_store, tmp_path / "p.xlsx", period="2023-H2")
    xml = sheet_xml(result.path, "Initiatives")
    assert b'Z</t>' in xml  # created_at/updated_at as ISO text in UTC
    import python_calamine

    rows = python_calamine.CalamineWorkbook.from_path(str(result.path)).get_sheet_by_name("Initiatives").to_python()
    start = rows[0].index("start_date")
    assert isinstance(rows[3][start], dt.date)


# ---------------------------------------------------------------------------------------------------------------
# The property test: whatever the values, the round trip is exact.

NASTY_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),  # any unicode, control characters included
    st.sampled_from([
        "", " ", "  leading and trailing  ", "\t", "\r\n", "line\rbreak", "=1+1", "+44 20", "-5", "@SUM(A1)",
        "\tTAB", "\rCR", "_x0041_", "_x005F_x0041_", "_X0041_", "\u241b", "\u241b0041", "x\ufffey\uffff",
        "مرحبا بالعالم", "שלום עולם", "\u202eRTL override", "零件 🏙️ 😀", "\x00\x01\x1f\x7f\x85",
        "<r>a < b</r>", "<r>x</r>\n",  # what xlsxwriter would write as raw rich-text XML
    ]),
)
LONG_TEXT = st.sampled_from([
    "a" * MAX_TEXT, "ش" * MAX_TEXT, "😀" * (MAX_TEXT // 2), "=" + "b" * (MAX_TEXT - 1), " " * MAX_TEXT,
    "\x01" + "c" * (MAX_TEXT - 5),  # the escape makes it exactly 32,767 characters in the cell
])
CURRENCY_AMOUNTS = st.sampled_from(["XOF", "USD", "KWD"]).flatmap(
    lambda currency: st.tuples(
        st.just(currency),
        st.decimals(min_value=Decimal("-1e20"), max_value=Decimal("1e20"), allow_nan=False, allow_infinity=False,
                    places={"XOF": 0, "USD": 2, "KWD": 3}[currency]),
    )
)
TIMES = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                     timezones=st.just(dt.timezone.utc))


@pytest.fixture(scope="module")
def scratch_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = open_store(tmp_path_factory.mktemp("prop") / "prop.sqlite", user="tester")
    yield store
    store.close()


def _reset(store: Store) -> None:
    with store.engine.begin() as conn:
        for table in (InitiativeSdgTarget.__table__, Tombstone.__table__,
                      *(cls.__table__ for cls in reversed(RECORD_TYPES))):
            conn.execute(delete(table))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_any_values_round_trip_exactly(scratch_store: Store, tmp_path_factory: pytest.TempPathFactory,
                                       data: st.DataObject) -> None:
    store = scratch_store
    _reset(store)

    serial = iter(range(1, 100))

    def identity() -> dict:
        created = data.draw(TIMES)
        # Any id, kept unique by a serial number in its last byte.
        return {"id": uuid.UUID(int=data.draw(st.integers(0, 2**120 - 1)) << 8 | next(serial)),
                "revision": data.draw(st.integers(1, 10**6)), "created_at": created,
                "updated_at": created + dt.timedelta(microseconds=data.draw(st.integers(0, 10**12))),
                "office_code": "KEN-NBO"}

    text = lambda: data.draw(NASTY_TEXT)  # noqa: E731
    with store.session(keep_identity=True) as session:
        session.add(Office(**identity(), code="KEN-NBO", name=text(), country="KEN", region="AF", currency="KES"))
        partner = Partner(**identity(), name=text(), acronym=text(), partner_type="ngo",
                          country=data.draw(st.sampled_from([None, "SWE", "KWT"])))
        initiative = Initiative(
            **identity(), code=text(), title=text(),
            description=data.draw(st.one_of(NASTY_TEXT, LONG_TEXT)), status="active",
            start_date=data.draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))),
            end_date=None, country="KEN", admin1=text(), locality=text(),
            flagship_code=data.draw(st.sampled_from([None, "FP1"])), subprogramme_code=None, outcome_code=None,
            crisis_context="none",
        )
        initiative.set_sdg_targets(data.draw(st.sets(st.sampled_from(["11.1", "11.3", "1.4", "13.1"]))))
        session.add_all([partner, initiative])
        for _ in range(data.draw(st.integers(1, 3))):
            currency, amount = data.draw(CURRENCY_AMOUNTS)
            rate = data.draw(st.decimals(min_value=Decimal("0.0000001"), max_value=Decimal("10000"), places=10,
                                         allow_nan=False, allow_infinity=False))
            session.add(FundingLine(
                **identity(), initiative_id=initiative.id,
                funder_id=data.draw(st.sampled_from([None, partner.id])), source_type="bilateral",
                modality="earmarked", transaction_type="incoming", transaction_date=dt.date(2023, 8, 1),
                currency=currency, amount=amount, usd_rate=rate,
                amount_usd=data.draw(st.decimals(min_value=Decimal("-1e16"), max_value=Decimal("1e16"), places=2,
                                                  allow_nan=False, allow_infinity=False)),
                reference=text(), notes=text(),
            ))
        counts = {name: data.draw(st.one_of(st.none(), st.just(0), st.integers(0, 2**62)))  # None ≠ 0; > 15 digits
                  for name in COUNT_COLUMNS}
        session.add(BeneficiaryCount(**identity(), initiative_id=initiative.id, period=text(), group_code="idps",
                                     reach_type="direct", **counts))
        session.add(KnowledgeProduct(**identity(), title=text(), product_type="report",
                                     published_on=None, initiative_id=None, link=text()))
    expected = store_records(store)
    out = tmp_path_factory.mktemp("pkg") / "p.xlsx"
    result = export_package(store, out, period="2023-H2")
    package = read_package(result.path)
    assert package_records(package) == expected
    # Exact means exact: same text (not only equal after strip), and the digest the export computed.
    assert package.report.digest == result.digest
    assert package.report.digest_matches is True
    # What a reader process sends the writing process: the rows prepared for the store (for SQLite or PostgreSQL),
    # the values read back from them (importer.BoundValues) — the same records, of the same types.
    for dialect in (SQLiteDialect_pysqlite, PGDialect_psycopg):
        sent = read_package(result.path)
        sent.prepared = prepare(sent, dialect())
        arrived = pickle.loads(pickle.dumps(sent))
        assert all(row.values.__class__ is BoundValues for rows in arrived.records.values() for row in rows)
        assert package_records(arrived) == expected
        assert ({entity: {key: {k: type(v) for k, v in values.items()} for key, values in records.items()}
                 for entity, records in package_records(arrived).items()}
                == {entity: {key: {k: type(v) for k, v in values.items()} for key, values in records.items()}
                    for entity, records in expected.items()})


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_escaped_text_carries_only_what_xml_and_the_readers_leave_alone(text: str) -> None:
    import re

    from desktop.exchange.format import unescape_text

    escaped = escape_text(text)
    assert unescape_text(escaped) == text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]", escaped)
    assert not re.search(r"_x[0-9A-Fa-f]{4}_", escaped)  # nothing Excel-style a library would decode
    assert not (re.search("^<r>", escaped) and re.search("</r>$", escaped))  # nothing xlsxwriter writes as raw XML


def test_a_text_that_looks_like_rich_text_xml_is_exported_as_text(store: Store, tmp_path: Path) -> None:
    """xlsxwriter writes a text starting "<r>" and ending "</r>" as raw rich-text XML; "<r>a < b</r>" made a package
    no reader could open. The package escapes its first "<" and the reader gives the text back as it was typed."""
    from db.models import KnowledgeProduct

    titles = ["<r>a < b</r>", "<r>x</r>\n", "<r>bold</r>"]
    with store.session() as session:
        session.add_all([KnowledgeProduct(title=title, product_type="report")
                         for title in titles])
    package = read_package(export_package(store, tmp_path, period="2023-H2").path)
    assert package.report.valid, [p.line() for p in package.report.errors]
    assert sorted(row.values["title"] for row in package.records["knowledge_product"]) == sorted(titles)


def test_the_workbook_is_made_for_people_too(demo_store: Store, tmp_path: Path) -> None:
    """Frozen, protected header rows; unlocked data cells; filters; dropdowns on coded columns; real dates."""
    import openpyxl

    result = export_package(demo_store, tmp_path / "p.xlsx", period="2023-H2")
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == ["README", "Office", "Initiatives", "Partners", "InitiativePartners", "Beneficiaries",
                               "Funding", "KnowledgeProducts", "Deletions", "HandEdits", "CodeLists", "Manifest"]
    ws = book["Initiatives"]
    keys = [c.value for c in ws[1]]
    assert ws.freeze_panes == "B4"
    assert ws.protection.sheet is True
    assert ws.cell(1, 1).protection.locked and ws.cell(3, 1).protection.locked
    assert not ws.cell(4, 1).protection.locked
    assert ws.auto_filter.ref.startswith("A3:")
    status = openpyxl.utils.get_column_letter(keys.index("status") + 1)
    [dropdown] = [dv for dv in ws.data_validations.dataValidation if status in str(dv.sqref)]
    assert dropdown.type == "list" and dropdown.formula1.startswith("CodeLists!$")
    assert ws.cell(4, keys.index("start_date") + 1).is_date
    assert ws.column_dimensions["B"].width >= 40  # the title column
    manifest = {row[0]: row[1] for row in book["Manifest"].iter_rows(min_row=2, values_only=True)}
    assert manifest["data_sha256"] == result.digest and manifest["exported_by"] == "tester"
