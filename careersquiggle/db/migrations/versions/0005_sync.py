"""Sync between laptops: stable ids for everything that syncs, the journal's and this
device's identity, and the local bookkeeping of sync (docs/sync.md).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
import platform
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The tables whose rows sync; each row gets a UUID that is the same on every laptop.
UID_TABLES = ("entries", "checkins", "chapters", "options", "plan_actions")


def upgrade() -> None:
    conn = op.get_bind()
    for table in UID_TABLES:
        # A plain ADD COLUMN (no batch copy: that would drop entries' tags by cascade).
        op.add_column(table, sa.Column("uid", sa.String(32), nullable=True))
        ids = [r[0] for r in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            conn.execute(sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                         [{"uid": uuid.uuid4().hex, "id": i} for i in ids])
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False))
    meta = sa.table("sync_meta", sa.column("key"), sa.column("value"))
    op.bulk_insert(meta, [
        {"key": "journal_id", "value": uuid.uuid4().hex},
        {"key": "device_id", "value": uuid.uuid4().hex},
        {"key": "device_name", "value": platform.node() or "this computer"}])
    # Per synced object: its fields with the clock stamp of the write that set each one
    # (JSON), and a digest of the row as last seen, so a round finds local edits by diff.
    op.create_table(
        "sync_state",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("uid", sa.String(32), primary_key=True),
        sa.Column("digest", sa.String(32), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False))
    # Files of the synced folder already read (by name and size) and what they held.
    op.create_table(
        "sync_files",
        sa.Column("path", sa.Text(), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False))
    # Values that lost to another laptop's edit (or to a delete): the user can flip them.
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.Column("winner_stamp", sa.String(64), nullable=False),
        sa.Column("found_at", sa.String(32), nullable=False))
    op.create_index("ix_sync_conflicts_stamp", "sync_conflicts",
                    ["kind", "uid", "field", "stamp"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_sync_conflicts_stamp", table_name="sync_conflicts")
    for name in ("sync_conflicts", "sync_files", "sync_state", "sync_meta"):
        op.drop_table(name)
    for table in UID_TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN uid")
