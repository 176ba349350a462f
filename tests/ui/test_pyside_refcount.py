"""Guard against the PySide6 release that broke Python 3.11: 6.12.0 drops a reference to None on every Qt call
that returns nothing, and CPython aborts after a few thousand calls (pyproject pins a release without the bug)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10  # a leak would show as about -2000
