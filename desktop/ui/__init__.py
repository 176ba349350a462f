"""The Qt layer: windows, table models, dialogs. Thin: the work is done by desktop.core and desktop.exchange."""

from __future__ import annotations

import sys


def _pin_none() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: every Qt call that returns nothing hands back ``None`` without the
    reference it owes, so None's reference count falls by one per call until CPython aborts ("none_dealloc:
    deallocating None") — after some 40,000 calls, a few minutes of use. Python 3.12 made None immortal (PEP 683);
    on older versions give it a reference count no session can exhaust. Remove with Python 3.11 support or a fixed
    PySide6."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


_pin_none()
