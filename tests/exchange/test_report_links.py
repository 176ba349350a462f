"""The annotated copy's Problems sheet links to the offending cells inside the same workbook, and the links stay
there when the copy is opened and saved again in LibreOffice.

openpyxl writes a text link (``cell.hyperlink = "#'Sheet'!A1"``) as an external target: a relationship with
TargetMode="External", which LibreOffice saves as a link to another file (``../annotated.xlsx``). An internal link is
the hyperlink's ``location`` alone, with no relationship.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from db.store import Store
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW
from desktop.exchange.read import validate_package
from desktop.exchange.report import PROBLEMS_SHEET, write_report

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LINK_COLUMN = 3  # the Problems sheet's "Cell" column


@pytest.fixture
def annotated(demo_store: Store, tmp_path: Path) -> tuple[Path, dict[int, tuple[str, str]]]:
    """The annotated copy of a package edited by hand (a total typed wrong, a country written out), and the Problems
    sheet's row → (sheet, cell) of each problem that has a cell."""
    package = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    book = openpyxl.load_workbook(package)
    counts = book["Beneficiaries"]
    column = {c.value: c.column_letter for c in counts[1]}
    total = f"{column['reached_total']}{FIRST_DATA_ROW}"
    counts[total] = counts[total].value + 60
    office = book["Office"]
    office[f"{next(c.column_letter for c in office[1] if c.value == 'country')}{FIRST_DATA_ROW}"] = "Kenya"
    book.save(package)
    report = validate_package(package)
    located = [p for p in report.problems if p.sheet and p.row]
    assert {(p.sheet, p.key, p.code) for p in located} >= {("Beneficiaries", "reached_total", "total_mismatch"),
                                                           ("Office", "country", "code")}
    path = write_report(report, tmp_path / "annotated" / "annotated.xlsx")
    expected = {row: (p.sheet, p.cell) for row, p in enumerate(report.problems, start=2) if p.sheet and p.row}
    return path, expected


def _links(path: Path) -> tuple[list[str], dict[int, tuple[str | None, str | None]]]:
    """The workbook's sheet names, and the Problems sheet's row → (external target, location) of each link."""
    book = openpyxl.load_workbook(path)
    sheet = book[PROBLEMS_SHEET]
    links = {}
    for row in range(2, sheet.max_row + 1):
        link = sheet.cell(row, LINK_COLUMN).hyperlink
        if link is not None:
            links[row] = (link.target, link.location)
    return book.sheetnames, links


def _place(location: str) -> tuple[str, str]:
    """('Beneficiaries', 'N4') from "'Beneficiaries'!N4" (or Beneficiaries!N4, or with a $)."""
    sheet, cell = location.rsplit("!", 1)
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, cell.replace("$", "")


def _external_links(path: Path) -> list[str]:
    """Hyperlink relationships of every worksheet: an internal link has none."""
    with zipfile.ZipFile(path) as archive:
        return [rel for name in archive.namelist() if re.fullmatch(r"xl/worksheets/_rels/.*\.rels", name)
                for rel in re.findall(r"<Relationship [^>]*/hyperlink\"[^>]*>", archive.read(name).decode())]


def _assert_internal(path: Path, expected: dict[int, tuple[str, str]]) -> None:
    names, links = _links(path)
    assert set(links) == set(expected)
    for row, (target, location) in links.items():
        assert target is None, f"row {row} links to another file: {target}"
        assert location is not None
        sheet, cell = _place(location)
        assert (sheet, cell) == expected[row]
        assert sheet in names
    assert _external_links(path) == []


def test_the_problems_sheet_links_inside_the_workbook(annotated: tuple[Path, dict[int, tuple[str, str]]]) -> None:
    path, expected = annotated
    _assert_internal(path, expected)
    book = openpyxl.load_workbook(path)
    sheet = book[PROBLEMS_SHEET]
    row = next(r for r, (name, _cell) in expected.items() if name == "Beneficiaries")
    assert sheet.cell(row, LINK_COLUMN).value == expected[row][1]  # the link shows the cell it goes to


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_links_survive_a_libreoffice_resave(annotated: tuple[Path, dict[int, tuple[str, str]]],
                                                tmp_path: Path) -> None:
    path, expected = annotated
    out = tmp_path / "resaved"
    profile = tmp_path / "lo-profile"  # its own profile: no clash with another LibreOffice running
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=300)
    resaved = out / path.name
    assert resaved.is_file()
    _assert_internal(resaved, expected)
