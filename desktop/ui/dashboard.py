"""The dashboard: portfolio KPIs as tiles and charts, a filter bar, and the records behind every figure.

On an office store it shows the office's own figures; on a headquarters store, everyone's. Figures come from
:mod:`desktop.core.kpi` through the store worker; this page only shows them, in the user's locale, and says in
plain words how people are counted (the counting rule), since its figure is not the sum of the periods the Office
summary lists.

Several officers share a headquarters store: while the page is shown it asks every few seconds, on the thread pool,
whether an import (or an undo) has committed into the store since its figures were read
(:func:`desktop.exchange.activity.store_generation`), and reads them again when one has.
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
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from babel.numbers import format_decimal
from sqlalchemy import select

from db import reference
from db.models import BeneficiaryCount, Initiative, Office
from db.store import Store
from desktop.core.kpi import KpiFilters, Kpis, SourcedRecord, compute_kpis, records_behind
from desktop.core.money import babel_locale, format_money
from desktop.exchange.activity import store_generation
from desktop.exchange.kpi_report import KIND_COLOURS, PIE_COLOURS, write_kpi_report
from desktop.ui import jobs
from desktop.ui.models import Column, RowTableModel, attr, code_labels
from desktop.ui.widgets import ui_locale

PALETTE = PIE_COLOURS  # the same colours as the report's pies


@dataclass(frozen=True)
class FilterChoices:
    periods: list[str]
    regions: list[str]
    countries: list[str]
    offices: list[str]


def filter_choices(store: Store) -> FilterChoices:
    """What the filter bar offers: only values present in the store."""
    with store.engine.connect() as conn:
        # (No function defined inside this block: pyside6-lupdate then loses every class context after it.)
        periods, regions, countries, offices = (
            sorted(conn.scalars(select(column).distinct())) for column in (
                BeneficiaryCount.__table__.c.period, Office.__table__.c.region, Initiative.__table__.c.country,
                Initiative.__table__.c.office_code))
        years = {p[:4] for p in periods}
    return FilterChoices(sorted(set(periods) | set(years), reverse=True), regions, countries, offices)


class Tile(QFrame):
    """One figure: a big number and its name. Clicking it (or Enter) lists the records behind it."""

    clicked = Signal(str)

    def __init__(self, figure: str, title: str, parent: QWidget | None = None, explanation: str = "") -> None:
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
        # A line under the figure when it is not what a reader would add up from the records (people).
        self.explanation = QLabel(explanation, self)
        self.explanation.setObjectName("kpiExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #606060; font-size: 8pt;")
        self.explanation.setVisible(bool(explanation))
        layout.addWidget(self.explanation)
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
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)  # axis labels with the locale's separators: 30,000, not 30000
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
    if any(value > 0 for _title, _color, values in sets for value in values):
        value_axis.applyNiceNumbers()
    else:  # nothing to show (an empty store, a filter that keeps nothing): 0–0 would make Qt's nice numbers NaN
        value_axis.setRange(0, 1)
    return series


def format_whole(value: Decimal | int, locale: str | None = None) -> str:
    """A figure in whole units with the locale's thousands separators (people; USD on a tile, to the dollar)."""
    whole = Decimal(value).quantize(Decimal(1))
    return format_decimal(whole, format="#,##0", locale=babel_locale(locale or ui_locale()))


def _usd(value: Decimal) -> str:
    return format_whole(value)


def counting_rule_text() -> str:
    """The counting rule in plain words, as the Dashboard and the Office summary both say it."""
    return QCoreApplication.translate(
        "Dashboard",
        "How people are counted: an initiative reports its people for each period, and the same people are often "
        "reported again in the next period. So for each initiative and group only one period counts, the one with "
        "the highest figure (of two equal periods, the later one), and these figures are added up across "
        "initiatives and groups: someone counted in 2023-H1 and again in 2023-H2 is counted once. Targeted and "
        "reached are chosen separately. The Office summary lists each period's reports as they were made; they are "
        "not added up here. Indirect beneficiaries are never added to direct ones.")


