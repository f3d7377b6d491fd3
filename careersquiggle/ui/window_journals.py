"""The window's journal switching: the sample, another folder, and what happens to the old one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context
from careersquiggle.ui import sample_close, view_memory, window_actions
from careersquiggle.ui.opening import Cancelled
from careersquiggle.ui.window_base import WindowBase

if TYPE_CHECKING:
    from careersquiggle.services.open_journal import OpenJournal

Window = Context("Window")


class JournalSwitching(WindowBase):
    """A part of MainWindow."""

    def switch_to(self, opened: OpenJournal, name: str, close_old: bool = True) -> bool:
        old = self.ctrl.opened
        if close_old and not sample_close.settle(self, old, into=opened):
            opened.close()  # staying in the sample
            return False
        view_memory.save(self)
        self.loader.cancel()
        self.sync_runner.let_go()  # a round on the old journal finishes first
        self.filters.clear(emit=False)  # filters name the old journal's tags and chapters
        self.display_name = name
        self.view.select_id(None, emit=False)
        if self.review is not None:
            self.review.set_journal(opened.journal)
        self.ctrl.replace_journal(opened)  # its undo steps go with the old journal
        self.follow.restart()
        if close_old:
            old.close(backup_now=True)
        self.view.fit_all()
        view_memory.restore(self)
        window_actions.sync(self)
        return True

    def open_sample(self) -> None:
        if self.open_sample_fn is None:
            return
        try:
            self.switch_to(self.open_sample_fn(), Window.tr("Sample journal"))
        except JournalError as exc:
            self.show_error(str(exc))

    def open_folder(self, folder: Path) -> None:
        if self.open_folder_fn is None:
            return
        try:
            opened = self.open_folder_fn(Path(folder), self)
        except Cancelled:
            return
        except JournalError as exc:
            self.show_error(str(exc))
            return
        self.settings.add_recent(str(folder))
        self.switch_to(opened, Path(folder).name)
        window_actions.fill_recent(self)
