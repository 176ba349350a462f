"""A package prints as a person can use it: A4, data sheets landscape with their column names on every page, never
squeezed below 8 pt on paper (several pages across instead, in reading order), long text wrapped, the Manifest's keys
beside their values on one page, and CodeLists left out (its print area is a one-line note).

The page setup is checked as written (openpyxl); then, when LibreOffice is installed, the demo package is printed to
PDF, and its pages counted, sheet by sheet, and read.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter, range_boundaries

from db import reference
from db.store import Store
from desktop.exchange import format as fmt
from desktop.exchange.export import export_package

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
A4 = 9
SMALLEST_PT = 8
#: What one A4 page holds at 100 % within 0.4-inch side and 0.6-inch top and bottom margins: pixels across (96 dpi),
#: points down.
LANDSCAPE_PX, PORTRAIT_PX = (11.69 - 2 * 0.4) * 96, (8.27 - 2 * 0.4) * 96
LANDSCAPE_PT = (8.27 - 2 * 0.6) * 72
NOT_DATA = (fmt.README_SHEET, fmt.CODE_LISTS_SHEET, fmt.MANIFEST_SHEET)
#: Columns for programs, not readers (they may print smaller than 8 pt).
MACHINE_KEYS = {getattr(fmt, "FINGERPRINT_KEY", "row_fingerprint")}


@pytest.fixture
def package(demo_store: Store, tmp_path: Path) -> Path:
    return export_package(demo_store, tmp_path, period="2023-H2").path


def _data_sheets(book: Any) -> list[Any]:
    return [book[name] for name in book.sheetnames if name not in NOT_DATA]


def _widths_px(ws: Any) -> list[float]:
    """Each used column's width in pixels at 100 % (as written: characters with padding, 7 pixels each)."""
    widths = {}
    for dim in ws.column_dimensions.values():
        for col in range(dim.min, dim.max + 1):
            widths[col] = (dim.width or 8.43) * 7
    return [widths.get(col, 8.43 * 7) for col in range(1, ws.max_column + 1)]


def _fits_to_page(ws: Any) -> bool:
    return bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)


def _scale(ws: Any, page_px: float) -> float:
    """The scale the sheet prints at, percent: its own, or the one fitting its columns to the page's width."""
    if _fits_to_page(ws):
        return min(100.0, 100 * page_px / sum(_widths_px(ws)))
    return float(ws.page_setup.scale or 100)


def _printed_fonts(ws: Any, rows: range) -> set[float]:
    """The font sizes of the cells people read in these rows (not the machine columns)."""
    keys = [c.value for c in ws[fmt.KEY_ROW]]
    return {float(cell.font.sz or 11) for row in ws.iter_rows(min_row=rows.start, max_row=rows.stop - 1)
            for cell in row if cell.value is not None and keys[cell.column - 1] not in MACHINE_KEYS}


def test_data_sheets_print_landscape_at_8_pt_or_more_with_their_column_names_on_every_page(package: Path) -> None:
    book = openpyxl.load_workbook(package)
    sheets = _data_sheets(book)
    assert {ws.title for ws in sheets} >= {*fmt.ENTITY_SHEETS.values(), fmt.DELETIONS_SHEET}
    for ws in sheets:
        name, setup = ws.title, ws.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", A4), name
        assert ws.page_margins.left <= 0.5 and ws.page_margins.right <= 0.5, name
        assert ws.print_title_rows == f"${fmt.LABEL_ROW}:${fmt.LABEL_ROW}", name  # the column names
        assert ws.print_options.gridLines, name
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text, name
        assert "&A" in ws.oddFooter.left.text, name  # the sheet's name
        scale = _scale(ws, LANDSCAPE_PX)
        assert scale >= 80, (name, scale)
        # Every label and data cell at least 8 pt on paper. Rows 1 and 3 (machine keys, HXL tags) are for programs
        # and print once, above the first rows.
        fonts = _printed_fonts(ws, range(fmt.LABEL_ROW, fmt.LABEL_ROW + 1))
        fonts |= _printed_fonts(ws, range(fmt.FIRST_DATA_ROW, ws.max_row + 1))
        assert min(fonts) * scale / 100 >= SMALLEST_PT - 0.05, (name, scale, min(fonts))
        if _fits_to_page(ws):  # one page wide, as many down as it takes
            assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0), name
        else:  # too wide for one page at a readable size: several across, read across then down
            assert sum(_widths_px(ws)) * scale / 100 > LANDSCAPE_PX * 0.9, (name, scale)
            assert setup.pageOrder == "overThenDown", name
            assert ws.print_title_cols == "$A:$A", name  # the record's first column on every page


