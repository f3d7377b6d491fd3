"""Answers to reflection prompts: notes tagged `reflection`, linked to their prompt.

The note carries the prompt as its title and the answer as its notes, so it
reads well anywhere (timeline, CSV, Markdown); the link row keeps the prompt
id so the prompts tab can show each prompt's latest answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from careersquiggle.core import prompts
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Entry, Kind
from careersquiggle.core.review import Period
from careersquiggle.db.models import EntryRow, ReflectionRow
from careersquiggle.services import rows
from careersquiggle.services.changes import Changes
from careersquiggle.services.journal import Journal


@dataclass(frozen=True)
class Answer:
    prompt_id: str
    entry_id: int
    date: FuzzyDate
    text: str
    created_at: str


def reflection_entry(prompt_id: str, answer: str, date: FuzzyDate) -> Entry:
    prompt = prompts.get(prompt_id)
    if not isinstance(answer, str) or not answer.strip():
        raise ValidationError("the answer is empty; write a few words first")
    return Entry.create(kind=Kind.NOTE, title=prompt.text, date=date, notes=answer.strip(),
                        tags=[prompts.REFLECTION_TAG])


def answer_prompt(journal: Journal, prompt_id: str, answer: str,
                  entry_id: int | None = None, date: FuzzyDate | None = None) -> Changes:
    """Save an answer as a reflection note dated today (or ``date``), in one transaction.

    ``entry_id`` lets redo after undo bring back the same note.
    """
    entry = reflection_entry(prompt_id, answer, date or FuzzyDate.from_date(journal.clock().date()))
    now = journal.now_text()
    with journal.write_session() as s:
        keep = entry_id if entry_id is not None and s.get(EntryRow, entry_id) is None else None
        row = EntryRow(id=keep, created_at=now, updated_at=now)
        row.tags = []
        rows.fill_entry_row(row, entry)
        s.add(row)
        s.flush()
        s.add(ReflectionRow(entry_id=row.id, prompt_id=prompt_id))
        return Changes(entries=frozenset({row.id}))


def link(journal: Journal, links: dict[int, str]) -> None:
    """Tie existing notes to prompts (used by the JSON import); unknown prompts are kept too."""
    with journal.write_session() as s:
        for entry_id, prompt_id in links.items():
            if s.get(ReflectionRow, entry_id) is None and s.get(EntryRow, entry_id) is not None:
                s.add(ReflectionRow(entry_id=entry_id, prompt_id=prompt_id))


def links(journal: Journal) -> dict[int, str]:
    """entry id -> prompt id, for every reflection note."""
    with journal.read_session() as s:
        return dict(s.execute(select(ReflectionRow.entry_id, ReflectionRow.prompt_id)).all())


def answers(journal: Journal) -> dict[str, list[Answer]]:
    """prompt id -> its answers, newest first."""
    stmt = (select(ReflectionRow.prompt_id, EntryRow.id, EntryRow.date, EntryRow.notes,
                   EntryRow.created_at)
            .join(EntryRow, EntryRow.id == ReflectionRow.entry_id)
            .order_by(EntryRow.pos.desc(), EntryRow.created_at.desc(), EntryRow.id.desc()))
    out: dict[str, list[Answer]] = {}
    with journal.read_session() as s:
        for pid, eid, date, notes, created in s.execute(stmt):
            out.setdefault(pid, []).append(Answer(pid, eid, FuzzyDate.parse(date), notes, created))
    return out


def latest_answers(journal: Journal) -> dict[str, Answer]:
    return {pid: found[0] for pid, found in answers(journal).items()}


def answered_in(journal: Journal, period: Period) -> list[Answer]:
    """Answers dated within a period, oldest first (for the Markdown review)."""
    found = [a for group in answers(journal).values() for a in group if period.contains(a.date)]
    return sorted(found, key=lambda a: (a.date.position(), a.entry_id))
