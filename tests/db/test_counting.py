"""The counted-beneficiaries table always equals the counting rule computed from scratch."""

from __future__ import annotations

from sqlalchemy import case, func, literal, select, union_all

from hypothesis import given, settings
from hypothesis import strategies as st

from db.counting import _ranked, choose_counted, kind_bit, level_of, periods_inside, refresh_counted, spans_of
from db.models import BeneficiaryCount, CountedBeneficiary, Initiative


def _table(store) -> set[tuple]:
    with store.engine.connect() as conn:
        return set(conn.execute(select(CountedBeneficiary.__table__)).all())


def _from_scratch(store) -> set[tuple]:
    with store.engine.connect() as conn:
        transaction = conn.begin()
        refresh_counted(conn, None)
        rows = set(conn.execute(select(CountedBeneficiary.__table__)).all())
        transaction.rollback()
    return rows


def test_spans_of_a_period() -> None:
    assert spans_of("2023") == ["all", "2023"]
    assert spans_of("2023-H2") == ["all", "2023", "2023-H2"]
    assert spans_of("2023-Q3") == ["all", "2023", "2023-H2", "2023-Q3"]
    assert spans_of("2024-Q2") == ["all", "2024", "2024-H1", "2024-Q2"]


def test_the_table_follows_every_kind_of_save(demo_store) -> None:
    assert _table(demo_store) and _table(demo_store) == _from_scratch(demo_store)
    with demo_store.session() as session:
        rows = session.scalars(select(BeneficiaryCount).order_by(BeneficiaryCount.id)).all()
        rows[0].reached_total, rows[0].reached_female = 999_999, None  # now the largest of its periods
        rows[1].targeted_total = None
        session.delete(rows[2])
    assert _table(demo_store) == _from_scratch(demo_store)
    assert 999_999 in {row.reached_total for row in _table(demo_store)}  # the edited row now counts for its spans
    with demo_store.session() as session:
        initiative = session.scalars(select(Initiative).where(Initiative.code == "KEN-002")).one()
        initiative.beneficiary_counts.pop()  # an orphan, deleted at flush
    assert _table(demo_store) == _from_scratch(demo_store)
    with demo_store.session() as session:
        session.delete(session.scalars(select(Initiative).where(Initiative.code == "KEN-001")).one())
    assert _table(demo_store) == _from_scratch(demo_store)


def _ranked_by_the_database(conn) -> set[tuple]:
    """The rule as SQL — a window function over every row, once per span its period lies inside — an independent
    cross-check of the Python ranking that fills the table (it was the implementation until the importer needed
    the Python one's speed)."""
    b = BeneficiaryCount.__table__.c
    table = BeneficiaryCount.__table__
    year = func.substr(b.period, 1, 4)
    period_kind = func.substr(b.period, 6, 1)
    half_of_quarter = year + literal("-H") + case((func.substr(b.period, 7, 1).in_(("1", "2")), "1"), else_="2")
    out: set[tuple] = set()
    for kind in ("targeted", "reached"):
        total = b[f"{kind}_total"]
        columns = [b.initiative_id, b.group_code, b.reach_type, b.id.label("row_id"), b.period, total.label("total")]
        where = total.is_not(None)
        spans = union_all(
            select(literal("all").label("span"), *columns).where(where),
            select(year.label("span"), *columns).select_from(table).where(where),
            select(b.period.label("span"), *columns).where(where, period_kind.in_(("H", "Q"))),
            select(half_of_quarter.label("span"), *columns).where(where, period_kind == "Q"),
        ).subquery("spans")
        rank = func.row_number().over(
            partition_by=(spans.c.span, spans.c.initiative_id, spans.c.group_code, spans.c.reach_type),
            order_by=(spans.c.total.desc(), spans.c.period.desc()),
        )
        ranked = select(spans.c.span, spans.c.initiative_id, spans.c.group_code, spans.c.reach_type,
                        spans.c.row_id, rank.label("rank")).subquery("ranked")
        out |= {(kind, *row) for row in conn.execute(
            select(ranked.c.span, ranked.c.initiative_id, ranked.c.group_code, ranked.c.reach_type,
                   ranked.c.row_id).where(ranked.c.rank == 1))}
    return out


