"""drop three indexes that a wider index or unique constraint already starts with (less to write per imported row);
funding lines by initiative covering the KPI sums

Dropped: beneficiary_count.initiative_id (uq_beneficiary_count_cell starts with it), initiative_partner.initiative_id
(uq_initiative_partner_role) and funding_line.transaction_type (ix_funding_line_sums). The index on
funding_line.initiative_id now also holds what the KPI sums read, so the funds of selected initiatives (a flagship, a
country) are summed from the index alone.

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


FUNDS_BY_INITIATIVE = ["initiative_id", "transaction_type", "source_type", "modality", "transaction_date", "amount_usd"]


def upgrade() -> None:
    for name, table, _column in DROPPED:
        op.drop_index(name, table_name=table)
    op.drop_index("ix_funding_line_initiative_id", table_name="funding_line")
    op.create_index("ix_funding_line_initiative_id", "funding_line", FUNDS_BY_INITIATIVE)


def downgrade() -> None:
    for name, table, column in DROPPED:
        op.create_index(name, table, [column])
    op.drop_index("ix_funding_line_initiative_id", table_name="funding_line")
    op.create_index("ix_funding_line_initiative_id", "funding_line", ["initiative_id"])
