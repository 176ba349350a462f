"""Lists: every table model passes qtmodeltester; search, filters and sorting; remembered columns; the worker."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtCore import Qt

from desktop.core import records
from desktop.ui import models
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, focused, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus


LISTS = {
    "initiative": (models.initiative_model, lambda store: records.initiative_rows(store)),
    "partner": (models.partner_model, lambda store: records.partner_rows(store)),
    "knowledge_product": (models.knowledge_model, lambda store: records.knowledge_product_rows(store)),
    "funding_line": (models.funding_model, lambda store: records.funding_rows(store)),
    "history": (models.history_model,
                lambda store: records.history(store, "initiative", records.initiative_rows(store)[0].id)),
}


@pytest.mark.parametrize("through_proxy", [False, True], ids=["model", "proxy"])
@pytest.mark.parametrize("kind", list(LISTS))
def test_every_table_model_passes_the_model_tester(qtmodeltester, demo_store, kind: str,  # type: ignore[no-untyped-def]
                                                   through_proxy: bool) -> None:
    make, load = LISTS[kind]
    model = make()
    rows = load(demo_store)
    assert rows
    model.set_rows(rows)
    if through_proxy:
        proxy = models.RecordFilterProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy, force_py=True)
        if model.search_fields:
            proxy.set_search(str(getattr(rows[0], model.search_fields[0])))
            assert 0 < proxy.rowCount() <= len(rows)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        model.set_rows(load(demo_store))
    else:
        qtmodeltester.check(model, force_py=True)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        model.sort(1, Qt.SortOrder.AscendingOrder)
        model.set_rows([])
        model.set_rows(rows)


def test_the_beneficiary_grid_model_passes_the_model_tester(qtmodeltester, demo_store) -> None:  # type: ignore[no-untyped-def]
    initiative = records.initiative_rows(demo_store)[0]
    grid = models.BeneficiaryGridModel()
    grid.load(initiative.id, "2023-H2", "direct", records.beneficiary_rows(demo_store, initiative.id, "2023-H2"))
    qtmodeltester.check(grid, force_py=True)
    total = grid.column_of("total")
    assert grid.setData(grid.index(grid.row_of(0, "reached"), total), "1234")
    assert grid.grid_rows()[0].values["reached_total"] == 1234
    assert not grid.setData(grid.index(0, total), "twelve")
    assert not grid.setData(grid.index(0, grid.GROUP), "1")  # the group column is not editable


def test_search_as_you_type_and_filters_narrow_the_initiatives(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.initiatives
    total = page.model.rowCount()
    window.initiatives.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    type_into_focus(qtbot, "kakuma")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=WAIT_MS)
    assert page.proxy.index(0, 1).data() == "Kakuma-Kalobeyei area-based regeneration"
    assert page.count_label.text() == f"1 of {total} records shown"
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == total, timeout=WAIT_MS)

    status = page.filters["status"]
    status.setFocus()
    type_into_focus(qtbot, "Pipeline")
    shown = [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]
    assert shown and set(shown) == {"Pipeline"} and len(shown) < total
    status.set_value(None)
    country = page.filters["country"]
    country.setFocus()
    type_into_focus(qtbot, "Somalia")
    assert {page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())} == {"Somalia"}
    country.set_value(None)
    page.filters["programme"].set_value("FP3")
    assert page.proxy.rowCount() == sum(1 for r in page.model.rows() if "FP3" in (r.flagship_code,
                                                                                    r.subprogramme_code))
    page.filters["programme"].set_value(None)
    page.filters["period"].set_value("2021-H2")  # the same test as the store's own period filter
    expected = records.initiative_rows(window.tasks.store, records.Filters(period="2021-H2"))
    assert 0 < len(expected) < total
    assert sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())) == [r.code for r in expected]


def test_sorting_by_a_column_header(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.initiatives
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    titles = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold, reverse=True)


def test_hidden_columns_and_widths_are_remembered_in_the_data_folder(qtbot, demo_window: MainWindow,  # type: ignore[no-untyped-def]
                                                                      data_dir) -> None:
    page = demo_window.initiatives
    page.table.set_column_visible(4, False)
    page.table.setColumnWidth(1, 333)
    page.table.save_columns()
    demo_window.settings.sync()
    assert (data_dir / "settings.ini").exists()
    again = MainWindow(demo_window.tasks.store, data_dir)
    qtbot.addWidget(again)
    try:
        assert again.initiatives.table.isColumnHidden(4)
        assert again.initiatives.table.columnWidth(1) == 333
    finally:
        again.tasks.shutdown()


def test_store_work_runs_on_one_worker_thread_in_order(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, str]] = []
    results: list[int] = []

    def task(_store, n: int) -> int:  # type: ignore[no-untyped-def]
        seen.append((n, threading.current_thread().name))
        return n

    for n in range(20):
        office_window.tasks.run(task, n, writes=False, on_done=results.append)
    wait_idle(qtbot, office_window)
    assert results == list(range(20))  # in the order asked, callbacks back on the UI thread
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} != {threading.main_thread().name}
    assert len({name for _, name in seen}) == 1


def test_a_failing_task_reports_and_the_worker_goes_on(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    office_window.tasks.run(records.get_record, "initiative", uuid.uuid4(), on_error=errors.append)
    done: list[object] = []
    office_window.tasks.run(records.summary, writes=False, on_done=done.append)
    wait_idle(qtbot, office_window)
    assert isinstance(errors[0], records.RecordNotFound) and done


def test_long_list_loading_can_be_cancelled(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    records.bulk_initiatives(office_window.tasks.store, 12_000)
    page = office_window.initiatives
    page.reload()
    progress = page._task_progress
    assert progress is not None and page.progress is not None
    progress.cancel()  # what the dialog's Cancel button does
    wait_idle(qtbot, office_window)
    assert page.model.rowCount() == 0
    assert "cancelled" in page.count_label.text()
    page.reload()
    wait_idle(qtbot, office_window)
    assert page.model.rowCount() == 12_000


def test_the_dropdown_list_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.widgets import ChoiceListModel

    model = ChoiceListModel()
    model.set_items([(uuid.uuid4(), f"KEN-{n:03d} — initiative {n}") for n in range(50)])
    qtmodeltester.check(model, force_py=True)
    value = model.items[7][0]
    assert model.row_of(value) == 7 and model.index(7, 0).data(Qt.ItemDataRole.UserRole) == value


def test_closing_the_window_finishes_queued_saves_first(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for n in range(5):
        office_window.operations.save("initiative", None, {"code": f"Q-{n}", "title": "Queued", "status": "pipeline",
                                                           "country": "KEN", "crisis_context": "none",
                                                           "flagship_code": "FP1"})
    office_window.close()
    assert len(records.initiative_rows(office_window.tasks.store)) == 5
