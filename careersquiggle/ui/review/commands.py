"""Undoable actions of the review window (QUndoCommands that call the services).

A command that fails (the journal refused it) marks itself obsolete, so the
stack drops it, and keeps the message for the window to show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from careersquiggle.core.crossroads import Intent, Option, PlanAction
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.services import crossroads, reflections
from careersquiggle.services.changes import EVERYTHING, Changes
from careersquiggle.services.journal import Journal


class Notifier(QObject):
    """Told by every command what changed, also when undone from another window.

    It has no parent on purpose: commands outlive a closed review window, and
    Qt drops connections to a window that is gone.
    """

    changed = Signal(object)  # Changes


class JournalCommand(QUndoCommand):
    def __init__(self, text: str, journal: Journal, notifier: Notifier):
        super().__init__(text)
        self.journal, self.notifier = journal, notifier
        self.error: str | None = None

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            changes = self.apply()
        except JournalError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            return
        self.notifier.changed.emit(changes)

    def undo(self) -> None:
        try:
            changes = self.revert()
        except JournalError:
            # Already gone (deleted from the main window, say): nothing left to take back.
            changes = EVERYTHING
        self.notifier.changed.emit(changes)


class AnswerPrompt(JournalCommand):
    def __init__(self, journal, notifier, prompt_id: str, answer: str):
        super().__init__("Answer a reflection prompt", journal, notifier)
        self.prompt_id, self.answer = prompt_id, answer
        self.entry_id: int | None = None
        self.date = FuzzyDate.from_date(journal.clock().date())

    def apply(self) -> Changes:
        changes = reflections.answer_prompt(self.journal, self.prompt_id, self.answer,
                                            entry_id=self.entry_id, date=self.date)
        self.entry_id = changes.id
        return changes

    def revert(self) -> Changes:
        self.journal.delete_entry(self.entry_id)
        return Changes(entries=frozenset({self.entry_id}))


class AddOption(JournalCommand):
    def __init__(self, journal, notifier, option: Option):
        super().__init__(f"Add option “{option.title}”", journal, notifier)
        self.option = option

    def apply(self) -> Changes:
        added = crossroads.add_option(self.journal, self.option)
        self.option = crossroads.get_option(self.journal, added.id)  # same id and time on redo
        return added.changes

    def revert(self) -> Changes:
        crossroads.delete_option(self.journal, self.option.id)
        return crossroads.OPTIONS


class EditOption(JournalCommand):
    def __init__(self, journal, notifier, old: Option, new: Option):
        super().__init__(f"Edit option “{new.title}”", journal, notifier)
        self.old, self.new = old, new

    def apply(self) -> Changes:
        return crossroads.update_option(self.journal, self.new)

    def revert(self) -> Changes:
        return crossroads.update_option(self.journal, self.old, touch=False)


class RemoveOption(JournalCommand):
    def __init__(self, journal, notifier, option: Option):
        super().__init__(f"Remove option “{option.title}”", journal, notifier)
        self.option = option

    def apply(self) -> Changes:
        self.option = crossroads.delete_option(self.journal, self.option.id)
        return crossroads.OPTIONS

    def revert(self) -> Changes:
        return crossroads.add_option(self.journal, self.option).changes


class SetIntent(JournalCommand):
    def __init__(self, journal, notifier, old: Intent, new: Intent):
        super().__init__("Change where I want to go", journal, notifier)
        self.old, self.new = old, new

    def apply(self) -> Changes:
        return crossroads.set_intent(self.journal, self.new)

    def revert(self) -> Changes:
        return crossroads.set_intent(self.journal, self.old, touch=False)


class AddAction(JournalCommand):
    def __init__(self, journal, notifier, action: PlanAction):
        super().__init__(f"Add plan action “{action.title}”", journal, notifier)
        self.action = action

    def apply(self) -> Changes:
        added = crossroads.add_action(self.journal, self.action)
        self.action = crossroads.get_action(self.journal, added.id)
        return added.changes

    def revert(self) -> Changes:
        crossroads.delete_action(self.journal, self.action.id)
        return crossroads.PLAN


class EditAction(JournalCommand):
    def __init__(self, journal, notifier, old: PlanAction, new: PlanAction):
        super().__init__(f"Edit plan action “{new.title}”", journal, notifier)
        self.old, self.new = old, new

    def apply(self) -> Changes:
        changes = crossroads.update_action(self.journal, self.new)
        self.new = crossroads.get_action(self.journal, self.new.id)  # with its done date
        return changes

    def revert(self) -> Changes:
        return crossroads.update_action(self.journal, self.old, touch=False)


class RemoveAction(JournalCommand):
    def __init__(self, journal, notifier, action: PlanAction):
        super().__init__(f"Remove plan action “{action.title}”", journal, notifier)
        self.action = action

    def apply(self) -> Changes:
        self.action = crossroads.delete_action(self.journal, self.action.id)
        return crossroads.PLAN

    def revert(self) -> Changes:
        return crossroads.add_action(self.journal, self.action).changes


class PutOnSquiggle(JournalCommand):
    def __init__(self, journal, notifier, action: PlanAction):
        super().__init__(f"Put “{action.title}” on the squiggle", journal, notifier)
        self.action_id = action.id
        self.entry_id: int | None = None

    def apply(self) -> Changes:
        changes = crossroads.put_on_squiggle(self.journal, self.action_id, entry_id=self.entry_id)
        self.entry_id = next(iter(changes.entries))
        return changes

    def revert(self) -> Changes:
        return crossroads.take_off_squiggle(self.journal, self.action_id)
