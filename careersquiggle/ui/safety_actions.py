"""File → Restore from backup…, Journal → Encrypt / Change passphrase / Remove encryption,
and rolling backups while the window is open."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context
from careersquiggle.services import backup, encryption
from careersquiggle.ui.passphrase_dialog import CHANGE, DECRYPT, ENCRYPT, PassphraseDialog
from careersquiggle.ui.restore_dialog import RestoreDialog

BACKUP_EVERY = dt.timedelta(minutes=15)
CHECK_EVERY_MS = 60_000


class BackupTimer(QObject):
    """Every minute, back up the journal if it changed and the last backup is 15 minutes old.

    Runs off the window's thread: a large encrypted journal takes about a second.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self):
        journal = self.window.ctrl.journal
        return self._pool.submit(_quiet_backup, journal)

    def shutdown(self) -> None:
        self.timer.stop()
        self._pool.shutdown(wait=True)

Safety = Context("Safety")


def _quiet_backup(journal):
    try:
        return journal.backups.if_due(every=BACKUP_EVERY)
    except JournalError:
        return None  # the next tick tries again; a backup must never disturb writing


def _replace_journal(window, change) -> object:
    """Close the journal, apply ``change(opened)`` to its file, open it again in the window.
    ``change`` returns what it did and the passphrase the file needs now."""
    opened = window.ctrl.opened
    window.loader.cancel()
    window.sync_runner.let_go()  # a round still running finishes before the file changes
    opened.journal.close()
    key = opened.passphrase
    try:
        outcome, key = change(opened)
    finally:
        window.switch_to(opened.reopen(key), window.display_name, close_old=False)
    return outcome


def restore_from_backup(window) -> None:
    opened = window.ctrl.opened

    def do_restore(info):
        return _replace_journal(window, lambda o: (
            backup.restore(info.path, o.path, o.passphrase, held=o.lock), o.passphrase))

    RestoreDialog(opened.path, opened.passphrase, restore=do_restore, parent=window).exec()


def change_encryption(window, mode: str) -> None:
    opened = window.ctrl.opened
    held, path = opened.lock, opened.path

    def apply(*args):
        if mode == ENCRYPT:
            (new,) = args
            op = lambda j: encryption.encrypt(path, new, held=held)  # noqa: E731
        elif mode == CHANGE:
            current, new = args
            op = lambda j: encryption.change_passphrase(path, current, new, held=held)  # noqa: E731
        else:
            (current,) = args
            new = None
            op = lambda j: encryption.decrypt(path, current, held=held)  # noqa: E731

        def change(o):
            return op(o), new  # reopen with the passphrase the file now needs
        return _replace_journal(window, change)

    if PassphraseDialog(mode, apply, window).exec():
        done = {ENCRYPT: Safety.tr("The journal is encrypted."),
                CHANGE: Safety.tr("The passphrase is changed."),
                DECRYPT: Safety.tr("Encryption is removed.")}[mode]
        window.statusBar().showMessage(done, 8000)
