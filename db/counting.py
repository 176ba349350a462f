"""The beneficiary counting rule, kept ready in the table ``counted_beneficiary`` so KPIs are one SUM away.

The rule (docs/counting-rule.md): for each initiative × group × direct/indirect, of the rows whose period lies
inside a span, only the row with the highest total counts (ties: the latest period) — periods of one initiative count
the same population again. Finding that row needs a GROUP BY or a window over every beneficiary row, which costs
seconds on a headquarters store of a million records; so the chosen rows are stored per span (``all``, each year,
each half-year, each quarter that has rows) and kind (targeted, reached), and refreshed for the initiatives a write
touched: by the ORM at flush (any save from the app) and by the importer after its bulk writes. The ranking is done
here in Python over the touched initiatives' rows, then written in bulk: on SQLite that is twice as fast as letting
the database rank them with a window function (tests/db/test_counting.py keeps that SQL as the rule's cross-check).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, event, inspect, select
from sqlalchemy.orm import Session

from db.bulk import Bulk, chunks
from db.models import COUNT_COLUMNS, COUNT_PARTS, BeneficiaryCount, CountedBeneficiary

KINDS = ("targeted", "reached")


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
    Initiatives in ``new`` were created in this transaction, so they have no counted rows to clear."""
    counted = CountedBeneficiary.__table__
    b = BeneficiaryCount.__table__.c
    if initiative_ids is None:
        conn.execute(delete(counted))
        ids = list(conn.scalars(select(b.initiative_id).distinct()))
        new = set(ids)
    else:
        ids = list(dict.fromkeys(i for i in initiative_ids if i is not None))
        new = set(new)
    bulk = Bulk(conn, counted)  # type: ignore[arg-type]
    columns = [b.initiative_id, b.group_code, b.reach_type, b.id, b.period, *(b[name] for name in COUNT_COLUMNS)]
    for chunk in chunks(ids):
        held = [i for i in chunk if i not in new]
        if held:
            conn.execute(delete(counted).where(counted.c.initiative_id.in_(held)))
        rows = conn.execute(select(*columns).where(b.initiative_id.in_(chunk))).all()
        bulk.insert(sorted(bulk.converted(list(row)) for row in choose_counted(rows)))  # in key order: fewer pages


#: Where each kind's figures are in a row of choose_counted()'s input: (kind, index of the total, of every part).
_KIND_AT = tuple(
    (kind, 5 + COUNT_COLUMNS.index(f"{kind}_total"),
     tuple(5 + COUNT_COLUMNS.index(f"{kind}_{part}") for part in COUNT_PARTS))
    for kind in KINDS
)


def choose_counted(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The counting rule. ``rows`` are beneficiary rows as (initiative id, group, reach type, row id, period, then
    the figures of COUNT_COLUMNS); the result is one row of ``counted_beneficiary`` (in its column order) per kind,
    span, initiative, group and reach type: the row with the highest total, and of equal totals the latest period
    (one initiative, group and reach type has one row per period, so nothing else can tie)."""
    best: dict[tuple[Any, ...], tuple[tuple[int, str], Sequence[Any]]] = {}
    spans_cache: dict[str, list[str]] = {}
    for row in rows:
        period = row[4]
        spans = spans_cache.get(period)
        if spans is None:
            spans = spans_cache[period] = spans_of(period)
        for kind, total_at, _parts in _KIND_AT:
            total = row[total_at]
            if total is None:
                continue
            rank = (total, period)
            for span in spans:
                key = (kind, span, row[0], row[1], row[2])
                held = best.get(key)
                if held is None or rank > held[0]:
                    best[key] = (rank, row)
    parts_at = {kind: (total_at, parts) for kind, total_at, parts in _KIND_AT}
    out = []
    for key, (_rank, row) in best.items():
        total_at, parts = parts_at[key[0]]
        out.append((*key, row[3], row[total_at], *(row[i] for i in parts)))
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
