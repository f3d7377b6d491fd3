"""Undo for an import: take out exactly what it added; redo puts the same rows back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from careersquiggle.services.changes import Changes
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport


class ImportCommand(QUndoCommand):
    """Pushed after an import has been done (the import dialog does it, after its preview).

    The first ``redo`` (run by ``QUndoStack.push``) only announces the changes.
    ``undo`` deletes the added ids in one transaction and keeps what it deleted;
    ``redo`` then re-imports those same items, ids and timestamps included, so
    later commands that name those ids still find them.
    """

    def __init__(self, journal: Journal, changes: Changes, source: str = "",
                 on_change: Callable[[Changes], None] | None = None,
                 parent: QUndoCommand | None = None):
        n = len(changes.entries) + len(changes.checkins) + len(changes.chapters)
        where = f" from {Path(source).name}" if source else ""
        super().__init__(f"Import {n} item{'s' if n != 1 else ''}{where}")
        self.journal = journal
        self.changes = changes
        self._on_change = on_change or (lambda _c: None)
        self._removed = None  # (entries, checkins, chapters) taken out by undo
        self._already_imported = True  # the dialog imported before pushing us

    def redo(self) -> None:
        if self._already_imported:
            self._already_imported = False
        else:
            entries, checkins, chapters = self._removed
            self.changes = self.journal.import_batch(ImportReport(), entries, checkins, chapters)
        self._on_change(self.changes)

    def undo(self) -> None:
        self._removed = self.journal.delete_many(self.changes)
        self._on_change(self.changes)
