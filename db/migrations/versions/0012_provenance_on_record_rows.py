"""where each record came from, on its own row: record_source's columns move to the record tables

Every record table gets ``source`` (the data digest of the package its current version came from, indexed: undo
finds a package's records by it) and ``edited_by`` (who changed that version by hand in a spreadsheet). They are
filled from ``record_source``, which goes. A ``record_source`` row of a record deleted since had nothing left to
describe and is not kept. Keyed by record, that table was written in random order on every import: at headquarters,
more than any record table.

Downgrade makes ``record_source`` again from the columns (0002's table, with 0007's edited_by) and drops them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0012"
down_revision: Union[str, Sequence[str], None] = "0011"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: Entity name → its table (the same names), as db.models has them today: written out so that this keeps its meaning.
RECORD_TABLES = ("office", "partner", "initiative", "initiative_partner", "beneficiary_count", "funding_line",
                 "knowledge_product")


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("source", sa.String(length=64), nullable=True))
        op.add_column(table, sa.Column("edited_by", sa.Text(), nullable=True))
        # UPDATE … FROM: SQLite 3.33 and later, PostgreSQL (entity names are this module's constants).
        op.execute(f"UPDATE {table} SET source = record_source.digest, edited_by = record_source.edited_by "
                   f"FROM record_source "
                   f"WHERE record_source.entity = '{table}' AND record_source.record_id = {table}.id")
        op.create_index(op.f(f"ix_{table}_source"), table, ["source"], unique=False)
    op.drop_index(op.f("ix_record_source_digest"), table_name="record_source")
    op.drop_table("record_source")


def downgrade() -> None:
    op.create_table(
        "record_source",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("edited_by", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_record_source")),
    )
    op.create_index(op.f("ix_record_source_digest"), "record_source", ["digest"], unique=False)
    for table in RECORD_TABLES:
        op.execute(f"INSERT INTO record_source (entity, record_id, digest, edited_by) "
                   f"SELECT '{table}', id, source, edited_by FROM {table} WHERE source IS NOT NULL")
        op.drop_index(op.f(f"ix_{table}_source"), table_name=table)
        # ALTER TABLE … DROP COLUMN: SQLite 3.35 and later, PostgreSQL (no table copy, no cascade on SQLite).
        op.execute(f"ALTER TABLE {table} DROP COLUMN edited_by")
        op.execute(f"ALTER TABLE {table} DROP COLUMN source")