def test_the_wide_sheets_print_on_several_pages_across_not_squeezed(package: Path) -> None:
    book = openpyxl.load_workbook(package)
    squeezed = [ws.title for ws in _data_sheets(book) if _fits_to_page(ws) and sum(_widths_px(ws)) > LANDSCAPE_PX]
    assert squeezed == []
    assert not _fits_to_page(book["Beneficiaries"])  # 27 columns and more: never one page wide
    assert _fits_to_page(book[fmt.DELETIONS_SHEET])  # 5 columns: one page wide at 100 %


def test_long_text_wraps_in_its_cell(package: Path) -> None:
    ws = openpyxl.load_workbook(package)["Initiatives"]
    column = next(c.column for c in ws[fmt.KEY_ROW] if c.value == "description")
    cells = [ws.cell(row, column) for row in range(fmt.FIRST_DATA_ROW, ws.max_row + 1)]
    long = [c for c in cells if c.value and len(c.value) > ws.column_dimensions[get_column_letter(column)].width]
    assert long, "the demo has descriptions longer than their column"
    if not all(c.alignment.wrap_text for c in long):
        pytest.xfail("data text cells do not wrap yet (the text cell format of _Formats)")
    # LibreOffice keeps a row's stored height: a wrapped text's row is given the height of its lines.
    assert all((ws.row_dimensions[c.row].height or 15) > 15 for c in long)


def test_the_manifest_prints_keys_beside_values_on_one_page(package: Path) -> None:
    ws = openpyxl.load_workbook(package)[fmt.MANIFEST_SHEET]
    setup = ws.page_setup
    assert int(setup.paperSize) == A4 and setup.orientation == "portrait"  # a long list of two columns
    assert _fits_to_page(ws) and (setup.fitToWidth or 1) == 1
    assert (setup.fitToHeight if setup.fitToHeight is not None else 1) == 1  # the demo's fits one page tall
    widths = _widths_px(ws)
    assert len(widths) == 2 and sum(widths) <= PORTRAIT_PX  # key and value side by side at 100 %
    assert ws.print_title_rows == "$1:$1"
    assert all(ws.cell(row, 2).alignment.wrap_text for row in range(2, ws.max_row + 1)
               if isinstance(ws.cell(row, 2).value, str))


def test_code_lists_print_only_a_note(package: Path) -> None:
    ws = openpyxl.load_workbook(package)[fmt.CODE_LISTS_SHEET]
    area = ws.print_area
    assert area, "CodeLists has no print area: all its lists would print"
    min_col, min_row, max_col, max_row = range_boundaries(area.split("!")[-1].replace("$", ""))
    assert (min_row, max_row) == (1, 1) and min_col == max_col
    assert min_col > 2 * len(fmt.CODE_LIST_NAMES)  # right of every list: no code or label in it
    assert "not printed" in ws.cell(1, min_col).value
    assert ws.cell(fmt.FIRST_DATA_ROW, 1).value  # the lists are all there for the dropdowns


def test_the_readme_reads_on_one_page_width(package: Path) -> None:
    ws = openpyxl.load_workbook(package)[fmt.README_SHEET]
    assert ws.page_setup.orientation == "landscape" and _fits_to_page(ws)
    assert ws.page_setup.fitToHeight == 0
    assert _scale(ws, LANDSCAPE_PX) == 100


# -- printed by LibreOffice --------------------------------------------------------------------------------------