def _dialog_columns(entity: str) -> list[Column]:
    """What a person needs to recognise each kind of record; never its id."""
    translate = QCoreApplication.translate
    initiative = Column("initiative", translate("Dashboard", "Initiative"), attr("initiative"))
    office = Column("office", translate("Dashboard", "Office"), attr("office_code"))
    package = Column("package", translate("Dashboard", "From package"), attr("package"))
    if entity == "initiative":
        return [initiative, Column("status", translate("Dashboard", "Status"), attr("code"), code_list="initiative_statuses"),
                Column("country", translate("Dashboard", "Country"), attr("country"), code_list="countries"), office, package]
    if entity == "beneficiary_count":
        return [initiative, Column("period", translate("Dashboard", "Period"), attr("period")),
                Column("group", translate("Dashboard", "Group"), attr("code"), code_list="beneficiary_groups"),
                Column("people", translate("Dashboard", "People"), attr("people"), align_right=True), office, package]
    if entity == "funding_line":
        return [initiative, Column("date", translate("Dashboard", "Date"), attr("period")),
                Column("funder", translate("Dashboard", "Funder"), attr("funder")),
                Column("amount", translate("Dashboard", "Amount"), attr("amount"), money=True),
                Column("usd", translate("Dashboard", "USD"), attr("amount_usd"), money=True, currency="USD"),
                Column("reference", translate("Dashboard", "Reference"), attr("reference")), office, package]
    if entity == "partner":
        return [Column("name", translate("Dashboard", "Partner"), attr("label")),
                Column("type", translate("Dashboard", "Type"), attr("code"), code_list="partner_types"),
                Column("country", translate("Dashboard", "Country"), attr("country"), code_list="countries"), office, package]
    if entity == "knowledge_product":
        return [Column("title", translate("Dashboard", "Title"), attr("label")),
                Column("type", translate("Dashboard", "Type"), attr("code"), code_list="knowledge_product_types"),
                Column("date", translate("Dashboard", "Date"), attr("period")), initiative, office, package]
    return [Column("label", translate("Dashboard", "Record"), attr("label")), office, package]


class RecordsBehindModel(RowTableModel):
    """The records behind a figure: people with the locale's separators, money with its currency code."""

    def display(self, row: Any, column: Column) -> str:
        value = column.get(row)
        if column.money and isinstance(value, Decimal):
            return format_money(value, column.currency or row.currency, self.locale)
        if isinstance(value, int) and not isinstance(value, bool):
            return format_whole(value, self.locale)
        return super().display(row, column)


