"""Undoable user actions (QUndoStack commands that call the services)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.ui.controller import JournalController

_NAMES = {Entry: "entry", CheckIn: "check-in", Chapter: "chapter"}


def _describe(obj) -> str:
    return getattr(obj, "title", None) or f"{_NAMES[type(obj)]} of {obj.date}"


class AddCommand(QUndoCommand):
    def __init__(self, ctrl: JournalController, obj):
        super().__init__(f"Add {_NAMES[type(obj)]} “{_describe(obj)}”")
        # Not `self.id`: that would hide QUndoCommand.id(), which QUndoStack calls.
        self.ctrl, self.obj, self.new_id = ctrl, obj, None

    def redo(self) -> None:
        # The first time a new id is given; after an undo the same id comes back.
        self.new_id = self.ctrl.add(self.obj)
        self.obj = replace(self.obj, id=self.new_id)  # may differ: see Journal.add_entry

    def undo(self) -> None:
        self.obj = self.ctrl.delete(type(self.obj), self.new_id)


class EditCommand(QUndoCommand):
    def __init__(self, ctrl: JournalController, old, new):
        super().__init__(f"Edit {_NAMES[type(new)]} “{_describe(new)}”")
        self.ctrl, self.old, self.new = ctrl, old, new

    def redo(self) -> None:
        self.ctrl.update(self.new)

    def undo(self) -> None:
        self.ctrl.update(self.old, touch=False)


class DeleteCommand(QUndoCommand):
    def __init__(self, ctrl: JournalController, obj):
        super().__init__(f"Delete {_NAMES[type(obj)]} “{_describe(obj)}”")
        self.ctrl, self.obj = ctrl, obj

    def redo(self) -> None:
        self.obj = self.ctrl.delete(type(self.obj), self.obj.id)

    def undo(self) -> None:
        # Same id and timestamps as before, unless something else took the id meanwhile
        # (e.g. a capture from the terminal): then a new one, and redo follows it.
        self.obj = replace(self.obj, id=self.ctrl.add(self.obj))
