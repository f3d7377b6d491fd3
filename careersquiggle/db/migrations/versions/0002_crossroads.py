"""The crossroads: options, intent, plan actions, and reflection prompt links.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "options",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("autonomy", sa.Integer(), nullable=False),
        sa.Column("mastery", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Integer(), nullable=False),
        sa.Column("money", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "intent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "plan_actions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("start", sa.String(10), nullable=True),
        sa.Column("due", sa.String(10), nullable=True),
        sa.Column("done", sa.String(10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.Integer(),
                  sa.ForeignKey("entries.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "reflections",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entries.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("prompt_id", sa.String(64), nullable=False),
    )
    op.create_index("ix_reflections_prompt_id", "reflections", ["prompt_id"])


def downgrade() -> None:
    op.drop_index("ix_reflections_prompt_id", table_name="reflections")
    op.drop_table("reflections")
    op.drop_table("plan_actions")
    op.drop_table("intent")
    op.drop_table("options")
