"""The window syncs on its own: at start, every few minutes, and when the folder changes.

A round (services/sync/engine.py) is one short transaction; what it brought in is
announced like any other change, so the views follow it at once. The status bar
says how sync stands (last synced, files still arriving, conflicts, the folder
missing) and never opens a box: a missing folder or a problem is a status, not
an error loop.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from careersquiggle.core.errors import JournalError
from careersquiggle.services.sync import engine
from careersquiggle.services.sync import folder as layout
from careersquiggle.services.sync.setup import Sync

if TYPE_CHECKING:
    from careersquiggle.ui.main_window import MainWindow

EVERY_MS = 3 * 60_000  # a round every three minutes while the window is open
SETTLE_MS = 1_500  # after the folder changes: let the sync tool finish its files


class SyncRunner(QObject):
    """Rounds for the window's journal; ``done`` carries each round's result."""

    done = Signal(object)  # engine.Round

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.problem: str | None = None
        self.last: engine.Round | None = None
        self.guarded = False  # the guard has looked (and warned, if it had to)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SETTLE_MS)
        self.soon.timeout.connect(self.run)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.timer.start()
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        from careersquiggle.ui import sync_dialogs

        sync_dialogs.guard(self.w)  # the live file in a synced folder: say so first
        self.guarded = True
        self.run()  # a round on start

    def part(self) -> Sync:
        return Sync(self.w.ctrl.journal)

    def run(self) -> engine.Round | None:
        """One round now, unless sync is not set up or the window is busy loading."""
        w = self.w
        if w.loader.busy or w.refusing:
            self.soon.start()  # the loader holds the journal: try again shortly
            return None
        try:
            if not self.part().is_set_up:
                self.label.setVisible(False)
                return None
            done = engine.run(w.ctrl.journal)
        except JournalError as exc:
            self.problem = str(exc)
            self._show()
            return None
        self.problem, self.last = None, done
        self._watch()
        w.ctrl.announce(done.changes)
        self._show()
        self.done.emit(done)
        return done

    def _folder_changed(self, _path: str) -> None:
        self._watch()  # a new device's subfolder is watched too
        self.soon.start()

    def _watch(self) -> None:
        try:
            folder = Path(self.part().settings().get("folder", ""))
        except JournalError:
            return
        if not folder.name:
            return
        wanted = [folder, folder / layout.DEVICES]
        devices = folder / layout.DEVICES
        if devices.is_dir():
            wanted += [p for p in devices.iterdir() if p.is_dir()]
        have = set(self.watcher.directories())
        missing = [str(p) for p in wanted if p.is_dir() and str(p) not in have]
        if missing:
            self.watcher.addPaths(missing)

    def _show(self) -> None:
        self.label.setVisible(True)
        if self.problem:
            self.label.setText(self.tr("Sync: %1").replace("%1", self.problem[:80]))
            self.label.setToolTip(self.problem)
            return
        try:
            status = self.part().status()
        except JournalError:
            self.label.setVisible(False)
            return
        if not status.present:
            text = self.tr("Sync folder not found: changes wait here")
        else:
            text = self.tr("Synced %1").replace("%1", _when(status.last_synced))
            if status.waiting:
                text += " · " + self.tr("waiting for %n files", "", status.waiting)
        if status.conflicts:
            text += " · " + self.tr("%n conflicts", "", status.conflicts)
        if status.rejected:
            text += " · " + self.tr("%n files refused", "", status.rejected)
        self.label.setText(text)
        self.label.setToolTip(status.folder)

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()


def _when(stamp: str | None) -> str:
    """A time stamp of the journal's as the local time of day (or date, if not today)."""
    if not stamp:
        return "—"
    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return stamp
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
