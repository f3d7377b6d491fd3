"""The window follows every change: its own operations, routed to what they touch, and
other processes' writes (the terminal, a restore, later a sync), found by a cheap poll.

Routing (Anki's OpChanges): entries -> squiggle, list, tags; check-ins -> side panel
(and the drive lens); chapters -> bands, filter bar, side panel; options, intent and
plan -> the review window only. Another process's write is seen through
``PRAGMA data_version``, which moves only when another connection commits; it
refreshes everything, since what changed is not known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from careersquiggle.core.errors import DamagedJournal, JournalError
from careersquiggle.services.changes import EVERYTHING, Changes

if TYPE_CHECKING:
    from careersquiggle.ui.main_window import MainWindow

WATCH_MS = 400  # well within the second a change elsewhere may take to show


class ChangeFollower(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.look_outside)
        self.timer.start()

    def route(self, changes: Changes) -> None:
        w = self.w
        if "*" in changes.other:
            w.reload()
            return
        try:
            self._refresh(changes)
        except DamagedJournal as exc:
            w.refuse(str(exc))
        except JournalError as exc:
            w.show_error(str(exc))

    def _refresh(self, changes: Changes) -> None:
        w, j = self.w, self.w.ctrl.journal
        if not (changes.entries or changes.checkins or changes.chapters):
            return  # options, intent, plan: the review window's, nothing shown here
        w.counts = j.counts()
        if changes.chapters:
            w.chapters = j.chapters()
        if changes.checkins:
            w.take_checkins(j.checkins(), check_now=True)  # (the panel with them)
        elif changes.chapters:
            w.panel.set_data(w.checkins, w.chapters)
        shown = w.query
        if changes.entries or changes.chapters:
            w.filters.set_choices(j.tags(), w.chapters)
            w.query = w.filters.build_query()  # a vanished tag or chapter drops out
        if changes.entries or w.query != shown or (
                changes.chapters and w.query.chapter_id is not None):
            w.load_entries()
        else:  # the same entries, drawn again with new bands or check-ins
            w.apply_columns(w.cols)

    def _version(self) -> int | None:
        try:
            return self.w.ctrl.journal.data_version()
        except JournalError:
            return None  # closed, or being replaced: look again at the next tick

    def look_outside(self) -> None:
        if self.w.loader.busy or self.w.refusing:
            return  # the loader holds the journal: look again at the next tick
        if self.w.sync_runner.busy:
            return  # its commit comes with its own changes (after_round)
        version = self._version()
        if version is not None and version != self._seen:
            self._seen = version
            self.w.ctrl.announce(EVERYTHING)

    def after_round(self, before: int, after: int) -> None:
        """A sync round committed through a connection of its own (ui/sync_runner.py), which
        moves this connection's data_version as another process's write would: what the
        round changed comes routed instead. ``before`` and ``after``: this connection's
        data_version as the round began and right after it committed; a write by another
        process since the last look (before != seen) still refreshes everything."""
        outside = before != self._seen
        self._seen = after
        if outside:
            self.w.ctrl.announce(EVERYTHING)

    def restart(self) -> None:
        """Another journal is shown: its writes so far are not news."""
        self._seen = self._version()

    def stop(self) -> None:
        self.timer.stop()
