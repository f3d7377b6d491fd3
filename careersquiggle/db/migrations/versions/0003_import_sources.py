"""Where an imported entry or chapter came from: its source, its id there, and the
values the last import wrote (so a later import can tell the user's own edits apart).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("entries", "chapters")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("source", sa.String(16), nullable=True))
            batch.add_column(sa.Column("source_id", sa.Text(), nullable=True))
            batch.add_column(sa.Column("source_data", sa.Text(), nullable=True))
        op.create_index(f"ix_{table}_source", table, ["source", "source_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_source", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("source_data")
            batch.drop_column("source_id")
            batch.drop_column("source")
