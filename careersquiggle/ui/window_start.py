"""The window's start: what opening a journal leaves until the squiggle is on screen.

A big journal's shape is drawn first; its tag counts, the check of every check-in, the
list's text and the file's integrity check follow the first paint (or, should the
squiggle never paint, a folded pane, a moment after the window shows).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer

from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.errors import DamagedJournal, JournalError, ValidationError
from careersquiggle.ui.window_base import WindowBase


class AfterPaint(WindowBase):
    """A part of MainWindow."""

    _preloaded: Any  # (MainWindow's signal: the background check's future)

    def _init_after_paint(self) -> None:
        self._tags_counted = True
        self._said: set[str] = set()  # problems with check-ins told already
        self._after_pending = False
        self._after_timer = QTimer(self)
        self._after_timer.setSingleShot(True)
        self._after_timer.setInterval(1000)
        self._after_timer.timeout.connect(self._after_paint)

    def take_checkins(self, checkins: CheckIns, check_now: bool) -> None:
        """The check-ins the side panel and the drive lens show. Each is made (and so
        checked) now, or, at start, once the squiggle is on screen: thousands take a while,
        and the panel is drawn from their numbers alone."""
        if check_now:
            checkins = self._readable(checkins)
        try:
            self.panel.set_data(checkins, self.chapters)
        except ValidationError:  # a bad one among those shown at once (the latest two)
            checkins = self._readable(checkins)
            self.panel.set_data(checkins, self.chapters)
        self.checkins = checkins

    def _readable(self, checkins: CheckIns) -> CheckIns:
        """The check-ins that can be shown; a foreign program's bad one said once."""
        good, problem = checkins.readable()
        if problem is not None and problem not in self._said:
            self._said.add(problem)
            self.show_error(problem)
        return good

    def _after_next_paint(self) -> None:
        """What can wait until the squiggle is on screen: see _after_paint. (Should the
        squiggle not paint at all, a folded pane, it runs a moment after showing.)"""
        self._after_pending = True
        self.view.graphics.viewport().installEventFilter(self)
        self._after_timer.start()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and obj is self.view.graphics.viewport():
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._after_paint)  # once this paint is done
        return super().eventFilter(obj, event)

    def _after_paint(self) -> None:
        if not self._after_pending or not self.isVisible():
            return  # (done already; or hidden again: the next show asks once more)
        self._after_pending = False
        self._after_timer.stop()
        self.view.graphics.viewport().removeEventFilter(self)
        # The quick reads first: the list's text then holds the journal for a while.
        if not self._tags_counted:
            self._tags_counted = True
            try:
                self.filters.set_choices(self.ctrl.journal.tags(), self.chapters)
            except DamagedJournal as exc:
                self.refuse(str(exc))
                return  # (the journal is closed now, or another took its place)
            except JournalError as exc:
                self.show_error(str(exc))
        good = self._readable(self.checkins)
        if good is not self.checkins:  # a bad one left out
            self.checkins = good
            self.panel.set_data(good, self.chapters)
        self._load_text()
        self._preload()

    def _load_text(self) -> None:
        query, self._text_wanted = self._text_wanted, None
        if query is not None and query == self.query:  # (not replaced by a newer one)
            self.loader.request(self.ctrl.journal, query, shape_first=False)

    def _preload(self) -> None:
        journal = self.ctrl.journal
        if not journal.verified:  # a big file: its integrity check runs now, off the window
            future = self._preload_future = self.loader.run_later(journal.verify)
            future.add_done_callback(lambda f: self._preloaded.emit(f))

    def _check_preload(self, future) -> None:
        """A big file's check, run after the first paint: a damaged one is explained and its
        newest good backup offered, exactly as at open; nothing was written to it."""
        if future.exception() is not None:
            self.refuse(str(future.exception()))

