"""The reader takes a column of ids or times as written for the digest at once when every cell is canonical: only
right if each of them would have been taken so cell by cell (tests/exchange/test_read_canonical.py checks the
cell-by-cell test itself) — checked here on columns mixing canonical texts with near misses of them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import rules
from desktop.exchange.read import (
    _all_canonical_datetimes,
    _all_canonical_uuids,
    _canonical_datetime,
    _canonical_uuid,
)
from tests.exchange.test_read_canonical import _DATETIME_TEXT, _UUID_TEXT, _parsed


def _all_read(field: str, cells: list[str]) -> bool:
    coerce = rules.coercer(rules.field_spec("partner", field))
    return all(_parsed(coerce, cell) is not None for cell in cells)


# The reader asks the column only once every cell of it was read (cell by cell the question is asked of a cell
# that was read): the column's answer must then be every cell's.

@settings(max_examples=800)
@given(st.lists(st.one_of(st.uuids().map(str), _UUID_TEXT), min_size=1, max_size=5))
def test_a_column_of_ids_is_taken_as_written_only_when_every_cell_would_be(cells: list[str]) -> None:
    if _all_read("id", cells):
        assert _all_canonical_uuids(cells) == all(map(_canonical_uuid, cells))


@settings(max_examples=800)
@given(st.lists(_DATETIME_TEXT, min_size=1, max_size=5))
def test_a_column_of_times_is_taken_as_written_only_when_every_cell_would_be(cells: list[str]) -> None:
    if _all_read("updated_at", cells):
        assert _all_canonical_datetimes(cells) == all(map(_canonical_datetime, cells))
