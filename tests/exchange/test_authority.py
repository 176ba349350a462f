"""Each office changes only its own records: the attacks of the issue "Headquarters can trust what it imports",
each refused with one clear line and the headquarters store unchanged; deletions at headquarters never break a later
import."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from db.models import FundingLine, Initiative, Tombstone
from db.store import open_store
from desktop.core.demo import build_demo
from desktop.exchange.importer import import_package
from desktop.exchange.read import validate_package
from tests.exchange.test_import import export, snapshot


@pytest.fixture
def two_offices(tmp_path: Path) -> dict[str, Any]:
    """KEN-NBO's and MEX-MEX's first packages, both imported at headquarters."""
    with open_store(tmp_path / "ken.sqlite", user="amina") as ken:
        build_demo(ken, "KEN-NBO")
        ken_first = export(ken, tmp_path / "ken", sequence=1)
    with open_store(tmp_path / "mex.sqlite", user="luis") as mex:
        build_demo(mex, "MEX-MEX")
        mex_first = export(mex, tmp_path / "mex", sequence=1)
    hq = open_store(tmp_path / "hq.sqlite", user="hq")
    for package in (ken_first, mex_first):
        assert import_package(hq, package).status == "imported"
    yield {"ken": ken_first, "mex": mex_first, "hq": hq, "tmp": tmp_path}
    hq.close()


def header(sheet: Any) -> list[str]:
    return [c.value for c in sheet[1]]


def rows_of(path: Path, sheet_name: str) -> list[dict[str, Any]]:
    sheet = openpyxl.load_workbook(path)[sheet_name]
    keys = header(sheet)
    return [dict(zip(keys, (c.value for c in row), strict=False)) for row in sheet.iter_rows(min_row=4)
            if any(c.value not in (None, "") for c in row)]


def add_row(path: Path, out: Path, sheet_name: str, values: dict[str, Any]) -> Path:
    """``path`` with one more row in a sheet (as a person with openpyxl would add it), saved as ``out``."""
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    keys = header(sheet)
    row = sheet.max_row + 1
    for key, value in values.items():
        sheet.cell(row=row, column=keys.index(key) + 1, value=value)
    book.save(out)
    return out


def set_manifest(path: Path, key: str, value: Any) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Manifest"]
    for row in sheet.iter_rows():
        if row[0].value == key:
            row[1].value = value
    book.save(path)


def ken_initiative(two_offices: dict[str, Any]) -> dict[str, Any]:
    return rows_of(two_offices["ken"], "Initiatives")[0]


def test_a_package_cannot_carry_another_offices_record(two_offices: dict[str, Any]) -> None:
    row = ken_initiative(two_offices)
    row.update(revision=int(row["revision"]) + 5, title="Overwritten by another office", status="cancelled")
    attack = add_row(two_offices["mex"], two_offices["tmp"] / "mex-attack.xlsx", "Initiatives", row)
    report = validate_package(attack)
    owner = [p for p in report.errors if p.code == "owner"]
    assert owner and "belongs to office KEN-NBO" in owner[0].message and owner[0].sheet == "Initiatives"
    hq = two_offices["hq"]
    before = snapshot(hq)
    summary = import_package(hq, attack)
    assert summary.status == "rejected" and "\n" not in summary.line()
    assert snapshot(hq) == before


def test_a_package_cannot_take_another_offices_record_over(two_offices: dict[str, Any]) -> None:
    row = ken_initiative(two_offices)
    row.update(revision=int(row["revision"]) + 5, title="Taken over", office_code="MEX-MEX")
    attack = add_row(two_offices["mex"], two_offices["tmp"] / "mex-takeover.xlsx", "Initiatives", row)
    assert validate_package(attack).valid  # every row names the package's own office: only the store can tell
    hq = two_offices["hq"]
    before = snapshot(hq)
    summary = import_package(hq, attack)
    assert summary.status == "rejected"
    assert "owned by KEN-NBO, not MEX-MEX" in summary.problems[0] and "Initiatives row" in summary.problems[0]
    assert snapshot(hq) == before
    with hq.read_session() as session:
        kept = session.get(Initiative, uuid.UUID(str(row["id"])))
        assert kept is not None and kept.office_code == "KEN-NBO" and kept.title != "Taken over"


def test_a_package_cannot_rewrite_another_offices_profile(two_offices: dict[str, Any]) -> None:
    ken_office = rows_of(two_offices["ken"], "Office")[0]
    ken_office.update(name="Renamed by MEX", region="EU", revision=int(ken_office["revision"]) + 3)
    attack = add_row(two_offices["mex"], two_offices["tmp"] / "mex-profile.xlsx", "Office", ken_office)
    report = validate_package(attack)
    assert any(p.code == "owner" and p.sheet == "Office" for p in report.errors)
    hq = two_offices["hq"]
    before = snapshot(hq)
    assert import_package(hq, attack).status == "rejected"
    assert snapshot(hq) == before


@pytest.mark.parametrize("claimed", ["KEN-NBO", "MEX-MEX"])
def test_a_package_cannot_delete_another_offices_record(two_offices: dict[str, Any], claimed: str) -> None:
    row = ken_initiative(two_offices)
    deletion = {"entity": "initiative", "record_id": row["id"], "revision": int(row["revision"]) + 5,
                "deleted_at": "2026-11-30T10:00:00Z", "office_code": claimed}
    attack = add_row(two_offices["mex"], two_offices["tmp"] / f"mex-delete-{claimed}.xlsx", "Deletions", deletion)
    hq = two_offices["hq"]
    before = snapshot(hq)
    summary = import_package(hq, attack)
    assert summary.status == "rejected", summary.line()
    if claimed == "KEN-NBO":  # named as the other office's: the validator refuses it
        assert any(p.code == "owner" and p.sheet == "Deletions" for p in validate_package(attack).errors)
    else:  # named as its own: headquarters knows whose record it is
        assert "deletes a record of KEN-NBO" in summary.problems[0]
    assert snapshot(hq) == before


def test_a_manifest_naming_another_office_is_an_error(two_offices: dict[str, Any]) -> None:
    forged = two_offices["tmp"] / "mex-as-ken.xlsx"
    forged.write_bytes(two_offices["mex"].read_bytes())
    set_manifest(forged, "office_code", "KEN-NBO")
    report = validate_package(forged)
    owner = [p for p in report.errors if p.code == "owner"]
    assert not report.valid and len(owner) == 1  # one error where the claim is made, not one per row
    assert (owner[0].sheet, owner[0].key) == ("Manifest", "office_code")
    assert "every row belongs to MEX-MEX" in owner[0].message


def test_a_deletion_at_headquarters_buries_the_children_and_later_rows_of_them_are_stale(tmp_path: Path) -> None:
    """KEN deletes an initiative (its package carries only the initiative's tombstone, as an older version wrote
    it): its funding lines, counts and links get tombstones and lose their record sources; KEN's next package with
    a line of that initiative imports, the line counted stale — never a foreign-key failure."""
    with open_store(tmp_path / "ken.sqlite", user="amina") as ken:
        build_demo(ken, "KEN-NBO")
        first = export(ken, tmp_path / "out", sequence=1)
        with ken.read_session() as session:
            initiative = session.scalars(select(Initiative).order_by(Initiative.code)).first()
            target, revision = initiative.id, initiative.revision
            line = session.scalars(select(FundingLine).where(FundingLine.initiative_id == target)).first()
            line_row = {k: v for k, v in line.as_dict().items()}
    deletion = {"entity": "initiative", "record_id": str(target), "revision": revision + 1,
                "deleted_at": "2026-11-30T10:00:00Z", "office_code": "KEN-NBO"}
    second = add_row(first, tmp_path / "KEN-NBO_2026-H2_002.xlsx", "Deletions", deletion)
    set_manifest(second, "sequence", 2)
    with open_store(tmp_path / "hq.sqlite") as hq:
        assert import_package(hq, first).status == "imported"
        summary = import_package(hq, second)
        assert summary.status == "imported", summary.line()
        with hq.read_session() as session:
            buried = {(t.entity, t.record_id) for t in session.scalars(select(Tombstone))}
            assert ("funding_line", line_row["id"]) in buried
            assert session.get(FundingLine, line_row["id"]) is None
        # A third package still carries one of the initiative's lines, edited later: stale, not a failure.
        third = tmp_path / "KEN-NBO_2026-H2_003.xlsx"
        book = openpyxl.load_workbook(first)
        sheet = book["Funding"]
        keys = header(sheet)
        for row in sheet.iter_rows(min_row=4):
            if str(row[keys.index("id")].value) == str(line_row["id"]):
                row[keys.index("revision")].value = int(line_row["revision"]) + 10
        book.save(third)
        set_manifest(third, "sequence", 3)
        later = import_package(hq, third)
        assert later.status == "imported", later.line()
        assert later.stale >= 1
        with hq.read_session() as session:
            assert session.get(FundingLine, line_row["id"]) is None
