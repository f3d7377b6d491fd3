"""The Journal facade: the one way the window and the terminal touch the data."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Chapter, CheckIn, Entry, EntryQuery
from careersquiggle.db import engine as dbengine
from careersquiggle.db import migrate
from careersquiggle.db.models import ChapterRow, CheckInRow, EntryRow, TagRow
from careersquiggle.services import rows
from careersquiggle.services.changes import Changes
from careersquiggle.services.report import ImportReport

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Journal:
    """One journal file. Build it with :meth:`open`; close it when done."""

    def __init__(self, engine, path: Path, clock: Clock = _utc_now):
        self._engine = engine
        self.path = path
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening ------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, passphrase: str | None = None,
             clock: Clock = _utc_now) -> Journal:
        """Open the journal at ``path``, creating it (and its schema) if needed.

        An encrypted journal needs its ``passphrase`` (else PassphraseRequired or
        WrongPassphrase); a new journal given one is created encrypted; a plain
        journal ignores it. The file is checked first and refused untouched when
        damaged, foreign or newer.
        """
        path = Path(path)
        revision = None
        if path.exists() and path.stat().st_size > 0:
            revision, passphrase = _inspect(path, passphrase)
        elif not path.exists():
            # Created owner-only; SQLite gives the -wal and -shm files the same mode.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            except OSError as exc:
                raise JournalError(f"{path} cannot be created ({exc.strerror})") from None
        engine = dbengine.make_engine(path, passphrase)
        try:
            migrate.upgrade(engine, path, revision, passphrase)
        except JournalError as exc:
            engine.dispose()
            raise JournalError(f"{path} {exc}") from exc
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            engine.dispose()
            raise JournalError(f"{path} could not be opened: {exc}") from exc
        journal = cls(engine, path, clock)
        # Kept while open (SQLAlchemy's URL holds it too): backups of an encrypted
        # journal are encrypted with it. None for a plain journal.
        journal.passphrase = passphrase
        return journal

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.parent.name or self.path.name

    def _now(self) -> str:
        return self.clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _write(self):
        return self._sessions.begin()

    # Other service modules (crossroads, imports, ...) use these rather than SQL elsewhere.
    def read_session(self) -> Session:
        """A session for reading: ``with journal.read_session() as s: ...``."""
        return self._sessions()

    def write_session(self):
        """A session inside one transaction: ``with journal.write_session() as s: ...``."""
        return self._sessions.begin()

    def now_text(self) -> str:
        """The clock's time as stored in created_at/updated_at."""
        return self._now()

    # -- entries ------------------------------------------------------------
    def add_entry(self, entry: Entry) -> Changes:
        now = self._now()
        with self._write() as s:
            row = EntryRow(id=self._free_id(s, EntryRow, entry.id),
                           created_at=entry.created_at or now,
                           updated_at=entry.updated_at or now)
            rows.fill_entry_row(row, entry)
            s.add(row)
            s.flush()
            return Changes(entries=frozenset({row.id}))

    def update_entry(self, entry: Entry, *, touch: bool = True) -> Changes:
        with self._write() as s:
            row = self._row(s, EntryRow, entry.id, "entry")
            rows.fill_entry_row(row, entry)
            row.updated_at = self._now() if touch else (entry.updated_at or self._now())
            return Changes(entries=frozenset({row.id}))

    def delete_entry(self, entry_id: int) -> Entry:
        """Delete and return what was deleted (so it can be restored by undo)."""
        gone = self.get_entry(entry_id)
        with self._write() as s:
            s.delete(self._row(s, EntryRow, entry_id, "entry"))
        return gone

    def get_entry(self, entry_id: int) -> Entry:
        with self._sessions() as s:
            row = self._row(s, EntryRow, entry_id, "entry")
            return rows.entry_from_columns(row, tuple(sorted(t.tag for t in row.tags)))

    def entries(self, query: EntryQuery | None = None) -> list[Entry]:
        """Entries matching ``query``, oldest first."""
        stmt = self._entry_select(query or EntryQuery())
        with self._sessions() as s:
            found = s.execute(stmt).all()
            tags: dict[int, list[str]] = defaultdict(list)
            if found:
                ids = stmt.with_only_columns(EntryRow.id).scalar_subquery()
                tag_rows = s.execute(
                    select(TagRow.entry_id, TagRow.tag).where(TagRow.entry_id.in_(ids))
                )
                for eid, tag in tag_rows:
                    tags[eid].append(tag)
        return [rows.entry_from_columns(r, tuple(sorted(tags.get(r.id, ())))) for r in found]

    def entry_columns(self, query: EntryQuery | None = None, *, text: bool = True):
        """Entries matching ``query`` as columns (EntryColumns), oldest first: the fast path
        for drawing and listing (no Python object per entry). ``text=False`` loads only what
        drawing needs; tags are left to :meth:`tags_of` for the rows on screen."""
        from careersquiggle.core.columns import EntryColumns  # numpy: not for quick capture

        t = EntryRow.__table__
        from sqlalchemy import literal_column

        from careersquiggle.core.columns import POINT_COLUMNS

        wanted = ((t.c.id, t.c.date, t.c.pos, t.c.kind, t.c.feel, t.c.title, t.c.private)
                  if text else (literal_column(POINT_COLUMNS),))
        # Read in table order and sort in numpy: an index walk costs twice as much.
        stmt = (self._entry_select(query or EntryQuery())
                .with_only_columns(*wanted, maintain_column_froms=True).order_by(None))
        rows = self._raw_rows(stmt)
        cols = EntryColumns.from_rows(rows) if text else EntryColumns.from_points(rows)
        return cols.sorted()

    def _raw_rows(self, stmt) -> list[tuple]:
        """Run a query through the database driver itself: for bulk reads, SQLAlchemy's
        per-row processing costs as much as SQLite's own work."""
        compiled = stmt.compile(dialect=self._engine.dialect,
                                compile_kwargs={"render_postcompile": True})
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        with self._engine.connect() as c:
            return c.connection.driver_connection.execute(str(compiled), params).fetchall()

    def tags_of(self, ids) -> dict[int, tuple[str, ...]]:
        """The tags of these entries (those without tags are left out)."""
        found: dict[int, list[str]] = defaultdict(list)
        ids = [int(i) for i in ids]
        with self._sessions() as s:
            for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
                rows = s.execute(select(TagRow.entry_id, TagRow.tag)
                                 .where(TagRow.entry_id.in_(ids[start:start + 500])))
                for eid, tag in rows:
                    found[eid].append(tag)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def _entry_select(self, q: EntryQuery):
        t = EntryRow.__table__
        # The pos indexes end in the rowid, so ties come out in id order without a sort step.
        stmt = select(t).order_by(t.c.pos)
        if q.kinds:
            stmt = stmt.where(t.c.kind.in_(sorted(q.kinds)))
        if q.tags:
            tagged = select(TagRow.entry_id).where(TagRow.tag.in_(sorted(q.tags)))
            stmt = stmt.where(t.c.id.in_(tagged))
        if q.date_from is not None:
            stmt = stmt.where(t.c.pos >= q.date_from.start_position())
        if q.date_to is not None:
            stmt = stmt.where(t.c.pos < q.date_to.end_position())
        if q.chapter_id is not None:
            ch = self.get_chapter(q.chapter_id)
            stmt = stmt.where(t.c.pos >= ch.start.start_position())
            if ch.end is not None:
                stmt = stmt.where(t.c.pos < ch.end.end_position())
        if not q.include_private:
            stmt = stmt.where(t.c.private.is_(False))
        if q.text.strip():
            needle = q.text.strip().casefold()
            fields = [t.c.title, t.c.notes, t.c.shift_from, t.c.shift_to]
            tag_hit = select(TagRow.entry_id).where(func.instr(TagRow.tag, needle) > 0)
            stmt = stmt.where(or_(
                func.instr(func.casefold(fields[0] + " " + fields[1] + " " + fields[2]
                                         + " " + fields[3]), needle) > 0,
                t.c.id.in_(tag_hit),
            ))
        return stmt

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, most used first."""
        with self._sessions() as s:
            res = s.execute(
                select(TagRow.tag, func.count()).group_by(TagRow.tag)
                .order_by(func.count().desc(), TagRow.tag)
            )
            return [(tag, n) for tag, n in res]

    # -- check-ins ----------------------------------------------------------
    def add_checkin(self, checkin: CheckIn) -> Changes:
        now = self._now()
        with self._write() as s:
            row = CheckInRow(id=self._free_id(s, CheckInRow, checkin.id),
                             created_at=checkin.created_at or now,
                             updated_at=checkin.updated_at or now)
            s.add(rows.fill_checkin_row(row, checkin))
            s.flush()
            return Changes(checkins=frozenset({row.id}))

    def update_checkin(self, checkin: CheckIn, *, touch: bool = True) -> Changes:
        with self._write() as s:
            row = self._row(s, CheckInRow, checkin.id, "check-in")
            rows.fill_checkin_row(row, checkin)
            row.updated_at = self._now() if touch else (checkin.updated_at or self._now())
            return Changes(checkins=frozenset({row.id}))

    def delete_checkin(self, checkin_id: int) -> CheckIn:
        with self._write() as s:
            row = self._row(s, CheckInRow, checkin_id, "check-in")
            gone = rows.checkin_from_row(row)
            s.delete(row)
        return gone

    def get_checkin(self, checkin_id: int) -> CheckIn:
        with self._sessions() as s:
            return rows.checkin_from_row(self._row(s, CheckInRow, checkin_id, "check-in"))

    def checkins(self) -> list[CheckIn]:
        """All check-ins, oldest first."""
        # Plain rows, not ORM objects: a weekly habit over decades is thousands of them.
        t = CheckInRow.__table__
        with self._engine.connect() as c:
            res = c.execute(select(t).order_by(t.c.pos, t.c.id))
            return [rows.checkin_from_row(r) for r in res]

    # -- chapters -----------------------------------------------------------
    def add_chapter(self, chapter: Chapter) -> Changes:
        now = self._now()
        with self._write() as s:
            row = ChapterRow(id=self._free_id(s, ChapterRow, chapter.id),
                             created_at=chapter.created_at or now,
                             updated_at=chapter.updated_at or now)
            s.add(rows.fill_chapter_row(row, chapter))
            s.flush()
            return Changes(chapters=frozenset({row.id}))

    def update_chapter(self, chapter: Chapter, *, touch: bool = True) -> Changes:
        with self._write() as s:
            row = self._row(s, ChapterRow, chapter.id, "chapter")
            rows.fill_chapter_row(row, chapter)
            row.updated_at = self._now() if touch else (chapter.updated_at or self._now())
            return Changes(chapters=frozenset({row.id}))

    def delete_chapter(self, chapter_id: int) -> Chapter:
        with self._write() as s:
            row = self._row(s, ChapterRow, chapter_id, "chapter")
            gone = rows.chapter_from_row(row)
            s.delete(row)
        return gone

    def get_chapter(self, chapter_id: int) -> Chapter:
        with self._sessions() as s:
            return rows.chapter_from_row(self._row(s, ChapterRow, chapter_id, "chapter"))

    def chapters(self) -> list[Chapter]:
        """All chapters in order of their start."""
        with self._sessions() as s:
            res = s.scalars(select(ChapterRow).order_by(ChapterRow.start_pos, ChapterRow.id))
            return [rows.chapter_from_row(r) for r in res]

    def find_chapter(self, title: str) -> Chapter:
        wanted = title.strip().casefold()
        for ch in self.chapters():
            if ch.title.casefold() == wanted:
                return ch
        raise JournalError(f"there is no chapter called '{title}'")

    # -- the whole journal --------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self._sessions() as s:
            return {
                name: s.scalar(select(func.count()).select_from(model))
                for name, model in (("entries", EntryRow), ("checkins", CheckInRow),
                                    ("chapters", ChapterRow))
            }

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty when healthy)."""
        problems: list[str] = []
        with self._engine.connect() as c:
            integrity = [r[0] for r in c.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems += integrity
            for r in c.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"a row in {r[0]} points at a missing {r[2]} row")
            rev = c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if rev != migrate.HEAD:
                problems.append(f"schema revision is {rev}, expected {migrate.HEAD}")
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
        now = self._now()
        with self._sessions() as s, s.begin():
            plans = (
                ("chapters", chapters, ChapterRow, self.chapters, rows.fill_chapter_row),
                ("entries", entries, EntryRow, self.entries, rows.fill_entry_row),
                ("checkins", checkins, CheckInRow, self.checkins, rows.fill_checkin_row),
            )
            for what, items, model, existing, fill in plans:
                seen = {x.content_key() for x in existing()}
                used_ids = set(s.scalars(select(model.id)))
                fresh: list[tuple[object, int | None]] = []  # (item, the id it keeps)
                for item in items:
                    key = item.content_key()
                    if key in seen:
                        report.count(report.duplicates, what)
                        continue
                    seen.add(key)
                    report.count(report.added, what)
                    keep_id = item.id if item.id is not None and item.id not in used_ids else None
                    if keep_id is not None:
                        used_ids.add(keep_id)
                    fresh.append((item, keep_id))
                if dry_run:
                    continue
                # New ids are handed out here, above every id in use, so the whole batch
                # needs one flush instead of one per row (5000 entries: 3.7 s -> 1.4 s).
                next_id = max(used_ids, default=0) + 1
                for item, keep_id in fresh:
                    if keep_id is None:
                        keep_id, next_id = next_id, next_id + 1
                    row = model(id=keep_id, created_at=item.created_at or now,
                                updated_at=item.updated_at or now)
                    if model is EntryRow:
                        row.tags = []
                    fill(row, item)
                    s.add(row)
                    changed[what].add(keep_id)
                s.flush()
            if dry_run:
                s.rollback()
        return Changes(frozenset(changed["entries"]), frozenset(changed["checkins"]),
                       frozenset(changed["chapters"]))

    def delete_many(self, changes: Changes) -> tuple[list[Entry], list[CheckIn], list[Chapter]]:
        """Delete every id in ``changes`` in one transaction (undoing an import).

        Returns what was deleted, ids and timestamps included, so that
        :meth:`import_batch` can bring exactly those rows back.
        """
        with self._write() as s:
            entries = []
            for ident in sorted(changes.entries):
                row = self._row(s, EntryRow, ident, "entry")
                entries.append(rows.entry_from_columns(row, tuple(sorted(t.tag for t in row.tags))))
                s.delete(row)
            checkins, chapters = [], []
            for ident in sorted(changes.checkins):
                row = self._row(s, CheckInRow, ident, "check-in")
                checkins.append(rows.checkin_from_row(row))
                s.delete(row)
            for ident in sorted(changes.chapters):
                row = self._row(s, ChapterRow, ident, "chapter")
                chapters.append(rows.chapter_from_row(row))
                s.delete(row)
        return entries, checkins, chapters

    @staticmethod
    def _free_id(s: Session, model, ident: int | None) -> int | None:
        """Keep a restored object's id unless another took it meanwhile (then a new one)."""
        return ident if ident is not None and s.get(model, ident) is None else None

    @staticmethod
    def _row(s: Session, model, ident: int | None, what: str):
        row = s.get(model, ident) if ident is not None else None
        if row is None:
            raise JournalError(f"there is no {what} with id {ident}")
        return row


