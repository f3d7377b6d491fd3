"""Sync's bookkeeping inside the local journal: settings, per-object state, files read,
conflicts. Always used inside the caller's transaction (the round's one write).

Local edits are found by *diffing* every synced row against the state kept here
(a digest per object makes an unchanged row cost one hash): whatever changed
the journal — the window, the terminal, an import, a restore, a future
feature — is caught, with no hook in every writer to forget.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from typing import Any

from careersquiggle.core.hlc import Clock
from careersquiggle.services.sync import kinds
from careersquiggle.services.sync.merge import DELETED, Lost, State, all_seen, replacing

Op = tuple[str, str, State]  # kind, uid, fields written
TOMBSTONE_DIGEST = "deleted"


# One encoder for all: json.dumps with options makes a new one on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def digest(values: Iterable[Any]) -> str:
    text = _ENCODER.encode(list(values))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def dumps(value: Any) -> str:
    text: str = _ENCODER.encode(value)
    return text


def dumps_list(items: list[Any], chunk: int = 1000) -> str:
    """``dumps(items)``, the same text, a thousand items at a time: one call over 100k
    objects holds the interpreter for 0.7 s, and a window syncing in the background
    would wait that long."""
    return "[" + ",".join(dumps(items[i:i + chunk])[1:-1]
                          for i in range(0, len(items), chunk)) + "]"


# -- settings -------------------------------------------------------------------------
def meta(c: Any) -> dict[str, str]:
    return {k: v for k, v in c.execute("SELECT key, value FROM sync_meta")}


def set_meta(c: Any, **values: str | None) -> None:
    for key, value in values.items():
        if value is None:
            c.execute("DELETE FROM sync_meta WHERE key = ?", (key,))
        else:
            c.execute("INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                      "DO UPDATE SET value = excluded.value", (key, value))


# -- object state -----------------------------------------------------------------------
def digests(c: Any) -> dict[tuple[str, str], str | None]:
    return {(k, u): d for k, u, d in c.execute("SELECT kind, uid, digest FROM sync_state")}


def load(c: Any, kind: str, uid: str) -> State | None:
    row = c.execute("SELECT fields FROM sync_state WHERE kind = ? AND uid = ?",
                    (kind, uid)).fetchone()
    return json.loads(row[0]) if row else None


def texts(c: Any) -> dict[tuple[str, str], str]:
    """Every object's stored state as text (parsed only when needed)."""
    return {(k, u): f for k, u, f in c.execute("SELECT kind, uid, fields FROM sync_state")}


def load_all(c: Any) -> list[Op]:
    return [(k, u, json.loads(f)) for k, u, f in
            c.execute("SELECT kind, uid, fields FROM sync_state ORDER BY kind, uid")]


def all_as_json(c: Any) -> str:
    """Every object as a JSON array of [kind, uid, fields], from the stored text as it is."""
    parts = [f"[{dumps(k)},{dumps(u)},{f}]" for k, u, f in
             c.execute("SELECT kind, uid, fields FROM sync_state ORDER BY kind, uid")]
    return "[" + ",".join(parts) + "]"


def save(c: Any, rows: list[tuple[str, str, str | None, State]]) -> None:
    c.executemany("INSERT INTO sync_state (kind, uid, digest, fields) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (kind, uid) DO UPDATE SET digest = excluded.digest, "
                  "fields = excluded.fields",
                  [(k, u, d, dumps(f)) for k, u, d, f in rows])


def local_changes(c: Any, clock: Clock) -> tuple[list[Op], dict[tuple[str, str], str | None]]:
    """What changed in the journal since the state was last recorded, as writes stamped
    now; and each changed object's new digest. Rows without a uid get one.

    One stamp serves the whole round: a round writes each field of an object at most
    once, so (object, field, stamp) stays unique, and 10k new entries cost one tick."""
    held = digests(c)
    ops: list[Op] = []
    new_digests: dict[tuple[str, str], str | None] = {}
    now: str | None = None
    for kind in kinds.KINDS.values():
        present: set[str] = set()
        given: list[tuple[str, int]] = []
        for row in kinds.read_all(c, kind):
            ident, uid, values = row[0], row[1], row[2:]
            d = digest(values)
            if uid is not None and held.get((kind.name, uid)) == d:
                present.add(uid)
                continue
            before = load(c, kind.name, uid) if uid is not None else None
            if uid is None or (before is not None and DELETED in before):
                # New here (or brought back after a delete elsewhere): a new object.
                uid, before = uuid.uuid4().hex, None
                given.append((uid, ident))
            present.add(uid)
            now = now or clock.now()
            fields: State = {}
            for name, value in zip(kind.fields, values, strict=True):
                had = (before or {}).get(name)
                if had is None or had[0] != value:
                    fields[name] = [value, now, replacing(had)]
            new_digests[(kind.name, uid)] = d
            if fields:
                ops.append((kind.name, uid, fields))
        for (name, gone), had_digest in held.items():
            if (name == kind.name and gone not in present
                    and had_digest not in (None, TOMBSTONE_DIGEST)):
                state = load(c, name, gone) or {}
                now = now or clock.now()
                ops.append((name, gone, {DELETED: [1, now, all_seen(state)]}))
                new_digests[(name, gone)] = TOMBSTONE_DIGEST
        if given:  # (the intent's uid is fixed: never given here)
            c.executemany(f"UPDATE {kind.table} SET uid = ? WHERE id = ?", given)
    return ops, new_digests


def row_digests(c: Any, kind: kinds.Kind, uids: list[str]) -> dict[str, str]:
    """The digests of these objects' rows as the journal holds them now."""
    found: dict[str, str] = {}
    if kind.name == "intent":
        return {r[1]: digest(r[2:]) for r in kinds.read_all(c, kind)}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        where = f" WHERE uid IN ({','.join('?' * len(chunk))})"
        for row in c.execute(kind.select + where, chunk).fetchall():
            if kind.name == "entry":
                row = (*row[:7], bool(row[7]), row[8], row[9], bool(row[10]), *row[11:])
            found[row[1]] = digest(row[2:])
    return found


# -- files read ---------------------------------------------------------------------------
def known_files(c: Any) -> dict[str, tuple[int, str]]:
    return {p: (s, st) for p, s, st in c.execute("SELECT path, size, status FROM sync_files")}


def remember_file(c: Any, rel: str, size: int, status: str) -> None:
    c.execute("INSERT INTO sync_files (path, size, status) VALUES (?, ?, ?) ON CONFLICT (path) "
              "DO UPDATE SET size = excluded.size, status = excluded.status", (rel, size, status))


def forget_files(c: Any, rels: Iterable[str]) -> None:
    c.executemany("DELETE FROM sync_files WHERE path = ?", [(r,) for r in rels])


# -- conflicts --------------------------------------------------------------------------
def add_conflicts(c: Any, kind: str, uid: str, lost: list[Lost], now: str) -> int:
    before = c.total_changes
    c.executemany("INSERT OR IGNORE INTO sync_conflicts (kind, uid, field, value, stamp, "
                  "winner_stamp, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [(kind, uid, x.field, dumps(x.value), x.stamp, x.winner, now) for x in lost])
    return int(c.total_changes - before)
