"""SQLAlchemy 2 typed models: the journal's tables.

Dates are kept as written (``date``) next to their place on the time axis
(``pos``, seconds since 1970 at the middle of the period) so range queries
and ordering use an index.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(10))
    pos: Mapped[float] = mapped_column(Float)
    feel: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    key_moment: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    shift_from: Mapped[str] = mapped_column(Text, default="")
    shift_to: Mapped[str] = mapped_column(Text, default="")
    # The same on every laptop (revision 0005): what sync names the row by.
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # Where an imported row came from (revision 0003): the format, the item's identity
    # there, and the values the last import wrote, as JSON. All None for one made here.
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    source_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_data: Mapped[str | None] = mapped_column(Text, nullable=True)

    tags: Mapped[list[TagRow]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_entries_pos", "pos"),
        Index("ix_entries_kind_pos", "kind", "pos"),
        Index("ix_entries_source", "source", "source_id"),
        Index("ix_entries_uid", "uid", unique=True),
    )


class TagRow(Base):
    __tablename__ = "entry_tags"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)
    entry: Mapped[EntryRow] = relationship(back_populates="tags")

    __table_args__ = (Index("ix_entry_tags_tag", "tag"),)


class CheckInRow(Base):
    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[str] = mapped_column(String(10))
    pos: Mapped[float] = mapped_column(Float)
    autonomy: Mapped[int] = mapped_column(Integer)
    mastery: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # The same on every laptop (revision 0005): what sync names the row by.
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_checkins_pos", "pos"),
                      Index("ix_checkins_uid", "uid", unique=True))


class ChapterRow(Base):
    __tablename__ = "chapters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[str] = mapped_column(String(10))
    start_pos: Mapped[float] = mapped_column(Float)
    end: Mapped[str | None] = mapped_column(String(10), nullable=True)
    end_pos: Mapped[float | None] = mapped_column(Float, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The same on every laptop (revision 0005): what sync names the row by.
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # Where an imported row came from (revision 0003): the format, the item's identity
    # there, and the values the last import wrote, as JSON. All None for one made here.
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    source_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_data: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_chapters_start_pos", "start_pos"),
                      Index("ix_chapters_source", "source", "source_id"),
                      Index("ix_chapters_uid", "uid", unique=True))


# -- the crossroads (revision 0002) --------------------------------------------
class OptionRow(Base):
    __tablename__ = "options"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    autonomy: Mapped[int] = mapped_column(Integer)
    mastery: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[int] = mapped_column(Integer)
    money: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The same on every laptop (revision 0005): what sync names the row by.
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_options_uid", "uid", unique=True),)


class IntentRow(Base):
    """One row (id 1): where I want to go."""

    __tablename__ = "intent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(32))


class PlanActionRow(Base):
    __tablename__ = "plan_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    start: Mapped[str | None] = mapped_column(String(10), nullable=True)
    due: Mapped[str | None] = mapped_column(String(10), nullable=True)
    done: Mapped[str | None] = mapped_column(String(10), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The event this action became on the squiggle; deleting the event unlinks it.
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), nullable=True
    )
    # The same on every laptop (revision 0005): what sync names the row by.
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_plan_actions_uid", "uid", unique=True),)


class ReflectionRow(Base):
    """Which prompt a reflection note answers; goes with the note when it is deleted."""

    __tablename__ = "reflections"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    prompt_id: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_reflections_prompt_id", "prompt_id"),)


# -- sync between laptops (revision 0005, docs/sync.md) ------------------------------
class SyncMetaRow(Base):
    """journal_id, device_id, device_name, and the synced folder's settings."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncStateRow(Base):
    """One synced object: each field with the clock stamp of the write that set it."""

    __tablename__ = "sync_state"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    digest: Mapped[str | None] = mapped_column(String(32), nullable=True)
    fields: Mapped[str] = mapped_column(Text)


class SyncFileRow(Base):
    """A file of the synced folder already read, by name and size."""

    __tablename__ = "sync_files"

    path: Mapped[str] = mapped_column(Text, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))


class SyncConflictRow(Base):
    """A value that lost to another laptop's edit or delete; the user may flip it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    uid: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    stamp: Mapped[str] = mapped_column(String(64))
    winner_stamp: Mapped[str] = mapped_column(String(64))
    found_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_sync_conflicts_stamp", "kind", "uid", "field", "stamp",
                            unique=True),)


class EntryShapeRow(Base):
    """The entries' drawn shape, a block of 4,096 ids a row (db/shape.py)."""

    __tablename__ = "entry_shape"

    block: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
