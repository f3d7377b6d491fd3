"""Opening a journal in the window: one writer, unlock if encrypted, refuse damaged files.

The window holds the journal's lock from open until close, so a second window
on the same journal is told it is open elsewhere instead of racing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from careersquiggle.core.errors import JournalError
from careersquiggle.services import encryption
from careersquiggle.services import lock as journal_lock
from careersquiggle.services.journal import CHECK_LATER_ABOVE
from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.restore_dialog import RefusedJournalBox
from careersquiggle.ui.unlock_dialog import unlock


class Cancelled(Exception):
    """The person chose not to open the journal (closed the unlock or refusal box)."""


def open_interactively(path: Path, parent: QWidget | None = None, *,
                       throwaway_folder: Path | None = None) -> OpenJournal:
    """Open ``path`` for the window, asking what is needed. Raises JournalError (e.g. the
    journal is open elsewhere) or Cancelled. ``throwaway_folder``: a sample journal's
    folder, removed when it is closed."""
    held = journal_lock.acquire(path)

    def open_with(passphrase: str | None) -> OpenJournal:
        # A big file is checked once the window shows (see MainWindow._preload).
        return OpenJournal.open(path, passphrase=passphrase, lock=held,
                                throwaway_folder=throwaway_folder,
                                check_later_above=CHECK_LATER_ABOVE)
    try:
        while True:
            try:
                return open_with(None)
            except encryption.PassphraseRequired:
                opened = unlock(path, open_with, parent)
                if opened is None:
                    raise Cancelled() from None
                return opened
            except JournalError as exc:
                box = RefusedJournalBox(path, str(exc), None, held, parent)
                box.exec()
                if box.restored is None:
                    raise Cancelled() from None
                continue  # the newest good backup is in place: open it
    except BaseException:
        held.release()
        raise
