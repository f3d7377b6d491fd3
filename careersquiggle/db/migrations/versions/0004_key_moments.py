"""Key moments: an entry the user marks always gets a full marker and a label.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite allows it with a constant default): a batch copy of the
    # table would drop it and, through the foreign key's cascade, every entry's tags.
    # The default makes the entries already in the journal ordinary ones.
    op.add_column("entries", sa.Column("key_moment", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    op.execute("ALTER TABLE entries DROP COLUMN key_moment")  # SQLite 3.35+, in place
