"""An open journal and what its holder keeps beside it: one open, one close.

The window and the terminal both hold an :class:`OpenJournal`: the
:class:`Journal` itself (which knows its passphrase), the window's one-writer
lock, and for a sample journal the throwaway folder it lives in. Opening
never leaves the lock taken when it fails; closing takes the last backup (if
asked), lets other windows in and removes a throwaway folder.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careersquiggle.core.errors import JournalError
from careersquiggle.services.journal import Clock, Journal, _utc_now
from careersquiggle.services.lock import JournalLock

_SAME = object()  # reopen(): keep the passphrase the journal was opened with


@dataclass
class OpenJournal:
    journal: Journal
    lock: JournalLock | None = None  # held from open to close by the window
    throwaway_folder: Path | None = None  # a sample journal's folder, removed at close
    # A sample's content when opened (services/sample_keep).
    sample_snapshot: dict[str, Any] | None = None

    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None, lock: JournalLock | None = None,
             throwaway_folder: Path | None = None, clock: Clock = _utc_now,
             check_later_above: int | None = None) -> OpenJournal:
        """Open ``path`` (see :meth:`Journal.open`); the caller keeps ``lock`` if it fails."""
        journal = Journal.open(path, passphrase=passphrase, clock=clock,
                               check_later_above=check_later_above)
        return cls(journal, lock, throwaway_folder)

    @property
    def path(self) -> Path:
        return self.journal.path

    @property
    def passphrase(self) -> str | None:
        return self.journal.passphrase

    def reopen(self, passphrase: object = _SAME) -> OpenJournal:
        """The same file again (after a restore or an encryption change), keeping the lock
        and the folder; ``passphrase``: what the file needs now, if that changed."""
        key = self.journal.passphrase if passphrase is _SAME else passphrase
        assert key is None or isinstance(key, str)
        return OpenJournal.open(self.path, passphrase=key, lock=self.lock,
                                throwaway_folder=self.throwaway_folder,
                                clock=self.journal.clock)

    def close(self, *, backup_now: bool = False, release: bool = True) -> None:
        """Close; with ``backup_now``, take a last backup if anything changed.
        ``release=False`` keeps the lock (the same file is opened again next)."""
        self.journal.close()
        try:
            if backup_now:
                self.journal.backups.if_due(every=dt.timedelta(0))
        except JournalError:
            pass  # a failed closing backup must not keep the window from closing
        finally:
            if release and self.lock is not None:
                self.lock.release()
            if release and self.throwaway_folder is not None:
                shutil.rmtree(self.throwaway_folder, ignore_errors=True)  # nothing of a sample
