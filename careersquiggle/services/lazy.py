"""A journal that opens its SQLAlchemy side only when something needs it.

The window starts on a plain, healthy journal by reading it with sqlite3 alone
(see services/quick.py); the full Journal, with its ORM, is opened on the first
write or other use, and preloaded in the background once the window shows.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from careersquiggle.services.quick import QuickReader

# What the window reads while starting; QuickReader answers these exactly as Journal does.
QUICK_READS = frozenset({
    "entry_columns", "counts", "checkins", "chapters", "tags", "tags_of", "get_entry",
    "get_chapter", "find_chapter", "is_empty",
})


CHECK_BELOW = 16 * 1024 * 1024  # about 50,000 entries


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LazyJournal:
    lock = None  # the window's one-writer lock, set by whoever opened it
    throwaway_folder = None  # set for a sample journal, removed when it is closed

    def __init__(self, path: Path, reader: QuickReader, clock=_utc_now):
        self.path = Path(path)
        self.passphrase = None  # the quick path serves plain journals only
        self.clock = clock
        self._reader: QuickReader | None = reader
        self._journal = None
        self._mutex = threading.Lock()

    @classmethod
    def open(cls, path: Path, clock=_utc_now, check_below: int = CHECK_BELOW
             ) -> LazyJournal | None:
        """None when the journal needs the full way in (encrypted, older, damaged, new).

        Files under ``check_below`` bytes are checked now. For bigger ones the check,
        whose cost grows with the file, runs when the full Journal opens (in the
        background, or at the first write at the latest): nothing is ever written to a
        file that has not passed it.
        """
        path = Path(path)
        try:
            small = path.stat().st_size < check_below
        except OSError:
            return None
        reader = QuickReader.open(path, check=small)
        return None if reader is None else cls(path, reader, clock)

    @property
    def name(self) -> str:
        return self.path.parent.name or self.path.name

    @property
    def loaded(self) -> bool:
        return self._journal is not None

    def real(self):
        """The full Journal, opened on first call (safe from any thread)."""
        with self._mutex:
            if self._journal is None:
                from careersquiggle.services.journal import Journal

                self._journal = Journal.open(self.path, clock=self.clock)
                self._reader.close()
                self._reader = None
            return self._journal

    def __getattr__(self, name: str):
        reader = self.__dict__.get("_reader")
        if name in QUICK_READS and reader is not None and self.__dict__.get("_journal") is None:
            return getattr(reader, name)
        return getattr(self.real(), name)

    def close(self) -> None:
        with self._mutex:
            if self._journal is not None:
                self._journal.close()
            elif self._reader is not None:
                self._reader.close()
                self._reader = None

    def __enter__(self) -> LazyJournal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
