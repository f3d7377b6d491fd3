"""Engine set-up: SQLite with the pragmas that keep a journal safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event

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
    # URL.create escapes the path: a folder named like "a?b" or "c#d" stays one path.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def raw_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection for checks that must change neither the file nor its folder.

    With no -wal file beside it nobody has the file open, so it is read as immutable
    and SQLite leaves no -wal/-shm files next to a file it may be about to refuse.
    """
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?{flags}", uri=True)
