"""The KPI report workbook for the Executive Board: a summary sheet, breakdown sheets and native Excel charts.

Figures come from :func:`desktop.core.kpi.compute_kpis`; this module only lays them out. Labels are the reference
lists' English labels; money is written as numbers with two decimals (the exact USD cents fit a double).

Charts read as the tables beside them: largest first, top down (a bar chart's category axis is reversed, since
Excel draws the first category at the bottom); targeted before reached, in the same two colours as the Dashboard;
no pie slice for a zero and no percentage label on a slice too thin to read. The store is named by its office or
as headquarters' store, never by its file path (a path is the user's business, and a database URL may hold a
password).
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from desktop import __version__
from desktop.core.i18n import QT_TRANSLATE_NOOP, code_label, language, translate, translate_to
from desktop.core.kpi import Kpis

SEX_LABELS = {"female": QT_TRANSLATE_NOOP("report", "Female"), "male": QT_TRANSLATE_NOOP("report", "Male"),
              "other": QT_TRANSLATE_NOOP("report", "Other or unknown")}
FUND_LABELS = {"pledged": QT_TRANSLATE_NOOP("report", "Pledged"), "committed": QT_TRANSLATE_NOOP("report", "Committed"),
               "received": QT_TRANSLATE_NOOP("report", "Received"), "spent": QT_TRANSLATE_NOOP("report", "Spent")}
#: Targeted then reached, always in these colours (the Dashboard uses them too).
KIND_COLOURS = {"targeted": "#9DC3E6", "reached": "#1F4E79"}
PIE_COLOURS = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F"]
#: A pie slice under this share gets no percentage label (it would read "0 %").
SMALLEST_LABELLED_SHARE = 0.005
AGE_LABELS = {"children": QT_TRANSLATE_NOOP("report", "Children"), "youth": QT_TRANSLATE_NOOP("report", "Youth"),
              "adults": QT_TRANSLATE_NOOP("report", "Adults"), "older": QT_TRANSLATE_NOOP("report", "Older persons")}


def write_kpi_report(kpis: Kpis, out_path: str | Path, *, source: str = "") -> Path:
    """Write the report; the file appears complete or not at all.

    ``source`` is accepted for existing callers and not written: the workbook names the store by ``kpis.scope``
    (its office, or headquarters), not by where the database lives on one machine.
    """
    del source
    path = Path(out_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    try:
        _write(kpis, partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


class _Book:
    def __init__(self, path: Path) -> None:
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "font_color": "#1F4E79"})
        self.subtitle = add({"italic": True, "font_color": "#595959"})
        self.head = add({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
        self.label = add({"border": 1})
        self.int = add({"num_format": "#,##0", "border": 1})
        self.usd = add({"num_format": "#,##0.00", "border": 1})
        self.note = add({"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"})
        self.tile_label = add({"font_color": "#404040", "valign": "vcenter", "bottom": 1, "bottom_color": "#D9D9D9"})
        self.tile_int = add({"bold": True, "font_size": 16, "num_format": "#,##0", "font_color": "#1F4E79",
                             "valign": "vcenter", "bottom": 1, "bottom_color": "#D9D9D9"})
        self.tile_usd = self.tile_int

    def sheet(self, name: str) -> Any:
        ws = self.book.add_worksheet(name)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 1)  # one page: tables and their charts print together
        ws.hide_gridlines(2)
        return ws

    def table(self, ws: Any, row: int, title: str, headers: list[str], rows: list[list[Any]],
              formats: list[Any]) -> tuple[int, int]:
        """Write a small table; returns (first data row, last data row), 0-based."""
        ws.merge_range(row, 0, row, len(headers) - 1, title, self.head)
        ws.write_row(row + 1, 0, headers, self.head)
        first = row + 2
        for n, values in enumerate(rows):
            for col, (value, fmt) in enumerate(zip(values, formats, strict=True)):
                if isinstance(value, Decimal):
                    value = float(value)
                ws.write(first + n, col, value, fmt)
        return first, first + max(len(rows), 1) - 1

    def chart(self, ws: Any, kind: str, sheet: str, first: int, last: int, title: str, cell: str,
              value_cols: list[tuple[int, str, str]], values: list[float] | None = None) -> None:
        """A chart of the table rows ``first``..``last``; ``value_cols`` are (column, series name, colour).

        For a pie, ``values`` are the rows' values: rows from the first zero on are left out (the tables are
        sorted largest first), and a slice too thin to read gets no label."""
        shown: list[float] = []
        if kind == "pie" and values is not None:
            shown = [v for v in values if v > 0]
            if not shown:
                return  # nothing to share out: the table says so
            last = first + len(shown) - 1
        chart = self.book.add_chart({"type": kind})
        for col, name, colour in value_cols:
            series: dict[str, Any] = {
                "name": name,
                "categories": [sheet, first, 0, last, 0],
                "values": [sheet, first, col, last, col],
            }
            if kind == "pie":
                total = sum(shown)
                series["points"] = [{"fill": {"color": PIE_COLOURS[n % len(PIE_COLOURS)]}}
                                    for n in range(last - first + 1)]
                labels: dict[str, Any] = {"percentage": True, "num_format": "0%"}
                if values is not None and total:
                    labels["custom"] = [{"delete": True} if v / total < SMALLEST_LABELLED_SHARE else None
                                        for v in shown]
                series["data_labels"] = labels
            elif colour:
                series["fill"] = {"color": colour}
                series["border"] = {"none": True}
            chart.add_series(series)
        chart.set_title({"name": title})
        chart.set_size({"width": 560, "height": 300})
        if kind != "pie":
            chart.set_legend({"position": "bottom" if len(value_cols) > 1 else "none"})
            values_axis = {"num_format": "#,##0", "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}}}
            if kind == "bar":
                # Excel draws a bar chart's first category at the bottom: reverse the category axis so the table's
                # first (largest) row is on top, and have the value axis cross at the last category so it stays
                # at the bottom. The first series (targeted) is then on top within each category as well.
                chart.set_x_axis(values_axis)
                chart.set_y_axis({"reverse": True, "crossing": "max"})
            else:
                chart.set_y_axis(values_axis)
        ws.insert_chart(cell, chart)


COUNTING_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "How the figures count. People: an initiative reports its people for each period, and the same people are "
    "often reported again in the next period, so for each initiative and group only one period counts, the one "
    "with the highest figure (of two equal periods, the later one); these are added up across initiatives and "
    "groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. "
    "Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the "
    "rate each line used; pledged, committed, received and spent are separate figures.")


def _label(list_name: str, code: str) -> str:
    try:
        return code_label(list_name, code)
    except KeyError:
        return code


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("report", …), in the chosen language."""
    return translate_to(language(), "report", text)


