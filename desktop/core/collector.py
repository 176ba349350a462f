"""Python's cyclic garbage collector, told to run less often during bulk work, and to leave alone what the app made
to start.

By default the collector runs after every 700 new container objects, and each run examines every young object that
survived the runs before. Reading, checking and writing a package makes hundreds of thousands of small dicts and
tuples, nearly none of them part of a cycle: at headquarters scale those collector runs were a third of an import's
time (150 packages on two processors: 46 s, 33 s with the threshold below). Reference counting still frees every
object as soon as it is unused; only cycles wait a little longer to be found.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: New container objects between two runs of the youngest generation during bulk work (Python's default: 700).
BULK_THRESHOLD = 100_000


def collect_less() -> None:
    """For a process that does only bulk work (an import's reader process): for the rest of its life."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(BULK_THRESHOLD, middle, oldest)


@contextmanager
def collecting_less() -> Iterator[None]:
    """For the duration of one bulk operation; the previous thresholds come back after it. The thresholds belong to
    the process: two bulk operations at once (the app runs one write at a time) restore them in the wrong order."""
    before = gc.get_threshold()
    if before[0] >= BULK_THRESHOLD:
        yield
        return
    gc.set_threshold(BULK_THRESHOLD, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def freeze_long_lived(full: bool = False) -> None:
    """For the app once its window is up: what is alive now (modules, classes, the window's widgets and their Python
    wrappers, about 120,000-140,000 objects) lives as long as the app, and is moved out of the collector's sight
    (``gc.freeze``). A full collection, which otherwise examines every one of them (60-140 ms, landing on whatever the
    person does at that moment: a keystroke in a search field), then examines only what came after (3 ms in the
    app on a 100k-initiative store, about 20 ms while searching it).

    The young garbage is collected first (under a millisecond); with ``full``, all of it. Not at start-up: that full
    collection took 55-85 ms of the window's opening and found ten objects, which now stay for good. After a window
    was replaced, its objects are that garbage."""
    gc.collect(2 if full else 1)
    gc.freeze()


def is_frozen() -> bool:
    return gc.get_freeze_count() > 0


def thaw() -> None:
    """Before letting go of what was frozen (a window replaced by another): back in the collector's sight, so that
    its cycles are freed once it is gone."""
    gc.unfreeze()
