"""Reporting periods: half-years (``2023-H2``, the report's own), quarters (``2023-Q3``) and years (``2023``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?P<kind>[HQ])(?P<n>\d))?$")


class PeriodError(ValueError):
    pass


@dataclass(frozen=True, order=True, slots=True)
class Period:
    year: int
    start: dt.date
    end: dt.date
    code: str

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        return (start is None or start <= self.end) and (end is None or end >= self.start)

    def __str__(self) -> str:
        return self.code


def parse_period(text: str) -> Period:
    """``2023-H2`` → 1 July to 31 December 2023. Raises ``PeriodError`` on anything else."""
    match = _PATTERN.match(text.strip().upper()) if isinstance(text, str) else None
    if not match:
        raise PeriodError(f"{text!r} is not a period: write 2023-H2, 2023-Q3 or 2023")
    year = int(match["year"])
    if not 1990 <= year <= 2100:
        raise PeriodError(f"{text!r}: year {year} is out of range")
    kind, n = match["kind"], int(match["n"] or 0)
    if kind is None:
        first, months = 1, 12
    elif kind == "H" and n in (1, 2):
        first, months = 1 + 6 * (n - 1), 6
    elif kind == "Q" and 1 <= n <= 4:
        first, months = 1 + 3 * (n - 1), 3
    else:
        raise PeriodError(f"{text!r}: a year has halves H1–H2 and quarters Q1–Q4")
    start = dt.date(year, first, 1)
    last_month = first + months - 1
    end = (dt.date(year + (last_month == 12), last_month % 12 + 1, 1)) - dt.timedelta(days=1)
    code = str(year) if kind is None else f"{year}-{kind}{n}"
    return Period(year, start, end, code)


def is_period(text: object) -> bool:
    try:
        parse_period(text)  # type: ignore[arg-type]
    except PeriodError:
        return False
    return True


def half_year_of(day: dt.date) -> str:
    return f"{day.year}-H{1 if day.month <= 6 else 2}"
