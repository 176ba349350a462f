"""what undoing an import needs on any store: the import's recorded reversal

New tables import_reversal (one row per imported package: its run, how many record sources and which history rows it
wrote) and import_reversal_row (each record a package replaced, revived, deleted or unlinked, as it was before).
Records a package created get no row: record_source names them. Packages imported before this revision have no
reversal; undoing them is refused with a line that says so.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0008"
down_revision: Union[str, Sequence[str], None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "import_reversal",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("run", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("log_mark", sa.Integer(), nullable=False),
        sa.Column("log_ids", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_import_reversal")),
    )
    with op.batch_alter_table("import_reversal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_reversal_run"), ["run"], unique=False)
    op.create_table(
        "import_reversal_row",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("tombstone", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("digest", "step", name=op.f("pk_import_reversal_row")),
    )


def downgrade() -> None:
    op.drop_table("import_reversal_row")
    op.drop_table("import_reversal")
