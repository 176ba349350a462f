"""An Excel sheet holds 1,048,576 rows, and xlsxwriter leaves any row past the last one out without a word. A
package whose sheet would be longer is refused before anything is written, by an office's export and by a merge,
instead of losing records. The capacity is made small here; the check is the same at Excel's size."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

import desktop.exchange.format as fmt
from db.models import FundingLine
from desktop.exchange.errors import ExportError
from desktop.exchange.export import export_package
from desktop.exchange.merge import merge_packages
from desktop.exchange.read import read_package


SHEET = fmt.ENTITY_SHEETS["funding_line"]


def _funding_lines(store) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(FundingLine.__table__))


def test_the_excel_limit_is_the_sheet_capacity_below_the_header_rows() -> None:
    assert fmt.SHEET_CAPACITY == 1_048_576 - 3


def test_a_sheet_that_just_fits_is_exported_whole(office, tmp_path: Path, monkeypatch) -> None:
    lines = _funding_lines(office)
    monkeypatch.setattr(fmt, "SHEET_CAPACITY", lines)
    result = export_package(office, tmp_path / "out" / "p.xlsx", period="2025-H1")
    assert result.row_counts[SHEET] == lines
    assert len(read_package(result.path).records["funding_line"]) == lines


def test_an_export_with_a_sheet_longer_than_excel_allows_is_refused_and_writes_nothing(
        office, tmp_path: Path, monkeypatch) -> None:
    lines = _funding_lines(office)
    monkeypatch.setattr(fmt, "SHEET_CAPACITY", lines - 1)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError) as refused:
        export_package(office, out / "p.xlsx", period="2025-H1")
    message = str(refused.value)
    assert f"the sheet {SHEET} would need" in message and f"{lines:,} rows" in message and "nothing was written" in message
    assert "\n" not in message
    assert list(out.iterdir()) == []


def test_a_merge_too_big_for_one_sheet_is_refused_and_writes_nothing(packages, tmp_path: Path,
                                                                     monkeypatch) -> None:
    both = [packages["first"], packages["other"]]
    lines = sum(len(read_package(p).records["funding_line"]) for p in both)
    monkeypatch.setattr(fmt, "SHEET_CAPACITY", lines - 1)
    out = tmp_path / "merged"
    with pytest.raises(ExportError, match=f"the sheet {SHEET} would need {lines:,} rows"):
        merge_packages(both, out, label="TWO")
    assert not out.exists() or not any(out.rglob("*.xlsx"))
