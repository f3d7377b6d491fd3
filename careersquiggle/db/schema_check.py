"""Is this file's schema exactly a journal's? Checked before anything else reads it.

A journal file may come from anywhere (a sync folder, a download, a crafted
attachment). Its schema is code SQLite runs: a trigger can delete rows on the
next insert, a view named like a table can feed made-up rows to a reader, a
recursive view can hang it. So connections turn ``trusted_schema`` off (see
engine.harden), and before use the schema is compared with the one its
revision has: the same tables with the same columns, the same indexes, and no
views or triggers at all. Anything extra or missing is refused by name.

``EXPECTED`` is written out per revision (it is what the migrations create);
tests/db/test_schema_check.py builds every revision and compares, and prints
what the new revision has when a migration is added: describe it with
``_after(previous, tables=..., indexes=...)`` below.
"""

from __future__ import annotations

import os
import sqlite3

from careersquiggle.core.errors import DamagedJournal

_BASE_TABLES = {
    "alembic_version": "version_num",
    "chapters": "id title organisation role start start_pos end end_pos notes created_at "
                "updated_at",
    "checkins": "id date pos autonomy mastery purpose note created_at updated_at",
    "entries": "id kind title date pos feel notes private shift_from shift_to created_at "
               "updated_at",
    "entry_tags": "entry_id tag",
}
_BASE_INDEXES = {
    "ix_chapters_start_pos": "chapters", "ix_checkins_pos": "checkins",
    "ix_entries_kind_pos": "entries", "ix_entries_pos": "entries",
    "ix_entry_tags_tag": "entry_tags",
    "sqlite_autoindex_alembic_version_1": "alembic_version",
    "sqlite_autoindex_entry_tags_1": "entry_tags",
}

# revision -> {"tables": {name: "columns in order"}, "indexes": {name: table}}
EXPECTED: dict[str, dict[str, dict[str, str]]] = {
    "0001": {"tables": dict(_BASE_TABLES), "indexes": dict(_BASE_INDEXES)},
    "0002": {
        "tables": {
            **_BASE_TABLES,
            "intent": "id statement updated_at",
            "options": "id title autonomy mastery purpose money notes created_at updated_at",
            "plan_actions": "id kind title status start due done notes entry_id created_at "
                            "updated_at",
            "reflections": "entry_id prompt_id",
        },
        "indexes": {**_BASE_INDEXES, "ix_reflections_prompt_id": "reflections"},
    },
}


def _after(revision: str, *, tables: dict[str, str] | None = None,
           indexes: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
    """The schema of ``revision`` with these tables (re)defined and indexes added."""
    before = EXPECTED[revision]
    return {"tables": {**before["tables"], **(tables or {})},
            "indexes": {**before["indexes"], **(indexes or {})}}


_SOURCE = " source source_id source_data"
EXPECTED["0003"] = _after(
    "0002",
    tables={"chapters": EXPECTED["0002"]["tables"]["chapters"] + _SOURCE,
            "entries": EXPECTED["0002"]["tables"]["entries"] + _SOURCE},
    indexes={"ix_chapters_source": "chapters", "ix_entries_source": "entries"})
# SQLite's own bookkeeping tables, present or not depending on use.
_SQLITE_OWN = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}


class ForeignSchema(DamagedJournal):
    """The file's schema is not a journal's: refused before it is used."""


def refuse_code(conn: sqlite3.Connection) -> None:
    """No views or triggers: checked first, before even the revision is read (a view
    named alembic_version could otherwise hang that read)."""
    found = conn.execute("SELECT type, name FROM sqlite_master "
                         "WHERE type IN ('view', 'trigger') ORDER BY type, name").fetchall()
    if found:
        kind, name = found[0]
        raise ForeignSchema(_refusal(f"a {kind} named {name!r}"))


def problems(conn: sqlite3.Connection, revision: str | None) -> list[str]:
    """What differs from ``revision``'s schema, in words (empty when it matches)."""
    found: list[str] = []
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, _table in rows:
        if kind in ("view", "trigger"):
            found.append(f"has a {kind} named {name!r}, which no journal has")
    expected = EXPECTED.get(revision or "")
    if expected is None:
        return found  # a revision this table does not describe yet: its test says so
    tables = {name for kind, name, _ in rows if kind == "table"} - _SQLITE_OWN
    for name in sorted(set(expected["tables"]) - tables):
        found.append(f"is missing its table {name!r}")
    for name in sorted(tables - set(expected["tables"])):
        found.append(f"has a table {name!r}, which a journal does not have")
    for name in sorted(tables & set(expected["tables"])):
        cols = " ".join(r[1] for r in conn.execute(f'PRAGMA table_xinfo("{name}")'))
        if cols != expected["tables"][name]:
            found.append(f"has the table {name!r} with other columns than a journal's")
    indexes = {name: table for kind, name, table in rows if kind == "index"}
    for name, table in sorted(indexes.items()):
        if expected["indexes"].get(name) != table and not name.startswith("sqlite_autoindex_"):
            found.append(f"has an index {name!r}, which a journal does not have")
    for name in sorted(set(expected["indexes"]) - set(indexes)):
        found.append(f"is missing its index {name!r}")
    return found


def verify(conn: sqlite3.Connection, revision: str | None) -> None:
    """Raise :class:`ForeignSchema` naming the first difference."""
    found = problems(conn, revision)
    if found:
        raise ForeignSchema(_refusal(found[0].removeprefix("has ").removeprefix("is ")))


def _refusal(what: str) -> str:
    return (f"does not have a Career Squiggle journal's schema ({what}); it may have been "
            "damaged or made to do harm, so it is not used (it has not been changed)")


def describe(path: str | os.PathLike[str]) -> dict[str, dict[str, str]]:
    """The schema of a file in EXPECTED's form (for writing a new revision's entry)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
        tables = {n: " ".join(r[1] for r in conn.execute(f'PRAGMA table_xinfo("{n}")'))
                  for k, n, _ in rows if k == "table" and n not in _SQLITE_OWN}
        indexes = {n: t for k, n, t in rows if k == "index"}
        return {"tables": dict(sorted(tables.items())), "indexes": dict(sorted(indexes.items()))}
    finally:
        conn.close()
EXPECTED["0004"] = _after(
    "0003", tables={"entries": EXPECTED["0003"]["tables"]["entries"] + " key_moment"})
_UID = " uid"
_SYNCED = ("entries", "checkins", "chapters", "options", "plan_actions")
EXPECTED["0005"] = _after(
    "0004",
    tables={**{t: EXPECTED["0004"]["tables"][t] + _UID for t in _SYNCED},
            "sync_conflicts": "id kind uid field value stamp winner_stamp found_at",
            "sync_files": "path size status",
            "sync_meta": "key value",
            "sync_state": "kind uid digest fields"},
    indexes={**{f"ix_{t}_uid": t for t in _SYNCED},
             "ix_sync_conflicts_stamp": "sync_conflicts",
             "sqlite_autoindex_sync_files_1": "sync_files",
             "sqlite_autoindex_sync_meta_1": "sync_meta",
             "sqlite_autoindex_sync_state_1": "sync_state"})
EXPECTED["0006"] = _after("0005", tables={"entry_shape": "block data"})
