"""How long the desktop app takes with a headquarters-size list: opening the initiative list, searching as you type,
filtering, sorting.

``bench_ui(n)`` builds a store of ``n`` synthetic initiatives (a SQLite file in a temporary folder, or the empty
PostgreSQL database at ``url``), opens the real main window on it and times what a person waits for:

- ``open_window_with_list_s``: from making the window to the list showing its first rows and count;
- search as you type: "regeneration 12", "city 42", "12 city" and "b-0123 ken" typed a key at a time (``TYPED``),
  cleared after each, each keystroke timed from the
  search being applied to its rows painted (the 150 ms pause the field waits for before searching is not counted:
  it is the same before and after); ``keystroke_median_s`` and ``keystroke_worst_s`` over all of them, and
  ``keystrokes`` their number; ``keystroke_gc_worst_s``, the longest Python's garbage collector ran during any one
  keystroke, and ``keystroke_full_gc``, how many of its full runs landed on keystrokes;
- a filter by status and by country, clearing them, and a sort by title;
- ``longest_ui_stall_s``: the longest the event loop went without turning, what a person feels as a freeze.

``tests/bench.py`` (``make bench ARGS=ui``) calls it in a child process; ``python -m desktop.ui.bench 100000
[URL]`` prints the figures. It works with the list of any version that has ``ListPage`` (a list searched in memory
answers at once; one read a page at a time answers through the worker).
"""

from __future__ import annotations

import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

#: Typed a key at a time. In the synthetic list every record holds "regeneration" and "city"; "12" is in about one
#: record in ten, "1" in half; "b-0123" narrows by code to a hundred records.
TYPED = ("regeneration 12", "city 42", "12 city", "b-0123 ken")


def _wait(condition: Callable[[], bool], timeout_s: float = 300.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        # Waits for the next event (the 5 ms heartbeat at the latest) rather than spinning: a spinning loop would
        # hold Python's lock and starve the worker thread it waits for.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def _shown(page: Any) -> int:
    return (getattr(page, "view_model", None) or page.proxy).rowCount()


class CollectorClock:
    """Seconds Python's garbage collector has run (``total``) and its full runs (``full``), since ``start``."""

    def __init__(self) -> None:
        self.total = 0.0
        self.full = 0
        self._began = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._began
            self.full += info["generation"] == 2

    def start(self) -> None:
        gc.callbacks.append(self)

    def stop(self) -> None:
        gc.callbacks.remove(self)


def _settled(page: Any, window: Any) -> bool:
    searching = getattr(page, "is_searching", None)
    return window.tasks.is_idle and not (searching and searching())


def bench_ui(n: int = 100_000, data_dir: Path | None = None, url: str | None = None) -> dict[str, float]:
    """Seconds for each step a person waits for, with ``n`` initiatives. Needs a QApplication (one is made if none)."""
    from db.store import open_store
    from desktop.core import records
    from desktop.ui.app import configure, open_main_window
    from desktop.ui import main_window  # noqa: F401  # imported before the clock starts, as run_app has it

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-") as tmp:
        folder = Path(data_dir or tmp)
        store = open_store(url or folder / "fieldbook.sqlite", user="bench")
        figures: dict[str, float] = {}
        try:
            records.create_office(store, {"code": "BENCH", "name": "Benchmark office", "country": "KEN",
                                          "region": "AF", "currency": "USD", "language": "en"})
            start = time.perf_counter()
            records.bulk_initiatives(store, n)
            figures["insert_s"] = time.perf_counter() - start

            # The longest the event loop goes without turning: what a person feels as a freeze.
            ticks: list[float] = []
            heartbeat = QTimer()
            heartbeat.setInterval(5)
            heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
            heartbeat.start()
            start = time.perf_counter()
            window = open_main_window(store, folder)  # as the app opens it
            window.resize(1280, 800)  # the offscreen screen is smaller than a desktop's
            page = window.initiatives
            _wait(lambda: _shown(page) == n and _settled(page, window))
            app.processEvents()  # the first rows painted
            _wait(lambda: window.tasks.is_idle)  # and read, when they are read a page at a time
            figures["open_window_with_list_s"] = time.perf_counter() - start

            collector = CollectorClock()
            collector.start()
            in_collector: list[tuple[float, int]] = []  # per timed step: the collector's seconds and full runs

            def timed(action: Callable[[], None], expect: Callable[[], bool]) -> float:
                gc_before, full_before = collector.total, collector.full
                begin = time.perf_counter()
                action()
                _wait(lambda: _settled(page, window) and expect())
                app.processEvents()  # the repaint the person sees (and the rows it asks for)
                _wait(lambda: window.tasks.is_idle)
                took = time.perf_counter() - begin
                in_collector.append((collector.total - gc_before, collector.full - full_before))
                return took

            def type_key(text: str) -> None:
                page.search.setText(text)
                page._apply_search()  # what the field does 150 ms after the last key

            keystrokes: list[float] = []
            keystroke_gc: list[tuple[float, int]] = []
            for words in TYPED:
                for end in range(1, len(words) + 1):
                    keystrokes.append(timed(lambda t=words[:end]: type_key(t), lambda: True))  # type: ignore[misc]
                    keystroke_gc.append(in_collector[-1])
                figures[f"search_{words.replace(' ', '_')}_rows"] = float(_shown(page))
                figures[f"clear_search_after_{words.split()[0]}_s"] = timed(lambda: type_key(""),
                                                                            lambda: _shown(page) == n)
            figures["keystroke_median_s"] = statistics.median(keystrokes)
            figures["keystroke_worst_s"] = max(keystrokes)
            figures["keystrokes"] = float(len(keystrokes))
            figures["keystroke_gc_worst_s"] = max(seconds for seconds, _ in keystroke_gc)
            figures["keystroke_full_gc"] = float(sum(full for _, full in keystroke_gc))
            figures["filter_status_s"] = timed(lambda: page.filters["status"].set_value("active"),
                                               lambda: _shown(page) == n // 4 + (1 if n % 4 > 1 else 0))
            figures["filter_country_s"] = timed(lambda: page.filters["country"].set_value("KEN"),
                                                lambda: _shown(page) < n // 4 + 1)
            figures["clear_filters_s"] = timed(lambda: (page.filters["status"].set_value(None),
                                                        page.filters["country"].set_value(None)),
                                               lambda: _shown(page) == n)
            figures["sort_by_title_s"] = timed(lambda: page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder),
                                               lambda: True)
            heartbeat.stop()
            collector.stop()
            gaps = [b - a for a, b in zip(ticks, ticks[1:])]
            figures["longest_ui_stall_s"] = max(gaps) if gaps else 0.0
            figures["rows"] = float(n)
            window.close()
        finally:
            store.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 100_000
    url = args[1] if len(args) > 1 else None
    for name, value in bench_ui(n, url=url).items():
        print(f"{name:32s} {value:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
