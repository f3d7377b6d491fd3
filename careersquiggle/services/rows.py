"""Conversions between database rows and core objects."""

from __future__ import annotations

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, CheckIn, Entry, Kind
from careersquiggle.db.models import ChapterRow, CheckInRow, EntryRow, TagRow


def entry_from_columns(r, tags: tuple[str, ...]) -> Entry:
    return Entry(
        kind=Kind(r.kind), title=r.title, date=FuzzyDate.parse(r.date), feel=r.feel,
        notes=r.notes, tags=tags, private=bool(r.private), shift_from=r.shift_from,
        shift_to=r.shift_to, id=r.id, created_at=r.created_at, updated_at=r.updated_at,
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


def checkin_from_row(r: CheckInRow) -> CheckIn:
    return CheckIn(
        date=FuzzyDate.parse(r.date), autonomy=r.autonomy, mastery=r.mastery,
        purpose=r.purpose, note=r.note, id=r.id, created_at=r.created_at,
        updated_at=r.updated_at,
    )


def fill_checkin_row(row: CheckInRow, c: CheckIn) -> CheckInRow:
    row.date = str(c.date)
    row.pos = c.date.position()
    row.autonomy, row.mastery, row.purpose = c.autonomy, c.mastery, c.purpose
    row.note = c.note
    return row


def chapter_from_row(r: ChapterRow) -> Chapter:
    return Chapter(
        title=r.title, start=FuzzyDate.parse(r.start),
        end=FuzzyDate.parse(r.end) if r.end else None, organisation=r.organisation,
        role=r.role, notes=r.notes, id=r.id, created_at=r.created_at, updated_at=r.updated_at,
    )


def fill_chapter_row(row: ChapterRow, c: Chapter) -> ChapterRow:
    row.title = c.title
    row.organisation, row.role, row.notes = c.organisation, c.role, c.notes
    row.start = str(c.start)
    row.start_pos = c.start.start_position()
    row.end = str(c.end) if c.end else None
    row.end_pos = c.end.end_position() if c.end else None
    return row
