"""The window's editing commands: new, edit and delete for entries, chapters and check-ins.

Each one asks through a dialog, then pushes an operation; the undo stack and the change
routing (ui/follow.py) do the rest, so nothing here redraws anything itself.
"""

from __future__ import annotations

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.model import Chapter, CheckIn
from careersquiggle.services.operations import AddItem, DeleteItem, EditItem
from careersquiggle.ui.chapter_dialog import ChapterDialog
from careersquiggle.ui.checkin_dialog import CheckInDialog
from careersquiggle.ui.entry_dialog import EntryDialog
from careersquiggle.ui.manage_dialog import ManageDialog
from careersquiggle.ui.window_base import WindowBase

Window = Context("Window")


class EditingCommands(WindowBase):
    """A part of MainWindow."""

    def _tags(self) -> list[str]:
        return [t for t, _n in self.ctrl.journal.tags()]

    def new_entry(self) -> None:
        dlg = EntryDialog(self, known_tags=self._tags())
        if dlg.exec() and dlg.result_entry:
            op = AddItem(dlg.result_entry)
            if self.ctrl.push(op) is None:
                self.view.select_id(op.item.id, reveal=True)  # the view follows the new entry

    def edit_entry(self, entry_id: int | None = None) -> None:
        entry_id = entry_id or self.selected_id()
        if entry_id is None:
            return
        try:
            old = self.ctrl.journal.get_entry(entry_id)
        except JournalError as exc:
            self.show_error(str(exc))
            return
        dlg = EntryDialog(self, entry=old, known_tags=self._tags())
        changed = dlg.exec() and dlg.result_entry and dlg.result_entry != old
        # Deleted meanwhile (from the terminal, say)? The push says so in the status bar.
        if changed and self.ctrl.push(EditItem(old, dlg.result_entry)) is None:
            self.view.select_id(entry_id, reveal=True)  # e.g. its date moved out of view

    def delete_entry(self) -> None:
        entry_id = self.selected_id()
        entry = self._entry(entry_id)
        # No "are you sure?": delete is one Ctrl+Z away.
        if entry is not None and self.ctrl.push(DeleteItem(entry)) is None:
            self.statusBar().showMessage(Window.tr("Entry deleted — Ctrl+Z brings it back."), 5000)

    # -- chapters and check-ins ---------------------------------------------
    def new_chapter(self) -> None:
        dlg = ChapterDialog(self)
        if dlg.exec() and dlg.result_chapter:
            self.ctrl.push(AddItem(dlg.result_chapter))

    def edit_chapter(self, chapter: Chapter) -> None:
        dlg = ChapterDialog(self, chapter)
        if dlg.exec() and dlg.result_chapter and dlg.result_chapter != chapter:
            self.ctrl.push(EditItem(chapter, dlg.result_chapter))

    def manage_chapters(self) -> None:
        ManageDialog(
            Window.tr("Chapters"),
            lambda: [(fill("%1   (%2 – %3)", c.title, c.start, c.end or Window.tr("ongoing")), c)
                     for c in self.chapters],
            self.new_chapter, self.edit_chapter,
            lambda c: self.ctrl.push(DeleteItem(c)), self,
        ).exec()

    def new_checkin(self) -> None:
        previous = self.checkins[-1] if self.checkins else None
        dlg = CheckInDialog(self, previous=previous)
        if dlg.exec() and dlg.result_checkin:
            self.ctrl.push(AddItem(dlg.result_checkin))

    def edit_checkin(self, checkin: CheckIn) -> None:
        dlg = CheckInDialog(self, checkin)
        if dlg.exec() and dlg.result_checkin and dlg.result_checkin != checkin:
            self.ctrl.push(EditItem(checkin, dlg.result_checkin))

    def manage_checkins(self) -> None:
        ManageDialog(
            Window.tr("Check-ins"),
            lambda: [(fill(Window.tr("%1   autonomy %2 · mastery %3 · purpose %4   %5"), c.date,
                           c.autonomy, c.mastery, c.purpose, c.note), c)
                     for c in reversed(self.checkins)],
            self.new_checkin, self.edit_checkin,
            lambda c: self.ctrl.push(DeleteItem(c)), self,
        ).exec()
