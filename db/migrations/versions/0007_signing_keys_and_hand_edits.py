"""signing keys headquarters knows; how each imported package was trusted; who edited a record by hand

New table signing_key (one row per holder and key, never deleted). New nullable columns package_ledger.trust and
record_source.edited_by: existing rows stay NULL (imported before packages were signed; not known to be edited), so
on SQLite both are a plain ADD COLUMN — no copy of record_source, which holds a row per imported record.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import db.types

revision: str = "0007"
down_revision: Union[str, Sequence[str], None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("holder", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("trusted_at", db.types.UTCDateTime(length=32), nullable=False),
        sa.Column("trusted_by", sa.String(length=100), nullable=False),
        sa.Column("how", sa.String(length=200), nullable=False),
        sa.Column("retired_at", db.types.UTCDateTime(length=32), nullable=True),
        sa.Column("revoked_at", db.types.UTCDateTime(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('trusted', 'retired', 'revoked')", name=op.f("ck_signing_key_status")),
        sa.PrimaryKeyConstraint("holder", "fingerprint", name=op.f("pk_signing_key")),
    )
    with op.batch_alter_table("package_ledger", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trust", sa.Text(), nullable=True))
    with op.batch_alter_table("record_source", schema=None) as batch_op:
        batch_op.add_column(sa.Column("edited_by", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("record_source", schema=None) as batch_op:
        batch_op.drop_column("edited_by")
    with op.batch_alter_table("package_ledger", schema=None) as batch_op:
        batch_op.drop_column("trust")
    op.drop_table("signing_key")
