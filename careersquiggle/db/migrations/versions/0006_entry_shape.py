"""The entries' shape kept in blocks, so a big journal draws at once (db/shape.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Filled by migrate.upgrade once every revision has run (db/shape.rebuild_all).
    op.create_table(
        "entry_shape",
        sa.Column("block", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary(), nullable=False))


def downgrade() -> None:
    op.drop_table("entry_shape")
