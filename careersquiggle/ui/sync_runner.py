"""The window syncs on its own: at start, every few minutes, and when the folder changes.

A round (services/sync/engine.py) is one transaction; at 100k entries the first
one takes seconds. It runs on a worker thread of its own, through a connection of
its own to the journal (services/syncing.alongside), so the window goes on reading
through its connection meanwhile (WAL: readers never wait for a writer) and stays
responsive. One round at a time: a round asked for while one runs comes after it.
What a round brought in is announced on the window's thread like any other change,
so the views follow it at once. Closing the window, or closing or replacing its
journal, waits for a round still running (``let_go``): a round is never cut short.

The status bar says how sync stands ("Syncing…" while a round runs; last synced,
files still arriving, conflicts, the folder missing) and never opens a box: a
missing folder or a problem is a status, not an error loop.

A journal that does not sync never loads sync (services/sync/ and `cryptography`):
one row of sync_meta says whether it does (services/syncing.is_set_up).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from careersquiggle.core.errors import JournalError
from careersquiggle.services import syncing

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal
    from careersquiggle.services.sync.engine import Round
    from careersquiggle.services.sync.setup import Sync
    from careersquiggle.ui.main_window import MainWindow

EVERY_MS = 3 * 60_000  # a round every three minutes while the window is open
SETTLE_MS = 1_500  # after the folder changes: let the sync tool finish its files
SHOW_AFTER_MS = 300  # a round quicker than this leaves the status as it was (no flicker)


class SyncRunner(QObject):
    """Rounds for the window's journal; ``done`` carries each round's result once the
    window shows it."""

    done = Signal(object)  # engine.Round
    _finished = Signal(object, object)  # the journal, the round's future: to the window's thread

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.label.setVisible(False)
        self.spinner = QProgressBar()  # busy while a round runs: a round has no percentage
        self.spinner.setRange(0, 0)
        self.spinner.setMaximumWidth(60)
        self.spinner.setAccessibleName(self.tr("Syncing"))
        self.spinner.setVisible(False)
        self.problem: str | None = None
        self.last: Round | None = None
        self.guarded = False  # the guard has looked (and warned, if it had to)
        self.busy = False  # a round runs on the worker
        self._again = False  # another round was asked for meanwhile
        self._stopped = False
        self._pool: ThreadPoolExecutor | None = None  # made with the first round
        # The worker's connection of its own, and the journal it belongs to (worker only).
        self._apart: Journal | None = None
        self._apart_of: Journal | None = None
        self.watcher: QFileSystemWatcher | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SETTLE_MS)
        self.soon.timeout.connect(self.run)
        self.slow = QTimer(self)
        self.slow.setSingleShot(True)
        self.slow.setInterval(SHOW_AFTER_MS)
        self.slow.timeout.connect(self._show_busy)
        self._finished.connect(self._deliver)
        self.timer.start()
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        from careersquiggle.ui import sync_guard

        sync_guard.guard(self.w)  # the live file in a synced folder: say so first
        self.guarded = True
        self.run()  # a round on start

    def part(self) -> Sync:
        from careersquiggle.services.sync.setup import Sync

        return Sync(self.w.ctrl.journal)

    def run(self) -> bool:
        """Start a round in the background now; False when none was started: sync is not
        set up, the window is busy loading (then shortly), or a round runs (then one
        after it)."""
        w = self.w
        if self._stopped:
            return False
        if self.busy:
            self._again = True
            return False
        if w.loader.busy or w.refusing:
            self.soon.start()  # the loader is reading the journal: try again shortly
            return False
        journal = w.ctrl.journal
        try:
            if not syncing.is_set_up(journal):
                self.label.setVisible(False)
                return False
        except JournalError as exc:
            self.problem = str(exc)
            self._show()
            return False
        from careersquiggle.services.sync import engine  # only for a journal that syncs

        w.follow.look_outside()  # another process's writes before this round: shown as such
        self.busy = True
        if self.label.isVisible() and self.label.text():
            self.slow.start()  # a status is shown: it stays unless the round takes a while
        else:
            self._show_busy()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-sync")

        def round_() -> tuple[Round, int, int]:  # on the worker
            if self._apart_of is not journal:
                self._close_apart()
                self._apart, self._apart_of = syncing.alongside(journal), journal
            assert self._apart is not None
            before = journal.data_version()
            done = engine.run(self._apart)
            return done, before, journal.data_version()

        future = self._pool.submit(round_)
        future.add_done_callback(lambda f: self._finished.emit(journal, f))
        return True

    def _show_busy(self) -> None:
        if self.busy:
            self.label.setText(self.tr("Syncing…"))
            self.label.setToolTip("")
            self.label.setVisible(True)
            self.spinner.setVisible(True)

    def _deliver(self, journal: Journal, future: Future[Any]) -> None:
        """Back on the window's thread: show what the round did."""
        self.busy = False
        self.slow.stop()
        self.spinner.setVisible(False)
        w = self.w
        if self._stopped:
            return  # the window closed: what the round did is on the disk
        if journal is not w.ctrl.journal:
            self._next()  # the window shows another journal now: its round, if asked for
            return
        try:
            done, before, after = future.result()
        except JournalError as exc:
            self.problem = str(exc)
            self._show()
            self._next()
            return
        except Exception:
            self._show()  # not "Syncing…" for ever; the error itself goes on up, as loud
            raise  # as when rounds ran on the window's thread
        self.problem, self.last = None, done
        self._watch()
        w.follow.after_round(before, after)  # the round's own commit is not news
        w.ctrl.announce(done.changes)
        self._show()
        self.done.emit(done)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.soon.start()

    def _close_apart(self) -> None:
        """(On the worker, or once it is idle.)"""
        if self._apart is not None:
            self._apart.close()
        self._apart = self._apart_of = None

    def let_go(self) -> None:
        """The journal is about to be closed or replaced: wait for a round still running,
        then close the round's connection (the next round opens one to whatever is open)."""
        if self._pool is not None:
            self._pool.submit(self._close_apart).result()  # after the round, on its thread

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
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.directoryChanged.connect(self._folder_changed)
        from careersquiggle.services.sync import folder as layout

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
        """The window closes: no new round; one still running is waited for."""
        self._stopped = True
        for timer in (self.timer, self.soon, self.slow):
            timer.stop()
        if self._pool is not None:
            self.let_go()
            self._pool.shutdown(wait=True)
            self._pool = None
        self.busy = False  # (what it did is on the disk; the window shows nothing more)


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
