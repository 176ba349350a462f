"""The KPI report workbook holds the same figures as compute_kpis, with native charts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal

import openpyxl

from desktop.core.kpi import KpiFilters, Kpis, compute_kpis
from desktop.exchange.kpi_report import KIND_COLOURS, write_kpi_report


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


# -- what the workbook looks like: read from the chart XML, as Excel reads it -------------------------------------

_NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
       "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def _charts(path) -> dict[str, ET.Element]:
    """Every chart of the workbook by its title."""
    out = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/charts/chart"):
                root = ET.fromstring(archive.read(name))
                title = "".join(t.text or "" for t in root.findall("c:chart/c:title//a:t", _NS))
                out[title] = root
    return out


def _series(chart: ET.Element) -> list[dict]:
    out = []
    for ser in chart.iter(f"{{{_NS['c']}}}ser"):
        colour = ser.find("c:spPr/a:solidFill/a:srgbClr", _NS)
        out.append({
            "name": ser.findtext("c:tx/c:v", namespaces=_NS),
            "colour": f"#{colour.get('val')}" if colour is not None else None,
            "categories": [v.text for v in ser.findall("c:cat//c:pt/c:v", _NS)],
            "values": [float(v.text) for v in ser.findall("c:val//c:pt/c:v", _NS)],
            "range": ser.findtext("c:val//c:f", namespaces=_NS),
            "deleted_labels": [int(d.find("c:idx", _NS).get("val")) for d in ser.findall("c:dLbls/c:dLbl", _NS)
                               if d.find("c:delete", _NS) is not None],
        })
    return out


def _axis(chart: ET.Element, kind: str, element: str) -> str | None:
    found = chart.find(f"c:chart/c:plotArea/c:{kind}/c:{element}", _NS)
    if found is None:
        found = chart.find(f"c:chart/c:plotArea/c:{kind}/c:scaling/c:{element}", _NS)
    return found.get("val") if found is not None else None


def test_report_names_the_store_by_its_office_and_never_by_its_file_path(tmp_path, capsys) -> None:
    from db.store import open_store
    from desktop.cli import main
    from desktop.core.demo import build_demo

    db = tmp_path / "private-folder" / "office.sqlite"
    db.parent.mkdir()
    with open_store(db, user="tester") as store:
        build_demo(store, "KEN-NBO")
    out = tmp_path / "kpis.xlsx"
    assert main(["report", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    book = openpyxl.load_workbook(out)
    texts = [str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    texts += [str(value) for value in vars(book.properties).values() if value]
    assert not [text for text in texts if "private-folder" in text or "office.sqlite" in text]
    assert book["Summary"]["A1"].value == "Portfolio KPIs — UN-Habitat Kenya Country Office (KEN-NBO)"


def test_a_headquarters_store_is_named_as_headquarters(store, tmp_path) -> None:
    from db.models import Office

    with store.session() as session:
        session.add(Office(code="MEX-MEX", name="Mexico office", country="MEX", region="LAC", currency="MXN"))
    kpis = compute_kpis(store)
    assert kpis.scope == "Headquarters: 2 offices"
    assert compute_kpis(store, KpiFilters(office="MEX-MEX")).scope == "Mexico office (MEX-MEX)"
    book = openpyxl.load_workbook(write_kpi_report(kpis, tmp_path / "hq.xlsx", source=str(tmp_path / "hq.sqlite")))
    assert book["Summary"]["A1"].value == "Portfolio KPIs — Headquarters: 2 offices"
    assert "hq.sqlite" not in str(book["Summary"]["A2"].value)


def test_horizontal_bar_charts_put_the_largest_category_on_top(demo_store, tmp_path) -> None:
    """Excel draws a bar chart's first category at the bottom: the category axis is reversed (and the value axis
    crosses at the last category, so that it stays at the bottom), and the first category is the largest."""
    path = write_kpi_report(compute_kpis(demo_store), tmp_path / "report.xlsx")
    bars = {title: chart for title, chart in _charts(path).items()
            if _axis(chart, "barChart", "barDir") == "bar"}
    assert len(bars) == 2  # people by group, partners by type
    for title, chart in bars.items():
        assert _axis(chart, "catAx", "orientation") == "maxMin", title
        assert _axis(chart, "valAx", "crosses") == "max", title
        last = _series(chart)[-1]["values"]
        assert last == sorted(last, reverse=True) and last[0] > last[-1], title  # largest first: on top


def test_pies_leave_out_zero_slices_and_label_no_slice_under_half_a_percent(tmp_path) -> None:
    kpis = Kpis(KpiFilters(), initiatives_by_status={"active": 7, "pipeline": 0, "completed": 3},
                funds_by_source={"multilateral": Decimal("1000000.00"), "bilateral": Decimal("2000.00"),
                                 "private": Decimal("0.00")},
                funds_by_modality={"earmarked": Decimal("500.00"), "core": Decimal("0.00")})
    charts = _charts(write_kpi_report(kpis, tmp_path / "report.xlsx"))
    status = _series(charts["Initiatives by status"])[0]
    assert status["categories"] == ["Active", "Completed"] and status["values"] == [7, 3]
    assert status["deleted_labels"] == []
    source = _series(charts["Received by source type"])[0]
    assert source["categories"] == ["Multilateral", "Bilateral cooperation"]  # no "Private sector" slice
    assert source["deleted_labels"] == [1]  # 0.2 %: no label that would read "0%"
    assert _series(charts["Received by modality"])[0]["categories"] == ["Earmarked"]
    assert all(0 not in s["values"] for title in ("Initiatives by status", "Received by source type",
                                                 "Received by modality") for s in _series(charts[title]))


def test_targeted_comes_before_reached_in_the_same_colours_in_every_chart(demo_store, tmp_path) -> None:
    path = write_kpi_report(compute_kpis(demo_store), tmp_path / "report.xlsx")
    people = {title: _series(chart) for title, chart in _charts(path).items()
              if {"Targeted", "Reached"} <= {s["name"] for s in _series(chart)}}
    assert len(people) == 3  # by group, by sex, by age band
    for title, series in people.items():
        assert [(s["name"], s["colour"]) for s in series] == [
            ("Targeted", KIND_COLOURS["targeted"]), ("Reached", KIND_COLOURS["reached"])], title
