"""drop three indexes that a wider index or unique constraint already starts with: less to write per imported row

beneficiary_count.initiative_id (uq_beneficiary_count_cell starts with it), initiative_partner.initiative_id
(uq_initiative_partner_role) and funding_line.transaction_type (ix_funding_line_sums).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

"""
from typing import Sequence, Union

from alembic import op

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

DROPPED = (("ix_beneficiary_count_initiative_id", "beneficiary_count", "initiative_id"),
           ("ix_initiative_partner_initiative_id", "initiative_partner", "initiative_id"),
           ("ix_funding_line_type", "funding_line", "transaction_type"))


def upgrade() -> None:
    for name, table, _column in DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, column in DROPPED:
        op.create_index(name, table, [column])
