"""Engine set-up: SQLite with the pragmas that keep a journal safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported in make_engine: backups, locks and checks need no SQLAlchemy
    from sqlalchemy import Engine

from careersquiggle.core.errors import JournalError

SQLITE_HEADER = b"SQLite format 3\x00"
# sqlcipher3-binary has wheels for Linux x86-64 only; elsewhere this says how to get it.
ENABLE_ENCRYPTION = (
    "encryption needs the sqlcipher3 module: pip install sqlcipher3-binary "
    "(Linux x86-64) or pip install sqlcipher3 (built against your SQLCipher library)"
)


class PassphraseRequired(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphrase(JournalError):
    """The passphrase given does not open the journal."""


_quietened = False


def sqlcipher():
    """The sqlcipher3 module; a clear JournalError when it is not installed."""
    global _quietened
    try:
        import sqlcipher3
    except ImportError:
        raise JournalError(ENABLE_ENCRYPTION) from None
    if not _quietened:
        # SQLCipher logs each failed page decryption to stderr; a wrong passphrase
        # must be one clear message, so its (process-wide) log is switched off.
        c = sqlcipher3.connect(":memory:")
        c.execute("PRAGMA cipher_log_level = NONE")
        c.close()
        _quietened = True
    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of plain and of encrypted connections (sqlcipher3 has its own)."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


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


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    """An engine for a plain journal, or with ``passphrase`` for a SQLCipher one.

    The pysqlcipher dialect sends ``PRAGMA key`` before anything else; our
    pragmas run in a later "connect" listener.
    """
    from sqlalchemy import URL, create_engine, event

    # URL.create escapes the path: a folder named like "a?b" or "c#d" stays one path.
    if passphrase is None:
        url = URL.create("sqlite", database=str(path))
    else:
        sqlcipher()
        url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def raw_connect(path: Path, passphrase: str | None = None, *, readonly: bool = True):
    """A DB-API connection outside the engine, keyed first when ``passphrase`` is given.

    Read-only for checks that must change neither the file nor its folder: with
    no -wal file beside it nobody has the file open, so it is read as immutable
    and SQLite leaves no -wal/-shm files next to a file it may be about to refuse.
    Writable (``readonly=False``) for making backups and conversions.
    Raises :class:`WrongPassphrase` when the passphrase does not open the file.
    """
    if not readonly:
        flags = "mode=rwc"
    elif Path(f"{path}-wal").exists():
        flags = "mode=ro"
    else:
        flags = "mode=ro&immutable=1"
    uri = f"{Path(path).resolve().as_uri()}?{flags}"
    if passphrase is None:
        return sqlite3.connect(uri, uri=True)
    conn = sqlcipher().connect(uri, uri=True)
    try:
        conn.execute(f"PRAGMA key = {quote_text(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(f"the passphrase does not open {path}") from None
        raise
    return conn


def quote_text(value: str) -> str:
    """A SQL string literal: PRAGMA key cannot take a bound parameter."""
    if "\x00" in value:
        raise JournalError("a passphrase cannot contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


def looks_encrypted(path: Path) -> bool:
    """No SQLite header, and a size that whole SQLCipher pages add up to."""
    size = Path(path).stat().st_size
    return size >= 512 and size % 512 == 0 and not has_sqlite_header(path)
