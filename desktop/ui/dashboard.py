"""The dashboard: portfolio KPIs as tiles and charts, a filter bar, and the records behind every figure.

On an office store it shows the office's own figures; on a headquarters store, everyone's. Figures come from
:mod:`desktop.core.kpi` through the store worker; this page only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from db import reference
from db.models import BeneficiaryCount, Initiative, Office
from db.store import Store
from desktop.core.kpi import KpiFilters, Kpis, SourcedRecord, compute_kpis, records_behind
from desktop.exchange.kpi_report import write_kpi_report
from desktop.ui.models import Column, RowTableModel, attr, code_labels

PALETTE = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F"]


@dataclass(frozen=True)
class FilterChoices:
    periods: list[str]
    regions: list[str]
    countries: list[str]
    offices: list[str]


def filter_choices(store: Store) -> FilterChoices:
    """What the filter bar offers: only values present in the store."""
    with store.engine.connect() as conn:
        def values(column: Any) -> list[str]:
            return sorted(conn.scalars(select(column).distinct()))

        periods = values(BeneficiaryCount.__table__.c.period)
        years = {p[:4] for p in periods}
        regions = values(Office.__table__.c.region)
        countries = values(Initiative.__table__.c.country)
        offices = values(Initiative.__table__.c.office_code)
    return FilterChoices(sorted(set(periods) | set(years), reverse=True), regions, countries, offices)


class Tile(QFrame):
    """One figure: a big number and its name. Clicking it (or Enter) lists the records behind it."""

    clicked = Signal(str)

    def __init__(self, figure: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor if figure else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if figure else Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = QLabel("–", self)
        self.value.setObjectName("kpiValue")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1F4E79;")
        self.caption = QLabel(title, self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #505050;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        if figure:
            self.setToolTip(self.tr("Click to list the records behind this figure"))

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.setAccessibleDescription(f"{text} {detail}".strip())
        if detail:
            self.caption.setToolTip(detail)

    def mouseReleaseEvent(self, event: Any) -> None:
        if self.figure:
            self.clicked.emit(self.figure)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if self.figure and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.figure)
            return
        super().keyPressEvent(event)


def _chart(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = chart.legend().font()
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    chart.legend().setFont(font)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(320)
    view.setAccessibleName(title)
    return view


def _draw_bars(view: QChartView, series: Any, categories: list[str],
               sets: list[tuple[str, str, list[float]]], label_format: str) -> Any:
    """Replace a chart's content with bars (vertical or horizontal, by the series given) on a category axis."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    for title, color, values in sets:
        bars = QBarSet(title)
        bars.setColor(QColor(color))
        bars.append(values)
        series.append(bars)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(categories)
    value_axis = QValueAxis()
    value_axis.setLabelFormat(label_format)
    horizontal = isinstance(series, QHorizontalBarSeries)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    value_axis.applyNiceNumbers()
    return series


def _usd(value: Decimal) -> str:
    return f"{value:,.0f}"


