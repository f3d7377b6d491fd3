"""The first schema: entries with tags, check-ins, chapters.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("pos", sa.Float(), nullable=False),
        sa.Column("feel", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("shift_from", sa.Text(), nullable=False),
        sa.Column("shift_to", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_entries_pos", "entries", ["pos"])
    op.create_index("ix_entries_kind_pos", "entries", ["kind", "pos"])
    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entries.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("tag", sa.String(64), primary_key=True),
    )
    op.create_index("ix_entry_tags_tag", "entry_tags", ["tag"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("pos", sa.Float(), nullable=False),
        sa.Column("autonomy", sa.Integer(), nullable=False),
        sa.Column("mastery", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_checkins_pos", "checkins", ["pos"])
    op.create_table(
        "chapters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("start", sa.String(10), nullable=False),
        sa.Column("start_pos", sa.Float(), nullable=False),
        sa.Column("end", sa.String(10), nullable=True),
        sa.Column("end_pos", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_chapters_start_pos", "chapters", ["start_pos"])


def downgrade() -> None:
    op.drop_table("chapters")
    op.drop_table("checkins")
    op.drop_table("entry_tags")
    op.drop_table("entries")
