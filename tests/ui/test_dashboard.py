"""The dashboard shows the KPIs of the open store and lists the records behind a figure."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
