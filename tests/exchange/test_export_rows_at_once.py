"""An export writes each data row's cells as one piece of text (export._rows_at_once) instead of xlsxwriter's call per
cell: the workbook is the one xlsxwriter writes, byte for byte, whatever the cells hold."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from db.store import open_store
from desktop.core.demo import build_demo
from desktop.exchange import export
from desktop.exchange.export import _rows_at_once, export_package
from tests.exchange.test_merge_memory import _contents

#: Text a cell may hold, with what xlsxwriter writes its own way: XML's special characters, control characters and
#: its escape of them (_x000B_), spaces at either end, a rich string's look, Excel's two non-characters.
_TEXT = st.lists(st.one_of(st.text(st.characters(blacklist_categories=["Cs"]), max_size=3),
                           st.sampled_from(["&", "<", ">", '"', "\n", "\r", "\t", " ", "\x0b", "\x00", "\x1f", "_",
                                            "_x0041_", "_x00", "<r>", "</r>", "\ufffe", "\uffff", "\u00a0",
                                            "\u2003"])),
                 max_size=5).map("".join)
_NUMBER = st.one_of(st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False))
_CELL = st.one_of(st.tuples(st.just("text"), _TEXT), st.tuples(st.just("number"), _NUMBER),
                  st.tuples(st.just("day"), st.dates(dt.date(1899, 12, 31), dt.date(1900, 3, 2))),
                  st.tuples(st.just("blank"), st.none()))
#: A cell: its kind, its value and which of the book's formats it has (None: none of its own).
_STYLED = st.builds(lambda cell, style: (*cell, style), _CELL, st.one_of(st.none(), st.integers(0, 2)))


def _book(path: Path, rows: list[dict[int, tuple[str, Any, int | None]]], heights: dict[int, float],
          at_once: bool) -> dict[str, bytes]:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    formats = [book.add_format({"num_format": "#,##0"}), book.add_format({"text_wrap": True}),
               book.add_format({"num_format": "yyyy-mm-dd"})]
    ws = book.add_worksheet("Data")
    ws.set_column(2, 2, 20, formats[1])  # a cell without a format of its own takes its column's
    if at_once:
        _rows_at_once(ws)
    for row, cells in enumerate(rows):
        if row in heights:
            ws.set_row(row, heights[row])
        for col, (kind, value, style) in sorted(cells.items()):
            cell_format = formats[style] if style is not None else None
            if kind == "text":
                ws.write_string(row, col, value, cell_format)
            elif kind == "number":
                ws.write_number(row, col, value, cell_format)
            elif kind == "day":
                ws.write_datetime(row, col, value, cell_format)
            else:
                ws.write_blank(row, col, None, cell_format)
    book.close()
    with zipfile.ZipFile(path) as written:
        return {name: written.read(name) for name in written.namelist() if name != "docProps/core.xml"}


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.dictionaries(st.integers(0, 4), _STYLED, max_size=5), max_size=6),
       heights=st.dictionaries(st.integers(0, 7), st.sampled_from([15.0, 30.0, 45.5]), max_size=3))
def test_a_sheet_written_a_row_at_once_is_the_sheet_xlsxwriter_writes(tmp_path_factory, rows, heights) -> None:
    """Any cells — text xlsxwriter escapes, numbers, early dates, blanks, cells without a format, rows with a height
    and empty rows — give the same workbook, byte for byte, whether written a row at once or a cell at a time."""
    folder = tmp_path_factory.mktemp("rows")
    assert _book(folder / "at-once.xlsx", rows, heights, True) == _book(folder / "by-cell.xlsx", rows, heights, False)


def test_an_export_written_a_row_at_once_is_the_package_written_a_cell_at_a_time(tmp_path, monkeypatch) -> None:
    """An office's package and a merged one (a store of two offices, its digests spilled), rows with long text and
    a height of their own included: the same, byte for byte but for the clock's times, as xlsxwriter writes it."""
    from tests.bench import build_synthetic_store

    build_synthetic_store(tmp_path / "office.sqlite", 400, seed=3)
    with open_store(tmp_path / "demo.sqlite") as store:
        build_demo(store, "KEN-NBO")
    for name, options in (("office", {}), ("demo", {}), ("office", {"merged_as": "REG-EA", "bounded": True})):
        parts = []
        for at_once in (True, False):
            monkeypatch.setattr(export, "ROWS_AT_ONCE", at_once)
            since = dt.datetime.now(dt.timezone.utc)
            with open_store(tmp_path / f"{name}.sqlite") as store:
                out = tmp_path / f"{name}-{bool(options)}-{at_once}"
                path = export_package(store, out / "", period="2023-H2", **options).path
            parts.append(_contents(path, since, dt.datetime.now(dt.timezone.utc)))
        assert parts[0] == parts[1], name
    sheets = b"".join(data for part, data in parts[0].items() if part.startswith("xl/worksheets/"))
    assert sheets.count(b'customHeight="1"') > 20 and sheets.count(b't="inlineStr"') > 4000
