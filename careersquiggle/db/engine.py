"""Engine set-up: SQLite with the pragmas that keep a journal safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

SQLITE_HEADER = b"SQLite format 3\x00"


def _casefold(value):
    return value.casefold() if isinstance(value, str) else value


def _on_connect(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    # Foreign keys keep tags tied to their entry; WAL + FULL sync means a
    # committed entry survives a crash and a power cut.
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
    # Unicode-aware case folding for search (SQLite's lower() is ASCII only).
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain connection for checks that must not change the file."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
