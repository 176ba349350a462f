"""The beneficiary counting rule, kept ready in the table ``counted_beneficiary`` so KPIs are one SUM away.

The rule (docs/counting-rule.md): for each initiative × group × direct/indirect, of the rows whose period lies
inside a span, only the row with the highest total counts (ties: the latest period) — periods of one initiative count
the same population again. Finding that row needs a GROUP BY or a window over every beneficiary row, which costs
seconds on a headquarters store of a million records; so the chosen rows are stored per span (``all``, each year,
each half-year, each quarter that has rows) and kind (targeted, reached), and refreshed for the initiatives a write
touched: by the ORM at flush (any save from the app) and by the importer after its bulk writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, case, delete, event, func, insert, inspect, literal, select, union_all
from sqlalchemy.orm import Session

from db.models import COUNT_PARTS, BeneficiaryCount, CountedBeneficiary

KINDS = ("targeted", "reached")
CHUNK = 500


def spans_of(period: str) -> list[str]:
    """The spans a period lies inside: ``2023-Q3`` → all, 2023, 2023-H2, 2023-Q3."""
    year = period[:4]
    spans = ["all", year]
    if len(period) == 7 and period[5] == "H":
        spans.append(period)
    elif len(period) == 7 and period[5] == "Q":
        spans += [f"{year}-H{1 if period[6] in '12' else 2}", period]
    return spans


def refresh_counted(conn: Connection, initiative_ids: Iterable[uuid.UUID] | None = None) -> None:
    """Recompute the counted rows of these initiatives (of every initiative when ``None``), in the caller's
    transaction, with one INSERT … SELECT per kind: the database ranks the rows, not Python."""
    counted = CountedBeneficiary.__table__
    if initiative_ids is None:
        conn.execute(delete(counted))
        _insert_counted(conn, None)
        return
    ids = list(dict.fromkeys(i for i in initiative_ids if i is not None))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(delete(counted).where(counted.c.initiative_id.in_(chunk)))
        _insert_counted(conn, chunk)


def _insert_counted(conn: Connection, initiative_ids: list[uuid.UUID] | None) -> None:
    b = BeneficiaryCount.__table__.c
    table = BeneficiaryCount.__table__
    parts = ("total", *COUNT_PARTS)
    year = func.substr(b.period, 1, 4)
    period_kind = func.substr(b.period, 6, 1)
    half_of_quarter = year + literal("-H") + case((func.substr(b.period, 7, 1).in_(("1", "2")), "1"), else_="2")
    for kind in KINDS:
        total = b[f"{kind}_total"]
        columns = [b.initiative_id, b.group_code, b.reach_type, b.id.label("row_id"), b.period,
                   *(b[f"{kind}_{part}"].label(part) for part in parts)]
        where = [total.is_not(None)]
        if initiative_ids is not None:
            where.append(b.initiative_id.in_(initiative_ids))
        # Every row once per span its period lies inside (the SQL of spans_of()).
        spans = union_all(
            select(literal("all").label("span"), *columns).select_from(table).where(*where),
            select(year.label("span"), *columns).select_from(table).where(*where),
            select(b.period.label("span"), *columns).where(*where, period_kind.in_(("H", "Q"))),
            select(half_of_quarter.label("span"), *columns).where(*where, period_kind == "Q"),
        ).subquery("spans")
        rank = func.row_number().over(
            partition_by=(spans.c.span, spans.c.initiative_id, spans.c.group_code, spans.c.reach_type),
            order_by=(spans.c.total.desc(), spans.c.period.desc()),
        )
        names = ["span", "initiative_id", "group_code", "reach_type", "row_id", *parts]
        ranked = select(*(spans.c[name] for name in names), rank.label("rank")).subquery("ranked")
        chosen = select(literal(kind), *(ranked.c[name] for name in names)).where(ranked.c.rank == 1)
        conn.execute(insert(CountedBeneficiary.__table__).from_select(["kind", *names], chosen))


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
