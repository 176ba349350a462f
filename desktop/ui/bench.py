"""How long the desktop app takes with a large office: opening the initiative list, searching, filtering, sorting.

``bench_ui(n)`` builds a store of ``n`` synthetic initiatives in a temporary folder, opens the real main window on it
and times what a user waits for. ``tests/bench.py`` (``make bench``) may call it; ``python -m desktop.ui.bench
100000`` prints the figures.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication


def _wait(condition: Callable[[], bool], timeout_s: float = 300.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def bench_ui(n: int = 100_000, data_dir: Path | None = None) -> dict[str, float]:
    """Seconds for each step a user waits for, with ``n`` initiatives. Needs a QApplication (one is made if none)."""
    from db.store import open_store
    from desktop.core import records
    from desktop.ui.app import configure
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-") as tmp:
        folder = Path(data_dir or tmp)
        store = open_store(folder / "fieldbook.sqlite", user="bench")
        figures: dict[str, float] = {}
        try:
            records.create_office(store, {"code": "BENCH", "name": "Benchmark office", "country": "KEN",
                                          "region": "AF", "currency": "USD", "language": "en"})
            start = time.perf_counter()
            records.bulk_initiatives(store, n)
            figures["insert_s"] = time.perf_counter() - start

            start = time.perf_counter()
            records.initiative_rows(store)
            figures["query_rows_s"] = time.perf_counter() - start

            # The longest the event loop goes without turning: what a user feels as a freeze.
            ticks: list[float] = []
            heartbeat = QTimer()
            heartbeat.setInterval(5)
            heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
            heartbeat.start()
            start = time.perf_counter()
            window = MainWindow(store, folder)
            window.resize(1280, 800)
            window.show()
            window.start()
            page = window.initiatives
            _wait(lambda: page.model.rowCount() == n and window.tasks.is_idle)
            figures["open_window_with_list_s"] = time.perf_counter() - start
            if "--stalls" in sys.argv:
                print("opened at", round(time.perf_counter() - start, 3))

            def timed(name: str, action: Callable[[], None], expect: Callable[[], bool]) -> None:
                begin = time.perf_counter()
                action()
                _wait(expect)
                app.processEvents()  # the repaint the user sees
                figures[name] = time.perf_counter() - begin

            timed("first_search_s", lambda: page.proxy.set_search("regeneration 12"),
                  lambda: 0 < page.proxy.rowCount() < n)
            timed("next_search_s", lambda: page.proxy.set_search("city 42"), lambda: 0 < page.proxy.rowCount() < n)
            timed("clear_search_s", lambda: page.proxy.set_search(""), lambda: page.proxy.rowCount() == n)
            timed("filter_status_s", lambda: page.filters["status"].set_value("active"),
                  lambda: page.proxy.rowCount() == n // 4 + (1 if n % 4 > 1 else 0))
            timed("filter_country_s", lambda: page.filters["country"].set_value("KEN"),
                  lambda: page.proxy.rowCount() < n // 4 + 1)
            page.filters["status"].set_value(None)
            page.filters["country"].set_value(None)
            timed("sort_by_title_s", lambda: page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder),
                  lambda: True)
            heartbeat.stop()
            gaps = [b - a for a, b in zip(ticks, ticks[1:])]
            figures["longest_ui_stall_s"] = max(gaps) if gaps else 0.0
            if "--stalls" in sys.argv:
                worst = sorted(zip(gaps, ticks), reverse=True)[:5]
                print("stalls (s, at s after opening):", [(round(g, 3), round(t - start, 3)) for g, t in worst])
            figures["rows"] = float(n)
            window.close()
        finally:
            store.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 100_000
    for name, value in bench_ui(n).items():
        print(f"{name:28s} {value:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
