"""counted beneficiaries: one row per beneficiary row that counts, with the spans it counts for as bits

Before, the table held one row per initiative, span, group and reach type (three or four per beneficiary row): at
headquarters that was the largest part of writing an import, more than any record table. Now each beneficiary row
that counts for some span is copied once, keyed as that row is (initiative, period, group, reach type), with
``counted``: for each kind (targeted, reached) whether it counts in the span ``all`` and in its year, half-year and
quarter (``db.counting.kind_bit``). The covering index for the sums over all initiatives is in the order they are
grouped by. The table holds derived rows only, so it is made again and refilled from the beneficiary rows.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0011"
down_revision: Union[str, Sequence[str], None] = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

KINDS = ("targeted", "reached")
PARTS = ("female", "male", "other", "children", "youth", "adults", "older", "pwd")
FIGURES = tuple(f"{kind}_{part}" for kind in KINDS for part in ("total", *PARTS))


def _foreign_key() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["initiative_id"], ["initiative.id"],
                                   name=op.f("fk_counted_beneficiary_initiative_id_initiative"), ondelete="CASCADE")


def upgrade() -> None:
    op.drop_table("counted_beneficiary")
    op.create_table(
        "counted_beneficiary",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("group_code", sa.String(length=16), nullable=False),
        sa.Column("reach_type", sa.String(length=8), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in FIGURES),
        _foreign_key(),
        sa.PrimaryKeyConstraint("initiative_id", "period", "group_code", "reach_type",
                                name=op.f("pk_counted_beneficiary")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_counted_beneficiary_sums", "counted_beneficiary",
                    ["period", "reach_type", "group_code", "counted", *FIGURES])
    from db.counting import refresh_counted

    refresh_counted(op.get_bind())


def _spans_of(period: str) -> list[str]:
    """The spans a period lies inside, one per level (all, year, half-year, quarter) — as db.counting has it today,
    written out here so that this migration keeps its meaning."""
    year = period[:4]
    spans = ["all", year]
    if len(period) == 7 and period[5] == "H":
        spans.append(period)
    elif len(period) == 7 and period[5] == "Q":
        spans += [f"{year}-H{1 if period[6] in '12' else 2}", period]
    return spans


def downgrade() -> None:
    # Back to 0005's layout: a row per initiative, span, group and reach type, holding the row that counts for each
    # kind there — one for each bit of each row here.
    bind = op.get_bind()
    names = ("initiative_id", "period", "group_code", "reach_type", "row_id", "counted", *FIGURES)
    table = sa.table("counted_beneficiary", *(sa.column(name, sa.Uuid() if name.endswith("_id") else None)
                                               for name in names))
    held = bind.execute(sa.select(table)).all()
    op.drop_table("counted_beneficiary")
    old = op.create_table(
        "counted_beneficiary",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("group_code", sa.String(length=16), nullable=False),
        sa.Column("reach_type", sa.String(length=8), nullable=False),
        *(column for kind in KINDS for column in (
            sa.Column(f"{kind}_row_id", sa.Uuid(), nullable=True),
            *(sa.Column(f"{kind}_{part}", sa.Integer(), nullable=True) for part in ("total", *PARTS)))),
        _foreign_key(),
        sa.PrimaryKeyConstraint("initiative_id", "span", "group_code", "reach_type",
                                name=op.f("pk_counted_beneficiary")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_counted_beneficiary_sums", "counted_beneficiary",
                    ["span", "reach_type", "group_code", *FIGURES])
    rows: dict[tuple, dict] = {}
    for row in held:
        values = dict(zip(names, row))
        for level, span in enumerate(_spans_of(values["period"])):
            for k, kind in enumerate(KINDS):
                if not values["counted"] & (1 << (4 * k + level)):
                    continue
                key = (values["initiative_id"], span, values["group_code"], values["reach_type"])
                out = rows.setdefault(key, {"initiative_id": key[0], "span": span, "group_code": key[2],
                                            "reach_type": key[3],
                                            **{f"{k_}_row_id": None for k_ in KINDS},
                                            **dict.fromkeys(FIGURES)})
                out[f"{kind}_row_id"] = values["row_id"]
                out.update({f"{kind}_{part}": values[f"{kind}_{part}"] for part in ("total", *PARTS)})
    if rows:
        op.bulk_insert(old, list(rows.values()))
