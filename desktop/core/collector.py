"""Python's cyclic garbage collector, told to run less often during bulk work.

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
