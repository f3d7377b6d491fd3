"""Reading a journal with nothing but sqlite3: the terminal's fast path.

`careersquiggle list` must start faster than a plain-text journal tool, and
importing SQLAlchemy alone costs more than that allows. This path serves only
a plain journal already at the newest schema, read-only; anything else (an
encrypted, older, damaged or missing file) returns None and the caller opens
the journal the full way, which explains any problem.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from careersquiggle.core.model import EntryQuery

SQLITE_HEADER = b"SQLite format 3\x00"
ENTRY_COLUMNS = ("id, kind, title, date, feel, notes, private, shift_from, shift_to, "
                 "created_at, updated_at, "
                 "(SELECT group_concat(tag, ' ') FROM entry_tags WHERE entry_id = e.id)")


def _casefold(value):
    return value.casefold() if isinstance(value, str) else value


def connect(path: Path, head: str, threads: bool = False,
            check: bool = True) -> sqlite3.Connection | None:
    """``threads``: the caller serialises use across threads itself. ``check=False`` skips
    the integrity check, for a caller that runs it elsewhere before any write."""
    try:
        if path.stat().st_size == 0:
            return None
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return None
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True,
                               check_same_thread=not threads)
    except (OSError, sqlite3.Error):
        return None
    try:
        # The same bar as the full way in: a damaged file is left to it, to explain.
        if (conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(head,)]
                or (check and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)])):
            conn.close()
            return None
    except sqlite3.Error:
        conn.close()
        return None
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    return conn


def chapter_span(conn: sqlite3.Connection, title: str) -> tuple[float, float | None] | None:
    """Start and end positions of the chapter with this title (any case), or None."""
    wanted = title.strip().casefold()
    for name, start, end in conn.execute("SELECT title, start_pos, end_pos FROM chapters "
                                         "ORDER BY start_pos, id"):
        if name.casefold() == wanted:
            return start, end
    return None


def entry_rows(conn: sqlite3.Connection, q: EntryQuery,
               span: tuple[float, float | None] | None = None) -> list[tuple]:
    """Rows for entries matching ``q``, oldest first (the same rules as the Journal's query)."""
    where, params = _entry_where(q, span)
    return conn.execute(f"SELECT {ENTRY_COLUMNS} FROM entries e{where} ORDER BY pos",
                        params).fetchall()


def entry_table(conn: sqlite3.Connection, q: EntryQuery, span, text: bool) -> list[tuple]:
    """What EntryColumns is built from, in table order (sorted afterwards, in numpy)."""
    from careersquiggle.core.columns import POINT_COLUMNS

    columns = "id, date, pos, kind, feel, title, private" if text else POINT_COLUMNS
    where, params = _entry_where(q, span)
    return conn.execute(f"SELECT {columns} FROM entries e{where}", params).fetchall()


def _entry_where(q: EntryQuery, span) -> tuple[str, list]:
    where, params = [], []
    if q.kinds:
        where.append(f"kind IN ({','.join('?' * len(q.kinds))})")
        params += sorted(q.kinds)
    if q.tags:
        where.append(f"id IN (SELECT entry_id FROM entry_tags WHERE tag IN "
                     f"({','.join('?' * len(q.tags))}))")
        params += sorted(q.tags)
    if q.date_from is not None:
        where.append("pos >= ?")
        params.append(q.date_from.start_position())
    if q.date_to is not None:
        where.append("pos < ?")
        params.append(q.date_to.end_position())
    if span is not None:
        where.append("pos >= ?")
        params.append(span[0])
        if span[1] is not None:
            where.append("pos < ?")
            params.append(span[1])
    if not q.include_private:
        where.append("private = 0")
    if q.text.strip():
        needle = q.text.strip().casefold()
        where.append("(instr(casefold(title || ' ' || notes || ' ' || shift_from || ' ' || "
                     "shift_to), ?) > 0 OR id IN (SELECT entry_id FROM entry_tags "
                     "WHERE instr(tag, ?) > 0))")
        params += [needle, needle]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def connect_for_writing(path: Path, head: str) -> sqlite3.Connection | None:
    """A connection with the journal's safety pragmas, for a plain journal at ``head``."""
    reader = connect(path, head)  # the same checks, read-only
    if reader is None:
        return None
    reader.close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def insert_entry(conn: sqlite3.Connection, values: dict, tags: tuple[str, ...]) -> int:
    """Insert one entry and its tags in one transaction; return its id."""
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    conn.execute("BEGIN IMMEDIATE")
    try:
        entry_id = conn.execute(f"INSERT INTO entries ({columns}) VALUES ({marks})",
                                list(values.values())).lastrowid
        conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                         [(entry_id, t) for t in tags])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return entry_id


def as_objects(cursor: sqlite3.Cursor) -> list:
    """Rows whose columns are attributes, like SQLAlchemy's, for the shared converters."""
    from types import SimpleNamespace

    names = [d[0] for d in cursor.description]
    return [SimpleNamespace(**dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("entries", "checkins", "chapters")}


def tag_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return conn.execute("SELECT tag, count(*) AS n FROM entry_tags GROUP BY tag "
                        "ORDER BY n DESC, tag").fetchall()


def tags_of(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str]]:
    found = []
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        found += conn.execute(f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN "
                              f"({','.join('?' * len(chunk))})", chunk).fetchall()
    return found
