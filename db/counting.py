"""The beneficiary counting rule, kept ready in the table ``counted_beneficiary`` so KPIs are one SUM away.

The rule (docs/counting-rule.md): for each initiative × group × direct/indirect, of the rows whose period lies
inside a span, only the row with the highest total counts (ties: the latest period) — periods of one initiative
count the same population again. Finding that row needs a GROUP BY or a window over every beneficiary row, which
costs seconds on a headquarters store of a million records; so each row that counts for some span is copied into
the table with the spans it counts for, as bits: the span ``all``, and the year, half-year and quarter its period
lies inside (a row's span of each level is known from its period). The rows are refreshed for the initiatives a
write touched: by the ORM at flush (any save from the app) and by the importer after its bulk writes. The ranking
is done here in Python over the touched initiatives' rows, then written in bulk: on SQLite that is twice as fast as
letting the database rank them with a window function (tests/db/test_counting.py keeps that SQL as the rule's
cross-check).
"""

from __future__ import annotations

import operator
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, event, inspect
from sqlalchemy.orm import Session

from db.bulk import Bulk, chunks
from db.models import COUNT_COLUMNS, BeneficiaryCount, CountedBeneficiary

KINDS = ("targeted", "reached")
#: The beneficiary columns the rule reads, in the order choose_counted() takes them.
RULE_INPUT = ("initiative_id", "group_code", "reach_type", "id", "period", *COUNT_COLUMNS)


def spans_of(period: str) -> list[str]:
    """The spans a period lies inside, one per level: ``2023-Q3`` → all, 2023, 2023-H2, 2023-Q3."""
    year = period[:4]
    spans = ["all", year]
    if len(period) == 7 and period[5] == "H":
        spans.append(period)
    elif len(period) == 7 and period[5] == "Q":
        spans += [f"{year}-H{1 if period[6] in '12' else 2}", period]
    return spans


def level_of(span: str) -> int:
    """The level of a span: 0 ``all``, 1 a year, 2 a half-year, 3 a quarter — its place in spans_of() of any period
    inside it."""
    if span == "all":
        return 0
    return 1 if len(span) == 4 else 2 if span[5] == "H" else 3


def periods_inside(span: str) -> list[str]:
    """The periods whose rows a span takes (not ``all``, which takes every row): ``2023-H2`` → 2023-H2, 2023-Q3,
    2023-Q4 — a yearly row is not inside a half-year."""
    level = level_of(span)
    if level == 3:
        return [span]
    if level == 2:
        first = 1 if span[6] == "1" else 3
        return [span, f"{span[:4]}-Q{first}", f"{span[:4]}-Q{first + 1}"]
    return [span, f"{span}-H1", f"{span}-H2", *(f"{span}-Q{n}" for n in range(1, 5))]


def kind_bit(kind: str, level: int) -> int:
    """The bit of ``counted`` saying a row counts for ``kind`` (targeted, reached) in its span of ``level``."""
    return 1 << (4 * KINDS.index(kind) + level)


#: kind_bit of each kind (by its place in KINDS) and level, for the ranking's inner loop.
_KIND_BITS = tuple(tuple(kind_bit(kind, level) for level in range(4)) for kind in KINDS)


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


#: Where the figures start in a row of choose_counted()'s input (after initiative, group, reach type, row id and
#: period come the figures of COUNT_COLUMNS), and where each kind's total is.
_FIGURES_FROM = RULE_INPUT.index(COUNT_COLUMNS[0])
_TOTALS_AT = tuple(RULE_INPUT.index(f"{kind}_total") for kind in KINDS)


def choose_counted(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The counting rule. ``rows`` are beneficiary rows as (initiative id, group, reach type, row id, period, then
    the figures of COUNT_COLUMNS); the result is one row of ``counted_beneficiary`` (in its column order) per row
    that counts for some span: for each initiative, span, group and reach type, and each kind (targeted, reached),
    the row with the highest total of that kind, and of equal totals the latest period (one initiative, group and
    reach type has one row per period, so nothing else can tie). A row without a total of a kind never counts for
    it."""
    groups: dict[tuple[Any, Any, Any], list[Sequence[Any]]] = {}
    for row in rows:
        key = (row[0], row[1], row[2])
        held = groups.get(key)
        if held is None:
            groups[key] = [row]
        else:
            held.append(row)
    out: list[tuple[Any, ...]] = []
    alone: dict[tuple[str, bool, bool], int] = {}  # (period, targeted?, reached?) -> its bits
    targeted_at, reached_at = _TOTALS_AT
    for group in groups.values():
        if len(group) > 1:
            out += _ranked(group)
            continue
        row = group[0]  # alone in its group: it counts for every span it lies inside, for each kind it has a total
        targeted, reached = row[targeted_at] is not None, row[reached_at] is not None
        if not (targeted or reached):
            continue
        bits = alone.get((row[4], targeted, reached))
        if bits is None:
            kinds = [kind for kind, has in zip(KINDS, (targeted, reached)) if has]
            bits = alone[(row[4], targeted, reached)] = sum(
                kind_bit(kind, level) for kind in kinds for level in range(len(spans_of(row[4]))))
        out.append((row[0], row[4], row[1], row[2], row[3], bits, *row[_FIGURES_FROM:]))
    return out


def _ranked(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """:func:`choose_counted` of any rows, ranked span by span."""
    best: dict[tuple[Any, ...], list[Any]] = {}  # key -> [targeted (rank, row), reached (rank, row), level]
    kinds = tuple(enumerate(_TOTALS_AT))
    for row in rows:
        period = row[4]
        spans = spans_of(period)
        for k, total_at in kinds:
            total = row[total_at]
            if total is None:
                continue
            rank = (total, period)
            for level, span in enumerate(spans):
                key = (row[0], span, row[1], row[2])
                held = best.get(key)
                if held is None:
                    best[key] = held = [None, None, level]
                chosen = held[k]
                if chosen is None or rank > chosen[0]:
                    held[k] = (rank, row)
    bits: dict[Any, list[Any]] = {}  # row id -> [counted, row]
    for held in best.values():
        level = held[2]
        for k in (0, 1):
            chosen = held[k]
            if chosen is None:
                continue
            row = chosen[1]
            flags = bits.get(row[3])
            if flags is None:
                bits[row[3]] = flags = [0, row]
            flags[0] |= _KIND_BITS[k][level]
    return [(row[0], row[4], row[1], row[2], row[3], counted, *row[_FIGURES_FROM:]) for counted, row in bits.values()]


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
