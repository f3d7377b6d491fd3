"""What syncs, field by field: reading rows as plain values, and writing them back.

Each synced object is a kind ("entry", "checkin", "chapter", "option", "action",
"intent") and a UUID; its fields are plain JSON values. Local integer ids never
leave the laptop: a plan action names its event by the event's UUID. Rows are
validated through the core model before they are written, as an import is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.db import sql

Fields = dict[str, Any]


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    fields: tuple[str, ...]
    select: str  # id, uid, then the fields in order
    to_columns: Callable[[Fields, Any], dict[str, Any]]  # validated column values

    @functools.cached_property
    def allowed(self) -> frozenset[str]:
        """Its fields and the delete marker: what a file may set."""
        return frozenset((*self.fields, "_deleted"))


def _stamps(f: Fields) -> dict[str, Any]:
    return {"created_at": f["created_at"], "updated_at": f["updated_at"]}


def _entry_columns(f: Fields, _c: Any) -> dict[str, Any]:
    e = Entry.create(kind=f["kind"], title=f["title"], date=f["date"], feel=f["feel"],
                     notes=f["notes"], tags=f["tags"].split(), private=f["private"],
                     shift_from=f["shift_from"], shift_to=f["shift_to"],
                     key_moment=f["key_moment"])
    return {**sql.entry_values(e), **_stamps(f)}


def _checkin_columns(f: Fields, _c: Any) -> dict[str, Any]:
    ci = CheckIn.create(date=f["date"], autonomy=f["autonomy"], mastery=f["mastery"],
                        purpose=f["purpose"], note=f["note"])
    return {**sql.checkin_values(ci), **_stamps(f)}


def _chapter_columns(f: Fields, _c: Any) -> dict[str, Any]:
    ch = Chapter.create(title=f["title"], start=f["start"], end=f["end"],
                        organisation=f["organisation"], role=f["role"], notes=f["notes"])
    return {**sql.chapter_values(ch), **_stamps(f)}


def _option_columns(f: Fields, _c: Any) -> dict[str, Any]:
    from careersquiggle.core.crossroads import Option  # (only a journal at a crossroads)

    o = Option.create(title=f["title"], autonomy=f["autonomy"], mastery=f["mastery"],
                      purpose=f["purpose"], money=f["money"], notes=f["notes"])
    return {"title": o.title, "autonomy": o.autonomy, "mastery": o.mastery,
            "purpose": o.purpose, "money": o.money, "notes": o.notes, **_stamps(f)}


def _action_columns(f: Fields, c: Any) -> dict[str, Any]:
    from careersquiggle.core.crossroads import PlanAction

    a = PlanAction.create(kind=f["kind"], title=f["title"], status=f["status"],
                          start=f["start"], due=f["due"], done=f["done"], notes=f["notes"])
    entry = None
    if f["entry"]:  # the event it became, when that event is here (yet)
        row = c.execute("SELECT id FROM entries WHERE uid = ?", (f["entry"],)).fetchone()
        entry = row[0] if row else None
    return {"kind": a.kind, "title": a.title, "status": a.status,
            "start": str(a.start) if a.start else None, "due": str(a.due) if a.due else None,
            "done": str(a.done) if a.done else None, "notes": a.notes, "entry_id": entry,
            **_stamps(f)}


def _intent_columns(f: Fields, _c: Any) -> dict[str, Any]:
    return {"statement": str(f["statement"]), "updated_at": f["updated_at"]}


_ENTRY_FIELDS = ("kind", "title", "date", "feel", "notes", "private", "shift_from",
                 "shift_to", "key_moment", "created_at", "updated_at", "tags", "prompt")
KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("chapter", "chapters",
         ("title", "organisation", "role", "start", "end", "notes", "created_at",
          "updated_at"),
         'SELECT id, uid, title, organisation, role, start, "end", notes, created_at, '
         "updated_at FROM chapters", _chapter_columns),
    Kind("entry", "entries", _ENTRY_FIELDS,
         "SELECT id, uid, kind, title, date, feel, notes, private = 1, shift_from, shift_to, "
         "key_moment = 1, created_at, updated_at, "
         "coalesce((SELECT group_concat(tag, ' ') FROM "
         "(SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)), ''), "
         "(SELECT prompt_id FROM reflections WHERE entry_id = e.id) FROM entries e",
         _entry_columns),
    Kind("checkin", "checkins",
         ("date", "autonomy", "mastery", "purpose", "note", "created_at", "updated_at"),
         "SELECT id, uid, date, autonomy, mastery, purpose, note, created_at, updated_at "
         "FROM checkins", _checkin_columns),
    Kind("option", "options",
         ("title", "autonomy", "mastery", "purpose", "money", "notes", "created_at",
          "updated_at"),
         "SELECT id, uid, title, autonomy, mastery, purpose, money, notes, created_at, "
         "updated_at FROM options", _option_columns),
    Kind("action", "plan_actions",
         ("kind", "title", "status", "start", "due", "done", "notes", "entry", "created_at",
          "updated_at"),
         "SELECT id, uid, kind, title, status, start, due, done, notes, "
         "(SELECT uid FROM entries WHERE id = p.entry_id), created_at, updated_at "
         "FROM plan_actions p", _action_columns),
    # One row (id 1); its uid is fixed, the same on every laptop.
    Kind("intent", "intent", ("statement", "updated_at"),
         "SELECT id, 'intent', statement, updated_at FROM intent", _intent_columns),
)}
INTENT_UID = "intent"


def read_all(c: Any, kind: Kind) -> list[tuple[Any, ...]]:
    """Every row of the kind: (id, uid, *fields); bools as bools."""
    rows = c.execute(kind.select).fetchall()
    if kind.name != "entry":
        return list(rows)
    return [(*r[:7], bool(r[7]), r[8], r[9], bool(r[10]), *r[11:]) for r in rows]


def write(c: Any, kind: Kind, uid: str, fields: Fields, ident: int | None = -1) -> int:
    """Insert or update the object's row from its fields; returns the local id.
    ``ident``: the row's id when the caller knows it (None: there is no row yet)."""
    columns = kind.to_columns(fields, c)
    if kind.name == "intent":
        c.execute("INSERT INTO intent (id, statement, updated_at) VALUES (1, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET statement = excluded.statement, "
                  "updated_at = excluded.updated_at",
                  (columns["statement"], columns["updated_at"]))
        return 1
    if ident == -1:
        row = c.execute(f"SELECT id FROM {kind.table} WHERE uid = ?", (uid,)).fetchone()
        ident = None if row is None else int(row[0])
    new = ident is None
    if ident is None:
        ident = sql.insert(c, kind.table, {**columns, "uid": uid})
    else:
        sql.update(c, kind.table, ident, columns)
    if kind.name == "entry":
        if not new:
            c.execute("DELETE FROM entry_tags WHERE entry_id = ?", (ident,))
            c.execute("DELETE FROM reflections WHERE entry_id = ?", (ident,))
        tags = fields["tags"].split()
        if tags:
            c.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                          [(ident, t) for t in sorted(set(tags))])
        if fields["prompt"]:
            c.execute("INSERT INTO reflections (entry_id, prompt_id) VALUES (?, ?)",
                      (ident, fields["prompt"]))
    return ident


