"""Undo for an import: take out exactly what it added and put back what it updated;
redo brings the same rows back and re-applies the updates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services import import_store
from careersquiggle.services.changes import Changes
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport


class ImportCommand(QUndoCommand):
    """Pushed after an import has been done (the import dialog does it, after its preview).

    The first ``redo`` (run by ``QUndoStack.push``) only announces the changes.
    ``undo`` deletes the added ids in one transaction and keeps what it deleted, and
    puts rows the import updated back as they were (``before``: from the report);
    ``redo`` then re-imports those same items, ids and timestamps included, so later
    commands that name those ids still find them, and re-applies the updates.
    """

    def __init__(self, journal: Journal, changes: Changes, source: str = "",
                 on_change: Callable[[Changes], None] | None = None,
                 parent: QUndoCommand | None = None, *, before: list | None = None):
        self.before = list(before or [])
        n = len(changes.entries) + len(changes.checkins) + len(changes.chapters)
        u = len(self.before)
        where = f" from {Path(source).name}" if source else ""
        what = f"{n} item{'s' if n != 1 else ''}" if n or not u else ""
        if u:
            what += f"{', ' if what else ''}{u} update{'s' if u != 1 else ''}"
        super().__init__(f"Import {what}{where}")
        self.journal = journal
        self.changes = changes
        self._updated = Changes(
            entries=frozenset(i.id for w, i, _ in self.before if w == "entries"),
            chapters=frozenset(i.id for w, i, _ in self.before if w == "chapters"))
        self._on_change = on_change or (lambda _c: None)
        # (entries, checkins, chapters) taken out by undo
        self._removed: tuple[list[Entry], list[CheckIn], list[Chapter]] | None = None
        self._after: list = []  # the updated rows as the import left them
        self._already_imported = True  # the dialog imported before pushing us

    def redo(self) -> None:
        if self._already_imported:
            self._already_imported = False
        elif self._removed is not None:
            entries, checkins, chapters = self._removed
            self.changes = self.journal.import_batch(ImportReport(), entries, checkins, chapters)
            import_store.restore(self.journal, self._after)
        self._on_change(self.changes | self._updated)

    def undo(self) -> None:
        self._after = import_store.current(self.journal, self.before)
        self._removed = self.journal.delete_many(self.changes)
        import_store.restore(self.journal, self.before)
        self._on_change(self.changes | self._updated)