#: LibreOffice draws a column of n characters some 6 % wider than Excel's 7 pixels a character (with Calibri's
#: metrics: Calibri, or Carlito, its metric twin).
LIBREOFFICE_WIDER = 1.08


def _print(package: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo"  # its own profile: no clash with another LibreOffice running
    out = tmp_path / "pdf"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(package)], check=True, capture_output=True, timeout=300)
    pdf = out / package.with_suffix(".pdf").name
    assert pdf.is_file()
    return pdf


def _pdf_text(pdf: Path) -> str:
    return subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout


def _page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def _pages_needed(ws: Any) -> int:
    """How many pages a sheet's setup asks for in LibreOffice: across, its columns (LIBREOFFICE_WIDER) packed at its
    scale, the first repeated on each page, a column never split; down, its rows at 15 pt (or their own height)."""
    if ws.print_area:
        return 1
    setup = ws.page_setup
    if ws.title == fmt.MANIFEST_SHEET or (_fits_to_page(ws) and setup.fitToHeight != 0):
        return 1  # fitted to one page
    scale = _scale(ws, LANDSCAPE_PX) / 100
    across = 1
    if not _fits_to_page(ws):
        widths = [w * LIBREOFFICE_WIDER for w in _widths_px(ws)]
        repeated = widths[0] if ws.print_title_cols else 0
        used = 0.0
        for width in widths:
            if used + width > LANDSCAPE_PX / scale and used > (repeated if across > 1 else 0):
                across, used = across + 1, repeated
            used += width
    tall = sum(ws.row_dimensions[r].height or 15 for r in range(1, ws.max_row + 1)) * scale
    return across * max(1, math.ceil(tall / (LANDSCAPE_PT - 30)))  # less the column names repeated


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_printed_code_lists_are_one_page_with_a_note(package: Path, tmp_path: Path) -> None:
    pdf = _print(package, tmp_path)
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    pages = _pdf_text(pdf).split("\f")
    flat = " ".join(" ".join(pages).split())
    assert f"{fmt.CODE_LISTS_SHEET} is not printed" in flat
    assert sum(1 for page in pages if re.search(rf"^\s*{fmt.CODE_LISTS_SHEET}\s+Page \d+ of", page, re.M)) == 1
    # No code list's content: labels that no other sheet carries (data cells hold codes, not labels).
    labels = [item.label for name in ("countries", "sdg_targets") for item in reference.code_list(name).items]
    assert [label for label in labels if len(label) > 24 and " ".join(label.split())[:24] in flat] == []
    assert re.findall(r"\bversion \d", flat) == []  # CodeLists' key row ("version 2024.1")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_each_sheet_prints_on_the_pages_its_setup_asks_for(package: Path, tmp_path: Path) -> None:
    pdf = _print(package, tmp_path)
    if re.search(rb"/BaseFont\s*/(\w+\+)?(Calibri|Carlito)", pdf.read_bytes()) is None:
        pytest.skip("LibreOffice has neither Calibri nor Carlito (fonts-crosextra-carlito): it draws Calibri text in "
                    "a wider stand-in, and every column with it")
    # Each page's footer names its sheet: "<sheet>   Page n of N".
    footers = [re.findall(r"^\s*(\S+)\s+Page \d+ of \d+\s*$", page, re.M) for page in _pdf_text(pdf).split("\f")]
    printed = Counter(found[-1] for found in footers if found)
    book = openpyxl.load_workbook(package)
    needed = {ws.title: _pages_needed(ws) for ws in book.worksheets}
    assert sum(printed.values()) == _page_count(pdf)
    assert {name: n for name, n in printed.items() if n > needed[name]} == {}, (printed, needed)
    assert printed[fmt.CODE_LISTS_SHEET] == printed[fmt.MANIFEST_SHEET] == printed[fmt.README_SHEET] == 1
    # The demo (70 records): 22 pages in package format 1 (10-pt cells, 80 %), 33 with the links and fingerprints of
    # format 2 and 9-pt ids (89 %). Before: 49, 38 of them CodeLists, the data squeezed to 2.5–3.4 pt.
    assert sum(printed.values()) <= 36, printed
