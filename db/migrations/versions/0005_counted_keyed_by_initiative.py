"""counted beneficiaries: one row for both kinds, keyed by initiative first, no rowid — far less to write per import

The key (initiative, span, group, reach type) keeps an initiative's counted rows together and serves the refresh
and the cascade that the separate initiative index (0004) served; targeted and reached share one row, so there are
half as many rows. The table holds derived rows only, so it is made again and refilled from the beneficiary rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

PARTS = ("female", "male", "other", "children", "youth", "adults", "older", "pwd")
FIGURES = tuple(f"{kind}_{part}" for kind in ("targeted", "reached") for part in ("total", *PARTS))


def _foreign_key() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["initiative_id"], ["initiative.id"],
                                   name=op.f("fk_counted_beneficiary_initiative_id_initiative"), ondelete="CASCADE")


def upgrade() -> None:
    op.drop_table("counted_beneficiary")
    op.create_table(
        "counted_beneficiary",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("group_code", sa.String(length=16), nullable=False),
        sa.Column("reach_type", sa.String(length=8), nullable=False),
        *(column for kind in ("targeted", "reached") for column in (
            sa.Column(f"{kind}_row_id", sa.Uuid(), nullable=True),
            *(sa.Column(f"{kind}_{part}", sa.Integer(), nullable=True) for part in ("total", *PARTS)))),
        _foreign_key(),
        sa.PrimaryKeyConstraint("initiative_id", "span", "group_code", "reach_type",
                                name=op.f("pk_counted_beneficiary")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_counted_beneficiary_sums", "counted_beneficiary",
                    ["span", "reach_type", "group_code", *FIGURES])
    # Left empty here: migration 0011 remakes this table in today's layout and fills it (db.counting writes that
    # layout, so calling it here would fail).


def downgrade() -> None:
    # Back to 0004's layout: a row per kind, taken from the row that holds both.
    bind = op.get_bind()
    names = ("initiative_id", "span", "group_code", "reach_type",
             *(f"{kind}_row_id" for kind in ("targeted", "reached")), *FIGURES)
    merged = sa.table("counted_beneficiary", *(sa.column(name, sa.Uuid() if name.endswith("_id") else None)
                                                for name in names))
    held = bind.execute(sa.select(merged)).all()
    op.drop_table("counted_beneficiary")
    table = op.create_table(
        "counted_beneficiary",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("group_code", sa.String(length=16), nullable=False),
        sa.Column("reach_type", sa.String(length=8), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        *(sa.Column(part, sa.Integer(), nullable=True) for part in PARTS),
        _foreign_key(),
        sa.PrimaryKeyConstraint("kind", "span", "initiative_id", "group_code", "reach_type",
                                name=op.f("pk_counted_beneficiary")),
    )
    op.create_index("ix_counted_beneficiary_sums", "counted_beneficiary",
                    ["kind", "span", "reach_type", "group_code", "total", *PARTS])
    op.create_index("ix_counted_beneficiary_initiative_id", "counted_beneficiary", ["initiative_id"])
    rows = []
    for row in held:
        values = dict(zip(names, row))
        for kind in ("targeted", "reached"):
            if values[f"{kind}_row_id"] is not None:
                rows.append({"kind": kind, "span": values["span"], "initiative_id": values["initiative_id"],
                             "group_code": values["group_code"], "reach_type": values["reach_type"],
                             "row_id": values[f"{kind}_row_id"], "total": values[f"{kind}_total"],
                             **{part: values[f"{kind}_{part}"] for part in PARTS}})
    if rows:
        op.bulk_insert(table, rows)
