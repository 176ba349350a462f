from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.periods import PeriodError, half_year_of, parse_period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2023-H2", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
    ("2023-H1", dt.date(2023, 1, 1), dt.date(2023, 6, 30)),
    ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
    ("2023-Q3", dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
    ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
])
def test_half_years_quarters_and_years(text: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.code) == (start, end, text)


@pytest.mark.parametrize("text", ["2023-H3", "2023-Q0", "2023-M1", "", "July 2023", "1850"])
def test_anything_else_is_refused_with_a_hint(text: str) -> None:
    with pytest.raises(PeriodError, match="2023-H2|out of range|halves"):
        parse_period(text)


def test_half_year_of_a_day() -> None:
    assert half_year_of(dt.date(2023, 6, 30)) == "2023-H1" and half_year_of(dt.date(2023, 7, 1)) == "2023-H2"
