"""counted beneficiaries keyed by initiative first: one index fewer to write on every import

The key (initiative, kind, span, group, reach type) keeps an initiative's counted rows together and serves the
refresh and the cascade that the separate initiative index (0004) served. The table holds derived rows only, so it
is made again and refilled from the beneficiary rows.

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


def _create(key: tuple[str, ...], **options: bool) -> None:
    op.create_table(
        "counted_beneficiary",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("group_code", sa.String(length=16), nullable=False),
        sa.Column("reach_type", sa.String(length=8), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        *(sa.Column(part, sa.Integer(), nullable=True) for part in PARTS),
        sa.ForeignKeyConstraint(["initiative_id"], ["initiative.id"],
                                name=op.f("fk_counted_beneficiary_initiative_id_initiative"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(*key, name=op.f("pk_counted_beneficiary")),
        **options,
    )
    op.create_index("ix_counted_beneficiary_sums", "counted_beneficiary",
                    ["kind", "span", "reach_type", "group_code", "total", *PARTS])


def upgrade() -> None:
    op.drop_table("counted_beneficiary")
    _create(("initiative_id", "kind", "span", "group_code", "reach_type"), sqlite_with_rowid=False)
    from db.counting import refresh_counted

    refresh_counted(op.get_bind())


def downgrade() -> None:
    op.drop_table("counted_beneficiary")
    _create(("kind", "span", "initiative_id", "group_code", "reach_type"))
    op.create_index("ix_counted_beneficiary_initiative_id", "counted_beneficiary", ["initiative_id"])
    from db.counting import refresh_counted

    refresh_counted(op.get_bind())
