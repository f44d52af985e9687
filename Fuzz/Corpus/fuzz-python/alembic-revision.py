"""Add the orders table.

Revision ID: 3f2a
Revises: 1a0b
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "3f2a"
down_revision: Union[str, None] = ("1a0b", "2c9d")
branch_labels = depends_on = None


def upgrade() -> None:
    op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True))
    with op.get_context().autocommit_block():
        op.create_index("ix_orders_id", "orders", ["id"], postgresql_concurrently=True)
    op.execute("""
        UPDATE orders SET state = 'new'
    """)


def downgrade() -> None:
    """Nothing to undo."""
    pass
