"""Core objects from database rows (anything with the columns as attributes).

Kept apart from the writers in rows.py so reading needs no ORM.
"""

from __future__ import annotations

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, CheckIn, Entry, Kind


def entry_from_columns(r, tags: tuple[str, ...]) -> Entry:
    return Entry(
        kind=Kind(r.kind), title=r.title, date=FuzzyDate.parse(r.date), feel=r.feel,
        notes=r.notes, tags=tags, private=bool(r.private), shift_from=r.shift_from,
        shift_to=r.shift_to, id=r.id, created_at=r.created_at, updated_at=r.updated_at,
    )


def checkin_from_row(r) -> CheckIn:
    return CheckIn(
        date=FuzzyDate.parse(r.date), autonomy=r.autonomy, mastery=r.mastery,
        purpose=r.purpose, note=r.note, id=r.id, created_at=r.created_at,
        updated_at=r.updated_at,
    )


def chapter_from_row(r) -> Chapter:
    return Chapter(
        title=r.title, start=FuzzyDate.parse(r.start),
        end=FuzzyDate.parse(r.end) if r.end else None, organisation=r.organisation,
        role=r.role, notes=r.notes, id=r.id, created_at=r.created_at, updated_at=r.updated_at,
    )