class RecordsBehindDialog(QDialog):
    """The records a figure is made of, each with the package (office, sequence, digest) it came from."""

    COLUMNS = [
        Column("label", QCoreApplication.translate("Dashboard", "Record"), attr("label")),
        Column("value", QCoreApplication.translate("Dashboard", "Value"), attr("value")),
        Column("office", QCoreApplication.translate("Dashboard", "Office"), attr("office_code")),
        Column("package", QCoreApplication.translate("Dashboard", "From package"), attr("package")),
        Column("id", QCoreApplication.translate("Dashboard", "Record id"), attr("record_id")),
    ]

    def __init__(self, title: str, rows: list[SourcedRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("{n} records. Each row names the package it was imported from.").format(n=len(rows)),
                      self)
        layout.addWidget(note)
        self.model = RowTableModel(self.COLUMNS, parent=self)
        self.model.set_rows(rows)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DashboardPage(QScrollArea):
    """KPI tiles, charts and a filter bar over the open store."""

    FIGURES = (
        ("initiatives", "initiatives"), ("countries", ""), ("cities", ""), ("reached", "reached"),
        ("targeted", "targeted"), ("received", "funds:incoming"), ("committed", "funds:commitment"),
        ("partners", "partners"), ("knowledge_products", "knowledge_products"), ("sdg", ""),
    )

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = "dashboard"
        self.context = context
        self.kpis: Kpis | None = None
        self.dialog: RecordsBehindDialog | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.heading = QLabel(self.tr("Dashboard"), body)
        self.heading.setObjectName("pageTitle")
        layout.addWidget(self.heading)

        # Two rows of three filters: the bar must fit a 1280-pixel laptop screen beside the navigation.
        bar = QGridLayout()
        bar.setHorizontalSpacing(8)
        self.filters: dict[str, QComboBox] = {}
        for n, (key, label) in enumerate((("period", self.tr("Period")), ("region", self.tr("Region")),
                                          ("country", self.tr("Country")), ("flagship", self.tr("Flagship")),
                                          ("subprogramme", self.tr("Subprogramme")), ("office", self.tr("Office")))):
            caption = QLabel(label, body)
            combo = QComboBox(body)
            combo.setAccessibleName(self.tr("Filter by {what}").format(what=label.lower()))
            combo.addItem(self.tr("All"), None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            caption.setBuddy(combo)
            combo.currentIndexChanged.connect(self.refresh)
            row, column = divmod(n, 3)
            bar.addWidget(caption, row, column * 2)
            bar.addWidget(combo, row, column * 2 + 1)
            self.filters[key] = combo
        for key, list_name in (("flagship", "flagship_programmes"), ("subprogramme", "subprogrammes")):
            combo = self.filters[key]
            for code, text in code_labels(list_name).items():
                combo.addItem(f"{code} {text}", code)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.view().setMinimumWidth(420)
        bar.setColumnStretch(6, 1)
        self.export_button = QPushButton(self.tr("Export report…"), body)
        self.export_button.setAccessibleName(self.tr("Export the KPI report as a workbook"))
        self.export_button.clicked.connect(self.export_report)
        bar.addWidget(self.export_button, 0, 7)
        layout.addLayout(bar)

        grid = QGridLayout()
        grid.setSpacing(10)
        titles = {
            "initiatives": self.tr("Initiatives"), "countries": self.tr("Countries supported"),
            "cities": self.tr("Cities supported"), "reached": self.tr("People reached (direct)"),
            "targeted": self.tr("People targeted (direct)"), "received": self.tr("Funds received (USD)"),
            "committed": self.tr("Funds committed (USD)"), "partners": self.tr("Partners"),
            "knowledge_products": self.tr("Knowledge products"), "sdg": self.tr("SDG targets touched"),
        }
        self.tiles: dict[str, Tile] = {}
        for n, (key, figure) in enumerate(self.FIGURES):
            tile = Tile(figure, titles[key], body)
            tile.clicked.connect(self.show_records)
            grid.addWidget(tile, n // 5, n % 5)
            self.tiles[key] = tile
        layout.addLayout(grid)

        charts = QGridLayout()
        self.group_chart = _chart(self.tr("People by group: targeted and reached"))
        self.funds_chart = _chart(self.tr("Funds by transaction type (USD millions)"))
        self.source_chart = _chart(self.tr("Funds received by source"))
        self.status_chart = _chart(self.tr("Initiatives by status"))
        charts.addWidget(self.group_chart, 0, 0)
        charts.addWidget(self.funds_chart, 0, 1)
        charts.addWidget(self.source_chart, 1, 0)
        charts.addWidget(self.status_chart, 1, 1)
        layout.addLayout(charts)
        self.note = QLabel(self.tr("People of one initiative are not added up across periods, and direct and "
                                   "indirect are never added together (docs/counting-rule.md). Click a figure to "
                                   "see the records behind it."), body)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #606060;")
        layout.addWidget(self.note)
        layout.addStretch(1)

    # -- loading ---------------------------------------------------------------------------------------------
    def current_filters(self) -> KpiFilters:
        values = {key: combo.currentData() for key, combo in self.filters.items()}
        return KpiFilters(**values)

    @Slot()
    def reload(self, *_args: Any) -> None:
        """The filter choices and the figures, from the store (on the worker)."""
        self.load_choices()
        self.refresh()

    @Slot()
    def refresh(self, *_args: Any) -> None:
        filters = self.current_filters()
        self.context.tasks.run(compute_kpis, filters, writes=False, on_done=self.show_kpis, label="kpis")

    def load_choices(self) -> None:
        self.context.tasks.run(filter_choices, writes=False, on_done=self._set_choices)

    def _set_choices(self, choices: FilterChoices) -> None:
        regions = code_labels("regions")
        countries = {c.code: c.label for c in reference.countries().items}
        for key, values, label in (("period", choices.periods, lambda v: v),
                                   ("region", choices.regions, lambda v: regions.get(v, v)),
                                   ("country", choices.countries, lambda v: countries.get(v, v)),
                                   ("office", choices.offices, lambda v: v)):
            combo = self.filters[key]
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value), value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- showing ---------------------------------------------------------------------------------------------
    def show_kpis(self, kpis: Kpis) -> None:
        self.kpis = kpis
        b = kpis.beneficiaries
        t = self.tiles
        statuses = code_labels("initiative_statuses")
        t["initiatives"].set_value(f"{kpis.initiatives:,}", ", ".join(
            f"{n} {statuses.get(s, s)}" for s, n in kpis.initiatives_by_status.items()))
        t["countries"].set_value(f"{kpis.countries:,}")
        t["cities"].set_value(f"{kpis.cities:,}")
        t["reached"].set_value(f"{b.get('reached', {}).get('total', 0):,}",
                               self.tr("{n} reached indirectly").format(n=f"{kpis.indirect.get('reached', 0):,}"))
        t["targeted"].set_value(f"{b.get('targeted', {}).get('total', 0):,}")
        t["received"].set_value(_usd(kpis.funds_by_transaction.get("received", Decimal(0))))
        t["committed"].set_value(_usd(kpis.funds_by_transaction.get("committed", Decimal(0))))
        t["partners"].set_value(f"{kpis.partners:,}", self.tr("from {n} countries").format(n=kpis.partner_countries))
        t["knowledge_products"].set_value(f"{kpis.knowledge_products:,}")
        t["sdg"].set_value(f"{kpis.sdg_targets} / 169", self.tr("{n} of 17 goals").format(n=kpis.sdg_goals))
        self._draw_groups(kpis)
        self._draw_funds(kpis)
        self._draw_pie(self.source_chart, kpis.funds_by_source, code_labels("source_types"))
        self._draw_pie(self.status_chart, kpis.initiatives_by_status, statuses)
        described = kpis.filters.describe()
        self.heading.setText(self.tr("Dashboard") if described == "all" else
                             self.tr("Dashboard — {filters}").format(filters=described))

    def _draw_groups(self, kpis: Kpis) -> None:
        labels = code_labels("beneficiary_groups")
        groups = sorted(kpis.beneficiaries_by_group, key=lambda g: kpis.beneficiaries_by_group[g]["reached"])
        sets = []
        for kind, title, color in (("targeted", self.tr("Targeted"), "#9DC3E6"),
                                   ("reached", self.tr("Reached"), "#1F4E79")):
            sets.append((title, color, [kpis.beneficiaries_by_group[group][kind] for group in groups]))
        series = _draw_bars(self.group_chart, QHorizontalBarSeries(), [labels.get(g, g) for g in groups], sets,
                            "%.0f")
        series.clicked.connect(lambda _index, _set: self.show_records("reached"))

    def _draw_funds(self, kpis: Kpis) -> None:
        names = {"pledged": self.tr("Pledged"), "committed": self.tr("Committed"), "received": self.tr("Received"),
                 "spent": self.tr("Spent")}
        figures = {"pledged": "funds:pledge", "committed": "funds:commitment", "received": "funds:incoming",
                   "spent": "funds:expenditure"}
        keys = list(kpis.funds_by_transaction)
        millions = [float(kpis.funds_by_transaction[key]) / 1e6 for key in keys]
        series = _draw_bars(self.funds_chart, QBarSeries(), [names.get(k, k) for k in keys],
                            [(self.tr("USD"), "#2E75B6", millions)], "%.1f")
        self.funds_chart.chart().legend().setVisible(False)
        series.clicked.connect(lambda index, _set: self.show_records(figures[keys[index]]))

    def _draw_pie(self, view: QChartView, values: dict[str, Any], labels: dict[str, str]) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        total = sum(float(v) for v in values.values()) or 1.0
        for n, (code, value) in enumerate(values.items()):
            piece = series.append(f"{labels.get(code, code)} ({float(value) / total:.0%})", float(value))
            piece.setColor(QColor(PALETTE[n % len(PALETTE)]))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    # -- drilling down ---------------------------------------------------------------------------------------
    @Slot(str)
    def show_records(self, figure: str) -> None:
        filters = self.current_filters()
        title = self.tr("Records behind: {figure}").format(figure=figure.replace("funds:", "funds, "))
        self.context.tasks.run(records_behind, figure, filters, writes=False,
                               on_done=lambda rows: self._show_dialog(title, rows))

    def _show_dialog(self, title: str, rows: list[SourcedRecord]) -> None:
        self.dialog = RecordsBehindDialog(title, rows, self)
        self.dialog.show()

    @Slot()
    def export_report(self) -> None:
        if self.kpis is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the KPI report"), "fieldbook-kpis.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        kpis = self.kpis

        def write(_store: Store) -> Path:
            return write_kpi_report(kpis, path)

        self.context.tasks.run(write, writes=False, on_done=lambda p: QMessageBox.information(
            self, self.tr("Report written"), self.tr("The KPI report is in {path}").format(path=p)))
