"""The beneficiary grid (initiative × period, live sum checks) and funding lines (USD by the rules, totals)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import records
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, focused, wait_idle
from tests.ui.test_entry import CTRL, tab, type_into_focus


def test_beneficiary_counts_by_keyboard_with_live_sum_checks(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    page = window.beneficiaries
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.initiative.value() is not None, timeout=WAIT_MS)
    initiative = page.initiative.value()
    page.period.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "2025-H1")
    assert page.model.period != "2025-H1"  # not on every key: the grid waits for the period to be confirmed
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.model.period == "2025-H1"
    assert all(row.record_id is None for row in page.model.grid_rows())  # nothing counted yet in that period

    grid = page.grid
    grid.setFocus()
    col = page.model.column_of("total")
    grid.setCurrentIndex(page.model.index(page.model.row_of(0, "targeted"), col))  # residents, targeted total
    for text in ("100", "60", "60"):  # total, female, male
        type_into_focus(qtbot, text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # commit and move right
    row = page.model.grid_rows()[0]
    assert (row.values["targeted_total"], row.values["targeted_female"], row.values["targeted_male"]) == (100, 60, 60)
    assert [p.code for p in row.problems if p.is_error] == ["sum_above"]
    assert "add up to 120, more than the total 100" in page.problems.text()
    assert page.model.index(0, col + 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # the cell is flagged
    assert not page.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # refused
    wait_idle(qtbot, window)
    assert records.beneficiary_rows(window.tasks.store, initiative, "2025-H1") == []

    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # back to "male"
    type_into_focus(qtbot, "40")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: row.values["targeted_male"] == 40, timeout=WAIT_MS)
    assert not [p for p in row.problems if p.is_error]
    assert page.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: len(records.beneficiary_rows(window.tasks.store, initiative, "2025-H1")) == 1,
                    timeout=WAIT_MS)
    wait_idle(qtbot, window)
    saved = records.beneficiary_rows(window.tasks.store, initiative, "2025-H1")[0]
    assert (saved.group_code, saved.count("targeted_total"), saved.count("targeted_female"),
            saved.count("targeted_male")) == ("residents", 100, 60, 40)
    assert not page.model.dirty_rows()

    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # undo: the new counts go again (a tombstone stays)
    qtbot.waitUntil(lambda: records.beneficiary_rows(window.tasks.store, initiative, "2025-H1") == [],
                    timeout=WAIT_MS)
    assert records.tombstone(window.tasks.store, "beneficiary_count", saved.id) is not None
    wait_idle(qtbot, window)
    assert page.model.grid_rows()[0].record_id is None


def test_funding_line_by_keyboard_computes_usd_and_totals(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    qtbot.keyClick(focused(), Qt.Key.Key_3, CTRL)
    page = window.funding
    qtbot.waitUntil(lambda: page.initiative.value() is not None and page.model.rowCount() > 0, timeout=WAIT_MS)
    initiative = page.initiative.value()
    before = records.usd_totals(records.funding_rows(window.tasks.store, initiative))

    window.editor = None
    page.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
    assert focused() is editor.form.widget("transaction_type")
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Incoming")
    tab(qtbot, 2)  # date (today), funder
    type_into_focus(qtbot, "Sida")  # any part of the name or acronym
    tab(qtbot, 3)  # source type, modality → currency
    assert focused() is editor.form.widget("currency")
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "JPY")
    tab(qtbot)
    type_into_focus(qtbot, "1,000.5")  # JPY has no decimal places: the rules say so at once
    assert editor.form.widget("amount").property("problem") == "error"
    assert "JPY amounts are whole numbers, without decimal places" in editor.form.messages["amount"].text()
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "150,000")
    tab(qtbot)
    type_into_focus(qtbot, "0.00695")
    tab(qtbot)  # which way the rate goes: JPY is quoted per USD; this one is USD per 1 JPY
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    usd = editor.form.widget("amount_usd")
    assert usd.value() == Decimal("1042.50") and usd.text() == "1,042.50"
    assert editor.save_button.isEnabled(), [p.message for p in editor.form.problems]
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)

    lines = records.funding_rows(window.tasks.store, initiative)
    new = [line for line in lines if line.currency == "JPY" and line.amount == Decimal("150000")]
    assert len(new) == 1 and new[0].amount_usd == Decimal("1042.50") and new[0].transaction_type == "incoming"
    assert new[0].funder_name.startswith("Swed")
    after = records.usd_totals(lines)
    assert after["incoming"] == before["incoming"] + Decimal("1042.50")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(lines), timeout=WAIT_MS)
    assert "1,042.50" not in page.total_labels["pledge"].text()
    assert f"{after['incoming']:,.2f}" in page.total_labels["incoming"].text()


def test_emptying_a_counted_group_deletes_its_counts(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_page("beneficiary_count")
    page = window.beneficiaries
    qtbot.waitUntil(lambda: page.initiative.value() is not None, timeout=WAIT_MS)
    page.show_period("2023-H2")
    wait_idle(qtbot, window)
    counted = next(n for n, row in enumerate(page.model.grid_rows()) if row.record_id is not None)
    record_id = page.model.grid_rows()[counted].record_id
    for kind in ("targeted", "reached"):
        for column in range(page.model.FIRST_PART, page.model.CHECK):
            page.model.setData(page.model.index(page.model.row_of(counted, kind), column), "")
    assert page.save_button.isEnabled()
    page.save_button.click()
    qtbot.waitUntil(lambda: records.tombstone(window.tasks.store, "beneficiary_count", record_id) is not None,
                    timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert page.model.grid_rows()[counted].record_id is None
