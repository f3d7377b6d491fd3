"""Answers to reflection prompts (``journal.reflections``): notes tagged `reflection`,
linked to their prompt.

The note carries the prompt as its title and the answer as its notes, so it
reads well anywhere (timeline, CSV, Markdown); the link row keeps the prompt
id so the prompts tab can show each prompt's latest answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from careersquiggle.core import prompts
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import translate
from careersquiggle.core.model import Entry, Kind
from careersquiggle.core.review import Period
from careersquiggle.db import sql
from careersquiggle.services.changes import Changes

if TYPE_CHECKING:
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
        raise ValidationError(translate("Reflections", "the answer is empty; write a few words "
                                        "first"))
    # The question as the writer read it, in their language: the note is theirs from now on.
    return Entry.create(kind=Kind.NOTE, title=prompt.shown, date=date, notes=answer.strip(),
                        tags=[prompts.REFLECTION_TAG])


class Reflections:
    """The reflections part of one journal."""

    def __init__(self, journal: Journal):
        self._j = journal

    def answer_prompt(self, prompt_id: str, answer: str, entry_id: int | None = None,
                      date: FuzzyDate | None = None) -> Changes:
        """Save an answer as a reflection note dated today (or ``date``), in one transaction.

        ``entry_id`` lets redo after undo bring back the same note.
        """
        entry = reflection_entry(prompt_id, answer,
                                 date or FuzzyDate.from_date(self._j.clock().date()))
        now = self._j.now_text()
        with self._j._write() as c:
            new = sql.insert_entry(c, entry, self._j._free_id(c, "entries", entry_id), now, now)
            c.execute("INSERT INTO reflections (entry_id, prompt_id) VALUES (?, ?)",
                      (new, prompt_id))
        return Changes(entries=frozenset({new}))

    def link(self, links: dict[int, str]) -> None:
        """Tie existing notes to prompts (used by the JSON import); unknown prompts are kept."""
        with self._j._write() as c:
            for entry_id, prompt_id in links.items():
                c.execute("INSERT OR IGNORE INTO reflections (entry_id, prompt_id) "
                          "SELECT id, ? FROM entries WHERE id = ?", (prompt_id, entry_id))

    def links(self) -> dict[int, str]:
        """entry id -> prompt id, for every reflection note."""
        with self._j._read() as c:
            return dict(c.execute("SELECT entry_id, prompt_id FROM reflections").fetchall())

    def answers(self) -> dict[str, list[Answer]]:
        """prompt id -> its answers, newest first."""
        out: dict[str, list[Answer]] = {}
        with self._j._read() as c:
            rows = c.execute(
                "SELECT r.prompt_id, e.id, e.date, e.notes, e.created_at FROM reflections r "
                "JOIN entries e ON e.id = r.entry_id "
                "ORDER BY e.pos DESC, e.created_at DESC, e.id DESC").fetchall()
        for pid, eid, date, notes, created in rows:
            out.setdefault(pid, []).append(Answer(pid, eid, FuzzyDate.parse(date), notes, created))
        return out

    def latest_answers(self) -> dict[str, Answer]:
        return {pid: found[0] for pid, found in self.answers().items()}

    def answered_in(self, period: Period) -> list[Answer]:
        """Answers dated within a period, oldest first (for the Markdown review)."""
        found = [a for group in self.answers().values() for a in group
                 if period.contains(a.date)]
        return sorted(found, key=lambda a: (a.date.position(), a.entry_id))
