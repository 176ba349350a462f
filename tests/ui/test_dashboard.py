"""The dashboard shows the KPIs of the open store and lists the records behind a figure."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.core.kpi import compute_kpis
from desktop.ui.dashboard import DashboardPage, RecordsBehindDialog
from tests.ui.conftest import WAIT_MS, wait_idle


def test_tiles_show_the_kpis_and_a_filter_changes_them(qtbot, demo_window) -> None:
    page = DashboardPage(demo_window.context)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.kpis is not None, timeout=WAIT_MS)
    expected = compute_kpis(demo_window.tasks.store)
    assert page.tiles["initiatives"].value.text() == str(expected.initiatives)
    assert page.tiles["reached"].value.text() == f"{expected.beneficiaries['reached']['total']:,}"
    assert page.group_chart.chart().series() and page.funds_chart.chart().series()

    qtbot.waitUntil(lambda: page.filters["period"].count() > 1, timeout=WAIT_MS)
    combo = page.filters["period"]
    combo.setCurrentIndex(combo.findData("2023-H1"))
    qtbot.waitUntil(lambda: page.kpis.filters.period == "2023-H1", timeout=WAIT_MS)
    assert page.kpis.beneficiaries["reached"]["total"] < expected.beneficiaries["reached"]["total"]


def test_clicking_a_figure_lists_the_records_behind_it(qtbot, demo_window) -> None:
    page = DashboardPage(demo_window.context)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.kpis is not None, timeout=WAIT_MS)
    page.tiles["initiatives"].setFocus()
    qtbot.keyClick(page.tiles["initiatives"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT_MS)
    wait_idle(qtbot, demo_window)
    assert page.dialog.model.rowCount() == page.kpis.initiatives
    assert {row.package for row in page.dialog.model.rows()} == {"entered in this store"}
    page.dialog.close()


def test_records_behind_model(qtmodeltester, demo_store) -> None:
    from desktop.core.kpi import records_behind

    dialog = RecordsBehindDialog("test", records_behind(demo_store, "funds:incoming"))
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() > 0


def test_dashboard_and_consolidate_are_in_the_navigation(qtbot, demo_window) -> None:
    demo_window.select_page("dashboard")
    qtbot.waitUntil(lambda: demo_window.dashboard.kpis is not None, timeout=WAIT_MS)
    assert demo_window.stack.currentWidget() is demo_window.dashboard
    assert not demo_window.history_dock.isVisible()
    qtbot.keyClick(demo_window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.stack.currentWidget() is demo_window.consolidate


# -- one set of figures, in words a person reads -----------------------------------------------------------------

def _texts(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _headers(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.fixture
def english_locale() -> Iterator[None]:
    """The UI locale the texts below are written for (en-GB: "SEK 24,000,000.00")."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def test_drill_down_of_funds_names_the_initiative_and_funder_and_formats_money(
        qtmodeltester, demo_store, english_locale) -> None:
    from desktop.core.kpi import records_behind

    rows = records_behind(demo_store, "funds:pledge")
    dialog = RecordsBehindDialog("Funds pledged (USD)", rows, figure="funds:pledge")
    qtmodeltester.check(dialog.model)
    headers = _headers(dialog.model)
    assert headers == ["Initiative", "Date", "Funder", "Amount", "USD", "Reference", "Office", "From package"]
    texts = _texts(dialog.model)
    shown = " ".join(" ".join(row) for row in texts)
    assert not [row.record_id for row in rows if str(row.record_id) in shown]  # no ids, in no column
    sida = next(row for row in texts if row[5] == "KEN-001-SIDA-1")
    assert sida[0] == "KEN-001 — Nairobi River regeneration"
    assert sida[2] == "Swedish International Development Cooperation Agency"
    assert (sida[3], sida[4]) == ("SEK 24,000,000.00", "USD 2,224,800.00")  # not "SEK 24000000"
    assert all(row[3].split(" ")[0].isupper() and "," in row[3] for row in texts if Decimal(
        row[3].split(" ")[1].replace(",", "")) >= 1000)


def test_drill_down_of_partners_and_initiatives_shows_names_and_labels_not_codes(
        qtmodeltester, demo_store, english_locale) -> None:
    from desktop.core.kpi import records_behind

    partners = RecordsBehindDialog("Partners", records_behind(demo_store, "partners"), figure="partners")
    qtmodeltester.check(partners.model)
    assert _headers(partners.model)[:3] == ["Partner", "Type", "Country"]
    texts = _texts(partners.model)
    assert ["Japan International Cooperation Agency", "Bilateral cooperation agency", "Japan"] in [r[:3] for r in texts]
    initiatives = RecordsBehindDialog("Initiatives", records_behind(demo_store, "initiatives"), figure="initiatives")
    first = _texts(initiatives.model)[0]
    assert first[:3] == ["KEN-001 — Nairobi River regeneration", "Active", "Kenya"]


