"""A read-only view of a journal for quick terminal commands (see db/quick.py)."""

from __future__ import annotations

import threading
from collections import defaultdict
from pathlib import Path

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import DamagedJournal, JournalError
from careersquiggle.core.model import Chapter, CheckIn, Entry, EntryQuery, Kind
from careersquiggle.db import quick
from careersquiggle.db.migrate import HEAD
from careersquiggle.services.from_rows import chapter_from_row, checkin_from_row


def _damaged(fn):
    """A read that meets a damaged page says so in words, like the full Journal."""
    import functools
    import sqlite3

    @functools.wraps(fn)
    def read(self, *args, **kwargs):
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise DamagedJournal(f"the journal is damaged and cannot be read ({exc})") from None
    return read


class QuickReader:
    """The reads a terminal command or a starting window needs, answered exactly as the
    Journal answers them (tests hold the two side by side)."""

    def __init__(self, conn):
        self._conn = conn
        self._mutex = threading.Lock()  # the window also reads from its loader thread

    @classmethod
    def open(cls, path: Path, check: bool = True) -> QuickReader | None:
        """None when the journal needs the full way in (encrypted, older, damaged, new).
        ``check=False`` leaves the integrity check to the full Journal (see LazyJournal)."""
        conn = quick.connect(Path(path), HEAD, threads=True, check=check)
        return None if conn is None else cls(conn)

    def close(self) -> None:
        with self._mutex:
            self._conn.close()

    @_damaged
    def counts(self) -> dict[str, int]:
        with self._mutex:
            return quick.counts(self._conn)

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    @_damaged
    def checkins(self) -> list[CheckIn]:
        with self._mutex:
            cur = self._conn.execute("SELECT * FROM checkins ORDER BY pos, id")
            return [checkin_from_row(r) for r in quick.as_objects(cur)]

    @_damaged
    def chapters(self) -> list[Chapter]:
        with self._mutex:
            cur = self._conn.execute("SELECT * FROM chapters ORDER BY start_pos, id")
            return [chapter_from_row(r) for r in quick.as_objects(cur)]

    def get_chapter(self, chapter_id: int) -> Chapter:
        for ch in self.chapters():
            if ch.id == chapter_id:
                return ch
        raise JournalError(f"there is no chapter with id {chapter_id}")

    def find_chapter(self, title: str) -> Chapter:
        wanted = title.strip().casefold()
        for ch in self.chapters():
            if ch.title.casefold() == wanted:
                return ch
        raise JournalError(f"there is no chapter called '{title}'")

    @_damaged
    def tags(self) -> list[tuple[str, int]]:
        with self._mutex:
            return [tuple(r) for r in quick.tag_counts(self._conn)]

    @_damaged
    def tags_of(self, ids) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = defaultdict(list)
        with self._mutex:
            for eid, tag in quick.tags_of(self._conn, [int(i) for i in ids]):
                found[eid].append(tag)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    @_damaged
    def get_entry(self, entry_id: int) -> Entry:
        with self._mutex:
            rows = self._conn.execute(f"SELECT {quick.ENTRY_COLUMNS} FROM entries e "
                                      "WHERE id = ?", (entry_id,)).fetchall()
        if not rows:
            raise JournalError(f"there is no entry with id {entry_id}")
        return _entry(rows[0])

    @_damaged
    def entry_columns(self, query: EntryQuery | None = None, *, text: bool = True):
        from careersquiggle.core.columns import EntryColumns

        q = query or EntryQuery()
        span = None
        if q.chapter_id is not None:
            lo, hi = self.get_chapter(q.chapter_id).span(float("inf"))
            span = (lo, None if hi == float("inf") else hi)
        with self._mutex:
            rows = quick.entry_table(self._conn, q, span, text)
        cols = EntryColumns.from_rows(rows) if text else EntryColumns.from_points(rows)
        return cols.sorted()

    @_damaged
    def entries(self, query: EntryQuery, chapter: str | None = None) -> list[Entry]:
        span = None
        if chapter:
            with self._mutex:
                span = quick.chapter_span(self._conn, chapter)
            if span is None:
                raise JournalError(f"there is no chapter called '{chapter}'")
        with self._mutex:
            return [_entry(r) for r in quick.entry_rows(self._conn, query, span)]


def _entry(row) -> Entry:
    i, k, t, d, f, n, p, sf, st, c, u, tags = row
    return Entry(kind=Kind(k), title=t, date=FuzzyDate.parse(d), feel=f, notes=n,
                 tags=tuple(sorted(tags.split())) if tags else (), private=bool(p),
                 shift_from=sf, shift_to=st, id=i, created_at=c, updated_at=u)


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