def _by_value(rows: dict[str, Any]) -> list[tuple[str, Any]]:
    """Largest first (ties by code), as every chart reads."""
    return sorted(rows.items(), key=lambda item: (-item[1], item[0]))


def _write(k: Kpis, path: Path) -> None:
    b = _Book(path)
    book = b.book
    title = (translate("report", "Portfolio KPIs — {scope}").format(scope=k.scope) if k.scope
             else translate("report", "Portfolio KPIs"))
    book.set_properties({"title": f"Fieldbook: {title}",
                         "author": translate("report", "Fieldbook"), "comments": k.filters.describe()})
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    ws = b.sheet(translate("report", "Summary"))
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 7, 16)
    ws.write(0, 0, title, b.title)
    ws.write(1, 0, translate("report", "Filters: {filters} · generated {generated} by Fieldbook {version}").format(
        filters=k.filters.describe(), generated=generated, version=__version__), b.subtitle)
    tiles = [
        (translate("report", "Initiatives"), k.initiatives, b.tile_int),
        (translate("report", "Countries supported"), k.countries, b.tile_int),
        (translate("report", "Cities supported"), k.cities, b.tile_int),
        (translate("report", "Beneficiaries reached (direct)"), k.beneficiaries.get("reached", {}).get("total", 0), b.tile_int),
        (translate("report", "Beneficiaries targeted (direct)"), k.beneficiaries.get("targeted", {}).get("total", 0), b.tile_int),
        (translate("report", "Funds received, USD"), k.funds_by_transaction.get("received", Decimal(0)), b.tile_usd),
        (translate("report", "Funds committed, USD"), k.funds_by_transaction.get("committed", Decimal(0)), b.tile_usd),
        (translate("report", "Partners"), k.partners, b.tile_int),
        (translate("report", "Partner countries"), k.partner_countries, b.tile_int),
        (translate("report", "Knowledge products"), k.knowledge_products, b.tile_int),
        (translate("report", "SDGs touched (of 17)"), k.sdg_goals, b.tile_int),
        (translate("report", "SDG targets touched (of 169)"), k.sdg_targets, b.tile_int),
    ]
    for n, (label, value, fmt) in enumerate(tiles):
        row = 3 + n
        ws.write(row, 0, label, b.tile_label)
        ws.write(row, 1, float(value) if isinstance(value, Decimal) else value, fmt)
        ws.set_row(row, 26)
    note_row = 3 + len(tiles) + 1
    ws.set_row(note_row, 30)
    ws.set_row(note_row + 1, 30)
    ws.set_row(note_row + 2, 30)
    ws.merge_range(note_row, 0, note_row + 2, 5, _tr(COUNTING_NOTE), b.note)

    ws = b.sheet(translate("report", "Initiatives"))
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 12)
    statuses = _by_value(k.initiatives_by_status)
    first, last = b.table(ws, 0, translate("report", "Initiatives by status"), [translate("report", "Status"), translate("report", "Initiatives")],
                          [[_label("initiative_statuses", s), n] for s, n in statuses], [b.label, b.int])
    b.chart(ws, "pie", translate("report", "Initiatives"), first, last, translate("report", "Initiatives by status"), "D2", [(1, translate("report", "Initiatives"), "")],
            [n for _s, n in statuses])

    ws = b.sheet(translate("report", "Beneficiaries"))
    ws.set_column(0, 0, 34)
    ws.set_column(1, 2, 14)
    groups = sorted(k.beneficiaries_by_group.items(), key=lambda item: (-item[1].get("reached", 0), item[0]))
    g_first, g_last = b.table(ws, 0, translate("report", "By group (direct)"), [translate("report", "Group"), translate("report", "Targeted"), translate("report", "Reached")],
                              [[_label("beneficiary_groups", g), v.get("targeted", 0), v.get("reached", 0)]
                               for g, v in groups], [b.label, b.int, b.int])
    row = g_last + 3
    targeted, reached = k.beneficiaries.get("targeted", {}), k.beneficiaries.get("reached", {})
    s_first, s_last = b.table(ws, row, translate("report", "By sex (direct)"), [translate("report", "Sex"), translate("report", "Targeted"), translate("report", "Reached")],
                              [[_tr(label), targeted.get(p, 0), reached.get(p, 0)] for p, label in SEX_LABELS.items()],
                              [b.label, b.int, b.int])
    row = s_last + 3
    a_first, a_last = b.table(ws, row, translate("report", "By age band (direct)"), [translate("report", "Age band"), translate("report", "Targeted"), translate("report", "Reached")],
                              [[_tr(label), targeted.get(p, 0), reached.get(p, 0)] for p, label in AGE_LABELS.items()],
                              [b.label, b.int, b.int])
    row = a_last + 3
    b.table(ws, row, translate("report", "Other figures"), [translate("report", "Figure"), translate("report", "Targeted"), translate("report", "Reached")], [
        [translate("report", "Persons with disabilities (direct)"), targeted.get("pwd", 0), reached.get("pwd", 0)],
        [translate("report", "Total (direct)"), targeted.get("total", 0), reached.get("total", 0)],
        [translate("report", "Indirect beneficiaries"), k.indirect.get("targeted", 0), k.indirect.get("reached", 0)],
    ], [b.label, b.int, b.int])
    kinds = [(1, translate("report", "Targeted"), KIND_COLOURS["targeted"]), (2, translate("report", "Reached"), KIND_COLOURS["reached"])]
    b.chart(ws, "bar", translate("report", "Beneficiaries"), g_first, g_last, translate("report", "Targeted and reached by group (direct)"), "E2", kinds)
    b.chart(ws, "column", translate("report", "Beneficiaries"), s_first, s_last, translate("report", "Targeted and reached by sex (direct)"), "E18", kinds)
    b.chart(ws, "column", translate("report", "Beneficiaries"), a_first, a_last, translate("report", "Targeted and reached by age band (direct)"), "E34",
            kinds)

    ws = b.sheet(translate("report", "Funds"))
    ws.set_column(0, 0, 32)
    ws.set_column(1, 1, 18)
    t_first, t_last = b.table(ws, 0, translate("report", "USD by transaction type"), [translate("report", "Transaction"), "USD"],
                              [[_tr(FUND_LABELS.get(name, name)), v] for name, v in k.funds_by_transaction.items()], [b.label, b.usd])
    row = t_last + 3
    src_first, src_last = b.table(ws, row, translate("report", "Received by source type"), [translate("report", "Source type"), "USD"],
                                  [[_label("source_types", s), v] for s, v in k.funds_by_source.items()],
                                  [b.label, b.usd])
    row = src_last + 3
    m_first, m_last = b.table(ws, row, translate("report", "Received by modality"), [translate("report", "Modality"), "USD"],
                              [[_label("funding_modalities", m), v] for m, v in k.funds_by_modality.items()],
                              [b.label, b.usd])
    b.chart(ws, "column", translate("report", "Funds"), t_first, t_last, translate("report", "Pledged, committed, received, spent (USD)"), "D2",
            [(1, "USD", "#2E75B6")])
    b.chart(ws, "pie", translate("report", "Funds"), src_first, src_last, translate("report", "Received by source type"), "D18", [(1, "USD", "")],
            [float(v) for v in k.funds_by_source.values()])
    b.chart(ws, "pie", translate("report", "Funds"), m_first, m_last, translate("report", "Received by modality"), "D34", [(1, "USD", "")],
            [float(v) for v in k.funds_by_modality.values()])

    ws = b.sheet(translate("report", "Partners"))
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 12)
    p_first, p_last = b.table(ws, 0, translate("report", "Partners by type"), [translate("report", "Partner type"), translate("report", "Partners")],
                              [[_label("partner_types", t), n] for t, n in _by_value(k.partners_by_type)],
                              [b.label, b.int])
    b.table(ws, p_last + 3, translate("report", "Partnerships"), [translate("report", "Figure"), translate("report", "Count")],
            [[translate("report", "Partners"), k.partners], [translate("report", "Partner countries"), k.partner_countries],
             [translate("report", "Knowledge products"), k.knowledge_products]], [b.label, b.int])
    b.chart(ws, "bar", translate("report", "Partners"), p_first, p_last, translate("report", "Partners by type"), "D2", [(1, translate("report", "Partners"), "#2E75B6")])
    book.close()