def test_drill_down_of_people_adds_up_to_the_figure_and_says_why_other_periods_are_left_out(
        qtbot, demo_store, english_locale) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.core.kpi import records_behind

    figure = compute_kpis(demo_store).beneficiaries["reached"]["total"]
    dialog = RecordsBehindDialog("People reached", records_behind(demo_store, "reached"), figure="reached")
    qtbot.addWidget(dialog)
    headers = _headers(dialog.model)
    assert headers[:4] == ["Initiative", "Period", "Group", "People"]
    people = [int(row[3].replace(",", "")) for row in _texts(dialog.model)]
    assert sum(people) == figure
    assert any("," in row[3] for row in _texts(dialog.model))  # 23,610, not 23610
    rule = dialog.findChild(QLabel, "countingRule")
    assert rule is not None and "highest figure" in rule.text() and "counted once" in rule.text()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "docs/" not in labels and ".md" not in labels


def test_dashboard_explains_the_counting_rule_in_plain_words(qtbot, demo_window) -> None:
    page = DashboardPage(demo_window.context)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.kpis is not None, timeout=WAIT_MS)
    note = page.note.text()
    assert "docs/" not in note and "counting-rule" not in note  # a developer's file is no explanation
    assert "highest figure" in note and "counted once" in note and "Office summary" in note
    for key in ("reached", "targeted"):
        assert page.tiles[key].explanation.isVisible() and "counted once" in page.tiles[key].explanation.text()
    assert not page.tiles["received"].explanation.isVisible()


def test_office_summary_shows_the_dashboards_money_and_people_and_explains_the_periods(
        qtbot, demo_window, english_locale) -> None:
    """The summary's funding card and headline people figure are the Dashboard's; the lines per period are the
    reported rows added up, and the card says why they do not add up to the headline."""
    from desktop.core import records
    from desktop.core.kpi import TRANSACTION_FIGURES
    from desktop.core.money import format_amount
    from desktop.ui.pages import SummaryPage

    store = demo_window.tasks.store
    kpis = compute_kpis(store)
    summary_page = SummaryPage(demo_window.context)
    qtbot.addWidget(summary_page)
    summary_page.show()
    summary_page.reload()
    qtbot.waitUntil(lambda: "Pledge" in summary_page.cards["funding"].text(), timeout=WAIT_MS)
    funding = summary_page.cards["funding"].text()
    for code, figure in TRANSACTION_FIGURES.items():
        assert f"<b>{format_amount(kpis.funds_by_transaction[figure], 'USD', 'en_GB')}</b>" in funding, code
    assert "<b>6,213,675.00</b>" in funding  # received, as the Dashboard's tile: 6,213,675 (not 62,136.75)

    dashboard = DashboardPage(demo_window.context)
    qtbot.addWidget(dashboard)
    dashboard.reload()
    qtbot.waitUntil(lambda: dashboard.kpis is not None, timeout=WAIT_MS)
    assert dashboard.tiles["received"].value.text() == "6,213,675"

    people = summary_page.cards["people"].text()
    reached = dashboard.tiles["reached"].value.text()
    assert reached == f"{kpis.beneficiaries['reached']['total']:,}" and f">{reached}</span>" in people
    summary = records.summary(store)
    added = sum(summary.reached_by_period.values())
    assert f"{added:,}" in people and "not added up" in people and "highest figure" in people
    for period, n in summary.reached_by_period.items():
        assert f"{period}: {n:,} reached" in people


def test_people_chart_reads_top_down_largest_group_first_targeted_above_reached(qtbot, demo_window) -> None:
    """As in the report's chart: Qt draws a horizontal chart's last category, and a category's last bar, on top."""
    from PySide6.QtCharts import QBarCategoryAxis

    from desktop.exchange.kpi_report import KIND_COLOURS

    page = DashboardPage(demo_window.context)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.kpis is not None, timeout=WAIT_MS)
    chart = page.group_chart.chart()
    series = chart.series()[0]
    sets = series.barSets()
    assert [(s.label(), s.color().name().upper()) for s in sets] == [
        ("Reached", KIND_COLOURS["reached"]), ("Targeted", KIND_COLOURS["targeted"])]  # targeted drawn on top
    assert chart.legend().reverseMarkers()  # the legend reads "Targeted, Reached"
    reached = [sets[0].at(n) for n in range(sets[0].count())]
    assert reached == sorted(reached) and reached[-1] > reached[0]  # the largest group on top
    axis = next(a for a in series.attachedAxes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[-1] == "Residents of neighbourhoods"


def test_a_store_with_nothing_in_it_draws_empty_charts_with_a_real_scale(qtbot, empty_window) -> None:
    """An empty headquarters store (or a filter that keeps nothing): every value is 0, and Qt's nice numbers on a
    0–0 range give a NaN axis (printed as a warning, drawn without a scale); the axis runs 0–1 instead."""
    import math

    from PySide6.QtCharts import QValueAxis

    page = DashboardPage(empty_window.context)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.kpis is not None, timeout=WAIT_MS)
    for view in (page.group_chart, page.funds_chart):
        axes = [a for a in view.chart().axes() if isinstance(a, QValueAxis)]
        assert axes, "the chart has its value axis"
        assert all(not math.isnan(a.max()) and (a.min(), a.max()) == (0, 1) for a in axes)
