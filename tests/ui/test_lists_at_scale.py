"""Long lists (a headquarters store), read a page at a time: what a person does with a short list works the same.

The demo office is made "long" by lowering ``records.LIST_IN_MEMORY_MAX`` (and the page size, so that paging
happens with a handful of rows): the pages then ask the database to search, filter and sort, and the table shows
``ListPage.lazy``. Each test compares with what the short list shows for the same data, or with the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from db.store import open_store
from desktop.core import records
from desktop.ui import models
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import ListPage
from tests.ui.conftest import WAIT_MS, _open_window, close_window, focused, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus
from tests.ui.test_undo_delete import edit_title_by_keyboard, stored_title


@pytest.fixture
def long_window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The demo office, with every list read as a long one, two rows a page."""
    from desktop.core.demo import build_demo

    monkeypatch.setattr(records, "LIST_IN_MEMORY_MAX", 1)
    monkeypatch.setattr(records, "LIST_PAGE", 2)
    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    window = _open_window(qtbot, store, data_dir)
    qtbot.waitUntil(lambda: window.initiatives.large and window.initiatives.view_model.rowCount() > 0,
                    timeout=WAIT_MS)
    yield window
    close_window(qtbot, window)
    (window.tasks.store or store).close()


def shown_ids(qtbot, page: ListPage) -> list[Any]:  # type: ignore[no-untyped-def]
    """The ids of every row shown, once every page is read (as scrolling to it would)."""
    view = page.view_model
    for row in range(view.rowCount()):
        view.index(row, 0).data(models.IdRole)  # asks for the page
    qtbot.waitUntil(lambda: all(view.index(r, 0).data(models.IdRole) is not None for r in range(view.rowCount())),
                    timeout=WAIT_MS)
    return [view.index(r, 0).data(models.IdRole) for r in range(view.rowCount())]


def short_list_ids(page: ListPage, store: Any, search: str = "", predicates: dict[str, Any] | None = None,
                   sort: tuple[int, Qt.SortOrder] | None = None) -> list[Any]:
    """What the short list (in-memory model and proxy) shows for the same search, filters and sort."""
    model = models.RowTableModel(page.model.columns, page.model.search_fields)
    model.set_rows(page.loader(store))
    proxy = models.RecordFilterProxy()
    proxy.setSourceModel(model)
    if sort is not None:
        proxy.sort(*sort)
    proxy.set_search(search)
    for name, predicate in (predicates or {}).items():
        proxy.set_predicate(name, predicate)
    return [proxy.index(r, 0).data(models.IdRole) for r in range(proxy.rowCount())]


