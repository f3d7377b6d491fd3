"""A read-only view of a journal for quick terminal commands (see db/quick.py)."""

from __future__ import annotations

from pathlib import Path

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry, EntryQuery, Kind
from careersquiggle.db import quick
from careersquiggle.db.migrate import HEAD


class QuickReader:
    def __init__(self, conn):
        self._conn = conn

    @classmethod
    def open(cls, path: Path) -> QuickReader | None:
        """None when the journal needs the full way in (encrypted, older, damaged, new)."""
        conn = quick.connect(Path(path), HEAD)
        return None if conn is None else cls(conn)

    def close(self) -> None:
        self._conn.close()

    def entries(self, query: EntryQuery, chapter: str | None = None) -> list[Entry]:
        span = None
        if chapter:
            span = quick.chapter_span(self._conn, chapter)
            if span is None:
                raise JournalError(f"there is no chapter called '{chapter}'")
        return [
            Entry(kind=Kind(k), title=t, date=FuzzyDate.parse(d), feel=f, notes=n,
                  tags=tuple(sorted(tags.split())) if tags else (), private=bool(p),
                  shift_from=sf, shift_to=st, id=i, created_at=c, updated_at=u)
            for i, k, t, d, f, n, p, sf, st, c, u, tags in quick.entry_rows(self._conn, query, span)
        ]


def quick_add(path: Path, entry: Entry, now: str) -> int | None:
    """Add ``entry`` with plain sqlite3 (quick capture); None when the journal needs the
    full way in. Stores exactly what :meth:`Journal.add_entry` stores."""
    conn = quick.connect_for_writing(Path(path), HEAD)
    if conn is None:
        return None
    try:
        return quick.insert_entry(conn, {
            "kind": entry.kind.value, "title": entry.title, "date": str(entry.date),
            "pos": entry.date.position(), "feel": entry.feel, "notes": entry.notes,
            "private": entry.private, "shift_from": entry.shift_from,
            "shift_to": entry.shift_to, "created_at": now, "updated_at": now,
        }, entry.tags)
    finally:
        conn.close()
