"""package ledger and record sources

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import db.types

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "package_ledger",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("imported_at", db.types.UTCDateTime(length=32), nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.String(length=500), nullable=True),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_package_ledger")),
    )
    with op.batch_alter_table("package_ledger", schema=None) as batch_op:
        batch_op.create_index("ix_package_ledger_office_seq", ["office_code", "period", "sequence"], unique=False)
    op.create_table(
        "record_source",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_record_source")),
    )
    with op.batch_alter_table("record_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_source_digest"), ["digest"], unique=False)


def downgrade() -> None:
    op.drop_table("record_source")
    op.drop_table("package_ledger")
