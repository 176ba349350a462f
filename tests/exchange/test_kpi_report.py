"""The KPI report workbook holds the same figures as compute_kpis, with native charts."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import openpyxl

from desktop.core.kpi import KpiFilters, compute_kpis
from desktop.exchange.kpi_report import write_kpi_report


def test_report_has_summary_breakdowns_and_charts(demo_store, tmp_path) -> None:
    kpis = compute_kpis(demo_store, KpiFilters(period="2023"))
    path = write_kpi_report(kpis, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Initiatives", "Beneficiaries", "Funds", "Partners"]
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=4, max_row=15, values_only=True)}
    assert summary["Initiatives"] == kpis.initiatives
    assert summary["Beneficiaries reached (direct)"] == kpis.beneficiaries["reached"]["total"] > 0
    assert Decimal(str(summary["Funds received, USD"])) == kpis.funds_by_transaction["received"]
    assert "period=2023" in book["Summary"]["A2"].value
    funds = {row[0]: row[1] for row in book["Funds"].iter_rows(min_row=3, max_row=6, values_only=True)}
    assert Decimal(str(funds["Spent"])) == kpis.funds_by_transaction["spent"]
    with zipfile.ZipFile(path) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
    assert len(charts) == 8
    assert not list(tmp_path.glob(".*.part"))
