"""The beneficiary counting rule, kept ready in the table ``counted_beneficiary`` so KPIs are one SUM away.

The rule (docs/counting-rule.md): for each initiative × group × direct/indirect, of the rows whose period lies
inside a span, only the row with the highest total counts (ties: the latest period) — periods of one initiative
count the same population again. Finding that row needs a GROUP BY or a window over every beneficiary row, which
costs seconds on a headquarters store of a million records; so the chosen rows are stored per span (``all``, each
year, each half-year, each quarter that has rows) — one table row holding the chosen targeted and reached figures —
and refreshed for the initiatives a write touched: by the ORM at flush (any save from the app) and by the importer
after its bulk writes. The ranking is done here in Python over the touched initiatives' rows, then written in bulk:
on SQLite that is twice as fast as letting the database rank them with a window function (tests/db/test_counting.py
keeps that SQL as the rule's cross-check).
"""

from __future__ import annotations

import operator
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, event, inspect
from sqlalchemy.orm import Session

from db.bulk import Bulk, chunks
from db.models import COUNT_COLUMNS, COUNT_PARTS, BeneficiaryCount, CountedBeneficiary

KINDS = ("targeted", "reached")
#: The beneficiary columns the rule reads, in the order choose_counted() takes them.
RULE_INPUT = ("initiative_id", "group_code", "reach_type", "id", "period", *COUNT_COLUMNS)


def spans_of(period: str) -> list[str]:
    """The spans a period lies inside: ``2023-Q3`` → all, 2023, 2023-H2, 2023-Q3."""
    year = period[:4]
    spans = ["all", year]
    if len(period) == 7 and period[5] == "H":
        spans.append(period)
    elif len(period) == 7 and period[5] == "Q":
        spans += [f"{year}-H{1 if period[6] in '12' else 2}", period]
    return spans


def refresh_counted(conn: Connection, initiative_ids: Iterable[uuid.UUID] | None = None,
                    new: Iterable[uuid.UUID] = ()) -> None:
    """Recompute the counted rows of these initiatives (of every initiative when ``None``), in the caller's
    transaction: their beneficiary rows are read once, ranked by :func:`choose_counted`, and written in bulk.
    Initiatives in ``new`` were created in this transaction, so they have no counted rows to clear.

    The rows stay as the driver gives them (ids as stored, never turned into ``uuid.UUID`` and back): at
    headquarters scale that conversion both ways cost more than the ranking."""
    counted = Bulk(conn, CountedBeneficiary.__table__)  # type: ignore[arg-type]
    source = Bulk(conn, BeneficiaryCount.__table__)  # type: ignore[arg-type]
    of_initiative = source.column("initiative_id")
    if initiative_ids is None:
        conn.execute(delete(CountedBeneficiary.__table__))
        ids = [i for (i,) in conn.exec_driver_sql(f"SELECT DISTINCT {of_initiative} FROM {source.name}")]
        fresh = set(ids)
    else:
        ids = list(dict.fromkeys(source.bind("initiative_id", i) for i in initiative_ids if i is not None))
        fresh = {source.bind("initiative_id", i) for i in new}
    columns = ", ".join(source.column(key) for key in RULE_INPUT)
    for chunk in chunks(ids):
        held = tuple(i for i in chunk if i not in fresh)
        if held:
            conn.exec_driver_sql(f"DELETE FROM {counted.name} WHERE {counted.column('initiative_id')} IN "
                                 f"({', '.join([counted.mark] * len(held))})", held)
        rows = conn.exec_driver_sql(f"SELECT {columns} FROM {source.name} WHERE {of_initiative} IN "
                                    f"({', '.join([source.mark] * len(chunk))})", tuple(chunk)).all()
        counted.insert(sorted(choose_counted(rows)))  # in key order: fewer pages to write


def counted_of(rows: Iterable[Sequence[Any]], keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """The counted rows of these beneficiary rows, given in driver form in the beneficiary table's column order
    ``keys``, sorted as :func:`refresh_counted` writes them: what it would store for initiatives that have no other
    rows — a package's new initiatives, prepared while an earlier package is written."""
    pick = operator.itemgetter(*[list(keys).index(key) for key in RULE_INPUT])
    return sorted(choose_counted(map(pick, rows)))


def insert_counted(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Write counted rows already chosen (:func:`counted_of`) for initiatives that have none yet."""
    Bulk(conn, CountedBeneficiary.__table__).insert(rows)  # type: ignore[arg-type]


#: Where each kind's figures start and end in a row of choose_counted()'s input (after initiative, group, reach
#: type, row id and period come the figures of COUNT_COLUMNS).
_FIGURES_AT = tuple((RULE_INPUT.index(f"{kind}_total"), RULE_INPUT.index(f"{kind}_{COUNT_PARTS[-1]}") + 1)
                    for kind in KINDS)
_NO_FIGURES = (None,) * (1 + 1 + len(COUNT_PARTS))  # row id, total, parts


def choose_counted(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The counting rule. ``rows`` are beneficiary rows as (initiative id, group, reach type, row id, period, then
    the figures of COUNT_COLUMNS); the result is one row of ``counted_beneficiary`` (in its column order) per
    initiative, span, group and reach type that some row gives a total for: for each kind (targeted, reached) the
    row with the highest total, and of equal totals the latest period (one initiative, group and reach type has one
    row per period, so nothing else can tie) — its id and figures, or NULLs where no row has a total of that kind."""
    best: dict[tuple[Any, ...], list[Any]] = {}  # key -> [targeted (rank, row), reached (rank, row)]
    spans_cache: dict[str, list[str]] = {}
    kinds = tuple(enumerate(start for start, _end in _FIGURES_AT))
    for row in rows:
        period = row[4]
        spans = spans_cache.get(period)
        if spans is None:
            spans = spans_cache[period] = spans_of(period)
        for k, total_at in kinds:
            total = row[total_at]
            if total is None:
                continue
            rank = (total, period)
            for span in spans:
                key = (row[0], span, row[1], row[2])
                held = best.get(key)
                if held is None:
                    best[key] = held = [None, None]
                chosen = held[k]
                if chosen is None or rank > chosen[0]:
                    held[k] = (rank, row)
    out = []
    for key, held in best.items():
        figures: tuple[Any, ...] = ()
        for chosen, (start, end) in zip(held, _FIGURES_AT, strict=True):
            figures += _NO_FIGURES if chosen is None else (chosen[1][3], *chosen[1][start:end])
        out.append(key + figures)
    return out


# -- kept fresh on every ORM flush --------------------------------------------------------------------------

def _touched(target: BeneficiaryCount) -> None:
    session = Session.object_session(target)
    if session is not None:
        touched = session.info.setdefault("counted_touched", set())
        touched.add(target.initiative_id)
        touched.update(inspect(target).attrs.initiative_id.history.deleted)  # moved to another initiative


for _event in ("after_insert", "after_update", "after_delete"):
    event.listen(BeneficiaryCount, _event, lambda _mapper, _conn, target: _touched(target))


@event.listens_for(Session, "after_flush")
def _refresh_after_flush(session: Session, _context: object) -> None:
    touched = session.info.pop("counted_touched", None)
    if touched:
        refresh_counted(session.connection(), touched)