def _inspect(path: Path, passphrase: str | None = None) -> tuple[str | None, str | None]:
    """The revision of an existing file and the passphrase it needs (None when plain),
    refusing anything that is not a healthy journal.

    ``quick_check`` runs at every open: about 0.05 s for 100,000 entries, and it is
    what finds a damaged page before the app writes next to it.
    """
    try:
        if dbengine.has_sqlite_header(path):
            passphrase = None
        elif not dbengine.looks_encrypted(path):
            raise JournalError(
                f"{path} is not a Career Squiggle journal (nor an encrypted one); "
                "it has not been changed"
            )
        elif passphrase is None:
            try:
                dbengine.sqlcipher()
            except JournalError as exc:
                raise JournalError(f"{path} looks encrypted, and {exc}") from None
            # Random bytes and SQLCipher pages look alike: say both, honestly.
            raise dbengine.PassphraseRequired(
                f"{path} is encrypted, or is not a Career Squiggle journal: give its "
                "passphrase to open it (it has not been changed)"
            )
        conn = dbengine.raw_connect(path, passphrase)
        try:
            revision = migrate.current_revision(conn)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise JournalError(f"{path} is damaged (it failed its check); "
                                   "it has not been changed")
            return revision, passphrase
        finally:
            conn.close()
    except (dbengine.PassphraseRequired, dbengine.WrongPassphrase):
        raise
    except JournalError as exc:
        if str(exc).startswith(str(path)):
            raise
        raise JournalError(f"{path} {exc}; it has not been changed") from exc
    except dbengine.database_errors() as exc:
        raise JournalError(
            f"{path} is damaged and cannot be read ({exc}); it has not been changed"
        ) from exc
    except OSError as exc:
        raise JournalError(f"{path} cannot be read: {exc.strerror}") from exc
