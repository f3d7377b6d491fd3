"""The window's handle on the journal: every change goes through here and is announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services.changes import EVERYTHING, Changes

if TYPE_CHECKING:  # the window may start on a LazyJournal, without the ORM loaded
    from careersquiggle.services.journal import Journal


class JournalController(QObject):
    """Wraps a :class:`Journal`; emits ``changed`` after each mutation so views refresh."""

    changed = Signal(object)  # Changes

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal

    def replace_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.changed.emit(EVERYTHING)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    # One table of operations per kind of object keeps the undo commands generic.
    def add(self, obj) -> int:
        j = self.journal
        fn = {Entry: j.add_entry, CheckIn: j.add_checkin, Chapter: j.add_chapter}[type(obj)]
        changes = fn(obj)
        self.announce(changes)
        return changes.id

    def update(self, obj, touch: bool = True) -> None:
        j = self.journal
        fn = {Entry: j.update_entry, CheckIn: j.update_checkin,
              Chapter: j.update_chapter}[type(obj)]
        self.announce(fn(obj, touch=touch))

    def delete(self, cls, ident: int):
        j = self.journal
        fn = {Entry: j.delete_entry, CheckIn: j.delete_checkin, Chapter: j.delete_chapter}[cls]
        gone = fn(ident)
        key = {Entry: "entries", CheckIn: "checkins", Chapter: "chapters"}[cls]
        self.announce(Changes(**{key: frozenset({ident})}))
        return gone
