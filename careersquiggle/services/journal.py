"""The Journal facade: the one way the window and the terminal touch the data.

One connection (db/connection.py) per open journal, plain SQL (db/sql.py), one
transaction per change. Its parts hang off it: ``journal.crossroads`` (options,
intent, plan), ``journal.reflections`` (answers to prompts) and ``journal.imports``
(imports that know their source), ``journal.backups`` (its backup copies). No session or
connection leaves it. Safe to use from two threads (the window loads big
journals on a worker): every use of the connection holds one lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.errors import DamagedJournal, JournalError, NotFound
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Chapter, CheckIn, Entry, EntryQuery
from careersquiggle.db import connection, schema_check, shape, sql
from careersquiggle.db import errors as dberrors
from careersquiggle.db.migrate import HEAD
from careersquiggle.services import housekeeping
from careersquiggle.services.changes import Changes
from careersquiggle.services.import_store import Imports
from careersquiggle.services.report import ImportReport

if TYPE_CHECKING:
    from careersquiggle.core.columns import EntryColumns
    from careersquiggle.services.backup import Backups
    from careersquiggle.services.crossroads import Crossroads
    from careersquiggle.services.lock import JournalLock
    from careersquiggle.services.reflections import Reflections

Clock = Callable[[], dt.datetime]
# A file this big is checked after the window shows, not before (about 50,000 entries).
CHECK_LATER_ABOVE = 16 * 1024 * 1024


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Journal:
    """One journal file. Build it with :meth:`open`; close it when done."""

    # The window's hold on the file, set when it opens the journal (the terminal holds none).
    lock: JournalLock | None = None

    def __init__(self, conn: Any, path: Path, *, passphrase: str | None = None,
                 clock: Clock = _utc_now, checked: bool = True):
        self._conn = conn
        shape.watch(conn)
        self._lock = threading.RLock()
        self._check_lock = threading.Lock()
        self._checked = checked
        self.path = path
        # Kept while open: backups of an encrypted journal are encrypted with it.
        self.passphrase = passphrase
        self.clock = clock
        self.imports = Imports(self)

    # Parts made on first use: most commands need none of them.
    @functools.cached_property
    def crossroads(self) -> Crossroads:
        from careersquiggle.services.crossroads import Crossroads

        return Crossroads(self)

    @functools.cached_property
    def reflections(self) -> Reflections:
        from careersquiggle.services.reflections import Reflections

        return Reflections(self)

    @functools.cached_property
    def backups(self) -> Backups:
        from careersquiggle.services.backup import Backups

        return Backups(self)

    # -- opening ------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, passphrase: str | None = None,
             clock: Clock = _utc_now, check_later_above: int | None = None) -> Journal:
        """Open the journal at ``path``, creating it (and its schema) if needed.

        An encrypted journal needs its ``passphrase`` (else PassphraseRequired or
        WrongPassphrase); a new journal given one is created encrypted; a plain
        journal ignores it. The file is checked first and refused untouched when
        damaged, foreign or newer; a file bigger than ``check_later_above`` bytes is
        checked by :meth:`verify` instead (the window runs it in the background),
        and in any case before the first write.
        """
        path = Path(path)
        housekeeping.prepare(path)  # finish an interrupted change, sweep leftovers
        revision, checked = None, True
        if path.exists() and path.stat().st_size > 0:
            checked = check_later_above is None or path.stat().st_size < check_later_above
            revision, passphrase = connection.inspect(path, passphrase, check=checked)
        elif not path.exists():
            # Created owner-only; SQLite gives the -wal and -shm files the same mode.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            except OSError as exc:
                raise JournalError(fill(translate(
                    "Journal", "%1 cannot be created (%2)"), path, exc.strerror)) from None
        if revision != HEAD:
            if not checked:  # never upgrade a file that has not passed its check
                connection.inspect(path, passphrase)
                checked = True
            housekeeping.upgrade(path, revision, passphrase)
        try:
            conn = connection.connect(path, passphrase, threads=True)
        except connection.read_errors() as exc:
            raise dberrors.describe(exc, path, passphrase=passphrase) from exc
        return cls(conn, path, passphrase=passphrase, clock=clock, checked=checked)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.parent.name or self.path.name

    @property
    def verified(self) -> bool:
        return self._checked

    def verify(self) -> None:
        """Run the integrity check left for later (safe from any thread). It reads on
        its own connection, so the window keeps reading meanwhile. Raises
        DamagedJournal for a damaged file."""
        with self._check_lock:
            if self._checked:
                return
            try:
                conn = connection.raw_connect(self.path, self.passphrase)
                try:
                    connection.quick_check(conn, self.path)
                finally:
                    conn.close()
            except connection.database_errors() as exc:
                raise DamagedJournal(fill(translate(
                    "Journal", "%1 is damaged and cannot be read (%2); it has not been changed"),
                    self.path, exc)) from None
            except JournalError as exc:
                raise DamagedJournal(str(exc)) from None
            self._checked = True

    def now_text(self) -> str:
        """The clock's time as stored in created_at/updated_at."""
        return self.clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def data_version(self) -> int:
        """Changes when another connection (the terminal, a restore...) commits."""
        with self._read() as c:
            return int(c.execute("PRAGMA data_version").fetchone()[0])

    # -- the connection, inside the journal only -----------------------------
    @contextlib.contextmanager
    def _read(self) -> Iterator[Any]:
        with self._lock, _translated(self.path, self.passphrase):
            yield self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        """One transaction; nothing is written to a file that has not passed its check."""
        self.verify()
        with self._lock, _translated(self.path, self.passphrase):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                shape.refresh(self._conn)  # the drawn shape changes with the rows
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @staticmethod
    def _free_id(c: Any, table: str, ident: int | None) -> int | None:
        """Keep a restored object's id unless another took it meanwhile (then a new one)."""
        if ident is None:
            return None
        taken = c.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone()
        return None if taken else ident

    # -- entries ------------------------------------------------------------
    def add_entry(self, entry: Entry) -> Changes:
        now = self.now_text()
        with self._write() as c:
            new = sql.insert_entry(c, entry, self._free_id(c, "entries", entry.id),
                                   entry.created_at or now, entry.updated_at or now)
        return Changes(entries=frozenset({new}))

    def update_entry(self, entry: Entry, *, touch: bool = True) -> Changes:
        ident = _need_id(entry.id, "entry")
        stamp = self.now_text() if touch else (entry.updated_at or self.now_text())
        with self._write() as c:
            if not sql.update(c, "entries", ident,
                              {**sql.entry_values(entry), "updated_at": stamp}):
                raise _missing("entry", ident)
            sql.set_tags(c, ident, entry.tags)
        return Changes(entries=frozenset({ident}))

    def delete_entry(self, entry_id: int) -> Entry:
        """Delete and return what was deleted (so it can be restored by undo)."""
        with self._write() as c:
            gone = self._entry(c, entry_id)
            c.execute("DELETE FROM entries WHERE id = ?", (entry_id,))  # tags go with it
        return gone

    def get_entry(self, entry_id: int) -> Entry:
        with self._read() as c:
            return self._entry(c, entry_id)

    @staticmethod
    def _entry(c: Any, entry_id: int) -> Entry:
        row = c.execute(f"SELECT {sql.ENTRY_COLUMNS} FROM entries e WHERE id = ?",
                        (entry_id,)).fetchone()
        if row is None:
            raise _missing("entry", entry_id)
        return sql.entry_from_row(row)

    def entries(self, query: EntryQuery | None = None) -> list[Entry]:
        """Entries matching ``query``, oldest first."""
        where, params = self._where(query or EntryQuery())
        # The pos index ends in the rowid, so ties come out in id order without a sort step.
        with self._read() as c:
            found = c.execute(f"SELECT {sql.ENTRY_COLUMNS} FROM entries e{where} ORDER BY pos",
                              params).fetchall()
        return [sql.entry_from_row(r) for r in found]

    def entry_columns(self, query: EntryQuery | None = None, *, text: bool = True
                      ) -> EntryColumns:
        """Entries matching ``query`` as columns, oldest first: the fast path for drawing
        and listing (no Python object per entry). ``text=False`` loads only what drawing
        needs; tags are left to :meth:`tags_of` for the rows on screen."""
        from careersquiggle.core.columns import EntryColumns
        from careersquiggle.core.packed import POINT_COLUMNS, TEXT_COLUMNS

        columns = TEXT_COLUMNS if text else POINT_COLUMNS
        where, params = self._where(query or EntryQuery())
        # Read in table order and sort in numpy: an index walk costs twice as much.
        with self._read() as c:
            kept = None if text or where else shape.read(c)  # every entry: its kept shape
            if kept is not None:
                return EntryColumns.from_packed(*kept).sorted()
            found = c.execute(f"SELECT {columns} FROM entries e{where}", params).fetchall()
        cols = EntryColumns.from_rows(found) if text else EntryColumns.from_points(found)
        return cols.sorted()

    def _where(self, q: EntryQuery) -> tuple[str, list[Any]]:
        span = None
        if q.chapter_id is not None:
            ch = self.get_chapter(q.chapter_id)
            span = (ch.start.start_position(), ch.end.end_position() if ch.end else None)
        return sql.entry_where(q, span)

    def tags_of(self, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
        """The tags of these entries (those without tags are left out)."""
        found: dict[int, list[str]] = defaultdict(list)
        wanted = [int(i) for i in ids]
        with self._read() as c:
            for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                chunk = wanted[start:start + 500]
                for eid, tag in c.execute("SELECT entry_id, tag FROM entry_tags WHERE entry_id "
                                          f"IN ({','.join('?' * len(chunk))})", chunk):
                    found[eid].append(tag)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def tag_names(self) -> list[str]:
        """Every tag in use, alphabetically (quick: see sql.TAG_NAMES)."""
        with self._read() as c:
            return [t for (t,) in c.execute(sql.TAG_NAMES)]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, most used first."""
        with self._read() as c:
            return [(t, n) for t, n in c.execute(sql.TAG_COUNTS)]

    # -- check-ins and chapters: stored alike, one row each, no tags -------------
    def add_checkin(self, checkin: CheckIn) -> Changes:
        return self._add_row("checkins", checkin)

    def update_checkin(self, checkin: CheckIn, *, touch: bool = True) -> Changes:
        return self._update_row("checkins", checkin, touch)

    def delete_checkin(self, checkin_id: int) -> CheckIn:
        gone: CheckIn = self._delete_row("checkins", checkin_id)
        return gone

    def get_checkin(self, checkin_id: int) -> CheckIn:
        with self._read() as c:
            found: CheckIn = self._row(c, "checkins", checkin_id)
        return found

    def checkins(self) -> CheckIns:
        """All check-ins, oldest first (each made into an object when first looked at)."""
        with self._read() as c:
            rows = c.execute(f"SELECT pos, {sql.CHECKIN_COLUMNS} FROM checkins ORDER BY pos, id"
                             ).fetchall()
        return CheckIns.from_rows(rows, sql.checkin_from_placed_row)

    def add_chapter(self, chapter: Chapter) -> Changes:
        return self._add_row("chapters", chapter)

    def update_chapter(self, chapter: Chapter, *, touch: bool = True) -> Changes:
        return self._update_row("chapters", chapter, touch)

    def delete_chapter(self, chapter_id: int) -> Chapter:
        gone: Chapter = self._delete_row("chapters", chapter_id)
        return gone

    def get_chapter(self, chapter_id: int) -> Chapter:
        with self._read() as c:
            found: Chapter = self._row(c, "chapters", chapter_id)
        return found

    def chapters(self) -> list[Chapter]:
        """All chapters in order of their start."""
        with self._read() as c:
            rows = c.execute(f"SELECT {sql.CHAPTER_COLUMNS} FROM chapters ORDER BY start_pos, id")
            return [sql.chapter_from_row(r) for r in rows]

    def _add_row(self, table: str, item: CheckIn | Chapter) -> Changes:
        now = self.now_text()
        with self._write() as c:
            new = sql.insert(c, table, {
                "id": self._free_id(c, table, item.id), **sql.PLAIN[table].values(item),
                "created_at": item.created_at or now, "updated_at": item.updated_at or now})
        return _changed(table, new)

    def _update_row(self, table: str, item: CheckIn | Chapter, touch: bool) -> Changes:
        kind = sql.PLAIN[table]
        ident = _need_id(item.id, kind.what)
        stamp = self.now_text() if touch else (item.updated_at or self.now_text())
        with self._write() as c:
            if not sql.update(c, table, ident, {**kind.values(item), "updated_at": stamp}):
                raise _missing(kind.what, ident)
        return _changed(table, ident)

    def _delete_row(self, table: str, ident: int) -> Any:
        with self._write() as c:
            gone = self._row(c, table, ident)
            c.execute(f"DELETE FROM {table} WHERE id = ?", (ident,))
        return gone

    @staticmethod
    def _row(c: Any, table: str, ident: int) -> Any:
        kind = sql.PLAIN[table]
        row = c.execute(f"SELECT {kind.columns} FROM {table} WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise _missing(kind.what, ident)
        return kind.make(row)

    def find_chapter(self, title: str) -> Chapter:
        wanted = title.strip().casefold()
        for ch in self.chapters():
            if ch.title.casefold() == wanted:
                return ch
        raise JournalError(fill(translate(
            "Journal", "there is no chapter called '%1'"), title))

    # -- the whole journal --------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self._read() as c:
            return {name: int(c.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
                    for name in ("entries", "checkins", "chapters")}

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty when healthy)."""
        problems: list[str] = []
        with self._read() as c:
            integrity = [r[0] for r in c.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems += integrity
            for r in c.execute("PRAGMA foreign_key_check"):
                problems.append(f"a row in {r[0]} points at a missing {r[2]} row")
            rev = c.execute("SELECT version_num FROM alembic_version").fetchone()
            if rev is None or rev[0] != HEAD:
                problems.append(f"schema revision is {rev and rev[0]}, expected {HEAD}")
            problems += [f"the journal {p}" for p in
                         schema_check.problems(c, rev and rev[0])]
        return problems

    def import_batch(
        self,
        report: ImportReport,
        entries: Iterable[Entry] = (),
        checkins: Iterable[CheckIn] = (),
        chapters: Iterable[Chapter] = (),
        dry_run: bool = False,
    ) -> Changes:
        """Add everything not already held, all or nothing in one transaction.

        An item counts as already held when an item with the same content is
        in the journal or earlier in the batch; ids are kept when they are free.
        """
        report.dry_run = dry_run
        changed: dict[str, set[int]] = {"entries": set(), "checkins": set(), "chapters": set()}
        now = self.now_text()
        batch = (("chapters", list(chapters), self.chapters),
                 ("entries", list(entries), self.entries),
                 ("checkins", list(checkins), self.checkins))
        with self._read() if dry_run else self._write() as c:
            for what, items, existing in batch:
                seen = {x.content_key() for x in existing()}
                used = {r[0] for r in c.execute(f"SELECT id FROM {what}")}
                next_id = max(used, default=0) + 1
                for item in items:
                    key = item.content_key()
                    if key in seen:
                        report.count(report.duplicates, what)
                        continue
                    seen.add(key)
                    report.count(report.added, what)
                    if dry_run:
                        continue
                    ident = item.id if item.id is not None and item.id not in used else None
                    if ident is None:  # above every id in use
                        ident, next_id = next_id, next_id + 1
                    used.add(ident)
                    next_id = max(next_id, ident + 1)
                    self._insert(c, what, item, ident, item.created_at or now,
                                 item.updated_at or now)
                    changed[what].add(ident)
        return Changes(frozenset(changed["entries"]), frozenset(changed["checkins"]),
                       frozenset(changed["chapters"]))

    @staticmethod
    def _insert(c: Any, table: str, item: Entry | CheckIn | Chapter, ident: int,
                created: str, updated: str) -> None:
        if isinstance(item, Entry):
            sql.insert_entry(c, item, ident, created, updated)
            return
        sql.insert(c, table, {"id": ident, **sql.PLAIN[table].values(item),
                              "created_at": created, "updated_at": updated})

    def delete_many(self, changes: Changes) -> tuple[list[Entry], list[CheckIn], list[Chapter]]:
        """Delete every id in ``changes`` in one transaction (undoing an import).

        Returns what was deleted, ids and timestamps included, so that
        :meth:`import_batch` can bring exactly those rows back.
        """
        with self._write() as c:
            entries = [self._entry(c, i) for i in sorted(changes.entries)]
            checkins = [self._row(c, "checkins", i) for i in sorted(changes.checkins)]
            chapters = [self._row(c, "chapters", i) for i in sorted(changes.chapters)]
            for table, ids in (("entries", changes.entries), ("checkins", changes.checkins),
                               ("chapters", changes.chapters)):
                c.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])
        return entries, checkins, chapters


def _changed(table: str, ident: int) -> Changes:
    one = frozenset({ident})
    return Changes(checkins=one) if table == "checkins" else Changes(chapters=one)


def _need_id(ident: int | None, what: str) -> int:
    if ident is None:
        raise _missing(what, ident)
    return ident


def _missing(what: str, ident: int | None) -> NotFound:
    return NotFound(fill(translate(
        "Journal", "there is no %1 with id %2"), what, ident))


@contextlib.contextmanager
def _translated(path: Path, passphrase: str | None) -> Iterator[None]:
    """A driver error becomes words (full, read-only, busy...); DamagedJournal only when a
    fresh integrity check of the file fails too (db/errors.py)."""
    try:
        yield
    except connection.database_errors() as exc:
        raise connection.as_journal_error(exc, path, passphrase) from exc
