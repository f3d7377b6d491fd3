"""The window's handle on the journal: every change goes through here and is announced."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from careersquiggle.services.changes import EVERYTHING, Changes
from careersquiggle.services.journal import Journal
from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.services.operations import Operation
from careersquiggle.ui.undo import OperationCommand


class JournalController(QObject):
    """Holds the :class:`OpenJournal` and the one undo stack of its windows.

    ``changed`` carries the :class:`Changes` of every operation done, undone or
    redone (from any window) and of changes made by other processes; ``failed``
    says why an operation could not be done.
    """

    changed = Signal(object)  # Changes
    failed = Signal(str)

    def __init__(self, opened: OpenJournal, parent: QObject | None = None):
        super().__init__(parent)
        self.opened = opened
        self.undo_stack = QUndoStack(self)
        self._failure: str | None = None

    @property
    def journal(self) -> Journal:
        return self.opened.journal

    def replace_journal(self, opened: OpenJournal) -> None:
        self.undo_stack.clear()  # its steps name the old journal's rows
        self.opened = opened
        self.changed.emit(EVERYTHING)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def push(self, op: Operation, done: Changes | None = None) -> str | None:
        """Do ``op`` as an undoable step; the reason when it could not be done, else None."""
        self._failure = None
        self.undo_stack.push(OperationCommand(self, op, done))
        return self._failure

    def report_failure(self, message: str) -> None:
        self._failure = message
        self.failed.emit(message)
