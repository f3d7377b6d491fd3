"""SQLAlchemy 2 typed models: the journal's tables.

Dates are kept as written (``date``) next to their place on the time axis
(``pos``, seconds since 1970 at the middle of the period) so range queries
and ordering use an index.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, false
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
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_checkins_pos", "pos"),)


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
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # Where an imported row came from (revision 0003): the format, the item's identity
    # there, and the values the last import wrote, as JSON. All None for one made here.
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    source_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_data: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_chapters_start_pos", "start_pos"),
                      Index("ix_chapters_source", "source", "source_id"))


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
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


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
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class ReflectionRow(Base):
    """Which prompt a reflection note answers; goes with the note when it is deleted."""

    __tablename__ = "reflections"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    prompt_id: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_reflections_prompt_id", "prompt_id"),)
