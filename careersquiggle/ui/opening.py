"""Opening a journal in the window: one writer, unlock if encrypted, refuse damaged files.

The window holds the journal's lock from open until close, so a second window
on the same journal is told it is open elsewhere instead of racing it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget

from careersquiggle.core.errors import JournalError
from careersquiggle.services import backup, encryption
from careersquiggle.services import lock as journal_lock
from careersquiggle.services.journal import CHECK_LATER_ABOVE, Journal
from careersquiggle.ui.restore_dialog import RefusedJournalBox
from careersquiggle.ui.unlock_dialog import unlock


class Cancelled(Exception):
    """The person chose not to open the journal (closed the unlock or refusal box)."""


def open_interactively(path: Path, parent: QWidget | None = None):
    """Open ``path`` for the window, asking what is needed. Raises JournalError (e.g. the
    journal is open elsewhere) or Cancelled."""
    held = journal_lock.acquire(path)
    try:
        while True:
            try:
                # A big file is checked once the window shows (see MainWindow._verify).
                journal = Journal.open(path, check_later_above=CHECK_LATER_ABOVE)
            except encryption.PassphraseRequired:
                unlocked = unlock(path, lambda p: Journal.open(path, passphrase=p), parent)
                if unlocked is None:
                    raise Cancelled() from None
                journal = unlocked
            except JournalError as exc:
                box = RefusedJournalBox(path, str(exc), None, held, parent)
                box.exec()
                if box.restored is None:
                    raise Cancelled() from None
                continue  # the newest good backup is in place: open it
            journal.lock = held
            return journal
    except BaseException:
        held.release()
        raise


def reopen(journal):
    """The same file again (after a restore or an encryption change), keeping its lock."""
    fresh = Journal.open(journal.path, passphrase=getattr(journal, "passphrase", None))
    fresh.lock = getattr(journal, "lock", None)
    return fresh


def close_journal(journal, *, backup_now: bool = True) -> None:
    """Close, take a last backup if anything changed, and let other windows in."""
    journal.close()
    try:
        if backup_now:
            backup.backup_if_due(journal, every=dt.timedelta(0))
    except JournalError:
        pass  # a failed closing backup must not keep the window from closing
    finally:
        held = getattr(journal, "lock", None)
        if held is not None:
            held.release()
        folder = getattr(journal, "throwaway_folder", None)
        if folder is not None:  # a sample journal: nothing of it is kept
            shutil.rmtree(folder, ignore_errors=True)