class RecordsBehindDialog(QDialog):
    """The records a figure is made of, each with the package (office, sequence, digest) it came from."""

    def __init__(self, title: str, rows: list[SourcedRecord], parent: QWidget | None = None,
                 figure: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        entity = rows[0].entity if rows else ""
        note = QLabel(self.tr("{n} records. \u201cFrom package\u201d names the package each came from, or says it "
                              "was entered in this store.").format(n=format_whole(len(rows))), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        if figure in ("reached", "targeted"):
            rule = QLabel(self.tr("Each row is the period that counts for one initiative and group: the one with the "
                                  "highest figure (of two equal periods, the later one). The other periods' reports "
                                  "are left out, so that people reported again are counted once; these rows add up "
                                  "to the figure."), self)
            rule.setWordWrap(True)
            rule.setObjectName("countingRule")
            layout.addWidget(rule)
        self.model = RecordsBehindModel(_dialog_columns(entity), parent=self, locale=ui_locale())
        self.model.set_rows(list(rows))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # The rows come in the order of the records (initiative code, period): no sort until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(title)
        self.table.verticalHeader().setVisible(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        # Wide enough for every column (an initiative's title, a funder's name, two amounts) on a laptop screen.
        wanted = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())) + 48
        self.resize(min(max(wanted, 720), 1240), 460)
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
    FUNDS = {"pledged": "funds:pledge", "committed": "funds:commitment", "received": "funds:incoming",
             "spent": "funds:expenditure"}

    #: How often the page asks, while shown, whether an import has committed into the store.
    GENERATION_POLL_MS = 4000

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = "dashboard"
        self.context = context
        self.kpis: Kpis | None = None
        self.generation: tuple[int, str] | None = None  # of the figures shown
        # Asked on the thread pool (its own short connection, never the worker's queue).
        self.generation_poll = jobs.Poller(store_generation, lambda: self.context.tasks.store,
                                           self.GENERATION_POLL_MS, self)
        self.generation_poll.answered.connect(self._polled_generation)
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
        self.titles = {**titles, "pledged": self.tr("Funds pledged (USD)"), "spent": self.tr("Funds spent (USD)")}
        once = self.tr("Each initiative's group counted once, in its period with the highest figure")
        self.tiles: dict[str, Tile] = {}
        for n, (key, figure) in enumerate(self.FIGURES):
            tile = Tile(figure, titles[key], body, once if key in ("reached", "targeted") else "")
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
        self.note = QLabel(counting_rule_text() + " " + self.tr("Click a figure to see the records behind it."), body)
        self.note.setObjectName("countingRule")
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
        # Read first, in the worker's queue: an import committing between this and the figures is seen again.
        self.context.tasks.run(store_generation, writes=False, on_done=self._read_generation, label="generation")
        self.load_choices()
        self.refresh()

    def _read_generation(self, generation: tuple[int, str]) -> None:
        self.generation = generation

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.generation_poll.start()

    def hideEvent(self, event: Any) -> None:
        self.generation_poll.stop()
        super().hideEvent(event)

    @Slot(object)
    def _polled_generation(self, generation: tuple[int, str]) -> None:
        """Has an import (another officer's, or a command's) committed since the figures were read?"""
        if self.generation is not None and generation != self.generation and self.isVisible():
            self.generation = generation
            self.reload()

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
        t["initiatives"].set_value(format_whole(kpis.initiatives), ", ".join(
            f"{n} {statuses.get(s, s)}" for s, n in kpis.initiatives_by_status.items()))
        t["countries"].set_value(format_whole(kpis.countries))
        t["cities"].set_value(format_whole(kpis.cities))
        indirectly = self.tr("{n} reached indirectly").format(n=format_whole(kpis.indirect.get("reached", 0)))
        t["reached"].set_value(format_whole(b.get("reached", {}).get("total", 0)), indirectly)
        t["targeted"].set_value(format_whole(b.get("targeted", {}).get("total", 0)))
        for key in ("received", "committed"):
            usd = kpis.funds_by_transaction.get(key, Decimal(0))
            t[key].set_value(_usd(usd), format_money(usd, "USD", ui_locale()))
        t["partners"].set_value(format_whole(kpis.partners),
                                self.tr("from {n} countries").format(n=kpis.partner_countries))
        t["knowledge_products"].set_value(format_whole(kpis.knowledge_products))
        t["sdg"].set_value(f"{kpis.sdg_targets} / 169", self.tr("{n} of 17 goals").format(n=kpis.sdg_goals))
        self._draw_groups(kpis)
        self._draw_funds(kpis)
        self._draw_pie(self.source_chart, kpis.funds_by_source, code_labels("source_types"))
        self._draw_pie(self.status_chart, kpis.initiatives_by_status, statuses)
        self.heading.setText(self.tr("Dashboard") if kpis.filters.everything else
                             self.tr("Dashboard — {filters}").format(filters=kpis.filters.describe()))

    def _draw_groups(self, kpis: Kpis) -> None:
        labels = code_labels("beneficiary_groups")
        # Qt draws a horizontal chart's first category, and a category's first bar, at the bottom (and cannot
        # reverse a bar chart's category axis). To read top down as the report does, largest group first and
        # targeted above reached, the groups go smallest first and the sets reached first; the legend is
        # reversed to read "Targeted, Reached" as everywhere else.
        groups = sorted(kpis.beneficiaries_by_group, key=lambda g: (kpis.beneficiaries_by_group[g]["reached"], g))
        sets = []
        for kind, title in (("reached", self.tr("Reached")), ("targeted", self.tr("Targeted"))):
            sets.append((title, KIND_COLOURS[kind], [kpis.beneficiaries_by_group[group][kind] for group in groups]))
        series = _draw_bars(self.group_chart, QHorizontalBarSeries(), [labels.get(g, g) for g in groups], sets,
                            "%.0f")
        self.group_chart.chart().legend().setReverseMarkers(True)
        series.clicked.connect(lambda _index, bars: self.show_records(
            "reached" if series.barSets().index(bars) == 0 else "targeted"))

    def _draw_funds(self, kpis: Kpis) -> None:
        names = {"pledged": self.tr("Pledged"), "committed": self.tr("Committed"), "received": self.tr("Received"),
                 "spent": self.tr("Spent")}
        figures = self.FUNDS
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
        shown = [(code, value) for code, value in values.items() if value > 0]  # no 0 % slices
        for n, (code, value) in enumerate(shown):
            share = float(value) / total
            percent = f"{share:.0%}" if share >= 0.005 else "<1%"
            piece = series.append(f"{labels.get(code, code)} ({percent})", float(value))
            piece.setColor(QColor(PALETTE[n % len(PALETTE)]))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    # -- drilling down ---------------------------------------------------------------------------------------
    @Slot(str)
    def show_records(self, figure: str) -> None:
        filters = self.current_filters()
        self.context.tasks.run(records_behind, figure, filters, writes=False,
                               on_done=lambda rows: self._show_dialog(figure, rows))

    def figure_title(self, figure: str) -> str:
        """The tile's own words for a figure ("Funds received (USD)"), for the list of its records."""
        keys = {**{f: k for k, f in self.FIGURES if f}, **{f: k for k, f in self.FUNDS.items()}}
        return self.titles.get(keys.get(figure, ""), figure)

    def _show_dialog(self, figure: str, rows: list[SourcedRecord]) -> None:
        filters = self.current_filters()
        title = self.tr("Records behind: {figure}").format(figure=self.figure_title(figure))
        if not filters.everything:
            title += f" ({filters.describe()})"
        self.dialog = RecordsBehindDialog(title, rows, self, figure)
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
