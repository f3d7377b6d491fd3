"""The journal's SQL at run time: the one entry query, the one entry writer, row shapes.

Plain SQL on the standard library's sqlite3 (or sqlcipher3, the same API):
SQLAlchemy is loaded only to create or upgrade a file (db/migrate.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, CheckIn, Entry, EntryQuery, Kind

# An entry's columns, its tags folded into one space-separated text (tags have no spaces).
ENTRY_COLUMNS = ("id, kind, title, date, feel, notes, private, shift_from, shift_to, "
                 "key_moment, created_at, updated_at, "
                 "(SELECT group_concat(tag, ' ') FROM entry_tags WHERE entry_id = e.id)")
# Every tag in use, alphabetically: one index step per tag (a recursive skip over the tag
# index), where counting them walks every entry's tags (10 ms at 100k entries).
TAG_NAMES = ("WITH RECURSIVE t(tag) AS (SELECT min(tag) FROM entry_tags UNION ALL "
             "SELECT (SELECT min(tag) FROM entry_tags WHERE tag > t.tag) FROM t "
             "WHERE t.tag IS NOT NULL) SELECT tag FROM t WHERE tag IS NOT NULL")
TAG_COUNTS = "SELECT tag, count(*) AS n FROM entry_tags GROUP BY tag ORDER BY n DESC, tag"
CHECKIN_COLUMNS = "id, date, autonomy, mastery, purpose, note, created_at, updated_at"
CHAPTER_COLUMNS = 'id, title, organisation, role, start, "end", notes, created_at, updated_at'
Span = tuple[float, "float | None"]  # a chapter's start and end (None: ongoing)


def entry_where(q: EntryQuery, span: Span | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause (with its parameters) for entries matching ``q``; ``span`` is
    the chapter ``q.chapter_id`` names, looked up by the caller."""
    where: list[str] = []
    params: list[Any] = []
    if q.kinds:
        where.append(f"kind IN ({','.join('?' * len(q.kinds))})")
        params += sorted(q.kinds)
    if q.tags:
        where.append("id IN (SELECT entry_id FROM entry_tags WHERE tag IN "
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


def entry_values(e: Entry) -> dict[str, Any]:
    """An entry's columns as stored (without id and timestamps)."""
    return {"kind": e.kind.value, "title": e.title, "date": str(e.date),
            "pos": e.date.position(), "feel": e.feel, "notes": e.notes,
            "private": int(e.private), "shift_from": e.shift_from, "shift_to": e.shift_to,
            "key_moment": int(e.key_moment)}


def checkin_values(c: CheckIn) -> dict[str, Any]:
    return {"date": str(c.date), "pos": c.date.position(), "autonomy": c.autonomy,
            "mastery": c.mastery, "purpose": c.purpose, "note": c.note}


def chapter_values(c: Chapter) -> dict[str, Any]:
    return {"title": c.title, "organisation": c.organisation, "role": c.role,
            "start": str(c.start), "start_pos": c.start.start_position(),
            "end": str(c.end) if c.end else None,
            "end_pos": c.end.end_position() if c.end else None, "notes": c.notes}


def insert(conn: Any, table: str, values: dict[str, Any]) -> int:
    """Insert one row (``id`` None: a new one) inside the caller's transaction."""
    columns = ", ".join(f'"{k}"' for k in values)  # quoted: "end" is a keyword
    marks = ", ".join("?" * len(values))
    cur = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
    return int(cur.lastrowid)


def update(conn: Any, table: str, ident: int, values: dict[str, Any]) -> bool:
    """Change one row; False when there is no row with that id."""
    sets = ", ".join(f'"{k}" = ?' for k in values)
    cur = conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), ident])
    return bool(cur.rowcount)


def insert_entry(conn: Any, entry: Entry, ident: int | None, created: str, updated: str) -> int:
    """The one entry writer: an entry and its tags, inside the caller's transaction."""
    new_id = insert(conn, "entries", {"id": ident, **entry_values(entry),
                                      "created_at": created, "updated_at": updated})
    conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                     [(new_id, t) for t in entry.tags])
    return new_id


def set_tags(conn: Any, entry_id: int, tags: tuple[str, ...]) -> None:
    conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                     [(entry_id, t) for t in tags])


# -- rows back into core objects -----------------------------------------------------
def entry_from_row(row: tuple[Any, ...]) -> Entry:
    """An Entry from a row of ENTRY_COLUMNS."""
    i, k, t, d, f, n, p, sf, st, key, c, u, tags = row
    return Entry(kind=Kind(k), title=t, date=FuzzyDate.parse(d), feel=f, notes=n,
                 tags=tuple(sorted(tags.split())) if tags else (), private=bool(p),
                 shift_from=sf, shift_to=st, key_moment=bool(key), id=i, created_at=c,
                 updated_at=u)


def checkin_from_row(row: tuple[Any, ...]) -> CheckIn:
    i, d, a, m, p, n, c, u = row
    return CheckIn(date=FuzzyDate.parse(d), autonomy=a, mastery=m, purpose=p, note=n, id=i,
                   created_at=c, updated_at=u)


def checkin_from_placed_row(row: tuple[Any, ...]) -> CheckIn:
    """A CheckIn from ``pos`` followed by CHECKIN_COLUMNS (how the journal reads them all)."""
    return checkin_from_row(row[1:])


def chapter_from_row(row: tuple[Any, ...]) -> Chapter:
    i, t, o, r, s, e, n, c, u = row
    return Chapter(title=t, start=FuzzyDate.parse(s), end=FuzzyDate.parse(e) if e else None,
                   organisation=o, role=r, notes=n, id=i, created_at=c, updated_at=u)


class PlainTable(NamedTuple):
    """A table whose rows are stored alike: one row an object, no tags."""

    columns: str
    values: Callable[[Any], dict[str, Any]]
    make: Callable[[tuple[Any, ...]], Any]
    what: str  # in messages


PLAIN = {
    "checkins": PlainTable(CHECKIN_COLUMNS, checkin_values, checkin_from_row, "check-in"),
    "chapters": PlainTable(CHAPTER_COLUMNS, chapter_values, chapter_from_row, "chapter"),
}