def insert_many(c: Any, kind: Kind, items: list[tuple[str, Fields]]
                ) -> tuple[dict[str, int], int]:
    """Insert new objects in one statement per table (joining a journal of thousands);
    their local ids by uid, and how many this version's rules refused."""
    rows: list[dict[str, Any]] = []
    uids: list[str] = []
    refused = 0
    for uid, fields in items:
        try:
            rows.append(kind.to_columns(fields, c))
            uids.append(uid)
        except (JournalError, ValueError, TypeError, KeyError):
            refused += 1
    if not rows:
        return {}, refused
    first = int(c.execute(f"SELECT coalesce(max(id), 0) FROM {kind.table}").fetchone()[0]) + 1
    ids = {uid: first + n for n, uid in enumerate(uids)}
    names = ["id", "uid", *rows[0]]
    columns = ", ".join(f'"{n}"' for n in names)  # quoted: "end" is a keyword
    c.executemany(f"INSERT INTO {kind.table} ({columns}) VALUES ({', '.join('?' * len(names))})",
                  [(ids[u], u, *r.values()) for u, r in zip(uids, rows, strict=True)])
    if kind.name == "entry":
        by_uid = dict(items)
        c.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                      [(ids[u], t) for u in uids for t in sorted(set(by_uid[u]["tags"].split()))])
        c.executemany("INSERT INTO reflections (entry_id, prompt_id) VALUES (?, ?)",
                      [(ids[u], by_uid[u]["prompt"]) for u in uids if by_uid[u]["prompt"]])
    return ids, refused


def ids_by_uid(c: Any, kind: Kind) -> dict[str, int]:
    """Every row's local id by its uid (one query instead of one per object)."""
    if kind.name == "intent":
        return {INTENT_UID: 1} if c.execute("SELECT 1 FROM intent").fetchone() else {}
    return {u: i for i, u in c.execute(f"SELECT id, uid FROM {kind.table} "
                                       "WHERE uid IS NOT NULL")}


def remove(c: Any, kind: Kind, uid: str) -> int | None:
    """Delete the object's row (tags and reflection links go with it); its old id."""
    row = c.execute(f"SELECT id FROM {kind.table} WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        return None
    c.execute(f"DELETE FROM {kind.table} WHERE id = ?", (row[0],))
    return int(row[0])


Sync = Context("Sync")


def _count(kind: str, n: int) -> str:
    # Each kind its own literal plural: lupdate reads the text where it is written.
    if kind == "entry":
        return Sync.tr("%n entries", "", n)
    if kind == "checkin":
        return Sync.tr("%n check-ins", "", n)
    if kind == "chapter":
        return Sync.tr("%n chapters", "", n)
    if kind == "option":
        return Sync.tr("%n options", "", n)
    if kind == "action":
        return Sync.tr("%n plan actions", "", n)
    return Sync.tr("%n intents", "", n)


def count_words(by_kind: dict[str, int]) -> str:
    """'3 entries, 1 check-in': what a folder or a journal holds, for the terminal and
    the window alike."""
    parts = [_count(k, n) for k, n in sorted(by_kind.items()) if n]
    return ", ".join(parts) or Sync.tr("nothing")
