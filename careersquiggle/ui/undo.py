"""Any operation on the undo stack: the one QUndoCommand, with one failure policy.

An operation that cannot be done (its entry was deleted elsewhere, say) leaves
the journal as it was, because every step is one transaction, and leaves the
stack as it was: the command makes itself obsolete, so QUndoStack drops it
instead of keeping a step that Undo and Redo would then act on nothing with.
The controller says why in the status bar (``failed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from careersquiggle.core.errors import JournalError, NotFound
from careersquiggle.services.changes import Changes
from careersquiggle.services.operations import Operation

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal
    from careersquiggle.ui.controller import JournalController


class OperationCommand(QUndoCommand):
    def __init__(self, ctrl: JournalController, op: Operation, done: Changes | None = None):
        """``done``: the operation was applied already (an import, after its preview);
        the first redo, run by QUndoStack.push, then only announces these changes."""
        super().__init__(op.text)
        self.ctrl, self.op, self._done = ctrl, op, done

    def redo(self) -> None:
        if self._done is not None:
            changes, self._done = self._done, None
            self.ctrl.announce(changes)
            return
        self._run(self.op.apply, "")

    def undo(self) -> None:
        self._run(self.op.revert, "undo ")

    def _run(self, step: Callable[[Journal], Changes], verb: str) -> None:
        try:
            changes = step(self.ctrl.journal)
        except JournalError as exc:
            self.setObsolete(True)  # QUndoStack deletes it instead of keeping it
            what = self.op.text[:1].lower() + self.op.text[1:]
            why = ("it is no longer in the journal (deleted elsewhere?); nothing was changed"
                   if isinstance(exc, NotFound) else str(exc))
            self.ctrl.report_failure(f"Could not {verb}{what}: {why}")
            return
        self.ctrl.announce(changes)