def test_the_long_list_models_pass_the_model_tester(qtbot, qtmodeltester, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for page in (long_window.initiatives, long_window.partners, long_window.knowledge):
        if not page.large:
            page.reload()
            qtbot.waitUntil(lambda p=page: p.large, timeout=WAIT_MS)  # type: ignore[misc]
        qtmodeltester.check(page.view_model, force_py=True)
        shown_ids(qtbot, page)
        qtmodeltester.check(page.lazy, force_py=True)


def test_search_as_you_type_and_the_counts_in_a_long_list(qtbot, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = long_window.initiatives
    total = page.view_model.rowCount()
    page.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    type_into_focus(qtbot, "kakuma")
    qtbot.waitUntil(lambda: page.view_model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.view_model.index(0, 1).data() == "Kakuma-Kalobeyei area-based regeneration",
                    timeout=WAIT_MS)
    assert page.count_label.text() == f"1 of {total} records shown"
    page.search.clear()
    qtbot.waitUntil(lambda: page.view_model.rowCount() == total, timeout=WAIT_MS)
    assert page.count_label.text() == f"{total} records"


@pytest.mark.parametrize("search", ["", "ke", "regeneration", "KEN-00 e", "nothing at all"])
def test_a_long_list_shows_what_the_short_list_shows(qtbot, long_window: MainWindow, search: str) -> None:  # type: ignore[no-untyped-def]
    """Search, two named filters, and a sort by a column header: the same records in the same order."""
    page = long_window.initiatives
    store = long_window.tasks.store
    page.search.setText(search)
    page._apply_search()
    wait_idle(qtbot, long_window)
    assert shown_ids(qtbot, page) == short_list_ids(page, store, search)
    page.filters["status"].set_value("active")
    wait_idle(qtbot, long_window)
    assert shown_ids(qtbot, page) == short_list_ids(page, store, search,
                                                    {"status": lambda row: row.status == "active"})
    page.filters["status"].set_value(None)
    page.filters["programme"].set_value("FP3")
    wait_idle(qtbot, long_window)
    assert shown_ids(qtbot, page) == short_list_ids(page, store, search, {
        "programme": lambda row: "FP3" in (row.flagship_code, row.subprogramme_code)})
    page.filters["programme"].set_value(None)
    for column in (1, 3, 7):  # title, country (by its name), start date
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        wait_idle(qtbot, long_window)
        assert shown_ids(qtbot, page) == short_list_ids(page, store, search,
                                                        sort=(column, Qt.SortOrder.DescendingOrder)), column


def test_partners_and_knowledge_products_search_in_the_database(qtbot, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key, typed in (("partner", "un"), ("knowledge_product", "KEN-00")):
        long_window.select_page(key)
        page = long_window.pages[key]
        qtbot.waitUntil(lambda p=page: p.large, timeout=WAIT_MS)  # type: ignore[misc]
        wait_idle(qtbot, long_window)
        page.search.setText(typed)
        page._apply_search()
        wait_idle(qtbot, long_window)
        expected = short_list_ids(page, long_window.tasks.store, typed)
        assert expected and shown_ids(qtbot, page) == expected


def test_the_selection_is_kept_across_a_refresh_and_a_search(qtbot, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = long_window.initiatives
    ids = shown_ids(qtbot, page)
    page.table.selectRow(2)
    assert page.selected_id() == ids[2]
    page.reload()
    wait_idle(qtbot, long_window)
    assert page.selected_id() == ids[2] and page.table.currentIndex().row() == 2
    row = records.list_rows(long_window.tasks.store, "initiative", [page.lazy.key_at(2)])[page.lazy.key_at(2)]
    page.search.setText(row.title.split()[0])
    page._apply_search()
    wait_idle(qtbot, long_window)
    assert page.selected_id() == ids[2]  # still shown, still selected
    page.search.clear()
    page._apply_search()
    wait_idle(qtbot, long_window)
    assert page.selected_id() == ids[2] and page.table.currentIndex().row() == 2


def test_the_keyboard_moves_through_a_long_list_a_page_at_a_time(qtbot, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = long_window.initiatives
    ids = shown_ids(qtbot, page)
    page.reload()  # pages forgotten: only the first is read
    wait_idle(qtbot, long_window)
    page.table.setFocus()
    page.table.selectRow(0)
    for row in range(1, len(ids)):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        wait_idle(qtbot, long_window)
        assert page.table.currentIndex().row() == row
        qtbot.waitUntil(lambda r=row: page.selected_id() == ids[r], timeout=WAIT_MS)  # type: ignore[misc]


def test_an_edit_and_its_undo_refresh_a_long_list(qtbot, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = long_window
    page = window.initiatives
    page.table.selectRow(0)
    record_id = page.selected_id()
    original = stored_title(window, record_id)
    edit_title_by_keyboard(qtbot, window, "Zanzibar seafront (phase 2)")
    qtbot.waitUntil(lambda: page.lazy.row_at(page.lazy.row_of_id(record_id)).title == "Zanzibar seafront (phase 2)",
                    timeout=WAIT_MS)
    assert page.selected_id() == record_id
    page.search.setText("zanzibar")
    page._apply_search()
    qtbot.waitUntil(lambda: page.view_model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: stored_title(window, record_id) == original, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.view_model.rowCount() == 0, timeout=WAIT_MS)  # the index forgot the new title


def test_a_deleted_record_leaves_a_long_list(qtbot, long_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = long_window.initiatives
    before = page.view_model.rowCount()
    page.table.selectRow(1)
    record_id = page.selected_id()
    long_window.operations.delete("initiative", record_id)
    qtbot.waitUntil(lambda: page.view_model.rowCount() == before - 1, timeout=WAIT_MS)
    assert record_id not in shown_ids(qtbot, page)
    assert page.count_label.text() == f"{before - 1} records"


def test_the_column_widths_stay_when_the_list_becomes_long(qtbot, data_dir: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.demo import build_demo

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    window = _open_window(qtbot, store, data_dir)
    try:
        page = window.initiatives
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
        assert not page.large
        page.table.setColumnWidth(1, 333)
        page.table.set_column_visible(4, False)
        monkeypatch.setattr(records, "LIST_IN_MEMORY_MAX", 1)  # an import made it long
        page.reload()
        qtbot.waitUntil(lambda: page.large and page.view_model.rowCount() > 0, timeout=WAIT_MS)
        assert page.table.columnWidth(1) == 333 and page.table.isColumnHidden(4)
        monkeypatch.setattr(records, "LIST_IN_MEMORY_MAX", 20_000)  # and an undo short again
        page.reload()
        qtbot.waitUntil(lambda: not page.large and page.model.rowCount() > 0, timeout=WAIT_MS)
        assert page.table.columnWidth(1) == 333 and page.table.isColumnHidden(4)
    finally:
        close_window(qtbot, window)
        store.close()


def test_a_sort_by_a_column_reads_the_long_list_once(qtbot, long_window: MainWindow,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """QTableView.sortByColumn asks the model to sort twice (through the header's signal, then itself): the long list
    asks the database once (each ask reads and sorts every record: 0.2-0.4 s at 100k on PostgreSQL)."""
    page = long_window.initiatives
    asked: list[Any] = []
    list_window = records.list_window
    monkeypatch.setattr(records, "list_window", lambda store, query, *args: asked.append(query.sort) or
                        list_window(store, query, *args))
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, long_window)
    assert asked == ["title"]
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # a click: the other way
    wait_idle(qtbot, long_window)
    assert asked == ["title", "title"]
    assert shown_ids(qtbot, page) == short_list_ids(page, long_window.tasks.store,
                                                    sort=(1, Qt.SortOrder.AscendingOrder))


def test_the_app_opens_with_what_start_up_made_out_of_the_collectors_sight(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """``open_main_window`` (the app's way in, and the ui benchmark's) freezes what start-up made (``gc.freeze``): a
    full collection, which examined all of it (60-140 ms, now and then on a keystroke), no longer does. A window
    replaced by another is thawed, so that it can be freed, and what lives is frozen again once it is gone."""
    import gc

    import shiboken6

    from desktop.core.demo import build_demo
    from desktop.ui.app import open_main_window

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    gc.unfreeze()
    new = None
    try:
        window = open_main_window(store, data_dir)
        qtbot.addWidget(window)  # closed and deleted at the end, as every test's window
        assert gc.get_freeze_count() > 0
        assert gc.is_tracked(window) and not any(o is window for o in gc.get_objects())  # frozen, not collected
        wait_idle(qtbot, window)
        new = window.switch_to(store)
        qtbot.addWidget(new)
        assert gc.get_freeze_count() == 0
        qtbot.waitUntil(lambda: not shiboken6.isValid(window) and gc.get_freeze_count() > 0, timeout=WAIT_MS)
        assert not any(o is new for o in gc.get_objects())
        wait_idle(qtbot, new)
    finally:
        gc.unfreeze()
        if new is not None:
            close_window(qtbot, new)
        store.close()
