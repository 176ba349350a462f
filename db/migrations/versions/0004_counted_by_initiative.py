"""counted beneficiaries by initiative: refreshing or cascading one initiative's rows reads an index, not the table

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

"""
from typing import Sequence, Union

from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ix_counted_beneficiary_initiative_id", "counted_beneficiary", ["initiative_id"])


def downgrade() -> None:
    op.drop_index("ix_counted_beneficiary_initiative_id", table_name="counted_beneficiary")
