"""Conversions between database rows and core objects."""

from __future__ import annotations

from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.db.models import ChapterRow, CheckInRow, EntryRow, TagRow
from careersquiggle.services.from_rows import (  # noqa: F401  (one place to import both)
    chapter_from_row,
    checkin_from_row,
    entry_from_columns,
)


def fill_entry_row(row: EntryRow, e: Entry) -> EntryRow:
    row.kind = e.kind.value
    row.title = e.title
    row.date = str(e.date)
    row.pos = e.date.position()
    row.feel = e.feel
    row.notes = e.notes
    row.private = e.private
    row.shift_from = e.shift_from
    row.shift_to = e.shift_to
    have = {t.tag for t in row.tags}
    if have != set(e.tags):
        row.tags = [TagRow(tag=t) for t in e.tags]
    return row


def fill_checkin_row(row: CheckInRow, c: CheckIn) -> CheckInRow:
    row.date = str(c.date)
    row.pos = c.date.position()
    row.autonomy, row.mastery, row.purpose = c.autonomy, c.mastery, c.purpose
    row.note = c.note
    return row


def fill_chapter_row(row: ChapterRow, c: Chapter) -> ChapterRow:
    row.title = c.title
    row.organisation, row.role, row.notes = c.organisation, c.role, c.notes
    row.start = str(c.start)
    row.start_pos = c.start.start_position()
    row.end = str(c.end) if c.end else None
    row.end_pos = c.end.end_position() if c.end else None
    return row