def _chosen(table: set[tuple]) -> set[tuple]:
    """(kind, span, initiative, group, reach type, row) for every span and kind each row of the table counts for."""
    out = set()
    for r in table:
        for level, span in enumerate(spans_of(r.period)):
            for kind in ("targeted", "reached"):
                if r.counted & kind_bit(kind, level):
                    out.add((kind, span, r.initiative_id, r.group_code, r.reach_type, r.row_id))
    return out


def test_the_table_agrees_with_the_rule_ranked_by_the_database(demo_store) -> None:
    with demo_store.engine.connect() as conn:
        expected = _ranked_by_the_database(conn)
    assert expected
    assert _chosen(_table(demo_store)) == expected


def test_a_span_has_one_row_per_kind_initiative_group_and_reach_type(demo_store) -> None:
    """What the sums rely on: in each span, exactly one row counts for a kind of an initiative, group and reach
    type (the bits of different levels are not mixed up)."""
    chosen = _chosen(_table(demo_store))
    keys = [c[:5] for c in chosen]
    assert len(keys) == len(set(keys))
    assert {c[1] for c in chosen} >= {"all", "2023", "2023-H1"}


def test_the_figures_are_the_counted_rows_figures(demo_store) -> None:
    """Each row of the table is a beneficiary row that counts for some span, with that row's figures; a row with no
    total of a kind never counts for it."""
    parts = ("total", "female", "male", "other", "children", "youth", "adults", "older", "pwd")
    with demo_store.session() as session:  # one initiative × group × reach type with no targeted figures at all
        first = session.scalars(select(BeneficiaryCount).order_by(BeneficiaryCount.id)).first()
        for row in session.scalars(select(BeneficiaryCount).where(
                BeneficiaryCount.initiative_id == first.initiative_id, BeneficiaryCount.group_code == first.group_code,
                BeneficiaryCount.reach_type == first.reach_type)):
            for part in parts:
                setattr(row, f"targeted_{part}", None)
    with demo_store.read_session() as session:
        rows = {row.id: row for row in session.scalars(select(BeneficiaryCount))}
    table = _table(demo_store)
    assert table
    for counted in table:
        assert counted.counted
        row = rows[counted.row_id]
        assert (row.initiative_id, row.period, row.group_code, row.reach_type) == (
            counted.initiative_id, counted.period, counted.group_code, counted.reach_type)
        for kind in ("targeted", "reached"):
            assert tuple(getattr(counted, f"{kind}_{part}") for part in parts) == tuple(
                getattr(row, f"{kind}_{part}") for part in parts)
    untargeted = {c for c in _chosen(table) if c[2:5] == (first.initiative_id, first.group_code, first.reach_type)}
    assert untargeted and all(c[0] == "reached" for c in untargeted)


def test_the_span_of_a_period_takes_the_periods_inside_it() -> None:
    assert periods_inside("2023-Q3") == ["2023-Q3"]
    assert periods_inside("2023-H2") == ["2023-H2", "2023-Q3", "2023-Q4"]
    assert set(periods_inside("2023")) == {"2023", "2023-H1", "2023-H2", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"}
    for period in periods_inside("2023"):  # and each of them has that span at the span's level
        for level, span in enumerate(spans_of(period)):
            assert level_of(span) == level
            assert span == "all" or period in periods_inside(span)


_PERIODS = ("2023", "2023-H1", "2023-H2", "2023-Q1", "2023-Q3", "2024-Q2", "2024")


@st.composite
def _beneficiary_rows(draw: st.DrawFn) -> list[tuple]:
    """Rows as choose_counted takes them: a few initiatives and groups, each with periods of its own."""
    rows: list[tuple] = []
    n = 0
    for initiative in range(draw(st.integers(1, 3))):
        for group in ("residents", "host"):
            for period in draw(st.lists(st.sampled_from(_PERIODS), max_size=3, unique=True)):
                n += 1
                totals = [draw(st.sampled_from([None, 0, 5, 10])) for _ in range(2)]
                rows.append((f"i{initiative}", group, "direct", f"row{n:03d}", period,
                             totals[0], *[1] * 8, totals[1], *[2] * 8))
    return rows


@settings(max_examples=300, deadline=None)
@given(_beneficiary_rows())
def test_a_row_alone_in_its_group_gets_the_bits_the_ranking_gives_it(rows: list[tuple]) -> None:
    """choose_counted takes a row with no other period in its initiative, group and reach type without ranking
    it: the same rows and bits as ranking every span."""
    assert sorted(choose_counted(rows)) == sorted(_ranked(rows))
